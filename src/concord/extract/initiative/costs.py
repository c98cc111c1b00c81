"""A project told by its cost (initiative63): "Реконструкция аэропорта обойдётся в
6,7 млрд рублей", "строительство бассейна обошлось городу в 300 млн", "Новый аэровокзал
обойдётся в 4,5 млрд". Business and regional news name a work or a new facility as the
subject of a verb of cost; the sum is the news of the project, not something else said of
a launch, as "Открытие парка не обошлось без происшествий" is."""

from __future__ import annotations

from concord.extract.initiative.reading import called_new
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def costs_a_sum(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb is a verb of cost, not negated, taking a sum of money ("в 6,7 млрд
    рублей", "стоить 25 млрд"); "обошлось без пострадавших" takes none."""
    if view.tokens[verb].lemma not in words.cost_verbs:
        return False
    children = view.children(verb)
    if any(view.tokens[c].lemma in words.negations for c in children):
        return False
    for child in children:
        if view.tokens[child].relation.startswith("nsubj"):
            continue
        preposition = view.preposition(child)
        if preposition and preposition not in words.cost_prepositions:
            continue  # "обошлось без пострадавших"
        subtree = view.subtree(child)
        if any(view.tokens[i].lemma.lower() in words.sum_words for i in subtree) and any(
            view.tokens[i].pos == "NUM" or view.tokens[i].text[:1].isdigit() for i in subtree
        ):
            return True
    return False


def told_by_its_cost(view: SentenceView, top: int, words: InitiativeWords) -> bool:
    """The launching noun is the subject of a verb of cost with a sum: "Строительство моста
    обойдётся в 4 млрд рублей" tells the work itself."""
    token = view.tokens[top]
    head = token.head
    return (
        token.relation.startswith("nsubj")
        and 0 <= head < len(view.tokens)
        and costs_a_sum(view, head, words)
    )


def new_thing_costing(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The verb of cost launching a facility called new that is its subject: "Новый
    аэровокзал обойдётся в 4,5 млрд рублей"; an old one costing ("аэровокзал обходится
    дорого") is upkeep, no project."""
    token = view.tokens[index]
    head = token.head
    if not (token.relation.startswith("nsubj") and 0 <= head < len(view.tokens)):
        return None
    return head if called_new(view, index, words) and costs_a_sum(view, head, words) else None
