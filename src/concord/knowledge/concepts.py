"""Posts and kinds of things as concepts, one id for their wordings in Russian and English:
"Foreign Secretary" = "Foreign Minister" = "министр иностранных дел" = "глава МИД";
"Chancellor of the Exchequer" is another post. "дорожная карта" = "roadmap".

A post is recognised only when the words around its wording just say where it is held
("министр иностранных дел Республики Казахстан", "UK Foreign Secretary", "ambassador to
Uzbekistan"): "заместитель министра иностранных дел" and "deputy foreign minister" are
another post, "президент компании" is no head of state. A kind is recognised anywhere in
its phrase ("memorandum of understanding on critical minerals", "лицензионный кампус").
Wordings are compared in their dictionary form (Russian words lemmatised), so case and
number do not matter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.knowledge.countries import english_adjectives
from concord.knowledge.gazetteer import place_name
from concord.knowledge.morphology import parses
from concord.knowledge.names import name_key
from concord.knowledge.places import is_place_word
from concord.knowledge.transliteration import is_cyrillic

GENERIC_POST = "post"  # "глава", "head", "представитель": says less than a post, not another
MINISTER = "minister"  # any minister's post says "министр" too

POSTS: dict[str, tuple[str, ...]] = {
    "president": ("президент", "president"),
    "vice_president": ("вице-президент", "vice president", "vice-president"),
    "prime_minister": (
        "премьер-министр", "премьер", "председатель правительства", "глава правительства",
        "prime minister", "premier", "pm",
    ),
    "deputy_prime_minister": (
        "вице-премьер", "заместитель премьер-министра", "заместитель председателя правительства",
        "deputy prime minister", "vice premier", "vice-premier", "deputy pm",
    ),
    "foreign_minister": (
        "министр иностранных дел", "глава мид", "руководитель мид", "глава министерства иностранных дел",
        "министр по иностранным делам", "foreign minister", "foreign secretary",
        "minister of foreign affairs", "minister for foreign affairs",
        "secretary of state for foreign, commonwealth and development affairs",
    ),
    "first_deputy_prime_minister": (
        "первый вице-премьер", "первый заместитель премьер-министра",
        "первый заместитель председателя правительства", "first deputy prime minister",
        "first vice premier", "first vice-premier",
    ),
    "deputy_foreign_minister": (
        "заместитель министра иностранных дел", "замминистра иностранных дел",
        "заместитель главы мид", "замглавы мид", "deputy foreign minister",
        "deputy minister of foreign affairs", "vice foreign minister",
    ),
    "secretary_of_state": ("госсекретарь", "государственный секретарь", "secretary of state"),
    "finance_minister": (
        "министр финансов", "глава минфина", "finance minister", "minister of finance",
        "chancellor of the exchequer", "treasury secretary", "secretary of the treasury",
    ),
    "economy_minister": (
        "министр экономики", "министр экономического развития", "economy minister",
        "minister of economy", "minister of the economy", "economics minister",
    ),
    "trade_minister": (
        "министр торговли", "министр торговли и интеграции", "trade minister",
        "minister of trade", "minister for trade", "trade secretary", "business and trade secretary",
    ),
    "investment_minister": (
        "министр инвестиций", "министр инвестиций, промышленности и торговли",
        "investment minister", "minister of investment",
        "minister of investment, industry and trade",
    ),
    "defence_minister": (
        "министр обороны", "глава минобороны", "defence minister", "defense minister",
        "minister of defence", "minister of defense", "defence secretary", "defense secretary",
        "secretary of defense",
    ),
    "interior_minister": (
        "министр внутренних дел", "глава мвд", "interior minister", "minister of internal affairs",
        "minister of the interior", "home secretary",
    ),
    "energy_minister": ("министр энергетики", "energy minister", "minister of energy"),
    "education_minister": (
        "министр образования", "министр просвещения", "education minister",
        "minister of education", "education secretary",
    ),
    "science_minister": (
        "министр науки и высшего образования", "science minister",
        "minister of science and higher education",
    ),
    "justice_minister": ("министр юстиции", "justice minister", "minister of justice"),
    "health_minister": ("министр здравоохранения", "health minister", "minister of health"),
    "agriculture_minister": (
        "министр сельского хозяйства", "agriculture minister", "minister of agriculture",
    ),
    "transport_minister": ("министр транспорта", "transport minister", "minister of transport"),
    "industry_minister": ("министр промышленности", "industry minister", "minister of industry"),
    MINISTER: ("министр", "minister"),
    "ambassador": (
        "посол", "чрезвычайный и полномочный посол", "ambassador",
        "ambassador extraordinary and plenipotentiary",
    ),
    "special_envoy": (
        "спецпосланник", "специальный посланник", "спецпредставитель",
        "специальный представитель", "special envoy", "special representative",
    ),
    "charge_d_affaires": ("временный поверенный в делах", "chargé d'affaires", "charge d'affaires"),
    "consul_general": ("генеральный консул", "генконсул", "consul general", "consul-general"),
    "consul": ("консул", "consul"),
    "king": ("король", "king"),
    "queen": ("королева", "queen"),
    "emir": ("эмир", "emir", "amir"),
    "crown_prince": ("наследный принц", "crown prince"),
    "chancellor": ("канцлер", "федеральный канцлер", "chancellor", "federal chancellor"),
    "speaker": ("спикер", "председатель парламента", "speaker", "speaker of parliament"),
    "speaker_of_the_commons": ("спикер палаты общин", "speaker of the house of commons"),
    "secretary_general": (
        "генеральный секретарь", "генсек", "secretary-general", "secretary general",
    ),
    "mayor": ("мэр", "глава города", "mayor"),
    "governor": ("губернатор", "governor"),
    "akim": (
        "аким", "хоким", "аким города", "аким области", "хоким города", "хоким области",
        "akim", "hokim", "khokim", "city akim", "regional akim",
    ),
    "member_of_parliament": ("депутат", "member of parliament", "mp"),
    "senator": ("сенатор", "senator"),
    "prosecutor_general": (
        "генеральный прокурор", "генпрокурор", "prosecutor general", "attorney general",
    ),
    "central_bank_governor": (
        "председатель центрального банка", "председатель национального банка", "глава центробанка",
        "глава нацбанка", "central bank governor", "governor of the central bank",
        "governor of the national bank",
    ),
    "spokesperson": (
        "официальный представитель", "пресс-секретарь", "spokesperson", "spokesman",
        "spokeswoman", "press secretary",
    ),
    "ombudsman": ("омбудсмен", "уполномоченный по правам человека", "ombudsman"),
    "ceo": (
        "генеральный директор", "гендиректор", "chief executive", "chief executive officer", "ceo",
    ),
    "director": ("директор", "director"),
    "rector": ("ректор", "rector", "vice-chancellor"),
    "management_board_chair": (
        "председатель правления", "chairman of the management board",
        "chair of the management board", "chairman of the executive board",
        "management board chairman",
    ),
    "board_chair": (
        "председатель совета директоров", "председатель наблюдательного совета",
        "chairman of the board of directors", "chairman of the board", "chair of the board",
        "board chairman", "chairman of the supervisory board",
    ),
    "chair": ("председатель", "chairman", "chairwoman", "chair", "chairperson"),
    GENERIC_POST: (
        "глава", "руководитель", "представитель", "член", "сотрудник", "head", "leader", "chief",
        "representative", "member", "official", "employee",
    ),
}  # fmt: skip

KINDS: dict[str, tuple[str, ...]] = {
    "roadmap": ("дорожная карта", "roadmap", "road map"),
    "memorandum": (
        "меморандум", "меморандум о взаимопонимании", "memorandum",
        "memorandum of understanding", "mou",
    ),
    "agreement": ("соглашение", "agreement", "accord"),
    "treaty": ("договор", "treaty"),
    "contract": ("контракт", "contract"),
    "declaration": ("декларация", "совместное заявление", "declaration", "joint statement"),
    "protocol": ("протокол", "protocol"),
    "action_plan": ("план действий", "action plan"),
    "joint_venture": ("совместное предприятие", "joint venture", "jv"),
    "joint_production": ("совместное производство", "joint production"),
    "campus": ("кампус", "campus"),
    "plant": ("завод", "комбинат", "plant", "factory", "works", "mill"),
    "centre": ("центр", "комплекс", "centre", "center", "complex"),
    "power_station": ("электростанция", "power station"),
    "runway": ("взлетно-посадочная полоса", "впп", "runway", "airstrip"),
    "hospital": ("больница", "госпиталь", "поликлиника", "hospital", "clinic"),
    "kindergarten": ("детский сад", "детсад", "kindergarten", "nursery school"),
    "arena": ("арена", "ледовый дворец", "arena"),
    "stadium": ("стадион", "stadium"),
    "fence": ("забор", "ограждение", "fence"),
    "hub": ("хаб", "hub"),
    "laboratory": ("лаборатория", "laboratory", "lab"),
    "school": ("школа", "school"),
    "university": ("университет", "university"),
    "programme": ("программа", "programme", "program"),
    "project": ("проект", "project"),
    "cooperation": ("сотрудничество", "cooperation", "co-operation"),
    "partnership": ("партнерство", "partnership"),
    "initiative": ("инициатива", "initiative"),
    "investment": ("инвестиция", "investment"),
    "loan": ("кредит", "заем", "loan"),
    "grant": ("грант", "grant"),
}  # fmt: skip

# Classes a general noun names its project by ("образовательное учреждение" for a school,
# "спортивный объект" for an arena): the class adjectives, and the kinds of each class.
KIND_CLASSES: dict[str, tuple[str, ...]] = {
    "education": ("образовательный", "учебный", "educational", "education"),
    "health": ("медицинский", "лечебный", "лечебно-профилактический", "medical", "health"),
    "sport": ("спортивный", "физкультурно-оздоровительный", "sports", "sporting"),
    "industry": ("промышленный", "производственный", "industrial", "manufacturing"),
}  # fmt: skip
CLASS_OF_KIND: dict[str, str] = {
    "school": "education", "university": "education", "kindergarten": "education",
    "hospital": "health", "arena": "sport", "stadium": "sport", "plant": "industry",
    "power_station": "industry",
}  # fmt: skip

# Posts that another post's wording may mean: an akim is a city's mayor or a region's
# governor, a first deputy prime minister is a deputy prime minister, a chairman of the
# management board (a Russian bank's or company's chief executive) is its CEO and a
# chairman; a chairman of the board of directors is a chairman, not the CEO.
COMPATIBLE_POSTS: frozenset[frozenset[str]] = frozenset({
    frozenset({"akim", "mayor"}), frozenset({"akim", "governor"}),
    frozenset({"first_deputy_prime_minister", "deputy_prime_minister"}),
    frozenset({"management_board_chair", "ceo"}), frozenset({"management_board_chair", "chair"}),
    frozenset({"board_chair", "chair"}),
})  # fmt: skip

# Words that may stand around a post and only say where it is held.
_LOCATING_WORDS = frozenset({
    "of", "the", "to", "in", "for", "at", "в", "при", "республика", "republic", "рк", "рф",
    "federation", "федерация", "kingdom", "королевство", "state", "states",
})  # fmt: skip
_WORD = re.compile(r"[\w-]+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")  # "Germany's ambassador"


@lru_cache(maxsize=65536)
def _normal(word: str) -> str:
    if not is_cyrillic(word):
        return word
    readings = parses(word)
    return readings[0].normal_form.replace("ё", "е") if readings else word


def _words(text: str) -> tuple[str, ...]:
    return tuple(_normal(word) for word in _WORD.findall(name_key(_POSSESSIVE.sub("", text))))


def _index(table: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    return {_words(wording): concept for concept, wordings in table.items() for wording in wordings}


@lru_cache(maxsize=1)
def _post_index() -> dict[tuple[str, ...], str]:
    return _index(POSTS)


@lru_cache(maxsize=1)
def _kind_index() -> dict[tuple[str, ...], str]:
    return _index(KINDS)


def _locating(word: str) -> bool:
    return (
        word in _LOCATING_WORDS
        or word in english_adjectives()
        or place_name(word) is not None
        or (is_cyrillic(word) and is_place_word(word))
    )


def _matches(words: tuple[str, ...], index: dict[tuple[str, ...], str]) -> list[tuple[int, int]]:
    """(start, end) of every wording found in the words, longest first."""
    found = [
        (start, end)
        for start in range(len(words))
        for end in range(len(words), start, -1)
        if words[start:end] in index
    ]
    return sorted(found, key=lambda span: (span[0] - span[1], span[0]))


@lru_cache(maxsize=65536)
def post_concept(text: str) -> str | None:
    """The concept of a post's wording, or None when it is not one the table knows or
    other words make it another post ("deputy", "заместитель", "компании")."""
    words = _words(text)
    index = _post_index()
    for start, end in _matches(words, index):
        around = words[:start] + words[end:]
        if all(_locating(word) for word in around):
            return index[words[start:end]]
    return None


# What a figure measures, Russian wording first: the one an English figure is filed under.
MEASURES: dict[str, tuple[str, ...]] = {
    "trade": (
        "товарооборот", "взаимный товарооборот", "объем товарооборота", "торговый оборот",
        "trade", "trade turnover", "bilateral trade", "mutual trade", "trade volume",
    ),
    "investment": ("инвестиции", "объем инвестиций", "investment", "investments"),
    "exports": ("экспорт", "объем экспорта", "exports", "export"),
    "imports": ("импорт", "объем импорта", "imports", "import"),
    "gdp": ("ввп", "валовой внутренний продукт", "gdp", "gross domestic product"),
    "inflation": ("инфляция", "inflation"),
}  # fmt: skip


@lru_cache(maxsize=1)
def _measure_index() -> dict[tuple[str, ...], str]:
    return _index(MEASURES)


@lru_cache(maxsize=65536)
def measure_concept(text: str) -> str | None:
    """The concept of a figure's measure worded exactly as the table has it ("trade",
    "товарооборот"), or None."""
    return _measure_index().get(_words(text))


def russian_measure(concept: str) -> str:
    return MEASURES[concept][0]


def measures_agree(first: str, second: str) -> bool | None:
    """True for one measure, False for two the table knows apart, None otherwise."""
    concept_a, concept_b = measure_concept(first), measure_concept(second)
    if concept_a is None or concept_b is None:
        return None
    return concept_a == concept_b


def russian_post(concept: str) -> str:
    """The concept's usual Russian wording: what a post worded through its body is."""
    return POSTS[concept][0]


