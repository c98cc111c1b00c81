"""Launching words: the word that opens, builds or starts a project noun, found on the
noun, above it, just before it, over a fronted object ("бассейн планируют открыть"),
over money given for a work ("вложит 2 млрд в развитие комплексов"), through a relative
pronoun ("ГЭС-1, к строительству которой …"), or shared with a project listed before.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import takewhile

from concord.analysis import Token
from concord.extract.initiative.ceremonies import ceremony_opening, work_on_project
from concord.extract.initiative.foundation_laid import laid_in_foundation
from concord.extract.initiative.projects import is_project, measured
from concord.extract.initiative.reading import governors, is_work, short_launched_adjective
from concord.extract.initiative.told_by_duration import told_by_its_duration
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

_NEAR = 3


def held_jointly(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "Россия и Турция провели совместное патрулирование", "ВВС провели операцию
    совместно с союзниками": an operation, patrol or mission held jointly is a project."""
    token = view.tokens[index]
    head = token.head
    if token.lemma not in words.held_joint_nouns or not 0 <= head < len(view.tokens):
        return False
    if view.tokens[head].lemma not in words.holding_verbs:
        return False
    return any(view.tokens[c].lemma in words.joint_modifiers for c in view.children(index)) or any(
        view.tokens[c].lemma in words.joint_adverbs for c in view.children(head)
    )


def _launching_complement(view: SentenceView, head: int, words: InitiativeWords) -> int | None:
    """The launching infinitive a predicate governs ("должна открыться", "планируют
    открыть")."""
    return next(
        (
            c
            for c in view.children(head)
            if view.tokens[c].relation == "xcomp"
            and words.launches(view.tokens[c].lemma, view.tokens[c].pos)
        ),
        None,
    )


