"""What every meeting reading shares: the trigger found, the sides gathered, the windows.

A `Trigger` is the word that names a meeting and the kind of reading it calls for;
`Sides` collects the participants the readings find for it, with whether one was named
as its own side and which "с X" phrases hold companions. The constants say which
mentions can be sides, which relations end a phrase and how far back a pronoun or a
bare post may reach. The small tree questions here (a noun's governing verbs, a verb's
subject mentions, a word's name parts, the path up to a word) are asked by several
modules of the package.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from concord.analysis import Sentence
from concord.claim import Mention
from concord.extract.sentence_view import SentenceView

PARTICIPANT_TYPES = {"PER", "ORG", "LOCORG"}
NATIONAL_SUFFIXES = ("ский", "цкий")  # "российский", "турецкий": of a country
CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "ccomp", "csubj"})
NAME_PARTS = {"flat:name", "flat", "conj", "appos"}
ANAPHORA_WINDOW = 2  # how many sentences back "стороны" and "в ходе беседы" may reach
# how far back "Во встрече приняли участие Z и W" finds its meeting: a report lists who
# attended at its end, after what was said there (set to a seen report of six sentences)
ATTENDANCE_REACH = 6
ACTOR_WINDOW = 4  # how far back "глава государства" finds the actor a report follows


@dataclass
class Trigger:
    """A word that names a meeting and the reading it calls for."""

    index: int
    kind: str  # "meeting", "discussion", "host", "sides", "participation", "attendance"
    verb: int | None = None  # the verb whose subject takes part or whose obl is the place


@dataclass
class Sides:
    """The participants found for one trigger so far, and what the readings after need to
    know of them."""

    mentions: list[Mention] = field(default_factory=list)
    own_side: bool = False  # a side named other than as a companion ("X встретился", "встреча X")
    companions: list[int] = field(default_factory=list)  # the "с X" tokens
    plural: list[Mention] = field(default_factory=list)  # whom a subject "они" may stand for
    forum: bool = False  # meeting39: "саммит «Большой двадцатки»": a forum's own summit

    def add(self, found: list[Mention], own: bool) -> None:
        for mention in found:
            if mention not in self.mentions:
                self.mentions.append(mention)
        self.own_side = self.own_side or (own and bool(found))


def last_part(lemma: str) -> str:
    """A compound names its kind last: "бизнес-форум" is a "форум"."""
    return lemma.rsplit("-", 1)[-1]


def sentence_before(view: SentenceView) -> Sentence | None:
    """The sentence that ends before this one, if any."""
    previous = [s for s in view.document.sentences if s.end <= view.sentence.start]
    return previous[-1] if previous else None


def name_reach(view: SentenceView, index: int) -> list[int]:
    """A word and its dependents one level down that make up or stand by its name
    ("министр X": the apposition, "X и Y": the conjunct)."""
    return [index] + [c for c in view.children(index) if view.tokens[c].relation in NAME_PARTS]


def subject_mentions(view: SentenceView, verb: int) -> list[Mention]:
    """The people and organisations a verb's subjects name, in their phrases."""
    reach: set[int] = set()
    for child in view.subjects(verb):
        reach.update(view.subtree(child, CLAUSES))
    return view.mentions_in(sorted(reach), PARTICIPANT_TYPES)


def governing_verbs(
    view: SentenceView, index: int, phase_nouns: frozenset[str] = frozenset()
) -> list[int]:
    """The noun's head, then up a chain of completed verbs ("должен был поднять"). A noun
    for the meeting's start or end between them ("в начале встречи с Y X поблагодарил") is
    passed over: the verb it is told by is the meeting's."""
    chain: list[int] = []
    current = view.tokens[index].head
    relation = view.tokens[index].relation
    passed: set[int] = set()
    while (
        relation == "nmod"
        and 0 <= current < len(view.tokens)
        and current not in passed
        and view.tokens[current].lemma in phase_nouns
        and view.tokens[current].relation == "obl"
    ):
        passed.add(current)
        relation = view.tokens[current].relation
        current = view.tokens[current].head
    while 0 <= current < len(view.tokens) and current not in chain and len(chain) < 3:
        chain.append(current)
        if relation not in {"obl", "nsubj", "obj", "xcomp", "nmod"}:
            break
        relation = view.tokens[current].relation
        if relation not in {"xcomp"}:
            break
        current = view.tokens[current].head
    return chain


def path_up(view: SentenceView, index: int, top: int) -> list[int]:
    """The token and its heads up to `top` (left out), or to the root when `top` is not
    above it; a cycle in the parse ends the walk."""
    path: list[int] = []
    for current in [index, *view.ancestors(index)]:
        if current == top:
            break
        path.append(current)
    return path


def contiguous(indices: list[int], anchor: int) -> list[int]:
    """The run of consecutive indices around the anchor: a venue's name is one stretch."""
    chosen = {anchor}
    present = set(indices)
    low = anchor
    while low - 1 in present:
        low -= 1
        chosen.add(low)
    high = anchor
    while high + 1 in present:
        high += 1
        chosen.add(high)
    return sorted(chosen)
