"""Occupations, round 32: a post of an organisation's governing board that names no
organisation ("председатель правления X", "заместитель председателя правления компании X",
"председатель исполкома X") is held at the one organisation the sentence names before the
post, or, when it names none there, the sentence before; a bare post, the subject of a
sentence naming nobody, carries on the one person who was the subject of the sentence
before ("X назвал … «…», — заявил пресс-секретарь президента"). Sentences written for the
tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.test_occupation28 import places_of
from tests.test_occupation_forms2 import posts_of


def test_a_deputy_board_chair_of_the_company_is_at_the_company_named_before(
    analyse: Analyse,
) -> None:
    text = (
        "Добыча «Северной нефти» выросла на треть, заявил заместитель председателя "
        "правления компании Олег Трофимов."
    )
    assert any("Северн" in place for place in places_of(analyse, text, "Олег Трофимов"))


def test_a_bare_board_chair_is_at_the_organisation_of_the_sentence_before(
    analyse: Analyse,
) -> None:
    text = (
        "В банке «Заря» начались перемены. Об этом говорится в заявлении Ирины Соколовой, "
        "председателя правления."
    )
    assert any("Заря" in place for place in places_of(analyse, text, "Ирина Соколова"))


def test_an_executive_committee_chair_is_at_the_union_named_before(analyse: Analyse) -> None:
    text = (
        "Новые члены вошли в исполком Союза гребцов. В состав исполкома союза также входят "
        "председатель исполкома Иван Лапин и Анна Белова."
    )
    assert any("гребц" in place for place in places_of(analyse, text, "Иван Лапин"))


def test_a_board_chair_after_the_speaking_company(analyse: Analyse) -> None:
    text = "Компания «Восход» снизила цены, сообщил председатель совета директоров Петр Никитин."
    assert any("Восход" in place for place in places_of(analyse, text, "Петр Никитин"))


def test_two_organisations_before_leave_the_board_post_without_place(analyse: Analyse) -> None:
    text = "Сотрудники «Зари» и «Восхода» встретились с председателем правления Петром Никитиным."
    assert places_of(analyse, text, "Петр Никитин") == set()


def test_a_board_named_as_an_organisation_is_not_the_owner(analyse: Analyse) -> None:
    text = (
        "Набсовет возложил обязанности председателя правления на зампреда правления "
        "Петра Никитина."
    )
    assert not any("Набсовет" in place for place in places_of(analyse, text, "Петр Никитин"))


@pytest.mark.parametrize(
    "text",
    [
        "Сделка будет закрыта в мае, сообщает ТАСС со ссылкой на председателя правления "
        "организации Петра Никитина.",
        "Об этом передаёт агентство «Интерфакс» со ссылкой на председателя правления "
        "Петра Никитина.",
        "Сделка будет закрыта в мае, сообщает ТАСС со ссылкой на председателя правления "
        "Петра Никитина.",
    ],
)
def test_an_outlet_relaying_the_news_employs_no_board_chair(analyse: Analyse, text: str) -> None:
    places = places_of(analyse, text, "Петр Никитин")
    assert not any("ТАСС" in place or "Интерфакс" in place for place in places)


def test_a_board_post_naming_its_organisation_keeps_it(analyse: Analyse) -> None:
    text = "Председатель правления «Восхода» Петр Никитин посетил «Зарю»."
    assert places_of(analyse, text, "Петр Никитин") == {"Восход"}


def test_a_post_of_no_board_gets_no_organisation_named_before(analyse: Analyse) -> None:
    """ "директор компании" is not a board's post: the company named before is not it."""
    text = "Сотрудники «Зари» встретились с директором компании Петром Никитиным."
    assert not any("Зар" in place for place in places_of(analyse, text, "Петр Никитин"))


def test_a_bare_post_after_a_quote_carries_on_the_subject_before(analyse: Analyse) -> None:
    text = (
        "Соколов назвал предстоящие переговоры важными. «Подождём», — заявил "
        "пресс-секретарь губернатора."
    )
    assert any("секретарь" in post for post, _ in posts_of(analyse, text, "Соколов"))


def test_a_bare_post_with_its_city_carries_on_a_subject_named_bare(analyse: Analyse) -> None:
    text = (
        "Андрей Соколов осмотрел новую набережную. «Работы закончат к осени», — отметил "
        "мэр Твери."
    )
    assert any("мэр" in post for post, _ in posts_of(analyse, text, "Андрей Соколов"))


def test_a_post_after_a_person_named_with_a_post_is_another_persons(analyse: Analyse) -> None:
    text = (
        "О пожаре сообщил губернатор области Андрей Соколов. Первый заместитель мэра Твери "
        "задержан по делу о взятке."
    )
    assert not any("мэр" in post for post, _ in posts_of(analyse, text, "Андрей Соколов"))


def test_a_post_word_said_of_another_before_is_not_the_subjects(analyse: Analyse) -> None:
    text = "Иванов раскритиковал губернатора. Губернатор ответил, что критика несправедлива."
    assert not posts_of(analyse, text, "Иванов")


def test_two_subjects_before_leave_a_bare_post_unassigned(analyse: Analyse) -> None:
    text = "Иванов и Петров встретились в Москве. Министр заявил, что переговоры прошли успешно."
    assert not posts_of(analyse, text, "Иванов")
    assert not posts_of(analyse, text, "Петров")


def test_a_bare_post_of_another_gender_than_the_subject_is_not_hers(analyse: Analyse) -> None:
    text = "Анна Белова приехала в Тверь. Министр заявил, что визит важен."
    assert not posts_of(analyse, text, "Анна Белова")


def test_a_describing_noun_for_a_post_said_before_is_no_new_post(analyse: Analyse) -> None:
    text = (
        "Главный тренер клуба «Волга» Петр Орлов покинул свой пост. Специалист попрощался "
        "с командой в раздевалке."
    )
    assert not any("специалист" in post for post, _ in posts_of(analyse, text, "Петр Орлов"))


def test_a_describing_noun_after_a_name_hung_on_a_rank_is_no_new_post(analyse: Analyse) -> None:
    text = (
        "Начальник штаба отдела полиции подполковник Ольга Петрова заметила двух "
        "подозрительных людей. — Подъехав ближе, сотрудник полиции представилась."
    )
    assert not any("сотрудник" in post for post, _ in posts_of(analyse, text, "Ольга Петрова"))
