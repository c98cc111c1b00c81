"""Dates that are no signing day (agreement26, agreement27, agreement29)."""

from __future__ import annotations

from concord.analysis import DateMention
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView


def bounding(view: SentenceView, date: DateMention, words: AgreementWords) -> bool:
    """ "продлевающее пребывание флота после 2017 года", "через год": a date after a
    boundary preposition bounds a term or a stay; it is not the day the document was
    signed."""
    before = [t for t in view.tokens if t.end <= date.start]
    return bool(before) and before[-1].lemma in words.boundary_prepositions


def expiring(view: SentenceView, date: DateMention, words: AgreementWords) -> bool:
    """agreement27: "срок его действия истекает 1 апреля 2009 года": a date held (within two
    words) by an expiry word is the day the document's term runs out, not its signing day."""
    indices = view.token_indices(date.start, date.end)
    return any(
        view.tokens[governor].lemma in words.expiry_words
        for index in indices
        for governor in list(view.ancestors(index))[:2]
    )


def covered_year(view: SentenceView, date: DateMention, words: AgreementWords) -> bool:
    """agreement29: "подписали план мероприятий на 2027 год": a lone year after a period
    preposition and before a year word is the year the document covers (the accusative of
    a span of time), not the day it was signed ("в 2027 году" stays a signing year)."""
    if len(date.value) != 4 or not date.value.isdigit():
        return False
    before = [t for t in view.tokens if t.end <= date.start]
    after = [t for t in view.tokens if t.start >= date.end]
    return (
        bool(before)
        and before[-1].lemma in words.period_prepositions
        and (date.text.split()[-1].lower().startswith(tuple(words.year_words)) or (
            bool(after) and after[0].lemma in words.year_words
        ))
    )
