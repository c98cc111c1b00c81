"""Occupations, round 52: taking an office up. "X вступил в должность генерального
директора Y", "X заступила на пост главы администрации Z", "после вступления X в должность
губернатора": the office noun's genitive is the post held from then on, as after "перешёл
на должность". Near misses: a law coming into force, a guard going on duty, joining a
party, entering talks, taking up an office with no post named. Sentences written for the
tests."""

from __future__ import annotations

from concord.claim import Claim
from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def _claims(analyse: Analyse, text: str, name: str) -> list[Claim]:
    return [
        claim
        for claim in analyse(text).claims
        if claim.type == "occupation" and claim.values("who") == [name]
    ]


def test_taking_up_an_office_gives_its_post_and_body(analyse: Analyse) -> None:
    text = "Игорь Петренко вступил в должность генерального директора компании «Северсталь-Транс» в понедельник."
    assert ("генеральный директор", "компания Северсталь-Транс") in posts_of(
        analyse, text, "Игорь Петренко"
    )


def test_going_on_to_a_post_by_zastupit_gives_the_post(analyse: Analyse) -> None:
    text = "Марина Кузнецова заступила на пост главы администрации Тулы."
    assert {post for post, _ in posts_of(analyse, text, "Марина Кузнецова")} == {"глава"}


def test_a_career_before_taking_up_the_office_keeps_both_posts(analyse: Analyse) -> None:
    text = (
        "Виктор Белов, занимавший ранее пост министра финансов, вступил в должность "
        "председателя правления банка «Восток» в марте."
    )
    claims = _claims(analyse, text, "Виктор Белов")
    held = {(c.values("position")[0], tuple(c.values("held"))) for c in claims}
    assert ("председатель правления", ()) in held
    assert ("министр финансов", ("former",)) in held


def test_the_noun_of_taking_up_an_office_gives_the_post(analyse: Analyse) -> None:
    text = "После вступления Сергея Гусева в должность губернатора области в регионе сменилась команда."
    assert {post for post, _ in posts_of(analyse, text, "Сергей Гусев")} == {"губернатор области"}


def test_an_office_taken_up_later_is_planned(analyse: Analyse) -> None:
    text = "Андрей Волков вступит в должность директора школы 1 сентября."
    claims = _claims(analyse, text, "Андрей Волков")
    assert [c.values("position") for c in claims] == [["директор"]]
    assert claims[0].modality.value == "planned"


def test_near_misses_of_entering_give_no_post(analyse: Analyse) -> None:
    text = (
        "Закон вступил в силу в прошлом месяце. "
        "Ольга Смирнова вступила в партию в прошлом году. "
        "Кирилл Ларин вступил в переговоры с руководством завода. "
        "Павел Орлов перешёл в отдел продаж. "
        "Нина Громова вступила в должность в понедельник."
    )
    found = [c for c in analyse(text).claims if c.type == "occupation"]
    assert found == []
