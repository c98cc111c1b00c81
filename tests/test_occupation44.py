"""Occupations, round 44: the appointer and the remover keep only their own posts ("президент
X своим указом назначил начальником управления Y"; "сняты с должности президентом X"); a
deputy keeps the deputy's title before initials parsed in the genitive ("первый заместитель
главы администрации района по экономике В.В. Петров") and as the bare "зам" ("работал в
качестве зама главы региона"). Ranks stay posts, as FactRuEval annotates them. Sentences
written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts, posts_of


def test_the_appointer_does_not_take_the_appointees_post(analyse: Analyse) -> None:
    text = (
        "Напомним, 3 марта президент страны Сергей Ковалев своим указом назначил начальником "
        "областного управления Федора Лаптева, ранее занимавшего пост главы УМВД России по "
        "Курганской области, а до этого возглавлявшего УГИБДД ГУ МВД России по Омской области."
    )
    assert not any(post == "начальник" for post, _ in posts_of(analyse, text, "Сергей Ковалев"))
    assert any(post == "начальник" for post, _ in posts_of(analyse, text, "Федор Лаптев"))


def test_a_subject_who_becomes_keeps_the_post(analyse: Analyse) -> None:
    # near miss: a verb of becoming, not of appointing, gives its subject the post
    text = "В марте Федор Лаптев стал начальником областного управления."
    assert any(post == "начальник" for post, _ in posts_of(analyse, text, "Федор Лаптев"))


def test_a_passive_appointee_keeps_the_post(analyse: Analyse) -> None:
    # near miss: the subject of the passive is the one appointed
    text = "Федор Лаптев указом президента назначен начальником областного управления."
    assert any(post == "начальник" for post, _ in posts_of(analyse, text, "Федор Лаптев"))


def test_the_remover_is_not_the_post_left(analyse: Analyse) -> None:
    text = (
        "Дронов и ряд других высокопоставленных чиновников были одновременно сняты с должности "
        "президентом России Сергеем Ковалевым 3 марта 2019 года."
    )
    found = posts(analyse, text)
    assert not any(who != "Сергей Ковалев" and "президент" in post for who, post, _ in found)
    remover = [
        c for c in analyse(text).claims if c.type == "occupation" and c.values("who") == ["Сергей Ковалев"]
    ]
    assert remover and not any(c.values("held") for c in remover)


def test_a_post_left_in_the_genitive_is_still_left(analyse: Analyse) -> None:
    # near miss: the office's own post in the genitive is the one left
    text = "Федор Лаптев был освобожден от должности главы республики."
    claims = [
        c for c in analyse(text).claims if c.type == "occupation" and c.values("who") == ["Федор Лаптев"]
    ]
    assert any(c.values("position") == ["глава республики"] and c.values("held") for c in claims)


def test_a_deputy_before_initials_keeps_the_deputy_title(analyse: Analyse) -> None:
    text = (
        "Первый заместитель главы Администрации района по социальным вопросам Р.Т. Гусев "
        "рассказал о ремонте школ."
    )
    found = posts(analyse, text)
    assert any(post == "первый заместитель главы" for _, post, _ in found)
    assert not any(post == "глава" for _, post, _ in found)


def test_a_deputy_by_the_bare_zam_keeps_the_deputy_title(analyse: Analyse) -> None:
    text = "Роман Гусев в 2012 году уже работал в качестве зама главы региона."
    found = posts_of(analyse, text, "Роман Гусев")
    assert found and all(post.startswith("зам") for post, _ in found)


def test_a_chief_named_after_a_genitive_post_keeps_the_chiefs_post(analyse: Analyse) -> None:
    # near miss: a genitive name agreeing with the genitive post is that post's holder
    text = "Об этом сообщил помощник губернатора Ивана Котова."
    assert not any(post.startswith("помощник") for post, _ in posts_of(analyse, text, "Иван Котов"))


def test_a_rank_before_a_name_stays_a_post(analyse: Analyse) -> None:
    # decided: FactRuEval annotates ranks as positions ("полковник", "генерал-лейтенант")
    text = "Генерал-лейтенант Игорь Осипов возглавил штаб округа."
    assert any(post == "генерал-лейтенант" for post, _ in posts_of(analyse, text, "Игорь Осипов"))
