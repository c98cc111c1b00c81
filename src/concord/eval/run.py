"""Concord's own analysis turned into FactRuEval-2016 responses (tracks 1 and 3)."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Claim

TRACK1_TAGS = {"PER": "per", "ORG": "org", "LOC": "loc", "LOCORG": "locorg"}

# Concord claim type → (FactRuEval fact type, {Concord role: FactRuEval role})
TRACK3_TYPES: dict[str, tuple[str, dict[str, str]]] = {
    "occupation": ("Occupation", {"who": "Who", "position": "Position", "where": "Where"}),
    "meeting": ("Meeting", {"participants": "Participant"}),
    "deal": ("Deal", {"participants": "Participant", "kind": "Type"}),
    "ownership": ("Ownership", {"owner": "Owner", "property": "Property"}),
}


def task1_mentions(analysed: AnalysedDocument) -> list[tuple[str, int, int]]:
    """(tag, start, end) for every named-entity mention."""
    return [
        (TRACK1_TAGS[mention.type], mention.start, mention.end)
        for mention in analysed.mentions
        if mention.type in TRACK1_TAGS
    ]


def _value(claim: Claim, index: int) -> str:
    """Entities by their document-level name; other values as the text wrote them."""
    argument = claim.arguments[index]
    if argument.entity is None and argument.span is not None:
        return " ".join(argument.span.text.split())
    return argument.value


def task3_facts(analysed: AnalysedDocument) -> list[tuple[str, list[tuple[str, str]]]]:
    facts: list[tuple[str, list[tuple[str, str]]]] = []
    for claim in analysed.claims:
        if claim.type not in TRACK3_TYPES or claim.modality.value == "negated":
            continue
        fact_type, roles = TRACK3_TYPES[claim.type]
        arguments = [
            (roles[argument.role], _value(claim, index))
            for index, argument in enumerate(claim.arguments)
            if argument.role in roles
        ]
        if arguments and (fact_type, arguments) not in facts:
            facts.append((fact_type, arguments))
    return facts
