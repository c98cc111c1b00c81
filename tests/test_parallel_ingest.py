"""Ingest with worker processes, on Dask, and by two processes at once: the store must come
out as after one plain run, every document exactly once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from concord.analysis import AnalysedDocument
from concord.cli import app
from concord.document import Document
from concord.ingest.runners import _in_order
from concord.ingest.work import AnalysisFailure, Outcome
from tests.conftest import SEEDS, new_database_url

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
INPUTS = [str(EXAMPLES), str(SEEDS)]


def listings(url: str) -> dict[str, list[dict]]:
    runner = CliRunner()
    found = {}
    for command in ("facts", "conflicts", "entities"):
        result = runner.invoke(app, [command, "--json", "--db", url])
        assert result.exit_code == 0, result.output
        found[command] = [json.loads(line) for line in result.stdout.splitlines()]
    return found


def ingest(url: str, *options: str) -> str:
    result = CliRunner().invoke(app, ["ingest", *INPUTS, "--db", url, *options])
    assert result.exit_code == 0, result.output
    return result.stderr.splitlines()[-1]


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    url = new_database_url(tmp_path_factory.mktemp("one"))
    assert ingest(url) == "7 documents ingested, 0 already known, 0 errors, 0 not analysed"
    return listings(url)


def test_two_worker_processes_give_the_same_store(
    tmp_path: Path, one_process: dict[str, list[dict]]
) -> None:
    url = new_database_url(tmp_path)
    assert ingest(url, "--workers", "2") == "7 documents ingested, 0 already known, 0 errors, 0 not analysed"
    assert listings(url) == one_process


def test_a_dask_cluster_gives_the_same_store(
    tmp_path: Path, one_process: dict[str, list[dict]]
) -> None:
    url = new_database_url(tmp_path)
    summary = ingest(url, "--dask", "local", "--workers", "1")
    assert summary == "7 documents ingested, 0 already known, 0 errors, 0 not analysed"
    assert listings(url) == one_process


def test_two_ingests_at_once_on_overlapping_inputs_store_each_document_once(
    tmp_path: Path, one_process: dict[str, list[dict]]
) -> None:
    url = new_database_url(tmp_path)
    command = [sys.executable, "-m", "concord.cli", "ingest", "--db", url]
    runs = [
        subprocess.Popen([*command, *INPUTS], stderr=subprocess.PIPE, text=True),
        subprocess.Popen([*command, *reversed(INPUTS)], stderr=subprocess.PIPE, text=True),
    ]
    summaries = []
    for run in runs:
        _, stderr = run.communicate(timeout=600)
        assert run.returncode == 0, stderr
        summaries.append(stderr.strip().splitlines()[-1])
    stored = [int(summary.split()[0]) for summary in summaries]
    known = [int(summary.split(", ")[1].split()[0]) for summary in summaries]
    assert sum(stored) == 7 and sum(known) == 7
    found = listings(url)
    sources = sorted(s["doc"] for f in found["facts"] for s in f["sources"])
    assert sources == sorted(s["doc"] for f in one_process["facts"] for s in f["sources"])
    assert len(found["entities"]) == len(one_process["entities"])


def test_results_come_back_in_order_and_a_lost_batch_costs_only_its_documents() -> None:
    batches = [[Document(text=f"текст {n}")] for n in range(5)]

    def submit(batch: list[Document]) -> list[Document]:
        return batch

    def result(batch: list[Document]) -> list[Outcome]:
        if batch[0].text.endswith("2"):
            raise RuntimeError("worker died")
        return [AnalysedDocument(document) for document in batch]

    outcomes = list(_in_order(iter(batches), submit, result, in_flight=2))
    assert [o[0].document.text for o in outcomes if isinstance(o[0], AnalysedDocument)] == [
        "текст 0",
        "текст 1",
        "текст 3",
        "текст 4",
    ]
    (lost,) = [o[0] for o in outcomes if isinstance(o[0], AnalysisFailure)]
    assert lost.document.text == "текст 2"
    assert lost.reason == "worker lost (RuntimeError: worker died)"
