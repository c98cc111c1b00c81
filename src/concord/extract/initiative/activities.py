"""Activities: a verb of doing started by a start word ("пограничники начали
патрулировать границу") claims its activity noun, and an activity held from a date on
("с 1 января Минфин проведет эксперимент") is started by the verb that holds it.
"""

from __future__ import annotations

from concord.claim import Argument, Claim, Modality
from concord.extract.initiative.background import in_background
from concord.extract.initiative.modality import intended
from concord.extract.initiative.projects import service_system
from concord.extract.initiative.runners import runner_arguments
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def _activity_noun(lemma: str, words: InitiativeWords) -> str | None:
    """The project noun a verb of doing names ("патрулировать" → "патрулирование"): the
    verb's stem with the noun ending of its kind, when that noun is a listed activity."""
    for verb_ending, noun_ending in words.activity_derivations:
        if lemma.endswith(verb_ending):
            noun = lemma[: -len(verb_ending)] + noun_ending
            return noun if noun in words.project_nouns else None
    return None


def started_activities(view: SentenceView, words: InitiativeWords) -> list[Claim]:
    """ "пограничники начали патрулировать границу": an activity of a project noun told by
    its verb, started by a start word ("начали", "приступили"), is that project started;
    its subject runs it."""
    claims = []
    for index, token in enumerate(view.tokens):
        start = token.head
        if (
            token.pos != "VERB"
            or token.relation != "xcomp"
            or not 0 <= start < len(view.tokens)
            or view.tokens[start].lemma not in words.start_words
        ):
            continue
        noun = _activity_noun(token.lemma, words)
        if noun is None or in_background(view, start, words):
            continue
        arguments = [
            Argument("kind", noun, view.text_span(view.tokens[index].start, view.tokens[index].end))
        ]
        subjects = view.subjects(start)
        subject_parts = [i for c in subjects for i in view.subtree(c)]
        runners = view.mentions_in(subject_parts, set(words.runner_types))
        runners.extend(
            m
            for m in view.mentions_in(subject_parts, set(words.subject_runner_types))
            if m not in runners
        )
        arguments.extend(runner_arguments(view, runners, words))
        modality = view.modality(start)
        if modality == Modality.FACT and intended(view, start, words):
            modality = Modality.PLANNED
        claims.append(view.claim("initiative", arguments, modality))
    return claims


def held_since(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "с 1 января Минфин проведет эксперимент": an activity held from a date on is
    started by the verb that holds it (a holding verb alone, "провели эксперимент", is a
    one-off); a service "будет действовать с 2013 года" is started by working from it."""
    head = view.tokens[index].head
    token = view.tokens[index]
    if not 0 <= head < len(view.tokens) or not any(date.relation == "since" for date in view.dates):
        return None
    service = token.lemma in words.service_nouns or service_system(view, index, words)
    if service and (
        view.tokens[head].lemma in words.holding_verbs
        or (view.tokens[head].lemma in words.operating_verbs and token.relation.startswith("nsubj"))
    ):
        return head
    return None
