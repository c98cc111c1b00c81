"""Which nouns name a post, and how far a post's description reaches.

The lexicon (each language's `PostWords`) holds lemmas of common posts; compounds are
recognised by their parts ("вице-премьер", "замминистра", "экс-президент", "гендиректор")
so new titles built the usual way need no new entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from concord.analysis import Token
from concord.extract.sentence_view import SentenceView
from concord.knowledge.morphology import parses
from concord.nlp.places import place_of_adjective


def _no_readings(word: str) -> Sequence[Any]:
    return ()


@dataclass(frozen=True)
class PostWords:
    """Which nouns name a post in one language, and the words around a post that are
    not part of it."""

    posts: frozenset[str]  # lemmas of common posts
    prefixes: tuple[str, ...]  # parts compounds are built with: "вице-", "экс-", "зам"
    not_prefixed_posts: frozenset[str]  # words that only start like one: "замок"
    not_posts: frozenset[str]  # animate nouns naming what a person is to others
    status_words: frozenset[str]  # when someone held the post: "бывший"
    acting_words: frozenset[str]  # in front of an acting post: "исполняющий", "временно"
    # Lemmas (or written words) that make the post after them an acting one:
    # "исполняющий обязанности министра", "и. о. министра".
    acting_phrases: tuple[tuple[str, ...], ...]
    titles: frozenset[str]  # what a person is called, not a post: "лорд", "сэр", "барон"
    # Units inside a body whose description stays in the post ("председатель группы
    # дружбы"), unless the unit is itself named or is another organisation's own word.
    unit_nouns: frozenset[str]
    # A place after one of these is the post's partner, not its place of work
    # ("председатель группы дружбы с Казахстаном").
    partner_prepositions: frozenset[str]
    organisation_nouns: frozenset[str]  # an organisation's own word ends the post
    letter_variants: Mapping[str, str]  # letters a lemma is compared without: "ё" -> "е"
    # Morphology-specific (pymorphy's OpenCorpora grammemes, so Russian): the readings
    # that make a word a name rather than a post, and the one that makes it animate.
    proper_name_grammemes: frozenset[str]
    animate_grammeme: str
    # The word's dictionary readings (pymorphy's parses in Russian), read for the
    # grammemes above and for the normal form of a compound's rest ("замглавы").
    readings: Callable[[str], Sequence[Any]] = parses
    # The country a place adjective names ("британский", "Uzbek"), or None.
    place_of_adjective: Callable[[str], str | None] = place_of_adjective
    # Parts of speech that stand in front of a post as its modifiers: "Foreign Minister"
    # is an English compound of nouns, a Russian post takes adjectives.
    modifier_pos: frozenset[str] = field(default_factory=lambda: frozenset({"ADJ", "DET"}))
    articles: frozenset[str] = frozenset()  # left out at a post's edges: "the Chancellor"
    # "лидер калужских коммунистов": posts whose genitive people are those led, not the
    # post's words ("тренер вратарей" is one post)
    leader_posts: frozenset[str] = frozenset()


def is_position(lemma: str, words: PostWords) -> bool:
    lemma = lemma.lower()
    for variant, letter in words.letter_variants.items():
        lemma = lemma.replace(variant, letter)
    if lemma in words.titles:
        return False
    if lemma in words.posts:
        return True
    if lemma in words.not_prefixed_posts:
        return False
    for prefix in words.prefixes:
        if lemma.startswith(prefix):
            rest = lemma[len(prefix) :].lstrip("-")
            # "замглавы", "экс-премьер": the rest may stand in the genitive
            if rest in words.posts or any(
                p.normal_form in words.posts for p in words.readings(rest)
            ):
                return True
    return False


def is_post_by_form(token: Token, words: PostWords, opens_sentence: bool = False) -> bool:
    """A common animate noun right before a name is, almost always, what the person does
    ("фотограф", "солист", "астронавт"): the lexicon is completed by morphology. A capital
    letter marks a name, except on the sentence's first word ("Политолог X считает")."""
    if token.lemma.lower() in words.titles:
        return False
    written_small = token.text[:1].islower() or opens_sentence
    if token.pos != "NOUN" or token.lemma.lower() in words.not_posts or not written_small:
        return is_position(token.lemma, words)
    if is_position(token.lemma, words):
        return True
    if token.feats.get("Animacy") != "Anim":
        return False
    readings = words.readings(token.text.lower())
    return (
        bool(readings)
        and not any(words.proper_name_grammemes & p.tag.grammemes for p in readings)
        and words.animate_grammeme in readings[0].tag
    )


@dataclass
class PostExtent:
    post: list[int]  # "министр иностранных дел"
    places: list[int]  # place adjectives before it: "подмосковного губернатора"
    organisation: list[int]  # an unnamed organisation after it: "главы британского ведомства"
    partners: list[int]  # tokens of places the post is with, not at ("группы дружбы с X")


# A verb of acting said as a clause's verb ("исполнял", "исполнять"), not as the
# participle that makes the acting title ("исполняющий обязанности")
_CLAUSE_VERB_FORMS = frozenset({"Fin", "Inf"})


def _acting_start(tokens: list[Token], start: int, words: PostWords) -> int:
    """Where an acting post's phrase opens: "исполняющий обязанности", "и. о.", "врио"."""
    for phrase in sorted(words.acting_phrases, key=len, reverse=True):
        first = start - len(phrase)
        if first >= 0 and all(
            token.lemma.lower() == word or token.text.lower() == word
            for token, word in zip(tokens[first:start], phrase, strict=True)
        ) and not any(  # occupation41: "исполнял обязанности директора" is the verb's
            token.feats.get("VerbForm") in _CLAUSE_VERB_FORMS for token in tokens[first:start]
        ):
            return first
    if (
        start > 0
        and tokens[start - 1].lemma in words.acting_words
        and tokens[start - 1].feats.get("VerbForm") != "Fin"  # "исполнял главный режиссёр X"
    ):
        return start - 1
    return start


