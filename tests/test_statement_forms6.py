"""Statement forms of the sixth round (issue 16), found by a written set scored before any
rule (tests/data/forms/statement_unseen.jsonl): an attribution after the clause with
"сообщил/заявил", a post of an organisation naming the person before, "отметили в
ведомстве", "В Кремле заявили", "Так X прокомментировал …", "приводит слова X", "со
ссылкой на X", "опроверг сообщения о …". Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, statement_speakers


def test_an_attribution_after_the_clause_with_reported(analyse: Analyse) -> None:
    text = "Тарифы на электричество вырастут в июле, сообщил министр Николай Шульгинов."
    assert statement_speakers(analyse(text)) == ["Николай Шульгинов"]


def test_a_post_of_an_organisation_names_the_person_before(analyse: Analyse) -> None:
    text = (
        "Дмитрий Песков ответил на вопросы журналистов. "
        "«График визита пока не согласован», — сказал пресс-секретарь Кремля."
    )
    assert statement_speakers(analyse(text)) == ["Дмитрий Песков"]


def test_an_organisation_without_a_person_before_stays(analyse: Analyse) -> None:
    text = "«Все рейсы выполняются по расписанию», — сообщили в пресс-службе «Аэрофлота»."
    assert statement_speakers(analyse(text)) == ["Аэрофлот"]


def test_an_office_word_after_the_clause_names_the_organisation_before(
    analyse: Analyse,
) -> None:
    text = (
        "Минтранс подготовил новые правила для такси. "
        "Они заработают с сентября, отметили в ведомстве."
    )
    assert statement_speakers(analyse(text)) == ["Минтранс"]


def test_the_kremlin_as_a_holder_speaks(analyse: Analyse) -> None:
    text = "В Кремле заявили, что ответ на письмо будет направлен на этой неделе."
    assert statement_speakers(analyse(text)) == ["Кремль"]


def test_a_manner_word_points_at_the_sentence_before(analyse: Analyse) -> None:
    analysed = analyse(
        "Очереди на границе скоро исчезнут. "
        "Так глава ФТС Владимир Булавин прокомментировал работу таможни."
    )
    claims = [c for c in analysed.claims if c.type == "statement"]
    assert [c.values("speaker")[0] for c in claims] == ["Владимир Булавин"]
    assert claims[0].values("quote")[0].startswith("Очереди на границе")


def test_a_comment_without_a_manner_word_is_no_statement(analyse: Analyse) -> None:
    text = "Глава ФТС Владимир Булавин прокомментировал работу таможни."
    assert statement_speakers(analyse(text)) == []


def test_words_relayed_by_an_outlet_are_the_speakers(analyse: Analyse) -> None:
    text = "«Школы откроются вовремя», — приводит слова Сергея Кравцова агентство ТАСС."
    assert statement_speakers(analyse(text)) == ["Сергей Кравцов"]


def test_an_outlet_citing_a_person_relays_them(analyse: Analyse) -> None:
    text = "Банк сократит сотрудников, пишет газета «Ведомости» со ссылкой на Андрея Костина."
    assert statement_speakers(analyse(text)) == ["Андрей Костин"]


def test_a_denial_of_reports_is_a_statement(analyse: Analyse) -> None:
    text = "Министр Сергей Кравцов опроверг слухи об отмене экзаменов."
    assert statement_speakers(analyse(text)) == ["Сергей Кравцов"]


def test_a_sentence_with_no_speech_is_none(analyse: Analyse) -> None:
    text = "Министр Сергей Кравцов посетил новую школу в Казани."
    assert statement_speakers(analyse(text)) == []
