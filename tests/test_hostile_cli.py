"""Hostile text in the command line's output (issue 18, item 9): article text, names and
file names holding Rich markup, escape sequences or newlines are printed as they are,
never interpreted, and never crash a command."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from concord import cli, open_store
from concord.pipeline import Pipeline
from tests.conftest import SEEDS, new_database_url, store_paths

MARKUP = "[/x] [bold][link=file:///etc] end\\"
KEEP = {"modality", "status", "id", "doc", "fact"}  # fields the command line branches on


def tainted(value: Any) -> Any:
    """Every string of a query's answer with markup, an escape sequence and a backslash."""
    if isinstance(value, str):
        return value + " " + MARKUP
    if isinstance(value, list):
        return [tainted(item) for item in value]
    if isinstance(value, dict):
        return {key: item if key in KEEP else tainted(item) for key, item in value.items()}
    return value


class TaintedStore:
    """The store's answers, every string in them hostile."""

    def __init__(self, url: str) -> None:
        self.store = open_store(url)

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.store, name)
        return lambda *arguments: tainted(method(*arguments))


@pytest.fixture(scope="module")
def database(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = new_database_url(tmp_path_factory.mktemp("hostile-cli"))
    store_paths(pipeline, url, SEEDS)
    return url


@pytest.mark.parametrize(
    "command",
    [["facts"], ["conflicts"], ["conflicts", "--status", "all"], ["entities"], ["summary"],
     ["timeline", "Лондон"], ["show", "{document}"]],
)  # fmt: skip
def test_markup_in_stored_text_is_printed_not_interpreted(
    database: str, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _first_document(database)
    monkeypatch.setattr(cli, "open_store", lambda url=None: TaintedStore(database))
    monkeypatch.setattr(cli.console, "width", 2000)  # no table cell wrapped mid-markup
    arguments = [part.replace("{document}", document) for part in command]
    result = CliRunner().invoke(cli.app, [*arguments, "--db", database])
    assert result.exit_code == 0, result.output
    if command != ["summary"]:  # its strings are the claim types' own names
        assert "[/x] [bold][link=file:///etc] end\\" in result.output


def _first_document(url: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT id FROM documents ORDER BY id")).scalars().first()
    engine.dispose()
    return str(found)


def test_a_name_asked_for_is_printed_not_interpreted(tmp_path: Path) -> None:
    url = new_database_url(tmp_path)
    result = CliRunner().invoke(cli.app, ["timeline", "[/x] \x1b[2J", "--db", url])
    assert result.exit_code == 1
    assert "[/x]" in result.output and "\x1b" not in result.output


def test_file_names_in_error_lines_are_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\x1b[2Jname\nsecond.txt").write_bytes(b"\x00\x01binary")
    (folder / "b\udcffad.txt").write_bytes(b"\x00\x01")  # a name that is not UTF-8
    result = CliRunner().invoke(cli.app, ["ingest", str(folder), "--db", new_database_url(tmp_path)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 2, result.output
    assert "\x1b" not in result.output
    assert any("bad\\x1b[2Jname\\nsecond.txt" in line for line in lines)
    assert any("b\\udcffad.txt" in line for line in lines)
