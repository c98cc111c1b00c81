"""Agreement, initiative, statement and figure claims scored against a written gold.

FactRuEval annotates none of these four types, so the project annotates them itself over
the devset texts (eval/claims-gold.jsonl, guidelines in docs/notes/gold.md). The gold
holds offsets and normalised values only; the texts stay in the benchmark folder.

A system claim matches a gold claim of the same document and type whose evidence
sentence overlaps its own and whose roles agree by the type's rule (`ROLE_RULES`);
matching is one to one. Only documents where a type was annotated exhaustively count
for that type, so a system claim in an unread document is neither right nor wrong.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from concord.analysis import AnalysedDocument
from concord.document import Document
from concord.eval.factrueval import document_names
from concord.eval.halves import HALVES, split
from concord.eval.metrics import Totals

GOLD_TYPES = ("agreement", "figure", "initiative", "statement")
DEFAULT_GOLD = Path("eval/claims-gold.jsonl")
SAME_STEM = 5  # letters two word forms must share ("Кадырова" / "Кадыров")
CASE_ENDINGS = "аяыиоеуюьй"  # a short word's last letter that changes with its case
SAME_AMOUNT = 0.005  # relative difference still read as one amount (rounding)
# A count without a noun of its own ("5 тысяч человек" read as measure "люди"):
# these lemmas name one unit.
UNIT_SYNONYMS = {"люди": "человек"}


class GoldError(ValueError):
    """A gold file that cannot be read: the message names the file and the line."""


@dataclass(frozen=True)
class RoleValue:
    value: str
    span: tuple[int, int] | None = None


@dataclass
class ScoredClaim:
    """One claim, gold or Concord's, reduced to what the matcher compares."""

    document: str
    type: str
    evidence: tuple[int, int]
    roles: dict[str, list[RoleValue]] = field(default_factory=dict)
    modality: str = "fact"

    def values(self, role: str) -> list[RoleValue]:
        return self.roles.get(role, [])


@dataclass
class Gold:
    annotated: dict[str, set[str]]  # document name -> the types annotated exhaustively in it
    claims: list[ScoredClaim]

    def documents(self, claim_type: str | None = None) -> list[str]:
        return [
            name
            for name, types in self.annotated.items()
            if claim_type is None or claim_type in types
        ]


# --- reading the gold -------------------------------------------------------------------


def _span(raw: object, where: str) -> tuple[int, int]:
    if not (isinstance(raw, list) and len(raw) == 2 and all(isinstance(x, int) for x in raw)):
        raise GoldError(f"{where}: a span must be [start, end], got {raw!r}")
    start, end = raw
    if not 0 <= start < end:
        raise GoldError(f"{where}: span [{start}, {end}] is empty or negative")
    return start, end


def _gold_claim(record: dict[str, object], where: str) -> ScoredClaim:
    claim_type = record.get("type")
    if claim_type not in GOLD_TYPES:
        raise GoldError(f"{where}: type {claim_type!r} is not one of {', '.join(GOLD_TYPES)}")
    roles_raw = record.get("roles", {})
    if not isinstance(roles_raw, dict):
        raise GoldError(f"{where}: roles must be an object")
    roles: dict[str, list[RoleValue]] = {}
    for role, entries in roles_raw.items():
        if not isinstance(entries, list):
            raise GoldError(f"{where}: role {role!r} must hold a list of values")
        for entry in entries:
            if not isinstance(entry, dict) or not isinstance(entry.get("value"), str):
                raise GoldError(f'{where}: role {role!r} needs {{"value": ...}} entries')
            span = _span(entry["span"], where) if "span" in entry else None
            roles.setdefault(role, []).append(RoleValue(entry["value"], span))
    return ScoredClaim(
        document=str(record["document"]),
        type=str(claim_type),
        evidence=_span(record.get("evidence"), where),
        roles=roles,
        modality=str(record.get("modality", "fact")),
    )


