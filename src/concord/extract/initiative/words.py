"""The words each language gives for initiatives: project nouns, launching words and the
many lists the precision filters read. The lexicons (lexicons/ru.py, en.py) fill one
`InitiativeWords` each; nothing in this module reads a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from types import MappingProxyType

from concord.knowledge.morphology import parses


@dataclass(frozen=True)
class InitiativeWords:
    """What names a project in one language, what launches one, and what bounds its
    stretch of the sentence."""

    project_nouns: frozenset[str]  # "кампус", "школа", "производство"
    launch_words: frozenset[str]  # "открыть", "открытие", "начать"
    cooperation_nouns: frozenset[str]  # projects only some launch words start …
    cooperation_launchers: frozenset[str]  # … these: "расширить сотрудничество"
    plain_modifiers: frozenset[str]  # left out of the project's kind: "новый", "этот"
    contrast_conjunctions: frozenset[str]  # ", а …", ", но …" end the project's stretch
    place_prepositions: frozenset[str]  # "в Алматы": the place hosting the project
    quotes: frozenset[str]  # opening quotes between a generic word and a name
    closing_quotes: frozenset[str] = frozenset()  # "»": where a title ends
    # Project nouns too general to name a project without saying what it does or whose
    # it is ("общие проекты" launches nothing; "проект по установке светофоров" does).
    generic_project_nouns: frozenset[str] = frozenset()
    # "центр по переработке отходов": what a project is for belongs to its kind
    topic_prepositions: frozenset[str] = frozenset()
    runner_types: frozenset[str] = frozenset({"ORG"})  # who may run a project
    # Who may run a project when they are the launching verb's subject ("Медведев
    # открыл центр", "Германия начнёт исследования"); elsewhere in the sentence a person
    # or a place is only mentioned.
    subject_runner_types: frozenset[str] = frozenset({"PER", "LOC", "LOCORG"})
    # Launch words too common to launch a project by themselves ("работа школы"): with
    # these a project needs a named runner.
    runner_needed_launchers: frozenset[str] = frozenset()
    # joint operations that are the project when held ("стороны проведут учения")
    held_operation_nouns: frozenset[str] = frozenset()
    joint_modifiers: frozenset[str] = frozenset()  # "совместные учения"
    # undertakings that are a project when held jointly only ("Россия и Турция провели
    # совместное патрулирование"; "полиция провела операцию" is routine work)
    held_joint_nouns: frozenset[str] = frozenset()
    joint_adverbs: frozenset[str] = frozenset()  # "провели совместно с ВВС Турции"
    # "школа должна открыться в сентябре": a project due to be launched, the subject of a
    # word of obligation over the launching infinitive
    scheduled_modals: frozenset[str] = frozenset()
    # "традиционно кампания начинается 15 марта": a launch told as a habit reports none
    habitual_adverbs: frozenset[str] = frozenset()
    # "комплекс мер поддержки": a project noun over measures names a set of them
    measure_nouns: frozenset[str] = frozenset()
    # "увеличение бюджета программы": the money of a project that already runs
    project_money_nouns: frozenset[str] = frozenset()
    # "появятся две новые поликлиники": a new facility appearing is built, runner or not
    novelty_modifiers: frozenset[str] = frozenset()
    # A launching noun after these only sets a time for something else ("до начала
    # строительства завода нужно …"): the launch is not what is reported.
    background_prepositions: frozenset[str] = frozenset()
    # "от поддержки ТОСов до строительства площадки": the end of a range after these ("до"
    # after "от") is an item of a list, not a time
    range_prepositions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    demand_verbs: frozenset[str] = frozenset()  # "потребовать создания …": not a plan
    demand_nouns: frozenset[str] = frozenset()  # "с просьбой поддержать строительство"
    achieving_verbs: frozenset[str] = frozenset()  # "удалось открыть": an infinitive done
    # "Парк возле ледовой арены откроют": a project noun after these is a landmark that
    # says where another project is, not one launched
    landmark_prepositions: frozenset[str] = frozenset()
    # "на открытии катка выступили": a launching noun in the locative after these is an
    # occasion for something else
    occasion_prepositions: frozenset[str] = frozenset()
    # "запустили с космодрома", "на водохранилище начнётся заполнение": a facility after
    # these, in this case, on the launching word itself, is whence or where something
    # else is launched
    setting_prepositions: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "достижения в области ремонта дорог": a work named as the field something is in
    sphere_nouns: frozenset[str] = frozenset()
    # "необходимо провести реконструкцию", "в случае строительства", "если говорить о
    # строительстве": a launch needed or supposed, not run or planned
    necessity_words: frozenset[str] = frozenset()
    # plurals that name a kind of undertaking unless counted or named ("социальные
    # программы", "модернизация предприятий"), as "объекты" do
    general_plural_nouns: frozenset[str] = frozenset()
    # "серийное производство автомобилей": making goods in series is output, not a plant
    output_nouns: frozenset[str] = frozenset()
    trial_modifiers: frozenset[str] = frozenset()  # "тестовые партии": always output
    series_modifiers: frozenset[str] = frozenset()  # "серийное": output of a named model
    # "новинок, серийное производство которых": goods that are a product's model (initiative92)
    model_nouns: frozenset[str] = frozenset()
    supposition_nouns: frozenset[str] = frozenset()
    supposition_subordinators: frozenset[str] = frozenset()
    # Verbs a launching noun may be the subject of and still report the launch
    # ("открытие запланировано на май").
    happening_verbs: frozenset[str] = frozenset()
    # How many heads up the tree a launching word may govern the project from.
    launcher_reach: int = 1
    # words of a condition: readiness under one is an offer ("если", "при условии")
    condition_words: frozenset[str] = frozenset()
    # nouns of plans a launch may be the subject of ("в планах сети открытие гипермаркетов")
    plan_nouns: frozenset[str] = frozenset()
    definition_dashes: frozenset[str] = frozenset({"–", "—", "-"})
    # A launching verb in one of these relations takes its subject from the verb above
    # ("Siemens plans to open …").
    controlled_relations: frozenset[str] = frozenset()
    # Verbs of deciding, proposing or scheduling above the launch make it planned however
    # the verb itself is worded ("решено создать", "договорились о создании", "запуск
    # намечен на май").
    intention_verbs: frozenset[str] = frozenset()
    # Common nouns that stand for the organisation named just before ("компания запустит
    # …", "the venture will build …"): the runner is that organisation.
    runner_nouns: frozenset[str] = frozenset()
    # Complements that make a project noun a draft document ("проект закона").
    document_complements: frozenset[str] = frozenset()
    # Subordinators of a clause that only frames the main one ("пока мы не создадим базу",
    # "если завод построят"): the launch in it is not reported.
    framing_subordinators: frozenset[str] = frozenset()
    # Pronouns that may stand for the project named in the sentence before ("её открыли")
    project_pronouns: frozenset[str] = frozenset()
    project_referents: frozenset[str] = frozenset()  # "объект": a project restated
    restating_determiners: frozenset[str] = frozenset()  # "этого предприятия": told before
    other_modifiers: frozenset[str] = frozenset()  # "второй завод", "ещё один": not told before
    # praise that varies between mentions of one project ("современный" / "высокотехнологичный")
    evaluative_modifiers: frozenset[str] = frozenset()
    # bare nouns a report uses again for the plant it named ("завод …" then "Предприятие будет")
    restating_hypernyms: frozenset[str] = frozenset()
    # "медицинское учреждение", "спортивный объект": general nouns that, with only a class
    # adjective, stand for a project of that class told before
    class_hypernyms: frozenset[str] = frozenset()
    # "Кемеровская область" … "в Юрге": names of wide places a town of a report may lie in
    wide_place_nouns: frozenset[str] = frozenset()
    # "сеть гипермаркетов": a set whose members the report then names one by one
    collective_nouns: frozenset[str] = frozenset()
    # "инвестиции в его строительство", "на строительство завода выделено": money, land or
    # help for the work on a project weighs the project told before, whatever its state
    weighing_prepositions: frozenset[str] = frozenset()
    # Relocations (`relocations.py`): an institution moving itself ("переехать"), a seat
    # carried elsewhere ("перенести штаб-квартиру"), the moving noun ("переезд"); the
    # institutions and seats that may move, and the sites and places they move to or from.
    moving_verbs: frozenset[str] = frozenset()
    carrying_verbs: frozenset[str] = frozenset()
    moving_nouns: frozenset[str] = frozenset()
    seat_nouns: frozenset[str] = frozenset()
    institution_nouns: frozenset[str] = frozenset()
    destination_nouns: frozenset[str] = frozenset()
    destination_prepositions: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()
    relocation_kind: str = "relocation"  # the kind of a move told by its verb
    # "готовится к переезду", "подготовка к переезду": a move prepared is planned
    preparing_words: frozenset[str] = frozenset()
    preparing_prepositions: frozenset[str] = frozenset()
    # Troop movements (`troop_movements.py`): verbs moving troops, each with its noun
    # ("вывести" → "вывод"); verbs of troops moving themselves ("вернуться" →
    # "возвращение") and the prepositions of where they go or leave; the moving nouns; the
    # troops ("войска", "бригада"), nouns that are troops only with a modifier ("воинская
    # часть"), groups of troops ("группировка войск"); words of ordering ("приказ").
    troop_moving_verbs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    troop_going_verbs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    troop_way_prepositions: frozenset[str] = frozenset()
    troop_moving_nouns: frozenset[str] = frozenset()
    troop_nouns: frozenset[str] = frozenset()
    qualified_troop_nouns: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    troop_group_nouns: frozenset[str] = frozenset()
    troop_stationing_verbs: frozenset[str] = frozenset()  # "размещены": where troops are
    order_words: frozenset[str] = frozenset()
    # "специальная военная операция": a project noun that with these modifiers is a war
    war_modifiers: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "котлован под АЭС", "нулевой цикл завода": a stage of the works on a whole told before
    # (not a building of its own, "корпус центра"), the whole bare or after these prepositions
    work_stage_nouns: frozenset[str] = frozenset()
    whole_prepositions: frozenset[str] = frozenset()
    # "157 магазинов, в том числе три гипермаркета": lemmas that put items inside a set
    inclusion_markers: frozenset[str] = frozenset()
    # "проект реализован": a design restated as the project only by a verb of carrying out
    carried_out_referents: frozenset[str] = frozenset()
    carrying_out_verbs: frozenset[str] = frozenset()
    phase_nouns: frozenset[str] = frozenset()  # "вторая очередь комплекса": a project's phase
    # "строительство дороги будет продолжено": a build carried on is still the project told
    continuing_verbs: frozenset[str] = frozenset()
    pace_verbs: frozenset[str] = frozenset()  # "ускорить строительство": already under way
    participation_verbs: frozenset[str] = frozenset()  # "участвует в проекте создания"
    # "вложит 2 млрд в развитие комплексов": money put into a work ("в", these verbs only)
    investing_verbs: frozenset[str] = frozenset()
    investment_prepositions: frozenset[str] = frozenset()
    # nouns that are projects only as a kind named by a modifier ("особая экономическая зона")
    qualified_project_nouns: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # initiative72: a qualified noun's kind told by the purpose it serves, in the bare
    # genitive or after a preposition of purpose ("зона отдыха", "зона для отдыха и спорта")
    qualified_project_purposes: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # initiative74: "в медпункте идёт капремонт": verbs of a work under way or ending whose
    # place ("в", "на") is the facility worked on, when the work has no thing of its own
    work_place_verbs: frozenset[str] = frozenset()
    work_place_prepositions: frozenset[str] = frozenset()
    # "ремонтные работы": adjectives that make a general "работа" a work on a building
    building_work_modifiers: frozenset[str] = frozenset()
    during_nouns: frozenset[str] = frozenset()  # "во время", "в ходе": when something else was
    receiving_verbs: frozenset[str] = frozenset()  # "город получит новый парк"
    appearing_verbs: frozenset[str] = frozenset()  # "в районе появится новая амбулатория"
    settlement_nouns: frozenset[str] = frozenset()  # places that receive a facility
    place_part_nouns: frozenset[str] = frozenset()  # "центр города": a part of a place
    vague_amounts: frozenset[str] = frozenset()  # "много жилья": no project in particular
    # Forms of the future auxiliary the tagger may leave without a future tense ("будут
    # курировать"): the launch they carry is planned.
    future_forms: frozenset[str] = frozenset()
    # Bodies ("совет", "комиссия", "рабочая группа") are projects only when founded:
    # "создали совет" launches one, "работа совета" does not.
    body_nouns: frozenset[str] = frozenset()
    # Services are projects only when started: "начал приём заявок", "стартовала запись"
    service_nouns: frozenset[str] = frozenset()
    # "система электронной записи": a system named by the service it gives is that service
    service_system_nouns: frozenset[str] = frozenset()
    # "запись будет действовать с 1 марта": a service working from a date on is started
    operating_verbs: frozenset[str] = frozenset()
    # "патрулировать" → "патрулирование": verb endings and the noun endings of their doing
    activity_derivations: tuple[tuple[str, str], ...] = ()
    # "корабли вышли на патрулирование": going out onto an activity (a "-ние" noun only;
    # "вышли на стадион" goes to a place)
    going_out_verbs: frozenset[str] = frozenset()
    going_out_prepositions: frozenset[str] = frozenset()
    activity_suffixes: tuple[str, ...] = ()
    start_words: frozenset[str] = frozenset()
    founding_words: frozenset[str] = frozenset()
    # Fields are projects only when developed: "будет осваивать шельф", "освоение
    # месторождения"; "геологи открыли месторождение" is a discovery.
    field_nouns: frozenset[str] = frozenset()
    field_launchers: frozenset[str] = frozenset()
    # Selling a product is no service started: "старт продаж новой модели" (the activity
    # noun with a product noun in the genitive).
    product_activity_nouns: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()  # "с 1 марта проведут перепись": started
    # "будет выполнено благоустройство", "проводился ремонт": performing a renovation work
    work_performing_verbs: frozenset[str] = frozenset()
    # "отремонтируют 181 улицу": a count of the object itself; "10 километров" counts a unit
    measure_unit_nouns: frozenset[str] = frozenset()
    # "откроют около 100 магазинов": "около" before a count approximates, places nothing
    approximating_prepositions: frozenset[str] = frozenset()
    # "выделила 40 млн рублей на ремонт набережной": money given for a work launches the
    # work, whatever its noun; the work is a noun of doing (a suffix, or one of the list)
    funding_verbs: frozenset[str] = frozenset()
    money_nouns: frozenset[str] = frozenset()  # "средства", "деньги": money without a figure
    purpose_prepositions: frozenset[str] = frozenset()  # "на ремонт"
    work_suffixes: tuple[str, ...] = ()
    work_nouns: frozenset[str] = frozenset()
    payment_nouns: frozenset[str] = frozenset()  # "на погашение долга": paid, not built
    # "вывели для патрулирования 500 полицейских": people deployed for an operation
    deployment_verbs: frozenset[str] = frozenset()
    deployment_prepositions: frozenset[str] = frozenset()
    # "кредит позволит построить цех": a launch something else would make possible
    enabling_verbs: frozenset[str] = frozenset()
    # "строительство гражданского общества": building an abstraction is no project
    abstract_objects: frozenset[str] = frozenset()
    # "такие центры создаются повсюду": a class of projects, not one
    class_determiners: frozenset[str] = frozenset()
    plural_class_determiners: frozenset[str] = frozenset()  # "все программы", in the plural
    negations: frozenset[str] = frozenset()  # "а не о реставрации": a noun set against another
    # "соглашение о создании филиала", "контракт на строительство терминала": a project
    # a signed document provides for is planned, and the document's signers run it
    document_nouns: frozenset[str] = frozenset()
    # "создан вместе с X", "построили на средства фонда X": partners and funders run it
    partner_prepositions: frozenset[str] = frozenset()
    funding_nouns: frozenset[str] = frozenset()  # "на средства", "за счёт"
    # "за счёт кредита банка X": a lender lends to the runner, it backs no project
    loan_nouns: frozenset[str] = frozenset()
    # plural common nouns for all the organisations named before ("партнеры создадут")
    group_runner_nouns: frozenset[str] = frozenset()
    signing_verbs: frozenset[str] = frozenset()  # whose subject signs a document
    # Nouns that restate the project named just before ("Строительство предприятия
    # начнется весной" after "X построит завод"): it takes that project's runners.
    restating_nouns: frozenset[str] = frozenset()
    # "вопрос о прокладке дороги", "переговоры о создании производства": a launch only
    # talked about is no project
    talk_nouns: frozenset[str] = frozenset()
    announcing_verbs: frozenset[str] = frozenset()  # "объявили о начале строительства"
    # The verb's frame, for objects of no project noun: building words make any concrete
    # object a project ("возвели овощехранилище", "строительство арены"); opening words
    # only one placed or sized ("открыли в Томске полигон", "зал на 400 мест").
    build_words: frozenset[str] = frozenset()
    opening_words: frozenset[str] = frozenset()
    foundation_nouns: frozenset[str] = frozenset()  # "заложили первый камень завода"
    # initiative120: "закладка камня в основание завода"
    foundation_bases: frozenset[str] = frozenset()
    laying_words: frozenset[str] = frozenset()
    # objects that are no project: events, documents, accounts, products, abstractions
    non_project_objects: frozenset[str] = frozenset()
    abstract_suffixes: tuple[str, ...] = ()  # "-ость", "-изм": abstractions
    # "проект здания разработало бюро": a design, not a launch
    design_nouns: frozenset[str] = frozenset()
    design_verbs: frozenset[str] = frozenset()
    talk_verbs: frozenset[str] = frozenset()  # "власти обсуждают строительство терминала"
    # "жители жаловались на …", "вопросы касались ремонта дорог": what people ask, complain
    # of or raise is a topic, however long the list of works it names
    topic_nouns: frozenset[str] = frozenset()
    # "планируется строительство водохранилищ": a work noun that is the subject of these
    # launches itself, whatever it builds
    plan_verbs: frozenset[str] = frozenset()
    hedge_modifiers: frozenset[str] = frozenset()  # "о возможном строительстве"
    existing_modifiers: frozenset[str] = frozenset()  # "действующий терминал построен в …"
    # "в 2019 году собирался построить центр, однако отказался": a past plan not carried
    # out (a past intention verb and a contrast in the sentence)
    past_intention_verbs: frozenset[str] = frozenset()
    contrast_words: frozenset[str] = frozenset()
    linking_vowels: frozenset[str] = frozenset()  # "ветр-о-электростанция"
    part_prepositions: frozenset[str] = frozenset()  # "на ней построят …"
    illegal_modifiers: frozenset[str] = frozenset()  # "незаконно построили": no project
    capacity_prepositions: frozenset[str] = frozenset()  # "зал на 400 мест"
    proposal_verbs: frozenset[str] = frozenset()  # "депутат предложил построить": opinion
    government_nouns: frozenset[str] = frozenset()  # "власти города": the place's government
    territory_nouns: frozenset[str] = frozenset()  # "города", "региона": the place meant
    # "городские власти": the territory noun an adjective stands for ("городской" → "город")
    territory_adjectives: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Launch words for some project nouns only: an expedition or a mission is "sent"
    # ("отправит экспедицию"), a monument "put up" ("установят памятник"); "отправить
    # письмо в центр", "установить камеры" launch nothing.
    # "приняли решение создать …": the decider runs what the infinitive launches
    decision_nouns: frozenset[str] = frozenset()
    noun_launchers: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "мэрия", "управа": a city's government by itself ("мэрия сформировала бригаду" after
    # "В Ярославле …" is the city's)
    city_government_nouns: frozenset[str] = frozenset()
    # The sentence after a work names who does it: "Работы ведет компания X", "Ее ведет
    # холдинг X" (a verb of conducting with a work noun or a pronoun as its object), or
    # "Подрядчиком выступает X" (a contractor's role noun)
    conducting_verbs: frozenset[str] = frozenset()
    work_reference_nouns: frozenset[str] = frozenset()
    contractor_nouns: frozenset[str] = frozenset()
    # "объявил конкурс на строительство терминала": a tender for a work launches nothing yet
    tender_nouns: frozenset[str] = frozenset()
    # initiative110: "объявила аукцион на строительство ФОКа": a tender announced procures
    # the work, which is planned
    tender_announcing_verbs: frozenset[str] = frozenset()
    # initiative110: "учреждения в каждом районе", "объекты в Мурманске и Тикси": a plural
    # placed one place at a time is a project (`projects.placed_one_by_one`)
    placing_prepositions: frozenset[str] = frozenset()
    # forms of a restating determiner the lemmatiser reads as another word ("данная" → "дать")
    restating_determiner_forms: frozenset[str] = frozenset()
    per_place_quantifiers: frozenset[str] = frozenset()
    # "мост построен еще в 1955 году": a launch dated long ago is history, not news
    history_markers: frozenset[str] = frozenset()
    progress_verbs: frozenset[str] = frozenset()  # "строительство ведется": a work under way
    # "в рамках программы открыт музей", "в соответствии с соглашением приступит": the
    # noun after these frames the launch; what it holds is neither launched nor a runner
    frame_nouns: frozenset[str] = frozenset()
    # "центр создан на базе университета": a project noun in an idiom of place is none;
    # the organisation in it runs the project
    idiom_nouns: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # "модернизация дороги", "провести реконструкцию": works on something that stands
    # already; the work is the project (its kind keeps the work's noun)
    renovation_nouns: frozenset[str] = frozenset()
    # "из областного бюджета выделено": the territory whose budget pays runs the work
    budget_nouns: frozenset[str] = frozenset()
    readiness_words: frozenset[str] = frozenset()  # "вуз готов открыть набор": an offer
    # "компании X, которая построит …", "ГЭС, к строительству которой …": a relative
    # pronoun stands for the noun before its comma
    relative_pronouns: frozenset[str] = frozenset()
    # "X не откажется от проектов, и продолжится строительство …": a clause going on from
    # the one before it shares its subject
    clause_joiners: frozenset[str] = frozenset()
    # Words of building and of founding or launching as classes: a root with a prefix that
    # keeps its sense ("со-оруд-ить", "до-строи-ть", "за-стрoй-ка", "пуст-ить"), as a verb
    # or a noun of doing; "вы-пуст-ить", "на-строи-ть" keep no such sense and are left out
    build_roots: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    launch_roots: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # "дворец с двумя бассейнами": what a facility is built with is a part of it
    component_prepositions: frozenset[str] = frozenset()
    # "здание", "сооружение": built things whose names end like abstractions ("-ние")
    structure_nouns: frozenset[str] = frozenset()
    # "завершается сооружение комплекса": finishing a launch reports the project
    completion_verbs: frozenset[str] = frozenset()
    # "на обновление полосы предусмотрено 600 млн": money provided for, unless it is a
    # line "в бюджете"
    provision_verbs: frozenset[str] = frozenset()
    # "состоялось открытие ледового дворца": the opening noun held as an event
    opening_nouns: frozenset[str] = frozenset()
    # "Скульптор соорудил памятный знак": what an artist makes is an artwork, no facility
    artist_nouns: frozenset[str] = frozenset()
    # "С постройкой завода доля рынка возрастёт": a launch "with" which something else
    # happens only times that something
    accompanying_prepositions: frozenset[str] = frozenset()
    # Words of installing, replacing, arranging, planting, equipping and renewing
    # ("установили котельную", "замена труб", "обустроят сквер", "высадили аллею"): they
    # launch only a built facility or a fitted thing they take directly, never an
    # abstraction or a person ("установить причину", "заменить игрока", "обустроить быт").
    fitting_words: frozenset[str] = frozenset()
    # Things on no project list that fitting them is a public work ("установили забор",
    # "заменили фонари"); no other launching word makes them projects.
    fitted_nouns: frozenset[str] = frozenset()
    # Project nouns fitting words do not launch: what is run or told, not built ("обновили
    # сайт", "заменили программу").
    unfitted_project_nouns: frozenset[str] = frozenset()
    # "готовность школы – 80 %": how ready a building is, with a share, tells it under way
    readiness_nouns: frozenset[str] = frozenset()
    share_words: frozenset[str] = frozenset()  # "%", "процент": a share of the whole
    # a verb's lemma, a reflexive ending and an adjective's endings: what tells a verb the
    # tagger called an adjective ("обустроила") from a participle ("построенный")
    verb_lemma_endings: tuple[str, ...] = ()
    reflexive_endings: tuple[str, ...] = ()
    adjective_endings: tuple[str, ...] = ()
    equipping_words: frozenset[str] = frozenset()  # "оборудуют школы пандусами"
    part_adverbs: frozenset[str] = frozenset()  # "там установят фонари": part of a project
    # "установили элементы спортивной площадки", "столбики ограждения", "готовность корпуса
    # больницы": a part of a facility or fitted thing named in its genitive is fitted, or
    # ready, as the whole is
    part_nouns: frozenset[str] = frozenset()
    # "поставить новые МАФы": words of placing fit a listed fitted thing only, never a
    # project ("поставить школу на учёт", "поставить задачу")
    placing_words: frozenset[str] = frozenset()
    # "Его своими руками сделали жители": a verb of making restates a project only with a
    # pronoun object standing for the project told just before
    making_verbs: frozenset[str] = frozenset()
    # "с 90-летием со дня образования предприятия", "в годовщину открытия": a launch in the
    # genitive of a day or an anniversary dates that day, it reports no launch
    dating_nouns: frozenset[str] = frozenset()
    dating_suffixes: tuple[str, ...] = ()  # "90-летие", "столетие"
    # "открытие конкурсного производства": modifiers that make a project noun a procedure
    procedure_modifiers: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "рекордсмен по строительству дорог": a work after "по" on a noun ranking its doer
    # names the field the doer is ranked in, not a project
    ranking_nouns: frozenset[str] = frozenset()
    # "наладит выпуск продукции", "начнут сборку автомобилей": making goods is a production
    # project only with goods in the genitive ("выпуск облигаций", "выпуск новостей" are none)
    production_nouns: frozenset[str] = frozenset()
    goods_nouns: frozenset[str] = frozenset()
    # Round 35, precision: launches told in passing or as a review, no one project.
    # "развязка истории со строительством ТЦ", "ход начатой кампании": an episode of a
    # story whose news is the episode, not the launch
    story_nouns: frozenset[str] = frozenset()
    # "средства можно направить на благоустройство": a possibility, nobody's plan
    possibility_words: frozenset[str] = frozenset()
    # "на программу дополнительно направят 1 млрд": more money for a running programme
    additional_modifiers: frozenset[str] = frozenset()
    running_programme_nouns: frozenset[str] = frozenset()  # "программа" topped up
    # a trend told now or over years: "сейчас устанавливаются скамейки" is works at a site,
    # "в последние годы строятся школы" a review
    opposing_prepositions: frozenset[str] = frozenset()  # "против строительства ТЦ"
    moment_adverbs: frozenset[str] = frozenset()
    period_nouns: frozenset[str] = frozenset()
    # --- round 37 (initiative37), precision: works told in ordinary news, no project ---
    # "Среди вопросов, которые поднимают жители, — ремонт дорог": a topic listed after a dash
    dash_marks: frozenset[str] = frozenset()
    # "высокие темпы строительства жилья", "по объёму ремонта дорог": a statistic of works
    rate_nouns: frozenset[str] = frozenset()
    # "просят посодействовать в ускорении ремонта": works already under way, sped up
    pace_nouns: frozenset[str] = frozenset()
    # "осмотреть отремонтированные тротуары", "посещение производственных баз": visited
    inspection_words: frozenset[str] = frozenset()
    # "разработана программа посещения поселений": a schedule of visits or events
    schedule_nouns: frozenset[str] = frozenset()
    scheduled_nouns: frozenset[str] = frozenset()
    # "внимание уделяется социальным учреждениям": a launch noun that, in the plural,
    # names institutions that stand
    institution_senses: frozenset[str] = frozenset()
    # "В начале декабря школа будет отмечать 40-летие": a start noun that dates, no launch
    time_launch_nouns: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    # "Третьим пунктом значится выполнение программы": an item of an agenda
    agenda_nouns: frozenset[str] = frozenset()
    # "Это строительство и ремонт дорог, модернизация …": what a list of aims consists of
    restating_pronouns: frozenset[str] = frozenset()
    # "сезонные работы по благоустройству", "текущий ремонт": upkeep, no project
    routine_modifiers: frozenset[str] = frozenset()
    # "контроль за реализацией госпрограмм": programmes in the plural, none named
    programme_nouns: frozenset[str] = frozenset()
    # "На празднике организовали площадки по интересам": a venue arranged for an event
    arranging_verbs: frozenset[str] = frozenset()
    # --- end of round 37 ---
    # --- round 38 (initiative38), recall: launches told by structure, not by a word ---
    # "фонд заработает по всей стране": a body that starts working (no object: "банк
    # заработал прибыль" earns) is launched as by a founding word
    working_start_verbs: frozenset[str] = frozenset()
    # "новый оператор связи появится в марте": a body called new that appears is founded
    # (novelty_modifiers); one that only appears somewhere ("появился представитель") is not
    body_appearing_verbs: frozenset[str] = frozenset()
    # "утверждён паспорт регионального проекта": the document defining a project, launched
    # (approved) for it, as a phase is built for its facility
    project_document_nouns: frozenset[str] = frozenset()
    # "военнослужащие покинули территорию": troops leaving a place named as the object,
    # each verb with its noun
    troop_leaving_verbs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # --- end of round 38 ---
    # --- round 39 (initiative39): ordinary news, precision and recall ---
    # "инвестировать в производство", "для расширения производства": a bare output noun
    # grown, restored or invested in is making in general, not a plant
    general_output_nouns: frozenset[str] = frozenset()
    output_growth_words: frozenset[str] = frozenset()
    plant_nouns: frozenset[str] = frozenset()  # a plant told before that it restates
    # "победили 4 научных проекта", "проекты получили гранты фонда", "фондом поддержан
    # проект": a project winning a contest or receiving (`receiving_verbs`) a funder's
    # support is launched
    contest_entry_nouns: frozenset[str] = frozenset()
    winning_verbs: frozenset[str] = frozenset()
    supporting_verbs: frozenset[str] = frozenset()
    support_nouns: frozenset[str] = frozenset()
    research_funding_words: frozenset[str] = frozenset()  # research or a funder named
    # "Открыт физкультурный комплекс": the short form of a launching participle that the
    # tagger reads as the adjective ("открытый"); only its short form heading a clause
    launched_adjectives: frozenset[str] = frozenset()
    # "выделено 400 млн на развитие молочного животноводства": money for developing what
    # is no project supports a sector (a project developed is read as a project)
    development_nouns: frozenset[str] = frozenset()
    # --- end of round 39 ---
    # --- round 40 (initiative40): works and bodies told in other words ---
    # "осмотрел ход капремонта бани", "темпы строительства Дома культуры": the course or
    # pace of a work on one named facility tells the work as under way
    progress_nouns: frozenset[str] = frozenset()
    # "аэропорт, запланированный к модернизации": the goal of a planning participle
    planned_goal_prepositions: frozenset[str] = frozenset()
    # --- end of round 40 ---
    # --- round 41 (initiative41): one project told again in a report ---
    # "решили построить новую школу" after a school opened: the plan of another one, not
    # the back story of the one opened
    new_project_modifiers: frozenset[str] = frozenset()
    # --- end of round 41 ---
    # --- round 42 (initiative42): works told in context ---
    # "Благоустройство сквера … Разбиты 4 клумбы", "обновили арку": things that fitting is a
    # public work only within a work the report already tells (alone, "установили
    # видеокамеры" or "обновили арку" may be anyone's upkeep)
    context_fitted_nouns: frozenset[str] = frozenset()
    # words that tell a work of a place wherever they stand in a report (its headline or
    # an earlier sentence): besides `renovation_nouns`, verbs of them and fitting nouns
    context_work_words: frozenset[str] = frozenset()
    # "разбить клумбы": words that lay out a thing of `context_fitted_nouns` only within a
    # work told (elsewhere "разбить" defeats or breaks); a fitted thing called new that
    # appears there ("появятся новые контейнеры") is fitted by `appearing_verbs`
    context_fitting_words: frozenset[str] = frozenset()
    # --- end of round 42 ---
    # --- round 43 (initiative43): nouns and works told, not launched ---
    # "рассказала о работе отделения", "посвящённой работе вузов": the running of a body or
    # project (these nouns) told as a topic is its ongoing work, not its start
    running_nouns: frozenset[str] = frozenset()
    about_prepositions: frozenset[str] = frozenset()  # "о работе", "про работу"
    dedication_words: frozenset[str] = frozenset()  # "посвящённой работе вузов"
    # "гаражи, построенные впритык к жилым домам": what a built thing is put next to
    adjacency_prepositions: frozenset[str] = frozenset()
    # "Комбинат по благоустройству": a work after a body by these names the body's trade
    trade_prepositions: frozenset[str] = frozenset()
    # "Какие отделения откроют в корпусе?": a launch asked about is not told
    question_marks: frozenset[str] = frozenset()
    # --- end of round 43 ---
    # --- round 44 (initiative44): a building's parts renewed ---
    # "заменили кровлю", "ремонт фасада", "утепление стен школы": a part of a standing
    # building renewed by a word of repair is a work of its own; raised or mounted
    # ("возвели стены", "смонтировали кровлю") it is a stage of a new building, no claim
    building_part_nouns: frozenset[str] = frozenset()
    # a system is a part where it holds one of these in its genitive ("система отопления")
    building_system_nouns: frozenset[str] = frozenset()
    building_utility_nouns: frozenset[str] = frozenset()
    # words that renew what stands (not install, mount or raise what is new)
    part_repair_words: frozenset[str] = frozenset()
    # marks after which a part tells its whole's repair in detail ("отремонтировали
    # колодец: обновлена крыша"), and words of a repair long past ("лет назад")
    detail_marks: frozenset[str] = frozenset()
    ago_words: frozenset[str] = frozenset()
    # --- end of round 44 ---
    # --- round 45 (initiative45): works named as a trade or a site's purpose ---
    # "Дирекция по строительству АЭС": offices (besides `body_nouns`) whose name a work
    # hung by `trade_prepositions` completes; the work is their trade, not a launch
    trade_office_nouns: frozenset[str] = frozenset()
    # "площадку под строительство АЭС": land given for a work is not itself the project
    site_nouns: frozenset[str] = frozenset()
    site_purpose_prepositions: frozenset[str] = frozenset()  # "под строительство"
    # "завод керамической плитки" … "предприятия по производству керамической плитки":
    # general nouns of industry that tell again a plant named by one of `plant_nouns`
    industry_general_nouns: frozenset[str] = frozenset()
    # "на базе ОАО", "на территории ТОР": nouns that place a plant rather than describe it
    placing_nouns: frozenset[str] = frozenset()
    # "изделия для возведения домов": the preposition of what a thing is for
    thing_purpose_prepositions: frozenset[str] = frozenset()
    # --- end of round 45 ---

    # --- round 46 (initiative46): municipal places improved, equipment installed ---
    # "благоустройство дворовой территории", "благоустраивают территорию у школы": a
    # territory is a place of works as a block's yard or a public space (by its modifier),
    # or where a word of improvement takes it directly
    improved_place_nouns: frozenset[str] = frozenset()
    improved_place_modifiers: frozenset[str] = frozenset()
    improvement_words: frozenset[str] = frozenset()
    # "установлено новое технологическое оборудование": equipment is a fitted thing only
    # where a word of installing takes it ("закупили оборудование" stays a purchase)
    installed_only_nouns: frozenset[str] = frozenset()
    installing_words: frozenset[str] = frozenset()
    # --- end of round 46 ---

    # --- round 47 (initiative47): wishes, hypotheses and conditions told as plans ---
    # "Россия может построить нефтепровод": a verb of possibility over the launching
    # infinitive makes it a hypothesis, nobody's plan
    hypothesis_verbs: frozenset[str] = frozenset()
    # "готовность к созданию предприятия": a readiness noun (`readiness_nouns`) offers only
    # where the launch hangs on it by these prepositions ("готовность школы 80 %" measures)
    readiness_prepositions: frozenset[str] = frozenset()
    # "в случае победы реализует проект", "если инвестор найдётся, построят завод": a launch
    # under a condition (a conjunction marking a clause, or a noun of case after a preposition)
    condition_conjunctions: frozenset[str] = frozenset()
    condition_nouns: frozenset[str] = frozenset()
    condition_prepositions: frozenset[str] = frozenset()
    # "в любом случае построят": the case noun with these modifiers sets no condition
    unconditional_modifiers: frozenset[str] = frozenset()
    # "начала выполнять регулярные рейсы", "приступает к выполнению рейсов": a voyage noun
    # performed, the performing word under a word of starting, is a service started;
    # performing alone ("выполняет рейсы") is running, not a launch
    performed_voyage_nouns: frozenset[str] = frozenset()
    performing_words: frozenset[str] = frozenset()
    voyage_start_words: frozenset[str] = frozenset()
    # --- end of round 47 ---

    # --- round 48 (initiative48): one project claimed twice in national news ---
    # "Россия выведет миротворцев" … "вывод миротворцев": a verb whose act is the project
    # and the noun of that act name one project (verb lemma -> the act's noun)
    act_nouns_of_verbs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # "линейная часть трубопровода общей протяжённостью 223 км": a measure of the whole says
    # how big it is, not which one; the whole is still the bare one told before
    size_nouns: frozenset[str] = frozenset()
    # --- end of round 48 ---

    # --- round 49 (initiative49): projects told in reported speech ---
    # "Губернатор сообщил, что в Твери появится поликлиника", "по словам министра, в районе
    # появится школа": an appearing project announced by a speaker, in a named place, is
    # announced as new even with no runner or modifier (the speaker is not its runner)
    reporting_verbs: frozenset[str] = frozenset()
    reporting_nouns: frozenset[str] = frozenset()
    # "осмотрел медицинское учреждение – отделения, стационар": a noun naming both an act
    # of founding and an institution launches only what hangs on it as a bare genitive
    # ("учреждение фонда"); described by an adjective, it is the institution
    act_or_institution_nouns: frozenset[str] = frozenset()
    # "Здание построено 60 лет назад": a launch dated by a span of years ago (the existing
    # `ago_words`) is history; each noun of time with the years it counts ("век": 100)
    year_nouns: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    # --- end of round 49 ---

    # --- round 50: projects told through their money or their schedule ---
    # "вложения в новый терминал", "проект цеха с объёмом инвестиций 6 млрд": the money
    # invested into a project noun launches it (`invested.invested_in`)
    investment_nouns: frozenset[str] = frozenset()
    investment_volume_nouns: frozenset[str] = frozenset()  # "объём инвестиций"
    investment_phrase_prepositions: frozenset[str] = frozenset()  # "с объёмом инвестиций"
    # "линия запланирована к вводу": the goal of a verb of planning that starts its subject
    scheduled_start_nouns: frozenset[str] = frozenset()
    # --- end of round 50 ---

    # --- round 52 (initiative52): products' sales, measures of policy, checks, paperwork ---
    # "санкции запрещают инвестировать в зоны", "запрет на строительство": a launch banned
    ban_words: frozenset[str] = frozenset()
    # "части приступили к проверке готовности": a start word that starts a check
    check_nouns: frozenset[str] = frozenset()
    # "оформление бумаг на ввод в эксплуатацию дома": papers for a launch, not the launch
    paperwork_nouns: frozenset[str] = frozenset()
    paperwork_prepositions: frozenset[str] = frozenset()
    # --- end of round 52 ---

    # --- round 53 (initiative53): announcements of projects, precision ---
    # "в области реализуется программа поддержки": a programme carried out now (a verb of
    # carrying it out in the imperfective present) runs already; nothing is launched
    programme_running_verbs: frozenset[str] = frozenset()
    # "на средства, выделенные по госпрограмме": a programme after these prepositions is the
    # source or frame of the money or works, not the project they launch
    programme_frame_prepositions: frozenset[str] = frozenset()
    # --- end of round 53 ---

    # --- round 54 (initiative54): planned centres placed somewhere ---
    # "центр управления разместят в новом здании": a centre or a laboratory placed (as the
    # object, or the subject of the passive) is set up; one placed in ("в центре") is a site
    placing_verbs: frozenset[str] = frozenset()
    placed_project_nouns: frozenset[str] = frozenset()
    placed_relations: frozenset[str] = frozenset()
    # --- end of round 54 ---
    # --- round 55 (initiative55): plans that are not yet plans ---
    # "стороны рассматривают строительство", "задуматься о строительстве": works weighed
    weighing_verbs: frozenset[str] = frozenset()
    # "надеемся открыть филиал": a hope, not a plan
    hope_verbs: frozenset[str] = frozenset()
    # "предлагает России создать СП": a proposal still standing (present) or put to a party
    offer_tenses: frozenset[str] = frozenset()
    offer_addressee_cases: frozenset[str] = frozenset()
    # --- end of round 55 ---
    # --- round 56 (initiative56): projects opening their doors, plants moved, abbreviations ---
    # "школа откроет свои двери": a project that opens its doors (a perfective verb of
    # opening with an entrance for object) is opened; "открывает двери в девять" is hours
    entrance_nouns: frozenset[str] = frozenset()
    entrance_opening_verbs: frozenset[str] = frozenset()
    # "ФОКа", "ТЦ": case endings written in small letters after an abbreviation's capitals
    abbreviation_endings: frozenset[str] = frozenset()
    # --- end of round 56 ---
    # --- round 60 (initiative60): sentences that tell no launch at all ---
    # "работу поликлиники проверил", "благодаря их работе завод стал известен": the work of
    # a body that exists is its functioning, not its start
    functioning_nouns: frozenset[str] = frozenset()
    # "Начало приема в 16:00", "детский сад начнёт набор детей": an intake a body holds
    # again and again is its routine, not a new undertaking
    routine_intake_nouns: frozenset[str] = frozenset()
    # "приём заявок на регистрацию": applications taken may open a new service
    application_nouns: frozenset[str] = frozenset()
    # "Темами обсуждения стали генплан, строительство станций": a linking verb that makes
    # the list a topic when a topic noun is its complement
    linking_verbs: frozenset[str] = frozenset()
    # --- end of round 60 ---
    # --- initiative61: budget lines ---
    # "направят 10 млрд на строительство дорог": a network's works in general, paid for
    network_nouns: frozenset[str] = frozenset()
    # "распределить средства на ремонт дорог": words of a budget's allocation
    budget_line_words: frozenset[str] = frozenset()
    # --- end of initiative61 ---
    # --- initiative62: equipment put into service; a proposal is no project ---
    # "в больнице появился новый флюорограф", "ЦРБ получит современное оборудование":
    # a machine of diagnosis, arrived, bought or put to work, is a project of its facility
    service_machine_nouns: frozenset[str] = frozenset()
    # "новое оборудование", "цифровая маммографическая система": nouns that name such a
    # machine only with one of their modifiers
    qualified_machine_nouns: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # words of a machine's arrival, purchase or start of service
    service_start_words: frozenset[str] = frozenset()
    # "по инициативе родительского комитета": who proposed, not what was launched
    proposal_nouns: frozenset[str] = frozenset()
    # "маммограф" … "маммографический аппарат", "мост" … "мостовое сооружение": general
    # nouns of a thing that name the thing told before by an adjective made from its noun
    thing_class_nouns: frozenset[str] = frozenset()
    proposer_prepositions: frozenset[str] = frozenset()  # "по инициативе X": X proposed
    # --- end of initiative62 ---
    # --- initiative63: a project told by its cost ---
    # "Реконструкция аэропорта обойдётся в 6,7 млрд рублей", "новый аэровокзал обойдётся
    # в 4,5 млрд": verbs telling what a work or a new thing costs (not "не обошлось без")
    cost_verbs: frozenset[str] = frozenset()
    # words of a sum of money under a cost verb ("в 300 млн рублей")
    sum_words: frozenset[str] = frozenset()
    cost_prepositions: frozenset[str] = frozenset()  # "обойдётся в 4 млрд": the sum's
    # --- end of initiative63 ---
    # --- initiative66: transport services started ---
    # "автобусы будут ездить по новому маршруту": a route, travelled when called new
    route_nouns: frozenset[str] = frozenset()
    # "автобусы", "троллейбус": vehicles whose run on a route is a service
    route_vehicle_nouns: frozenset[str] = frozenset()
    # "ездить", "курсировать": verbs of the vehicles travelling a route
    route_travel_verbs: frozenset[str] = frozenset()
    # "по новому маршруту"; "автобус до посёлка"
    route_prepositions: frozenset[str] = frozenset()
    route_end_prepositions: frozenset[str] = frozenset()
    # "запустили шесть автобусных направлений": a direction of a kind of transport
    transport_direction_nouns: frozenset[str] = frozenset()
    transport_kind_modifiers: frozenset[str] = frozenset()
    # "организовано движение автобуса": the vehicles' run
    vehicle_run_nouns: frozenset[str] = frozenset()
    # words besides the start words that start a service ("организовать", "пустить")
    service_organising_words: frozenset[str] = frozenset()
    # --- end of initiative66 ---
    # --- initiative68: money for the work on a project told before ---
    # "На капитальный ремонт выделили 70 млн", "на её ремонт потрачено": a work noun with
    # no thing of its own under a preposition of purpose weighs the project just told
    bare_work_nouns: frozenset[str] = frozenset()
    # "капитальный", "текущий": how the work is done, not which thing it is done on
    work_manner_modifiers: frozenset[str] = frozenset()
    # --- end of initiative68 ---
    # --- english-initiatives2 ---
    # "laid the foundation stone for a hospital", "broke ground on a warehouse": an object
    # that only marks the start of the work opens nothing else
    launch_marking_objects: frozenset[str] = frozenset()
    # "Construction has begun on a wind farm": the work noun's project after its verb
    work_on_prepositions: frozenset[str] = frozenset()
    # "the opening ceremony of the hospital", "a ribbon-cutting ceremony for the library":
    # a ceremony whose modifier opens something opens the project it is held of or for
    ceremony_nouns: frozenset[str] = frozenset()
    ceremony_opening_words: frozenset[str] = frozenset()
    ceremony_prepositions: frozenset[str] = frozenset()
    # "gathered to celebrate the opening of the centre": the opening celebrated is done
    celebrating_verbs: frozenset[str] = frozenset()
    # "The Riverside Public Library was inaugurated": a facility noun heading a proper name
    # (capitalised, so the tagger reads a name) still names the facility
    named_project_heads: frozenset[str] = frozenset()
    # --- end of english-initiatives2 ---
    # --- initiative70: one project told again in the other state ---
    # "обновлённая библиотека" … "отремонтированной библиотеки": a word telling the works
    # done on the thing, which says nothing about which thing it is
    work_done_modifiers: frozenset[str] = frozenset()
    # "в соседнем селе": a kind of settlement a later telling in the other state names anew
    retold_settlement_nouns: frozenset[str] = frozenset()
    # --- end of initiative70 ---
    # --- initiative73: a facility told by what it will cost or hold ---
    # "рассчитать" ("рассчитана на 200 посещений"), "вместить": verbs of a facility's
    # capacity; a new facility told by its size is the news of the project
    capacity_verbs: frozenset[str] = frozenset()
    # "программа обошлась государству в 300 млрд": what a policy cost, no facility
    costed_policy_nouns: frozenset[str] = frozenset()
    # --- end of initiative73 ---
    # --- initiative76: a headline's project told again by another noun of its kind ---
    # "ледовая арена" … "спорткомплекс": wordings (lemmas) of one kind of facility each
    facility_kin_groups: tuple[frozenset[str], ...] = ()
    # "на улице Ленина": nouns of an address, which say where a thing is, not which one
    address_nouns: frozenset[str] = frozenset()
    # --- end of initiative76 ---
    # --- initiative77: equipment, and the parts of one project told in detail ---
    # "установили скамейки и урны": equipment is no facility, never a project
    equipment_nouns: frozenset[str] = frozenset()
    # parts of an improvement or a building besides `building_part_nouns` ("дорожки",
    # "освещение", "окна"): details of a project told before, not projects of their own
    detail_part_nouns: frozenset[str] = frozenset()
    # words of a work over a whole place that holds its parts ("ремонт клуба",
    # "благоустроили сквер", "построили коробку")
    enclosing_work_words: frozenset[str] = frozenset()
    # words of a part's own money ("за счёт средств спонсоров"): it is a work of its own
    own_means_nouns: frozenset[str] = frozenset()
    # --- end of initiative77 ---
    # --- initiative78: a facility planned, received or put in service by its own verb ---
    # "Мэрия наметила школу", "предусмотрена поликлиника": a planning verb over the
    # facility itself (the plan verbs of `plan_verbs`)
    planned_facility_verbs: frozenset[str] = frozenset()
    # "жители получили собственный водопровод": a facility received as one's own or as a
    # further one is new to the receiver like one called new
    own_facility_modifiers: frozenset[str] = frozenset()
    # "в здании разместится новый центр": a facility settling into a place to come
    settling_verbs: frozenset[str] = frozenset()
    # "планы создания технопарка нереальны": a plan called unreal or doubtful is weighed
    doubt_words: frozenset[str] = frozenset()
    # --- end of initiative78 ---
    # --- initiative80: bodies of state set up under their name ---
    # "создали Центр защиты прав X", "о создании Института Y": project nouns that, heading
    # an organisation's name the founding word governs, name a body founded (as a body
    # noun does in `body_nouns`)
    founded_name_nouns: frozenset[str] = frozenset()
    # "выступил с предложением создать фонд": proposal nouns whose content, a body to set
    # up, is planned when the proposal is voiced or backed by one of these verbs
    voiced_proposal_nouns: frozenset[str] = frozenset()
    proposal_backing_verbs: frozenset[str] = frozenset()
    # --- end of initiative80 ---
    # --- initiative79: a company body founded without a name of its own ---
    # "Ростех создаст холдинг по выпуску станков", "решение о формировании холдинга
    # космического приборостроения": a company noun founded with its field told
    founded_company_nouns: frozenset[str] = frozenset()
    # --- end of initiative79 ---
    # --- initiative81: plans told by a modifier or by a sum to come ---
    # "сообщил о планируемом запуске завода": a planning word on the launching noun
    # (adjective or participle lemma)
    planning_modifiers: frozenset[str] = frozenset()
    # "стоимость", "сумма": nouns of money between a launch and the verb giving the amount
    # ("Объём инвестиций в строительство терминала составит …"), with `investment_nouns`
    # and `investment_volume_nouns`
    money_frame_nouns: frozenset[str] = frozenset()
    # --- end of initiative81 ---
    # --- initiative83: a branch of a named body ---
    # "откроется филиал Третьяковской галереи": the recogniser takes the branch noun with
    # the body's name for one organisation's name; the lower-case noun opening it (or the
    # sentence's first word) is still the common noun of a branch opened
    branch_nouns: frozenset[str] = frozenset()
    # --- end of initiative83 ---
    # --- initiative84: a facility told by a verb of being ---
    # "в городе будет новый парк", "теперь у посёлка есть собственная котельная": the
    # existential verbs (lemmas) whose subject facility may be a project
    being_verbs: frozenset[str] = frozenset()
    # "есть", "имеется": present ones, a project only with a word of change (`now_adverbs`)
    present_being_verbs: frozenset[str] = frozenset()
    # "теперь", "наконец": the thing that is there now was not before
    now_adverbs: frozenset[str] = frozenset()
    # "здесь", "тут": adverbs standing for a place told before
    place_adverbs: frozenset[str] = frozenset()
    # "аналогичный", "ещё один": a further facility of a kind, as new as one called new
    further_modifiers: frozenset[str] = frozenset()
    # "место", "ученик": what a facility's capacity counts ("школа на 600 мест")
    capacity_count_nouns: frozenset[str] = frozenset()
    # "пусть", "пускай": a being wished for, not told
    wish_particles: frozenset[str] = frozenset()
    # --- end of initiative84 ---
    # --- initiative85: services a company or an agency launches ---
    # "запустили опцию", "введет услугу", "о запуске новой функции": service nouns counted
    # only as what a service-launching word takes directly (`launched_services`)
    launched_service_nouns: frozenset[str] = frozenset()
    # initiative110: "новая услуга доступна", "станет доступен сервис": a service made available
    availability_words: frozenset[str] = frozenset()
    becoming_verbs: frozenset[str] = frozenset()
    service_launching_words: frozenset[str] = frozenset()
    # "представил новую услугу": a presenting word launches only a service called new
    service_presenting_words: frozenset[str] = frozenset()
    new_service_modifiers: frozenset[str] = frozenset()
    # a price in the service's own phrase makes it a tariff ("по цене 7 копеек")
    service_price_words: frozenset[str] = frozenset()
    # --- end of initiative85 ---
    # --- initiative87: a named centre or institution opened ---
    # "Российский центр науки и культуры открылся в X", "появится Культурный центр Y":
    # verbs (lemmas) that open a facility; a body noun of `founded_name_nouns` heading an
    # organisation's name is the facility opened when it is their subject or object
    named_opening_words: frozenset[str] = frozenset()
    # "начал работу", "приступил к работе": opening words that open only with such a noun
    named_opening_objects: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "планируется открыть Центр": verbs of plan or intent whose clause opens the body
    named_opening_frames: frozenset[str] = frozenset()
    # --- end of initiative87 ---
    # --- initiative88: a facility told ready for its start ---
    # "спорткомплекс готов к открытию": a predicate of readiness whose subject is the
    # facility and whose goal ("к" + a launching noun) starts it (`invested.scheduled_start`)
    facility_ready_words: frozenset[str] = frozenset()
    # --- end of initiative88 ---
    # --- initiative90: money given for a project ---
    # "вложит 2 млрд на протяжении пяти лет", "выделены на основании распоряжения": nouns
    # of work form that after "на" make a compound preposition of time or ground, no work
    compound_preposition_nouns: frozenset[str] = frozenset()
    # "на строительство больниц в регионах", "регионам на ремонт школ": territories whose
    # unnamed plural spreads money over a class of facilities (`trades_and_sites`)
    territory_class_nouns: frozenset[str] = frozenset()
    # --- end of initiative90 ---
    # --- initiative89: work two or more parties do together (`joint_works`) ---
    # "займутся совместной разработкой самолёта", "совместно разработают дрон": a work noun
    # or verb of making something, told as done jointly, is a project whose subject of work
    # is the thing made, though that thing is no project noun (a product, a vaccine)
    joint_work_nouns: frozenset[str] = frozenset()  # "разработка", "производство"
    joint_work_verbs: frozenset[str] = frozenset()  # "разработать", "производить"
    # "работа над вертолётом", "работы по созданию самолёта": a work whose object is
    # told with a preposition, or through a second work noun
    work_object_prepositions: frozenset[str] = frozenset()  # "над"
    work_topic_prepositions: frozenset[str] = frozenset()  # "по"
    # "отказались от совместной разработки", "рассматривают возможность": a work given
    # up, paused or only weighed is no project started or planned
    given_up_words: frozenset[str] = frozenset()
    # "объявили о создании альянса для разработки электромобилей": a union of partners
    # formed (or joined, "объединиться в альянс") for a work of making is a project
    alliance_nouns: frozenset[str] = frozenset()
    alliance_joining_words: frozenset[str] = frozenset()  # "объединение", "объединиться"
    # objects too general to be a work's subject ("совместно создать условия")
    vague_work_objects: frozenset[str] = frozenset()
    # "договорились о проведении совместных исследований": nouns of holding joint research
    holding_nouns: frozenset[str] = frozenset()
    # "разрешил совместно добывать газ": a work permitted is still to be done
    permitting_verbs: frozenset[str] = frozenset()
    # --- end of initiative89 ---
    # --- initiative91: a sentence that says it tells a project again ---
    # "Напомним, …", "Как сообщалось, …": a remark at the head of the sentence
    retelling_openers: frozenset[str] = frozenset()
    retelling_leads: frozenset[str] = frozenset()  # "Как (уже) сообщалось": words before one
    # "ещё раз пообещали построить": the adverb and the noun, written in a row
    repeat_adverbs: frozenset[str] = frozenset()
    repeat_nouns: frozenset[str] = frozenset()
    # "Напомним, первым открылся детсад на …": a project ranked among others is one of them
    retold_ordinals: frozenset[str] = frozenset()
    # --- end of initiative91 ---
    # --- initiative93: a work taken up ("работа по" + an action noun; taken_up_work) ---
    taken_work_nouns: frozenset[str] = frozenset()  # "работа"
    taken_work_prepositions: frozenset[str] = frozenset()  # "по"
    taken_work_topic_endings: tuple[str, ...] = ()  # action nouns: "созданию"
    taken_work_topic_nouns: frozenset[str] = frozenset()  # other action nouns: "борьбе"
    routine_work_topics: frozenset[str] = frozenset()  # "устранение", "розыск": routine
    work_leading_verbs: frozenset[str] = frozenset()  # "будет вести работу по …"
    # initiative97: "поучаствовал в церемонии запуска станции": attending the launch
    # event of a project is no joining of a project under way
    attended_launch_nouns: frozenset[str] = frozenset()  # "открытие", "запуск", "закладка"
    launch_event_nouns: frozenset[str] = frozenset()  # "церемония"
    # --- end of initiative93 ---
    # --- initiative95: a launch told in a present that looks ahead ---
    # "Строительство стартует весной" (a verb of both aspects), "в Пекине открывается
    # центр", "создаётся предприятие" (a launch under way):
    # the present form tells a launch still to come (`modality.told_ahead`) …
    present_ahead_verbs: frozenset[str] = frozenset()
    # … unless a word of now or of habit keeps it present ("сегодня стартует", "ежегодно")
    present_time_adverbs: frozenset[str] = frozenset()
    # --- end of initiative95 ---
    # --- initiative98: one body meant, bodies proposed ---
    # "планируется создать такой центр", "создание аналогичной комиссии": class
    # determiners that, before a singular noun, point back to the one project meant
    # ("такие центры" in the plural stays a class)
    one_meant_determiners: frozenset[str] = frozenset()
    # --- end of initiative98 ---
    # --- initiative96: one facility's works told part by part (facility_parts) ---
    # rooms and grounds that are no facility of their own ("группы", "пищеблок", "лифт")
    inner_room_nouns: frozenset[str] = frozenset()
    # rooms that may also stand alone ("бассейн", "спортзал", "библиотека"): a part only
    # where the sentence points to the facility told before ("в здании", "там")
    inner_facility_nouns: frozenset[str] = frozenset()
    # nouns of a building or its grounds that say where inside the facility ("в здании",
    # "на прилегающей территории", "на первом этаже")
    facility_place_nouns: frozenset[str] = frozenset()
    facility_place_prepositions: frozenset[str] = frozenset()  # "в", "на", "при", "рядом"
    facility_place_adverbs: frozenset[str] = frozenset()  # "там", "здесь", "внутри"
    facility_pronouns: frozenset[str] = frozenset()  # "в нём", "на ней"
    # "в рамках проекта", "в ходе капремонта": the part framed by the work told before
    part_frame_nouns: frozenset[str] = frozenset()
    # --- end of initiative96 ---
    # --- initiative99: bodies founded impersonally, parties ---
    # "партия": a body founded, but a batch of goods when it governs a bare genitive noun
    # ("сформировали партию гуманитарного груза") or a number ("две партии")
    batch_nouns: frozenset[str] = frozenset()
    # --- end of initiative99 ---
    # --- initiative101: facilities appearing by number, works prepared ---
    # "во всех районах", "в каждом районе", "во многих посёлках": places in general that
    # new facilities appear across
    distributive_determiners: frozenset[str] = frozenset()
    # "документация для строительства", "подготовка территории для строительства": a step
    # of the work after "для", not a thing the work serves
    preparation_nouns: frozenset[str] = frozenset()
    # --- end of initiative101 ---
    # --- initiative100: statements and figures that carry a project of their own ---
    # "выдано разрешение на ввод в эксплуатацию пункта": a permission to commission issued
    # tells the building finished, unlike papers drawn up or only obtained
    permission_nouns: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()
    commissioning_nouns: frozenset[str] = frozenset()
    # "На ремонт помещения ушло 20 млн": verbs whose subject is the money spent or needed
    spending_verbs: frozenset[str] = frozenset()
    # --- end of initiative100 ---
    # --- initiative102: online services web companies launch (online_services) ---
    # "приложение", "игра", "поисковик": launched only by a named subject ("чтобы
    # запустить приложение, нажмите" is a user starting it)
    runner_bound_service_nouns: frozenset[str] = frozenset()
    # a base stationed abroad (stationed_bases): "разместить военную базу", "авиабазу"
    stationed_base_nouns: frozenset[str] = frozenset()
    military_base_nouns: frozenset[str] = frozenset()
    military_modifiers: frozenset[str] = frozenset()
    # --- end of initiative102 ---
    # --- initiative104: money into building in general; shops appearing one after another ---
    # "в строительство на этих землях вложено N" (sector_works): a bare work the money goes
    # into, governing only places, is no project
    sector_work_nouns: frozenset[str] = frozenset()
    money_purpose_prepositions: frozenset[str] = frozenset()  # "в", "на"
    sector_money_words: frozenset[str] = frozenset()  # "вложить", "выделить", "инвестиция"
    sector_place_nouns: frozenset[str] = frozenset()  # "земля", "территория", "отрасль"
    money_source_nouns: frozenset[str] = frozenset()  # "из бюджета", "из фонда"
    # "очередной супермаркет сети появился", "первый магазин сети в Клину появился": one
    # more of a chain's outlets appears, as new as one called new
    sequence_modifiers: frozenset[str] = frozenset()
    outlet_nouns: frozenset[str] = frozenset()
    # --- end of initiative104 ---
    # --- initiative105: a facility appearing on the site of another thing ---
    # "на месте старого рынка появится спорткомплекс" (former_sites): built there, so new
    former_site_nouns: frozenset[str] = frozenset()  # "место"
    former_site_prepositions: frozenset[str] = frozenset()  # "на"
    # initiative103: the conjunctions joining two bodies one word founds ("X и Y")
    body_joiners: frozenset[str] = frozenset()  # "и", "а также"
    # --- end of initiative105 ---
    # --- initiative108: traffic opened over a new structure (traffic_opened) ---
    traffic_nouns: frozenset[str] = frozenset()  # "движение"
    traffic_prepositions: frozenset[str] = frozenset()  # "по": "движение по мосту"
    # a facility prepared for its opening (invested.ready_for_start)
    preparing_verbs: frozenset[str] = frozenset()  # "готовить": "школу готовят к открытию"
    preparing_reflexives: frozenset[str] = frozenset()  # "готовиться": "сад готовится к …"
    prepared_start_nouns: frozenset[str] = frozenset()  # "открытие", "ввод", "сдача", "пуск"
    # the preposition a named region takes as a place ("на Камчатке"; framed.placed_in_settlement)
    named_place_prepositions: frozenset[str] = frozenset()  # "на"
    # --- end of initiative108 ---
    # --- initiative107: facilities told by their size (sized_facilities) ---
    # "площадка в 28 гектаров", "84 км дорог", "16-километровый маршрут": units of area or
    # length, the prepositions a size follows, and the endings of adjectives of a size
    size_unit_nouns: frozenset[str] = frozenset()
    size_prepositions: frozenset[str] = frozenset()
    size_adjective_endings: tuple[str, ...] = ()
    # "строительство заняло четыре месяца", "ремонт продлится до августа" (told_by_duration):
    # verbs of lasting, the nouns of a span of time, the prepositions of a span's end
    duration_verbs: frozenset[str] = frozenset()
    duration_nouns: frozenset[str] = frozenset()
    span_end_prepositions: frozenset[str] = frozenset()
    # --- end of initiative107 ---
    # --- initiative109: a later stage of a project told on its own (told_stages) ---
    stage_completion_extra: frozenset[str] = frozenset()  # "окончить", "достроить"
    stage_handover_verbs: frozenset[str] = frozenset()  # "сдать", "ввести"
    stage_nouns: frozenset[str] = frozenset()  # "ввод", "сдача", "завершение"
    stage_service_needed: frozenset[str] = frozenset()  # "ввести", "ввод": need a goal
    stage_service_goals: frozenset[str] = frozenset()  # "эксплуатация", "строй"
    stage_other_goals: frozenset[str] = frozenset()  # "аренда": "сдать в аренду"
    stage_background_prepositions: frozenset[str] = frozenset()  # "после", "для"
    stage_ready_goals: frozenset[str] = frozenset()  # "готово к эксплуатации"
    stage_receiving_verbs: frozenset[str] = frozenset()  # "принять"
    stage_first_users: frozenset[str] = frozenset()  # "воспитанник", "пациент"
    stage_work_nouns: frozenset[str] = frozenset()  # "строительство", "работа"
    stage_referents: frozenset[str] = frozenset()  # "объект", "здание", "очередь"
    stage_preparing_verbs: frozenset[str] = frozenset()  # "готовят к вводу"
    stage_time_words: frozenset[str] = frozenset()  # "к 1 октября", "через месяц"
    stage_given_up: frozenset[str] = frozenset()  # "изначально планировали сдать"
    # initiative112: "было бы хорошо открыть театр": an evaluative predicate under "бы"
    # governing the launch tells a wish, not a plan
    wish_predicates: frozenset[str] = frozenset()
    # initiative112: "центр сможет начать работу к концу года": a verb of ability lends its
    # subject to the launching infinitive as a word of obligation does ("должен открыться")
    able_modals: frozenset[str] = frozenset()
    # the particle of the conditional mood ("мог бы", "было бы хорошо")
    conditional_particles: frozenset[str] = frozenset()
    # --- end of initiative109 ---
    # --- initiative114: a question about a launch that is being worked out or was settled ---
    # "прорабатывают вопрос о строительстве моста", "решили вопрос о строительстве детсада":
    # the question noun is no talk when its verb prepares or settles the work (worked_questions)
    worked_question_nouns: frozenset[str] = frozenset()
    working_out_verbs: frozenset[str] = frozenset()
    # "Узбекистан и Пакистан свяжет новая железная дорога": a new link told by what it joins
    link_nouns: frozenset[str] = frozenset()
    connecting_verbs: frozenset[str] = frozenset()
    # "произведут совместный спутник": verbs whose object told as joint makes the work joint
    joint_object_verbs: frozenset[str] = frozenset()
    # --- end of initiative114 ---
    # --- initiative111: projects told with their money or size ---
    # "получат 3 млн рублей на проведение ремонтов": a noun of conducting before the work
    # the money is for (`funded_works`)
    conducted_work_nouns: frozenset[str] = frozenset()
    # "новый корпус больницы рассчитан на 130 коек", "вторая очередь завода обойдётся в
    # 5 млрд": a building or phase of a facility told by its size or cost (`told_by_size`)
    sized_part_nouns: frozenset[str] = frozenset()
    # --- end of initiative111 ---
    # --- initiative113: a project opened after the works told before (restated_projects) ---
    # words that open a facility to its users ("откроют", "открытие", "появится", "заработает"):
    # a planned opening after the works told as under way or done is a later stage
    stage_opening_words: frozenset[str] = frozenset()
    # words of building a new facility ("возводят", "строительство", "закладка"), not of
    # renewing one: a facility reopened after its repair is no later stage of a new one
    new_building_words: frozenset[str] = frozenset()
    # --- end of initiative113 ---
    # --- initiative116: works under way on a project told before (works_under_way) ---
    under_way_verbs: frozenset[str] = frozenset()  # "ведутся / идут / проходят работы"
    under_way_doing_verbs: frozenset[str] = frozenset()  # "подрядчик ведёт работы"
    under_way_work_nouns: frozenset[str] = frozenset()  # plural "работы", "ремонты"
    under_way_upkeep: frozenset[str] = frozenset()  # "уборочные работы", "по содержанию"
    under_way_sites: frozenset[str] = frozenset()  # "на площадке": the site, not the project
    under_way_frames: frozenset[str] = frozenset()  # "в рамках программы": a frame, no place
    # --- end of initiative116 ---
    # --- initiative115: a state project named as the frame of a facility's works ---
    # "детский сад строится по национальному проекту «Демография»": a "проект" with one of
    # these modifiers is a programme of the state, read like "программа" in its frame
    programme_project_nouns: frozenset[str] = frozenset()
    programme_project_adjectives: frozenset[str] = frozenset()
    # --- end of initiative115 ---
    # --- initiative119: projects counted ---
    # "появятся 12 новых автобусных маршрутов": a service that comes into being by appearing,
    # when called new or named by its kind (`extractor._service_appearing`)
    appearing_service_nouns: frozenset[str] = frozenset()
    # --- end of initiative119 ---

    def body(self, lemma: str) -> bool:
        """A body noun, also as the head of a compound ("спецподразделение", "госкомиссия",
        "подкомитет"): a stem of three letters or more before a body noun of five or more,
        so the compound is founded like the body it names."""
        return lemma in self.body_nouns or self.body_compound_head(lemma) is not None

    def body_compound_head(self, lemma: str) -> str | None:
        """The body noun a compound ends in ("подразделение" of "спецподразделение")."""
        return next(
            (
                lemma[-length:]
                for length in range(5, len(lemma) - 2)
                if lemma[-length:] in self.body_nouns
            ),
            None,
        )

    def builds(self, lemma: str, pos: str) -> bool:
        """A word of building: listed, of a building root, or the reflexive passive of a
        listed verb ("ремонтировались школы", "реконструируется дом культуры"); the tagger
        may call such a verb an adjective, though no adjective ends in "-ся". Remembered
        per lemma and tag, as the frames ask it of most words of a sentence."""
        known = self._building_memo.get((lemma, pos))
        if known is None:
            known = (
                lemma in self.build_words
                or self._rooted(lemma, pos, self._build_stems)
                or (pos in {"VERB", "ADJ"} and self._passive_of(lemma, self.build_words))
            )
            self._building_memo[(lemma, pos)] = known
        return known

    def fits(self, lemma: str, pos: str) -> bool:
        """A word of fitting (`fitting_words`), also as a reflexive passive ("на улице
        устанавливаются фонари", "заменяются трубы")."""
        return lemma in self.fitting_words or (
            pos in {"VERB", "ADJ"} and self._passive_of(lemma, self.fitting_words)
        )

    def repairs(self, lemma: str, pos: str) -> bool:
        """A word renewing a standing building's part (`part_repair_words`), also as a
        reflexive passive ("ремонтируется кровля", "заменяются полы")."""
        return lemma in self.part_repair_words or (
            pos in {"VERB", "ADJ"} and self._passive_of(lemma, self.part_repair_words)
        )

    def places(self, lemma: str, pos: str) -> bool:
        """A word of placing (`placing_words`), also as a reflexive passive ("ставятся")."""
        return lemma in self.placing_words or (
            pos in {"VERB", "ADJ"} and self._passive_of(lemma, self.placing_words)
        )

    def _passive_of(self, lemma: str, verbs: frozenset[str]) -> bool:
        """A reflexive passive of one of the verbs: made from an imperfective one
        ("строится", "заменяются"); a perfective's "-ся" verb is no passive ("спрос
        восстановится", "люди построились")."""
        stem = self.reflexive_stem(lemma)
        return stem is not None and stem in verbs and imperfective(stem)

    def reflexive_stem(self, lemma: str) -> str | None:
        """The verb a reflexive lemma is made from ("строиться" → "строить"), else none."""
        if not self.reflexive_endings or not lemma.endswith(self.reflexive_endings):
            return None
        return lemma[:-2] if len(lemma) > 4 else None

    def launches(self, lemma: str, pos: str) -> bool:
        """A word of launching: listed, of building, or of a founding or launching root
        (remembered per lemma and tag)."""
        known = self._launching_memo.get((lemma, pos))
        if known is None:
            known = (
                lemma in self.launch_words
                or self.builds(lemma, pos)
                or self._rooted(lemma, pos, self._launch_stems)
            )
            self._launching_memo[(lemma, pos)] = known
        return known

    @cached_property
    def _building_memo(self) -> dict[tuple[str, str], bool]:
        return {}

    @cached_property
    def _launching_memo(self) -> dict[tuple[str, str], bool]:
        return {}

    def _rooted(self, lemma: str, pos: str, stems: tuple[str, ...]) -> bool:
        """A verb on one of the roots after one of its prefixes, or a noun of doing so built
        ("достройка", "пуск"); "застройщик" does, is no doing."""
        if pos not in {"VERB", "NOUN"} or not lemma.startswith(stems):
            return False
        return pos == "VERB" or lemma in stems or lemma.endswith(self.work_suffixes)

    @cached_property
    def _build_stems(self) -> tuple[str, ...]:
        """Each building root after each of its prefixes ("со" + "оруд")."""
        return tuple(
            prefix + root for root, prefixes in self.build_roots.items() for prefix in prefixes
        )

    @cached_property
    def _launch_stems(self) -> tuple[str, ...]:
        return tuple(
            prefix + root for root, prefixes in self.launch_roots.items() for prefix in prefixes
        )

    @cached_property
    def frame_words(self) -> frozenset[str]:
        """The words whose object may be a project of no list: building, opening (also the
        opening held, "состоялось открытие"), and the foundation stone's nouns."""
        return (
            self.build_words
            | self.opening_words
            | self.foundation_nouns
            | self.opening_nouns
            | self.receiving_verbs
            | self.appearing_verbs
        )

    @cached_property
    def troop_movement_lemmas(self) -> frozenset[str]:
        """The words a troop movement needs one of: a sentence with none is not read."""
        return frozenset(
            {
                *self.troop_moving_verbs,
                *self.troop_going_verbs,
                *self.troop_leaving_verbs,
                *self.troop_moving_nouns,
            }
        )

    @cached_property
    def project_lemma_memo(self) -> dict[str, bool]:
        """`projects.is_project` reads whether a lemma alone names a project for every word
        of every sentence; what it found for each lemma is kept here, as it depends on
        nothing but the lemma and these lists."""
        return {}

    @cached_property
    def unfitted_nouns(self) -> frozenset[str]:
        """Nouns no fitting word launches, whatever lists they are on (`fitted.fittable`
        asks of every inanimate noun): bodies, services, fields, cooperation, generic and
        unfitted projects, launch words. Made once: the union of seven lists took
        3.5 microseconds per word."""
        return (
            self.body_nouns
            | self.service_nouns
            | self.field_nouns
            | self.cooperation_nouns
            | self.generic_project_nouns
            | self.unfitted_project_nouns
            | self.launch_words
        )

    @cached_property
    def compound_heads(self) -> frozenset[str]:
        """Project nouns that may end a compound ("автозавод"): five letters or more, no
        body, service or cooperation noun."""
        excluded = self.body_nouns | self.service_nouns | self.cooperation_nouns
        return frozenset(n for n in self.project_nouns - excluded if len(n) >= 5)


@lru_cache(maxsize=4096)
def imperfective(verb: str) -> bool:
    """The dictionary gives the verb an imperfective reading (two-aspect verbs such as
    "реконструировать" have one)."""
    return any(reading.tag.aspect == "impf" for reading in parses(verb))
