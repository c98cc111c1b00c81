"""An envoy's name hung on the post's destination.

"X received Ambassador of Cuba to Mongolia Jorge Rodriguez", "met with Ambassador of China
to Mongolia Chai Wenrui": the English parser hangs the name on the verb through the
post's "to" phrase, so the post (the object or companion) names nobody and the name
stands in a phrase that reads as a destination. The name is the post's holder.
"""

from __future__ import annotations

from concord.extract.meeting.reading import CLAUSES
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView


def envoys_on_destinations(
    view: SentenceView, verb: int, words: MeetingWords
) -> list[tuple[int, int]]:
    """(the phrase holding the name, the post it names) for each destination phrase of
    `verb` that names a person and follows a post of the verb's that names nobody."""
    if not words.destination_prepositions:
        return []
    unnamed_posts = [
        child
        for child in view.children(verb)
        if view.tokens[child].relation in {"obj", "obl"}
        and view.preposition(child) not in words.destination_prepositions
        and not view.mentions_in(view.subtree(child, CLAUSES), {"PER"})
        and any(
            view.tokens[i].lemma.lower() in words.person_nouns
            for i in view.subtree(child, CLAUSES)
        )
    ]
    found = []
    for child in view.children(verb):
        if (
            view.tokens[child].relation == "obl"
            and view.preposition(child) in words.destination_prepositions
            and view.mentions_in(view.subtree(child, CLAUSES), {"PER"})
        ):
            posts = [post for post in unnamed_posts if post < child]
            if posts:
                found.append((child, posts[-1]))
    return found