def is_post_wording(text: str) -> bool:
    """The text is exactly one of the table's wordings of a post ("Chancellor of the
    Exchequer"), nothing around it."""
    return _words(text) in _post_index()


@lru_cache(maxsize=65536)
def kind_concept(text: str) -> str | None:
    """The concept of the first, longest kind wording in a phrase, or None."""
    words = _words(text)
    index = _kind_index()
    spans = _matches(words, index)
    return index[words[spans[0][0] : spans[0][1]]] if spans else None


def russian_kind(concept: str) -> str:
    """The concept's Russian wording: what a kind in another language is filed under."""
    return KINDS[concept][0]


def posts_agree(first: str, second: str) -> bool | None:
    """True for one post (or a generic word beside a post, or a minister beside a
    minister of something), False for two different posts, None when a wording is not
    known as a post."""
    concept_a, concept_b = post_concept(first), post_concept(second)
    if concept_a is None or concept_b is None:
        return None
    if concept_a == concept_b or GENERIC_POST in {concept_a, concept_b}:
        return True
    if frozenset({concept_a, concept_b}) in COMPATIBLE_POSTS:
        return True
    ministers = {concept_a, concept_b} - {MINISTER}
    return len(ministers) == 1 and next(iter(ministers)).endswith("_minister")


def kinds_agree(first: str, second: str) -> bool | None:
    """One kind, two kinds, or None when a phrase names no kind the table knows."""
    concept_a, concept_b = kind_concept(first), kind_concept(second)
    if concept_a is None or concept_b is None:
        return None
    return concept_a == concept_b


@lru_cache(maxsize=1)
def _class_index() -> dict[tuple[str, ...], str]:
    return _index(KIND_CLASSES)


@lru_cache(maxsize=65536)
def kind_class(text: str) -> str | None:
    """The class of things a phrase names: by a class adjective in it ("медицинское
    учреждение", "спортивный комплекс"), else by its kind ("школа": education); None when
    neither is known ("логистический центр")."""
    words = _words(text)
    adjectives = _matches(words, _class_index())
    if adjectives:
        return _class_index()[words[adjectives[0][0] : adjectives[0][1]]]
    concept = kind_concept(text)
    return CLASS_OF_KIND.get(concept) if concept is not None else None


def is_class_wording(text: str) -> bool:
    """Every word of the text is a class adjective ("медицинский", "sports")."""
    words = _words(text)
    return bool(words) and all((word,) in _class_index() for word in words)
