"""Stores survive upgrades: a store the last release made is refused until `concord db upgrade`,
which keeps every row; revision 0001 is exactly the release's schema, and the migrations
build exactly the schema a new store gets. On SQLite, and on PostgreSQL in its pass."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner, Result

from concord.cli import app
from concord.knowledge.entity_keys import entity_block
from concord.pipeline import Pipeline
from concord.store.browse import search_documents
from concord.store.database import (
    database_revision,
    open_database,
    session_factory,
    upgrade_database,
)
from concord.store.migrate import (
    HEAD_REVISION,
    VERSION_TABLE,
    StoreSchemaError,
    alembic_config,
    ignore_full_text_structures,
    scripts,
)
from concord.store.schema import Base
from concord.store.search import indexed_row
from tests.conftest import SEEDS, SHARED, json_lines, new_database_url, store_paths

RELEASE = "8010cc2"  # the last release; its stores have no version table
REPOSITORY = Path(__file__).resolve().parents[1]
DEVSET = SHARED / "factrueval2016" / "devset"

runner = CliRunner()


def invoke(*arguments: str) -> Result:
    return runner.invoke(app, list(arguments), catch_exceptions=False)


def shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


@dataclass
class ReleaseStore:
    """A store the release's own code filled, and what the release read from it."""

    url: str
    schema: dict[str, Any]
    rows: dict[str, list[tuple[Any, ...]]]
    facts: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]


def release_source(folder: Path) -> Path:
    """The release's src/ from git history; without that history this is a failure, since
    the upgrade from a real release store would otherwise go untested."""
    archive = subprocess.run(
        ["git", "-C", str(REPOSITORY), "archive", RELEASE, "src"], capture_output=True, check=False
    )
    if archive.returncode != 0:
        pytest.fail(
            f"cannot extract release {RELEASE} from the git history of {REPOSITORY} "
            f"(needed to build a release store): {archive.stderr.decode().strip()}"
        )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as extracted:
        extracted.extractall(folder, filter="data")
    return folder / "src"


