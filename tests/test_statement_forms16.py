"""Statement forms of round 16 (classes found on real news excerpts), each on a sentence
written for it."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speakers_with_starts


@pytest.fixture(scope="module")
def statements(analyse: Analyse) -> Callable[[str], list[tuple[str, str]]]:
    """Each statement's speaker and the start of its evidence."""
    return lambda text: speakers_with_starts(analyse(text, "2011-10-05"))


def test_a_surname_label_is_the_guest_named_before(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = (
        "В редакции мы побеседовали с депутатами облсовета Игорем Лапшиным и Верой Соколовой.\n"
        "– Почему вы голосовали против поправок к уставу?\n"
        "Лапшин: Поправки писали в спешке, их никто не обсуждал с жителями.\n"
        "Соколова: Мы предлагали отложить голосование на месяц, но нас не услышали.\n"
    )
    found = statements(text)
    assert any("Лапшин" in s and e.startswith("Лапшин:") for s, e in found)
    assert any("Соколов" in s and e.startswith("Соколова:") for s, e in found)


def test_a_transcript_label_in_capitals_after_an_initial(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = (
        "Т.ОРЛОВА: В студии программы «Итоги дня» Тамара Орлова. Мой гость — Глеб Юрьевич "
        "Муравьёв, директор областного фонда медицинского страхования.\n"
        "Г.МУРАВЬЁВ: Добрый день.\n"
        "Т.ОРЛОВА: Хватает ли фонду денег на оплату лечения?\n"
        "Г.МУРАВЬЁВ: Денег хватает, но клиники подают счета с большими задержками.\n"
    )
    found = statements(text)
    assert any("Муравь" in s and e.startswith("Г.МУРАВЬЁВ: Денег") for s, e in found)
    assert not any(e.startswith("Г.МУРАВЬЁВ: Добрый") for _, e in found)  # a greeting
    assert not any("Орлов" in s for s, _ in found)  # the host asks


def test_a_headed_answer_is_the_person_the_head_names(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = (
        "Тренеры ответили на вопросы журналистов после матча.\n"
        "Роман Белецкий, главный тренер «Вымпела»:\n"
        "- Мы плохо начали, а потом было поздно. Петренко сегодня потянул мышцу, "
        "ждём результатов обследования.\n"
    )
    found = statements(text)
    assert any("Белецк" in s for s, _ in found)
    assert not any("Петренко" in s for s, _ in found)


def test_a_name_in_straight_quotes_opens_no_quote(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    text = (
        'Вице-президент "Ростсельмаша" Олег Гринько заявил, что завод увеличит выпуск '
        'комбайнов. "Мы уже набрали заказов на весь сезон", - отметил он. '
        'Гринько также напомнил, что весной "Ростсельмаш" получил субсидию.'
    )
    found = statements(text)
    assert sum("Гринько" in s for s, _ in found) == 3


def test_a_place_institution_speaks_for_the_place(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    found = statements(
        "Как сообщает администрация города Калуги, ремонт моста закончат к ноябрю. "
        "Как считают жители, ремонт затянулся."
    )
    assert [s for s, _ in found] and all("Калуг" in s for s, _ in found)
    assert len(found) == 1


def test_the_other_aspect_of_a_listed_speech_verb(
    statements: Callable[[str], list[tuple[str, str]]],
) -> None:
    found = statements(
        "Директор школы Нина Гаврилова упоминала, что ремонт спортзала оплатит район. "
        "Гаврилова упомянула в отчёте три кружка."
    )
    assert len(found) == 1 and "Гаврилов" in found[0][0]
