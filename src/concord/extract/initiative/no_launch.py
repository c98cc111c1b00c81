"""Precision filters for sentences that tell no launch at all (initiative60).

Ordinary city news names projects' nouns without launching anything: a body's work
("работу поликлиники проверил"), a body named by its trade ("предприятие по разработке
автотехники"), a participle that describes another thing ("санкции, введённые в отношении
предприятия"), a topic made by a linking verb ("Темами обсуждения стали … строительство
станций") and a routine intake ("Начало приема в 16:00"). Across the seen batches these
claims were all false.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.initiative.works_in_facility import building_work
from concord.extract.sentence_view import SentenceView


def tells_no_launch(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """The noun at `index` with its `launcher` tells no new undertaking."""
    return (
        _body_at_work(view, launcher, words)
        or _routine_intake(view, index, words)
        or _trade_of_the_noun(view, index, launcher, words)
        or _describes_another_thing(view, index, launcher)
        or _topic_by_linking_verb(view, launcher, words)
        or budget_line_for_a_network(view, index, launcher, words)
        or _proposal(view, index, words)
    )


def _proposal(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "организовано по инициативе родительского комитета", "поддержали инициативу
    строительства школы": a proposal names who proposed or what work is proposed; the work
    is claimed from its own noun, the proposal is none."""
    if view.tokens[index].lemma not in words.proposal_nouns:
        return False
    if view.preposition(index) in words.proposer_prepositions:
        return True
    works = words.launch_words | words.build_words
    return any(
        view.tokens[child].relation == "nmod" and view.tokens[child].lemma in works
        for child in view.children(index)
    )


def _body_at_work(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "работу поликлиники проверил": a body's work is its functioning; a launch word
    above the work keeps the start ("объявил о начале работы центра")."""
    if (
        view.tokens[launcher].lemma not in words.functioning_nouns
        or building_work(view, launcher, words)
        or _works_on_a_work(view, launcher, words)
    ):  # "ремонтные работы": work on a building, not a body's functioning
        return False
    head = view.tokens[launcher].head
    return not (0 <= head < len(view.tokens) and view.tokens[head].lemma in words.launch_words)


def _works_on_a_work(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "работы по прокладке кабеля", "работы по капитальному ремонту поликлиники"
    (initiative101): works named by a work of building, laying or repair are that work,
    not a body's functioning."""
    works = words.build_words | words.renovation_nouns
    return any(
        view.tokens[c].relation == "nmod"
        and view.preposition(c) in words.work_topic_prepositions
        and view.tokens[c].lemma in works
        for c in view.children(launcher)
    )


def _routine_intake(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "врачи начали прием", "начнёт набор детей": an intake of visitors, patients or
    pupils is what a body does again and again; an intake of applications may open a new
    service ("начал приём заявок на регистрацию доменов") and is left to the other tests."""
    return view.tokens[index].lemma in words.routine_intake_nouns and not any(
        view.tokens[child].lemma in words.application_nouns for child in view.children(index)
    )


def _trade_of_the_noun(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "предприятие по разработке и производству техники", "центр по созданию игр": a work
    hung by "по" on the noun itself names what the place does, not its start."""
    token = view.tokens[launcher]
    return (
        token.head == index
        and view.preposition(launcher) in words.trade_prepositions
        and view.tokens[index].lemma not in words.generic_project_nouns
    )  # "проект по созданию центра" is the project of that work, told as it is


def _describes_another_thing(view: SentenceView, index: int, launcher: int) -> bool:
    """ "санкции, введённые в отношении предприятия": a full past participle describing
    another noun tells what that noun is; the project noun is only one of its complements."""
    token = view.tokens[launcher]
    return (  # a relative clause or a short form ("был построен зал") still tells the act
        token.relation == "acl"
        and token.head != index
        and token.feats.get("VerbForm") == "Part"
        and token.feats.get("Tense") == "Past"
        and token.feats.get("Variant") != "Short"
    )


def _topic_by_linking_verb(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Темами обсуждения стали генплан, строительство станций": the work, alone, in a
    list or in a chain of nouns, is the subject of a linking verb whose complement is a
    topic noun. The chain stops at the first verb."""
    member, seen = launcher, {launcher}
    while view.tokens[member].pos not in {"VERB", "AUX"}:
        head = view.tokens[member].head
        if not 0 <= head < len(view.tokens) or head in seen:
            return False
        seen.add(head)
        if view.tokens[head].pos in {"VERB", "AUX"}:
            break
        member = head
    verb = view.tokens[member].head
    if (
        not view.tokens[member].relation.startswith("nsubj")
        or not 0 <= verb < len(view.tokens)
        or view.tokens[verb].lemma not in words.linking_verbs
    ):
        return False
    topics = words.topic_nouns | words.talk_nouns
    return any(
        view.tokens[child].lemma in topics and not view.tokens[child].relation.startswith("nsubj")
        for child in view.children(verb)
    )


def budget_line_for_a_network(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "направят 10 млрд на строительство дорог", "средства направят на ремонт дорог",
    "выделить на городские дороги": money for a network's works in general (roads in the
    plural, no name or count) is a line of a budget, not one project (initiative61). A named
    or counted road ("дороги Казань — Екатеринбург", "5 дорог") is left to the other tests."""
    noun = view.tokens[index]
    if noun.lemma not in words.network_nouns or noun.feats.get("Number") != "Plur":
        return False
    if any(_names_or_counts(view, child) for child in view.children(index)):
        return False
    return _paid_for(view, index, words) or (
        noun.head == launcher and _paid_for(view, launcher, words)
    )


def _names_or_counts(view: SentenceView, child: int) -> bool:
    """ "дороги Казань — Екатеринбург", "5 дорог": a name without a preposition or a count;
    "дорог в Крыму" only places the works."""
    token = view.tokens[child]
    return token.relation == "nummod" or (token.pos == "PROPN" and not view.preposition(child))


def _paid_for(view: SentenceView, work: int, words: InitiativeWords) -> bool:
    """The work (or the first of its list) hangs by "на"/"для" on a word of money or of a
    budget's allocation ("выделить", "средства", "распределение")."""
    member, seen = work, {work}
    while view.tokens[member].relation == "conj":
        head = view.tokens[member].head
        if not 0 <= head < len(view.tokens) or head in seen:
            return False
        seen.add(head)
        member = head
    payer = view.tokens[member].head
    if not 0 <= payer < len(view.tokens) or view.preposition(member) not in words.purpose_prepositions:
        return False
    return view.tokens[payer].lemma in (
        words.funding_verbs | words.money_nouns | words.budget_line_words
    )
