"""Troop movements: withdrawing, bringing in or redeploying troops is an undertaking.

docs/notes/gold.md counts "a withdrawal of troops" beside a seat moved. Three wordings
carry one:

* a verb of moving with the troops as its object ("Канада выведет войска из Латвии",
  "будут выведены две дивизии");
* troops that move themselves somewhere ("войска вернулись в пункты дислокации");
* the moving noun with the troops in the genitive ("вывод российских войск из Сирии").

The kind is the moving noun with the troops ("вывод войск"); the runner is who moves them
(the verb's subject, the governing verb's subject for the noun) or whose troops they are
("войска НАТО", "российских войск"); the place is the first one named around the movement.
Money, goods or eyes moved ("вывод средств", "вывод на рынок", "отвести глаза") hold no
troops and stay silent, as do troops that only are somewhere. A movement talked over,
demanded, or set as the time of something else is no claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from concord.claim import Argument, Claim, Modality, Span
from concord.extract.initiative.reading import PLACE_TYPES, controlling_subjects, governors
from concord.extract.sentence_view import SentenceView, named_before
from concord.knowledge.morphology import genitive
from concord.nlp.places import place_of_adjective

if TYPE_CHECKING:
    from concord.extract.initiative.words import InitiativeWords

_REACH = 3  # how many heads up an ordering, deciding or talking word may govern the move
_NOT_PREDICATES = frozenset({"amod", "acl"})  # "отведённые войска": troops described
_OBJECT_RELATIONS = frozenset({"obj", "nsubj:pass"})  # "вывели войска", "выведены войска"
_ORDERED_RELATIONS = frozenset({"csubj:pass"})  # "войскам приказано отойти"


def troop_movements(view: SentenceView, words: InitiativeWords) -> list[Claim]:
    """Every movement of troops the sentence reports, one per kind."""
    if not view.lemmas & words.troop_movement_lemmas:
        return []  # most sentences name no moving word at all
    claims: list[Claim] = []
    kinds: set[str] = set()
    for index, token in enumerate(view.tokens):
        claim = None
        if token.pos == "VERB" and token.relation not in _NOT_PREDICATES:
            if token.lemma in words.troop_moving_verbs:
                claim = _troops_moved(view, index, words)
            elif token.lemma in words.troop_going_verbs:
                claim = _troops_going(view, index, words)
            elif token.lemma in words.troop_leaving_verbs:
                claim = _troops_leaving(view, index, words)
        elif token.pos == "NOUN" and token.lemma in words.troop_moving_nouns:
            claim = _moving_noun(view, index, words)
        if claim is not None and not set(claim.values("kind")) & kinds:
            kinds.update(claim.values("kind"))
            claims.append(claim)
    return claims


def _troops_moved(view: SentenceView, verb: int, words: InitiativeWords) -> Claim | None:
    """ "Минобороны перебросит в регион две бригады": the object is troops, the subject
    moves them."""
    troops = next(
        (c for c in view.children(verb) if _moved_object(view, c) and _troops(view, c, words)),
        None,
    )
    if troops is None or _stationed(view, verb, words):
        return None
    noun = words.troop_moving_verbs[view.tokens[verb].lemma]
    subjects = [s for s in controlling_subjects(view, verb, words, _REACH) if s != troops]
    return _claim(view, verb, verb, noun, troops, subjects, words)


def _troops_going(view: SentenceView, verb: int, words: InitiativeWords) -> Claim | None:
    """ "Войска вернулись в пункты постоянной дислокации": troops moving themselves, with
    where to or where from ("вернуться к переговорам" names no such place)."""
    troops = next((s for s in _going_troops(view, verb, words) if _troops(view, s, words)), None)
    if troops is None or not any(
        view.preposition(c) in words.troop_way_prepositions
        and view.tokens[c].relation in {"obl", "advmod"}
        for c in view.children(verb)
    ):
        return None
    noun = words.troop_going_verbs[view.tokens[verb].lemma]
    return _claim(view, verb, verb, noun, troops, [], words)


def _troops_leaving(view: SentenceView, verb: int, words: InitiativeWords) -> Claim | None:
    """ "Большая часть военнослужащих покинула территорию у границы": troops leaving a
    place told as the verb's object (who leaves a post or a meeting is no troops)."""
    troops = next((s for s in _going_troops(view, verb, words) if _troops(view, s, words)), None)
    if troops is None or not any(
        view.tokens[c].relation == "obj" and c != troops for c in view.children(verb)
    ):
        return None
    noun = words.troop_leaving_verbs[view.tokens[verb].lemma]
    return _claim(view, verb, verb, noun, troops, [], words)


