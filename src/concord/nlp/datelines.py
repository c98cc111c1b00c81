"""The dateline that opens a wire report: "МОСКВА, 23 авг — РИА Новости.", "Киев. 6
сентября. INTERFAX.RU - …", "САЛЕХАРД, 15 марта, ФедералПресс.".

It says where and when the agency filed, not what happened: read as part of the first
sentence its agency becomes a side of the deal or the speaker told there. The sentence
splitter gives it a sentence of its own, and a dateline with a year dates a report that
states no publication date.
"""

from __future__ import annotations

import re

from concord.nlp.dates import full_date

_MONTH = (
    r"(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|"
    r"сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|"
    r"янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек)\.?"
)
_PLACE = r"[А-ЯЁA-Z][\w-]*(?:[ -][А-ЯЁA-Z][\w-]*){0,2}"
_WORD = r"[А-ЯЁA-Z][\w-]*(?:\.[\w-]+)*"  # "INTERFAX.RU", "ИТАР-ТАСС"
_AGENCY = rf"(?:/[^/\n]{{2,60}}/|[«\"]?{_WORD}(?:[ /]{_WORD}){{0,2}}[»\"]?)"
_DASH = r"[—–-]"
DATELINE = re.compile(
    rf"{_PLACE}[,.]\s+\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}}(?:\s+(?:года|г\.))?)?"
    # then the agency closed by a full stop or a dash, or the date closed so
    rf"(?:\s*[,.]?\s*(?:{_DASH}\s*)?{_AGENCY}(?:\.\s*(?:{_DASH}\s+)?|\s+{_DASH}\s+)"
    rf"|\s*\.\s*(?:{_DASH}\s+)?|\s+{_DASH}\s+)"
    rf"(?=[А-ЯЁA-Z«\"„])"
)


_OPENING_LINE = re.compile(rf"(?m)^[ \t]*(?:{DATELINE.pattern})")
DATELINE_REACH = 400  # characters from the start of a report where a dateline may stand


def dateline_end(block: str) -> int | None:
    """Where the dateline opening a paragraph ends (before the space after it), or None."""
    match = DATELINE.match(block)
    if match is None:
        return None
    return len(match.group().rstrip())


def dateline_date(text: str) -> str | None:
    """The date a report's dateline gives, when it gives the year too: the day the report
    was filed, for a source that states no publication date."""
    found = _OPENING_LINE.search(text[:DATELINE_REACH])
    return full_date(found.group()) if found else None
