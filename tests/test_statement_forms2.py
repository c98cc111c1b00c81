"""Reported speech without a plain "X заявил, что": stances, quoted complements, an
attribution on the line after its quote — on sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, statement_speakers


def test_a_stated_position_in_an_organisation(analyse: Analyse) -> None:
    analysed = analyse("В Минфине уверены, что инфляция замедлится к осени.")
    assert statement_speakers(analysed) == ["Минфин"]


def test_staff_of_a_company_named_before_speak_for_it(analyse: Analyse) -> None:
    analysed = analyse(
        "Компания «Ростелеком» отчиталась за квартал. "
        "Аналитики компании убеждены, что спрос на связь вырастет."
    )
    assert "Ростелеком" in statement_speakers(analysed)


def test_a_speech_verb_with_a_quoted_complement(analyse: Analyse) -> None:
    analysed = analyse("Министр Олег Петров назвал переговоры «очень полезными».")
    assert statement_speakers(analysed) == ["Олег Петров"]


def test_a_quoted_name_is_not_what_was_said(analyse: Analyse) -> None:
    analysed = analyse("Суд признал сотрудников «Альфа-Банка» виновными в обмане.")
    assert statement_speakers(analysed) == []


def test_more_verbs_of_saying(analyse: Analyse) -> None:
    analysed = analyse("Губернатор Анна Белова объяснила, что мост откроют в мае.")
    assert statement_speakers(analysed) == ["Анна Белова"]


def test_an_attribution_opening_the_line_after_its_quote(analyse: Analyse) -> None:
    analysed = analyse(
        "«Мы продолжим работу. Команда осталась прежней.»\n"
        "заявил после церемонии мэр Игорь Соколов."
    )
    (claim,) = [c for c in analysed.claims if c.type == "statement"]
    assert claim.values("speaker") == ["Игорь Соколов"]
    assert claim.values("quote")[0].startswith("Мы продолжим")
