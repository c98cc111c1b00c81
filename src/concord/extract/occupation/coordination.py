"""Posts shared by names listed together.

"министры X, Y и Z": a plural post before the first of joined names is each one's, with
the first one's place; "министры иностранных дел Польши и Литвы X и Y": of places joined
as the names are, each holder takes the one in its own order.
"""

from __future__ import annotations

from dataclasses import replace

from concord.claim import Argument, Claim, Mention
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
        listed = _listed_after(view, first)
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
            if not ((after and person.start > first.start) or before or person.start in listed):
                continue
            argument = view.entity_argument("who", person)
            if argument.value in holders:
                continue
            holders.add(argument.value)
            others = [a for a in claim.arguments if a.role != "who"]
            found.append(view.claim("occupation", [argument, *others], claim.modality))
    return found


def _listed_after(view: SentenceView, first: Mention) -> set[int]:
    """occupation45: "уволил заместителей главы города A, B и C": the names listed right
    after the first holder, joined by commas or "и" alone, though the parser hung them on
    a word of the post ("главы"); the starts of their mentions."""
    listed: set[int] = set()
    index = view.token_indices(first.start, first.end)[-1] + 1
    while index + 1 < len(view.tokens) and (
        view.tokens[index].text == "," or view.tokens[index].pos == "CCONJ"
    ):
        following = view.mention_at(index + 1)
        if following is None or following.type != "PER" or view.tokens[index + 1].start != following.start:
            break
        listed.add(following.start)
        index = view.token_indices(following.start, following.end)[-1] + 1
    return listed


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


_PLACE_TYPES = frozenset({"LOC", "LOCORG"})
_JOINERS = frozenset({"CCONJ", "PUNCT"})
_POST_REACH = 6


def respective_places(
    view: SentenceView, claims: list[Claim], words: OccupationWords
) -> list[Claim]:
    """ "послы Великобритании X, Франции и Германии Y и Z", "главами МИД Ливана и Индонезии
    X и Y": after a plural post, places and names alternate in runs; a run of places goes
    with the run of names after it, one by one when they count alike, all to each when
    there is one place. Each holder takes its own place, and a holder the post reached
    only through the first name's claim gets the post too. Read by word order, since the
    parse often hangs the later names on the wrong word."""
    result = list(claims)
    for claim in claims:
        post = next((a for a in claim.arguments if a.role == "position"), None)
        if post is None or post.span is None:
            continue
        post_indices = view.token_indices(post.span.start, post.span.end)
        if not post_indices or not is_plural(view, post_indices[0], words):
            continue
        pairs = _places_by_holder(view, post_indices[-1])
        if len(pairs) < 2:
            continue
        result = _with_pairs(view, result, claim, pairs)
    return result


def _places_by_holder(view: SentenceView, post_end: int) -> dict[int, Mention]:
    """The start of each holder's name after the post, with the place its run gives it."""
    runs = _alternating_runs(view, post_end)
    pairs: dict[int, Mention] = {}
    for places, people in runs:
        if len(places) == len(people):
            pairs.update({person.start: place for place, person in zip(places, people, strict=True)})
        elif len(places) == 1:
            pairs.update({person.start: places[0] for person in people})
        else:
            return {}
    return pairs if len({place.start for place in pairs.values()}) > 1 else {}


def _alternating_runs(view: SentenceView, post_end: int) -> list[tuple[list[Mention], list[Mention]]]:
    """Runs of places then names after a post, joined only by commas and conjunctions; the
    first place may be a few words after the post ("министры иностранных дел Польши")."""
    items = sorted(
        (m for m in view.mentions if m.type == "PER" or m.type in _PLACE_TYPES),
        key=lambda mention: mention.start,
    )
    runs: list[tuple[list[Mention], list[Mention]]] = []
    index = post_end + 1
    started = False
    seen: set[int] = set()
    while index < len(view.tokens) and index not in seen:
        seen.add(index)
        mention = next(
            (m for m in items if view.token_indices(m.start, m.end)[:1] == [index]), None
        )
        token = view.tokens[index]
        if mention is None:
            if started and (token.pos not in _JOINERS or token.text not in {",", "и"}):
                break
            if not started and (index - post_end > _POST_REACH or token.pos in _JOINERS | {"VERB", "ADP"}):
                break
            index += 1
            continue
        started = True
        if mention.type == "PER":
            if not runs:
                break  # a name before any place: not this shape
            runs[-1][1].append(mention)
        elif not runs or runs[-1][1]:
            runs.append(([mention], []))
        else:
            runs[-1][0].append(mention)
        index = view.token_indices(mention.start, mention.end)[-1] + 1
    return [run for run in runs if run[1]] if all(run[1] for run in runs) else []


def _with_pairs(
    view: SentenceView, claims: list[Claim], claim: Claim, pairs: dict[int, Mention]
) -> list[Claim]:
    """Each holder of the shared post with its own place; holders with no claim get one."""
    post = next(a for a in claim.arguments if a.role == "position")
    told: set[int] = set()
    result = []
    for each in claims:
        same_post = next((a for a in each.arguments if a.role == "position"), None) == post
        person = _person_of(view, _who(each))
        if not same_post or person is None or person.start not in pairs:
            result.append(each)
            continue
        told.add(person.start)
        result.append(_placed(view, each, pairs[person.start]))
    for person in view.mentions:
        if person.type != "PER" or person.start not in pairs or person.start in told:
            continue
        if any(_person_of(view, _who(each)) == person for each in claims):
            continue  # the name holds another post in this sentence
        arguments = [view.entity_argument("who", person), post]
        result.append(_placed(view, view.claim("occupation", arguments, claim.modality), pairs[person.start]))
    return result


def _who(claim: Claim) -> Argument | None:
    return next((a for a in claim.arguments if a.role == "who"), None)


def _person_of(view: SentenceView, who: Argument | None) -> Mention | None:
    if who is None or who.span is None:
        return None
    indices = view.token_indices(who.span.start, who.span.end)
    return view.mention_at(indices[0]) if indices else None


def _placed(view: SentenceView, claim: Claim, place: Mention) -> Claim:
    """The claim with the paired place, unless its place already holds it ("МИД Ливана")."""
    where = next((a for a in claim.arguments if a.role == "where"), None)
    if (
        where is not None
        and where.span is not None
        and where.span.start <= place.start
        and place.end <= where.span.end
    ):
        return claim
    others = [a for a in claim.arguments if a.role != "where"]
    return replace(claim, arguments=[*others, place_argument(view, place)])
