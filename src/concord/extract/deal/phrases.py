"""Names inside a phrase of the deal that is no side's: its price, its reason, its purpose.

"100 млн долларов США" names whose currency; "оштрафовал X за нарушения по ОСАГО" and
"кредит на модернизацию комбината «X»" name what the deal is for; "турбины для
электростанции «X»" names the plant the goods serve. Each is found by walking up from
the name to the trigger's anchors.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.deal.names import root_of, up_to_anchors
from concord.extract.deal.triggers import paid_for
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView


def names_currency(view: SentenceView, mention: Mention, words: DealWords) -> bool:
    """Whether the name only says whose money it is: "100 млн долларов США"."""
    for index in view.token_indices(mention.start, mention.end):
        head = view.tokens[index].head
        if 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.currency_nouns:
            return True
    return False


def in_reason(view: SentenceView, mention: Mention, anchors: list[int], words: DealWords) -> bool:
    """Whether the name sits inside a reason or price phrase of the deal ("оштрафовал X за
    нарушения по ОСАГО"): on its way up to the trigger it passes a "за" phrase; or a place
    inside a place phrase ("гостиница в центре Калининграда")."""
    current = root_of(view, mention)
    if current is not None and view.preposition(current) in words.creditor_prepositions:
        return False  # "задолженность перед X за поставки": X is the creditor
    prepositions = words.reason_prepositions | (
        words.place_prepositions if mention.type == "LOC" else frozenset()
    )
    return any(
        view.preposition(position) in prepositions and not _paid_for(view, position, words)
        for position in up_to_anchors(view, current, anchors)
    )


def _paid_for(view: SentenceView, position: int, words: DealWords) -> bool:
    """Whether the "за" phrase is what a payment buys ("заплатит за долю в «X»"), the
    goods of a purchase whose named owner is a side, not a reason or a price."""
    head = view.tokens[position].head
    return (
        0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.stake_payment_lemmas
        and paid_for(view, position, words)
    )


def in_purpose(view: SentenceView, mention: Mention, anchors: list[int], words: DealWords) -> bool:
    """Whether the name sits inside the deal's purpose ("кредит на модернизацию комбината
    «X»"): a word above the name's own, short of the trigger, opens a purpose phrase;
    "поставки на Украину" (the name itself after the preposition) stays a side."""
    root = root_of(view, mention)
    if root is None:
        return False
    current: int | None = view.tokens[root].head
    if view.tokens[root].relation.startswith("appos") and current is not None:
        current = view.tokens[current].head  # "на компанию «X»": the name's own noun
    for position in up_to_anchors(view, current, anchors):
        if (
            view.tokens[position].pos == "NOUN"
            and view.preposition(position) in words.purpose_prepositions
        ):
            return not receives_purpose(view, mention, position, words)
    return False


def receives_purpose(
    view: SentenceView, mention: Mention, purpose: int, words: DealWords
) -> bool:
    """Whether the organisation is the one the purpose phrase is for: its rescue,
    recapitalisation or support ("выделить … на спасение компании X", "на рекапитализацию
    X", "на увеличение капитала банка X") — the money goes to it. Only the name, its own
    noun ("компании") and the pair's second noun ("капитала") may stand between; a place
    inside a purpose ("на развитие туризма в Y") or a plant being modernised stays none."""
    root = root_of(view, mention)
    if root is None or mention.type not in words.receiver_types:
        return False
    lemma = view.tokens[purpose].lemma
    wanted = words.receiver_purpose_pairs.get(lemma)
    if lemma not in words.receiver_purpose_nouns and wanted is None:
        return False
    between = list(up_to_anchors(view, view.tokens[root].head, [purpose]))
    if not between and view.tokens[root].head != purpose:
        return False
    own = [p for p in between if view.tokens[p].lemma in words.receiver_own_nouns]
    pair = [p for p in between if wanted is not None and view.tokens[p].lemma in wanted]
    if wanted is not None and len(pair) != 1:
        return False
    return (
        len(between) == len(own) + len(pair) <= 2
        and not any(view.preposition(p) for p in between)
        and (not between or view.tokens[between[-1]].head == purpose)
    )


def in_programme(
    view: SentenceView, mention: Mention, anchors: list[int], words: DealWords
) -> bool:
    """Whether the name only owns the programme the deal is made under ("подписал
    кредитные соглашения с клиентами по программе льготного кредитования … Минпромторга"):
    on its way up to the trigger it passes a programme noun above its own word."""
    root = root_of(view, mention)
    if root is None:
        return False
    above = view.tokens[root].head
    return any(
        view.tokens[position].lemma in words.programme_nouns
        for position in up_to_anchors(view, above, anchors)
    )


def plant_title(view: SentenceView, mention: Mention, anchors: list[int], words: DealWords) -> bool:
    """Whether the name is the title of a plant that is not itself a complement of the deal
    ("турбины для электростанции «X»"); "купил завод «X»" keeps X as the thing sold."""
    root = root_of(view, mention)
    if root is None:
        return False
    plant = view.tokens[root].head
    if not 0 <= plant < len(view.tokens) or view.tokens[plant].lemma not in words.plant_nouns:
        return False
    return view.tokens[plant].head not in anchors


def own_budget(
    view: SentenceView, mention: Mention, sides: list[Mention], words: DealWords
) -> bool:
    """Whether the name is only the owner of the budget money comes from, told again in a
    side's own name ("Правительство области X направит из бюджета области X …", deal41):
    the place whose budget it is and its government give as one side."""
    root = root_of(view, mention)
    if root is None:
        return False
    head = view.tokens[root].head
    if (
        not 0 <= head < len(view.tokens)
        or view.tokens[head].lemma not in words.budget_nouns
        or view.preposition(head) not in words.origin_prepositions
    ):
        return False
    own = {view.tokens[i].lemma for i in view.token_indices(mention.start, mention.end)}
    return any(
        other is not mention
        and own <= {view.tokens[i].lemma for i in view.token_indices(other.start, other.end)}
        for other in sides
    )

