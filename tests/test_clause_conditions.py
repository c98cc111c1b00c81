"""A need or a condition belongs to its own clause: the climb from a trigger to the words
that make it needed or supposed ("нужно", "если", "в случае") stops at a finite verb
joined by "и" to another clause, as modality's does; a verb joined to a subordinate
clause ("если A и купит B") still shares its subordinator (refactor-agreement). Every
sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


def claims_of(analyse: Analyse, text: str, claim_type: str) -> list[list[str]]:
    return [claim.values("kind") for claim in analyse(text).claims if claim.type == claim_type]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the need is the other clause's ("найти деньги"); the parser hangs "построит" on it
        ("Нужно найти деньги, и «Заря» построит новый завод в Твери.", "завод"),
        ("Необходимо найти инвестора, и власти построят новую школу в Твери.", "школа"),
    ],
)
def test_a_launch_joined_to_a_need_is_not_needed(analyse: Analyse, text: str, kind: str) -> None:
    assert [kind] in claims_of(analyse, text, "initiative")


@pytest.mark.parametrize(
    "text",
    [
        # infinitives joined by "и" share the need
        "Нужно построить дорогу и отремонтировать мост в Твери.",
        "Необходимо построить новый завод в Твери.",
    ],
)
def test_a_needed_launch_stays_silent(analyse: Analyse, text: str) -> None:
    assert claims_of(analyse, text, "initiative") == []


@pytest.mark.parametrize(
    "text",
    [
        # a verb joined to the condition's verb shares "если"
        "Если «Заря» решит расширить выпуск и купит завод у «Поля», цены упадут.",
        # the parser hangs the main clause on the condition's verb: still supposed
        "Если «Восток» закроет склад, «Заря» купит завод у «Поля».",
        "Если «Заря» купит завод у «Поля», цены вырастут.",
    ],
)
def test_a_deal_under_a_condition_stays_silent(analyse: Analyse, text: str) -> None:
    assert claims_of(analyse, text, "deal") == []


@pytest.mark.parametrize(
    "text",
    [
        "Если «Заря» подпишет соглашение с «Полем», цены упадут.",
        "В случае подписания соглашения между «Зарёй» и «Полем» цены упадут.",
        "Если «Восток» закроет склад, «Заря» подпишет соглашение с «Полем» о поставках.",
    ],
)
def test_an_agreement_under_a_condition_stays_silent(analyse: Analyse, text: str) -> None:
    assert claims_of(analyse, text, "agreement") == []


def test_an_agreement_beside_a_condition_is_kept(analyse: Analyse) -> None:
    text = "«Заря» подписала соглашение с «Полем», если верить газете, и начнёт стройку."
    assert claims_of(analyse, text, "agreement") == [["соглашение"]]


def test_a_deal_after_a_condition_clause_is_kept(analyse: Analyse) -> None:
    text = "«Восток» закроет склад, если спрос упадёт, и продаст завод компании «Поле»."
    assert claims_of(analyse, text, "deal") == [["купля/продажа"]]
