"""The words of an organisation's name as one comparable set in either language:
"University of Oulu" = "университет Оулу" = "Оулуский университет", "TransLogistic" =
"ТрансЛогистик", «Норд Карго» = "Nord Cargo company" = "компания «Норд Карго»".

Generic words (what kind of body, which field it works in) are mapped through a small
bilingual table to one concept each; the other words are proper names, compared by their
transliteration key. Word order and English function words ("of", "the") do not count.
Two names are one body only when both sets are equal, so "Nord Cargo" ≠ "Nord Logistics"
and "Министерство экономики" ≠ "Ministry of Finance".
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.knowledge.morphology import parses
from concord.knowledge.transliteration import is_cyrillic, latin_key

# What kind of body a name says it is; Russian wordings in dictionary form.
KINDS: dict[str, tuple[str, ...]] = {
    "university": ("университет", "university"),
    "institute": ("институт", "institute"),
    "academy": ("академия", "academy"),
    "school": ("школа", "school"),
    "ministry": ("министерство", "ministry"),
    "department": ("департамент", "department"),
    "agency": ("агентство", "agency"),
    "service": ("служба", "service"),
    "committee": ("комитет", "committee"),
    "commission": ("комиссия", "commission"),
    "council": ("совет", "council"),
    "chamber": ("палата", "chamber"),
    "administration": ("администрация", "administration"),
    "office": ("офис", "бюро", "office", "bureau"),
    "company": ("компания", "company"),
    "corporation": ("корпорация", "corporation"),
    "group": ("группа", "group"),
    "holding": ("холдинг", "holding"),
    "bank": ("банк", "bank"),
    "fund": ("фонд", "fund"),
    "association": ("ассоциация", "association"),
    "union": ("союз", "union"),
    "organisation": ("организация", "organisation", "organization"),
    "centre": ("центр", "centre", "center"),
    "exchange": ("биржа", "exchange"),
    "party": ("партия", "party"),
    "court": ("суд", "court"),
    "embassy": ("посольство", "embassy"),
    "railways": (
        "железные дороги", "железная дорога", "railways", "railway", "rail", "railroad",
    ),
    "airlines": ("авиакомпания", "авиалинии", "airlines", "airline", "airways"),
    "airport": ("аэропорт", "airport"),
    "port": ("порт", "port"),
    "plant": ("завод", "plant", "factory", "works"),
}  # fmt: skip

# Which field a body works in or what it is besides its kind ("Ministry of Finance").
FIELDS: dict[str, tuple[str, ...]] = {
    "foreign_affairs": ("иностранные дела", "foreign affairs", "foreign"),
    "internal_affairs": ("внутренние дела", "internal affairs", "interior", "home"),
    "finance": ("финансы", "finance", "finances"),
    "economy": ("экономика", "economy", "economic"),
    "economic_development": ("экономическое развитие", "economic development"),
    "development": ("развитие", "development"),
    "trade": ("торговля", "trade"),
    "investment": ("инвестиции", "investment", "investments"),
    "industry": ("промышленность", "industry"),
    "energy": ("энергетика", "energy"),
    "education": ("образование", "education"),
    "science": ("наука", "science"),
    "health": ("здравоохранение", "health"),
    "defence": ("оборона", "defence", "defense"),
    "justice": ("юстиция", "justice"),
    "agriculture": ("сельское хозяйство", "agriculture"),
    "transport": ("транспорт", "transport"),
    "emergencies": ("чрезвычайные ситуации", "emergency situations", "emergencies"),
    "culture": ("культура", "culture"),
    "national": ("национальный", "national"),
    "central": ("центральный", "central"),
    "state": ("государственный", "state"),
    "international": ("международный", "international"),
    "federal": ("федеральный", "federal"),
}  # fmt: skip

# Short names that stand for a kind and a field.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "мид": ("ministry", "foreign_affairs"),
    "минфин": ("ministry", "finance"),
    "минэкономики": ("ministry", "economy"),
    "минобороны": ("ministry", "defence"),
    "мвд": ("ministry", "internal_affairs"),
    "мчс": ("ministry", "emergencies"),
    "минюст": ("ministry", "justice"),
    "минздрав": ("ministry", "health"),
    "минтранс": ("ministry", "transport"),
    "минэнерго": ("ministry", "energy"),
    "минсельхоз": ("ministry", "agriculture"),
    "центробанк": ("central", "bank"),
    "цб": ("central", "bank"),
    "нацбанк": ("national", "bank"),
}  # fmt: skip

FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "&", "и", "по", "at", "on"})
_WORD = re.compile(r"[\w&-]+")
# A Russian relative adjective made of a proper name ("Оулуский", "Казанский").
_ADJECTIVE_ENDING = re.compile(r"(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|ую|ом|их|ым|ыми)$")


@lru_cache(maxsize=65536)
def _normal(word: str) -> str:
    if not is_cyrillic(word):
        return word
    readings = parses(word)
    return readings[0].normal_form.replace("ё", "е") if readings else word


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, ...], str]:
    index: dict[tuple[str, ...], str] = {}
    for table in (KINDS, FIELDS):
        for concept, wordings in table.items():
            for wording in wordings:
                index[tuple(_normal(word) for word in wording.split())] = f"#{concept}"
    return index


def kind_words() -> frozenset[str]:
    """The concept tokens that only say what kind of body a name is."""
    return frozenset(f"#{concept}" for concept in KINDS)


def _proper_key(word: str) -> str:
    """A proper-name word's key; "Оулуский" keys as "Оулу" would."""
    if is_cyrillic(word):
        stem = _ADJECTIVE_ENDING.sub("", word)
        if stem != word and len(stem) >= 3:
            return latin_key(stem)
    return latin_key(word)


@lru_cache(maxsize=65536)
def organisation_tokens(words: tuple[str, ...]) -> tuple[str, ...]:
    """The comparable tokens of an organisation's own words (places and legal forms
    already left out), sorted: "#"-concepts for generic words, keys for the rest."""
    split = [part for word in words for part in _WORD.findall(word.lower())]
    normal = [_normal(word) for word in split]
    index = _index()
    tokens: list[str] = []
    position = 0
    while position < len(split):
        if split[position] in ABBREVIATIONS:
            tokens.extend(f"#{concept}" for concept in ABBREVIATIONS[split[position]])
            position += 1
            continue
        for end in range(min(len(split), position + 3), position, -1):
            concept = index.get(tuple(normal[position:end]))
            if concept:
                tokens.append(concept)
                position = end
                break
        else:
            if split[position] not in FUNCTION_WORDS:
                tokens.append(_proper_key(split[position]))
            position += 1
    return tuple(sorted(token for token in tokens if token))
