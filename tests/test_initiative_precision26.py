"""Round 26: one project named by different nouns in one report. A noun of the same kind
("комбинат" … "завод", "комплекс" … "центр"), an abbreviation and its words ("АЭС" … "атомная
электростанция", "ВПП" … "взлётно-посадочная полоса"), a general noun with only a class
adjective ("медицинское учреждение" for a centre), the headline told again in the body, and a
town after its region restate one project. A hospital and a school, two plants in two towns,
a plant and its road stay apart. Sentences written for these tests."""

from __future__ import annotations

from concord.knowledge.concepts import kind_class, kind_concept
from tests.conftest import Analyse, kinds_in


def test_kinds_know_synonymous_heads_and_classes() -> None:
    assert kind_concept("комбинат") == kind_concept("завод")
    assert kind_concept("комплекс") == kind_concept("центр")
    assert kind_class("образовательное учреждение") == kind_class("школа") == "education"
    assert kind_class("медицинское учреждение") != kind_class("школа")
    assert kind_class("логистический центр") is None


def test_combine_then_plant_is_one_project(analyse: Analyse) -> None:
    text = (
        "Компания «Северсталь-Инвест» построит горно-обогатительный комбинат в Карелии. "
        "Строительство завода начнётся весной 2013 года."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_centre_then_complex_with_more_description_is_one(analyse: Analyse) -> None:
    text = (
        "Компания «Вектор» построит логистический центр в Самаре. "
        "Строительство складского логистического комплекса начнётся осенью."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_sports_complex_and_shopping_centre_stay_two(analyse: Analyse) -> None:
    text = (
        "Компания «Вектор» построит спортивный комплекс в Самаре. "
        "Строительство торгового центра компания начнёт осенью."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_abbreviation_restates_its_words(analyse: Analyse) -> None:
    text = (
        "Госкорпорация «Росатом» построит атомную электростанцию в Томской области. "
        "Сооружение АЭС начнётся в 2014 году, сообщил источник."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_bare_station_after_abbreviation_is_one(analyse: Analyse) -> None:
    text = (
        "Госкорпорация «Росатом» построит АЭС в Томской области. "
        "Строительство станции начнётся в 2014 году."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_runway_abbreviation_after_its_words_is_one(analyse: Analyse) -> None:
    text = (
        "Аэропорт «Южный» планирует реконструировать взлётно-посадочную полосу. "
        "Реконструкция ВПП начнётся в мае."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_class_noun_restates_the_centre(analyse: Analyse) -> None:
    text = (
        "Власти Тулы построят перинатальный центр. "
        "Строительство медицинского учреждения начнётся в марте."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_hospital_and_school_stay_two_and_the_school_takes_its_class(analyse: Analyse) -> None:
    text = (
        "Власти Тулы построят больницу и школу. "
        "Строительство образовательного учреждения начнётся в марте."
    )
    assert kinds_in(analyse, text) == ["больница", "школа"]


def test_medical_institution_is_no_school(analyse: Analyse) -> None:
    text = (
        "В Твери построят новую школу. "
        "Кроме того, в городе начнётся строительство медицинского учреждения."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_town_inside_the_region_named_before_is_one_plant(analyse: Analyse) -> None:
    text = (
        "Холдинг «Евраз» построит металлургический комбинат в Кемеровской области. "
        "Строительство завода в Юрге начнётся весной."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_plants_in_two_towns_stay_two(analyse: Analyse) -> None:
    text = (
        "Компания «Восток» построит завод в Рязани. "
        "Строительство завода в Туле компания начнёт весной."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_plant_and_its_road_stay_two(analyse: Analyse) -> None:
    text = (
        "Компания «Восток» построит завод в Рязани. "
        "Компания также построит дорогу к заводу."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_headline_told_again_in_another_state_is_one(analyse: Analyse) -> None:
    text = (
        "В Оренбурге построят новую школу\n\n"
        "Строительство новой школы на 800 мест началось в Оренбурге в понедельник."
    )
    assert len(kinds_in(analyse, text)) == 1


def test_body_sentences_in_two_states_stay_two(analyse: Analyse) -> None:
    text = (
        "Мэрия сообщила о планах. В Оренбурге построят новую школу. "
        "Строительство школы на 800 мест в Орске уже началось."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_bare_station_after_its_compound_is_one(analyse: Analyse) -> None:
    text = (
        "Компания «Енисей-Энерго» построит гидроэлектростанцию на реке Мана. "
        "Строительство станции начнётся в 2015 году."
    )
    assert len(kinds_in(analyse, text)) == 1
