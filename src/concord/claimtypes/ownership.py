"""Who owns what."""

from __future__ import annotations

from functools import partial

from concord.claim import FORMER
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
        # "former" when the report says the owner no longer holds it ("ранее принадлежал
        # Y", "бывший владелец"): not a conflict role, so the same pair told as held now and
        # as held once is one fact, its history
        Role(
            "held",
            ValueKind.TEXT,
            {"ru": "владеет", "en": "held"},
            value_labels={FORMER: {"ru": "в прошлом", "en": "formerly"}},
        ),
    ),
    keys=entity_keys("owner", "property"),
    same=same_entities("owner", "property"),
    sentence_extractors={
        "ru": partial(ownership.extract, words=ru.OWNERSHIP),
        "en": partial(ownership.extract, words=en.OWNERSHIP),
    },
    # ownership60: a past holding whose property the report gives another owner is former
    settled={"ru": partial(ownership.handed_on, words=ru.OWNERSHIP)},
    summary_roles=("owner", "property", "held"),
    side_roles=("owner", "property"),
    benchmark=Benchmark(
        "Ownership",
        {"owner": "Owner", "property": "Property"},
        left_out={"held": frozenset({FORMER})},
    ),
)
