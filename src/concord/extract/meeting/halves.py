"""One meeting told twice, each time naming a different side.

A headline names one side and gives the other by a post ("X провёл рабочую встречу с
президентом компании «Z»"); the first sentence after it gives the first side by a post
and names the other ("Состоялась встреча губернатора области с президентом компании «Z»
Y"). Each telling holds one named person; read together they are one meeting of X and Y.
The post the first telling leaves unnamed must be the one the second names a person with
(both "президент"), and the second telling's own side must be a post with no name.
"""

from __future__ import annotations

from dataclasses import dataclass

from concord.claim import Argument, Mention
from concord.extract.meeting.reading import CLAUSES, Sides, Trigger
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView

HALF_REACH = 1  # the second telling follows in the next sentence


@dataclass(frozen=True)
class HalfTold:
    """A meeting told with its own side named and its companion only by a post."""

    sentence: int
    post: str  # the companion's post, unnamed: "президент"
    side: Argument  # the named own side


def named_side_unnamed_post(
    view: SentenceView, trigger: Trigger, sides: Sides, people: list[Mention], words: MeetingWords
) -> str | None:
    """The post of the one companion named only by it ("с президентом компании"), when
    the one person of the meeting is its own side; else None."""
    if len(people) != 1 or not sides.own_side:
        return None
    companions = sides.companions or _companions_on_noun(view, trigger, words)
    if len(companions) != 1 or not _unnamed_post(view, companions[0], words):
        return None
    return view.tokens[companions[0]].lemma


def _companions_on_noun(view: SentenceView, trigger: Trigger, words: MeetingWords) -> list[int]:
    """ "провёл встречу с президентом": the companions hung on the meeting noun a light
    verb holds."""
    nouns = [c for c in view.children(trigger.index) if view.tokens[c].lemma in words.meeting_nouns]
    return [
        c
        for noun in nouns
        for c in view.children(noun)
        if view.preposition(c) in words.companion_prepositions
    ]


def post_and_named_companion(
    view: SentenceView, trigger: Trigger, sides: Sides, people: list[Mention], words: MeetingWords
) -> str | None:
    """The post the one named person is a companion by ("с президентом компании Y"),
    when the meeting's own side is a post with no name ("встреча губернатора области",
    "Президент республики встретился"); else None."""
    if len(people) != 1 or len(sides.companions) != 1:
        return None
    companion = sides.companions[0]
    if view.tokens[companion].lemma not in words.referring_nouns:
        return None
    inside = view.mentions_in(view.subtree(companion, CLAUSES), {"PER"})
    if [m.entity for m in inside] != [people[0].entity]:
        return None
    own = [
        c
        for c in view.children(trigger.index)
        if c != companion
        and (
            view.tokens[c].relation.startswith("nsubj")
            or (view.tokens[c].relation == "nmod" and view.in_case(c, "Gen"))
        )
    ]
    if not own or not all(_unnamed_post(view, c, words) for c in own):
        return None
    return view.tokens[companion].lemma


def _unnamed_post(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """A post noun ("президентом", "губернатора") with no person named in its phrase."""
    return view.tokens[index].lemma in words.referring_nouns and not view.mentions_in(
        view.subtree(index, CLAUSES), {"PER"}
    )
