"""Who met whom, where and when, in which format."""

from __future__ import annotations

from functools import partial

from concord.claimtype import Benchmark, ClaimType, Role, ValueKind
from concord.extract import meeting
from concord.extract.lexicons import en, ru
from concord.fact import ClaimRecord, Fact, Value
from concord.knowledge.formats import format_sides, formats_agree
from concord.knowledge.gazetteer import canonical_place_in_any_case, is_state
from concord.knowledge.names import name_key
from concord.knowledge.settlements import is_settlement_or_state
from concord.nlp.institutions import is_state_organ
from concord.resolve.sameness import dates_stated_on_both, same_period, time_agrees
from concord.resolve.values import is_date, values_agree


def keys(claim: ClaimRecord) -> set[str]:
    """Filed under its participants, its place, its format's sides and its report:
    reports of one format naming neither place nor people still meet, and a sentence
    going on about the meeting its report named meets that report's meetings."""
    entities = claim.entities("participants") | claim.entities("place")
    sides = {side for value in claim.get("format") for side in format_sides(value.text)}
    return {f"e{e}" for e in entities} | {f"f{side}" for side in sides} | {f"d{claim.document}"}


MULTILATERAL_SIDES = 3  # three or more named sides, or a named format, make a multilateral event


def _multilateral(claims: list[ClaimRecord]) -> bool:
    return any(
        claim.get("format") or len(claim.entities("participants")) >= MULTILATERAL_SIDES
        for claim in claims
    )


# "с монгольским коллегой", "his Kazakh counterpart": a side named only as the other one
COUNTERPART_WORDS = ru.MEETING.counterpart_nouns | en.MEETING.counterpart_nouns


def _counterpart(value: Value) -> bool:
    return value.entity is None and bool(set(name_key(value.text).split()) & COUNTERPART_WORDS)


def _sides(values: list[Value]) -> set[tuple[str, object]]:
    """Who met, as sides that can be told apart: people, organisations other than states
    (a parliamentary group, a company), and sides described rather than named
    ("представители британского бизнеса"). A state can be any of its people, and a
    counterpart ("коллега") any other side: it tells nobody apart."""
    found: set[tuple[str, object]] = set()
    for value in values:
        if _counterpart(value):
            continue
        if value.entity is None:
            found.add(("described", name_key(value.text)))
        elif value.entity_type == "PER" or not is_state(value.text):
            found.add(("entity", value.entity))
    return found


def _described(values: list[Value]) -> set[tuple[str, object]]:
    return {side for side in _sides(values) if side[0] == "described"}


def _bodies(values: list[Value]) -> set[int]:
    """Organisations taking part as themselves (a parliamentary group, a business council),
    not a state's own organs ("МИД", "правительство"), which stand for the state."""
    return {
        v.entity
        for v in values
        if v.entity is not None and v.entity_type == "ORG" and not is_state_organ(v.text)
    }


def _compatible_sides(mine: list[Value], theirs: list[Value]) -> bool:
    """Two meetings with different pairs of sides are two meetings: one report's sides
    must contain the other's (a report may name one side only; "министры Армении и
    Грузии" and the two ministers by name can be one meeting)."""
    sides_mine, sides_theirs = _sides(mine), _sides(theirs)
    return (
        not sides_mine
        or not sides_theirs
        or sides_mine <= sides_theirs
        or sides_theirs <= sides_mine
    )


def _named_alike(mine: list[Value], theirs: list[Value]) -> bool | None:
    """Do two reports name one format (by its sides: «Центральная Азия — Великобритания»
    is "ЦА+UK" is "Центральной Азии и Великобритании")? None when either names none, or
    when a name gives no sides to compare ("B3+J" against «Балтия — Япония»)."""
    if not mine or not theirs:
        return None
    if any(formats_agree(a.text, b.text) or values_agree(a, b) for a in mine for b in theirs):
        return True
    comparable = all(len(format_sides(v.text)) > 1 for v in [*mine, *theirs])
    return False if comparable and _all_named(mine + theirs) else None


def _all_named(values: list[Value]) -> bool:
    """Every side of every format name is a place Concord knows: only then do two
    different names surely mean two formats (an abbreviation may hide the same sides)."""
    return all(
        canonical_place_in_any_case(side) is not None
        for value in values
        for side in format_sides(value.text)
    )


def places_agree(first: Value, second: Value) -> bool:
    """One place, or a building and a town: "в Акорде" may be in Астана, "в Сейме" in
    Рига. Only two towns (or states) that differ tell meetings apart."""
    if values_agree(first, second):
        return True
    return not (is_settlement_or_state(first.text) and is_settlement_or_state(second.text))


