"""Lists of names: when several sides are one coordinated list, and when that list is all the deal names.

"ФАС оштрафовала МТС, «Мегафон» и «Вымпелком»" is one fine on each; "фонды «A» и «B»
продали акции" names one side only, its counterparty unnamed, so no deal.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.deal.names import root_of
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView


def givers_listed(view: SentenceView, subjects: list[int], words: DealWords) -> bool:
    """Whether the subject is several givers told together ("A и B выделят", "они
    выделят"): a plural pronoun or a coordinated list, not one name the parser hung
    another on."""
    return any(
        view.tokens[head].lemma in words.plural_pronouns
        or any(view.tokens[child].relation.startswith("conj") for child in view.children(head))
        for head in subjects
    )


def one_role_list(view: SentenceView, sides: list[Mention], branches: list[set[int]]) -> bool:
    """Whether all the sides are one coordinated list ("«A» и «B»") in a single complement
    of the verb: those who act together, with nobody on the other side."""
    coordinated = any(
        (root := root_of(view, m)) is not None and view.tokens[root].relation == "conj"
        for m in sides
    )
    return (
        len(sides) > 1
        and coordinated
        and any(
            all(set(view.token_indices(m.start, m.end)) <= branch for m in sides)
            for branch in branches
        )
        and one_list(view, sides)
    )


def one_list(view: SentenceView, mentions: list[Mention]) -> bool:
    """Whether the names are one list ("МТС, «Мегафон» и «Вымпелком»"): each reaches a
    shared word through coordination, a following appositive or a name's parts; a name the
    parser hung as an appositive before its head ("с группой «A» соглашение о покупке
    акций терминала «B»") is no member of B's list."""
    chains = []
    for mention in mentions:
        current = root_of(view, mention)
        chain: set[int] = set()
        while current is not None and current not in chain:
            chain.add(current)
            token = view.tokens[current]
            relation = token.relation.split(":")[0]
            if relation not in ("conj", "appos", "flat") or not 0 <= token.head < len(view.tokens):
                break
            if relation == "appos" and token.head > current:
                break
            current = token.head
        chains.append(chain)
    joined = chains[:1]
    rest = chains[1:]
    while rest:
        linked = [c for c in rest if any(c & j for j in joined)]
        if not linked:
            return False
        joined.extend(linked)
        rest = [c for c in rest if c not in linked]
    return True
