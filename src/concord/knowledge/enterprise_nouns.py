"""Russian nouns that name a kind of organisation or enterprise ("компания", "банк",
"птицефабрика"): a quoted name right after one is the name of an organisation
("банк «Монолит»"), while a quoted name after a noun of a work or an event is a title
("фильм «…»", "операция «…»") and names no body.

Compounds are read as a prefix and a kind: "медиахолдинг", "агрофирма", "инвестфонд",
"молокозавод", "IT-компания". A prefix alone never makes a kind, and the kind must be the
whole rest of the word, so "спорт" and "транспорт" are not ports.
"""

from __future__ import annotations

# Dictionary forms.
KIND_NOUNS = frozenset({
    "компания", "фирма", "группа", "холдинг", "концерн", "корпорация", "госкорпорация",
    "банк", "фонд", "завод", "фабрика", "комбинат", "клуб", "газета", "журнал",
    "еженедельник", "телеканал", "канал", "радиостанция", "телерадиокомпания",
    "издательство", "агентство", "информагентство", "партия", "фракция", "движение",
    "оператор", "разработчик", "производитель", "поставщик", "дистрибьютор", "ритейлер",
    "застройщик", "девелопер", "перевозчик", "авиаперевозчик", "порт", "аэропорт",
    "магазин", "сеть", "ресторан", "кафе", "театр", "гостиница", "отель", "кинотеатр",
    "элеватор", "верфь", "шахта", "рудник", "карьер", "артель", "кооператив",
    "объединение", "предприятие", "организация", "общество", "товарищество",
    "ассоциация", "союз", "студия", "лаборатория", "биржа",
    "авиакомпания", "страховщик", "брокер", "стартап", "сервис", "маркетплейс", "портал",
    "интернет-магазин", "агрофирма", "хозяйство", "колхоз", "совхоз", "гипермаркет",
    "супермаркет", "универмаг", "салон", "ателье", "типография", "пекарня", "хлебозавод",
    "мясокомбинат", "молокозавод", "птицефабрика", "судоверфь", "больница", "клиника",
    "санаторий", "лицей", "гимназия", "колледж", "университет", "институт", "академия",
    "училище", "школа", "команда", "ансамбль", "оркестр", "хор", "коллектив", "бюро",
    "трест", "управление", "дирекция", "учреждение", "редакция", "телекомпания",
    "медиагруппа", "медиахолдинг", "агрохолдинг", "инвестфонд", "исполком", "облисполком",
    "горисполком", "райисполком",
})  # fmt: skip

# Kinds that may take the field they work in between themselves and the name:
# "разработчик игр «Нова»", "сеть магазинов «Уют»", "производитель молочной продукции «Луг»".
FIELD_KIND_NOUNS = frozenset({
    "компания", "фирма", "группа", "холдинг", "концерн", "оператор", "разработчик",
    "производитель", "поставщик", "дистрибьютор", "ритейлер", "перевозчик", "сеть",
    "магазин", "завод", "фабрика", "комбинат", "агентство", "фонд", "банк", "клуб",
    "сервис", "стартап", "портал", "интернет-магазин",
})  # fmt: skip

# Kinds that are also places: a quoted name after them the NER model reads as a place
# ("аэропорт «Домодедово»", "гостиница «Берлин»") keeps that reading.
PLACE_KIND_NOUNS = frozenset({
    "порт", "аэропорт", "магазин", "гипермаркет", "супермаркет", "универмаг", "ресторан",
    "кафе", "гостиница", "отель", "кинотеатр", "театр", "шахта", "рудник", "карьер",
    "больница", "клиника", "санаторий", "верфь", "судоверфь", "салон", "ателье", "пекарня",
})  # fmt: skip

