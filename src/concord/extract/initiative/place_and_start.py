"""Where a project is and when it starts: the first place after a place preposition,
and the sentence's date "on" or "since" something.
"""

from __future__ import annotations

from concord.claim import Argument, Mention
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def place_and_start(
    view: SentenceView, places: list[Mention], words: InitiativeWords
) -> list[Argument]:
    """Where the project is (the first place after a place preposition) and when it
    starts (the sentence's date "on" or "since" something)."""
    found = []
    for mention in places:
        first = view.token_indices(mention.start, mention.end)[0]
        holder = first - 1  # "в аэропорту Минеральных Вод": the place names that noun
        if first > 0 and (
            view.tokens[holder].lemma in words.place_prepositions
            or (
                holder > 0
                and view.tokens[holder - 1].lemma in words.place_prepositions
                and any(
                    view.tokens[i].head == holder
                    for i in view.token_indices(mention.start, mention.end)
                )
            )
        ):
            found.append(view.entity_argument("location", mention))
            break
    date = next((d for d in view.dates if d.relation in {"on", "since"}), None)
    if date:
        found.append(view.date_argument("starts_on", date))
    return found
