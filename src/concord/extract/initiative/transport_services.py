"""Transport services started (initiative66). Regional news tell a new bus or trolleybus
service in shapes no launching noun carries: the vehicles travel a route called new
("автобусы будут ездить по новому маршруту", "автобусы нового маршрута начнут
курсировать", "начало движения по новому маршруту"), a carrier's directions are started
("запустили шесть автобусных направлений"), the vehicles' run is organised ("организовано
движение пригородного автобуса") or the vehicles are started on routes ("запуск по
маршрутам автобусов"). The seen batches' gold counts each as a project.

A route only travelled ("автобус ходит по маршруту № 5"), late, shortened or cancelled, and
new vehicles put on an old route ("новые троллейбусы выйдут на маршрут") start no service:
the route must be called new, the run organised or started.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

# relations in which a start word takes what it starts: "запустили направления",
# "организовано движение", "запуск автобусов", "движение начнётся"
_STARTED_RELATIONS = frozenset({"obj", "nsubj:pass", "nmod", "nsubj"})


def transport_service_launch(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The word starting the transport service the noun names, or None: a new route
    travelled, a direction of a kind of transport started, the vehicles' run organised, or
    the vehicles started on a route."""
    lemma = view.tokens[index].lemma
    if lemma in words.route_nouns:
        return _new_route_travelled(view, index, words)
    if lemma in words.transport_direction_nouns:
        if _has_modifier(view, index, words.transport_kind_modifiers):
            return _start_word_taking(view, index, words)
        return None
    if lemma in words.vehicle_run_nouns:
        if any(view.tokens[c].lemma in words.route_vehicle_nouns for c in view.children(index)):
            return _start_word_taking(view, index, words)
        return None
    if lemma in words.route_vehicle_nouns and _sent_on_route(view, index, words):
        return _start_word_taking(view, index, words)
    return None


def _new_route_travelled(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "автобусы будут ездить по новому маршруту" (the verb of travel), "начало движения по
    новому маршруту" (the start of the run), "автобусы нового маршрута начнут курсировать"
    (the verb the vehicles are the subject of): a route called new, travelled."""
    if not _has_modifier(view, index, words.novelty_modifiers):
        return None
    token = view.tokens[index]
    head = token.head
    if not 0 <= head < len(view.tokens):
        return None
    governor = view.tokens[head]
    if view.preposition(index) in words.route_prepositions:
        if governor.lemma in words.route_travel_verbs:
            return head  # "будут ездить по новому маршруту"
        if governor.lemma in words.vehicle_run_nouns:
            return _start_word_taking(view, head, words)  # "Начало движения по …"
    elif view.preposition(index):
        return None
    if governor.lemma not in words.route_vehicle_nouns:
        return None
    # "автобусы нового маршрута начнут курсировать", "будут ездить автобусы по новому
    # маршруту" (the route read as the vehicles' own): the verb the vehicles travel by
    verb = governor.head
    if governor.relation != "nsubj" or not 0 <= verb < len(view.tokens):
        return None
    travelled = view.tokens[verb].lemma in words.route_travel_verbs or any(
        view.tokens[c].lemma in words.route_travel_verbs and view.tokens[c].relation == "xcomp"
        for c in view.children(verb)
    )
    return verb if travelled else None


def _start_word_taking(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The start word that takes the noun directly ("запустили направления", "организовано
    движение", "запуск автобусов"), or None."""
    token = view.tokens[index]
    head = token.head
    if not 0 <= head < len(view.tokens) or token.relation not in _STARTED_RELATIONS:
        return None
    if view.preposition(index):
        return None
    if view.tokens[head].lemma in words.start_words | words.service_organising_words:
        return head
    return None


def _sent_on_route(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "запуск по маршрутам автобусов", "пустят автобус до посёлка": the vehicles, or the
    word starting them, go along a route or to a destination."""
    head = view.tokens[index].head
    around = view.children(index) + (view.children(head) if 0 <= head < len(view.tokens) else [])
    return any(
        c != index
        and (
            (
                view.preposition(c) in words.route_prepositions
                and view.tokens[c].lemma in words.route_nouns
            )
            or view.preposition(c) in words.route_end_prepositions
        )
        for c in around
    )


def _has_modifier(view: SentenceView, index: int, modifiers: frozenset[str]) -> bool:
    """One of the noun's own adjectives is listed."""
    return any(
        view.tokens[c].relation == "amod" and view.tokens[c].lemma in modifiers
        for c in view.children(index)
    )
