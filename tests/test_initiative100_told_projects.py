"""Projects carried by sentences also read as statements or figures: a permission to
commission issued for a building, money spent or needed for a work as the subject of its
verb ("на ремонт помещения ушло 20 млн"), the purpose hung on the money noun ("Средства на
ремонт кровли выделил бюджет"), a thing whose making a relative clause prices ("сеть, на
создание которой потребуется 20 млрд"), a new organisation or institution founded or ready.
Near misses: papers only drawn up or awaited, money for no work, a price of a thing bought,
a count of people, a closure, an existing body's work. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse


def _initiatives(analyse: Analyse, text: str) -> list:
    return [c for c in analyse(text).claims if c.type == "initiative"]


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [v for c in _initiatives(analyse, text) for v in c.values("kind")]


def test_a_permission_to_commission_issued_tells_the_building_done(analyse: Analyse) -> None:
    text = "Инспекция выдала разрешение на ввод в эксплуатацию нового спортивного комплекса."
    claims = _initiatives(analyse, text)
    assert any("комплекс" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.FACT for c in claims)


def test_a_permission_issued_to_a_medical_point_in_the_dative(analyse: Analyse) -> None:
    text = "Выдано разрешение на ввод в эксплуатацию фельдшерско-акушерскому пункту в Озёрском."
    assert any("пункт" in v for v in _kinds(analyse, text))


def test_papers_only_drawn_up_for_commissioning_launch_nothing(analyse: Analyse) -> None:
    text = "Застройщик готовит документы на ввод в эксплуатацию спортивного комплекса."
    assert not _initiatives(analyse, text)


def test_a_permission_only_obtained_by_the_builder_stays_papers(analyse: Analyse) -> None:
    text = "Девелопер получил разрешение на ввод в эксплуатацию офисного центра."
    assert not _initiatives(analyse, text)


def test_a_permission_awaited_launches_nothing(analyse: Analyse) -> None:
    text = "Подрядчик ждёт разрешения на ввод в эксплуатацию спортивного комплекса."
    assert not _initiatives(analyse, text)


def test_money_spent_on_a_repair_of_an_unlisted_room(analyse: Analyse) -> None:
    claims = _initiatives(analyse, "На капитальный ремонт помещения ушло 18 миллионов рублей.")
    assert any("ремонт помещения" in v for c in claims for v in c.values("kind"))
    assert any(c.values("figures") for c in claims)


def test_the_purpose_hung_on_the_money_noun(analyse: Analyse) -> None:
    text = "Средства на ремонт фасада в размере 4 млн рублей выделил городской бюджет."
    assert any("ремонт фасада" in v for v in _kinds(analyse, text))


def test_money_for_development_in_general_funds_no_work(analyse: Analyse) -> None:
    assert not _initiatives(analyse, "Новые фермерские хозяйства получили гранты на развитие.")


def test_a_network_priced_in_a_relative_clause(analyse: Analyse) -> None:
    text = "К 2031 году в регионах появится сеть 6G, на создание которой потребуется 400 млрд руб."
    claims = _initiatives(analyse, text)
    assert [v for c in claims for v in c.values("kind")] == ["сеть"]
    assert claims[0].modality == Modality.PLANNED


def test_money_spent_on_a_purchase_or_on_people_is_no_project(analyse: Analyse) -> None:
    assert not _initiatives(analyse, "На покупку квартиры ушло 6 млн рублей.")
    assert not _initiatives(analyse, "На лечение пациентов потребуется 40 млн рублей.")


def test_a_new_organisation_founded_is_told(analyse: Analyse) -> None:
    text = "Общественник Олег Сидоров рассказал о создании новой организации на базе клуба."
    assert any("организация" in v for v in _kinds(analyse, text))


def test_a_new_medical_institution_ready_for_commissioning(analyse: Analyse) -> None:
    claims = _initiatives(
        analyse, "Новое поликлиническое учреждение готово к вводу, сообщил министр."
    )
    assert any("учреждение" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_organising_an_event_or_counting_new_organisations_is_no_body(analyse: Analyse) -> None:
    assert not _initiatives(analyse, "В регионе зарегистрировано 300 новых организаций.")
    assert not _initiatives(analyse, "Учреждение нового праздника обсудили на совещании.")


def test_a_closure_or_an_existing_bodys_work_is_no_project(analyse: Analyse) -> None:
    assert not _initiatives(analyse, "Компания объявила о закрытии завода в Твери.")
    assert not _initiatives(analyse, "Министр рассказал о работе центра занятости.")
