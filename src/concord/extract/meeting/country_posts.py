"""A side given as a country's post: "Между президентами Азербайджана и Турции состоялся
разговор", "Проведены переговоры глав Узбекистана и США", "Встреча главы Узбекистана и
премьер-министра РФ" (meeting33).

Headlines and lead sentences name the sides by the posts of their countries and the
holders only in a sentence just before or after ("Президент Узбекистана X провел разговор с
Президентом США Y"). A country is no person at a meeting: each country's post stands for
the one person the report introduces near it with that post and that country; when nobody,
or more than one, is, the side is the post itself, unnamed ("президент Турции"). A pair
of sides under one post ("президентов Армении и Азербайджана") is also the pair of names a
report gives that post of the same two countries ("… Сержа Саргсяна и Ильхама Алиева")
(meeting40).
"""

from __future__ import annotations

from itertools import pairwise

from concord.analysis import AnalysedDocument, Token
from concord.claim import Mention
from concord.extract.meeting.reading import ACTOR_WINDOW, NATIONAL_SUFFIXES
from concord.extract.meeting.triggers import is_meeting_noun
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView
from concord.knowledge.gazetteer import canonical_place, is_state

COUNTRY_TYPES = frozenset({"LOC", "LOCORG", "GPE"})
_OFFICE_REACH = 4  # genitives climbed from a place to its post ("министром сельского хозяйства
# и продовольствия Республики Беларусь")
AFTER_WINDOW = 3  # how many sentences after a headline may name the post's holder
# the post's own words: what a holder's introduction must repeat ("министр обороны")
_OWN_WORDS = frozenset({"nmod", "amod", "compound", "flat", "flat:foreign"})
_OTHER_PEOPLE = frozenset({"conj", "cc", "punct", "acl", "acl:relcl"})
_NOT_OWN = frozenset({"case", "punct", "cc", "conj", "acl", "acl:relcl", "appos", "det"})


def country_post_sides(
    view: SentenceView, mentions: list[Mention], words: MeetingWords
) -> list[Mention]:
    """The sides with every country that holds a post ("глав Узбекистана и США") replaced
    by that post's holder, or by the post unnamed; a country in the phrase of a post
    whose holder is named there ("президента Франции X") is dropped, X stands for it."""
    kept: list[Mention] = []
    for mention in mentions:
        replaced = _replace(view, mention, mentions, words) if mention.type in COUNTRY_TYPES else mention
        if replaced is None:
            continue
        if (
            replaced is not mention
            and replaced.entity >= 0
            and any(m.entity == replaced.entity for m in kept + mentions if m.type == "PER")
        ):
            continue  # the holder is a side already, named in this sentence
        if replaced not in kept:
            kept.append(replaced)
    return kept


def _replace(
    view: SentenceView, mention: Mention, mentions: list[Mention], words: MeetingWords
) -> Mention | None:
    """The mention itself, unless it is the country a post is held for."""
    country = _head_token(view, mention)
    if country is None:
        return mention
    post = _post_of(view, country, words)
    if post is None:
        return mention
    phrase = view.subtree(post, _NOT_OWN)
    if _named_there(view, post, country):
        return None  # "президента Франции X и Y": X is the side
    head = view.tokens[post].head
    if (
        view.tokens[post].relation == "nmod"
        and head is not None
        and head >= 0
        and view.tokens[head].pos in {"NOUN", "PROPN"}
        and not is_meeting_noun(view, head, words)
    ):
        return mention  # "спецпосланника президента США": the post only tells whose envoy
    key = country_key(mention)
    if key is None or not is_state(key):
        return mention  # "министров Центральной Азии": a region's ministers are several
    if any(
        m.type == "PER" and m.start <= mention.start < m.end for m in mentions if m is not mention
    ):
        return None  # "министр иностранных дел РК" already read as the minister named
    first, last = min(post, country), max(post, country)
    own = [
        i for i in phrase
        if first < i < last and view.tokens[i].pos in {"NOUN", "ADJ"}
        and not view.mentions_in([i], set(COUNTRY_TYPES))
    ]  # fmt: skip  # "министры финансов Польши": only the words between post and country
    lemma = view.tokens[post].lemma
    post_words = {view.tokens[i].lemma for i in own}
    holders = _holders(view, lemma, post_words, key, words)
    span = view.span_of(sorted({post, country} | set(own)))
    if len(holders) == 1:
        (holder,) = holders.values()  # as this sentence writes him: the evidence stays here
        return Mention(span.start, span.end, span.text, "PER", holder.normal, holder.entity)
    if not _paired(view, post, country, words):
        return mention  # one post of one country: the readings after may know its holder
    pair = _pair_of(view, country)
    if not holders and pair is not None:
        paired = _paired_holders(view, lemma, post_words, pair, words).get(key)
        if paired is not None:
            return Mention(span.start, span.end, span.text, "PER", paired.normal, paired.entity)
    written = " ".join([lemma] + [view.tokens[i].text for i in sorted(own)] + [mention.text])
    return Mention(span.start, span.end, span.text, "PER", written, -1)


