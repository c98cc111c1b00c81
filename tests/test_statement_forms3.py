"""Statement forms of the third round (issue 16): infinitive complements, converbs and
conjuncts sharing their governor's subject, coordinated speakers, attributions set in the
middle of a sentence, quotes holding quoted titles, relays. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, statement_speakers


def test_a_promise_with_an_infinitive(analyse: Analyse) -> None:
    analysed = analyse("Министр Иван Соколов пообещал с мая снизить тарифы на проезд.")
    assert statement_speakers(analysed) == ["Иван Соколов"]


def test_promising_to_attend_is_not_a_statement(analyse: Analyse) -> None:
    analysed = analyse("На форуме обещал быть председатель совета Пётр Ломов.")
    assert statement_speakers(analysed) == []


def test_a_converb_shares_the_subject_and_both_conjuncts_speak(analyse: Analyse) -> None:
    analysed = analyse(
        "Израиль и Франция отвергают этот план, заявляя, что вопрос решат переговоры."
    )
    assert sorted(statement_speakers(analysed)) == ["Израиль", "Франция"]


def test_one_claim_per_speaker_and_sentence(analyse: Analyse) -> None:
    analysed = analyse(
        "Губернатор Ольга Сидорова заявила, что мост откроют в мае, и добавила, что "
        "дорогу к нему расширят."
    )
    assert statement_speakers(analysed) == ["Ольга Сидорова"]


def test_an_attribution_in_the_middle_of_a_sentence(analyse: Analyse) -> None:
    analysed = analyse(
        "Мэр Антон Белов открыл новую школу. Теперь, продолжил он, город построит ещё две."
    )
    assert statement_speakers(analysed) == ["Антон Белов"]


def test_as_someone_tells_it(analyse: Analyse) -> None:
    analysed = analyse("Как рассказывает сам Олег Рябов, он узнал о проверке заранее.")
    assert statement_speakers(analysed) == ["Олег Рябов"]


def test_a_quote_holding_a_quoted_title(analyse: Analyse) -> None:
    analysed = analyse(
        "«Закон «О музеях» прямо запрещает такие работы», — заявил директор фонда "
        "«Наследие» Олег Рябов."
    )
    assert statement_speakers(analysed) == ["Олег Рябов"]


def test_a_quoted_outlet_before_a_verb_is_not_a_quote(analyse: Analyse) -> None:
    analysed = analyse(
        "Политолог Анна Котова в интервью «Новой столице» говорит о выборах так: "
        "«Результат был известен заранее»."
    )
    assert statement_speakers(analysed) == ["Анна Котова"]


def test_a_short_quote_inside_reported_speech_leaves_the_sentence_to_be_read(
    analyse: Analyse,
) -> None:
    analysed = analyse(
        "Премьер Олег Рябов заявил, что этот визит «вызывает тревогу», а его советник "
        "Анна Котова добавила, что ответ будет."
    )
    assert "Олег Рябов" in statement_speakers(analysed)


def test_an_outlet_relaying_a_speaker_named_next(analyse: Analyse) -> None:
    analysed = analyse(
        "Как передало агентство «Восток», в городе открыли дело о поджоге. Об этом "
        "сообщил прокурор области Пётр Ломов."
    )
    assert statement_speakers(analysed) == ["Пётр Ломов"]


def test_an_official_named_before(analyse: Analyse) -> None:
    analysed = analyse(
        "Об этом рассказал замминистра финансов Игорь Гусев. Чиновник заметил, что "
        "бюджет примут в срок."
    )
    assert statement_speakers(analysed).count("Игорь Гусев") == 2
