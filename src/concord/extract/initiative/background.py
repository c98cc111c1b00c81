"""Precision filters for launches only in the background: a launch that dates something
else ("до начала строительства"), an occasion ("на открытии катка"), a range or a field
("в области ремонта дорог"), a need or a supposition ("необходимо провести …"), what
accompanies a change ("с постройкой завода"), a framing clause, a title in quotes, and
the frame noun ("в рамках программы") whose object is another launch.
"""

from __future__ import annotations

from itertools import islice, takewhile

from concord.extract.initiative.costs import told_by_its_cost
from concord.extract.initiative.framed import framed_object
from concord.extract.initiative.projects import is_project
from concord.extract.initiative.reading import during, governors
from concord.extract.initiative.told_by_duration import told_by_its_duration
from concord.extract.initiative.words import InitiativeWords
from concord.extract.initiative.worked_questions import worked_question
from concord.extract.sentence_view import SentenceView

_FIELD_REACH = 6  # links up a list of works hung one on another to the field noun


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


def _dated(view: SentenceView, launch: int, words: InitiativeWords) -> bool:
    """ "поздравило с 90-летием со дня образования предприятия", "в годовщину открытия
    моста": a launching noun in the genitive of a day or an anniversary names the date it
    happened, long ago or not; the news is the day, not the launch."""
    token = view.tokens[launch]
    head = token.head
    if token.pos != "NOUN" or token.feats.get("Case") != "Gen" or view.preposition(launch):
        return False
    if not 0 <= head < len(view.tokens):
        return False
    lemma = view.tokens[head].lemma
    return lemma in words.dating_nouns or (
        bool(words.dating_suffixes) and lemma.endswith(words.dating_suffixes)
    )


def in_background(
    view: SentenceView, launcher: int, words: InitiativeWords, proposed: bool = False
) -> bool:
    """The launching word, or a launching word above it ("до начала строительства"),
    only dates something else. `proposed`: the launch is a body proposed and voiced
    (`proposed_bodies`), so the proposal noun above it is no talk noun."""
    chain = [
        launcher,
        *takewhile(
            lambda head: view.tokens[head].lemma in words.launch_words,
            governors(view, launcher, 2),
        ),
    ]
    if any(
        (
            view.preposition(index) in words.background_prepositions
            and not _range_end(view, index, words)
        )
        or during(view, index, words)  # "в ходе строительства детдома пропали деньги"
        for index in chain
    ):
        return True
    if _occasion(view, chain[-1], words) or _dated(view, chain[-1], words):
        return True
    if _accompanies(view, chain[-1], words):
        return True
    if not proposed and any(
        (view.tokens[h].lemma in words.talk_nouns and not worked_question(view, h, words))
        or (view.tokens[h].lemma in words.tender_nouns and not announced_tender(view, h, words))
        for h in governors(view, launcher, 2)
    ):
        return True
    if any(
        _framing(view, index, words) or _under_frame_noun(view, index, words) for index in chain
    ):
        return True
    if _episode_of_story(view, chain[-1], words):
        return True
    if any(view.tokens[c].lemma in words.habitual_adverbs for i in chain for c in view.children(i)):
        return True  # "традиционно кампания начинается 15 марта": a habit, no launch
    top = view.tokens[chain[-1]]
    if not 0 <= top.head < len(view.tokens):
        return False
    governor = view.tokens[top.head].lemma
    if any(
        view.tokens[head].lemma in words.demand_verbs | words.demand_nouns and head < launcher
        for head in governors(view, chain[-1], 3)
    ):
        # "потребовали создания велодорожек", "попросил оказать содействие в строительстве
        # …", "с просьбой поддержать строительство": asked for, not planned. The asking
        # comes first; one told after a dash is another clause the parser hung the launch
        # on ("Планируется создать центр – здесь губернатор попросил поддержки").
        return True
    if _needed_or_supposed(view, chain[-1], words) or _field_of(view, chain[-1], words):
        return True
    if _described_subject(view, chain[-1], words) or _measured(view, chain[-1], words):
        return True
    # "Открытие велодорожки не обошлось без …": the launch is what something else is
    # said of, unless that something is the launch taking place ("запланировано").
    return (
        top.pos in {"NOUN", "PROPN"}
        and top.relation.startswith("nsubj")
        and top.lemma not in words.readiness_nouns  # "готовность школы составляет 80 %"
        # "вложения в терминал составят 3 млрд": the investment told by its sum
        and top.lemma not in words.investment_nouns
        and _another_predicate(governor, words)
        # "Строительство моста обойдётся в 4 млрд": the work told by its cost
        and not told_by_its_cost(view, chain[-1], words)
        # initiative107: "Строительство школы заняло четыре месяца": told by its span
        and not told_by_its_duration(view, chain[-1], words)
    )