def _place_agrees(fact: Fact, claim: ClaimRecord) -> bool:
    mine, theirs = fact.values("place"), claim.get("place")
    return not mine or not theirs or any(places_agree(a, b) for a in mine for b in theirs)


PAIR = 2  # two named sides are talks of their own, even inside a summit's report


def _placed_nowhere(claim: ClaimRecord) -> bool:
    """No place or venue, no stated date and no format of its own: the sentence leans on
    the meeting its report has already named."""
    return (
        not claim.get("place")
        and not claim.get("venue")
        and not claim.get("format")
        and not any(is_date(value.text) for value in claim.get("date"))
    )


def _continues_report(fact: Fact, claim: ClaimRecord) -> bool:
    """ "В ней приняли участие A, B и C", "Встреча прошла под председательством X",
    "В ходе беседы X отметил…": a sentence placing nothing itself and naming no pair of
    sides (a pair holds talks of their own on the margins) goes on about the meeting its
    report has told — a multilateral one, or one holding the single side it names. A
    body or a described side the meeting does not hold ("депутатская группа",
    "представители компаний") makes a meeting of its own."""
    if claim.headline or not _placed_nowhere(claim):
        return False
    named = claim.entities("participants")
    if len(named) == PAIR:
        return False
    theirs, mine = claim.get("participants"), fact.values("participants")
    if _bodies(theirs) - _bodies(mine) or _described(theirs) - _described(mine):
        return False
    told = [c for c in fact.claims if c.document == claim.document and not c.headline]
    if any(_multilateral([c]) for c in told):
        return True
    return len(named) == 1 and any(named & c.entities("participants") for c in told)


def same(fact: Fact, claim: ClaimRecord) -> bool:
    """The same meeting: compatible time, place and sides, and nothing contradicting.

    A multilateral event (a named format, three or more sides) and the bilateral talks
    held on its margins are different meetings, linked by `part_of`, never one; two
    reports of the multilateral event are one event however they name its format, when
    they share its place or its participants."""
    if not time_agrees(fact, claim, "date") or not _place_agrees(fact, claim):
        return False
    if _continues_report(fact, claim):
        return True
    shared = fact.entities("participants") & claim.entities("participants")
    same_place = bool(fact.entities("place") & claim.entities("place"))
    if _multilateral(fact.claims) != _multilateral([claim]):
        one_sided = len(claim.entities("participants")) <= 1
        return one_sided and bool(shared) and same_place  # "X took part in the ministerial"
    if _multilateral([claim]):
        bodies_mine, bodies_theirs = _bodies(fact.values("participants")), _bodies(
            claim.get("participants")
        )
        if (bodies_mine or bodies_theirs) and not bodies_mine & bodies_theirs:
            return False  # ministers with a parliamentary group is not the ministerial
        named = _named_alike(fact.values("format"), claim.get("format"))
        if named is False:
            return False  # «Центральная Азия — Китай» is not «Центральная Азия — ЕС»
        return same_place or bool(shared) or bool(named)
    if not _compatible_sides(fact.values("participants"), claim.get("participants")):
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
    return bool(shared) or same_place


MARGINS_DAYS = 1  # a side meeting is held on the summit's day (a day's slack for time zones)


def part_of(fact: Fact, other: Fact) -> str | None:
    """A bilateral or side meeting held where and when a multilateral one was: on its
    margins, a fact of its own linked to it."""
    if _multilateral(fact.claims) or not _multilateral(other.claims):
        return None
    if not fact.entities("place") & other.entities("place"):
        return None
    same_days = any(
        same_period(mine, theirs, "date", MARGINS_DAYS)
        for mine in fact.claims
        for theirs in other.claims
    )
    return "part_of" if same_days else None


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
        "ru": partial(meeting.extract_document, words=ru.MEETING, sentence_words=ru.SENTENCE),
        "en": partial(meeting.extract_document, words=en.MEETING, sentence_words=en.SENTENCE),
    },
    settled={
        "ru": partial(meeting.without_offices, words=ru.MEETING, sentence_words=ru.SENTENCE),
    },
    people_sided=True,
    conflict_roles=("date", "place"),
    agreement={"place": places_agree},
    date_roles=("date",),
    summary_roles=("participants",),
    link=part_of,
    benchmark=Benchmark("Meeting", {"participants": "Participant"}),
)
