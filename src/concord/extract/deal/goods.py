"""What changes hands: a player leased, and the enterprise a stake is of.

A person who is the object of a lease ("отдал в аренду защитника X") is the goods, no
counterparty. A stake's owner named by a common noun ("приобрела 31% акций
предприятия") is the organisation the report introduced so, a side of the purchase.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.deal.names import PARTICIPANT_TYPES, lies_within
from concord.extract.deal.triggers import kind_of
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView

_GOODS_RELATIONS = {"obj", "nsubj:pass"}  # what a verb of buying or leasing hands over


def people_dealt(
    view: SentenceView,
    anchors: list[int],
    index: int,
    mentions: list[Mention],
    words: DealWords,
) -> list[Mention]:
    """The people who are what changes hands ("отдал в аренду защитника X", "X отдан в
    аренду"): persons inside a direct object or a passive subject of the deal's verbs. Only
    for deal words whose object is the goods; "оштрафовал X", "кредитовал X" name a side."""
    if view.tokens[index].lemma not in words.goods_object_lemmas:
        return []
    dealt: set[int] = set()
    for anchor in anchors:
        for child in view.children(anchor):
            if child != index and view.tokens[child].relation in _GOODS_RELATIONS:
                dealt.update(view.subtree(child))
    head = view.tokens[index].head
    if (
        view.tokens[index].relation.startswith("obl")
        and 0 <= head < len(view.tokens)
        and kind_of(view.tokens[head].lemma, words) is None
    ):
        # "X отправился в «Рубин» на правах аренды", "X и Y проведут сезон в аренде": the
        # lease only says how the subject of another verb moves; that subject is the player
        for child in view.subjects(head):
            dealt.update(view.subtree(child))
    return [m for m in mentions if m.type == "PER" and lies_within(view, m, dealt)]


def owners_of_stakes(view: SentenceView, heads: list[int], words: DealWords) -> list[int]:
    """The common nouns a stake complement is of ("акций предприятия", "пакет акций
    завода"): bare genitives down a chain of stake nouns, with no name of their own."""
    found: list[int] = []
    pending = list(heads)  # "31% акций": a share's amount may head the complement
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        is_stake = view.tokens[current].lemma in words.stake_nouns
        for child in view.children(current):
            token = view.tokens[child]
            if not (
                token.relation.startswith("nmod") and token.pos == "NOUN"
                and token.feats.get("Case") == "Gen" and not view.preposition(child)
            ):  # fmt: skip
                continue
            if token.lemma in words.stake_nouns:
                pending.append(child)
            elif is_stake and not view.mentions_in(view.subtree(child), PARTICIPANT_TYPES):
                found.append(child)
    return found
