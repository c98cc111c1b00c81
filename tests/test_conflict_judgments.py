"""Every conflict Concord reports on the seeds plus the FactRuEval devset is judged in
eval/conflict-judgments.tsv (true: the sources really disagree; false: a false alarm).
Nearly all of those texts tell different stories, so nearly every conflict there would be
a false alarm: precision must stay at 0.9 or above, and the two seed conflicts found."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from concord.pipeline import Pipeline
from concord.store.database import open_database, session_factory
from concord.store.queries import list_conflicts
from tests.conftest import SEEDS, SHARED, new_database_url, store_paths

JUDGMENTS = Path(__file__).resolve().parents[1] / "eval" / "conflict-judgments.tsv"


def conflict_key(conflict: dict[str, Any]) -> tuple[str, str, str]:
    values = " | ".join(sorted(side["value"] for side in conflict["values"]))
    return conflict["type"], conflict["role"], values


@pytest.fixture(scope="module")
def reported(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    url = new_database_url(tmp_path_factory.mktemp("judged"))
    store_paths(pipeline, url, SEEDS, SHARED / "factrueval2016" / "devset")
    with session_factory(open_database(url))() as session:
        return list_conflicts(session, status="all")


def test_every_reported_conflict_is_judged_and_most_are_real(reported: list[dict]) -> None:
    with JUDGMENTS.open(encoding="utf-8", newline="") as file:
        judged = {
            (row["type"], row["role"], row["values"]): row["real"] == "true"
            for row in csv.DictReader(file, delimiter="\t")
        }
    keys = [conflict_key(conflict) for conflict in reported]
    assert [key for key in keys if key not in judged] == []
    real = sum(judged[key] for key in keys)
    assert keys and real / len(keys) >= 0.9
    assert ("agreement", "valid_until", "2027 | 2028") in keys
    assert ("initiative", "kind", "кампус | сотрудничество") in keys


def test_every_side_names_its_outlets(reported: list[dict]) -> None:
    for conflict in reported:
        for side in conflict["values"]:
            assert side["sources"] and all(source["outlet"] for source in side["sources"])
