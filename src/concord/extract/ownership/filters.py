"""Pairs that are no ownership however a reading found them: a bare common noun taken for a
name ("Основатели"), one company named twice, a name under a right or a licence ("владеет
правами аренды на …"), a name that an owner noun owns taken for an owner.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.ownership.reading import OPENING_QUOTES, mention_head
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView
from concord.knowledge.morphology import analyser, parses

_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Orgn", "Geox", "Trad", "Abbr"})


NEVER_OWNED = {"PER", "LOC"}  # "три принадлежащих ей аэропорта — в Томске и Омске"


def person_noun(view: SentenceView, mention: Mention, words: OwnershipWords) -> bool:
    """A mention that is one unquoted dictionary noun for people or an owner noun
    ("Основатели", "Владельцы", "Держателем" at a sentence's start): a word class, not a
    name, so it owns nothing a reader could look up."""
    indices = view.token_indices(mention.start, mention.end)
    if len(indices) != 1 or (
        indices[0] > 0 and view.tokens[indices[0] - 1].text in OPENING_QUOTES
    ):
        return False
    if view.tokens[indices[0]].lemma.lower() in words.owner_nouns:
        return True
    word = view.tokens[indices[0]].text.lower()
    found = parses(word)
    return bool(found) and analyser().word_is_known(word) and all(
        parse.tag.POS == "NOUN" and parse.tag.animacy == "anim"
        and not _NAME_GRAMMEMES & parse.tag.grammemes
        for parse in found
    )  # fmt: skip


def common_noun_name(view: SentenceView, mention: Mention, words: OwnershipWords) -> bool:
    """A mention whose whole name, as the document keeps it, is one of the common nouns a
    report uses for a company ("Собственниками предприятия были …" with "предприятие" taken
    for a name, "Госкорпорация" at a sentence's start): a word class, not a body."""
    entity = view.document.entities[mention.entity] if mention.entity >= 0 else None
    name = (entity.name if entity else mention.normal).lower()
    return name in (
        words.standing_nouns | words.enterprise_nouns | words.group_nouns
        | words.company_nouns | words.subsidiary_nouns
    )  # fmt: skip


def bare_name(mention: Mention) -> str:
    """A name without its quotes, spaces and letter case: "«ИжАвто»" is "ижавто"."""
    return "".join(c for c in mention.text.lower() if c.isalnum())


def under_a_right(view: SentenceView, verb: int, owned: Mention, words: OwnershipWords) -> bool:
    """Whether the name hangs under a right or a licence that is the verb's object or
    subject: "владеет правами аренды на площади под магазинами «X»" owns no X."""
    tokens = view.token_indices(owned.start, owned.end)
    return any(
        view.tokens[c].lemma in words.right_nouns
        and view.tokens[c].relation in {"obj", "nsubj", "nsubj:pass"}
        and tokens and tokens[0] in view.subtree(c)
        for c in view.children(verb)
    )  # fmt: skip


def under_an_owner_noun(view: SentenceView, mention: Mention, words: OwnershipWords) -> bool:
    """Whether a name is what an owner noun owns: "владелец «X» и «Y»" names X and Y as
    properties, so neither is the one who buys or owns something else in the sentence."""
    if not view.token_indices(mention.start, mention.end):
        return False  # named in a sentence before
    index = mention_head(view, mention)
    for _ in range(4):
        token = view.tokens[index]
        if token.head < 0:
            return False
        if token.relation == "nmod" and view.tokens[token.head].lemma in words.owner_nouns:
            return True
        if token.relation == "nmod" and _unnamed_noun(view, token.head):
            index = token.head  # "основатели сети магазинов «X»": X is still what they own
            continue
        if token.relation not in {"conj", "appos", "flat", "flat:name"}:
            return False
        index = token.head
    return False


def _unnamed_noun(view: SentenceView, index: int) -> bool:
    """A common noun that is no part of a name ("сети", "магазинов")."""
    return view.tokens[index].pos == "NOUN" and view.mention_at(index) is None


def one_body(view: SentenceView, owner: Mention, owned: Mention) -> bool:
    """ownership47: whether one mention is the other's short name in brackets right after
    it, so both name one body, which owns nothing of itself ("акционеров Оршанского
    авиаремонтного завода (ОАРЗ)": the owner noun's genitive is read on into the brackets,
    and the short name was taken for the shareholder). Two mentions of one entity are not
    enough: a holding owns its channel of the same name (a decided test)."""
    return _short_name_after(view, owned, owner) or _short_name_after(view, owner, owned)


def _short_name_after(view: SentenceView, full: Mention, short: Mention) -> bool:
    """Whether `short` stands alone in brackets right after `full` and is written as its
    abbreviation: one capitalised word whose letters all come, in order, from the full
    name and begin as it does ("Новолипецкий металлургический комбинат (НЛМК)")."""
    full_tokens = view.token_indices(full.start, full.end)
    short_tokens = view.token_indices(short.start, short.end)
    if not full_tokens or len(short_tokens) != 1:
        return False
    opening, word = short_tokens[0] - 1, short_tokens[0]
    closing = word + 1
    if (
        opening != full_tokens[-1] + 1 + _closing_quotes(view, full_tokens[-1] + 1, opening)
        or view.tokens[opening].text != "("
        or closing >= len(view.tokens)
        or view.tokens[closing].text != ")"
    ):
        return False
    letters = "".join(c for c in view.tokens[word].text if c.isalpha())
    if len(letters) < 2 or not letters.isupper():
        return False
    long_name = bare_name(full)
    if not long_name or long_name[0] != letters[0].lower():
        return False
    rest = iter(long_name)
    return all(letter in rest for letter in letters.lower())


def _closing_quotes(view: SentenceView, first: int, last: int) -> int:
    """How many closing quotes stand between a name's last word and the bracket after it
    (a quoted name's quote may lie outside its mention)."""
    count = 0
    for index in range(first, last):
        if view.tokens[index].text not in {"»", '"', "”", "“", "'"}:
            break
        count += 1
    return count
