"""Money put into building in general: no project of its own.

Business and society news weigh investment in a region or an industry: "в строительство на
этих землях было вложено 750 млрд рублей", "в строительство республики вложат до миллиарда
рублей". The work noun there ("строительство", "реконструкция") governs no thing built,
only the place the money goes to (and maybe where it comes from: "из бюджета"): it names a
sector, not a project. A work with no place ("на реконструкцию выделили 46 млн") stands for
a thing told before, and one with a possessive ("на его строительство") points back at it:
both are left to `restated_projects`. A work on a named or new thing ("в строительство
завода", "на строительство нового корпуса") names its project and is judged as before.
"""

from __future__ import annotations

from concord.extract.initiative.reading import PLACE_TYPES
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

_NOUNS = {"NOUN", "PROPN"}
_NAMED_PLACES = PLACE_TYPES | {"GPE"}


def money_into_sector_work(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """Whether the project noun is a bare work that money goes into ("в строительство",
    "на строительство") governing only places: no project is named."""
    token = view.tokens[index]
    if token.pos != "NOUN" or token.lemma.lower() not in words.sector_work_nouns:
        return False
    if view.preposition(index) not in words.money_purpose_prepositions:
        return False
    if not _money_given(view, launcher, words):
        return False
    if any(view.tokens[c].pos in {"DET", "PRON"} for c in view.children(index)):
        return False  # "на его строительство": points back at a project, left to the fold
    things = [c for c in view.children(index) if view.tokens[c].pos in _NOUNS]
    places = [t for t in things if _place(view, t, words)] + _land_right_after(view, index, words)
    # a work with no place ("на реконструкцию выделили N") stands for a thing told before
    # (`restated_projects`, initiative68): only a work spread over a place is a sector's
    return bool(places) and all(
        t in places or view.tokens[t].lemma.lower() in words.money_source_nouns for t in things
    )


def _money_given(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """The launcher is a word of putting money in ("вложить", "выделить", "инвестиции"), and
    the sentence gives a sum or names money."""
    if view.tokens[launcher].lemma.lower() not in words.sector_money_words:
        return False
    return any(
        t.lemma in words.money_nouns or t.lemma.lower() in words.sum_words for t in view.tokens
    )


def _place(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A named place ("ЛНР", "Москвы") or a noun of land or territory ("на этих землях")."""
    mention = view.mention_at(index)
    if mention is not None:
        return mention.type in _NAMED_PLACES
    return view.tokens[index].lemma.lower() in words.sector_place_nouns


def _land_right_after(view: SentenceView, index: int, words: InitiativeWords) -> list[int]:
    """ "в строительство на этих землях": a noun of land in a phrase of place right after
    the work, only a determiner or adjective between, tells where the work is even where
    the parser hangs it on a noun before."""
    position = index + 1
    if position >= len(view.tokens) or view.tokens[position].pos != "ADP":
        return []
    position += 1
    while position < len(view.tokens) and view.tokens[position].pos in {"DET", "ADJ"}:
        position += 1
    if (
        position < len(view.tokens)
        and view.tokens[position].lemma.lower() in words.sector_place_nouns
        and view.preposition(position) in words.money_purpose_prepositions
    ):
        return [position]
    return []