def load_gold(path: Path) -> Gold:
    """Scope lines ({"document", "annotated": [types]}) and claim lines ({"document",
    "type", "evidence", "roles", "modality"}) of a JSON-lines gold file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise GoldError(f"{path}: cannot read the gold ({error.strerror})") from None
    annotated: dict[str, set[str]] = {}
    claims: list[ScoredClaim] = []
    for number, line in enumerate(lines, start=1):
        where = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{where}: not JSON ({error.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("document"), str):
            raise GoldError(f'{where}: each line is an object with a "document"')
        if "annotated" in record:
            annotated.setdefault(record["document"], set()).update(record["annotated"])
        else:
            claims.append(_gold_claim(record, where))
    for number, claim in enumerate(claims, start=1):
        if claim.type not in annotated.get(claim.document, set()):
            raise GoldError(
                f"{path}: claim {number} ({claim.document}, {claim.type}) lies outside "
                "the documents and types the file says were annotated"
            )
    return Gold(annotated, claims)


# --- Concord's side ---------------------------------------------------------------------


def system_claims(name: str, analysed: AnalysedDocument) -> list[ScoredClaim]:
    """Concord's claims of the four gold types in one document, with entities by name."""
    found = []
    for claim in analysed.claims:
        if claim.type not in GOLD_TYPES:
            continue
        roles: dict[str, list[RoleValue]] = {}
        for argument in claim.arguments:
            span = (argument.span.start, argument.span.end) if argument.span else None
            roles.setdefault(argument.role, []).append(RoleValue(argument.value, span))
        found.append(
            ScoredClaim(
                document=name,
                type=claim.type,
                evidence=(claim.evidence.start, claim.evidence.end),
                roles=roles,
                modality=claim.modality.value,
            )
        )
    return found


# --- matching ---------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower().replace("ё", "е")) if len(w) >= 3]


def _without_ending(word: str) -> str:
    """A final vowel or soft sign is a case ending: "школа" and "школы" are one word."""
    return word[:-1] if len(word) > 3 and word[-1] in CASE_ENDINGS else word


def _same_word(first: str, second: str) -> bool:
    """Two forms of one word: the same, or sharing the first SAME_STEM letters (fewer
    when a word is shorter) once their endings are set aside."""
    first, second = _without_ending(first), _without_ending(second)
    needed = min(SAME_STEM, len(first), len(second))
    return first[:needed] == second[:needed]


def _share_word(first: str, second: str) -> bool:
    return any(_same_word(a, b) for a in _words(first) for b in _words(second))


def _overlap(first: tuple[int, int] | None, second: tuple[int, int] | None) -> bool:
    return (
        first is not None and second is not None and first[0] < second[1] and second[0] < first[1]
    )


def names_agree(gold: list[RoleValue], system: list[RoleValue]) -> bool:
    """An entity role agrees when the spans overlap or the names share a word."""
    return any(
        _overlap(g.span, s.span) or _share_word(g.value, s.value) for g in gold for s in system
    )


