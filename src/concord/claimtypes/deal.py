"""A deal between parties: a purchase, a loan, a fine, an investment (FactRuEval's Deal)."""

from __future__ import annotations

from functools import partial

from concord.claimtype import Benchmark, ClaimType, Role, ValueKind
from concord.extract import deal
from concord.extract.lexicons import en, ru
from concord.resolve.sameness import entity_keys, kind_values_agree, same_entities

SPEC = ClaimType(
    name="deal",
    labels={"ru": "сделка", "en": "deal"},
    roles=(
        Role("participants", ValueKind.ENTITY, {"ru": "стороны", "en": "parties"}, many=True),
        Role("kind", ValueKind.TEXT, {"ru": "вид", "en": "kind"}),
    ),
    keys=entity_keys("participants"),
    same=same_entities("participants"),
    sentence_extractors={
        "ru": partial(deal.extract, words=ru.DEAL),
        "en": partial(deal.extract, words=en.DEAL),
    },
    conflict_roles=("kind",),
    agreement={"kind": kind_values_agree},
    summary_roles=("participants", "kind"),
    side_roles=("participants",),
    # FactRuEval labels a contract by what is contracted (a service) and a supply as a sale
    benchmark=Benchmark(
        "Deal",
        {"participants": "Participant", "kind": "Type"},
        values={"kind": {"контракт": "услуги", "поставка": "купля/продажа"}},
        least={"participants": 2},
    ),
)
