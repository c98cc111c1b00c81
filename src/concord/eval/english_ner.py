"""English NER measured on a CoNLL/IOB2 test set (Universal NER English-EWT, WNUT-17 …).

Each gold sentence is rebuilt as text (tokens joined by spaces) and analysed; an entity
counts when its token span and its type both match (exact match, as conlleval counts).
Two responses are scored: Concord's mentions (after its trimming and typing) and the
model's own entities mapped to PER/ORG/LOC, so what Concord adds or loses shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from concord.document import Document
from concord.eval.metrics import Totals
from concord.nlp.english_entities import ENTITY_TYPES

TYPES = ("PER", "ORG", "LOC")
# The datasets' labels as Concord's; others (MISC, OTH, product, creative-work) are not scored.
GOLD_TYPES = {
    "PER": "PER", "PERSON": "PER", "person": "PER",
    "ORG": "ORG", "corporation": "ORG", "group": "ORG",
    "LOC": "LOC", "GPE": "LOC", "location": "LOC",
}  # fmt: skip
RESPONSE_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "LOCORG": "LOC"}

Span = tuple[int, int, str]  # first token, token after the last, type


@dataclass
class GoldSentence:
    tokens: list[str]
    entities: set[Span] = field(default_factory=set)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def read_conll(lines: Iterable[str]) -> Iterator[GoldSentence]:
    """Sentences of a CoNLL file: `#` comments skipped, a blank line ends a sentence; a row
    is `index token tag …` (UNER) or `token … tag` (CoNLL, WNUT)."""
    rows: list[tuple[str, str]] = []
    for raw in [*lines, ""]:
        line = raw.rstrip("\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if rows:
                yield _sentence(rows)
            rows = []
            continue
        columns = line.split("\t") if "\t" in line else line.split()
        if len(columns) >= 3 and columns[0].isdigit():
            rows.append((columns[1], columns[2]))
        else:
            rows.append((columns[0], columns[-1]))


def _sentence(rows: list[tuple[str, str]]) -> GoldSentence:
    sentence = GoldSentence([token for token, _ in rows])
    sentence.entities = set(spans_from_tags([tag for _, tag in rows]))
    return sentence


def spans_from_tags(tags: list[str]) -> list[Span]:
    """IOB2 (or IOB1) tags as spans of the scored types; an I- after another type starts anew."""
    spans: list[Span] = []
    start, kind = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        mapped = GOLD_TYPES.get(label, "") if prefix in {"B", "I"} else ""
        if prefix == "I" and mapped and mapped == kind:
            continue
        if start >= 0 and kind:
            spans.append((start, index, kind))
        start, kind = (index, mapped) if mapped else (-1, "")
    return spans


def token_span(offsets: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The gold tokens a character range covers, or None when it cuts one."""
    first = next((i for i, (s, _) in enumerate(offsets) if s == start), None)
    last = next((i for i, (_, e) in enumerate(offsets) if e == end), None)
    if first is None or last is None or last < first:
        return None
    return first, last + 1


def _offsets(tokens: list[str]) -> list[tuple[int, int]]:
    found, position = [], 0
    for token in tokens:
        found.append((position, position + len(token)))
        position += len(token) + 1
    return found


@dataclass
class Score:
    by_type: dict[str, Totals] = field(default_factory=lambda: {t: Totals() for t in TYPES})

    def add(self, gold: set[Span], response: set[Span]) -> None:
        for kind in TYPES:
            gold_of = {span for span in gold if span[2] == kind}
            response_of = {span for span in response if span[2] == kind}
            matched = len(gold_of & response_of)
            self.by_type[kind].add(Totals(matched, matched, len(gold_of), len(response_of)))

    def overall(self) -> Totals:
        total = Totals()
        for totals in self.by_type.values():
            total.add(totals)
        return total


def score_sentences(
    sentences: list[GoldSentence], analyser: Any, batch_size: int = 64
) -> dict[str, Score]:
    """Scores of Concord's mentions ("concord") and the model's own entities ("model")."""
    scores = {"concord": Score(), "model": Score()}
    for begin in range(0, len(sentences), batch_size):
        batch = sentences[begin : begin + batch_size]
        documents = [(Document(text=s.text, language="en"), ()) for s in batch]
        analysed = analyser.annotate_many(documents)
        models = analyser.model.pipe([s.text for s in batch])
        for sentence, result, doc in zip(batch, analysed, models, strict=True):
            offsets = _offsets(sentence.tokens)
            concord = {
                (*span, RESPONSE_TYPES[m.type])
                for m in result.mentions
                if (span := token_span(offsets, m.start, m.end)) is not None
            }
            model = {
                (*span, RESPONSE_TYPES[ENTITY_TYPES[e.label_]])
                for e in doc.ents
                if e.label_ in ENTITY_TYPES
                and (span := token_span(offsets, e.start_char, e.end_char)) is not None
            }
            scores["concord"].add(sentence.entities, concord)
            scores["model"].add(sentence.entities, model)
    return scores


def format_scores(scores: dict[str, Score]) -> str:
    lines = ["response  type     P      R      F1   gold  response"]
    for name, score in scores.items():
        rows = [*score.by_type.items(), ("overall", score.overall())]
        for kind, totals in rows:
            precision, recall, f1 = totals.scores()
            lines.append(
                f"{name:<9} {kind:<7} {precision:6.3f} {recall:6.3f} {f1:6.3f} "
                f"{totals.gold:5d} {totals.response:8d}"
            )
    return "\n".join(lines)


def evaluate(path: Path, analyser: Any = None) -> str:
    """The table for a CoNLL file; `analyser` defaults to Concord's English analyser."""
    if analyser is None:
        from concord.nlp.english import EnglishAnalyser

        analyser = EnglishAnalyser()
    with path.open(encoding="utf-8") as lines:
        sentences = list(read_conll(lines))
    return f"{len(sentences)} sentences\n" + format_scores(score_sentences(sentences, analyser))
