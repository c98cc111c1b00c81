"""Within one document, mentions of one person, organisation or place become one entity.

A later short mention ("Купер") joins the person whose fuller name shares its surname
("Иветт Купер"); organisations and places join by their nominative form. An organisation
named in full and then by a short name in brackets ("Федеральная антимонопольная служба
(ФАС)") is one entity, called by the short name the report goes on to use.
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


def _fleeting_vowel_form_of(short: list[str], full: list[str]) -> bool:
    """ "Шолец" (read back from "Шольцем") and "Шольц", "Мерец" and "Мерц": a foreign
    surname in -ц declined like "палец", its guessed nominative given a vowel the name
    lacks. The same given names, or the surname alone, name one person in one report."""
    if not short or len(short) > len(full) or (len(short) > 1 and short[:-1] != full[:-1]):
        return False
    first, second = short[-1], full[-1]
    stem = _without_fleeting_vowel(first)
    return first != second and stem is not None and stem == _without_fleeting_vowel(second)


def _without_fleeting_vowel(surname: str) -> str | None:
    """The stem before a final -ец, -ьц or -ц ("шол" of "шолец" and "шольц"), when at
    least three letters long."""
    stem = re.sub(r"(?:ец|ьц|ц)$", "", surname)
    return stem if stem != surname and len(stem) >= 3 else None


def _read_in_nominative(mention: Mention) -> bool:
    return name_key(mention.text) == name_key(mention.normal)


def _with_surname(name: str, written: str) -> str:
    """The name with its last word replaced by the last word written in the nominative."""
    words, surname = name.split(), written.split()[-1]
    return " ".join([*words[:-1], surname]) if words else written


def bracketed_short_names(mentions: list[Mention], text: str) -> list[tuple[Mention, Mention]]:
    """Organisations named in full and then, in brackets, by a one-word short name
    ("Федеральная служба по надзору в сфере природопользования (Росприроднадзор)",
    "«Вимм-Билль-Данн» (ВБД)", "World Health Organization (WHO)"): (full, short) pairs."""
    organisations = sorted((m for m in mentions if m.type == "ORG"), key=lambda m: m.start)
    return [
        (full, short)
        for full, short in pairwise(organisations)
        if text[full.end : short.start].strip(_QUOTES_AND_SPACES) == "("
        and text[short.end : short.end + 1] == ")"
        and _abbreviates(short.text, full.text)
    ]


_QUOTES_AND_SPACES = "«»\"“”„' \t\n"


def _abbreviates(short: str, full: str) -> bool:
    """A one-word name shortening a longer one: its capitals are initials of the full
    name's words in their order ("ФАС", "ЕБРР", "WHO"), or it is made of the openings of
    two or more of its words ("Рослесхоз": лес-, хоз-; "Белпромбанк": бел-, пром-, банк).
    One shared opening is not enough: "Ачинский нефтеперерабатывающий завод (Роснефть)"
    names the plant's owner, not the plant."""
    words = re.findall(r"\w+", full.lower())
    letters = "".join(c for c in short.lower() if c.isalpha())
    if len(short.split()) != 1 or len(words) < 2 or len(letters) < 2:
        return False
    if short.strip(_QUOTES_AND_SPACES).isupper():
        initials = iter(word[0] for word in words)
        return all(letter in initials for letter in letters)
    openings = {word[:3] for word in words if len(word) >= 4}
    return sum(opening in letters for opening in openings) >= 2


def group_mentions(mentions: list[Mention], text: str = "") -> list[Entity]:
    """The document's entities; `text` lets a short name in brackets join the full one."""
    entities: list[Entity] = []
    by_key: dict[tuple[str, str], int] = {}
    people: list[int] = []
    by_stem: dict[str, int] = {}
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
            if index is None:  # "Шольц" and "Олаф Шолец" (from "Олафом Шольцем")
                kin = [
                    c
                    for c in people
                    if _fleeting_vowel_form_of(parts, name_parts(entities[c].name))
                ]
                index = kin[0] if len(kin) == 1 else None
                if index is not None and _read_in_nominative(mention):
                    entities[index].name = _with_surname(entities[index].name, mention.normal)
        else:
            index = by_key.get((_family(mention.type), name_key(mention.normal)))
            if index is None and mention.type == "ORG":  # "«Северникеля»" is «Северникель»
                key = name_key(mention.normal)
                index = by_stem.get(_organisation_stem(mention.normal), by_stem.get(key))
                if index is not None and _nominative_first(mention.normal, entities[index].name):
                    entities[index].name = mention.normal
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
        entity = entities[index]
        entity.aliases.add(mention.normal)
        entity.aliases.add(mention.text)
        entity.mentions.append(replace(mention, entity=index))
    entities = _joined_short_names(entities, bracketed_short_names(mentions, text))
    for entity in entities:
        entity.mentions.sort(key=lambda m: m.start)
        if entity.type in {"LOC", "LOCORG"}:  # a place is a place, whatever role it plays
            entity.type = "LOC"
    return entities


def _joined_short_names(
    entities: list[Entity], pairs: list[tuple[Mention, Mention]]
) -> list[Entity]:
    """Each full name's entity merged into its short name's, after grouping, so that the
    short name's other mentions (a headline before the brackets, "Росприроднадзора" after)
    come along. The short name names the entity: it is the report's own name for it, never
    a misread case form of a long name, and the one other reports use; the full name stays
    among the aliases."""
    entity_of = {m.start: m.entity for entity in entities for m in entity.mentions}
    merged_into = list(range(len(entities)))

    def root(index: int) -> int:
        while merged_into[index] != index:
            index = merged_into[index]
        return index

    for full, short in pairs:
        full_root, short_root = root(entity_of[full.start]), root(entity_of[short.start])
        if full_root == short_root:
            continue
        merged_into[full_root] = short_root
        target, source = entities[short_root], entities[full_root]
        target.aliases |= source.aliases
        target.mentions.extend(source.mentions)
    kept = [index for index in range(len(entities)) if root(index) == index]
    joined = [entities[index] for index in kept]
    for index, entity in enumerate(joined):
        entity.mentions = [replace(m, entity=index) for m in entity.mentions]
    return joined


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
