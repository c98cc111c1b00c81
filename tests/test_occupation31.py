"""Occupations, round 31: a person's name in the genitive between a post held in someone's
service and another name ("пресс-секретарь Путина Дмитрий Песков") names whom the post
serves, and the post is the later name's; after a plural post, places and names given in
alternating runs ("послы Великобритании X, Франции и Германии Y и Z") pair in order.
Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation28 import places_of
from tests.test_occupation_forms2 import posts_of


def test_a_press_secretary_named_after_the_principal_holds_the_post(analyse: Analyse) -> None:
    text = "Об этом журналистам сообщил пресс-секретарь Лукашенко Наталья Эйсмонт."
    assert any("секретарь" in post for post, _ in posts_of(analyse, text, "Наталья Эйсмонт"))
    assert not posts_of(analyse, text, "Лукашенко")


def test_an_envoy_in_the_genitive_after_the_principal_holds_the_post(analyse: Analyse) -> None:
    text = "В Кремле ждут визита спецпосланника Байдена Амоса Хохштейна в ближайшие дни."
    assert any("посланник" in post for post, _ in posts_of(analyse, text, "Амос Хохштейн"))
    assert not posts_of(analyse, text, "Байден")


def test_an_adviser_named_after_the_principal_holds_the_post(analyse: Analyse) -> None:
    text = "На переговоры в Анкару прилетел советник Макрона Эммануэль Бонн."
    assert any("советник" in post for post, _ in posts_of(analyse, text, "Эммануэль Бонн"))


def test_two_ministers_of_two_named_countries_stay_apart(analyse: Analyse) -> None:
    """A post that serves no one does not reach across a name: "министр X" is X's."""
    text = "Переговоры провели министр Сергей Лавров и госсекретарь Энтони Блинкен."
    assert not any(post == "министр" for post, _ in posts_of(analyse, text, "Энтони Блинкен"))


def test_a_principal_in_another_case_than_the_post_is_not_its_holder(analyse: Analyse) -> None:
    text = "Об этом сообщил помощник президента Юрий Ушаков."
    assert any("помощник" in post for post, _ in posts_of(analyse, text, "Юрий Ушаков"))


def test_ambassadors_of_places_in_alternating_runs_each_take_their_own(analyse: Analyse) -> None:
    text = (
        "Министр встретился с послами Италии Марко Росси, Испании и Португалии "
        "Хуаном Гарсией и Жоау Сантушем."
    )
    assert any("Испан" in place for place in places_of(analyse, text, "Хуан Гарсия"))
    assert any("Португал" in place for place in places_of(analyse, text, "Жоау Сантуш"))
    assert any("Итал" in place for place in places_of(analyse, text, "Марко Росси"))


def test_foreign_ministers_of_two_countries_pair_in_order(analyse: Analyse) -> None:
    text = (
        "Накануне министр встретился с главами МИД Чили и Перу "
        "Альберто ван Кларенем и Хавьером Гонсалес-Олаэчеа."
    )
    assert any("Перу" in place for place in places_of(analyse, text, "Хавьер Гонсалес-Олаэчеа"))


def test_one_place_before_two_names_is_each_ones(analyse: Analyse) -> None:
    text = "В заседании участвовали депутаты Госдумы Ольга Тимофеева и Андрей Исаев."
    assert not any("Ольг" in place for place in places_of(analyse, text, "Андрей Исаев"))
    assert all("Госдум" in place for place in places_of(analyse, text, "Андрей Исаев"))
