"""The store on hand-built analysed documents: no models, so these run in a blink and
pin down what the writer and the read queries promise whatever the pipeline finds."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.schema import CreateIndex, CreateTable

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Argument, Claim, Entity, Mention, Modality, Span
from concord.document import Document
from concord.store import entities as stored_entities
from concord.store import facts as stored_facts
from concord.store import writer
from concord.store.browse import search_documents
from concord.store.database import database_url, open_database, session_factory
from concord.store.queries import (
    list_conflicts,
    list_entities,
    list_facts,
    show_document,
    summary,
    with_dates,
)
from concord.store.schema import (
    Base,
    ClaimArgumentRow,
    ClaimRow,
    ConflictRow,
    DocumentRow,
    EntityAliasRow,
    EntityRow,
    EvidenceRow,
    FactRow,
    MentionRow,
)
from concord.store.writer import store_document
from tests.conftest import new_database_url

ALL_TABLES = (
    DocumentRow,
    EntityRow,
    EntityAliasRow,
    MentionRow,
    ClaimRow,
    ClaimArgumentRow,
    EvidenceRow,
    FactRow,
)

NORTH = (
    "Монголия и Казахстан подписали меморандум\n\n"
    "В среду в Улан-Баторе министр промышленности Монголии Батбаяр Ганзориг встретился "
    "с министром промышленности Казахстана Нурланом Абдрахмановым. "
    "Стороны подписали меморандум о сотрудничестве в области добычи лития до 2031 года."
)
STEPPE = (
    "Литиевый меморандум\n\n"
    "Нурлан Абдрахманов и Батбаяр Ганзориг провели переговоры в Улан-Баторе. "
    "Монголия и Казахстан подписали меморандум о добыче лития до 2030 года."
)


class Builder:
    """Builds an AnalysedDocument the way the pipeline would, with offsets found in the text."""

    def __init__(self, text: str, **fields: Any) -> None:
        self.document = Document(text=text, **fields)
        self.analysed = AnalysedDocument(self.document)

    def span(self, part: str, after: int = 0) -> Span:
        start = self.document.text.index(part, after)
        return Span(start, start + len(part), part)

    def sentence_of(self, part: str) -> Span:
        text = self.document.text
        start = text.index(part)
        begin = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1) + 1
        end = text.find(". ", start)
        end = len(text) if end == -1 else end + 1
        while text[begin] == " ":
            begin += 1
        return Span(begin, end, text[begin:end])

    def entity(self, type: str, name: str, *forms: str) -> int:
        """The entity's index; each form is found in the text and becomes a mention."""
        index = len(self.analysed.entities)
        mentions = []
        for form in forms:
            found = self.span(form)
            mentions.append(Mention(found.start, found.end, form, type, name, index))
        self.analysed.entities.append(Entity(type, name, set(forms) | {name}, mentions))
        self.analysed.mentions.extend(mentions)
        return index

    def claim(
        self,
        type: str,
        sentence: str,
        modality: Modality = Modality.FACT,
        **roles: Sequence[str | int],
    ) -> Claim:
        """Roles map to values: a string as written, or an entity index (its first form)."""
        arguments = []
        for role, values in roles.items():
            for value in values:
                if isinstance(value, int):
                    mention = self.analysed.entities[value].mentions[0]
                    span = Span(mention.start, mention.end, mention.text)
                    arguments.append(Argument(role, mention.text, span, value))
                else:
                    arguments.append(Argument(role, value, self.span(value)))
        claim = Claim(type, arguments, self.sentence_of(sentence), modality)
        self.analysed.claims.append(claim)
        return claim

    def build(self) -> AnalysedDocument:
        evidence = sorted({(c.evidence.start, c.evidence.end) for c in self.analysed.claims})
        self.analysed.sentences = [
            Sentence(start, end, self.document.text[start:end], []) for start, end in evidence
        ]
        return self.analysed


def memorandum(report: Builder, sentence: str, parties: list[int], until: str) -> None:
    report.claim("agreement", sentence, kind=["меморандум"], parties=parties, valid_until=[until])


