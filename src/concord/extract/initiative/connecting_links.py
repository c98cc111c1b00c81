"""A new link told by what it connects.

Transport news tell a bridge, road or route by the places it will join, with no launching
word: "Узбекистан и Пакистан свяжет новая железная дорога", "берега реки соединят новым
мостом", "вокзал и аэропорт соединит новый автобусный маршрут". The link called new and
joining places is the project; the connecting verb carries its time ("свяжет": planned,
"соединил": done). A link that only stands between places ("мост соединяет берега") is
no news: it must be called new.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concord.extract.initiative.words import InitiativeWords
    from concord.extract.sentence_view import SentenceView


def connecting_link(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The connecting verb whose subject or instrument is the link the noun names, called
    new, or None."""
    token = view.tokens[index]
    if token.lemma not in words.link_nouns:
        return None
    if not any(
        view.tokens[c].relation == "amod" and view.tokens[c].lemma in words.novelty_modifiers
        for c in view.children(index)
    ):
        return None
    verb = token.head
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].lemma not in words.connecting_verbs:
        return None
    subject = token.relation.startswith("nsubj")
    instrument = token.relation == "obl" and token.feats.get("Case") == "Ins"
    # "Берега Камы соединит новый мост": the parser takes the subject after the verb for
    # its object when the places come first: with no subject and the places joined as an
    # object before the verb, the link is the subject ("в городе соединили новые линии
    # водопровода" joins nothing named: no link news)
    children = view.children(verb)
    inverted = (
        token.relation == "obj"
        and not any(view.tokens[c].relation.startswith("nsubj") for c in children)
        and any(c < verb and c != index and view.tokens[c].relation == "obj" for c in children)
    )
    return verb if subject or instrument or inverted else None
