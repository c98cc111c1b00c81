"""Statement forms of round 18 (classes found on real news excerpts, batch 3), each on a
sentence written for it."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speakers_with_starts

Read = Callable[[str], list[tuple[str, str]]]


@pytest.fixture(scope="module")
def statements(analyse: Analyse) -> Read:
    """Each statement's speaker and the start of its evidence."""
    return lambda text: speakers_with_starts(analyse(text, "2012-08-05"))


def test_data_pointed_back_by_such(statements: Read) -> None:
    text = (
        "Средняя зарплата шахтеров Кузбасса за год выросла на 8 процентов. Такие данные "
        "привел председатель областного профсоюза горняков Виктор Сомов."
    )
    assert [s for s, _ in statements(text)] == ["Виктор Сомов"]


def test_data_standing_first(statements: Read) -> None:
    text = (
        "В районе закрыты три ледовые переправы. Информацию передал начальник областного "
        "управления МЧС Павел Крюков."
    )
    assert [s for s, _ in statements(text)] == ["Павел Крюков"]


def test_data_handed_to_someone_is_no_statement(statements: Read) -> None:
    assert statements("Компания «Телесеть» передала данные абонентов в полицию.") == []


def test_a_long_post_phrase_names_the_person_its_post_speaks_for(statements: Read) -> None:
    text = (
        "Об этом заявил заместитель генерального директора Агентства по ипотечному "
        "кредитованию Борис Лужин. Заместитель гендиректора АИЖК отметил, что ставки снизятся."
    )
    found = statements(text)
    assert any(s == "Борис Лужин" and e.startswith("Заместитель") for s, e in found)
    assert not any(s == "АИЖК" for s, _ in found)


def test_as_marked_speech_verb_beside_the_clause(statements: Read) -> None:
    text = (
        "Как сообщал журналистам руководитель департамента транспорта области Аркадий "
        "Мезенцев, новые автобусы выйдут на линии в сентябре."
    )
    assert [s for s, _ in statements(text)] == ["Аркадий Мезенцев"]


def test_by_the_calculations_of(statements: Read) -> None:
    text = "По расчетам Минфина, дефицит бюджета в будущем году составит 1,5 процента ВВП."
    assert [s for s, _ in statements(text)] == ["Минфин"]


def test_not_objecting_states_consent(statements: Read) -> None:
    text = "В Минтрансе не возражают против повышения платы за проезд в пригородных поездах."
    assert [s for s, _ in statements(text)] == ["Минтранс"]


def test_trailing_speech_verb(statements: Read) -> None:
    found = statements("Цены на бензин к осени продолжат расти, намекает ФАС.")
    assert [(s, e[:14]) for s, e in found] == [("ФАС", "Цены на бензин")]


def test_trailing_plural_speech_verb_with_a_holder(statements: Read) -> None:
    text = "Число участников олимпиады по физике выросло вдвое, сообщают в Минобрнауки."
    assert [s for s, _ in statements(text)] == ["Минобрнауки"]


def test_trailing_relay_after_a_reported_statement(statements: Read) -> None:
    text = (
        "Губернатор Андрей Лосев заявил, что тарифы вырастут на 6 процентов, сообщает "
        "агентство «Интерфакс»."
    )
    assert [s for s, _ in statements(text)] == ["Андрей Лосев"]


def test_a_clause_beside_one_without_speech(statements: Read) -> None:
    text = "Цены на молоко выросли, а директор завода Игорь Пахомов уехал в отпуск."
    assert statements(text) == []


def test_as_marked_aside_is_not_said_by_whom_it_was_told(statements: Read) -> None:
    text = (
        "Активисты «Яблока» готовят пикет у здания мэрии. Как сообщили «Коммерсанту» в "
        "отделении партии, согласование уже получено."
    )
    found = statements(text)
    assert not any("Коммерсант" in s for s, _ in found)
    assert any("Яблок" in s and e.startswith("Как сообщили") for s, e in found)
