"""A state's bodies by their English wordings, each with one canonical name ("foreign
ministry", "Ministry of Foreign Affairs" → "Ministry of Foreign Affairs"), read from
`state_bodies_en.txt`; and the bodies whose name alone says which state's they are ("the
Kremlin", "the State Department"). The state itself is given apart: "Japan's", "the
Japanese", "of Japan" make the "Ministry of Foreign Affairs of Japan"."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from concord.knowledge.data_files import rows

# Bodies a report names without their state: one name each, the spellings folded to it.
NAMED_BODIES: Mapping[str, str] = MappingProxyType({
    "kremlin": "Kremlin",
    "white house": "White House",
    "elysee": "Elysee",
    "élysée": "Elysee",
    "elysee palace": "Elysee",
    "élysée palace": "Elysee",
    "state department": "US State Department",
    "department of state": "US State Department",
    "pentagon": "Pentagon",
})  # fmt: skip


@lru_cache(maxsize=1)
def body_wordings() -> Mapping[tuple[str, ...], str]:
    """Each wording as its lower-case words, with the body's canonical name."""
    found: dict[tuple[str, ...], str] = {}
    for canonical, *wordings in rows("state_bodies_en.txt"):
        for wording in (canonical.lower(), *wordings):
            found[tuple(wording.split())] = canonical
    return MappingProxyType(found)


def longest_wording() -> int:
    return max(len(words) for words in body_wordings())


# The state a named body's name already says, written before it ("the US State Department").
OWN_STATE_PREFIXES = ("us ", "u.s. ", "american ")


def body_of_state(canonical: str, state: str) -> str:
    """The one name of a state's body: "Ministry of Foreign Affairs of Japan"."""
    return f"{canonical} of {state}"


def named_body(name: str) -> str | None:
    """The one name of a body whose name says its state ("the Kremlin" → "Kremlin")."""
    key = " ".join(name.lower().removeprefix("the ").split())
    for prefix in OWN_STATE_PREFIXES:
        if key.startswith(prefix) and key[len(prefix) :] in NAMED_BODIES:
            key = key[len(prefix) :]
    return NAMED_BODIES.get(key)
