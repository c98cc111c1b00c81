"""occupation42: one post shared out over places by gapping.

"X назначен врио губернатора Тверской области, Y — Курской области", "назначил врио главы
Липецкой области X, а Курганской области — Y", "назначены врио губернаторов Марий Эл —
X, Кировской области — Y": after a post told with its place, each further pair of a name
and a place joined by a dash (the post left out) holds the same post at its own place.
Read by word order, since the parse hangs the gapped pairs anywhere.
"""

from __future__ import annotations

from concord.claim import Claim, Mention
from concord.extract.occupation.post_claim import place_argument
from concord.extract.sentence_view import SentenceView

_PLACE_TYPES = frozenset({"LOC", "LOCORG"})
_DASHES = frozenset({"—", "–", "-"})
_SEPARATORS = frozenset({",", ";"})
# the conjunctions that may open a further pair after the comma ("…, а Курганской — Y")
_OPENERS = frozenset({"а", "и"})


def gapped_places(view: SentenceView, claims: list[Claim]) -> list[Claim]:
    """The holders the gapped pairs after a placed post add, each with that post at the
    place paired with them; a name that already holds a post in the sentence is left."""
    held = {who for claim in claims for who in claim.values("who")}
    added: list[Claim] = []
    for claim in claims:
        post = next((a for a in claim.arguments if a.role == "position"), None)
        where = next((a for a in claim.arguments if a.role == "where"), None)
        who = next((a for a in claim.arguments if a.role == "who"), None)
        if post is None or where is None or where.span is None or who is None or who.span is None:
            continue
        if _place_at(view, where.span.start) is None:
            continue
        start = max(view.token_indices(where.span.start, where.span.end)
                    + view.token_indices(who.span.start, who.span.end)) + 1
        for person, place in _pairs_after(view, start):
            argument = view.entity_argument("who", person)
            if argument.value in held:
                continue
            held.add(argument.value)
            arguments = [argument, post, place_argument(view, place)]
            added.append(view.claim("occupation", arguments, claim.modality))
    return added


def _place_at(view: SentenceView, offset: int) -> Mention | None:
    indices = view.token_indices(offset, offset + 1)
    mention = view.mention_at(indices[0]) if indices else None
    return mention if mention is not None and mention.type in _PLACE_TYPES else None


def _pairs_after(view: SentenceView, index: int) -> list[tuple[Mention, Mention]]:
    """(name, place) for each ", NAME — PLACE" or ", (а) PLACE — NAME" right after `index`,
    in a run that stops at the first word out of this shape."""
    pairs: list[tuple[Mention, Mention]] = []
    tokens = view.tokens
    while index < len(tokens) and tokens[index].text in _SEPARATORS:
        index += 1
        if index < len(tokens) and tokens[index].text.lower() in _OPENERS:
            index += 1
        first = _mention_from(view, index)
        if first is None:
            break
        dash = view.token_indices(first.start, first.end)[-1] + 1
        if dash >= len(tokens) or tokens[dash].text not in _DASHES:
            break
        second = _mention_from(view, dash + 1)
        if second is None:
            break
        kinds = {first.type, second.type}
        if "PER" not in kinds or not kinds & _PLACE_TYPES:
            break
        person, place = (first, second) if first.type == "PER" else (second, first)
        pairs.append((person, place))
        index = view.token_indices(second.start, second.end)[-1] + 1
    return pairs


def _mention_from(view: SentenceView, index: int) -> Mention | None:
    """The mention that starts at the token, if one does."""
    if index >= len(view.tokens):
        return None
    mention = view.mention_at(index)
    if mention is None or view.token_indices(mention.start, mention.end)[:1] != [index]:
        return None
    return mention
