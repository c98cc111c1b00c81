"""A company body founded under no name of its own ("создаст холдинг по выпуску станков").

Business news sets up holdings and companies as often as councils: "Госкорпорация создаст
холдинг по производству станков", "одобрил решение о формировании холдинга космического
приборостроения". The body has no name yet, so `names_body` misses it, and a company noun
is no project noun (it mostly runs things). Founded by a founding word and told with its
field (a "по" phrase, a genitive noun or a kind adjective), it is a body set up; the field
itself ("по выпуску станков") is what the body will do, no project of its own.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

# how a founded noun hangs on its founding word: the verb's object or passive subject,
# or the founding noun's genitive ("создание холдинга")
_FOUNDED_RELATIONS = {"obj", "nsubj:pass"}


def founded_company(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The founding word of a company noun founded with its field told, else None."""
    token = view.tokens[index]
    if token.lemma not in words.founded_company_nouns or token.pos != "NOUN":
        return None
    head = token.head
    if not 0 <= head < len(view.tokens) or view.tokens[head].lemma not in words.founding_words:
        return None
    governor = view.tokens[head]
    genitive = governor.pos == "NOUN" and view.bare_genitive(index)
    if not (genitive or (governor.pos == "VERB" and token.relation in _FOUNDED_RELATIONS)):
        return None
    return head if _field_told(view, index, words) else None


def field_of_founded_company(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "холдинг по разработке и производству оборудования": the work after "по" (or one
    joined to it) is the founded body's field, no project launched by itself."""
    token = view.tokens[index]
    if token.relation == "conj":
        index = token.head
        token = view.tokens[index]
    holder = token.head
    return (
        token.relation == "nmod"
        and view.preposition(index) in words.trade_prepositions
        and 0 <= holder < len(view.tokens)
        and founded_company(view, holder, words) is not None
    )


def _field_told(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A "по" phrase, a genitive noun or a kind adjective under the company noun."""
    for child in view.children(index):
        other = view.tokens[child]
        if other.relation == "nmod" and view.preposition(child) in words.trade_prepositions:
            return True
        if other.relation == "nmod" and other.feats.get("Case") == "Gen" and child > index:
            return not view.preposition(child)
        if (
            other.relation == "amod"
            and other.pos == "ADJ"
            and other.feats.get("VerbForm") != "Part"
            and child < index
        ):
            return True
    return False
