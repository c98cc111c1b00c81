"""Precision filters for launches told but not reported: a design, talk, a hedge or an
offer (`not_reported`), a topic listed among questions, a sum only committed, a built
place where something else happens, a proposal by people; and a project whose launching
verb opens something else ("откроет жителям доступ").
"""

from __future__ import annotations

from itertools import pairwise, takewhile

from concord.extract.initiative.connecting_links import connecting_link
from concord.extract.initiative.framed import so_called
from concord.extract.initiative.invested import ready_for_start
from concord.extract.initiative.launchers import doors_opened, money_given, won_support
from concord.extract.initiative.projects import output_of_goods
from concord.extract.initiative.proposed_bodies import backed_body_proposal, founded_body
from concord.extract.initiative.reading import LOOK_BACK, PLACE_TYPES, governors
from concord.extract.initiative.words import InitiativeWords
from concord.extract.initiative.worked_questions import worked_question
from concord.extract.sentence_view import SentenceView


def opens_something_else(
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
            # "laid the foundation stone for a hospital": the stone only marks the start
            and view.tokens[c].lemma not in words.launch_marking_objects
            and view.tokens[c].pos == "NOUN"
            and not _in_sum_of_money(view, c)  # "would provide £450m in export credit"
            for c in view.children(launcher)
        )
    if not (
        view.tokens[index].relation.startswith("nsubj") and view.tokens[index].head == launcher
    ) or won_support(view, index, words) == launcher:
        return False  # "проекты получат гранты": the grant is received, not opened
    objects = [
        c
        for c in view.children(launcher)
        # a sum is what the thing costs, nothing it opens ("стадион будет стоить 300 млн
        # рублей", initiative73)
        if (view.tokens[c].relation == "obj" and not _in_sum_of_money(view, c))
        # "Завод «X» приступил к серийному производству тракторов": it makes goods
        or (view.tokens[c].relation == "obl" and output_of_goods(view, c, words))
    ]
    # whatever it opens, another project too ("the venture will build a plant"): the
    # subject runs it rather than being launched; "начнет работу кампус" still launches
    if doors_opened(view, index, words) == launcher:
        return False  # "школа откроет свои двери": its own doors are opened with it
    if connecting_link(view, index, words) == launcher:
        return False  # "города свяжет новая дорога": the places joined, not another project
    return any(view.tokens[c].lemma not in words.launch_words for c in objects)


def _in_sum_of_money(view: SentenceView, index: int) -> bool:
    """The token is part of an amount in a currency."""
    return any(q.is_money and index in view.token_indices(q.start, q.end) for q in view.quantities)


