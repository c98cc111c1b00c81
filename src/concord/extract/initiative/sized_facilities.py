"""Facilities told by their size (initiative107): "Площадка в 28 гектаров появится в районе",
"появится велодорожка длиной 16 километров", "может появиться 84 км велосипедных дорог".

Regional news often give a new facility only through its area or length, and the sentence
is then read as a figure alone. A facility that appears is launched without a named runner
only where something says it is new (a novelty word, a count, a former site: gold.md,
"Decided (initiative74)"); a size measured out for it says so as well, as a count does: a
thing that stands already is not measured as appearing. A length counted in units ("84 км
дорог") is the facility's own phase of work, launched by the verb governing the units.
"""

from __future__ import annotations

from concord.extract.initiative.projects import measured
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def sized_facility(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """The facility noun tells its size with a number: a size noun ("длиной 16 км",
    "площадью 2 га"), a size after "в" ("в 28 гектаров"), an adjective made of a number and
    a unit ("16-километровый"), or the units counted that hold it ("84 км дорог")."""
    if measured(view, index, words):
        return True
    for child in view.children(index):
        token = view.tokens[child]
        if (
            token.lemma in words.size_unit_nouns
            and view.preposition(child) in words.size_prepositions
            and _numbered(view, child)
        ):
            return True  # "площадка в 28 гектаров"
        if (
            token.relation == "amod"
            and token.text[:1].isdigit()
            and token.lemma.endswith(words.size_adjective_endings)
        ):
            return True  # "16-километровый маршрут"
    return counted_units(view, index, words) is not None


def counted_units(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "84 км велосипедных дорог": the unit noun, counted by a number, that holds the
    facility noun as its bare genitive; none otherwise."""
    token = view.tokens[index]
    units = token.head
    if not (
        0 <= units < index
        and token.relation == "nmod"
        and token.feats.get("Case") == "Gen"
        and not view.preposition(index)
        and view.tokens[units].lemma in words.size_unit_nouns
        and _numbered(view, units)
    ):
        return None
    return units


def _numbered(view: SentenceView, noun: int) -> bool:
    """The noun is counted by a number of its own ("28 гектаров", "84 км")."""
    return any(
        view.tokens[c].relation.startswith("nummod") or view.tokens[c].pos == "NUM"
        for c in view.children(noun)
    )


def with_capacity(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "детсад на 300 мест появится", "поликлиника, рассчитанная на 600 посещений в смену,
    появится" (initiative115): a facility given the number it will hold is described as a
    new one, as one measured out is; the count must stand on a noun of capacity ("на 300
    мест"), in the facility's own phrase or under a capacity participle of it."""
    for child in view.children(index):
        token = view.tokens[child]
        if (
            token.relation == "nmod"
            and view.preposition(child) in words.capacity_prepositions
            and token.lemma in words.capacity_count_nouns
            and _numbered(view, child)
        ):
            return True  # "детсад на 300 мест"
        if (
            token.relation == "acl"
            and token.lemma in words.capacity_verbs
            and any(  # "рассчитанная на 600 посещений"
                view.preposition(c) in words.capacity_prepositions
                and view.tokens[c].lemma in words.capacity_count_nouns
                and _numbered(view, c)
                for c in view.children(child)
            )
        ):
            return True
    return False

