"""Statement forms of statement47 (a class recorded on real news excerpts: J9, J10 and two
J11 sources): a speaker named only by a bare post ("губернатор отметила", "По словам
градоначальника", "Глава правительства подчеркнул") is the person the text gave that
office, or the nearest earlier person whose gender fits the verb and who holds no other
post, not whoever was named last. Near misses: the person named last holds the post
(kept), a post the text never gave anyone (the person named last, as before)."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-05-14")


def test_mayor_by_another_word_is_not_his_deputy(speakers: Read) -> None:
    text = (
        "Мэр Тамбова Олег Кравцов сообщил, что его заместитель Инна Лосева уходит в отпуск. "
        "По словам градоначальника, решение было согласовано заранее."
    )
    assert speakers(text) == ["Олег Кравцов", "Олег Кравцов"]


def test_premier_is_not_the_moderator_named_last(speakers: Read) -> None:
    text = (
        "Премьер-министр Андрей Семёнов выступил на экономическом форуме. "
        "Модератор Илья Гусев спросил о бюджете. "
        "Глава правительства подчеркнул, что расходы на медицину вырастут."
    )
    assert speakers(text) == ["Андрей Семёнов"]


def test_governor_she_is_not_the_journalist_named_last(speakers: Read) -> None:
    text = (
        "Губернатор Анна Комарова ответила на вопросы жителей. "
        "Её пресс-секретарь сообщил, что губернатор благодарна журналистке Ольге Юдиной "
        "за статью. Также губернатор отметила, что не собирается покидать регион."
    )
    assert speakers(text)[-1] == "Анна Комарова"


def test_governor_named_last_is_kept(speakers: Read) -> None:
    text = (
        "Министр спорта Виктор Рябов встретился с губернатором Ниной Зотовой. "
        "Губернатор Нина Зотова открыла новый стадион. "
        "Глава региона отметила, что к зиме откроют ещё два катка."
    )
    assert speakers(text)[-1] == "Нина Зотова"


def test_post_nobody_was_given_goes_to_the_one_named_last(speakers: Read) -> None:
    text = (
        "Депутат Пётр Лавров внёс поправки в закон о парковках. "
        "По словам политика, поправки снизят штрафы."
    )
    assert speakers(text) == ["Пётр Лавров"]


def test_two_men_the_governor_is_the_one_given_the_post(speakers: Read) -> None:
    text = (
        "Губернатор области Сергей Волков провёл совещание с главами районов. "
        "Министр транспорта Игорь Панов доложил о ремонте дорог. "
        "Глава региона добавил, что к осени отремонтируют ещё сорок километров."
    )
    assert speakers(text) == ["Игорь Панов", "Сергей Волков"]  # "доложил о …" is his


def test_she_goes_back_past_the_man_named_last(speakers: Read) -> None:
    text = (
        "Директор школы Марина Орлова встретилась с родителями. "
        "На встрече присутствовал инспектор Павел Зуев. "
        "Она заявила, что ремонт спортзала закончат к сентябрю."
    )
    assert speakers(text) == ["Марина Орлова"]
