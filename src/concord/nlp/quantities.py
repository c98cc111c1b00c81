"""Money, percentages and counted things ("5 млрд долларов", "20%", "до четверти объема")."""

from __future__ import annotations

import re

from concord.analysis import Quantity, Sentence, Token
from concord.nlp.dates import MONTH_WORD

_NUMBER = r"(?P<number>\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?)"
_SCALE = r"(?:\s*(?P<scale>тыс\.?|тысяч[а-я]*|млн\.?|миллион[а-я]*|млрд\.?|миллиард[а-я]*|трлн\.?|триллион[а-я]*))?"
_CURRENCY_SIGN = r"(?P<sign>[$€£₽₸¥])"
_SCALES = {
    "тыс": 1e3,
    "тысяч": 1e3,
    "млн": 1e6,
    "миллион": 1e6,
    "млрд": 1e9,
    "миллиард": 1e9,
    "трлн": 1e12,
    "триллион": 1e12,
}
_CURRENCIES = [
    ("USD", r"долл(?:ар[а-я]*|\.)?|\$|usd"),
    ("EUR", r"евро|€|eur"),
    ("GBP", r"фунт[а-я]*(?:\s+стерлинг[а-я]*)?|£|gbp"),
    ("RUB", r"руб(?:л[а-я]*|\.)?|₽|rub"),
    ("KZT", r"тенге|₸|kzt"),
    ("CNY", r"юан[а-я]*|¥|cny"),
]
_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₸": "KZT", "¥": "CNY"}
_FRACTIONS = {"четверт": 0.25, "трет": 1 / 3, "половин": 0.5}
# A count of hours, days or years is a duration or a clock time: dates, never figures.
_TIME_UNITS = frozenset(
    {"секунда", "минута", "час", "сутки", "день", "неделя", "месяц", "год", "век", "вечер"}
    | {"утро", "ночь"}
)
# Units too short for the counted-noun pattern ("5 км", "100 кг").
_SHORT_UNITS = r"км|кг|см|мм|га"
# Cardinals written as words ("пять граждан", "шестерых рефери"); "один" is left out:
# "один из", "одну" are rarely a count the text reports.
_NUMBER_WORDS = {
    word: int(value)
    for value, *words in (
        line.split()
        for line in """2 два двое
        3 три трое
        4 четыре четверо
        5 пять пятеро
        6 шесть шестеро
        7 семь семеро
        8 восемь
        9 девять
        10 десять
        11 одиннадцать
        12 двенадцать
        13 тринадцать
        14 четырнадцать
        15 пятнадцать
        16 шестнадцать
        17 семнадцать
        18 восемнадцать
        19 девятнадцать
        20 двадцать
        30 тридцать
        40 сорок
        50 пятьдесят
        60 шестьдесят
        70 семьдесят
        80 восемьдесят
        90 девяносто
        100 сто
        200 двести
        300 триста
        400 четыреста
        500 пятьсот
        600 шестьсот
        700 семьсот
        800 восемьсот
        900 девятьсот""".splitlines()
    )
    for word in words
}
# "двух стран", "обе стороны": a small count of parties the text has named — a
# reference to them, not a figure.
_PARTY_NOUNS = frozenset({"страна", "сторона", "государство"})
_PARTY_COUNT_LIMIT = 3
_WORD_SCALES = {"тысяча": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}
_CURRENCY_LEMMAS = {"доллар": "USD", "евро": "EUR", "рубль": "RUB", "фунт": "GBP"}

# Amounts glued to their unit as an adjective ("1600-километрового кабеля"): the stem
# and the unit it names.
_COMPOUND_UNITS = {
    "километров": "километр",
    "метров": "метр",
    "тонн": "тонна",
    "литров": "литр",
    "долларов": "USD",
    "рублев": "RUB",
    "процентн": "%",
}
_COMPOUND = rf"-(?P<compound>{'|'.join(_COMPOUND_UNITS)})[а-яё]+\b"
# An opening quote right before a number starts a title ("«5 мыслей об …»"), not a figure.
_TITLE_OPENINGS = '«"“„'

_CURRENCY = "|".join(f"(?P<c{code}>{forms})" for code, forms in _CURRENCIES)
_AMOUNT = re.compile(
    rf"(?<![^\W\d_])(?:{_CURRENCY_SIGN}\s*)?{_NUMBER}(?![^\W\d_]){_SCALE}"
    rf"(?:{_COMPOUND}|-[а-яё]{{1,3}}\b)?"
    rf"(?:\s*(?:(?P<percent>%|процент[а-я]*)|(?:{_CURRENCY})\b"
    rf"|(?P<noun>[а-яё]{{3,}}|(?:{_SHORT_UNITS})\b)))?",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    r"\b(?P<fraction>четверт[а-я]*|трет[ьиейяю]+|половин[а-я]*)\b", re.IGNORECASE
)


