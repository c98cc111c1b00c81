"""Works under way on a project the report named just before ("Сейчас в здании детского сада
ведутся работы по штукатурке", "мостовики ведут работы на нижней части моста", "Здесь
проходят работы по устройству фасада").

A report names its project, then tells that the works on it are going on now. gold.md
(initiative74) takes a work under way whose facility is named only as its place as that
facility's project, and a work with its own complement as a work of its own; initiative116
keeps such a telling a stage of its own (fact). The reading is narrow, for precision: the
works are plural nouns of building or repair, told in the present (not "велись": back
story), not routine upkeep ("работы по уборке"), and a project was claimed in the sentences
just before (a work with no project named before is nobody's stage).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from concord.analysis import Token
from concord.claim import Argument, Claim, Modality
from concord.extract.initiative.place_and_start import place_and_start
from concord.extract.initiative.projects import is_project
from concord.extract.initiative.reading import LOOK_BACK, PLACE_TYPES
from concord.extract.initiative.runners import backers
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

Children = Callable[[int], Sequence[int]]

_PLACE_RELATIONS = {"obl", "nmod"}
_PLACE_DEPTH = 3  # "в здании детского сада", "на нижней части моста": the project noun
# lies a genitive or two below the place word


def works_under_way(
    view: SentenceView,
    words: InitiativeWords,
    look_back: bool,
    earlier_claims: Callable[[SentenceView], list[Claim]],
) -> list[Claim]:
    """The works a sentence tells going on now, as a stage of the project claimed in the
    sentences before, at the facility named as their place; none when nothing was claimed
    before."""
    if not look_back:
        return []
    tokens = view.tokens
    for verb, work in under_way_pairs(tokens, view.children, words):
        earlier = _earlier_project(view, earlier_claims)
        if earlier is None:
            continue
        kind_at = _place_project(view, [verb, work], words)
        if kind_at is None:
            continue  # "Работы ведутся в рамках программы", "ведутся работы по отделке":
            # the pool's gold keeps only works told at a facility it names
        described = [
            c for c in view.children(kind_at) if tokens[c].relation == "amod" and c < kind_at
        ]
        first = min([kind_at, *described])  # "в здании детского сада": the facility's kind
        span = view.text_span(tokens[first].start, tokens[kind_at].end)
        kind = " ".join(tokens[i].lemma for i in range(first, kind_at + 1))
        arguments = [Argument("kind", kind, span)]
        runners = backers(view, verb, words)
        arguments.extend(view.entity_argument("organisations", m) for m in runners)
        if not runners:
            arguments.extend(earlier[0])
        places = view.mentions_in(range(len(tokens)), PLACE_TYPES)
        arguments.extend(place_and_start(view, places, words))
        if not any(a.role == "location" for a in arguments):
            arguments.extend(earlier[1])  # the place of the project told before
        return [view.claim("initiative", arguments, Modality.FACT)]
    return []


def under_way_pairs(
    tokens: Sequence[Token], children: Children, words: InitiativeWords
) -> list[tuple[int, int]]:
    """(verb, works) pairs of works told going on now: "ведутся / идут работы", "подрядчик
    ведёт работы"; plural works of building or repair, not past, not routine upkeep."""
    pairs = []
    for verb, token in enumerate(tokens):
        if token.feats.get("Tense") != "Pres" or token.feats.get("VerbForm") != "Fin":
            continue  # "велись": back story; "будут вестись": a plan, no stage reached
        if token.lemma in words.under_way_verbs:
            relations = {"nsubj", "nsubj:pass"}
        elif token.lemma in words.under_way_doing_verbs:
            relations = {"obj"}
        else:
            continue
        works = [
            c
            for c in children(verb)
            if tokens[c].relation in relations
            and tokens[c].lemma in words.under_way_work_nouns
            and tokens[c].feats.get("Number") == "Plur"
        ]
        if works and not _upkeep(tokens, children, works[0], words):
            pairs.append((verb, works[0]))
    return pairs


def tells_works_under_way(
    tokens: Sequence[Token], children: Children, span: range, words: InitiativeWords
) -> bool:
    """Whether the thing in `span` (a claim's kind tokens) is told with works going on now
    on it: a stage of its own, no mere restatement of the project told before."""
    for verb, work in under_way_pairs(tokens, children, words):
        stack = _places(tokens, children, (verb, work), words)
        while stack:  # the place the works are told at, and the genitives below it
            node = stack.pop()
            if node in span:
                return True
            stack.extend(children(node))
    return False


def _upkeep(tokens: Sequence[Token], children: Children, work: int, words: InitiativeWords) -> bool:
    """ "Уборочные работы", "работы по содержанию дорог", "работа над законом": routine
    upkeep or a paper work, no stage of a facility."""
    for child in children(work):
        if tokens[child].lemma in words.under_way_upkeep:
            return True
        if any(tokens[c].lemma == "над" for c in children(child)):
            return True
    return False


def _places(
    tokens: Sequence[Token], children: Children, heads: Sequence[int], words: InitiativeWords
) -> list[int]:
    """Place complements ("в/на" + noun) of the verb or the works, not a frame ("в рамках
    программы", "в соответствии с графиком")."""
    return [
        c
        for h in heads
        for c in children(h)
        if tokens[c].relation in _PLACE_RELATIONS
        and tokens[c].lemma not in words.under_way_frames
        and any(tokens[p].lemma in {"в", "на"} for p in children(c))
    ]


def _place_project(view: SentenceView, heads: list[int], words: InitiativeWords) -> int | None:
    """The project noun the works are told at ("в здании детского сада" → сад, "на части
    моста" → мост): a place complement of the verb or the works, or a genitive below it."""
    tokens = view.tokens
    frontier = _places(tokens, view.children, heads, words)
    for _ in range(_PLACE_DEPTH):
        for place in frontier:
            lemma = tokens[place].lemma
            if (
                lemma not in words.stage_referents
                and lemma not in words.under_way_sites
                and is_project(view, place, words)
            ):
                return place
        frontier = [c for p in frontier for c in view.children(p) if tokens[c].relation == "nmod"]
    return None


def _earlier_project(
    view: SentenceView, earlier_claims: Callable[[SentenceView], list[Claim]]
) -> tuple[list[Argument], list[Argument]] | None:
    """The last project claimed in the sentences just before: its runners and place."""
    for earlier in view.views_before(LOOK_BACK):
        for claim in reversed(earlier_claims(earlier)):
            kinds = claim.values("kind")
            if kinds:
                runners = [a for a in claim.arguments if a.role == "organisations"]
                places = [a for a in claim.arguments if a.role == "location"]
                return runners, places
    return None