def opens_acting_title(tokens: list[Token], word: int, stop: int, words: PostWords) -> bool:
    """occupation46: whether `word` is one of the words that open the acting title of a post
    written before `stop` ("(Временно) исполняющий обязанности руководителя фонда X", "И.о.
    директора X", "Врио главы района X"): the parser makes that word, not the post, the
    head of the name in apposition, and the word is no post by itself."""
    return any(
        is_position(tokens[post].lemma, words) and _acting_start(tokens, post, words) <= word
        for post in range(word + 1, min(stop, len(tokens)))
    )


def _is_unit(view: SentenceView, index: int, stop: int, words: PostWords) -> bool:
    """ "группы дружбы": a unit described by the words after it, not named itself."""
    tokens = view.tokens
    following = index + 1
    return (
        tokens[index].lemma in words.unit_nouns
        and following < stop
        and view.mention_at(following) is None
        and tokens[following].pos in {"NOUN", "ADJ", "ADP"}
        and tokens[following].lemma not in words.organisation_nouns
    )


def inside_genitive_list(view: SentenceView, index: int) -> bool:
    """ "министр инвестиций, промышленности и науки X": a comma between genitives the
    parse joins as one list (the word after it a conjunct of a genitive before it) is inside
    the post's words, not the end of them."""
    if view.tokens[index].text != "," or index + 1 >= len(view.tokens):
        return False
    after = view.tokens[index + 1]
    head = after.head
    return (
        after.relation == "conj"
        and 0 <= head < index
        and after.feats.get("Case") == "Gen"
        and view.tokens[head].feats.get("Case") == "Gen"
        and after.feats.get("Animacy") != "Anim"  # "графика, живописца, педагога X": callings
        and view.mention_at(index + 1) is None
    )


def position_extent(view: SentenceView, head: int, stop: int, words: PostWords) -> PostExtent:
    """The post's words from its noun up to (not including) `stop`, the place adjectives
    in front of it and the description of the organisation that follows it.

    The genitive chain stays in the post ("министр иностранных дел") until it reaches an
    organisation's own word ("координатор движения «Левый фронт»": the movement is where)."""
    tokens = view.tokens
    start = head
    while start > 0 and (
        (
            (
                tokens[start - 1].pos in words.modifier_pos
                or (  # "исполняющий", not "назначен"
                    tokens[start - 1].feats.get("VerbForm") == "Part"
                    and tokens[start - 1].feats.get("Variant") != "Short"
                )
            )
            and (
                tokens[start - 1].relation in {"amod", "det", "acl", "conj"}
                or tokens[start - 1].head == head
            )
            and tokens[head].head != start - 1  # "работавшая заместителем": the post's verb
        )
        or (  # "чрезвычайный и полномочный посол"
            tokens[start - 1].pos == "CCONJ" and start > 1 and tokens[start - 2].pos == "ADJ"
        )
    ):
        start -= 1
    start = _acting_start(tokens, start, words)
    places = [i for i in range(start, head) if words.place_of_adjective(tokens[i].lemma)]
    if places:
        start = max(places) + 1
    while start < head and (
        tokens[start].lemma in words.status_words or tokens[start].lemma.lower() in words.articles
    ):
        start += 1  # "бывший спикер": the post is "спикер"
    end = head
    organisation: list[int] = []
    partners: list[int] = []
    while end + 1 < stop:
        following = tokens[end + 1]
        partner = view.mention_at(end + 2) if end + 2 < stop else None
        if (
            following.lemma in words.partner_prepositions
            and partner is not None
            and partner.type in {"LOC", "LOCORG"}
        ):
            indices = view.token_indices(partner.start, partner.end)
            partners.extend(indices)
            end = indices[-1]
            continue
        if inside_genitive_list(view, end + 1):
            end += 1  # "министр строительства, архитектуры и ЖКХ": the list is the post's
            continue
        if following.pos == "PUNCT" or view.mention_at(end + 1) is not None:
            break
        if following.pos not in {"NOUN", "ADJ", "CCONJ", "PROPN", "ADP", "DET", "NUM"}:
            break
        if tokens[head].lemma in words.leader_posts and _people_led(view, head, end + 1):
            break  # "лидер калужских коммунистов": the post is "лидер"
        if following.lemma in words.organisation_nouns and not _is_unit(view, end + 1, stop, words):
            organisation = [end + 1]
            break
        end += 1
    while end > head and (
        tokens[end].pos in {"CCONJ", "ADP", "ADJ"} or tokens[end].lemma.lower() in words.articles
    ):
        end -= 1
    if organisation:
        last = organisation[0]
        while (
            last + 1 < stop
            and view.mention_at(last + 1) is None
            and tokens[last + 1].pos in {"NOUN", "ADJ"}
            and tokens[last + 1].feats.get("Case") == "Gen"
        ):
            last += 1
        organisation = list(range(end + 1, last + 1))
    return PostExtent(list(range(start, end + 1)), places, organisation, partners)


def _people_led(view: SentenceView, head: int, index: int) -> bool:
    """ "лидер калужских коммунистов", "вожак местных байкеров": animate people in the
    plural genitive right after the post (adjectives only between) are whom the holder
    leads or speaks for, not words of the post."""
    token = view.tokens[index]
    return (
        token.pos == "NOUN"
        and token.feats.get("Animacy") == "Anim"
        and token.feats.get("Number") == "Plur"
        and token.feats.get("Case") == "Gen"
        and all(view.tokens[i].pos == "ADJ" for i in range(head + 1, index))
    )
