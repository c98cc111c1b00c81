"""Deals between parties (FactRuEval's Deal): purchases, loans, fines, contracts, supplies.

The kind comes from the trigger word's family (each language's `DealWords`); participants
are the entities that are the trigger's subject, object or "с/у/для X" complement, or its
genitive phrase. A deal noun inside a document or grant noun ("подписал соглашение о
покупке X", "объявил о выделении Y кредита") also takes the parties of the verb above it;
a name in an appositive of a side ("вложил в X — разработчика игр A и B") only describes
that side.
"""

from __future__ import annotations

from concord.claim import Argument, Claim
from concord.extract.deal.frame import frame_of
from concord.extract.deal.goods import owners_of_stakes
from concord.extract.deal.lists import givers_listed, one_list, one_role_list
from concord.extract.deal.moves import move, payment
from concord.extract.deal.names import PARTICIPANT_TYPES
from concord.extract.deal.places import (
    longer_name_argument,
)
from concord.extract.deal.pronouns import (
    named_in_next_sentence,
)
from concord.extract.deal.referents import referred_sides
from concord.extract.deal.sides import named_sides
from concord.extract.deal.triggers import (
    deal_kind,
    only_spoken_of,
    under_condition,
)
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import (
    SentenceView,
)

_DASHES = frozenset({"-", "–", "—"})


def _move_claim(view: SentenceView, index: int, words: DealWords) -> Claim | None:
    """A transfer told as a player's move (see moves), with the deal's usual guards
    against a move only planned, rumoured or conditional ("может перейти")."""
    if only_spoken_of(view, index, words) or under_condition(view, index, words):
        return None
    found = move(view, index, words.movement) or payment(view, index, words.movement)
    if found is None:
        return None
    arguments = [view.entity_argument("participants", m) for m in found.sides]
    arguments.append(Argument("kind", words.movement_kind, view.span_of([index])))
    return view.claim("deal", arguments, view.modality(index))


def extract(view: SentenceView, words: DealWords) -> list[Claim]:
    claims = []
    for index, token in enumerate(view.tokens):
        if token.lemma in words.movement.lemmas | words.movement.payment_lemmas:
            moved = _move_claim(view, index, words)
            if moved is not None:
                claims.append(moved)
            if token.lemma in words.movement.lemmas or moved is not None:
                continue
        kind = deal_kind(view, index, words)
        if kind is None:
            continue
        frame = frame_of(view, index, words)
        non_places, longer_names = named_sides(view, index, kind, frame, words)
        # what a stake is of, only beside a side named here ("Это второе приобретение банком
        # акций предприятия" restates an earlier deal with no name of its own)
        stake_owners = (
            owners_of_stakes(view, frame.heads, words)
            if kind in words.stake_kinds and non_places else []
        )  # fmt: skip
        referred = referred_sides(view, [*frame.heads, *stake_owners], words, non_places, kind)
        owned = referred_sides(view, stake_owners, words, non_places, kind)
        referred_agents = [
            m for m in referred
            if m in referred_sides(view, frame.agent_heads, words, non_places, kind)
        ]
        if not any(m.type in {"ORG", "LOCORG"} for m in non_places) and any(
            view.tokens[head].lemma in words.singular_pronouns
            and view.tokens[head].relation.startswith("nsubj")
            for head in frame.heads
        ):
            # "он приобрел клуб": a subject pronoun needs an organisation named beside it
            # ("он приобрел друга в лице X" between two people is no deal)
            continue
        if len(non_places) + len(referred) == 1 and token.pos == "NOUN":
            referred = [*referred, *named_in_next_sentence(view, index, words, non_places)]
        if len(non_places) + len(referred) < 2:
            continue
        agents = view.mentions_in(sorted(set(frame.agent_scope)), PARTICIPANT_TYPES)
        agents = [*agents, *referred_agents]
        non_places = [*non_places, *referred]
        others = [m for m in non_places if m not in agents]
        if frame.together and not others:
            continue  # only those acting together ("A вместе с B"): no counterparty named
        if not others and (kind in words.giving_kinds or token.pos == "VERB") and givers_listed(
            view, frame.agent_heads, words
        ):
            # "они выделят 40 млн рублей", "фонды A и B продали акции": one side only, its
            # counterparty unnamed
            continue
        if (
            token.pos == "VERB" and not referred and not frame.controller
            and one_role_list(view, non_places, frame.branches)
        ):
            continue  # "фонды «A» и «B» продали акции": one side listed, no counterparty
        # "ФАС оштрафовала МТС, «Мегафон» и «Вымпелком»": a list in one role is one deal
        # with each counterparty; sides in different roles ("A продала B компании C") are
        # one deal
        inside = [m for m in others if m not in referred]
        listed = any(
            all(set(view.token_indices(m.start, m.end)) <= branch for m in inside)
            for branch in frame.branches
        ) and (len(inside) < 2 or one_list(view, inside))
        sides = (
            [[*agents, other] for other in others]
            if len(agents) == 1 and len(others) > 1 and listed and kind in words.split_kinds
            and not any(m in owned for m in others)  # what a stake is of: one deal
            else [non_places]
        )
        for side in sides:
            arguments = [
                view.entity_argument("participants", m)
                if id(m) not in longer_names
                else longer_name_argument(longer_names[id(m)])
                for m in side
            ]
            arguments.append(Argument("kind", kind, view.span_of([index])))
            claims.append(view.claim("deal", arguments, view.modality(index)))
    return claims
