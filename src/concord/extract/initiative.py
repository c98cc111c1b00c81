"""Concrete projects: campuses, centres, schools, joint production — who, where, from when.

A project noun becomes an initiative when a word of launching or opening stands next to
it or governs it ("откроется школа", "начнет работу кампус", "открытие кампуса",
"создадут совместное производство"), planned or done. Who runs it is optional: a named
organisation, or a person or place that is the launching verb's subject; without a
project noun there is no claim (talk of "начать работу" alone launches nothing).
The parser is unsure around Latin-script names,
so the project's own stretch of the sentence is read linearly: from the project noun
to the next project or clause boundary; the organisations named there (and the
launching verb's subject) run it, the first "в X" place there (or on the verb) hosts it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import takewhile
from types import MappingProxyType

from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.relocations import relocations
from concord.extract.sentence_view import SentenceView, named_before, organisation_meant
from concord.knowledge.morphology import parses
from concord.nlp.places import place_of_adjective


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
    # "мост построен еще в 1955 году": a launch dated long ago is history, not news
    history_markers: frozenset[str] = frozenset()
    progress_verbs: frozenset[str] = frozenset()  # "строительство ведется": a work under way
    # "в рамках программы открыт музей", "в соответствии с соглашением приступит": the
    # noun after these frames the launch; what it holds is neither launched nor a runner
    frame_nouns: frozenset[str] = frozenset()
    # "центр создан на базе университета": a project noun in an idiom of place is none;
    # the organisation in it runs the project
    idiom_nouns: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
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
    launch_roots: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
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
        """A word of building: listed, or of a building root."""
        return lemma in self.build_words or self._rooted(lemma, pos, self._build_stems)

    def launches(self, lemma: str, pos: str) -> bool:
        """A word of launching: listed, of building, or of a founding or launching root."""
        return (
            lemma in self.launch_words
            or self.builds(lemma, pos)
            or self._rooted(lemma, pos, self._launch_stems)
        )

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
            self.build_words | self.opening_words | self.foundation_nouns | self.opening_nouns
            | self.receiving_verbs | self.appearing_verbs
        )

    @cached_property
    def compound_heads(self) -> frozenset[str]:
        """Project nouns that may end a compound ("автозавод"): five letters or more, no
        body, service or cooperation noun."""
        excluded = self.body_nouns | self.service_nouns | self.cooperation_nouns
        return frozenset(n for n in self.project_nouns - excluded if len(n) >= 5)


_PLACE_TYPES = {"LOC", "LOCORG"}
_NEAR = 3
_LOOK_BACK = 3  # sentences searched for the organisation a common noun stands for
# An organisation introduced with the noun ("фонда «X»") is "фонд" paragraphs later.
_INTRODUCED_LOOK_BACK = 10
_REFERENCE_LOOK_BACK = 2  # sentences searched for the project a pronoun restates
_FIELD_REACH = 6  # links up a list of works hung one on another to the field noun


def _launcher(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """A launching word governing the project noun, governed by it, or just before it; a
    work noun under way launches itself ("Строительство обхода ведется с апреля")."""
    token = view.tokens[index]
    if (  # "РЖД проведет реконструкцию путей", "проведут учения": a work carried out
        token.lemma in words.renovation_nouns | words.held_operation_nouns
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.holding_verbs
    ):
        return token.head
    if (  # "Главный проект – строительство дороги": the work defined as a project
        token.lemma in words.launch_words | words.renovation_nouns
        and token.relation.startswith("nsubj")
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma
        in words.progress_verbs | words.generic_project_nouns
        | (words.completion_verbs if token.lemma in words.renovation_nouns else frozenset())
    ):
        return index  # "завершена реконструкция водоснабжения": a finished renovation
    if (  # "планируется строительство двух водохранилищ": a work scheduled
        words.builds(token.lemma, token.pos)
        and token.pos == "NOUN"
        and token.relation.startswith("nsubj")
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.plan_verbs
    ):
        return index
    own_launchers = words.noun_launchers.get(view.tokens[index].lemma, frozenset())
    for head in list(view.ancestors(index))[: words.launcher_reach]:
        governor = view.tokens[head]
        if governor.lemma in own_launchers or words.launches(governor.lemma, governor.pos):
            return head
        if (
            view.tokens[head].lemma in words.deployment_verbs
            and view.preposition(index) in words.deployment_prepositions
        ):
            return head  # "вывели для патрулирования": deployed for the operation
        if (
            governor.lemma in words.going_out_verbs
            and view.preposition(index) in words.going_out_prepositions
            and view.tokens[index].lemma.endswith(words.activity_suffixes)
        ):
            return head  # "катера вышли на патрулирование": out on an activity
        if (
            governor.lemma in words.funding_verbs
            and view.preposition(index) in words.purpose_prepositions
            and _money_given(view, head, words)
        ):
            return head  # "вузы получат по 90 млн рублей на исследования": money for a work
    fronted = _fronted_object_launch(view, index, words)
    if fronted is not None:
        return fronted
    for child in view.children(index):
        if view.tokens[child].relation == "conj":
            continue  # "школы, больницы, учреждения": an item of the list launches nothing
        if words.launches(view.tokens[child].lemma, view.tokens[child].pos):
            return child
    # "пустить до Академгородка скоростной трамвай": past the noun's own words first, for a
    # noun that is no one else's dependent ("рядом с будущим предприятием", "на территории
    # индустриального парка" are no objects)
    bare = not view.preposition(index) and view.tokens[index].relation != "nmod"
    own = set(view.subtree(index)) if bare else set()
    start = index - 1
    while start >= 0 and start in own and view.tokens[start].pos != "PUNCT":
        start -= 1
    for position in range(start, max(-1, start - _NEAR), -1):
        if view.tokens[position].pos == "PUNCT":
            break
        if words.launches(view.tokens[position].lemma, view.tokens[position].pos) and not (
            view.tokens[position].pos == "NOUN" and view.tokens[position].relation == "conj"
        ):  # "учреждения культуры и библиотеки": a noun listed before launches nothing
            return position
        if view.tokens[position].pos == "VERB" and view.tokens[index].head == position:
            break  # "начнёшь обходить арену": the noun is another verb's object
    funded = _funded_work_over(view, index, words)
    if funded is not None:
        return funded
    if (  # "построят стадион, центр гимнастики и зал": a later item of a list of projects
        token.relation == "conj"
        and 0 <= token.head < index
        and _is_project(view, token.head, words)
        and view.tokens[token.head].lemma not in words.generic_project_nouns
    ):  # not "внимание на проектах, модернизации инфраструктуры": a list of topics
        return _launcher(view, token.head, words)
    if token.relation == "conj":  # the parser hung the item on a place or a name
        first = _earlier_listed_project(view, index, words)
        if first is not None:
            return _launcher(view, first, words)
    return _relative_launch(view, index, words)


def _fronted_object_launch(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Новый бассейн планируют открыть к лету": a project told first is the object of the
    launching verb the predicate takes; the parser makes it the subject, though it does
    not agree with the predicate in number."""
    token = view.tokens[index]
    head = token.head
    if not token.relation.startswith("nsubj") or not 0 <= head < len(view.tokens):
        return None
    number = view.tokens[head].feats.get("Number")
    if number is None or number == token.feats.get("Number"):
        return None
    return next(
        (
            c
            for c in view.children(head)
            if view.tokens[c].relation == "xcomp"
            and words.launches(view.tokens[c].lemma, view.tokens[c].pos)
        ),
        None,
    )


def _funded_work_over(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "на завершение моста потратят 12 млрд", "вложит 2 млрд в развитие комплексов": a
    work noun money is given for launches the project it holds in the genitive, whatever
    the work is called (a launching noun is read by `_launcher` already)."""
    token = view.tokens[index]
    work = token.head
    if token.feats.get("Case") != "Gen" or not 0 <= work < len(view.tokens):
        return None
    if not _is_work(view, work, words) or view.tokens[work].lemma in words.abstract_objects:
        return None
    verb = view.tokens[work].head
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].lemma not in words.funding_verbs:
        return None
    preposition = view.preposition(work)
    if not (
        preposition in words.purpose_prepositions
        or (
            preposition in words.investment_prepositions
            and view.tokens[verb].lemma in words.investing_verbs
        )
    ):
        return None
    given = [
        i
        for c in view.children(verb)
        if view.tokens[c].relation in {"obj", "nsubj:pass"}
        for i in view.subtree(c)
    ]
    own = set(view.subtree(work))
    # a sum anywhere outside the work ("будет потрачено 12 млрд рублей" is parsed loose)
    money = any(not set(view.token_indices(q.start, q.end)) & own for q in view.quantities)
    if not money and not any(view.tokens[i].lemma in words.money_nouns for i in given):
        return None
    return work


def _money_given(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """A sum or a money noun among the verb's own words ("получат по 90 млн рублей",
    "получил грант"): what a verb of funding or receiving moves is money."""
    own = set()
    for child in view.children(verb):
        own.update(view.subtree(child))
    return any(set(view.token_indices(q.start, q.end)) & own for q in view.quantities) or any(
        view.tokens[i].lemma in words.money_nouns for i in own
    )


def _kind(view: SentenceView, index: int, end: int, words: InitiativeWords) -> list[int]:
    """The project noun with its adjectives, a genitive complement before any name (with
    the name, for a work done on something named: "реконструкция набережной Волги") and,
    for a generic noun, what it is for ("проект по установке светофоров")."""
    start = index
    while (
        start > 0
        and (
            view.tokens[start - 1].pos == "ADJ"
            or (  # "lithium refinery", "wind turbine plant"
                view.tokens[start - 1].relation == "compound"
                and start - 1 < view.tokens[start - 1].head <= index
            )
        )
        and view.mention_at(start - 1) is None
    ):
        start -= 1
    while start < index and view.tokens[start].lemma in words.plain_modifiers:
        start += 1
    work = view.tokens[index].lemma in words.launch_words
    stop = index
    while (
        stop + 1 < end
        and (work or view.mention_at(stop + 1) is None)
        and (
            # a work keeps its counted object: "строительство двух новых водохранилищ"
            view.tokens[stop + 1].pos in ({"NOUN", "ADJ", "PROPN", "NUM"} if work else {
                "NOUN", "ADJ", "PROPN"
            })
            and view.tokens[stop + 1].feats.get("Case") == "Gen"
        )
        and (work or not _names_what_follows(view, stop + 1, words))
    ):
        stop += 1
    kind = set(range(start, stop + 1))
    following = stop + 1
    if (
        view.tokens[index].lemma in words.generic_project_nouns  # the rest stay short
        and following + 1 < len(view.tokens)
        and view.tokens[following].lemma in words.topic_prepositions
    ):
        # "проект по строительству терминала": the topic is the kind, past its launch word
        topic = view.tokens[following].head
        if 0 <= topic < len(view.tokens) and view.tokens[topic].head in kind:
            for position in range(following, len(view.tokens)):
                if position not in view.subtree(topic) or view.mention_at(position) is not None:
                    break
                stop = position
    while stop > index and view.tokens[stop].pos in {"ADP", "CCONJ", "PUNCT", "NUM"}:
        stop -= 1
    return list(range(start, stop + 1))


def _part_of_project(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "линия метро", "завод по производству удобрений": a genitive or "по" complement
    of the project noun before it says what the project belongs to or does, and is no
    project of its own."""
    head = view.tokens[index].head
    if _generic_topic(view, head, words):
        return True  # "проект по строительству терминала": the project is the topic
    holder = _genitive_holder(view, index, words)
    if holder is not None and not _held_by_work(view, holder, words):
        return True  # "открыл корпус кардиоцентра", "запустил процедуру банкротства завода"
    if (  # "дворец с двумя бассейнами": what a facility is built with is part of it
        0 <= head < index
        and view.tokens[head].pos in {"NOUN", "PROPN"}
        and view.tokens[index].relation == "nmod"
        and view.preposition(index) in words.component_prepositions
    ):
        return True
    if not (
        0 <= head < index
        and _is_project(view, head, words)
        and view.tokens[head].lemma not in words.launch_words  # "строительство завода"
    ):
        return False
    if view.preposition(index) in words.topic_prepositions:
        return True
    return view.tokens[index].feats.get("Case") == "Gen" and all(
        view.tokens[i].pos in {"ADJ", "NOUN"} for i in range(head + 1, index)
    )


