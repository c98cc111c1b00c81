"""Occupations, round 34: a person named with a post who a verb gives another post keeps
both, though the parser hung the name on the post as a modifier ("Бывший министр X
назначен главой района") or on a genitive of the post's phrase ("Экс-руководитель
аппарата администрации X назначен …"); a predicate fronted before the verb stays the
verb's when the parser hung it on a reporting clause after ("Директором театра назначен X,
стало известно в пятницу"). Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def post_words(analyse: Analyse, text: str, person: str) -> set[str]:
    """The posts alone of the person's occupations."""
    return {post.lower() for post, _ in posts_of(analyse, text, person)}


def test_a_former_minister_appointed_head_keeps_the_new_post(analyse: Analyse) -> None:
    text = "Бывший министр Вильдан Узбеков назначен главой администрации Колышлейского района."
    posts = post_words(analyse, text, "Вильдан Узбеков")
    assert "министр" in posts
    assert any(post.startswith("глав") for post in posts)


def test_a_name_hung_on_a_genitive_of_the_post_takes_the_acting_post(analyse: Analyse) -> None:
    text = (
        "Экс-руководитель аппарата администрации города Заречного Вильдан Узбеков назначен "
        "исполняющим обязанности главы администрации Колышлейского района."
    )
    assert any("обязанности главы" in post for post in post_words(analyse, text, "Вильдан Узбеков"))


def test_a_fronted_predicate_before_a_reporting_clause(analyse: Analyse) -> None:
    text = (
        "Директором Пермского театра оперы назначен его заместитель Олег Гуров, стало "
        "известно во вторник, 5 мая."
    )
    posts = post_words(analyse, text, "Олег Гуров")
    assert "заместитель" in posts
    assert "директор" in posts


def test_a_fronted_coach_post_before_a_reporting_clause(analyse: Analyse) -> None:
    text = "Главным тренером «Сокола» назначен его помощник Олег Гуров, стало известно в среду, 3 марта."
    assert "главный тренер" in post_words(analyse, text, "Олег Гуров")


def test_a_genitive_owner_of_a_post_takes_no_verb_post(analyse: Analyse) -> None:
    text = "Помощник министра Ивана Орлова назначен послом в Чили."
    assert not any(post.startswith("посол") for post in post_words(analyse, text, "Иван Орлов"))


def test_a_named_post_alone_is_unchanged(analyse: Analyse) -> None:
    text = "Бывший министр Вильдан Узбеков выступил на собрании жителей района."
    assert post_words(analyse, text, "Вильдан Узбеков") == {"министр"}


def test_a_reporting_clause_gives_no_post_to_its_own_subject(analyse: Analyse) -> None:
    text = "Директором школы назначен Иван Орлов, сообщил глава района Петр Сидоров."
    assert not any(post.startswith("директор") for post in post_words(analyse, text, "Петр Сидоров"))
