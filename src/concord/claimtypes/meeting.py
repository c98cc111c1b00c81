"""Who met whom, where and when, in which format."""

from __future__ import annotations

from functools import partial

from concord.claimtype import Benchmark, ClaimType, Role, ValueKind
from concord.extract import meeting
from concord.extract.lexicons import ru
from concord.fact import ClaimRecord, Fact
from concord.resolve.sameness import dates_stated_on_both, people, role_agrees, time_agrees


def keys(claim: ClaimRecord) -> set[str]:
    return {f"e{e}" for e in claim.entities("participants") | claim.entities("place")}


def same(fact: Fact, claim: ClaimRecord) -> bool:
    """Shared participants or a shared place, at a compatible time; but two reports that
    each name people, none in common, describe different meetings."""
    shared = fact.entities("participants") & claim.entities("participants")
    same_place = bool(fact.entities("place") & claim.entities("place"))
    people_mine, people_theirs = (
        people(fact.values("participants")),
        people(claim.get("participants")),
    )
    if people_mine and people_theirs and not people_mine & people_theirs:
        return False
    one_side = len(fact.entities("participants")) <= 1 and len(claim.entities("participants")) <= 1
    if one_side and not (same_place or dates_stated_on_both(fact, claim)):
        return False  # on a visit one person meets many: one named side alone joins nothing
    if (
        not shared
        and not claim.headline
        and any(c.document == claim.document and not c.headline for c in fact.claims)
    ):
        return False  # one report naming two meetings with different sides means two meetings
    return (
        (bool(shared) or same_place)
        and time_agrees(fact, claim, "date")
        and role_agrees(fact, claim, "format")
    )


SPEC = ClaimType(
    name="meeting",
    labels={"ru": "встреча", "en": "meeting"},
    roles=(
        Role(
            "participants", ValueKind.ENTITY, {"ru": "участники", "en": "participants"}, many=True
        ),
        Role("place", ValueKind.ENTITY, {"ru": "место", "en": "place"}),
        Role("date", ValueKind.DATE, {"ru": "дата", "en": "date"}),
        Role("format", ValueKind.TEXT, {"ru": "формат", "en": "format"}),
        Role("venue", ValueKind.TEXT, {"ru": "место проведения", "en": "venue"}),
    ),
    keys=keys,
    same=same,
    document_extractors={
        "ru": partial(meeting.extract_document, words=ru.MEETING, sentence_words=ru.SENTENCE)
    },
    conflict_roles=("date", "place"),
    date_roles=("date",),
    summary_roles=("participants",),
    benchmark=Benchmark("Meeting", {"participants": "Participant"}),
)
