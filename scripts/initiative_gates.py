"""How much each precision gate of the Russian initiative reader weighs, over seen data.

Each gate was added for precision on one batch. This script reruns the reading of every
analysed document with one gate switched off at a time (by rebinding the gate's name in
`extractor` for the duration of the run: the default path is untouched) and counts, per
gate, the gold projects it drops (true lost) and the false claims it stops (false
prevented). Folders are batches as `pool_score.py` reads them (texts.txt with `### id url`
headers, gold.tsv); `--tune DEVSET` adds the devset's tuning half with the own gold.

    PYTHONPATH=src:. python scripts/initiative_gates.py FOLDER... [--tune DEVSET] [-v]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from concord.claim import Claim
from concord.claimtype import ClaimTypes
from concord.claimtypes import initiative as initiative_type
from concord.document import Document
from concord.extract import extract_claims
from concord.extract.initiative import extractor
from concord.pipeline import Pipeline


def _never(*arguments: Any, **keywords: Any) -> bool:
    return False


def _always(*arguments: Any, **keywords: Any) -> bool:
    return True


def _no_runner_needed(original: Callable[..., Any]) -> Callable[..., Any]:
    """`_runners` with no launcher needing a named runner ("работа", "появиться")."""

    def runners(*arguments: Any) -> Any:
        words = dataclasses.replace(arguments[-1], runner_needed_launchers=frozenset())
        return original(*arguments[:-1], words)

    return runners


# gate name -> the extractor names rebound while it is off (a function, or a wrapper of
# the original)
_FILTERS = [
    "not_reported", "framing_noun", "tells_no_launch", "institution_named", "fitted_with",
    "modifies_another_noun", "starts_a_check", "listed_activity", "setting_of_launch",
    "funder", "doers_place", "operated_on", "designed_work", "unfunded_purpose",
    "funds_recipient", "work_names_a_trade", "site_for_building", "works_on_classes",
    "purpose_of_a_thing", "place_of_the_project", "_war", "_money_of", "product_activity",
    "not_one_project", "hosts_another", "starts_another", "active_subject", "in_title",
    "in_background", "opens_something_else", "runner_named_before", "long_finished",
]  # fmt: skip
GATES: dict[str, dict[str, Callable[..., Any]]] = {
    "_filtered_out (all)": {"_filtered_out": _never},
    "_not_launched_so (all)": {"_not_launched_so": _never},
    "_no_project_of_its_own (all)": {"_no_project_of_its_own": _never},
    "named_runner_needed": {"_runners": _no_runner_needed(extractor._runners)},
    "landmark_preposition": {"_approximated": _always},
    **{name: {name: _never} for name in _FILTERS},
}


@contextmanager
def gate_off(name: str | None) -> Iterator[None]:
    """Rebind the gate's names in `extractor` for the block; restore them after."""
    with ExitStack() as stack:
        for attribute, replacement in (GATES[name] if name else {}).items():
            original = getattr(extractor, attribute)
            stack.callback(setattr, extractor, attribute, original)
            setattr(extractor, attribute, replacement)
        yield


def read_texts(path: Path) -> dict[str, str]:
    texts: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            current = line.split()[1]
            texts[current] = []
        elif current:
            texts[current].append(line)
    return {name: "\n".join(lines).strip() + "\n" for name, lines in texts.items()}


def _similar(first: str, second: str) -> bool:
    first, second = first.lower().replace("ё", "е"), second.lower().replace("ё", "е")
    common = 0
    while common < min(len(first), len(second)) and first[common] == second[common]:
        common += 1
    return first == second or (common >= 4 and common >= min(len(first), len(second)) - 2)


def _share(gold_kind: str, kinds: list[str]) -> bool:
    gold_words = [w for w in gold_kind.split() if len(w) > 2]
    kind_words = [
        w for k in kinds for w in k.replace("«", " ").replace("»", " ").split() if len(w) > 2
    ]
    return any(_similar(g, k) for g in gold_words for k in kind_words)


