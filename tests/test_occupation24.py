"""Occupations, round 24: posts that are someone else's (a verb's object, the next clause's
subject, the next name's), a calling over a post in the genitive, athletes' positions, a
judge's court and a region named before. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def test_a_post_that_is_the_verbs_object_is_not_the_subjects(analyse: Analyse) -> None:
    text = "Корреспондента газеты Олег Санин встретил у входа."
    assert not any("корреспондент" in post for post, _ in posts_of(analyse, text, "Олег Санин"))


def test_a_post_agreeing_with_the_subject_is_still_held(analyse: Analyse) -> None:
    text = "Корреспондент газеты «Вечер» Олег Санин побывал на заводе."
    assert any("корреспондент" in post for post, _ in posts_of(analyse, text, "Олег Санин"))


def test_a_subject_after_a_name_in_the_genitive_opens_its_own_clause(analyse: Analyse) -> None:
    text = "По словам Ивана Котова, некоторые аналитики неверно поняли заявление банка."
    assert not posts_of(analyse, text, "Иван Котов")


def test_a_plural_subject_after_a_name_is_no_post_of_the_name(analyse: Analyse) -> None:
    text = "В день рождения Ивана Котова, уличные музыканты устроят концерт в Самаре."
    assert not posts_of(analyse, text, "Иван Котов")


def test_a_post_in_apposition_after_a_name_is_still_held(analyse: Analyse) -> None:
    text = "Об этом рассказал Иван Котов, аналитик банка «Заря»."
    assert any(post == "аналитик" for post, _ in posts_of(analyse, text, "Иван Котов"))


def test_a_post_followed_by_a_name_in_its_case_is_that_names(analyse: Analyse) -> None:
    text = "Фильм снят по сценарию Ивана Котова, продюсер Олег Санин."
    assert not posts_of(analyse, text, "Иван Котов")
    assert any(post == "продюсер" for post, _ in posts_of(analyse, text, "Олег Санин"))


def test_a_calling_over_a_post_in_the_genitive_is_the_holders(analyse: Analyse) -> None:
    text = "Ассистент режиссёра Олег Санин рассказал о съёмках."
    assert ("ассистент режиссёра", "") in posts_of(analyse, text, "Олег Санин")


def test_a_deputy_of_a_post_is_still_the_deputy(analyse: Analyse) -> None:
    text = "Заместитель директора Олег Санин рассказал о планах."
    assert any(post.startswith("заместитель") for post, _ in posts_of(analyse, text, "Олег Санин"))


def test_a_forward_plays_for_the_club_named(analyse: Analyse) -> None:
    text = "Единственный гол забил экс-форвард «Ротора» Олег Санин."
    assert any(place == "Ротор" for _, place in posts_of(analyse, text, "Олег Санин"))


def test_a_judge_sits_on_the_court_named_before(analyse: Analyse) -> None:
    text = "Иск рассмотрел Ленинский райсуд Самары. Судья Ольга Петрова отклонила жалобу."
    assert any("райсуд" in place for _, place in posts_of(analyse, text, "Ольга Петрова"))


def test_a_referee_with_no_court_named_has_no_place(analyse: Analyse) -> None:
    text = "Матч прошёл в Казани. Судья Иван Котов удалил двух игроков."
    assert posts_of(analyse, text, "Иван Котов") == {("судья", "")}


def test_a_post_of_the_region_is_held_in_the_region_named_before(analyse: Analyse) -> None:
    text = (
        "В Тверской области обсудили бюджет. Министр финансов региона Лариса Мокина "
        "представила проект."
    )
    assert any(place == "Тверская область" for _, place in posts_of(analyse, text, "Лариса Мокина"))


def test_a_post_of_the_region_with_no_region_named_has_no_place(analyse: Analyse) -> None:
    text = "Учёные обсудили климат. Министр финансов региона Лариса Мокина представила проект."
    assert all(not place for _, place in posts_of(analyse, text, "Лариса Мокина"))


def test_a_minister_with_no_country_is_the_reports_states(analyse: Analyse) -> None:
    text = (
        "Правительство Израиля одобрило план. В Израиле его обсуждали месяц. Доклад о нём "
        "представил министр по делам разведки Игаль Шарон."
    )
    assert any(place == "Израиль" for _, place in posts_of(analyse, text, "Игаль Шарон"))


def test_a_state_named_once_as_a_destination_is_no_ministers(analyse: Analyse) -> None:
    text = "Иван Орлов работал министром финансов, а позже был назначен послом в Японии."
    assert ("министр финансов", "") in posts_of(analyse, text, "Иван Орлов")


def test_a_minister_of_a_region_not_named_is_no_states(analyse: Analyse) -> None:
    text = "В России выросли цены. Министр финансов региона Лариса Мокина представила проект."
    assert all(not place for _, place in posts_of(analyse, text, "Лариса Мокина"))


def test_a_body_of_any_kind_is_the_one_organisation_named_before(analyse: Analyse) -> None:
    text = (
        "Компания «Ромашка» открыла завод в Туле. Об этом рассказал гендиректор организации "
        "Иван Котов."
    )
    assert ("гендиректор", "Ромашка") in posts_of(analyse, text, "Иван Котов")


def test_a_body_of_any_kind_among_two_organisations_is_no_place(analyse: Analyse) -> None:
    text = (
        "Компания «Ромашка» и банк «Заря» подписали договор. Об этом рассказал гендиректор "
        "организации Иван Котов."
    )
    assert posts_of(analyse, text, "Иван Котов") == {("гендиректор", "")}
