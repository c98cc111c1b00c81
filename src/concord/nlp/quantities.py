"""Money, percentages and counted things ("5 млрд долларов", "20%", "до четверти объема")."""

from __future__ import annotations

import re

from concord.analysis import Quantity, Sentence, Token
from concord.knowledge.morphology import parses
from concord.nlp.dates import MONTH_WORD, SHORT_MONTH_WORD

_NUMBER = r"(?P<number>\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?)"
_SCALE = r"(?:\s*(?P<scale>тысяч[а-я]*|тыс\.?|млн\.?|миллион[а-я]*|млрд\.?|миллиард[а-я]*|трлн\.?|триллион[а-я]*))?"
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
    ("UAH", r"гривн[а-я]*|гривен|грн\.?|uah"),
    ("JPY", r"[ий]ен[аыу]?|jpy"),
    ("PLN", r"злот[а-я]*|pln"),
]
# A currency word after its country's adjective names another currency ("кипрских фунтов",
# "австралийских долларов"): the adjective's stem, the currency's stem, the code.
_NATIONAL_CURRENCIES = {
    ("кипрск", "фунт"): "CYP",
    ("египетск", "фунт"): "EGP",
    ("австралийск", "доллар"): "AUD",
    ("канадск", "доллар"): "CAD",
    ("новозеландск", "доллар"): "NZD",
    ("гонконгск", "доллар"): "HKD",
    ("сингапурск", "доллар"): "SGD",
    ("тайваньск", "доллар"): "TWD",
    ("белорусск", "рубл"): "BYN",
    ("белорусск", "руб"): "BYN",
    ("швейцарск", "франк"): "CHF",
    ("турецк", "лир"): "TRY",
}
_NATIONAL = r"(?:(?P<national>[а-яё]+ск(?:ий|ого|ому|им|ом|ие|их|ими|ая|ой|ую))\s+)?"
_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₸": "KZT", "¥": "CNY"}
_FRACTIONS = {"четверт": 0.25, "трет": 1 / 3, "половин": 0.5}
# A count of hours, days or years is a duration or a clock time: dates, never figures.
_TIME_UNITS = frozenset(
    {"секунда", "минута", "час", "сутки", "день", "неделя", "месяц", "год", "век", "вечер"}
    | {"утро", "ночь"}
    # figure25: a time zone after a number makes it a clock time ("в 14.25 мск").
    | {"мск"}
)
# Units written as abbreviations ("5 км", "100 кг", "2 тыс. т металла", "25 тыс. кв. м",
# "1,2 тыс. МВт"): the abbreviation is the unit, whatever noun follows it.
_SHORT_UNITS = (
    r"км|кг|см|мм|га|т|м|л|ц|[кмг]вт|(?P<area>кв|куб)\.\s?м(?:етр[а-я]*)?"
    # figure28: "шт." counts pieces ("885 159 шт.", "442 тыс. шт.", "32,4 млн шт.").
    r"|шт"
)
# A short abbreviation right before a slash is the unit of a rate ("24,5 ц/га", "80 т/сут",
# "250 км/ч"): the amount counts that unit.
_RATE_UNIT = r"(?P<rate>[а-яё]{1,4})\.?(?=/[а-яёa-z])"
# Cardinals written as words ("пять граждан", "шестерых рефери"); "один" is left out:
# "один из", "одну" are rarely a count the text reports.
_NUMBER_WORDS = {
    word: float(value)
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
} | {"полтора": 1.5, "полторы": 1.5}
# Collective numerals count people ("погибли трое", "семерых задержали"): with no noun
# after them their unit is "человек".
_COLLECTIVE_NUMERAL = re.compile(
    r"(?:дво|тро)(?:е|их|им|ими)|(?:четвер|пятер|шестер|семер|восьмер|девятер|десятер)"
    r"(?:о|ых|ым|ыми)",
    re.IGNORECASE,
)
_PEOPLE = "человек"
# A count followed by "из них" / "из которых" is a part of the count before it ("пострадали
# 39 человек, девять из которых …"): it has that count's unit.
_PARTITIVE_AFTER = re.compile(r"\s+из\s+(?:них|которых|их\s+числа)\b", re.IGNORECASE)
# A written fraction ("3/4 муниципальных образований"): a share.
_DIGIT_FRACTION = re.compile(r"(?<![\d/.,])(?P<numerator>\d)/(?P<denominator>\d{1,2})(?![\d/.,])")
# "от 5% до 10%": one range, reported once (the upper end stands for it).
_RANGE_BETWEEN = re.compile(r"\s*(?:до|[-–—])\s*", re.IGNORECASE)
_RANGE_OPENING = re.compile(r"\bот\s*$", re.IGNORECASE)
# Adverbs of a multiple ("вдвое", "втрое больше"): a number of times, like "в 2 раза".
_MULTIPLE_ADVERBS = {
    "вдвое": 2.0,
    "втрое": 3.0,
    "вчетверо": 4.0,
    "впятеро": 5.0,
    "вшестеро": 6.0,
    "всемеро": 7.0,
    "ввосьмеро": 8.0,
    "вдесятеро": 10.0,
}
_TIMES = "раз"
# "двух стран", "обе стороны": a small count of parties the text has named — a
# reference to them, not a figure.
_PARTY_NOUNS = frozenset({"страна", "сторона", "государство"})
_PARTY_COUNT_LIMIT = 3
_WORD_SCALES = {"тысяча": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}
# A currency noun counted by a number word ("пять миллионов тенге") takes the code the
# digit reader gives it ("5 млн тенге"): the same table, matched on the whole word.
_CURRENCY_WORD = re.compile(
    "|".join(f"(?P<c{code}>{forms})" for code, forms in _CURRENCIES), re.IGNORECASE
)


def _currency_code(word: str) -> str | None:
    found = _CURRENCY_WORD.fullmatch(word.lower())
    if found is None or found.lastgroup is None:
        return None
    return found.lastgroup[1:]

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
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“"}
# Endings of an ordinal written in digits ("7-й чемпионат", "30-е годы"); cardinal case
# endings ("160-ти", "13-ю", "3-х") stay amounts.
_ORDINAL_ENDINGS = frozenset({"й", "я", "е", "го", "му", "ой", "ый", "ий", "ая", "ое", "ые", "м"})
# Words between a number and the noun it counts: adjectives, participles, determiners,
# adverbs on them and conjunctions between them ("55 000 таких адресов", "200 агрессивно
# настроенных молодых людей", "100 простых и понятных опытов").
_COUNTED_NOUN_GAP = frozenset({"ADJ", "DET", "ADV", "CCONJ", "NUM"})
# Demonstratives before a count make it a reference to things named ("эти два варианта").
_REFERRING_WORDS = frozenset({"этот", "тот", "данный", "оба"})

