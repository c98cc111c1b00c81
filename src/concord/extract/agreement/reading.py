"""Small questions every part of the reading asks of a sentence.

Which word names a kind of document (`kind_of`), which word signs (`signs`), which names
can be a party (`is_party`), whether a participle or pronoun agrees with a noun, the
nearest words above a word, the sentences around, and how a name becomes a party's or a
signatory's argument. No module of the package sits below this one but `words` and
`document_names`.
"""

from __future__ import annotations

from itertools import islice

from concord.analysis import Token
from concord.claim import Argument, Mention
from concord.extract.agreement.document_names import document_lemma
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


def signer_argument(view: SentenceView, mention: Mention) -> Argument | None:
    """A name that signs: a person is a signatory, a state or an organisation a party, a
    city nothing."""
    if mention.type == "PER":
        return view.entity_argument("signatories", mention)
    if is_party(mention):
        return view.entity_argument("parties", mention)
    return None


def parties_in(view: SentenceView, index: int) -> list[Argument]:
    """The states and organisations named in a word's phrase, as parties."""
    return [
        view.entity_argument("parties", m)
        for m in view.mentions_in(view.subtree(index))
        if is_party(m)
    ]


# "According to the report": a verb or a particle sharing a document noun's lemma names none
_NOT_NAMING = frozenset({"VERB", "ADP", "SCONJ", "ADV"})


def kind_of(view: SentenceView, index: int, words: AgreementWords) -> tuple[str, list[int]] | None:
    """The kind of document a word names ("соглашение") or a word with the one before
    ("дорожная карта"), and the words naming it."""
    token = view.tokens[index]
    lemma = document_lemma(view, index, words.document_forms)
    if (
        lemma in words.document_nouns
        and token.pos not in _NOT_NAMING
        and not opens_compound(view, index, words)
    ):
        return lemma, [index]
    for first, kind in words.compounds_ending_in.get(token.lemma, ()):
        if index > 0 and view.tokens[index - 1].lemma == first:
            return kind, [index - 1, index]
    return plan_kind(view, index, words)


def plan_kind(view: SentenceView, index: int, words: AgreementWords) -> tuple[str, list[int]] | None:
    """agreement27: "план развития Союзного государства", "плана мероприятий": a plan noun
    and the genitive it heads name the plan's kind, whatever adjectives stand between them;
    the plan noun is the document's word."""
    lemma = view.tokens[index].lemma
    for child in view.children(index):
        kind = words.plan_compounds.get((lemma, view.tokens[child].lemma))
        if kind and child > index and view.tokens[child].relation.startswith("nmod"):
            return kind, [index, child]
    return None


def opens_compound(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "a contract extension": a document noun opening a compound kind with the next word
    is named by the compound, not on its own."""
    following = index + 1
    return following < len(view.tokens) and any(
        first == view.tokens[index].lemma
        for first, _ in words.compounds_ending_in.get(view.tokens[following].lemma, ())
    )


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


def affirmed(view: SentenceView, index: int) -> bool:
    """ "ракета, которая не принята на вооружение": a negated signing word signs nothing that
    a later sentence could restate."""
    return not any(view.tokens[c].lemma in view.words.negations for c in view.children(index))


def governors(view: SentenceView, index: int, count: int) -> list[int]:
    """The `count` nearest words above a word, nearest first: where a document's signing,
    ending, terms or talks are looked for."""
    return list(islice(view.ancestors(index), count))


def head_of(view: SentenceView, index: int) -> int | None:
    """The word a word hangs on, when it is a word of the sentence."""
    head = view.tokens[index].head
    return head if 0 <= head < len(view.tokens) else None


def sentences_before(view: SentenceView, count: int) -> list[SentenceView]:
    """The `count` sentences before this one (fewer at the start), in text order: where a
    document, its signing or its parties were named."""
    return [
        SentenceView.build(view.document, sentence, view.words)
        for sentence in view.sentences_before(count)
    ]


def sentence_after(view: SentenceView) -> SentenceView | None:
    """The next sentence, if there is one."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position + 1 >= len(sentences):
        return None
    return SentenceView.build(view.document, sentences[position + 1], view.words)
