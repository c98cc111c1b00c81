"""Document nouns that name no document of their own, and documents only spoken of.

A paper attached to another ("протокол к соглашению"), named inside another's name or
content, a reference word opening a list, a title in quotes, a second noun set beside the
first ("протокола — международного соглашения"), or a paper named twice (`named_again`):
each is no new document. A right or a contest to conclude one, an understanding only
reached, or a document in a condition (`only_spoken_of`) is not reported at all.
"""

from __future__ import annotations

from concord.extract.agreement.document_names import (
    contained_in,
    named_twice,
    opens_list,
    within_document_name,
)
from concord.extract.agreement.modality import supposed
from concord.extract.agreement.reading import governors, kind_of, signs
from concord.extract.agreement.signing import coordinated_signing
from concord.extract.agreement.terms import bound_by
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView


def not_its_own(
    view: SentenceView, index: int, kind_indices: list[int], words: AgreementWords
) -> bool:
    """A document noun naming a paper that is part of, attached to or the same as another,
    or a title."""
    return (
        attached(view, index, words)
        or named_in_another(view, index, words)
        or is_title(view, kind_indices, words)
        or restated(view, index, words)
    )


def only_spoken_of(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """A document only contested, reached orally or supposed: a condition on observing a
    document presupposes it ("если Баку не вернётся к выполнению соглашения"); one on
    signing or ending it only supposes it."""
    return (
        contested(view, index, words)
        or only_reached(view, index, words)
        or (supposed(view, index, words) and not bound_by(view, index, words))
    )


def attached(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Подписан протокол к соглашению": the host document is named as what the signed one
    belongs to, not signed again."""
    holder = view.tokens[index].head
    return (
        view.preposition(index) in words.attachment_prepositions
        and 0 <= holder < len(view.tokens)
        and holder != index  # the parser at times hangs a noun on itself
        and kind_of(view, holder, words) is not None
    )


def named_in_another(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Дорожная карта по реализации меморандума", "Memorandum of Understanding (MoU)",
    "подписаны следующие документы: соглашение …": a paper named inside another's name, or a
    reference word opening a list of papers, is no document of its own."""

    def is_document(position: int) -> bool:
        # "договорённость о новом контракте": an understanding is about the document, it
        # holds no name of one
        return (
            kind_of(view, position, words) is not None
            and view.tokens[position].lemma not in words.oral_kinds
        )

    def holds_paper(position: int) -> bool:
        lemma = view.tokens[position].lemma
        return is_document(position) or lemma in words.reference_nouns | words.document_pronouns

    if view.tokens[index].lemma in words.reference_nouns:
        return opens_list(view, index, is_document)
    return within_document_name(view, index, is_document) or contained_in(
        view, index, words.terms_verbs, holds_paper
    )


# Dependents that set one mention of a document apart from another of the same noun:
# "предварительный договор", "два контракта", "договор о поставках" (not "с X", a party)
_DISTINGUISHING_RELATIONS = frozenset({"amod", "nummod", "det", "compound", "appos", "nmod"})


def named_again(
    view: SentenceView, index: int, claimed: list[int], words: AgreementWords
) -> int | None:
    """Which of the claims so far (by its document noun) names this paper already
    (`named_twice`); a party after "с" sets no mention apart."""

    def sets_apart(child: int) -> bool:
        return view.tokens[child].relation in _DISTINGUISHING_RELATIONS and (
            view.preposition(child) not in words.party_prepositions
        )

    return next(
        (
            position
            for position, earlier in enumerate(claimed)
            if named_twice(view, index, earlier, sets_apart)
        ),
        None,
    )


def only_reached(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Стороны достигли договорённости о снижении пошлин": an oral understanding,
    reached and not signed or approved."""
    if view.tokens[index].lemma not in words.oral_kinds:
        return False
    signing = [i for i in [index, *view.ancestors(index)] if signs(view, i, words)]
    signing += coordinated_signing(view, index, words)
    return not signing or all(view.tokens[i].lemma in words.reaching_words for i in signing)


def contested(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "аукцион на право заключения договора": only a right or a contest to conclude; a
    right to leave the document ("правом выйти из соглашения") presupposes it."""
    for governor in governors(view, index, 3):
        if view.tokens[governor].lemma in words.ending_words:
            return False
        if view.tokens[governor].lemma in words.contest_nouns:
            return True
    return False


def restated(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "выйти из Киотского протокола — международного соглашения": a document noun set
    beside another in the same case names the same document once."""
    token = view.tokens[index]
    holder = token.head
    first = min(view.subtree(index))  # the noun's own phrase, or the token just before it
    set_off = any(
        0 <= i < len(view.tokens) and view.tokens[i].text in {"-", "–", "—", "/"}
        for i in (first, first - 1)
    )
    return (
        # "протокола - международного соглашения", "протокола/меморандума"; a list of
        # documents ("подписаны: дорожная карта …; меморандум …") names several
        (token.relation == "appos" or (token.relation in {"parataxis", "conj"} and set_off))
        and 0 <= holder < len(view.tokens)
        and holder != index  # the parser may hang a noun on itself
        and kind_of(view, holder, words) is not None
        and token.feats.get("Case") == view.tokens[holder].feats.get("Case")
    )


def is_title(view: SentenceView, kind_indices: list[int], words: AgreementWords) -> bool:
    """ "книгу «Договор с землёй»": a document noun opening a quoted name set beside
    another noun is the title of a book, a film or a body, not a document."""
    first = kind_indices[0]
    if first == 0 or view.tokens[first - 1].text not in {"«", '"', "“", "„"}:
        return False
    for index in kind_indices:
        token = view.tokens[index]
        if token.relation != "appos" or not 0 <= token.head < len(view.tokens):
            continue
        holder = view.tokens[token.head]
        if (
            holder.pos == "NOUN"
            and holder.lemma not in words.document_nouns | words.reference_nouns
        ):
            return True
    return False