def _genitive_holder(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "открыл новый корпус кардиоцентра", "запустил процедуру банкротства завода": the
    launching word governs a noun the genitive project depends on (through a chain of
    genitives), which is what is launched (a building of the centre, a procedure)."""
    current = index
    while True:
        token = view.tokens[current]
        holder = token.head
        if not (
            0 <= holder < current
            and token.relation == "nmod"
            and token.feats.get("Case") == "Gen"
            and not view.preposition(current)
            and view.tokens[holder].pos == "NOUN"
            and view.tokens[holder].lemma
            not in words.launch_words | words.renovation_nouns | words.foundation_nouns
            and not _is_project(view, holder, words)
            and view.mention_at(holder) is None
        ):
            return None
        governor = view.tokens[holder].head
        if 0 <= governor < len(view.tokens) and (
            words.launches(view.tokens[governor].lemma, view.tokens[governor].pos)
            or words.builds(view.tokens[governor].lemma, view.tokens[governor].pos)
        ):
            # "приступить к организации технопарков": a work on the project launches it;
            # "укладка на дно кабеля": a place the work goes to holds nothing
            if _is_work(view, holder, words) or view.preposition(holder):
                return None
            return holder
        current = holder


def _held_by_work(view: SentenceView, holder: int | None, words: InitiativeWords) -> bool:
    """ "строительство корпуса больницы", "заработала система велопроката": the genitive
    project stays the claim, its kind starting at the holder, unless the holder claims
    itself (a framed "открыл корпус центра в Омске") or is no project at all
    ("процедура банкротства завода")."""
    if holder is None:
        return False
    governor = view.tokens[holder].head
    if view.tokens[governor].lemma in words.project_nouns:
        return True
    lemma = view.tokens[holder].lemma
    if lemma in words.phase_nouns:
        return True  # "построят вторую очередь центра": the centre's phase is built
    if (
        lemma.endswith(words.abstract_suffixes)
        and lemma not in words.structure_nouns
        and view.tokens[governor].lemma not in words.opening_words
    ):
        return False  # "начнётся заполнение водохранилища": an operation on the thing
    return not (
        lemma in words.non_project_objects | words.abstract_objects
        or _framed_object(view, holder, words) is not None
    )


def _names_what_follows(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "компании" in "завод компании «Тау-Кен Самрук»" describes the name after it."""
    following = index + 1
    while following < len(view.tokens) and view.tokens[following].text in words.quotes:
        following += 1
    return following < len(view.tokens) and view.mention_at(following) is not None


def _occasion(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "На открытии катка выступили фигуристы", "на ремонте здания украли миллион": a
    launching noun in the locative after "на" is the occasion at which something else
    happens, as "при открытии" is."""
    token = view.tokens[launcher]
    return (
        token.pos == "NOUN"
        and token.feats.get("Case") == "Loc"
        and view.preposition(launcher) in words.occasion_prepositions
    )


def _in_background(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """The launching word, or a launching word above it ("до начала строительства"),
    only dates something else."""
    chain = [
        launcher,
        *takewhile(
            lambda head: view.tokens[head].lemma in words.launch_words,
            list(view.ancestors(launcher))[:2],
        ),
    ]
    if any(
        (
            view.preposition(index) in words.background_prepositions
            and not _range_end(view, index, words)
        )
        or _during(view, index, words)  # "в ходе строительства детдома пропали деньги"
        for index in chain
    ):
        return True
    if _occasion(view, chain[-1], words):
        return True
    if _accompanies(view, chain[-1], words):
        return True
    if any(
        view.tokens[h].lemma in words.talk_nouns | words.tender_nouns
        for h in list(view.ancestors(launcher))[:2]
    ):
        return True
    if any(_framing(view, index, words) for index in chain):
        return True
    top = view.tokens[chain[-1]]
    if not 0 <= top.head < len(view.tokens):
        return False
    governor = view.tokens[top.head].lemma
    if any(
        view.tokens[head].lemma in words.demand_verbs | words.demand_nouns
        and head < launcher
        for head in list(view.ancestors(chain[-1]))[:3]
    ):
        # "потребовали создания велодорожек", "попросил оказать содействие в строительстве
        # …", "с просьбой поддержать строительство": asked for, not planned. The asking
        # comes first; one told after a dash is another clause the parser hung the launch
        # on ("Планируется создать центр – здесь губернатор попросил поддержки").
        return True
    if _needed_or_supposed(view, chain[-1], words) or _field_of(view, chain[-1], words):
        return True
    # "Открытие велодорожки не обошлось без …": the launch is what something else is
    # said of, unless that something is the launch taking place ("запланировано").
    return (
        top.pos in {"NOUN", "PROPN"}
        and top.relation.startswith("nsubj")
        and governor
        not in words.launch_words | words.happening_verbs | words.completion_verbs
        | words.carrying_out_verbs | words.continuing_verbs | words.generic_project_nouns
        | words.holding_verbs  # "был проведён капитальный ремонт": the work carried out
        | words.plan_nouns | words.plan_verbs
    )


def _range_end(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "от поддержки ТОСов до строительства детской площадки": a noun after "до" whose head
    or a sibling stands after "от" closes a range of items, it dates nothing."""
    start = words.range_prepositions.get(view.preposition(index))
    head = view.tokens[index].head
    if start is None or not 0 <= head < len(view.tokens):
        return False
    return view.preposition(head) == start or any(
        view.preposition(sibling) == start for sibling in view.children(head) if sibling < index
    )


def _field_of(view: SentenceView, top: int, words: InitiativeWords) -> bool:
    """ "в области ремонта дорог, возведения новых школ": the work, or any item of a list
    of works (which the parser may hang on the item before), in the genitive of a field
    noun names a field, not a project."""
    current, seen = top, {top}
    for _ in range(_FIELD_REACH):
        head = view.tokens[current].head
        if (
            not 0 <= head < len(view.tokens)
            or head in seen
            or view.tokens[current].relation not in {"conj", "nmod"}
            or view.preposition(current)
        ):
            return False
        if view.tokens[current].relation == "nmod" and view.tokens[head].lemma in words.sphere_nouns:
            return True
        seen.add(head)
        current = head
    return False


def _needed_or_supposed(view: SentenceView, top: int, words: InitiativeWords) -> bool:
    """ "необходимо провести реконструкцию аэропорта", "в случае строительства моста …",
    "если говорить о строительстве завода": a launch told as a need or a supposition is
    what would have to happen, not a project anyone runs or plans."""
    for position in view.clause_governors(top, 3, shared_subordinator=True):
        token = view.tokens[position]
        if position != top and token.lemma in words.necessity_words:
            return True
        if token.lemma in words.supposition_nouns and view.preposition(position):
            return True  # "в случае реализации проекта", "при условии строительства"
        if position != top and any(
            (view.tokens[c].relation == "mark" or view.tokens[c].pos == "SCONJ")
            and view.tokens[c].lemma.lower() in words.supposition_subordinators
            for c in view.children(position)
            if c < position
        ):
            return True
    return False


def _accompanies(view: SentenceView, launch: int, words: InitiativeWords) -> bool:
    """ "С постройкой завода доля рынка возрастёт": a launching noun in the instrumental
    after "с", an oblique of a predicate of no launching, is the time or means of what
    that predicate says ("связывают надежды с центром" hangs "с" on the project, not here)."""
    token = view.tokens[launch]
    head = token.head
    return (
        token.pos == "NOUN"
        and token.relation == "obl"
        and token.feats.get("Case") == "Ins"
        and view.preposition(launch) in words.accompanying_prepositions
        and 0 <= head < len(view.tokens)
        and not words.launches(view.tokens[head].lemma, view.tokens[head].pos)
        and view.tokens[head].lemma not in words.progress_verbs | words.holding_verbs
    )


def _described(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A generic project noun with what it does or whose it is after it: a genitive, a
    "по" complement, a quoted or named title."""
    following = index + 1
    if following < len(view.tokens) and (
        view.tokens[following].text in words.quotes or view.mention_at(following) is not None
    ):
        return True
    return any(
        child > index
        and view.tokens[child].relation == "nmod"
        and (
            view.tokens[child].feats.get("Case") == "Gen"
            or view.preposition(child) in words.topic_prepositions
        )
        for child in view.children(index)
    )


def _in_title(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """Inside «…» opened right after a noun: a title ("программа «Модернизация школ»"),
    whose words launch nothing; quoted speech opens elsewhere and still reports."""
    opening = None
    for position in range(index):
        text = view.tokens[position].text
        if text in words.closing_quotes and opening is not None:
            opening = None
        elif text in words.quotes:
            opening = position
    return (
        opening is not None
        and opening > 0
        and view.tokens[opening - 1].pos in {"NOUN", "PROPN"}
    )


def _framing(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """The launch sits in a clause that frames another ("Пока мы не создадим базу, …",
    "Создав базу, агентство сможет …"): a condition or a step, not the news."""
    verb = launcher
    if view.tokens[verb].pos != "VERB" and 0 <= view.tokens[verb].head < len(view.tokens):
        verb = view.tokens[verb].head
    token = view.tokens[verb]
    if token.pos != "VERB":
        return False
    if token.feats.get("VerbForm") == "Conv" and token.relation == "advcl":
        return True
    # the parser may hang the subordinator as an adverb of a root ("Пока мы не создадим")
    return any(
        child < verb
        and (view.tokens[child].relation == "mark" or view.tokens[child].pos == "SCONJ")
        and view.tokens[child].lemma.lower() in words.framing_subordinators
        for child in view.children(verb)
    )


def _intended(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """A verb of deciding, proposing or scheduling governs the launch, or a future
    auxiliary goes with it."""
    chain = [launcher, *list(view.ancestors(launcher))[:3]]
    deciding = words.intention_verbs | words.decision_nouns  # "решение о строительстве X"
    return any(view.tokens[position].lemma in deciding for position in chain) or any(
        view.tokens[child].text.lower() in words.future_forms
        for position in chain[:2]
        for child in view.children(position)
    )


def _unachieved_infinitive(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """ "Планируется … создать центр": an infinitive reports no launch done, whatever
    the parser hangs it on, unless a verb of success or of starting governs it ("удалось
    открыть", "начали строить"): that verb's own tense then tells."""
    if view.tokens[verb].feats.get("VerbForm") != "Inf":
        return False
    done = words.achieving_verbs | words.start_words | words.launch_words
    return not any(view.tokens[h].lemma in done for h in list(view.ancestors(verb))[:2])


def _standing_for(view: SentenceView, subject: int, words: InitiativeWords) -> list[Mention]:
    """ "Компания запустит …": the organisation `organisation_meant` finds for the common
    noun; all those named in the few sentences before for a plural one."""
    token = view.tokens[subject]
    if token.lemma not in words.runner_nouns | words.group_runner_nouns or view.mentions_in(
        view.subtree(subject)
    ):
        return []
    types = set(words.runner_types)
    if token.lemma in words.group_runner_nouns:  # "стороны": states too
        types |= set(words.subject_runner_types) - {"PER"}
    if token.lemma in words.group_runner_nouns and token.feats.get("Number") == "Plur":
        sides = _sides_of_document(view, words)  # "стороны" of an agreement named before
        if sides:
            return sides
    if token.feats.get("Number") == "Plur":  # "партнеры создадут": all of them
        distinct: dict[str, Mention] = {}
        for mention in named_before(view.document, token.start, types, _LOOK_BACK):
            distinct.setdefault(mention.normal, mention)
        return list(distinct.values())
    if token.lemma in words.group_runner_nouns:  # "российская сторона выделит …"
        country = _side_country(view, subject)
        if country is not None:
            return [country]
    meant = organisation_meant(  # "фонда «X»" … "Фонд"; a lone "сторона" needs the noun
        view.document, token.lemma, token.start, words.runner_types, _INTRODUCED_LOOK_BACK,
        kin_groups=view.words.organisation_kin,
        any_named_back=_LOOK_BACK if token.lemma in words.runner_nouns else None,
    )  # fmt: skip
    return [meant] if meant is not None else []


def _opens_something_else(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "Проект откроет жителям доступ …": the project is the subject of the launching
    verb, and what that verb opens is neither a project nor a launch ("начнет работу")."""
    if (  # "По стадиону запустили ролик", "на заводе открыли музей": a place, not the project
        view.tokens[index].relation == "obl"
        and view.tokens[index].head == launcher
        and view.preposition(index)
        and view.tokens[index].lemma not in words.launch_words
        and view.tokens[launcher].lemma not in words.funding_verbs  # "на центр выделили 2 млрд"
    ):
        return any(
            view.tokens[c].relation == "obj"
            and view.tokens[c].lemma not in words.money_nouns
            and view.tokens[c].pos == "NOUN"
            and not _in_sum_of_money(view, c)  # "would provide £450m in export credit"
            for c in view.children(launcher)
        )
    if not (
        view.tokens[index].relation.startswith("nsubj") and view.tokens[index].head == launcher
    ):
        return False
    objects = [
        c
        for c in view.children(launcher)
        if view.tokens[c].relation == "obj"
        # "Завод «X» приступил к серийному производству тракторов": it makes goods
        or (view.tokens[c].relation == "obl" and _output_of_goods(view, c, words))
    ]
    # whatever it opens, another project too ("the venture will build a plant"): the
    # subject runs it rather than being launched; "начнет работу кампус" still launches
    return any(view.tokens[c].lemma not in words.launch_words for c in objects)


def _is_project(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A project noun, also as the head of a compound ("онлайн-магазин")."""
    lemma = view.tokens[index].lemma
    return (
        (
            lemma in words.project_nouns
            or lemma.rsplit("-", 1)[-1] in words.project_nouns
            or _numbered(lemma, words)
            or _compound_project(lemma, words)
            or words.body_compound_head(lemma) in words.project_nouns
            or _service_system(view, index, words)
            or _qualified_project(view, index, words)
        )
        and (view.mention_at(index) is None or _misread_name(view, index, words))
        and not any(
            view.tokens[child].lemma in words.document_complements
            for child in view.children(index)
        )
        and not _idiom(view, index, words)
        and not _part_of_place(view, index, words)
        and not _no_project_in_particular(view, index, words)
        and not _output_of_goods(view, index, words)
    )


def _misread_name(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "Открытие бассейна в Самаре запланировано": a capitalised launching noun opening
    the sentence may be read as a name ("Открытие" is also a bank's); a project noun in
    lower case inside that "name" is still a common noun."""
    mention = view.mention_at(index)
    if mention is None or not view.tokens[index].text[:1].islower():
        return False
    first = view.token_indices(mention.start, mention.end)[0]
    return first == 0 and view.tokens[first].lemma.lower() in words.launch_words


def _output_of_goods(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "началось производство тестовых партий", "приступил к серийному производству
    автомобилей Nissan Almera": a trial batch, or a named model made in series, is output,
    a product's launch, not a plant ("запустил серийное производство электромобилей" and
    "открыл производство шин" stay one)."""
    if view.tokens[index].lemma not in words.output_nouns:
        return False
    goods = [
        child
        for child in view.children(index)
        if view.tokens[child].relation == "nmod" and not view.preposition(child)
    ]
    modifiers = {
        view.tokens[child].lemma
        for position in [index, *goods]
        for child in view.children(position)
        if view.tokens[child].relation == "amod"
    }
    if modifiers & words.trial_modifiers:
        return True
    named_model = any(
        view.tokens[i].pos == "PROPN" or view.mention_at(i) is not None
        for good in goods
        for i in view.subtree(good)
    )
    return bool(modifiers & words.series_modifiers) and named_model


def _no_project_in_particular(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "строится много нового жилья", "будут строиться крупные спортивные объекты": an
    amount with no count, or "объекты" with no number, tells what is going on in general,
    not one project ("три спортивных объекта", "более 700 объектов" and the announced
    "новые объекты" stay projects)."""
    tokens = view.tokens
    before = index - 1
    while before >= 0 and tokens[before].pos == "ADJ":
        before -= 1
    if before >= 0 and tokens[before].lemma in words.vague_amounts:
        return True
    general = words.project_referents | words.general_plural_nouns
    if tokens[index].lemma in general and _unspecified_plural(view, index, words):
        return True
    # "модернизация сибирских предприятий", "реализация социальных программ": a work over
    # such things in general ("десятки объектов" counts them)
    if tokens[index].feats.get("Number") == "Sing" and any(
        tokens[child].relation == "nmod"
        and not view.preposition(child)
        and tokens[child].lemma in general
        and _unspecified_plural(view, child, words)
        for child in view.children(index)
    ):
        return True
    return _ongoing_in_general(view, index, words)


def _ongoing_in_general(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "Китай строит заводы в России", "продолжается возведение жилых комплексов": plural
    things with no count or name, built as a going concern (an imperfective verb that is no
    start word and no future), tell a trade, not a project. Started or planned plurals
    ("начинает реконструкцию аэродромов", "планируется создать лаборатории") stay."""
    tokens = view.tokens
    # "Строятся новые кварталы, появляются новые школы": going on, new or not
    # "строительство и ремонт дорог": the works share the plural hung on the last one
    works = [index, *(c for c in view.children(index) if tokens[c].relation == "conj")]
    plural = _unspecified_plural(view, index, words, novelty_counts=False) or any(
        tokens[child].relation == "nmod"  # "возведение жилых комплексов"
        and not view.preposition(child)
        and _unspecified_plural(view, child, words, novelty_counts=False)
        for work in works
        for child in view.children(work)
    )
    if not plural:
        return False
    verb = next(
        (a for a in list(view.ancestors(index))[:3] if tokens[a].pos in {"VERB", "AUX"}), None
    )
    if verb is None:  # "Главные задачи – строительство и ремонт дорог и мостов": with no
        # verb in the whole sentence, plural works are topics listed, not projects
        return not any(t.pos in {"VERB", "AUX"} for t in tokens)
    token = tokens[verb]
    return (
        token.lemma in words.build_words | words.progress_verbs | words.appearing_verbs
        # not "считает строительство"
        and token.feats.get("Aspect") == "Imp"
        and token.feats.get("Tense") in {"Pres", "Past"}
        and token.lemma not in words.start_words
        and not any(tokens[c].text.lower() in words.future_forms for c in view.children(verb))
    )


def _unspecified_plural(
    view: SentenceView, index: int, words: InitiativeWords, novelty_counts: bool = True
) -> bool:
    """ "Китай строит заводы", "возведение жилых комплексов": a plural with no count, no
    name and nothing new about it tells a kind of work going on, not a project; "три
    школы", "новые объекты построят", "гипермаркеты «Ленты»" and a plural a name or a
    "такие" points at stay what they were. Without `novelty_counts` "новые" names none."""
    tokens = view.tokens
    if tokens[index].feats.get("Number") != "Plur" or tokens[index].pos != "NOUN":
        return False
    return not any(
        tokens[child].pos in {"NUM", "DET"}
        or tokens[child].relation.startswith(("nummod", "flat", "appos", "det"))
        or (novelty_counts and tokens[child].lemma in words.novelty_modifiers)
        or view.preposition(child) in words.topic_prepositions  # "подразделения по борьбе …"
        or (  # "гипермаркеты «Ленты»"; a place after "в" names no one
            (tokens[child].pos == "PROPN" or view.mention_at(child) is not None)
            and not view.preposition(child)
        )
        for child in view.children(index)
    )


def _part_of_place(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "в центре города заложены фундаменты": a project noun that names the middle of a
    place, not a centre being built: a settlement or a named place hangs on it in the
    genitive and nothing describes it ("торговый центр города" stays a project)."""
    if view.tokens[index].lemma not in words.place_part_nouns:
        return False
    children = view.children(index)
    if any(view.tokens[child].relation in {"amod", "nummod"} for child in children):
        return False
    genitives = [  # "центр ядерной науки под Ханоем": a centre of a science, near a town
        child
        for child in children
        if view.tokens[child].relation == "nmod" and not view.preposition(child)
    ]
    return bool(genitives) and all(_names_settlement(view, child, words) for child in genitives)


def _service_system(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "система электронной записи к врачу", "системы по записи пациентов": a system
    named by a service noun in the genitive (or after "по") is that service; a bare
    "система" ("система образования") is none."""
    if view.tokens[index].lemma not in words.service_system_nouns:
        return False
    return any(
        view.tokens[child].lemma in words.service_nouns
        and view.tokens[child].relation == "nmod"
        and (not view.preposition(child) or view.preposition(child) in words.topic_prepositions)
        for child in view.children(index)
    )


def _qualified_project(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "особая экономическая зона": a noun that names a project only with a modifier of its
    kind ("зона отдыха", "зона свободной торговли" are none)."""
    kinds = words.qualified_project_nouns.get(view.tokens[index].lemma, frozenset())
    return any(
        view.tokens[c].relation == "amod" and view.tokens[c].lemma in kinds
        for c in view.children(index)
    )


def _compound_project(lemma: str, words: InitiativeWords) -> bool:
    """ "ветроэлектростанция", "автозавод": a word ending in a project noun of five letters
    or more after a stem of three or more joined by a linking vowel (not "кооперация",
    "сотрудник")."""
    heads = words.compound_heads
    return any(
        lemma[-length:] in heads and lemma[-length - 1] in words.linking_vowels
        for length in range(5, len(lemma) - 2)
    )


def _concrete(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A thing that can be built or opened: an inanimate common noun, no abstraction,
    event, document or product, and no name."""
    token = view.tokens[index]
    spans = [(q.start, q.end) for q in view.quantities] + [(d.start, d.end) for d in view.dates]
    measured = any(index in view.token_indices(start, end) for start, end in spans)
    return (
        token.pos in {"NOUN", "PROPN"}  # "заложат Дворец спорта": a capitalised common noun
        and not (token.pos == "PROPN" and _adjective(token.text))  # "Камбаратинской ГЭС"
        and not measured  # "10 млн", "год России"
        and not _so_called(view, index, words)
        and token.feats.get("Animacy") != "Anim"
        and (view.mention_at(index) is None or _glued_to_place(view, index, words))
        and token.lemma not in words.non_project_objects | words.abstract_objects
        and (
            not token.lemma.endswith(words.abstract_suffixes)
            or token.lemma in words.structure_nouns
        )
        and token.lemma not in words.launch_words
        and not _no_project_in_particular(view, index, words)
    )


def _adjective(word: str) -> bool:
    """The dictionary reads the word first as an adjective: a capitalised one the tagger
    called a proper noun ("Камбаратинской" before "ГЭС-1") names nothing by itself."""
    readings = parses(word.lower())
    return bool(readings) and readings[0].tag.POS == "ADJF"


def _glued_to_place(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "открыла в Ржеве хоспис": the name finder glued the lowercase object onto the place
    before it ("Ржеве хоспис"); the object is a common noun, no name."""
    mention = view.mention_at(index)
    if mention is None or not view.tokens[index].text.islower():
        return False
    covered = view.token_indices(mention.start, mention.end)
    return (
        covered[-1] == index
        and len(covered) > 1
        and view.preposition(covered[0]) in words.place_prepositions
    )


def _so_called(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "откроют «альтернативный памятник»": a common noun in quotes is a so-called one;
    a quote that goes on past the noun ("«Новая станция будет открыта в мае», — сказал")
    is speech, and reports."""
    start = index
    while start > 0 and view.tokens[start - 1].pos == "ADJ":
        start -= 1
    if not (start > 0 and view.tokens[start - 1].text in words.quotes):
        return False
    for following in range(index + 1, len(view.tokens)):
        token = view.tokens[following]
        if token.text in words.closing_quotes:
            return True  # the quote closes on the noun's own words: a title
        if token.pos in {"VERB", "AUX", "PUNCT"}:
            return False  # a predicate inside the quote: speech
    return True


def _new_facility(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "появятся две новые поликлиники": a concrete project noun called new, no generic one."""
    return index < len(view.tokens) and view.tokens[index].lemma not in (
        words.generic_project_nouns | words.service_nouns
    ) and not words.body(view.tokens[index].lemma) and any(
        view.tokens[child].relation == "amod"
        and view.tokens[child].lemma in words.novelty_modifiers
        for child in view.children(index)
    )


def _part_of_named(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """ "на ней построят пять велопарковок": built on or in a project named before (a
    pronoun place), a part of it rather than a project of its own."""
    verbs = [verb]
    if view.tokens[verb].relation == "conj":  # "на ней установят … и построят …"
        verbs.append(view.tokens[verb].head)
    return any(
        view.tokens[child].pos == "PRON"
        and view.preposition(child) in words.part_prepositions
        for position in verbs
        if 0 <= position < len(view.tokens)
        for child in view.children(position)
    )


def _placed_or_sized(view: SentenceView, verb: int, index: int, words: InitiativeWords) -> bool:
    """ "открыли в Томской области полигон", "зал на 400 мест": an opened object with a
    place or a size is a facility."""
    subtree = set(view.subtree(index))
    sized = subtree | {  # "открыл коворкинг на 200 мест": the parser may hang it on the verb
        i
        for child in view.children(verb)
        if child > index and view.preposition(child) in words.capacity_prepositions
        for i in view.subtree(child)
    }
    if any(set(view.token_indices(q.start, q.end)) & sized for q in view.quantities):
        return True
    places = [
        i
        for child in view.children(verb)
        if view.preposition(child) in words.place_prepositions
        for i in view.subtree(child)
    ]
    return bool(view.mentions_in([*places, *subtree], _PLACE_TYPES))


def _framed_object(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The launching word whose frame makes a noun of no project list a project: the
    object of a building word ("возвели овощехранилище", "строительство арены", "заложили
    камень дата-центра"), or the placed or sized object of an opening word."""
    token = view.tokens[index]
    if token.pos not in {"NOUN", "PROPN"}:
        return None  # both frames below want a noun (`_concrete`, or a facility's name)
    participle = _building_participle(view, index, words)
    if participle is not None and _concrete(view, index, words):
        return participle
    head = token.head
    relative = None if 0 <= head < len(view.tokens) and words.launches(
        view.tokens[head].lemma, view.tokens[head].pos
    ) else _relative_launch(view, index, words)  # its own launching head comes first
    if relative is not None and _concrete(view, index, words):
        # "арена, строительство которой ведёт X": the relative pronoun stands for the arena
        governor = view.tokens[relative]
        return relative if words.builds(governor.lemma, governor.pos) else None
    if not 0 <= head < len(view.tokens) or not (
        view.tokens[head].lemma in words.frame_words
        or words.builds(view.tokens[head].lemma, view.tokens[head].pos)
    ):
        return None  # the cheap test first: only these words frame a project
    if not _concrete(view, index, words) or token.lemma in words.foundation_nouns:
        return None
    if _made_by_artist(view, head, words):
        return None  # "скульптор соорудил памятный знак": an artwork
    governor = view.tokens[head]
    genitive = token.relation == "nmod" and token.feats.get("Case") == "Gen" and index > head
    if governor.lemma in words.foundation_nouns and genitive:
        verb = governor.head
        if 0 <= verb < len(view.tokens) and words.builds(
            view.tokens[verb].lemma, view.tokens[verb].pos
        ):
            return verb
        return None
    objects = {"obj", "nsubj:pass"}
    if governor.lemma.endswith("ся"):  # "открылся ледовый дворец"
        objects.add("nsubj")
    if token.relation == "obj" and token.feats.get("Case") not in {"Acc", "Gen"}:
        return None  # a nominative "object" is the parser's misreading
    if (  # "открыла в Ржеве приют": an accusative with no preposition hung as an oblique
        token.relation == "obl"
        and token.feats.get("Case") == "Acc"
        and not view.preposition(index)
    ):
        objects.add("obl")
    between = range(min(head, index) + 1, max(head, index))
    if any(view.tokens[i].text in {":", ";"} for i in between):
        return None  # another clause
    if governor.pos == "VERB" and _part_of_named(view, head, words):
        return None
    # a listed work noun keeps its object in its own kind ("реконструкция набережной
    # Волги"); another building noun ("возведение трека") makes the object the project
    if words.builds(governor.lemma, governor.pos) and (
        (governor.pos == "VERB" and token.relation in objects)
        or (governor.pos == "NOUN" and genitive and governor.lemma not in words.project_nouns)
    ):
        return head
    if (
        governor.lemma in words.opening_words
        and governor.pos == "VERB"
        and token.relation in objects
        and _placed_or_sized(view, head, index, words)
    ):
        return head
    if (  # "Город получит новый сквер": a place receiving a new facility
        governor.lemma in words.receiving_verbs
        and governor.pos == "VERB"
        and token.relation == "obj"
        and _new_facility(view, index, words)
        and _place_subject(view, head, words)
    ):
        return head
    if (  # "в посёлке появится современная амбулатория": a new facility appears in a place
        governor.lemma in words.appearing_verbs
        and governor.feats.get("Tense") == "Fut"  # what appeared may be anything new
        and token.relation == "nsubj"
        and _new_facility(view, index, words)
        and _placed_in_settlement(view, head, words)
    ):
        return head
    if governor.lemma in words.opening_nouns and genitive and _held(view, head, words):
        return head  # "состоялось открытие ледового дворца": only a facility opens so
    return None


def _building_participle(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "осмотрел ход строящейся бани", "возводимого моста": a present participle of
    building on a noun tells the thing as a work under way, whatever the noun; a past one
    ("построенный в 1905 году дом") only describes a building that stands."""
    return next(
        (
            child
            for child in view.children(index)
            if view.tokens[child].relation == "amod"
            and view.tokens[child].feats.get("VerbForm") == "Part"
            and view.tokens[child].feats.get("Tense") == "Pres"
            and words.builds(view.tokens[child].lemma, "VERB")
        ),
        None,
    )


def _in_sum_of_money(view: SentenceView, index: int) -> bool:
    """The token is part of an amount in a currency (a quantity's unit is then an ISO code,
    "GBP", where other units are "%", "share" or a counted noun's lemma)."""
    return any(
        index in view.token_indices(q.start, q.end)
        and len(q.unit) == 3
        and q.unit.isascii()
        and q.unit.isupper()
        for q in view.quantities
    )


def _place_subject(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb's subject is a place: a named one or a settlement noun ("город", "жители")."""
    return any(
        view.tokens[child].relation.startswith("nsubj") and _names_settlement(view, child, words)
        for child in view.children(verb)
    )


def _placed_in_settlement(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb has a place oblique naming a place or a settlement ("в Лысьве", "в районе")."""
    return any(
        view.tokens[child].relation == "obl"
        and view.preposition(child) in words.place_prepositions
        and _names_settlement(view, child, words)
        for child in view.children(verb)
    )


def _names_settlement(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """The word is a named place or a settlement noun."""
    mention = view.mention_at(index)
    if mention is not None and mention.type in _PLACE_TYPES | {"GPE"}:
        return True
    return view.tokens[index].lemma in words.settlement_nouns


def _held(view: SentenceView, noun: int, words: InitiativeWords) -> bool:
    """The noun is what a happening verb says takes place ("состоится открытие")."""
    verb = view.tokens[noun].head
    return (
        view.tokens[noun].relation.startswith("nsubj")
        and 0 <= verb < len(view.tokens)
        and view.tokens[verb].lemma in words.happening_verbs
    )


def _made_by_artist(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The making word's subject is an artist ("скульптор", "художник"): what they make is
    an artwork. The parser often hangs a subject before the verb elsewhere, so a
    nominative noun earlier in the verb's clause counts too."""
    subjects = [c for c in view.children(verb) if view.tokens[c].relation.startswith("nsubj")]
    if not subjects:
        for position in range(verb - 1, -1, -1):
            if view.tokens[position].pos == "PUNCT":
                break
            if view.tokens[position].feats.get("Case") == "Nom":
                subjects.append(position)
    return any(view.tokens[s].lemma in words.artist_nouns for s in subjects)


def _product_activity(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "продажи новой модели": a product is sold, no service is started."""
    if view.tokens[index].lemma not in words.product_activity_nouns:
        return False
    return any(
        view.tokens[child].lemma in words.non_project_objects for child in view.children(index)
    )


def _named_body(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "создали Стратегический совет": a body founded under its new name is a project
    the name heads (founding words only; "Совет Федерации создал …" founds something
    else)."""
    mention = view.mention_at(index)
    return (
        mention is not None
        and words.body(view.tokens[index].lemma)
        and view.token_indices(mention.start, mention.end)[0] <= index
        and view.tokens[index].relation != "nsubj"
    )


def _segment_end(view: SentenceView, index: int, words: InitiativeWords) -> int:
    for position in range(index + 1, len(view.tokens)):
        token = view.tokens[position]
        if token.text in {";", ":"} or (
            token.text == ","
            and position + 1 < len(view.tokens)
            and view.tokens[position + 1].lemma in words.contrast_conjunctions
        ):
            return position
        if token.lemma in words.launch_words or (
            _is_project(view, position, words) and not _part_of_project(view, position, words)
        ):
            return position
    return len(view.tokens)


def _backers(view: SentenceView, verb: int, words: InitiativeWords) -> list[Mention]:
    """Organisations the launching verb names as partners ("создан вместе с X") or
    funders ("построили на средства фонда X", "за счёт X")."""
    found: list[Mention] = []
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].pos != "VERB":
        return found
    children = list(view.children(verb))
    children += [  # "создан вместе с X": the parser may hang X on "вместе"
        c for a in children if view.tokens[a].relation == "advmod" for c in view.children(a)
    ]
    for child in children:
        preposition = view.preposition(child)
        if preposition in words.partner_prepositions or (
            view.tokens[child].lemma in words.funding_nouns
            and not any(view.tokens[c].lemma in words.loan_nouns for c in view.children(child))
        ):
            found.extend(
                m
                for m in view.mentions_in(view.subtree(child), set(words.runner_types))
                if m not in found
            )
    return found


def _provided_for(view: SentenceView, launcher: int, words: InitiativeWords) -> int | None:
    """The document noun a launch hangs from ("соглашение о создании филиала"), if any."""
    for position in list(view.ancestors(launcher))[:2]:
        if view.tokens[position].lemma in words.document_nouns:
            return position
    return None


def _document_signers(view: SentenceView, document: int, words: InitiativeWords) -> list[Mention]:
    """Who signs the document: the organisations that are its verb's subject or are
    named after "с" on it ("X заключил с Y контракт на строительство …")."""
    verb = view.tokens[document].head
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].lemma not in words.signing_verbs:
        return []
    subjects = [c for c in view.children(verb) if view.tokens[c].relation.startswith("nsubj")]
    parts = [
        i
        for child in view.children(verb)
        if child in subjects or view.preposition(child) in words.partner_prepositions
        for i in view.subtree(child)
    ]
    found = view.mentions_in(parts, set(words.runner_types))
    if not found:  # "Таджикистан и Иран подписали соглашение о строительстве ГЭС"
        subject_parts = [i for child in subjects for i in view.subtree(child)]
        found = view.mentions_in(subject_parts, set(words.subject_runner_types))
    for subject in subjects if not found else []:  # "Фонд и мэрия подписали …"
        nouns = [subject] + [c for c in view.children(subject) if view.tokens[c].relation == "conj"]
        for noun in nouns:
            found.extend(m for m in _standing_for(view, noun, words) if m not in found)
    return found


def _named_project(view: SentenceView, index: int, words: InitiativeWords) -> Mention | None:
    """ "газопровода «Союз Восток»": the name right after the project noun is the
    project's own, not who runs it."""
    following = index + 1
    while following < len(view.tokens) and view.tokens[following].text in words.quotes:
        following += 1
    if following == index + 1 or following >= len(view.tokens):
        return None
    mention = view.mention_at(following)
    if mention is None or view.token_indices(mention.start, mention.end)[0] != following:
        return None
    return mention


def _earlier_runners(view: SentenceView, lemma: str, words: InitiativeWords) -> list[Argument]:
    """A project restated in a later sentence ("Строительство предприятия начнется
    весной") is run by whom the sentences before named running the same project."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    for back, sentence in enumerate(reversed(sentences[max(0, position - _LOOK_BACK) : position])):
        earlier = SentenceView.build(view.document, sentence, view.words)
        for claim in reversed(_claims(earlier, words, look_back=False)):
            restated = back == 0 and lemma in words.restating_nouns  # the one just before
            if not restated and lemma not in " ".join(claim.values("kind")).split():
                continue
            runners = [a for a in claim.arguments if a.role == "organisations"]
            if runners:
                return runners
    return []


def extract(view: SentenceView, words: InitiativeWords) -> list[Claim]:
    """The sentence's projects, a project restated later taking its runners from the
    sentences before; denied or rumoured projects (negated) are not reported."""
    return [
        claim
        for claim in _claims(view, words, look_back=True)
        if claim.modality != Modality.NEGATED
    ]


def _claims(view: SentenceView, words: InitiativeWords, look_back: bool) -> list[Claim]:
    claims = []
    for index, token in enumerate(view.tokens):
        named_body = _named_body(view, index, words)
        listed = _is_project(view, index, words)
        framed = None if named_body else _framed_object(view, index, words)
        if not (listed or named_body or framed is not None) or _part_of_project(
            view, index, words
        ):
            continue
        launcher = _launcher(view, index, words) if listed or named_body else None
        if launcher is None:
            launcher = framed
        if launcher is None and listed:
            launcher = _held_since(view, index, words)
        if launcher is None and listed:  # "построят вторую очередь центра": through its phase
            phase = _genitive_holder(view, index, words)
            if (
                phase is not None
                and view.tokens[phase].lemma in words.phase_nouns
                and not _generic_topic(view, view.tokens[phase].head, words)
            ):  # not "проект по строительству третьей очереди комплекса": the project is
                launcher = view.tokens[phase].head
        if launcher is None:
            continue
        if _not_reported(view, index, launcher, words) or _framing_noun(view, index, words):
            continue
        if view.preposition(index) in words.landmark_prepositions:
            continue  # "парк возле ледовой арены": the arena only places the park
        if (
            _setting_of_launch(view, index, launcher, words)
            or _funder(view, index, launcher, words)
            or _doers_place(view, index, launcher)
            or _operated_on(view, index, launcher, words)
            or _designed_work(view, index, launcher, words)
            or _unfunded_purpose(view, launcher, words)
        ):
            continue
        if named_body and view.tokens[launcher].lemma not in words.founding_words:
            continue
        if token.lemma in words.held_operation_nouns and not any(
            view.tokens[c].lemma in words.joint_modifiers for c in view.children(index)
        ):
            continue  # "спасатели провели учения": a drill; joint exercises are a project
        if token.lemma in words.cooperation_nouns and (
            view.tokens[launcher].lemma not in words.cooperation_launchers
        ):
            continue
        # a body is founded, a service started, by the word that governs it ("открыл
        # заседание совета" opens a sitting, founds no council)
        governs = launcher == view.tokens[index].head
        if words.body(token.lemma) and (
            view.tokens[launcher].lemma not in words.founding_words or not governs
        ):
            continue
        own_launchers = words.noun_launchers.get(token.lemma, frozenset())
        if token.lemma in words.service_nouns and (
            view.tokens[launcher].lemma not in words.start_words | words.holding_verbs
            | words.operating_verbs | own_launchers
            or not governs
        ):
            continue
        field_launched = view.tokens[launcher].lemma in words.field_launchers and not (
            view.tokens[launcher].lemma in words.going_out_verbs
            and token.lemma not in words.field_nouns
        )  # "вышли на патрулирование": out on an activity, no market entered
        if (token.lemma in words.field_nouns) != field_launched or (
            field_launched and not governs
        ):
            continue  # a field is developed, and developing launches only a field
            # ("освоение космоса и исследования" launches no research)
        if _product_activity(view, index, words):
            continue
        if token.lemma in words.service_nouns and _starts_another(view, index, launcher, words):
            continue  # "экспедиция приступила к раскопкам": the excavations are started
        if words.body(token.lemma) and _active_subject(view, index, launcher):
            continue  # "компания создала сервис": the body founds, is not founded
        if (
            view.tokens[launcher].lemma in words.going_out_verbs
            and token.head == launcher
            and token.relation.startswith("nsubj")
        ):
            continue  # "на уборку вышли школы": the school goes out, is not launched
        if _not_one_project(view, index, launcher, words) or _hosts_another(
            view, index, launcher, words
        ):
            continue
        end = _segment_end(view, index, words)
        kind_indices = _kind(view, index, end, words)
        if (  # "модернизация железной дороги": the work on the road is the project
            view.tokens[launcher].lemma in words.renovation_nouns
            and token.head == launcher
            and launcher < min(kind_indices)
        ):
            # with the work's own object: "реконструкция набережной Волги" keeps the name
            work_kind = _kind(view, launcher, _work_end(view, launcher, words), words)
            kind_indices = list(range(launcher, max(*kind_indices, *work_kind) + 1))
        holder = _genitive_holder(view, index, words)
        if _held_by_work(view, holder, words) and holder is not None:
            first = min(_kind(view, holder, index, words))  # "нового корпуса больницы"
            kind_indices = list(range(first, max(kind_indices) + 1))
        body = view.mention_at(index) if named_body else None
        if body is not None:
            kind_indices = view.token_indices(body.start, body.end)
        design_of_work = _design_of_work(view, index, launcher, words)
        if design_of_work:  # "проект строительства спортивного зала": the hall is the kind
            built = [  # a listed facility ends the work's own stretch: add its words
                position
                for child in view.children(launcher)
                if view.tokens[child].relation == "nmod" and not view.preposition(child)
                for position in _kind(view, child, _segment_end(view, child, words), words)
            ]
            kind_indices = sorted(
                {
                    *kind_indices,
                    *_kind(view, launcher, _work_end(view, launcher, words), words),
                    *built,
                }
            )
        value, span = view.phrase(kind_indices)
        arguments = [Argument("kind", value.lower(), span)]
        if token.lemma in words.generic_project_nouns and (
            not _described(view, index, words)
            or _defined_as_work(view, index, launcher, words)
        ):
            continue
        if _in_title(view, launcher, words):
            continue
        if _in_background(view, launcher, words) or _opens_something_else(
            view, index, launcher, words
        ):
            continue
        if _runner_named_before(view, index, launcher, words):
            continue
        if token.lemma in words.launch_words and any(
            _is_project(view, child, words)
            or _framed_object(view, child, words) == index
            # "строительство первой очереди предприятия": the plant's phase is the project
            or any(
                _is_project(view, g, words) and _genitive_holder(view, g, words) == child
                for g in view.children(child)
            )
            for child in view.children(index)
        ):
            continue  # "строительство завода": the plant is the project
        segment = list(range(index, end))
        verb_parts: list[int] = []
        subject_parts: list[int] = []
        subjects: list[int] = []
        verb = launcher
        if view.tokens[verb].pos != "VERB" and 0 <= view.tokens[verb].head < len(view.tokens):
            verb = view.tokens[verb].head  # "начнет работу кампус": the verb above "работу"
        if (  # "выделил финансирование на создание центра": the verb above the money
            view.tokens[verb].lemma in words.money_nouns
            and 0 <= view.tokens[verb].head < len(view.tokens)
        ):
            verb = view.tokens[verb].head
        if view.tokens[verb].pos == "VERB":
            for child in view.children(verb):
                relation = view.tokens[child].relation
                if _framing_noun(view, child, words):
                    continue  # "в соответствии с соглашением с X": X signed, runs nothing
                if (
                    relation.startswith("nsubj")
                    or (relation == "obl" and child < index)
                    or _idiom(view, child, words)  # "создан на базе университета"
                ):
                    verb_parts.extend(view.subtree(child))
                # "открылся памятник Рахманинову": the project itself as the subject; the
                # person or place it names is whom it honours, and runs nothing
                # nor the launching noun itself ("строительство моста в Кирове ведется"):
                # the places in it are the project's
                if relation.startswith("nsubj") and child not in {index, launcher}:
                    subject_parts.extend(view.subtree(child))
                    subjects.append(child)
            controller = view.tokens[verb].head
            controlled = view.tokens[verb].relation in words.controlled_relations
            decision = _decided_by(view, verb, words)
            if decision is not None:  # "ОБСЕ приняла решение направить миссию"
                controller, controlled = decision, True
            if (
                controlled
                and 0 <= controller < len(view.tokens)
                and not any(
                    view.tokens[c].relation.startswith("nsubj") for c in view.children(verb)
                )
            ):
                for child in view.children(controller):  # not the project told first
                    if view.tokens[child].relation.startswith("nsubj") and child != index:
                        verb_parts.extend(view.subtree(child))
                        subject_parts.extend(view.subtree(child))
                        subjects.append(child)
        between = [  # "создание в Казани лаборатории": what the launching noun holds
            i
            for child in view.children(launcher)
            if launcher < child < index and view.tokens[launcher].pos == "NOUN"
            for i in view.subtree(child)
        ]
        runner_places = [i for i in segment + verb_parts + between if i not in kind_indices]
        own_name = _named_project(view, index, words)
        worked_on = (  # "реконструкция здания театра «X»": X is worked on, runs nothing
            set(view.subtree(index))
            if view.tokens[index].lemma in words.renovation_nouns
            or view.tokens[launcher].lemma in words.renovation_nouns
            else set()
        )
        organisations = [
            m
            for m in view.mentions_in(runner_places, set(words.runner_types))
            if m != body and m != own_name
            and not set(view.token_indices(m.start, m.end)) & worked_on
        ]
        organisations.extend(m for m in _backers(view, verb, words) if m not in organisations)
        document = _provided_for(view, launcher, words)
        if document is not None and not organisations:
            organisations = _document_signers(view, document, words)
        if not organisations:
            organisations = _announcers(view, launcher, words)
        for mention in view.mentions_in(subject_parts, set(words.subject_runner_types)):
            if mention not in organisations and mention != body:
                organisations.append(mention)
        if not organisations:
            for subject in subjects:
                organisations.extend(
                    _city_government(view, subject, words)
                    or _standing_for(view, subject, words)
                    or _government_of_place(view, subject, words)
                )
        planned_by = _plan_owner_parts(view, verb, launcher, words)
        if not organisations and planned_by:  # "в планах сети «X» открытие гипермаркетов"
            organisations = view.mentions_in(planned_by, set(words.runner_types))
        if not organisations:
            organisations = _budget_owner(view, words)
        if (
            not organisations
            and view.tokens[launcher].lemma in words.runner_needed_launchers
            and not (  # "катера вышли на патрулирование": no market needing an entrant
                view.tokens[launcher].lemma in words.going_out_verbs
                and token.lemma not in words.field_nouns
            )
            and not _new_facility(view, index, words)
            and not (  # "в области появится особая экономическая зона": a place receives a
                # project its modifiers name (a bare "сервис появится ещё в пяти городах"
                # restates one named before)
                view.tokens[launcher].lemma in words.appearing_verbs
                and _placed_in_settlement(view, launcher, words)
                and any(view.tokens[c].relation == "amod" for c in view.children(index))
            )
        ):
            continue
        if not organisations:
            organisations = _clause_runners(view, index, launcher, words)
        if not organisations:
            organisations = _frame_runners(view, words)
        if _long_finished(view, launcher, verb, words):
            continue
        arguments.extend(_runner_arguments(view, organisations, words))
        if not organisations and look_back:
            restating = [view.tokens[i].lemma for i in [*kind_indices, index]]
            lemma = next((w for w in restating if w in words.restating_nouns), token.lemma)
            earlier = _earlier_runners(view, lemma, words)
            arguments.extend(earlier)
            if not earlier:
                arguments.extend(_runner_arguments(view, _runners_named_after(view, words), words))
        verb_places = [  # "Фабрика откроется в Пензе": the place the project's verb names
            i
            for child in (view.children(verb) if view.tokens[verb].pos == "VERB" else [])
            if child > index
            and view.tokens[child].relation == "obl"
            and view.preposition(child) in words.place_prepositions
            for i in view.subtree(child)
        ]
        places = view.mentions_in(runner_places + verb_places, _PLACE_TYPES)
        arguments.extend(
            _place_and_start(view, [m for m in places if m not in organisations], words)
        )
        for quantity in view.quantities:
            if view.token_indices(quantity.start, quantity.end)[0] in segment:
                arguments.append(
                    Argument("figures", quantity.text, view.text_span(quantity.start, quantity.end))
                )
        modality = view.modality(launcher)
        if modality == Modality.FACT and (
            design_of_work
            or view.tokens[verb].lemma in words.plan_nouns
            or _intended(view, launcher, words)
            or document is not None
            or (view.tokens[verb].pos == "VERB" and _decided_by(view, verb, words) is not None)
            or _unachieved_infinitive(view, verb, words)
        ):
            modality = Modality.PLANNED
        claims.append(view.claim("initiative", arguments, modality))
    kinds = [value for claim in claims for value in claim.values("kind")]
    claims.extend(  # a renovation both read as a project and funded is one claim
        claim
        for claim in _funded_works(view, words)
        if not any(
            known.startswith(value) or value.startswith(known)
            for value in claim.values("kind")
            for known in kinds
        )
    )
    claims.extend(_started_activities(view, words))
    kinds = [value for claim in claims for value in claim.values("kind")]
    claims.extend(
        claim
        for claim in relocations(view, words)
        if not set(claim.values("kind")) & set(kinds)
    )
    if not claims:
        claims.extend(_launched_by_reference(view, words, look_back))
    return claims


def _activity_noun(lemma: str, words: InitiativeWords) -> str | None:
    """The project noun a verb of doing names ("патрулировать" → "патрулирование"): the
    verb's stem with the noun ending of its kind, when that noun is a listed activity."""
    for verb_ending, noun_ending in words.activity_derivations:
        if lemma.endswith(verb_ending):
            noun = lemma[: -len(verb_ending)] + noun_ending
            return noun if noun in words.project_nouns else None
    return None


def _started_activities(view: SentenceView, words: InitiativeWords) -> list[Claim]:
    """ "пограничники начали патрулировать границу": an activity of a project noun told by
    its verb, started by a start word ("начали", "приступили"), is that project started;
    its subject runs it."""
    claims = []
    for index, token in enumerate(view.tokens):
        start = token.head
        if (
            token.pos != "VERB"
            or token.relation != "xcomp"
            or not 0 <= start < len(view.tokens)
            or view.tokens[start].lemma not in words.start_words
        ):
            continue
        noun = _activity_noun(token.lemma, words)
        if noun is None or _in_background(view, start, words):
            continue
        arguments = [Argument("kind", noun, view.text_span(
            view.tokens[index].start, view.tokens[index].end
        ))]
        subjects = [
            c for c in view.children(start) if view.tokens[c].relation.startswith("nsubj")
        ]
        subject_parts = [i for c in subjects for i in view.subtree(c)]
        runners = view.mentions_in(subject_parts, set(words.runner_types))
        runners.extend(
            m for m in view.mentions_in(subject_parts, set(words.subject_runner_types))
            if m not in runners
        )
        arguments.extend(_runner_arguments(view, runners, words))
        modality = view.modality(start)
        if modality == Modality.FACT and _intended(view, start, words):
            modality = Modality.PLANNED
        claims.append(view.claim("initiative", arguments, modality))
    return claims


def _held_since(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "с 1 января Минфин проведет эксперимент": an activity held from a date on is
    started by the verb that holds it (a holding verb alone, "провели эксперимент", is a
    one-off); a service "будет действовать с 2013 года" is started by working from it."""
    head = view.tokens[index].head
    token = view.tokens[index]
    if not 0 <= head < len(view.tokens) or not any(
        date.relation == "since" for date in view.dates
    ):
        return None
    service = token.lemma in words.service_nouns or _service_system(view, index, words)
    if service and (
        view.tokens[head].lemma in words.holding_verbs
        or (
            view.tokens[head].lemma in words.operating_verbs
            and token.relation.startswith("nsubj")
        )
    ):
        return head
    return None


def _decided_by(view: SentenceView, verb: int, words: InitiativeWords) -> int | None:
    """ "приняла решение направить миссию": the verb that governs the decision noun an
    infinitive launch complements (its subject runs the project, still planned)."""
    noun = view.tokens[verb].head
    if (
        view.tokens[verb].feats.get("VerbForm") == "Inf"
        and 0 <= noun < len(view.tokens)
        and view.tokens[noun].lemma in words.decision_nouns
        and 0 <= view.tokens[noun].head < len(view.tokens)
        and view.tokens[view.tokens[noun].head].pos == "VERB"
    ):
        return view.tokens[noun].head
    return None


def _starts_another(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """The noun is the active subject of a start word that governs another project
    ("экспедиция приступила к раскопкам"): it starts that one, is not started."""
    return _active_subject(view, index, launcher) and any(
        child != index and _is_project(view, child, words) for child in view.children(launcher)
    )


def _active_subject(view: SentenceView, index: int, launcher: int) -> bool:
    """The noun is the active subject of the launching verb: it does the founding."""
    return (
        view.tokens[index].relation == "nsubj"
        and view.tokens[index].head == launcher
        and view.tokens[launcher].feats.get("Voice") != "Pass"
    )


def _hosts_another(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "В аэропорту открылся терминал": the project noun is where the launch happens;
    the project launched is the verb's subject or object."""
    return (
        view.tokens[index].head == launcher
        and view.preposition(index) in words.place_prepositions
        and any(
            view.tokens[c].relation in {"nsubj", "nsubj:pass", "obj"}
            and (_is_project(view, c, words) or _framed_object(view, c, words) == launcher)
            for c in view.children(launcher)
        )
    )


def _setting_of_launch(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "Ракету запустили с космодрома", "на водохранилище начнётся заполнение", "в музее
    открылась выставка": a facility on the launching word in the case of a setting ("с" +
    genitive, "на" or "в" + locative) is whence or where something else starts; a work
    noun there ("начали с ремонта") is still the thing started, and a work noun's own
    place is what it works on ("капитальный ремонт в четырёх школах")."""
    token = view.tokens[index]
    work = view.tokens[launcher]
    cases = words.setting_prepositions.get(view.preposition(index) or "", frozenset())
    return (
        token.head == launcher
        and token.feats.get("Case") in cases
        and token.lemma not in words.launch_words | words.service_nouns
        and not (work.pos == "NOUN" and words.builds(work.lemma, work.pos))
    )


def _funder(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "ещё 60 млн вложит сам вуз": the subject of a funding verb pays, it is not what
    is funded."""
    return (
        view.tokens[index].relation == "nsubj"
        and view.tokens[index].head == launcher
        and view.tokens[launcher].lemma in words.funding_verbs | words.investing_verbs
    )


def _doers_place(view: SentenceView, index: int, launcher: int) -> bool:
    """ "фигуру восстановили художники местной мастерской": a facility that hangs on the
    people who do the launching is where they come from, not what they launch."""
    holder = view.tokens[index].head
    return (
        0 <= holder < len(view.tokens)
        and view.tokens[holder].head == launcher
        and view.tokens[holder].relation.startswith("nsubj")
        and view.tokens[holder].feats.get("Animacy") == "Anim"
    )


def _operated_on(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "начнётся заполнение водохранилища", "началось обследование стадиона": what starts
    is an operation on a facility that stands, named by an action noun of no list."""
    holder = view.tokens[index].head
    if not 0 <= holder < len(view.tokens) or holder == launcher:
        return False
    action = view.tokens[holder]
    return (
        action.head == launcher
        and action.pos == "NOUN"
        and view.tokens[index].relation == "nmod"
        and view.tokens[index].feats.get("Case") == "Gen"
        and action.lemma.endswith(words.activity_suffixes)
        and action.lemma not in words.launch_words | words.project_nouns
    )


def _designed_work(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "рассмотрели проект строительства новой школы": the design claim names the school;
    the building work inside the design is no second project."""
    work = view.tokens[launcher]
    return (
        view.tokens[index].head == launcher
        and 0 <= work.head < len(view.tokens)
        and _design_of_work(view, work.head, launcher, words)
    )


def _unfunded_purpose(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "направил на ремонт школы новую технику": a work a verb of funding sends no money
    to is only what equipment or people are sent for."""
    work = view.tokens[launcher]
    return (
        work.pos == "NOUN"
        and view.preposition(launcher) in words.purpose_prepositions
        and 0 <= work.head < len(view.tokens)
        and view.tokens[work.head].lemma in words.funding_verbs
        and not _money_given(view, work.head, words)
    )


def _not_reported(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """The frame says no project is reported: a design ("проект здания разработало бюро"),
    talk ("обсуждают строительство"), a hedge ("о возможном строительстве"), a facility
    that already stands ("действующий терминал построен в 1960-х"), or a past plan not
    carried out ("собирался построить центр, однако отказался")."""
    designs = [
        i for i in (index, launcher)
        if view.tokens[i].lemma in words.design_nouns
        and any(view.tokens[c].feats.get("Case") == "Gen" for c in view.children(i))
    ]
    if designs and (
        {view.tokens[h].lemma for h in [launcher, *list(view.ancestors(launcher))[:1]]}
        & words.design_verbs
    ):
        return True
    above = [launcher, *list(view.ancestors(launcher))[:2]]
    if any(view.tokens[h].lemma in words.talk_verbs for h in above):
        return True  # talked about
    if _topic_listed(view, launcher, words):
        return True
    if any(view.tokens[h].lemma in words.readiness_words for h in above) and not _committed_sum(
        view, launcher, words
    ):
        return True  # only offered ("готов открыть набор, если …")
    if any(view.tokens[h].lemma in words.pace_verbs | words.participation_verbs for h in above):
        return True  # "ускорить реализацию проекта", "участвует в проекте создания зоны":
        # a project under way, sped up or joined
    # "вопрос о выделении средств для выкупа жилья или строительства нового жилья": a
    # talk noun anywhere up the chain of nouns above the launch
    nouns_above = takewhile(lambda h: view.tokens[h].pos != "VERB", view.ancestors(launcher))
    if any(view.tokens[h].lemma in words.talk_nouns for h in nouns_above):
        return True
    if _so_called(view, index, words) or _built_place(view, index, launcher, words):
        return True
    if view.preposition(index) in words.background_prepositions:
        return True  # "откроют после реконструкции стадион": the works only date the opening
    if _proposed_by_person(view, launcher, words):
        return True
    verb = launcher if view.tokens[launcher].pos == "VERB" else view.tokens[launcher].head
    if 0 <= verb < len(view.tokens) and any(  # "велосипедисты нелегально построили трассы"
        view.tokens[c].lemma in words.illegal_modifiers for c in view.children(verb)
    ):
        return True
    modifiers = {
        view.tokens[c].lemma for i in {index, launcher} for c in view.children(i)
        if view.tokens[c].relation == "amod"
    }
    if modifiers & (words.hedge_modifiers | words.existing_modifiers):
        return True
    past_plan = any(
        view.tokens[h].lemma in words.past_intention_verbs
        and view.tokens[h].feats.get("Tense") == "Past"
        for h in above
    )
    return past_plan and any(t.lemma in words.contrast_words for t in view.tokens)


def _design_of_work(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "рассмотрен проект строительства нового спортивного зала": a design whose genitive
    is a work of building names the building it plans; the work is still to be done."""
    launching = view.tokens[launcher]
    return (
        view.tokens[index].lemma in words.design_nouns
        and launching.head == index
        and launching.relation == "nmod"
        and launching.feats.get("Case") == "Gen"
        and words.builds(launching.lemma, launching.pos)
        and any(view.tokens[c].relation == "nmod" for c in view.children(launcher))
    )


def _work_end(view: SentenceView, work: int, words: InitiativeWords) -> int:
    """Where a work's own object ends: the next boundary past the work noun itself."""
    end = _segment_end(view, work, words)
    return end if end > work + 1 else len(view.tokens)


def _topic_listed(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "вопросы касались состояния дорог, уличного освещения, благоустройства дворов",
    "обсуждались проблемы, такие как …, перспективы открытия аэропорта": a work anywhere in
    a list or a chain of nouns under a topic noun, or under a verb of talking, asking or
    complaining, is what was raised, not a project. The chain stops at the first verb."""
    current, seen = launcher, {launcher}
    while True:
        token = view.tokens[current]
        if current != launcher and token.lemma in (
            words.talk_nouns | words.topic_nouns | words.talk_verbs  # "Говорили" read as ADV
        ):
            return True
        if current != launcher and token.pos in {"VERB", "AUX"}:
            return token.lemma in words.talk_verbs
        head = token.head
        if not 0 <= head < len(view.tokens) or head in seen:
            return False
        seen.add(head)
        current = head


def _defined_as_work(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "Главный проект – строительство дороги": a generic project noun a launching noun
    defines (one governs the other, a dash between) is no project of its own: the road is."""
    if view.tokens[launcher].lemma not in words.launch_words or view.tokens[launcher].pos != "NOUN":
        return False  # "Проект бассейна — модульный": a design described, not a work defined
    linked = view.tokens[launcher].head == index or view.tokens[index].head == launcher
    low, high = sorted((index, launcher))
    return linked and any(
        view.tokens[i].text in words.definition_dashes for i in range(low + 1, high)
    )


def _plan_owner_parts(
    view: SentenceView, plan: int, launcher: int, words: InitiativeWords
) -> list[int]:
    """ "в планах сети «X» открытие …": the words naming whose plans hold the launch."""
    if view.tokens[plan].lemma not in words.plan_nouns or launcher == plan:
        return []
    own = set(view.subtree(launcher))
    return [
        i
        for child in view.children(plan)
        if view.tokens[child].relation == "nmod" and child not in own
        for i in view.subtree(child)
    ]


def _earlier_listed_project(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "двух центров – в Туле и Ефремове, а также трёх роддомов": the nearest project noun
    before a listed one, in its case and with no verb between, is the list's first item."""
    case = view.tokens[index].feats.get("Case")
    for position in range(index - 1, -1, -1):
        token = view.tokens[position]
        if token.pos in {"VERB", "AUX"} or token.text in {".", ";", ":", "!", "?"}:
            return None
        if (
            _is_project(view, position, words)
            and token.lemma not in words.generic_project_nouns
            and token.feats.get("Case") == case
        ):
            return position
    return None


def _committed_sum(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "готово вложить 540 млн рублей в производство": readiness to put a named sum into a
    work, with no condition in the sentence, is a plan, not an offer."""
    verb = view.tokens[launcher].head if view.tokens[launcher].pos != "VERB" else launcher
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].lemma not in words.investing_verbs:
        return False
    if any(t.lemma in words.condition_words for t in view.tokens):
        return False
    return any(
        view.token_indices(quantity.start, quantity.end)[0] in view.subtree(verb)
        for quantity in view.quantities
    )


def _built_place(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "В построенном в прошлом году центре прошла выставка": a participle of building
    describes a facility that serves as the place of something else; the news is what
    happens there, not the build."""
    participle = view.tokens[launcher]
    return (
        participle.feats.get("VerbForm") == "Part"
        and participle.head == index
        and view.tokens[index].relation in {"obl", "nmod"}
        and view.preposition(index) in words.place_prepositions
    )


def _proposed_by_person(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Депутат Игорь Савельев предложил построить канатную дорогу", "депутаты думы
    предложили построить диспансер": a proposal by people is an opinion; nobody has taken
    the project on (a government's proposal is left to the other rules)."""
    for head in [launcher, *list(view.ancestors(launcher))[:2]]:
        if view.tokens[head].lemma not in words.proposal_verbs:
            continue
        subjects = [c for c in view.children(head) if view.tokens[c].relation.startswith("nsubj")]
        return any(
            view.mentions_in(view.subtree(c), {"PER"})
            or view.tokens[c].feats.get("Animacy") == "Anim"
            for c in subjects
        )
    return False


def _government_of_place(view: SentenceView, subject: int, words: InitiativeWords) -> list[Mention]:
    """ "Власти города откроют стадион": the government of the city (region …) the report
    named before, found by `organisation_meant` among the places."""
    token = view.tokens[subject]
    if token.lemma not in words.government_nouns:
        return []
    for child in view.children(subject):
        territory = view.tokens[child]
        noun = words.territory_adjectives.get(territory.lemma, territory.lemma)
        if noun in words.territory_nouns and not view.mentions_in([child]):
            meant = organisation_meant(  # the place the report introduced, paragraphs up
                view.document, noun, territory.start, _PLACE_TYPES, _INTRODUCED_LOOK_BACK,
                any_named_back=_INTRODUCED_LOOK_BACK,
            )  # fmt: skip
            return [meant] if meant is not None else []
    return []


def _runner_named_before(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "Компания «Светловская верфь» …" then "Верфь начнет работы": a project noun with no
    name of its own as the subject of the launch stands for the organisation the report
    introduced by that noun (`organisation_meant`); it runs the launch, it is not built."""
    token = view.tokens[index]
    if not token.relation.startswith("nsubj") or token.head != launcher:
        return False
    if any(view.tokens[c].relation == "amod" for c in view.children(index)):
        return False  # "новая верфь начнет работу": a new one
    meant = organisation_meant(
        view.document, token.lemma, token.start, words.runner_types, _INTRODUCED_LOOK_BACK
    )
    return meant is not None and meant.start < token.start


def _announcers(view: SentenceView, launcher: int, words: InitiativeWords) -> list[Mention]:
    """ "Стороны объявили о начале строительства линии": who announces a launch runs it
    (the subject of the verb a launching noun hangs from)."""
    if view.tokens[launcher].pos == "VERB":
        return []
    for verb in list(view.ancestors(launcher))[:2]:
        if view.tokens[verb].pos != "VERB":
            continue
        if view.tokens[verb].lemma not in words.announcing_verbs:
            return []  # "рассказал о строительстве": a speaker, not who builds
        for child in view.children(verb):
            if view.tokens[child].relation.startswith("nsubj"):
                types = set(words.runner_types) | set(words.subject_runner_types)
                found = view.mentions_in(view.subtree(child), types)
                return found or _standing_for(view, child, words)
        return []
    return []


def _not_one_project(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """A class of projects ("такие центры"), building an abstraction ("строительство
    гражданского общества"), or a launch only made possible ("позволит построить цех")."""
    if any(view.tokens[c].lemma in words.class_determiners for c in view.children(index)):
        return True
    if view.tokens[index].lemma in words.launch_words and any(
        view.tokens[c].lemma in words.abstract_objects for c in view.children(index)
    ):
        return True
    chain = [launcher, *list(view.ancestors(launcher))[:2]]
    return any(view.tokens[position].lemma in words.enabling_verbs for position in chain)


def _is_work(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    token = view.tokens[index]
    return (
        token.pos == "NOUN"
        and token.lemma not in words.payment_nouns
        and (token.lemma in words.work_nouns or token.lemma.endswith(words.work_suffixes))
    )


def _funded_works(view: SentenceView, words: InitiativeWords) -> list[Claim]:
    """ "Мэрия выделила 40 млн рублей на ремонт набережной": money given for a work of no
    project noun (a project noun is read by `extract`) launches that work."""
    claims = []
    for verb, token in enumerate(view.tokens):
        if token.pos != "VERB" or token.lemma not in words.funding_verbs | words.provision_verbs:
            continue
        children = view.children(verb)
        if token.lemma in words.provision_verbs and any(
            other.lemma in words.budget_nouns
            and view.preposition(position) in words.place_prepositions
            for position, other in enumerate(view.tokens)
        ):
            continue  # "в бюджете предусмотрено 2 млрд на ремонт домов": a budget line
        works = [
            c
            for c in children
            if view.preposition(c) in words.purpose_prepositions and _is_work(view, c, words)
        ]
        given = [  # "выделит 5 млн", "предусмотрено 5 млн" (the money as a passive subject)
            i
            for c in children
            if view.tokens[c].relation in {"obj", "nsubj:pass"}
            for i in view.subtree(c)
        ]
        amounts = [
            q for q in view.quantities if set(view.token_indices(q.start, q.end)) & set(given)
        ]
        money = amounts or any(view.tokens[i].lemma in words.money_nouns for i in given)
        if not works or not money:
            continue
        work = works[0]
        if any(
            _is_project(view, i, words)
            for i in view.subtree(work)
            if i != work or view.tokens[work].lemma not in words.renovation_nouns
        ):
            continue  # "на строительство завода": the plant is read as a project; a listed
            # work ("на исследования") too, but not a renovation of an unlisted thing
            # ("на реконструкцию полосы"), which no other reading takes
        if (
            _in_background(view, verb, words)
            or _not_one_project(view, work, verb, words)
            or _no_project_in_particular(view, work, words)
        ):
            continue
        stop = work
        while stop + 1 < len(view.tokens) and (
            (view.tokens[stop + 1].pos in {"NOUN", "ADJ"}
             and view.tokens[stop + 1].feats.get("Case") == "Gen")
            or (view.tokens[stop + 1].pos == "CCONJ" and stop + 2 < len(view.tokens)
                and view.tokens[stop + 2].feats.get("Case") == "Gen")
        ):
            stop += 1
        value, span = view.phrase(list(range(work, stop + 1)))
        arguments = [Argument("kind", value.lower(), span)]
        subjects = [c for c in children if view.tokens[c].relation.startswith("nsubj")]
        subject_parts = [i for c in subjects for i in view.subtree(c)]
        runners = view.mentions_in(subject_parts, set(words.subject_runner_types))
        runners.extend(
            m for m in view.mentions_in(subject_parts, set(words.runner_types)) if m not in runners
        )
        if not runners:
            for subject in subjects:
                runners.extend(
                    _city_government(view, subject, words)
                    or _standing_for(view, subject, words)
                    or _government_of_place(view, subject, words)
                )
        if not runners:
            runners = _budget_owner(view, words) or _runners_named_after(view, words)
        arguments.extend(_runner_arguments(view, runners, words))
        places = [
            m
            for m in view.mentions_in(view.subtree(work), _PLACE_TYPES)
            if m not in runners
        ]
        arguments.extend(_place_and_start(view, places, words))
        arguments.extend(
            Argument("figures", q.text, view.text_span(q.start, q.end)) for q in amounts
        )
        modality = view.modality(verb)
        if modality == Modality.FACT and _intended(view, verb, words):
            modality = Modality.PLANNED
        claims.append(view.claim("initiative", arguments, modality))
    return claims


def _launched_by_reference(
    view: SentenceView, words: InitiativeWords, look_back: bool
) -> list[Claim]:
    """ "Её запустили 6 сентября", "Объект планируется сдать в 2016 году", "решение о его
    строительстве": a launching word whose object is a pronoun or a word that restates a
    project ("объект", "стройка") launches the project claimed (or named) in the sentences
    just before, the pronoun agreeing with it."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position == 0:
        return []
    claims = []
    for verb, token in enumerate(view.tokens):
        carried_out = token.lemma in words.carrying_out_verbs
        if (
            token.lemma not in words.launch_words and not carried_out
        ) or token.lemma in words.runner_needed_launchers:
            continue
        if token.pos == "VERB":
            relations = {"obj", "nsubj:pass"}
            if carried_out:
                relations.add("nsubj")  # "проект реализуется"
        elif token.pos == "NOUN":
            relations = {"nmod"}  # "о его строительстве" ("её ремонт" is no new work)
        else:
            continue
        restating = words.project_referents | (
            words.carried_out_referents if carried_out else frozenset()
        )
        referents = [
            c
            for c in view.children(verb)
            if (
                view.tokens[c].relation in relations
                and view.tokens[c].lemma in words.project_pronouns
            )
            or (
                view.tokens[c].relation in relations
                and view.tokens[c].lemma in restating
                and not any(view.tokens[g].relation == "nmod" for g in view.children(c))
                and not _new_designs(view, c, words)
            )
        ]
        if not referents:
            continue
        head = token.head
        if (  # "во время инспектирования строительства объекта": an operation on the build
            token.pos == "NOUN"
            and view.tokens[referents[0]].lemma not in words.project_pronouns
            and 0 <= head < len(view.tokens)
            and view.tokens[head].pos == "NOUN"
            and view.tokens[head].lemma.endswith(words.abstract_suffixes)
            and view.tokens[head].lemma not in words.launch_words
        ):
            continue
        if token.pos == "NOUN" and _during(view, verb, words):
            continue  # "во время осмотра строительства объекта": the time of a visit
        if token.pos == "NOUN" and view.preposition(verb) in (
            words.background_prepositions | words.accompanying_prepositions
        ):
            continue  # "после его ввода в строй", "с его запуском": the time or condition
        referent = view.tokens[referents[0]]
        gender = referent.feats.get("Gender") if referent.pos == "PRON" else None
        project = _antecedent_project(view, position, gender, words)
        if project is None:
            continue
        kind, earlier_runners = project
        arguments = [Argument("kind", kind, view.text_span(referent.start, referent.end))]
        subjects = [c for c in view.children(verb) if view.tokens[c].relation.startswith("nsubj")]
        runners = view.mentions_in(
            [i for c in subjects for i in view.subtree(c)],
            set(words.subject_runner_types) | set(words.runner_types),
        )
        runners.extend(m for m in _backers(view, verb, words) if m not in runners)
        arguments.extend(view.entity_argument("organisations", m) for m in runners)
        if not runners and look_back:
            arguments.extend(earlier_runners)
        places = view.mentions_in(range(verb, len(view.tokens)), _PLACE_TYPES)
        arguments.extend(_place_and_start(view, places, words))
        modality = view.modality(verb)
        if modality == Modality.FACT and _intended(view, verb, words):
            modality = Modality.PLANNED
        claims.append(view.claim("initiative", arguments, modality))
        break
    return claims


def _new_designs(view: SentenceView, noun: int, words: InitiativeWords) -> bool:
    """ "осуществлять общие проекты": "проект" restates one project only alone and singular;
    plural or described, it names new undertakings of no known kind."""
    token = view.tokens[noun]
    return token.lemma in words.carried_out_referents and (
        token.feats.get("Number") == "Plur"
        or any(view.tokens[child].relation == "amod" for child in view.children(noun))
    )


def _during(view: SentenceView, noun: int, words: InitiativeWords) -> bool:
    """ "во время строительства", "в ходе реконструкции": a compound preposition of time."""
    return any(
        view.tokens[case].relation == "case"
        and any(
            view.tokens[fixed].relation == "fixed" and view.tokens[fixed].lemma in words.during_nouns
            for fixed in view.children(case)
        )
        for case in view.children(noun)
    )


def _antecedent_project(
    view: SentenceView, position: int, gender: str | None, words: InitiativeWords
) -> tuple[str, list[Argument]] | None:
    """The project a pronoun or "объект" restates: the last one claimed in the two
    sentences before (its kind and runners), else the last project noun named in the
    sentence just before; a pronoun's gender must be the project noun's."""
    sentences = view.document.sentences
    for back in range(1, min(_REFERENCE_LOOK_BACK, position) + 1):
        earlier = SentenceView.build(view.document, sentences[position - back], view.words)
        for claim in reversed(_claims(earlier, words, look_back=False)):
            kind = next((a for a in claim.arguments if a.role == "kind"), None)
            if kind is None:
                continue
            nouns = [  # the project's own noun, past its launching one ("строительство")
                t for t in earlier.tokens
                if kind.span is not None
                and kind.span.start <= t.start < kind.span.end and t.pos in {"NOUN", "PROPN"}
                and t.lemma not in words.launch_words
            ]  # fmt: skip
            if nouns and not _same_gender(nouns[0].feats.get("Gender"), gender):
                continue
            runners = [a for a in claim.arguments if a.role == "organisations"]
            return kind.value, runners
    previous = sentences[position - 1].tokens
    governed = {t.head for t in previous if t.relation == "case"}
    named = [  # not a noun after a preposition ("терминал у аэропорта": the terminal)
        t
        for index, t in enumerate(previous)
        if (t.lemma in words.project_nouns or t.lemma.rsplit("-", 1)[-1] in words.project_nouns)
        and t.pos == "NOUN"
        and index not in governed
        and _same_gender(t.feats.get("Gender"), gender)
    ]
    if not named:
        return None
    return named[-1].lemma, []


def _same_gender(noun: str | None, pronoun: str | None) -> bool:
    """ "его" stands for a masculine or a neuter noun alike (the tagger picks one)."""
    if noun is None or pronoun is None:
        return True
    return noun == pronoun or {noun, pronoun} == {"Masc", "Neut"}


def _place_and_start(
    view: SentenceView, places: list[Mention], words: InitiativeWords
) -> list[Argument]:
    """Where the project is (the first place after a place preposition) and when it
    starts (the sentence's date "on" or "since" something)."""
    found = []
    for mention in places:
        first = view.token_indices(mention.start, mention.end)[0]
        holder = first - 1  # "в аэропорту Минеральных Вод": the place names that noun
        if first > 0 and (
            view.tokens[holder].lemma in words.place_prepositions
            or (
                holder > 0
                and view.tokens[holder - 1].lemma in words.place_prepositions
                and any(
                    view.tokens[i].head == holder
                    for i in view.token_indices(mention.start, mention.end)
                )
            )
        ):
            found.append(view.entity_argument("location", mention))
            break
    date = next((d for d in view.dates if d.relation in {"on", "since"}), None)
    if date:
        found.append(view.date_argument("starts_on", date))
    return found


def _runner_arguments(
    view: SentenceView, runners: list[Mention], words: InitiativeWords
) -> list[Argument]:
    """The runners as arguments; an organisation the recogniser split from the territory
    it serves ("Министерство здравоохранения" + "Свердловской области", the place hanging
    from the organisation's words right after it) is one name with it."""
    arguments = []
    territories = {id(mention): _territory_of(view, mention, words) for mention in runners}
    merged = [t for t in territories.values() if t is not None]
    for mention in runners:
        if mention in merged:
            continue
        territory = territories[id(mention)]
        if territory is None:
            arguments.append(view.entity_argument("organisations", mention))
            continue
        text = view.document.document.text
        span = view.text_span(mention.start, territory.end)
        name = f"{mention.normal} {text[territory.start : territory.end]}"
        arguments.append(Argument("organisations", name, span))
    return arguments


def _territory_of(view: SentenceView, mention: Mention, words: InitiativeWords) -> Mention | None:
    """The place named right after an organisation in the genitive and hanging from it."""
    if mention.type not in words.runner_types or not _in(view, mention):
        return None
    owned = set(view.token_indices(mention.start, mention.end))
    if not owned:
        return None
    following = max(owned) + 1
    if following >= len(view.tokens):
        return None
    place = view.mention_at(following)
    if place is None or place.type not in _PLACE_TYPES:
        return None
    place_tokens = view.token_indices(place.start, place.end)
    if place_tokens[0] != following or not all(
        view.tokens[i].feats.get("Case") == "Gen"
        for i in place_tokens
        if view.tokens[i].pos in {"NOUN", "PROPN", "ADJ"}
    ):
        return None
    if not any(view.tokens[i].head in owned for i in place_tokens):
        return None
    return place


def _in(view: SentenceView, mention: Mention) -> bool:
    return view.sentence.start <= mention.start and mention.end <= view.sentence.end


def _runners_named_after(view: SentenceView, words: InitiativeWords) -> list[Mention]:
    """ "Работы ведет компания «X»", "Подрядчиком выступает «X»": the sentence right after
    a work with no runner names who does it."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position + 1 >= len(sentences):
        return []
    after = SentenceView.build(view.document, sentences[position + 1], view.words)
    for verb, token in enumerate(after.tokens):
        children = after.children(verb)
        conducted = token.lemma in words.conducting_verbs and any(
            after.tokens[c].relation in {"obj", "nsubj:pass"}
            and after.tokens[c].lemma in words.work_reference_nouns | words.project_pronouns
            for c in children
        )
        contracted = any(
            after.tokens[c].lemma in words.contractor_nouns
            and after.tokens[c].feats.get("Case") == "Ins"
            for c in children
        )
        if not (conducted or contracted):
            continue
        subjects = [
            i for c in children if after.tokens[c].relation == "nsubj" for i in after.subtree(c)
        ]
        found = after.mentions_in(subjects, set(words.runner_types))
        if found:
            return found
    return []


def _long_finished(view: SentenceView, launcher: int, verb: int, words: InitiativeWords) -> bool:
    """ "Мост был построен еще в 1955 году": a launch in the past dated by a year marked as
    long ago ("еще в"), or two years or more before the report's own date, is history."""
    if view.modality(launcher) != Modality.FACT:
        return False
    anchors = {launcher, verb}
    if not any(
        view.tokens[i].feats.get("Tense") == "Past"
        or view.tokens[i].feats.get("VerbForm") == "Part"
        for i in anchors
    ):
        return False
    published = view.document.document.published
    dated = [
        (date.value[:4], view.token_indices(date.start, date.end))
        for date in view.dates
        if date.value[:4].isdigit()
    ] + _decades(view)
    for year, positions in dated:
        if not any(anchors & set(list(view.ancestors(i))[:3]) for i in positions):
            continue
        before = range(max(0, positions[0] - 2), positions[0])
        if any(view.tokens[i].lemma in words.history_markers for i in before):
            return True
        if published and published[:4].isdigit() and int(published[:4]) - int(year) >= 2:
            return True
    return False


def _decades(view: SentenceView) -> list[tuple[str, list[int]]]:
    """ "в 1970-х годах": a decade, as its first year and its words (a date mention names
    single years only)."""
    found = []
    for index, token in enumerate(view.tokens):
        head = token.head
        if (
            len(token.text) > 5
            and token.text[:4].isdigit()
            and token.text[4] == "-"
            and 0 <= head < len(view.tokens)
            and view.tokens[head].feats.get("Number") == "Plur"
            and view.tokens[head].lemma == "год"
        ):
            found.append((token.text[:4], [index, head]))
    return found


def _hosting(view: SentenceView, place: Mention, words: InitiativeWords) -> bool:
    """A place named after a place preposition ("В Калуге …"), not one naming a street."""
    text = view.document.document.text[: place.start].rstrip().rsplit(None, 1)
    return bool(text) and text[-1].lower() in words.place_prepositions


def _city_government(view: SentenceView, subject: int, words: InitiativeWords) -> list[Mention]:
    """ "Мэрия сформировала бригаду": the mayor's office the report introduced by that noun
    ("Мэрия Ульяновска"), else the government of the city where the report takes place
    ("В Ярославле …"), not the latest organisation named (a contractor)."""
    token = view.tokens[subject]
    if token.lemma not in words.city_government_nouns or view.mentions_in(view.subtree(subject)):
        return []
    meant = organisation_meant(
        view.document, token.lemma, token.start, words.runner_types, _INTRODUCED_LOOK_BACK
    )
    if meant is None:
        meant = organisation_meant(
            view.document, "город", token.start, _PLACE_TYPES, _LOOK_BACK,
            any_named_back=_INTRODUCED_LOOK_BACK, keep=lambda place: _hosting(view, place, words),
        )  # fmt: skip
    return [meant] if meant is not None else []


def _framing_noun(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "в рамках той же программы открыт музей": the noun right after a frame noun (or
    hanging from one) is the frame of another launch; the parser often hangs it on the
    verb, so the words before it are read too."""
    token = view.tokens[index]
    if token.lemma in words.frame_nouns:
        return True
    if any(  # "в соответствии с соглашением": the frame noun fixed in the preposition
        view.tokens[fixed].lemma in words.frame_nouns
        for case in view.children(index)
        if view.tokens[case].relation == "case"
        for fixed in view.children(case)
    ):
        return True
    if 0 <= token.head < len(view.tokens) and view.tokens[token.head].lemma in words.frame_nouns:
        return True
    position = index - 1
    while position >= 0 and view.tokens[position].pos in {"DET", "PART", "ADJ"}:
        position -= 1
    return position >= 0 and view.tokens[position].lemma in words.frame_nouns


def _idiom(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "на базе университета": a project noun in an idiom of place."""
    prepositions = words.idiom_nouns.get(view.tokens[index].lemma, frozenset())
    return view.preposition(index) in prepositions


def _budget_owner(view: SentenceView, words: InitiativeWords) -> list[Mention]:
    """ "Из областного бюджета выделено 600 млн рублей": the region (city, territory) the
    report named before, whose budget the money comes from, runs the work."""
    for index, token in enumerate(view.tokens):
        if token.lemma not in words.budget_nouns:
            continue
        for child in view.children(index):
            noun = words.territory_adjectives.get(view.tokens[child].lemma)
            if noun is None:
                continue
            # only a place the report introduced by that noun ("Ульяновская область"):
            # the latest place named may be a district or a site
            meant = organisation_meant(
                view.document, noun, view.tokens[child].start, _PLACE_TYPES,
                _INTRODUCED_LOOK_BACK,
            )  # fmt: skip
            return [meant] if meant is not None else []
    return []


def _generic_topic(view: SentenceView, work: int, words: InitiativeWords) -> bool:
    """ "проекта по строительству терминала": a launching noun that is the "по" topic of a
    generic project noun just before it; what it builds is that project's topic."""
    if not 0 <= work < len(view.tokens) or view.tokens[work].lemma not in words.launch_words:
        return False
    holder = view.tokens[work].head
    return (
        0 <= holder < work
        and view.tokens[holder].lemma in words.generic_project_nouns
        and view.preposition(work) in words.topic_prepositions
    )


def _side_country(view: SentenceView, side: int) -> Mention | None:
    """ "российская сторона": the country its adjective is made from, as the report named
    it before ("Россия и Монголия договорились …")."""
    for child in view.children(side):
        if view.tokens[child].relation != "amod":
            continue
        place = place_of_adjective(view.tokens[child].lemma)
        if place is None:
            continue
        named = named_before(view.document, view.tokens[side].start, _PLACE_TYPES, 10)
        for mention in reversed(named):
            if mention.normal.lower() == place.lower():
                return mention
    return None


def _numbered(lemma: str, words: InitiativeWords) -> bool:
    """ "ГЭС-1", "АЭС-2": a project noun with its number."""
    noun, _, number = lemma.partition("-")
    return number.isdigit() and noun in words.project_nouns


def _relative_launch(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "ГЭС-1, к строительству которой компании намерены приступить", "центром в Твери,
    строительство которого завершит X": a launching noun whose complement is a relative
    pronoun agreeing with the project noun, after the comma that ends the project's own
    words (its place or size)."""
    own = set(view.subtree(index))
    position = index + 1
    while position < len(view.tokens) and (
        view.tokens[position].text in words.quotes | words.closing_quotes
        or (position in own and view.tokens[position].text != ",")
    ):
        position += 1  # a closing quote of the project's name, "в Твери", "на 45 тысяч мест"
    if position >= len(view.tokens) or view.tokens[position].text != ",":
        return None
    planned = _planned_relative_launch(view, index, position + 1, words)
    if planned is not None:
        return planned
    for launch in range(position + 1, min(position + 4, len(view.tokens) - 1)):
        if view.tokens[launch].pos == "PUNCT":
            return None
        pronoun = view.tokens[launch + 1]
        if (
            words.launches(view.tokens[launch].lemma, view.tokens[launch].pos)
            and pronoun.lemma in words.relative_pronouns
            and _agrees(view.tokens[index].feats, pronoun.feats)
        ):
            return launch
    return None


def _planned_relative_launch(
    view: SentenceView, index: int, pronoun: int, words: InitiativeWords
) -> int | None:
    """ "Новый зоопарк, который планируется открыть в 2016 году", "мост, который построят к
    осени": "который" standing for the project, then a launching verb in a clause that looks
    ahead. A clause in the past ("завод, который построили в 1970-х") tells of an old work."""
    if pronoun >= len(view.tokens) or not (
        view.tokens[pronoun].lemma in words.relative_pronouns
        and _agrees(view.tokens[index].feats, view.tokens[pronoun].feats)
    ):
        return None
    clause = list(
        takewhile(
            lambda i: view.tokens[i].pos != "PUNCT",
            range(pronoun + 1, min(pronoun + 9, len(view.tokens))),
        )
    )
    launch = next(
        (i for i in clause if view.tokens[i].pos == "VERB"
         and words.launches(view.tokens[i].lemma, "VERB")),
        None,
    )  # fmt: skip
    looks_ahead = any(
        view.tokens[i].feats.get("Tense") == "Fut" or view.tokens[i].lemma in words.intention_verbs
        or view.tokens[i].text.lower() in words.future_forms
        for i in clause
    )  # fmt: skip
    return launch if launch is not None and looks_ahead else None


def _agrees(noun: Mapping[str, str], pronoun: Mapping[str, str]) -> bool:
    """The relative pronoun's number is the noun's (the tagger's gender of a compound
    noun is unsure: "кардиоцентром" may come out feminine); a word the tagger gave no
    number ("ТЭЦ-2") disagrees with nothing."""
    number = noun.get("Number")
    return number is None or pronoun.get("Number", number) == number


def _antecedent_runners(view: SentenceView, pronoun: int, words: InitiativeWords) -> list[Mention]:
    """ "компании «X», которая объявила …": the organisation named right before the
    relative pronoun's comma, or the one a common noun there stands for."""
    position = pronoun - 1
    if position < 0 or view.tokens[position].text != ",":
        return []
    position -= 1
    while position >= 0 and view.tokens[position].text in words.quotes | words.closing_quotes:
        position -= 1
    if position < 0:
        return []
    mention = view.mention_at(position)
    if mention is not None:
        return [mention] if mention.type in words.runner_types else []
    return _standing_for(view, position, words)


def _subject_runners(view: SentenceView, subject: int, words: InitiativeWords) -> list[Mention]:
    """Who a clause's subject names: an organisation, a person or place, or the
    organisation a common noun or a relative pronoun stands for."""
    if view.tokens[subject].lemma in words.relative_pronouns:
        return _antecedent_runners(view, subject, words)
    types = set(words.runner_types) | set(words.subject_runner_types)
    return (
        view.mentions_in(view.subtree(subject), types)
        or _city_government(view, subject, words)
        or _standing_for(view, subject, words)
        or _government_of_place(view, subject, words)
    )


def _clause_runners(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> list[Mention]:
    """Who runs a project stated in passing: the organisation that is the subject of the
    nearest predicate above the launch ("компания намерена приступить к возведению депо",
    "стороны создадут предприятие, а также откроют центр", "компания, которая объявила о
    планах построить центр"); where the launch's clause has no subject, the organisation
    that is the subject of the clause before it, joined by "и" or a comma ("X не
    откажется от проектов, и продолжится строительство обхода"). A person or a place
    there speaks or hosts: only the launching verb's own subject runs as one."""
    own = {index, launcher}
    if (
        launcher + 1 < len(view.tokens)
        and view.tokens[launcher + 1].lemma in words.relative_pronouns
    ):  # "ГЭС, к строительству которой X и Y намерены приступить": the relative clause's
        clause = []  # names, however the parser hung them
        for position in range(launcher + 2, len(view.tokens)):
            if view.tokens[position].text in {",", ";", ":"}:
                break
            clause.append(position)
        found = view.mentions_in(clause, set(words.runner_types))
        if found:
            return found
    chain = [launcher, *list(view.ancestors(launcher))[:3]]
    for predicate in chain:
        subjects = [
            c for c in view.children(predicate)
            if view.tokens[c].relation.startswith("nsubj") and c not in own
            and not _is_project(view, c, words)
        ]  # fmt: skip
        if subjects:  # a person or place above the launch speaks or hosts; runs nothing
            found = _subject_runners(view, subjects[0], words)
            return [m for m in found if m.type in words.runner_types]
    top = chain[-1]
    if view.tokens[top].head >= 0:
        return []  # the chain was cut short of the clause's root
    roots = [i for i, token in enumerate(view.tokens) if token.head < 0 and i < top]
    if not roots or not any(
        view.tokens[i].lemma in words.clause_joiners for i in range(roots[-1] + 1, min(own))
    ):
        return []
    subjects = [c for c in view.children(roots[-1]) if view.tokens[c].relation == "nsubj"]
    if not subjects:
        return []
    found = _subject_runners(view, subjects[0], words)
    return [m for m in found if m.type in words.runner_types]


def _frame_runners(view: SentenceView, words: InitiativeWords) -> list[Mention]:
    """ "В рамках программы будут проложены газопроводы" after "Область и компания X
    утвердили программу": who adopted or launched the framing programme (the subject of
    the verb whose object it was, a few sentences back) runs the works done within it."""
    framed = [
        i for i, token in enumerate(view.tokens)
        if token.pos == "NOUN" and token.lemma not in words.frame_nouns
        and _framing_noun(view, i, words)
    ]  # fmt: skip
    if not framed:
        return []
    lemma = view.tokens[framed[0]].lemma
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    for sentence in reversed(sentences[max(0, position - _INTRODUCED_LOOK_BACK) : position]):
        earlier = SentenceView.build(view.document, sentence, view.words)
        for token in earlier.tokens:
            if token.lemma != lemma or token.relation != "obj":
                continue
            verb = token.head
            subjects = [
                c for c in earlier.children(verb) if earlier.tokens[c].relation.startswith("nsubj")
            ]
            found: list[Mention] = []
            for subject in subjects:
                nouns = [subject] + [
                    c for c in earlier.children(subject) if earlier.tokens[c].relation == "conj"
                ]
                for noun in nouns:
                    named = earlier.mentions_in(
                        [noun, *(c for c in earlier.children(noun)
                                 if earlier.tokens[c].relation in {"appos", "flat:name"})],
                        set(words.runner_types),
                    ) or _subject_runners(earlier, noun, words)  # fmt: skip
                    found.extend(m for m in named if m not in found)
            if found:
                return found
    return []


def _sides_of_document(view: SentenceView, words: InitiativeWords) -> list[Mention]:
    """ "стороны создадут предприятие": the organisations or states that signed the
    latest document the report named signed, in the sentences before."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    for sentence in reversed(sentences[max(0, position - _INTRODUCED_LOOK_BACK) : position]):
        earlier = SentenceView.build(view.document, sentence, view.words)
        for i in range(len(earlier.tokens) - 1, -1, -1):
            if earlier.tokens[i].lemma in words.document_nouns:
                # people who signed stand for their organisations, named elsewhere
                signers = [m for m in _document_signers(earlier, i, words) if m.type != "PER"]
                if len(signers) >= 2:
                    return signers
    return []