def north_report() -> AnalysedDocument:
    report = Builder(
        NORTH,
        title="Монголия и Казахстан подписали меморандум",
        source="severny-vestnik",
        published="2026-10-15",
        url="https://example.org/north",
    )
    ganzorig = report.entity("PER", "Батбаяр Ганзориг", "Батбаяр Ганзориг")
    abdrakhmanov = report.entity("PER", "Нурлан Абдрахманов", "Нурланом Абдрахмановым")
    city = report.entity("LOC", "Улан-Батор", "Улан-Баторе")
    mongolia = report.entity("LOC", "Монголия", "Монголия", "Монголии")
    kazakhstan = report.entity("LOC", "Казахстан", "Казахстан", "Казахстана")
    report.claim("meeting", "встретился", participants=[ganzorig, abdrakhmanov], place=[city])
    report.claim(
        "occupation",
        "министр промышленности Монголии",
        who=[ganzorig],
        position=["министр промышленности"],
        where=[mongolia],
    )
    memorandum(report, "Стороны подписали", [mongolia, kazakhstan], until="2031")
    return report.build()


def steppe_report() -> AnalysedDocument:
    report = Builder(
        STEPPE, title="Литиевый меморандум", source="stepnoy-kurier", published="2026-10-16"
    )
    abdrakhmanov = report.entity("PER", "Нурлан Абдрахманов", "Нурлан Абдрахманов")
    ganzorig = report.entity("PER", "Батбаяр Ганзориг", "Батбаяр Ганзориг")
    city = report.entity("LOC", "Улан-Батор", "Улан-Баторе")
    mongolia = report.entity("LOC", "Монголия", "Монголия")
    kazakhstan = report.entity("LOC", "Казахстан", "Казахстан")
    report.claim(
        "meeting", "провели переговоры", participants=[abdrakhmanov, ganzorig], place=[city]
    )
    memorandum(report, "подписали меморандум о добыче", [mongolia, kazakhstan], until="2030")
    return report.build()


def echo_report(number: int) -> AnalysedDocument:
    """One more outlet retelling the steppe report's memorandum."""
    report = Builder(
        STEPPE.replace("переговоры", f"переговоры №{number}"),
        source=f"echo-{number}",
        published=f"2026-10-{17 + number}",
    )
    mongolia = report.entity("LOC", "Монголия", "Монголия")
    kazakhstan = report.entity("LOC", "Казахстан", "Казахстан")
    memorandum(report, "подписали меморандум о добыче", [mongolia, kazakhstan], until="2030")
    return report.build()


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    return session_factory(open_database(new_database_url(tmp_path)))


