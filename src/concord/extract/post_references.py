"""People named by their post alone.

Reports name a person once in full ("министр иностранных дел Казахстана Ермек Кошербаев")
and later by post ("министр иностранных дел РК встретился с …"). Read literally, the later
sentence makes the country a meeting participant or a speaker. When the same report gives
exactly one holder for that post, the reference is that person. The head of a ministry
holds its minister's post: "глава МИД РК" is "министр иностранных дел" of Kazakhstan.

A side written as the bare post ("на встрече с губернатором", meeting37) is the one
person the report names with that post, of whatever place; a post written in another
wording ("гендиректор", "глава МИД") is its lexicon's canonical words. A person named
only inside a quotation holds nothing here: the speaker's words may be of another time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from concord.analysis import AnalysedDocument, Token
from concord.claim import Argument, Claim, Entity, Span
from concord.knowledge.entity_keys import entity_key
from concord.knowledge.gazetteer import canonical_place

if TYPE_CHECKING:
    from concord.claimtype import ClaimTypes

REFERRING_ROLES = {"participants", "speaker", "signatories"}
_WORD = re.compile(r"[\w-]+")
_OPENING_QUOTES = '«"“„'


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
    # meeting37: other wordings of one post, written words -> the post's canonical words
    # ("гендиректор" -> "генеральный директор", "глава мид" -> "министр иностранных дел")
    synonyms: Mapping[tuple[str, ...], tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    quote_pairs: tuple[tuple[str, str], ...] = ()  # quotation marks: ("«", "»")
    bare_posts: bool = False  # whether a side written as a bare post is read as its holder
    # meeting38: "с немецким коллегой", "с российским лидером": a meeting side written as a
    # nation's adjective (by its lemma's ending) and a counterpart noun alone
    counterpart_nouns: frozenset[str] = frozenset()
    national_suffixes: tuple[str, ...] = ()


PostKey = tuple[tuple[str, ...], str]  # the post's words, the place of work's key


def resolve_post_references(
    analysed: AnalysedDocument, claims: list[Claim], words: PostReferenceWords, types: ClaimTypes
) -> list[Claim]:
    """Claims with post references replaced by the post's one holder in this report, for
    the claim types that resolve posts (`ClaimType.resolves_posts`)."""
    holders = _post_holders(analysed, claims, words)
    people_sided = [claim for claim in claims if types[claim.type].people_sided]
    if words.counterpart_nouns:
        _resolve_counterparts(analysed, people_sided, words)
    if not holders:
        return claims
    bare = _bare_post_holders(holders, words) if words.bare_posts else {}
    for claim in claims:
        spec = types[claim.type]
        if not spec.resolves_posts:
            continue
        present = {argument.entity for argument in claim.arguments}
        arguments = []
        for argument in claim.arguments:
            holder = _holder_named_by_post(
                analysed, claim, argument, holders, present, words, spec.people_sided
            )
            if holder is None:
                holder = _holder_of_bare_post(analysed, argument, bare, present, words)
            if holder is None:
                arguments.append(argument)
            elif holder.entity not in present:
                present.add(holder.entity)
                arguments.append(holder)
        claim.arguments = arguments
    return claims


def _post_holders(
    analysed: AnalysedDocument, claims: list[Claim], words: PostReferenceWords
) -> dict[PostKey, set[int]]:
    """Each post (words and place of work, '' for none) with the people of the report who
    hold it."""
    holders: dict[PostKey, set[int]] = {}
    named_places: dict[tuple[int, int], Entity] = {}  # the first place mention at each span
    for mention in analysed.mentions:
        if mention.type in {"LOC", "LOCORG"}:
            named_places.setdefault((mention.start, mention.end), analysed.entities[mention.entity])
    for claim in claims:
        if claim.type != "occupation":
            continue
        people = [
            a.entity
            for a in claim.arguments
            if a.role == "who"
            and a.entity is not None
            and not (a.span is not None and _quoted(analysed, a.span.start, words))
        ]
        places = [_place_key(analysed, a) for a in claim.arguments if a.role == "where"]
        keys = [
            (_canonical(tuple(_WORD.findall(position.lower())), words), place)
            for position in claim.values("position")
            for place in places or [""]  # meeting37: a post with no place is a bare post's
        ]
        if words.heads & set(claim.values("position")):
            ministries = [a for a in claim.arguments if a.role == "where"]
            keys.extend(filter(None, (_ministers_post(a, words, named_places) for a in ministries)))
        for key in keys:
            holders.setdefault(key, set()).update(people)
    return holders


def _bare_post_holders(
    holders: Mapping[PostKey, set[int]], words: PostReferenceWords
) -> dict[tuple[str, ...], int]:
    """Each post held by exactly one person of the report, whatever the place: a post
    held in two places (two countries' ministers) names nobody."""
    people: dict[tuple[str, ...], set[int]] = {}
    for (post, _), found in holders.items():
        people.setdefault(post, set()).update(found)
    return {post: next(iter(found)) for post, found in people.items() if len(found) == 1}


def _canonical(post: tuple[str, ...], words: PostReferenceWords) -> tuple[str, ...]:
    """The post's canonical words when the lexicon knows another wording of it."""
    for written, canonical in words.synonyms.items():
        if len(written) == len(post) and all(
            words.same_word(w, p) for w, p in zip(post, written, strict=True)
        ):
            return canonical
    return post


def _quoted(analysed: AnalysedDocument, offset: int, words: PostReferenceWords) -> bool:
    """Whether `offset` is inside a quotation opened earlier in its paragraph."""
    text = analysed.document.text
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    return any(before.count(o) > before.count(c) for o, c in words.quote_pairs if o != c)


def _holder_of_bare_post(
    analysed: AnalysedDocument,
    argument: Argument,
    bare: Mapping[tuple[str, ...], int],
    present: set[int | None],
    words: PostReferenceWords,
) -> Argument | None:
    """ "На встрече с губернатором": a side that is a post's words alone, as the one
    person the report names with that post; nobody when that person is a side already
    (the post is someone else's: "губернатор X встретился с губернатором")."""
    if argument.role not in REFERRING_ROLES or argument.entity is not None or argument.span is None:
        return None
    written = _canonical(tuple(w.lower() for w in _WORD.findall(argument.span.text)), words)
    for post, person in bare.items():
        if person in present or len(written) != len(post):
            continue
        if all(words.same_word(w, p) for w, p in zip(written, post, strict=True)):
            name = analysed.entities[person].name
            return replace(argument, value=name, entity=person)
    return None


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
    holders: Mapping[PostKey, set[int]],
    present: set[int | None],
    words: PostReferenceWords,
    people_sided: bool,
) -> Argument | None:
    """The holder, when the argument is a place of work right after that post's words
    (or another wording of them) and the report names one person with that post there."""
    if (
        argument.role not in REFERRING_ROLES
        or argument.entity is None
        or argument.span is None
        or analysed.entities[argument.entity].type == "PER"
    ):
        return None
    place = _place_key(analysed, argument)
    longest = max([len(post) for post, _ in holders] + [len(w) for w in words.synonyms])
    before, written_words = _words_before(analysed.document.text, claim.evidence.start,
                                          argument.span.start, longest)  # fmt: skip
    if not written_words:
        return None
    gap = before[written_words[-1].end() :].strip()
    if gap.strip(_OPENING_QUOTES + " "):
        return None
    # meeting37: "гендиректором «Северстали»": an opening quote may stand between, when
    # the holder is put in for the company; a club or company in quotes beside its named
    # holder ("полузащитник «Волги» X уходит") is a side of its own and stays
    quoted = bool(gap)
    if quoted and not people_sided:  # a deal's seller «Северного леса» under its president
        return None
    for (post, where), people in holders.items():
        if where != place or len(people) != 1:
            continue
        person = next(iter(people))
        if quoted and person in present:
            continue
        written = _written_post(written_words, post, words)
        if written:
            start = argument.span.start - len(before) + written[0].start()
            text = analysed.document.text[start : argument.span.end]
            name = analysed.entities[person].name
            return replace(argument, value=name, span=Span(start, argument.span.end, text),
                           entity=person)  # fmt: skip
    return None


