"""initiative83: a branch noun opening what the recogniser reads as one organisation's name
("филиал Третьяковской галереи", sentence-first "Филиал музея") is still the common noun of
a branch opened; the body it belongs to runs it. A branch only mentioned (its staff, its
head) or closed launches nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiatives_of, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        "В Самаре откроется филиал Третьяковской галереи.",
        "Во Владимире планируется открыть филиал Эрмитажа.",
        "Филиал Политехнического музея появится в Рязани.",
        "Осенью в Омске заработает представительство Росатома.",
    ],
)
def test_branch_of_named_body_is_launched(analyse: Analyse, text: str) -> None:
    kinds = kinds_in(analyse, text)
    assert len(kinds) == 1
    assert kinds[0].split()[0] in {"филиал", "представительство"}


def test_body_of_the_branch_runs_it(analyse: Analyse) -> None:
    (claim,) = initiatives_of(analyse("В Самаре откроется филиал Третьяковской галереи."))
    assert any("Третьяков" in value for value in claim.values("organisations"))


@pytest.mark.parametrize(
    "text",
    [
        "Директор филиала Сбербанка рассказал о планах банка.",
        "Сотрудники филиала Эрмитажа подготовили выставку.",
        "Сбербанк закрыл отделение в Туле.",
    ],
)
def test_branch_only_mentioned_is_no_project(analyse: Analyse, text: str) -> None:
    assert not any(kind.startswith(("филиал", "отделение")) for kind in kinds_in(analyse, text))
