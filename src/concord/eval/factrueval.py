"""Reading the FactRuEval-2016 gold standard: tokens, spans, mentions, entities, facts.

Follows the benchmark's published file formats (see its README); strings are compared
after the benchmark's normalisation (lower case, ё→е, one kind of quote).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

MENTION_TAGS = {
    "Person": "per",
    "Org": "org",
    "Organization": "org",
    "Location": "loc",
    "LocOrg": "locorg",
}


def normalise(text: str) -> str:
    text = text.lower().strip(" \r\n\t")
    for quote in "«»“”„":
        text = text.replace(quote, '"')
    for quote in "’`":
        text = text.replace(quote, "'")
    return text.replace("ё", "е")


@dataclass(eq=False)
class GoldToken:
    id: str
    start: int
    length: int
    text: str
    previous: GoldToken | None = None
    next: GoldToken | None = None

    @property
    def end(self) -> int:  # inclusive, as in the benchmark
        return self.start + self.length - 1

    def is_letter(self) -> bool:
        return len(self.text) == 1 and (
            self.text.upper() != self.text or self.text.lower() != self.text
        )

    def is_punctuation(self) -> bool:
        return len(self.text) == 1 and not self.is_letter()

    def is_attached_punctuation(self) -> bool:
        """A one-character non-letter touching a neighbour: left out of response mentions."""
        return (
            self.length == 1
            and not self.is_letter()
            and (
                (self.previous is not None and self.start - self.previous.end == 1)
                or (self.next is not None and self.next.start - self.end == 1)
            )
        )


@dataclass(eq=False)
class GoldSpan:
    id: str
    tag: str
    start: int
    length: int
    tokens: list[GoldToken]
    text: str


@dataclass(eq=False)
class GoldMention:
    id: str
    tag: str  # per, org, loc, locorg (or another benchmark type)
    spans: list[GoldSpan]

    @property
    def tokens(self) -> list[GoldToken]:
        return sorted({t for s in self.spans for t in s.tokens}, key=lambda t: t.start)


@dataclass(eq=False)
class GoldEntity:
    id: str
    tag: str
    mentions: list[GoldMention]
    attributes: dict[str, set[str]] = field(default_factory=dict)

    def values(self, name: str) -> set[str]:
        return self.attributes.get(name, set())


@dataclass(eq=False)
class GoldArgument:
    role: str
    values: set[str]  # every acceptable normalised string


@dataclass(eq=False)
class GoldFact:
    type: str  # lower case: occupation, meeting, deal, ownership, ispartof
    arguments: list[GoldArgument]
    hard: bool = False
    raw: list[tuple[str, str]] = field(default_factory=list)  # (role, first alternative)


@dataclass
class GoldDocument:
    name: str
    text: str
    tokens: list[GoldToken]
    mentions: list[GoldMention]
    entities: list[GoldEntity]
    facts: list[GoldFact] | None  # None when the document has no .facts file


def _tokens(path: Path) -> list[GoldToken]:
    tokens = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 4:
            tokens.append(
                GoldToken(parts[0], int(parts[1]), int(parts[2]), normalise(" ".join(parts[3:])))
            )
    tokens.sort(key=lambda t: t.start)
    for previous, following in pairwise(tokens):
        previous.next, following.previous = following, previous
    return tokens


def _spans(path: Path, tokens: dict[str, GoldToken]) -> dict[str, GoldSpan]:
    spans = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "  # " not in line:
            continue
        left, right = line.split("  # ", 1)
        head = left.split()
        count = int(head[5])
        words = right.split()
        span_tokens = sorted(
            (tokens[i] for i in words[:count] if i in tokens), key=lambda t: t.start
        )
        text = normalise(" ".join(words[count:]))
        spans[head[0]] = GoldSpan(head[0], head[1], int(head[2]), int(head[3]), span_tokens, text)
    return spans


def _mentions(path: Path, spans: dict[str, GoldSpan]) -> list[GoldMention]:
    mentions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#")[0].split()
        if len(fields) >= 3:
            tag = MENTION_TAGS.get(fields[1], fields[1].lower())
            mentions.append(
                GoldMention(fields[0], tag, [spans[s] for s in fields[2:] if s in spans])
            )
    return mentions


def _blocks(path: Path) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _entities(path: Path, mentions: dict[str, GoldMention], text: str) -> list[GoldEntity]:
    entities: list[GoldEntity] = []
    if not path.exists():
        return entities
    for block in _blocks(path):
        ids = block[0].split()
        own = [mentions[i] for i in ids[1:] if i in mentions]
        tags = {m.tag for m in own}
        tag = "loc" if tags & {"loc", "locorg"} else (tags.pop() if len(tags) == 1 else "unknown")
        entity = GoldEntity(ids[0], tag, own)
        descriptors: set[str] = set()
        for line in block[1:]:
            name, _, value = line.partition(" ")
            name = name.lower().rstrip("0123456789")
            value = normalise(value)
            if name.endswith(("descr", "descriptor")):
                descriptors.add(value)
            elif name != "wikidata":
                entity.attributes.setdefault(name, set()).add(value)
        for name, values in entity.attributes.items():
            expanded = set(values)
            for value in values:
                for descriptor in descriptors:
                    if f" {descriptor} " not in f" {value} ":
                        expanded |= {f"{value} {descriptor}", f"{descriptor} {value}"}
            entity.attributes[name] = expanded
        entities.append(entity)
    return entities


def _person_values(entity: GoldEntity) -> set[str]:
    parts = {"f": entity.values("firstname"), "l": entity.values("lastname"),
             "p": entity.values("patronymic"), "n": entity.values("nickname")}  # fmt: skip
    values: set[str] = set()
    for combination in ("lfp", "fpl", "fp", "fl", "lf", "n", "f", "p", "l", "fn"):
        options = [""]
        for symbol in combination:
            options = [f"{o} {v}".strip() for o in options for v in parts[symbol] if v]
        values |= {o for o in options if o}
    return values


def _mention_texts(mention: GoldMention, text: str) -> set[str]:
    tokens = mention.tokens
    if not tokens:
        return set()
    joined = " ".join(t.text for t in tokens)
    start, end = tokens[0], tokens[-1]
    while start.previous is not None and start.previous.text == '"':
        start = start.previous
    while end.next is not None and end.next.text == '"':
        end = end.next
    return {joined, normalise(text[start.start : end.end + 1])}


def _entity_values(entity: GoldEntity, description: str, text: str) -> set[str]:
    values = {normalise(description)}
    for mention in entity.mentions:
        values |= _mention_texts(mention, text)
    if entity.tag == "per":
        values |= _person_values(entity)
    if entity.tag in {"org", "loc"}:
        values |= entity.values("name")
    return values


def _object_values(rest: str, entities: dict[str, GoldEntity], text: str) -> set[str]:
    """Every name of every object an argument line lists: "obj1 A | obj2 B | C" names two
    objects (two owners of one property, say), each with its own alternatives."""
    values: set[str] = set()
    for segment in re.split(r"\s*\|\s*(?=obj\d+ )", rest):
        identifier, _, description = segment.partition(" ")
        entity = entities.get(identifier[3:])
        values |= (
            _entity_values(entity, description, text) if entity else {normalise(description)}
        )
    return values


def _facts(
    path: Path, entities: dict[str, GoldEntity], spans: dict[str, GoldSpan], text: str
) -> list[GoldFact]:
    facts = []
    for block in _blocks(path):
        fact = GoldFact(block[0].split()[1].lower(), [])
        for line in block[1:]:
            role, _, rest = line.partition(" ")
            role = role.lower()
            role = "position" if role == "job" else role
            alternatives = [a.strip() for a in rest.split("|")]
            if role == "сложность":
                fact.hard = normalise(rest) == "повышенная"
                continue
            if role in {"модальность", "фаза"}:
                continue
            values: set[str] = set()
            first_text = ""
            if rest.startswith("obj"):
                values = _object_values(rest, entities, text)
                first_text = rest.partition(" ")[2].split("|")[0].strip()
            elif rest.startswith("span"):
                for alternative in alternatives:
                    identifier, _, _ = alternative.partition(" ")
                    span = spans.get(identifier[4:])
                    if span is not None:
                        values.add(span.text)
                first_text = alternatives[0].partition(" ")[2].strip()
            else:
                values = {normalise(a) for a in alternatives}
                first_text = alternatives[0]
            fact.arguments.append(GoldArgument(role, values))
            fact.raw.append((role, first_text))
        facts.append(fact)
    _expand_part_of(facts)
    return facts


def _expand_part_of(facts: list[GoldFact]) -> None:
    """An occupation's place of work also matches the names of what it is part of."""
    groups = [set().union(*(a.values for a in f.arguments)) for f in facts if f.type == "ispartof"]
    for fact in facts:
        if fact.type != "occupation":
            continue
        for argument in fact.arguments:
            if argument.role == "where":
                for group in groups:
                    if argument.values & group:
                        argument.values |= group


def read_document(directory: Path, name: str) -> GoldDocument:
    base = directory / name
    text = (base.with_suffix(".txt")).read_text(encoding="utf-8")
    tokens = _tokens(base.with_suffix(".tokens"))
    by_id = {t.id: t for t in tokens}
    spans = _spans(base.with_suffix(".spans"), by_id)
    mentions = _mentions(base.with_suffix(".objects"), spans)
    entities = _entities(base.with_suffix(".coref"), {m.id: m for m in mentions}, text)
    facts_path = base.with_suffix(".facts")
    facts = (
        _facts(facts_path, {e.id: e for e in entities}, spans, text)
        if facts_path.exists()
        else None
    )
    return GoldDocument(name, text, tokens, mentions, entities, facts)


def document_names(directory: Path) -> list[str]:
    names = {p.stem for p in directory.glob("book_*.txt")}
    return sorted(names, key=lambda n: int(re.sub(r"\D", "", n) or 0))