# The smaller part of an amount written in two scales ("3 млрд 307,6 млн рублей",
# "19 млрд 51 млн"), or a bare remainder before the currency ("19 тысяч 299 рублей"):
# read only after a scale, added to it when its own scale is smaller.
_LOWER_PART = (
    r"(?(scale)(?:\s+(?P<lower>\d{1,3}(?:[.,]\d+)?)(?:\s*"
    r"(?P<lower_scale>тысяч[а-я]*|тыс\.?|млн\.?|миллион[а-я]*|млрд\.?|миллиард[а-я]*)"
    rf"(?![^\W\d_])|(?=\s*(?:{'|'.join(forms for _, forms in _CURRENCIES)})\b)))?)"
)
# Kopecks or cents after the currency ("299 рублей 70 копеек"): hundredths of it.
_CENTS = r"(?:\s+(?P<cents>\d{1,2})\s*(?:коп[а-я]*\.?|цент[а-я]*)(?![^\W\d_]))?"
_CURRENCY = "|".join(f"(?P<c{code}>{forms})" for code, forms in _CURRENCIES)
# figure31: a two-letter capitalised abbreviation after a number ("66,8 тыс ИП", "241 ДК") is
# read as a noun; `_counted_abbreviation` decides whether it is what the number counts.
_TWO_LETTER_ABBREVIATION = r"(?-i:[А-ЯЁ]{2})(?![^\W\d_])"
_AMOUNT = re.compile(
    rf"(?<![^\W\d_])(?<![^\W\d_]-)(?<![:\d.,=/])(?:{_CURRENCY_SIGN}\s*)?{_NUMBER}"
    rf"(?![^\W_])(?!:\d){_SCALE}{_LOWER_PART}"
    rf"(?:{_COMPOUND}|-(?P<ending>[а-яё]{{1,3}})\b)?"
    rf"(?:\s*(?:(?P<percent>%|процент[а-я]*)|{_NATIONAL}(?:{_CURRENCY})\b{_CENTS}"
    rf"|{_RATE_UNIT}|(?P<noun>(?:{_SHORT_UNITS})\b|[а-яё]{{3,}}|{_TWO_LETTER_ABBREVIATION})))?",
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


def _scale_factor(scale: str | None) -> float:
    for stem, factor in _SCALES.items():
        if scale and scale.lower().startswith(stem):
            return factor
    return 1.0


def _value(number: str, scale: str | None) -> float:
    amount = float(number.replace("\u00a0", "").replace(" ", "").replace(",", "."))
    return amount * _scale_factor(scale)


def _written_amount(groups: dict[str, str | None]) -> float:
    """The amount of a match; a smaller second part adds to the first ("3 млрд 307,6 млн")."""
    amount = _value(groups["number"] or "", groups["scale"])
    lower, lower_scale = groups.get("lower"), groups.get("lower_scale")
    if lower and _scale_factor(lower_scale) < _scale_factor(groups["scale"]):
        amount += _value(lower, lower_scale)
    if groups.get("cents"):
        amount += int(groups["cents"] or 0) / 100
    return amount


def _counted_noun(tokens: list[Token], index: int) -> Token | None:
    """The noun a number counts, past its adjectives, determiners and the adverbs and
    conjunctions between them ("1000 незаконных мигрантов", "55 000 таких адресов")."""
    for token in tokens[index : index + 6]:
        if token.pos in {"NOUN", "PROPN"}:
            return token
        if token.pos not in _COUNTED_NOUN_GAP and token.feats.get("VerbForm") != "Part":
            return None
    return None


def _inside_title(sentence: Sentence, start: int) -> bool:
    """Whether the offset (in the sentence) lies inside a quotation opened right after a
    noun: a title ("автор книги «Как понять физику: 100 опытов»"), not quoted speech."""
    text = sentence.text
    for opening, closing in _QUOTE_PAIRS.items():
        at = text.rfind(opening, 0, start)
        if at < 0 or (at > 0 and text[at - 1].isalnum()) or closing in text[at + 1 : start]:
            continue
        before = [t for t in sentence.tokens if t.end - sentence.start <= at]
        if (
            before
            and before[-1].pos in {"NOUN", "PROPN"}
            and before[-1].end - sentence.start >= at - 1
        ):
            return True
    return False


def _national_currency(adjective: str, currency: str) -> str | None:
    """The code of a currency named with its country's adjective ("кипрских фунтов")."""
    for (adjective_stem, currency_stem), code in _NATIONAL_CURRENCIES.items():
        if adjective.lower().startswith(adjective_stem) and currency.lower().startswith(
            currency_stem
        ):
            return code
    return None


def _number_word(token: Token) -> float | None:
    """The value of a cardinal written as a word, by its lemma or, for "полтора", its form."""
    for word in (token.lemma.lower(), token.text.lower()):
        if word in _NUMBER_WORDS:
            return float(_NUMBER_WORDS[word])
    return None


def _bare_scale(tokens: list[Token], index: int) -> bool:
    """figure25: a scale word in the singular with no number before it counts the noun after
    it ("около тысячи человек", "с миллиардом пользователей"); the plural ("тысячи людей")
    is vague and is no figure."""
    token = tokens[index]
    if token.lemma.lower() not in _WORD_SCALES or token.feats.get("Number") != "Sing":
        return False
    if index > 0 and (tokens[index - 1].pos == "NUM" or tokens[index - 1].text[-1:].isdigit()):
        return False
    noun = _counted_noun(tokens, index + 1)
    return noun is not None and noun.lemma.lower() not in _TIME_UNITS


def _spelled_counts(
    sentence: Sentence, taken: list[tuple[int, int]], counts: list[Quantity]
) -> list[Quantity]:
    """Counts written as words: "пять граждан", "двадцать пять человек", "три тысячи рублей";
    a part of a count before ("девять из которых") has that count's unit."""
    found = []
    tokens = sentence.tokens
    index = 0
    while index < len(tokens):
        first = index
        amount = 0.0
        while index < len(tokens) and _number_word(tokens[index]) is not None:
            amount += _number_word(tokens[index]) or 0.0
            index += 1
        if index == first and _bare_scale(tokens, index):
            amount = 1.0  # "около тысячи человек": the scale word alone is the amount
        elif index == first:
            multiple = _MULTIPLE_ADVERBS.get(tokens[index].text.lower())
            if multiple and not any(
                a < tokens[index].end and tokens[index].start < b for a, b in taken
            ):
                token = tokens[index]
                found.append(Quantity(token.start, token.end, token.text, multiple, _TIMES))
            index += 1
            continue
        scaled = False
        if index < len(tokens) and tokens[index].lemma.lower() in _WORD_SCALES:
            amount *= _WORD_SCALES[tokens[index].lemma.lower()]
            index += 1
            scaled = amount > 1.0
        noun = _counted_noun(tokens, index)
        start, end = tokens[first].start, tokens[index - 1].end
        listed = "" if noun is not None else _kind_list_unit(sentence, first, counts + found)
        people = noun is None and _COLLECTIVE_NUMERAL.fullmatch(tokens[index - 1].text)
        part_of = [
            count.unit
            for count in sorted(counts + found, key=lambda q: q.start)
            if count.end <= start and count.unit and noun is None and not people
        ]
        if part_of and not _repeats_count(
            sentence, start - sentence.start, end - sentence.start
        ):
            part_of = []
        if (
            (noun is None and not people and not part_of and not listed and not scaled)
            or (noun is not None and noun.lemma.lower() in _TIME_UNITS)
            or (
                noun is not None
                and noun.lemma.lower() in _PARTY_NOUNS
                and amount <= _PARTY_COUNT_LIMIT
            )
            or (
                start > sentence.start
                and sentence.text[start - sentence.start - 1] in _TITLE_OPENINGS
            )
            or (noun is not None and MONTH_WORD.fullmatch(noun.text))
            or (first > 0 and tokens[first - 1].lemma.lower() in _REFERRING_WORDS)
            or _inside_title(sentence, start - sentence.start)
            or any(a < end and start < b for a, b in taken)
        ):
            continue
        if listed:
            unit = listed
        elif part_of:
            unit = part_of[-1]
        elif noun is None and scaled and not people:
            # figure27: "сократилось на восемь тысяч" is kept as "на 8 тыс." is
            unit = _scaled_count_unit(sentence, start - sentence.start, counts + found)
        elif noun is None:
            unit = _PEOPLE
        else:
            unit = (
                _currency_code(noun.text)
                or _currency_code(noun.lemma)
                or _SPELLED_UNITS.get(noun.lemma.lower())
                or noun.lemma.lower()
            )
        text = sentence.text[start - sentence.start : end - sentence.start]
        found.append(Quantity(start, end, text, amount, unit))
    return found


def _elliptic_unit(
    sentence: Sentence,
    match: re.Match[str],
    end: int,
    before: list[Quantity],
    after_preposition: bool,
) -> str:
    """A bare number that repeats the count before it without its noun takes that count's
    unit: followed by a dash ("120 заявок из Англии, 95 — из Польши"), with a cardinal
    case ending ("ранее сообщалось о 160-ти") or governed by a preposition ("в 40 городах,
    в 12 тарифы не менялись")."""
    if not before or not before[-1].unit:
        return ""
    if match.group("ending") or after_preposition or _repeats_count(sentence, match.start(), end):
        return before[-1].unit
    return ""


# figure25: the dash of an enumeration that leaves out the counted noun ("Иванов - более
# 3 миллионов", "12 — в тяжелом состоянии"); a spaced hyphen stands for a dash in news copy.
# Before the number the dash must follow a word: "(+4 – 1 = 1)" is a tally.
_LIST_DASH_AFTER = re.compile(r"\s*[—–]\s|\s+-\s")
_LIST_DASH_BEFORE = re.compile(
    r"[^\W\d_]\s*(?:[—–]|\s-)\s*(?:(?:более|менее|около|почти|свыше|порядка|примерно|ещ[её])\s+)?$",
    re.IGNORECASE,
)


def _repeats_count(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a number with no noun of its own (offsets in the sentence) stands in an
    enumeration of the count before it: after or before a list dash, before "из них", or as
    the subject of a verb ("погибли 10 человек, 51 получил ранения")."""
    rest = sentence.text[end:]
    if (
        _LIST_DASH_AFTER.match(rest)
        or _LIST_DASH_BEFORE.search(sentence.text[:start])
        or _PARTITIVE_AFTER.match(rest)
    ):
        return True
    following = next(
        (t for t in sentence.tokens if t.start - sentence.start >= end and not t.text.isspace()),
        None,
    )
    return (
        following is not None
        and following.pos in {"VERB", "AUX"}
        and following.start - sentence.start - end <= 1
    )


# figure26: units a scaled amount with no noun never borrows: "на 1,9%, составив 1 млн"
# does not make the million a percentage.
_NOT_BORROWED = frozenset({"%", "share", _TIMES})
_BORROW_FLOOR = 1000.0
# figure26: a sum named between the count and the amount ("500 тысяч человек, а бюджет
# составит 12 млрд") makes the amount money: it borrows no count of things.
_MONEY_MEASURES = frozenset({
    "бюджет", "выручка", "доход", "расход", "прибыль", "убыток", "стоимость", "сумма",
    "капитализация", "долг", "зарплата", "оборот", "инвестиция", "дефицит", "цена",
})
_CURRENCY_CODES = frozenset(code for code, _ in _CURRENCIES) | frozenset(_SIGNS.values())
_HUNG_ON = re.compile(
    r"\s*(?:[а-яё]+\s+)?(?:на|за|в|по|до|с|от|из)\s+"
    r"(?:(?:более|менее|около|почти|свыше|порядка|примерно)\s+)?",
    re.IGNORECASE,
)


def _scaled_count_unit(sentence: Sentence, start: int, before: list[Quantity]) -> str:
    """figure26: an amount with a scale word and no noun of its own ("оппозиция называет
    цифру в 40 тысяч", "число безработных выросло на 8 тыс. человек и составило 1,073 млн",
    "доходы вырастут на 3,5 млрд руб., расходы - на 4,2 млрд") counts what the last large
    count before it in the sentence counts; a percentage or a small count lends nothing, an
    amount hung on the count by a preposition ("5 тыс. машин на 2 млрд") is their price, and
    one before a quoted word ("2 млн «репостов»") has its own noun in the quotes; a sum named
    in between ("..., а бюджет составит 12 млрд") makes it money, not a count of things."""
    for quantity in reversed(before):
        if quantity.unit in _NOT_BORROWED:
            continue
        between = sentence.text[quantity.end - sentence.start : start]
        large = quantity.amount is not None and quantity.amount >= _BORROW_FLOOR
        money_named = quantity.unit not in _CURRENCY_CODES and any(
            quantity.end <= token.start < sentence.start + start
            and token.lemma.lower() in _MONEY_MEASURES
            for token in sentence.tokens
        )
        if quantity.unit and large and not money_named and not _HUNG_ON.fullmatch(between):
            return quantity.unit
        return ""
    return ""


def _uncountable_by(tokens: list[Token], number: int | None, noun: Token) -> bool:
    """A number governed by a preposition never counts a noun in the nominative: in "в 7
    цены остались" the noun is the next clause's subject and the number is elliptic."""
    return (
        number is not None
        and number > 0
        and tokens[number - 1].pos == "ADP"
        and noun.feats.get("Case") == "Nom"
    )


def find_quantities(sentences: list[Sentence]) -> list[Quantity]:
    found: list[Quantity] = []
    # A currency the text has named with its country ("кипрских фунтов") stays that
    # currency when the word recurs alone ("… до 111 млн фунтов").
    national: dict[str, str] = {}
    previous: tuple[Sentence, list[Quantity]] | None = None
    for sentence in sentences:
        lemmas = {token.start - sentence.start: token.lemma for token in sentence.tokens}
        positions = {token.start - sentence.start: i for i, token in enumerate(sentence.tokens)}
        first_digits = len(found)
        for match in _AMOUNT.finditer(sentence.text):
            groups = match.groupdict()
            currency = next((code for code, _ in _CURRENCIES if groups.get(f"c{code}")), "")
            if (
                re.fullmatch(r"(19|20)\d{2}", groups["number"])
                and not (groups["scale"] or groups["sign"] or groups["percent"] or currency)
                and not _year_like_count(sentence, match, positions)
            ):
                continue  # a year, not an amount
            if match.start() > 0 and sentence.text[match.start() - 1] in _TITLE_OPENINGS:
                continue  # the opening of a title
            if _signed(sentence.text, match.start()) and not groups["percent"]:
                continue  # "(+6 – 0 = 5)": a tally; only a signed percentage is a change
            if _inside_title(sentence, match.start()):
                continue  # "автор книги «100 опытов для детей»": part of a name
            if groups["ending"] and groups["ending"].lower() in _ORDINAL_ENDINGS:
                continue  # "7-й чемпионат": an ordinal
            unit = ""
            end = match.end()
            if groups["compound"]:
                unit = _COMPOUND_UNITS[groups["compound"].lower()]
            elif groups["sign"]:
                unit = _SIGNS[groups["sign"]]
            elif groups["percent"]:
                unit = "%"
            elif groups["rate"]:
                unit = groups["rate"].lower()
            elif currency:
                currency_word = match.group(f"c{currency}")
                named = groups["national"] and _national_currency(groups["national"], currency_word)
                if named:
                    national[currency] = named
                unit = named or national.get(currency, currency)
            if groups["noun"] and (
                MONTH_WORD.fullmatch(groups["noun"]) or SHORT_MONTH_WORD.fullmatch(groups["noun"])
            ):
                continue  # a day of a month: dates are never figures
            number_at = positions.get(match.start("number"))
            after_preposition = False
            if (
                groups["noun"]
                and _TWO_LETTER.fullmatch(groups["noun"])
                and not _counted_abbreviation(sentence.text[: match.start()], groups["noun"])
            ):
                groups["noun"] = None  # figure31: "ст. 293 УК РФ", "в 2 ЕС": no count
                end = match.start("noun")
            if not unit and groups["noun"] and re.fullmatch(_SHORT_UNITS, groups["noun"], re.I):
                unit = f"{groups['area'].lower()}. м" if groups["area"] else groups["noun"].lower()
                unit = _SHORT_UNIT_WORDS.get(unit, unit)
            if not unit and groups["noun"]:
                at = positions.get(match.start("noun"))
                noun = _counted_noun(sentence.tokens, at) if at is not None else None
                # figure26: after a scale word the noun is a genitive plural whatever the
                # tagger says ("на 8 тыс. человек" tags "человек" nominative).
                if (
                    noun is not None
                    and not groups["scale"]
                    and _uncountable_by(sentence.tokens, number_at, noun)
                ):
                    noun, after_preposition = None, True
                unit = noun.lemma.lower() if noun else ""
                if noun is None and re.fullmatch(_SHORT_UNITS, groups["noun"], re.IGNORECASE):
                    unit = groups["noun"].lower()
                if unit in _TIME_UNITS:
                    continue  # a duration or a time of day
                if noun is not None and _adjectival(noun) and number_at is not None:
                    # figure28: "с 11 золотыми, 5 серебряными и 9 бронзовыми наградами"
                    kind_unit = _kind_list_unit(sentence, number_at, found[first_digits:])
                    if kind_unit:
                        unit = kind_unit
                if not unit:
                    end = match.start("noun")
            elif groups["noun"]:
                end = match.start("noun")
            if not unit and groups["noun"] and number_at is not None:
                unit = _kind_list_unit(sentence, number_at, found[first_digits:])
            if not unit and groups["noun"] and number_at is not None:
                unit = _single_kind_unit(sentence, number_at, found[first_digits:])
            if not unit and _bracketed_after_name(sentence.text, match.start(), match.end()):
                unit = _bracket_unit(found[first_digits:], previous, bool(groups["scale"]))
            if not unit:
                unit = _elliptic_unit(
                    sentence, match, end, found[first_digits:], after_preposition
                )
            if not unit and groups["scale"]:
                quoted_noun = re.match(r"\s*[«\"“„][^\W\d_]", sentence.text[match.end() :])
                if not quoted_noun:
                    unit = _scaled_count_unit(sentence, match.start(), found[first_digits:])
                if not unit and not quoted_noun and previous is not None:
                    unit = _carried_unit(previous, sentence, match.start(), found[first_digits:])
                if not unit and not quoted_noun:
                    unit = _text_currency(
                        sentence, match.start(), groups["scale"], found, previous
                    )
            if not unit:
                unit = _measured_count_unit(sentence, match.start(), found[first_digits:])
            if not unit and not groups["scale"]:
                continue
            amount = _written_amount(groups)
            found.append(quantity_at(sentence, match.start(), end, amount, unit))
        _join_thousands(sentence, found, first_digits)
        word_fractions = _word_fractions(sentence)
        found.extend(word_fractions)
        taken = [(q.start, q.end) for q in found[first_digits:]]
        found.extend(_spelled_counts(sentence, taken, found[first_digits:]))
        found.extend(_written_fractions(sentence))
        for match in _FRACTION.finditer(sentence.text):
            if lemmas.get(match.start()) in _ORDINAL_LEMMAS or _FRACTION_ORDINAL.fullmatch(
                match.group("fraction")
            ):
                continue  # "третий контракт", "в четвертом квартале": an ordinal, not a share
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
        previous = (sentence, found[first_digits:])
    found.sort(key=lambda quantity: quantity.start)
    return _one_per_range(found, sentences)


def _written_fractions(sentence: Sentence) -> list[Quantity]:
    """Fractions in digits ("3/4 муниципальных образований") as shares."""
    found = []
    for match in _DIGIT_FRACTION.finditer(sentence.text):
        numerator, denominator = int(match["numerator"]), int(match["denominator"])
        if 0 < numerator < denominator:
            found.append(
                quantity_at(sentence, match.start(), match.end(), numerator / denominator, "share")
            )
    return found


def _one_per_range(found: list[Quantity], sentences: list[Sentence]) -> list[Quantity]:
    """A range ("от 5% до 10%", "5%–7%") is one figure: its lower end is dropped."""
    text_of = {(s.start, s.end): s for s in sentences}
    kept: list[Quantity] = []
    for index, quantity in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        sentence = next((s for (a, b), s in text_of.items() if a <= quantity.start < b), None)
        if (
            following is not None
            and sentence is not None
            and following.unit == quantity.unit
            and not _descending(quantity, following)
        ):
            between = sentence.text[
                quantity.end - sentence.start : following.start - sentence.start
            ]
            opening = sentence.text[: quantity.start - sentence.start]
            dash = between.strip() in {"-", "–", "—"}
            if _RANGE_BETWEEN.fullmatch(between) and (dash or _RANGE_OPENING.search(opening)):
                continue
        kept.append(quantity)
    return kept


# figure27: ordinal forms of "четверть" ("в четвертом квартале", "четвертое место") name a
# rank, not a share; their lemma is not always tagged "четвертый".
_ORDINAL_LEMMAS = frozenset({"третий", "четвертый", "четвёртый"})
_FRACTION_ORDINAL = re.compile(
    r"четв[её]рт(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)", re.IGNORECASE
)


def _signed(text: str, start: int) -> bool:
    """figure27: a plus sign right before the number ("(+20%)", "+15,5%")."""
    return start > 0 and text[start - 1] == "+"


# figure27: a count split by kind ("12 золотых, 10 серебряных и 9 бронзовых медалей",
# "31 медаль: 12 золотых, 10 серебряных и 9 бронзовых", "из них 8 золотых и 5 серебряных")
# names its noun once, after the last member, or not at all when it splits the count before.
_KIND_LIST_LINKS = frozenset({",", "и", "а", "также"})
_SPLIT_OPENING = re.compile(
    r"(?::|\bиз\s+(?:них|которых)|\bв\s+том\s+числе)\s*$", re.IGNORECASE
)


def _is_number(token: Token) -> bool:
    return token.pos == "NUM" or bool(re.fullmatch(r"\d+(?:[.,]\d+)?", token.text))


def _kind_members(tokens: list[Token], at: int) -> int:
    """The index past the adjectives of a kind after the number at `at`, or `at` itself when
    no adjective follows it."""
    index = at + 1
    while index < len(tokens) and _adjectival(tokens[index]):
        index += 1
    return index if index > at + 1 else at


def _kind_list_unit(sentence: Sentence, number: int, before: list[Quantity]) -> str:
    """figure27: the unit of a number followed only by an adjective of kind when it stands
    in a list of two or more such members: the noun that closes the list, or, with no noun,
    the unit of the count the list splits (after a colon, "из них", "в том числе")."""
    tokens = sentence.tokens
    past = _kind_members(tokens, number)
    if past == number:
        return ""
    first = _list_opening(tokens, number)
    members = 1 + sum(1 for i in range(first, number) if _is_number(tokens[i]))
    while (
        past + 1 < len(tokens)
        and tokens[past].text.lower() in _KIND_LIST_LINKS
        and _is_number(tokens[past + 1])
        and _kind_members(tokens, past + 1) > past + 1
    ):
        past = _kind_members(tokens, past + 1)
        members += 1
    if members < 2:
        return ""
    if past < len(tokens) and tokens[past].pos == "NOUN":
        noun = tokens[past]
        if noun.lemma.lower() in _TIME_UNITS:
            return ""
        return _currency_code(noun.text) or noun.lemma.lower()
    opening = sentence.text[: tokens[first].start - sentence.start]
    split = [q for q in before if q.end <= tokens[first].start and q.unit]
    if split and _SPLIT_OPENING.search(opening) and split[-1].unit not in _NOT_BORROWED:
        return split[-1].unit
    return ""


def _carried_unit(
    previous: tuple[Sentence, list[Quantity]], sentence: Sentence, start: int, before: list[Quantity]
) -> str:
    """figure27: a scaled amount with no count and no noun before it in its sentence ("Это на
    8,7 млрд рублей меньше. И на 12 миллиардов меньше плана.", "... (170 тыс.)") counts
    what the last large count of the sentence before counts, by the same guards as within
    a sentence; a noun before it in its own sentence ("Рейсов стало 14 тысяч", "Выручка
    составила 40 млрд") names what it counts, and nothing is lent."""
    if any(q.start < sentence.start + start for q in before) or any(
        token.start < sentence.start + start
        # a capitalised first word is often a common noun tagged as a name ("Рейсов стало")
        and (token.pos == "NOUN" or (token.pos == "PROPN" and index == 0))
        and token.lemma.lower() not in _TIME_UNITS
        and not MONTH_WORD.fullmatch(token.text)
        for index, token in enumerate(sentence.tokens)
    ):
        return ""  # its own sentence names what it counts ("Рейсов стало 14 тысяч")
    earlier, quantities = previous
    unit = _scaled_count_unit(earlier, len(earlier.text), quantities)
    money_named = unit not in _CURRENCY_CODES and any(
        token.start < sentence.start + start and token.lemma.lower() in _MONEY_MEASURES
        for token in sentence.tokens
    )
    return "" if money_named else unit


# figure27: a unit written as a word after a spelled count is the unit the digit reader
# gives ("пять процентов" is 5 %, as "5 процентов" is).
_SPELLED_UNITS = {"процент": "%"}


# figure28: a four-digit number from 1900 to 2099 is read as a year unless it counts a noun
# right after it ("2011 медалей", "около 2000 человек", "1950 тонн"): the noun must not be
# a time word and must agree with a count (genitive, or after a number ending in 1 the
# nominative or accusative singular), and no preposition of time may stand before the
# number ("в 2019 россияне", "с 2020 компании", "к 2030 году" stay dates).
_YEAR_PREPOSITIONS = frozenset(
    {"в", "во", "с", "со", "по", "к", "ко", "от", "до", "после", "между", "за", "на", "из"}
    | {"перед", "через", "начиная", "о", "об", "при", "под"}
)


def _year_like_count(sentence: Sentence, match: re.Match[str], positions: dict[int, int]) -> bool:
    """Whether a year-like number counts the noun after it ("2011 медалей")."""
    if match.group("ending") or match.group("compound") or not match.group("noun"):
        return False
    number_at = positions.get(match.start("number"))
    noun_at = positions.get(match.start("noun"))
    if number_at is None or noun_at is None:
        return False
    tokens = sentence.tokens
    if number_at > 0 and tokens[number_at - 1].text.lower() in _YEAR_PREPOSITIONS:
        return False
    noun = _counted_noun(tokens, noun_at)
    if noun is None or noun.pos != "NOUN" or not noun.text[:1].islower():
        return False
    if noun.lemma.lower() in _TIME_UNITS or MONTH_WORD.fullmatch(noun.text):
        return False
    if re.fullmatch(r"г|гг|г\.|гг\.", noun.text.lower()):
        return False
    case, number = noun.feats.get("Case"), noun.feats.get("Number")
    ends_in_one = match.group("number").endswith("1") and not match.group("number").endswith("11")
    return case == "Gen" or (ends_in_one and case in {"Nom", "Acc"} and number == "Sing")


# figure28: "шт." is read as the word it shortens.
_SHORT_UNIT_WORDS = {"шт": "штука"}


def _adjectival(token: Token) -> bool:
    """An adjective, or a kind adjective the tagger took for a noun ("11 золотыми" tagged
    as the noun "золотой"): an adjectival lemma in an adjectival plural form."""
    if token.pos == "ADJ":
        return True
    return (
        token.pos == "NOUN"
        and token.lemma.lower().endswith(("ый", "ий", "ой"))
        and token.text.lower().endswith(("ыми", "ими", "ых", "их", "ым", "им"))
    )


# figure28: fractions in words, "одна пятая часть" (1/5), "две трети" is handled by
# _FRACTION's "трет"; "три десятых" (3/10); a feminine ordinal before "часть"/"доля" with no
# numerator ("пятая часть жителей", "пятая доля респондентов") is one such part.
_NUMERATORS = {
    "одн": 1, "дв": 2, "тр": 3, "четыр": 4, "пят": 5, "шест": 6, "сем": 7, "восем": 8,
    "девят": 9,
}
_NUMERATOR = (
    r"(?P<numerator>одн(?:а|у|ой)|дв(?:е|ух|ум|умя)|тр(?:и|ех|ёх|ем|ём|емя)"
    r"|четыр(?:е|ех|ёх|ем|ьмя)|пят(?:ь|и|ью)|шест(?:ь|и|ью)|сем(?:ь|и|ью)"
    r"|восем(?:ь|и)|восьми|девят(?:ь|и|ью))"
)
_DENOMINATORS = {
    "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9, "десят": 10, "сот": 100,
    "трет": 3, "четверт": 4, "четвёрт": 4,
}
_DENOMINATOR = (
    r"(?P<denominator>(?:пят|шест|седьм|восьм|девят|десят|сот|четв[её]рт)"
    r"(?:ая|ую|ой|ых|ым|ыми)|трет(?:ья|ью|ьей|ьих|ьим|ьими))"
)
_WORD_FRACTION = re.compile(
    rf"(?<![^\W\d_])(?:{_NUMERATOR}\s+)?{_DENOMINATOR}"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def _word_fractions(sentence: Sentence) -> list[Quantity]:
    """figure28: fractions written as words ("одна пятая часть нормы", "две пятых
    бюджета", "пятая часть жителей") as shares."""
    found = []
    for match in _WORD_FRACTION.finditer(sentence.text):
        word = match.group("denominator").lower()
        denominator = next(v for stem, v in _DENOMINATORS.items() if word.startswith(stem))
        numerator = 1
        if match.group("numerator"):
            spelled = match.group("numerator").lower()
            numerator = next(
                (v for stem, v in _NUMERATORS.items() if spelled.startswith(stem)), 8
            )  # "восьми" is the one form no stem above begins
        else:
            after = sentence.text[match.end() :]
            following = re.match(r"\s+(?:част|дол)[а-яё]*\s+([^\W\d_]+)", after, re.I)
            if not following or not following.group(1)[:1].islower():
                continue  # "пятая глава", "третья часть «Матрицы»": an ordinal
        if not 0 < numerator < denominator:
            continue
        found.append(
            quantity_at(sentence, match.start(), match.end(), numerator / denominator, "share")
        )
    return found


# figure29: a count written as thousands and a remainder ("53 тысяч 390 голосов", "63 тыс.
# 567 избирателей", "с 5 тысячами 394 голосами", "1 миллион 887 тысяч 566 человек") is one
# amount. An oblique "тысяч(ами|ам|ах)" joins only a noun in its own case; a nominative
# or genitive "тысяч(а|и|у)"/"тыс." only a noun in the nominative, genitive or accusative
# ("5 тысяч 20 семьям" is a sum given to 20 families). A remainder with no noun joins at
# the end of a clause ("… – 80 тыс. 636.").
_THOUSANDS_HEAD = re.compile(
    r"(?:\d{1,3}\s*(?:миллион[а-я]*|млн\.?)\s+)?\d{1,3}\s*(?P<thousand>тысяч[а-я]*|тыс\.?)",
    re.IGNORECASE,
)
_OBLIQUE_THOUSANDS = {"тысячами": "Ins", "тысячам": "Dat", "тысячах": "Loc"}
_REMAINDER = re.compile(r"\s+(?P<rest>\d{1,3})(?![\d.,]\d)(?P<end>\s*(?:[.;,)]|$))?")


def _remainder_agrees(sentence: Sentence, number_at: int, thousand: str) -> bool:
    """Whether the noun after the remainder takes the case its thousands word sets."""
    noun = _counted_noun(sentence.tokens, number_at + 1)
    if noun is None:
        return False
    case = noun.feats.get("Case")
    oblique = _OBLIQUE_THOUSANDS.get(thousand.lower())
    if oblique:
        return case == oblique
    return case in {None, "Nom", "Gen", "Acc"}


def _join_thousands(sentence: Sentence, found: list[Quantity], first: int) -> None:
    """figure29: join "N тысяч" and the remainder after it into one amount (in place)."""
    positions = {token.start - sentence.start: i for i, token in enumerate(sentence.tokens)}
    index = first
    while index < len(found):
        head = found[index]
        local = head.start - sentence.start
        shape = _THOUSANDS_HEAD.fullmatch(head.text)
        rest = _REMAINDER.match(sentence.text, local + len(head.text)) if shape else None
        if shape is None or rest is None or head.amount is None:
            index += 1
            continue
        following = found[index + 1] if index + 1 < len(found) else None
        rest_start = sentence.start + rest.start("rest")
        if following is not None and following.start == rest_start:
            number_at = positions.get(rest.start("rest"))
            if number_at is None or not _remainder_agrees(
                sentence, number_at, shape.group("thousand")
            ):
                index += 1
                continue
            amount = head.amount + float(rest.group("rest"))
            text = sentence.text[local : following.end - sentence.start]
            found[index : index + 2] = [
                Quantity(head.start, following.end, text, amount, following.unit or head.unit)
            ]
        elif rest.group("end") is not None and head.unit:
            end = rest.end("rest")
            found[index] = Quantity(
                head.start,
                sentence.start + end,
                sentence.text[local:end],
                head.amount + float(rest.group("rest")),
                head.unit,
            )
        index += 1


# figure29: a sum of millions or more with no unit ("дефицит составлял 45 миллиардов",
# "Образование получит 26,5 млрд", the currency named sentences earlier) is in the
# currency the text last named when its sentence names a sum too (a sum word or an
# amount in a currency) or the sentence before names a sum word ("При принятии бюджета
# дефицит составлял …. Потом он составил 44 миллиарда"); never when a word before it
# says it counts people or things ("Число пользователей достигло 1,2 млрд").
_COUNT_MEASURES = frozenset({
    "число", "количество", "численность", "население", "тираж", "аудитория", "поголовье",
})
_SUM_WORDS = _MONEY_MEASURES | frozenset({"финансирование", "ассигнование"})
_MONEY_SCALE = 1e6


def _names_sum(sentence: Sentence) -> bool:
    return any(token.lemma.lower() in _SUM_WORDS for token in sentence.tokens)


def _text_currency(
    sentence: Sentence,
    start: int,
    scale: str | None,
    found: list[Quantity],
    previous: tuple[Sentence, list[Quantity]] | None,
) -> str:
    """The currency of the last sum the text named before a bare scaled amount."""
    if _scale_factor(scale) < _MONEY_SCALE:
        return ""
    if any(
        token.start < sentence.start + start and token.lemma.lower() in _COUNT_MEASURES
        for token in sentence.tokens
    ):
        return ""
    in_sentence = [q for q in found if sentence.start <= q.start < sentence.end]
    about_sums = (
        _names_sum(sentence)
        or any(q.is_money for q in in_sentence)
        or (previous is not None and _names_sum(previous[0]))
    )
    if not about_sums:
        return ""
    return next((q.unit for q in reversed(found) if q.is_money), "")


# figure30: a bare amount alone in brackets right after a name ("Kia (358,8 тыс.)", "уступили
# лишь США (112) и Китаю (88)", "Панов (10)") repeats the count the sentence is about for
# that name; a digit or a sign before the bracket ("758 (239+519)") makes it a tally.
_NAME_BRACKET = re.compile(r"(?:[A-ZА-ЯЁ][^\W\d_]*|[»\"”])\s*\($")
_BRACKET_CLOSE = re.compile(r"\.?\s*\)")


def _bracketed_after_name(text: str, start: int, end: int) -> bool:
    """Whether the amount at text[start:end] is all a bracket holds, and the bracket follows
    a capitalised word or a closing quote."""
    return bool(_NAME_BRACKET.search(text[:start])) and bool(_BRACKET_CLOSE.match(text[end:]))


def _last_count_unit(quantities: list[Quantity]) -> str:
    """The unit of the last count among quantities (a percentage, share or ratio lends
    nothing)."""
    return next(
        (q.unit for q in reversed(quantities) if q.unit and q.unit not in _NOT_BORROWED), ""
    )


def _bracket_unit(
    before: list[Quantity], previous: tuple[Sentence, list[Quantity]] | None, scaled: bool
) -> str:
    """figure30: the unit of the last count before a bracketed bare amount in its sentence;
    a scaled one ("Kia (358,8 тыс.)" after "624,8 тыс. машин" in the sentence before) may take
    the last large count of the sentence before, never a sum of money."""
    unit = _last_count_unit(before)
    if unit or not scaled or previous is None:
        return unit
    large = [q for q in previous[1] if q.amount is not None and q.amount >= _BORROW_FLOOR]
    unit = _last_count_unit(large)
    return "" if unit in _CURRENCY_CODES else unit


# figure30: a kind with no noun right after the count it splits ("в том числе 15 золотых",
# "из них 11 золотых", "32 медали - 14 золотых, 10 серебряных …", "61 награду (24 золотые,
# …") counts what that count counts. figure27's near misses stand: with no split opening
# ("9 турниров, а в личных 4 лучших", "30 тысяч абонементов, 12 новых и 7 старых уехали")
# nothing is borrowed; nor by a substantivised person word ("5 раненых", "3 пострадавших")
# or an ordinal ("3 первых").
_DASH_OR_BRACKET = re.compile(r"\s*(?:[—–-]|\()\s*")


def _person_or_ordinal(word: str) -> bool:
    """An animate noun reading ("раненых"), a substantivised participle ("пострадавших") or
    an ordinal ("первых"); an adjective's own "anim" marks only its accusative agreement."""
    for reading in parses(word.lower()):
        grammemes = set(reading.tag.grammemes)
        if reading.tag.POS == "NOUN" and "anim" in grammemes:
            return True
        if "Subx" in grammemes or "Anum" in grammemes:
            return True
    return False


def _list_opening(tokens: list[Token], number: int) -> int:
    """The index of the first member of the kind list the number at `number` stands in."""
    first = number
    while first >= 3 and tokens[first - 1].text.lower() in _KIND_LIST_LINKS:
        previous = first - 2
        while previous > 0 and _adjectival(tokens[previous]):
            previous -= 1
        if previous == first - 2 or not _is_number(tokens[previous]):
            break
        first = previous
    return first


def _single_kind_unit(sentence: Sentence, number: int, before: list[Quantity]) -> str:
    """figure30: the unit of a count followed only by adjectives of kind and no noun, when
    its list opens right after the count it splits: after "из них", "в том числе" or a
    colon, or a dash or bracket straight after that count."""
    tokens = sentence.tokens
    past = _kind_members(tokens, number)
    if past == number or any(tokens[i].pos != "ADJ" for i in range(number + 1, past)):
        return ""
    if past < len(tokens) and tokens[past].pos in {"NOUN", "PROPN"}:
        return ""
    if any(_person_or_ordinal(token.text) for token in tokens[number + 1 : past]):
        return ""
    first = tokens[_list_opening(tokens, number)].start
    split = [q for q in before if q.end <= first and q.unit]
    if not split or split[-1].unit in _NOT_BORROWED:
        return ""
    opening = sentence.text[: first - sentence.start]
    between = sentence.text[split[-1].end - sentence.start : first - sentence.start]
    if _SPLIT_OPENING.search(opening) or _DASH_OR_BRACKET.fullmatch(between):
        return split[-1].unit
    return ""


# figure31: a total followed by a dash and a part ("32 медали - 14 золотых", "280 человек -
# 107 получили") is no range: a range's lower end never exceeds its upper end.
def _descending(lower: Quantity, upper: Quantity) -> bool:
    """Whether the would-be lower end of a range is larger than its upper end."""
    return lower.amount is not None and upper.amount is not None and lower.amount > upper.amount


# figure31: a two-letter abbreviation counts when the dictionary reads it only as a common
# noun abbreviation ("ИП", "ДК"), never an organisation, place or name ("ЕС", "РФ"), and the
# number is no article of a code ("ст. 293 УК", "статьи 10 ФЗ", "ч. 2").
_TWO_LETTER = re.compile(r"[А-ЯЁ]{2}")
_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:ст|ч|п|пп|стать[яиюей]|част[ьиейю]|пункт[а-я]*)\.?|№)\s*$", re.IGNORECASE
)
_NOT_COUNTED_MARKS = frozenset({"Orgn", "Geox", "Name", "Surn", "Patr"})