def office_of_post(view: SentenceView, mention: Mention, words: MeetingWords) -> bool:
    """Whether a place, or a state's organ ("МИД РФ", "обороны РФ"), is only the office
    of one holder's post: "с министром финансов Республики Казахстан", "с главой МИД РФ".
    Such a place stays a side while the report may yet name the post's holder
    (`extract.post_references`); one left after that is no side: a country is no person at
    a meeting, and a ministry told only as whose the post is takes no part as itself
    (meeting35)."""
    if mention.type not in COUNTRY_TYPES and not (
        mention.type == "ORG" and _names_country(view, mention)
    ):
        return False
    index = _head_token(view, mention)
    tokens = view.tokens
    posts = words.referring_nouns | words.serving_posts
    posts = posts.union(*(g for g in words.post_equivalents if g & posts))
    remit = False  # one step through "по" ("министром по делам Кавказа") at most
    for _ in range(_OFFICE_REACH):
        if index is None or not 0 <= index < len(tokens):
            return False
        token = tokens[index]
        if token.relation == "conj":  # "министры обороны РФ и Франции": as the first
            index = token.head
            continue
        preposition = view.preposition(index) if token.relation == "nmod" else ""
        if preposition and preposition in words.office_prepositions and not remit:
            remit = True  # "по развитию Дальнего Востока" under the post: its remit
        elif token.relation != "nmod" or preposition or not view.in_case(index, "Gen"):
            return False
        index = token.head
        if 0 <= index < len(tokens) and tokens[index].lemma.lower() in posts:
            # a post held by several ("министров иностранных дел Центральной Азии",
            # "представители оборонных ведомств A и B") names a group the place or the
            # body stands for: it stays the side
            return tokens[index].feats.get("Number") != "Plur"
    return False


def _names_country(view: SentenceView, mention: Mention) -> bool:
    """Whether an organisation's name holds a country's ("МИД РФ", "Минфин России")."""
    return any(
        canonical_place(t.text) is not None or canonical_place(t.lemma) is not None
        for t in view.tokens
        if mention.start <= t.start < mention.end
    )


def _paired(view: SentenceView, post: int, country: int, words: MeetingWords) -> bool:
    """Whether the post is one of a pair of sides given by country: two countries joined
    under one post ("глав Узбекистана и США") or posts joined ("главы A и премьер-министра
    B"). Three countries or more under one post name a multilateral format ("встреча
    министров энергетики Австрии, Словении и Хорватии"), whose delegates may hold other
    posts: no unnamed post is made up for them."""
    tokens = view.tokens
    first = tokens[country].head if tokens[country].relation == "conj" else country
    if 0 <= first < len(tokens):
        joined = [c for c in view.children(first) if tokens[c].relation == "conj"]
        if joined:
            return len(joined) == 1
    if tokens[post].relation == "conj":
        return True
    return any(
        tokens[c].relation == "conj" and tokens[c].lemma in words.referring_nouns
        for c in view.children(post)
    )


