"""Projects told through their money or their schedule: "проект торгового центра с
объёмом инвестиций 4 млрд рублей", "вложения в новый терминал составят 3 млрд рублей",
"вторая очередь завода планируется к пуску в 2027 году". Business and regional news
often name a project only by what is invested in it or when it is due to start; the
investment or the scheduled start is then the word that launches it. A sum alone, a
price ("стоимость завода оценивается в …") or a fund names no such launch.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def invested_in(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The investment word launching the project noun: an investment phrase the noun holds
    ("проект цеха с объёмом инвестиций 6 млрд"), or an investment noun whose object ("в"
    + the noun) it is ("вложения в новый терминал составят 3 млрд"), a sum being told in
    the sentence; none where only a price or a sum committed to nothing is told."""
    if not view.quantities:
        return None
    token = view.tokens[index]
    head = token.head
    if (  # "вложения в новый терминал": the project is what the money goes into
        0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.investment_nouns
        and view.preposition(index) in words.investment_prepositions
    ):
        return head
    for child in _own_and_genitive_children(view, index):
        if view.preposition(child) not in words.investment_phrase_prepositions:
            continue
        if _investment_phrase(view, child, words):
            return child  # "с объёмом инвестиций", "с инвестициями в 2 млрд рублей"
    return None


def _own_and_genitive_children(view: SentenceView, index: int) -> list[int]:
    """The noun's dependents and those of its bare genitive: "проект торгового центра с
    объёмом инвестиций" hangs the investment on the centre the project names."""
    children = view.children(index)
    held = [
        grandchild
        for child in children
        if view.tokens[child].relation == "nmod"
        and view.tokens[child].feats.get("Case") == "Gen"
        and not view.preposition(child)
        for grandchild in view.children(child)
    ]
    return [*children, *held]


def _investment_phrase(view: SentenceView, noun: int, words: InitiativeWords) -> bool:
    """ "инвестициями", "объёмом инвестиций": an investment noun, or a volume noun holding
    one in the bare genitive."""
    lemma = view.tokens[noun].lemma
    if lemma in words.investment_nouns:
        return True
    return lemma in words.investment_volume_nouns and any(
        view.tokens[c].lemma in words.investment_nouns and not view.preposition(c)
        for c in view.children(noun)
    )


def scheduled_start(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Новая линия запланирована к вводу в 2027 году", "вторая очередь завода
    планируется к пуску": a facility, or the phase that holds it in the genitive, is the
    subject of a verb of planning whose goal ("к" + a launching noun) starts it; the goal
    launches it, as "запланирован ввод линии" does."""
    subject = index
    token = view.tokens[index]
    if (  # "очередь завода": the plant through its phase
        token.relation == "nmod"
        and token.feats.get("Case") == "Gen"
        and not view.preposition(index)
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.phase_nouns
    ):
        subject = token.head
    verb = view.tokens[subject].head
    if not (
        view.tokens[subject].relation.startswith("nsubj")
        and 0 <= verb < len(view.tokens)
        and view.tokens[verb].lemma in words.plan_verbs
    ):
        return None
    return _start_goal(view, verb, words)


def funds_recipient(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "77 млн выделят трём школам": a project noun in the dative of the verb giving the
    money receives it; no work on it is named, so nothing is launched (money "на
    строительство школы" names the work)."""
    token = view.tokens[index]
    return (
        token.head == launcher
        and token.feats.get("Case") == "Dat"
        and not view.preposition(index)
        and view.tokens[launcher].lemma in words.funding_verbs
    )


def ready_for_start(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Спорткомплекс готов к открытию", "построенная котельная готова ко вводу в
    эксплуатацию", "школа будет готова к сдаче" (initiative88): the facility, the subject
    of a readiness word, is ready for the start its goal ("к" + a launching noun) names; the
    goal launches it, an opening still ahead, before any participle that only describes the
    facility ("построенная"). A goal with its own genitive ("завод готов к запуску линии")
    starts that other thing. The facility may be told through its building or phase
    ("здание поликлиники готово к открытию", "первая очередь завода готова к пуску")."""
    token = view.tokens[index]
    if (
        view.bare_genitive(index)
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.phase_nouns | words.structure_nouns
    ):
        token = view.tokens[token.head]
    ready = token.head
    if not 0 <= ready < len(view.tokens):
        return None
    # initiative107: "школу готовят к открытию": the facility readied is the object of a
    # verb of preparing, as it is the subject of "готова" or "готовится"
    readied = (
        token.relation == "obj" and view.tokens[ready].lemma in words.facility_preparing_verbs
    )
    if not readied and not (
        token.relation.startswith("nsubj")
        and view.tokens[ready].lemma in words.facility_ready_words
    ):
        return None
    return _start_goal(view, ready, words, own_complement=False)


def _start_goal(
    view: SentenceView, word: int, words: InitiativeWords, own_complement: bool = True
) -> int | None:
    """The start a plan or readiness word aims at ("планирует к открытию", "готов ко
    вводу"): "к" + a launching noun; without `own_complement`, not one with a genitive of its
    own ("к запуску линии" starts the line)."""
    for goal in view.children(word):
        if (
            view.tokens[goal].relation == "obl"
            and view.preposition(goal) in words.planned_goal_prepositions
            and view.tokens[goal].lemma in words.scheduled_start_nouns
            and (own_complement or not any(view.bare_genitive(c) for c in view.children(goal)))
        ):
            return goal
    return None
