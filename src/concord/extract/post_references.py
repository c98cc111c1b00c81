"""People named by their post alone.

Reports name a person once in full ("министр иностранных дел Казахстана Ермек Кошербаев")
and later by post ("министр иностранных дел РК встретился с …"). Read literally, the later
sentence makes the country a meeting participant or a speaker. When the same report gives
exactly one holder for that post, the reference is that person. The head of a ministry
holds its minister's post: "глава МИД РК" is "министр иностранных дел" of Kazakhstan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from concord.analysis import AnalysedDocument
from concord.claim import Argument, Claim, Entity, Span
from concord.knowledge.entity_keys import entity_key
from concord.knowledge.gazetteer import canonical_place

REFERRING_ROLES = {"participants", "speaker", "signatories"}
_WORD = re.compile(r"[\w-]+")


def same_stem(written: str, lexical: str) -> bool:
    """One word in two cases ("министра", "министр"): a shared stem and a close length,
    so that "министерство" is not "министр"."""
    shared = 0
    for a, b in zip(written, lexical, strict=False):
        if a != b:
            break
        shared += 1
    shortest = min(len(written), len(lexical))
    return abs(len(written) - len(lexical)) <= 3 and shared >= max(3, shortest - 2)


@dataclass(frozen=True)
class PostReferenceWords:
    """How one language names the head of a ministry by the minister's post."""

    heads: frozenset[str]  # posts that head whatever place of work they are held at
    minister: str  # the post of a ministry's head
    ministry: str  # the word a ministry's full name opens with
    ministry_abbreviations: Mapping[str, tuple[str, ...]]  # "мид": the rest of the post
    # Whether a written word is the post's word: a shared stem in Russian, where the post
    # is inflected ("министра"); English compares words as they are.
    same_word: Callable[[str, str], bool] = same_stem


PostKey = tuple[tuple[str, ...], str]  # the post's words, the place of work's key


def resolve_post_references(
    analysed: AnalysedDocument, claims: list[Claim], words: PostReferenceWords
) -> list[Claim]:
    """Claims with post references replaced by the post's one holder in this report."""
    holders = _post_holders(analysed, claims, words)
    if not holders:
        return claims
    for claim in claims:
        if claim.type == "occupation":
            continue
        present = {argument.entity for argument in claim.arguments}
        arguments = []
        for argument in claim.arguments:
            holder = _holder_named_by_post(analysed, claim, argument, holders, words.same_word)
            if holder is None:
                arguments.append(argument)
            elif holder.entity not in present:
                present.add(holder.entity)
                arguments.append(holder)
        claim.arguments = arguments
    return claims


def _post_holders(
    analysed: AnalysedDocument, claims: list[Claim], words: PostReferenceWords
) -> dict[PostKey, int]:
    """Each post (words and place of work) held by exactly one person in the report."""
    holders: dict[PostKey, set[int]] = {}
    named_places: dict[tuple[int, int], Entity] = {}  # the first place mention at each span
    for mention in analysed.mentions:
        if mention.type in {"LOC", "LOCORG"}:
            named_places.setdefault((mention.start, mention.end), analysed.entities[mention.entity])
    for claim in claims:
        if claim.type != "occupation":
            continue
        people = [a.entity for a in claim.arguments if a.role == "who" and a.entity is not None]
        places = [_place_key(analysed, a) for a in claim.arguments if a.role == "where"]
        keys = [
            (tuple(_WORD.findall(position.lower())), place)
            for position in claim.values("position")
            for place in places
        ]
        if words.heads & set(claim.values("position")):
            ministries = [a for a in claim.arguments if a.role == "where"]
            keys.extend(filter(None, (_ministers_post(a, words, named_places) for a in ministries)))
        for key in keys:
            holders.setdefault(key, set()).update(people)
    return {key: next(iter(found)) for key, found in holders.items() if len(found) == 1}


def _ministers_post(
    ministry: Argument, words: PostReferenceWords, named_places: Mapping[tuple[int, int], Entity]
) -> PostKey | None:
    """("министр", "иностранных", "дел"), Kazakhstan for "МИД РК" or "Министерство
    иностранных дел Казахстана": the post whose holder heads that ministry. The country is
    a place named inside the ministry's name, or its last words when those are one."""
    if ministry.span is None:
        return None
    span = ministry.span
    written = list(_WORD.finditer(span.text))
    for size in (1, 2, 3):
        if len(written) <= size:
            break
        tail = " ".join(w.group() for w in written[-size:])
        tail_start = span.start + written[-size].start()
        named = named_places.get((tail_start, span.end))
        if canonical_place(tail):
            country = entity_key("LOC", tail)
        elif named is not None:
            country = entity_key(named.type, named.name)
        else:
            continue
        name = [word.group().lower() for word in written[:-size]]
        if name[0] in words.ministry_abbreviations and len(name) == 1:
            return (words.minister, *words.ministry_abbreviations[name[0]]), country
        if name[0] == words.ministry and len(name) > 1:
            return (words.minister, *name[1:]), country
    return None


def _place_key(analysed: AnalysedDocument, argument: Argument) -> str:
    if argument.entity is None:
        return argument.value.lower()
    entity = analysed.entities[argument.entity]
    return entity_key(entity.type, entity.name)


def _holder_named_by_post(
    analysed: AnalysedDocument,
    claim: Claim,
    argument: Argument,
    holders: dict[PostKey, int],
    same_word: Callable[[str, str], bool],
) -> Argument | None:
    """The holder, when the argument is a place of work right after that post's words."""
    if (
        argument.role not in REFERRING_ROLES
        or argument.entity is None
        or argument.span is None
        or analysed.entities[argument.entity].type == "PER"
    ):
        return None
    place = _place_key(analysed, argument)
    before, words = _words_before(analysed.document.text, claim.evidence.start,
                                  argument.span.start, max(len(post) for post, _ in holders))  # fmt: skip
    for (post, where), person in holders.items():
        if where != place or len(words) < len(post) or before[words[-1].end() :].strip():
            continue
        written = words[len(words) - len(post) :]
        if all(same_word(w.group().lower(), p) for w, p in zip(written, post, strict=True)):
            start = argument.span.start - len(before) + written[0].start()
            text = analysed.document.text[start : argument.span.end]
            name = analysed.entities[person].name
            return replace(argument, value=name, span=Span(start, argument.span.end, text),
                           entity=person)  # fmt: skip
    return None


def _words_before(
    text: str, start: int, end: int, count: int
) -> tuple[str, list[re.Match[str]]]:
    """text[start:end] or a tail of it holding its last `count` words whole, with its
    words: each mention looks back only that far, not over the whole sentence. A word is
    a maximal run, so only the first word of a cut tail can be partial, and a tail is
    used only when more than `count` words follow the cut."""
    width = 64 * (count + 1)
    while True:
        window_start = max(start, end - width)
        before = text[window_start:end]
        words = list(_WORD.finditer(before))
        if window_start == start or len(words) > count:
            return before, words
        width *= 4
