"""A listed facility told by a verb of being (initiative84): "В городе будет новый парк",
"Здесь будет школа на 600 мест", "пообещал, что в области будет новый аэропорт", "Теперь
у посёлка есть собственная котельная". Regional news tell a coming or a new facility this
way as often as with a launching verb, and Concord read such sentences as empty.

The verb of being says only that a thing is somewhere, so the reading is gated tightly:
the facility is the existential verb's subject (the parser also hangs it on the place,
with "будет" as that place's copula: "в области будет аэропорт"); the sentence places it
in a settlement or "здесь" (not inside another facility: "в школе будут два бассейна",
"в новом здании будет водопровод" tell parts of a building); and a sign says it is new
there: called new, own or a further one, counted, or given a capacity. "будет" tells a
facility to come (planned); "есть" and "имеется" only with "теперь" or "наконец" tell one
that has come (fact: "в городе есть школа" describes). A copula predicate about something
else ("это будет новый этап", "школа будет закрыта") has no facility as the subject of
being and stays silent."""

from __future__ import annotations

from concord.extract.initiative.planned_facilities import listed_facility
from concord.extract.initiative.projects import counted_facility
from concord.extract.initiative.reading import called_new, names_settlement
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def facility_by_being(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The verb of being that tells the facility noun as a project (see the module);
    none otherwise."""
    first = view.list_head(index)  # "будут школа и детский сад": the list's role
    token = view.tokens[first]
    if not token.relation.startswith("nsubj") or token.pos not in {"NOUN", "PROPN"}:
        return None
    if not (listed_facility(token.lemma, words) and listed_facility(view.tokens[index].lemma, words)):
        return None
    if words.body(token.lemma) or token.lemma in words.generic_project_nouns:
        return None
    found = _being_and_place(view, token.head, words)
    if found is None:
        return None
    verb, place = found
    if _denied(view, {verb, token.head}, first, words):
        return None  # "в посёлке не будет школы": a facility denied
    if any(view.tokens[i].lemma in words.wish_particles for i in view.subtree(verb) if i < verb):
        return None  # "пусть тут будет свой аэропорт": a wish, whoever voices it
    lemma = view.tokens[verb].lemma
    if lemma in words.present_being_verbs:
        if not _now(view, {verb, token.head}, words):
            return None  # "в городе есть школа": what stands is described
    elif view.tokens[verb].feats.get("Tense") != "Fut":
        return None  # "здесь была школа": what stood
    if place is None and not _now(view, {verb, token.head}, words):
        return None
    if not _new_there(view, index, words) and not _new_there(view, first, words):
        return None
    return verb


def _being_and_place(
    view: SentenceView, head: int, words: InitiativeWords
) -> tuple[int, int | None] | None:
    """The verb of being over the subject and the place it names: the head itself is the
    verb ("в городе будет парк") or a place whose copula is the verb ("в области будет
    аэропорт", "Здесь будет школа" as the parser reads them)."""
    if not 0 <= head < len(view.tokens):
        return None
    token = view.tokens[head]
    if token.lemma in words.being_verbs and token.pos in {"VERB", "AUX"}:
        places = [c for c in view.children(head) if _a_place(view, c, words)]
        above = token.head  # "в области будет аэропорт": the verb read as the place's copula
        if token.relation == "cop" and 0 <= above < len(view.tokens) and _a_place(
            view, above, words, as_head=True
        ):
            places.append(above)
        if any(_inside_facility(view, c, words) for c in view.children(head)):
            return None
        return head, (places[0] if places else None)
    copulas = [
        c
        for c in view.children(head)
        if view.tokens[c].relation == "cop" and view.tokens[c].lemma in words.being_verbs
    ]
    if not copulas or not _a_place(view, head, words, as_head=True):
        return None
    return copulas[0], head


def _a_place(view: SentenceView, index: int, words: InitiativeWords, as_head: bool = False) -> bool:
    """A settlement or named place after "в"/"у"/"на" ("в городе", "у посёлка"), or "здесь"."""
    token = view.tokens[index]
    if not as_head and token.relation not in {"obl", "advmod"}:
        return False
    if token.lemma in words.place_adverbs:
        return True
    preposition = view.preposition(index)
    return (
        preposition in words.place_prepositions | {"у"}
        and names_settlement(view, index, words)
    )


def _inside_facility(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "в школе будут два бассейна", "в новом здании будет водопровод": the place is a
    building or facility, so what it will have is a part of it."""
    token = view.tokens[index]
    return (
        token.relation == "obl"
        and token.pos == "NOUN"
        and view.preposition(index) in words.place_prepositions
        and not names_settlement(view, index, words)
        and (token.lemma in words.project_nouns or token.lemma in words.structure_nouns)
    )


def _denied(view: SentenceView, heads: set[int], subject: int, words: InitiativeWords) -> bool:
    """A negation before the subject in the clause of being; the parser may hang "не" on
    the place ("в посёлке не будет школы")."""
    return any(
        view.tokens[i].lemma in words.negations
        for head in heads
        if 0 <= head < len(view.tokens)
        for i in view.subtree(head)
        if i < subject
    )


def _now(view: SentenceView, heads: set[int], words: InitiativeWords) -> bool:
    """ "теперь", "наконец" on the verb or the place: the thing is there as a change."""
    return any(
        view.tokens[child].lemma in words.now_adverbs
        for head in heads
        if 0 <= head < len(view.tokens)
        for child in view.children(head)
    )


def _new_there(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """Called new, own or a further one, counted, or given a capacity ("на 600 мест")."""
    if called_new(view, index, words) or counted_facility(view, index, words):
        return True
    for child in view.children(index):
        lemma = view.tokens[child].lemma
        relation = view.tokens[child].relation
        if relation in {"amod", "det"} and lemma in (
            words.own_facility_modifiers | words.further_modifiers
        ):
            return True
        if (
            relation == "nmod"
            and view.preposition(child) == "на"
            and lemma in words.capacity_count_nouns
            and any(view.tokens[c].relation.startswith("nummod") for c in view.children(child))
        ):
            return True
    return False
