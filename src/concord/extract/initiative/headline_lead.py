"""A headline's project told again in the lead of the body, described otherwise.

Agency and ministry reports name a project in the headline and tell the same one in the
first sentences of the body with other describing words: "Филиалы ещё пяти вузов
откроются в Казани" … "В Казани планируется открыть филиалы ещё пяти технических
университетов", "Компания построит завод в России" … "компания приступит к строительству
собственного завода в Калужской области". The describing words differ, so the restatement
test that wants one description inside the other sees two projects. In the lead (the
first two body sentences) the same noun, or a general noun of industry for a plant, at no
other place and not marked as another one, is the headline's project told again. A place
in the body finer than the headline's state or region, or its town told by the region's
name stem ("в Якутии" … "в Якутске"), is no other place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.extract.initiative.headline_kin import is_headline_claim
from concord.knowledge.gazetteer import is_state_in_any_case

if TYPE_CHECKING:
    from concord.extract.initiative.restated_projects import ProjectWords, Tellings
    from concord.extract.initiative.words import InitiativeWords

_LEAD_SENTENCES = 2  # body sentences after the headline that tell its news again
_NAME_STEM = 5  # letters two place names share when one is the other's town ("Якутия", "Якутск")


def headline_lead_retold(
    tellings: Tellings,
    words: InitiativeWords,
) -> bool:
    """Whether the first claim is the headline's and the second, in the body's lead, names
    the same project: its noun (or a general noun of industry for a headline's plant), no
    word marking another one, no number of its own, no other place."""
    analysed, first, second, earlier, later = tellings
    if not is_headline_claim(analysed, first) or not _in_lead(analysed, second):
        return False
    if earlier.generic or later.generic or earlier.moved or later.moved:
        return False
    if later.describing & words.other_modifiers - earlier.describing:
        return False  # "ещё один завод" after the headline's plant
    if later.counted != earlier.counted:
        return False  # "откроет филиалы" … "откроет три филиала": maybe a part of the set
    if not _same_noun(earlier, later, words):
        return False
    return _place_within(first, second)


def _in_lead(analysed: AnalysedDocument, claim: Claim) -> bool:
    """Whether the claim is read from one of the first body sentences."""
    lead = analysed.sentences[1 : 1 + _LEAD_SENTENCES]
    return any(sentence.start == claim.evidence.start for sentence in lead)


def _same_noun(earlier: ProjectWords, later: ProjectWords, words: InitiativeWords) -> bool:
    """The same project noun, or a plant told by a general noun of industry."""
    if earlier.head == later.head:
        return True
    return (
        later.head in words.industry_general_nouns
        and earlier.head in words.plant_nouns - words.industry_general_nouns
    )


def _place_within(first: Claim, second: Claim) -> bool:
    """No place in the body's claim that is another than the headline's: the same, none
    on either side, a headline's state (the body names its region or town), or two names
    sharing a stem (a region and its capital)."""
    mine = [a.value for a in first.arguments if a.role == "location"]
    theirs = [a.value for a in second.arguments if a.role == "location"]
    if not mine or not theirs:
        return True
    if any(is_state_in_any_case(place) for place in mine):
        return True
    return all(
        any(_stem_shared(place, other) for other in mine) for place in theirs
    )


def _stem_shared(one: str, other: str) -> bool:
    one, other = one.lower(), other.lower()
    return one == other or (
        len(one) >= _NAME_STEM and len(other) >= _NAME_STEM and one[:_NAME_STEM] == other[:_NAME_STEM]
    )
