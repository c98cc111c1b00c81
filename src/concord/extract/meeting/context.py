"""What a sentence of a report leans on: the meeting just named and the protagonist.

"Стороны договорились …", "В ходе беседы …" and "Во встрече участвовали Z и W" speak of
the meeting just named; "встреча со спикером Z" with no other side named is the
protagonist's, the person the report is about (the one named most often), unless it is
said in direct speech or by "я".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from concord.analysis import AnalysedDocument
from concord.claim import Argument, Mention
from concord.extract.meeting.actors import last_subject_before
from concord.extract.meeting.halves import HalfTold
from concord.extract.meeting.quoted import in_direct_speech
from concord.extract.meeting.reading import (
    ANAPHORA_WINDOW,
    ATTENDANCE_REACH,
    Sides,
    Trigger,
    governing_verbs,
    last_part,
)
from concord.extract.meeting.triggers import is_strong_noun
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView

SETTING_ROLES = frozenset({"place", "venue", "date"})


@dataclass
class ReportContext:
    """What a sentence may lean on: the report's protagonist and its last meeting."""

    protagonist: int | None = None  # an entity index
    sentence: int = -1  # the position of the sentence in the report
    last_participants: list[Argument] = field(default_factory=list)
    last_setting: list[Argument] = field(default_factory=list)  # its place, venue and date
    last_sentence: int = -10
    # a meeting told with its companion only by a post, for the next sentence to name
    last_half: HalfTold | None = None


def protagonist_of(analysed: AnalysedDocument) -> int | None:
    """The person the report is about: the one named most often (a surname alone counts
    for the full name it ends), clearly more than any other and at least twice."""
    people = [i for i, entity in enumerate(analysed.entities) if entity.type == "PER"]
    owner = {i: _full_name_of(analysed, i, people) for i in people}
    counts = Counter(
        owner[m.entity] for m in analysed.mentions if m.type == "PER" and m.entity in owner
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _full_name_of(analysed: AnalysedDocument, entity: int, people: list[int]) -> int:
    """The one full name whose last word a one-word name is ("Смирнова": "Анна Смирнова"),
    else the entity itself."""
    name = analysed.entities[entity].name.lower()
    if " " in name:
        return entity
    fuller = [
        other
        for other in people
        if " " in analysed.entities[other].name
        and _same_surname(analysed.entities[other].name.lower().rsplit(" ", 1)[-1], name)
    ]
    return fuller[0] if len(fuller) == 1 else entity


def _same_surname(first: str, second: str) -> bool:
    """One surname in two genders or cases: "смирнова", "смирнов"."""
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter) and len(longer) - len(shorter) <= 2


def _protagonist_argument(view: SentenceView, entity: int) -> Argument | None:
    """The protagonist, with the mention nearest to the sentence that names the meeting
    (its surname alone included)."""
    document = view.document
    people = [i for i, e in enumerate(document.entities) if e.type == "PER"]
    full_names = {person: _full_name_of(document, person, people) for person in people}
    mentions = [m for m in document.mentions if full_names.get(m.entity) == entity]
    if not mentions:
        return None
    start = view.sentence.start

    def distance(mention: Mention) -> tuple[int, int]:
        if view.sentence.start <= mention.start < view.sentence.end:
            return 0, 0
        return (1, start - mention.start) if mention.start < start else (2, mention.start)

    nearest = min(mentions, key=distance)
    argument = view.entity_argument("participants", nearest)
    name = document.entities[entity].name
    return Argument("participants", name, argument.span, entity)


