"""Sentence splitting that respects the layout of news pages.

Headlines, captions and credits carry no final full stop, so splitting the whole text
with razdel glues them to the next paragraph. Each line is split on its own instead;
a line is joined to the next only when the next starts in lower case (a hard wrap).
razdel reads a capital letter before a full stop as an initial; after a digit it ends a
model code ("МиГ-29К. Документ …"), so the sentence is cut there. razdel never ends a
sentence at a year's "г." ("в 1998 г. Тем не менее …"); it is cut there when the next word
is a capitalised function word (`_year_ends`). razdel does cut after an abbreviated scale
before a capitalised abbreviation ("132,4 тыс. ДТП, в которых …"); the cut is undone when
the abbreviation is a common noun, the thing counted (`_scale_joined`). A wire report's dateline is a sentence of its
own (`nlp/datelines.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from razdel import sentenize
from razdel.substring import Substring

from concord.knowledge.morphology import parses
from concord.nlp.datelines import dateline_end

_LINE = re.compile(r"[^\n]+")
# A code's final letters after a digit, its full stop, and a capitalised next word.
_CODE_END = re.compile(r"(?<=\d)[A-ZА-ЯЁ]{1,3}\.(?=\s+[A-ZА-ЯЁ«\"])")
# statement35: a year's "г." and the capitalised word after it, whole (not an initial "А.",
# an abbreviation "ООО" or a hyphenated "Г-н").
_YEAR_END = re.compile(r"(?<=\d)\s?г\.(?=\s+(?P<next>[А-ЯЁ][а-яё]*)(?![.\w-]))")
# Parts of speech that never open a name: a preposition, conjunction, particle, pronoun or
# adverb with a capital letter after "г." begins a sentence ("… в 1998 г. Тем не менее …",
# "… 2002 г. В этот период …"), while a name, a body or a noun may stand inside one ("к 2020
# г. Россия …", "до конца 2009 г. МТС планирует …"), so those keep razdel's reading.
_OPENING_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED", "INTJ"})
# figure30: an amount's abbreviated scale at a razdel cut ("132,4 тыс.", "12 млн."; not a
# currency, "5 руб.", which is the unit already), and a capitalised abbreviation opening the
# next piece, alone ("ДТП,") or as the first part of a hyphenated word ("ВИЧ-инфицированных").
_SCALE_END = re.compile(r"\d[\d\s,.]*\s?(?:тыс|млн|млрд|трлн)\.$")
_NAMING = frozenset({"Orgn", "Geox", "Name", "Surn"})
_ABBREVIATION_OPENING = re.compile(r"(?P<abbr>[А-ЯЁ]{2,6})(?:-[а-яё]+)?(?![\w.])")


def _opens_sentence(word: str) -> bool:
    """Whether a capitalised word is a function word (its likeliest reading), which after a
    year's "г." only a new sentence starts with; a pronoun adjective ("Этот") counts."""
    readings = parses(word.lower())
    if not readings:
        return False
    tag = readings[0].tag
    return tag.POS in _OPENING_POS or (tag.POS == "ADJF" and "Apro" in tag)


def line_blocks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every paragraph: a line, with the lines after it that start in lower
    case (a hard wrap)."""
    start = end = None
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        first = line.lstrip()[:1]
        if start is not None and end is not None and first.islower():
            end = match.end()
            continue
        if start is not None and end is not None:
            yield start, end
        start, end = match.start(), match.end()
    if start is not None and end is not None:
        yield start, end


def _after_codes(start: int, piece: str) -> Iterator[tuple[int, str]]:
    """A razdel sentence cut after every model code or year's "г." that ends a sentence
    inside it."""
    ends = [match.end() for match in _CODE_END.finditer(piece)]
    ends += [
        match.end() for match in _YEAR_END.finditer(piece) if _opens_sentence(match.group("next"))
    ]
    cut = 0
    for end in sorted(ends):
        yield start + cut, piece[cut:end]
        cut = end
    yield start + cut, piece[cut:]


def _scale_joined(block: str, sentences: Iterable[Substring]) -> Iterator[tuple[int, str]]:
    """razdel's sentences of a block, with a cut after an amount's abbreviated scale undone when the next word is the counted thing (figure30)."""
    held: tuple[int, int] | None = None
    for sentence in sentences:
        if held is not None and _continues_amount(block[held[0] : held[1]], sentence.text):
            held = (held[0], sentence.stop)
            continue
        if held is not None:
            yield held[0], block[held[0] : held[1]]
        held = (sentence.start, sentence.stop)
    if held is not None:
        yield held[0], block[held[0] : held[1]]


def _continues_amount(before: str, after: str) -> bool:
    """Whether razdel's cut between `before` (ending "132,4 тыс.") and `after` (opening
    "ДТП, в которых …") falls inside one amount: the word after the abbreviated scale is a
    common-noun abbreviation (ДТП, ИП, ВИЧ-…), not a body or a place (МВД, США), which may
    well open the next sentence."""
    if _SCALE_END.search(before) is None:
        return False
    found = _ABBREVIATION_OPENING.match(after)
    if found is None:
        return False
    readings = parses(found.group("abbr").lower())
    if any(_NAMING & set(reading.tag.grammemes) for reading in readings):
        return False
    return any("Abbr" in reading.tag for reading in readings)


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every sentence, in order, trimmed of surrounding space."""
    for block_start, block_end in line_blocks(text):
        line = text[block_start:block_end]
        opening = block_start + len(line) - len(line.lstrip())
        dateline = dateline_end(text[opening:block_end])
        if dateline is not None:  # "Киев. 6 сентября. INTERFAX.RU -": a sentence of its own
            yield opening, opening + dateline
            block_start = opening + dateline
        block = text[block_start:block_end]
        for start, joined in _scale_joined(block, sentenize(block)):
            for offset, piece in _after_codes(block_start + start, joined):
                if not piece.strip():
                    continue
                start = offset + len(piece) - len(piece.lstrip())
                yield start, start + len(piece.strip())


SENTENCE_TOKEN_LIMIT = 200  # longer sentences (lists, text without full stops) are cut
# Where a long sentence is cut, best first: the last such token in the window ends a piece.
CLAUSE_BOUNDARIES = (frozenset({";"}), frozenset({":"}), frozenset({",", "—", "–"}))

Positioned = tuple[int, int, str]  # start, end, text of a token in the document


def split_long(
    tokens: list[Positioned], limit: int = SENTENCE_TOKEN_LIMIT
) -> list[list[Positioned]]:
    """A sentence's tokens as pieces of at most `limit` tokens, cut after the last clause
    boundary (; then : then , or a dash) in the second half of each window, else after
    `limit` tokens. The parser scores every pair of words in a sentence and extractors look
    across it, so a text without full stops would otherwise cost time and memory quadratic
    in its length; normal sentences are far shorter and come back whole."""
    if len(tokens) <= limit:
        return [tokens]
    pieces = []
    first = 0
    while len(tokens) - first > limit:
        cut = first + limit
        for boundary in CLAUSE_BOUNDARIES:
            found = next(
                (
                    index + 1
                    for index in range(first + limit - 1, first + limit // 2 - 1, -1)
                    if tokens[index][2] in boundary
                ),
                None,
            )
            if found is not None:
                cut = found
                break
        pieces.append(tokens[first:cut])
        first = cut
    pieces.append(tokens[first:])
    return pieces
