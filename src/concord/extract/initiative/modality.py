"""Modality and planning: what makes a launch told as done a plan (a deciding or
scheduling verb, a decision noun, an unachieved infinitive) and what makes one too old
to report ("ещё в 1955 году", a decade, two years before the report).
"""

from __future__ import annotations

from concord.claim import Modality
from concord.extract.initiative.reading import governors
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def intended(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """A verb of deciding, proposing or scheduling governs the launch, or a future
    auxiliary goes with it."""
    chain = [launcher, *governors(view, launcher, 3)]
    deciding = words.intention_verbs | words.decision_nouns  # "решение о строительстве X"
    return any(view.tokens[position].lemma in deciding for position in chain) or any(
        view.tokens[child].text.lower() in words.future_forms
        for position in chain[:2]
        for child in view.children(position)
    )


def unachieved_infinitive(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """ "Планируется … создать центр": an infinitive reports no launch done, whatever
    the parser hangs it on, unless a verb of success or of starting governs it ("удалось
    открыть", "начали строить"): that verb's own tense then tells."""
    if view.tokens[verb].feats.get("VerbForm") != "Inf":
        return False
    if view.tokens[verb].lemma in words.celebrating_verbs:
        return False  # "gathered to celebrate the opening": the opening took place
    done = words.achieving_verbs | words.start_words | words.launch_words
    return not any(view.tokens[h].lemma in done for h in governors(view, verb, 2))


def decided_by(view: SentenceView, verb: int, words: InitiativeWords) -> int | None:
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


def long_finished(view: SentenceView, launcher: int, verb: int, words: InitiativeWords) -> bool:
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
        if not any(anchors & set(governors(view, i, 3)) for i in positions):
            continue
        before = range(max(0, positions[0] - 2), positions[0])
        if any(view.tokens[i].lemma in words.history_markers for i in before):
            return True
        if published and published[:4].isdigit() and int(published[:4]) - int(year) >= 2:
            return True
    return any(_years_ago(view, i, words) >= 2 for i in anchors)


def _years_ago(view: SentenceView, anchor: int, words: InitiativeWords) -> int:
    """ "построено 60 лет назад": the count of years (centuries and decades as their
    years) the anchor's "ago" phrase names, 0 where it names none (round 49)."""
    for child in view.children(anchor):
        noun = view.tokens[child]
        if noun.lemma not in words.year_nouns or not any(
            view.tokens[c].lemma in words.ago_words for c in view.children(child)
        ):
            continue
        counts = [
            view.tokens[c].text for c in view.children(child) if view.tokens[c].relation == "nummod"
        ]
        count = int(counts[0]) if counts and counts[0].isdigit() else 1
        return count * words.year_nouns[noun.lemma]
    return 0


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


def scheduled_work(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Construction is set to begin on a new bridge", "the work is due to start": a
    launching noun that is the subject of a word of schedule over an infinitive is planned."""
    head = view.tokens[launcher].head
    return (
        view.tokens[launcher].pos == "NOUN"
        and view.tokens[launcher].relation.startswith("nsubj")
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.scheduled_modals
        and any(view.tokens[c].relation == "xcomp" for c in view.children(head))
    )


def planned_by_modifier(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "сообщил о планируемом запуске завода", "намеченное открытие центра": a planning
    word on the launching noun makes the launch a plan, whatever tense tells it."""
    return any(
        view.tokens[child].relation == "amod"
        and view.tokens[child].lemma in words.planning_modifiers
        for child in view.children(launcher)
    )


def needed_for(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "на строительство детсада необходимо 154,9 млн рублей": money still needed for a
    work tells a work to come, though no verb of the future says so."""
    head = view.tokens[launcher].head
    return (
        0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.necessity_words
        and view.preposition(launcher) in words.purpose_prepositions
    )


def prepared_for(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "документация для строительства детсада проходит экспертизу", "поиск подрядчика для
    строительства школы" (initiative101): a step taken for a work tells the work to come."""
    head = view.tokens[launcher].head
    if not 0 <= head < len(view.tokens):
        return False
    if (  # initiative108: "школу готовят к открытию": the opening prepared is to come
        view.tokens[head].lemma in words.preparing_verbs | words.preparing_reflexives
        and view.preposition(launcher) in words.planned_goal_prepositions
    ):
        return True
    if any(view.tokens[h].lemma in words.tender_nouns for h in governors(view, launcher, 2)):
        return True  # initiative110: "объявлен конкурс на строительство школы": procured
    return (
        view.tokens[head].lemma in words.preparation_nouns | words.contractor_nouns
        and view.preposition(launcher) in words.thing_purpose_prepositions
    )


def sum_to_come(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Объём инвестиций в строительство терминала составит 8 млрд рублей": the launch
    hangs through nouns of money on a verb of the future; the tense climbs past the
    sentence's usual reach, and the sum to come tells a plan."""
    money = words.investment_nouns | words.investment_volume_nouns | words.money_frame_nouns
    current = launcher
    for _ in range(4):
        head = view.tokens[current].head
        if not 0 <= head < len(view.tokens):
            return False
        token = view.tokens[head]
        if token.pos == "NOUN" and token.lemma in money:
            current = head
            continue
        return (
            current != launcher
            and token.pos in {"VERB", "AUX"}
            and (view.modality(head) == Modality.PLANNED)
        )
    return False


def told_ahead(view: SentenceView, launcher: int, verb: int, words: InitiativeWords) -> bool:
    """ "Строительство школы стартует весной" (a verb of both aspects the tagger reads as
    present), "открывается центр" (an opening under way):
    the present tells a launch to come; a word of now or of habit on the verb ("сегодня
    стартует", "ежегодно") keeps it present (initiative95)."""
    for position in {launcher, verb}:
        token = view.tokens[position]
        if (
            token.pos == "VERB"
            and token.feats.get("VerbForm") == "Fin"
            and token.feats.get("Tense") == "Pres"
            and token.lemma in words.present_ahead_verbs
            and not any(
                view.tokens[child].lemma in words.present_time_adverbs
                for child in view.children(position)
            )
        ):
            return True
    return False
