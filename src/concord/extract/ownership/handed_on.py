"""A past holding whose property the report gives another owner (ownership60): "Заводом
владел X. В 2015 году его купила Y" — X held it once. A sentence alone cannot tell
"принадлежал" from a holding still kept (a report may tell the present in the past), so this
runs once the document's claims are read: a claim read off a past imperfective holding verb
("владел", "принадлежал", "контролировал") is former when another claim of the report, not
former itself, gives the same property to a different owner. A holding told in the present
("принадлежит 70 %") is never touched, whatever share another buys; nor is a past share,
or one passed to another, told below 100 % ("49 % принадлежали X … 80 % купили Y"): X may
keep the rest.
"""

from __future__ import annotations

import re

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import FORMER, Argument, Claim, Modality
from concord.extract.ownership.words import OwnershipWords


def handed_on(
    analysed: AnalysedDocument, claims: list[Claim], words: OwnershipWords
) -> list[Claim]:
    """The claims, with a past holding another owner now has marked held=former."""
    if not words.held_verbs:
        return claims
    out: list[Claim] = []
    for claim in claims:
        if (
            _current(claim)
            and _told_in_past(analysed, claim, words)
            and not _part_told(analysed, claim)
            and any(
                _other_owner(claim, other) and not _part_told(analysed, other) for other in claims
            )
        ):
            held = Argument("held", FORMER, claim.evidence)
            claim = Claim(claim.type, [*claim.arguments, held], claim.evidence, claim.modality)
        out.append(claim)
    return out


def _current(claim: Claim) -> bool:
    return claim.modality == Modality.FACT and FORMER not in claim.values("held")


def _other_owner(claim: Claim, other: Claim) -> bool:
    """`other` gives the claim's property (same entity or name) to an owner not the claim's."""
    if other is claim or not _current(other):
        return False
    owner, prop = claim.first("owner"), claim.first("property")
    other_owner, other_prop = other.first("owner"), other.first("property")
    if owner is None or prop is None or other_owner is None or other_prop is None:
        return False
    return (
        _same(prop, other_prop)
        and not _same(owner, other_owner)
        and not _a_word_shared(owner.value, other_owner.value)
    )


def _a_word_shared(first: str, second: str) -> bool:
    """Two names of one owner the report did not join ("Петров", "Иван Петров"; "Evraz",
    "Evraz Group"): any word alike in its first five letters is one owner, kept held."""
    stems = {word[:5] for word in re.findall(r"\w{3,}", first.casefold())}
    return any(word[:5] in stems for word in re.findall(r"\w{3,}", second.casefold()))


def _same(first: Argument, second: Argument) -> bool:
    if first.entity is not None and first.entity == second.entity:
        return True
    return first.value.casefold() == second.value.casefold()


def _told_in_past(analysed: AnalysedDocument, claim: Claim, words: OwnershipWords) -> bool:
    """Whether each side of the claim has for its nearest verb above it a past imperfective
    holding verb ("портом владел X", "завод принадлежал X"); a side under a present verb of
    its own ("принадлежал Y (им владеет Z)": Z holds Y now) is told now."""
    sentence = _sentence_of(analysed, claim)
    if sentence is None:
        return False
    sides = [a.span for a in claim.arguments if a.role in ("owner", "property") and a.span]
    starts = {token.start: index for index, token in enumerate(sentence.tokens)}
    told = [starts[span.start] for span in sides if span.start in starts]
    return bool(told) and all(_past_holding_above(sentence, index, words) for index in told)


def _past_holding_above(sentence: Sentence, index: int, words: OwnershipWords) -> bool:
    seen: set[int] = set()
    while index >= 0 and index not in seen:
        seen.add(index)
        token = sentence.tokens[index]
        if token.pos in ("VERB", "AUX") or token.feats.get("VerbForm") == "Part":
            return (
                token.lemma in words.held_verbs
                and token.feats.get("Tense") == "Past"
                and token.feats.get("VerbForm") != "Part"
            )
        index = token.head
    return False


def _part_told(analysed: AnalysedDocument, claim: Claim) -> bool:
    """Whether the claim's sentence tells a share below the whole ("49 %", "80 процентов")."""
    sentence = _sentence_of(analysed, claim)
    if sentence is None:
        return False
    return any(
        quantity.unit == "%" and quantity.amount is not None and quantity.amount < 100
        and sentence.start <= quantity.start < sentence.end
        for quantity in analysed.quantities
    )  # fmt: skip


def _sentence_of(analysed: AnalysedDocument, claim: Claim) -> Sentence | None:
    start = claim.evidence.start
    return next((s for s in analysed.sentences if s.start <= start < s.end), None)
