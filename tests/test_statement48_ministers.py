"""Statement forms of statement48 (a class recorded on real news excerpts: two J12
sources, several ministers named in one lead): a minister referred to by the ministry's
short name ("руководитель Минздрава", "глава МВД") or by its field ("министр финансов")
is the person the text gave that ministry's post, not the last of the ministers named;
a pronoun right after such a sentence goes on with that minister. Near misses: a
deputy minister is not the minister; a ministry nobody was given leaves the plain post
rules (the subject named before); a post with no ministry is unchanged."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-05-14")


def test_ministry_short_name_means_the_minister_of_that_field(speakers: Read) -> None:
    text = (
        "В Тверскую область прибыли министр транспорта Павел Зуев, глава МЧС Игорь Котов "
        "и министр культуры Лев Орлов. Об этом на брифинге сообщил руководитель Минтранса."
    )
    assert speakers(text) == ["Павел Зуев"]


def test_field_post_means_the_one_called_by_the_short_name(speakers: Read) -> None:
    text = (
        "Глава Минфина Роман Белов и министр юстиции Кирилл Шаров провели совещание. "
        "«Бюджет на следующий год будет сбалансирован», — пояснил министр финансов."
    )
    assert speakers(text) == ["Роман Белов"]


def test_pronoun_goes_on_with_the_minister_named_by_ministry(speakers: Read) -> None:
    text = (
        "В Омск приехали министр здравоохранения Олег Рудаков, глава МВД Денис Ломов "
        "и министр спорта Глеб Чернов. Об этом сообщил руководитель Минздрава. "
        "По его словам, в больницах области не хватает врачей."
    )
    assert speakers(text) == ["Олег Рудаков", "Олег Рудаков"]


def test_deputy_minister_is_not_the_minister(speakers: Read) -> None:
    text = (
        "Министр здравоохранения Олег Рудаков и заместитель министра здравоохранения "
        "Пётр Гаврилов посетили клинику. "
        "«Клиника получит новое оборудование», — заявил глава Минздрава."
    )
    assert speakers(text) == ["Олег Рудаков"]


def test_ministry_nobody_was_given_leaves_the_plain_rules(speakers: Read) -> None:
    # no minister named: as before, the clause's subject goes on, not the man it met
    text = (
        "Губернатор Семён Гришин встретился с бизнесменом Антоном Руденко. "
        "«Завод будет построен к осени», — сказал глава Минпромторга."
    )
    assert speakers(text) == ["Семён Гришин"]


def test_post_without_ministry_is_unchanged(speakers: Read) -> None:
    text = (
        "Министр транспорта Павел Зуев встретился с губернатором Ниной Зотовой. "
        "Глава региона отметила, что дорогу откроют осенью."
    )
    assert speakers(text) == ["Нина Зотова"]
