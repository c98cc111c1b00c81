"""A post ended by a noun told as done ("приняли отставку мэра X", "после увольнения тренера
X", "прекращение полномочий главы района X", "уход X с поста", "X подал в отставку", "the
resignation of X was accepted", "after X's dismissal as coach", "X tendered his
resignation") is held=former; an end demanded, rumoured, refused or planned leaves the post
held. A post at an organisation its holder left ("клуб покинул главный тренер X") is former.
Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.test_leaving_verbs import held_posts


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("Депутаты приняли отставку мэра Твери Ивана Котова.", "Иван Котов", "мэр"),
        (
            "После увольнения главного тренера «Зари» Олега Лебедева команду возглавил его помощник.",
            "Олег Лебедев",
            "главный тренер",
        ),
        (
            "Дума утвердила досрочное прекращение полномочий главы района Ивана Котова.",
            "Иван Котов",
            "глава района",
        ),
        (
            "Совет депутатов проголосовал за отставку главы администрации Петра Сидорова.",
            "Петр Сидоров",
            "глава",
        ),
        (
            "Губернатор Андрей Орлов объявил об уходе с поста губернатора.",
            "Андрей Орлов",
            "губернатор",
        ),
        ("Министр спорта Пётр Сидоров подал в отставку.", "Пётр Сидоров", "министр спорта"),
        (
            "The council accepted the resignation of Prime Minister John Smith.",
            "John Smith",
            "prime minister",
        ),
        (
            "After the dismissal of coach John Smith, the club appointed Tom Brown.",
            "John Smith",
            "coach",
        ),
        ("Chief executive John Smith tendered his resignation.", "John Smith", "chief executive"),
        ("Клуб покинул главный тренер Олег Лебедев.", "Олег Лебедев", "главный тренер"),
    ],
)
def test_a_post_ended_by_a_done_noun_is_former(
    analyse: Analyse, text: str, person: str, post: str
) -> None:
    assert (post, "former") in held_posts(analyse, text, person)


def test_a_post_named_after_as_by_a_noun_is_given_and_former(analyse: Analyse) -> None:
    text = "After John Smith's dismissal as coach, the club appointed Tom Brown."
    assert ("coach", "former") in held_posts(analyse, text, "John Smith")


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        # demanded, rumoured, planned, refused: the post is still held
        ("Жители потребовали отставки мэра Твери Ивана Котова.", "Иван Котов", "мэр"),
        ("Депутаты обсуждают возможную отставку мэра Твери Ивана Котова.", "Иван Котов", "мэр"),
        ("Депутаты не приняли отставку мэра Твери Ивана Котова.", "Иван Котов", "мэр"),
        ("Депутаты примут отставку мэра Твери Ивана Котова в пятницу.", "Иван Котов", "мэр"),
        (
            "Совет депутатов проголосовал против отставки главы администрации Петра Сидорова.",
            "Петр Сидоров",
            "глава",
        ),
        (
            "После отставки мэра Твери Ивана Котова город возглавит его заместитель.",
            "Иван Котов",
            "мэр",
        ),
        (
            "Губернатор Андрей Орлов объявил об отставке министра Петра Сидорова.",
            "Андрей Орлов",
            "губернатор",
        ),
        (
            "Губернатор Андрей Орлов принял отставку министра Петра Сидорова.",
            "Андрей Орлов",
            "губернатор",
        ),
        (
            "Министр спорта Пётр Сидоров подал заявление об отставке.",
            "Пётр Сидоров",
            "министр спорта",
        ),
        (
            "Lawyers said the letter gave grounds for dismissal of finance minister John Smith.",
            "John Smith",
            "finance minister",
        ),
        (
            "Fans called for the resignation of Prime Minister John Smith.",
            "John Smith",
            "prime minister",
        ),
        (
            "Reporters asked about the rumoured departure of coach John Smith.",
            "John Smith",
            "coach",
        ),
        # leaving a room, or an organisation the post is not held at
        ("Главный тренер «Зари» Олег Лебедев покинул зал.", "Олег Лебедев", "главный тренер"),
        (
            "Главный тренер «Зари» Олег Лебедев покинул «Спартак» ещё в 2010 году.",
            "Олег Лебедев",
            "главный тренер",
        ),
    ],
)
def test_an_end_not_done_keeps_the_post_held(
    analyse: Analyse, text: str, person: str, post: str
) -> None:
    held = held_posts(analyse, text, person)
    assert (post, "") in held
    assert (post, "former") not in held
