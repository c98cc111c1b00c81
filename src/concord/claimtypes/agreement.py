"""A document: a roadmap, a memorandum, an agreement; who signed it, until when it runs."""

from __future__ import annotations

from functools import partial

from concord.claimtype import ClaimType, Role, ValueKind
from concord.extract import agreement
from concord.extract.agreement import restated
from concord.extract.lexicons import en, ru
from concord.fact import ClaimRecord, Fact
from concord.resolve.sameness import kinds_agree, role_agrees, time_agrees, topics_overlap
from concord.resolve.values import kind_head


def keys(claim: ClaimRecord) -> set[str]:
    return {f"k{kind_head(v.text)}" for v in claim.get("kind")}


def same(fact: Fact, claim: ClaimRecord) -> bool:
    """The same kind of document between compatible parties and signatories, signed at a
    compatible time and place. Outlets word a document's subject differently ("дорожная
    карта по возобновляемой энергетике" / "… развития партнерства в сфере зеленой
    энергетики"), so the subject only tells two documents apart when it shares no topic
    word at all."""
    for role in ("parties", "signatories"):
        mine, theirs = fact.entities(role), claim.entities(role)
        if mine and theirs and not mine & theirs:
            return False
    earlier_mine = any(v.text == "earlier" for v in fact.values("status"))
    earlier_theirs = any(v.text == "earlier" for v in claim.get("status"))
    return (
        earlier_mine == earlier_theirs
        and kinds_agree(fact, claim, allow_generic=False)
        and time_agrees(fact, claim, "signed_on")
        and role_agrees(fact, claim, "place")
        and topics_overlap(fact.values("subject"), claim.get("subject"))
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
        Role("valid_for", ValueKind.TEXT, {"ru": "срок действия", "en": "term"}),
        Role("status", ValueKind.TEXT, {"ru": "статус", "en": "status"}),
    ),
    keys=keys,
    same=same,
    sentence_extractors={
        "ru": partial(agreement.extract, words=ru.AGREEMENT),
        "en": partial(agreement.extract, words=en.AGREEMENT),
    },
    # agreement32: "Документ подписали X и Y" after the report's "соглашение" is that one
    restatements={
        "ru": partial(restated.restates, words=ru.AGREEMENT, sentence_words=ru.SENTENCE),
        "en": partial(restated.restates, words=en.AGREEMENT, sentence_words=en.SENTENCE),
    },
    conflict_roles=("valid_until", "signed_on", "place"),
    date_roles=("signed_on",),
    summary_roles=("kind",),
)
