"""Where a meeting was held: its place (a city, a country) and its venue (a building).

Both are the "в + locative" hung on the trigger or on its verb, never one nested in
another phrase ("интеграции в регионе"). A venue is a named building ("Дворец
Независимости", "в Ланкастер-хаусе", "в Кремле"); a city named after a venue is its
place.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.meeting.reading import CLAUSES, Trigger, contiguous, last_part, path_up
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView


def place_and_venue(
    view: SentenceView, trigger: Trigger, words: MeetingWords
) -> tuple[Mention | None, tuple[str, list[int]] | None]:
    """The place and the venue in the meeting's own phrase: "в + locative" hung on the
    trigger or on its verb, never one nested in another phrase ("интеграции в регионе")."""
    holders = [trigger.index]
    if trigger.verb is not None and trigger.verb != trigger.index:
        holders.append(trigger.verb)
    holders.extend(
        child
        for holder in list(holders)
        for child in view.children(holder)
        if view.tokens[child].relation in words.place_holder_relations
    )
    place: Mention | None = None
    venue: tuple[str, list[int]] | None = None
    for holder in holders:
        for child in view.children(holder):
            token = view.tokens[child]
            if (
                token.relation not in {"obl", "nmod"}
                or view.preposition(child) not in words.place_prepositions
                or not view.in_case(child, "Loc")
            ):
                continue
            if venue is None and _is_venue(view, child, words):
                guests = {
                    i
                    for name in view.children(child)
                    if (found := view.mention_at(name)) is not None and found.type == "PER"
                    for i in view.subtree(name)
                }  # "принял в Елисейском дворце Y": Y is the guest, not the venue's name
                indices = [
                    c
                    for c in view.subtree(child, CLAUSES)
                    if (c == child or not _has_own_preposition(view, c, child))
                    and c not in guests
                ]
                indices = [  # "в своей резиденции": the venue is the residence
                    c for c in indices if view.tokens[c].relation not in {"case", "det"}
                ]
                venue = view.phrase(contiguous(indices, child))[0], indices
                holders.append(child)  # "в Ланкастер-хаусе в Лондоне": the venue's city
                continue
            if place is None:
                mention = view.mention_at(child)
                if mention is not None and mention.type in {"LOC", "LOCORG"}:
                    place = mention
    return place, venue


def _has_own_preposition(view: SentenceView, index: int, top: int) -> bool:
    """Whether a token sits in a prepositional phrase below `top` ("на улице …")."""
    return any(view.preposition(i) for i in path_up(view, index, top))


def _is_venue(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """A named building: a venue noun with a name ("Дворец Независимости", "здание
    Сейма", "резиденция «Береке»"), a "-хаус", or a building known by its name."""
    token = view.tokens[index]
    lemma = token.lemma
    mention = view.mention_at(index)
    named = {lemma, mention.normal.lower() if mention else ""}
    if named & words.venue_names or any(lemma.endswith(s) for s in words.venue_suffixes):
        return True
    if last_part(lemma) not in words.venue_nouns:
        return False
    if token.text[:1].isupper():
        return True
    return any(
        view.tokens[c].text[:1].isupper() or view.tokens[c].text in {"«", '"', "“"}
        for c in view.children(index)
        if view.tokens[c].relation != "case"
    )