def _has_passport(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "паспорт регионального проекта": a project with a passport is a programme of works,
    not the design of a building."""
    head = view.tokens[index].head
    return 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.project_document_nouns


def not_reported(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """The frame says no project is reported: a design ("проект здания разработало бюро"),
    talk ("обсуждают строительство"), a hedge ("о возможном строительстве"), a facility
    that already stands ("действующий терминал построен в 1960-х"), or a past plan not
    carried out ("собирался построить центр, однако отказался")."""
    designs = [
        i
        for i in (index, launcher)
        if view.tokens[i].lemma in words.design_nouns
        and any(view.tokens[c].feats.get("Case") == "Gen" for c in view.children(i))
        and not _has_passport(view, i, words)
    ]
    if designs and (
        {view.tokens[h].lemma for h in [launcher, *governors(view, launcher, 1)]}
        & words.design_verbs
    ):
        return True
    above = [launcher, *governors(view, launcher, 2)]
    if any(view.tokens[h].lemma in words.talk_verbs for h in above):
        return True  # talked about
    # "выступил с предложением создать фонд": a body proposed and voiced is no topic
    backed = backed_body_proposal(view, index, launcher, words)
    if not backed and _topic_listed(view, launcher, words):
        return True
    if (
        any(view.tokens[h].lemma in words.readiness_words for h in above)
        and not _committed_sum(view, launcher, words)
        and ready_for_start(view, index, words) != launcher  # "готов к открытию"
    ):
        return True  # only offered ("готов открыть набор, если …")
    if any(
        view.tokens[h].lemma in words.pace_verbs | words.pace_nouns
        or (
            view.tokens[h].lemma in words.participation_verbs
            and not _attends_the_launch(view, launcher, h, words)
        )
        for h in above
    ):
        return True  # "ускорить реализацию проекта", "участвует в проекте создания зоны":
        # a project under way, sped up or joined
    # "вопрос о выделении средств для выкупа жилья или строительства нового жилья": a
    # talk noun anywhere up the chain of nouns above the launch
    nouns_above = takewhile(lambda h: view.tokens[h].pos != "VERB", view.ancestors(launcher))
    if not backed and any(
        view.tokens[h].lemma in words.talk_nouns and not worked_question(view, h, words)
        for h in nouns_above
    ):
        return True
    if so_called(view, index, words) or _built_place(view, index, launcher, words):
        return True
    if view.preposition(index) in words.background_prepositions:
        return True  # "откроют после реконструкции стадион": the works only date the opening
    # "активисты предложили создать фонд": a body of people proposed is planned by its
    # would-be founders; a centre or museum a person proposes may be a building, and
    # stays an opinion as a facility does (initiative98)
    body = founded_body(view, index, launcher, words)
    if not (body and words.body(view.tokens[index].lemma)) and _proposed_by_person(
        view, launcher, words
    ):
        return True
    if {view.preposition(i) for i in (index, launcher)} & words.opposing_prepositions:
        return True  # "возражения жителей против строительства ТЦ": opposed, not reported
    if _possible_only(view, launcher, words) or _more_money_for_running(
        view, index, launcher, words
    ):
        return True
    if _hypothesis(view, launcher, words) or _under_condition(view, launcher, words):
        return True
    if _readiness_to(view, above, words) or _not_yet_a_plan(view, above, words, body):
        return True
    if _tally_of_projects(view, index, words) or _told_as_trend(view, index, launcher, words):
        return True
    if _year_in_review(view, index, launcher, words) or _topic_after_dash(view, launcher, words):
        return True
    if _only_inspected(view, index, launcher, words) or _schedule(view, index, words):
        return True
    if (
        view.tokens[launcher].lemma in words.institution_senses
        and view.tokens[launcher].feats.get("Number") == "Plur"
    ):
        return True  # "уделяется внимание учреждениям": institutions, no founding
    if _time_phrase(view, launcher, words) or _agenda_item(view, launcher, words):
        return True
    if _defined_list(view, launcher, words) or _routine_upkeep(view, launcher, words):
        return True
    if _programmes_in_general(view, index, words) or _part_of_event(view, launcher, words):
        return True
    if _programme_not_launched(view, index, launcher, words):
        return True
    if _production_in_general(view, index, launcher, words):
        return True
    if _running_told(view, launcher, words) or _not_the_built_thing(view, index, launcher, words):
        return True
    if any(view.tokens[h].lemma in words.ban_words for h in above):
        return True  # "санкции запрещают инвестировать в зоны": a launch banned
    if _papers_for(view, launcher, words):
        return True
    if view.tokens and view.tokens[-1].text in words.question_marks:
        return True  # "Какие отделения откроют в корпусе?": asked, not told
    verb = launcher if view.tokens[launcher].pos == "VERB" else view.tokens[launcher].head
    if 0 <= verb < len(view.tokens) and any(  # "велосипедисты нелегально построили трассы"
        view.tokens[c].lemma in words.illegal_modifiers for c in view.children(verb)
    ):
        return True
    modifiers = {
        view.tokens[c].lemma
        for i in {index, launcher}
        for c in view.children(i)
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


def _topic_listed(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "вопросы касались состояния дорог, уличного освещения, благоустройства дворов",
    "обсуждались проблемы, такие как …, перспективы открытия аэропорта": a work anywhere in
    a list or a chain of nouns under a topic noun, or under a verb of talking, asking or
    complaining, is what was raised, not a project. The chain stops at the first verb."""
    current, seen = launcher, {launcher}
    while True:
        token = view.tokens[current]
        if (
            current != launcher
            and token.lemma in (
                words.talk_nouns | words.topic_nouns | words.talk_verbs  # "Говорили" read as ADV
            )
            and not worked_question(view, current, words)
        ):
            return True
        if current != launcher and token.pos in {"VERB", "AUX"}:
            return token.lemma in words.talk_verbs
        head = token.head
        if not 0 <= head < len(view.tokens) or head in seen:
            return False
        seen.add(head)
        current = head


def _committed_sum(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "готово вложить 540 млн рублей в производство": readiness to put a named sum into a
    work, with no condition in the sentence, is a plan, not an offer."""
    verb = view.tokens[launcher].head if view.tokens[launcher].pos != "VERB" else launcher
    if 0 <= verb < len(view.tokens) and view.tokens[verb].lemma in words.readiness_words:
        # initiative111: "На строительство школы готовы выделить 20 млн": the parser hangs
        # the work on "готовы"; the verb completing it is the one that gives
        verb = next((c for c in view.children(verb) if view.tokens[c].relation == "xcomp"), -1)
    # initiative111: giving a named sum ("готов выделить 20 млн на …") as investing one
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].lemma not in (
        words.investing_verbs | words.funding_verbs
    ):
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
    for head in [launcher, *governors(view, launcher, 2)]:
        if view.tokens[head].lemma not in words.proposal_verbs:
            continue
        subjects = [c for c in view.children(head) if view.tokens[c].relation.startswith("nsubj")]
        return any(
            view.mentions_in(view.subtree(c), {"PER"})
            or view.tokens[c].feats.get("Animacy") == "Anim"
            for c in subjects
        )
    return False


def _possible_only(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Средства гранта можно направить на благоустройство двора": what may be done with
    money or a place is a possibility open to anyone, nobody's plan."""
    verb = launcher if view.tokens[launcher].pos == "VERB" else view.tokens[launcher].head
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].feats.get("VerbForm") != "Inf":
        return False
    head = view.tokens[verb].head
    return 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.possibility_words


def _launching_verb(view: SentenceView, launcher: int) -> int:
    """The verb of the launch: the launcher itself, or the verb a launching noun hangs on
    (-1 when there is none)."""
    verb = launcher if view.tokens[launcher].pos == "VERB" else view.tokens[launcher].head
    return verb if 0 <= verb < len(view.tokens) and view.tokens[verb].pos == "VERB" else -1


def _hypothesis(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Россия может построить нефтепровод": an infinitive launch under a verb of
    possibility is what might happen, not a plan anyone reports."""
    verb = _launching_verb(view, launcher)
    if verb < 0 or view.tokens[verb].feats.get("VerbForm") != "Inf":
        return False
    head = view.tokens[verb].head
    return 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.hypothesis_verbs


def _readiness_to(view: SentenceView, above: list[int], words: InitiativeWords) -> bool:
    """ "подтвердил готовность к созданию предприятия": a readiness noun the launch hangs
    on by "к" is an offer; "готовность корпуса 70 %" is a degree of works and stays."""
    return any(
        view.tokens[head].lemma in words.readiness_nouns
        and view.preposition(below) in words.readiness_prepositions
        for below, head in pairwise(above)
    )


def _not_yet_a_plan(
    view: SentenceView, above: list[int], words: InitiativeWords, body: bool = False
) -> bool:
    """ "стороны рассматривают строительство", "надеемся открыть филиал", "Украина
    предлагает России создать СП": works weighed, hoped for, or offered (a proposal still
    standing, or put to another party) are intentions, not a project anyone has taken on.
    A proposal made with no addressee ("министерство предложило построить") stays, and so
    does one in the passive ("главам районов предложено отремонтировать"): an instruction.
    A body proposed in the present ("предлагаю создать рабочую группу") is planned by its
    would-be founders unless put to another party (initiative98)."""
    for head in above:
        token = view.tokens[head]
        if token.lemma in words.weighing_verbs | words.hope_verbs:
            return True
        if (
            token.lemma in words.proposal_verbs
            and token.feats.get("Voice") != "Pass"  # "главам районов предложено": an order
            and (
                (token.feats.get("Tense") in words.offer_tenses and not body)
                or _addressed(view, head, words)
            )
        ):
            return True
    return False


def weighed_or_offered(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb, or a verb up to two steps above it, weighs, hopes for or offers the work
    ("Украина предлагает России создать совместное предприятие")."""
    return _not_yet_a_plan(view, [verb, *governors(view, verb, 2)], words)


def _addressed(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb has an addressee: a bare noun in the addressee's case ("предлагает России")."""
    return any(
        view.tokens[c].feats.get("Case") in words.offer_addressee_cases
        and view.tokens[c].pos in {"NOUN", "PROPN"}
        and not view.preposition(c)
        for c in view.children(verb)
    )


def _under_condition(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "В случае победы ТОС реализует проект", "если инвестор найдётся, построят завод": a
    launch that waits on a condition is not reported as planned. "В любом случае" sets none."""
    verb = _launching_verb(view, launcher)
    if verb < 0:
        return False
    for child in view.children(verb):
        token = view.tokens[child]
        if token.relation == "advcl" and any(
            view.tokens[mark].relation == "mark"
            and view.tokens[mark].lemma in words.condition_conjunctions
            for mark in view.children(child)
        ):
            return True
        if (
            token.lemma in words.condition_nouns
            and view.preposition(child) in words.condition_prepositions
            and not any(
                view.tokens[modifier].lemma in words.unconditional_modifiers
                for modifier in view.children(child)
            )
        ):
            return True
    return False


def _more_money_for_running(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "на программу «X» дополнительно направят 1,3 млрд рублей": money added to a
    programme or project keeps one that runs already; nothing is launched."""
    if view.tokens[index].lemma not in words.generic_project_nouns | words.running_programme_nouns:
        return False
    if view.tokens[launcher].lemma not in words.funding_verbs:
        return False
    return any(
        view.tokens[c].lemma in words.additional_modifiers
        for i in (launcher, *view.children(launcher))
        for c in view.children(i)
    )


def _counted(view: SentenceView, index: int) -> bool:
    """The noun is counted: a numeral hangs on it, or a quantity covers it."""
    if any(view.tokens[c].relation.startswith("nummod") for c in view.children(index)):
        return True
    return any(index in view.token_indices(q.start, q.end) for q in view.quantities)


def _tally_of_projects(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "За три года реализовано более 50 проектов благоустройства": projects counted by
    the generic noun are a tally of many, none of them told; projects counted as a
    contest's winners ("победили 4 научных проекта") are one award told."""
    token = view.tokens[index]
    return (
        token.lemma in words.generic_project_nouns
        and token.feats.get("Number") == "Plur"
        and _counted(view, index)
        and won_support(view, index, words) is None
    )


def _told_as_trend(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "открываются новые заводы, запускаются линии", "в районе строили и ремонтировали
    дороги": an imperfective verb told of uncounted, unnamed projects in the plural is a
    trend or a review of works, no one project; "строится школа" and "строятся две
    школы" are still told."""
    token, verb = view.tokens[index], view.tokens[launcher]
    member = view.list_head(index)  # "реконструируются детские сады и школы"
    if verb.pos != "VERB" or view.tokens[member].head != launcher:
        return False
    if verb.feats.get("Aspect") != "Imp" or verb.feats.get("VerbForm") != "Fin":
        return False
    if verb.feats.get("Tense") not in {"Pres", "Past"}:
        return False
    if token.feats.get("Number") != "Plur" or _counted(view, index):
        return False
    if words.body(token.lemma):  # "создаются подразделения по борьбе с …": bodies set up
        return False
    relation = view.tokens[member].relation
    if not (relation.startswith("nsubj") or relation == "obj"):
        return False
    named = view.mentions_in(view.subtree(index))
    runners = [c for c in view.children(launcher) if view.tokens[c].relation == "nsubj"]
    if named or any(view.mentions_in(view.subtree(c)) for c in runners):
        return False
    if view.lemmas & words.moment_adverbs:
        return False  # "Сейчас устанавливаются скамейки": works going on now, at a site
    # a settlement named keeps works at a site ("В селе Львовском укладывают трубы"), unless
    # a span of years makes them a review ("в последние годы в районе реконструируются")
    return not view.mentions_in(view.subtree(launcher), PLACE_TYPES) or _over_years(
        view, launcher, words
    )


def _over_years(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb is told over a span of years: a plural period noun on it."""
    return any(
        view.tokens[c].lemma in words.period_nouns
        and view.tokens[c].feats.get("Number") == "Plur"
        for c in view.children(verb)
    )


def _year_in_review(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "в 2022 году в городе построены новые детские площадки и скверы": a perfective
    participle told of plural, unnamed, uncounted projects over a year sums up the year's
    works, no one project; a settlement named keeps them ("в Самаре построены дороги")."""
    token, verb = view.tokens[index], view.tokens[launcher]
    member = view.list_head(index)
    if (
        verb.pos != "VERB"
        or view.tokens[member].head != launcher
        or verb.relation in {"amod", "acl"}
    ):
        return False
    if (verb.feats.get("VerbForm"), verb.feats.get("Voice"), verb.feats.get("Aspect")) != (
        "Part",
        "Pass",
        "Perf",
    ):
        return False
    if not view.tokens[member].relation.startswith("nsubj"):
        return False
    if token.feats.get("Number") != "Plur" or _counted(view, index):
        return False
    if view.mentions_in(view.subtree(index)):
        return False
    if not any(view.tokens[c].lemma in words.period_nouns for c in view.children(launcher)):
        return False
    return not view.mentions_in(view.subtree(launcher), PLACE_TYPES)


def _topic_after_dash(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Среди вопросов, которые поднимают жители, — ремонт дорог", "созвучны темам … –
    ремонт дорог, транспорт": a work listed after a dash that follows a topic noun names
    what was raised. The parser hangs such lists anywhere, so the words are read in order:
    no finite verb between the dash and the work, none above the work after the dash."""
    if view.tokens[launcher].pos != "NOUN":
        return False
    dashes = [i for i in range(launcher) if view.tokens[i].text in words.dash_marks]
    if not dashes:
        return False
    dash = dashes[-1]
    topics = words.topic_nouns | words.talk_nouns
    if not any(view.tokens[i].lemma in topics for i in range(dash)):
        return False
    if any(view.tokens[i].feats.get("VerbForm") == "Fin" for i in range(dash + 1, launcher)):
        return False
    return not any(
        head > dash and view.tokens[head].feats.get("VerbForm") == "Fin"
        for head in view.ancestors(launcher)
    )


def _only_inspected(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "Объезд начался с посещения производственных баз", "планирует посетить предприятия,
    осмотреть отремонтированные тротуары": a place named plainly as what a visitor sees, or
    works only on the list of a visit still to come, are the visit's stops, not a project.
    Works a visitor saw ("осмотрел строящийся тротуар") and a launch the visit attends
    ("посетил открытие школы") are still told."""
    launcher_token = view.tokens[launcher]
    planned_stop = launcher_token.feats.get("VerbForm") == "Part" and launcher_token.head == index
    if launcher != index and not planned_stop:
        return False
    member = view.list_head(index)
    head = view.tokens[member].head
    if not (
        0 <= head < len(view.tokens)
        and view.tokens[member].relation in {"obj", "nmod"}
        and view.tokens[head].lemma in words.inspection_words
    ):
        return False
    # works a participle tells count only where the visit is still to come (an infinitive)
    return launcher == index or view.tokens[head].feats.get("VerbForm") == "Inf"


def _schedule(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "Разработана программа посещения поселений": a programme of visits or events is a
    schedule, not a project."""
    return view.tokens[index].lemma in words.schedule_nouns and any(
        view.tokens[c].lemma in words.scheduled_nouns and view.tokens[c].feats.get("Case") == "Gen"
        for c in view.children(index)
    )


def _time_phrase(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "В начале декабря школа будет отмечать 40-летие": a start noun whose genitive is a
    date or a period ("в начале года") tells a time, not a launch."""
    if view.tokens[launcher].lemma not in words.time_launch_nouns:
        return False
    dated = {i for d in view.dates for i in view.token_indices(d.start, d.end)}
    return any(
        c in dated or view.tokens[c].lemma in words.time_nouns | words.period_nouns
        for c in view.children(launcher)
        if view.tokens[c].relation == "nmod"
    )


def _agenda_item(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Третьим пунктом значится выполнение программы", "В повестке значится ремонт": a
    launching noun that is the subject of a verb placing it on an agenda is a topic. A stop
    of a visit so placed ("пунктом стало посещение строящейся аллеи") still tells its works."""
    if view.tokens[launcher].pos != "NOUN":
        return False
    nouns_above = takewhile(lambda h: view.tokens[h].pos == "NOUN", view.ancestors(launcher))
    top = [launcher, *nouns_above][-1]  # "выполнение программы ремонта дорог": the chain's top
    token = view.tokens[top]
    verb = token.head
    if not token.relation.startswith("nsubj"):
        return False
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].pos != "VERB":
        return False
    return any(view.tokens[c].lemma in words.agenda_nouns for c in view.children(verb))


def _defined_list(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Это строительство и ремонт дорог, модернизация здравоохранения": a list of works
    said to be what "это" (aims or priorities named before) consists of, with no verb."""
    head = view.list_head(launcher)
    return view.tokens[head].relation == "root" and any(
        view.tokens[c].relation.startswith("nsubj")
        and view.tokens[c].lemma in words.restating_pronouns
        for c in view.children(head)
    )


def _routine_upkeep(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "приступили к выполнению сезонных работ по благоустройству", "текущий ремонт
    дорог": works that return every season or year are upkeep, not a project."""
    return any(
        view.tokens[c].lemma in words.routine_modifiers and view.tokens[c].relation == "amod"
        for h in [launcher, *governors(view, launcher, 2)]
        if view.tokens[h].pos == "NOUN"
        for c in view.children(h)
    )


def _programmes_in_general(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "контроль за реализацией госпрограмм": programmes in the plural, uncounted and none
    named, are programmes in general, no one project."""
    token = view.tokens[index]
    return (
        token.lemma in words.programme_nouns
        and token.feats.get("Number") == "Plur"
        and not _counted(view, index)
        and not view.mentions_in(view.subtree(index))
        and not any(view.tokens[i].text in words.quotes for i in view.subtree(index))
    )


def _programme_not_launched(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "в области реализуется программа поддержки врачей": a programme carried out now runs
    already; "средства, выделенные по госпрограмме": the programme is where the money comes
    from. Neither launches the programme ("запустят программу", "программа стартовала" do)."""
    token = view.tokens[index]
    if token.lemma not in words.programme_nouns and not _state_project(view, index, words):
        return False
    verb = view.tokens[launcher]
    if view.preposition(index) in words.programme_frame_prepositions:
        # "идёт благоустройство по программе": the works are read with the programme;
        # "по программе капремонта": the programme only named after its own work
        return verb.pos == "VERB" or launcher in view.children(index)
    return (
        verb.lemma in words.programme_running_verbs
        and verb.feats.get("Tense") == "Pres"
        and verb.feats.get("Aspect") == "Imp"
    )


def _state_project(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "по национальному проекту «Демография»", "благодаря федеральному проекту": a
    "проект" of the state's level is a programme (initiative115); "проект школы" stays the
    design or the work it names."""
    return view.tokens[index].lemma in words.programme_project_nouns and any(
        view.tokens[c].relation == "amod"
        and view.tokens[c].lemma in words.programme_project_adjectives
        for c in view.children(index)
    )


def _production_in_general(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "за счёт восстановления производства", "инвестировать в производство", "участок для
    расширения производства": a bare output noun grown, restored or invested in is a firm's
    making in general, not a plant; one described ("совместное производство", "производство
    шин"), founded ("открыли производство") or restating a plant told just before stays a
    project."""
    token = view.tokens[index]
    if token.lemma not in words.general_output_nouns or view.mention_at(index) is not None:
        return False
    if any(view.tokens[c].relation in {"amod", "nmod", "appos", "flat"} for c in view.children(index)):
        return False
    if view.tokens[launcher].lemma not in words.output_growth_words:
        return False
    if _invested_at_a_place(view, index, launcher, words):
        return False
    # "Chery построит завод … Компания вложит в производство 15 млрд": the plant restated
    return not any(
        token.lemma in words.plant_nouns
        for earlier in view.views_before(LOOK_BACK)
        for token in earlier.tokens
    )


def _attends_the_launch(
    view: SentenceView, launcher: int, verb: int, words: InitiativeWords
) -> bool:
    """ "поучаствовал в церемонии запуска электростанции", "участвовал в открытии школы":
    the participation verb takes the launch event itself (an opening noun, or a ceremony
    holding one), so the project is launched, not joined while under way."""
    if view.tokens[launcher].lemma not in words.attended_launch_nouns:
        return False
    head = view.tokens[launcher].head
    if head == verb:
        return True
    return (
        0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.launch_event_nouns
        and view.tokens[head].head == verb
    )


def _invested_at_a_place(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "вложит 4,5 млрд рублей в производство в Ленобласти": a sum invested in making at a
    named place (the parser hangs the place on the verb) sets up a site there, as
    "производство в Ленобласти" would; "инвестировать в производство" alone stays general."""
    verb = view.tokens[launcher]
    if verb.lemma not in words.investing_verbs or view.tokens[index].head != launcher:
        return False
    if not money_given(view, launcher, words):
        return False
    return any(
        view.tokens[c].relation == "obl"
        and c > index
        and view.preposition(c) in words.place_prepositions
        and view.mentions_in(view.subtree(c), PLACE_TYPES)
        for c in view.children(launcher)
    )


def _part_of_event(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "На празднике соседей организовали площадки по интересам": what is arranged at a
    holiday or a festival is part of that event. An opening told there ("на празднике
    открыли новую площадку") is still a launch."""
    verb = view.tokens[launcher]
    return verb.lemma in words.arranging_verbs and any(
        view.tokens[c].lemma in words.scheduled_nouns
        and view.tokens[c].relation == "obl"
        and view.preposition(c) in words.occasion_prepositions
        for c in view.children(launcher)
    )


def _running_told(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "рассказала о работе отделения", "информация о работе предприятий", "посвящённой
    работе вузов", "рассказали о завершающем этапе реализации программы": the running of a
    body or project told as a topic is its ongoing work, not its start. The topic may hang
    on a phase or course of the running; a launch word above it keeps the launch
    ("объявили о начале работы центра")."""
    if view.tokens[launcher].lemma not in words.running_nouns:
        return False
    current, seen = launcher, {launcher}
    while True:
        token = view.tokens[current]
        if view.preposition(current) in words.about_prepositions:
            return True
        head = token.head
        if not 0 <= head < len(view.tokens) or head in seen:
            return False
        if token.feats.get("Case") == "Dat" and view.tokens[head].lemma in words.dedication_words:
            return True
        if view.tokens[head].lemma not in words.phase_nouns | words.progress_nouns:
            return False
        seen.add(head)
        current = head


def _not_the_built_thing(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "продукции, реализованной предприятиями", "гаражи, построенные впритык к жилым
    домам", "Комбинат по благоустройству", "заложили денег": the agent of a launching word
    does the work, a noun a building word puts the built thing next to is a landmark, a
    work hung by "по" on a body's name names its trade, and money is what pays; none of
    them is the project launched."""
    token = view.tokens[index]
    if token.lemma in words.money_nouns:
        return True  # "заложили денег на уборку": money, whatever it is put into
    if token.head == launcher and (
        token.relation == "obl:agent"
        # "приступило к укладке кабеля": "к" before the work itself still launches it
        or (
            view.preposition(index) in words.adjacency_prepositions
            and view.tokens[launcher].lemma in words.build_words
        )
    ):
        return True
    # only a name says trade: "о проекте по внедрению СПО" is the project of that work
    return (
        view.tokens[launcher].head == index
        and view.preposition(launcher) in words.trade_prepositions
        and index > 0
        and token.text[:1].isupper()
    )


def _papers_for(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "оформление бумаг на ввод в эксплуатацию дома", "документы на строительство": papers
    drawn up for a launch say nothing of the launch itself. The parser often hangs the
    launching noun elsewhere, so the paper may also be the word just before its preposition."""
    if view.preposition(launcher) not in words.paperwork_prepositions:
        return False
    cases = [c for c in view.children(launcher) if view.tokens[c].relation == "case"]
    before = min(cases) - 1 if cases else -1
    head = view.tokens[launcher].head
    papers = [
        i
        for i in (head, before)
        if 0 <= i < len(view.tokens) and view.tokens[i].lemma in words.paperwork_nouns
    ]
    return bool(papers) and not any(
        _commissioning_permitted(view, paper, launcher, words) for paper in papers
    )


def _commissioning_permitted(
    view: SentenceView, paper: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "выдано разрешение на ввод в эксплуатацию ФАПа": a permission to commission issued
    by the authority is given for a building finished, so it tells the launch, as papers
    drawn up or only obtained by the builder ("оформление бумаг на ввод", "застройщик
    получил разрешение") do not (initiative100)."""
    if (
        view.tokens[paper].lemma not in words.permission_nouns
        or view.tokens[launcher].lemma not in words.commissioning_nouns
    ):
        return False
    head = view.tokens[paper].head
    return 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.issuing_verbs
