"""Posts shared by names listed together.

"министры X, Y и Z": a plural post before the first of joined names is each one's, with
the first one's place; "министры иностранных дел Польши и Литвы X и Y": of places joined
as the names are, each holder takes the one in its own order.
"""

from __future__ import annotations

from dataclasses import replace

from concord.claim import Argument, Claim
from concord.extract.occupation.post_claim import place_argument
from concord.extract.occupation.reading import is_plural, mention_root
from concord.extract.occupation.words import OccupationWords
from concord.extract.sentence_view import SentenceView


def shared_posts(
    view: SentenceView, claims: list[Claim], words: OccupationWords
) -> list[Claim]:
    """ "министры X, Y и Z": a plural post before the first of coordinated names is each
    one's; the others get the first one's post and place of work."""
    found: list[Claim] = []
    holders = {value for claim in claims for value in claim.values("who")}
    for claim in claims:
        post = next((a for a in claim.arguments if a.role == "position"), None)
        who = next((a for a in claim.arguments if a.role == "who"), None)
        if post is None or who is None or post.span is None or who.span is None:
            continue
        post_indices = view.token_indices(post.span.start, post.span.end)
        if not post_indices or not is_plural(view, post_indices[0], words):
            continue
        first = view.mention_at(view.token_indices(who.span.start, who.span.end)[0])
        if first is None:
            continue
        first_root = mention_root(view, first)
        for person in view.mentions:
            if person.type != "PER" or person.start == first.start:
                continue
            root = mention_root(view, person)
            after = view.tokens[root].relation == "conj" and view.tokens[root].head == first_root
            before = (  # "X и Y, сотрудники института": the post after both names
                post_indices[0] > first_root
                and view.tokens[first_root].relation == "conj"
                and view.tokens[first_root].head == root
            )
            if not ((after and person.start > first.start) or before):
                continue
            argument = view.entity_argument("who", person)
            if argument.value in holders:
                continue
            holders.add(argument.value)
            others = [a for a in claim.arguments if a.role != "who"]
            found.append(view.claim("occupation", [argument, *others], claim.modality))
    return found


def with_paired_place(view: SentenceView, claim: Claim, words: OccupationWords) -> Claim:
    """A plural post's holder joined to other names takes, of places joined in the same
    way, the one in its own order: "министры … Польши и Литвы X и Y" (Y is Литва's)."""
    post = next((a for a in claim.arguments if a.role == "position"), None)
    who = next((a for a in claim.arguments if a.role == "who"), None)
    if post is None or who is None or post.span is None or who.span is None:
        return claim
    post_indices = view.token_indices(post.span.start, post.span.end)
    if not post_indices or not is_plural(view, post_indices[0], words):
        return claim
    person = view.mention_at(view.token_indices(who.span.start, who.span.end)[0])
    if person is None:
        return claim
    root = mention_root(view, person)
    first = view.tokens[root].head if view.tokens[root].relation == "conj" else root
    people = sorted(
        mention.start
        for mention in view.mentions
        if mention.type == "PER"
        and (
            mention_root(view, mention) == first
            or (
                view.tokens[mention_root(view, mention)].relation == "conj"
                and view.tokens[mention_root(view, mention)].head == first
            )
        )
    )
    if len(people) < 2 or person.start not in people:
        return claim
    paired = _paired_place(view, claim, people.index(person.start))
    if paired is None:
        return claim
    return replace(claim, arguments=[a for a in claim.arguments if a.role != "where"] + [paired])


def _paired_place(view: SentenceView, claim: Claim, order: int) -> Argument | None:
    """ "министры иностранных дел Польши и Литвы X и Y": of places joined as the names are,
    the one in the same order as the name."""
    where = next((a for a in claim.arguments if a.role == "where"), None)
    if where is None or where.span is None:
        return None
    indices = view.token_indices(where.span.start, where.span.end)
    place = view.mention_at(indices[0]) if indices else None
    if place is None:
        return None
    place_root = mention_root(view, place)
    joined = [
        mention
        for mention in view.mentions
        if mention.start != place.start
        and view.tokens[mention_root(view, mention)].relation == "conj"
        and view.tokens[mention_root(view, mention)].head == place_root
    ]
    places = sorted([place, *joined], key=lambda mention: mention.start)
    if len(places) < 2 or order >= len(places):
        return None
    return place_argument(view, places[order])
