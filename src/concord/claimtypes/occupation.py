"""Who holds which post, where."""

from __future__ import annotations

from functools import partial

from concord.claim import FORMER
from concord.claimtype import Benchmark, ClaimType, Role, ValueKind, different_reports
from concord.extract import occupation
from concord.extract.lexicons import en, ru
from concord.fact import ClaimRecord, Fact
from concord.resolve.sameness import (
    entity_keys,
    position_values_agree,
    role_agrees,
    same_period,
)

POST_OVERLAP_DAYS = 31  # two reports this close speak of one term of office


def at_one_time(first: ClaimRecord, second: ClaimRecord) -> bool:
    """Two posts of one person conflict only when reported at one time by two reports, as
    held then: posts reported years apart are a career, one report naming two posts gives
    two roles of one person ("председатель суда … судья"), and a post said as former
    ("бывший министр") sits beside the one held now ("губернатор") in a career."""
    return (
        different_reports(first, second)
        and not (first.get("held") or second.get("held"))
        and same_period(first, second, "", POST_OVERLAP_DAYS)
    )


def same(fact: Fact, claim: ClaimRecord) -> bool:
    """One person's one post. Another title is another post of a career (or a second
    role in one report), unless another report gives it at the same time: then the
    sources disagree about one post, and that is shown as a conflict."""
    if not fact.entities("who") & claim.entities("who") or not role_agrees(fact, claim, "where"):
        return False
    mine, theirs = fact.values("position"), claim.get("position")
    if not mine or not theirs or any(position_values_agree(a, b) for a in mine for b in theirs):
        return True
    return all(at_one_time(told, claim) for told in fact.claims)


SPEC = ClaimType(
    name="occupation",
    labels={"ru": "должность", "en": "post"},
    roles=(
        Role("who", ValueKind.ENTITY, {"ru": "кто", "en": "who"}),
        Role("position", ValueKind.TEXT, {"ru": "должность", "en": "position"}),
        Role("where", ValueKind.ENTITY, {"ru": "где", "en": "where"}),
        # "former" when the report says the post is no longer held ("бывший директор"):
        # never a conflict role, so a former post and the same post reported as current
        # earlier are one fact, a timeline
        Role(
            "held",
            ValueKind.TEXT,
            {"ru": "занимает", "en": "held"},
            value_labels={FORMER: {"ru": "в прошлом", "en": "formerly"}},
        ),
    ),
    resolves_posts=False,
    keys=entity_keys("who"),
    same=same,
    sentence_extractors={
        "ru": partial(occupation.extract, words=ru.OCCUPATION),
        "en": partial(occupation.extract, words=en.OCCUPATION),
    },
    conflict_roles=("position",),
    agreement={"position": position_values_agree},
    comparable=at_one_time,
    summary_roles=("who", "held"),  # "X — в прошлом": a former post is not read as held now
    benchmark=Benchmark("Occupation", {"who": "Who", "position": "Position", "where": "Where"}),
)