def with_context(
    view: SentenceView,
    trigger: Trigger,
    sides: Sides,
    arguments: list[Argument],
    words: MeetingWords,
    context: ReportContext,
) -> list[Argument]:
    """Sides the sentence leaves to the report: the meeting just named, or the protagonist
    as the side a "встреча с Z" leaves unnamed."""
    if trigger.kind == "attendance":
        return _attendees_joined(arguments, context)
    if not arguments and sides.forum:
        return []  # meeting39: a forum's summit leans on no meeting named before
    if not arguments:
        recent = context.sentence - context.last_sentence <= ANAPHORA_WINDOW
        if recent and _leans_back(view, trigger, words):
            return list(context.last_participants)
        # "X показал гостю завод. На встрече они договорились": with no meeting just named,
        # a subject "они" stands for the two people named last
        return [view.entity_argument("participants", m) for m in sides.plural]
    last = {a.entity for a in context.last_participants}
    if (
        context.sentence - context.last_sentence <= ANAPHORA_WINDOW
        and not sides.companions
        and len(last) > 1
        and {a.entity for a in arguments if a.role == "participants"} < last
        and _leans_back(view, trigger, words)
    ):  # "X и Y провели переговоры. В ходе беседы X предложил …": that meeting, retold
        return list(context.last_participants)
    if (
        trigger.kind == "participation"
        and context.last_participants
        and _attends_last_meeting(view, trigger, words, context)
    ):  # "X встретился с Y. Во встрече участвовали Z и W": they joined that meeting
        joined = list(context.last_participants)
        return joined + [a for a in arguments if all(a.entity != b.entity for b in joined)]
    if (
        trigger.kind in {"meeting", "host"}
        and sides.companions
        and not sides.own_side
        and context.protagonist is not None
        and not in_direct_speech(view, trigger.index)
        and not _speaker_as_subject(view, trigger)
        and all(a.entity != context.protagonist for a in arguments)
    ):
        protagonist = _protagonist_argument(view, context.protagonist)
        if protagonist is not None:
            return [protagonist, *arguments]
    if (
        trigger.kind == "meeting"
        and view.tokens[trigger.index].pos in {"NOUN", "PROPN"}
        and sides.companions
        and not sides.own_side
        and context.protagonist is None
        and not in_direct_speech(view, trigger.index)
        and not _speaker_as_subject(view, trigger)
        and not view.mentions_in(range(trigger.index), {"PER"})
    ):  # "X прилетел в Минск. Цель — переговоры с Y": the actor of the sentence before
        actor = last_subject_before(view, view.sentence.start, "", window=1)
        if actor is not None and all(a.entity != actor.entity for a in arguments):
            return [view.entity_argument("participants", actor), *arguments]
    return arguments


def _attendees_joined(arguments: list[Argument], context: ReportContext) -> list[Argument]:
    """ "X встретился с Y. С белорусской стороны также присутствовал Z": Z joins the
    meeting of the sentence right before; with none there, Z met nobody."""
    if context.sentence - context.last_sentence != 1 or not context.last_participants:
        return []
    joined = list(context.last_participants)
    return joined + [a for a in arguments if all(a.entity != b.entity for b in joined)]


def _leans_back(view: SentenceView, trigger: Trigger, words: MeetingWords) -> bool:
    """A trigger that names no side of its own may speak of the meeting just named,
    unless it is another one ("следующая встреча", "на полях встречи")."""
    token = view.tokens[trigger.index]
    if any(view.tokens[c].lemma in words.other_meeting_words for c in view.children(trigger.index)):
        return False
    head = token.head
    if 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.margin_nouns:
        return False
    if trigger.kind == "meeting":
        return token.pos in {"NOUN", "PROPN"}
    return trigger.kind in {"sides", "participation", "discussion"}


def _attends_last_meeting(
    view: SentenceView, trigger: Trigger, words: MeetingWords, context: ReportContext
) -> bool:
    """ "Во встрече приняли участие Z и W" is the meeting named last: within the window
    for any gathering; further back (a report lists who attended after what was said)
    only for a meeting noun proper, with no other gathering named in between."""
    if not (_bare_noun(view, trigger.index, words) and _leans_back(view, trigger, words)):
        return False
    gap = context.sentence - context.last_sentence
    if gap <= ANAPHORA_WINDOW:
        return True
    return (
        gap <= ATTENDANCE_REACH
        and is_strong_noun(view, trigger.index, words)
        and not any(
            last_part(token.lemma) in words.participation_events
            for between in view.views_before(gap - 1)
            for token in between.tokens
        )
    )


def _bare_noun(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """A meeting noun with nothing of its own but its preposition ("во встрече", not "во
    встрече с X" or "в совещании по ЖКХ"), or the side its people came for ("во встрече
    со стороны бизнеса"): it can only be the meeting just named."""
    return all(
        view.tokens[c].relation in {"case", "punct", "cc", "advmod"}
        or _attending_side(view, c, words)
        for c in view.children(index)
    )


def _attending_side(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "с российской стороны", "со стороны бизнеса" (the parser makes "со стороны" one
    preposition): the side a meeting's people came for."""
    if view.tokens[index].lemma in words.attending_side_nouns:
        return True
    return any(
        view.tokens[part].lemma in words.attending_side_nouns
        for marker in view.children(index)
        if view.tokens[marker].relation == "case"
        for part in view.children(marker)
    )


def _speaker_as_subject(view: SentenceView, trigger: Trigger) -> bool:
    """A first or second person subject ("я попросил его в ходе встречи с X"): the
    unnamed side is whoever speaks."""
    verbs = (
        [trigger.index]
        if view.tokens[trigger.index].pos == "VERB"
        else governing_verbs(view, trigger.index)
    )
    return any(
        view.tokens[c].relation.startswith("nsubj")
        and view.tokens[c].pos == "PRON"
        and view.tokens[c].feats.get("Person") in {"1", "2"}
        for verb in verbs
        for c in view.children(verb)
    )
