"""Reading meetings, sentence by sentence and over a whole report.

`extract` reads one sentence on its own; `extract_document` reads a report, each
sentence with what came before it. For each trigger: its sides, the filters, the sides
the report lends, the format, the place, venue and date, then the meetings split off
or held one by one. Over the report, meetings of two delegations' leaders and of
credentials handed over are added, and one person is one side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from concord.analysis import AnalysedDocument
from concord.claim import Argument, Claim, Mention
from concord.extract.meeting.ceremonies import ceremony_meetings
from concord.extract.meeting.companions import described_sides
from concord.extract.meeting.context import (
    SETTING_ROLES,
    ReportContext,
    protagonist_of,
    with_context,
)
from concord.extract.meeting.credentials import credential_meetings
from concord.extract.meeting.delegations import delegation_leaders, talks_beside
from concord.extract.meeting.filters import meeting_modality, not_a_meeting
from concord.extract.meeting.formats import format_arguments
from concord.extract.meeting.groups import (
    GROUP_REACH,
    THANKS_REACH,
    detail_speakers,
    group_met,
    group_subjects,
    joined,
    leaders_told,
    organisation_people,
    organisations_met,
    refers_back,
    thankers,
)
from concord.extract.meeting.guests import (
    VisitingParty,
    host_to_guests,
    members_meeting,
    party_named,
    with_party,
)
from concord.extract.meeting.halves import (
    HALF_REACH,
    HalfTold,
    named_side_unnamed_post,
    post_and_named_companion,
)
from concord.extract.meeting.hosts import host_and_guest
from concord.extract.meeting.members import included_members, listed_members
from concord.extract.meeting.reading import CLAUSES, Sides, Trigger
from concord.extract.meeting.setting import place_and_venue
from concord.extract.meeting.several import (
    elliptic_meetings,
    inside_meeting_noun,
    inside_named_meeting,
    one_by_one,
)
from concord.extract.meeting.sides import gather_sides
from concord.extract.meeting.triggers import trigger_at
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView, SentenceWords, first_date


def extract(view: SentenceView, words: MeetingWords) -> list[Claim]:
    """Meetings one sentence names on its own."""
    return _read(view, words, None)


def extract_document(
    analysed: AnalysedDocument, words: MeetingWords, sentence_words: SentenceWords
) -> list[Claim]:
    """Meetings of a whole report, each sentence read with what came before it."""
    context = ReportContext(protagonist=protagonist_of(analysed))
    party = VisitingParty()
    read: list[tuple[SentenceView, list[Claim]]] = []
    for position, sentence in enumerate(analysed.sentences):
        if not sentence.claimable:
            continue
        context.sentence = position
        view = SentenceView.build(analysed, sentence, sentence_words)
        found = _read(view, words, context)
        verb, leaders = delegation_leaders(view, words)
        if len(leaders) >= 2 and talks_beside(analysed, position, words):
            named = {m.entity for m in leaders}
            if not any(
                named <= {a.entity for a in claim.arguments if a.role == "participants"}
                for claim in found
            ):
                arguments = [view.entity_argument("participants", m) for m in leaders]
                date = first_date(view)
                if date:
                    arguments.append(view.date_argument("date", date))
                found.append(view.claim("meeting", arguments, view.modality(verb)))
        found.extend(credential_meetings(analysed, position, view, words))
        if not found:
            found = _detail_meeting(view, words, context) or _thanks_meeting(view, words, context)
        party.add(*party_named(view, words))
        read.append((view, found))
    _groups_led(read, words)
    _members_listed(read, words)
    _add_ceremonies(read, words)
    people = party.people()
    claims: list[Claim] = []
    for view, found in read:
        if people:
            found = [
                members_meeting(view, with_party(view, claim, people, words), people, words)
                for claim in found
            ]
            found += _hosts_of_guests(view, people, found, words)
        claims.extend(_distinct_sides(claim, analysed.document.text) for claim in found)
    return claims


def _detail_meeting(
    view: SentenceView, words: MeetingWords, context: ReportContext
) -> list[Claim]:
    """ "X встретился с Y. В частности, Z проинформировал о …": who speaks in a detail of
    the meeting named in the sentence before takes part in it."""
    if context.sentence - context.last_sentence != 1 or not context.last_participants:
        return []
    speakers = detail_speakers(view, words)
    arguments = joined(list(context.last_participants), view, speakers)
    if len(arguments) == len(context.last_participants):
        return []
    context.last_participants = arguments
    context.last_sentence = context.sentence
    verb = next(i for i, t in enumerate(view.tokens) if t.relation == "root")
    stated = arguments + [a for a in context.last_setting]
    return [view.claim("meeting", stated, view.modality(verb))]


def _thanks_meeting(
    view: SentenceView, words: MeetingWords, context: ReportContext
) -> list[Claim]:
    """ "X пообщался с активистами. … — поблагодарила гостя председатель Y": who thanks
    for the visit after a meeting that named one side only was its other side."""
    last = context.last_participants
    if context.sentence - context.last_sentence > THANKS_REACH:
        return []
    if len([a for a in last if a.entity is not None]) != 1:
        return []  # the other side was left unnamed: a group, a body of people
    arguments = joined(list(last), view, thankers(view, words))
    if len(arguments) == len(last):
        return []
    context.last_participants = arguments
    context.last_sentence = context.sentence
    verb = next(i for i, t in enumerate(view.tokens) if t.relation == "root")
    return [view.claim("meeting", arguments + list(context.last_setting), view.modality(verb))]


def _add_ceremonies(read: list[tuple[SentenceView, list[Claim]]], words: MeetingWords) -> None:
    """The meetings of credentials ceremonies told as lists, each where its envoy is named,
    unless another reading of the report already holds the pair."""
    told = {
        frozenset(a.entity for a in claim.arguments if a.role == "participants")
        for _, claims in read for claim in claims if claim.type == "meeting"
    }  # fmt: skip
    ceremonies = ceremony_meetings([view for view, _ in read], words)
    for (_, claims), found in zip(read, ceremonies, strict=True):
        for claim in found:
            pair = frozenset(a.entity for a in claim.arguments if a.role == "participants")
            if not any(pair <= sides for sides in told):
                claims.append(claim)


def _groups_led(read: list[tuple[SentenceView, list[Claim]]], words: MeetingWords) -> None:
    """ "X встретился с делегацией района. Делегация под руководством Y прибыла …": the
    leader told after a meeting with a group that names none of its people is that
    meeting's side, and of the meeting a sentence after it speaks of ("В ходе встречи …").
    So is a person told after with a post of the organisation whose post or group was met
    ("встреча с главой «Z». … председатель «Z» Y")."""
    for position, (view, _) in enumerate(read):
        after = read[position + 1 : position + 1 + GROUP_REACH]
        leaders: list[Mention] = []
        if group_met(view, words):
            leaders = next((found for v, _ in after if (found := leaders_told(v, words))), [])
        organisations = organisations_met(view, words)
        if not leaders and organisations:
            told = (_not_met(organisation_people(v, organisations), c) for v, c in after)
            leaders = next((found for found in told if found), [])
            # "с главой Винницкой ОГА. … председатель Винницкой ОГА Y"
        if not leaders:
            continue
        for offset, (other, claims) in enumerate(read[position : position + 1 + GROUP_REACH]):
            if offset and not refers_back(other, words):
                continue
            claims[:] = [
                replace(claim, arguments=joined(claim.arguments, other, leaders))
                if claim.type == "meeting" else claim
                for claim in claims
            ]  # fmt: skip


def _members_listed(read: list[tuple[SentenceView, list[Claim]]], words: MeetingWords) -> None:
    """ "X held meetings with several leaders. These included A and B": each person a
    sentence lists as the group met is a meeting of their own with the one side the meeting
    of that sentence, or of the sentence before, named ("met several delegates …,
    including A and B": of that sentence only)."""
    for position, (view, claims) in enumerate(read):
        members = listed_members(view, words)
        earlier = [claims] + ([read[position - 1][1]] if position else [])
        if not members:
            members, earlier = included_members(view, words), [claims]
        if not members:
            continue
        base = next(
            (claim for found in earlier for claim in found if _one_side(claim)), None
        )
        if base is None:
            continue
        met = {
            frozenset(a.entity for a in claim.arguments if a.role == "participants")
            for claim in claims if claim.type == "meeting"
        }  # fmt: skip
        for member in members:
            arguments = joined(list(base.arguments), view, [member])
            sides = frozenset(a.entity for a in arguments if a.role == "participants")
            if len(arguments) > len(base.arguments) and not any(sides <= told for told in met):
                claims.append(view.claim("meeting", arguments, base.modality))


def _one_side(claim: Claim) -> bool:
    """A meeting that names only one of its sides: the other a group left unnamed."""
    sides = [a for a in claim.arguments if a.role == "participants"]
    return claim.type == "meeting" and len(sides) == 1 and sides[0].entity is not None


def _not_met(people: list[Mention], claims: list[Claim]) -> list[Mention]:
    """The people no meeting of their own sentence holds: "встреча Z с президентом «Y» X"
    is X's other meeting, not the one whose side was the post."""
    met = {
        a.entity for claim in claims if claim.type == "meeting" for a in claim.arguments
        if a.role == "participants"
    }  # fmt: skip
    return [m for m in people if m.entity not in met]


def _hosts_of_guests(
    view: SentenceView, people: list[Mention], found: list[Claim], words: MeetingWords
) -> list[Claim]:
    """ "Ректор X рассказал гостям …": the host's meeting with the report's visiting party,
    unless the sentence already holds it."""
    added: list[Claim] = []
    for verb, host in host_to_guests(view, people, words):
        arguments = [view.entity_argument("participants", m) for m in [host, *people]]
        wanted = {a.entity for a in arguments}
        if any(
            wanted <= {a.entity for a in claim.arguments if a.role == "participants"}
            for claim in found + added
        ):
            continue
        date = first_date(view)
        if date:
            arguments.append(view.date_argument("date", date))
        added.append(view.claim("meeting", arguments, view.modality(verb)))
    return added


def _read(view: SentenceView, words: MeetingWords, context: ReportContext | None) -> list[Claim]:
    """The meetings of one sentence: each trigger with its sides, unless a filter or a
    kind's own test rejects it; with the report's `context` when there is one."""
    claims: list[Claim] = []
    used: set[int] = set()
    format_match = words.format_pattern.search(view.sentence.text)
    for index in range(len(view.tokens)):
        if index in used:
            continue
        trigger = trigger_at(view, index, words)
        if trigger is None:
            continue
        if trigger.kind == "attendance" and (context is None or format_match):
            continue  # an attendee joins a meeting the report told just before, or none
        sides = gather_sides(view, trigger, words)
        if not_a_meeting(view, trigger, sides, words):
            used.update(view.subtree(index))
            continue
        trigger_start = view.tokens[trigger.index].start
        arguments = [
            view.entity_argument("participants", m)
            for m in sides.mentions
            if not m.start <= trigger_start < m.end
        ]  # "Welcoming Papua New Guinea's envoy" tagged as one name: the trigger is no side
        arguments += described_sides(view, sides)
        if trigger.kind == "discussion":
            arguments += group_subjects(view, trigger.index, words)
        if (
            trigger.kind == "discussion"
            and arguments
            and (len(arguments) < 2 or any(m.type != "PER" for m in sides.mentions))
        ):
            continue  # "X обсудил ситуацию", "Ереван и Тбилиси договорились": no meeting
        if trigger.kind == "host" and not host_and_guest(view, trigger.index, words):
            continue
        if trigger.kind in {"sides", "discussion"} and arguments and not sides.own_side:
            continue
        # a coordinated clause may name a meeting of its own: "X встретился с Y, а Z — с W";
        # so may a meeting noun a host verb was given ("принял X, а затем провёл переговоры")
        used.update(
            i
            for i in view.subtree(trigger.index, CLAUSES | {"conj"})
            if not (trigger.kind == "host" and inside_meeting_noun(view, i, trigger.index, words))
            and not inside_named_meeting(view, i, trigger.index, words)
        )
        leaned = False
        if context is not None and not format_match and (arguments or not claims):
            # a sentence that already named its meeting speaks of that one
            leaned = not arguments
            arguments = with_context(view, trigger, sides, arguments, words, context)
            leaned = leaned and bool(arguments)
        if context is not None:
            arguments = _other_half(view, trigger, sides, arguments, words, context)
        if format_match and trigger.kind == "meeting":
            arguments.extend(format_arguments(view, format_match, not arguments, words))
        if not any(a.role == "participants" for a in arguments):
            continue
        place, venue = place_and_venue(view, trigger, words)
        if place is not None:
            arguments.append(view.entity_argument("place", place))
        if venue is not None:
            value, indices = venue
            arguments.append(Argument("venue", value, view.span_of(indices)))
        date = first_date(view)
        if date:
            arguments.append(view.date_argument("date", date))
        if leaned and context is not None:
            # the meeting leaned on is this one: where and when it was, unless said here
            stated = {a.role for a in arguments}
            arguments.extend(a for a in context.last_setting if a.role not in stated)
        elliptics = elliptic_meetings(view, trigger, words)
        split_off = {(m.start, m.end) for elliptic in elliptics for m in elliptic[-1:]}
        arguments = [
            a for a in arguments
            if a.role != "participants" or a.span is None
            or (a.span.start, a.span.end) not in split_off
        ]  # fmt: skip
        modality = meeting_modality(view, trigger, words)
        separately = one_by_one(view, trigger, sides, arguments, words)
        for separate in separately:
            claims.append(view.claim("meeting", separate, modality))
        for elliptic in (sides for sides in elliptics if len(sides) > 1):
            elliptic_arguments = [view.entity_argument("participants", m) for m in elliptic]
            if date:
                elliptic_arguments.append(view.date_argument("date", date))
            claims.append(view.claim("meeting", elliptic_arguments, modality))
        if context is not None:
            # after meetings held one by one, "переговоры" alone names none of them
            context.last_participants = [
                a for a in arguments if a.role == "participants" and len(separately) == 1
            ]
            context.last_setting = [a for a in arguments if a.role in SETTING_ROLES]
            context.last_sentence = context.sentence
    return claims


def _other_half(
    view: SentenceView,
    trigger: Trigger,
    sides: Sides,
    arguments: list[Argument],
    words: MeetingWords,
    context: ReportContext,
) -> list[Argument]:
    """ "X провёл встречу с президентом «Z». Состоялась встреча губернатора с президентом
    «Z» Y": the side the sentence before named, for the post this one leaves unnamed; and
    what this sentence leaves for the next one."""
    people = [m for m in sides.mentions if m.type == "PER"]
    post = post_and_named_companion(view, trigger, sides, people, words)
    half = context.last_half
    if (
        post is not None
        and half is not None
        and context.sentence - half.sentence <= HALF_REACH
        and half.post == post
        and half.side.entity != people[0].entity
    ):
        arguments = [half.side, *(a for a in arguments if a.entity != half.side.entity)]
    unnamed = named_side_unnamed_post(view, trigger, sides, people, words)
    if unnamed is not None:
        side = view.entity_argument("participants", people[0])
        context.last_half = HalfTold(context.sentence, unnamed, side)
    return arguments


_OPEN_GLOSS = re.compile(r"\s*\(\s*")  # "Лаудьен (Laudien)": the same name in brackets


def _distinct_sides(claim: Claim, text: str) -> Claim:
    """One person is one side: "во время встречи с X, …, X находится в Риге" lets the
    parser make X both the companion and the subject; a meeting of X with X is X alone.
    A name in brackets right after a side's name is that side written another way
    ("с г-ном Лаудьеном (Laudien)"), not another side."""
    seen: set[int] = set()
    arguments: list[Argument] = []
    previous: Argument | None = None
    for argument in claim.arguments:
        if argument.role == "participants":
            if argument.entity is not None and argument.entity in seen:
                continue
            if previous is not None and _glossed(previous, argument, text):
                continue
            if argument.entity is not None:
                seen.add(argument.entity)
            previous = argument
        arguments.append(argument)
    return replace(claim, arguments=arguments)


def _glossed(side: Argument, other: Argument, text: str) -> bool:
    """Whether `other` is written in brackets right after `side`: "Лаудьен (Laudien)"."""
    if side.span is None or other.span is None or other.span.start < side.span.end:
        return False
    between = text[side.span.end : other.span.start]
    return bool(_OPEN_GLOSS.fullmatch(between)) and text[other.span.end :].lstrip().startswith(")")
