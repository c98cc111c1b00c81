"""Dates in English news, resolved to ISO with the precision the text gives, as
`nlp/dates.py` does for Russian.

Absolute ("29 November 2026", "Nov. 29, 2026", "in 2027", "by 2030", "2025-2030") need no
context; relative ones ("on Thursday", "yesterday", "last year", "next month", "in
November") are resolved against the publication date, the sentence's tense choosing
between the last and the next such day or month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from concord.analysis import DateMention, Sentence
from concord.nlp.dates import parse_published, year_of

_MONTH_NAMES = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip
# Full names and the usual abbreviations ("Nov.", "Sept."); "May" and "March" only as written
# with a capital, so the verbs are no months.
_MONTH_FORMS = {
    number: f"{name.capitalize()}|{name[:3].capitalize()}\\.?"
    + ("|Sept\\.?" if number == 9 else "")
    for number, name in enumerate(_MONTH_NAMES, start=1)
}
_MONTH_FORMS[5] = "May"
_MONTH_FORMS[3] = "March|Mar\\."
_MONTH = "|".join(f"(?P<m{number}>{forms})" for number, forms in _MONTH_FORMS.items())
MONTH_WORD = re.compile(rf"(?:{_MONTH})(?![a-z])")
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_RELATION = r"(?P<relation>[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Ss]ince|[Ff]rom|[Nn]o later than)\s+"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_PATTERNS = [
    ("year_range", r"\b(?P<first>(?:19|20)\d{2})\s*[-–—]\s*(?P<last>(?:19|20)\d{2})\b"),
    ("day_month_year", rf"\b{_DAY}\s+(?:{_MONTH})(?![a-z]),?\s+{_YEAR}\b"),
    ("month_day_year", rf"\b(?:{_MONTH})(?![a-z])\s+{_DAY},?\s+{_YEAR}\b"),
    ("iso", r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    ("month_year", rf"\b(?:{_MONTH})(?![a-z]),?\s+{_YEAR}\b"),
    ("day_month", rf"\b{_DAY}\s+(?:{_MONTH})(?![a-z])"),
    ("month_day", rf"\b(?:{_MONTH})(?![a-z])\s+{_DAY}\b(?!\s*(?:%|percent|per cent))"),
    ("year", rf"\b(?:[Ii]n|[Oo]f|[Dd]uring|[Ff]or|[Tt]hrough)\s+{_YEAR}\b(?![-–]\d)"),
    ("relation_year", rf"(?<![-–\w]){_YEAR}\b(?![-–]\d)"),  # needs its "by", "since"
    ("month", rf"\b(?:[Ii]n|[Tt]his|[Ll]ast|[Nn]ext)\s+(?:{_MONTH})(?![a-z])"),
    ("weekday", r"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("relative_day", r"\b(?P<shift>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow)\b"),
    ("relative_year", r"\b(?P<which>this|last|next|past|the previous|the coming)\s+year\b"),
    ("relative_month", r"\b(?P<which>this|last|next|past|the previous|the coming)\s+month\b"),
]  # fmt: skip
_COMPILED = [
    (
        name,
        re.compile(
            rf"(?:{_RELATION}){'' if name == 'relation_year' else '?'}{pattern}",
            re.IGNORECASE if name.startswith("relative") else 0,
        ),
    )
    for name, pattern in _PATTERNS
]
_DAY_SHIFTS = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}
_SHIFTS = {"this": 0, "last": -1, "past": -1, "the previous": -1, "next": 1, "the coming": 1}
_RELATIONS = {
    "by": "until",
    "until": "until",
    "till": "until",
    "before": "until",
    "no later than": "until",
    "since": "since",
    "from": "since",
}
# Lemmas saying an event is planned, whatever the grammatical tense ("is scheduled for").
PLANNING_LEMMAS = frozenset({"plan", "schedule", "expect", "intend", "due", "upcoming"})


def sentence_tense(sentence: Sentence) -> str:
    """'future' for "will"/"shall" or a planning word, 'past' for a past-tense verb, else
    'unknown'."""
    tense = "unknown"
    for token in sentence.tokens:
        if token.feats.get("Tense") == "Fut" or token.lemma.lower() in PLANNING_LEMMAS:
            return "future"
        if token.pos in {"VERB", "AUX"} and token.feats.get("Tense") == "Past":
            tense = "past"
    return tense


def _month(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("month"):
        return int(groups["month"])
    return next(number for number in range(1, 13) if groups.get(f"m{number}"))


def _shifted_month(published: date, shift: int) -> str:
    index = published.year * 12 + published.month - 1 + shift
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _resolve(kind: str, match: re.Match[str], published: date | None, tense: str) -> str | None:
    groups = match.groupdict()
    if kind in {"day_month_year", "month_day_year", "iso"}:
        try:
            return date(int(groups["year"]), _month(match), int(groups["day"])).isoformat()
        except ValueError:
            return None
    if kind == "month_year":
        return f"{int(groups['year']):04d}-{_month(match):02d}"
    if kind in {"year", "relation_year"}:
        return groups["year"]
    if published is None:
        return None
    if kind in {"day_month", "month_day", "month"}:
        month = _month(match)
        day = int(groups["day"]) if kind != "month" else None
        word = match.group().split()[0].lower()
        if kind == "month" and word in {"last", "next", "this"}:
            tense = {"last": "past", "next": "future"}.get(word, "unknown")
        year = year_of(month, day, published, tense)
        if year is None:
            return None
        return f"{year:04d}-{month:02d}" if day is None else date(year, month, day).isoformat()
    if kind == "weekday":
        wanted = _WEEKDAYS.index(groups["weekday"].lower())
        word = match.group().split()[0].lower()
        if word == "next" or (tense == "future" and word != "last"):
            return (
                published
                + timedelta(days=(wanted - published.weekday()) % 7 or 7 * (word == "next"))
            ).isoformat()
        delta = (published.weekday() - wanted) % 7
        if word == "last" and delta == 0:
            delta = 7
        return (published - timedelta(days=delta)).isoformat()
    if kind == "relative_day":
        shift = _DAY_SHIFTS[" ".join(groups["shift"].lower().split())]
        return (published + timedelta(days=shift)).isoformat()
    which = _SHIFTS[" ".join(groups["which"].lower().split())]
    if kind == "relative_year":
        return str(published.year + which)
    return _shifted_month(published, which)


def _mentions(kind: str, match: re.Match[str], offset: int, value: str) -> list[DateMention]:
    relation_word = " ".join((match.group("relation") or "").lower().split())
    relation = _RELATIONS.get(relation_word, "on")
    return [
        DateMention(offset + match.start(), offset + match.end(), match.group(), value, relation)
    ]


def find_english_dates(sentences: list[Sentence], published: str | None) -> list[DateMention]:
    """Every date expression, longest first where two overlap; a span of years ("2025-2030")
    is a start (since) and an end (until)."""
    publication = parse_published(published)
    found: list[DateMention] = []
    for sentence in sentences:
        tense = sentence_tense(sentence)
        taken: list[tuple[int, int]] = []
        offset = sentence.start
        for kind, pattern in _COMPILED:
            for match in pattern.finditer(sentence.text):
                start, end = match.span()
                if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
                    continue
                if kind == "year_range":
                    first, last = match.span("first"), match.span("last")
                    found.append(
                        DateMention(
                            offset + first[0],
                            offset + first[1],
                            match.group("first"),
                            match.group("first"),
                            "since",
                        )
                    )
                    found.append(
                        DateMention(
                            offset + last[0],
                            offset + last[1],
                            match.group("last"),
                            match.group("last"),
                            "until",
                        )
                    )
                    taken.append((start, end))
                    continue
                value = _resolve(kind, match, publication, tense)
                if value is None:
                    continue
                taken.append((start, end))
                found.extend(_mentions(kind, match, offset, value))
    found.sort(key=lambda mention: mention.start)
    return found
