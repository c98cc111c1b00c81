"""A work told with its facility only as the place ("в медпункте идёт капремонт",
"ремонтные работы идут в библиотеке", "в здании детского сада ведутся работы").

A work noun under way whose thing is not in its genitive is done on the facility the
sentence names as its place: the facility is the project, the work noun launches it. The
work must have no thing of its own ("в школе идёт ремонт спортзала" is the gym's) and a
general "работа" must be told as building work ("ремонтные работы"): "в школе идёт работа"
is the school's ordinary work.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def work_in_facility(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The work noun done in the facility the word names, if it names the place of a work
    under way or ending; the facility may stand in the genitive of a building word ("в
    здании детского сада")."""
    place = _place_holder(view, index, words)
    token = view.tokens[place]
    if token.relation != "obl" or view.preposition(place) not in words.work_place_prepositions:
        return None
    verb = token.head
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].lemma not in words.work_place_verbs:
        return None
    return next((w for w in _subjects(view, verb) if _work_of_no_thing(view, w, words)), None)


def _subjects(view: SentenceView, verb: int) -> list[int]:
    """The verb's subjects, and a bare nominative the parser hung as an oblique ("в
    медпункте идёт капремонт" parsed with "капремонт" as obl)."""
    return [
        child
        for child in view.children(verb)
        if view.tokens[child].relation.startswith("nsubj")
        or (
            view.tokens[child].relation == "obl"
            and not view.preposition(child)
            and view.tokens[child].feats.get("Case") == "Nom"
        )
    ]


def _place_holder(view: SentenceView, index: int, words: InitiativeWords) -> int:
    """The building word holding the facility in its bare genitive, or the facility."""
    token = view.tokens[index]
    head = token.head
    if (
        token.relation == "nmod"
        and not view.preposition(index)
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.structure_nouns
    ):
        return head
    return index


def _work_of_no_thing(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A work noun with no genitive or prepositional thing of its own; "работа" only told
    as building work by its adjective."""
    token = view.tokens[index]
    if token.pos != "NOUN" or token.lemma not in words.bare_work_nouns:
        return False
    children = view.children(index)
    if token.lemma in words.runner_needed_launchers and not building_work(view, index, words):
        return False
    return not any(view.tokens[c].relation == "nmod" for c in children)


def building_work(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "ремонтные работы", "строительные работы": a work told as work on a building."""
    return any(
        view.tokens[c].relation == "amod" and view.tokens[c].lemma in words.building_work_modifiers
        for c in view.children(index)
    )
