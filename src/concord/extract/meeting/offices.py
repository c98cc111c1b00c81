"""Sides left written as a post's office once the report's post references are resolved.

"Губернатор встретился с министром сельского хозяйства Республики Беларусь", "с главой
МИД РФ": read literally, the country or the ministry whose post it is becomes a side. While the report
may name the post's holder it stays, for `extract.post_references` to put the holder in
its place; one still there after is no side: a place is no person at a meeting, and a
state's organ told only as whose the post is takes no part as itself (meeting35). A post
held by several ("министров иностранных дел Центральной Азии") keeps its place: the place
stands for the group. A meeting left with no side at all is no claim, nor is one left
with a place as its one side (meeting40).
"""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Argument, Claim
from concord.extract.meeting.country_posts import office_of_post
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView, SentenceWords

PLACE_TYPES = frozenset({"LOC"})  # meeting40: not LOCORG, a state acting as a party


def without_offices(
    analysed: AnalysedDocument,
    claims: list[Claim],
    words: MeetingWords,
    sentence_words: SentenceWords,
) -> list[Claim]:
    """The meeting claims with every side that is only a post's office left out."""
    kept: list[Claim] = []
    for claim in claims:
        sides = [a for a in claim.arguments if a.role == "participants"]
        offices = [a for a in sides if _is_office(analysed, a, words, sentence_words)]
        if _place_alone(analysed, [a for a in sides if not any(a is o for o in offices)]):
            continue  # meeting40: "встреча премьера Беларуси с послом России": "Беларусь"
        if not offices:
            kept.append(claim)
            continue
        if len(offices) == len(sides):
            continue  # "встреча с министром финансов Республики Казахстан": nobody named
        claim.arguments = [a for a in claim.arguments if not any(a is o for o in offices)]
        kept.append(claim)
    return kept


def _place_alone(analysed: AnalysedDocument, sides: list[Argument]) -> bool:
    """Whether the one side left is a place ("Беларусь" of "премьера Беларуси", "Белый
    дом" of "с сотрудниками Белого дома", "Курская область" of "с руководителями
    муниципалитетов Курской области"): a place is no person at a meeting, and alone it
    names no delegation either (two countries' delegations, "делегации A и B", are two
    sides and stay)."""
    if len(sides) != 1 or sides[0].entity is None or sides[0].entity < 0:
        return False
    return analysed.entities[sides[0].entity].type in PLACE_TYPES


def _is_office(
    analysed: AnalysedDocument,
    argument: Argument,
    words: MeetingWords,
    sentence_words: SentenceWords,
) -> bool:
    """Whether the side is a place or a state's organ written as a post's office in its
    own sentence."""
    span = argument.span
    if span is None or argument.entity is None:
        return False
    if analysed.entities[argument.entity].type == "PER":
        return False
    sentence = next((s for s in analysed.sentences if s.start <= span.start < s.end), None)
    if sentence is None:
        return False
    view = SentenceView.build(analysed, sentence, sentence_words)
    inside = [i for i, t in enumerate(view.tokens) if span.start <= t.start < span.end]
    mention = next(
        (m for m in view.mentions_in(inside) if (m.start, m.end) == (span.start, span.end)),
        None,
    )
    return mention is not None and office_of_post(view, mention, words)
