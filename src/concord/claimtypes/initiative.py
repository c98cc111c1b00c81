"""A project started or planned: a campus, a centre, a school, a joint production."""

from __future__ import annotations

from functools import partial

from concord.claimtype import ClaimType, Role, ValueKind
from concord.extract import initiative
from concord.extract.initiative import restated_projects
from concord.extract.lexicons import en, ru
from concord.fact import ClaimRecord, Fact
from concord.resolve.sameness import entity_keys, kind_values_agree, kinds_agree, role_agrees
from concord.resolve.values import dates_agree, is_date


def same(fact: Fact, claim: ClaimRecord) -> bool:
    """A shared organisation, the same kind of project in a compatible place. The same
    partners (two or more) starting a project of one kind at one time are one project even
    where reports name different places: that is a conflict to show, not a second plant."""
    shared = fact.entities("organisations") & claim.entities("organisations")
    if not shared or not kinds_agree(fact, claim, allow_generic=True):
        return False
    if role_agrees(fact, claim, "location"):
        return True
    starts_mine = [v.text for v in fact.values("starts_on") if is_date(v.text)]
    starts_theirs = [v.text for v in claim.get("starts_on") if is_date(v.text)]
    return len(shared) >= 2 and any(dates_agree(a, b) for a in starts_mine for b in starts_theirs)


SPEC = ClaimType(
    name="initiative",
    labels={"ru": "проект", "en": "initiative"},
    roles=(
        Role("kind", ValueKind.TEXT, {"ru": "вид", "en": "kind"}),
        Role(
            "organisations",
            ValueKind.ENTITY,
            {"ru": "организации", "en": "organisations"},
            many=True,
        ),
        Role("location", ValueKind.ENTITY, {"ru": "где", "en": "location"}),
        Role("starts_on", ValueKind.DATE, {"ru": "начало", "en": "starts on"}),
        Role("figures", ValueKind.TEXT, {"ru": "цифры", "en": "figures"}, many=True),
    ),
    keys=entity_keys("organisations"),
    same=same,
    sentence_extractors={
        "ru": partial(initiative.extract, words=ru.INITIATIVE),
        "en": partial(initiative.extract, words=en.INITIATIVE),
    },
    restatements={
        "ru": partial(restated_projects.restates, words=ru.INITIATIVE),
        "en": partial(restated_projects.restates, words=en.INITIATIVE),
    },
    conflict_roles=("kind", "location", "starts_on"),
    agreement={"kind": kind_values_agree},
    date_roles=("starts_on",),
    summary_roles=("kind", "organisations"),
)
