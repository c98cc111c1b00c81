"""The claim-type registry: specs are checked, claims are validated against them, and a
new type is one spec away from being extracted and consolidated."""

from __future__ import annotations

import pytest

from concord.analysis import AnalysedDocument
from concord.claim import Argument, Claim, Span
from concord.claimtype import ClaimType, ClaimTypes, Role, ValueKind
from concord.claimtypes import CLAIM_TYPES
from concord.document import Document
from concord.extract import extract_claims
from concord.extract.sentence_view import SentenceView
from concord.fact import ClaimRecord, Fact, Value
from concord.pipeline import Pipeline
from concord.resolve.consolidation import MemoryFacts, consolidate
from concord.resolve.sameness import entity_keys, role_agrees


def test_every_type_names_only_its_own_roles() -> None:
    assert list(CLAIM_TYPES) == [
        "occupation", "meeting", "deal", "ownership",
        "agreement", "initiative", "statement", "figure",
    ]  # fmt: skip
    for spec in CLAIM_TYPES.values():
        assert spec.sentence_extractors or spec.document_extractors, spec.name
        assert set(spec.labels) == {"ru", "en"}
        assert all(set(role.labels) == {"ru", "en"} for role in spec.roles), spec.name


def test_a_spec_naming_a_role_it_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown roles"):
        ClaimType(
            name="visit",
            labels={"en": "visit"},
            roles=(Role("guest", ValueKind.ENTITY, {"en": "guest"}),),
            keys=entity_keys("guest"),
            same=lambda fact, claim: True,
            conflict_roles=("host",),
        )


def test_a_type_registered_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        ClaimTypes([CLAIM_TYPES["meeting"], CLAIM_TYPES["meeting"]])


def test_an_unknown_type_or_role_is_an_error() -> None:
    evidence = Span(0, 10, "0123456789")
    with pytest.raises(KeyError, match="unknown claim type 'visit'"):
        CLAIM_TYPES.validate(Claim("visit", [], evidence))
    misspelt = Claim("meeting", [Argument("participant", "Анна Смирнова")], evidence)
    with pytest.raises(ValueError, match="unknown role 'participant'"):
        CLAIM_TYPES.validate(misspelt)
    CLAIM_TYPES.validate(Claim("meeting", [Argument("participants", "Анна Смирнова")], evidence))


# --- adding a claim type: the walkthrough in docs/architecture.md, as a test -------------


def extract_visits(view: SentenceView) -> list[Claim]:
    """ "X посетил Y": the person visits the first place named after the verb."""
    claims = []
    for index, token in enumerate(view.tokens):
        if token.lemma != "посетить":
            continue
        people = [m for m in view.mentions if m.type == "PER" and m.end <= token.start]
        places = [m for m in view.mentions if m.type in {"LOC", "LOCORG"} and m.start >= token.end]
        if people and places:
            arguments = [
                view.entity_argument("guest", people[-1]),
                view.entity_argument("place", places[0]),
            ]
            claims.append(view.claim("visit", arguments, view.modality(index)))
    return claims


def same_visit(fact: Fact, claim: ClaimRecord) -> bool:
    return bool(fact.entities("guest") & claim.entities("guest")) and role_agrees(
        fact, claim, "place"
    )


VISIT = ClaimType(
    name="visit",
    labels={"ru": "визит", "en": "visit"},
    roles=(
        Role("guest", ValueKind.ENTITY, {"ru": "гость", "en": "guest"}),
        Role("place", ValueKind.ENTITY, {"ru": "куда", "en": "place"}),
    ),
    keys=entity_keys("guest"),
    same=same_visit,
    sentence_extractors={"ru": extract_visits},
    conflict_roles=("place",),
    summary_roles=("guest",),
)


def test_a_new_type_is_one_spec(pipeline: Pipeline) -> None:
    types = ClaimTypes([*CLAIM_TYPES.values(), VISIT])
    analysed: AnalysedDocument = pipeline.analyse(
        Document(text="В среду министр Анна Смирнова посетила Ташкент.", published="2026-03-05")
    )
    visits = [c for c in extract_claims(analysed, types) if c.type == "visit"]
    assert [c.args() for c in visits] == [{"guest": ["Анна Смирнова"], "place": ["Ташкент"]}]

    def record(claim_id: int, place: str, entity: int) -> ClaimRecord:
        args = {"guest": [Value("Анна Смирнова", 1, "PER")], "place": [Value(place, entity, "LOC")]}
        return ClaimRecord(claim_id, "visit", f"d{claim_id}", "2026-03-05", args)

    facts = MemoryFacts()
    consolidate(facts, [record(1, "Ташкент", 2), record(2, "Самарканд", 3)], types)
    assert len(facts.facts) == 2  # another place is another visit: sameness said so
    assert facts.all_conflicts() == []
