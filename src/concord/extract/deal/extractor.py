"""The reading of one sentence: for each trigger word, its frame, its sides, its claims.

`extract` walks the sentence's words. A word of movement, payment or joining ("стал
игроком") may tell a player's transfer (`moves`); any other word that names a deal (`triggers.deal_kind`) gets its
frame (`frame`), the names there that are sides (`sides`), and the sides it names without
a name (`referents`, `pronouns`). A deal needs two sides, one of them on the other side of
the deal from the rest (`lists`); a list of counterparties in one role may make one claim
each.
"""

from __future__ import annotations

from dataclasses import dataclass

from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.deal.frame import Frame, frame_of
from concord.extract.deal.goods import owners_of_stakes
from concord.extract.deal.lenders import lender_named_next
from concord.extract.deal.lists import deals_of, dealt_alone, no_counterparty, one_role_deals
from concord.extract.deal.moves import joining, move, payment, signing
from concord.extract.deal.names import PARTICIPANT_TYPES
from concord.extract.deal.obligations import obliged_payment
from concord.extract.deal.places import longer_name_argument
from concord.extract.deal.pronouns import (
    named_in_next_sentence,
    role_named_next,
    subject_pronoun_alone,
)
from concord.extract.deal.referents import referred_sides
from concord.extract.deal.sides import named_sides
from concord.extract.deal.tellers import fining_teller
from concord.extract.deal.triggers import deal_kind, only_spoken_of, under_condition
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView


def extract(view: SentenceView, words: DealWords) -> list[Claim]:
    """The deals the sentence tells: a transfer for a word of movement or payment, else
    the claims of each word that names a deal."""
    claims: list[Claim] = []
    for index, token in enumerate(view.tokens):
        movement = words.movement
        if token.lemma in (
            movement.lemmas
            | movement.payment_lemmas
            | movement.joining_lemmas
            | movement.signing_lemmas
        ):
            moved = _move_claim(view, index, words)
            if moved is not None:
                claims.append(moved)
            if token.lemma in words.movement.lemmas or moved is not None:
                continue
        if token.lemma in words.obliging_lemmas:
            obliged = _obliged_claim(view, index, words)
            if obliged is not None:
                claims.append(obliged)
                continue
        kind = deal_kind(view, index, words)
        if kind is not None:
            claims.extend(_deal_claims(view, index, kind, words))
    return claims


def _move_claim(view: SentenceView, index: int, words: DealWords) -> Claim | None:
    """A transfer told as a player's move (see moves), with the deal's usual guards
    against a move only planned, rumoured or conditional ("может перейти")."""
    if only_spoken_of(view, index, words) or under_condition(view, index, words):
        return None
    found = (
        move(view, index, words.movement)
        or payment(view, index, words.movement)
        or joining(view, index, words.movement)
        or signing(view, index, words.movement)
    )
    if found is None:
        return None
    return _claim(view, index, words.movement_kind, found.sides, {}, words)


def _obliged_claim(view: SentenceView, index: int, words: DealWords) -> Claim | None:
    """A fine told as an obligation to pay (see obligations), with the deal's usual
    guards against one only spoken of or conditional ("может обязать X выплатить")."""
    if only_spoken_of(view, index, words) or under_condition(view, index, words):
        return None
    sides = obliged_payment(view, index, words)
    if sides is None:
        return None
    return _claim(view, index, words.obliged_kind, sides, {}, words)


@dataclass(frozen=True)
class _Unnamed:
    """The sides a frame names without a name (see referents)."""

    sides: list[Mention]
    owned: list[Mention]  # those a stake is of
    agents: list[Mention]  # those among the subjects and doers


def _unnamed_sides(
    view: SentenceView, kind: str, frame: Frame, named: list[Mention], words: DealWords
) -> _Unnamed:
    """The sides the frame's complements refer to; what a stake is of counts only beside a
    side named here ("Это второе приобретение банком акций предприятия" restates an earlier
    deal with no name of its own)."""
    stake_owners = (
        owners_of_stakes(view, frame.heads, words)
        if kind in words.stake_kinds and named else []
    )  # fmt: skip
    referred = referred_sides(view, [*frame.heads, *stake_owners], words, named, kind)
    owned = referred_sides(view, stake_owners, words, named, kind)
    agents = [
        m for m in referred
        if m in referred_sides(view, frame.agent_heads, words, named, kind)
    ]  # fmt: skip
    return _Unnamed(referred, owned, agents)


