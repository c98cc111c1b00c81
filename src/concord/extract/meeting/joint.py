"""Verbs that are a meeting only when done together: "co-chaired by X and Y".

"chaired by X" is one person's chair; the prefix "co-" says the doers chaired it
together, so they met. Kept apart from hosts and triggers, which both read it.
"""

from __future__ import annotations

from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView


def done_jointly(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "co-chaired by X and Y": a joint verb with its prefix before it (the parser splits
    "co-chaired" at the hyphen) or joined to it; "chaired by X" alone is one person's."""
    token = view.tokens[index]
    if token.pos != "VERB":
        return False
    lemma = token.lemma.lower()
    if any(
        lemma.startswith(prefix) and lemma.removeprefix(prefix).lstrip("-") in words.joint_verbs
        for prefix in words.joint_prefixes
    ):
        return True
    before = index - 1
    while before >= 0 and (view.tokens[before].pos == "PUNCT" or view.tokens[before].text == "-"):
        before -= 1
    return (
        lemma in words.joint_verbs
        and 0 <= before < index - 1
        and view.tokens[before].text.lower() in words.joint_prefixes
    )


def joint_doers(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """ "the commission was co-chaired by X and Y", "Co-chaired by X and Y, the talks …":
    the agents of a joint verb in the passive are its sides (a participle has no subject,
    so the passive is told by the agent alone)."""
    if not done_jointly(view, verb, words):
        return []
    return [c for c in view.children(verb) if view.tokens[c].relation == "obl:agent"]
