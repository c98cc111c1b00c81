"""Other names of the same place, in Russian and English: official long forms, short
forms, abbreviations ("Germany" = "Германия" = "ФРГ"), and the cities news about the
region names most ("Tashkent" = "Ташкент", "Kyiv" = "Kiev" = "Киев").

States come from CLDR with a supplement (countries.py); a name that may mean several
things ("Корея", "Конго") is left out rather than guessed. Every place is known by its
usual Russian name, so an English report and a Russian one meet in one key.
"""

from __future__ import annotations

from functools import lru_cache

from concord.knowledge.countries import state_names
from concord.knowledge.names import lemma_key, name_key

# Regions and unions whose other names news uses as often as their own.
REGION_NAMES: dict[str, tuple[str, ...]] = {
    "Центральная Азия": ("ЦА", "Central Asia"),
    "ООН": ("Организация Объединенных Наций", "United Nations", "UN"),
    "Саудовская Аравия": ("Королевство Саудовская Аравия", "КСА", "Kingdom of Saudi Arabia"),
    "Иран": ("Исламская Республика Иран", "Islamic Republic of Iran"),
    "Азербайджан": ("Азербайджанская Республика", "Republic of Azerbaijan"),
    "Армения": ("Республика Армения", "Republic of Armenia"),
    "Узбекистан": ("Республика Узбекистан",),
    "Таджикистан": ("Республика Таджикистан",),
    "Китай": ("Китайская Народная Республика",),
    "Германия": ("Федеративная Республика Германия",),
    "Франция": ("Французская Республика", "French Republic"),
    "Индия": ("Республика Индия", "Republic of India"),
    "Чехия": ("Чешская Республика",),
    "Великобритания": ("Соединенное Королевство Великобритании и Северной Ирландии", "UK"),
    "США": ("Соединенные Штаты Америки", "USA"),
}

# Cities by their usual Russian name and the names English news gives them; others meet
# through the transliteration key (entity_keys.py).
CITY_NAMES: dict[str, tuple[str, ...]] = {
    "Москва": ("Moscow",),
    "Санкт-Петербург": ("Saint Petersburg", "St. Petersburg", "St Petersburg", "Петербург"),
    "Ташкент": ("Tashkent", "Toshkent"),
    "Самарканд": ("Samarkand", "Samarqand"),
    "Бухара": ("Bukhara", "Buxoro"),
    "Хива": ("Khiva", "Xiva"),
    "Фергана": ("Fergana", "Ferghana", "Farg'ona"),
    "Андижан": ("Andijan", "Andijon"),
    "Наманган": ("Namangan",),
    "Нукус": ("Nukus",),
    "Астана": ("Astana", "Nur-Sultan", "Нур-Султан"),
    "Алматы": ("Almaty", "Алма-Ата", "Alma-Ata"),
    "Шымкент": ("Shymkent", "Чимкент", "Chimkent"),
    "Караганда": ("Karaganda", "Qaraghandy"),
    "Бишкек": ("Bishkek",),
    "Ош": ("Osh",),
    "Душанбе": ("Dushanbe",),
    "Ашхабад": ("Ashgabat", "Ashkhabad"),
    "Киев": ("Kyiv", "Kiev", "Київ"),
    "Минск": ("Minsk",),
    "Баку": ("Baku",),
    "Ереван": ("Yerevan",),
    "Тбилиси": ("Tbilisi",),
    "Улан-Батор": ("Ulaanbaatar", "Ulan Bator", "Улаанбаатар"),
    "Пекин": ("Beijing", "Peking"),
    "Шанхай": ("Shanghai",),
    "Токио": ("Tokyo",),
    "Сеул": ("Seoul",),
    "Нью-Дели": ("New Delhi",),
    "Исламабад": ("Islamabad",),
    "Кабул": ("Kabul",),
    "Тегеран": ("Tehran", "Teheran"),
    "Анкара": ("Ankara",),
    "Стамбул": ("Istanbul",),
    "Дубай": ("Dubai",),
    "Абу-Даби": ("Abu Dhabi",),
    "Эр-Рияд": ("Riyadh", "Эр Рияд"),
    "Доха": ("Doha",),
    "Лондон": ("London",),
    "Париж": ("Paris",),
    "Берлин": ("Berlin",),
    "Брюссель": ("Brussels",),
    "Женева": ("Geneva",),
    "Вена": ("Vienna",),
    "Рим": ("Rome",),
    "Нью-Йорк": ("New York",),
    "Вашингтон": ("Washington, D.C.", "Washington DC"),
}


STATE_NAMES = state_names()
_CANONICAL: dict[str, str] = {}
for names in (STATE_NAMES, REGION_NAMES):
    for canonical, aliases in names.items():
        for alias in (canonical, *aliases):
            _CANONICAL[name_key(alias)] = canonical
