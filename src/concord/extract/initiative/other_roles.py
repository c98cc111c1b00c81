"""Precision filters for a project noun playing another part in the launch: the setting
("в музее открылась выставка"), the funder, the doers' place, a facility operated on,
the work inside a design, a purpose no money is sent to, a product, a starter of
another project, a founder, a host; a generic noun defined as a work, a noun standing
for an organisation named before, and classes or abstractions rather than one project.
"""

from __future__ import annotations

from concord.extract.initiative.framed import framed_object
from concord.extract.initiative.kind import designs_work
from concord.extract.initiative.launchers import money_given, won_support
from concord.extract.initiative.projects import is_project, named_facility, placed_one_by_one
from concord.extract.initiative.reading import INTRODUCED_LOOK_BACK, governors
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView, organisation_meant


def product_activity(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "старт продаж смартфона", "начинает мировые продажи": what is sold is a product,
    and products and their sales are no project (docs/notes/gold.md); a plant's line
    ("запуск производства смартфонов на заводе") is another noun and stays one."""
    return view.tokens[index].lemma in words.product_activity_nouns


def starts_a_check(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "штабы и воинские части приступили к проверке готовности": a start word whose
    object is a check starts the check; the units doing it are not started. A work inside
    the check ("начали проверку строительства школы") has its own launcher, not this one."""
    checks = [c for c in view.children(launcher) if view.tokens[c].lemma in words.check_nouns]
    return view.tokens[launcher].pos == "VERB" and any(
        index not in view.subtree(check) for check in checks
    )


def listed_activity(view: SentenceView, index: int, launcher: int) -> bool:
    """ "содействие разработкам, производству и экспорту", "будет заниматься разработкой и
    выпуском оборудования": a launching noun listed beside the project noun as another
    conjunct names one more activity of a body, it does not launch its neighbour."""
    token = view.tokens[index]
    return (
        token.relation == "conj"
        and token.head == launcher
        and view.tokens[launcher].pos == "NOUN"
    )


def starts_another(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """The noun is the active subject of a start word that governs another project
    ("экспедиция приступила к раскопкам"): it starts that one, is not started."""
    return active_subject(view, index, launcher) and any(
        child != index and is_project(view, child, words) for child in view.children(launcher)
    )


def active_subject(view: SentenceView, index: int, launcher: int) -> bool:
    """The noun is the active subject of the launching verb: it does the founding. The
    subject of a reflexive verb ("создается совет", which the parser leaves without a
    voice) is what is founded (initiative98). A single noun before a plural verb ("Совет
    по развитию создадут в области", "Фонд учредят весной"): the parser's subject cannot
    agree with the verb, so it is the object put first of an impersonal plural, what is
    founded (initiative99)."""
    return (
        view.tokens[index].relation == "nsubj"
        and view.tokens[index].head == launcher
        and view.tokens[launcher].feats.get("Voice") != "Pass"
        and not view.tokens[launcher].lemma.endswith(("ся", "сь"))
        and not _disagrees_in_number(view, index, launcher)
    )


def _disagrees_in_number(view: SentenceView, index: int, launcher: int) -> bool:
    """A singular noun, joined to no other ("совет и комиссия создадут" agree), as the
    subject of a plural verb: no subject in fact. Not in the present: the tagger reads a
    verb of both aspects ("образуют") as present, and a present founding then tells a
    launch, where the report restates a plan (the pool's one such sentence)."""
    verb = view.tokens[launcher]
    return (
        view.tokens[index].feats.get("Number") == "Sing"
        and verb.feats.get("Number") == "Plur"
        and verb.feats.get("Tense") != "Pres"
        and verb.pos == "VERB"
        and not any(view.tokens[c].relation == "conj" for c in view.children(index))
    )


def hosts_another(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "В аэропорту открылся терминал": the project noun is where the launch happens;
    the project launched is the verb's subject or object."""
    own_launchers = words.noun_launchers.get(view.tokens[index].lemma, frozenset())
    if view.tokens[launcher].lemma in own_launchers:
        return False  # "экспедиция вышла в рейс": setting out on a voyage launches it
    return (
        view.tokens[index].head == launcher
        and view.preposition(index) in words.place_prepositions
        and any(
            view.tokens[c].relation in {"nsubj", "nsubj:pass", "obj"}
            and (is_project(view, c, words) or framed_object(view, c, words) == launcher)
            for c in view.children(launcher)
        )
    )


def setting_of_launch(
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


def funder(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "ещё 60 млн вложит сам вуз": the subject of a funding verb pays, it is not what
    is funded; a project receiving a funder's grant is ("проекты получат гранты фонда")."""
    return (
        view.tokens[index].relation == "nsubj"
        and view.tokens[index].head == launcher
        and view.tokens[launcher].lemma in words.funding_verbs | words.investing_verbs
        and won_support(view, index, words) != launcher
    )


def doers_place(view: SentenceView, index: int, launcher: int) -> bool:
    """ "фигуру восстановили художники местной мастерской": a facility that hangs on the
    people who do the launching is where they come from, not what they launch."""
    holder = view.tokens[index].head
    return (
        0 <= holder < len(view.tokens)
        and view.tokens[holder].head == launcher
        and view.tokens[holder].relation.startswith("nsubj")
        and view.tokens[holder].feats.get("Animacy") == "Anim"
    )


def operated_on(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
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
        and action.lemma not in words.foundation_bases  # initiative120: "камня в основание моста"
    )


def designed_work(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "рассмотрели проект строительства новой школы": the design claim names the school;
    the building work inside the design is no second project."""
    work = view.tokens[launcher]
    return (
        view.tokens[index].head == launcher
        and 0 <= work.head < len(view.tokens)
        and designs_work(view, work.head, launcher, words)
    )


def unfunded_purpose(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "направил на ремонт школы новую технику": a work a verb of funding sends no money
    to is only what equipment or people are sent for."""
    work = view.tokens[launcher]
    return (
        work.pos == "NOUN"
        and view.preposition(launcher) in words.purpose_prepositions
        and 0 <= work.head < len(view.tokens)
        and view.tokens[work.head].lemma in words.funding_verbs
        and not money_given(view, work.head, words)
    )


def defined_as_work(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "Главный проект – строительство дороги": a generic project noun a launching noun
    defines (one governs the other, a dash between) is no project of its own: the road is."""
    if view.tokens[launcher].lemma not in words.launch_words or view.tokens[launcher].pos != "NOUN":
        return False  # "Проект бассейна — модульный": a design described, not a work defined
    linked = view.tokens[launcher].head == index or view.tokens[index].head == launcher
    low, high = sorted((index, launcher))
    return linked and any(
        view.tokens[i].text in words.definition_dashes for i in range(low + 1, high)
    )


def runner_named_before(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "Компания «Светловская верфь» …" then "Верфь начнет работы": a project noun with no
    name of its own as the subject of the launch stands for the organisation the report
    introduced by that noun (`organisation_meant`); it runs the launch, it is not built."""
    token = view.tokens[index]
    if not token.relation.startswith("nsubj") or token.head != launcher:
        return False
    if _launched_subject(view, index, launcher):
        return False  # "Комиссия была создана в мае", "открылся Центр …": the body named
        # before is the one launched, not a runner (initiative113)
    if any(view.tokens[c].relation == "amod" for c in view.children(index)):
        return False  # "новая верфь начнет работу": a new one
    if index + 1 < len(view.tokens) and view.tokens[index + 1].text in words.quotes:
        return False  # "поддержан проект «Исследование …»": one with a title of its own
    if named_facility(view, index, words):
        return False  # "The Riverside Public Library was inaugurated": its own name
    meant = organisation_meant(
        view.document, token.lemma, token.start, words.runner_types, INTRODUCED_LOOK_BACK
    )
    # the name finder may glue the noun itself onto a place or a headline's first word
    # ("В Неверкино ФАП будет построен", "Создан центр по …"): a name over the noun is
    # no organisation introduced before it (initiative95)
    return meant is not None and meant.start < token.start and meant.end <= token.start


def _launched_subject(view: SentenceView, index: int, launcher: int) -> bool:
    """Whether the subject undergoes the launch rather than running it: the subject of a
    passive ("завод был открыт", "будет открыт филиал") or of a reflexive launching verb
    with no object ("открылся центр"). "Верфь начнет работы" runs the works it starts."""
    if view.tokens[index].relation == "nsubj:pass":
        return True
    verb = view.tokens[launcher]
    return (
        verb.pos == "VERB"
        and verb.lemma.endswith(("ся", "сь"))
        and not any(view.tokens[c].relation == "obj" for c in view.children(launcher))
    )


def not_one_project(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """A class of projects ("такие центры"), building an abstraction ("строительство
    гражданского общества"), or a launch only made possible ("позволит построить цех")."""
    if _names_a_class(view, index, words):
        return True
    if view.tokens[index].feats.get("Number") == "Plur" and any(
        view.tokens[c].lemma in words.plural_class_determiners for c in view.children(index)
    ):
        return True  # "реализация всех госпрограмм продолжится": every one of a class
    if view.tokens[index].lemma in words.launch_words and any(
        view.tokens[c].lemma in words.abstract_objects for c in view.children(index)
    ):
        return True
    chain = [launcher, *governors(view, launcher, 2)]
    return any(view.tokens[position].lemma in words.enabling_verbs for position in chain)


def _names_a_class(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "такие центры": a class determiner before the noun names a class of projects. A
    counted noun ("откроют ещё 10 таких магазинов") is that many new ones, and a
    determiner after the noun ("предприятие – такое, каких не строили") describes the
    one project (initiative69). Placed one by one, a plural is those projects.
    """
    children = view.children(index)
    if any(view.tokens[c].relation.startswith("nummod") for c in children):
        return False
    if view.tokens[index].feats.get("Number") == "Plur" and placed_one_by_one(view, index, words):
        # "такие больницы построят в A, B и C", "во всех районах такие клубы появятся"
        # (initiative112): the kind told before, placed place by place, is that many
        # projects, as a count would make it (initiative110's list of places)
        return False
    determiners = [
        c for c in children if c < index and view.tokens[c].lemma in words.class_determiners
    ]
    if view.tokens[index].feats.get("Number") == "Sing" and all(
        _points_back(view, c, index, words) for c in determiners
    ):
        return False  # "создать такую комиссию": the one body meant (initiative98)
    return bool(determiners)


def _points_back(view: SentenceView, determiner: int, index: int, words: InitiativeWords) -> bool:
    """ "такую комиссию", "такой же центр": a determiner right before the singular noun
    (particles aside) points back to the one project meant; with an adjective between
    ("такой чудесный садик") it praises, and the noun is left as before (initiative98)."""
    return view.tokens[determiner].lemma in words.one_meant_determiners and all(
        view.tokens[between].pos == "PART" for between in range(determiner + 1, index)
    )


def institution_named(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "Осмотрел медицинское учреждение – отделения, стационар": a noun naming both a
    founding act and an institution (`act_or_institution_nouns`) founds only what hangs on
    it as a bare genitive ("учреждение фонда"); described by an adjective, or holding the
    project any other way, it names the institution, which launches nothing of what it
    holds (round 49). What it holds through a subject (it is then the clause's predicate,
    a place) it does not touch."""
    if view.tokens[launcher].lemma not in words.act_or_institution_nouns:
        return False
    if _subject_of(view, index, launcher):
        return False  # "в образовательном учреждении в разгаре этап капремонта": a place
    if any(view.tokens[child].relation == "amod" for child in view.children(launcher)):
        return True
    token = view.tokens[index]
    return not (
        token.head == launcher
        and token.relation == "nmod"
        and token.feats.get("Case") == "Gen"
        and not view.preposition(index)
    )


def _subject_of(view: SentenceView, index: int, predicate: int) -> bool:
    """The noun hangs on the predicate through a subject ("в учреждении в разгаре этап
    капремонта": the stage is the subject, the noun its genitive)."""
    below = index
    for above in view.ancestors(index):
        if above == predicate:
            return view.tokens[below].relation.startswith("nsubj")
        below = above
    return False