def _another_predicate(lemma: str, words: InitiativeWords) -> bool:
    """A predicate that says something else of a launch, not that it takes place."""
    return lemma not in (
        words.launch_words
        | words.happening_verbs
        | words.completion_verbs
        | words.carrying_out_verbs
        | words.continuing_verbs
        | words.generic_project_nouns
        | words.holding_verbs  # "был проведён капитальный ремонт": the work carried out
        | words.work_performing_verbs  # "был произведён ремонт", "выполнено благоустройство"
        | words.plan_nouns
        | words.plan_verbs
    )


_DESCRIBING = frozenset({"amod", "acl"})
_DESCRIBED_REACH = 2  # "количество лабораторий, созданных …": up through a genitive


def _described_subject(view: SentenceView, top: int, words: InitiativeWords) -> bool:
    """ "Программа, начатая в 2010-м, продлится до 2020 года", "количество лабораторий,
    созданных учёными, дорастет до 200": a launching participle only describes a noun
    that something else is said of; the news is that other predicate."""
    token = view.tokens[top]
    if token.relation not in _DESCRIBING or token.feats.get("VerbForm") != "Part":
        return False
    noun = token.head
    for _ in range(_DESCRIBED_REACH):
        if not 0 <= noun < len(view.tokens):
            return False
        described = view.tokens[noun]
        head = described.head
        if described.relation.startswith("nsubj") and 0 <= head < len(view.tokens):
            return _another_predicate(view.tokens[head].lemma, words)
        if described.relation != "nmod" or view.preposition(noun):
            return False
        noun = head
    return False


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
    noun names a field, not a project; so does a work after "по" on a noun ranking its
    doer ("рекордсмен по строительству дорог")."""
    head = view.tokens[top].head
    if (
        0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.ranking_nouns
        and view.preposition(top) in words.topic_prepositions
    ):
        return True
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
        if (
            view.tokens[current].relation == "nmod"
            and view.tokens[head].lemma in words.sphere_nouns
        ):
            return True
        seen.add(head)
        current = head
    return False


def _measured(view: SentenceView, top: int, words: InitiativeWords) -> bool:
    """ "высокие темпы строительства жилья", "лидер по объёму ремонта дорог": a work in the
    genitive of a rate or a volume is a statistic of many works, not a project."""
    token = view.tokens[top]
    head = token.head
    return (
        token.pos == "NOUN"
        and token.relation == "nmod"
        and not view.preposition(top)
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.rate_nouns
        and not _work_under_way(view, top, words)
    )


def _work_under_way(view: SentenceView, top: int, words: InitiativeWords) -> bool:
    """ "осмотрел ход капремонта бани", "темпы строительства Дома культуры": the course or
    pace of a work on one facility named in its genitive tells that work as under way, a
    project, not a story's episode nor a statistic of many works ("высокие темпы
    строительства жилья", "ход уборочной кампании" stay so). A pace needs one facility; a
    course may follow several ("ход строительства домов для детей-сирот")."""
    token = view.tokens[top]
    head = token.head
    if not (
        token.pos == "NOUN"
        and token.relation == "nmod"
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.progress_nouns
    ):
        return False
    one_needed = view.tokens[head].lemma in words.rate_nouns
    return any(
        view.tokens[child].relation == "nmod"
        and view.tokens[child].feats.get("Case") == "Gen"
        and not view.preposition(child)
        and _facility(view, child, words)
        and not (one_needed and view.tokens[child].feats.get("Number") != "Sing")
        # the parser may hang the facility on the course noun, right after the work
        for child in [*view.children(top), *view.children(head)]
        if child > top
    )


def _needed_or_supposed(view: SentenceView, top: int, words: InitiativeWords) -> bool:
    """ "необходимо провести реконструкцию аэропорта", "в случае строительства моста …",
    "если говорить о строительстве завода": a launch told as a need or a supposition is
    what would have to happen, not a project anyone runs or plans."""
    for position in view.clause_governors(top, 3, shared_subordinator=True):
        token = view.tokens[position]
        if position != top and _wished(view, position, words):
            return True  # "было бы хорошо открыть театр" (initiative112)
        if position != top and token.lemma in words.necessity_words:
            if _money_needed_for(view, top, position, words):
                continue  # "на строительство детсада необходимо 154,9 млн рублей": its cost
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


def _wished(view: SentenceView, position: int, words: InitiativeWords) -> bool:
    """ "было бы хорошо открыть театр", "правильно было бы построить мост": an evaluative
    predicate with the conditional "бы" over the launch wishes for it; nobody plans it.
    "хотел бы сообщить, что построим центр" is no evaluative predicate and stays."""
    return view.tokens[position].lemma in words.wish_predicates and any(
        view.tokens[c].lemma in words.conditional_particles for c in view.children(position)
    )


def _money_needed_for(view: SentenceView, top: int, need: int, words: InitiativeWords) -> bool:
    """ "на строительство детсада необходимо 154,9 млн рублей": a sum needed for a work
    told with "на" tells the cost of a project in hand (as "потребуется" does), not that
    the work itself would have to be done ("необходимо построить детсад")."""
    if view.tokens[top].pos != "NOUN" or view.tokens[top].head != need:
        return False
    if view.preposition(top) not in words.purpose_prepositions:
        return False
    own = {i for c in view.children(need) if c != top for i in view.subtree(c)}
    return any(q.is_money and set(view.token_indices(q.start, q.end)) & own for q in view.quantities)


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


def in_title(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """Inside «…» opened right after a noun: a title ("программа «Модернизация школ»"),
    whose words launch nothing; quoted speech opens elsewhere and still reports."""
    opening = None
    for position in range(index):
        text = view.tokens[position].text
        if text in words.closing_quotes and opening is not None:
            opening = None
        elif text in words.quotes:
            opening = position
    return opening is not None and opening > 0 and view.tokens[opening - 1].pos in {"NOUN", "PROPN"}


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


def _under_frame_noun(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "возводится в рамках реализации программы": a launching noun hanging from a frame
    noun makes its project only the frame of the launch told by the verb."""
    head = view.tokens[index].head
    return (
        view.tokens[index].pos == "NOUN"
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.frame_nouns
    )


