"""Limits in the right place (issue 18, item 10): a feed is limited per entry, a store
that cannot be opened is one error line, and a local Dask cluster listens only on the
loopback interface (body and token limits: tests/test_hostile_web.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from concord import cli
from concord.document import Document, ReadError
from concord.read import MAX_CHARACTERS, read_items


def _feed(entries: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Новость {number}</title><link>https://example.org/{number}</link>"
        f"<description>{body}</description></item>"
        for number, body in enumerate(entries, start=1)
    )
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента'
    return f"{head}</title>{items}</channel></rss>".encode()


def test_a_large_feed_of_small_entries_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.rss"
    path.write_bytes(_feed([f"Заметка номер {n}. " + "Текст заметки. " * 180 for n in range(1500)]))
    assert path.stat().st_size > 4_000_000 > MAX_CHARACTERS
    items = list(read_items(path))
    assert len(items) == 1500 and all(isinstance(item, Document) for item in items)


def test_one_huge_entry_is_one_error_and_the_others_are_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.rss"
    path.write_bytes(_feed(["Первая заметка.", "а" * (MAX_CHARACTERS + 10), "Третья заметка."]))
    items = list(read_items(path))
    assert [type(item) for item in items] == [Document, ReadError, Document]
    assert isinstance(items[1], ReadError) and items[1].location == f"{path}#2"
    assert "too large" in items[1].reason


@pytest.mark.parametrize(
    "url",
    ["not a url", "sqlite:///{tmp}", "sqlite:///{tmp}/no/such/folder/x.db",
     "postgresql+psycopg://someone:hunter2@127.0.0.1:1/concord", "mysql://nowhere/x"],
)  # fmt: skip
@pytest.mark.parametrize("command", [["summary"], ["facts"], ["ingest", "{tmp}/a.txt"]])
def test_a_store_that_cannot_be_opened_is_one_error_line(
    tmp_path: Path, url: str, command: list[str]
) -> None:
    (tmp_path / "a.txt").write_text("Текст.", encoding="utf-8")
    arguments = [part.format(tmp=tmp_path) for part in [*command, "--db", url]]
    result = CliRunner().invoke(cli.app, arguments)
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot use the store: "), lines
    assert "hunter2" not in result.output


def test_the_local_dask_cluster_listens_on_loopback_only() -> None:
    pytest.importorskip("dask.distributed")
    from concord.ingest.runners import DaskCluster

    runner = DaskCluster("local", 1)
    try:
        information = runner.client.scheduler_info()
        addresses = [information["address"], *information["workers"]]
    finally:
        runner.close()
    assert addresses and all(address.startswith("tcp://127.0.0.1:") for address in addresses)
