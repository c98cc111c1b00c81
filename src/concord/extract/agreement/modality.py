"""TODO."""

from __future__ import annotations

from itertools import pairwise

from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView


def ending_word(view: SentenceView, index: int, words: AgreementWords) -> int | None:
    """The word suspending, denouncing or leaving the document, among its three nearest
    governors ("приостановила действие соглашения", "вышла из договора")."""
    return next(
        (i for i in list(view.ancestors(index))[:3] if view.tokens[i].lemma in words.ending_words),
        None,
    )


def ending_clause(view: SentenceView, ending: int) -> int:
    """ "Польша объявила о выходе из конвенции": an ending noun without a subject of its own
    that is the object of a verb ends the document for that verb's subject."""
    token = view.tokens[ending]
    holder = token.head
    if (
        token.pos == "NOUN"
        and not any(view.tokens[c].relation.startswith("nsubj") for c in view.children(ending))
        and 0 <= holder < len(view.tokens)
        and view.tokens[holder].pos == "VERB"
    ):
        return holder
    return ending


def talked_over(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "готовы начать переговоры о заключении договора", "близки к подписанию контракта": a
    document under talks, or whose signing the sides are near, is planned."""
    governors = list(view.ancestors(index))[:3]
    if any(view.tokens[i].lemma in words.talks_nouns for i in governors):
        return True
    return any(  # the signing word itself hangs on the nearing word, not beside it
        view.tokens[signing].lemma in words.sign_verbs
        and view.tokens[signing].relation != "conj"
        and view.tokens[holder].lemma in words.approaching_words
        for signing, holder in pairwise(governors)
    )


def prepared(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Москва и Пекин готовят новое соглашение", "готовящееся соглашение": a document
    being prepared is planned."""
    return any(
        view.tokens[i].lemma in words.preparing_words for i in list(view.ancestors(index))[:2]
    ) or any(
        view.tokens[c].lemma in words.preparing_words and view.tokens[c].relation in {"amod", "acl"}
        for c in view.children(index)
    )


def supposed(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "если бы контракт был расторгнут", "в случае подписания соглашения": the
    document's clause, up to its verb, is a condition ("если") or hangs on "в случае"."""
    for position in [index, *view.ancestors(index)][:4]:
        token = view.tokens[position]
        if (
            token.lemma in words.conditional_nouns
            and view.preposition(position) in words.conditional_prepositions
        ):
            return True
        for child in view.children(position):
            if (
                view.tokens[child].lemma in words.conditional_marks
                and view.tokens[child].relation == "mark"
            ):
                return True
            if (
                view.tokens[child].lemma in words.conditional_nouns
                and view.preposition(child) in words.conditional_prepositions
                and child < index
            ):
                return True
        if token.pos == "VERB" and position != index:
            break
    return False


def future_auxiliary(view: SentenceView, index: int) -> bool:
    """ "Будет подписано соглашение": the tagger at times marks the auxiliary's future form
    present; an auxiliary "быть" in the present has no other reading (the present "есть" is
    no auxiliary). Kept to documents: other claims were measured with the tagger as it is."""
    chain = [index, *list(view.ancestors(index))[:2]]
    return any(
        view.tokens[child].lemma == view.words.future_auxiliary
        and view.tokens[child].relation.startswith("aux")
        and view.tokens[child].feats.get("Tense") == "Pres"
        for position in chain
        for child in view.children(position)
    )
