"""Round 38: a common noun or "последняя" with no name of its own stands for the body
named before, on the property side as on the owner's: a plant noun of its own trade
("фабрики", "птицефабрики", "верфь"), a noun the name finder took for a name ("Верфь",
"Ретейлеру"), and "последняя"/"последний" for the body named last whose gender agrees.
Sentences are written for these tests, with invented names."""

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


def test_stake_of_a_factory_named_before(pipeline: Pipeline) -> None:
    text = "Фабрика «Заря» сменила владельца. 75 % акций фабрики контролирует ООО «Ромашка»."
    assert ("Ромашка", "Заря") in _pairs(pipeline, text)


def test_owner_holds_a_stake_of_the_factory_named_before(pipeline: Pipeline) -> None:
    text = "Фабрика «Заря» сменила владельца. Теперь ООО «Ромашка» владеет 75 % фабрики."
    assert ("Ромашка", "Заря") in _pairs(pipeline, text)


def test_poultry_farm_noun_as_property(pipeline: Pipeline) -> None:
    text = (
        "Птицефабрика «Рассвет» возобновит работу. "
        "Новым собственником птицефабрики стал агрохолдинг «Нива»."
    )
    assert ("Нива", "Рассвет") in _pairs(pipeline, text)


def test_shipyard_noun_taken_for_a_name_is_a_member(pipeline: Pipeline) -> None:
    text = "Верфь «Балтика» получила заказ на траулеры. Верфь входит в холдинг «Норд»."
    pairs = _pairs(pipeline, text)
    assert ("Норд", "Балтика") in pairs
    assert not any("Верфь" in (owner, owned) for owner, owned in pairs)


def test_retailer_noun_taken_for_a_person_is_the_owner(pipeline: Pipeline) -> None:
    text = "Ретейлер «Магнолия» открыл сто магазинов. Ретейлеру принадлежит также сеть «Угол»."
    pairs = _pairs(pipeline, text)
    assert ("Магнолия", "Угол") in pairs
    assert not any(owner.startswith("Ретейлер") for owner, _ in pairs)


def test_the_latter_is_the_last_body_of_its_gender(pipeline: Pipeline) -> None:
    text = (
        "Банк «Северный» продал долю в компании «Альтаир». "
        "Последняя принадлежит Ивану Петрову."
    )
    assert ("Иван Петров", "Альтаир") in _pairs(pipeline, text)


def test_the_latter_skips_a_later_body_of_another_gender(pipeline: Pipeline) -> None:
    text = (
        "Компания «Альтаир» и банк «Северный» подписали договор. "
        "Последняя принадлежит фирме «Ромашка»."
    )
    pairs = _pairs(pipeline, text)
    assert ("Ромашка", "Альтаир") in pairs
    assert ("Ромашка", "Северный") not in pairs


def test_the_latter_as_an_adjective_of_a_noun_means_nothing(pipeline: Pipeline) -> None:
    text = (
        "Завод «Бореал» менял владельца в 2010 году. "
        "Последняя сделка принадлежит истории."
    )
    assert _pairs(pipeline, text) == set()


def test_factory_noun_with_no_factory_named_before_stays_silent(pipeline: Pipeline) -> None:
    text = "Банк «Северный» открыл офис. 75 % акций фабрики контролирует ООО «Ромашка»."
    assert ("Ромашка", "Северный") not in _pairs(pipeline, text)


def test_place_adjective_of_a_factory_noun_is_not_the_region_government(
    pipeline: Pipeline,
) -> None:
    text = (
        "Правительство Пермского края подписало договор с компанией «Птицепром». "
        "Новым собственником пермской птицефабрики стала компания «Птицепром»."
    )
    pairs = _pairs(pipeline, text)
    assert not any(owned == "Правительство Пермского края" for _, owned in pairs)
