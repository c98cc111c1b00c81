"""Who met whom, where, when and in what format.

Triggers are meeting words (встреча, переговоры, встретиться, провести переговоры …),
each language's in `concord.extract.lexicons`.
Participants are the people and organisations tied to the trigger by the tree: its
subject, its "с X" companions, its genitive ("встреча X и Y"), and the sides of a
quoted format («Центральная Азия — Великобритания»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from concord.claim import Argument, Claim, Mention
from concord.extract.sentence_view import SentenceView, first_date


@dataclass(frozen=True)
class MeetingWords:
    """What names a meeting in one language and how its sides and place attach to it."""

    meeting_nouns: frozenset[str]  # what a light verb can hold: "провести переговоры"
    strong_nouns: frozenset[str]  # nouns that are a meeting on their own: "встреча"
    verbs: frozenset[str]  # verbs that are a meeting on their own: "встретиться"
    light_verbs: frozenset[str]  # a meeting only with a meeting noun below: "провести"
    companion_prepositions: frozenset[str]  # "встреча с X", "встретился с X"
    between_prepositions: frozenset[str]  # "встреча между X и Y"
    place_prepositions: frozenset[str]  # "в Лондоне", with the place in the locative
    format_pattern: re.Pattern[str]  # a quoted `format`: "в формате «Центральная Азия — …»"
    format_sides: re.Pattern[str]  # what separates the sides inside the format


_PARTICIPANT_TYPES = {"PER", "ORG", "LOCORG"}
_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "ccomp", "csubj"})


def _is_trigger(view: SentenceView, index: int, words: MeetingWords) -> bool:
    token = view.tokens[index]
    if token.lemma in words.strong_nouns or token.lemma in words.verbs:
        return True
    if token.lemma in words.light_verbs:
        return any(view.tokens[c].lemma in words.meeting_nouns for c in view.children(index))
    return False


def _participants(view: SentenceView, trigger: int, words: MeetingWords) -> list[Mention]:
    """Entities in the trigger's own phrase and, for a verb, its subject and objects."""
    token = view.tokens[trigger]
    reach: set[int] = set()
    if token.pos == "VERB":
        for child in view.children(trigger):
            relation = view.tokens[child].relation
            preposition = view.preposition(child)
            if relation.startswith("nsubj") or (
                relation in {"obl", "obj", "iobj"}
                and (not preposition or preposition in words.companion_prepositions)
            ):
                reach.update(view.subtree(child, _CLAUSES))
    for child in view.children(trigger):
        relation = view.tokens[child].relation
        preposition = view.preposition(child)
        if relation == "nmod" and (
            preposition in words.companion_prepositions
            or preposition in words.between_prepositions
            or (not preposition and view.tokens[child].feats.get("Case") == "Gen")
        ):
            reach.update(view.subtree(child, _CLAUSES))
    head = token.head
    if token.pos == "NOUN" and 0 <= head < len(view.tokens):
        # "На встрече с X стороны договорились", "состоялась встреча X": the governing
        # verb's subject is a participant too, but not its other dependents.
        for child in view.children(head):
            if view.tokens[child].relation.startswith("nsubj") and child != trigger:
                reach.add(child)
                reach.update(
                    c
                    for c in view.children(child)
                    if view.tokens[c].relation in {"flat:name", "flat", "conj"}
                )
    found = view.mentions_in(sorted(reach), _PARTICIPANT_TYPES)
    people = [m for m in found if m.type == "PER"]
    return people or found


def extract(view: SentenceView, words: MeetingWords) -> list[Claim]:
    claims = []
    used: set[int] = set()
    format_match = words.format_pattern.search(view.sentence.text)
    for index in range(len(view.tokens)):
        if index in used or not _is_trigger(view, index, words):
            continue
        used.update(view.subtree(index))
        arguments: list[Argument] = []
        participants = _participants(view, index, words)
        for mention in participants:
            arguments.append(view.entity_argument("participants", mention))
        if format_match:
            start = view.sentence.start + format_match.start("format")
            value = format_match.group("format")
            arguments.append(Argument("format", value, view.text_span(start, start + len(value))))
            if not participants:
                for side in words.format_sides.split(value):
                    side_start = start + value.index(side)
                    side_mention = view.mentions_in(
                        view.token_indices(side_start, side_start + len(side))
                    )
                    if side_mention:
                        arguments.append(view.entity_argument("participants", side_mention[0]))
                    else:
                        arguments.append(
                            Argument(
                                "participants",
                                side,
                                view.text_span(side_start, side_start + len(side)),
                            )
                        )
        for mention in view.mentions:
            indices = view.token_indices(mention.start, mention.end)
            if (
                mention.type in {"LOC", "LOCORG"}
                and view.preposition(indices[-1]) in words.place_prepositions
                and (view.tokens[indices[-1]].feats.get("Case") == "Loc")
            ):
                arguments.append(view.entity_argument("place", mention))
                break
        date = first_date(view)
        if date:
            arguments.append(view.date_argument("date", date))
        if not any(a.role == "participants" for a in arguments) and not format_match:
            continue
        claims.append(view.claim("meeting", arguments, view.modality(index)))
    return claims
