"""Statement forms of round 20 (classes recorded on real news excerpts, batch 5), each on
sentences written for it."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2011-03-10")


def test_pronoun_after_a_long_quote_is_the_person_named_before_it(speakers: Read) -> None:
    text = (
        "Такую оценку дал председатель Гильдии оценщиков Поволжья Аркадий Лесков.\n"
        '"Спрос упал вдвое. Застройщики замораживают стройки. Банки почти не выдают '
        "ипотеку. Продавцы снижают цены на десять процентов. Так было и в 2009 году, когда "
        'Виктор Дронов закрыл свое агентство", - сказал он.'
    )
    assert "Аркадий Лесков" in speakers(text)
    assert "Виктор Дронов" not in speakers(text)


def test_document_closing_a_quote_is_the_last_speaker_s(speakers: Read) -> None:
    text = (
        "Котельную на улице Озерной запустят к пятнице, сообщает пресс-служба "
        "«Тверьэнерго». «Жители трех кварталов получат тепло в течение суток», — "
        "говорится в сообщении."
    )
    assert speakers(text) == ["Тверьэнерго", "Тверьэнерго"]


def test_document_closing_a_quote_with_nobody_before_is_none(speakers: Read) -> None:
    text = "Паводок отступает. «Вода ушла из двух поселков», — говорится в сообщении."
    assert speakers(text) == []


def test_outlet_told_before_the_holder_phrase(speakers: Read) -> None:
    text = "Маршрутка опрокинулась на съезде с моста, сообщили Пенза.ру в УГИБДД по области."
    assert speakers(text) == ["УГИБДД по области"]


def test_plural_outlet_before_a_phrase_stays_the_speaker(speakers: Read) -> None:
    text = "Переговоры с подрядчиком сорвались, сообщили «Известия» в пятничном номере."
    assert speakers(text) == ["Известия"]


def test_declined_statement_relayed_by_an_outlet_is_none(speakers: Read) -> None:
    text = "О сроках ремонта моста в мэрии Костромы не уточнили, пишет «Северная правда»."
    assert speakers(text) == []


def test_refused_to_comment_is_none(speakers: Read) -> None:
    text = "Директор завода Павел Усольцев отказался прокомментировать увольнения."
    assert speakers(text) == []


def test_compound_of_a_state_body_noun_refers_back(speakers: Read) -> None:
    text = (
        "В Госавтоинспекции Чувашии сообщили о гибели водителя фуры. В автоинспекции "
        "добавили, что на месте работают следователи."
    )
    assert speakers(text) == ["Госавтоинспекция Чувашии", "Госавтоинспекция Чувашии"]


def test_headline_name_colon_quote(speakers: Read) -> None:
    text = 'Сергей Кравец: "Мы проиграли заслуженно и сделаем выводы"\n12 марта 2011 года'
    assert speakers(text) == ["Сергей Кравец"]


def test_headline_label_that_is_no_person_is_none(speakers: Read) -> None:
    text = "Итоги сезона: «золото, два серебра и бронза на первенстве»\nКазань, 5 мая"
    assert speakers(text) == []


def test_dash_paragraph_after_a_reported_one_goes_on_quoting(speakers: Read) -> None:
    text = (
        "По словам директора управляющей компании «Жилсервис» Тимура Галеева, трубу "
        "прорвало ночью.\n"
        "- Скорее всего, причиной стал износ. Дом не ремонтировали с восьмидесятых годов.\n"
        "Жильцов временно отселили."
    )
    assert speakers(text) == ["Тимур Галеев", "Тимур Галеев"]


def test_dash_paragraph_after_a_paragraph_nobody_said_is_none(speakers: Read) -> None:
    text = (
        "Трубу на улице Гагарина прорвало ночью.\n"
        "- Скорее всего, причиной стал износ. Дом не ремонтировали с восьмидесятых годов.\n"
        "Жильцов временно отселили."
    )
    assert speakers(text) == []
