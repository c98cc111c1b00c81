"""TODO."""

from __future__ import annotations

from concord.analysis import Token
from concord.claim import Mention
from concord.extract.agreement.document_names import (
    document_lemma,
)
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView
from concord.knowledge.gazetteer import is_state

LOOK_BACK = 3  # sentences searched for the document or the parties a later one refers to


# A party introduced with the noun ("банк «Заря»") is "банк" paragraphs later.
INTRODUCED_LOOK_BACK = 10


def is_party(mention: Mention) -> bool:
    """Parties to a document are states and organisations: not the people who sign it
    (signatories) nor the city it is signed in."""
    return mention.type in {"ORG", "LOCORG"} or (mention.type == "LOC" and is_state(mention.normal))


def kind_of(view: SentenceView, index: int, words: AgreementWords) -> tuple[str, list[int]] | None:
    token = view.tokens[index]
    lemma = document_lemma(view, index, words.document_forms)
    if lemma in words.document_nouns:
        return lemma, [index]
    for (first, second), kind in words.compound_kinds.items():
        if token.lemma == second and index > 0 and view.tokens[index - 1].lemma == first:
            return kind, [index - 1, index]
    return None


def signs(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """A signing word, or a verb holding a signature ("поставили подписи под договором",
    "скрепили подписями")."""
    return view.tokens[index].lemma in words.sign_verbs or (
        view.tokens[index].pos == "VERB"
        and any(view.tokens[c].lemma in words.signature_nouns for c in view.children(index))
    )


def agrees(first: Token, second: Token) -> bool:
    """Same number, and same gender in the singular: a participle or a pronoun that can
    stand for the noun."""
    number = first.feats.get("Number")
    if not number or number != second.feats.get("Number"):
        return False
    return number == "Plur" or first.feats.get("Gender") == second.feats.get("Gender")


def affirmed(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "ракета, которая не принята на вооружение": a negated signing word signs nothing that
    a later sentence could restate."""
    return not any(view.tokens[c].lemma in view.words.negations for c in view.children(index))