def _deal_claims(view: SentenceView, index: int, kind: str, words: DealWords) -> list[Claim]:
    """The claims of the deal word at `index`: none unless it has two sides and a
    counterparty among them."""
    token = view.tokens[index]
    frame = frame_of(view, index, words)
    named, longer_names = named_sides(view, index, kind, frame, words)
    unnamed = _unnamed_sides(view, kind, frame, named, words)
    if subject_pronoun_alone(view, frame.heads, named, words):
        return []
    referred = unnamed.sides
    if len(named) + len(referred) == 1 and token.pos == "NOUN":
        referred = [*referred, *named_in_next_sentence(view, index, words, named)]
    if len(named) + len(referred) == 1:
        # "X получила кредит. Кредитную поддержку оказал Россельхозбанк"
        referred = [*referred, *lender_named_next(view, index, kind, words, [*named, *referred])]
    # "…продажу акций Y. Покупателем выступила Z": one deal of all three
    role_told = role_named_next(view, index, kind, words, [*named, *referred]) if named else []
    referred = [*referred, *role_told]
    # a side named without a name ("ведомство оштрафовало X") may be the one who fines
    alone = [] if referred else dealt_alone(view, index, kind, frame, named, words)
    if alone and kind in words.object_side_kinds:
        # "«X» оштрафовали … Об этом сообщили в пресс-службе управления ФАС"
        body = fining_teller(view, index, words)
        alone = [[*body, *group] for group in alone if not set(body) & set(group)]
    if alone:
        return [_claim(view, index, kind, group, longer_names, words) for group in alone]
    if len(named) + len(referred) < 2:
        return []
    agents = view.mentions_in(sorted(set(frame.agent_scope)), PARTICIPANT_TYPES)
    agents = [*agents, *unnamed.agents]
    sides = [*named, *referred]
    others = [m for m in sides if m not in agents]
    # "Контракты подписаны с X и Y", "Под санкции ЕС попали X и Y": one deal with each
    listed = (
        one_role_deals(view, kind, frame, sides, referred, words) if token.pos == "NOUN" else []
    )
    if listed:
        return [_claim(view, index, kind, group, longer_names, words) for group in listed]
    if no_counterparty(view, token.pos, kind, frame, sides, others, referred, words):
        return []
    groups = (
        [sides] if role_told
        else deals_of(view, kind, frame, sides, agents, others, referred, unnamed.owned, words)
    )  # fmt: skip
    claims = [_claim(view, index, kind, group, longer_names, words) for group in groups]
    return claims + _elided_claims(view, index, kind, frame, agents, words)


def _elided_claims(
    view: SentenceView,
    index: int,
    kind: str,
    frame: Frame,
    agents: list[Mention],
    words: DealWords,
) -> list[Claim]:
    """The further deals an ordinal standing alone tells ("подписал первый контракт с X,
    второй — с Y"): the same doer with the names under the ordinal."""
    claims = []
    for ordinal in frame.elided:
        own = [
            m for m in view.mentions_in(view.subtree(ordinal), PARTICIPANT_TYPES)
            if m not in agents
        ]  # fmt: skip
        if own and agents:
            claims.append(_claim(view, index, kind, [*agents, *own], {}, words))
    return claims


def _claim(
    view: SentenceView,
    index: int,
    kind: str,
    sides: list[Mention],
    longer_names: dict[int, Mention],
    words: DealWords,
) -> Claim:
    """One deal claim: its sides (a side named with its place under that longer name) and
    its kind, its evidence the trigger word."""
    arguments = [
        view.entity_argument("participants", m)
        if id(m) not in longer_names
        else longer_name_argument(longer_names[id(m)])
        for m in sides
    ]
    arguments.append(Argument("kind", kind, view.span_of([index])))
    return view.claim("deal", arguments, _deal_modality(view, index, words))


def _deal_modality(view: SentenceView, index: int, words: DealWords) -> Modality:
    """The deal's modality, as the sentence's; but a word of owing that is also a modal
    ("X должен банку 8 млн") tells a debt held now: its own lemma plans nothing, so only
    an analytic future on it ("будет должен") or the words above it ("обещает, что …")
    make the debt planned."""
    modality = view.modality(index)
    if modality is not Modality.PLANNED or view.tokens[index].lemma not in words.owing_lemmas:
        return modality
    if any(
        # the tagger gives the copula's future ("будет должен") a present tense
        view.tokens[child].lemma == view.words.future_auxiliary
        and view.tokens[child].feats.get("Tense") in {"Fut", "Pres"}
        for child in view.children(index)
    ):
        return Modality.PLANNED
    head = view.tokens[index].head
    return view.modality(head) if 0 <= head < len(view.tokens) else Modality.FACT
