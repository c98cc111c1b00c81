"""Posts joined by a conjunction before a name: one person's two posts, or two people's.

A plural nearer post ("учредители компании X и Y") or a plural verb over the joined posts
with one name ("подписали глава региона и директор завода X") tells two holders; the
earlier post is not the named person's."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def _posts(analyse: Analyse, text: str, person: str) -> set[str]:
    return {post for post, _ in posts_of(analyse, text, person)}


def test_a_plural_post_with_its_names_leaves_the_earlier_post_unnamed(analyse: Analyse) -> None:
    text = (
        "В Тверской области построят новый завод. Документ скрепили подписями глава региона "
        "и учредители компании Иван Соколов и Пётр Орлов."
    )
    assert _posts(analyse, text, "Иван Соколов") == {"учредители"}
    assert _posts(analyse, text, "Пётр Орлов") == {"учредители"}


def test_joined_posts_under_a_plural_verb_are_two_people(analyse: Analyse) -> None:
    text = "Документ подписали глава региона и директор завода Иван Соколов."
    assert _posts(analyse, text, "Иван Соколов") == {"директор"}


def test_one_holder_of_two_posts_takes_a_singular_verb(analyse: Analyse) -> None:
    text = "Бывший глава банка «Вектор» и совладелец компании «Орбита» Иван Соколов заявил о продаже."
    assert {"глава", "совладелец"} <= _posts(analyse, text, "Иван Соколов")


def test_posts_listed_with_a_comma_stay_one_persons(analyse: Analyse) -> None:
    text = (
        "В открытии школы приняли участие глава района, секретарь отделения партии «Вектор» "
        "Иван Соколов; депутат областной думы Пётр Орлов."
    )
    posts = _posts(analyse, text, "Иван Соколов")
    assert "секретарь" in posts and any(post.startswith("глава") for post in posts), posts
