"""Dates in Russian news, resolved to ISO with the precision the text gives.

Absolute expressions ("26 февраля 2026 года", "в марте 2024 года", "до 2028 года")
need no context. Relative ones ("в четверг", "вчера", "в сентябре", "в прошлом году")
are resolved against the publication date, looking at the tense of the sentence to
decide between the last and the next such day or month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from concord.analysis import DateMention, Sentence

_MONTH_FORMS = {
    1: "январ[ьяюе]|январем|январём",
    2: "феврал[ьяюе]|февралем|февралём",
    3: "март[аеу]?|мартом",
    4: "апрел[ьяюе]|апрелем",
    5: "ма[йяею]|маем",
    6: "июн[ьяюе]|июнем",
    7: "июл[ьяюе]|июлем",
    8: "август[аеу]?|августом",
    9: "сентябр[ьяюе]|сентябрем|сентябрём",
    10: "октябр[ьяюе]|октябрем|октябрём",
    11: "ноябр[ьяюе]|ноябрем|ноябрём",
    12: "декабр[ьяюе]|декабрем|декабрём",
}
_MONTH = "|".join(f"(?P<m{number}>{forms})" for number, forms in _MONTH_FORMS.items())
MONTH_WORD = re.compile(
    rf"(?:{_MONTH})", re.IGNORECASE
)  # "26 февраля" is a date, not 26 of something
# wire datelines shorten the month after a day ("МОСКВА, 10 июн - РИА Новости")
_SHORT_MONTH_FORMS = {
    1: "янв", 2: "февр?", 3: "мар", 4: "апр", 5: "май", 6: "июн",
    7: "июл", 8: "авг", 9: "сент?", 10: "окт", 11: "нояб?", 12: "дек",
}  # fmt: skip
_SHORT_MONTH = "|".join(f"(?P<m{number}>{form})" for number, form in _SHORT_MONTH_FORMS.items())
SHORT_MONTH_WORD = re.compile(
    rf"(?:{'|'.join(_SHORT_MONTH_FORMS.values())})\.?", re.IGNORECASE
)  # "28 июл" is a date, not 28 of something
_YEAR_WORD = r"(?:\s*(?:год[а-я]*|г\.|гг\.))"
_RELATION = r"(?<!\w)(?P<relation>до|к|с|со|начиная\s+с|по|не\s+позднее)\s+"

_PATTERNS = [
    # "на 2025–2030 годы": a period, which runs until its end ("2025/2030", ISO 8601)
    (
        "year_range",
        rf"\b(?P<year_from>(?:19|20)\d{{2}})\s*[-–—]\s*(?P<year>(?:19|20)\d{{2}}){_YEAR_WORD}",
    ),
    ("day_month_year", rf"\b(?P<day>\d{{1,2}})\s+(?:{_MONTH})\s+(?P<year>\d{{4}}){_YEAR_WORD}?"),
    ("numeric", r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b"),
    ("iso", r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    ("month_year", rf"\b(?:{_MONTH})\s+(?P<year>\d{{4}}){_YEAR_WORD}?"),
    ("day_month", rf"\b(?P<day>\d{{1,2}})\s+(?:{_MONTH})\b"),
    ("day_month", rf"\b(?P<day>\d{{1,2}})\s+(?:{_SHORT_MONTH})(?:\.|(?![а-яё]))"),
    ("year", rf"\b(?P<year>(?:19|20)\d{{2}}){_YEAR_WORD}"),
    ("month", rf"(?:\b(?:в|во)\s+)?\b(?:{_MONTH})\b"),
    (
        "weekday",
        r"\b(?:в|во)\s+(?P<weekday>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b",
    ),
    ("relative_day", r"\b(?P<shift>позавчера|вчера|сегодня|завтра|послезавтра|накануне)\b"),
    ("relative_year", r"\bв\s+(?P<which>этом|текущем|прошлом|минувшем|следующем|будущем)\s+году\b"),
]
_COMPILED = [
    (name, re.compile(rf"(?:{_RELATION})?{pattern}", re.IGNORECASE)) for name, pattern in _PATTERNS
]
# Every pattern needs a digit or one of these stems; most sentences have neither, and
# skipping them saves trying ten patterns at every character.
_MAY_HOLD_DATE = re.compile(
    r"\d|январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
    r"|вчера|сегодня|завтра|накануне|году",
    re.IGNORECASE,
)
_WEEKDAYS = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]
_DAY_SHIFTS = {
    "позавчера": -2,
    "вчера": -1,
    "накануне": -1,
    "сегодня": 0,
    "завтра": 1,
    "послезавтра": 2,
}
_YEAR_SHIFTS = {
    "этом": 0,
    "текущем": 0,
    "прошлом": -1,
    "минувшем": -1,
    "следующем": 1,
    "будущем": 1,
}
# Words saying an event is planned, whatever their grammatical tense ("намечена на ...").
_PLANNING_LEMMAS = {
    "планировать",
    "запланировать",
    "планироваться",
    "наметить",
    "намечать",
    "намечаться",
    "намерен",
}
_FUTURE_FORMS_OF_BE = {"буду", "будешь", "будет", "будем", "будете", "будут"}
_RELATIONS = {
    "до": "until",
    "к": "until",
    "по": "until",
    "не позднее": "until",
    "с": "since",
    "со": "since",
    "начиная с": "since",
}


_FULL_DATE = re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?:{_MONTH})\s+(?P<year>\d{{4}})", re.IGNORECASE)


def full_date(text: str) -> str | None:
    """The first date in `text` given with day, month and year, in ISO."""
    found = _FULL_DATE.search(text)
    if found is None:
        return None
    try:
        return date(
            int(found.group("year")), _month(found) or 0, int(found.group("day"))
        ).isoformat()
    except ValueError:
        return None


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def sentence_tense(sentence: Sentence) -> str:
    """'future' when a verb points forward or says the event is planned, 'past' when one
    points back, else 'unknown' (present tense or no verb: "Встреча министров 28 декабря")."""
    tense = "unknown"
    for token in sentence.tokens:
        if token.feats.get("Tense") == "Fut" or token.lemma in _PLANNING_LEMMAS:
            return "future"
        # The tagger calls "будет" present tense, so its forms are recognised by spelling.
        if token.lemma == "быть" and token.text.lower() in _FUTURE_FORMS_OF_BE:
            return "future"
        if token.pos in {"VERB", "AUX"} and token.feats.get("Tense") == "Past":
            tense = "past"
    return tense


def year_of(month: int, day: int | None, published: date, tense: str) -> int | None:
    """The year of a month or a day of a month given without one.

    Past tense: the latest such month or day on or before publication; future: the earliest
    on or after; unknown tense: whichever of the two is nearer (the earlier on a tie, as
    news mostly reports what happened).
    """

    def position(year: int) -> int | None:
        if day is None:
            return year * 12 + month
        try:
            return date(year, month, day).toordinal()
        except ValueError:
            return None

    if not 1 <= month <= 12:
        return None
    reference = published.year * 12 + published.month if day is None else published.toordinal()
    earlier: tuple[int, int] | None = None
    later: tuple[int, int] | None = None
    # 29 February recurs within eight years.
    for year in range(published.year - 8, published.year + 9):
        where = position(year)
        if where is None:
            continue
        if where <= reference:
            earlier = (year, where)
        if where >= reference and later is None:
            later = (year, where)
    if tense == "past" or later is None:
        return earlier[0] if earlier else None
    if tense == "future" or earlier is None:
        return later[0]
    return earlier[0] if reference - earlier[1] <= later[1] - reference else later[0]


def _month(match: re.Match[str]) -> int | None:
    if match.groupdict().get("month"):
        return int(match.group("month"))
    for number in _MONTH_FORMS:
        if match.group(f"m{number}"):
            return number
    return None


def _resolve(kind: str, match: re.Match[str], published: date | None, tense: str) -> str | None:
    groups = match.groupdict()
    if kind in {"day_month_year", "numeric", "iso"}:
        month = _month(match)
        try:
            return date(int(groups["year"]), month or 0, int(groups["day"])).isoformat()
        except ValueError:
            return None
    if kind == "month_year":
        return f"{int(groups['year']):04d}-{_month(match):02d}"
    if kind == "year":
        return groups["year"]
    if kind == "year_range":
        return f"{groups['year_from']}/{groups['year']}"
    if published is None:
        return None
    if kind in {"day_month", "month"}:
        month = _month(match) or 0
        day = int(groups["day"]) if kind == "day_month" else None
        year = year_of(month, day, published, tense)
        if year is None:
            return None
        if day is None:
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    if kind == "weekday":
        wanted = _WEEKDAYS.index(groups["weekday"].lower())
        delta = (published.weekday() - wanted) % 7
        that_day = (
            published + timedelta(days=(7 - delta) % 7)
            if tense == "future"
            else (published - timedelta(days=delta))
        )
        return that_day.isoformat()
    if kind == "relative_day":
        return (published + timedelta(days=_DAY_SHIFTS[groups["shift"].lower()])).isoformat()
    if kind == "relative_year":
        return str(published.year + _YEAR_SHIFTS[groups["which"].lower()])
    return None


def find_dates(sentences: list[Sentence], published: str | None) -> list[DateMention]:
    """Every date expression, longest first where two overlap."""
    publication = parse_published(published)
    found: list[DateMention] = []
    for sentence in sentences:
        if not _MAY_HOLD_DATE.search(sentence.text):
            continue
        tense = sentence_tense(sentence)
        taken: list[tuple[int, int]] = []
        for kind, pattern in _COMPILED:
            for match in pattern.finditer(sentence.text):
                start, end = match.span()
                if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
                    continue
                value = _resolve(kind, match, publication, tense)
                if value is None:
                    continue
                relation_word = (match.group("relation") or "").lower()
                relation = _RELATIONS.get(
                    re.sub(r"\s+", " ", relation_word), "until" if kind == "year_range" else "on"
                )
                taken.append((start, end))
                offset = sentence.start
                found.append(
                    DateMention(offset + start, offset + end, match.group(), value, relation)
                )
    found.sort(key=lambda mention: mention.start)
    return found
