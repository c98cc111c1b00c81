"""Organisation and place names to the nominative: the head noun and the adjectives before it.

Only dictionary words are inflected: pymorphy's guesses turn indeclinable names
("Актобе", "Алматы") into invented nominatives.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from concord.analysis import Token
from concord.knowledge.morphology import UD_TO_OPENCORPORA_CASE, analyser, parses

_UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
_NOUNS = frozenset({"NOUN"})
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
_TRAILING_NOISE = {"ADV", "ADP", "CCONJ", "SCONJ", "PUNCT", "VERB", "AUX", "PART"}
# The second locative and genitive ("на мосту", "много чаю") stand for the case the tagger names.
_CASE_VARIANTS = {"loct": {"loct", "loc2"}, "gent": {"gent", "gen2"}, "accs": {"accs", "acc2"}}
# A possessive adjective of a place name ("в Даниловом монастыре", "в Сергиевом Посаде",
# "на Аничковом мосту") declines short in the nominative and accusative and long elsewhere;
# pymorphy rarely knows one: the ending of each case and gender, then the nominative's.
_POSSESSIVE_SUFFIXES = ("ов", "ев", "ёв", "ин", "ын")
_POSSESSIVE_ENDINGS = {
    ("gent", "masc"): "а", ("datv", "masc"): "у", ("ablt", "masc"): "ым", ("loct", "masc"): "ом",
    ("gent", "neut"): "а", ("datv", "neut"): "у", ("ablt", "neut"): "ым", ("loct", "neut"): "ом",
    ("gent", "femn"): "ой", ("datv", "femn"): "ой", ("ablt", "femn"): "ой", ("loct", "femn"): "ой",
    ("accs", "femn"): "у",
    ("gent", "plur"): "ых", ("datv", "plur"): "ым", ("ablt", "plur"): "ыми", ("loct", "plur"): "ых",
}  # fmt: skip
_POSSESSIVE_NOMINATIVE = {"masc": "", "neut": "о", "femn": "а", "plur": "ы"}


@lru_cache(maxsize=100_000)
def _inflect(word: str, case: str, number: str, gender: str | None, kinds: frozenset[str]) -> str:
    if "-" in word and not analyser().word_is_known(word.lower()):
        prefix, _, last = word.rpartition("-")  # "вице-министром": the last part declines
        return f"{prefix}-{_inflect(last, case, number, gender, kinds)}"
    if kinds == _NOUNS and not analyser().word_is_known(word.lower()):
        return word
    if kinds == _ADJECTIVES and word[:1].isupper():
        possessive = _possessive_nominative(word, case, number, gender)
        if possessive is not None:
            return possessive
    in_case = [
        parse
        for parse in parses(word.lower())
        if parse.tag.POS in kinds and parse.tag.case in _CASE_VARIANTS.get(case, {case})
    ]
    readings = [p for p in in_case if not p.tag.number or p.tag.number == number]
    if not readings and kinds == _ADJECTIVES:
        # after "два", "три", "четыре" the noun is singular, its adjectives plural:
        # "трёх новых детских сада" → "детский сад"
        readings = in_case
    readings.sort(key=lambda parse: parse.tag.gender != gender)
    for parse in readings:
        wanted = {"nomn", number} | ({gender} if gender and number == "sing" else set())
        inflected = parse.inflect(wanted) or parse.inflect({"nomn"})
        if inflected is None:
            continue
        result = _closest_form(parse, inflected)
        result = result if "ё" in word.lower() else result.replace("ё", "е")
        return restore_shape(word, result)
    return word


def _possessive_nominative(word: str, case: str, number: str, gender: str | None) -> str | None:
    """ "Даниловом" beside "монастыре" → "Данилов": a capitalised word in -ов/-ев/-ин with
    the possessive ending of the head noun's case and gender that the dictionary does not
    know as a full adjective ("в Гостином дворе" is "Гостиный")."""
    kind = "plur" if number == "plur" else gender
    ending = _POSSESSIVE_ENDINGS.get((case, kind or ""))
    if ending is None or not word.lower().endswith(ending):
        return None
    stem = word[: -len(ending)]
    if len(stem) < 4 or not stem.lower().endswith(_POSSESSIVE_SUFFIXES):
        return None
    known_adjective = analyser().word_is_known(word.lower()) and any(
        parse.tag.POS == "ADJF" for parse in parses(word.lower())
    )
    return None if known_adjective else stem + _POSSESSIVE_NOMINATIVE[kind or "masc"]


def _shared_start(first: str, second: str) -> int:
    """How many leading letters two words share."""
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    return shared


def _closest_form(parse: Any, inflected: Any) -> str:
    """The inflected form nearest the word's own stem: a superlative's lexeme holds more
    than one stem, and pymorphy may pick the other ("Высшей школы" → "Высочайшая")."""
    word = parse.word
    if _shared_start(word, inflected.word) >= len(word) - 2:
        return str(inflected.word)
    same_tags = [form for form in parse.lexeme if form.tag == inflected.tag]
    nearest = max(same_tags, key=lambda form: _shared_start(word, form.word), default=None)
    return str((nearest or inflected).word)


def restore_shape(original: str, word: str) -> str:
    """Capitals as in the original, part by part ("Улан-Баторе" → "Улан-Батор")."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    original_parts, parts = original.split("-"), word.split("-")
    if len(original_parts) != len(parts):
        original_parts, parts = [original], [word]
    return "-".join(
        part[:1].upper() + part[1:] if source[:1].isupper() else part
        for source, part in zip(original_parts, parts, strict=True)
    )