_STORY_REACH = 3  # "развязка истории со строительством центра": up through two nouns


def _episode_of_story(view: SentenceView, top: int, words: InitiativeWords) -> bool:
    """ "Развязка истории со строительством центра оказалась неожиданной", "Ход начатой
    уборочной кампании могут задержать дожди": the launch (or the project a launching
    participle describes) hangs in the nouns below a story or its course; the news is an
    episode of that story, not the launch. The walk stops at the first word that is not a
    noun."""
    if _work_under_way(view, top, words):
        return False
    nouns_above = takewhile(lambda head: view.tokens[head].pos == "NOUN", view.ancestors(top))
    return any(
        view.tokens[head].lemma in words.story_nouns for head in islice(nouns_above, _STORY_REACH)
    )


def framing_noun(view: SentenceView, index: int, words: InitiativeWords) -> bool:
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


def _facility(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A facility a work is done on: a project noun, a noun the work's frame makes one
    ("строительства бани"), or a named inanimate place ("капремонта Дома культуры")."""
    token = view.tokens[index]
    return (
        is_project(view, index, words)
        or framed_object(view, index, words) is not None
        or (view.mention_at(index) is not None and token.feats.get("Animacy") == "Inan")
    )


def announced_tender(view: SentenceView, tender: int, words: InitiativeWords) -> bool:
    """ "Администрация объявила аукцион на строительство ФОКа", "Объявлен конкурс на
    проектирование школы" (initiative110): a tender announced or held for a work is that work
    procured, so the work is planned by whoever procures it (the pool gold reads it so). A
    tender only named ("по итогам конкурса", "выиграла тендер", "конкурс отменён") stays
    background: the work is told as its frame."""
    head = view.tokens[tender].head
    if not 0 <= head < len(view.tokens):
        return False
    return view.tokens[tender].relation in {"obj", "nsubj:pass"} and (
        view.tokens[head].lemma in words.tender_announcing_verbs
    )