def batch_found(text: str, gold: list[list[str]], claims: list[Claim]) -> int:
    """Gold rows matched one to one, as `pool_score.py` matches them."""
    used: set[int] = set()
    for row in gold:
        starts = [text.find(snippet) for snippet in row[1].split("|")]
        for number, claim in enumerate(claims):
            if number not in used and _share(row[2], claim.values("kind")) and any(
                claim.evidence.start <= start < claim.evidence.end for start in starts
            ):
                used.add(number)
                break
    return len(used)


TYPES = ClaimTypes([initiative_type.SPEC])


def configurations() -> list[str | None]:
    return [None, *GATES]


def reread(analysed: Any) -> dict[str | None, list[Claim]]:
    """The document's initiative claims with no gate off, then with each gate off."""
    bare = dataclasses.replace(analysed, claims=[])
    result = {}
    for name in configurations():
        with gate_off(name):
            result[name] = [c for c in extract_claims(bare, TYPES) if c.type == "initiative"]
    return result


Tally = dict[str | None, list[int]]  # configuration -> [found, gold, claims]


def add(tally: Tally, name: str | None, found: int, gold: int, claims: int) -> None:
    row = tally.setdefault(name, [0, 0, 0])
    row[0] += found
    row[1] += gold
    row[2] += claims


def run_folder(pipeline: Pipeline, folder: Path, tally: Tally, verbose: bool) -> None:
    texts = read_texts(folder / "texts.txt")
    rows = [
        line.split("\t")
        for line in (folder / "gold.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    local: Tally = {}
    for name, text in texts.items():
        analysed = pipeline.analyse(Document(text=text, published=None))
        gold = [row for row in rows if row[0] == name]
        base: tuple[int, int] = (0, 0)
        for configuration, claims in reread(analysed).items():
            found = batch_found(text, gold, claims)
            add(local, configuration, found, len(gold), len(claims))
            if configuration is None:
                base = (found, len(claims))
            elif verbose and (found, len(claims)) != base:
                print(f"  {folder}/{name} {configuration}: {base} -> {(found, len(claims))}")
    for configuration, (found, gold_count, claims_count) in local.items():
        add(tally, configuration, found, gold_count, claims_count)
    print(f"{folder}: {local[None]}", flush=True)


def run_tune(pipeline: Pipeline, devset: Path, tally: Tally) -> None:
    """The devset's tuning half against the own gold's initiative claims."""
    from concord.eval.claims import load_gold, score_claims, system_claims
    from concord.eval.halves import half_names

    gold = load_gold(Path(__file__).resolve().parent.parent / "eval" / "claims-gold.jsonl")
    names = [n for n in half_names(devset, "tune") if "initiative" in gold.annotated.get(n, set())]
    for name in names:
        path = devset / f"{name}.txt"
        analysed = pipeline.analyse(Document(text=path.read_text(encoding="utf-8"), path=str(path)))
        for configuration, claims in reread(analysed).items():
            scored = system_claims(name, dataclasses.replace(analysed, claims=claims))
            totals = score_claims(gold, scored, [name])["initiative"].totals
            add(tally, configuration, int(totals.tp_gold), totals.gold, totals.response)
    print(f"tune half ({len(names)} documents): {tally[None]}", flush=True)


def report(tally: Tally, title: str) -> None:
    found, gold, claims = tally[None]
    print(f"\n## {title}: with every gate on {found}/{gold}/{claims}")
    print("| gate | true lost | false prevented | balance |")
    print("|---|---|---|---|")
    for name in GATES:
        off_found, _, off_claims = tally[name]
        true_lost = off_found - found
        false_prevented = (off_claims - off_found) - (claims - found)
        if true_lost or false_prevented:
            print(f"| {name} | {true_lost} | {false_prevented} | {false_prevented - true_lost:+d} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--tune", type=Path, help="the FactRuEval devset folder")
    parser.add_argument("-v", "--verbose", action="store_true")
    options = parser.parse_args()
    pipeline = Pipeline()
    batches: Tally = {}
    for folder in options.folders:
        run_folder(pipeline, folder, batches, options.verbose)
    if batches:
        report(batches, "batches")
    if options.tune:
        tune: Tally = {}
        run_tune(pipeline, options.tune, tune)
        report(tune, "tune half (own gold)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
