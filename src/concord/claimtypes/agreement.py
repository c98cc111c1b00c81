"""A document: a roadmap, a memorandum, an agreement; who signed it, until when it runs."""

from __future__ import annotations

from functools import partial

from concord.claimtype import ClaimType, Role, ValueKind
from concord.extract import agreement
from concord.extract.lexicons import ru
from concord.fact import ClaimRecord, Fact
from concord.resolve.sameness import kinds_agree, role_agrees, time_agrees
from concord.resolve.values import kind_head


def keys(claim: ClaimRecord) -> set[str]:
    return {f"k{kind_head(v.text)}" for v in claim.get("kind")}


def same(fact: Fact, claim: ClaimRecord) -> bool:
    parties_mine, parties_theirs = fact.entities("parties"), claim.entities("parties")
    if parties_mine and parties_theirs and not parties_mine & parties_theirs:
        return False
    earlier_mine = any(v.text == "earlier" for v in fact.values("status"))
    earlier_theirs = any(v.text == "earlier" for v in claim.get("status"))
    return (
        earlier_mine == earlier_theirs
        and kinds_agree(fact, claim, allow_generic=False)
        and time_agrees(fact, claim, "signed_on")
        and role_agrees(fact, claim, "subject")
    )


SPEC = ClaimType(
    name="agreement",
    labels={"ru": "документ", "en": "agreement"},
    roles=(
        Role("kind", ValueKind.TEXT, {"ru": "вид", "en": "kind"}),
        Role("subject", ValueKind.TEXT, {"ru": "предмет", "en": "subject"}),
        Role("parties", ValueKind.ENTITY, {"ru": "стороны", "en": "parties"}, many=True),
        Role("signatories", ValueKind.ENTITY, {"ru": "подписали", "en": "signatories"}, many=True),
        Role("signed_on", ValueKind.DATE, {"ru": "подписан", "en": "signed on"}),
        Role("place", ValueKind.ENTITY, {"ru": "место", "en": "place"}),
        Role("valid_until", ValueKind.DATE, {"ru": "действует до", "en": "valid until"}),
        Role("status", ValueKind.TEXT, {"ru": "статус", "en": "status"}),
    ),
    keys=keys,
    same=same,
    sentence_extractors={"ru": partial(agreement.extract, words=ru.AGREEMENT)},
    conflict_roles=("valid_until", "signed_on", "place"),
    date_roles=("signed_on",),
    summary_roles=("kind",),
)
