"""A headline's project told again in the body by another noun of its kind.

Regional news name a facility one way in the headline and another way in the body: "В
Кирове построят ледовую арену" … "Строительство спорткомплекса начнётся весной", "открыли
новый спортивный зал" … "Спорткомплекс в станице построили". The heads differ, so the
restatement test that compares heads sees two projects; the headline names one project,
and a body noun of the same kind, at no other place and not marked as another, is that
project told again; so is the same noun where the body names a finer place in a sentence
that also names the headline's ("открылся в селе Ручьи" … "в селе Ручьи в районе Крыма").
A body noun whose sentence does not name the headline's place stays a claim of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from concord.analysis import AnalysedDocument
from concord.claim import Claim

if TYPE_CHECKING:
    from concord.extract.initiative.restated_projects import ProjectWords, Tellings
    from concord.extract.initiative.words import InitiativeWords

_SHORTEST_STEM = 4  # a shorter shared start says nothing ("дом" … "домик")


def headline_kin_retold(
    tellings: Tellings,
    words: InitiativeWords,
) -> bool:
    """Whether the first claim is the headline's single project and the second, in the
    body, names it by another noun of the same group of facility kinds ("ледовая арена" …
    "спорткомплекс", "ФАП" … "медпункт") with no word marking another one and no place
    of its own the headline lacks."""
    analysed, first, second, earlier, later = tellings
    if not is_headline_claim(analysed, first) or first.evidence == second.evidence:
        return False
    if earlier.generic or later.generic:
        return False
    if earlier.plural or later.plural or earlier.counted or later.counted:
        return False  # "открылись новые ФАПы": a set, each of its members maybe told later
    if later.describing & words.other_modifiers:
        return False  # "ещё один спортзал"
    group = _group_of(earlier, words)
    if group is None or _group_of(later, words) != group:
        return False
    if not _told_in_headline(analysed, later, group, words):
        return False  # "спортзал при школе": a word of its own may tell another one
    return not _other_place(analysed, first, second)


def _told_in_headline(
    analysed: AnalysedDocument, later: ProjectWords, group: int, words: InitiativeWords
) -> bool:
    """Whether every word describing the body's project is a word of its kind, an
    address or settlement noun ("на улице Ленина", "в селе"), or a word of the headline."""
    kind_words = {part for wording in words.facility_kin_groups[group] for part in wording.split()}
    headline = {token.lemma.lower() for token in analysed.sentences[0].tokens}
    allowed = words.retold_settlement_nouns | words.address_nouns | words.work_done_modifiers
    return all(
        word in allowed
        or word in words.new_project_modifiers
        or any(_similar(word, other) for other in kind_words | headline)
        for word in later.describing
    )


def is_headline_claim(analysed: AnalysedDocument, claim: Claim) -> bool:
    """Whether the claim is read from the headline: a first line with no end punctuation
    and a line break after it."""
    sentences = analysed.sentences
    if len(sentences) < 2 or claim.evidence.start != sentences[0].start:
        return False
    headline = sentences[0]
    between = analysed.document.text[headline.end : sentences[1].start]
    return "\n" in between and not headline.text.rstrip().endswith((".", "!", "?"))


def _group_of(project: ProjectWords, words: InitiativeWords) -> int | None:
    """The index of the group of facility kinds whose wording the project's words hold
    (all its words, the noun among them), or None."""
    naming = {*project.spelling, *project.describing, project.head}
    if project.abbreviation:
        naming.add(project.abbreviation)
    for index, group in enumerate(words.facility_kin_groups):
        for wording in group:
            parts = wording.split()
            if any(_similar(part, project.head) for part in parts) and all(
                any(_similar(part, word) for word in naming) for part in parts
            ):
                return index
    return None


def _similar(first: str, second: str) -> bool:
    """One word in two forms: the same start, the shorter form losing at most a two-letter
    ending ("Медынский" … "Медынского")."""
    first, second = first.lower().replace("ё", "е"), second.lower().replace("ё", "е")
    if first == second:
        return True
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    return shared >= _SHORTEST_STEM and shared >= min(len(first), len(second)) - 2


def _other_place(analysed: AnalysedDocument, first: Claim, second: Claim) -> bool:
    """Whether the body's claim names a place and its sentence names none of the
    headline's (in any case: "в Сосновке" … "в селе Сосновка"; "в Медынском районе" … "в
    деревне Глухово Медынского района": a village of the district told); a body naming no
    place adds none."""
    mine = [a.value for a in first.arguments if a.role == "location"]
    theirs = [a.value for a in second.arguments if a.role == "location"]
    if not mine or not theirs:
        return False
    told = analysed.document.text[second.evidence.start : second.evidence.end].split()
    return not any(
        _similar(place_word, word.strip(".,;:«»\"()"))
        for place in mine
        for place_word in place.split()
        if place_word[:1].isupper()
        for word in told
    )
