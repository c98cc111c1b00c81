"""Round 37: a name that is only a kind's abbreviation ("входящего в ГК") stands for the
group of that kind named before it, and is never an owner's name itself. Sentences are
written for these tests, with invented names."""

from __future__ import annotations

import pytest

from concord.document import Document
from concord.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _pairs(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    analysed = pipeline.analyse(Document(text=text, published="2020-01-01"))
    return {
        (claim.values("owner")[0], claim.values("property")[0])
        for claim in analysed.claims
        if claim.type == "ownership" and claim.values("owner") and claim.values("property")
    }


def test_abbreviated_group_stands_for_the_group_named_before(pipeline: Pipeline) -> None:
    text = (
        "О покупке группой компаний «Вектор» нового склада рассказал директор "
        "комбината «Бореал», входящего в ГК."
    )
    pairs = _pairs(pipeline, text)
    assert ("Вектор", "Бореал") in pairs
    assert not any(owner == "ГК" for owner, _ in pairs)


def test_abbreviated_group_in_the_next_sentence(pipeline: Pipeline) -> None:
    text = (
        "Группа компаний «Северный путь» достроила элеватор в Курске. "
        "Об этом сообщил представитель завода «Кедр», входящего в ГК."
    )
    pairs = _pairs(pipeline, text)
    assert ("Северный путь", "Кедр") in pairs
    assert not any(owner == "ГК" for owner, _ in pairs)


def test_abbreviation_with_no_group_before_names_no_owner(pipeline: Pipeline) -> None:
    text = "Об этом сообщил директор комбината «Бореал», входящего в ГК."
    assert not any(owner == "ГК" for owner, _ in _pairs(pipeline, text))


def test_abbreviation_with_its_own_name_is_kept(pipeline: Pipeline) -> None:
    assert ("Вектор", "Бореал") in _pairs(pipeline, "Завод «Бореал» входит в ГК «Вектор».")


def test_group_not_of_the_kind_is_not_taken(pipeline: Pipeline) -> None:
    text = (
        "Банк «Орион» выдал кредит. Об этом сообщил директор комбината «Бореал», "
        "входящего в ГК."
    )
    pairs = _pairs(pipeline, text)
    assert ("Орион", "Бореал") not in pairs
    assert not any(owner == "ГК" for owner, _ in pairs)
