"""A delegation stands for the person who leads it.

Reports introduce a delegation with its leader ("делегация британских промышленников во
главе с X") and then let the delegation act: "делегация обсудит вопросы с Y", "делегация во
главе с X встретилась с Y", "Делегацию приняли Y и Z". A delegation with no name of its own
is then the meeting's side through its leader: the person named right after a leader phrase
("во главе с"), past the leader's post, that follows a delegation noun, in the same
sentence or in the two before. The phrase is read from the words, not the tree, since the
parser often hangs "во главе с X" on the wrong noun.
"""

from __future__ import annotations

from collections.abc import Sequence

from concord.analysis import AnalysedDocument
from concord.claim import Mention
from concord.extract.sentence_view import SentenceView, named_before, sentence_holding

_CLAUSE_BREAKS = frozenset({"VERB", "AUX"})
# "представителем Министерства промышленности и торговли Великобритании": a leader's post
_POST_WORDS = frozenset({"NOUN", "ADJ", "PROPN", "CCONJ"})
_POST_LENGTH = 8  # how far a post may reach back


def leaders_after(
    view: SentenceView,
    index: int,
    leader_phrases: Sequence[tuple[str, ...]],
    companion_prepositions: frozenset[str],
) -> list[Mention]:
    """The people named after a leader phrase that follows the word at `index` before the
    next verb, up to that verb or the next "с" ("делегация во главе с X встретилась")."""
    texts = [token.text.lower() for token in view.tokens]
    for start in range(index + 1, len(texts)):
        if view.tokens[start].pos in _CLAUSE_BREAKS:
            return []
        phrase = next(
            (p for p in leader_phrases if tuple(texts[start : start + len(p)]) == p), None
        )
        if phrase is None:
            continue
        end = next(
            (i for i in range(start + len(phrase), len(texts))
             if view.tokens[i].pos in _CLAUSE_BREAKS or texts[i] in companion_prepositions),
            len(texts),
        )  # fmt: skip
        return view.mentions_in(range(start + len(phrase), end), {"PER"})
    return []


def led_delegation(
    document: AnalysedDocument,
    mention: Mention,
    leader_phrases: Sequence[tuple[str, ...]],
    delegation_nouns: frozenset[str],
) -> bool:
    """Whether the person is named right after "во главе с" (past a post: "губернатором"),
    with a delegation noun before that phrase in the sentence."""
    sentence = sentence_holding(document, mention.start)
    if sentence is None:
        return False
    indices = sentence.token_indices(mention.start, mention.end)
    if not indices:
        return False
    tokens = sentence.tokens
    position = indices[0] - 1
    while (
        position >= 0
        and indices[0] - position <= _POST_LENGTH
        and tokens[position].pos in _POST_WORDS
    ):
        position -= 1
    texts = [token.text.lower() for token in tokens[: position + 1]]
    for phrase in leader_phrases:
        if tuple(texts[-len(phrase) :]) == phrase:
            before = tokens[: position + 1 - len(phrase)]
            return any(token.lemma in delegation_nouns for token in before)
    return False


def leader_named_before(
    view: SentenceView,
    offset: int,
    sentences_back: int,
    leader_phrases: Sequence[tuple[str, ...]],
    delegation_nouns: frozenset[str],
) -> list[Mention]:
    """The last person named before `offset` as a delegation's leader, or nobody."""
    for mention in reversed(named_before(view.document, offset, {"PER"}, sentences_back)):
        if led_delegation(view.document, mention, leader_phrases, delegation_nouns):
            return [mention]
    return []


def unnamed_delegation(view: SentenceView, index: int, delegation_nouns: frozenset[str]) -> bool:
    """A delegation noun with no person named in its own phrase."""
    return view.tokens[index].lemma in delegation_nouns and not any(
        m.type == "PER" for m in view.mentions_in(view.subtree(index))
    )
