"""Hostile inputs to the readers (issue 18, items 3 and 4): one bad record or one odd
file is one error line naming it, and everything else is still read; no link loop or
link out of the inputs is followed, and nothing that could block is opened."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterable
from pathlib import Path

import pytest

from concord.document import Document, ReadError
from concord.read import expand_paths, read_items, read_paths


def test_one_bad_jsonl_line_is_one_error_and_later_lines_are_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(
        b'{"text": "first"}\n'
        b'{"text": "half a pair \\ud800 here"}\n'
        b'{"text": "ok", "title": "\\udfff"}\n'
        + b'{"text": '
        + b"[" * 100_000
        + b"}\n"
        + b'{"text": "bad byte \xff"}\n'
        b'{"text": "last"}\n'
    )
    items = list(read_items(path))
    assert [item.text for item in items if isinstance(item, Document)] == ["first", "last"]
    errors = [item for item in items if isinstance(item, ReadError)]
    assert [error.location for error in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert "lone surrogate" in errors[0].reason and '"title"' in errors[1].reason
    assert "nested too deeply" in errors[2].reason and "not UTF-8" in errors[3].reason


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "passwd").write_text("root:x:0:0", encoding="utf-8")
    (root / "a" / "one.txt").write_text("Текст.", encoding="utf-8")
    (root / "a" / "b" / "up").symlink_to("..")
    (root / "a" / "loop").symlink_to("../..")
    (root / "a" / "secret.txt").symlink_to(tmp_path / "outside" / "passwd")
    (root / "a" / "again.txt").symlink_to("one.txt")
    (root / "a" / "dangling.txt").symlink_to("nowhere")
    os.mkfifo(root / "a" / "pipe.txt")
    return root


def _run_bounded(work: Iterable[Document | ReadError | Path]) -> list:
    """The walk in a thread: a loop or a blocking open fails the test instead of hanging it."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(list(work)), daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "expanding the inputs did not end"
    return result[0]


@pytest.mark.parametrize("given", ["{root}", "{root}/**/*.txt", "{root}/**", "{root}/*/*"])
def test_links_loops_and_special_files(tmp_path: Path, given: str) -> None:
    root = _tree(tmp_path)
    found = _run_bounded(read_paths([given.format(root=root)]))
    documents = [item for item in found if isinstance(item, Document)]
    assert [document.text for document in documents] == ["Текст."]
    reasons = {Path(item.location).name: item.reason for item in found
               if isinstance(item, ReadError)}  # fmt: skip
    assert "symlink outside the inputs" in reasons["secret.txt"]
    assert "dangling" in reasons["dangling.txt"]
    assert "FIFO" in reasons["pipe.txt"]
    assert all(reason.count("\n") == 0 for reason in reasons.values())


def test_a_socket_is_reported_not_opened(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "a.txt").write_text("Текст.", encoding="utf-8")
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(folder / "sock"))
        found = list(expand_paths([str(folder)]))
    finally:
        listener.close()
    assert found[0] == folder / "a.txt"
    assert isinstance(found[1], ReadError) and "socket" in found[1].reason


def test_a_link_between_named_inputs_is_read_once(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text("Текст.", encoding="utf-8")
    (second / "link.txt").symlink_to(first / "a.txt")
    assert list(expand_paths([str(first), str(second)])) == [first / "a.txt"]
