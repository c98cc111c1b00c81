"""initiative120: a stone or capsule laid "в основание" of a project launches it, and a
named bank's or company's wallet or platform launched is a service launched."""

from __future__ import annotations

import pytest

from concord.document import Document
from concord.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _initiatives(pipeline: Pipeline, text: str) -> list[dict[str, str]]:
    analysis = pipeline.analyse(Document(text=text, path="t"))
    return [
        {**{a.role: a.value for a in c.arguments}, "modality": str(c.modality)}
        for c in analysis.claims
        if c.type == "initiative"
    ]


def test_first_stone_in_the_foundation_of_an_enterprise(pipeline: Pipeline) -> None:
    claims = _initiatives(
        pipeline,
        "Министр принял участие в церемонии закладки первого камня в основание нового "
        "предприятия по выпуску кирпича.",
    )
    assert any("предприятие" in c["kind"] for c in claims)
    assert all("fact" in c["modality"] for c in claims)


def test_capsule_in_the_foundation_of_a_school(pipeline: Pipeline) -> None:
    claims = _initiatives(
        pipeline, "В Твери прошла церемония закладки памятной капсулы в основание новой школы."
    )
    assert any("школа" in c["kind"] for c in claims)


def test_foundation_of_a_state_is_no_project(pipeline: Pipeline) -> None:
    claims = _initiatives(
        pipeline, "Историки спорят о том, какие камни легли в основание древнего государства."
    )
    assert claims == []


def test_bank_launches_a_wallet(pipeline: Pipeline) -> None:
    claims = _initiatives(
        pipeline, "Альфа-Банк запустит цифровой кошелек для всех карт клиентов к весне 2027 года."
    )
    assert any("кошел" in c["kind"] for c in claims)
    assert all("planned" in c["modality"] for c in claims)


def test_a_wallet_opened_by_a_user_is_no_launch(pipeline: Pipeline) -> None:
    claims = _initiatives(
        pipeline, "Чтобы запустить кошелек на телефоне, пользователь вводит пароль."
    )
    assert claims == []


def test_a_lost_wallet_is_no_launch(pipeline: Pipeline) -> None:
    claims = _initiatives(pipeline, "Пассажир забыл кошелек в вагоне электрички.")
    assert claims == []