# Stems that join a kind into one word ("птице|фабрика", "инвест|фонд", "медиа-|холдинг").
COMPOUND_PREFIXES = frozenset({
    "медиа", "агро", "инвест", "авиа", "авто", "нефте", "нефть", "газо", "энерго", "строй",
    "птице", "молоко", "мясо", "хлебо", "рыбо", "рыб", "тур", "теле", "радио", "кино",
    "гос", "фарм", "фармацевт", "био", "электро", "металло", "лесо", "турист",
    "страхо", "торг", "пром", "хим", "сельхоз", "спирто", "винно", "вино", "пиво",
    "кондитер", "табак", "мебель", "сахаро", "масло", "сыро", "стекло", "цементо",
    "домо", "судо", "вагоно", "машино", "тракторо", "станко", "ит", "it",
    "интернет", "онлайн", "тех", "эко", "фин", "микро", "евро", "интер",
})  # fmt: skip
# Nouns of works, documents and events: a quoted name after them is a title. ("акция"
# stays out: "акций «Новатэка»" are shares of a company far more often than a campaign.)
TITLE_NOUNS = frozenset({
    "фильм", "сериал", "мультфильм", "книга", "роман", "повесть", "рассказ", "песня",
    "альбом", "сингл", "спектакль", "опера", "балет", "картина", "программа", "передача",
    "шоу", "проект", "операция", "закон", "законопроект", "указ", "постановление",
    "доктрина", "стратегия", "концепция", "кампания", "конкурс", "фестиваль",
    "премия", "выставка", "форум", "учение", "рубрика", "статья", "колонка", "слоган",
    "лозунг", "девиз", "звание", "орден", "медаль", "марка", "бренд", "сорт", "модель",
})  # fmt: skip


def is_kind_noun(lemma: str) -> bool:
    """Whether a dictionary form names a kind of organisation, a compound included."""
    word = lemma.lower().replace("ё", "е")
    if word in KIND_NOUNS:
        return True
    prefix, hyphen, last = word.rpartition("-")
    if hyphen:
        return last in KIND_NOUNS and bool(prefix)
    return any(
        word.startswith(stem) and word[len(stem) :] in KIND_NOUNS for stem in COMPOUND_PREFIXES
    )


def is_title_noun(lemma: str) -> bool:
    """Whether a noun names a work, a document or an event ("фильм", "закон", "операция")."""
    return lemma.lower().replace("ё", "е") in TITLE_NOUNS


def is_place_kind(lemma: str) -> bool:
    """Whether a kind noun names a place as well as a body ("морской порт")."""
    word = lemma.lower().replace("ё", "е")
    return any(
        word.endswith(kind) and (word == kind or is_kind_noun(word)) for kind in PLACE_KIND_NOUNS
    )


def takes_field(lemma: str) -> bool:
    """Whether a kind noun may have its field in the genitive before the name."""
    word = lemma.lower().replace("ё", "е")
    return word in FIELD_KIND_NOUNS or word.rpartition("-")[2] in FIELD_KIND_NOUNS


# Word parts that make a one-word compound an organisation's name: a place or field joined
# to a branch ("Запорож|сталь", "Курган|стат", "Татагропром|банк", "Рыб|охрана",
# "Вики|новости"). A part counts only after at least three letters of something else.
ORGANISATION_WORD_PARTS = (
    "банк", "стат", "стал", "кокс", "охран", "новост", "пром", "строй", "энерг", "нефт",
    "трест", "холдинг", "инвест", "надзор", "связ", "торг", "сбыт", "транс", "водоканал",
)  # fmt: skip
# Ministries shortened to one word: "Мин" and the field ("Минкультуры", "Минфин").
MINISTRY_PREFIX = "мин"
_COMPOUND_PART_START = 3


def is_organisation_compound(word: str) -> bool:
    """Whether a single word reads as a compound organisation name ("Запорожстали",
    "Курганстата", "Минкультуре"). Callers check first that the dictionary has no person
    reading for the word, as "Кристалинская" also holds a part."""
    word = word.lower().replace("ё", "е").replace("-", "")
    if word.startswith(MINISTRY_PREFIX) and len(word) > len(MINISTRY_PREFIX) + 3:
        return True
    return any(word.find(part, _COMPOUND_PART_START) >= 0 for part in ORGANISATION_WORD_PARTS)
