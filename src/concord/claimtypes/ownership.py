"""Who owns what."""

from __future__ import annotations

from functools import partial

from concord.claimtype import Benchmark, ClaimType, Role, ValueKind
from concord.extract import ownership
from concord.extract.lexicons import en, ru
from concord.resolve.sameness import entity_keys, same_entities

SPEC = ClaimType(
    name="ownership",
    labels={"ru": "собственность", "en": "ownership"},
    roles=(
        Role("owner", ValueKind.ENTITY, {"ru": "владелец", "en": "owner"}),
        Role("property", ValueKind.ENTITY, {"ru": "собственность", "en": "property"}),
    ),
    keys=entity_keys("owner", "property"),
    same=same_entities("owner", "property"),
    sentence_extractors={
        "ru": partial(ownership.extract, words=ru.OWNERSHIP),
        "en": partial(ownership.extract, words=en.OWNERSHIP),
    },
    summary_roles=("owner", "property"),
    side_roles=("owner", "property"),
    benchmark=Benchmark("Ownership", {"owner": "Owner", "property": "Property"}),
)
