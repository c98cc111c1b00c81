"""Statement forms of round 22 (classes recorded on real news excerpts, batch 9), each on
sentences written for it: outlets told by unnamed sources, forecasts by organisations, a
bare press service as a source, documents on a site and data a clause is drawn from."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2012-10-09")


def test_outlet_told_by_unnamed_sources_speaks(speakers: Read) -> None:
    text = "О переносе сроков «Известиям» рассказали два источника, знакомых с ситуацией."
    assert speakers(text) == ["Известия"]


def test_source_placed_in_a_body_makes_no_speaker_of_the_outlet(speakers: Read) -> None:
    text = "О переносе сроков «Известиям» рассказал источник в областном правительстве."
    assert speakers(text) == []


def test_outlet_told_by_unnamed_sources_in_an_aside(speakers: Read) -> None:
    text = (
        "Как рассказали РБК несколько собеседников, близких к мэрии, реконструкция стадиона "
        "начнется весной."
    )
    assert speakers(text) == ["РБК"]


def test_unnamed_source_with_no_outlet_is_nobody(speakers: Read) -> None:
    text = "Реконструкция стадиона начнется весной, рассказал источник в мэрии."
    assert speakers(text) == []


def test_relayed_outlet_with_its_sources_in_a_long_phrase(speakers: Read) -> None:
    text = (
        "Пост вице-губернатора может занять бывший глава налоговой инспекции, пишет "
        "«Ведомости» со ссылкой на источники в администрации Новгородской области."
    )
    assert speakers(text) == ["Ведомости"]


def test_organisation_expects_with_a_clause(speakers: Read) -> None:
    text = "Сбербанк ожидает, что спрос на ипотеку в будущем году вырастет на 15%."
    assert speakers(text) == ["Сбербанк"]


def test_organisation_counts_on_with_a_clause(speakers: Read) -> None:
    text = "«Аэрофлот» рассчитывает, что новые самолеты поступят до конца года."
    assert speakers(text) == ["Аэрофлот"]


def test_expecting_a_thing_states_nothing(speakers: Read) -> None:
    text = "Компания «Северсталь» ожидает решения арбитражного суда."
    assert speakers(text) == []


def test_unnamed_group_expecting_is_no_speaker(speakers: Read) -> None:
    text = "Жители поселка ожидают, что новую школу откроют к сентябрю."
    assert speakers(text) == []


def test_bare_press_service_as_a_source(speakers: Read) -> None:
    text = (
        "Пресс-служба прокуратуры Калужской области сообщила о проверке в районной "
        "больнице. По информации пресс-службы, главврач закупал томографы по завышенной цене."
    )
    assert speakers(text)[-1] == "прокуратура Калужской области"


def test_bare_press_service_with_nobody_named_before(speakers: Read) -> None:
    text = "По информации пресс-службы, ремонт дороги завершится к маю."
    assert speakers(text) == []


def test_statement_on_a_site(speakers: Read) -> None:
    text = "Об этом сообщается на сайте Росстата."
    assert speakers(text) == ["Росстата"]


def test_clause_drawn_from_an_owners_data(speakers: Read) -> None:
    text = (
        "Продажи легковых автомобилей упали на 12%, следует из данных Ассоциации "
        "европейского бизнеса."
    )
    assert speakers(text) == ["Ассоциация европейского бизнеса"]


def test_clause_drawn_from_data_of_nobody(speakers: Read) -> None:
    text = "Продажи легковых автомобилей упали на 12%, следует из данных за квартал."
    assert speakers(text) == []


def test_counted_unnamed_sources_hung_on_the_main_verb(speakers: Read) -> None:
    text = (
        "Как рассказали «Ведомостям» двое собеседников, знакомых с планами кабинета, налог на "
        "роскошь введут с 2014 года."
    )
    assert speakers(text) == ["Ведомости"]
