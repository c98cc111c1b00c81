"""One project told again in the other state.

A report often tells its project twice, once as a fact and once as a plan: the headline has
the works started and the body what is planned ("начали строить бассейн … где планируется
возвести бассейн"), or a reminder gives the plan after the works ("Напомним, что поликлинику
планируют построить до конца года"). An abbreviation may stand for the noun told in full
("фельдшерско-акушерский пункт" … "Строительство ФАПа начнётся"). The second telling is
the same project when it names the same noun and adds nothing that would set it apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.extract.sentence_view import sentence_holding

if TYPE_CHECKING:
    from concord.extract.initiative.restated_projects import ProjectWords, Tellings
    from concord.extract.initiative.words import InitiativeWords

# (short, full) -> the describing words of `full` the short one spells out, or None
Expansion = Callable[["ProjectWords", "ProjectWords"], "set[str] | None"]


def state_retold(tellings: Tellings, words: InitiativeWords, expansion: Expansion) -> bool:
    """Whether a later sentence names the earlier project's noun (or its abbreviation, or
    the full form of the abbreviation told first) in the other state and describes it by
    nothing the earlier lacks. A word marking a new or another thing ("новую школу", "ещё
    одну") may tell a second project; a set or a number of them is no single project; a
    word pointing back has rules of its own. A settlement noun the earlier sentence lacks
    ("установить памятник в соседнем селе") may tell another place, named or not."""
    analysed, first, second, earlier, later = tellings
    if first.evidence == second.evidence or first.modality == second.modality:
        return False
    if earlier.generic or later.generic or earlier.points_back or later.points_back:
        return False
    if later.counted or earlier.counted or later.plural != earlier.plural:
        return False
    if later.describing & (words.new_project_modifiers | words.other_modifiers) - (
        earlier.describing
    ):
        return False
    if _marked_another(analysed, second, later, words) or _another_settlement(
        analysed, first, second, words
    ):
        return False
    kept = _kept_describing(earlier, later, expansion)
    if kept is None:
        return False
    earlier_describing, later_describing = (
        describing - words.work_done_modifiers for describing in kept
    )
    return later_describing <= earlier_describing


def _kept_describing(
    earlier: ProjectWords, later: ProjectWords, expansion: Expansion
) -> tuple[set[str], set[str]] | None:
    """The describing words to compare when both name one noun, an abbreviation counted as
    the words whose initials it is (those words then describe nothing more). None for two
    different nouns."""
    if earlier.head == later.head:
        return set(earlier.describing), set(later.describing)
    spelt = expansion(later, earlier)
    if spelt is not None:  # "фельдшерско-акушерский пункт" … "ФАП"
        return set(earlier.describing) - spelt, set(later.describing)
    spelt = expansion(earlier, later)
    if spelt is not None:  # "ФАП" … "фельдшерско-акушерский пункт"
        return set(earlier.describing), set(later.describing) - spelt
    return None


def _marked_another(
    analysed: AnalysedDocument, claim: Claim, project: ProjectWords, words: InitiativeWords
) -> bool:
    """Whether the project noun has a word of a new or another thing of its own ("решили
    установить новый памятник"), which the description may not hold."""
    sentence = sentence_holding(analysed, claim.evidence.start)
    if sentence is None or not 0 <= project.position < len(sentence.tokens):
        return False
    marks = words.new_project_modifiers | words.other_modifiers
    return any(
        sentence.tokens[child].lemma in marks for child in sentence.dependents[project.position]
    )


def _another_settlement(
    analysed: AnalysedDocument, first: Claim, second: Claim, words: InitiativeWords
) -> bool:
    """Whether the later sentence names a kind of settlement, or one described by a word,
    that the earlier one does not ("в селе Ключи" … "в соседнем селе", "в селе Петровка"):
    the other telling may be of a project elsewhere."""
    earlier = sentence_holding(analysed, first.evidence.start)
    later = sentence_holding(analysed, second.evidence.start)
    if earlier is None or later is None:
        return False
    told = {token.lemma for token in earlier.tokens}
    return any(
        token.lemma in words.retold_settlement_nouns
        and (
            token.lemma not in told
            or any(later.tokens[child].lemma not in told for child in later.dependents[index])
        )
        for index, token in enumerate(later.tokens)
    )