def run_release(source: Path, folder: Path, *arguments: str) -> str:
    """The release's command line in a subprocess, importing only the release's code."""
    environment = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "CONCORD_DB"}}
    done = subprocess.run(
        [sys.executable, "-m", "concord.cli", *arguments],
        env={**environment, "PYTHONPATH": str(source)},
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"release {arguments[0]} failed:\n{done.stderr}"
    return done.stdout


def describe_schema(url: str, with_statements: bool = True) -> dict[str, Any]:
    """What the database says it holds: tables, columns, keys, constraints and indexes, and
    the full-text structures; `with_statements` adds SQLite's stored CREATE statements
    (column order included). The version table is left out: release stores have none."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            tables = inspect(connection)
            described: dict[str, Any] = {}
            for table in sorted(set(tables.get_table_names()) - {VERSION_TABLE}):
                described[table] = {
                    "columns": {
                        column["name"]: (
                            repr(column["type"]),
                            column["nullable"],
                            column.get("default"),
                        )
                        for column in tables.get_columns(table)
                    },
                    "primary key": tables.get_pk_constraint(table)["constrained_columns"],
                    "foreign keys": sorted(
                        (
                            tuple(key["constrained_columns"]),
                            key["referred_table"],
                            tuple(key["referred_columns"]),
                            key["options"].get("ondelete"),
                        )
                        for key in tables.get_foreign_keys(table)
                    ),
                    "unique": sorted(
                        (unique["name"], tuple(unique["column_names"]))
                        for unique in tables.get_unique_constraints(table)
                    ),
                    "indexes": sorted(
                        (
                            index["name"],
                            repr(index.get("expressions") or index["column_names"]),
                            bool(index["unique"]),
                        )
                        for index in tables.get_indexes(table)
                    ),
                }
            if connection.dialect.name == "sqlite":
                statements = connection.exec_driver_sql(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name != ?",
                    (VERSION_TABLE,),
                )
                described["sqlite_master"] = sorted(
                    (kind, name, table, " ".join((sql or "").split()) if with_statements else "")
                    for kind, name, table, sql in statements
                )
            if connection.dialect.name == "postgresql":
                described["pg_indexes"] = sorted(
                    connection.execute(
                        text(
                            "SELECT indexname, indexdef FROM pg_indexes "
                            "WHERE schemaname = current_schema() AND tablename != :version"
                        ),
                        {"version": VERSION_TABLE},
                    ).all()
                )
            return described
    finally:
        engine.dispose()


def without_statements(schema: dict[str, Any]) -> dict[str, Any]:
    """The description as describe_schema(with_statements=False) gives it."""
    if "sqlite_master" not in schema:
        return schema
    entries = [(kind, name, table, "") for kind, name, table, _ in schema["sqlite_master"]]
    return {**schema, "sqlite_master": sorted(entries)}


def read_rows(url: str, columns_of: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables (and columns) described in `columns_of`, in a fixed order."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows: dict[str, list[tuple[Any, ...]]] = {}
            for table, described in columns_of.items():
                if not isinstance(described, dict) or table.startswith("documents_fts_"):
                    continue  # FTS5's own shadow tables, or the non-table entries
                names = ", ".join(f'"{name}"' for name in described["columns"])
                found = connection.exec_driver_sql(f'SELECT {names} FROM "{table}"').all()
                rows[table] = [tuple(row) for row in sorted(found, key=repr)]
            return rows
    finally:
        engine.dispose()


def with_blocks_recomputed(
    rows: dict[str, list[tuple[Any, ...]]], columns_of: dict[str, Any]
) -> dict[str, list[tuple[Any, ...]]]:
    """The rows revisions 0006 and 0008 leave: every row kept, each entity's block
    recomputed from its type and name by today's blocking, and SQLite's full-text table
    holding each document's dictionary forms."""
    columns = list(columns_of["entities"]["columns"])
    type_, name, block = (columns.index(column) for column in ("type", "name", "block"))
    entities = []
    for row in rows["entities"]:
        changed = list(row)
        changed[block] = entity_block(row[type_], row[name])[:300]
        entities.append(tuple(changed))
    changed_rows = {**rows, "entities": sorted(entities, key=repr)}
    if "documents_fts" in rows:
        lemmatised = [tuple(indexed_row(*row).values()) for row in rows["documents_fts"]]
        changed_rows["documents_fts"] = sorted(lemmatised, key=repr)
    return changed_rows


def differences_from_metadata(url: str) -> list[Any]:
    """Alembic autogenerate's view: what a migration would have to change to reach schema.py."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_name": ignore_full_text_structures}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def facts_projection(facts: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What a fact listing says, without its presentation (which later versions may change)."""
    return sorted(
        (
            fact["id"],
            fact["type"],
            json.dumps(fact["args"], ensure_ascii=False, sort_keys=True),
            sorted((source["doc"], source["start"], source["end"]) for source in fact["sources"]),
        )
        for fact in facts
    )


def conflicts_projection(conflicts: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted(
        (conflict["fact"], conflict["role"], sorted(side["value"] for side in conflict["values"]))
        for conflict in conflicts
    )


@pytest.fixture(scope="module")
def release_store(tmp_path_factory: pytest.TempPathFactory) -> ReleaseStore:
    """The two seeds and three devset texts ingested by the release, read back by it."""
    folder = tmp_path_factory.mktemp("release")
    source = release_source(folder)
    url = new_database_url(folder)
    inputs = [str(path) for path in sorted(SEEDS.glob("*.txt"))]
    inputs += [str(path) for path in sorted(DEVSET.glob("book_*.txt"))[:3]]
    run_release(source, folder, "ingest", "--db", url, *inputs)
    schema = describe_schema(url)
    return ReleaseStore(
        url=url,
        schema=schema,
        rows=read_rows(url, schema),
        facts=json_lines(run_release(source, folder, "facts", "--json", "--db", url)),
        conflicts=json_lines(run_release(source, folder, "conflicts", "--json", "--db", url)),
    )


@pytest.fixture(autouse=True)
def no_ambient_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("CONCORD_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    yield


def test_head_constant_is_the_newest_migration() -> None:
    assert scripts().get_current_head() == HEAD_REVISION


def test_release_store_is_refused_then_upgraded_with_every_row_kept(
    release_store: ReleaseStore, pipeline: Pipeline
) -> None:
    url = release_store.url
    assert "status" not in release_store.schema["documents"]["columns"]  # the release made it
    assert release_store.facts and release_store.conflicts  # something to keep
    expected = (
        f"error: store {shown(url)} is at schema 0001, this Concord needs {HEAD_REVISION}: "
        f"run `concord db upgrade --db {shown(url)}`"
    )
    with pytest.raises(StoreSchemaError):
        open_database(url)
    refused = invoke("facts", "--json", "--db", url)
    assert (refused.exit_code, refused.stdout) == (1, "")
    assert refused.stderr.splitlines() == [expected]
    assert invoke("db", "current", "--db", url).stdout.startswith("schema 0001 (")

    upgraded = invoke("db", "upgrade", "--db", url)
    assert upgraded.exit_code == 0
    assert upgraded.stdout.strip() == f"schema 0001 -> {HEAD_REVISION}"
    assert database_revision(url) == HEAD_REVISION
    assert invoke("db", "upgrade", "--db", url).stdout.strip().endswith("already current")

    assert read_rows(url, release_store.schema) == with_blocks_recomputed(
        release_store.rows, release_store.schema
    )
    facts = json_lines(invoke("facts", "--json", "--db", url).stdout)
    assert facts_projection(facts) == facts_projection(release_store.facts)
    conflicts = json_lines(invoke("conflicts", "--json", "--db", url).stdout)
    assert conflicts_projection(conflicts) == conflicts_projection(release_store.conflicts)
    sessions = session_factory(open_database(url))
    with sessions() as session:
        statuses = session.execute(text("SELECT DISTINCT status FROM documents")).scalars()
        assert list(statuses) == ["analysed"]
        # the release's full-text structures still find its documents
        titled = session.execute(
            text("SELECT title, id FROM documents WHERE title != '' ORDER BY id")
        ).first()
        assert titled is not None
        title, identifier = titled
        word = max(title.split(), key=len)
        assert identifier in {found["id"] for found in search_documents(session, word)}

    before = len(release_store.rows["documents"])
    store_paths(pipeline, url, sorted(DEVSET.glob("book_*.txt"))[3])
    with sessions() as session:
        assert session.execute(text("SELECT count(*) FROM documents")).scalar() == before + 1
    assert differences_from_metadata(url) == []


def test_revision_0001_is_exactly_the_release_schema(
    release_store: ReleaseStore, tmp_path: Path
) -> None:
    url = new_database_url(tmp_path)
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    assert describe_schema(url) == release_store.schema


def test_new_store_is_at_head_with_the_schema_of_the_metadata(tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    open_database(url).dispose()
    assert database_revision(url) == HEAD_REVISION
    assert differences_from_metadata(url) == []
    assert (
        invoke("db", "current", "--db", url).stdout.strip() == f"schema {HEAD_REVISION} (current)"
    )


def test_migrations_build_what_a_new_store_gets(tmp_path: Path) -> None:
    created = new_database_url(tmp_path)
    open_database(created).dispose()
    migrated = new_database_url(tmp_path)
    assert upgrade_database(migrated) == (None, HEAD_REVISION)
    assert database_revision(migrated) == HEAD_REVISION
    assert differences_from_metadata(migrated) == []
    # an added column goes last in SQLite's stored statement; all else is the same
    assert describe_schema(migrated, with_statements=False) == describe_schema(
        created, with_statements=False
    )
    open_database(migrated).dispose()  # and it opens for normal use


def test_downgrade_to_0001_gives_back_the_release_schema(
    release_store: ReleaseStore, tmp_path: Path
) -> None:
    url = new_database_url(tmp_path)
    upgrade_database(url)
    engine = create_engine(url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
    engine.dispose()
    assert describe_schema(url, with_statements=False) == without_statements(release_store.schema)


def test_empty_database_stays_empty_when_asked_its_revision(tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    assert invoke("db", "current", "--db", url).stdout.startswith("schema none (empty database")
    assert database_revision(url) is None


def test_store_of_a_newer_concord_is_refused(tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    open_database(url).dispose()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(StoreSchemaError, match="at schema 0099, which this Concord does not know"):
        open_database(url)
    result = invoke("db", "upgrade", "--db", url)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: store {shown(url)} is at schema 0099")


def test_unversioned_store_that_already_has_the_status_column_upgrades(tmp_path: Path) -> None:
    """A store made between documents.status's arrival and its migration: read as 0001,
    and 0002 finds the column there."""
    url = new_database_url(tmp_path)
    open_database(url).dispose()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"DROP TABLE {VERSION_TABLE}"))
    engine.dispose()
    assert database_revision(url) == "0001"
    assert upgrade_database(url) == ("0001", HEAD_REVISION)
    open_database(url).dispose()
