"""Those who tell of a deal are no side of it: a news source, a spokesperson.

"Как сообщило агентство «X», …" names where the news comes from; "Глава банка «X» Y
рассказал о покупке" names Y only as the one who speaks for X (an owner, though, deals
in his own name).
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.deal.names import lies_within
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView


def without_spokespeople(
    view: SentenceView, anchors: list[int], sides: list[Mention], words: DealWords
) -> list[Mention]:
    """The sides without a person who tells of the deal for the organisation of their
    post: in "Глава банка «X» Y рассказал о покупке компании «Z»" the subject of the telling
    verb holds both X and Y, and X is the side; an owner ("владелец") deals for himself."""
    dropped: set[int] = set()
    for anchor in anchors:
        if view.tokens[anchor].lemma not in words.telling_verbs:
            continue
        for child in view.subjects(anchor):
            subject = set(view.subtree(child))
            if any(view.tokens[i].lemma in words.owner_posts for i in subject):
                continue  # "владелец клуба «X» Y объявил о продаже команды": Y sells
            inside = [
                position for position, m in enumerate(sides)
                if lies_within(view, m, subject)
            ]  # fmt: skip
            types = {sides[position].type for position in inside}
            if "PER" in types and "ORG" in types:
                dropped.update(p for p in inside if sides[p].type == "PER")
    return [m for position, m in enumerate(sides) if position not in dropped]


def in_hearsay_clause(view: SentenceView, mention: Mention, words: DealWords) -> bool:
    """Whether the name sits in a clause telling who reports the news ("Как сообщило
    агентство «X», …"): from a hearsay mark on a telling verb to the comma after it."""
    own = view.token_indices(mention.start, mention.end)
    if not own:
        return False
    for verb, token in enumerate(view.tokens):
        if token.lemma not in words.telling_verbs:
            continue
        marks = [
            child for child in view.children(verb)
            if view.tokens[child].relation == "mark" and view.tokens[child].lemma in words.hearsay_marks
        ]  # fmt: skip
        if not marks:
            continue
        end = next(
            (i for i in range(verb + 1, len(view.tokens)) if view.tokens[i].text == ","
             and not _inside_open_quote(view, verb, i, words)),
            len(view.tokens),
        )  # fmt: skip
        if min(marks) <= own[0] and own[-1] < end:
            return True
    return False


def _inside_open_quote(view: SentenceView, start: int, index: int, words: DealWords) -> bool:
    """Whether a quote opened after `start` is still open at `index`."""
    depth = 0
    for position in range(start, index):
        text = view.tokens[position].text
        if text in words.quotes and (text not in words.quotes.values() or depth == 0):
            depth += 1
        elif text in words.quotes.values() and depth:
            depth -= 1
    return depth > 0
