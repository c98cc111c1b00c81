"""Bytes to text: a byte-order mark, then strict UTF-8, then the Cyrillic code pages Russian sites still serve.

One-byte code pages decode almost any bytes, so a legacy decoding is only accepted when
the result reads like text (whole words in one alphabet and a sensible letter case);
otherwise the input is reported as undecodable instead of turned into mojibake.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from concord.document import ReadError

_BOMS = [  # UTF-32 first: its little-endian mark begins with the UTF-16 one
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
CYRILLIC_CODE_PAGES = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5"]
_WESTERN_CODE_PAGE = "cp1252"  # last resort; it cannot decode every byte, unlike latin-1
_SIGNATURES = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP or office document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"7z\xbc\xaf": "7-Zip archive",
    b"Rar!": "RAR archive",
    b"\x7fELF": "executable",
    b"SQLite format 3": "SQLite database",
    b"\xd0\xcf\x11\xe0": "old Office document",
}
_SAMPLE_BYTES = 8192
_MAX_CONTROL_SHARE = 0.05
_MIN_PLAUSIBLE_SHARE = 0.85
_WORD = re.compile(r"[^\W\d_]+")
# Russian letters from the most to the least frequent: a wrong code page that still
# yields well-formed words (all-capitals KOI8-R read as cp1251) yields rare letters.
_RUSSIAN_BY_FREQUENCY = "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё"
_RUSSIAN = re.compile(r"[а-яё]+", re.IGNORECASE)
_LATIN = re.compile(r"[a-zà-öø-ÿ]+", re.IGNORECASE)


def _strip_bom(data: bytes) -> tuple[bytes, str | None]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


def _control_share(sample: bytes) -> float:
    control = sum(byte < 9 or 13 < byte < 32 or byte == 127 for byte in sample)
    return control / len(sample) if sample else 0.0


def _high_byte_share(half: bytes) -> float:
    """Share of 0x00 (Latin, digits, spaces) and 0x04 (Cyrillic) bytes: UTF-16 high bytes."""
    return (half.count(0) + half.count(4)) / len(half)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without a mark: every other byte is the high byte of a Latin or Cyrillic letter."""
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    if len(even) < 2:
        return None
    if _high_byte_share(odd) > 0.9 and _high_byte_share(even) < 0.3:
        return "utf-16-le"
    if _high_byte_share(even) > 0.9 and _high_byte_share(odd) < 0.3:
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """Why these bytes are not text, or None if they may be."""
    sample = data[:_SAMPLE_BYTES]
    for signature, kind in _SIGNATURES.items():
        if sample.startswith(signature):
            return kind
    if sample.startswith(tuple(bom for bom, _ in _BOMS)) or _utf16_without_bom(sample):
        return None
    if b"\x00" in sample:
        return "contains NUL bytes"
    if _control_share(sample) > _MAX_CONTROL_SHARE:
        return "mostly control characters"
    return None


def _plausibility(text: str, alphabet: re.Pattern[str]) -> float:
    """Share of words that are written in one alphabet with a natural letter case.

    A wrong code page turns Russian words into mixes of rare letters, symbols and
    inverted case (KOI8-R read as cp1251 gives "вСЕМ" for "Всем"), which this catches.
    """
    words = _WORD.findall(text)
    if not words:
        return 0.0
    good = 0
    for word in words:
        natural_case = word.islower() or word.isupper() or word[1:].islower()
        if natural_case and (alphabet.fullmatch(word) or word.isascii()):
            good += 1
    non_text = sum(
        not (character.isalnum() or character.isspace() or character in ".,;:!?-—–«»\"'()%№/")
        for character in text
    )
    return good / len(words) - non_text / max(len(text), 1)


def _letter_rarity(text: str) -> float:
    """Mean frequency rank of the Cyrillic letters in a text; lower reads more like Russian.

    Letters of other Cyrillic alphabets (ћ, ђ, ї) rank far below any Russian one.
    """
    foreign = 2 * len(_RUSSIAN_BY_FREQUENCY)
    ranks = [
        index if (index := _RUSSIAN_BY_FREQUENCY.find(character)) >= 0 else foreign
        for character in text.lower()
        if "\u0400" <= character <= "\u04ff"
    ]
    return sum(ranks) / len(ranks) if ranks else float(foreign)


def _decode_legacy(data: bytes) -> str | None:
    """Best Cyrillic (or, failing that, Western) code page, if any reads like text."""
    guesses = from_bytes(data, cp_isolation=CYRILLIC_CODE_PAGES)
    order = [match.encoding for match in guesses]
    order += [page for page in CYRILLIC_CODE_PAGES if page not in order]
    readable: list[tuple[float, int, str]] = []
    for rank, encoding in enumerate(order):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _RUSSIAN.search(text) and _plausibility(text, _RUSSIAN) >= _MIN_PLAUSIBLE_SHARE:
            readable.append((_letter_rarity(text), rank, text))
    if readable:
        return min(readable)[2]
    try:
        text = data.decode(_WESTERN_CODE_PAGE)
    except UnicodeDecodeError:
        return None
    return text if _plausibility(text, _LATIN) >= _MIN_PLAUSIBLE_SHARE else None


def _declared(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def decode(data: bytes, location: str, declared: str | None = None) -> str:
    """Text of a file or record; `declared` is a charset the content names (an HTML meta tag)."""
    body, bom_encoding = _strip_bom(data)
    if not body.strip(b" \t\r\n\x0b\x0c"):
        raise ReadError(location, "empty file")
    if bom_encoding:
        try:
            text = body.decode(bom_encoding)
        except UnicodeDecodeError as error:
            raise ReadError(
                location,
                f"undecodable: invalid {bom_encoding} after its byte-order mark ({error.reason})",
            ) from error
        return _non_empty(text, location)
    kind = binary_kind(body)
    if kind:
        raise ReadError(location, f"binary file ({kind})")
    wide = _utf16_without_bom(body[:_SAMPLE_BYTES])
    if wide:
        try:
            return _non_empty(body.decode(wide), location)
        except UnicodeDecodeError as error:
            raise ReadError(location, f"undecodable: looks like {wide} but is not valid") from error
    try:
        return _non_empty(body.decode("utf-8"), location)
    except UnicodeDecodeError as error:
        utf8_problem = f"invalid UTF-8 byte 0x{body[error.start]:02x} at offset {error.start}"
    named = _declared(declared)
    if named and named != "utf-8":
        try:
            return _non_empty(body.decode(named), location)
        except UnicodeDecodeError:
            pass
    legacy = _decode_legacy(body)
    if legacy is None:
        raise ReadError(
            location,
            f"undecodable: {utf8_problem}, and no Cyrillic or Western code page reads as text",
        )
    return _non_empty(legacy, location)


def _non_empty(text: str, location: str) -> str:
    if not text.strip():
        raise ReadError(location, "empty file")
    return text
