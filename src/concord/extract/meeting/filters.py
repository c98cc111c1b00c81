"""What is no meeting of sides, and whether the meeting took place.

An interview ("рассказал в беседе с корреспондентом"), a show's guest ("в студии"), a
match ("встреча команд") or an audience ("встреча с журналистами") is not a meeting. A
meeting called off or denied did not take place (negated); one put off is still ahead
(planned); otherwise the sentence's own modality holds.
"""

from __future__ import annotations

from itertools import pairwise

from concord.claim import Modality
from concord.extract.meeting.reading import Sides, Trigger
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView


def not_a_meeting(view: SentenceView, trigger: Trigger, sides: Sides, words: MeetingWords) -> bool:
    """An interview ("рассказал в беседе с корреспондентом", a talk one side "завершил"
    with nobody named beside), a show ("в студии") or an audience ("встреча с
    журналистами", "с поклонниками") is not a meeting of sides."""
    token = view.tokens[trigger.index]
    head = token.head
    if (
        token.lemma in words.interview_nouns
        and view.preposition(trigger.index)
        and token.feats.get("Case") != "Gen"  # "в беседе с", not "в ходе беседы"
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.speech_verbs
    ):
        return True
    if (  # "X завершил беседу словами …": a talk one side has with nobody named beside
        token.lemma in words.interview_nouns
        and token.relation == "obj"  # not one told as a time ("в ходе беседы X …")
        and not sides.companions
        and not sides.plural
        and len(sides.mentions) < 2
    ):
        return True
    verb = trigger.verb if trigger.verb is not None else trigger.index
    if any(  # "принял в студии X", "беседовал с Y в эфире": a show's guest
        view.tokens[c].relation == "obl"
        and view.tokens[c].lemma in words.show_places
        and view.preposition(c) not in words.topic_prepositions  # "о новой программе"
        for c in view.children(verb)
    ):
        return True
    if any(  # "встреча команд X и Y", "встреча со сборной Англии": a match
        view.tokens[c].lemma in words.team_nouns and view.tokens[c].relation == "nmod"
        for c in view.children(trigger.index)
    ):
        return True
    return any(view.tokens[c].lemma in words.audience_nouns for c in sides.companions)


def meeting_modality(view: SentenceView, trigger: Trigger, words: MeetingWords) -> Modality:
    """ "Встреча X и Y отменена": a meeting called off did not take place; one put off is
    still ahead, and so is one called upcoming; otherwise the sentence's own modality."""
    chain = [trigger.index, *list(view.ancestors(trigger.index))[:2]]
    lemmas = {view.tokens[i].lemma for i in chain[1:]}
    modality = view.modality(trigger.index)
    if modality == Modality.PLANNED and _told_past(view, trigger, words):
        modality = Modality.FACT  # meeting35: "Напомним, что разговор X и Y состоялся"
    if lemmas & words.cancel_verbs and modality != Modality.NEGATED:
        return Modality.NEGATED
    reported_in = {view.tokens[i].lemma for i in list(view.ancestors(trigger.index))[:3]}
    if reported_in & words.denial_words and modality != Modality.NEGATED:
        return Modality.NEGATED  # the denied report: "опроверг сообщения о переговорах с Y"
    if lemmas & words.postpone_verbs and modality == Modality.FACT:
        return Modality.PLANNED
    if _arranged(view, chain, words) and modality == Modality.FACT:
        return Modality.PLANNED  # meeting38: "анонсировал встречу", "ожидаются переговоры"
    if _purpose(view, chain, words) and modality == Modality.FACT:
        return Modality.PLANNED  # meeting39: "прибыл для переговоров с Y"
    if _possible(view, chain, words) and modality == Modality.FACT:
        return Modality.PLANNED  # meeting40: "встреча может состояться"
    if _intended(view, chain) and modality == Modality.FACT:
        return Modality.PLANNED  # meeting40: "задачу продолжить переговоры с Y"
    # meeting34: the noun a meeting noun is the genitive of: "отмену встречи", "вероятность
    # встречи" (the noun's own head only: "после переговоров, отмена которых" is not it)
    governing = _governing_noun(view, trigger.index)
    if governing in words.cancel_nouns and modality != Modality.NEGATED:
        return Modality.NEGATED
    if governing in words.ahead_nouns and modality == Modality.FACT:
        return Modality.PLANNED
    if _written_after(view, trigger.index) in words.ahead_nouns and modality == Modality.FACT:
        return Modality.PLANNED  # meeting40: "в преддверии этой встречи", parsed apart
    if modality == Modality.FACT and any(  # "перед предстоящей встречей с Z": still ahead
        view.tokens[c].lemma in words.ahead_words for c in view.children(trigger.index)
    ):
        return Modality.PLANNED
    return modality


