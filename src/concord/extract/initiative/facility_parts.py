"""One facility's works told part by part (initiative96).

A report on a school, a kindergarten or a clinic claims the facility, then lists what goes
into it: "В здании откроют 10 групп, пищеблок и бассейн", "На прилегающей территории
обустроят парковку", "Также будет обустроена парковка", "заменят кровлю и лифты". Those are
details of the one project, as the gold counts them (gold.md, "Decided (initiative74)").

A later claim is such a part when its noun names a room, a ground or a part of a building
and an earlier claim of the report names a facility that is no such part. A noun that also
names a facility of its own ("бассейн", "спортзал", "библиотека") is a part only where its
sentence points into the facility: a place in the building or on its grounds ("в здании",
"на территории", "в нём", "там"), the facility's own noun, or the work told before framing
it ("в рамках проекта"). A second facility ("ещё один бассейн", "второй корпус"), another
place or runner, a part with money of its own and a part first told as a project of its
own stay claims.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Claim
from concord.extract.sentence_view import sentence_holding

if TYPE_CHECKING:
    from concord.extract.initiative.restated_projects import ProjectWords, Tellings
    from concord.extract.initiative.words import InitiativeWords


def part_of_told_facility(tellings: Tellings, words: InitiativeWords) -> bool:
    """Whether the later claim names a part of the facility the earlier claim names (the
    runner and place checks are the caller's)."""
    analysed, first, second, earlier, later = tellings
    if earlier.head == later.head:
        return False
    if _never_alone(earlier.head, words) or earlier.points_back or earlier.weighed:
        return False
    if earlier.head in words.programme_nouns:
        return False  # "утвердили программу … В рамках программы построят котельные"
    if words.body(earlier.head):
        return False  # "создаст комиссию … сформирует группу": a body, no building
    if later.describing & words.other_modifiers or later.weighed:
        return False  # "ещё один бассейн"; "на ремонт кровли выделено …": a work of its own
    if _runners(second) - _runners(first):
        return False  # "НАСА сформирует группу": a runner of its own, a project of its own
    sentence = sentence_holding(analysed, second.evidence.start)
    if sentence is None or _money_told(analysed, sentence) or _own_means(sentence, words):
        return False
    if first.evidence == second.evidence and (
        not sentence.tokens[earlier.position].relation.startswith("nsubj")
        or earlier.position in _listed_beside(sentence, later.position)
    ):
        return False  # in one sentence only "Школа будет оборудована: … бассейн" holds one;
        # "будут размещены центры и лаборатории" lists two things
    if _listed_with_facility(sentence, later, words):
        return False  # "построить ФОК и бассейн": a second facility told beside the first
    if later.head in words.inner_room_nouns or later.head in words.building_part_nouns:
        return True
    if later.head in words.detail_part_nouns:
        return True
    return later.head in words.inner_facility_nouns and _points_inside(
        sentence, earlier, later, words
    )


def _never_alone(lemma: str, words: InitiativeWords) -> bool:
    """A noun of a room or part that is never a facility of its own ("пищеблок", "кровля");
    "бассейн" or "центр культуры" told first is the facility."""
    return lemma in (words.inner_room_nouns | words.building_part_nouns | words.detail_part_nouns)


def _part_noun(lemma: str, words: InitiativeWords) -> bool:
    return lemma in (
        words.inner_room_nouns
        | words.inner_facility_nouns
        | words.building_part_nouns
        | words.detail_part_nouns
    )


def _runners(claim: Claim) -> set[str]:
    return {a.value.lower() for a in claim.arguments if a.role == "organisations"}


def _listed_with_facility(sentence: Sentence, later: ProjectWords, words: InitiativeWords) -> bool:
    """The part's noun stands in a list with a noun that names no part ("ФОК и бассейн"):
    facilities told side by side, each a project."""
    tokens = sentence.tokens
    return any(
        tokens[i].pos in {"NOUN", "PROPN"} and not _part_noun(tokens[i].lemma.lower(), words)
        for i in _listed_beside(sentence, later.position)
    )


def _listed_beside(sentence: Sentence, head: int) -> list[int]:
    """The nouns joined with the word in one list ("ФОК и бассейн")."""
    tokens = sentence.tokens
    linked = [i for i in sentence.dependents[head] if tokens[i].relation == "conj"]
    if tokens[head].relation == "conj" and 0 <= tokens[head].head < len(tokens):
        above = tokens[head].head
        linked.append(above)
        linked.extend(
            i for i in sentence.dependents[above] if tokens[i].relation == "conj" and i != head
        )
    return linked


def _money_told(analysed: AnalysedDocument, sentence: Sentence) -> bool:
    """The part's sentence tells a sum: money of its own makes it a work of its own."""
    return any(
        quantity.is_money and sentence.start <= quantity.start < sentence.end
        for quantity in analysed.quantities
    )


def _own_means(sentence: Sentence, words: InitiativeWords) -> bool:
    """ "За счёт средств спонсоров заменили кровлю": the means a part is paid from."""
    return any(token.lemma.lower() in words.own_means_nouns for token in sentence.tokens)


def _points_inside(
    sentence: Sentence, earlier: ProjectWords, later: ProjectWords, words: InitiativeWords
) -> bool:
    """The sentence places the part inside the facility told before: a place noun of a
    building or its grounds, a pronoun or the facility's noun after a preposition of
    place ("в здании", "в нём", "рядом с комплексом"), an adverb of that place ("там"), the
    facility named as the subject ("Школа будет оборудована: …"), or a frame of the work
    told before ("в рамках проекта")."""
    tokens = sentence.tokens
    own = later.phrase | {later.position}
    for index, token in enumerate(tokens):
        if index in own:
            continue
        lemma = token.lemma.lower()
        if lemma in words.facility_place_adverbs and token.relation == "advmod":
            return True
        if lemma == earlier.head and token.relation.startswith("nsubj"):
            return True
        cases = {
            tokens[child].lemma.lower()
            for child in sentence.dependents[index]
            if tokens[child].relation in {"case", "fixed"}
        }
        if not cases:
            continue
        if lemma in words.part_frame_nouns and "в" in cases:
            return True
        if cases & words.facility_place_prepositions and (
            lemma in words.facility_place_nouns
            or lemma in words.facility_pronouns
            or lemma == earlier.head
        ):
            return True
    return False
