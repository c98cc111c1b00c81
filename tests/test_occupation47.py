"""Occupations, round 47: a decree fronted before the appointee ("Указом главы республики X
назначен министром", "распоряжением губернатора X назначен …", "Распоряжением губернатора
от должности министра освобождён X"); the one replaced ("стал директором вместо X") holds
none of the posts told; a paper of resignation handed in names the post left ("X написал
заявление об отставке с поста мэра"). Sentences written for the tests."""

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


def test_a_decree_by_the_issuers_post_keeps_the_appointee(analyse: Analyse) -> None:
    text = "Указом главы республики Тимур Абдуллин назначен министром энергетики."
    found = {post for post, _ in posts_of(analyse, text, "Тимур Абдуллин")}
    assert found == {"министр энергетики"}


def test_a_decree_the_parse_joins_to_the_post_keeps_the_appointee(analyse: Analyse) -> None:
    text = (
        "Как сообщили в пресс-службе администрации края, распоряжением губернатора Денис "
        "Орехов назначен первым заместителем председателя правительства края."
    )
    found = {post for post, _ in posts_of(analyse, text, "Денис Орехов")}
    assert "первый заместитель председателя" in found


def test_an_issuer_named_in_the_genitive_is_no_appointee(analyse: Analyse) -> None:
    # near miss: the governor's name agrees with the decree's genitive: he only issues it
    text = "Распоряжением губернатора Дениса Орехова министром энергетики назначен Олег Суслов."
    assert {p for p, _ in posts_of(analyse, text, "Денис Орехов")} == {"губернатор"}
    assert {p for p, _ in posts_of(analyse, text, "Олег Суслов")} == {"министр энергетики"}


def test_an_office_left_under_a_fronted_decree_is_the_post_left(analyse: Analyse) -> None:
    text = "Распоряжением губернатора от должности министра спорта области освобожден Глеб Рябов."
    claims = _claims_of(analyse, text, "Глеб Рябов")
    assert any(
        c.values("position")[0].startswith("министр спорта") and c.values("held") for c in claims
    )


def test_the_one_replaced_is_no_part_of_the_subjects_post(analyse: Analyse) -> None:
    text = "Нина Зуева стала директором библиотеки вместо Веры Лапиной."
    assert {p for p, _ in posts_of(analyse, text, "Нина Зуева")} == {"директор библиотеки"}
    assert not _claims_of(analyse, text, "Вера Лапина")


def test_the_one_replaced_does_not_take_the_post_before_him(analyse: Analyse) -> None:
    text = "Артем Гусев стал полномочным представителем губернатора в районе вместо Ильи Панова."
    assert not _claims_of(analyse, text, "Илья Панов")
    assert any(
        p.startswith("полномочный представитель") for p, _ in posts_of(analyse, text, "Артем Гусев")
    )


def test_a_post_said_inside_the_replaced_phrase_stays_his(analyse: Analyse) -> None:
    # near miss: "вместо ушедшего главы района X": the post after the preposition is X's own
    text = "Артем Гусев назначен главой района вместо ушедшего в отставку главы района Ильи Панова."
    assert "глава района" in {p for p, _ in posts_of(analyse, text, "Илья Панов")}


def test_a_resignation_paper_names_the_post_still_held(analyse: Analyse) -> None:
    # the paper asks for an end not yet done (test_leaving_nouns: "подал заявление об
    # отставке" keeps the post held), so the post is given and not marked former
    text = "Глеб Рябов написал заявление об отставке с поста мэра Липецка."
    claims = _claims_of(analyse, text, "Глеб Рябов")
    assert any(c.values("position") == ["мэр"] and not c.values("held") for c in claims)


def test_other_papers_or_papers_only_possible_end_no_post(analyse: Analyse) -> None:
    # near misses: a paper asking for no end, and a paper only possibly written
    for text in (
        "Глеб Рябов написал заявление об отпуске.",
        "Глеб Рябов может написать заявление об отставке с поста мэра Липецка.",
    ):
        assert not _claims_of(analyse, text, "Глеб Рябов")
