"""Who holds which post, where."""

from __future__ import annotations

from functools import partial

from concord.claimtype import Benchmark, ClaimType, Role, ValueKind
from concord.extract import occupation
from concord.extract.lexicons import ru
from concord.fact import ClaimRecord, Fact
from concord.resolve.sameness import entity_keys, position_values_agree, role_agrees


def same(fact: Fact, claim: ClaimRecord) -> bool:
    return bool(fact.entities("who") & claim.entities("who")) and role_agrees(fact, claim, "where")


SPEC = ClaimType(
    name="occupation",
    labels={"ru": "должность", "en": "post"},
    roles=(
        Role("who", ValueKind.ENTITY, {"ru": "кто", "en": "who"}),
        Role("position", ValueKind.TEXT, {"ru": "должность", "en": "position"}),
        Role("where", ValueKind.ENTITY, {"ru": "где", "en": "where"}),
    ),
    keys=entity_keys("who"),
    same=same,
    sentence_extractors={"ru": partial(occupation.extract, words=ru.OCCUPATION)},
    conflict_roles=("position",),
    agreement={"position": position_values_agree},
    summary_roles=("who",),
    benchmark=Benchmark("Occupation", {"who": "Who", "position": "Position", "where": "Where"}),
)
