"""initiative114: projects no rule read at all. A headline with no full stop is parsed as
a sentence closed by one; a question about a launch worked out or settled plans the project;
a new link told by the places it joins is launched; a thing made told as joint, and building
a machine together, are joint works. Near misses stay out: a question raised, discussed or
only promised, a link that only stands, a joint release of a product.
Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_in


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [v for c in initiatives_in(analyse, text) for v in c.values("kind")]


def test_a_headline_without_a_full_stop_is_read_as_a_sentence(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "В Озерском районе заработал новый фельдшерско-акушерский пункт"
    )
    assert [v for c in claims for v in c.values("kind")] == ["фельдшерско-акушерский пункт"]
    assert claims[0].modality == Modality.FACT


def test_a_headline_and_its_closed_twin_read_alike(analyse: Analyse) -> None:
    headline = "На Чукотке построен очередной фельдшерско-акушерский пункт"
    assert _kinds(analyse, headline) == _kinds(analyse, headline + ".")


def test_a_bridge_question_worked_out_is_planned(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "В Твери прорабатывают вопрос о строительстве третьего моста через Волгу."
    )
    assert any("мост" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_settled_question_plans_the_school(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "В Омске решили вопрос о строительстве новой школы.")
    assert any("школа" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_question_raised_discussed_or_promised_stays_talk(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Депутаты подняли вопрос о строительстве нового моста через Обь.")
    assert not kinds_in(analyse, "На совещании обсудили вопрос о строительстве новой больницы.")
    assert not kinds_in(analyse, "Мэр пообещал решить вопрос о строительстве школы.")


def test_a_new_railway_joining_two_cities_is_planned(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Казань и Самару свяжет новая железная дорога.")
    assert _kinds(analyse, "Казань и Самару свяжет новая железная дорога.") == ["железная дорога"]
    assert claims[0].modality == Modality.PLANNED


def test_banks_joined_by_a_new_bridge_after_the_verb(analyse: Analyse) -> None:
    assert any("мост" in k for k in _kinds(analyse, "Берега Камы соединит новый пешеходный мост."))
    assert any(
        "мост" in k
        for k in _kinds(analyse, "В Перми планируют соединить берега реки новым мостом.")
    )


def test_a_new_bus_route_joining_places_is_a_service(analyse: Analyse) -> None:
    kinds = _kinds(analyse, "Новый автобусный маршрут соединит вокзал и аэропорт.")
    assert kinds == ["автобусный маршрут"]


def test_a_link_that_only_stands_or_joins_nothing_named_is_none(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Мост соединяет берега реки.")
    assert not kinds_in(analyse, "Старая дорога связывает поселок с трассой.")
    assert not kinds_in(analyse, "В городе соединили новые линии водопровода.")


def test_a_joint_satellite_produced_is_a_joint_work(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Две компании разработают совместный спутник.")
    assert any("спутник" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_two_states_building_an_aircraft_is_a_joint_work(analyse: Analyse) -> None:
    kinds = _kinds(analyse, "Индия и Бразилия построят новый пассажирский самолет.")
    assert any("самолет" in k for k in kinds)


def test_a_joint_release_or_a_plan_is_no_joint_work(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Завод выпустит совместный альбом.")
    assert not kinds_in(analyse, "Стороны разработают совместный план действий.")
    assert not kinds_in(analyse, "Компания разработает новый смартфон.")


def test_a_joint_plant_offered_to_another_state_is_no_project(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Болгария предлагает Сербии построить совместный завод.")
