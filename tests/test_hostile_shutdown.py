"""Interrupting `concord ingest --workers N` (issue 18, item 6): SIGTERM or SIGINT stop
the run with a summary line and the shell's exit code, and no worker outlives the
ingest, even one killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.conftest import new_database_url

WORKER_WAIT_SECONDS = 120  # bounds, not measurements: how long a test may wait, at most


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for number in range(200):
        (folder / f"{number:03}.txt").write_text(
            f"Министр Анна Смирнова встретилась в Казани с послом Игорем Сидоровым {number} "
            f"марта. Они подписали соглашение номер {number}.",
            encoding="utf-8",
        )
    return folder


def _start_ingest(tmp_path: Path) -> tuple[subprocess.Popen[str], list[psutil.Process]]:
    root = Path(__file__).resolve().parents[1]
    environment = {**os.environ, "PYTHONPATH": f"{root / 'src'}{os.pathsep}{root}"}
    command = [sys.executable, "-m", "concord.cli", "ingest", "--workers", "2",
               str(_corpus(tmp_path / "corpus")), "--db", new_database_url(tmp_path)]  # fmt: skip
    process = subprocess.Popen(
        command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    parent = psutil.Process(process.pid)
    deadline = time.monotonic() + WORKER_WAIT_SECONDS
    workers: list[psutil.Process] = []
    while time.monotonic() < deadline and process.poll() is None:
        workers = [
            child for child in parent.children(recursive=True)
            if "resource_tracker" not in " ".join(child.cmdline())
        ]  # fmt: skip
        if len(workers) >= 2:
            break
        time.sleep(0.2)
    assert len(workers) >= 2, "the workers did not start"
    time.sleep(1)  # into the workers' start-up, where a signal used to leave them running
    return process, parent.children(recursive=True)


def _all_gone(processes: list[psutil.Process]) -> bool:
    _, alive = psutil.wait_procs(processes, timeout=WORKER_WAIT_SECONDS)
    return not [process for process in alive if process.status() != psutil.STATUS_ZOMBIE]


@pytest.mark.parametrize(("sent", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_stops_the_run_with_a_summary_and_no_orphans(
    tmp_path: Path, sent: signal.Signals, code: int
) -> None:
    process, children = _start_ingest(tmp_path)
    process.send_signal(sent)
    _, stderr = process.communicate(timeout=WORKER_WAIT_SECONDS)
    assert process.returncode == code, stderr
    assert stderr.strip().splitlines()[-1].startswith(f"interrupted ({sent.name}): "), stderr
    assert "documents stored" in stderr and "Traceback" not in stderr, stderr
    assert _all_gone(children)


def test_workers_end_when_the_ingest_is_killed(tmp_path: Path) -> None:
    process, children = _start_ingest(tmp_path)
    process.kill()
    process.wait(WORKER_WAIT_SECONDS)
    assert _all_gone(children)
    # and the output pipes close: nothing holds them open any more
    assert process.stdout is not None and process.stdout.read() == ""
    process.stderr and process.stderr.close()
    process.stdout.close()
