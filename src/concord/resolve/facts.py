"""Claims about one real-world thing become one fact; disagreements become conflicts.

Each claim type says two things: which keys a claim is filed under (blocking: only
facts sharing a key are compared, so the cost grows with the corpus, not its square),
and when a claim and a fact are about the same thing. Sameness is decided from
participants, organisations, places and time — never from wording.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice

from concord.resolve.values import (
    GENERIC_KINDS,
    GENERIC_POSITIONS,
    Value,
    dates_agree,
    days_apart,
    is_date,
    kind_head,
    same_kind_family,
    values_agree,
)

SAME_EVENT_DAYS = 14  # undated reports of one event appear within days of it


@dataclass
class ClaimRecord:
    id: int
    type: str
    document: str
    published: str | None
    args: dict[str, list[Value]]
    modality: str = "fact"
    headline: bool = False  # read from the title, which restates the story

    def get(self, role: str) -> list[Value]:
        return self.args.get(role, [])


@dataclass
class Fact:
    id: int
    type: str
    claims: list[ClaimRecord] = field(default_factory=list)

    def values(self, role: str) -> list[Value]:
        found: list[Value] = []
        for claim in self.claims:
            for value in claim.get(role):
                if value not in found:
                    found.append(value)
        return found

    def entities(self, role: str) -> set[int]:
        return {v.entity for v in self.values(role) if v.entity is not None}


@dataclass
class Conflict:
    fact: int
    type: str
    role: str
    groups: list[list[tuple[Value, ClaimRecord]]]  # each group: values that agree


def _entities(claim: ClaimRecord, role: str) -> set[int]:
    return {v.entity for v in claim.get(role) if v.entity is not None}


def _role_agrees(fact: Fact, claim: ClaimRecord, role: str) -> bool:
    """Missing on either side counts as agreement; otherwise some value must agree."""
    mine, theirs = fact.values(role), claim.get(role)
    if not mine or not theirs:
        return True
    return any(values_agree(a, b) for a in mine for b in theirs)


def _time_agrees(fact: Fact, claim: ClaimRecord, role: str) -> bool:
    """Explicit dates must agree; without them, reports must be close in publication time."""
    mine = [v.text for v in fact.values(role) if is_date(v.text)]
    theirs = [v.text for v in claim.get(role) if is_date(v.text)]
    if mine and theirs:
        # Relative dates resolved against publication can be a day off ("накануне" in a
        # story published after midnight): a day's gap is a conflict, not another event.
        return any(dates_agree(a, b) or (days_apart(a, b) or 99) <= 1 for a in mine for b in theirs)
    anchors_mine = mine or [c.published for c in fact.claims if c.published]
    anchors_theirs = theirs or ([claim.published] if claim.published else [])
    gaps = [days_apart(a, b) for a in anchors_mine for b in anchors_theirs]
    gaps = [gap for gap in gaps if gap is not None]
    return not gaps or min(gaps) <= SAME_EVENT_DAYS


def _dates_stated_on_both(fact: Fact, claim: ClaimRecord) -> bool:
    mine = [v for v in fact.values("date") if is_date(v.text)]
    return bool(mine) and any(is_date(v.text) for v in claim.get("date"))


def _kinds_agree(fact: Fact, claim: ClaimRecord, allow_generic: bool) -> bool:
    mine = [kind_head(v.text) for v in fact.values("kind")]
    theirs = [kind_head(v.text) for v in claim.get("kind")]
    if not mine or not theirs or set(mine) & set(theirs):
        return True
    if any(same_kind_family(a, b) for a in mine for b in theirs):
        return True
    return allow_generic and bool(GENERIC_KINDS & (set(mine) | set(theirs)))


# --- per type: blocking keys and sameness ------------------------------------------------


def _meeting_keys(claim: ClaimRecord) -> set[str]:
    return {f"e{e}" for e in _entities(claim, "participants") | _entities(claim, "place")}


def _people(values: list[Value]) -> set[int]:
    return {v.entity for v in values if v.entity is not None and v.entity_type == "PER"}


def _same_meeting(fact: Fact, claim: ClaimRecord) -> bool:
    """Shared participants or a shared place, at a compatible time; but two reports that
    each name people, none in common, describe different meetings."""
    shared = fact.entities("participants") & _entities(claim, "participants")
    same_place = bool(fact.entities("place") & _entities(claim, "place"))
    people_mine, people_theirs = (
        _people(fact.values("participants")),
        _people(claim.get("participants")),
    )
    if people_mine and people_theirs and not people_mine & people_theirs:
        return False
    one_side = len(fact.entities("participants")) <= 1 and len(_entities(claim, "participants")) <= 1
    if one_side and not (same_place or _dates_stated_on_both(fact, claim)):
        return False  # on a visit one person meets many: one named side alone joins nothing
    if (
        not shared
        and not claim.headline
        and any(c.document == claim.document and not c.headline for c in fact.claims)
    ):
        return False  # one report naming two meetings with different sides means two meetings
    return (
        (bool(shared) or same_place)
        and _time_agrees(fact, claim, "date")
        and _role_agrees(fact, claim, "format")
    )


def _agreement_keys(claim: ClaimRecord) -> set[str]:
    return {f"k{kind_head(v.text)}" for v in claim.get("kind")}


def _same_agreement(fact: Fact, claim: ClaimRecord) -> bool:
    parties_mine, parties_theirs = fact.entities("parties"), _entities(claim, "parties")
    if parties_mine and parties_theirs and not parties_mine & parties_theirs:
        return False
    earlier_mine = any(v.text == "earlier" for v in fact.values("status"))
    earlier_theirs = any(v.text == "earlier" for v in claim.get("status"))
    return (
        earlier_mine == earlier_theirs
        and _kinds_agree(fact, claim, allow_generic=False)
        and _time_agrees(fact, claim, "signed_on")
        and _role_agrees(fact, claim, "subject")
    )


def _initiative_keys(claim: ClaimRecord) -> set[str]:
    return {f"e{e}" for e in _entities(claim, "organisations")}


def _same_initiative(fact: Fact, claim: ClaimRecord) -> bool:
    """A shared organisation, the same kind of project in a compatible place. The same
    partners (two or more) starting a project of one kind at one time are one project even
    where reports name different places: that is a conflict to show, not a second plant."""
    shared = fact.entities("organisations") & _entities(claim, "organisations")
    if not shared or not _kinds_agree(fact, claim, allow_generic=True):
        return False
    if _role_agrees(fact, claim, "location"):
        return True
    starts_mine = [v.text for v in fact.values("starts_on") if is_date(v.text)]
    starts_theirs = [v.text for v in claim.get("starts_on") if is_date(v.text)]
    return len(shared) >= 2 and any(dates_agree(a, b) for a in starts_mine for b in starts_theirs)


def _occupation_keys(claim: ClaimRecord) -> set[str]:
    return {f"e{e}" for e in _entities(claim, "who")}


def _same_occupation(fact: Fact, claim: ClaimRecord) -> bool:
    return bool(fact.entities("who") & _entities(claim, "who")) and _role_agrees(
        fact, claim, "where"
    )


def _statement_keys(claim: ClaimRecord) -> set[str]:
    return {f"e{e}" for e in _entities(claim, "speaker")}


def _same_statement(fact: Fact, claim: ClaimRecord) -> bool:
    from rapidfuzz import fuzz

    if not fact.entities("speaker") & _entities(claim, "speaker"):
        return False
    return any(
        fuzz.token_set_ratio(a.text, b.text) >= 85
        for a in fact.values("quote")
        for b in claim.get("quote")
    )


def _figure_keys(claim: ClaimRecord) -> set[str]:
    units = [v.text for v in claim.get("unit")]
    return {f"m{kind_head(v.text)}:{units[0] if units else ''}" for v in claim.get("measure")}


def _same_figure(fact: Fact, claim: ClaimRecord) -> bool:
    return (
        _role_agrees(fact, claim, "unit")
        and bool(fact.values("measure"))
        and _role_agrees(fact, claim, "measure")
        and _time_agrees(fact, claim, "date")
    )


def _pair_keys(*roles: str) -> Callable[[ClaimRecord], set[str]]:
    def keys(claim: ClaimRecord) -> set[str]:
        return {f"e{e}" for role in roles for e in _entities(claim, role)}

    return keys


def _same_entities(*roles: str) -> Callable[[Fact, ClaimRecord], bool]:
    def same(fact: Fact, claim: ClaimRecord) -> bool:
        return all(
            fact.entities(role) and fact.entities(role) == _entities(claim, role) for role in roles
        ) and _role_agrees(fact, claim, "kind")

    return same


RULES: dict[str, tuple[Callable[[ClaimRecord], set[str]], Callable[[Fact, ClaimRecord], bool]]] = {
    "meeting": (_meeting_keys, _same_meeting),
    "agreement": (_agreement_keys, _same_agreement),
    "initiative": (_initiative_keys, _same_initiative),
    "occupation": (_occupation_keys, _same_occupation),
    "statement": (_statement_keys, _same_statement),
    "figure": (_figure_keys, _same_figure),
    "deal": (_pair_keys("participants"), _same_entities("participants")),
    "ownership": (_pair_keys("owner", "property"), _same_entities("owner", "property")),
}

CONFLICT_ROLES: dict[str, tuple[str, ...]] = {
    "meeting": ("date", "place"),
    "agreement": ("valid_until", "signed_on", "place"),
    "initiative": ("kind", "location", "starts_on"),
    "occupation": ("position",),
    "figure": ("quantity",),
    "deal": ("kind",),
}


def claim_keys(claim: ClaimRecord) -> set[str]:
    keys_of, _ = RULES[claim.type]
    return {f"{claim.type}:{key}" for key in keys_of(claim)}


def same_thing(fact: Fact, claim: ClaimRecord) -> bool:
    _, same = RULES[claim.type]
    return fact.type == claim.type and same(fact, claim)


WINDOW = 32  # facts compared per key: the most recently supported ones


class FactIndex:
    """Incremental consolidation: add claims one by one, in any order of arrival.

    A coarse key ("agreements called 'дорожная карта'") can hold thousands of facts in a
    large corpus; only the WINDOW most recently supported facts under each key are
    compared, so each claim costs about the same whatever the corpus size."""

    def __init__(self) -> None:
        self.facts: dict[int, Fact] = {}
        self.by_key: dict[str, dict[int, None]] = defaultdict(dict)

    def candidates(self, keys: Iterable[str]) -> list[int]:
        found: set[int] = set()
        for key in keys:
            found.update(islice(reversed(self.by_key.get(key, {})), WINDOW))
        return sorted(found)

    def add(self, claim: ClaimRecord) -> Fact:
        keys = claim_keys(claim)
        candidates = self.candidates(keys)
        fact = next((self.facts[i] for i in candidates if same_thing(self.facts[i], claim)), None)
        if fact is None:
            fact = Fact(id=len(self.facts) + 1, type=claim.type)
            self.facts[fact.id] = fact
        fact.claims.append(claim)
        for key in keys:
            recent = self.by_key[key]
            recent.pop(fact.id, None)
            recent[fact.id] = None
        return fact

    def add_all(self, claims: Iterable[ClaimRecord]) -> None:
        for claim in claims:
            self.add(claim)


def _position_values_agree(first: Value, second: Value) -> bool:
    if values_agree(first, second):
        return True
    heads = {kind_head(first.text), kind_head(second.text)}
    return bool(heads & GENERIC_POSITIONS)


def _kind_values_agree(first: Value, second: Value) -> bool:
    return kind_head(first.text) == kind_head(second.text) or values_agree(first, second)


_ROLE_AGREEMENT: dict[str, Callable[[Value, Value], bool]] = {
    "position": _position_values_agree,
    "kind": _kind_values_agree,
}


def conflicts(fact: Fact) -> list[Conflict]:
    """Roles where supporting claims give values that cannot all be true."""
    found = []
    for role in CONFLICT_ROLES.get(fact.type, ()):
        agree = _ROLE_AGREEMENT.get(role, values_agree)
        groups: list[list[tuple[Value, ClaimRecord]]] = []
        group_of: dict[Value, list[tuple[Value, ClaimRecord]]] = {}  # values seen, compared once
        for claim in fact.claims:
            for value in claim.get(role):
                group = group_of.get(value) or next(
                    (g for g in groups if all(agree(value, other) for other, _ in g)), None
                )
                if group is None:
                    group = []
                    groups.append(group)
                group.append((value, claim))
                group_of[value] = group
        if len(groups) > 1:
            found.append(Conflict(fact.id, fact.type, role, groups))
    return found


def merged_values(fact: Fact, role: str) -> list[Value]:
    """One value per group of agreeing values, the most precise of each group first."""
    groups: list[list[Value]] = []
    for value in fact.values(role):
        group = next((g for g in groups if all(values_agree(value, other) for other in g)), None)
        if group is None:
            groups.append([value])
        else:
            group.append(value)
    return [max(group, key=lambda v: (len(v.text), v.text)) for group in groups]


def merged_args(fact: Fact) -> dict[str, list[str]]:
    roles: list[str] = []
    for claim in fact.claims:
        roles.extend(role for role in claim.args if role not in roles)
    return {role: [value.text for value in merged_values(fact, role)] for role in roles}