def _written_post(
    written: list[re.Match[str]], post: tuple[str, ...], words: PostReferenceWords
) -> list[re.Match[str]]:
    """The last words of `written` that write `post`, as its words or as another wording
    the lexicon gives for it ("главой МИД" for "министр иностранных дел"); [] if none."""
    wordings = [post, *(w for w, canonical in words.synonyms.items() if canonical == post)]
    for wording in wordings:
        if len(written) < len(wording):
            continue
        tail = written[len(written) - len(wording) :]
        if all(words.same_word(w.group().lower(), p) for w, p in zip(tail, wording, strict=True)):
            return tail
    return []


def _words_before(text: str, start: int, end: int, count: int) -> tuple[str, list[re.Match[str]]]:
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


def _resolve_counterparts(
    analysed: AnalysedDocument, claims: list[Claim], words: PostReferenceWords
) -> None:
    """ "Встреча главы МИД с его немецким коллегой", "разговор с российским лидером": a
    meeting side written as a nation's adjective and a counterpart noun alone is the one
    person the same report names right after such words of the same nation ("его
    немецкого коллеги Гидо Вестервелле", "с российским коллегой Владимиром Путиным");
    two such people, or one a side already, name nobody."""
    tokens = [token for sentence in analysed.sentences for token in sentence.tokens]
    named: dict[str, set[int]] = {}  # a nation's adjective -> the people named after it
    for mention in analysed.mentions:
        if mention.type != "PER" or mention.entity < 0:
            continue
        before = [t for t in tokens if t.end <= mention.start][-2:]
        nation = _counterpart_nation(before, words)
        if nation:
            named.setdefault(nation, set()).add(mention.entity)
    if not named:
        return
    for claim in claims:  # people-sided claims only: a body has no counterpart
        present = {argument.entity for argument in claim.arguments}
        for position, argument in enumerate(claim.arguments):
            if argument.role not in REFERRING_ROLES or argument.entity is not None:
                continue
            if argument.span is None:
                continue
            span = argument.span
            inside = [t for t in tokens if span.start <= t.start < span.end]
            if len(inside) != 1:
                continue  # the noun alone: "коллегой", not "коллегой из Германии"
            before = [t for t in tokens if t.end <= span.start][-1:]
            nation = _counterpart_nation(before + inside, words)
            people = named.get(nation, set()) if nation else set()
            if len(people) != 1:
                continue
            (person,) = people
            if person in present:
                continue
            present.add(person)
            name = analysed.entities[person].name
            claim.arguments[position] = replace(argument, value=name, entity=person)


def _counterpart_nation(pair: list[Token], words: PostReferenceWords) -> str:
    """The adjective's lemma of "немецким коллегой", "российского лидера" (a nation's
    adjective, then a counterpart noun), or ''."""
    if len(pair) != 2:
        return ""
    adjective, noun = pair
    if noun.lemma not in words.counterpart_nouns or adjective.pos != "ADJ":
        return ""
    if not adjective.lemma.endswith(words.national_suffixes):
        return ""
    return adjective.lemma
