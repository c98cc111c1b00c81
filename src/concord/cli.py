"""One command line over the store: ingest, facts, entities, show, summary."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from concord.document import ReadError
from concord.store.database import open_database, session_factory
from concord.store.queries import (
    find_document,
    list_conflicts,
    list_entities,
    list_facts,
    summary,
    timeline_of,
)

app = typer.Typer(
    help="Concord: news reports in, a source-linked record of claims out.", no_args_is_help=True
)
console = Console()
errors = Console(stderr=True, soft_wrap=True)


def print_json_lines(rows: list[dict]) -> None:
    """The machine-readable form every listing command shares (DESIGN.md contracts)."""
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


DatabaseOption = Annotated[
    str | None,
    typer.Option("--db", envvar="CONCORD_DB", help="SQLAlchemy URL (default sqlite:///concord.db)"),
]


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns")],
    db: DatabaseOption = None,
) -> None:
    """Read, analyse and store articles; one error line per bad input, the rest still stored."""
    from concord.pipeline import Pipeline
    from concord.read import expand_paths, read_file
    from concord.store.writer import store_document

    sessions = session_factory(open_database(db))
    pipeline = Pipeline()
    files = list(expand_paths(paths))
    stored = known = failed = 0
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        disable=not errors.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=len(files))
        for item in files:
            items = [item] if isinstance(item, ReadError) else read_file(item)
            for document in items:
                if isinstance(document, ReadError):
                    errors.print(f"error: {document}", markup=False, highlight=False)
                    failed += 1
                    continue
                try:
                    analysed = pipeline.analyse(document)
                    with sessions() as session:
                        if store_document(session, analysed):
                            stored += 1
                        else:
                            known += 1
                except Exception as error:  # one bad document must not stop the batch
                    errors.print(
                        f"error: {document.path}: {type(error).__name__}: {error}", markup=False
                    )
                    failed += 1
            progress.advance(task)
    errors.print(
        f"{stored} documents ingested, {known} already known, {failed} errors", highlight=False
    )
    raise typer.Exit(1 if failed else 0)


@app.command()
def facts(
    type: Annotated[str | None, typer.Option("--type", help="Only facts of this type")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
    db: DatabaseOption = None,
) -> None:
    """Facts with their sources and evidence sentences."""
    with session_factory(open_database(db))() as session:
        rows = list_facts(session, type)
    if as_json:
        print_json_lines(rows)
        return
    table = Table("id", "type", "arguments", "sources", show_lines=True)
    for row in rows:
        arguments = "\n".join(
            f"{role}: {' | '.join(values)}" for role, values in row["args"].items()
        )
        for conflict in row["conflicts"]:
            sides = " ≠ ".join(side["value"] for side in conflict["values"])
            arguments += f"\n[red]conflict in {conflict['role']}: {sides}[/red]"
        documents = {source["doc"]: source["title"] for source in row["sources"]}
        modality = "" if row["modality"] == "fact" else f" ({row['modality']})"
        table.add_row(
            str(row["id"]), row["type"] + modality, arguments, "\n".join(documents.values())
        )
    console.print(table)


@app.command()
def conflicts(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
    db: DatabaseOption = None,
) -> None:
    """Where the sources disagree: each value with the sentences that give it."""
    with session_factory(open_database(db))() as session:
        rows = list_conflicts(session)
    if as_json:
        print_json_lines(rows)
        return
    for row in rows:
        console.print(
            f"[bold]fact {row['fact']}[/bold] ({row['type']}): {row['role']}", highlight=False
        )
        for side in row["values"]:
            console.print(f"  [yellow]{side['value']}[/yellow]", highlight=False)
            for source in side["sources"]:
                text = " ".join(source["text"].split())
                console.print(f"    «{text}» [dim]{source['doc']}[/dim]", highlight=False)


@app.command()
def timeline(
    name: Annotated[str, typer.Argument(help="An entity's name or alias, or words of a project")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    db: DatabaseOption = None,
) -> None:
    """Every fact about one entity or initiative, in date order, with sources."""
    with session_factory(open_database(db))() as session:
        rows = timeline_of(session, name)
    if as_json:
        print_json_lines(rows)
        return
    if not rows:
        errors.print(f"nothing known about {name!r}")
        raise typer.Exit(1)
    for row in rows:
        arguments = "; ".join(
            f"{role}: {' | '.join(values)}" for role, values in row["args"].items()
        )
        heading = (
            f"[bold]{row['date'] or '—':<10}[/bold] [cyan]{row['type']}[/cyan] ({row['modality']})"
        )
        console.print(f"{heading} {arguments}", highlight=False)
        for source in row["sources"]:
            text = " ".join(source["text"].split())[:160]
            console.print(f"           «{text}» [dim]{source['title']}[/dim]", highlight=False)


@app.command()
def entities(
    type: Annotated[str | None, typer.Option("--type", help="PER, ORG, LOC or LOCORG")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    db: DatabaseOption = None,
) -> None:
    """People, organisations and places with their aliases and mention counts."""
    with session_factory(open_database(db))() as session:
        rows = list_entities(session, type)
    if as_json:
        print_json_lines(rows)
        return
    table = Table("type", "name", "aliases", "mentions", "documents")
    for row in rows:
        table.add_row(
            row["type"],
            row["name"],
            ", ".join(row["aliases"]),
            str(row["mentions"]),
            str(row["documents"]),
        )
    console.print(table)


@app.command()
def show(
    document: Annotated[str, typer.Argument(help="Document id or a unique prefix")],
    db: DatabaseOption = None,
) -> None:
    """One document: its header and every claim read from it."""
    with session_factory(open_database(db))() as session:
        row = find_document(session, document)
        if row is None:
            errors.print(f"error: no single document matches {document!r}")
            raise typer.Exit(1)
        claims = list_facts(session, document=row.id)
    console.print(
        f"[bold]{row.title}[/bold]\n{row.source} · {row.published or 'no date'} · {row.id}\n"
    )
    for claim in claims:
        arguments = "; ".join(
            f"{role}: {', '.join(values)}" for role, values in claim["args"].items()
        )
        console.print(
            f"[cyan]{claim['type']}[/cyan] ({claim['modality']}) {arguments}", highlight=False
        )
        console.print(f"   «{claim['sources'][0]['text']}»", style="dim", highlight=False)


@app.command("summary")
def summary_command(db: DatabaseOption = None) -> None:
    """Counts: documents, entities, facts per type, conflicts."""
    with session_factory(open_database(db))() as session:
        counts = summary(session)
    console.print(
        f"{counts['documents']} documents, {counts['entities']} entities, {counts['conflicts']} conflicts"
    )
    table = Table("fact type", "facts")
    for type_name, count in sorted(counts["facts"].items()):
        table.add_row(type_name, str(count))
    console.print(table)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    db: DatabaseOption = None,
) -> None:
    """The web pages and the REST API (OpenAPI at /openapi.json) over the store."""
    import uvicorn

    from concord.web.app import create_app

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


evaluation = typer.Typer(help="FactRuEval-2016: run Concord on the benchmark and score responses.")
app.add_typer(evaluation, name="eval")


@evaluation.command("factrueval")
def eval_factrueval(
    directory: Annotated[Path, typer.Argument(help="Folder with book_N.txt files")],
    out: Annotated[
        Path, typer.Option("--out", help="Where to write book_N.task1 and book_N.task3")
    ],
) -> None:
    """Run the normal pipeline on the benchmark texts and write responses."""
    from concord.eval.run import run_factrueval

    count = run_factrueval(directory, out)
    errors.print(f"{count} documents written to {out}")


@evaluation.command("score")
def eval_score(
    track: Annotated[str, typer.Option("--track", help="1, 1l (locorg scored as loc) or 3")],
    gold: Annotated[Path, typer.Option("--gold", help="The benchmark folder")],
    response: Annotated[Path, typer.Option("--response", help="The responses folder")],
) -> None:
    """P, R and F1 per type and overall, with the benchmark's comparison rules."""
    from concord.eval import TRACKS, format_table, score

    if track not in TRACKS:
        errors.print(f"error: unknown track {track!r}; expected one of {', '.join(TRACKS)}")
        raise typer.Exit(2)
    console.print(format_table(score(track, gold, response)), highlight=False)


if __name__ == "__main__":
    app()
