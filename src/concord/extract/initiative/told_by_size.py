"""A facility told by what it will cost or hold (initiative73): "Ледовая арена обойдётся в
900 млн рублей", "Космодром будет стоить 25 млрд рублей", "Новая поликлиника рассчитана на
200 посещений в смену", "Новая школа вместит 1100 учеников". Regional news often give a
project only through such a figure, and the sentence is then read as a figure alone. A
cost to come or paid once is a project's; a cost in the present ("стадион обходится
городу дорого") is upkeep. A capacity is a project's only for a facility called new: an
old hall "рассчитан на 70 мест" is described, not launched."""

from __future__ import annotations

from concord.extract.initiative.costs import costs_a_sum
from concord.extract.initiative.reading import called_new
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def facility_told_by_size(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The verb of cost or capacity whose subject is the facility noun, when it tells a
    project (see the module); none otherwise."""
    subject = sized_part(view, index, words)
    token = view.tokens[subject]
    verb = token.head
    if not (token.relation.startswith("nsubj") and 0 <= verb < len(view.tokens)):
        return None
    if not _a_facility(view, index, words):
        return None
    if costs_a_sum(view, verb, words) and _cost_to_come_or_paid(view, verb, words):
        return verb
    if _holds_a_number(view, verb, words) and called_new(view, subject, words):
        return verb
    return None


def sized_part(view: SentenceView, index: int, words: InitiativeWords) -> int:
    """ "Новый корпус родильного дома рассчитан на 130 коек", "вторая очередь завода
    обойдётся в 5 млрд": a building or phase of the facility (its bare genitive) is what is
    sized, and the facility is launched through it as through "открыли новый корпус
    больницы" (initiative111); otherwise the facility is its own subject."""
    holder = view.tokens[index].head
    if (
        view.bare_genitive(index)
        and 0 <= holder < len(view.tokens)
        and view.tokens[holder].lemma in words.sized_part_nouns
    ):
        return holder
    return index


def _a_facility(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A thing built, not a work ("строительство центра обошлось в …" is initiative63's
    work told by its cost, with the centre as its kind) nor a programme or project in
    general ("программа обошлась государству в 300 млрд" tells what a policy cost)."""
    lemma = view.tokens[index].lemma
    return not (
        lemma in words.launch_words
        or lemma in words.generic_project_nouns
        or lemma in words.costed_policy_nouns
    )


def _cost_to_come_or_paid(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """ "обойдётся", "обошлась", "будет стоить": a future tense or a perfective verb;
    not "обходится", "стоит" (what a thing costs to keep)."""
    feats = view.tokens[verb].feats
    if feats.get("Tense") == "Fut" or feats.get("Aspect") == "Perf":
        return True
    return any(
        view.tokens[c].relation == "aux" and view.tokens[c].feats.get("Tense") == "Fut"
        for c in view.children(verb)
    )


def _holds_a_number(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """A capacity verb with a counted complement: "рассчитана на 200 посещений",
    "вместит 1100 учеников"."""
    if view.tokens[verb].lemma not in words.capacity_verbs:
        return False
    for child in view.children(verb):
        if view.tokens[child].relation.startswith("nsubj"):
            continue
        preposition = view.preposition(child)
        if preposition and preposition not in words.capacity_prepositions:
            continue
        if any(
            view.tokens[i].pos == "NUM" or view.tokens[i].text[:1].isdigit()
            for i in view.subtree(child)
        ):
            return True
    return False

