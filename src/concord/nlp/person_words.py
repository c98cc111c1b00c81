"""One-word "persons" the NER model finds in Russian that are no person.

The model tags a capitalised single word as a person where the capital only opens a
sentence ("Беседа продолжалась", "Очень грязный двор"; inside a sentence the capital is
the writer's mark of a name, "премьер Ли"), where the word is a place the
dictionary knows ("Кузбасс", "Царицыно") or an organisation written as one compound word
("на Запорожстали", "по данным Курганстата", "компенсировать Минкультуре"). A word is
judged only when the dictionary knows no name, surname or patronymic reading of it, and
never when the document names a person in full with that word ("Карлос Гон … господин
Гон"): surnames that are common nouns ("Волк", "Сокол") then keep their reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from concord.analysis import Token
from concord.knowledge.enterprise_nouns import is_organisation_compound
from concord.knowledge.morphology import analyser, parses

_PERSON_GRAMMEMES = {"Name", "Surn", "Patr"}
# A surname's ending in any case: such a word stays a person even when it holds an
# organisation's part ("Промов").
_SURNAME_ENDING = re.compile(
    r"((ов|ев|ёв|ин|ын|ск|цк|ий|ой|ая)(а|у|ым|ой|ом|е|ых|ими?|ая|ую)?|енко|ук|юк|ич|ян|дзе|швили)$"
)
_SHORTEST_STEM = 3
_ENDING = 2  # letters a case ending may change


@dataclass(frozen=True)
class PersonWords:
    """The words of the document's person names that the model's reading vouches for:
    words of names of two or more words, and single words that do not open a sentence
    ("Тренер похвалил Волка. Волк забил …"); a word does not vouch for itself."""

    in_full_names: tuple[str, ...]
    alone: tuple[str, ...]

    def vouch_for(self, word: str, opens_sentence: bool) -> bool:
        word = _plain(word)
        if any(_same_stem(word, other) for other in self.in_full_names):
            return True
        matches = sum(_same_stem(word, other) for other in self.alone)
        return matches > (0 if opens_sentence else 1)


def person_words(names: list[tuple[bool, list[str]]]) -> PersonWords:
    """Each name comes as (whether it opens a sentence, its words)."""
    in_full = tuple(_plain(word) for _, words in names if len(words) > 1 for word in words)
    alone = tuple(_plain(words[0]) for opens, words in names if len(words) == 1 and not opens)
    return PersonWords(in_full, alone)


def one_word_kind(
    token: Token, opens_sentence: bool, placed: bool, names: PersonWords
) -> str | None:
    """What a single word the model tagged as a person is instead: "LOC", "ORG", "" (no
    name at all), or None when it may well be a person. `placed`: the words before it
    say a place may stand there (a preposition of place, a thing's noun: "в Царицыно",
    "город-побратим Дархан"), where a person's noun ("певица Хьюстон") does not."""
    word = token.text.lower()
    readings = parses(word)
    if not readings or names.vouch_for(token.text, opens_sentence):
        return None
    if any(_PERSON_GRAMMEMES & set(reading.tag.grammemes) for reading in readings):
        return None
    if any("Orgn" in reading.tag for reading in readings):
        return "ORG"
    known = analyser().word_is_known(word)
    if not known:
        organisation = is_organisation_compound(word) and not _SURNAME_ENDING.search(word)
        return "ORG" if organisation else None
    if all("Geox" in reading.tag for reading in readings):
        return "LOC" if opens_sentence or placed else None
    # A capital inside a sentence is the writer's mark of a name ("премьер Ли", "с Гором");
    # one that opens a sentence says nothing: "Беседа лидеров …", "Очень грязный двор".
    # Where the morphology tagger reads the word as a proper noun too, two models agree
    # on a name and it stays.
    return "" if opens_sentence and token.pos != "PROPN" else None


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")


def _same_stem(first: str, second: str) -> bool:
    """ "Волка" and "Волк", "Гона" and "Гон": the same word but for a case ending."""
    length = max(_SHORTEST_STEM, min(len(first), len(second)) - _ENDING)
    return first[:length] == second[:length]