_STATES = {key for key, canonical in _CANONICAL.items() if canonical in STATE_NAMES}
_CITIES = {
    name_key(alias): canonical
    for canonical, aliases in CITY_NAMES.items()
    for alias in (canonical, *aliases)
}


def _place_key(name: str) -> str:
    """The name key without an English article: "the Netherlands", "the US"."""
    key = name_key(name)
    return key[4:] if key.startswith("the ") else key


def is_state(name: str) -> bool:
    """A sovereign state (or the EU) by any of its names."""
    return _place_key(name) in _STATES


def canonical_place(name: str) -> str | None:
    """The usual short name of a country or union, or None when the name is not one."""
    return _CANONICAL.get(_place_key(name))


def canonical_city(name: str) -> str | None:
    """The usual Russian name of a city the gazetteer knows, in either language."""
    return _CITIES.get(name_key(name))


def place_name(name: str) -> str | None:
    """The usual Russian name of a country, union or known city; None for other names."""
    return canonical_place(name) or canonical_city(name)


@lru_cache(maxsize=1)
def _canonical_by_lemmas() -> dict[str, str]:
    return {lemma_key(alias): canonical for alias, canonical in _CANONICAL.items()}


def canonical_place_in_any_case(name: str) -> str | None:
    """As canonical_place, for a name in any grammatical case ("Центральной Азии")."""
    return canonical_place(name) or _canonical_by_lemmas().get(lemma_key(name))


def is_state_in_any_case(name: str) -> bool:
    """A sovereign state or a union by any of its names, in any grammatical case."""
    return is_state(name) or canonical_place_in_any_case(name) is not None


# occupation56: Russian regions news names without the noun of their kind (a republic by its
# short name, a region by its colloquial one), each with its official form, which holds the
# noun: how "глава республики" or "прокурор области" knows the place named before it is of its
# kind. A name that may mean several places or a club ("Кубань", "Алтай") is left out.
REGION_OFFICIAL_FORMS: dict[str, str] = {
    "Дагестан": "Республика Дагестан",
    "Татарстан": "Республика Татарстан",
    "Башкирия": "Республика Башкортостан",
    "Башкортостан": "Республика Башкортостан",
    "Чечня": "Чеченская Республика",
    "Ингушетия": "Республика Ингушетия",
    "Кабардино-Балкария": "Кабардино-Балкарская Республика",
    "Карачаево-Черкесия": "Карачаево-Черкесская Республика",
    "Северная Осетия": "Республика Северная Осетия — Алания",
    "Адыгея": "Республика Адыгея",
    "Калмыкия": "Республика Калмыкия",
    "Крым": "Республика Крым",
    "Карелия": "Республика Карелия",
    "Коми": "Республика Коми",
    "Мордовия": "Республика Мордовия",
    "Чувашия": "Чувашская Республика",
    "Удмуртия": "Удмуртская Республика",
    "Марий Эл": "Республика Марий Эл",
    "Бурятия": "Республика Бурятия",
    "Тыва": "Республика Тыва",
    "Тува": "Республика Тыва",
    "Хакасия": "Республика Хакасия",
    "Якутия": "Республика Саха (Якутия)",
    "Подмосковье": "Московская область",
    "Приморье": "Приморский край",
    "Ставрополье": "Ставропольский край",
    "Прикамье": "Пермский край",
    "Забайкалье": "Забайкальский край",
    "Кузбасс": "Кемеровская область",
    "Оренбуржье": "Оренбургская область",
    "Зауралье": "Курганская область",
    "Ямал": "Ямало-Ненецкий автономный округ",
    "Югра": "Ханты-Мансийский автономный округ",
    "Белгородчина": "Белгородская область",
    "Смоленщина": "Смоленская область",
    "Брянщина": "Брянская область",
    "Тамбовщина": "Тамбовская область",
    "Псковщина": "Псковская область",
    "Вологодчина": "Вологодская область",
    "Рязанщина": "Рязанская область",
    "Полтавщина": "Полтавская область",
    "Черниговщина": "Черниговская область",
    "Харьковщина": "Харьковская область",
    "Одесщина": "Одесская область",
    "Киевщина": "Киевская область",
}


@lru_cache(maxsize=1)
def _official_by_lemmas() -> dict[str, str]:
    return {lemma_key(short): official for short, official in REGION_OFFICIAL_FORMS.items()}


def names_of_place(name: str) -> tuple[str, ...]:
    """The other names of a state or a Russian region, in any grammatical case: "Франции"
    → "Французская Республика", … ; "Оренбуржье" → "Оренбургская область". What a bare
    "республики" or "области" can tell its place by when the name itself holds no kind."""
    canonical = canonical_place_in_any_case(name)
    if canonical is not None:
        return (canonical, *STATE_NAMES.get(canonical, ()), *REGION_NAMES.get(canonical, ()))
    official = REGION_OFFICIAL_FORMS.get(name) or _official_by_lemmas().get(lemma_key(name))
    return (official,) if official is not None else ()
