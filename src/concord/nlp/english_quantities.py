"""Money, percentages and counted things in English ("$2.3 billion", "£450m", "37 percent",
"200 companies"), as `nlp/quantities.py` reads them in Russian: an amount and a unit (a
currency code, "%" or the counted noun's lemma)."""

from __future__ import annotations

import re

from concord.analysis import Quantity, Sentence
from concord.nlp.english_dates import MONTH_WORD
from concord.nlp.quantities import quantity_at

_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# "bn", "m" and "k" only straight after the number: "£450m", "€1.2bn".
_SCALE = (
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|mln|bln|trln)\b"
    r"|(?P<short>bn|m|mn|k|tn)\b)?"
)
_SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "mln": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9,
    "trillion": 1e12, "trln": 1e12, "tn": 1e12,
}  # fmt: skip
_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₸": "KZT", "¥": "CNY"}
_CURRENCIES = [
    ("USD", r"(?:US\s+|U\.S\.\s+)?dollars?|USD|US\$"),
    ("EUR", r"euros?|EUR"),
    ("GBP", r"pounds?(?:\s+sterling)?|GBP"),
    ("RUB", r"roubles?|rubles?|RUB"),
    ("KZT", r"tenge|KZT"),
    ("CNY", r"yuan|renminbi|CNY"),
    ("UZS", r"(?:Uzbek\s+)?soums?|sums|UZS"),
]
_CURRENCY = "|".join(f"(?P<c{code}>{forms})" for code, forms in _CURRENCIES)
_CODE_BEFORE = "|".join(code for code, _ in _CURRENCIES)
_AMOUNT = re.compile(
    rf"(?:(?P<sign>[$€£₽₸¥])\s*|(?P<code>{_CODE_BEFORE})\s+)?{_NUMBER}{_SCALE}"
    rf"(?:\s*(?:(?P<percent>%|percent\b|per\s+cent\b)|(?:{_CURRENCY})\b"
    r"|(?P<noun>[A-Za-z][a-z-]{2,})))?"
    r"(?=\s+of\s+the\s+\d[\d,]*\s+(?P<whole>[a-z-]{3,}))?",  # "12 of the 30 projects"
)


def _value(number: str, scale: str | None) -> float:
    amount = float(number.replace(",", ""))
    return amount * _SCALES.get((scale or "").lower(), 1.0)


def find_english_quantities(sentences: list[Sentence]) -> list[Quantity]:
    found: list[Quantity] = []
    for sentence in sentences:
        nouns = {
            token.start - sentence.start: token.lemma
            for token in sentence.tokens
            if token.pos in {"NOUN", "PROPN"}
        }
        for match in _AMOUNT.finditer(sentence.text):
            groups = match.groupdict()
            scale = groups["scale"] or groups["short"]
            currency = next((code for code, _ in _CURRENCIES if groups.get(f"c{code}")), "")
            money = groups["sign"] or groups["code"] or currency
            if groups["short"] and not money:
                continue  # "450m" without a currency: metres, not millions
            if re.fullmatch(r"(19|20)\d{2}", groups["number"]) and not (
                scale or money or groups["percent"]
            ):
                continue  # a year, not an amount
            if groups["noun"] and MONTH_WORD.fullmatch(groups["noun"]):
                continue  # "29 November": dates are never figures
            if match.start() > 0 and sentence.text[match.start() - 1] in "-–/.:":
                continue  # the second half of a range, a date or a time
            end = match.end()
            if groups["sign"]:
                unit = _SIGNS[groups["sign"]]
            elif groups["code"]:
                unit = groups["code"]
            elif groups["percent"]:
                unit = "%"
            else:
                unit = currency
            if groups["whole"]:  # "12 of the 30 projects": 12 projects
                unit = unit or nouns.get(match.start("whole"), groups["whole"]).lower()
            elif groups["noun"]:
                noun = nouns.get(match.start("noun"))
                if not unit and noun is not None:
                    unit = noun.lower()
                else:
                    end = match.start("noun")
            if not unit and not scale:
                continue
            amount = _value(groups["number"], scale)
            found.append(quantity_at(sentence, match.start(), end, amount, unit))
    found.sort(key=lambda quantity: quantity.start)
    return found
