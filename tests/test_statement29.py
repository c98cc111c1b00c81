"""Statement forms of round 29, on sentences written for it: a club taken for its coach
("Главный тренер ХК «X» поблагодарил"); press-conference layouts ("Name, post: "…"" after
other words of the line, a "Name, post" line over a quote line with no colon, an
"И.Фамилия:" transcript line); and a verbless indirect question ("объяснил, в чём …")."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-03-10")


# --- a club is not its coach -----------------------------------------------------------------


def test_unnamed_coach_is_not_the_club(speakers: Read) -> None:
    text = (
        "Главный тренер ХК «Сокол» после игры поблагодарил болельщиков за поддержку и "
        "признал, что команда устала."
    )
    assert "Сокол" not in speakers(text)


def test_named_coach_still_speaks(speakers: Read) -> None:
    text = "Главный тренер ХК «Сокол» Игорь Малахов заявил, что команда устала."
    assert speakers(text) == ["Игорь Малахов"]


def test_club_press_office_still_speaks_for_the_club(speakers: Read) -> None:
    text = "Пресс-служба ХК «Сокол» сообщила, что матч перенесён на воскресенье."
    found = speakers(text)
    assert len(found) == 1 and "Сокол" in found[0]


# --- press-conference layouts ----------------------------------------------------------------


def test_name_post_label_after_other_words_of_the_line(speakers: Read) -> None:
    text = (
        'ФК "Ротор" - ФК "Волга": комментарии после игры Иван Петров, главный тренер ФК '
        '"Ротор": "Мы сыграли плохо. Соперник был сильнее во всех эпизодах матча".'
    )
    assert speakers(text) == ["Иван Петров"]


def test_name_post_line_over_a_quote_line_without_colon(speakers: Read) -> None:
    text = (
        "Итоги матча\n\n"
        'Пётр Сидоров, главный тренер ХК "Кедр"\n'
        "«Мы провели хороший матч. Вратарь нас выручил, и мы довольны результатом»."
    )
    assert speakers(text) == ["Пётр Сидоров"]


def test_two_coaches_each_over_their_quote(speakers: Read) -> None:
    text = (
        'Олег Гринёв, главный тренер ХК "Кедр"\n'
        "«Мы провели хороший матч и довольны результатом».\n"
        'Семён Ласточкин, главный тренер ХК "Бор"\n'
        "«Нам не хватило сил в третьем периоде, будем работать»."
    )
    assert sorted(speakers(text)) == ["Олег Гринёв", "Семён Ласточкин"]


def test_initialled_label_over_unquoted_words(speakers: Read) -> None:
    text = (
        "И.Смирнов: Хотел бы рассказать о работе завода за год. Выпуск вырос на десять "
        "процентов, и мы открыли новый цех."
    )
    assert speakers(text) == ["И.Смирнов"]


def test_name_line_with_a_sentence_is_no_heading(speakers: Read) -> None:
    text = (
        "Пётр Сидоров, главный тренер ХК «Кедр», провёл тренировку на новом льду.\n"
        "«Лёд здесь отличный», — написал в соцсетях клуб «Бор»."
    )
    assert "Пётр Сидоров" not in speakers(text)


def test_initialled_label_asking_is_not_a_statement(speakers: Read) -> None:
    text = "И.Смирнов: А сколько стоил новый цех и когда его откроют для посетителей?"
    assert speakers(text) == []


# --- a verbless indirect question --------------------------------------------------------------


def test_explained_what_the_reason_is(speakers: Read) -> None:
    text = (
        "Ранее заместитель главы банка «Восток» Игорь Лебедев объяснил, в чем причина роста ставок."
    )
    assert speakers(text) == ["Игорь Лебедев"]


def test_explanation_given_to_someone_about_something_is_not_asked(speakers: Read) -> None:
    text = "Игорь Лебедев объяснил всё сотрудникам, а в четверг уехал в Казань."
    assert speakers(text) == []


# --- a date in commas before a late subject; an abbreviated post in a heading line ------------


def test_dash_quote_with_a_date_aside_before_the_speaker(speakers: Read) -> None:
    text = (
        "- Ремонт школы завершат до конца лета, - рассказал во вторник, 3 июня, глава "
        "Ленинского района Павел Зорин. - Сам корпус станет вдвое больше."
    )
    assert speakers(text) == ["Павел Зорин"]


def test_abbreviated_post_in_a_heading_line(speakers: Read) -> None:
    text = (
        "Пресс-конференция\n\n"
        "Олег Рябов (гл. тренер «Вымпела»):\n\n"
        "-  Команды были равны по игре и по составу, но мы дважды ошиблись в обороне."
    )
    assert speakers(text) == ["Олег Рябов"]


def test_heading_line_with_a_sentence_before_the_colon_heads_nothing(speakers: Read) -> None:
    text = (
        "Матч прошёл в Рязани. Олег Рябов ответил на вопросы:\n\n"
        "-  Команды были равны по игре и по составу, но мы дважды ошиблись в обороне."
    )
    assert "Олег Рябов" not in speakers(text)