def _amount(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def amounts_agree(gold: list[RoleValue], system: list[RoleValue]) -> bool:
    """Any of the gold's alternatives ("2|3" for "2-3%") equals Concord's amount."""
    for found in system:
        amount = _amount(found.value)
        if amount is None:
            continue
        for expected in gold:
            for alternative in expected.value.split("|"):
                wanted = _amount(alternative)
                if wanted is not None and abs(wanted - amount) <= SAME_AMOUNT * max(abs(wanted), 1):
                    return True
    return False


def _unit(text: str) -> str:
    word = text.lower().replace("ё", "е").strip()
    return UNIT_SYNONYMS.get(word, word)


def units_agree(gold: ScoredClaim, system: ScoredClaim) -> bool:
    """The same unit; a system figure without a unit agrees when its measure names the
    gold's counted thing ("5 тысяч человек": measure "люди")."""
    expected = [_unit(v.value) for v in gold.values("unit")]
    found = [_unit(v.value) for v in system.values("unit") if v.value.strip()]
    if not found:
        found = [_unit(w) for v in system.values("measure") for w in v.value.split()[:1]]
    return not expected or any(
        a == b or (a.isalpha() and b.isalpha() and _same_word(a, b))
        for a in expected
        for b in found
    )


def _statement(gold: ScoredClaim, system: ScoredClaim) -> bool:
    return names_agree(gold.values("speaker"), system.values("speaker"))


def _figure(gold: ScoredClaim, system: ScoredClaim) -> bool:
    return amounts_agree(gold.values("quantity"), system.values("quantity")) and units_agree(
        gold, system
    )


def _kinds_agree(gold: ScoredClaim, system: ScoredClaim) -> bool:
    return any(
        _share_word(g.value, s.value) for g in gold.values("kind") for s in system.values("kind")
    )


def _agreement(gold: ScoredClaim, system: ScoredClaim) -> bool:
    return _kinds_agree(gold, system)


def _initiative(gold: ScoredClaim, system: ScoredClaim) -> bool:
    return _kinds_agree(gold, system) or names_agree(
        gold.values("organisations"), system.values("organisations")
    )


ROLE_RULES: dict[str, Callable[[ScoredClaim, ScoredClaim], bool]] = {
    "statement": _statement,  # the speaker
    "figure": _figure,  # the amount and its unit
    "agreement": _agreement,  # the kind of document
    "initiative": _initiative,  # the kind of project, or who runs it
}


def matches(gold: ScoredClaim, system: ScoredClaim) -> bool:
    return (
        gold.document == system.document
        and gold.type == system.type
        and _overlap(gold.evidence, system.evidence)
        and ROLE_RULES[gold.type](gold, system)
    )


def _focus(claim: ScoredClaim) -> tuple[int, int]:
    """Where a system claim points within its evidence: a quoted paragraph's quote, else
    the evidence itself."""
    spans = [v.span for v in claim.values("quote") if v.span]
    return spans[0] if spans else claim.evidence


def _shared(first: tuple[int, int], second: tuple[int, int]) -> int:
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def pair(gold: list[ScoredClaim], system: list[ScoredClaim]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs among matching claims, the pairs whose
    gold sentence shares most text with what the system claim points at first (a quoted
    paragraph holding two gold statements goes to the one its quote lies in)."""
    candidates = sorted(
        (
            (-_shared(expected.evidence, _focus(found)), g, s)
            for g, expected in enumerate(gold)
            for s, found in enumerate(system)
            if matches(expected, found)
        )
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, g, s in candidates:
        if g not in used_gold and s not in used_system:
            used_gold.add(g)
            used_system.add(s)
            pairs.append((g, s))
    return sorted(pairs)


# --- scoring ----------------------------------------------------------------------------


@dataclass
class TypeScore:
    totals: Totals = field(default_factory=Totals)
    same_modality: int = 0  # matched pairs whose modality agrees

    def modality_accuracy(self) -> float:
        matched = int(self.totals.tp_gold)
        return self.same_modality / matched if matched else 1.0


def _pairings(
    gold: Gold, system: Iterable[ScoredClaim], documents: Iterable[str]
) -> Iterator[tuple[str, list[ScoredClaim], list[ScoredClaim], list[tuple[int, int]]]]:
    """Per document and type annotated there: the gold claims, the system's, and which
    matched which (indexes into the two lists)."""
    found_by_key: dict[tuple[str, str], list[ScoredClaim]] = {}
    for claim in system:
        found_by_key.setdefault((claim.document, claim.type), []).append(claim)
    expected_by_key: dict[tuple[str, str], list[ScoredClaim]] = {}
    for claim in gold.claims:
        expected_by_key.setdefault((claim.document, claim.type), []).append(claim)
    for document in documents:
        for claim_type in sorted(gold.annotated.get(document, set()) & set(GOLD_TYPES)):
            expected = expected_by_key.get((document, claim_type), [])
            found = found_by_key.get((document, claim_type), [])
            yield claim_type, expected, found, pair(expected, found)


def score_claims(
    gold: Gold, system: Iterable[ScoredClaim], documents: Iterable[str]
) -> dict[str, TypeScore]:
    """P/R per type over `documents`, counting a type only where it was annotated."""
    scores = {claim_type: TypeScore() for claim_type in GOLD_TYPES}
    for claim_type, expected, found, pairs in _pairings(gold, system, documents):
        score = scores[claim_type]
        score.totals.add(Totals(len(pairs), len(pairs), len(expected), len(found)))
        score.same_modality += sum(expected[g].modality == found[s].modality for g, s in pairs)
    return scores


def read_alone(
    gold: Gold, system: list[ScoredClaim], documents: Iterable[str], texts: Mapping[str, str]
) -> set[tuple[str, str, tuple[int, int]]]:
    """The missed gold claims (type, document, evidence) with no claim of their type in their
    sentence, whose sentence analysed as a text of its own gives one: the report around it
    lost the claim (folded into another telling, read through the sentences before), not
    the sentence's wording."""
    from concord.pipeline import Pipeline

    unread: list[ScoredClaim] = []
    for _, expected, same_type, pairs in _pairings(gold, system, documents):
        matched = {g for g, _ in pairs}
        unread += [
            claim
            for index, claim in enumerate(expected)
            if index not in matched
            and not any(_overlap(claim.evidence, c.evidence) for c in same_type)
        ]
    sentences = (
        Document(text=texts[c.document][c.evidence[0] : c.evidence[1]], path=c.document)
        for c in unread
    )
    return {
        (claim.type, claim.document, claim.evidence)
        for claim, analysed in zip(unread, Pipeline().analyse_many(sentences), strict=True)
        if any(found.type == claim.type for found in analysed.claims)
    }


def analyse(devset: Path, names: list[str]) -> list[ScoredClaim]:
    """Run the normal pipeline over DEVSET/NAME.txt and keep the four gold types."""
    from concord.pipeline import Pipeline

    paths = [devset / f"{name}.txt" for name in names]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise GoldError(f"{missing[0]}: the gold names a document the devset lacks")
    documents = (Document(text=p.read_text(encoding="utf-8"), path=str(p)) for p in paths)
    found: list[ScoredClaim] = []
    for name, analysed in zip(names, Pipeline().analyse_many(documents), strict=True):
        found.extend(system_claims(name, analysed))
    return found


def evaluate(
    devset: Path, gold: Gold, half: str = "all", names: list[str] | None = None
) -> dict[str, dict[str, TypeScore]]:
    """Scores per half ("tune" and "check", or only the one asked for) and per type, over
    the gold's documents (or `names` among them)."""
    return evaluate_with_errors(devset, gold, half, names)[0]


def evaluate_with_errors(
    devset: Path, gold: Gold, half: str = "all", names: list[str] | None = None
) -> tuple[dict[str, dict[str, TypeScore]], str, str]:
    """The scores of `evaluate`, the missed and spurious claims of the halves asked for,
    each with its sentence (what rules are tuned from, on the tuning half only), and
    their causes counted (`error_causes`: no sentence shown, so fit to read on any half)."""
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}; expected one of {', '.join(HALVES)}")
    documents = {n for n in gold.documents() if names is None or n in names}
    # The halves are the devset's own (by id over the whole folder), not a split of the
    # gold's documents, which would move with every document annotated.
    halves = {
        h: [n for n in ns if n in documents] for h, ns in split(document_names(devset)).items()
    }
    wanted = ["tune", "check"] if half == "all" else [half]
    found = analyse(devset, [n for h in wanted for n in halves[h]])
    results = {h: score_claims(gold, found, halves[h]) for h in wanted}
    if half == "all":
        results["all"] = score_claims(gold, found, halves["all"])
    texts = {
        n: (devset / f"{n}.txt").read_text(encoding="utf-8") for h in wanted for n in halves[h]
    }
    details = "\n".join(
        format_errors(h, claim_errors(gold, found, halves[h]), texts) for h in wanted
    )
    causes = format_causes(
        {
            h: error_causes(gold, found, halves[h], read_alone(gold, found, halves[h], texts))
            for h in wanted
        }
    )
    return results, details, causes


@dataclass
class ClaimError:
    kind: str  # "missed" (gold without a match) or "spurious" (system claim without one)
    claim: ScoredClaim


def claim_errors(
    gold: Gold, system: Iterable[ScoredClaim], documents: Iterable[str]
) -> list[ClaimError]:
    """Gold claims no system claim matched and system claims no gold claim matched, in
    the types annotated in each document."""
    errors: list[ClaimError] = []
    for _, expected, found, pairs in _pairings(gold, system, documents):
        matched_gold = {g for g, _ in pairs}
        matched_system = {s for _, s in pairs}
        errors += [ClaimError("missed", c) for i, c in enumerate(expected) if i not in matched_gold]
        errors += [
            ClaimError("spurious", c) for i, c in enumerate(found) if i not in matched_system
        ]
    return errors


def error_causes(
    gold: Gold,
    system: Iterable[ScoredClaim],
    documents: Iterable[str],
    alone: Collection[tuple[str, str, tuple[int, int]]] = (),
) -> Counter[tuple[str, str, str]]:
    """(type, "missed" or "spurious", cause) counts: where each error sits, told without
    its text. A missed claim whose sentence holds a claim of its own type lost on the
    roles; one whose roles an unmatched claim of its type from another sentence of the
    document agrees with was claimed there (Concord keeps one claim per project, placed on
    its first telling); one whose sentence holds only other types was read as something
    else; one with nothing in its sentence was not read at all — either marked "(alone:
    read)" when its sentence on its own gives one (`read_alone`, in `alone`). A spurious claim in a gold
    sentence of its type misreads a gold claim; one elsewhere whose roles agree with a
    gold claim of its document restates it (the gold holds each once); the rest claim
    what the annotator saw no claim of its type in."""
    found = list(system)
    causes: Counter[tuple[str, str, str]] = Counter()
    for claim_type, expected, same_type, pairs in _pairings(gold, found, documents):
        matched_gold = {g for g, _ in pairs}
        matched_system = {s for _, s in pairs}
        for index, missed in enumerate(expected):
            if index in matched_gold:
                continue
            if any(_overlap(missed.evidence, c.evidence) for c in same_type):
                cause = "sentence read, roles differ"
            elif any(
                ROLE_RULES[claim_type](missed, c)
                for i, c in enumerate(same_type)
                if i not in matched_system
            ):
                cause = "claimed from another sentence"
            else:
                others = sorted(
                    {
                        c.type
                        for c in found
                        if c.document == missed.document and _overlap(missed.evidence, c.evidence)
                    }
                )
                cause = f"sentence read as {'+'.join(others)}" if others else "nothing read"
                if (claim_type, missed.document, missed.evidence) in alone:
                    cause += " (alone: read)"
            causes[(claim_type, "missed", cause)] += 1
        for index, spurious in enumerate(same_type):
            if index in matched_system:
                continue
            if any(_overlap(spurious.evidence, c.evidence) for c in expected):
                cause = "in a gold sentence of its type"
            elif any(ROLE_RULES[claim_type](c, spurious) for c in expected):
                cause = "restates a gold claim told elsewhere"
            else:
                cause = "no gold of its type there"
            causes[(claim_type, "spurious", cause)] += 1
    return causes


def format_causes(causes: dict[str, Counter[tuple[str, str, str]]]) -> str:
    """One row per half, type, error kind and cause, with its count."""
    lines = [f"{'half':<7}{'type':<12}{'error':<10}{'count':>6}  cause"]
    for half, counted in causes.items():
        for (claim_type, kind, cause), count in sorted(counted.items()):
            lines.append(f"{half:<7}{claim_type:<12}{kind:<10}{count:>6}  {cause}")
    return "\n".join(lines)


def format_errors(half: str, errors: list[ClaimError], texts: dict[str, str]) -> str:
    """One block per error: half, type, kind, document, roles, modality and the sentence."""
    lines = []
    for error in sorted(errors, key=lambda e: (e.claim.type, e.kind, e.claim.document)):
        claim = error.claim
        roles = "; ".join(
            f"{role}={'|'.join(v.value for v in values)}"
            for role, values in claim.roles.items()
            if role != "quote"
        )
        start, end = claim.evidence
        sentence = " ".join(texts.get(claim.document, "")[start:end].split())
        lines.append(
            f"[{half}] {claim.type} {error.kind} {claim.document} {start}-{end} "
            f"({claim.modality}) {roles}\n    {sentence}"
        )
    return "\n".join(lines)


def format_scores(results: dict[str, dict[str, TypeScore]]) -> str:
    """One row per half and type: matched, gold, system, P, R, F1, modality agreement."""
    header = (
        f"{'half':<7}{'type':<12}{'match':>6}{'gold':>6}{'sys':>6}"
        f"{'P':>7}{'R':>7}{'F1':>7}{'mod':>7}"
    )
    lines = [header]
    for half, scores in results.items():
        for claim_type, score in scores.items():
            precision, recall, f1 = score.totals.scores()
            lines.append(
                f"{half:<7}{claim_type:<12}{int(score.totals.tp_gold):>6}"
                f"{score.totals.gold:>6}{score.totals.response:>6}"
                f"{precision:7.3f}{recall:7.3f}{f1:7.3f}{score.modality_accuracy():7.3f}"
            )
    return "\n".join(lines)
