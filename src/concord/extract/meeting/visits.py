"""A person visited or hosted, named apart from the verb's own companions.

"X called on Chief Minister Y" names the one visited after the verb's own preposition,
"X paid a courtesy call on Y" after the visit's;
"X hosted a reception for Y", "a banquet in honour of Y" name the guest on the event
hosted. Each is a meeting of the two; "called on Y to resign" asks something of Y and is
none.
"""

from __future__ import annotations

from concord.extract.meeting.post_holders import holder_by_post
from concord.extract.meeting.reading import CLAUSES
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView

_JOINED = frozenset({"conj", "parataxis"})


def guests_named_apart(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """The phrases naming the person `verb` visits or hosts apart from its companions."""
    if not _visits_or_hosts(view.tokens[verb].lemma, words):
        return []
    return (
        visited_people(view, verb, words)
        + paid_visits(view, verb, words)
        + hosted_guests(view, verb, words)
    )


def _visits_or_hosts(lemma: str, words: MeetingWords) -> bool:
    """A pre-filter: each reading below starts by asking for a visit verb with its
    prepositions, a paying verb or a host verb, and finds nobody for any other word (the
    meeting triggers ask this of every word of every sentence)."""
    return bool(words.visit_verbs.get(lemma)) or lemma in words.paying_verbs or (
        lemma in words.host_verbs
    )


def visited_people(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """ "X called on Chief Minister Y": the phrases after a visit verb's own preposition
    that name a person; none when the verb asks something of them ("called on Y to
    resign")."""
    prepositions = words.visit_verbs.get(view.tokens[verb].lemma)
    if not prepositions or _asks_to_act(view, verb):
        return []
    return [
        child
        for child in view.children(verb)
        if view.tokens[child].relation == "obl"
        and view.preposition(child) in prepositions
        and _names_person(view, child, words)
    ]


def paid_visits(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """ "X paid a courtesy call on Y", "made a visit to Y": the person after the visit
    noun's own preposition ("a visit to Kazakhstan" names no person), or the verb's
    indirect object ("paid the President a farewell visit")."""
    if view.tokens[verb].lemma not in words.paying_verbs or _asks_to_act(view, verb):
        return []
    visits = [
        visit
        for visit in view.children(verb)
        if view.tokens[visit].relation == "obj" and view.tokens[visit].lemma in words.visit_nouns
    ]
    found = [
        child
        for visit in visits
        for child in view.children(visit)
        if view.preposition(child) in words.visit_nouns[view.tokens[visit].lemma]
        and _names_person(view, child, words)
    ]
    if visits:
        found += [
            child
            for child in view.children(verb)
            if view.tokens[child].relation == "iobj" and _names_person(view, child, words)
        ]
    return found


def hosted_guests(view: SentenceView, verb: int, words: MeetingWords) -> list[int]:
    """ "X hosted a reception for Y", "a state banquet in honour of Y": the person the
    hosted event is for."""
    if view.tokens[verb].lemma not in words.host_verbs:
        return []
    guests: list[int] = []
    for event in view.children(verb):
        if view.tokens[event].lemma not in words.hosted_events:
            continue
        honours = [  # "in honour of" on the event or, as the parser may hang it, the verb
            c for c in view.children(event) + view.children(verb)
            if view.tokens[c].lemma.lower() in words.honour_nouns
        ]  # fmt: skip
        for honour in honours:
            guests += [
                c for c in view.children(honour)
                if view.preposition(c) in words.honour_prepositions
                and _names_person(view, c, words)
            ]  # fmt: skip
        for child in view.children(event):
            preposition = view.preposition(child)
            if (
                preposition in words.guest_prepositions
                or (honours and preposition in words.honour_prepositions)
            ) and _names_person(view, child, words):
                guests.append(child)  # "in honor of X" with "X" hung on the event
    return guests


def _names_person(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """A phrase naming a person, or a bare post the report names one holder of."""
    if any(m.type == "PER" for m in view.mentions_in(view.subtree(index, CLAUSES))):
        return True
    return holder_by_post(view, index, words) is not None


def _asks_to_act(view: SentenceView, verb: int) -> bool:
    """ "called on Y to step down": a to-infinitive below the verb, on the verb or on Y;
    not in a clause joined to it ("called on Y and discussed ways to promote trade")."""
    return any(
        view.tokens[word].pos in {"VERB", "AUX"}
        and any(
            view.tokens[c].text.lower() == "to" and view.tokens[c].pos == "PART"
            for c in view.children(word)
        )
        for word in view.subtree(verb, _JOINED)
        if word != verb
    )
