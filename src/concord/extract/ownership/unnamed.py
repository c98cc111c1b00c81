"""Names the name finder left out, offered to the ownership readings as organisations.

The finder often gives no mention for a bare quoted name ("Покупателем стал «Ветерок»
Петра Y", "— «Эконива» Штефана Z") or for a name in Latin letters ("другая половина —
OSTERN HOLDING LTD"), and a reading that finds no mention sees no side at all. Only the
ownership readings see these names, and only where they stand as names: a quoted name after
a noun that is not a kind of company ("фильм «X»", "песня «X»", "книга «X»") is a title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from concord.claim import Mention
from concord.extract.ownership.reading import CLOSING_QUOTES, OPENING_QUOTES
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView

_LONGEST_QUOTED = 6  # tokens between the quotes: longer is a quotation, not a name
_LATIN_WORD = re.compile(r"[A-Z][A-Za-z0-9&.'’-]*|&|[A-Z]?[a-z]+[A-Z][A-Za-z]*")
_ASCII_LETTER = re.compile(r"[A-Za-z]")  # a sentence without one has no Latin name
_LATIN_JOINERS = frozenset({"&", "and", "of", "de"})
_SHORTEST_LATIN_CAPITALS = 5  # "IT", "CEO", "FMCG": capitals shorter than this are no name


def with_unnamed_names(view: SentenceView, words: OwnershipWords) -> SentenceView:
    """`view` with the quoted and Latin-letter names the finder left out as organisations
    (no document entity); the same view when there are none."""
    found = quoted_names(view, words) + latin_names(view)
    if not found:
        return view
    added = replace(view, mentions=sorted(view.mentions + found, key=lambda m: m.start))
    added._mention_of_token = dict(view._mention_of_token)
    for mention in found:
        for index in view.token_indices(mention.start, mention.end):
            added._mention_of_token[index] = mention
    return added


def quoted_names(view: SentenceView, words: OwnershipWords) -> list[Mention]:
    """Capitalised quoted names with no mention inside, not after a noun of another kind
    than a company's ("агрохолдингом «Ока Агро»" is a name, "фильм «Туман»" a title)."""
    tokens = view.tokens
    found = []
    for opening, token in enumerate(tokens):
        if token.text not in OPENING_QUOTES:
            continue
        closing = next(
            (i for i in range(opening + 1, min(opening + _LONGEST_QUOTED + 2, len(tokens)))
             if tokens[i].text in CLOSING_QUOTES),
            None,
        )  # fmt: skip
        if closing is None or closing == opening + 1:
            continue
        inner = range(opening + 1, closing)
        if not tokens[inner[0]].text[:1].isupper() or any(
            view.mention_at(i) is not None or tokens[i].text in {",", "(", ")", "«", "»"}
            for i in inner
        ):
            continue
        if opening > 0 and _title_noun(view, opening - 1, words):
            continue
        found.append(_organisation(view, inner[0], inner[-1]))
    return found


def latin_names(view: SentenceView) -> list[Mention]:
    """Runs of capitalised Latin-letter words with no mention ("Oyster Terfort", "FERMOVANT
    ALLIANCE CORP"), not inside quotes (those are `quoted_names`' to judge) and not one
    short word of capitals ("IT", "CEO")."""
    tokens = view.tokens
    found: list[Mention] = []
    if not _ASCII_LETTER.search("".join(token.text for token in tokens)):
        return found  # every run starts with a word of `_LATIN_WORD`, which has one
    index = 0
    while index < len(tokens):
        end = index
        while end < len(tokens) and _latin_word(view, end, first=end == index):
            end += 1
        while end > index and tokens[end - 1].text.lower() in _LATIN_JOINERS:
            end -= 1
        if end == index:
            index += 1
            continue
        quoted = index > 0 and tokens[index - 1].text in OPENING_QUOTES
        single = tokens[index].text
        if not quoted and (end - index > 1 or not _short_capitals(single)):
            found.append(_organisation(view, index, end - 1))
        index = end
    return found


def _latin_word(view: SentenceView, index: int, first: bool) -> bool:
    token = view.tokens[index]
    if view.mention_at(index) is not None:
        return False
    if token.text.lower() in _LATIN_JOINERS:
        return not first
    return bool(_LATIN_WORD.fullmatch(token.text)) and any(c.isalpha() for c in token.text)


def _short_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) < 2 or (text.isupper() and len(letters) < _SHORTEST_LATIN_CAPITALS)


def _title_noun(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """Whether the word before a quote is a noun that says the name is no company's:
    "фильм", "песня", "книга", "бренд"; a company's kind noun ("агрохолдинг") is not."""
    token = view.tokens[index]
    return token.pos == "NOUN" and token.lemma not in _company_kinds(words)


def _company_kinds(words: OwnershipWords) -> frozenset[str]:
    return (
        words.standing_nouns | words.group_nouns | words.company_nouns
        | words.enterprise_nouns | words.subsidiary_nouns | words.introduced_only_nouns
        | words.introduced_media_nouns
    )  # fmt: skip


def _organisation(view: SentenceView, first: int, last: int) -> Mention:
    start, end = view.tokens[first].start, view.tokens[last].end
    text = view.document.document.text[start:end]
    return Mention(start, end, text, "ORG", " ".join(text.split()))