def _told_past(view: SentenceView, trigger: Trigger, words: MeetingWords) -> bool:
    """ "Напомним, что последний разговор X и Y состоялся в марте": a meeting whose own
    predicate is a past verb of a clause told under "что" took place, whatever the tense
    of the telling verb above ("напомним" is a future form); not a wish ("чтобы …") nor
    a condition ("… состоялась бы")."""
    index = trigger.index
    token = view.tokens[index]
    if token.pos in {"NOUN", "PROPN"} and token.relation.startswith("nsubj"):
        index = token.head  # "встреча состоялась", "встречи проводились"
    if not 0 <= index < len(view.tokens):
        return False
    predicate = view.tokens[index]
    return (
        predicate.pos == "VERB"
        and predicate.relation == "ccomp"
        and predicate.feats.get("VerbForm") == "Fin"
        and predicate.feats.get("Tense") == "Past"
        and predicate.feats.get("Mood") != "Cnd"
        and predicate.lemma not in view.words.planning
        and any(
            view.tokens[c].relation == "mark" and view.tokens[c].lemma in words.told_marks
            for c in view.children(index)
        )
        and not any(
            view.tokens[c].lemma in words.conditional_particles for c in view.children(index)
        )
    )


def _governing_noun(view: SentenceView, index: int) -> str:
    """The lemma of the noun a meeting noun hangs on as its genitive ("отмену встречи"),
    or ''."""
    token = view.tokens[index]
    head = token.head
    if (
        token.pos not in {"NOUN", "PROPN"}
        or token.relation != "nmod"
        or view.preposition(index)
        or not view.in_case(index, "Gen")
        or not 0 <= head < len(view.tokens)
        or view.tokens[head].pos != "NOUN"
    ):
        return ""
    return view.tokens[head].lemma


def _written_after(view: SentenceView, index: int) -> str:
    """The lemma of the noun a genitive meeting noun is written right after, its own
    determiners and adjectives between ("в преддверии этой встречи"), when the parser
    hung the meeting noun elsewhere; '' for a noun with a preposition of its own."""
    token = view.tokens[index]
    if token.pos not in {"NOUN", "PROPN"} or view.preposition(index):
        return ""
    if not view.in_case(index, "Gen"):
        return ""
    before = index - 1
    while before >= 0 and view.tokens[before].head == index and view.tokens[before].pos in {
        "DET", "ADJ"
    }:
        before -= 1
    if before < 0 or view.tokens[before].pos != "NOUN":
        return ""
    return view.tokens[before].lemma


def _arranged(view: SentenceView, chain: list[int], words: MeetingWords) -> bool:
    """ "Анонсировал встречу X и Y", "запланирована встреча", "ожидаются переговоры",
    "анонсировал проведение встречи": the meeting noun (or the noun it is the genitive of)
    is the subject or object of a verb of arranging or announcing, so it is told as
    ahead; a clause beside it ("как и ожидалось, встреча прошла") or a word under it
    ("анонсированная встреча состоялась") is not on this chain."""
    for below, above in pairwise(chain):
        token = view.tokens[below]
        if view.tokens[above].lemma in words.arranging_verbs:
            return token.relation.split(":")[0] in {"nsubj", "obj"}
        if token.relation != "nmod":  # only a genitive step: "проведение встречи"
            return False
    return False


def _purpose(view: SentenceView, chain: list[int], words: MeetingWords) -> bool:
    """ "Прибыл в Москву для переговоров с Y", "согласовано время для беседы X и Y",
    "для проведения переговоров": a meeting noun (or the noun it is the genitive of) told
    as a purpose is not yet held when told; the report's own telling of the talks held
    ("переговоры прошли") is another claim and stays a fact."""
    for index in chain:
        token = view.tokens[index]
        if token.pos in {"NOUN", "PROPN"} and view.preposition(index) in words.purpose_prepositions:
            return True
        if token.relation != "nmod" or view.preposition(index):  # only a genitive step
            return False
    return False


def _possible(view: SentenceView, chain: list[int], words: MeetingWords) -> bool:
    """ "Встреча X и Y может состояться в мае", "X и Y могут встретиться": a meeting under
    a verb of possibility not in the past is told as possible, not held; "могли
    встретиться ещё в мае" (past) and "смогли встретиться" (another verb) are left to the
    sentence's own modality."""
    return any(
        view.tokens[i].lemma in words.possibility_verbs
        and (
            view.tokens[i].feats.get("Tense") != "Past" or view.tokens[i].feats.get("Mood") == "Cnd"
        )
        for i in chain[1:]
    )


def _intended(view: SentenceView, chain: list[int]) -> bool:
    """ "Поставил задачу продолжить переговоры с Y", "заявил о готовности принять
    переговоры X и Y", "выступил с предложением провести встречу": a meeting told by an
    infinitive (or as its object) that completes a noun is an intention, a readiness or
    a task, not a meeting held; an infinitive under a verb ("удалось провести встречу")
    is left to the sentence."""
    for below, index in zip([None, *chain], chain[:2], strict=False):
        token = view.tokens[index]
        if token.pos == "VERB" and token.feats.get("VerbForm") == "Inf":
            if below is not None and view.tokens[below].relation.split(":")[0] != "obj":
                return False
            head = token.head
            return 0 <= head < len(view.tokens) and view.tokens[head].pos == "NOUN"
    return False
