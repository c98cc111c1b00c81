"""The dateline that opens an English wire report: "COLOMBO, Nov 3 (Reuters) -",
"VIENNA, March 13 Austrian steel group …", "Colombo [Sri Lanka], April 5 (ANI):",
"WASHINGTON –", "New Delhi:".

The small model reads the capitals as a person or an organisation ("FRANKFURT" as ORG)
or leaves them out. The place is where the agency filed, a place; the agency in brackets
is an organisation. `dateline_parts` gives both with the names they should carry
("BOGOTA" → "Bogota").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from concord.nlp.english_gazetteer import is_known_place

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
_CAPITALS = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"  # "KUALA LUMPUR", "ST. PETERSBURG"
_TITLED = r"[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2}"  # "New Delhi"
_AGENCY = r"[A-Z][\w.&' -]{1,30}?"
_END = r"\s*(?:--|[-–—:])\s"
DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_CAPITALS}|{_TITLED})"
    rf"(?:\s*\[(?P<region>{_TITLED})\]|,\s*(?P<state>{_TITLED})(?=,|\s*\())?"
    rf"(?P<date>,?\s*{_DATE}|\s*\({_DATE}\))?"
    rf"(?:,?\s*\((?P<agency>{_AGENCY})\))?"
    rf"(?P<end>{_END}|\s+(?=[A-Z\"“]))"
)
# The agency first and the place with the date in brackets: "RSS (KATHMANDU, 29 March
# 2022) –".
AGENCY_FIRST = re.compile(
    rf"(?m)^[ \t]*(?P<agency>[A-Z]{{2,10}})\s+\((?P<place>{_CAPITALS}|{_TITLED}),\s*"
    rf"(?P<date>{_DATE})\){_END}"
)

# The agency after a full stop or between slashes: "ASTANA. KAZINFORM -", "NUR-SULTAN.
# KAZINFORM Kazakh President …", "Ulaanbaatar /MONTSAME/. On March 16", "Ulaanbaatar,
# Mongolia /MONTSAME/ In China".
AGENCY_AFTER_PLACE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_CAPITALS}|{_TITLED})(?:,\s*(?P<state>{_TITLED}))?"
    rf"(?:\.\s+|\s*/)(?P<agency>[A-Z]{{3,12}})(?:/\.?|\b)(?P<end>{_END}|\s+(?=[A-Z\"“]))"
)

OPENING_REACH = 400  # characters from the start where an undated dateline may stand


@dataclass(frozen=True)
class DatelinePart:
    start: int
    end: int
    type: str  # LOC for the place and its region, ORG for the agency
    name: str


def dateline_parts(text: str) -> list[DatelinePart]:
    """Place, region and agency of every dateline opening a paragraph of `text`."""
    parts: list[DatelinePart] = []
    for match in _datelines(text):
        place = match.group("place")
        parts.append(DatelinePart(match.start("place"), match.end("place"), "LOC", _named(place)))
        for group, kind in (("region", "LOC"), ("state", "LOC"), ("agency", "ORG")):
            if match.re.groupindex.get(group) and match.group(group):
                name = " ".join(match.group(group).split())
                parts.append(DatelinePart(match.start(group), match.end(group), kind, name))
    return parts


def dateline_ends(text: str) -> list[int]:
    """Where the report's own words begin after each dateline: the sentence splitter starts
    a sentence there, so the agency is not read as the first sentence's speaker or side."""
    return [
        match.end() + len(text[match.end() :]) - len(text[match.end() :].lstrip())
        for match in _datelines(text)
    ]


def _datelines(text: str) -> list[re.Match[str]]:
    """Every dateline opening a paragraph of `text`, in order."""
    matches = [
        *(m for m in DATELINE.finditer(text) if _is_dateline(m, m.start() < OPENING_REACH)),
        *AGENCY_FIRST.finditer(text),
        *(m for m in AGENCY_AFTER_PLACE.finditer(text) if _named_place(m.group("place"))),
    ]
    return sorted(matches, key=lambda found: found.start())


def _is_dateline(match: re.Match[str], opening: bool) -> bool:
    """A date or an agency makes a dateline of capitals or of a known place; without
    either, only a known place closed by a dash or a colon at the opening of the text
    does ("WASHINGTON –", "New Delhi:"): later such a line is a speaker's label."""
    place = match.group("place")
    closed = match.group("end").strip() != ""
    date = match.group("date")
    dated = date is not None or match.group("agency") is not None
    if date is not None and date[:1].isspace() and not place.isupper():
        return False  # "In May 2 …": only capitals take a date without a comma
    if dated:
        return place.isupper() or is_known_place(place) or match.group("region") is not None
    return opening and closed and is_known_place(place)


def _named_place(place: str) -> bool:
    """Capitals or a known place: what stands before an agency's name."""
    return place.isupper() or is_known_place(place)


def _named(place: str) -> str:
    """A place in capitals as it is written in running text."""
    return place.title() if place.isupper() else place
