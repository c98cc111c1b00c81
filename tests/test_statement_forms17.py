"""Statement forms of round 17 (classes found on real news excerpts), each on a sentence
written for it."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speakers_with_starts


@pytest.fixture(scope="module")
def statements(analyse: Analyse) -> Callable[[str], list[tuple[str, str]]]:
    """Each statement's speaker and the start of its evidence."""
    return lambda text: speakers_with_starts(analyse(text, "2012-08-05"))


def test_a_ministry_noun_is_never_the_company_named_before(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = (
        "Долги Вольского машиностроительного завода перед 180 рабочими превысили 12 "
        "миллионов рублей. Об этом сообщили в министерстве экономического развития области."
    )
    assert not any("завод" in s for s, _ in statements(text))


def test_a_ministry_noun_is_the_state_body_named_before(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = (
        "Долги Вольского машиностроительного завода перед 180 рабочими превысили 12 "
        "миллионов рублей. Проверку на предприятии провел Минтруд области. По информации "
        "ведомства, зарплату не платят с марта."
    )
    found = statements(text)
    assert any("Минтруд" in s and e.startswith("По информации") for s, e in found)
    assert not any("завод" in s for s, _ in found)


def test_in_the_agency_after_an_abbreviation(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = (
        "Лесные пожары в Рязанской области охватили 300 гектаров, сообщает МЧС. Смог над "
        "городом задержится до выходных, сказали в ведомстве."
    )
    assert ("МЧС", "Смог над городом задержится до") in statements(text)


def test_a_named_judge_wins_over_the_relaying_agency(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = (
        "Новый проект соглашения по Ливии министр Сергей Шойгу назвал неприемлемым для "
        'Москвы, сообщает агентство "Прайм".'
    )
    speakers = [s for s, _ in statements(text)]
    assert speakers == ["Сергей Шойгу"]


def test_a_judgement_with_posschitat_and_a_predicate_hung_on_the_object(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = "Глава Минфина Антон Силуанов посчитал поправки к бюджету вредными, передает ТАСС."
    assert [s for s, _ in statements(text)] == ["Антон Силуанов"]


def test_an_outlet_alone_is_still_the_source(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = 'Тарифы на вывоз мусора в Калуге вырастут на девять процентов, сообщает "Весть".'
    assert [s for s, _ in statements(text)] == ["Весть"]
