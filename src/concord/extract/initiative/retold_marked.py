"""A sentence that says it tells a project again.

Announcements and reported speech come back to a project already told and say so:
"Напомним, компания построит завод по производству …", "Власти ещё раз пообещали построить
школу", "Как сообщалось, в посёлке откроют …". The return often describes the project
otherwise (what the plant will make, "современная" school) and names another teller as its
subject (the speaker's body, "власти"), so the comparison of descriptions and runners sees
a second project. The marker itself tells the reader it is the one told before: a project
of the same noun, in the same state and at no other place, is restated.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Claim
from concord.extract.sentence_view import sentence_holding

if TYPE_CHECKING:
    from concord.extract.initiative.words import InitiativeWords

_PUNCT = "PUNCT"


def marked_as_retold(analysed: AnalysedDocument, claim: Claim, words: InitiativeWords) -> bool:
    """Whether the claim's sentence opens with a retelling marker ("Напомним, …", "Как
    сообщалось, …") or its words say "ещё раз"."""
    sentence = sentence_holding(analysed, claim.evidence.start)
    if sentence is None:
        return False
    return _opens_with_marker(sentence, words) or _once_more(sentence, words)


def _opens_with_marker(sentence: Sentence, words: InitiativeWords) -> bool:
    """The sentence opens with a marker, maybe after a leading word ("Как сообщалось",
    "Как уже сообщалось"), set off by a comma or a colon: the writer's remark. A marker
    after a subject ("Губернатор напомнил, что завод …") tells what someone reminded of,
    maybe another project, and is no retelling by the writer."""
    for token in sentence.tokens:
        if token.lemma in words.retelling_openers:
            return _set_off(sentence, token.end)
        if token.pos == _PUNCT or token.lemma not in words.retelling_leads:
            return False
    return False


def _set_off(sentence: Sentence, end: int) -> bool:
    """The marker is followed by a comma or a colon: "Напомним, …", "Напомним: …"."""
    rest = sentence.text[end - sentence.start :].lstrip()
    return rest[:1] in {",", ":"}


def _once_more(sentence: Sentence, words: InitiativeWords) -> bool:
    """ "ещё раз" / "еще раз" written as two words in a row."""
    tokens = sentence.tokens
    return any(
        first.lemma in words.repeat_adverbs and second.lemma in words.repeat_nouns
        for first, second in pairwise(tokens)
    )
