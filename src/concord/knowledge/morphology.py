"""One shared pymorphy analyser, and the alias that lets Natasha 1.6 run on Python 3.11.

Natasha, Yargy and Slovnet import `pymorphy2`, which no longer imports on 3.11
(it calls inspect.getargspec). pymorphy3 is its maintained fork with the same API,
so it is registered under the old name before any of them is imported.
"""

from __future__ import annotations

import sys
from functools import lru_cache

import pymorphy3
import pymorphy3.analyzer
import pymorphy3.tagset

sys.modules.setdefault("pymorphy2", pymorphy3)
sys.modules.setdefault("pymorphy2.analyzer", pymorphy3.analyzer)
sys.modules.setdefault("pymorphy2.tagset", pymorphy3.tagset)


# slovnet tags in Universal Dependencies; pymorphy inflects in OpenCorpora grammemes.
UD_TO_OPENCORPORA_CASE = {
    "Nom": "nomn",
    "Gen": "gent",
    "Dat": "datv",
    "Acc": "accs",
    "Ins": "ablt",
    "Loc": "loct",
}


@lru_cache(maxsize=1)
def analyser() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    return tuple(analyser().parse(word))


def genitive(word: str) -> str:
    """The word in the genitive singular, as a post names a body ("член наблюдательного
    совета"); the word itself when the dictionary cannot inflect it."""
    for parse in parses(word.lower()):
        if parse.tag.POS in {"NOUN", "ADJF"}:
            inflected = parse.inflect({"gent", "sing"})
            if inflected is not None:
                return str(inflected.word)
    return word.lower()


@lru_cache(maxsize=200_000)
def lemma(word: str, pos: str) -> str:
    """The dictionary form whose part of speech agrees with the tagger's choice."""
    lowered = word.lower()
    wanted = _POS_TO_OPENCORPORA.get(pos)
    for parse in parses(lowered):
        if wanted is None or parse.tag.POS in wanted:
            return parse.normal_form
    candidates = parses(lowered)
    return candidates[0].normal_form if candidates else lowered


_UD_TENSES = {"past": "Past", "pres": "Pres", "futr": "Fut"}


@lru_cache(maxsize=50_000)
def dictionary_tense(word: str) -> str | None:
    """The UD tense every finite reading of the word in the dictionary agrees on ("обустроит"
    is only a future), None where readings differ ("строит") or none is finite. A Russian
    verb's tense is written in its form, so the dictionary settles what the tagger guesses."""
    tenses = {parse.tag.tense for parse in parses(word.lower()) if parse.tag.POS == "VERB"}
    return _UD_TENSES.get(tenses.pop()) if len(tenses) == 1 else None


_POS_TO_OPENCORPORA: dict[str, set[str]] = {
    "NOUN": {"NOUN"},
    "PROPN": {"NOUN"},
    "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"},
    "AUX": {"VERB", "INFN"},
    "ADJ": {"ADJF", "ADJS", "COMP", "PRTF"},
    "ADV": {"ADVB", "COMP", "PRED"},
    "NUM": {"NUMR"},
    "PRON": {"NPRO"},
    "DET": {"ADJF", "NPRO"},
    "ADP": {"PREP"},
    "CCONJ": {"CONJ"},
    "SCONJ": {"CONJ"},
    "PART": {"PRCL"},
}


def natasha_ready() -> None:
    """Call before importing natasha: importing this module already registered the alias."""
    assert sys.modules["pymorphy2"] is pymorphy3
