"""The words that name a meeting and the kind of reading each calls for.

A meeting verb ("встретиться"), a light verb holding a meeting noun ("провести
переговоры"), a granted meeting ("дал аудиенцию"), a call to a named person, a strong
meeting noun ("встреча"), a gathering someone takes part in, chairs or leads, a weak
noun with a named companion ("диалог с X"), "стороны" as a subject, a discussion verb
("X и Y обсудили") or a host verb ("X принял Y"). `trigger_at` says which, with the
verb whose subject takes part.
"""

from __future__ import annotations

from concord.extract.meeting.delegations import led_by
from concord.extract.meeting.joint import done_jointly
from concord.extract.meeting.reading import (
    CLAUSES,
    Trigger,
    last_part,
    sentence_before,
    subject_mentions,
)
from concord.extract.meeting.visits import guests_named_apart
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView

SIDE_PREPOSITION_REACH = 3  # "с" and up to two adjectives before "стороны"


def trigger_at(view: SentenceView, index: int, words: MeetingWords) -> Trigger | None:
    """The trigger the word at `index` is, if any, by the first reading that fits."""
    token = view.tokens[index]
    if (
        token.lemma in words.verbs
        or _qualified_verb(view, index, words)
        or _speaks_with_a_person(view, index, words)
        or done_jointly(view, index, words)
    ):
        return Trigger(index, "meeting", index)
    if token.lemma in words.light_verbs and any(
        is_meeting_noun(view, c, words) for c in view.children(index)
    ):
        return Trigger(index, "meeting", index)
    if (
        _grants_a_meeting(view, index, words)
        or _calls_a_person(view, index, words)
        or _talks_remotely(view, index, words)
        or bool(guests_named_apart(view, index, words))
    ):
        return Trigger(index, "meeting", index)
    if token.pos == "NOUN" or token.pos == "PROPN":
        head = token.head
        if 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.light_verbs:
            return None  # "встречу провела X": the light verb is the trigger
        gathering = is_meeting_noun(view, index, words) and (
            last_part(token.lemma) in words.participation_events
        )
        if gathering:
            verb = _participation_verb(view, index, words)
            if verb is not None:
                return Trigger(index, "participation", verb)
        if (
            is_strong_noun(view, index, words)
            or (gathering and _chair_or_participation_below(view, index, words))
            or (gathering and led_by(view, index, words))
            or _with_named_person(view, index, words)
        ):
            return Trigger(index, "meeting", _verb_above(view, index))
        if (
            token.lemma in words.side_nouns
            and token.relation.startswith("nsubj")
            and not view.preposition(index)
            and not any(view.tokens[c].relation == "nmod" for c in view.children(index))
            and 0 <= token.head < len(view.tokens)
        ):
            return Trigger(token.head, "sides", token.head)
    if view.preposition(index) and (
        token.pos == "PRON"
        or (token.lemma in words.referring_pronouns and _event_before(view, words))
    ):  # the parser may tag "в нём" a noun: then the sentence before names the event
        verb = _participation_verb(view, index, words)  # "в ней приняли участие X и Y"
        if verb is not None and _relative_of_a_gathering(view, index, verb, words):
            return Trigger(index, "participation", verb)
    if attends_from_a_side(view, index, words):
        return Trigger(index, "attendance", index)
    if token.pos == "VERB" and token.lemma in words.discussion_verbs:
        return Trigger(index, "discussion", index)
    if token.pos == "VERB" and token.lemma in words.host_verbs:
        return Trigger(index, "host", index)
    return None


