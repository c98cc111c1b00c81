"""Sovereign states by their names in Russian and English, from CLDR (Babel's territory
names), with countries.txt as the supplement for what CLDR lacks.

Each state is known by its usual Russian name (the one shown and stored, as before the
English names came), so "Germany", "Германия" and "ФРГ" are one country. CLDR does not
say which territories are states: its dependencies and pseudo-regions are listed below,
and the few names that are also common Russian words ("Того", "Чад") are left out rather
than guessed, as are names meaning several things ("Конго", "Корея").
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from concord.knowledge.data_files import rows
from concord.knowledge.demonyms import states_by_adjective
from concord.knowledge.names import name_key

# CLDR territories that are not sovereign states (dependencies, parts of states, places
# without people; Kosovo, recognised by about half the UN, stays a place as it was before
# CLDR), and codes that are no country at all (eurozone, the UN, test locales).
NOT_STATES = frozenset({
    "AC", "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CP", "CW", "CX",
    "DG", "EA", "EH", "FK", "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IC",
    "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN",
    "PR", "QO", "RE", "SH", "SJ", "SX", "TA", "TC", "TF", "TK", "UM", "VG", "VI", "WF", "YT",
    "XK", "EZ", "UN", "XA", "XB", "ZZ",
})  # fmt: skip
# Names that are also Russian words ("того", "чад", "Доминика" as a genitive of a given
# name) or several countries ("Конго").
AMBIGUOUS = frozenset({"TG", "TD", "DM", "CD", "CG"})

_PARENTHESIS = re.compile(r"\s*\(([^)]*)\)")
_ABBREVIATIONS = [
    (re.compile(r"\bо-ва\b"), "острова"),
    (re.compile(r"\bо-в\b"), "остров"),
    (re.compile(r"\bSt\.\s"), "Saint "),
    (re.compile(r"\s&\s"), " and "),
]


def name_variants(name: str) -> list[str]:
    """The name as news writes it first (abbreviations written out: "Соломоновы о-ва"),
    then as CLDR does, without the parenthesis and by what it holds ("Мьянма (Бирма)")."""
    written_out = name
    for pattern, replacement in _ABBREVIATIONS:
        written_out = pattern.sub(replacement, written_out)
    names = [written_out, name]
    for text in (written_out, name):
        inside = _PARENTHESIS.findall(text)
        if inside:
            names += [_PARENTHESIS.sub("", text).strip(), *inside]
    return list(dict.fromkeys(n for n in names if n))


def _cldr_states() -> dict[str, list[str]]:
    """ISO code → the state's CLDR names, Russian first, then English."""
    russian, english = Locale("ru").territories, Locale("en").territories
    return {
        code: [*name_variants(russian[code]), *name_variants(english.get(code, ""))]
        for code in russian
        if isinstance(code, str)
        and len(code) == 2
        and code.isalpha()
        and code not in NOT_STATES | AMBIGUOUS
    }


def _supplement() -> list[tuple[str, ...]]:
    return rows("countries.txt")


@lru_cache(maxsize=1)
def state_names() -> dict[str, tuple[str, ...]]:
    """The usual Russian name of every state → its other names in Russian and English."""
    cldr = _cldr_states()
    code_of = {name_key(name): code for code, names in cldr.items() for name in names}
    usual: dict[str, str] = {code: names[0] for code, names in cldr.items()}
    others: dict[str, list[str]] = {code: names[1:] for code, names in cldr.items()}
    for canonical, *aliases in _supplement():
        code = next(
            (code_of[name_key(n)] for n in (canonical, *aliases) if name_key(n) in code_of),
            canonical,  # a state CLDR does not have ("СССР") is known by its name
        )
        if code in usual and usual[code] != canonical:
            others[code].insert(0, usual[code])
        usual[code] = canonical
        others.setdefault(code, []).extend(aliases)
    return {
        usual[code]: tuple(dict.fromkeys(n for n in others[code] if n != usual[code]))
        for code in usual
    }


# English adjectives news places people and bodies by ("Uzbek Foreign Minister",
# "German ambassador"), each with the state's usual Russian name; Russian ones are found
# from the place name itself (places.place_of_adjective). The states' adjectives are
# knowledge/demonyms_en.txt's; "European" names the Union, which is no state.
_BODY_ADJECTIVES = {"european": "Евросоюз"}


@lru_cache(maxsize=1)
def english_adjectives() -> dict[str, str]:
    """Each English adjective of a state with the state's usual Russian name."""
    usual_of_name: dict[str, str] = {}
    for usual, others in state_names().items():
        for name in (usual, *others):
            usual_of_name.setdefault(name, usual)
    found = dict(_BODY_ADJECTIVES)
    for adjective, names in states_by_adjective().items():
        known = [usual_of_name[name] for name in names if name in usual_of_name]
        if known:
            found[adjective] = known[0]
    return found