def trim_phrase(tokens: Sequence[Token]) -> list[Token]:
    """Drop words the NER model sometimes lets trail a name ("Центральная Азия сегодня")."""
    kept = list(tokens)
    while len(kept) > 1 and kept[-1].pos in _TRAILING_NOISE and not kept[-1].text[:1].isupper():
        kept.pop()
    return kept


def _agrees(word: Token, head: Token) -> bool:
    """An adjective right before the head that agrees with it in case, number and gender
    modifies it whatever relation the parser gave ("в калужской мэрии", where "калужской"
    hangs from the verb)."""
    features = ("Case", "Number", "Gender")
    return word.pos == "ADJ" and all(
        word.feats.get(f) == head.feats.get(f) for f in features if head.feats.get(f)
    )


def normalise_phrase(tokens: Sequence[Token], offset: int) -> str:
    """`offset` is the sentence index of tokens[0]; the head is the noun the parser hangs
    the phrase from, and only it and the modifiers before it change form."""
    if not tokens:
        return ""
    inside = range(offset, offset + len(tokens))
    nouns = [i for i, t in enumerate(tokens) if t.pos in {"NOUN", "PROPN"}]
    head = next((i for i in nouns if tokens[i].head not in inside), nouns[0] if nouns else 0)
    case = UD_TO_OPENCORPORA_CASE.get(tokens[head].feats.get("Case", ""))
    number = "plur" if tokens[head].feats.get("Number") == "Plur" else "sing"
    gender = _UD_GENDER.get(tokens[head].feats.get("Gender", ""))
    words = [token.text for token in tokens]
    if case not in (None, "nomn"):
        words[head] = _inflect(tokens[head].text, case, number, gender, _NOUNS)
        index = head - 1
        while index >= 0 and (
            (
                tokens[index].relation in {"amod", "det", "nmod"}
                and (tokens[index].head - offset == head or tokens[index].pos in {"ADJ", "DET"})
            )
            or _agrees(tokens[index], tokens[head])
        ):
            words[index] = _inflect(tokens[index].text, case, number, gender, _ADJECTIVES)
            index -= 1
    parts: list[str] = []
    previous_end = tokens[0].start
    for token, word in zip(tokens, words, strict=True):
        if token.start > previous_end:
            parts.append(" " * (token.start - previous_end))
        parts.append(word)
        previous_end = token.end
    return "".join(parts)
