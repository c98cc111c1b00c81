"""Command-line edges: standard input, unknown claim types, a mistyped store path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import concord.cli
from concord.cli import app
from concord.ingest import ANALYSIS_NICENESS
from concord.pipeline import Pipeline
from tests.conftest import new_database_url

ARTICLE = "Министр Анна Смирнова встретилась в Казани с послом Игорем Сидоровым.\n"


def test_a_dash_reads_standard_input(pipeline: Pipeline, tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    runner = CliRunner()
    stored = runner.invoke(app, ["ingest", "-", "--db", url], input=ARTICLE.encode())
    assert stored.exit_code == 0, stored.output
    facts = [json.loads(line) for line in
             runner.invoke(app, ["facts", "--json", "--db", url]).stdout.splitlines()]  # fmt: skip
    assert any(fact["type"] == "meeting" for fact in facts)
    empty = runner.invoke(app, ["ingest", "-", "--db", url], input=b"")
    assert empty.exit_code == 1 and "error: <stdin>" in empty.stderr


def test_an_unknown_type_lists_the_known_ones(tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    result = CliRunner().invoke(app, ["facts", "--type", "visit", "--db", url])
    assert result.exit_code == 2
    assert "unknown type 'visit'" in result.output and "agreement" in result.output


def test_a_sqlite_path_in_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "store.db"
    result = CliRunner().invoke(app, ["summary", "--db", f"sqlite:///{missing}"])
    assert result.exit_code == 1 and "no folder" in result.output
    assert not missing.parent.exists()


def test_ingest_runs_below_other_work_unless_told_not_to(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server on the same machine keeps its cores: ingest lowers its own priority (its
    worker processes inherit it); `--nice 0` leaves it as started."""
    asked: list[int] = []
    monkeypatch.setattr(concord.cli.os, "nice", asked.append)
    url = new_database_url(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "-", "--db", url], input=ARTICLE.encode()).exit_code == 0
    assert asked == [ANALYSIS_NICENESS] and ANALYSIS_NICENESS > 0
    again = runner.invoke(app, ["ingest", "-", "--db", url, "--nice", "0"], input=b"x")
    assert again.exit_code == 0
    assert asked == [ANALYSIS_NICENESS]