def _counted_abbreviation(before: str, word: str) -> bool:
    """Whether the two-letter abbreviation after a number (`before` is the sentence's text up
    to the number) is what the number counts."""
    readings = parses(word.lower())
    if not readings or any(
        _NOT_COUNTED_MARKS & set(reading.tag.grammemes) for reading in readings
    ):
        return False
    if not any("Abbr" in reading.tag.grammemes for reading in readings):
        return False
    return not _ARTICLE_BEFORE.search(before)


# figure31: a bare amount after a count word and the noun it governs ("число работающих
# предпринимателей упало до 100,5 тысячи", "Общее число ИП составило 376,8 тыс.",
# "численность занятых в отрасли составила 72 400") counts that noun. Nothing is borrowed
# when a counted amount stands between them (its own borrowing rules decide), nor from a
# count word with no noun after it ("их число выросло на 1,4 млн").
_COUNT_WORDS = frozenset({"число", "количество", "численность"})
_MEASURED_NOUN_GAP = 4


def _governed_count_noun(tokens: list[Token], index: int) -> Token | None:
    """The genitive noun right after the count word at `index`, past its adjectives and
    participles ("число работающих предпринимателей")."""
    for token in tokens[index + 1 : index + 1 + _MEASURED_NOUN_GAP]:
        if token.pos in {"NOUN", "PROPN"}:
            case = token.feats.get("Case")
            return token if case in {None, "Gen"} and token.lemma.lower() not in _TIME_UNITS else None
        if token.pos not in {"ADJ", "DET"} and token.feats.get("VerbForm") != "Part":
            return None
    return None


def _measured_count_unit(sentence: Sentence, start: int, before: list[Quantity]) -> str:
    """The noun a count word before the amount governs (`start` is the amount's offset in
    the sentence), when no counted amount stands in between."""
    at = sentence.start + start
    if _ARTICLE_BEFORE.search(sentence.text[:start]):
        return ""  # "количество осужденных по статье 228": an article, not a count
    for index in range(len(sentence.tokens) - 1, -1, -1):
        token = sentence.tokens[index]
        if token.start >= at or token.lemma.lower() not in _COUNT_WORDS:
            continue
        if any(q.unit and token.start < q.start < at for q in before):
            return ""
        noun = _governed_count_noun(sentence.tokens, index)
        return noun.lemma.lower() if noun is not None else ""
    return ""
