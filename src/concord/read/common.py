"""Helpers every reader shares: the size limit, dates, titles, sources and stated languages."""

from __future__ import annotations

import codecs
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from concord.document import ReadError

# Far above any news article (a long feature is ~100,000 characters); it guards memory
# against a database dump or a log file passed by mistake.
MAX_CHARACTERS = 2_000_000

# UTF-8 needs at most 4 bytes a character, so a file this many times the limit cannot fit.
MAX_BYTES_PER_CHARACTER = 4
_CHUNK_BYTES = 1 << 20
# Bytes that never start a character in UTF-8; every other byte starts one, so counting
# the others gives the exact length of UTF-8 text and a lower bound for one-byte code pages.
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-32 BOMs start with these too

TITLE_CHARACTERS = 250


def too_large(location: str, amount: int, limit: int) -> ReadError:
    """One wording for every size refusal, in MB so a user can compare it with `ls -lh`."""
    return ReadError(
        location,
        f"too large: {amount / 1e6:.1f} MB, limit {limit / 1e6:g} MB ({limit:,} characters)",
    )


def read_bytes_within_limit(path: Path, limit: int) -> bytes:
    """Read a file only if its text can fit the limit, stopping as soon as it cannot."""
    location = str(path)
    size = path.stat().st_size
    if size > limit * MAX_BYTES_PER_CHARACTER:
        raise too_large(location, size, limit)
    chunks: list[bytes] = []
    characters_at_least = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK_BYTES):
            if not chunks and chunk.startswith(_WIDE_BOMS):
                # UTF-16/32: counted after decoding; the size check above already bounds it
                return chunk + stream.read()
            chunks.append(chunk)
            characters_at_least += len(chunk.translate(None, _CONTINUATION_BYTES))
            if characters_at_least > limit:
                raise too_large(location, size, limit)
    return b"".join(chunks)


def check_length(text: str, location: str, limit: int) -> str:
    if len(text) > limit:
        raise too_large(location, len(text), limit)
    return text


_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])")
_DOTTED = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def iso_date(value: str) -> str:
    """A publication date as ISO with the precision given ("2026", "2026-02", "2026-02-27").

    Accepts ISO dates and date-times, RFC 2822 (feeds, e-mail) and DD.MM.YYYY (Russian sites);
    raises ValueError for anything else, so a bad date is reported rather than guessed.
    """
    iso = _ISO_PREFIX.match(value)
    if iso:
        year, month, day = iso.groups()
        if day:
            return date(int(year), int(month), int(day)).isoformat()
        if month:
            return date(int(year), int(month), 1).isoformat()[:7]
        return year
    dotted = _DOTTED.match(value)
    if dotted:
        day_text, month_text, year_text = dotted.groups()
        return date(int(year_text), int(month_text), int(day_text)).isoformat()
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError) as error:
        raise ValueError(f"not a date: {value!r}") from error


def iso_date_or_none(value: object) -> str | None:
    """For metadata found on a page: a date that does not parse is dropped, not fatal."""
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return iso_date(value)
    except ValueError:
        return None


def title_from_text(text: str) -> str:
    """The first non-empty line, cut at a word if a text has no real headline line."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(line) <= TITLE_CHARACTERS:
        return line
    cut = line[:TITLE_CHARACTERS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—–-") + "…"


_UNINFORMATIVE_STEM = re.compile(r"^[\W\d_]*(index|article|page|news|item|text)?[\W\d_]*$", re.I)


def source_from_path(path: Path | str) -> str:
    """Outlet name from the file name; from the folder when the name is only a date or an id."""
    path = Path(path)
    stem = path.stem
    if _UNINFORMATIVE_STEM.match(stem) and path.parent.name not in ("", ".", ".."):
        return path.parent.name
    return stem


# Three-letter and legacy codes a source may state, as the two-letter codes used elsewhere.
_LANGUAGE_ALIASES = {"rus": "ru", "eng": "en", "ukr": "uk", "kaz": "kk", "iw": "he", "in": "id"}
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def declared_language(declared: object) -> str:
    """The language code a source states ("ru-RU", "en_GB", "rus" give "ru", "en", "ru"),
    or "" when it states none or something that is not a language tag: readers never
    guess, the nlp stage detects the language of a text that does not say."""
    if not isinstance(declared, str):
        return ""
    primary = re.split(r"[-_]", declared.strip().lower(), maxsplit=1)[0]
    primary = _LANGUAGE_ALIASES.get(primary, primary)
    return primary if _LANGUAGE_CODE.match(primary) else ""
