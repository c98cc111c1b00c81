"""Concrete projects: campuses, centres, schools, joint production — who, where, from when.

A project noun becomes an initiative when a word of launching or opening stands next to
it or governs it ("откроется школа", "начнет работу кампус", "открытие кампуса",
"создадут совместное производство"). The parser is unsure around Latin-script names,
so the project's own stretch of the sentence is read linearly: from the project noun
to the next project or clause boundary; the organisations named there (and the
launching verb's subject) run it, the first "в X" place there (or on the verb) hosts it.
"""

from __future__ import annotations

from concord.claim import Argument, Claim
from concord.extract.sentence_view import SentenceView

QUOTES = {"«", '"', "„", "“"}

PROJECT_NOUNS = {
    "кампус",
    "центр",
    "школа",
    "филиал",
    "производство",
    "предприятие",
    "завод",
    "лаборатория",
    "институт",
    "хаб",
    "фабрика",
    "комбинат",
    "представительство",
    "офис",
    "технопарк",
    "академия",
    "колледж",
    "госпиталь",
    "больница",
    "терминал",
    "электростанция",
    "сотрудничество",
}
LAUNCH_WORDS = {
    "открыть",
    "открыться",
    "открывать",
    "открытие",
    "запустить",
    "запуск",
    "создать",
    "создание",
    "построить",
    "строительство",
    "появиться",
    "заработать",
    "начать",
    "основать",
    "учредить",
    "расширить",
    "расширение",
    "развернуть",
    "открываться",
    "создавать",
    "запускать",
    "строить",
    "появляться",
    "работа",
}
_COOPERATION_LAUNCHERS = {"расширить", "расширение", "начать", "развернуть"}
_PLACE_TYPES = {"LOC", "LOCORG"}
_NEAR = 3


def _launcher(view: SentenceView, index: int) -> int | None:
    """A launching word governing the project noun, governed by it, or just before it."""
    token = view.tokens[index]
    if 0 <= token.head < len(view.tokens) and view.tokens[token.head].lemma in LAUNCH_WORDS:
        return token.head
    for child in view.children(index):
        if view.tokens[child].lemma in LAUNCH_WORDS:
            return child
    for position in range(index - 1, max(-1, index - 1 - _NEAR), -1):
        if view.tokens[position].pos == "PUNCT":
            break
        if view.tokens[position].lemma in LAUNCH_WORDS:
            return position
    return None


def _kind(view: SentenceView, index: int, end: int) -> list[int]:
    """The project noun with its adjectives and a genitive complement before any name."""
    start = index
    while start > 0 and view.tokens[start - 1].pos == "ADJ" and view.mention_at(start - 1) is None:
        start -= 1
    while start < index and view.tokens[start].lemma in {"новый", "первый", "свой", "этот"}:
        start += 1
    stop = index
    while (
        stop + 1 < end
        and view.mention_at(stop + 1) is None
        and (
            view.tokens[stop + 1].pos in {"NOUN", "ADJ"}
            and view.tokens[stop + 1].feats.get("Case") == "Gen"
        )
        and not _names_what_follows(view, stop + 1)
    ):
        stop += 1
    return list(range(start, stop + 1))


def _names_what_follows(view: SentenceView, index: int) -> bool:
    """ "компании" in "завод компании «Тау-Кен Самрук»" describes the name after it."""
    following = index + 1
    while following < len(view.tokens) and view.tokens[following].text in QUOTES:
        following += 1
    return following < len(view.tokens) and view.mention_at(following) is not None


def _is_project(view: SentenceView, index: int) -> bool:
    return view.tokens[index].lemma in PROJECT_NOUNS and view.mention_at(index) is None


def _segment_end(view: SentenceView, index: int) -> int:
    for position in range(index + 1, len(view.tokens)):
        token = view.tokens[position]
        if token.text in {";", ":"} or (
            token.text == ","
            and position + 1 < len(view.tokens)
            and view.tokens[position + 1].lemma in {"а", "но"}
        ):
            return position
        if token.lemma in LAUNCH_WORDS or _is_project(view, position):
            return position
    return len(view.tokens)


def extract(view: SentenceView) -> list[Claim]:
    claims = []
    for index, token in enumerate(view.tokens):
        if not _is_project(view, index):
            continue
        launcher = _launcher(view, index)
        if launcher is None:
            continue
        if token.lemma == "сотрудничество" and (
            view.tokens[launcher].lemma not in _COOPERATION_LAUNCHERS
        ):
            continue
        end = _segment_end(view, index)
        kind_indices = _kind(view, index, end)
        value, span = view.phrase(kind_indices)
        arguments = [Argument("kind", value.lower(), span)]
        segment = list(range(index, end))
        verb_parts: list[int] = []
        verb = launcher
        if view.tokens[verb].pos != "VERB" and 0 <= view.tokens[verb].head < len(view.tokens):
            verb = view.tokens[verb].head  # "начнет работу кампус": the verb above "работу"
        if view.tokens[verb].pos == "VERB":
            for child in view.children(verb):
                relation = view.tokens[child].relation
                if relation.startswith("nsubj") or (relation == "obl" and child < index):
                    verb_parts.extend(view.subtree(child))
        organisations = view.mentions_in(segment + verb_parts, {"ORG"})
        if not organisations:
            continue
        for mention in organisations:
            arguments.append(view.entity_argument("organisations", mention))
        for mention in view.mentions_in(segment + verb_parts, _PLACE_TYPES):
            first = view.token_indices(mention.start, mention.end)[0]
            if first > 0 and view.tokens[first - 1].lemma in {"в", "во"}:
                arguments.append(view.entity_argument("location", mention))
                break
        date = next((d for d in view.dates if d.relation in {"on", "since"}), None)
        if date:
            arguments.append(view.date_argument("starts_on", date))
        for quantity in view.quantities:
            if view.token_indices(quantity.start, quantity.end)[0] in segment:
                arguments.append(
                    Argument("figures", quantity.text, view.text_span(quantity.start, quantity.end))
                )
        claims.append(view.claim("initiative", arguments, view.modality(launcher)))
    return claims
