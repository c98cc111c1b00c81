"""Quoted and bracketed names: titles, descriptors and second names that are no side of their own.

Read from the text around a name rather than the tree, since the name finder and the
parser often split a quoted name from its noun: one word of a longer title ("газопровод
«Сила Сибири»"), a work's title ("проект «Сахалин-2»"), a descriptor before a side
("Петербургский «Зенит»"), or a bracket after a side ("ООО «X» (Самара)", "(ЕАБР)").
"""

from __future__ import annotations

from collections.abc import Mapping

from concord.claim import Mention
from concord.extract.deal.names import PLACE_TYPES
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView


def inside_longer_quote(view: SentenceView, mention: Mention, words: DealWords) -> bool:
    """Whether the name is one word of a longer quoted name ("газопровод «Сила Сибири»"):
    a part of a title, not a side."""
    own = view.token_indices(mention.start, mention.end)
    if not own:
        return False
    first, last = own[0], own[-1]
    opening = next(
        (i for i in range(first - 1, -1, -1)
         if view.tokens[i].text in words.quotes or view.tokens[i].text in words.quotes.values()),
        None,
    )  # fmt: skip
    if opening is None or view.tokens[opening].text not in words.quotes:
        return False
    closing = words.quotes[view.tokens[opening].text]
    end = next(
        (i for i in range(last + 1, len(view.tokens)) if view.tokens[i].text == closing), None
    )
    return end is not None and (opening < first - 1 or end > last + 1)


def descriptor_before(
    mention: Mention,
    sides: list[Mention],
    text: str,
    quotes: Mapping[str, str],
    brackets: Mapping[str, str] | None = None,
) -> bool:
    """Whether the name only describes the side named right after it, quoted or not:
    "Арабский фонд Mubadala", "Петербургский «Зенит»" are one side each; two quoted names
    in a row ("«A» «B»") are two. A short name in brackets before the full one ("компании
    (НАК) «Нафтогаз»") describes it too."""
    closing = "".join((brackets or {}).values())

    def between(other: Mention) -> str:
        gap = text[mention.end : other.start].strip()
        if closing and gap[:1] in closing:  # "(НАК) «Нафтогаз»", "(НАК) \"Нафтогаз\""
            return gap[1:].strip().strip("".join(quotes) + '"').strip()
        return gap

    return any(
        other is not mention and other.start > mention.end and between(other) in {"", *quotes}
        for other in sides
    )


def describes_side(
    view: SentenceView, mention: Mention, sides: list[Mention], text: str, words: DealWords
) -> bool:
    """Whether the name only tells more of another side: in brackets right after it, as
    its place or its group ("ООО «X» (Самара)", "ОАО «X» (группа «Y»)"), not its initials
    ("(УГК)")."""
    places = mention.type in PLACE_TYPES
    for other in sides:
        if other is mention or other.start > mention.start:
            continue
        gap = text[other.end : mention.start]
        marks = "".join(words.quotes) + "".join(words.quotes.values()) + '"'
        for opening, closing in words.brackets.items():
            before = gap.strip().strip(marks).strip()
            if not before.startswith(opening) or closing in gap:
                continue
            inside = before[len(opening) :].strip().strip(marks).strip()
            if places or inside or not mention.normal.isupper():
                return True  # "(УГК)", the side's initials, is kept for `bracketed_after`
    return False


def common_noun_before(view: SentenceView, mention: Mention, sides: list[Mention]) -> bool:
    """Whether a "name" the name finder made of common words only describes the quoted side
    after it ("Московская сеть супермаркетов «X»": one side, X): it ends in a lowercase
    noun, and between it and the quoted side stand only genitive words ("супермаркетов")."""
    indices = view.token_indices(mention.start, mention.end)
    if not indices or not view.tokens[indices[-1]].text.islower():
        return False
    if view.tokens[indices[-1]].pos != "NOUN":
        return False
    following = indices[-1] + 1
    while following < len(view.tokens) and view.tokens[following].feats.get("Case") == "Gen":
        if view.tokens[following].pos not in {"NOUN", "ADJ"} or view.mention_at(following):
            break
        following += 1
    if following >= len(view.tokens) or view.tokens[following].pos != "PUNCT":
        return False
    start = view.tokens[following].end
    return any(other is not mention and other.start == start for other in sides)


def bracketed_after(
    mention: Mention, sides: list[Mention], text: str, brackets: Mapping[str, str]
) -> bool:
    """Whether another side follows the name in brackets, as its short name or other
    spelling: "Евразийский банк развития (ЕАБР)" is one side, kept by the bracketed name
    (the one the report goes on to use)."""
    return any(
        other is not mention
        and other.start > mention.end
        and text[mention.end : other.start].strip() == opening
        and text[other.end :].lstrip().startswith(closing)
        for other in sides
        for opening, closing in brackets.items()
    )


def name_tail(mention: Mention, sides: list[Mention], text: str, joints: frozenset[str]) -> bool:
    """Whether the name is the tail of another side's name joined to it with no space
    ("ВЭБ.РФ", "Дом.РФ": a state company named like a web address): one side, kept by its
    head, not a second side for the country its tail names (deal37)."""
    return any(
        other is not mention and other.end < mention.start
        and text[other.end : mention.start] in joints
        for other in sides
    )  # fmt: skip


def work_title(view: SentenceView, mention: Mention, words: DealWords) -> bool:
    """Whether the name is the quoted title of a work right before it ("по газопроводу
    «Северный поток»", "проект «Сахалин-2»"): what the deal is about, not a side."""
    own = view.token_indices(mention.start, mention.end)
    if not own or own[0] < 2:
        return False
    before = own[0] - 1
    return (
        view.tokens[before].text in words.quotes
        and view.tokens[before - 1].lemma in words.work_nouns
    )
