"""A payment imposed as an obligation (round 45): "Суд обязал X выплатить 5 млн рублей",
"€1 млрд, которые ЕК обязала выплатить X", "Штраф обязано заплатить X согласно
постановлению Y". The one who obliges — the subject of the verb of obliging, or the body
whose ruling the obligation follows — fines the one obliged to pay, as "Y оштрафовал X"
does; a fine told this way has no word of fining at all.

Guards: the payment must be money (a currency, a currency sign, a money noun or a fine
in the clause or in the sum a relative clause hangs on); an obligation to do anything
else ("обязал опубликовать опровержение") is no deal. Both sides must be named: "Компанию
обязали выплатить 3 млн" names no one who obliges, "Суд обязал X …" with the court no
name names one side only. A payment to someone named in the dative ("обязал X выплатить
банку Y 3 млн неустойки") is a deal of payer and payee, told by its own deal word if any,
with the one who obliges no side of it (test_deal_forms): no obligation claim then.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.deal.names import PARTICIPANT_TYPES
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_OBJECTS = frozenset({"obj", "iobj"})
_JOINED = frozenset({"appos", "flat", "flat:name"})


def obliged_payment(view: SentenceView, index: int, words: DealWords) -> list[Mention] | None:
    """The sides of a payment the word at `index` obliges someone to make: the one who
    obliges, then the one obliged; None when it obliges no payment of money or names
    not both."""
    tokens = view.tokens
    if tokens[index].lemma not in words.obliging_lemmas:
        return None
    payments = [
        child for child in view.children(index)
        if tokens[child].lemma in words.paying_lemmas and tokens[child].relation == "xcomp"
    ]  # fmt: skip
    if not payments or not _money_told(view, index, words):
        return None
    payment = payments[0]
    if tokens[index].pos == "VERB" and _paid_to_someone(view, payment):
        return None
    obligers = _obligers(view, index, words)
    obliged = [
        m for m in _obliged(view, index, payment, tokens[index].pos == "VERB")
        if m not in obligers
    ]  # fmt: skip
    if not obligers or not obliged:
        return None
    return [*obligers, *obliged]


def _paid_to_someone(view: SentenceView, payment: int) -> bool:
    """Whether the payment has a recipient in the dative ("обязал X выплатить банку Y"):
    then it is a payment between the two, told by its own deal word if any, and the one
    who obliges is no side of it (test_deal_forms: the court is no side)."""
    return any(
        view.tokens[child].relation == "iobj" and view.tokens[child].feats.get("Case") == "Dat"
        for child in view.children(payment)
    )


def _money_told(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether the clause of the word at `index` speaks of money: a currency, a sign, a
    money noun or a fine; for a relative clause ("€1 млрд, которые ЕК обязала выплатить"),
    also the sum it hangs on."""
    scope = set(view.subtree(index))
    token = view.tokens[index]
    if token.relation.startswith("acl") and 0 <= token.head < len(view.tokens):
        # the sum's words around its head: "€1 млрд" / "$300 млн" (the sign may head it)
        sum_head = token.head
        scope |= {sum_head, *view.children(sum_head)}
        if view.tokens[sum_head].head >= 0:
            scope.add(view.tokens[sum_head].head)
    fines = words.kinds.get(words.obliged_kind, frozenset())
    money = words.currency_nouns | words.all_money_nouns | fines
    return any(
        view.tokens[i].lemma in money or view.tokens[i].text in words.currency_signs for i in scope
    )


def _obligers(view: SentenceView, index: int, words: DealWords) -> list[Mention]:
    """Who obliges: the named subject of a verb of obliging ("ЕК обязала"); for the
    adjective ("обязано заплатить"), whose subject is the one obliged, the body named
    under a ruling noun it follows ("согласно постановлению ФАС")."""
    tokens = view.tokens
    if tokens[index].pos == "VERB":
        return [
            m for child in view.children(index) if tokens[child].relation in _SUBJECTS
            for m in _named_at(view, child)
        ]  # fmt: skip
    rulings = words.decision_carriers | words.ruling_nouns
    return [
        m for child in view.children(index) if tokens[child].lemma in rulings
        for grandchild in view.children(child) if tokens[grandchild].relation == "nmod"
        for m in _named_at(view, grandchild)
    ]  # fmt: skip


def _obliged(view: SentenceView, index: int, payment: int, active: bool) -> list[Mention]:
    """Who must pay: the object of the verb of obliging ("обязал компанию «X»"), else
    the named subject of the adjective ("X обязан заплатить") or the name the payment
    verb governs ("которые ЕК обязала выплатить X", "обязано заплатить ОАО «X»")."""
    tokens = view.tokens
    if active:
        own = [
            m for child in view.children(index) if tokens[child].relation == "obj"
            for m in _named_at(view, child)
        ]  # fmt: skip
        if own:
            return own
    else:
        subjects = [
            m for child in view.children(index) if tokens[child].relation in _SUBJECTS
            for m in _named_at(view, child)
        ]  # fmt: skip
        if subjects:
            return subjects
    return [
        m for child in view.children(payment)
        if tokens[child].relation in _OBJECTS | _SUBJECTS
        for m in _named_at(view, child)
    ]  # fmt: skip


def _named_at(view: SentenceView, head: int) -> list[Mention]:
    """The name a phrase headed at `head` gives: the mention there, else the names
    standing beside its noun ("компанию «X»", "ОАО «X»")."""
    mention = view.mention_at(head)
    if mention is not None:
        return [mention] if mention.type in PARTICIPANT_TYPES else []
    found: list[Mention] = []
    for child in view.children(head):
        if view.tokens[child].relation in _JOINED:
            inner = view.mention_at(child)
            if inner is not None and inner.type in PARTICIPANT_TYPES and inner not in found:
                found.append(inner)
    return found
