"""A report's visiting party: the people of one delegation, named apart from its meeting.

Reports of a visit name the delegation's people in one sentence and what the hosts did
with them in others: "делегацию во главе с X приняли …. В состав делегации также вошли Y и
Z", "в составе делегации университет посетили X и Y. Ректор W рассказал гостям …",
"члены делегации встретились с V". Once the report names exactly one such party, a
meeting with the delegation is one with all its people, a named host who shows, tells or
greets "гостям" / "делегации" meets them, and "члены делегации встретились с V" is their
meeting with V. A report naming two delegations' people lends none: whose guests they are
is not told.
"""

from __future__ import annotations

from dataclasses import replace

from concord.claim import Argument, Claim, Mention
from concord.extract.meeting.delegations import leaders_after
from concord.extract.meeting.reading import CLAUSES
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView

_GUEST_CASES = frozenset({"Dat", "Acc", "Gen"})  # "рассказал гостям", "ознакомил гостей"


def party_named(view: SentenceView, words: MeetingWords) -> tuple[list[Mention], list[Mention]]:
    """The people a sentence names as a delegation's: its leaders ("делегация во главе с
    X") and its members ("в состав делегации вошли Y и Z", "в составе делегации … посетили
    Y и Z"), each as a list."""
    leaders: list[Mention] = []
    members: list[Mention] = []
    for index, token in enumerate(view.tokens):
        if token.lemma in words.delegation_nouns:
            leaders.extend(m for m in leaders_after(view, index, words) if m not in leaders)
        elif token.lemma in words.membership_nouns and any(
            view.tokens[c].lemma in words.delegation_nouns for c in view.children(index)
        ):
            members.extend(m for m in _members_beside(view, index) if m not in members)
    return leaders, members


def _members_beside(view: SentenceView, membership: int) -> list[Mention]:
    """The people the clause of "в состав(е) делегации" names outside that phrase and
    with no preposition of their own: the delegation's members."""
    verb = view.tokens[membership].head
    if not 0 <= verb < len(view.tokens):
        return []
    inside = set(view.subtree(membership))
    return [
        mention
        for mention in view.mentions_in(
            (i for i in view.subtree(verb, CLAUSES) if i not in inside), {"PER"}
        )
        if not view.preposition(view.token_indices(mention.start, mention.end)[0])
    ]


class VisitingParty:
    """The people of the report's delegations, gathered sentence by sentence: a leader
    phrase opens a party, members join the last one opened."""

    def __init__(self) -> None:
        self._parties: list[list[Mention]] = []

    def add(self, leaders: list[Mention], members: list[Mention]) -> None:
        known = {m.entity for party in self._parties for m in party}
        fresh_leaders = [m for m in leaders if m.entity not in known]
        if fresh_leaders:
            self._parties.append(fresh_leaders)
        if members:
            if not self._parties:
                self._parties.append([])
            self._parties[-1].extend(m for m in members if m.entity not in known)

    def people(self) -> list[Mention]:
        """The one party's people, or nobody when the report names several parties or a
        party of one."""
        parties = [party for party in self._parties if party]
        if len(parties) != 1 or len(parties[0]) < 2:
            return []
        return parties[0]


def with_party(view: SentenceView, claim: Claim, party: list[Mention], words: MeetingWords) -> Claim:
    """A meeting with the delegation (a delegation noun in its sentence) that holds some
    of the party and someone else is a meeting with all the party."""
    entities = _participants(claim)
    named = {m.entity for m in party}
    if not (entities & named) or not (entities - named):
        return claim
    if not any(token.lemma in words.delegation_nouns for token in view.tokens):
        return claim
    return _joined(view, claim, party)


def members_meeting(view: SentenceView, claim: Claim, party: list[Mention], words: MeetingWords) -> Claim:
    """ "Члены делегации встретились с V", "гости встретились с V": the subject is the
    party, named elsewhere."""
    named = {m.entity for m in party}
    if _participants(claim) & named:
        return claim
    for index, token in enumerate(view.tokens):
        if token.lemma not in words.verbs:
            continue
        if any(_stands_for_party(view, subject, words) for subject in view.subjects(index)):
            return _joined(view, claim, party)
    return claim


def host_to_guests(
    view: SentenceView, party: list[Mention], words: MeetingWords
) -> list[tuple[int, Mention]]:
    """ "Ректор X рассказал гостям …", "X продемонстрировал делегации …": a named person
    outside the party showing, telling or greeting the guests meets them; each such verb
    with its subject."""
    named = {m.entity for m in party}
    found: list[tuple[int, Mention]] = []
    for index, token in enumerate(view.tokens):
        if token.lemma not in words.guest_verbs:
            continue
        guests = [
            c
            for c in view.children(index)
            if _stands_for_party(view, c, words)
            and not view.preposition(c)
            and view.tokens[c].feats.get("Case") in _GUEST_CASES
        ]
        if not guests:
            continue
        hosts = [
            m
            for subject in view.subjects(index)
            for m in view.mentions_in(view.subtree(subject, CLAUSES), {"PER"})
            if m.entity not in named
        ]
        if hosts:
            found.append((index, hosts[0]))
    return found


def _stands_for_party(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """A guest noun ("гости", "делегация", "делегаты") or "члены делегации", with no
    person named in its own phrase."""
    token = view.tokens[index]
    if view.mentions_in(view.subtree(index, CLAUSES), {"PER"}):
        return False
    if token.lemma in words.guest_nouns:
        return True
    return token.lemma in words.member_nouns and any(
        view.tokens[c].lemma in words.delegation_nouns for c in view.children(index)
    )


def _participants(claim: Claim) -> set[int]:
    return {a.entity for a in claim.arguments if a.role == "participants" and a.entity is not None}


def _joined(view: SentenceView, claim: Claim, party: list[Mention]) -> Claim:
    """The claim with the party's people it lacks added as participants."""
    entities = _participants(claim)
    added: list[Argument] = [
        view.entity_argument("participants", m) for m in party if m.entity not in entities
    ]
    if not added:
        return claim
    return replace(claim, arguments=[*claim.arguments, *added])
