"""Money, percentages and counted things ("5 млрд долларов", "20%", "до четверти объема")."""

from __future__ import annotations

import re

from concord.analysis import Quantity, Sentence
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

_CURRENCY = "|".join(f"(?P<c{code}>{forms})" for code, forms in _CURRENCIES)
_AMOUNT = re.compile(
    rf"(?:{_CURRENCY_SIGN}\s*)?{_NUMBER}{_SCALE}"
    rf"(?:\s*(?:(?P<percent>%|процент[а-я]*)|(?:{_CURRENCY})\b|(?P<noun>[а-яё]{{3,}})))?",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    r"\b(?P<fraction>четверт[а-я]*|трет[ьиейяю]+|половин[а-я]*)\b", re.IGNORECASE
)


def _value(number: str, scale: str | None) -> float:
    amount = float(number.replace("\u00a0", "").replace(" ", "").replace(",", "."))
    if scale:
        for stem, factor in _SCALES.items():
            if scale.lower().startswith(stem):
                return amount * factor
    return amount


def find_quantities(sentences: list[Sentence]) -> list[Quantity]:
    found: list[Quantity] = []
    for sentence in sentences:
        lemmas = {token.start - sentence.start: token.lemma for token in sentence.tokens}
        for match in _AMOUNT.finditer(sentence.text):
            groups = match.groupdict()
            if (
                re.fullmatch(r"(19|20)\d{2}", groups["number"])
                and not (groups["scale"] or groups["sign"] or groups["percent"])
                and not any(groups.get(f"c{code}") for code, _ in _CURRENCIES)
            ):
                continue  # a year, not an amount
            unit = ""
            end = match.end()
            if groups["sign"]:
                unit = _SIGNS[groups["sign"]]
            elif groups["percent"]:
                unit = "%"
            else:
                unit = next((code for code, _ in _CURRENCIES if groups.get(f"c{code}")), "")
            if groups["noun"] and MONTH_WORD.fullmatch(groups["noun"]):
                continue  # a day of a month: dates are never figures
            if not unit and groups["noun"]:
                unit = lemmas.get(match.start("noun"), groups["noun"].lower())
            elif groups["noun"]:
                end = match.start("noun")
            if not unit and not groups["scale"]:
                continue
            text = sentence.text[match.start() : end].rstrip()
            found.append(
                Quantity(
                    sentence.start + match.start(),
                    sentence.start + match.start() + len(text),
                    text,
                    _value(groups["number"], groups["scale"]),
                    unit,
                )
            )
        for match in _FRACTION.finditer(sentence.text):
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
