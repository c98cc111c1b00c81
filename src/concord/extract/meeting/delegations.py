"""Delegations and the people who lead them.

A delegation with no name of its own is a meeting's side through its leader: the person
named after a leader phrase ("делегация во главе с X"), past the leader's post, in this
sentence or the two before ("Делегацию приняли Y и Z"). A meeting noun followed by such
a phrase with two people ("переговоры делегаций во главе с X и Y") is their meeting, and
"Российскую делегацию возглавил X, украинскую — Y" beside talks names the two leaders.
The phrase is read from the words, not the tree, since the parser often hangs "во главе
с X" on the wrong noun.
"""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Mention
from concord.extract.meeting.reading import ANAPHORA_WINDOW, NATIONAL_SUFFIXES, Sides
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView, first_word_of, named_before

_CLAUSE_BREAKS = frozenset({"VERB", "AUX"})
_PASSIVE_AUXILIARY = "aux:pass"
# "представителем Министерства промышленности и торговли Великобритании": a leader's post
_POST_WORDS = frozenset({"NOUN", "ADJ", "PROPN", "CCONJ"})
_POST_LENGTH = 8  # how far a post may reach back


def delegation_leader(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """The leader of the unnamed delegation at `index`: named after a leader phrase right
    behind it, or as a delegation's leader in this sentence or the two before."""
    return leaders_after(view, index, words) or leader_named_before(
        view, view.tokens[index].start, words
    )


def received_delegation_leader(
    view: SentenceView, verb: int, words: MeetingWords
) -> list[Mention]:
    """ "Делегация области во главе с губернатором X прибыла в Минск. Делегацию приняли Y и
    Z": a received delegation with no name of its own stands for its leader."""
    for child in view.children(verb):
        token = view.tokens[child]
        if token.relation != "obj":
            continue
        if token.lemma in words.delegation_nouns and led_by_someone(view, child, words):
            # "принял делегацию Y во главе с X": the parser hangs X, and the phrase's "во",
            # on the delegation
            return leaders_after(view, child, words)
        if not view.preposition(child) and unnamed_delegation(view, child, words):
            return delegation_leader(view, child, words)
    return []


def leaders_of_companions(
    view: SentenceView, sides: Sides, words: MeetingWords
) -> list[Mention]:
    """ "встреча X с делегацией «Y» во главе с Z": the person named after a leader phrase
    that follows a companion delegation, up to the next verb, is that side."""
    found: list[Mention] = []
    for companion in sides.companions:
        if view.tokens[companion].lemma in words.delegation_nouns:
            found.extend(leaders_after(view, companion, words))
    return found


def led_by(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """ "переговоры делегаций во главе с X и Y": the people named after a leader phrase
    that follows a meeting noun, up to the next verb, lead its sides."""
    if view.tokens[index].pos not in {"NOUN", "PROPN"}:
        return []
    texts = _lowered(view)
    for phrase in words.leader_phrases:
        for start in range(index + 1, len(texts) - len(phrase) + 1):
            if tuple(texts[start : start + len(phrase)]) != phrase:
                continue
            end = next(
                (
                    i
                    for i in range(start + len(phrase), len(view.tokens))
                    if view.tokens[i].pos in _CLAUSE_BREAKS
                ),
                len(view.tokens),
            )
            found = view.mentions_in(range(start + len(phrase), end), {"PER"})
            return found if len(found) >= 2 else []
    return []


def led_by_someone(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """Whether a leader phrase follows the noun before the next verb: "во главе с Z"."""
    return _leader_phrase_after(view, index, words) is not None


def delegation_leaders(view: SentenceView, words: MeetingWords) -> tuple[int, list[Mention]]:
    """ "Российскую делегацию возглавил X, украинскую — Y": a lead verb whose object is a
    delegation noun, with two or more national adjectives in the noun's case in the
    sentence (the second delegation left to ellipsis), names the leaders: the people after
    the verb. One delegation ("делегацию возглавил X, в неё вошли Y и Z") names none."""
    for index, token in enumerate(view.tokens):
        if token.lemma not in words.lead_verbs:
            continue
        for child in view.children(index):
            noun = view.tokens[child]
            if noun.relation != "obj" or noun.lemma not in words.delegation_nouns:
                continue
            case = noun.feats.get("Case", "")
            nations = {
                t.lemma
                for t in view.tokens
                if t.pos == "ADJ"
                and t.lemma.endswith(NATIONAL_SUFFIXES)
                and t.feats.get("Case", "") == case
            }
            if len(nations) < 2:
                continue
            after = range(index + 1, len(view.tokens))
            return index, [
                m for m in view.mentions_in(after, {"PER"})
                if not view.preposition(view.token_indices(m.start, m.end)[0])
            ]  # fmt: skip
    return -1, []


def talks_beside(analysed: AnalysedDocument, position: int, words: MeetingWords) -> bool:
    """Whether the sentence, the one before or the one after names talks or a meeting."""
    nearby = analysed.sentences[max(0, position - 1) : position + 2]
    return any(t.lemma in words.strong_nouns for s in nearby for t in s.tokens)


def leaders_after(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """The people named after a leader phrase that follows the word at `index` before the
    next verb, up to that verb or the next "с" ("делегация во главе с X встретилась")."""
    found = _leader_phrase_after(view, index, words)
    if found is None:
        return []
    texts = _lowered(view)
    start, phrase = found
    end = next(
        (i for i in range(start + len(phrase), len(texts))
         if view.tokens[i].pos in _CLAUSE_BREAKS or texts[i] in words.companion_prepositions),
        len(texts),
    )  # fmt: skip
    return view.mentions_in(range(start + len(phrase), end), {"PER"})


def _leader_phrase_after(
    view: SentenceView, index: int, words: MeetingWords
) -> tuple[int, tuple[str, ...]] | None:
    """Where the first leader phrase after the word at `index` starts, and which phrase it
    is, when it comes before the next verb."""
    texts = _lowered(view)
    for start in range(index + 1, len(texts)):
        phrase = next(
            (p for p in words.leader_phrases if tuple(texts[start : start + len(p)]) == p), None
        )
        if phrase is not None:  # before the break: English "led by" opens with a verb
            return start, phrase
        token = view.tokens[start]
        if token.pos in _CLAUSE_BREAKS and token.relation != _PASSIVE_AUXILIARY:
            return None  # "the delegation was led by X": the passive's auxiliary is no break
    return None


def _lowered(view: SentenceView) -> list[str]:
    """The sentence's words in lower case: leader phrases are matched on the words."""
    return [token.text.lower() for token in view.tokens]


def led_delegation(document: AnalysedDocument, mention: Mention, words: MeetingWords) -> bool:
    """Whether the person is named right after "во главе с" (past a post: "губернатором"),
    with a delegation noun before that phrase in the sentence."""
    found = first_word_of(document, mention)
    if found is None:
        return False
    sentence, first = found
    tokens = sentence.tokens
    position = first - 1
    while (
        position >= 0
        and first - position <= _POST_LENGTH
        and tokens[position].pos in _POST_WORDS
    ):
        position -= 1
    texts = [token.text.lower() for token in tokens[: position + 1]]
    for phrase in words.leader_phrases:
        if tuple(texts[-len(phrase) :]) == phrase:
            before = tokens[: position + 1 - len(phrase)]
            return any(token.lemma in words.delegation_nouns for token in before)
    return False


def leader_named_before(view: SentenceView, offset: int, words: MeetingWords) -> list[Mention]:
    """The last person named before `offset` (in its sentence and the two before) as a
    delegation's leader, or nobody."""
    for mention in reversed(named_before(view.document, offset, {"PER"}, ANAPHORA_WINDOW)):
        if led_delegation(view.document, mention, words):
            return [mention]
    return []


def delegation_side(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """A delegation noun as a side stands for its leaders: named after its leader phrase
    ("a delegation of X led by Y met Z": Y, in a clause of its own), or, unnamed, as a
    delegation's leader before."""
    if view.tokens[index].lemma not in words.delegation_nouns:
        return []
    if led_by_someone(view, index, words):
        return leaders_after(view, index, words)
    return delegation_leader(view, index, words) if unnamed_delegation(view, index, words) else []


def unnamed_delegation(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """A delegation noun with no person named in its own phrase."""
    return view.tokens[index].lemma in words.delegation_nouns and not any(
        m.type == "PER" for m in view.mentions_in(view.subtree(index))
    )
