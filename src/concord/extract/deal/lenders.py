"""A loan's lender named in a later sentence.

A report often tells the borrower first and the lender a sentence or two on, beside a
loan word of its own: "Область получила кредит … Кредитную поддержку оказал
Россельхозбанк"; "Край взял банковский заём … Тендер на предоставление кредита выиграл
Сбербанк". The lender is the one organisation there whose name holds a bank noun.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.deal.names import PARTICIPANT_TYPES
from concord.extract.deal.sameness import known_by, same_organisation, side_keys
from concord.extract.deal.triggers import plain_lemma
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView

_LENDER_AHEAD = 2  # sentences after a loan where its lender may be named


def lender_named_next(
    view: SentenceView, index: int, kind: str, words: DealWords, named: list[Mention]
) -> list[Mention]:
    """The lender a loan with one side leaves unnamed: in the first of the next two
    sentences holding a loan word, the one organisation that is a bank by name, when the
    side already named is no bank itself."""
    if kind != words.loan_kind or len(named) != 1 or _bank_by_name(named[0], words):
        return []
    document = view.document
    for sentence in view.sentences_after(_LENDER_AHEAD):
        after = SentenceView.build(document, sentence, view.words)
        loan_verbs = {
            _clause_verb(after, i) for i, token in enumerate(after.tokens)
            if plain_lemma(token.lemma, words) in words.loan_words
        }  # fmt: skip
        if not loan_verbs:
            continue
        keys = side_keys(named)
        found = [
            m for m in _complements_of(after, loan_verbs - {None})
            if not known_by(m, keys)
            and not same_organisation(m.normal, named[0].normal)
            and _bank_by_name(m, words)
        ]  # fmt: skip
        distinct = {m.normal for m in found}
        return found[:1] if len(distinct) == 1 else []
    return []


def _bank_by_name(mention: Mention, words: DealWords) -> bool:
    """Whether a bank noun stands in the organisation's name ("Россельхозбанк",
    "Сбербанк России", "Банк Москвы")."""
    return any(
        stem in word for word in mention.normal.lower().split() for stem in words.lender_stems
    )


def _clause_verb(view: SentenceView, index: int) -> int | None:
    """The verb of the clause a loan word stands in ("Кредитную поддержку оказал …")."""
    return next((i for i in view.ancestors(index) if view.tokens[i].pos == "VERB"), None)


def _complements_of(view: SentenceView, verbs: set[int | None]) -> list[Mention]:
    """The names standing as the verbs' own complements, a list's members included ("…
    выиграл Сбербанк"; "давали Сбербанк и ВТБ"), not those deeper in another phrase
    ("ставки Центрального банка")."""
    complements = [child for verb in verbs if verb is not None for child in view.children(verb)]
    members = [
        member for child in complements for member in view.children(child)
        if view.tokens[member].relation == "conj"
    ]  # fmt: skip
    return [
        m for m in view.mentions_in([*complements, *members], PARTICIPANT_TYPES) if m.type == "ORG"
    ]
