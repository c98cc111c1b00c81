"""initiative110: a tender announced for a work on a facility procures it (planned); a
service told as becoming available is launched; a general plural ("учреждения",
"объекты") placed by a list of named places or a place under "каждый"/"все" is a project.
Near misses stay out: a tender only named or cancelled, a service that is available
already, one told before and spread, one priced, plurals of policy or in one region.
Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_in


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [v for c in initiatives_in(analyse, text) for v in c.values("kind")]


def test_an_auction_announced_for_building_a_pool_plans_it(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Мэрия Тамбова объявила аукцион на строительство бассейна.")
    assert any("бассейн" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_tender_announced_in_the_passive_plans_the_school(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "Объявлен конкурс на проектирование и строительство гимназии на 600 мест."
    )
    assert any("гимназия" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_tender_only_named_or_cancelled_launches_nothing(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Фирма «Кедр» выиграла конкурс на строительство бассейна.")
    assert not kinds_in(analyse, "Мэрия отменила аукцион на реконструкцию стадиона.")
    assert not kinds_in(analyse, "Минспорт объявил тендер на поставку инвентаря.")


def test_a_new_service_available_is_launched(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Новая функция доступна всем клиентам банка «Заря».")
    assert _kinds(analyse, "Новая функция доступна всем клиентам банка «Заря».") == ["функция"]
    assert claims[0].modality == Modality.FACT


def test_a_service_to_become_available_is_planned(analyse: Analyse) -> None:
    for text in (
        "Услуга будет доступна жителям Пермского края с 1 апреля.",
        "До конца года жителям района станет доступен сервис записи к нотариусу.",
    ):
        claims = initiatives_in(analyse, text)
        assert claims, text
        assert all(c.modality == Modality.PLANNED for c in claims), text


def test_a_service_available_already_restated_or_priced_is_none(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Услуга доступна во всех отделениях банка.")
    assert not kinds_in(analyse, "Данная услуга станет доступна и в других городах.")
    assert not kinds_in(analyse, "Услуга будет доступна по цене 90 рублей в месяц.")
    assert not kinds_in(analyse, "Сервис был доступен лишь несколько часов.")


def test_general_plural_placed_by_a_list_of_towns_is_a_project(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Казахстан откроет консульские учреждения в Казани, Омске и Тюмени.")
    assert _kinds(analyse, "Казахстан откроет консульские учреждения в Казани, Омске и Тюмени.") == [
        "консульские учреждения"
    ]
    assert claims[0].modality == Modality.PLANNED


def test_general_plural_placed_in_every_district_is_a_project(analyse: Analyse) -> None:
    assert _kinds(analyse, "Во всех районах края построят объекты.") == ["объекты"]
    assert _kinds(analyse, "В каждом районе края построят объекты.") == ["объекты"]


def test_general_plurals_of_policy_or_of_one_region_stay_out(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Нужно строить больше школ.")
    assert not kinds_in(analyse, "Китай строит предприятия в Казахстане, Монголии и Лаосе.")
    assert not kinds_in(analyse, "В каждом районе реализуются программы поддержки.")
