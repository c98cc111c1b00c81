"""Occupations, round 46: an acting title before the name and a post given by the verb
("Временно исполняющий обязанности руководителя фонда X избран директором": both posts are
X's); a post left told by a noun a verb of announcing governs ("X объявил об уходе с поста
директора"); powers ended by a verb ("прекратил полномочия X как гендиректора", "прекратил
полномочия губернатора X"). Sentences written for the tests."""

from __future__ import annotations

from concord.claim import Claim
from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def _claims_of(analyse: Analyse, text: str, person: str) -> list[Claim]:
    return [
        c
        for c in analyse(text).claims
        if c.type == "occupation" and c.values("who") == [person]
    ]


def test_an_acting_head_keeps_the_post_the_verb_gives(analyse: Analyse) -> None:
    text = (
        "Временно исполняющий обязанности руководителя краевого фонда Павел Игнатов "
        "выбран новым генеральным директором предприятия."
    )
    found = {post for post, _ in posts_of(analyse, text, "Павел Игнатов")}
    assert "генеральный директор" in found
    assert any(post.startswith("временно исполняющий обязанности") for post in found)


def test_an_abbreviated_acting_title_keeps_the_verbs_post(analyse: Analyse) -> None:
    text = "И.о. директора музея Марина Лаптева назначена директором театра."
    found = {post for post, _ in posts_of(analyse, text, "Марина Лаптева")}
    assert "директор" in found and "и.о. директора" in found


def test_an_acting_head_named_by_a_decree_is_no_appointer(analyse: Analyse) -> None:
    # near miss: the acting head is the verb's subject who appoints; the post is the object's
    text = "Врио главы района Олег Кузьмин назначил Ивана Лосева своим заместителем."
    assert not any(post == "заместитель" for post, _ in posts_of(analyse, text, "Олег Кузьмин"))


def test_announced_leaving_names_the_post_left(analyse: Analyse) -> None:
    text = "Сергей Воронин объявил о своем уходе с поста генерального директора компании «Север»."
    claims = _claims_of(analyse, text, "Сергей Воронин")
    assert any(
        c.values("position") == ["генеральный директор"] and c.values("held") for c in claims
    )


def test_leaving_only_spoken_of_gives_no_post_left(analyse: Analyse) -> None:
    # near misses: an end denied or only possible is no done end
    for text in (
        "Сергей Воронин не объявлял об уходе с поста генерального директора.",
        "Сергей Воронин может объявить об уходе с поста генерального директора.",
    ):
        assert not _claims_of(analyse, text, "Сергей Воронин")


def test_powers_ended_as_a_post_give_that_post_left(analyse: Analyse) -> None:
    text = "Акционеры досрочно прекратили полномочия Андрея Сомова как генерального директора."
    claims = _claims_of(analyse, text, "Андрей Сомов")
    assert any(
        c.values("position") == ["генеральный директор"] and c.values("held") for c in claims
    )


def test_powers_of_a_post_ended_mark_it_left(analyse: Analyse) -> None:
    text = "Президент досрочно прекратил полномочия губернатора Ивана Сомова."
    claims = _claims_of(analyse, text, "Иван Сомов")
    assert claims and all(c.values("held") for c in claims)


def test_a_term_of_powers_ends_no_post(analyse: Analyse) -> None:
    # near miss: "полномочия" under another noun, no verb of ending
    text = "Срок полномочий губернатора Ивана Сомова истекает в мае."
    claims = _claims_of(analyse, text, "Иван Сомов")
    assert claims and not any(c.values("held") for c in claims)


def test_the_source_said_beside_the_verbs_post_is_no_place(analyse: Analyse) -> None:
    text = (
        "Временно исполняющий обязанности руководителя Росморречфлота Олег Рябов выбран "
        "новым генеральным директором учреждения, сообщает ТАСС."
    )
    found = posts_of(analyse, text, "Олег Рябов")
    assert any(post.startswith("генеральный директор") for post, _ in found)
    assert not any("ТАСС" in place for _, place in found)