def is_meeting_noun(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """A noun a light verb can hold as a meeting ("переговоры", "встреча"), or one that is a
    meeting with its modifier ("телефонный разговор")."""
    token = view.tokens[index]
    lemma = last_part(token.lemma)
    if _named_for_audience(view, index, words):
        return False
    if lemma in words.meeting_nouns or lemma in words.strong_nouns:
        return True
    modifiers = words.qualified_nouns.get(lemma, frozenset())
    return any(view.tokens[c].lemma in modifiers for c in view.children(index))


def _named_for_audience(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "a press conference with X": a meeting noun named for the audience it is held for
    is no meeting of sides."""
    return any(
        view.tokens[c].lemma.lower() in words.audience_nouns
        and view.tokens[c].relation in words.audience_modifier_relations
        for c in view.children(index)
    )


def is_strong_noun(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """A noun that is a meeting on its own ("встреча"), or with its modifier."""
    lemma = last_part(view.tokens[index].lemma)
    return lemma in words.strong_nouns or (
        lemma in words.qualified_nouns and is_meeting_noun(view, index, words)
    )


def _verb_above(view: SentenceView, index: int) -> int | None:
    """The verb a noun's phrase hangs on, through at most two nouns ("участие в работе
    форума")."""
    current = index
    for _ in range(3):
        head = view.tokens[current].head
        if not 0 <= head < len(view.tokens):
            return None
        if view.tokens[head].pos in {"VERB", "AUX"}:
            return head
        current = head
    return None


def _participation_verb(view: SentenceView, noun: int, words: MeetingWords) -> int | None:
    """The verb of "X принял участие в N" / "X участвовал в N" for the event noun N, or
    None when nobody takes part in N."""
    head = view.tokens[noun].head
    if not 0 <= head < len(view.tokens):
        return None
    if view.tokens[head].lemma in words.frame_nouns:  # "в работе форума"
        if view.preposition(noun):
            return None
        noun, head = head, view.tokens[head].head
        if not 0 <= head < len(view.tokens):
            return None
    if view.tokens[head].lemma in words.participation_nouns:
        verb = view.tokens[head].head
        return verb if 0 <= verb < len(view.tokens) else None
    if view.tokens[head].lemma in words.participation_verbs or _invited(view, head, words):
        return head
    if view.tokens[head].pos == "VERB" and any(
        view.tokens[c].lemma in words.participation_nouns for c in view.children(head)
    ):
        return head  # the parser hangs "в N" on the verb, beside its "участие"
    return None


def _invited(view: SentenceView, verb: int, words: MeetingWords) -> bool:
    """ "На нее были приглашены X и Y": the invited, told in the passive, came to it; the
    active "X пригласил Y на встречу" says nothing of who met."""
    token = view.tokens[verb]
    return token.lemma in words.invited_verbs and token.feats.get("Voice") == "Pass"


def attends_from_a_side(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "С белорусской стороны также присутствовал X": a verb of presence with the side
    its subject came for and no event of its own names an attendee of the meeting just
    told."""
    token = view.tokens[index]
    if token.pos != "VERB" or token.lemma not in words.participation_verbs:
        return False
    children = view.children(index)
    if any(view.tokens[c].pos == "NOUN" and is_meeting_noun(view, c, words) for c in children):
        return False
    return any(
        view.tokens[c].lemma in words.attending_side_nouns
        and any(  # "с белорусской стороны": the parser may hang "с" on the adjective
            view.tokens[i].lemma in words.companion_prepositions
            for i in range(max(c - SIDE_PREPOSITION_REACH, 0), c)
        )
        for c in children
    )


def _chair_or_participation_below(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """Whether someone chairs or joins it: "заседание под председательством Y"."""
    verb = _verb_above(view, index)
    if not view.tokens[index].relation.startswith("nsubj"):
        verb = None
    return bool(chair_phrases(view, index, verb, words))


def chair_phrases(
    view: SentenceView, index: int, verb: int | None, words: MeetingWords
) -> list[int]:
    """The "под председательством Y" and "с участием Y" phrases in the trigger's phrase or
    on its verb."""
    candidates = set(view.subtree(index, CLAUSES))
    if verb is not None:
        candidates.update(view.children(verb))
    return [
        c
        for c in sorted(candidates)
        if (
            view.tokens[c].lemma in words.chair_nouns
            and view.preposition(c) in words.chair_prepositions
        )
        or (
            view.tokens[c].lemma in words.participation_nouns
            and view.preposition(c) in words.companion_prepositions | words.chair_prepositions
        )
    ]


def _with_named_person(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "завтра предстоит диалог с председателем X", "консультации Y с X": a weak meeting
    noun is a meeting when its companion ("с" + noun phrase) names a person."""
    if last_part(view.tokens[index].lemma) not in words.personal_nouns:
        return False
    return any(
        view.tokens[c].relation == "nmod"
        and view.preposition(c) in words.companion_prepositions
        and view.mentions_in(view.subtree(c, CLAUSES), {"PER"})
        for c in view.children(index)
    )


def _relative_of_a_gathering(
    view: SentenceView, pronoun: int, verb: int, words: MeetingWords
) -> bool:
    """ "дискуссия, в которой участвовали X и Y": "которой" is what its noun is; a panel
    or a show joined is no meeting, a gathering is ("переговоры, в которых участвовали")."""
    if view.tokens[pronoun].lemma not in words.relative_pronouns:
        return True
    clause = next(
        (i for i in [verb, *view.ancestors(verb)] if view.tokens[i].relation == "acl:relcl"),
        None,
    )
    if clause is None:
        return True  # no antecedent found: as before
    antecedent = view.tokens[clause].head
    if not 0 <= antecedent < len(view.tokens):
        return True
    return last_part(view.tokens[antecedent].lemma) in words.participation_events


def _grants_a_meeting(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "дал аудиенцию президенту X", "нанёс визит губернатору X": the verb holds the
    meeting it grants or pays as its object (or, misparsed, as a word of its dative), and
    a dative names who it is granted or paid to."""
    nouns = words.granted_meetings.get(view.tokens[index].lemma)
    if not nouns:
        return False
    below = [
        grandchild
        for child in view.children(index)
        if view.tokens[child].relation in {"obj", "iobj", "obl"} and not view.preposition(child)
        for grandchild in [child, *view.children(child)]
    ]
    return any(view.tokens[i].lemma in nouns for i in below) and any(
        view.tokens[i].relation in {"iobj", "obl"} and view.tokens[i].feats.get("Case") == "Dat"
        for i in below
    )


def _qualified_verb(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "spoke by phone with X": a verb that is a meeting with its modifier among the words
    hanging on it or on them."""
    modifiers = words.qualified_verbs.get(view.tokens[index].lemma)
    if not modifiers or view.tokens[index].pos != "VERB":
        return False
    below = [g for c in view.children(index) for g in (c, *view.children(c))]
    return any(view.tokens[i].lemma in modifiers for i in below)


def _speaks_with_a_person(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "X spoke with Y": a verb of talking is a conversation of two only with a named
    person after a companion preposition ("spoke with reporters" meets nobody)."""
    if view.tokens[index].lemma not in words.companion_verbs or view.tokens[index].pos != "VERB":
        return False
    return any(
        view.preposition(child) in words.companion_prepositions
        and view.tokens[child].relation.startswith("obl")
        and any(m.type == "PER" for m in view.mentions_in(view.subtree(child, CLAUSES), {"PER"}))
        for child in view.children(index)
    )


def _calls_a_person(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "Губернатору X позвонил президент Y": a call verb with a named person in the
    dative (the case the language marks a called person with), no preposition, is a phone
    conversation of the two; "позвонил в полицию" and "позвонил ему" name no second side,
    and "called X a partner" (a second word for X) is no call."""
    if view.tokens[index].lemma not in words.call_verbs:
        return False
    children = view.children(index)
    if any(view.tokens[c].relation in {"xcomp", "ccomp"} for c in children):
        return False
    return any(
        not view.preposition(child)
        and (words.called_case is None or view.in_case(child, words.called_case))
        and view.tokens[child].relation in {"iobj", "obj", "obl"}
        and any(m.type == "PER" for m in view.mentions_in(view.subtree(child, CLAUSES)))
        for child in children
    )


def _talks_remotely(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "X по телефону поздравил Y", "X по видеосвязи проинформировал Y": a verb done over
    the phone to a person named as its object (no preposition) is a conversation of the
    two, when its subject names a person too; "заказал по телефону такси" names nobody
    and "мошенники по телефону обманули Y" no second person."""
    if view.tokens[index].pos != "VERB":
        return False
    children = view.children(index)
    over_the_phone = any(
        view.tokens[c].lemma in words.remote_means
        and view.preposition(c) in words.remote_prepositions
        for c in children
    )
    if not over_the_phone:
        return False
    if not any(m.type == "PER" for m in subject_mentions(view, index)):
        return False
    return any(
        not view.preposition(child)
        and view.tokens[child].relation in {"obj", "iobj"}
        and any(m.type == "PER" for m in view.mentions_in(view.subtree(child, CLAUSES)))
        for child in children
    )


def _event_before(view: SentenceView, words: MeetingWords) -> bool:
    """Whether the sentence before names a gathering one takes part in ("открылся саммит")."""
    previous = sentence_before(view)
    return previous is not None and any(
        t.lemma in words.participation_events for t in previous.tokens
    )
