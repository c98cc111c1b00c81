"""Occupations, round 43: a person credited with another's post. The issuer of an
appointing document keeps his post even with adjectives ("приказом генерального прокурора
прокурором района назначен X"); a genitive name under a predicate's post is the genitive
post's holder ("стал помощником губернатора X"); a principal's post and name between a
serving post and its holder ("пресс-секретарь президента X Y"); an all-genitive chain of
posts climbs past an adjective ("по словам заместителя генерального директора X").
Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts, posts_of


def test_an_issuers_post_with_an_adjective_is_not_the_appointees(analyse: Analyse) -> None:
    text = "Приказом генерального прокурора РФ прокурором Лесного района назначен Павел Зотов."
    found = posts_of(analyse, text, "Павел Зотов")
    assert any(post == "прокурор" for post, _ in found)
    assert not any("генеральный" in post for post, _ in found)


def test_an_issuing_director_is_not_the_appointed_director(analyse: Analyse) -> None:
    text = "Приказом генерального директора холдинга директором филиала назначена Вера Ломова."
    found = posts_of(analyse, text, "Вера Ломова")
    assert found and not any("генеральный" in post for post, _ in found)


def test_a_genitive_name_under_a_predicates_post_holds_the_inner_post(analyse: Analyse) -> None:
    text = "Он может стать новым советником губернатора Игоря Лапина по экономике."
    found = posts_of(analyse, text, "Игорь Лапин")
    assert any(post == "губернатор" for post, _ in found)
    assert not any("советник" in post for post, _ in found)


def test_a_genitive_name_after_a_place_under_a_predicates_post(analyse: Analyse) -> None:
    text = "Раньше она работала помощником депутата Госдумы Олега Нилова."
    found = posts_of(analyse, text, "Олег Нилов")
    assert any(post == "депутат" for post, _ in found)
    assert not any("помощник" in post for post, _ in found)


def test_the_appointee_of_an_active_verb_keeps_the_outer_post(analyse: Analyse) -> None:
    # near miss: after an active appointing verb the name is the one appointed
    text = "Губернатор назначил заместителем министра Олега Нилова."
    assert any("заместитель министра" in post for post, _ in posts_of(analyse, text, "Олег Нилов"))


def test_a_principal_with_his_post_between_a_serving_post_and_its_holder(analyse: Analyse) -> None:
    text = "Об этом сообщил пресс-секретарь губернатора Андрея Клычкова Иван Дроздов."
    assert any(
        post.startswith("пресс-секретарь") for post, _ in posts_of(analyse, text, "Иван Дроздов")
    )
    assert not any(
        post.startswith("пресс-секретарь") for post, _ in posts_of(analyse, text, "Андрей Клычков")
    )


def test_a_minister_and_a_minister_are_two_holders(analyse: Analyse) -> None:
    # near miss: two nominative names, neither serving the other
    text = "Встретились министр обороны Олег Крюков и министр финансов Петр Зуев."
    assert ("министр финансов", "") in posts_of(analyse, text, "Петр Зуев")
    assert not any("обороны" in post for post, _ in posts_of(analyse, text, "Петр Зуев"))


def test_an_all_genitive_chain_climbs_past_an_adjective(analyse: Analyse) -> None:
    text = "По словам заместителя генерального директора компании Ильи Фомина, сделка закрыта."
    found = posts_of(analyse, text, "Илья Фомин")
    assert any(post == "заместитель генерального директора" for post, _ in found)
    assert not any(post == "генеральный директор" for post, _ in found)


def test_an_acting_serving_post_over_a_principal_post(analyse: Analyse) -> None:
    text = "Об этом сообщил журналистам и.о. пресс-секретаря российского лидера Глеб Титов."
    found = posts_of(analyse, text, "Глеб Титов")
    assert found and all("пресс-секретаря" in post for post, _ in found)


def test_a_plain_genitive_post_keeps_its_holder(analyse: Analyse) -> None:
    # near miss: no outer post, the adjective belongs to the holder's own post
    text = "По словам главного тренера Ильи Фомина, команда готова."
    assert any(who == "Илья Фомин" and post == "главный тренер" for who, post, _ in posts(analyse, text))


def test_a_predicates_post_keeps_the_nouns_joined_in_its_remit(analyse: Analyse) -> None:
    text = "Министром образования и науки назначена Ольга Зимина."
    assert any(
        post.startswith("министр образования и науки") for post, _ in posts_of(analyse, text, "Ольга Зимина")
    )


def test_a_remit_joined_after_the_verb(analyse: Analyse) -> None:
    text = "Игорь Лапин назначен министром по делам молодежи и спорта."
    assert any(
        post == "министр по делам молодежи и спорта" for post, _ in posts_of(analyse, text, "Игорь Лапин")
    )


def test_two_joined_posts_stay_two(analyse: Analyse) -> None:
    # near miss: the conjunction joins a second post, not a remit noun
    text = "Директором завода и председателем совета назначен Игорь Лапин."
    found = posts_of(analyse, text, "Игорь Лапин")
    assert {post for post, _ in found} >= {"директор", "председатель"}
    assert not any(" и " in post for post, _ in found)
