"""Relocations: an organisation moving its seat is an undertaking, like an office opened.

docs/notes/gold.md counts a court's planned move to another city and a federation's
headquarters moved by its president as projects. Three wordings carry one:

* an institution that moves itself ("Верховный суд переедет в Петербург");
* a seat carried somewhere ("перенесла штаб-квартиру в Казань", "перенесёт производство
  из Москвы");
* the moving noun ("решение о переезде компании в Тверь").

Each needs where to or where from, so "перенесли заседание на вторник" (a time, no seat)
and "сотрудник переехал" (a person, no institution) stay silent; a move only mentioned as
a time ("до переезда суда …") or talked over is no claim either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.initiative.reading import PLACE_TYPES, controlling_subjects, governors
from concord.extract.sentence_view import SentenceView

if TYPE_CHECKING:
    from concord.extract.initiative.words import InitiativeWords

_REACH = 3  # how many heads up a deciding or talking word may govern the move from
# the subject of the one verb a move is the complement of ("суд решил переехать")
_CONTROL_REACH = 1


def relocations(view: SentenceView, words: InitiativeWords) -> list[Claim]:
    """Every move of an institution or of its seat the sentence reports."""
    claims = []
    for index, token in enumerate(view.tokens):
        claim = None
        if token.pos == "VERB" and token.lemma in words.moving_verbs:
            claim = _institution_moving(view, index, words)
        if claim is None and token.pos == "VERB" and token.lemma in words.carrying_verbs:
            claim = _seat_carried(view, index, words)  # "move" moves itself or its seat
        if claim is None and token.pos == "NOUN" and token.lemma in words.moving_nouns:
            claim = _moving_noun(view, index, words)
        if claim is not None:
            claims.append(claim)
    return claims


def _institution_moving(view: SentenceView, verb: int, words: InitiativeWords) -> Claim | None:
    """ "Суд переедет в Петербург": the subject is an institution, not a person."""
    subjects = controlling_subjects(view, verb, words, _CONTROL_REACH)
    movers = [s for s in subjects if _institution(view, s, words)]
    if not movers or not _destination(view, verb, movers, words):
        return None
    mover_words = [i for s in movers for i in view.subtree(s)]
    runners = view.mentions_in(mover_words, set(words.runner_types))
    kind = _mover_kind(view, words.relocation_kind, movers, runners)
    arguments = [Argument("kind", kind, view.span_of([verb]))]
    return _claim(view, verb, verb, arguments, runners, mover_words, words)


def _seat_carried(view: SentenceView, verb: int, words: InitiativeWords) -> Claim | None:
    """ "перенесла штаб-квартиру в Казань": the object is a seat, the subject moves it."""
    seat = next(
        (
            c
            for c in view.children(verb)
            if view.tokens[c].relation == "obj" and view.tokens[c].lemma in words.seat_nouns
        ),
        None,
    )
    if seat is None or not _destination(
        view, verb, controlling_subjects(view, verb, words, _CONTROL_REACH), words
    ):
        return None
    seat_words = _own_words(view, [seat])
    kind, span = view.phrase(seat_words)
    owner_words = [i for i in view.subtree(seat) if i not in seat_words]
    subject_words = [
        i for s in controlling_subjects(view, verb, words, _CONTROL_REACH) for i in view.subtree(s)
    ]
    runners = view.mentions_in(owner_words, set(words.runner_types))
    runners.extend(
        m
        for m in view.mentions_in(
            subject_words, set(words.subject_runner_types) | set(words.runner_types)
        )
        if m not in runners and m.type not in PLACE_TYPES
    )
    arguments = [Argument("kind", kind.lower(), span)]
    return _claim(view, verb, verb, arguments, runners, subject_words, words)


def _moving_noun(view: SentenceView, noun: int, words: InitiativeWords) -> Claim | None:
    """ "переезд суда в Петербург": the moving noun holds who or what moves in the
    genitive."""
    moved = [
        c
        for c in view.children(noun)
        if c > noun
        and view.tokens[c].relation == "nmod"
        and view.tokens[c].feats.get("Case") == "Gen"
        and not view.preposition(c)
        and (_institution(view, c, words) or view.tokens[c].lemma in words.seat_nouns)
    ]
    if not moved:
        return _prepared_move(view, noun, words)
    if not _destination(view, noun, [], words):
        return None
    if view.preposition(noun) in words.background_prepositions:
        return None  # "до переезда суда": a time for something else
    moved_words = [noun, *(i for c in moved for i in view.subtree(c))]
    kind, span = view.phrase([noun, *_own_words(view, moved)])
    runners = view.mentions_in(moved_words, set(words.runner_types))
    verb = view.tokens[noun].head if 0 <= view.tokens[noun].head < len(view.tokens) else noun
    subject_words = [
        i
        for s in (
            controlling_subjects(view, verb, words, _CONTROL_REACH)
            if view.tokens[verb].pos == "VERB"
            else []
        )
        for i in view.subtree(s)
    ]
    runners.extend(
        m for m in view.mentions_in(subject_words, set(words.runner_types)) if m not in runners
    )
    arguments = [Argument("kind", kind.lower(), span)]
    return _claim(view, noun, verb, arguments, runners, subject_words, words)


def _prepared_move(view: SentenceView, noun: int, words: InitiativeWords) -> Claim | None:
    """ "Суд готовится к переезду в Петербург", "компания начала подготовку к переезду":
    the institution preparing is the one that moves, and the move is still to come."""
    preparing = view.tokens[noun].head
    if not 0 <= preparing < len(view.tokens) or view.tokens[preparing].lemma not in (
        words.preparing_words
    ):
        return None
    if view.preposition(noun) not in words.preparing_prepositions:
        return None
    above = view.tokens[preparing].head
    holder = preparing if view.tokens[preparing].pos == "VERB" or above < 0 else above
    movers = [
        s
        for s in controlling_subjects(view, holder, words, _CONTROL_REACH)
        if _institution(view, s, words)
    ]
    if not movers or not _destination(view, noun, movers, words):
        return None
    mover_words = [i for s in movers for i in view.subtree(s)]
    runners = view.mentions_in(mover_words, set(words.runner_types))
    kind = _mover_kind(view, view.tokens[noun].lemma, movers, runners)
    arguments = [Argument("kind", kind, view.span_of([noun]))]
    claim = _claim(view, noun, holder, arguments, runners, mover_words, words)
    if claim is None or claim.modality != Modality.FACT:
        return claim
    return view.claim("initiative", claim.arguments, Modality.PLANNED)


def _mover_kind(
    view: SentenceView, move: str, movers: list[int], runners: list[Mention]
) -> str:
    """The move alone where the mover is a name ("Верховный суд переедет": the court is
    the runner); otherwise the move and what moves, named or not ("министерство переедет",
    "завод «Заря» переедет", whose name is "Заря"): the kind names what moves, as for a seat
    carried."""
    if all(_named_by_itself(view, m, runners) for m in movers):
        return move
    return f"{move} {view.phrase(_own_words(view, movers))[0].lower()}"


def _named_by_itself(view: SentenceView, mover: int, runners: list[Mention]) -> bool:
    """Whether the mover's noun is part of a runner's name ("суд" of "Верховный суд"),
    not a noun put before the name ("завод" of "завод «Заря»")."""
    mention = view.mention_at(mover)
    if mention is None or mention not in runners:
        return False
    token = view.tokens[mover]
    name = mention.normal.lower()
    return token.lemma.lower() in name or token.text.lower() in name


def _own_words(view: SentenceView, heads: list[int]) -> list[int]:
    """The heads' words without the phrases after a preposition ("компании «Вектор»" of
    "компании «Вектор» из Москвы"): where from and where to are not what moves."""
    found: list[int] = []
    for head in heads:
        stack, seen = [head], {head}
        while stack:
            current = stack.pop()
            found.append(current)
            for child in view.children(current):
                if child not in seen and not view.preposition(child):
                    seen.add(child)
                    stack.append(child)
    return sorted(found)


def _institution(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """An organisation by name, or a noun of one ("министерство", "компания")."""
    mention = view.mention_at(index)
    if mention is not None and mention.type in words.runner_types:
        return True
    return view.tokens[index].lemma in words.institution_nouns | words.seat_nouns


def _destination(
    view: SentenceView, mover: int, excluded: list[int], words: InitiativeWords
) -> bool:
    """Where to ("в Казань", "в новое здание") or where from ("из Москвы"): a place by
    name or a noun of a site, outside the subjects."""
    left_out = {i for s in excluded for i in view.subtree(s)}
    for index in view.subtree(mover):
        if index in left_out or index == mover:
            continue
        preposition = view.preposition(index)
        toward = preposition in words.destination_prepositions and view.in_case(index, "Acc")
        if not (toward or preposition in words.origin_prepositions):
            continue
        if _place_word(view, index, words):
            return True
    return False


def _place_word(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    mention = view.mention_at(index)
    if mention is not None and mention.type in PLACE_TYPES:
        return True
    return view.tokens[index].lemma in words.destination_nouns


def _claim(
    view: SentenceView,
    mover: int,
    verb: int,
    arguments: list[Argument],
    runners: list[Mention],
    subject_words: list[int],
    words: InitiativeWords,
) -> Claim | None:
    """The claim with its runners, its place (the first place after "в" outside the
    subjects) and its modality; a move talked over, raised as a topic or under a verb of
    talk is no claim."""
    chain = [mover, *governors(view, mover, _REACH)]
    talk = words.talk_verbs | words.talk_nouns | words.topic_nouns
    if any(view.tokens[i].lemma in talk for i in chain):
        return None  # "подняли тему о переносе завода": a topic raised, no move decided
    arguments.extend(view.entity_argument("organisations", m) for m in runners)
    places = [
        m
        for m in view.mentions_in(
            [i for i in view.subtree(mover) if i not in subject_words], PLACE_TYPES
        )
        if m not in runners
    ]
    destination = next(
        (
            m
            for m in places
            if any(
                view.preposition(i) in words.destination_prepositions
                for i in view.token_indices(m.start, m.end)
            )
        ),
        None,
    )
    if destination is not None:
        arguments.append(view.entity_argument("location", destination))
    modality = view.modality(mover)
    if modality == Modality.FACT and any(
        view.tokens[i].lemma in words.intention_verbs | words.decision_nouns | words.plan_nouns
        for i in chain
    ):
        modality = Modality.PLANNED
    return view.claim("initiative", arguments, modality)
