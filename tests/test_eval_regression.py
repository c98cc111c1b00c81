"""Quality on FactRuEval-2016's devset must not slip: each F1 at most 0.01 below what
Concord reached when these floors were set (see the README table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.eval import score
from concord.eval.run import run_factrueval
from tests.conftest import SHARED

DEVSET = SHARED / "factrueval2016" / "devset"
REACHED = {"1l": 0.926, "1": 0.864, "3": 0.636}


@pytest.fixture(scope="module")
def responses(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("factrueval")
    assert run_factrueval(DEVSET, out) == 122
    return out


@pytest.mark.parametrize("track", sorted(REACHED))
def test_devset_f1_holds(track: str, responses: Path) -> None:
    f1 = score(track, DEVSET, responses)["overall"][2]
    assert f1 >= REACHED[track] - 0.01, f"track {track}: F1 {f1:.3f}, reached {REACHED[track]:.3f}"