def _named_there(view: SentenceView, post: int, country: int) -> bool:
    """Whether the post's holder is named in its phrase: a person among its dependents,
    the name it is written in apposition to, or a name right after the country."""
    if view.mentions_in(view.subtree(post, _OTHER_PEOPLE), {"PER"}):
        return True
    head = view.tokens[post].head
    if head is not None and head >= 0 and view.mentions_in([head], {"PER"}):
        return True
    after = max(view.subtree(country, _OTHER_PEOPLE)) + 1
    return after < len(view.tokens) and bool(view.mentions_in([after], {"PER"}))


def country_key(mention: Mention) -> str | None:
    """A country by its usual name ("РФ", "Российской Федерации": "Россия"), or None."""
    return canonical_place(mention.text) or canonical_place(mention.normal)


def _head_token(view: SentenceView, mention: Mention) -> int | None:
    """The mention's token whose head lies outside it."""
    inside = [i for i, t in enumerate(view.tokens) if mention.start <= t.start < mention.end]
    heads = [i for i in inside if view.tokens[i].head not in inside]
    return heads[0] if len(heads) == 1 else None


def _post_of(view: SentenceView, country: int, words: MeetingWords) -> int | None:
    """The post noun a country is the genitive holder of ("глав Узбекистана и США": "глав"
    for both; "министры финансов Польши", "министров иностранных дел России": the post
    with its own genitive written between), or None."""
    tokens = view.tokens
    first = country
    head = tokens[country].head
    if tokens[country].relation == "conj" and head is not None and head >= 0 and (
        tokens[head].relation == "nmod"
    ):
        first = head
    token = tokens[first]
    if token.relation != "nmod" or token.feats.get("Case") != "Gen" or view.preposition(first):
        return None
    post = token.head
    if post is None or post < 0:
        return None
    if tokens[post].lemma not in words.referring_nouns:
        middle, post = post, tokens[post].head
        if post is None or post < 0 or _heads_body(tokens[post].lemma, words):
            return None  # not "главой облисполкома Беларуси": a head of a body
        if (  # the post's own genitive, written between the post and the country
            tokens[middle].relation != "nmod"
            or tokens[middle].feats.get("Case") != "Gen"
            or not post < middle < first
            or any(tokens[i].pos != "ADJ" for i in range(post + 1, first) if i != middle)
        ):
            return None
    if tokens[post].lemma not in words.referring_nouns:
        return None
    return post


def _heads_body(lemma: str, words: MeetingWords) -> bool:
    """A head word ("глава", "руководитель") heads whatever body its genitive names."""
    group = next((g for g in words.post_equivalents if lemma in g), frozenset({lemma}))
    return "глава" in group or lemma in words.generic_post_heads


def _holders(
    view: SentenceView, lemma: str, post_words: set[str], country: str, words: MeetingWords
) -> dict[int, Mention]:
    """The people introduced with the post and the country in this sentence's neighbours
    (the few before and after), by entity."""
    document = view.document
    sentences = document.sentences
    here = sentences.index(view.sentence)
    near = sentences[max(0, here - ACTOR_WINDOW) : here + AFTER_WINDOW + 1]
    group = next((g for g in words.post_equivalents if lemma in g), frozenset({lemma}))
    generic = _heads_body(lemma, words)
    found: dict[int, Mention] = {}
    for sentence in near:
        if sentence is view.sentence:
            continue
        for mention in document.mentions:
            if mention.type != "PER" or not sentence.start <= mention.start < sentence.end:
                continue
            lemmas, countries = _introduction(document, sentence.tokens, mention, words)
            if countries != {country}:
                continue  # no country, or two ("президенты России и Белоруссии X и Y")
            if not post_words <= lemmas:
                continue
            if not (group & lemmas or (generic and lemmas & words.referring_nouns)):
                continue
            found[mention.entity if mention.entity >= 0 else -1 - mention.start] = mention
    return found


