"""Which nouns name a post, and how far a post's description reaches.

The lexicon holds lemmas of common posts; compounds are recognised by their parts
("вице-премьер", "замминистра", "экс-президент", "гендиректор") so new titles built
the usual Russian way need no new entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from concord.analysis import Token
from concord.extract.sentence_view import SentenceView
from concord.knowledge.morphology import parses
from concord.nlp.places import place_of_adjective

POSITION_LEMMAS = {
    "президент",
    "премьер",
    "премьер-министр",
    "министр",
    "замминистра",
    "глава",
    "губернатор",
    "мэр",
    "посол",
    "консул",
    "спикер",
    "председатель",
    "сопредседатель",
    "зампред",
    "заместитель",
    "депутат",
    "сенатор",
    "канцлер",
    "король",
    "королева",
    "принц",
    "монарх",
    "директор",
    "гендиректор",
    "руководитель",
    "начальник",
    "командующий",
    "командир",
    "секретарь",
    "генсек",
    "пресс-секретарь",
    "представитель",
    "советник",
    "помощник",
    "уполномоченный",
    "омбудсмен",
    "прокурор",
    "генпрокурор",
    "судья",
    "адвокат",
    "основатель",
    "сооснователь",
    "учредитель",
    "владелец",
    "совладелец",
    "акционер",
    "президент-основатель",
    "управляющий",
    "менеджер",
    "партнер",
    "аналитик",
    "экономист",
    "редактор",
    "главред",
    "корреспондент",
    "обозреватель",
    "журналист",
    "ректор",
    "проректор",
    "декан",
    "профессор",
    "тренер",
    "наставник",
    "капитан",
    "игрок",
    "нападающий",
    "защитник",
    "вратарь",
    "полузащитник",
    "актер",
    "актриса",
    "режиссер",
    "продюсер",
    "певец",
    "певица",
    "музыкант",
    "художник",
    "писатель",
    "поэт",
    "лидер",
    "вождь",
    "атаман",
    "аким",
    "хоким",
    "градоначальник",
    "член",
    "эксперт",
    "специалист",
    "сотрудник",
    "вице-президент",
    "вице-премьер",
    "вице-спикер",
    "вице-губернатор",
    "вице-мэр",
    "министр-координатор",
    "дипломат",
    "инспектор",
    "комиссар",
    "еврокомиссар",
    "генерал",
    "полковник",
    "майор",
    "лейтенант",
    "адмирал",
    "маршал",
    "шеф",
    "куратор",
    "координатор",
    "ведущий",
    "исполнительный",
    "архитектор",
    "инженер",
    "врач",
    "главврач",
    "пресс-атташе",
    "атташе",
    "постпред",
    "полпред",
    "патриарх",
    "митрополит",
    "епископ",
    "папа",
    "имам",
    "муфтий",
    "администратор",
    "казначей",
    "аудитор",
    "ревизор",
    "чиновник",
    "бизнесмен",
    "предприниматель",
    "миллиардер",
    "олигарх",
    "основательница",
}
_PREFIXES = ("вице-", "экс-", "зам", "врио", "и.о.", "генерал-", "пресс-", "гене")
_NOT_POSITIONS = {"замок", "замена", "замечание", "заметка", "генерация", "генетика"}


# Animate nouns that name what a person is to others, not a post they hold.
NOT_POSTS = {
    "человек", "мужчина", "женщина", "ребенок", "девочка", "мальчик", "девушка", "парень",
    "брат", "сестра", "сын", "дочь", "жена", "муж", "мать", "отец", "мама", "папа", "дед",
    "бабушка", "внук", "внучка", "друг", "подруга", "господин", "госпожа", "гражданин",
    "гражданка", "житель", "жительница", "пассажир", "сторонник", "противник", "соперник",
    "коллега", "знакомый", "сосед", "супруг", "супруга", "вдова", "родственник", "люди",
    "зритель", "слушатель", "читатель", "пользователь", "клиент", "покупатель", "автор",
    "герой", "персонаж", "кумир", "поклонник", "фанат", "победитель", "участник", "гость",
}  # fmt: skip


def is_position(lemma: str) -> bool:
    lemma = lemma.lower().replace("ё", "е")
    if lemma in POSITION_LEMMAS:
        return True
    if lemma in _NOT_POSITIONS:
        return False
    for prefix in _PREFIXES:
        if lemma.startswith(prefix):
            rest = lemma[len(prefix) :].lstrip("-")
            # "замглавы", "экс-премьер": the rest may stand in the genitive
            if rest in POSITION_LEMMAS or any(
                p.normal_form in POSITION_LEMMAS for p in parses(rest)
            ):
                return True
    return False


def is_post_by_form(token: Token) -> bool:
    """A common animate noun right before a name is, almost always, what the person does
    ("фотограф", "солист", "астронавт"): the lexicon is completed by morphology."""
    if token.pos != "NOUN" or token.lemma in NOT_POSTS or not token.text[:1].islower():
        return is_position(token.lemma)
    if is_position(token.lemma):
        return True
    if token.feats.get("Animacy") != "Anim":
        return False
    readings = parses(token.text.lower())
    return (
        bool(readings)
        and not any({"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes for p in readings)
        and "anim" in readings[0].tag
    )


# Words about when someone held a post, not part of its title.
STATUS_WORDS = {"бывший", "действующий", "нынешний", "новый", "новоизбранный", "будущий",
                "покойный", "прежний", "тогдашний", "многолетний", "известный", "знаменитый"}  # fmt: skip

ORGANISATION_NOUNS = {
    "еженедельник",
    "ежедневник",
    "проект",
    "фракция",
    "сайт",
    "портал",
    "издательство",
    "кафедра",
    "факультет",
    "лаборатория",
    "корпорация",
    "телекомпания",
    "студия",
    "движение",
    "партия",
    "компания",
    "отделение",
    "комитет",
    "газета",
    "журнал",
    "агентство",
    "служба",
    "пресс-служба",
    "фонд",
    "банк",
    "организация",
    "совет",
    "собрание",
    "министерство",
    "ведомство",
    "правительство",
    "администрация",
    "университет",
    "театр",
    "клуб",
    "союз",
    "ассоциация",
    "федерация",
    "концерн",
    "холдинг",
    "группа",
    "объединение",
    "институт",
    "академия",
    "управление",
    "департамент",
    "палата",
    "суд",
    "прокуратура",
    "коллегия",
    "редакция",
    "издание",
    "телеканал",
    "радиостанция",
    "канал",
    "церковь",
    "штаб",
    "команда",
    "сборная",
    "оркестр",
    "музей",
    "школа",
    "завод",
    "предприятие",
    "общество",
    "лига",
    "инспекция",
    "бюро",
    "отдел",
    "комиссия",
    "парламент",
    "дума",
    "сенат",
    "конгресс",
    "мэрия",
    "муниципалитет",
    "посольство",
    "консульство",
    "представительство",
    "фирма",
}


@dataclass
class PostExtent:
    post: list[int]  # "министр иностранных дел"
    places: list[int]  # place adjectives before it: "подмосковного губернатора"
    organisation: list[int]  # an unnamed organisation after it: "главы британского ведомства"


def position_extent(view: SentenceView, head: int, stop: int) -> PostExtent:
    """The post's words from its noun up to (not including) `stop`, the place adjectives
    in front of it and the description of the organisation that follows it.

    The genitive chain stays in the post ("министр иностранных дел") until it reaches an
    organisation's own word ("координатор движения «Левый фронт»": the movement is where)."""
    tokens = view.tokens
    start = head
    while start > 0 and (
        (
            tokens[start - 1].pos in {"ADJ", "VERB", "DET"}
            and (
                tokens[start - 1].relation in {"amod", "det", "acl", "conj"}
                or tokens[start - 1].head == head
            )
        )
        or (  # "чрезвычайный и полномочный посол"
            tokens[start - 1].pos == "CCONJ" and start > 1 and tokens[start - 2].pos == "ADJ"
        )
    ):
        start -= 1
    if start > 0 and tokens[start - 1].lemma in {"исполнять", "исполняющий", "временно"}:
        start -= 1
    places = [i for i in range(start, head) if place_of_adjective(tokens[i].lemma)]
    if places:
        start = max(places) + 1
    while start < head and tokens[start].lemma in STATUS_WORDS:
        start += 1  # "бывший спикер": the post is "спикер"
    end = head
    organisation: list[int] = []
    while end + 1 < stop:
        following = tokens[end + 1]
        if following.pos == "PUNCT" or view.mention_at(end + 1) is not None:
            break
        if following.pos not in {"NOUN", "ADJ", "CCONJ", "PROPN", "ADP", "DET", "NUM"}:
            break
        if following.lemma in ORGANISATION_NOUNS:
            organisation = [end + 1]
            break
        end += 1
    while end > head and tokens[end].pos in {"CCONJ", "ADP", "ADJ"}:
        end -= 1
    if organisation:
        last = organisation[0]
        while (
            last + 1 < stop
            and view.mention_at(last + 1) is None
            and tokens[last + 1].pos in {"NOUN", "ADJ"}
            and tokens[last + 1].feats.get("Case") == "Gen"
        ):
            last += 1
        organisation = list(range(end + 1, last + 1))
    return PostExtent(list(range(start, end + 1)), places, organisation)
