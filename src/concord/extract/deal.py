"""Deals between parties (FactRuEval's Deal): purchases, loans, fines, contracts, supplies.

The kind comes from the trigger word's family (each language's `DealWords`); participants
are the entities that are the trigger's subject, object or "с/у/для X" complement, or its
genitive phrase.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from concord.claim import Argument, Claim, Mention
from concord.extract.sentence_view import SentenceView


@dataclass(frozen=True)
class DealWords:
    """The words of each kind of deal in one language."""

    kinds: Mapping[str, frozenset[str]]  # the benchmark's kind -> the lemmas that name it
    place_prepositions: frozenset[str]  # "в Москве": a place there, not a side
    letter_variants: Mapping[str, str]  # letters a lemma is compared without: "ё" -> "е"
    currency_nouns: frozenset[str] = frozenset()  # "долларов США": a currency, not a side


_PARTICIPANT_TYPES = {"PER", "ORG", "LOCORG", "LOC"}
_RELATIONS = ("nsubj", "obj", "iobj", "obl", "nmod")


def _kind(lemma: str, words: DealWords) -> str | None:
    for variant, letter in words.letter_variants.items():
        lemma = lemma.replace(variant, letter)
    return next((kind for kind, lemmas in words.kinds.items() if lemma in lemmas), None)


def _names_currency(view: SentenceView, mention: Mention, words: DealWords) -> bool:
    """Whether the name only says whose money it is: "100 млн долларов США"."""
    for index in view.token_indices(mention.start, mention.end):
        head = view.tokens[index].head
        if 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.currency_nouns:
            return True
    return False


def extract(view: SentenceView, words: DealWords) -> list[Claim]:
    claims = []
    for index, token in enumerate(view.tokens):
        kind = _kind(token.lemma, words)
        if kind is None or view.mention_at(index) is not None:
            continue
        scope: list[int] = []
        agent_scope: list[int] = []
        anchors = [index]
        if (
            token.pos == "NOUN"
            and 0 <= token.head < len(view.tokens)
            and (view.tokens[token.head].pos == "VERB")
        ):
            anchors.append(token.head)
        for anchor in anchors:
            for child in view.children(anchor):
                if child != index and view.tokens[child].relation.startswith(_RELATIONS):
                    scope.extend(view.subtree(child))
                    if view.tokens[child].relation.startswith("nsubj"):
                        agent_scope.extend(view.subtree(child))
        participants = view.mentions_in(sorted(set(scope)), _PARTICIPANT_TYPES)
        non_places = [
            m
            for m in participants
            if (
                m.type != "LOC"
                or view.preposition(view.token_indices(m.start, m.end)[-1])
                not in words.place_prepositions
            )
            and not _names_currency(view, m, words)
        ]
        if len(non_places) < 2:
            continue
        agents = view.mentions_in(sorted(set(agent_scope)), _PARTICIPANT_TYPES)
        others = [m for m in non_places if m not in agents]
        # "ФАС оштрафовала МТС, «Мегафон» и «Вымпелком»": one deal with each counterparty
        sides = (
            [[*agents, other] for other in others]
            if len(agents) == 1 and len(others) > 1
            else [non_places]
        )
        for side in sides:
            arguments = [view.entity_argument("participants", m) for m in side]
            arguments.append(Argument("kind", kind, view.span_of([index])))
            claims.append(view.claim("deal", arguments, view.modality(index)))
    return claims
