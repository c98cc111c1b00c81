"""A post or a country standing for the person introduced with it.

Reports name a person once with a post ("генеральный директор госкорпорации «Росатом»
X", "министр иностранных дел России X") and then by the post's holder or the country
alone: "глава госкорпорации", "президенты России и Белоруссии", "российский министр".
These readings find that person: the last one named whose post holds the holder (an
abbreviation read letter by letter, "РФС") or whose introduction names the country an
adjective is of.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from concord.analysis import AnalysedDocument, Token
from concord.claim import Mention
from concord.extract.meeting.reading import (
    ACTOR_WINDOW,
    ANAPHORA_WINDOW,
    NAME_PARTS,
    NATIONAL_SUFFIXES,
    sentence_before,
)
from concord.extract.meeting.words import MeetingWords
from concord.extract.quotation import inside_quotation
from concord.extract.sentence_view import SentenceView, named_before, sentence_holding
from concord.knowledge.concepts import GENERIC_POST, MINISTER, post_concept
from concord.knowledge.gazetteer import canonical_place


def posts_introduced(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """ "консультации Президента Украины с X", "президенты России и Белоруссии
    встретились": a post of one or more holders (a country, "госкорпорации") with no name
    of its own stands for the people introduced with that post before."""
    token = view.tokens[index]
    if token.lemma not in words.referring_nouns:
        return []
    holders = [
        c
        for c in view.children(index)
        if view.tokens[c].relation == "nmod" and view.tokens[c].feats.get("Case") == "Gen"
    ]
    if len(holders) != 1:
        return []
    conjuncts = [holders[0]] + [
        c for c in view.children(holders[0]) if view.tokens[c].relation == "conj"
    ]
    if len(conjuncts) > 1 and token.feats.get("Number") != "Plur":
        return []
    found: list[Mention] = []
    for holder in conjuncts:
        word = view.tokens[holder]
        if word.pos not in {"PROPN", "NOUN"} or any(
            view.tokens[c].relation not in {"cc", "punct", "conj"} for c in view.children(holder)
        ):
            return []
        # meeting34: an aide's introduction ("пресс-секретарь президента России X") holds
        # his chief's post and country, not his own
        serving = words.serving_posts
        introduced = introduced_with(view, token.start, _holder_word(word), serving=serving)
        if introduced is None:  # a post with its holder ("Президент Узбекистана") is one
            # person's wherever the report introduced them, however far back
            everywhere = len(view.document.sentences)
            introduced = introduced_with(view, token.start, _holder_word(word), everywhere, serving)
        if introduced is None or any(m.entity == introduced.entity for m in found):
            return []
        rival = introduced_with(view, introduced.start, _holder_word(word), serving=serving)
        if rival is not None and not _same_person(rival, introduced):
            return []  # meeting37: two people introduced with the post name neither
        found.append(introduced)
    return found


def bare_post_holder(view: SentenceView, index: int, words: MeetingWords) -> Mention | None:
    """ "Российский лидер X … Встреча президента с Y": a post written with no name, holder
    or other word of its own stands for the person last named with that post or one the
    lexicon counts as the same office; nobody when no one was."""
    token = view.tokens[index]
    if token.lemma not in words.referring_nouns or any(
        view.tokens[c].relation not in {"case", "punct"} for c in view.children(index)
    ):
        return None
    if token.feats.get("Number") == "Plur":
        return None  # meeting34: "переговоры президентов" are no one person's
    group = next((g for g in words.post_equivalents if token.lemma in g), {token.lemma})
    found = [
        introduced_with(view, token.start, post, serving=words.serving_posts)
        for post in sorted(group)
    ]
    holder = max((m for m in found if m is not None), key=lambda m: m.start, default=None)
    if holder is None or _several_or_quoted(view, holder, token.start, sorted(group), words):
        return None
    return holder


def _several_or_quoted(
    view: SentenceView, holder: Mention, offset: int, posts: list[str], words: MeetingWords
) -> bool:
    """Whether the person found for a bare post is no sure holder (meeting37): someone
    else was introduced with the post before them ("министр обороны Польши X и министр
    обороны Чехии Y … с министром обороны"), or they are named only inside a quotation."""
    text = view.document.document.text
    if all(inside_quotation(text, m.start) for m in _namings_before(view.document, holder, offset)):
        return True
    for post in posts:
        rival = introduced_with(view, holder.start, post, serving=words.serving_posts)
        if rival is not None and not _same_person(rival, holder):
            return True
    return False


def _same_person(one: Mention, other: Mention) -> bool:
    return one.entity == other.entity if one.entity >= 0 else one.normal == other.normal


def holder_by_concept(view: SentenceView, index: int, words: MeetingWords) -> Mention | None:
    """ "Премьер-министр России X … председатель российского правительства провел
    переговоры с Y": a post of several words written with no name stands for the one
    person named before with another wording of the same post (the concept table), of
    the same country when an adjective or a name says one; two such people name nobody."""
    token = view.tokens[index]
    if token.pos not in {"NOUN", "PROPN"} or token.lemma not in words.referring_nouns:
        return None
    phrase = view.subtree(index, _NOT_OF_POST)
    if view.mentions_in(phrase, {"PER"}):
        return None
    adjectives = [
        view.tokens[i].lemma
        for i in phrase
        if view.tokens[i].pos == "ADJ" and view.tokens[i].lemma.endswith(NATIONAL_SUFFIXES)
    ]
    wording = [view.tokens[i].lemma for i in phrase if view.tokens[i].lemma not in adjectives]
    places = _countries(view.tokens[i].lemma for i in phrase)  # "президента Эстонии"
    # meeting32: one post word with a national adjective ("с турецким президентом") is as
    # definite as a post of several words: the country tells its holder apart
    concept = post_concept(" ".join(wording)) if len(wording) > 1 or adjectives else None
    if concept is None or concept in {GENERIC_POST, MINISTER}:
        return None
    document = view.document
    holders: dict[int, Mention] = {}
    for mention in named_before(document, token.start, {"PER"}, ACTOR_WINDOW):
        for earlier in _namings_before(document, mention, token.start):
            post = post_lemmas(document, earlier)
            if post_concept(" ".join(post)) != concept or not places <= _countries(post):
                continue
            introduction = introduction_lemmas(document, earlier)
            if not adjectives or any(
                _of_country(a, w, proper) for a in adjectives for w, proper in introduction
            ):
                holders[mention.entity] = mention
    if len(holders) != 1:
        return None
    # the holder as this sentence writes him, by his post: the evidence stays in the sentence
    (holder,) = holders.values()
    span = view.span_of(phrase)
    return Mention(span.start, span.end, span.text, "PER", holder.normal, holder.entity)


def _countries(lemmas: Iterable[str]) -> set[str]:
    """The countries among a post's words, by their usual name."""
    return {place for lemma in lemmas if (place := canonical_place(lemma)) is not None}


_JOINED = frozenset({"conj", "cc"})  # meeting32: what a post's conjunct brings
_NOT_OF_POST = frozenset({"case", "punct", "cc", "conj", "acl", "acl:relcl", "appos"})


def introduced_with(
    view: SentenceView,
    offset: int,
    holder: str,
    window: int = ACTOR_WINDOW,
    serving: frozenset[str] = frozenset(),
) -> Mention | None:
    """The person last named before `offset` (in its sentence and the `window` before)
    whose post holds `holder` ("генерального директора госкорпорации «Росатом» X" for
    "глава госкорпорации"); with `serving`, only the post's own office counts
    ("пресс-секретарь президента X" holds no "президент")."""
    document = view.document
    for mention in reversed(named_before(document, offset, {"PER"}, window)):
        posts = [
            lemma
            for earlier in _namings_before(document, mention, offset)
            for lemma in own_office(post_lemmas(document, earlier), serving)
        ]
        if _holds(posts, holder):
            return mention
    return None


def own_office(lemmas: list[str], serving: frozenset[str]) -> list[str]:
    """A post's lemmas up to its first serving word ("пресс-секретарь президент россия":
    "пресс-секретарь"): what follows names whose aide the holder is (meeting34)."""
    for at, lemma in enumerate(lemmas):
        if lemma.lower() in serving:
            return lemmas[: at + 1]
    return lemmas


def holder_of_post(tokens: list[Token], index: int) -> str:
    """ "глава госкорпорации": the lemma of a post's one bare genitive common noun, or ''."""
    children = [
        i for i, t in enumerate(tokens) if t.head == index and t.relation not in {"punct"}
    ]
    if len(children) != 1:
        return ""
    holder = tokens[children[0]]
    if holder.relation != "nmod" or holder.feats.get("Case") != "Gen":
        return ""
    if holder.pos == "PROPN":  # "глава «Роснефти»", "глава РФС": quotes only below
        if any(t.head == children[0] and t.relation != "punct" for t in tokens):
            return ""
        return _holder_word(holder)
    if holder.pos != "NOUN" or any(t.head == children[0] for t in tokens):
        return ""
    return _holder_word(holder)


def _holder_word(token: Token) -> str:
    """How a holder is looked for among posts: an abbreviation as written ("РФС"), any
    other word by its lemma."""
    return token.text if _is_abbreviation(token.text) else token.lemma


def _is_abbreviation(word: str) -> bool:
    """An abbreviation: two letters or more, all capitals ("РФС", "МИД")."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _holds(posts: list[str], holder: str) -> bool:
    """Whether a post's lemmas hold `holder`: the lemma itself, or an abbreviation of
    words in it ("РФС" for "президент российский футбольный союз")."""
    if not _is_abbreviation(holder):
        return holder in posts
    return holder.lower() in posts or holder.lower() in "".join(p[:1] for p in posts if p)


def _namings_before(
    document: AnalysedDocument, mention: Mention, offset: int
) -> list[Mention]:
    """Every mention of the person `mention` names (itself if it joined no entity) before
    `offset`: where a post or a country may have introduced them."""
    return [
        earlier
        for earlier in document.mentions
        if earlier.start < offset
        and (earlier is mention or (mention.entity >= 0 and earlier.entity == mention.entity))
    ]


def post_lemmas(document: AnalysedDocument, mention: Mention) -> list[str]:
    """The lemmas of the post a name stands in apposition to, with its dependents
    ("генеральный директор госкорпорация росатом"), not the rest of the clause ("принял в
    штаб-квартире банка министра X": the bank is the venue's, not the minister's)."""
    sentence = sentence_holding(document, mention.start)
    if sentence is None:
        return []
    tokens = sentence.tokens
    indices = sentence.token_indices(mention.start, mention.end)
    if not indices:
        return []
    current, seen = indices[0], set()
    while tokens[current].relation in NAME_PARTS and current not in seen:
        seen.add(current)
        current = tokens[current].head
        if not 0 <= current < len(tokens):
            return []
        if tokens[current].pos == "NOUN" or _capitalised_post(document, tokens[current]):
            post = [current]
            for position in range(len(tokens)):  # the post's subtree, name left out
                chain, step, joined = position, 0, False
                while 0 <= chain < len(tokens) and chain != current and step < 20:
                    # meeting32: "Президент Турции X и его украинский коллега Y": a
                    # person joined to the post has a post of his own
                    joined = joined or (
                        tokens[chain].head == current and tokens[chain].relation in _JOINED
                    )
                    chain, step = tokens[chain].head, step + 1
                if (
                    chain == current
                    and not joined
                    and position not in indices
                    and position != current
                ):
                    post.append(position)
            return [tokens[i].lemma for i in sorted(post)]
    return []


def _capitalised_post(document: AnalysedDocument, token: Token) -> bool:
    """ "Президент Украины Петр Порошенко": a post written with a capital letter is tagged
    a proper noun; it is a post when no name covers it."""
    return token.pos == "PROPN" and not any(
        m.start <= token.start < m.end and m.type == "PER" for m in document.mentions
    )


def post_subject_before(view: SentenceView, index: int, words: MeetingWords) -> Mention | None:
    """ "Затем глава госкорпорации выступил перед студентами. Он также побеседовал с Y":
    a subject pronoun opening its sentence continues the previous sentence's subject; when
    that is a post with its holder, it stands for the person introduced with that holder,
    not for the last man named."""
    if view.mentions_in(range(index), {"PER"}):
        return None
    previous = sentence_before(view)
    if previous is None:
        return None
    tokens = previous.tokens
    for position, token in enumerate(tokens):
        head = token.head
        if not (token.relation.startswith("nsubj") and 0 <= head < len(tokens)):
            continue
        if tokens[head].relation != "root" or token.lemma not in words.referring_nouns:
            continue
        holder = holder_of_post(tokens, position)
        if holder:
            return introduced_with(view, token.start, holder)
    return None


def of_generic_holder(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """ "глава государства": the post's one genitive is a bare generic holder."""
    children = [c for c in view.children(index) if view.tokens[c].relation not in {"punct"}]
    return (
        len(children) == 1
        and view.tokens[children[0]].relation == "nmod"
        and view.tokens[children[0]].lemma in words.generic_holders
        and not view.children(children[0])
    )


def person_of_country(view: SentenceView, offset: int, adjectives: list[str]) -> Mention | None:
    """ "Затем российского министра принял Y": of the people named before, the last one
    introduced with the country the adjective is of ("министр иностранных дел России X"),
    wherever before that person was introduced."""
    document = view.document
    if not adjectives:
        return None
    # a country tells one person from another, so it may reach a sentence further back
    for mention in reversed(named_before(document, offset, {"PER"}, ANAPHORA_WINDOW + 1)):
        introductions = [
            word_and_name
            for earlier in _namings_before(document, mention, offset)
            for word_and_name in introduction_lemmas(document, earlier)
        ]
        if any(_of_country(a, w, name) for a in adjectives for w, name in introductions):
            return mention
    return None


def counterpart_of_country(view: SentenceView, index: int, words: MeetingWords) -> Mention | None:
    """ "провёл переговоры с эстонским коллегой", "со своим турецким коллегой": a
    counterpart word with a national adjective and no name of its own stands for the one
    person named before (this sentence and the few before) who was introduced with that
    country; two such people, or none, name nobody (meeting32)."""
    token = view.tokens[index]
    if token.lemma not in words.counterpart_nouns:
        return None
    children = view.children(index)
    if any(view.tokens[c].relation not in _PLAIN_COUNTERPART for c in children):
        return None  # "коллегой X": named; "коллегой из Y": not a national adjective
    adjectives = [
        view.tokens[c].lemma
        for c in children
        if view.tokens[c].pos == "ADJ" and view.tokens[c].lemma.endswith(NATIONAL_SUFFIXES)
    ]
    if not adjectives:
        return None
    document = view.document
    holders: dict[int, Mention] = {}
    for mention in named_before(document, token.start, {"PER"}, ANAPHORA_WINDOW + 1):
        introductions = [
            word_and_name
            for earlier in _namings_before(document, mention, token.start)
            for word_and_name in introduction_lemmas(document, earlier)
        ]
        if len(_countries(w for w, _ in introductions)) > 1:
            continue  # "президенты России и Белоруссии X и Y": whose country is whose
        if any(_of_country(a, w, name) for a in adjectives for w, name in introductions):
            holders[mention.entity if mention.entity >= 0 else -1 - mention.start] = mention
    if len(holders) != 1:
        return None
    (holder,) = holders.values()  # as this sentence writes him: the evidence stays here
    span = view.span_of(view.subtree(index, _NOT_OF_POST))
    return Mention(span.start, span.end, span.text, "PER", holder.normal, holder.entity)


# a counterpart's dependents that name nobody else ("со своим турецким коллегой, который …")
_PLAIN_COUNTERPART = frozenset({"amod", "det", "case", "punct", "nmod:poss", "acl", "acl:relcl"})


def introduction_lemmas(document: AnalysedDocument, mention: Mention) -> list[tuple[str, bool]]:
    """The lemmas that introduce a person: those before the name back to the sentence's
    start, its last verb or the person named before (the post and its country), each
    with whether it is a proper name."""
    sentence = sentence_holding(document, mention.start)
    if sentence is None:
        return []
    earlier = [m.end for m in document.mentions if m.type == "PER"]
    lemmas: list[tuple[str, bool]] = []
    for token in sentence.tokens:
        if token.start >= mention.start:
            break
        if token.pos in {"VERB", "AUX"} or any(
            token.start < end <= mention.start and token.end >= end for end in earlier
        ):
            lemmas = []
            continue
        lemmas.append((token.lemma.lower(), token.pos == "PROPN"))
    return lemmas


def _of_country(adjective: str, word: str, proper: bool = False) -> bool:
    """ "российский" is of "россия", "азербайджанский" of "азербайджан": the adjective's
    stem before its suffix begins the country's name, or the two share five letters, or
    three when the word is a proper name and the adjective a national one ("турецкий",
    "Турция"; "армянский", "Армения"). A country's abbreviation is read as its name
    ("глава МИД РФ X", later "российский министр")."""
    if proper:
        word = (canonical_place(word) or word).lower()
    stem = re.sub(r"(ий|ой|ый)$", "", adjective)
    stem = re.sub(r"(ийск|ск|цк)$", "", stem)
    if len(word) < 4:
        return False
    if proper and adjective.endswith(NATIONAL_SUFFIXES) and adjective[:3] == word[:3]:
        return True
    return len(stem) >= 4 and (stem in word or (len(word) >= 5 and adjective[:5] == word[:5]))


def national_object_before(
    view: SentenceView, offset: int, words: MeetingWords, after: int
) -> Mention | None:
    """ "индийского гостя встречал X. Вечером его принял Y": the last object before that
    is a post or counterpart noun of a country stands for the person introduced with it."""
    document = view.document
    starts = [s.start for s in document.sentences if s.start <= offset]
    earliest = starts[max(0, len(starts) - 2 - ANAPHORA_WINDOW)] if starts else 0
    for sentence in reversed(document.sentences):
        if sentence.start >= offset or sentence.end <= max(after, earliest):
            continue
        tokens = sentence.tokens
        for index in range(len(tokens) - 1, -1, -1):
            token = tokens[index]
            if token.start >= offset or token.start <= after or token.relation != "obj":
                continue
            if token.lemma not in words.counterpart_nouns | words.referring_nouns:
                continue
            children = [t for t in tokens if tokens.index(t) != index and t.head == index]
            if any(t.relation == "case" for t in children):
                continue
            adjectives = [t.lemma for t in children if t.pos == "ADJ"]
            if any(a.endswith(NATIONAL_SUFFIXES) for a in adjectives):
                return person_of_country(view, token.start, adjectives)
    return None
