"""Statement forms of round 21 (classes recorded on real news excerpts, batch 7, and the
open classes of round 20), each on sentences written for it."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2012-04-05")


def test_outlet_told_between_verb_and_post_is_not_the_speaker(speakers: Read) -> None:
    text = (
        "Закрывать филармонию никто не собирается, заявил 3 апреля ТАСС министр культуры "
        "области Ольга Любимцева."
    )
    assert speakers(text) == ["Ольга Любимцева"]


def test_post_split_from_its_name_by_a_relative_clause(speakers: Read) -> None:
    text = (
        'Наставник клуба "Авангард", который накануне проиграл "Сибири", Раймо Сумманен '
        'уверен, "что команда еще поборется за плей-офф".'
    )
    assert speakers(text) == ["Раймо Сумманен"]


def test_post_and_name_label_before_a_quote(speakers: Read) -> None:
    text = (
        "Главный тренер «Торпедо» Игорь Ларионов: «Мы провели хороший матч, но реализация "
        "подвела. Ребята бились до последней секунды».\n\n"
        'Главный тренер "Нефтехимика" Владимир Крикунов: "Соперник был быстрее, а с '
        '"Торпедо" так играть нельзя."'
    )
    assert speakers(text) == ["Игорь Ларионов", "Владимир Крикунов"]


def test_label_without_a_post_before_the_name_is_no_statement(speakers: Read) -> None:
    text = "Матч в Казани «Ак Барс» Виталий Петров: «Билеты проданы все до одного»."
    assert speakers(text) == []


def test_gerund_of_writing_is_no_aside(speakers: Read) -> None:
    text = "Губернатор Приморья Андрей Тарасенко посетил выставку, написав пожелание в книге."
    assert speakers(text) == []


def test_uttered_after_a_dash_line(speakers: Read) -> None:
    text = (
        "Директор фабрики Павел Гусев собрал рабочих в цехе.\n"
        "- Зарплату выплатим до конца недели, - произнес он. - Заказы есть."
    )
    assert speakers(text) == ["Павел Гусев"]


def test_forecast_asked_and_reported_verbs(speakers: Read) -> None:
    assert speakers(
        "Аналитики «Уралсиба» прогнозировали, что курс рубля останется стабильным."
    ) == ["Уралсиба"]
    assert speakers("Депутат Дмитрий Гудков попросил прокуратуру проверить сделку.") == [
        "Дмитрий Гудков"
    ]
    assert speakers(
        "Председатель комитета Анна Седова обратила внимание на то, что врачей не хватает."
    ) == ["Анна Седова"]


def test_attention_without_a_clause_is_no_statement(speakers: Read) -> None:
    assert speakers("Председатель комитета Анна Седова обратила внимание на больницу.") == []


def test_assurance_attribution(speakers: Read) -> None:
    text = "Жители, по заверению управляющей компании «Уют», получат перерасчет до мая."
    assert speakers(text) == ["Уют"]


def test_microblog_is_a_document_of_its_owner(speakers: Read) -> None:
    text = "Пикет у мэрии разогнали. Об этом говорится в микроблоге депутата Ильи Пономарева."
    assert speakers(text) == ["Илья Пономарев"]


def test_document_owner_in_a_participle_phrase(speakers: Read) -> None:
    text = (
        "В сообщении, распространенном пресс-службой администрации Курской области в "
        "пятницу, говорится, что ущерб от града составил 40 млн рублей."
    )
    assert len(speakers(text)) == 1
    assert "Курской области" in speakers(text)[0]


def test_view_taken_from_the_sentence_before(speakers: Read) -> None:
    text = "Рынок жилья ждет спад. Такое мнение высказал директор института Руслан Гринберг."
    assert speakers(text) == ["Руслан Гринберг"]
    text = (
        "Губернатор Олег Кувшинников заявил, что завод откроют в мае. Его позицию разделил "
        "мэр Череповца Юрий Кузин."
    )
    assert speakers(text) == ["Олег Кувшинников", "Юрий Кузин"]


def test_view_of_an_unnamed_group_is_no_statement(speakers: Read) -> None:
    text = "Урожай будет низким. Такое мнение высказали руководители хозяйств области."
    assert speakers(text) == []


def test_bare_press_service_speaks_for_the_organisation_named_before(speakers: Read) -> None:
    text = (
        "Компания «Ростелеком» отключит старые тарифы. Изменения коснутся двух миллионов "
        "абонентов, уточнила пресс-служба."
    )
    assert speakers(text) == ["Ростелеком"]


def test_bare_press_service_with_nobody_named_is_none(speakers: Read) -> None:
    text = "Старые тарифы отключат в мае. Изменения коснутся всех абонентов, уточнила пресс-служба."
    assert speakers(text) == []


def test_promise_of_a_thing(speakers: Read) -> None:
    assert speakers("Премьер Николай Азаров пообещал безболезненные реформы.") == [
        "Николай Азаров"
    ]


def test_answer_was_such_with_a_quote(speakers: Read) -> None:
    text = (
        "Мэр Казани Ильсур Метшин выслушал жалобы жителей. Ответ мэра был таким: «Двор "
        "отремонтируют летом»."
    )
    assert speakers(text) == ["Ильсур Метшин"]


def test_details_told_in_a_regional_centre(speakers: Read) -> None:
    text = "На складе в Бердске сгорела крыша. Подробности пожара сообщили в Сибирском "
    text += "региональном центре МЧС."
    assert speakers(text) == ["Сибирский региональный центр МЧС"]


def test_gerund_of_saying_with_a_quote_still_reports(speakers: Read) -> None:
    text = (
        "Олег Ветров закончил встречу рассказом о планах, сказав «мы сохраним эти рабочие "
        "места для наших детей»."
    )
    assert speakers(text) == ["Олег Ветров"]


def test_proposal_with_the_infinitive_set_first(speakers: Read) -> None:
    text = "Ранее отменить экзамен предложил лидер партии «Родина» Алексей Журавлёв."
    assert speakers(text) == ["Алексей Журавлёв"]


def test_bare_press_service_is_not_the_relaying_outlet(speakers: Read) -> None:
    text = (
        "Слухи о продаже завода не имеют отношения к делу, заявили в «Уралхиме». Кому "
        "предлагали завод, там не уточнили, пишет «Ведомости». Сделок компания не "
        "планирует, уточнила пресс-служба."
    )
    assert "Ведомости" not in speakers(text)
