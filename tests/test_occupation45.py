"""Occupations, round 45: a post too long for the words before a rank ("начальник управления
по борьбе с … МВД генерал-майор полиции X"); the reappointing verb ("переназначил X
министром"); a relative clause with an appointing participle ("X, который был назначен
начальником …") or an undeclined deputy's title ("которая работает замглавы"); names listed
after a plural deputies' post though the parser hung them on the post's genitive. Sentences
written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts, posts_of


def test_a_long_post_before_a_rank_is_kept(analyse: Analyse) -> None:
    text = (
        "Начальник управления по борьбе с налоговыми преступлениями МВД генерал-майор "
        "полиции Павел Зуев уволен."
    )
    found = posts_of(analyse, text, "Павел Зуев")
    assert any(post == "начальник" for post, _ in found)
    assert any(post.startswith("генерал-майор") for post, _ in found)  # the rank stays a post


def test_each_of_two_ranked_officers_keeps_his_own_long_post(analyse: Analyse) -> None:
    text = (
        "Своих постов лишились начальник управления транспортной полиции на Северной железной "
        "дороге ГУ МВД по Ярославской области генерал-майор полиции Олег Сидоров и начальник "
        "управления по борьбе с экономическими преступлениями МВД генерал-майор полиции Павел Зуев."
    )
    assert any(post == "начальник" for post, _ in posts_of(analyse, text, "Олег Сидоров"))
    assert any(post == "начальник" for post, _ in posts_of(analyse, text, "Павел Зуев"))


def test_a_rank_with_no_post_before_it_gives_no_other_post(analyse: Analyse) -> None:
    # near miss: a verb before the rank ends the post's phrase
    text = "Главное управление возглавил генерал-майор полиции Павел Зуев."
    assert not any(post == "начальник" for post, _ in posts_of(analyse, text, "Павел Зуев"))


def test_the_reappointed_gets_the_post(analyse: Analyse) -> None:
    text = "Президент переназначил Артема Гусева министром внутренних дел республики."
    assert any(post.startswith("министр") for post, _ in posts_of(analyse, text, "Артем Гусев"))
    assert not any(
        post.startswith("министр") for who, post, _ in posts(analyse, text) if who != "Артем Гусев"
    )


def test_a_relative_clause_with_an_appointing_participle_gives_the_post(analyse: Analyse) -> None:
    text = (
        "Он сменит на этом посту Павла Зуева, который месяц назад был назначен начальником УВД "
        "по Курской области."
    )
    claims = [
        c for c in analyse(text).claims if c.type == "occupation" and c.values("who") == ["Павел Зуев"]
    ]
    assert any(c.values("position") == ["начальник"] for c in claims)
    assert all(c.modality == "fact" for c in claims)  # the clause's past, not the main verb's future


def test_a_relative_clause_with_an_undeclined_deputy_title_gives_the_post(analyse: Analyse) -> None:
    text = "Обязанности возложены на Анну Ершову, которая работает замглавы города по социальным вопросам."
    assert any(post.startswith("замглавы") for post, _ in posts_of(analyse, text, "Анна Ершова"))


def test_a_relative_clause_on_another_verb_gives_no_post(analyse: Analyse) -> None:
    # near miss: the participle of a verb that appoints no one gives no post
    text = "Он сменит Павла Зуева, который месяц назад был награжден орденом."
    assert not posts_of(analyse, text, "Павел Зуев")


def test_each_listed_deputy_shares_the_plural_post(analyse: Analyse) -> None:
    text = "Мэр уволил заместителей главы города Ивана Петрова, Олега Зимина и Анну Ершову."
    for person in ("Иван Петров", "Олег Зимин", "Анна Ершова"):
        assert any(post.startswith("заместител") for post, _ in posts_of(analyse, text, person))


def test_a_name_after_the_list_does_not_share_the_post(analyse: Analyse) -> None:
    # near miss: a name past another word is not in the list
    text = "Мэр уволил заместителей главы города Ивана Петрова и Олега Зимина по просьбе Анны Ершовой."
    assert not any(post.startswith("заместител") for post, _ in posts_of(analyse, text, "Анна Ершова"))
