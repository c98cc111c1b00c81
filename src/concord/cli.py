"""One command line over the store: ingest, facts, conflicts, review, entities, show,
summary, db."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError
from typer.core import TyperGroup

from concord import __version__, open_store
from concord.api import Store
from concord.document import ReadError
from concord.exports import check_type, export_app
from concord.ingest import (
    ANALYSIS_NICENESS,
    BATCH_SIZE,
    IngestCounts,
    Interrupted,
    interruptible,
)
from concord.read.encoding import decode
from concord.read.text import parse_text
from concord.read.url import is_url, read_url
from concord.store.database import database_revision, upgrade_database
from concord.store.merge import MergeRefused
from concord.store.migrate import HEAD_REVISION, StoreSchemaError
from concord.store.queries import provenance
from concord.store.reviews import ConflictNotFound, InvalidReview

if TYPE_CHECKING:
    # Typer carries its own copy of click; its Group.invoke takes that copy's Context.
    from typer._click.core import Context

STANDARD_INPUT = "-"
console = Console()
errors = Console(stderr=True, soft_wrap=True)


class Commands(TyperGroup):
    """Every command opens the store; one at another schema is one error line, exit 1."""

    def invoke(self, ctx: Context) -> object:
        try:
            return super().invoke(ctx)
        except StoreSchemaError as error:
            errors.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        except (SQLAlchemyError, ImportError) as error:  # no such server, file or driver
            line = f"error: cannot use the store: {store_problem(error)}"
            errors.print(line, markup=False, highlight=False)
            raise typer.Exit(1) from None


def store_problem(error: BaseException) -> str:
    """The first line of the driver's message, without SQLAlchemy's wrapping."""
    message = str(getattr(error, "orig", None) or error).strip().splitlines()
    problem = message[0] if message else type(error).__name__
    if isinstance(error, ImportError):
        problem += " (is the database driver installed?)"
    return printable(problem)


app = typer.Typer(
    cls=Commands,
    help="Concord: news reports in, a source-linked record of claims out.",
    no_args_is_help=True,
)


def print_version(asked: bool) -> None:
    if asked:
        typer.echo(f"concord {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=print_version, is_eager=True, help="Print the version and exit"
        ),
    ] = False,
) -> None:
    """Concord: news reports in, a source-linked record of claims out."""


def printable(text: str) -> str:
    """Control characters (escape sequences, newlines) and undecodable bytes of a file name
    written as Python writes them in a repr, so an error line is one line and cannot
    drive the terminal."""
    return "".join(
        character if character.isprintable() else repr(character)[1:-1] for character in text
    )


def cited(source: dict) -> str:
    """Who said it and when, and the address when known."""
    said = provenance(source)
    return f"{said} <{source['url']}>" if source.get("url") else said


def print_json_lines(rows: list[dict]) -> None:
    """The machine-readable form every listing command shares (DESIGN.md contracts)."""
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def check_database(url: str | None) -> str | None:
    """A SQLite file in a folder that does not exist is a typo, not a new empty store."""
    path = url.removeprefix("sqlite:///").split("?")[0] if url else ""
    if url and url.startswith("sqlite:///") and path not in ("", ":memory:"):
        folder = Path(path).parent
        if not folder.is_dir():
            message = f"error: cannot use the store: no folder {printable(str(folder))}"
            errors.print(message, markup=False, highlight=False)
            raise typer.Exit(1)
    return url


DatabaseOption = Annotated[
    str | None,
    typer.Option("--db", envvar="CONCORD_DB", callback=check_database,
                 help="SQLAlchemy URL (default sqlite:///concord.db)"),
]  # fmt: skip


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders, glob patterns or http(s) pages; - reads standard input"),
    ],
    db: DatabaseOption = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Processes analysing at once (models in each)")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option("--dask", help="'local' for a LocalCluster, or a scheduler tcp://host:8786"),
    ] = None,
    batch_size: Annotated[
        int,
        typer.Option("--batch-size", min=1, help="Documents analysed together, stored in one "
                     "transaction (an interrupted run loses at most the batches in flight)"),
    ] = BATCH_SIZE,
    nice: Annotated[
        int,
        typer.Option("--nice", min=0, max=19, help="Priority below other work (0: as started); "
                     "a server on the same machine keeps answering while this runs"),
    ] = ANALYSIS_NICENESS,
) -> None:
    """Read, analyse and store articles; one error line per bad input, the rest still stored.

    A text in a language without an analyser is stored without claims, with one warning
    line. Exits with 1 when any input could not be read, analysed or stored.
    """

    def report_error(where: str, why: str) -> None:
        errors.print(f"error: {printable(where)}: {printable(why)}", markup=False, highlight=False)

    def report_warning(where: str, why: str) -> None:
        line = f"warning: {printable(where)}: {printable(why)}"
        errors.print(line, markup=False, highlight=False)

    if nice:
        os.nice(nice)  # the worker processes inherit it
    store = open_store(db)
    stdin_failed = 0
    if STANDARD_INPUT in paths:  # "-": one text document read from standard input
        paths = [path for path in paths if path != STANDARD_INPUT]
        try:
            document = parse_text(decode(sys.stdin.buffer.read(), "<stdin>"), "<stdin>", "stdin")
            added = store.ingest_document(document)
            errors.print(f"<stdin>: {added.claims} claims ({added.status})", highlight=False)
        except ReadError as error:
            report_error("<stdin>", error.reason)
            stdin_failed = 1
        if not paths:
            raise typer.Exit(stdin_failed)
    if any(is_url(path) for path in paths):  # http(s) pages: fetched, then read as files are
        stdin_failed |= ingest_urls(store, [p for p in paths if is_url(p)], report_error)
        paths = [path for path in paths if not is_url(path)]
        if not paths:
            raise typer.Exit(stdin_failed)
    try:
        with interruptible():
            counts = ingest_with_progress(
                store, paths, workers, dask, report_error, report_warning, batch_size
            )
    except Interrupted as interruption:
        done = interruption.counts or IngestCounts()
        errors.print(
            f"interrupted ({interruption}): {done.stored} documents stored, {done.known} already "
            f"known, {done.failed} errors, {done.not_analysed} not analysed; the rest not read",
            markup=False,
            highlight=False,
        )
        raise typer.Exit(interruption.exit_code) from None
    errors.print(
        f"{counts.stored} documents ingested, {counts.known} already known, "
        f"{counts.failed} errors, {counts.not_analysed} not analysed",
        highlight=False,
    )
    raise typer.Exit(1 if counts.failed or stdin_failed else 0)


def ingest_urls(store: Store, urls: list[str], report_error: Callable[[str, str], None]) -> int:
    """Each page fetched (timeout, 2 MB cap) and stored; 1 when any could not be."""
    failed = 0
    for url in urls:
        try:
            added = store.ingest_document(read_url(url))
        except ReadError as error:
            report_error(url, error.reason)
            failed = 1
        else:
            errors.print(f"{printable(url)}: {added.claims} claims ({added.status})",
                         markup=False, highlight=False)  # fmt: skip
    return failed


def ingest_with_progress(
    store: Store,
    paths: list[str],
    workers: int,
    dask: str | None,
    report_error: Callable[[str, str], None],
    report_warning: Callable[[str, str], None],
    batch_size: int = BATCH_SIZE,
) -> IngestCounts:
    """The run, with a progress bar when stderr is a terminal."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=not errors.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=None)
        return store.ingest(
            paths,
            workers=workers,
            dask=dask,
            report_error=report_error,
            report_warning=report_warning,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
            batch_size=batch_size,
        )


