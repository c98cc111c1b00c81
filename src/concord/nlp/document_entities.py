"""Within one document, mentions of one person, organisation or place become one entity.

A later short mention ("Купер") joins the person whose fuller name shares its surname
("Иветт Купер"); organisations and places join by their nominative form, and a short
name in brackets after a full one ("… (Рослесхоз)", "… (WHO)") joins it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from concord.analysis import AnalysedDocument
from concord.claim import Entity, Mention
from concord.knowledge.names import name_key, name_parts
from concord.knowledge.people import russian_surname_stem


def _person_matches(short: list[str], full: list[str]) -> bool:
    return bool(short) and all(part in full for part in short)


def _surname_alone_of(short: list[str], full: list[str]) -> bool:
    """ "Соколова" read as the genitive "Соколов": a lone Russian surname is of the person
    whose surname has its stem ("Ирина Соколова")."""
    if len(short) != 1 or len(full) < 2:
        return False
    stem = russian_surname_stem(short[0])
    return stem is not None and russian_surname_stem(full[-1]) == stem


def _surname_form_of(short: list[str], full: list[str]) -> bool:
    """ "Ирина Ярова" (from "Ирины Яровой") and "Ирина Яровая": the same given names and
    surnames that differ only in their last two letters, a case form read back to the wrong
    nominative; within one report that is one person."""
    if len(short) != len(full) or len(short) < 2 or short[:-1] != full[:-1]:
        return False
    first, second = short[-1], full[-1]
    stem = max(len(first), len(second)) - 2
    return stem >= 4 and first[:stem] == second[:stem]


def _read_in_nominative(mention: Mention) -> bool:
    return name_key(mention.text) == name_key(mention.normal)


def bracketed_short_names(mentions: list[Mention], text: str) -> dict[int, int]:
    """Organisations named in full and then, in brackets, by a one-word short name
    ("Федеральная служба по надзору в сфере природопользования (Росприроднадзор)",
    "World Health Organization (WHO)"): the short mention's start → the full one's."""
    organisations = sorted((m for m in mentions if m.type == "ORG"), key=lambda m: m.start)
    found: dict[int, int] = {}
    for full, short in pairwise(organisations):
        between = text[full.end : short.start]
        if (
            between.strip() == "("
            and text[short.end : short.end + 1] == ")"
            and _abbreviates(short.text, full.text)
        ):
            found[short.start] = full.start
    return found


def _abbreviates(short: str, full: str) -> bool:
    """A one-word name shortening a longer one: its letters are the initials of the full
    name's words ("ФАС", "WHO"), or it holds the opening of one of its words ("Рослесхоз"
    from "лесного", "Росприроднадзор" from "природопользования")."""
    words = [w for w in re.findall(r"\w+", full.lower()) if w]
    letters = "".join(c for c in short.lower() if c.isalpha())
    if " " in short.strip() or len(words) < 2 or not letters:
        return False
    initials = iter(w[0] for w in words)
    if short.isupper() and all(letter in initials for letter in letters):
        return True
    return any(len(w) >= 4 and w[:3] in letters for w in words)


def group_mentions(mentions: list[Mention], text: str = "") -> list[Entity]:
    entities: list[Entity] = []
    by_key: dict[tuple[str, str], int] = {}
    people: list[int] = []
    by_stem: dict[str, int] = {}
    short_of = bracketed_short_names(mentions, text)
    entity_at: dict[int, int] = {}  # a mention's start → its entity, for short names
    named_in_full: set[int] = set()
    ordered = sorted(mentions, key=lambda m: (-len(name_parts(m.normal)), m.start))
    for mention in ordered:
        index = None
        if mention.type == "PER":
            parts = name_parts(mention.normal)
            for candidate in people:
                if _person_matches(parts, name_parts(entities[candidate].name)):
                    index = candidate
                    break
            if index is None:  # one person only whose surname is a form of it
                kin = [
                    c
                    for c in people
                    if _surname_alone_of(parts, name_parts(entities[c].name))
                    or _surname_form_of(parts, name_parts(entities[c].name))
                ]
                index = kin[0] if len(kin) == 1 else None
                if index is not None and _read_in_nominative(mention) and not any(
                    _read_in_nominative(m) for m in entities[index].mentions
                ):
                    entities[index].name = mention.normal  # the text's own nominative wins
        else:
            index = by_key.get((_family(mention.type), name_key(mention.normal)))
            if index is None and mention.type == "ORG":  # "«Северникеля»" is «Северникель»
                key = name_key(mention.normal)
                index = by_stem.get(_organisation_stem(mention.normal), by_stem.get(key))
                if (
                    index is not None
                    and index not in named_in_full  # a short name never renames its entity
                    and _nominative_first(mention.normal, entities[index].name)
                ):
                    entities[index].name = mention.normal
        if index is None and short_of.get(mention.start) in entity_at:
            index = entity_at[short_of[mention.start]]
            named_in_full.add(index)
            by_key.setdefault((_family(mention.type), name_key(mention.normal)), index)
            by_stem.setdefault(_organisation_stem(mention.normal), index)
            by_stem.setdefault(name_key(mention.normal), index)
        if index is None:
            index = len(entities)
            entities.append(Entity(type=mention.type, name=mention.normal))
            if mention.type == "PER":
                people.append(index)
            else:
                by_key[(_family(mention.type), name_key(mention.normal))] = index
                if mention.type == "ORG":
                    by_stem.setdefault(_organisation_stem(mention.normal), index)
                    by_stem.setdefault(name_key(mention.normal), index)
        entity_at[mention.start] = index
        entity = entities[index]
        entity.aliases.add(mention.normal)
        entity.aliases.add(mention.text)
        entity.mentions.append(replace(mention, entity=index))
    for entity in entities:
        entity.mentions.sort(key=lambda m: m.start)
        if entity.type in {"LOC", "LOCORG"}:  # a place is a place, whatever role it plays
            entity.type = "LOC"
    return entities


# Case endings a quoted organisation name takes in Russian ("«Газпрома»", "«Облсети»",
# "«Росгеологией»"), longest first; names the tagger does not decline keep them.
_CASE_ENDINGS = (
    "ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях",
    "а", "я", "у", "ю", "е", "и", "ы", "ь", "о",
)


def _organisation_stem(name: str) -> str:
    """An organisation's name without the case ending of its last word, when a stem of
    four or more letters is left: "Северникеля" and "Северникель" share "северникел"."""
    words = name_key(name).split()
    if not words:
        return ""
    last = words[-1]
    for ending in _CASE_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 4:
            last = last[: -len(ending)]
            break
    return " ".join([*words[:-1], last])


def _nominative_first(name: str, other: str) -> bool:
    """Of two forms of one name, the one that names the organisation: the shorter, or at
    equal length the one not ending as an oblique case does ("Севертруба", not "-трубы")."""
    if len(name) != len(other):
        return len(name) < len(other)
    return other[-1:].lower() in "ыиуюе" and name[-1:].lower() not in "ыиуюе"


def _family(type_: str) -> str:
    return "LOC" if type_ == "LOCORG" else type_


def attach_mentions(analysed: AnalysedDocument, mentions: list[Mention]) -> None:
    """The document's mentions grouped into its entities, and listed in text order with
    the entity indexes grouping gave them."""
    analysed.entities = group_mentions(mentions, analysed.document.text)
    analysed.mentions = sorted(
        (m for entity in analysed.entities for m in entity.mentions), key=lambda m: m.start
    )