def _introduction(
    document: AnalysedDocument, tokens: list[Token], mention: Mention, words: MeetingWords
) -> tuple[set[str], set[str]]:
    """The lemmas written before a name back to the last verb or person (its post), and
    the countries they name (a country's name or its national adjective); a serving post
    ends it ("Пресс-секретарь президента России X": X is no president) (meeting34)."""
    people = [m.end for m in document.mentions if m.type == "PER" and m.end <= mention.start]
    taken: list[Token] = []
    for token in tokens:
        if token.start >= mention.start:
            break
        if (token.pos in {"VERB", "AUX"} and token.relation != "amod") or token.end in people:
            taken = []
            continue
        taken.append(token)
    serving = [at for at, t in enumerate(taken) if t.lemma.lower() in words.serving_posts]
    if serving:
        taken = taken[: serving[0] + 1]
    if not taken:
        return set(), set()
    lemmas = {t.lemma.lower() for t in taken}
    start = taken[0].start
    countries = {
        key
        for m in document.mentions
        if m.type in COUNTRY_TYPES and start <= m.start < mention.start
        and (key := country_key(m)) is not None
    }  # fmt: skip
    for token in taken:
        if token.pos == "ADJ" and token.lemma.endswith(NATIONAL_SUFFIXES):
            place = canonical_place(token.lemma)
            if place is not None:
                countries.add(place)
    return lemmas, countries


def _pair_of(view: SentenceView, country: int) -> frozenset[str] | None:
    """The two countries of "президентов Армении и Азербайджана" (the side's country and
    the one joined to it), or None when they are not two known countries."""
    tokens = view.tokens
    first = tokens[country].head if tokens[country].relation == "conj" else country
    if not 0 <= first < len(tokens):
        return None
    joined = [first, *(c for c in view.children(first) if tokens[c].relation == "conj")]
    keys = {canonical_place(tokens[i].text) or canonical_place(tokens[i].lemma) for i in joined}
    if len(joined) != 2 or None in keys or len(keys) != 2:
        return None
    return frozenset(k for k in keys if k is not None)


def _paired_holders(
    view: SentenceView, lemma: str, post_words: set[str], pair: frozenset[str], words: MeetingWords
) -> dict[str, Mention]:
    """meeting40: "Встреча президентов Армении и Азербайджана X и Y прошла …" near a side
    "президентов Армении и Азербайджана": the one post of two countries given to a list
    of two names, each country's post to the name in its place. Only a side that is
    itself the same pair reads it, so the two sides come out as the two names whichever
    way a report orders them ("главы МИД России и Украины Кулеба и Лавров"). A post of
    the same two countries given to two names is one pair in a report, so the whole
    report is read, not only the sentences near."""
    document = view.document
    group = next((g for g in words.post_equivalents if lemma in g), frozenset({lemma}))
    text = document.document.text
    for sentence in document.sentences:  # a pair this specific is one pair in a report
        if sentence is view.sentence:
            continue
        people = sorted(
            (m for m in document.mentions
             if m.type == "PER" and sentence.start <= m.start < sentence.end),
            key=lambda m: m.start,
        )  # fmt: skip
        for first, second in pairwise(people):
            if text[first.end : second.start].strip(" ,") not in words.list_joiners:
                continue
            after = [m for m in people if m.start > second.start]
            if after and text[second.end : after[0].start].strip(" ,") in words.list_joiners:
                continue  # three names or more: no pair
            lemmas, countries = _introduction(document, sentence.tokens, first, words)
            order = _countries_in_order(document, sentence.tokens, first, countries)
            if set(order) != pair or len(order) != 2:
                continue
            if not post_words <= lemmas or not group & lemmas:
                continue
            return {order[0]: first, order[1]: second}
    return {}


def _countries_in_order(
    document: AnalysedDocument, tokens: list[Token], mention: Mention, countries: set[str]
) -> list[str]:
    """The countries of a name's introduction as written, first to last."""
    found: list[str] = []
    for token in tokens:
        if token.start >= mention.start:
            break
        key = canonical_place(token.text) or canonical_place(token.lemma)
        if key in countries and key not in found:
            found.append(key)
    return found