def quantity_at(sentence: Sentence, start: int, end: int, amount: float, unit: str) -> Quantity:
    """The quantity written at `sentence.text[start:end]` (offsets in the sentence),
    trailing spaces left out."""
    text = sentence.text[start:end].rstrip()
    return Quantity(sentence.start + start, sentence.start + start + len(text), text, amount, unit)


def _value(number: str, scale: str | None) -> float:
    amount = float(number.replace("\u00a0", "").replace(" ", "").replace(",", "."))
    if scale:
        for stem, factor in _SCALES.items():
            if scale.lower().startswith(stem):
                return amount * factor
    return amount


def _counted_noun(tokens: list[Token], index: int) -> Token | None:
    """The noun a number counts, past its adjectives ("1000 незаконных мигрантов")."""
    for token in tokens[index : index + 4]:
        if token.pos in {"NOUN", "PROPN"}:
            return token
        if token.pos != "ADJ":
            return None
    return None


def _spelled_counts(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Counts written as words: "пять граждан", "двадцать пять человек", "три тысячи рублей"."""
    found = []
    tokens = sentence.tokens
    index = 0
    while index < len(tokens):
        first = index
        amount = 0.0
        while index < len(tokens) and tokens[index].lemma.lower() in _NUMBER_WORDS:
            amount += _NUMBER_WORDS[tokens[index].lemma.lower()]
            index += 1
        if index == first:
            index += 1
            continue
        if index < len(tokens) and tokens[index].lemma.lower() in _WORD_SCALES:
            amount *= _WORD_SCALES[tokens[index].lemma.lower()]
            index += 1
        noun = _counted_noun(tokens, index)
        start, end = tokens[first].start, tokens[index - 1].end
        if (
            noun is None
            or noun.lemma.lower() in _TIME_UNITS
            or (noun.lemma.lower() in _PARTY_NOUNS and amount <= _PARTY_COUNT_LIMIT)
            or (
                start > sentence.start
                and sentence.text[start - sentence.start - 1] in _TITLE_OPENINGS
            )
            or MONTH_WORD.fullmatch(noun.text)
            or any(a < end and start < b for a, b in taken)
        ):
            continue
        unit = _CURRENCY_LEMMAS.get(noun.lemma.lower(), noun.lemma.lower())
        text = sentence.text[start - sentence.start : end - sentence.start]
        found.append(Quantity(start, end, text, amount, unit))
    return found


def find_quantities(sentences: list[Sentence]) -> list[Quantity]:
    found: list[Quantity] = []
    for sentence in sentences:
        lemmas = {token.start - sentence.start: token.lemma for token in sentence.tokens}
        positions = {token.start - sentence.start: i for i, token in enumerate(sentence.tokens)}
        first_digits = len(found)
        for match in _AMOUNT.finditer(sentence.text):
            groups = match.groupdict()
            if (
                re.fullmatch(r"(19|20)\d{2}", groups["number"])
                and not (groups["scale"] or groups["sign"] or groups["percent"])
                and not any(groups.get(f"c{code}") for code, _ in _CURRENCIES)
            ):
                continue  # a year, not an amount
            if match.start() > 0 and sentence.text[match.start() - 1] in _TITLE_OPENINGS:
                continue  # the opening of a title
            unit = ""
            end = match.end()
            if groups["compound"]:
                unit = _COMPOUND_UNITS[groups["compound"].lower()]
            elif groups["sign"]:
                unit = _SIGNS[groups["sign"]]
            elif groups["percent"]:
                unit = "%"
            else:
                unit = next((code for code, _ in _CURRENCIES if groups.get(f"c{code}")), "")
            if groups["noun"] and MONTH_WORD.fullmatch(groups["noun"]):
                continue  # a day of a month: dates are never figures
            if not unit and groups["noun"]:
                at = positions.get(match.start("noun"))
                noun = _counted_noun(sentence.tokens, at) if at is not None else None
                unit = noun.lemma.lower() if noun else lemmas.get(match.start("noun"), "")
                unit = unit or groups["noun"].lower()
                if unit in _TIME_UNITS:
                    continue  # a duration or a time of day
            elif groups["noun"]:
                end = match.start("noun")
            if not unit and not groups["scale"]:
                continue
            amount = _value(groups["number"], groups["scale"])
            found.append(quantity_at(sentence, match.start(), end, amount, unit))
        taken = [(q.start, q.end) for q in found[first_digits:]]
        found.extend(_spelled_counts(sentence, taken))
        for match in _FRACTION.finditer(sentence.text):
            if lemmas.get(match.start()) == "третий":
                continue  # "третий контракт": an ordinal, not a third
            stem = next(s for s in _FRACTIONS if match.group("fraction").lower().startswith(s))
            found.append(
                Quantity(
                    sentence.start + match.start(),
                    sentence.start + match.end(),
                    match.group(),
                    _FRACTIONS[stem],
                    "share",
                )
            )
    found.sort(key=lambda quantity: quantity.start)
    return found
