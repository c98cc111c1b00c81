"""Parts of a news page that are not reporting: photo credits, captions, bylines, "read also".

Rules describe kinds of lines, not strings of one site: a credit line starts with a
credit word and a colon; a caption is a short unpunctuated line standing right before a
credit or repeating the headline; a "read also"-type heading at the tail takes the rest.
"""

from __future__ import annotations

import re

_CREDIT = re.compile(
    r"^\s*(фото|photo|фотография|источник фото|иллюстрация|видео|кадр|скриншот|коллаж|графика)"
    r"(\s+[а-яёa-z-]+)?\s*[:©]",
    re.IGNORECASE,
)
_CREDIT_PHRASE = re.compile(r"^\s*(фото\s+(пресс-службы|из открытых источников)|©)", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*(автор|текст|by|редактор|перевод)\s*[:—–-]\s*\S", re.IGNORECASE)
_TAIL_HEADING = re.compile(
    r"^\s*(сейчас читают|читайте также|читайте нас|читать также|по теме|похожие новости|"
    r"популярное|самое читаемое|другие новости|подписывайтесь|поделиться|реклама|теги|"
    r"read more|related)\b",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]*")


def _lines(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]


def _is_caption_like(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) < 160 and not stripped.endswith((".", "!", "?", "»", ":", ";"))


def non_claim_zones(text: str) -> list[tuple[int, int]]:
    lines = _lines(text)
    zones: list[tuple[int, int]] = []
    headline = lines[0][2].strip() if lines else ""
    for position, (start, end, line) in enumerate(lines):
        if _TAIL_HEADING.match(line):
            if len(line.strip()) < 40 and position >= len(lines) * 0.6:
                zones.append((start, len(text)))
                break
            zones.append((start, end))
            continue
        if _CREDIT.match(line) or _CREDIT_PHRASE.match(line) or _BYLINE.match(line):
            zones.append((start, end))
            if position > 0 and _is_caption_like(lines[position - 1][2]) and position - 1 > 0:
                zones.append(lines[position - 1][:2])
            continue
        if position > 0 and line.strip() == headline:
            zones.append((start, end))
    return sorted(set(zones))
