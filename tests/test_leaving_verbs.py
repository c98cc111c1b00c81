"""A post ended by a verb told as done ("ушёл в отставку", "покинул пост", "уволило
тренера X", "освобождён от должности", "stepped down", "resigned as", "was dismissed") is
held=former; an end planned or denied leaves the post held; "X сменил Y на посту" gives X
the post now and Y the post before. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


def held_posts(analyse: Analyse, text: str, person: str) -> list[tuple[str, str]]:
    """(post, held) of each occupation of `person`; held "" where not given."""
    return [
        ((claim.values("position") or [""])[0], (claim.values("held") or [""])[0])
        for claim in analyse(text).claims
        if claim.type == "occupation"
        and claim.values("who") == [person]
        and claim.modality.name == "FACT"
    ]


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("Министр финансов Пётр Сидоров ушёл в отставку.", "Пётр Сидоров", "министр финансов"),
        (
            "В 2012 году Пётр Сидоров покинул пост министра финансов.",
            "Пётр Сидоров",
            "министр финансов",
        ),
        ("Клуб «Заря» уволил главного тренера Олега Лебедева.", "Олег Лебедев", "главный тренер"),
        ("Главный тренер «Зари» Олег Лебедев был уволен.", "Олег Лебедев", "главный тренер"),
        (
            "Олег Лебедев освобождён от должности директора завода «Прогресс».",
            "Олег Лебедев",
            "директор",
        ),
        (
            "Губернатор освободил от должности министра здравоохранения Ивана Котова.",
            "Иван Котов",
            "министр здравоохранения",
        ),
        ("Иван Котов сложил полномочия председателя думы.", "Иван Котов", "председатель"),
        ("Иван Котов отправлен в отставку с поста губернатора.", "Иван Котов", "губернатор"),
        ("Chief executive John Smith stepped down on Monday.", "John Smith", "chief executive"),
        ("John Smith stepped down as chief executive of Acme.", "John Smith", "chief executive"),
        ("John Smith resigned as chief executive of Acme.", "John Smith", "chief executive"),
        ("Finance minister John Smith was dismissed.", "John Smith", "finance minister"),
        ("John Smith left the post of finance minister.", "John Smith", "finance minister"),
    ],
)
def test_a_post_ended_by_a_verb_is_former(
    analyse: Analyse, text: str, person: str, post: str
) -> None:
    assert (post, "former") in held_posts(analyse, text, person)


def test_a_replaced_holder_is_former_and_the_successor_holds_it(analyse: Analyse) -> None:
    text = "Иван Котов сменил Олега Лебедева на посту директора завода."
    assert held_posts(analyse, text, "Олег Лебедев") == [("директор", "former")]
    assert held_posts(analyse, text, "Иван Котов") == [("директор", "")]


def test_replaced_as_in_english(analyse: Analyse) -> None:
    text = "John Smith was replaced as coach by Tom Brown."
    assert held_posts(analyse, text, "John Smith") == [("coach", "former")]
    assert held_posts(analyse, text, "Tom Brown") == [("coach", "")]


def test_only_the_post_the_verb_names_ends(analyse: Analyse) -> None:
    text = "Губернатор Иван Котов сложил полномочия председателя попечительского совета."
    assert ("губернатор", "") in held_posts(analyse, text, "Иван Котов")


# --- held now: the end planned, denied, under way, or nothing ended -----------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Пётр Сидоров покинет пост министра финансов.", "Пётр Сидоров"),
        ("Министр финансов Пётр Сидоров уйдёт в отставку.", "Пётр Сидоров"),
        ("Министр финансов Пётр Сидоров не собирается уходить в отставку.", "Пётр Сидоров"),
        ("Посол Японии в Чили Кэндзи Ито будет снят с должности.", "Кэндзи Ито"),
        ("Глава района Сергей Шокин покидает свой пост.", "Сергей Шокин"),
        ("Finance minister John Smith will step down next month.", "John Smith"),
        ("Министр Иван Котов покинул зал.", "Иван Котов"),
        ("Директор завода Иван Котов ушёл на перерыв.", "Иван Котов"),
        ("Директор завода Иван Котов освободил заложников.", "Иван Котов"),
        ("Губернатор Иван Котов уволил министра здравоохранения.", "Иван Котов"),
        ("Finance minister John Smith left the room.", "John Smith"),
        ("Finance minister John Smith stepped into the role of party leader.", "John Smith"),
    ],
)
def test_a_post_not_ended_stays_held(analyse: Analyse, text: str, person: str) -> None:
    held = held_posts(analyse, text, person)
    assert held and all(mark == "" for _, mark in held)
