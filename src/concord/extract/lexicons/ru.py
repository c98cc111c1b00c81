"""Russian: the words, prepositions and patterns the extractors look for. Data only.

Lemmas are the Russian pipeline's (pymorphy normal forms); the tree logic that reads them
is in the extractors and is the same for every language. Kept out of the formatter so
that word lists stay paragraphs rather than a word a line.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from concord.extract.agreement import AgreementWords
from concord.extract.deal import DealWords
from concord.extract.initiative import InitiativeWords
from concord.extract.language import LanguageWords
from concord.extract.meeting import MeetingWords
from concord.extract.occupation import OccupationWords
from concord.extract.ownership import OwnershipWords
from concord.extract.positions import PostWords
from concord.extract.post_references import PostReferenceWords
from concord.extract.sentence_view import SentenceWords
from concord.extract.statement import StatementWords
from concord.knowledge.names import PERSON_TITLES

# fmt: off

SENTENCE = SentenceWords(
    negations=frozenset({"не", "нет", "ни"}),
    planning=frozenset({
        "планировать", "намереваться", "собираться", "намерен", "предполагать", "готовиться",
        "рассчитывать", "надеяться", "обещать", "пообещать", "хотеть", "должен", "предстоять",
        "будущий",
    }),
    future_auxiliary="быть",  # "будет встречаться"
)

POST_REFERENCES = PostReferenceWords(
    heads=frozenset({"глава", "руководитель", "начальник"}),  # "глава МИД РК"
    minister="министр",
    ministry="министерство",  # "Министерство иностранных дел Казахстана"
    ministry_abbreviations=MappingProxyType({"мид": ("иностранных", "дел")}),
)

# What every Russian extractor shares (see `concord.extract.lexicons.LANGUAGES`).
LANGUAGE = LanguageWords(sentence=SENTENCE, post_references=POST_REFERENCES)

_DASH = "—–-"  # the dashes that open direct speech and its attribution
STATEMENT = StatementWords(
    sentence=SENTENCE,
    speech_lemmas=frozenset({
        "сказать", "заявить", "подчеркнуть", "отметить", "добавить", "сообщить", "пояснить",
        "рассказать", "заметить", "указать", "признать", "заверить", "констатировать",
        "напомнить", "говорить", "считать", "уточнить", "резюмировать", "выразить", "объявить",
        "слово", "призвать",
    }),
    complementisers=frozenset({"что", "чтобы"}),
    speech_forms=re.compile(
        r"\b(сказал|заявил|подчеркнул|отметил|добавил|сообщил|пояснил|рассказал|заметил|указал|"
        r"признал|заверил|констатировал|напомнил|говорит|уточнил|резюмировал|приводятся\s+слова|"
        r"цитирует|пишет)[а-я]*\b",
        re.IGNORECASE,
    ),
    quoted_words=re.compile(r"\bслова\b"),
    dash_quote=re.compile(
        rf"^\s*[{_DASH}]\s*(?P<quote>.+?)[,!?…]?\s+[{_DASH}]\s+(?P<attribution>[^{_DASH}]+?)\.?\s*$"
    ),
    quote_then_attribution=re.compile(
        rf"[«\"“](?P<quote>[^»\"”]{{10,}})[»\"”],?\s*[{_DASH}]\s*(?P<attribution>[^.!?«]+)"
    ),
    # The attribution starts where a sentence or quote ends: without the anchor the lazy
    # attribution is retried from every character, quadratic in the paragraph.
    attribution_then_quote=re.compile(
        r"(?:^|(?<=[.!?«»]))(?P<attribution>[^.!?«»]{3,}?):\s*[«\"“](?P<quote>[^»\"”]{10,})[»\"”]"
    ),
)

MEETING = MeetingWords(
    meeting_nouns=frozenset({
        "встреча", "переговоры", "беседа", "саммит", "заседание", "совещание", "консультация",
        "визит", "диалог", "форум", "конференция", "разговор", "сессия",
    }),
    strong_nouns=frozenset({"встреча", "переговоры", "беседа", "саммит"}),
    verbs=frozenset({"встретиться", "встречаться", "переговорить", "побеседовать"}),
    light_verbs=frozenset({"провести"}),  # "провести переговоры", "провести телефонный разговор"
    companion_prepositions=frozenset({"с", "со"}),
    between_prepositions=frozenset({"между"}),
    place_prepositions=frozenset({"в", "во"}),
    format_pattern=re.compile(r"формат[а-я]*\s+[«\"“](?P<format>[^»\"”]{3,80})[»\"”]"),
    format_sides=re.compile(r"\s+[—–-]\s+"),  # «Центральная Азия — Великобритания»
    qualified_nouns=MappingProxyType({
        "разговор": frozenset({"телефонный"}), "стол": frozenset({"круглый"}),
    }),
    discussion_verbs=frozenset({"обсудить", "обсуждать", "договориться", "условиться"}),
    host_verbs=frozenset({"принять", "принимать"}),  # "Y принял в Кремле X"
    # what one takes part in as a meeting's side: not a forum's or a press conference's crowd
    participation_events=frozenset({
        "встреча", "переговоры", "беседа", "саммит", "заседание", "совещание", "консультация",
        "разговор", "стол",
    }),
    participation_nouns=frozenset({"участие"}),  # "принял участие в", "с участием"
    participation_verbs=frozenset({"участвовать", "поучаствовать"}),
    frame_nouns=frozenset({"работа"}),  # "в работе форума"
    chair_nouns=frozenset({"председательство"}),
    chair_prepositions=frozenset({"под"}),
    side_nouns=frozenset({"сторона", "участник"}),
    other_meeting_words=frozenset({"следующий", "очередной", "будущий", "новый", "другой"}),
    margin_nouns=frozenset({"поле", "кулуары"}),  # "на полях встречи", "в кулуарах форума"
    audience_nouns=frozenset({
        "журналист", "корреспондент", "репортер", "пресса", "журналистка", "поклонник",
        "фанат", "зритель", "слушатель", "читатель", "болельщик", "студент", "школьник",
        "избиратель", "житель", "общественность", "блогер",
    }),
    interview_nouns=frozenset({"беседа", "интервью", "разговор"}),
    speech_verbs=STATEMENT.speech_lemmas,
    venue_nouns=frozenset({
        "дворец", "дом", "зал", "резиденция", "здание", "особняк", "отель", "гостиница",
        "центр", "хаус", "павильон", "холл", "замок", "палаццо", "вилла",
    }),
    venue_suffixes=("-хаус", "-холл"),
    venue_names=frozenset({"кремль", "акорда", "ак орда", "белый дом"}),
    relative_pronouns=frozenset({"который"}),
)

POSTS = PostWords(
    posts=frozenset({
        "президент", "премьер", "премьер-министр", "министр", "замминистра", "глава",
        "губернатор", "мэр", "посол", "консул", "спикер", "председатель", "сопредседатель",
        "зампред", "заместитель", "депутат", "сенатор", "канцлер", "король", "королева",
        "монарх", "госсекретарь", "директор", "гендиректор", "руководитель", "начальник", "командующий",
        "командир", "секретарь", "генсек", "пресс-секретарь", "представитель", "советник",
        "помощник", "уполномоченный", "омбудсмен", "прокурор", "генпрокурор", "судья", "адвокат",
        "основатель", "сооснователь", "учредитель", "владелец", "совладелец", "акционер",
        "президент-основатель", "управляющий", "менеджер", "партнер", "аналитик", "экономист",
        "редактор", "главред", "корреспондент", "обозреватель", "журналист", "ректор",
        "проректор", "декан", "профессор", "тренер", "наставник", "капитан", "игрок",
        "нападающий", "защитник", "вратарь", "полузащитник", "актер", "актриса", "режиссер",
        "продюсер", "певец", "певица", "музыкант", "художник", "писатель", "поэт", "лидер",
        "вождь", "атаман", "аким", "хоким", "градоначальник", "член", "эксперт", "специалист",
        "сотрудник", "вице-президент", "вице-премьер", "вице-спикер", "вице-губернатор",
        "вице-мэр", "министр-координатор", "дипломат", "инспектор", "комиссар", "еврокомиссар",
        "генерал", "полковник", "майор", "лейтенант", "адмирал", "маршал", "шеф", "куратор",
        "координатор", "ведущий", "исполнительный", "архитектор", "инженер", "врач", "главврач",
        "пресс-атташе", "атташе", "постпред", "полпред", "патриарх", "митрополит", "епископ",
        "папа", "имам", "муфтий", "администратор", "казначей", "аудитор", "ревизор", "чиновник",
        "бизнесмен", "предприниматель", "миллиардер", "олигарх", "основательница",
    }),
    # "вице-премьер", "экс-президент", "замглавы", "генсек": built on a post in any case
    prefixes=("вице-", "экс-", "зам", "врио", "и.о.", "генерал-", "пресс-", "гене", "гос"),
    not_prefixed_posts=frozenset({
        "замок", "замена", "замечание", "заметка", "генерация", "генетика",
    }),
    not_posts=frozenset({
        "человек", "мужчина", "женщина", "ребенок", "девочка", "мальчик", "девушка", "парень",
        "брат", "сестра", "сын", "дочь", "жена", "муж", "мать", "отец", "мама", "папа", "дед",
        "бабушка", "внук", "внучка", "друг", "подруга", "господин", "госпожа", "гражданин",
        "гражданка", "житель", "жительница", "пассажир", "сторонник", "противник", "соперник",
        "коллега", "знакомый", "сосед", "супруг", "супруга", "вдова", "родственник", "люди",
        "зритель", "слушатель", "читатель", "пользователь", "клиент", "покупатель", "автор",
        "герой", "персонаж", "кумир", "поклонник", "фанат", "победитель", "участник", "гость",
    }),
    status_words=frozenset({
        "бывший", "действующий", "нынешний", "новый", "новоизбранный", "будущий", "покойный",
        "прежний", "тогдашний", "многолетний", "известный", "знаменитый",
    }),
    acting_words=frozenset({"исполнять", "исполняющий", "временно", "врио"}),
    acting_phrases=(
        ("исполнять", "обязанность"), ("исполняющий", "обязанность"),
        ("временно", "исполнять", "обязанность"), ("и", ".", "о", "."), ("и.о", "."),
        ("и.о.",),
    ),
    titles=PERSON_TITLES,
    unit_nouns=frozenset({"группа"}),
    partner_prepositions=frozenset({"с", "со"}),
    organisation_nouns=frozenset({
        "еженедельник", "ежедневник", "проект", "фракция", "сайт", "портал", "издательство",
        "кафедра", "факультет", "лаборатория", "корпорация", "телекомпания", "студия", "движение",
        "партия", "компания", "отделение", "комитет", "газета", "журнал", "агентство", "служба",
        "пресс-служба", "фонд", "банк", "организация", "совет", "собрание", "министерство",
        "ведомство", "правительство", "администрация", "университет", "театр", "клуб", "союз",
        "ассоциация", "федерация", "концерн", "холдинг", "группа", "объединение", "институт",
        "академия", "управление", "департамент", "палата", "суд", "прокуратура", "коллегия",
        "редакция", "издание", "телеканал", "радиостанция", "канал", "церковь", "штаб", "команда",
        "сборная", "оркестр", "музей", "школа", "завод", "предприятие", "общество", "лига",
        "инспекция", "бюро", "отдел", "комиссия", "парламент", "дума", "сенат", "конгресс",
        "мэрия", "муниципалитет", "посольство", "консульство", "представительство", "фирма",
    }),
    letter_variants=MappingProxyType({"ё": "е"}),
    # Russian morphology: pymorphy's OpenCorpora grammemes of names, surnames, patronymics,
    # place and organisation names, and of animate nouns.
    proper_name_grammemes=frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"}),
    animate_grammeme="anim",
)

OCCUPATION = OccupationWords(
    posts=POSTS,
    role_verbs=frozenset({
        "назначить", "избрать", "стать", "работать", "занимать", "служить", "утвердить",
        "переизбрать", "выбрать",
    }),
    post_prepositions=frozenset({"по", "в", "на"}),
    name_punctuation=frozenset({"-", "–", "«", "»", '"', "“", "”"}),
    candidacy_prepositions=frozenset({"в"}),
    work_verbs=frozenset({"работать", "трудиться", "служить"}),
    work_prepositions=frozenset({"в", "на"}),
    relative_pronouns=frozenset({"который"}),
)

AGREEMENT = AgreementWords(
    document_nouns=frozenset({
        "соглашение", "меморандум", "договор", "договоренность", "декларация", "протокол",
        "контракт", "хартия", "конвенция", "пакт",
    }),
    compound_kinds=MappingProxyType({("дорожный", "карта"): "дорожная карта"}),
    sign_verbs=frozenset({
        "подписать", "заключить", "подписывать", "заключать", "утвердить", "ратифицировать",
        "парафировать",
    }),
    earlier_words=frozenset({
        "предыдущий", "прежний", "прошлый", "старый", "действующий", "первый",
    }),
    subject_prepositions=frozenset({"по", "о", "об", "в"}),
    place_prepositions=frozenset({"в"}),
)

DEAL = DealWords(
    kinds=MappingProxyType({
        "купля/продажа": frozenset({
            "купить", "покупка", "продать", "продажа", "приобрести", "приобретение", "выкупить",
            "выкуп", "поглотить", "поглощение", "продавать", "покупать", "приобретать", "слияние",
            "сделка",
        }),
        "займ/возвращение займа": frozenset({
            "кредит", "заем", "займ", "кредитовать", "одолжить", "прокредитовать",
            "рефинансирование", "долг",
        }),
        "наложение/выплата штрафа": frozenset({
            "штраф", "оштрафовать", "штрафовать", "взыскать", "неустойка"
        }),
        "контракт": frozenset({"контракт", "подряд", "тендер"}),
        "поставка": frozenset({"поставка", "поставить", "поставлять", "экспорт", "импорт"}),
        "услуги": frozenset({"услуга", "обслуживание", "консультирование", "аутсорсинг"}),
        "инвестиции": frozenset({
            "инвестировать", "инвестиция", "вложить", "вложение", "профинансировать",
            "финансирование",
        }),
    }),
    place_prepositions=frozenset({"в"}),
    letter_variants=MappingProxyType({"ё": "е"}),
    currency_nouns=frozenset({
        "доллар", "евро", "рубль", "фунт", "юань", "иена", "франк", "крона", "гривна", "тенге",
    }),
)

INITIATIVE = InitiativeWords(
    project_nouns=frozenset({
        "кампус", "центр", "школа", "филиал", "производство", "предприятие", "завод",
        "лаборатория", "институт", "хаб", "фабрика", "комбинат", "представительство", "офис",
        "технопарк", "академия", "колледж", "госпиталь", "больница", "терминал", "электростанция",
        "сотрудничество",
    }),
    launch_words=frozenset({
        "открыть", "открыться", "открывать", "открытие", "запустить", "запуск", "создать",
        "создание", "построить", "строительство", "появиться", "заработать", "начать", "основать",
        "учредить", "расширить", "расширение", "развернуть", "открываться", "создавать",
        "запускать", "строить", "появляться", "работа",
    }),
    cooperation_nouns=frozenset({"сотрудничество"}),
    cooperation_launchers=frozenset({"расширить", "расширение", "начать", "развернуть"}),
    plain_modifiers=frozenset({"новый", "первый", "свой", "этот"}),
    contrast_conjunctions=frozenset({"а", "но"}),
    place_prepositions=frozenset({"в", "во"}),
    quotes=frozenset({"«", '"', "„", "“"}),
)

OWNERSHIP = OwnershipWords(
    owner_verbs=frozenset({"владеть", "контролировать", "приобрести", "купить", "выкупить"}),
    owned_verbs=frozenset({"принадлежать"}),
    owner_nouns=frozenset({
        "владелец", "совладелец", "собственник", "хозяин", "акционер", "основатель", "владелица",
        "учредитель", "сооснователь", "совладелица", "основательница",
    }),
    subsidiary_nouns=frozenset({"дочка", "подразделение", "структура"}),
    subsidiary_adjectives=frozenset({"дочерний"}),
    member_verbs=frozenset({"входить", "войти"}),
    group_nouns=frozenset({"холдинг", "группа", "концерн", "корпорация", "альянс"}),
    company_nouns=frozenset({"холдинг", "компания", "концерн", "группа", "корпорация", "банк"}),
    stake_nouns=frozenset({"доля", "пакет", "акция", "акционер"}),
    stake_verbs=frozenset({
        "получить", "иметь", "сохранить", "нарастить", "увеличить", "консолидировать",
    }),
)
