"""A question about a launch that is being worked out or was settled.

"Вопрос о строительстве моста" is talk when it is raised or discussed ("подняли вопрос о
строительстве"), and `talk_nouns` drops such launches. When the question is worked out
("прорабатывают вопрос о строительстве четвертого моста", "прорабатывается вопрос открытия
авиамаршрутов") or settled ("решили вопрос о строительстве детсада"), the authorities prepare
the work itself: the pool gold marks the project planned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concord.extract.initiative.words import InitiativeWords
    from concord.extract.sentence_view import SentenceView


def worked_question(view: SentenceView, noun: int, words: InitiativeWords) -> bool:
    """The token is a question noun whose verb works it out or settles it."""
    if view.tokens[noun].lemma not in words.worked_question_nouns:
        return False
    verb = view.tokens[noun].head
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].pos not in {"VERB", "AUX"}:
        return False
    # "пообещал решить вопрос о строительстве": only a promise, left to the other rules
    if view.tokens[verb].feats.get("VerbForm") == "Inf":
        return False
    return view.tokens[verb].lemma in words.working_out_verbs


def under_worked_question(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """The launch hangs, through nouns only, under a worked-out question: it is planned even
    when the verb is a present ("прорабатывают вопрос о строительстве") or a past
    ("решили вопрос о строительстве")."""
    current, seen = launcher, {launcher}
    while True:
        head = view.tokens[current].head
        if not 0 <= head < len(view.tokens) or head in seen:
            return False
        if view.tokens[head].pos in {"VERB", "AUX"}:
            return False
        if worked_question(view, head, words):
            return True
        seen.add(head)
        current = head