def counts(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as session:
        found = {
            table.__tablename__: session.scalar(select(func.count()).select_from(table)) or 0
            for table in ALL_TABLES
        }
        if session.get_bind().dialect.name == "sqlite":  # PostgreSQL indexes the documents table
            found["documents_fts"] = session.scalar(text("SELECT count(*) FROM documents_fts")) or 0
    return found


def read(sessions: sessionmaker[Session], query: Callable[[Session], Any]) -> Any:
    with sessions() as session:
        return query(session)


def test_round_trip_keeps_document_mentions_claims_and_evidence(
    sessions: sessionmaker[Session],
) -> None:
    analysed = north_report()
    with sessions() as session:
        assert store_document(session, analysed) is True
    with sessions() as session:
        row = session.get(DocumentRow, analysed.document.id)
        assert row is not None
        assert (row.title, row.source, row.published, row.url, row.text) == (
            analysed.document.title,
            "severny-vestnik",
            "2026-10-15",
            "https://example.org/north",
            NORTH,
        )
        assert row.ingested_at is not None
        mentions = session.scalars(select(MentionRow).order_by(MentionRow.start)).all()
        assert len(mentions) == len(analysed.mentions)
        for mention in mentions:
            assert NORTH[mention.start : mention.end] == mention.text
        claims = session.scalars(select(ClaimRow).order_by(ClaimRow.id)).all()
        assert [c.type for c in claims] == ["meeting", "occupation", "agreement"]
        for claim, source in zip(claims, analysed.claims, strict=True):
            assert (claim.sentence_start, claim.sentence_end) == (
                source.evidence.start,
                source.evidence.end,
            )
        arguments = session.scalars(
            select(ClaimArgumentRow).order_by(ClaimArgumentRow.claim_id, ClaimArgumentRow.position)
        ).all()
        assert sum(len(c.arguments) for c in analysed.claims) == len(arguments)
        linked = [a for a in arguments if a.entity_id is not None]
        assert {a.value for a in linked} >= {"Нурланом Абдрахмановым", "Улан-Баторе"}
        evidence = session.scalars(select(EvidenceRow)).all()
        assert all(NORTH[e.start : e.end] == e.text for e in evidence)
    with sessions() as session:  # findable by full-text search on either database
        found = search_documents(session, "меморандум лития")
    assert [document["id"] for document in found] == [analysed.document.id]


def test_storing_the_same_text_again_is_a_no_op(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        assert store_document(session, north_report()) is True
    before = counts(sessions)
    retitled = north_report()
    retitled.document = Document(text=NORTH.replace(" ", "  "), title="Другой заголовок")
    assert retitled.document.id == north_report().document.id  # same text, re-wrapped
    for again in (north_report(), retitled):
        with sessions() as session:
            assert store_document(session, again) is False
    assert counts(sessions) == before


def test_a_failure_mid_write_leaves_nothing_of_that_document(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_: object, **__: object) -> None:
        raise RuntimeError("disk gone")

    # Entities, mentions, claims and their arguments are flushed by now; evidence is not.
    monkeypatch.setattr(writer, "consolidate_claims", fail)
    with sessions() as session, pytest.raises(RuntimeError, match="disk gone"):
        store_document(session, north_report())
    assert set(counts(sessions).values()) == {0}
    monkeypatch.undo()
    with sessions() as session:
        assert store_document(session, north_report()) is True  # nothing half-stored blocks it


def test_a_batch_stores_what_one_by_one_stores(tmp_path: Path) -> None:
    """One transaction for several documents: same rows, facts and conflicts; a text
    stored already or repeated within the batch is stored once."""
    (tmp_path / "one").mkdir()
    (tmp_path / "batch").mkdir()
    one_by_one = session_factory(open_database(new_database_url(tmp_path / "one")))
    for analysed in (north_report(), steppe_report()):
        with one_by_one() as session:
            store_document(session, analysed)
    batched = session_factory(open_database(new_database_url(tmp_path / "batch")))
    with batched() as session:
        assert writer.store_documents(session, [north_report()]) == [True]
    with batched() as session:
        stored = writer.store_documents(session, [north_report(), steppe_report(), steppe_report()])
    assert stored == [False, True, False]
    assert counts(batched) == counts(one_by_one)
    for query in (list_facts, list_conflicts, lambda session: list_entities(session, None)):
        assert read(batched, query) == read(one_by_one, query)


def test_a_batch_that_fails_writes_nothing(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(sessions)
    monkeypatch.setattr(writer, "consolidate_claims", lambda *_: 1 / 0)  # after every insert
    with sessions() as session, pytest.raises(ZeroDivisionError):
        writer.store_documents(session, [north_report(), steppe_report()])
    assert counts(sessions) == before


def test_a_failure_in_the_second_document_keeps_the_first(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    with sessions() as session:
        store_document(session, north_report())
    before = counts(sessions)
    monkeypatch.setattr(writer, "consolidate_claims", lambda *_: 1 / 0)  # after every insert
    with sessions() as session, pytest.raises(ZeroDivisionError):
        store_document(session, steppe_report())
    assert counts(sessions) == before


def test_entities_are_shared_across_documents(sessions: sessionmaker[Session]) -> None:
    for analysed in (north_report(), steppe_report()):
        with sessions() as session:
            assert store_document(session, analysed) is True
    people = read(sessions, lambda session: list_entities(session, "PER"))
    assert [p["name"] for p in people] == ["Батбаяр Ганзориг", "Нурлан Абдрахманов"]
    abdrakhmanov = people[1]
    assert (abdrakhmanov["documents"], abdrakhmanov["mentions"]) == (2, 2)
    assert abdrakhmanov["aliases"] == ["Нурланом Абдрахмановым"]
    assert set(abdrakhmanov) == {"id", "type", "name", "aliases", "mentions", "documents", "merged"}
    assert abdrakhmanov["merged"] == []  # nothing merged into him
    places = read(sessions, lambda session: list_entities(session, "LOC"))
    assert {p["name"]: p["documents"] for p in places} == {
        "Улан-Батор": 2,
        "Монголия": 2,
        "Казахстан": 2,
    }


def test_entity_identity_ignores_case_yo_and_punctuation(sessions: sessionmaker[Session]) -> None:
    first = Builder("Посол Артём Ковалёв прибыл в Улан-Батор.")
    first.entity("PER", "Артём Ковалёв", "Артём Ковалёв")
    second = Builder("АРТЕМ КОВАЛЕВ, посол, провел встречу.")
    second.entity("PER", "АРТЕМ КОВАЛЕВ,", "АРТЕМ КОВАЛЕВ")
    for builder in (first, second):
        with sessions() as session:
            store_document(session, builder.build())
    with sessions() as session:
        rows = session.scalars(select(EntityRow)).all()
        assert [(row.type, row.key) for row in rows] == [("PER", "артем ковалев")]


def test_people_sharing_a_surname_stay_apart_across_documents(
    sessions: sessionmaker[Session],
) -> None:
    """A person first named by surname alone takes the full name when it comes, and a
    namesake with another first name does not merge into them through the bare alias."""
    reports = [
        ("Посол Ковалёв прибыл в Улан-Батор.", "Ковалёв", "Ковалёв"),
        ("Артёма Ковалёва встретили в аэропорту.", "Артёма Ковалёва", "Артём Ковалёв"),
        ("Глеб Ковалёв, министр, провёл встречу.", "Глеб Ковалёв", "Глеб Ковалёв"),
        ("Ковалёв заявил о переговорах.", "Ковалёв", "Ковалёв"),
        ("Министр Г. Ковалёв подписал соглашение.", "Г. Ковалёв", "Г. Ковалёв"),
    ]
    for sentence, written, normal in reports:
        builder = Builder(sentence)
        builder.entity("PER", normal, written)
        with sessions() as session:
            store_document(session, builder.build())
    people = read(sessions, lambda session: list_entities(session, "PER"))
    assert sorted((p["name"], p["documents"]) for p in people) == [
        ("Артём Ковалёв", 3),
        ("Глеб Ковалёв", 2),
    ]


def _scanned_table(plan_detail: str, tables: set[str]) -> str | None:
    """The table a SQLite plan step reads from start to end, if it does ("SCAN entities",
    also "... USING COVERING INDEX"): not a subquery's rows, nor a list of constants."""
    words = plan_detail.split()
    if len(words) > 1 and words[0] == "SCAN" and words[1] in tables:
        return words[1]
    return None


def test_the_writer_searches_indexes_and_never_scans_a_table(tmp_path: Path) -> None:
    """Every statement that stores a document reaches its rows through an index, so a
    document costs the same to store in a store of millions of rows as in an empty one.
    SQLite's plans do not depend on table sizes (no ANALYZE), so a small store shows
    what a large one would do; a row-value `(type, key) IN (...)` once scanned all
    entities on every document."""
    engine = open_database(f"sqlite:///{tmp_path / 'plans.db'}")
    statements: dict[str, Any] = {}

    @event.listens_for(engine, "before_cursor_execute")
    def remember(*arguments: Any) -> None:
        _, _, statement, parameters, _, executemany = arguments
        if not executemany:
            statements.setdefault(statement, parameters)

    sessions = session_factory(engine)
    for analysed in (north_report(), steppe_report(), echo_report(1), echo_report(2)):
        with sessions() as session:
            store_document(session, analysed)
    event.remove(engine, "before_cursor_execute", remember)
    tables = set(Base.metadata.tables)
    scans = []
    with engine.connect() as connection:
        for statement, parameters in statements.items():
            if statement.split()[0].upper() not in {"SELECT", "UPDATE", "DELETE", "INSERT"}:
                continue
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            for *_, detail in plan:
                table = _scanned_table(detail, tables)
                if table:
                    scans.append((table, " ".join(statement.split())[:200]))
    assert len(statements) > 20  # documents, entities, mentions, claims, facts, conflicts
    assert scans == []


def test_an_entity_inserted_meanwhile_by_another_writer_is_reused(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes can both find no entity and both insert it; the loser's insert skips
    the duplicate (type, key) and takes the winner's row, losing nothing else."""
    with sessions() as session:
        store_document(session, north_report())
    # The matcher's first look (exact keys, then blocks) sees none of the stored entities;
    # the lookup after its own insert sees them all.
    by_key, in_blocks = stored_entities.SqlEntities.by_key, stored_entities.SqlEntities.in_blocks
    looked: set[str] = set()

    def first_look_blind(name: str, real: Any) -> Any:
        def look(self: stored_entities.SqlEntities, wanted: Any) -> Any:
            if name not in looked:
                looked.add(name)
                return {}
            return real(self, wanted)

        return look

    monkeypatch.setattr(stored_entities.SqlEntities, "by_key", first_look_blind("key", by_key))
    monkeypatch.setattr(
        stored_entities.SqlEntities, "in_blocks", first_look_blind("block", in_blocks)
    )
    with sessions() as session:
        assert store_document(session, steppe_report()) is True
    found = counts(sessions)
    assert found["entities"] == 5
    assert found["documents"] == 2
    assert found["mentions"] == len(north_report().mentions) + len(steppe_report().mentions)


def test_a_document_stored_meanwhile_by_another_writer_counts_as_known(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session:
        store_document(session, north_report())
    before = counts(sessions)
    # No check before the write: the document's insert, skipping a stored id, is the check.
    with sessions() as session:
        assert store_document(session, north_report()) is False
    assert counts(sessions) == before


def test_facts_have_exactly_the_contract_shape(sessions: sessionmaker[Session]) -> None:
    for analysed in (north_report(), steppe_report()):
        with sessions() as session:
            store_document(session, analysed)
    facts = read(sessions, list_facts)
    assert facts
    for fact in facts:
        assert set(fact) == {"id", "type", "modality", "args", "sources", "conflicts", "links"}
        assert isinstance(fact["id"], int) and fact["modality"] in {"fact", "planned", "negated"}
        for role, values in fact["args"].items():
            assert isinstance(role, str) and all(isinstance(value, str) for value in values)
        for source in fact["sources"]:
            assert set(source) == {
                "doc", "outlet", "url", "published", "language", "title", "start", "end", "text",
            }  # fmt: skip
            stored = north_report() if source["doc"] == north_report().document.id else None
            stored = stored or steppe_report()
            assert stored.document.text[source["start"] : source["end"]] == source["text"]
            document = stored.document
            assert (source["title"], source["outlet"], source["url"]) == (
                document.title,
                document.source,
                document.url,
            )
            assert (source["published"], source["language"]) == (
                document.published,
                document.language,
            )
        assert json.loads(json.dumps(fact, ensure_ascii=False)) == fact
    meeting = next(fact for fact in facts if fact["type"] == "meeting")
    # Entities by canonical name, not as written ("Нурланом Абдрахмановым").
    assert sorted(meeting["args"]["participants"]) == ["Батбаяр Ганзориг", "Нурлан Абдрахманов"]
    assert len(meeting["sources"]) == 2
    agreement = next(fact for fact in facts if fact["type"] == "agreement")
    without_title = agreement["sources"]
    assert agreement["conflicts"] == [
        {
            "role": "valid_until",
            "status": "open",
            "values": [
                {"value": "2031", "sources": [without_title[0]]},
                {"value": "2030", "sources": [without_title[1]]},
            ],
        }
    ]
    only = read(sessions, lambda session: list_facts(session, type="occupation"))
    assert [fact["type"] for fact in only] == ["occupation"]


def test_show_document_lists_its_own_claims_and_evidence(sessions: sessionmaker[Session]) -> None:
    north, steppe = north_report(), steppe_report()
    for analysed in (north, steppe):
        with sessions() as session:
            store_document(session, analysed)
    shown = read(sessions, lambda session: show_document(session, steppe.document.id[:6]))
    assert shown is not None
    assert (shown["title"], shown["source"], shown["published"]) == (
        "Литиевый меморандум",
        "stepnoy-kurier",
        "2026-10-16",
    )
    assert [claim["type"] for claim in shown["claims"]] == ["meeting", "agreement"]
    for claim in shown["claims"]:
        assert claim["fact"] is not None
        assert [e["text"] for e in claim["evidence"]] == [
            STEPPE[e["start"] : e["end"]] for e in claim["evidence"]
        ]
    assert shown["claims"][1]["args"]["valid_until"] == ["2030"]
    assert read(sessions, lambda session: show_document(session, "")) is None
    assert read(sessions, lambda session: show_document(session, "no-such-id")) is None
    assert read(sessions, lambda session: show_document(session, "%")) is None


def test_summary_counts_facts_per_type_and_conflicts(sessions: sessionmaker[Session]) -> None:
    assert read(sessions, summary)["documents"] == 0
    for analysed in (north_report(), steppe_report()):
        with sessions() as session:
            store_document(session, analysed)
    counted = read(sessions, summary)
    assert counted["documents"] == 2
    assert counted["entities"] == 5
    assert counted["facts"] == {"meeting": 1, "occupation": 1, "agreement": 1}
    assert counted["claims"] == {"meeting": 2, "occupation": 1, "agreement": 2}
    assert counted["conflicts"] == 1
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(ConflictRow)) == 1


def test_database_url_comes_from_argument_then_environment_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONCORD_DB", raising=False)
    assert database_url(None) == "sqlite:///concord.db"
    monkeypatch.setenv("CONCORD_DB", f"sqlite:///{tmp_path / 'env.db'}")
    assert database_url(None).endswith("env.db")
    assert database_url("sqlite:///given.db") == "sqlite:///given.db"
    engine = open_database(None)
    assert (tmp_path / "env.db").exists()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    open_database(None)  # opening an existing store again changes nothing


def _all_ddl() -> Iterator[str]:
    dialect = postgresql.dialect()
    for table in Base.metadata.sorted_tables:
        yield str(CreateTable(table).compile(dialect=dialect))
        for index in table.indexes:
            yield str(CreateIndex(index).compile(dialect=dialect))


def test_schema_compiles_for_postgresql_with_bounded_keys() -> None:
    ddl = "\n".join(_all_ddl())
    assert "documents" in ddl and "VARCHAR(32)" in ddl
    for table in Base.metadata.sorted_tables:
        keyed = {column.name for column in table.primary_key.columns}
        for index in table.indexes:
            keyed |= {column.name for column in index.columns}
        for constraint in table.constraints:
            keyed |= {column.name for column in getattr(constraint, "columns", [])}
        for column in table.columns:
            if column.name in keyed and column.type.python_type is str:
                assert getattr(column.type, "length", None), f"{table.name}.{column.name}"


def test_foreign_keys_are_indexed() -> None:
    for table in Base.metadata.sorted_tables:
        indexed = {next(iter(index.columns)).name for index in table.indexes}
        indexed.add(next(iter(table.primary_key.columns)).name)
        for key in table.foreign_keys:
            assert key.parent.name in indexed, f"{table.name}.{key.parent.name}"
    claims = Base.metadata.tables["claims"]
    assert any(next(iter(index.columns)).name == "type" for index in claims.indexes)


def test_a_recorded_conflict_outlives_many_later_agreeing_reports(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Conflicts are re-read from a fact's latest claims only; the side recorded earlier
    must stay although newer reports all give the other value."""
    monkeypatch.setattr(stored_facts, "CONFLICT_WINDOW", 2)
    for analysed in (north_report(), steppe_report(), echo_report(1), echo_report(2), echo_report(3)):
        with sessions() as session:
            store_document(session, analysed)
    (conflict,) = read(sessions, list_conflicts)
    assert conflict["role"] == "valid_until"
    assert {side["value"] for side in conflict["values"]} == {"2031", "2030"}


def test_fact_lists_show_first_sources_but_merge_every_value(
    sessions: sessionmaker[Session],
) -> None:
    """Pages of facts list a few sources per fact; the arguments, modality, conflicts and
    date must be those of the whole fact all the same."""
    reports = [echo_report(1), north_report(), steppe_report(), echo_report(2)]
    for analysed in reports:
        with sessions() as session:
            store_document(session, analysed)
    full = read(sessions, lambda session: with_dates(session, list_facts(session)))
    short = read(
        sessions, lambda session: with_dates(session, list_facts(session, sources_per_fact=1))
    )
    assert [fact["id"] for fact in short] == [fact["id"] for fact in full]
    for whole, listed in zip(full, short, strict=True):
        for field in ("type", "modality", "args", "conflicts", "date"):
            assert listed[field] == whole[field]
        assert listed["sources"] == whole["sources"][:1]
        assert listed["source_count"] == len(whole["sources"])
    memorandum_fact = next(fact for fact in short if fact["type"] == "agreement")
    assert memorandum_fact["source_count"] == 4
    assert memorandum_fact["args"]["valid_until"] == ["2030", "2031"]
    assert memorandum_fact["date"] == "2026-10-15"  # the earliest report, though not listed