def _going_troops(view: SentenceView, verb: int, words: InitiativeWords) -> list[int]:
    """Who goes: the verb's subjects, or those of the verbs it completes ("войска начнут
    возвращаться"), or whom an order above it is given to, in the dative ("приказал
    подразделениям вернуться", "войскам приказано отойти")."""
    current = verb
    for _ in range(_REACH):
        found = list(view.subjects(current))
        if view.tokens[current].lemma in words.order_words:
            found.extend(
                c
                for c in view.children(current)
                if view.tokens[c].feats.get("Case") == "Dat" and not view.preposition(c)
            )
        head = view.tokens[current].head
        if not found and 0 <= head < len(view.tokens) and _ordered_by_noun(view, current, words):
            return list(view.subjects(view.tokens[head].head))  # "получили приказ вернуться"
        if (
            found
            or view.tokens[current].relation not in words.controlled_relations | _ORDERED_RELATIONS
            or not 0 <= head < len(view.tokens)
        ):
            return found
        current = head
    return []


def _ordered_by_noun(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """ "Части получили приказ вернуться в пункты дислокации": the infinitive hangs on an
    order noun, and who goes is whom the order reached, the subject of the order's verb."""
    head = view.tokens[verb].head
    order = view.tokens[head]
    return (
        view.tokens[verb].feats.get("VerbForm") == "Inf"
        and order.pos == "NOUN"
        and order.lemma in words.order_words
        and 0 <= order.head < len(view.tokens)
        and view.tokens[order.head].pos == "VERB"
    )


def _moving_noun(view: SentenceView, noun: int, words: InitiativeWords) -> Claim | None:
    """ "вывод российских войск из Сирии": the troops in the genitive; who moves them is
    the subject of the verb the noun hangs on ("Россия начала вывод войск")."""
    troops = next(
        (
            c
            for c in view.children(noun)
            if view.tokens[c].relation == "nmod"
            and view.tokens[c].feats.get("Case") == "Gen"
            and not view.preposition(c)
            and _troops(view, c, words)
        ),
        None,
    )
    if troops is None or view.preposition(noun) in words.background_prepositions:
        return None  # "после вывода войск": a time for something else
    head = view.tokens[noun].head
    verb = head if 0 <= head < len(view.tokens) else noun
    if view.tokens[noun].relation.startswith("nsubj") and (
        view.tokens[verb].lemma not in words.happening_verbs
    ):
        return None  # "вывод войск займёт время": the subject of another predicate
    subjects = [  # "начался вывод войск": the noun itself is no mover
        s
        for s in (
            controlling_subjects(view, verb, words, _REACH)
            if view.tokens[verb].pos == "VERB"
            else []
        )
        if s != noun
    ]
    return _claim(view, noun, verb, view.tokens[noun].lemma, troops, subjects, words)


def _stationed(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """ "В регионе размещены две дивизии": a bare passive participle of placing tells where
    troops are, no movement ("будут размещены" still moves them)."""
    token = view.tokens[verb]
    return (
        token.lemma in words.troop_stationing_verbs
        and token.feats.get("VerbForm") == "Part"
        and not any(view.tokens[c].relation.startswith("aux") for c in view.children(verb))
    )


def _moved_object(view: SentenceView, index: int) -> bool:
    """The verb's object: an accusative, or the subject of a passive ("выведены войска")."""
    token = view.tokens[index]
    if token.relation in _OBJECT_RELATIONS:
        return True
    return (
        token.relation == "obl"
        and token.feats.get("Case") == "Acc"
        and (not view.preposition(index))
    )  # "перебросит в регион две бригады" may hang the object as an oblique


def _troops(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """Troops by their noun ("войска", "бригада"), one that names troops only with its
    modifier ("воинская часть", "вооружённые силы"), or a group or share of troops
    ("группировка войск", "часть контингента")."""
    lemma = view.tokens[index].lemma
    if lemma in words.troop_nouns:
        return True
    modifiers = words.qualified_troop_nouns.get(lemma)
    if modifiers and any(
        view.tokens[c].relation == "amod" and view.tokens[c].lemma in modifiers
        for c in view.children(index)
    ):
        return True
    return lemma in words.troop_group_nouns and any(
        view.tokens[c].relation == "nmod"
        and not view.preposition(c)
        and view.tokens[c].lemma in words.troop_nouns
        for c in view.children(index)
    )


def _claim(
    view: SentenceView,
    mover: int,
    verb: int,
    noun: str,
    troops: int,
    subjects: list[int],
    words: InitiativeWords,
) -> Claim | None:
    """The claim: the kind from the moving noun and the troops, the runners, the place
    and the modality; none under a word of talk or of demand."""
    chain = [mover, *governors(view, mover, _REACH)]
    excluded = words.talk_verbs | words.talk_nouns | words.demand_verbs | words.demand_nouns
    if any(view.tokens[i].lemma in excluded for i in chain):
        return None
    troops_token = view.tokens[_counted_troops(view, troops, words)]
    number = "plur" if troops_token.feats.get("Number") == "Plur" else "sing"
    kind = f"{noun} {genitive(troops_token.text, number)}"
    span = view.span_of(sorted({mover, troops}))
    arguments = [Argument("kind", kind, span)]
    subject_words = [i for s in subjects for i in view.subtree(s)]
    own_words = [i for i in view.subtree(troops) if not view.preposition(i) or i == troops]
    runners = [
        m
        for m in view.mentions_in(
            subject_words, set(words.subject_runner_types) | set(words.runner_types)
        )
    ]
    runners.extend(
        m
        for m in view.mentions_in(own_words, set(words.runner_types) | PLACE_TYPES)
        if m not in runners
    )
    arguments.extend(view.entity_argument("organisations", m) for m in runners)
    if not runners:
        arguments.extend(_owner_by_adjective(view, troops))
    places = [
        m
        for m in view.mentions_in(
            [i for i in view.subtree(mover) if i not in subject_words and i not in own_words],
            PLACE_TYPES,
        )
        if m not in runners
    ]
    if places:
        arguments.append(view.entity_argument("location", places[0]))
    return view.claim("initiative", arguments, _modality(view, mover, chain, words))


def _counted_troops(view: SentenceView, troops: int, words: InitiativeWords) -> int:
    """ "60 процентов войск", "десятки солдат": the troops a share or a count is of name
    the kind; other troop nouns name it themselves."""
    if view.tokens[troops].lemma not in words.troop_group_nouns:
        return troops
    return next(
        (
            c
            for c in view.children(troops)
            if view.tokens[c].relation == "nmod" and view.tokens[c].lemma in words.troop_nouns
        ),
        troops,
    )


def _owner_by_adjective(view: SentenceView, troops: int) -> list[Argument]:
    """ "российских войск": the country the adjective is made from, as the report named it
    before, or by its own name."""
    for child in view.children(troops):
        token = view.tokens[child]
        place = place_of_adjective(token.lemma) if token.relation == "amod" else None
        if place is None:
            continue
        for mention in reversed(named_before(view.document, token.start, PLACE_TYPES, 10)):
            if mention.normal.lower() == place.lower():
                return [view.entity_argument("organisations", mention)]
        name = " ".join(word.capitalize() for word in place.split())
        return [Argument("organisations", name, Span(token.start, token.end, token.text))]
    return []


def _modality(view: SentenceView, mover: int, chain: list[int], words: InitiativeWords) -> Modality:
    """Planned when ordered, decided or approved ("отдал приказ отвести войска") as for
    other launches; otherwise as the predicate says."""
    modality = view.modality(mover)
    if modality == Modality.FACT and any(
        view.tokens[i].lemma
        in words.intention_verbs | words.decision_nouns | words.plan_nouns | words.order_words
        for i in chain
    ):
        return Modality.PLANNED
    return modality
