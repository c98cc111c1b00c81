"""A meeting with a group, its people listed in a sentence of their own.

Reports name the other side of a round of meetings as a group ("held bilateral meetings
with several other leaders", "paid courtesy calls on X") and list its people in a
sentence that only says who they were: "These included A, B and C", "Among them were A
and B", "Those who met X today included A and B", "The envoys who paid the calls on X
were A and B". Each person listed met the host of that meeting, one meeting each.
`listed_members` reads one sentence; `extract_document` pairs it with the meeting of the
same sentence or the one before.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView

_RELATIVE = "acl:relcl"


def listed_members(view: SentenceView, words: MeetingWords) -> list[Mention]:
    """The people a sentence lists as the members of a group met: the object of "include"
    or the names a copula equates with the group, when the group is a pronoun ("these",
    "among them") or a noun phrase holding a relative clause ("those who met X")."""
    root = next((i for i, t in enumerate(view.tokens) if t.relation == "root"), -1)
    if root < 0:
        return []
    if view.tokens[root].lemma in words.member_verbs:
        groups = [c for c in view.children(root) if view.tokens[c].relation == "nsubj"]
        listed = _objects(view, root)
    elif _is_copula(view, root, words):
        groups, listed = _copula_parts(view, root, words)
    else:
        return []
    if not any(_names_group(view, group, words) for group in groups):
        return []
    return [m for item in listed for m in view.mentions_in(view.subtree(item), {"PER"})]


def included_members(view: SentenceView, words: MeetingWords) -> list[Mention]:
    """ "met several delegates on the sidelines of UNGA, including A and B": the parser
    hangs "including" as a preposition on whatever noun came last, so the people after
    it are read wherever it hangs; only a meeting of this sentence that named one side
    takes them (see `extract_document`)."""
    return [
        mention
        for index, token in enumerate(view.tokens)
        if token.lemma in words.member_verbs and token.relation == "case"
        for mention in view.mentions_in(view.subtree(token.head), {"PER"})
    ]


def _objects(view: SentenceView, verb: int) -> list[int]:
    """The verb's objects and those of verbs joined to it: the parser sometimes reads a
    post word after "and" as a verb of its own ("included A and engineer B")."""
    verbs = [verb] + [c for c in view.children(verb) if view.tokens[c].relation == "conj"]
    return [c for v in verbs for c in view.children(v) if view.tokens[c].relation == "obj"]


def _is_copula(view: SentenceView, root: int, words: MeetingWords) -> bool:
    """ "were A and B" (the verb the root) or "… were A" (the name the root, the verb below)."""
    if view.tokens[root].lemma in words.member_copulas:
        return True
    return any(
        view.tokens[c].relation == "cop" and view.tokens[c].lemma in words.member_copulas
        for c in view.children(root)
    )


def _copula_parts(
    view: SentenceView, root: int, words: MeetingWords
) -> tuple[list[int], list[int]]:
    """The group and the names a copula sets equal: "Among them were A" (group after the
    preposition, names the subject) or "The envoys who … were A" (names the root)."""
    subjects = [c for c in view.children(root) if view.tokens[c].relation == "nsubj"]
    among = [c for c in view.children(root) if view.preposition(c) in words.member_prepositions]
    if view.tokens[root].lemma in words.member_copulas:
        return among, subjects
    return subjects, [root]


def _names_group(view: SentenceView, group: int, words: MeetingWords) -> bool:
    """A pronoun standing for the group just met, or a phrase whose relative clause says
    they met ("those who met X", "the envoys who paid the calls")."""
    if view.tokens[group].lemma in words.member_pronouns and not view.mentions_in(
        view.subtree(group), {"PER"}
    ):
        return True
    return any(view.tokens[i].relation == _RELATIVE for i in view.subtree(group))