@app.command()
def facts(
    type: Annotated[
        str | None, typer.Option("--type", callback=check_type, help="Only facts of this type")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
    db: DatabaseOption = None,
) -> None:
    """Facts with their sources and evidence sentences."""
    rows = open_store(db).facts(type)
    if as_json:
        print_json_lines(rows)
        return
    table = Table("id", "type", "arguments", "sources", show_lines=True)
    for row in rows:
        arguments = "\n".join(
            escape(f"{role}: {' | '.join(values)}") for role, values in row["args"].items()
        )
        for conflict in row["conflicts"]:
            sides = escape(" ≠ ".join(side["value"] for side in conflict["values"]))
            arguments += f"\n[red]conflict in {escape(conflict['role'])}: {sides}[/red]"
        modality = "" if row["modality"] == "fact" else f" ({row['modality']})"
        reports = "\n".join(dict.fromkeys(escape(cited(s)) for s in row["sources"]))
        table.add_row(str(row["id"]), escape(row["type"] + modality), arguments, reports)
    console.print(table)


class ConflictStatus(StrEnum):
    """Which conflicts a listing shows; without the option, all but dismissed ones."""

    open = "open"
    confirmed = "confirmed"
    dismissed = "dismissed"
    all = "all"


class Verdict(StrEnum):
    open = "open"
    confirmed = "confirmed"
    dismissed = "dismissed"


@app.command()
def conflicts(
    status: Annotated[
        ConflictStatus | None,
        typer.Option("--status", help="Only these (default: all but dismissed ones)"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
    db: DatabaseOption = None,
) -> None:
    """Where the sources disagree: each value with the sentences that give it, and the
    conflict's status (open, confirmed or dismissed; see `concord review`)."""
    rows = open_store(db).conflicts(status.value if status else None)
    if as_json:
        print_json_lines(rows)
        return
    for row in rows:
        console.print(
            f"[bold]fact {row['fact']}[/bold] ({escape(row['type'])}): {escape(row['role'])} "
            f"[dim]\\[{escape(row['status'])}][/dim]",
            highlight=False,
        )
        if "review" in row:
            console.print(f"  {describe_review(row['review'])}", markup=False, highlight=False)
        for side in row["values"]:
            console.print(f"  [yellow]{escape(side['value'])}[/yellow]", highlight=False)
            for source in side["sources"]:
                text = escape(" ".join(source["text"].split()))
                console.print(
                    f"    «{text}» [dim]— {escape(cited(source))}[/dim]", highlight=False
                )


def describe_review(review: dict) -> str:
    """One line: who settled a conflict, when, and why."""
    by = f" by {review['reviewer']}" if review["reviewer"] else ""
    note = f": {review['note']}" if review["note"] else ""
    return f"{review['status']} {review['reviewed_at']}{by}{note}"


@app.command()
def review(
    fact: Annotated[int, typer.Argument(help="The fact's id (see `concord conflicts`)")],
    role: Annotated[str, typer.Argument(help="The role the sources disagree on")],
    status: Annotated[Verdict, typer.Option("--status", help="The verdict")],
    note: Annotated[str, typer.Option("--note", help="Why (at most 2000 characters)")] = "",
    by: Annotated[str, typer.Option("--by", help="Who reviewed it (a name or label)")] = "",
    as_json: Annotated[
        bool, typer.Option("--json", help="The conflict as one JSON object")
    ] = False,
    db: DatabaseOption = None,
) -> None:
    """Settle a conflict: confirmed (a real disagreement), dismissed (hidden from the
    default lists) or open again. Kept across re-ingests until a source brings a new
    disagreeing value."""
    try:
        settled = open_store(db).review_conflict(fact, role, status.value, note, by)
    except ConflictNotFound as error:
        errors.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    except InvalidReview as error:
        errors.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(2) from None
    if as_json:
        print_json_lines([settled])
        return
    line = f"fact {fact} {role}: {describe_review(settled['review'])}"
    console.print(line, markup=False, highlight=False)


@app.command()
def timeline(
    name: Annotated[str, typer.Argument(help="An entity's name or alias, or words of a project")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    db: DatabaseOption = None,
) -> None:
    """Every fact about one entity or initiative, in date order, with sources."""
    rows = open_store(db).timeline(name)
    if as_json:
        print_json_lines(rows)
        return
    if not rows:
        errors.print(f"nothing known about {printable(name)!r}", markup=False, highlight=False)
        raise typer.Exit(1)
    for row in rows:
        arguments = "; ".join(
            f"{role}: {' | '.join(values)}" for role, values in row["args"].items()
        )
        heading = (
            f"[bold]{escape(row['date'] or '—'):<10}[/bold] [cyan]{escape(row['type'])}[/cyan] "
            f"({escape(row['modality'])})"
        )
        console.print(f"{heading} {escape(arguments)}", highlight=False)
        for source in row["sources"]:
            text = escape(" ".join(source["text"].split()))
            console.print(
                f"           «{text}» [dim]— {escape(cited(source))}[/dim]", highlight=False
            )


@app.command()
def entities(
    type: Annotated[str | None, typer.Option("--type", help="PER, ORG, LOC or LOCORG")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    merge: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--merge",
            metavar="A B",
            help="Join two entities the rules kept apart (each by id, name or alias) "
            "into the older one, and re-file their facts",
        ),
    ] = None,
    unmerge: Annotated[
        int | None,
        typer.Option(
            "--unmerge",
            metavar="MERGE_ID",
            help="Undo a merge (its id: 'merge' in --json, '#N' in the merge lines): the "
            "merged entity back as it was, the facts re-filed, the two kept apart",
        ),
    ] = None,
    merged_by: Annotated[
        str,
        typer.Option("--by", help="Who merges or undoes (kept in the log with --merge, --unmerge)"),
    ] = "",
    db: DatabaseOption = None,
) -> None:
    """People, organisations and places with their aliases and mention counts, and what
    was merged into each (when, and by which report or by hand)."""
    if unmerge is not None:
        try:
            undone = open_store(db).unmerge_entities(unmerge, merged_by)
        except MergeRefused as error:
            errors.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        if as_json:
            print_json_lines([undone])
        else:
            restored, kept = undone["restored"], undone["kept"]
            console.print(
                escape(
                    f"merge #{undone['merge']} undone: {restored['name']} #{restored['id']} "
                    f"is apart from {kept['name']} #{kept['id']} again"
                ),
                highlight=False,
            )
        return
    if merge is not None:
        try:
            merged = open_store(db).merge_entities(list(merge), merged_by)
        except MergeRefused as error:
            errors.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        if as_json:
            print_json_lines([merged])
        else:
            console.print(f"merged into {merged['id']} {escape(merged['name'])}", highlight=False)
        return
    rows = open_store(db).entities(type)
    if as_json:
        print_json_lines(rows)
        return
    table = Table("type", "name", "aliases", "mentions", "documents")
    for row in rows:
        table.add_row(
            escape(row["type"]),
            escape(row["name"]),
            escape(", ".join(row["aliases"])),
            str(row["mentions"]),
            str(row["documents"]),
        )
    console.print(table)
    for row in rows:
        for merged in row["merged"]:
            line = f"{row['name']} #{row['id']} absorbed {merge_line(merged)}"
            console.print(escape(line), highlight=False)


def merge_line(merged: dict[str, Any]) -> str:
    """One entry of the merge log as `concord entities` shows it: the entity as it was,
    when, and why."""
    document = merged["document"]
    if document is not None:
        why = f"by report {document['id'][:12]} {document['title']}".rstrip()
    else:
        why = "by hand" + (f" ({merged['merged_by']})" if merged["merged_by"] else "")
    return f"{merged['name']} #{merged['id']}, {merged['merged_at']}, {why} (merge #{merged['merge']})"


@app.command()
def show(
    document: Annotated[str, typer.Argument(help="Document id or a unique prefix")],
    db: DatabaseOption = None,
) -> None:
    """One document: title, date and source, then every claim read from it with its evidence."""
    shown = open_store(db).document(document)
    if shown is None:
        errors.print(
            f"error: no single document id starts with {document!r}", markup=False, highlight=False
        )
        raise typer.Exit(1)
    console.print(shown["title"] or "(untitled)", style="bold", markup=False, highlight=False)
    header = " · ".join(
        [
            shown["published"] or "no date",
            shown["source"] or "unknown source",
            f"language {shown['language'] or 'unknown'}",
            shown["id"],
        ]
    )
    console.print(header, markup=False, highlight=False)
    if shown["url"] or shown["path"]:
        where = printable(shown["url"] or shown["path"])
        console.print(where, style="dim", markup=False, highlight=False)
    console.print()
    if shown["status"] != "analysed":
        console.print(shown["status"], style="yellow", markup=False, highlight=False)
    elif not shown["claims"]:
        console.print("no claims read from this document", style="dim")
    for claim in shown["claims"]:
        arguments = "; ".join(
            f"{role}: {', '.join(values)}" for role, values in claim["args"].items()
        )
        fact = f" fact {claim['fact']}" if claim["fact"] is not None else ""
        console.print(
            f"[cyan]{escape(claim['type'])}[/cyan] ({escape(claim['modality'])}){fact}  "
            f"{escape(arguments)}",
            highlight=False,
        )
        for evidence in claim["evidence"]:
            text = " ".join(evidence["text"].split())
            console.print(
                f"   «{text}» [{evidence['start']}:{evidence['end']}]",
                style="dim",
                markup=False,
                highlight=False,
            )


@app.command("summary")
def summary_command(db: DatabaseOption = None) -> None:
    """Counts: documents, entities, facts per type (and the claims behind them), conflicts."""
    counts = open_store(db).summary()
    dismissed = counts["dismissed_conflicts"]
    console.print(
        f"{counts['documents']} documents, {counts['entities']} entities, "
        f"{counts['fact_count']} facts from {counts['claim_count']} claims, "
        f"{counts['conflicts']} conflicts" + (f" (and {dismissed} dismissed)" if dismissed else ""),
        highlight=False,
    )
    table = Table("fact type", "facts", "claims")
    for type_name in sorted(counts["claims"]):
        table.add_row(
            escape(type_name),
            str(counts["facts"].get(type_name, 0)),
            str(counts["claims"][type_name]),
        )
    console.print(table)
    if counts["conflicts"]:
        console.print("see them with: concord conflicts", style="dim")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    db: DatabaseOption = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Server processes (each its own caches)")
    ] = 1,
) -> None:
    """The web pages and the REST API (OpenAPI at /openapi.json) over the store."""
    # The web stack and the benchmarks' modules load only for the commands that use them,
    # so that `concord ingest` or `concord facts` start without them.
    from concord.web.serving import serve as serve_web

    serve_web(host, port, db, workers)


schema = typer.Typer(help="The store's schema version: which it is, and upgrading it.")
app.add_typer(schema, name="db")


@schema.command("upgrade")
def db_upgrade(db: DatabaseOption = None) -> None:
    """Migrate the store to this Concord's schema, keeping everything stored."""
    before, after = upgrade_database(db)
    if before == after:
        console.print(f"schema {after}: already current", highlight=False)
    else:
        console.print(f"schema {before or 'none (empty database)'} -> {after}", highlight=False)


@schema.command("current")
def db_current(db: DatabaseOption = None) -> None:
    """The store's schema revision and the one this Concord needs; changes nothing."""
    revision = database_revision(db)
    if revision is None:
        state = f"none (empty database; made at {HEAD_REVISION} on first use)"
    elif revision == HEAD_REVISION:
        state = f"{revision} (current)"
    else:
        state = f"{revision} (this Concord needs {HEAD_REVISION}: run `concord db upgrade`)"
    console.print(f"schema {state}", highlight=False)


evaluation = typer.Typer(
    help="FactRuEval-2016 and written story clusters: run Concord and score its output."
)
app.add_typer(evaluation, name="eval")
app.add_typer(export_app, name="export")


HALF_HELP = "tune (rules tuned on it), check (not tuned on) or all (the whole devset)"


def _check_half(half: str) -> None:
    from concord.eval.halves import HALVES

    if half not in HALVES:
        errors.print(f"error: unknown half {half!r}; expected one of {', '.join(HALVES)}")
        raise typer.Exit(2)


@evaluation.command("factrueval")
def eval_factrueval(
    directory: Annotated[Path, typer.Argument(help="Folder with book_N.txt files")],
    out: Annotated[
        Path, typer.Option("--out", help="Where to write book_N.task1 and book_N.task3")
    ],
    half: Annotated[str, typer.Option("--half", help=HALF_HELP)] = "all",
) -> None:
    """Run the normal pipeline on the benchmark texts and write responses
    (OUT/concord/ gets every claim of a benchmark type, not only the benchmark's shape)."""
    from concord.eval.run import run_factrueval

    _check_half(half)
    count = run_factrueval(directory, out, half)
    errors.print(f"{count} documents written to {out}")


@evaluation.command("score")
def eval_score(
    track: Annotated[str, typer.Option("--track", help="1, 1l (locorg scored as loc) or 3")],
    gold: Annotated[Path, typer.Option("--gold", help="The benchmark folder")],
    response: Annotated[Path, typer.Option("--response", help="The responses folder")],
    half: Annotated[str, typer.Option("--half", help=HALF_HELP)] = "all",
) -> None:
    """P, R and F1 per type and overall, with the benchmark's comparison rules."""
    from concord.eval import TRACKS, format_table, score
    from concord.eval.halves import LABELS

    _check_half(half)
    if track not in TRACKS:
        errors.print(f"error: unknown track {track!r}; expected one of {', '.join(TRACKS)}")
        raise typer.Exit(2)
    console.print(f"devset half: {half} ({LABELS[half]})", highlight=False)
    console.print(format_table(score(track, gold, response, half)), highlight=False)


@evaluation.command("report")
def eval_report(
    gold: Annotated[Path, typer.Option("--gold", help="The benchmark folder")],
    response: Annotated[Path, typer.Option("--response", help="`eval factrueval --out` folder")],
) -> None:
    """Markdown tables of tracks 1l, 1 and 3 on the tuning and check halves."""
    from concord.eval.report import half_report

    console.print(half_report(gold, response), highlight=False, markup=False, soft_wrap=True)


@evaluation.command("claims")
def eval_claims(
    devset: Annotated[Path, typer.Argument(help="Folder with book_N.txt files")] = Path(
        "../shared/factrueval2016/devset"
    ),
    gold: Annotated[Path, typer.Option("--gold", help="Claims gold (JSON lines)")] = Path(
        "eval/claims-gold.jsonl"
    ),
    half: Annotated[str, typer.Option("--half", help=HALF_HELP)] = "all",
    details: Annotated[
        bool, typer.Option("--details", help="Also print missed and spurious claims")
    ] = False,
    causes: Annotated[
        bool,
        typer.Option(
            "--causes",
            help="Also count where the errors sit (no text shown: fit for the check half)",
        ),
    ] = False,
) -> None:
    """P/R/F1 of agreement, initiative, statement and figure claims against the written
    gold, per devset half (tune: tuned on; check: not tuned on)."""
    from concord.eval.claims import GoldError, evaluate_with_errors, format_scores, load_gold
    from concord.eval.factrueval import document_names

    _check_half(half)
    if not document_names(devset):  # a relative default read from another folder
        errors.print(f"error: {devset}: no book_N.txt texts", markup=False, highlight=False)
        raise typer.Exit(1)
    try:
        results, claim_errors, error_causes = evaluate_with_errors(
            devset, load_gold(gold), half
        )
    except GoldError as error:
        errors.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    console.print(format_scores(results), highlight=False, soft_wrap=True)
    if causes:
        console.print(error_causes, highlight=False, markup=False, soft_wrap=True)
    if details:
        console.print(claim_errors, highlight=False, markup=False, soft_wrap=True)


@evaluation.command("clusters")
def eval_clusters(
    directory: Annotated[
        Path, typer.Argument(help="Folder of <story>.jsonl with <story>.gold.json beside each")
    ] = Path("tests/data/clusters"),
    details: Annotated[
        bool, typer.Option("--details", help="Also show where each gold event's mentions landed")
    ] = False,
) -> None:
    """Event coreference (MUC, B3, CEAF-e, CoNLL F1) and conflict P/R on written stories."""
    from concord.eval.clusters import GoldError, format_details, format_table, score_story, stories

    try:
        results = [score_story(path) for path in stories(directory)]
    except GoldError as error:
        errors.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    console.print(format_table(results), highlight=False, soft_wrap=True)
    if details:
        for result in results:
            console.print(format_details(result), highlight=False, markup=False, soft_wrap=True)


@evaluation.command("ner-en")
def eval_ner_english(
    path: Annotated[Path, typer.Argument(help="A CoNLL/IOB2 file (Universal NER, WNUT-17)")],
) -> None:
    """English NER: P, R and F1 per type (PER, ORG, LOC) and overall, exact spans."""
    from concord.eval.english_ner import evaluate

    if not path.is_file():
        errors.print(f"error: {path}: no such file", markup=False, highlight=False)
        raise typer.Exit(2)
    console.print(evaluate(path), highlight=False, markup=False)


if __name__ == "__main__":
    app()
