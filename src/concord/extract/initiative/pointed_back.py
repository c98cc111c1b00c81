"""A place told again by its initials (initiative94).

A report names a region in full once and by its letters elsewhere: "В ЮФО построят завод …
Компания намерена построить в Южном федеральном округе (ЮФО) завод". "Южный федеральный
округ" and "ЮФО", "Северо-Западный федеральный округ" and "СЗФО" are one place, so a
project told at both is not two projects at two places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# the letters written for a place name, in capitals ("ЮФО", "СЗФО", "ХМАО")
_LETTERS = re.compile(r"[A-ZА-ЯЁ]{2,6}")


def initials(name: str) -> str:
    """The capitals a name is written with: the first letter of each word and of each part
    of a hyphenated word ("Северо-Западный федеральный округ": "СЗФО")."""
    return "".join(part[0] for word in name.split() for part in word.split("-") if part).upper()


def one_place_by_letters(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether the two claims' places are the same once a place written in its letters is
    read as the named place it abbreviates ("ЮФО" … "Южный федеральный округ")."""
    mine, theirs = list(mine), list(theirs)
    if not mine or not theirs:
        return False

    def spelled(places: list[str], others: list[str]) -> set[str]:
        found = set()
        for place in places:
            full = next(
                (
                    other
                    for other in others
                    if _LETTERS.fullmatch(place)
                    and len(other.split()) > 1
                    and initials(other) == place.upper()
                ),
                place,
            )
            found.add(full.lower())
        return found

    mine_read, theirs_read = spelled(mine, theirs), spelled(theirs, mine)
    return mine_read <= theirs_read or theirs_read <= mine_read
