"""Parts of a news text that are not reporting: photo credits, captions, bylines, "read also".

The rules describe kinds of lines, not the strings of one site:
- a credit starts with a credit word ("Фото", "Photo", "Источник фото", "©") and either a
  separator (":", "©", "/", a dash) or is a short line without a full stop;
- a byline starts with an author word and a separator ("Автор:", "Текст —") or "By Name";
- a caption is a short line that repeats the headline, or the line glued right above a credit;
- a "read also"-type marker (read also, now reading, subscribe, share, advertising, tags)
  covers its own line when it introduces a link in the same line; as a heading it covers
  the teaser lines under it, and everything to the end when only such lines follow.
Later stages mark sentences overlapping these ranges as not claimable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

# Decoration a site puts before a marker: bullets, arrows, emoji, dashes, brackets.
_DECORATION = re.compile(r"^[^\w©]+")
_SENTENCE_END = ("." , "!", "?", "…")  # fmt: skip

_CREDIT_WORD = (
    r"(?:источник\s+(?:фото|изображения|иллюстрации|видео)|автор\s+фото|"
    r"фото(?:графия|графии|граф|материалы|снимок)?|снимок|иллюстрация|изображение|"
    r"инфографика|графика|коллаж|кадр(?:\s+из\s+видео)?|скриншот|видео|"
    r"photos?|photograph(?:er)?|image|picture|illustration|infographic|credits?|video|screenshot)"
)
_CREDIT_WITH_SEPARATOR = re.compile(
    rf"^{_CREDIT_WORD}(?:\s+(?:и|and|&)\s+{_CREDIT_WORD})?\s*(?::|©|/|\||—|–|-\s)", re.IGNORECASE
)
_CREDIT_PHRASE = re.compile(rf"^{_CREDIT_WORD}\b", re.IGNORECASE)
_CREDIT_INSIDE = re.compile(r"(?:^|[\s(.|/])(?:фото|photo)\s*(?::|©)", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|все права защищены|all rights reserved|"
    r"при (?:полном или частичном )?(?:использовании|цитировании|перепечатке)",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^(?:источник|source)\s*:", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?:(?:автор[ыа]?|текст|редактор|корреспондент|перевод|подготовил[аи]?|"
    r"author|text|editor|reporting|editing|writer)\s*(?::|—|–|-\s)"
    r"|(?:(?:[Ww]ritten|[Rr]eporting)\s+by|[Bb]y)\s+[A-ZА-ЯЁ]"
    r"|[Пп]одготовил[аи]?\s+[А-ЯЁ])",
)
_BYLINE_CASELESS = re.compile(_BYLINE.pattern, re.IGNORECASE)

# Markers that start "read also"-type material wherever they stand at a line start.
_STRONG_MARKER = re.compile(
    r"^(?:(?:читайте|читать|смотрите|см\.)\s+(?:также|тоже|еще|ещё|далее|больше|подробнее|нас)"
    r"|читайте\s+(?:новости|наш)|сейчас\s+читают|самое\s+(?:читаемое|популярное|интересное)"
    r"|(?:подписывайтесь|подпишитесь|присоединяйтесь|следите\s+за\s+(?:нами|новостями))"
    r"|(?:больше|еще|ещё)\s+(?:больше\s+)?новостей|узнавайте\s+(?:новости|первыми|больше)"
    r"|(?:материалы|новости|статьи)\s+по\s+теме|наш[и]?\s+(?:telegram|телеграм|канал)"
    r"|read\s+(?:also|more|next)|see\s+also|related\s+(?:articles|stories|news|coverage)"
    r"|more\s+(?:from|on|news|stories)|most\s+(?:read|popular)|subscribe\s+to|follow\s+us"
    r"|sign\s+up\s+for)\b",
    re.IGNORECASE,
)
# Words that are a marker only as a whole short line ("Реклама", "Поделиться", "Теги: …"),
# since an article paragraph may well begin with them.
_WEAK_MARKER = re.compile(
    r"^(?:реклама|на\s+правах\s+рекламы|поделиться|поделитесь|по\s+теме|популярное|"
    r"похожие\s+(?:новости|материалы|статьи|публикации)|другие\s+новости|последние\s+новости|"
    r"лента\s+новостей|главное|комментарии|теги|метки|рубрики|ключевые\s+слова|"
    r"advertisement|sponsored|share(?:\s+this)?|related|tags|topics|comments|trending)"
    r"(?:\s*\d+\+)?\s*(?::.*|\(\d+\))?$",
    re.IGNORECASE,
)
_DATE_TIME_LINE = re.compile(
    r"^[\d\s.:,/-]*(?:\d{1,2}\s+[а-яёa-z]+\.?\s*\d{0,4})?[\d\s.:,/-]*$", re.IGNORECASE
)

CAPTION_CHARACTERS = 250
CREDIT_CHARACTERS = 200
HEADING_CHARACTERS = 60
TEASER_CHARACTERS = 200
_TITLE_SIMILARITY = 90


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped
    block: int  # paragraph number: lines without a blank line between share one

    @property
    def core(self) -> str:
        """The line without leading bullets, arrows or emoji, where markers are matched."""
        return _DECORATION.sub("", self.text)


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    block, position, previous_blank = 0, 0, True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            if previous_blank and lines:
                block += 1
            start = position + len(raw) - len(raw.lstrip())
            lines.append(_Line(start, start + len(stripped), stripped, block))
        previous_blank = not stripped
        position += len(raw) + 1
    return lines


def is_credit(line: str) -> bool:
    """A photo, video or source credit, or a copyright notice."""
    core = _DECORATION.sub("", line)
    if len(line) > CREDIT_CHARACTERS:
        return False
    if _CREDIT_WITH_SEPARATOR.match(core) or _COPYRIGHT.search(line) or _SOURCE_LINE.match(core):
        return True
    if _CREDIT_PHRASE.match(core) and len(core.split()) <= 10:
        return not core.endswith(_SENTENCE_END) or len(core.split()) <= 3
    return False


def is_byline(line: str) -> bool:
    """An author line; "By Name" and "Подготовил Name" only without a full stop, as a name is no sentence."""
    core = _DECORATION.sub("", line)
    if len(core) > 120 or len(core.split()) > 12 or core.endswith(("!", "?")):
        return False
    if re.match(r"^\w+\s*(?::|—|–|-\s)", core):  # "Автор: …", "ТЕКСТ — …" in any letter case
        return bool(_BYLINE_CASELESS.match(core))
    return bool(_BYLINE.match(core)) and not core.endswith(_SENTENCE_END) and len(core.split()) <= 8


def _marker(line: _Line) -> str | None:
    """Whether a marker line is a heading over the lines below it, or a whole item by itself."""
    core = line.core
    if _WEAK_MARKER.match(core):
        return "heading" if ":" not in core else "inline"
    if _STRONG_MARKER.match(core):
        short = len(core) <= HEADING_CHARACTERS and not core.endswith(_SENTENCE_END)
        return "heading" if short and not re.search(r":\s*\S", core) else "inline"
    return None


def _is_teaser(line: _Line) -> bool:
    """A headline-like line of a link list: short and without a full stop, or only a date."""
    if (
        is_credit(line.text)
        or is_byline(line.text)
        or _marker(line)
        or _DATE_TIME_LINE.match(line.text)
    ):
        return True
    return len(line.text) <= TEASER_CHARACTERS and not line.text.endswith(_SENTENCE_END)


def _same_title(line: str, title: str) -> bool:
    if len(line) > CAPTION_CHARACTERS:
        return False
    simple_line, simple_title = (
        " ".join(line.casefold().split()),
        " ".join(title.casefold().split()),
    )
    return simple_line == simple_title or fuzz.ratio(simple_line, simple_title) >= _TITLE_SIMILARITY


def non_claim_zones(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping character ranges of `text` that must never yield claims."""
    lines = _lines(text)
    if not lines:
        return []
    zones: list[tuple[int, int]] = []
    title = lines[0].text
    index = 0
    while index < len(lines):
        line = lines[index]
        kind = _marker(line)
        if kind == "heading":
            following = lines[index + 1 :]
            if all(_is_teaser(other) for other in following):
                zones.append((line.start, lines[-1].end))
                break
            covered = index
            for other in following:  # its own paragraph, then at most the next one
                if other.block > line.block + 1 or not _is_teaser(other):
                    break
                covered += 1
            zones.append((line.start, lines[covered].end))
            index = covered + 1
            continue
        if kind == "inline" or is_byline(line.text):
            zones.append((line.start, line.end))
        elif is_credit(line.text) or (
            len(line.text) <= CAPTION_CHARACTERS and _CREDIT_INSIDE.search(line.text)
        ):
            zones.append((line.start, line.end))
            above = lines[index - 1]
            if (
                index - 1 > 0
                and above.block == line.block
                and len(above.text) <= CAPTION_CHARACTERS
            ):
                zones.append((above.start, above.end))
        elif index > 0 and _same_title(line.text, title):
            zones.append((line.start, line.end))
        index += 1
    return _merged(zones)


def _merged(zones: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(zones):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
