"""Occupations, round 55: a post said with no place ("вице-президент по логистике X") is held
at the organisation the report said the same post word with just before ("Старший
вице-президент «Y» по продажам …"). Near misses: the word said with two organisations, a
deputy's word (a principal's side), an envoy, another organisation named before the post in
its own sentence, the earlier post too far back. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def _places(analyse: Analyse, text: str, name: str) -> set[str]:
    return {place.lower() for _, place in posts_of(analyse, text, name)}


def test_a_bare_vice_president_is_held_where_the_same_post_was_said(analyse: Analyse) -> None:
    text = (
        "Старший вице-президент «Волгомаша» по продажам Пётр Смирнов подал в отставку. "
        "Его место может занять вице-президент по логистике Иван Кузнецов."
    )
    assert any("волгомаш" in place for place in _places(analyse, text, "Иван Кузнецов"))


def test_a_bare_vice_president_two_sentences_on(analyse: Analyse) -> None:
    text = (
        "Исполнительный вице-президент «Камтеха» Олег Лунин уходит на пенсию. "
        "Об этом стало известно в пятницу. "
        "Исполнительным вице-президентом назначена Мария Грачёва, сообщили источники."
    )
    places = _places(analyse, text, "Мария Грачёва")
    assert any("камтех" in place for place in places)


def test_the_word_said_with_two_firms_leaves_no_place(analyse: Analyse) -> None:
    text = (
        "Вице-президент «Волгомаша» Пётр Смирнов и вице-президент «Камтеха» Олег Лунин "
        "встретились в Казани. На встрече был и вице-президент по логистике Иван Кузнецов."
    )
    places = _places(analyse, text, "Иван Кузнецов")
    assert not any("волгомаш" in p or "камтех" in p for p in places)


def test_a_deputy_is_not_placed_by_another_deputy(analyse: Analyse) -> None:
    text = (
        "Заместитель директора «Волгомаша» Пётр Смирнов подал в отставку. "
        "Его коллега заместитель министра Иван Кузнецов отказался от комментариев."
    )
    places = _places(analyse, text, "Иван Кузнецов")
    assert not any("волгомаш" in p for p in places)


def test_an_envoy_is_not_placed_at_another_envoys_body(analyse: Analyse) -> None:
    text = (
        "Постоянным представителем при ОБСЕ назначен Пётр Смирнов. "
        "Прежний посол Иван Кузнецов вернётся в Москву."
    )
    places = _places(analyse, text, "Иван Кузнецов")
    assert not any("обсе" in p for p in places)


def test_another_firm_before_the_post_leaves_no_place(analyse: Analyse) -> None:
    text = (
        "Вице-президент «Волгомаша» по продажам Пётр Смирнов подал в отставку. "
        "В «Камтехе» вице-президент по логистике Иван Кузнецов сообщил о новых заказах."
    )
    places = _places(analyse, text, "Иван Кузнецов")
    assert not any("волгомаш" in p for p in places)


def test_the_same_post_too_far_back_gives_no_place(analyse: Analyse) -> None:
    text = (
        "Вице-президент «Волгомаша» по продажам Пётр Смирнов подал в отставку. "
        "Рынок станков падает третий год. Заказы сократились вдвое. Цены растут. "
        "Экспорт тоже снизился. На форуме выступил вице-президент по логистике Иван Кузнецов."
    )
    places = _places(analyse, text, "Иван Кузнецов")
    assert not any("волгомаш" in p for p in places)