def _due_launch(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Школа должна открыться в сентябре", "нацпроекты должны стартовать": the subject
    of a word of obligation or ability ("центр сможет начать работу") is launched by the
    infinitive that word governs."""
    token = view.tokens[index]
    head = token.head
    if not token.relation.startswith("nsubj") or not 0 <= head < len(view.tokens):
        return None
    if view.tokens[head].lemma in words.able_modals:
        # initiative112: "центр сможет начать работу": a launch told as what the
        # project will be able to do; "мог бы открыться" only supposes it
        if any(view.tokens[c].lemma in words.conditional_particles for c in view.children(head)):
            return None
    elif view.tokens[head].lemma not in words.scheduled_modals:
        return None
    return _launching_complement(view, head, words)


def _shared_complement_launch(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "на создание и развитие новой лаборатории": the genitive the parser hangs on the
    last of two joined nouns is the complement of both, so the first one launches it."""
    token = view.tokens[index]
    head = token.head
    if token.relation != "nmod" or view.preposition(index) or not 0 <= head < len(view.tokens):
        return None
    joined = view.tokens[head]
    first = joined.head
    if joined.relation != "conj" or joined.pos != "NOUN" or not 0 <= first < len(view.tokens):
        return None
    if words.launches(joined.lemma, joined.pos):
        return None  # "открытие школы, запуск центра": each launch has its own project
    if any(
        view.tokens[c].lemma in words.contrast_conjunctions | words.negations
        for c in view.children(head)
    ):
        return None  # "о реконструкции, а не о реставрации памятника": set against it
    if first < head and words.launches(view.tokens[first].lemma, view.tokens[first].pos):
        return first
    return None


def voyages_started(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Авиакомпания начала выполнять регулярные рейсы", "приступает к выполнению рейсов":
    flights performed from a start on are a service launched; the start word launches them.
    "Выполняет рейсы" alone is the service running and stays out."""
    if view.tokens[index].lemma not in words.performed_voyage_nouns:
        return None
    performing = view.tokens[index].head
    if not 0 <= performing < len(view.tokens):
        return None
    if view.tokens[performing].lemma not in words.performing_words:
        return None
    start = view.tokens[performing].head
    if 0 <= start < len(view.tokens) and view.tokens[start].lemma in words.voyage_start_words:
        return start
    return None


def traffic_opened(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Движение по мосту откроют весной", "запустят рабочее движение по новому мосту"
    (initiative108): a structure told as the way traffic is opened or started on is opened
    itself; the start word above the traffic noun launches it. Traffic restored, closed or
    limited ("восстановят движение по мосту") opens nothing new, so only start words count."""
    token = view.tokens[index]
    traffic = token.head
    if view.preposition(index) not in words.traffic_prepositions or not (
        0 <= traffic < len(view.tokens) and view.tokens[traffic].lemma in words.traffic_nouns
    ):
        return None
    start = view.tokens[traffic].head
    if (
        view.tokens[traffic].relation in {"obj", "nsubj", "nsubj:pass"}
        and 0 <= start < len(view.tokens)
        and view.tokens[start].lemma in words.start_words
    ):
        return start
    return None


def _performed_renovation(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "Будет выполнено благоустройство сквера", "в школе был произведён ремонт",
    "ремонт проводится в трёх школах": a renovation noun that is the object or passive
    subject of a verb of performing work is carried out as one "проведут" is."""
    token = view.tokens[index]
    head = token.head
    return (
        token.lemma in words.renovation_nouns
        and token.relation in {"obj", "nsubj", "nsubj:pass"}
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.work_performing_verbs
        and not _habitual(view.tokens[head])
    )


def _habitual(verb: Token) -> bool:
    """ "Мастерская производит ремонт обуви": an active verb in the present imperfective
    tells a trade done day by day, no one work."""
    return (
        verb.feats.get("Tense") == "Pres"
        and verb.feats.get("Aspect") == "Imp"
        and verb.feats.get("VerbForm") == "Fin"
        and not verb.lemma.endswith("ся")
    )


def launcher_of(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """A launching word governing the project noun, governed by it, or just before it; a
    work noun under way launches itself ("Строительство обхода ведется с апреля")."""
    token = view.tokens[index]
    laid = laid_in_foundation(view, index, words)  # initiative120: "камня в основание завода"
    if laid is not None:
        return laid
    if (  # "РЖД проведет реконструкцию путей", "проведут учения": a work carried out
        token.lemma in words.renovation_nouns | words.held_operation_nouns
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.holding_verbs
    ):
        return token.head
    if _performed_renovation(view, index, words):
        return token.head
    if (  # "Главный проект – строительство дороги": the work defined as a project
        token.lemma in words.launch_words | words.renovation_nouns
        and token.relation.startswith("nsubj")
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma
        in words.progress_verbs
        | words.generic_project_nouns
        | (words.completion_verbs if token.lemma in words.renovation_nouns else frozenset())
    ):
        return index  # "завершена реконструкция водоснабжения": a finished renovation
    if token.lemma in words.launch_words | words.renovation_nouns and told_by_its_duration(
        view, index, words
    ):
        return index  # initiative107: "строительство здания заняло четыре месяца"
    if (  # "завершила прокладку кабеля до Магадана": a work finished with its object is a
        # project done (a bare "завершат строительство в 2027 году" tells one again)
        token.lemma in words.launch_words
        and token.relation == "obj"
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.completion_verbs
        and any(view.bare_genitive(child) for child in view.children(index))
    ):
        return token.head
    if (  # "планируется строительство двух водохранилищ": a work scheduled
        words.builds(token.lemma, token.pos)
        and token.pos == "NOUN"
        and token.relation.startswith("nsubj")
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.plan_verbs
    ):
        return index
    if _course_of_work(view, index, words):
        return index  # "проверил ход капремонта Дома культуры": a work under way
    if held_jointly(view, index, words):
        return token.head
    for launch_of in (
        _due_launch,
        _shared_complement_launch,
        won_support,
        _planned_work,
        doors_opened,
        work_on_project,
        ceremony_opening,
    ):
        launch = launch_of(view, index, words)
        if launch is not None:
            return launch
    if (  # "Открыт физкультурный комплекс": a short participle the tagger took for an
        # adjective, put first as news puts an opening ("Магазин открыт круглосуточно": open)
        token.relation.startswith("nsubj")
        and 0 <= token.head < index
        and short_launched_adjective(view.tokens[token.head], words)
    ):
        return token.head
    started = voyages_started(view, index, words)
    if started is not None:
        return started
    opened = traffic_opened(view, index, words)  # initiative108: "движение по мосту откроют"
    if opened is not None:
        return opened
    approximated = _approximated_count(view, index, words)
    if approximated is not None:
        return approximated
    own_launchers = words.noun_launchers.get(view.tokens[index].lemma, frozenset())
    for head in governors(view, index, words.launcher_reach):
        governor = view.tokens[head]
        if governor.lemma in own_launchers or words.launches(governor.lemma, governor.pos):
            return head
        if head == token.head and _placed(view, index, words):
            return head  # "центр управления разместят в новом здании": a centre set up
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
            and money_given(view, head, words)
        ):
            return head  # "вузы получат по 90 млн рублей на исследования": money for a work
    fronted = _fronted_object_launch(view, index, words)
    if fronted is not None:
        return fronted
    for child in view.children(index):
        if view.tokens[child].relation == "conj":
            continue  # "школы, больницы, учреждения": an item of the list launches nothing
        if _describing_past_participle(view, child):
            continue  # "лаборатории, созданные учёными": what exists, told as its description
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
        if position == token.head and token.relation == "nmod" and view.preposition(position):
            break  # "начнём с темы памятников": the noun belongs to a prepositional phrase
    funded = _funded_work_over(view, index, words)
    if funded is not None:
        return funded
    if (  # "построят стадион, центр гимнастики и зал": a later item of a list of projects
        token.relation == "conj"
        and 0 <= token.head < index
        and is_project(view, token.head, words)
        and view.tokens[token.head].lemma not in words.generic_project_nouns
    ):  # not "внимание на проектах, модернизации инфраструктуры": a list of topics
        return launcher_of(view, token.head, words)
    if token.relation == "conj":  # the parser hung the item on a place or a name
        first = _earlier_listed_project(view, index, words)
        if first is not None:
            return launcher_of(view, first, words)
    return relative_launch(view, index, words)


def _describing_past_participle(view: SentenceView, child: int) -> bool:
    """ "дом, построенный в 1980-х", "несмотря на созданный комплекс": a past participle
    clause describing the noun tells what the thing is, not news of its launch (across the
    seen batches such claims were wrong four times in five); a participle the parser took
    for a plain modifier ("отремонтированная больница", amod) is left to launch."""
    token = view.tokens[child]
    return (
        token.relation == "acl"
        and token.feats.get("VerbForm") == "Part"
        and token.feats.get("Tense") == "Past"
    )


def _course_of_work(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "ход капремонта Дома культуры", "темпы строительства Дома культуры": a renovation or
    building work whose course or pace is followed, done on a facility in its genitive, is
    under way; a pace needs one facility ("темпы строительства жилья" in the plural of
    statistics is checked by `background`)."""
    token = view.tokens[index]
    head = token.head
    return (
        token.pos == "NOUN"
        and (token.lemma in words.renovation_nouns or words.builds(token.lemma, token.pos))
        and token.relation == "nmod"
        and token.feats.get("Case") == "Gen"
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.progress_nouns
        and any(
            view.tokens[child].relation == "nmod"
            and view.tokens[child].feats.get("Case") == "Gen"
            and view.mention_at(child) is not None
            # the parser may hang the facility on the course noun, right after the work
            for child in [*view.children(index), *view.children(head)]
            if child > index
        )
    )


def _planned_work(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "аэропорт, запланированный к модернизации": a facility described by a participle of
    planning whose goal ("к …") is a renovation or building work is that work's object; the
    work launches it, as "запланирована модернизация аэропорта" does."""
    for child in view.children(index):
        participle = view.tokens[child]
        if not (
            participle.relation in {"acl", "amod"}
            and participle.feats.get("VerbForm") == "Part"
            and participle.lemma in words.plan_verbs
        ):
            continue
        for goal in view.children(child):
            work = view.tokens[goal]
            if (
                work.relation == "obl"
                and view.preposition(goal) in words.planned_goal_prepositions
                and (work.lemma in words.renovation_nouns or words.builds(work.lemma, work.pos))
            ):
                return goal
    return None


def won_support(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "В конкурсе победили 4 научных проекта", "проекты учёных получили гранты фонда",
    "фондом поддержан проект «…»": a research project that wins a contest or receives a
    funder's support is launched by that verb. Research or a funder must be named in the
    clause: "проект школы победил в конкурсе рисунков" wins a prize, and "проект получил
    поддержку жителей" is approval."""
    token = view.tokens[index]
    if token.lemma not in words.contest_entry_nouns:
        return None
    verb = token.head
    if (  # "Более 30 проектов получили гранты": the project counted by its subject
        0 <= verb < len(view.tokens)
        and view.tokens[verb].pos in {"ADV", "NUM"}
        and view.tokens[verb].relation.startswith("nsubj")
    ):
        token, verb = view.tokens[verb], view.tokens[verb].head
    if not (token.relation.startswith("nsubj") and 0 <= verb < len(view.tokens)):
        verb = next(  # "проект, выигравший в конкурсе": the participle describing it
            (c for c in view.children(index) if view.tokens[c].relation.startswith("acl")), -1
        )
    if not 0 <= verb < len(view.tokens):
        return None
    lemma = view.tokens[verb].lemma
    supported = any(
        view.tokens[c].relation == "obj" and view.tokens[c].lemma in words.support_nouns
        for c in view.children(verb)
    )
    passive = token.relation == "nsubj:pass" or view.tokens[verb].feats.get("Voice") == "Pass"
    if not (
        lemma in words.winning_verbs
        or (lemma in words.receiving_verbs and supported)
        or (lemma in words.supporting_verbs and passive)
    ):
        return None
    clause = {*view.subtree(verb), *view.subtree(index)}
    if any(view.tokens[i].lemma in words.research_funding_words for i in clause):
        return verb
    return None


def doors_opened(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Школа откроет свои двери в августе", "распахнет свои двери новый детский сад": a
    project that opens its doors is opened, by a perfective verb; the imperfective
    ("библиотека открывает двери в девять") tells its hours. Told after the verb, the
    project may be parsed as a second object; then the verb has no subject."""
    token = view.tokens[index]
    verb = token.head
    if token.relation not in {"nsubj", "obj"} or token.lemma in words.entrance_nouns:
        return None
    if not 0 <= verb < len(view.tokens):
        return None
    if token.relation == "obj" and any(
        view.tokens[c].relation.startswith("nsubj") for c in view.children(verb)
    ):
        return None  # "мы откроем двери школы": the speakers open, the school is not told
    opening = view.tokens[verb]
    if opening.lemma not in words.entrance_opening_verbs or opening.feats.get("Aspect") != "Perf":
        return None
    if not any(
        view.tokens[c].relation == "obj" and view.tokens[c].lemma in words.entrance_nouns
        for c in view.children(verb)
    ):
        return None
    return verb


def _approximated_count(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Более 80 парков будет реконструировано", "более 20 школ построят" (initiative107):
    the parser makes the approximating word the verb's subject or object and hangs the
    counted noun on it; the verb over that word governs the noun."""
    token = view.tokens[index]
    word = token.head
    if not (
        0 <= word < index
        and view.tokens[word].pos == "ADV"
        and view.tokens[word].lemma in words.approximating_prepositions
        and token.feats.get("Case") == "Gen"
        and not view.preposition(index)
        and any(view.tokens[c].relation.startswith("nummod") for c in view.children(index))
    ):
        return None
    verb = view.tokens[word].head
    if 0 <= verb < len(view.tokens) and words.launches(
        view.tokens[verb].lemma, view.tokens[verb].pos
    ):
        return verb
    return None


def _fronted_object_launch(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Новый бассейн планируют открыть к лету": a project told first is the object of the
    launching verb the predicate takes; the parser makes it the subject, though it does
    not agree with the predicate in number."""
    token = view.tokens[index]
    head = token.head
    if not token.relation.startswith("nsubj") or not 0 <= head < len(view.tokens):
        return None
    number = view.tokens[head].feats.get("Number")
    if number is None:
        return None
    if number == token.feats.get("Number") and not _counted_object(view, index, head, words):
        return None
    return _launching_complement(view, head, words)


def _counted_object(view: SentenceView, index: int, head: int, words: InitiativeWords) -> bool:
    """ "40 научных лабораторий планируют открыть в Челябинске", "теплицы общей площадью
    150 га планируют построить": facilities counted or measured and put first agree with a
    plural predicate as a subject would, but where the predicate has no other subject and
    its launching infinitive no object, they are what is launched."""
    token = view.tokens[index]
    counted = token.feats.get("Case") == "Gen" and any(
        view.tokens[c].relation.startswith("nummod") for c in view.children(index)
    )
    if not (counted or measured(view, index, words)):
        return False
    if any(
        c != index and view.tokens[c].relation.startswith("nsubj") for c in view.children(head)
    ):
        return False
    return not any(
        view.tokens[c].relation == "obj"
        for x in view.children(head)
        if view.tokens[x].relation == "xcomp"
        for c in view.children(x)
    )


def _funded_work_over(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "на завершение моста потратят 12 млрд", "вложит 2 млрд в развитие комплексов": a
    work noun money is given for launches the project it holds in the genitive, whatever
    the work is called (a launching noun is read by `launcher_of` already)."""
    token = view.tokens[index]
    work = token.head
    if token.feats.get("Case") != "Gen" or not 0 <= work < len(view.tokens):
        return None
    if not is_work(view, work, words) or view.tokens[work].lemma in words.abstract_objects:
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


def money_given(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """A sum or a money noun among the verb's own words ("получат по 90 млн рублей",
    "получил грант"): what a verb of funding or receiving moves is money."""
    own = set()
    for child in view.children(verb):
        own.update(view.subtree(child))
    return any(set(view.token_indices(q.start, q.end)) & own for q in view.quantities) or any(
        view.tokens[i].lemma in words.money_nouns for i in own
    )


def _earlier_listed_project(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "двух центров – в Туле и Ефремове, а также трёх роддомов": the nearest project noun
    before a listed one, in its case and with no verb between, is the list's first item."""
    case = view.tokens[index].feats.get("Case")
    for position in range(index - 1, -1, -1):
        token = view.tokens[position]
        if token.pos in {"VERB", "AUX"} or token.text in {".", ";", ":", "!", "?"}:
            return None
        if (
            is_project(view, position, words)
            and token.lemma not in words.generic_project_nouns
            and token.feats.get("Case") == case
        ):
            return position
    return None


def relative_launch(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "ГЭС-1, к строительству которой компании намерены приступить", "центром в Твери,
    строительство которого завершит X": a launching noun whose complement is a relative
    pronoun agreeing with the project noun, after the comma that ends the project's own
    words (its place or size)."""
    if _no_relative_pronoun(view, words):
        return None
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


def _no_relative_pronoun(view: SentenceView, words: InitiativeWords) -> bool:
    """A pre-filter of `relative_launch`, which every noun of every sentence asks: both its
    readings need a relative pronoun ("который") standing for the project, so a sentence
    with none holds no relative launch, whatever its words."""
    return words.relative_pronouns.isdisjoint(view.lemmas)


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


def _placed(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A centre or a laboratory that a placing verb takes as its object (or passive
    subject) is set up there; one after a preposition is where something else goes."""
    token = view.tokens[index]
    verb = view.tokens[token.head]
    if token.lemma not in words.placed_project_nouns or verb.lemma not in words.placing_verbs:
        return False
    # "Центр разместят в корпусе": a singular "subject" of a plural verb is its object
    disagreeing = (
        token.relation == "nsubj"
        and token.feats.get("Number") == "Sing"
        and verb.feats.get("Number") == "Plur"
    )
    return (token.relation in words.placed_relations or disagreeing) and not view.preposition(
        index
    )
