"""Bytes to text: BOM, strict UTF-8, then the legacy Cyrillic code pages Russian sites still serve."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from concord.document import ReadError

_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CYRILLIC_PAGES = ["cp1251", "koi8_r", "mac_cyrillic", "cp866"]


def _cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in letters) / len(letters)


def looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    control = sum(b < 9 or 13 < b < 32 for b in sample)
    return bool(sample) and control / len(sample) > 0.05


def decode(data: bytes, location: str) -> str:
    if not data.strip():
        raise ReadError(location, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding, errors="strict")
            except UnicodeDecodeError as error:
                raise ReadError(
                    location, f"undecodable text: invalid {encoding} after its byte-order mark"
                ) from error
    if looks_binary(data):
        raise ReadError(location, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_CYRILLIC_PAGES).best()
    candidates = [best.encoding] if best is not None else []
    candidates += [page for page in _CYRILLIC_PAGES if page not in candidates]
    scored = []
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_cyrillic_share(text), encoding, text))
    if scored:
        share, _, text = max(scored, key=lambda item: item[0])
        if share > 0.5:
            return text
    raise ReadError(location, "undecodable text: neither UTF-8 nor a Cyrillic code page")
