"""Shared fixtures: the Natasha models load once per test run; stores are SQLite files,
or fresh databases on the PostgreSQL server named by CONCORD_TEST_POSTGRES (set by
`make test` for its second pass, see scripts/ensure-postgres.sh)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest

from concord.analysis import AnalysedDocument
from concord.claim import Claim, Modality
from concord.document import Document
from concord.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


def store_paths(pipeline: Pipeline, url: str, *paths: Path) -> None:
    """Read, analyse and store files or folders into the database at `url`."""
    from concord.read import read_paths
    from concord.store.database import open_database, session_factory
    from concord.store.writer import store_document

    sessions = session_factory(open_database(url))
    documents = [d for d in read_paths([str(p) for p in paths]) if isinstance(d, Document)]
    for analysed in pipeline.analyse_many(documents):
        with sessions() as session:
            store_document(session, analysed)


POSTGRES = os.environ.get("CONCORD_TEST_POSTGRES")  # a server URL, database 'postgres'
_CREATED: list[str] = []


def new_database_url(folder: Path) -> str:
    """An empty store: a file in `folder`, or a new database on the test server."""
    if not POSTGRES:
        return f"sqlite:///{folder / f'store-{uuid.uuid4().hex[:8]}.db'}"
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"concord_test_{uuid.uuid4().hex[:12]}"
    server = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    server.dispose()
    _CREATED.append(name)
    return make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session", autouse=True)
def _drop_test_databases() -> Iterator[None]:
    yield
    if POSTGRES and _CREATED:
        from sqlalchemy import create_engine, text

        server = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
        with server.connect() as connection:
            for name in _CREATED:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return new_database_url(tmp_path)


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


class Analyse(Protocol):
    """The `analyse` fixture: a text (published on a fixed day unless told) analysed."""

    def __call__(self, text: str, published: str | None = ...) -> AnalysedDocument: ...


@pytest.fixture(scope="session")
def analyse(pipeline: Pipeline) -> Analyse:
    def run(text: str, published: str | None = "2026-02-27") -> AnalysedDocument:
        return pipeline.analyse(Document(text=text, published=published))

    return run


def owner_property_pairs(
    analyse: Analyse, text: str, held: str | None = None
) -> list[tuple[str, str]]:
    """(owner, property) of every ownership claim read from `text` that names both, in
    text order: those held now, or with `held="former"` those the text says were held once."""
    return [
        (claim.values("owner")[0], claim.values("property")[0])
        for claim in analyse(text).claims
        if claim.type == "ownership"
        and claim.values("owner")
        and claim.values("property")
        and claim.values("held") == ([held] if held else [])
    ]


def held_pair_stems(analysed: AnalysedDocument) -> set[tuple[str, str]]:
    """(owner, property) of every ownership held now as a fact, each name cut to its first
    four letters (so that a case ending does not matter)."""
    return {
        (owner[:4], owned[:4])
        for claim in analysed.claims
        if claim.type == "ownership" and claim.modality is Modality.FACT
        and not claim.values("held")
        for owner in claim.values("owner")
        for owned in claim.values("property")
    }  # fmt: skip


def former_pair_stems(analysed: AnalysedDocument) -> set[tuple[str, str]]:
    """(owner, property) of every ownership held once and no longer (held=former), names
    cut as in `held_pair_stems`."""
    return {
        (claim.values("owner")[0][:4], claim.values("property")[0][:4])
        for claim in analysed.claims
        if claim.type == "ownership" and claim.values("held") == ["former"]
        and claim.values("owner") and claim.values("property")
    }  # fmt: skip


def pair_stem_modalities(analysed: AnalysedDocument) -> dict[tuple[str, str], Modality]:
    """The modality of every (owner, property) pair, names cut as in `held_pair_stems`."""
    return {
        (owner[:4], owned[:4]): claim.modality
        for claim in analysed.claims
        if claim.type == "ownership"
        for owner in claim.values("owner")
        for owned in claim.values("property")
    }


def ownership_pairs(analyse: Analyse, text: str) -> set[tuple[str, str]]:
    """(owner, property) of every ownership claim read from `text`."""
    return set(owner_property_pairs(analyse, text))


def statements(analysed: AnalysedDocument) -> list[tuple[str, str]]:
    """(speaker, quote) of every statement claim of an analysed text."""
    return [
        (claim.values("speaker")[0], claim.values("quote")[0])
        for claim in analysed.claims
        if claim.type == "statement"
    ]


def speakers_with_starts(analysed: AnalysedDocument) -> list[tuple[str, str]]:
    """(speaker, the first 30 characters of the evidence) of every statement claim."""
    return [
        (claim.values("speaker")[0], claim.evidence.text[:30])
        for claim in analysed.claims
        if claim.type == "statement"
    ]


def speaker_reader(analyse: Analyse, published: str) -> Callable[[str], list[str]]:
    """Each statement's speaker in a text published on `published` (a module's fixture)."""

    def read(text: str) -> list[str]:
        return [speaker for speaker, _ in speakers_with_starts(analyse(text, published))]

    return read


def speaker_of(analysed: AnalysedDocument, words: str) -> list[str]:
    """The speakers of the statements whose quote holds `words`."""
    return [speaker for speaker, quote in statements(analysed) if words in quote]


def deal_sides(claims: list[Claim]) -> set[tuple[frozenset[str], str]]:
    """Each deal as its set of sides and its kind."""
    return {
        (frozenset(claim.values("participants")), claim.values("kind")[0])
        for claim in claims
        if claim.type == "deal"
    }


def one_deal_names(found: set[frozenset[str]], sides: set[str]) -> bool:
    """Whether one deal of `found` names exactly these sides (a name may be longer or
    inflected)."""
    return any(
        len(names) == len(sides) and all(any(side in name for name in names) for side in sides)
        for names in found
    )


def claims_of(analysed: AnalysedDocument, claim_type: str) -> list[Claim]:
    """The claims of one type read from an analysed text, in text order."""
    return [claim for claim in analysed.claims if claim.type == claim_type]


def initiatives_of(analysed: AnalysedDocument) -> list[Claim]:
    """The initiative claims of an analysed text."""
    return claims_of(analysed, "initiative")


def kinds_of(analysed: AnalysedDocument) -> list[str]:
    """The kind of each initiative of an analysed text, its words joined."""
    return [" ".join(claim.values("kind")) for claim in initiatives_of(analysed)]


def initiatives_in(analyse: Analyse, text: str) -> list[Claim]:
    """The initiative claims read from `text`."""
    return initiatives_of(analyse(text))


def last_sentence_initiatives(analyse: Analyse, text: str) -> list[tuple[str, Modality]]:
    """(kind, modality) of the initiatives read from the text's last sentence: a later
    stage told on its own, after the project named before it."""
    claims = initiatives_in(analyse, text)
    start = text.index(text.rstrip().rsplit(". ", 1)[-1])
    return [
        (value, claim.modality)
        for claim in claims
        if claim.evidence.start >= start
        for value in claim.values("kind")
    ]


def kinds_in(analyse: Analyse, text: str) -> list[str]:
    """The kind of each initiative read from `text`, its words joined."""
    return kinds_of(analyse(text))


def kinds_and_modalities_in(analyse: Analyse, text: str) -> list[tuple[str, Modality]]:
    """(kind, modality) of each initiative read from `text`."""
    return _kinds_and_modalities(initiatives_in(analyse, text))


def agreement_kinds_and_modalities_in(
    analyse: Analyse, text: str
) -> list[tuple[str, Modality]]:
    """(kind, modality) of each agreement read from `text`."""
    return _kinds_and_modalities(agreements_of(analyse(text)))


def _kinds_and_modalities(claims: list[Claim]) -> list[tuple[str, Modality]]:
    return [(" ".join(claim.values("kind")), claim.modality) for claim in claims]


def initiative_kinds_in(analyse: Analyse, text: str) -> list[list[str]]:
    """The kind words of each initiative read from `text`."""
    return [claim.values("kind") for claim in initiatives_in(analyse, text)]


def holds_kind(found: list[tuple[str, Modality]], kind: str, modality: Modality) -> bool:
    """Whether one of `kinds_and_modalities_in`'s pairs holds `kind` with that modality."""
    return any(kind in found_kind and found_modality == modality for found_kind, found_modality in found)


