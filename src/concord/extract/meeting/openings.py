"""The sides told by how a meeting began or ended: "встреча началась с того, что X
передал Y послание", "беседа завершилась тем, что X вручил Y награду".

The meeting noun's "с того" / "тем" holds a clause; the one who acts in it and the person
it is done to (the clause verb's dative or object) are the meeting's two sides. Only a
meeting that begins or ends so: "встреча с тем, кто победил" names its companion itself.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.meeting.reading import CLAUSES
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView

_ACTING = frozenset({"nsubj"})
_DONE_TO = frozenset({"iobj", "obj"})
# the person acted on is the dependent itself, not whose message it hands over
# ("передал Y послание премьера Z")
_OWN_NAME = CLAUSES | {"nmod"}


def sides_of_opening(view: SentenceView, noun: int, words: MeetingWords) -> list[Mention]:
    """The actor and the person acted on in the clause a meeting noun begins or ends
    with, when the noun is the subject of a verb of beginning or ending."""
    token = view.tokens[noun]
    head = token.head
    if not (
        token.relation.startswith("nsubj")
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.opening_verbs
    ):
        return []
    for pointer in view.children(noun) + view.children(head):
        if view.tokens[pointer].lemma not in words.clause_pointers:
            continue
        for clause in view.children(pointer):
            if view.tokens[clause].relation != "acl" or view.tokens[clause].pos != "VERB":
                continue
            actors = _people_by(view, clause, _ACTING)
            done_to = _people_by(view, clause, _DONE_TO)
            if actors and done_to:
                return actors + done_to
    return []


def _people_by(view: SentenceView, verb: int, relations: frozenset[str]) -> list[Mention]:
    """The people the verb's dependents by these relations name themselves, with no
    preposition of their own."""
    return [
        mention
        for child in view.children(verb)
        if view.tokens[child].relation in relations and not view.preposition(child)
        for mention in view.mentions_in(view.subtree(child, _OWN_NAME), {"PER"})
    ]
