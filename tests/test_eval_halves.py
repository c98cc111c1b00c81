"""The devset's tuning and check halves: fixed by document id, disjoint, covering it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from concord.cli import app
from concord.eval.halves import document_number, half_names, split
from tests.conftest import SHARED

DEVSET = SHARED / "factrueval2016" / "devset"


def test_split_alternates_by_numeric_id() -> None:
    halves = split(["book_10", "book_9", "book_100", "book_58"])
    assert halves["tune"] == ["book_9", "book_58"]
    assert halves["check"] == ["book_10", "book_100"]


def test_devset_halves_are_disjoint_and_cover_it() -> None:
    tune, check = half_names(DEVSET, "tune"), half_names(DEVSET, "check")
    assert len(tune) == len(check) == 61
    assert not set(tune) & set(check)
    assert sorted(tune + check) == sorted(half_names(DEVSET, "all"))
    assert tune[:2] == ["book_58", "book_74"] and check[:2] == ["book_61", "book_93"]


def test_bad_half_and_bad_name_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown half"):
        half_names(DEVSET, "train")
    with pytest.raises(ValueError, match="not a benchmark document"):
        document_number("notes.txt")


def test_cli_scores_one_half_with_its_label(tmp_path: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(app, ["eval", "score", "--track", "3", "--gold", str(DEVSET),
                              "--response", str(tmp_path), "--half", "train"])  # fmt: skip
    assert bad.exit_code == 2
    result = runner.invoke(app, ["eval", "score", "--track", "3", "--gold", str(DEVSET),
                                 "--response", str(tmp_path), "--half", "check"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "not tuned on" in result.output
    assert "overall" in result.output