def runners_of(analysed: AnalysedDocument, stem: str) -> list[str]:
    """The organisations running the initiatives whose kind holds `stem`."""
    return [
        name
        for claim in initiatives_of(analysed)
        if stem in " ".join(claim.values("kind"))
        for name in claim.values("organisations")
    ]


def agreements_of(analysed: AnalysedDocument) -> list[Claim]:
    """The agreement claims of an analysed text."""
    return claims_of(analysed, "agreement")


def statement_speakers(analysed: AnalysedDocument) -> list[str]:
    """The speaker of each statement claim of an analysed text."""
    return [claim.values("speaker")[0] for claim in claims_of(analysed, "statement")]


def amounts_with_units(analysed: AnalysedDocument) -> list[tuple[float | None, str]]:
    """(amount, unit) of every quantity read from an analysed text."""
    return [(quantity.amount, quantity.unit) for quantity in analysed.quantities]


def json_lines(output: str) -> list[dict[str, Any]]:
    """Every line must parse on its own: that is the contract, not just the whole output."""
    return [json.loads(line) for line in output.splitlines()]


def organisation_normals(analyse: Analyse, text: str) -> set[str]:
    """The normal form of every organisation mention in `text`."""
    return {mention.normal for mention in analyse(text).mentions if mention.type == "ORG"}


def meetings_at(analyse: Analyse, text: str, sentence_start: str) -> list[tuple[set[str], str]]:
    """(sides, modality) of each meeting read from the sentence that opens with
    `sentence_start`."""
    document = analyse(text)
    start = text.index(sentence_start)
    return [
        (set(claim.values("participants")), claim.modality.value)
        for claim in document.claims
        if claim.type == "meeting" and claim.evidence.start == start
    ]


def meeting_sides_at(analyse: Analyse, text: str, sentence_start: str) -> list[set[str]]:
    """The sides of each meeting read from the sentence that opens with `sentence_start`."""
    return [sides for sides, _ in meetings_at(analyse, text, sentence_start)]
