"""Statement forms of the fourth round (issue 16): quotes interrupted by their attribution,
quote paragraphs continuing the last speaker, documents and data of a named source, speech
without quotation marks, light verbs with "заявление", impersonal holders after the verb,
judgements, Latin names the recogniser misses. Sentences written for the tests."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from tests.conftest import Analyse, statement_speakers


def quotes(analysed: AnalysedDocument) -> list[str]:
    return [c.values("quote")[0] for c in analysed.claims if c.type == "statement"]


def test_a_quote_interrupted_by_its_attribution(analyse: Analyse) -> None:
    analysed = analyse(
        "«Мы ждали этого решения долго, — пояснила Ирина Козлова, — но теперь начнём работу»."
    )
    assert statement_speakers(analysed) == ["Ирина Козлова"]


def test_an_interrupted_quote_whose_attribution_ends_a_sentence(analyse: Analyse) -> None:
    analysed = analyse(
        "«Мы приедем все вместе — с детьми и родителями, — сказала Анна Лосева. — "
        "Нам никто не запрещал»."
    )
    assert statement_speakers(analysed) == ["Анна Лосева"]


def test_quote_paragraphs_go_on_quoting_the_last_speaker(analyse: Analyse) -> None:
    analysed = analyse(
        "Директор музея Ольга Романова дала интервью.\n"
        "«Мы откроем новый зал к осени», сказала Романова.\n"
        "«Там будут картины из запасников. Их давно не показывали»."
    )
    assert statement_speakers(analysed) == ["Ольга Романова", "Ольга Романова"]
    assert quotes(analysed)[1].startswith("Там будут картины")


def test_a_quote_paragraph_after_narration_has_no_speaker(analyse: Analyse) -> None:
    analysed = analyse(
        "Министр Олег Жуков посетил завод.\nПотом начался дождь.\n«Так бывает каждую осень»."
    )
    assert statement_speakers(analysed) == []


def test_data_of_a_named_source(analyse: Analyse) -> None:
    analysed = analyse("По информации МВД, на дорогах стало меньше аварий.")
    assert statement_speakers(analysed) == ["МВД"]


def test_an_opinion_of_unnamed_people_has_no_speaker(analyse: Analyse) -> None:
    assert statement_speakers(analyse("По мнению экспертов, рынок вырастет.")) == []


def test_what_a_named_source_document_says(analyse: Analyse) -> None:
    after = analyse("Цены снизятся уже в марте, говорится в сообщении Минэкономразвития.")
    before = analyse("В заявлении Минобороны говорится, что учения завершились.")
    assert len(statement_speakers(after)) == 1 and len(statement_speakers(before)) == 1


def test_speech_without_quotation_marks(analyse: Analyse) -> None:
    analysed = analyse("Мы довольны этими переговорами, сказал Павел Орлов.")
    assert statement_speakers(analysed) == ["Павел Орлов"]


def test_such_a_statement_refers_to_the_sentence_before(analyse: Analyse) -> None:
    analysed = analyse(
        "Министр Олег Жуков предложил закрыть рынок. "
        "Такое заявление Жуков сделал на встрече с фермерами."
    )
    claims = [c for c in analysed.claims if c.type == "statement"]
    assert {c.values("speaker")[0] for c in claims} == {"Олег Жуков"}
    assert any(c.values("quote")[0].startswith("Министр Олег Жуков предложил") for c in claims)


def test_a_statement_made_about_something(analyse: Analyse) -> None:
    analysed = analyse("Губернатор Павел Ершов сделал заявление о повышении пенсий.")
    assert statement_speakers(analysed) == ["Павел Ершов"]


def test_an_application_rejected_is_not_a_statement(analyse: Analyse) -> None:
    assert statement_speakers(analyse("Суд отклонил заявление Ивана Петрова.")) == []


def test_the_press_office_named_after_the_verb(analyse: Analyse) -> None:
    analysed = analyse(
        "Завод в Череповце не закроют. Об этом сообщили в пресс-службе компании «Северсталь»."
    )
    assert statement_speakers(analysed) == ["Северсталь"]


def test_a_judgement_of_a_decision(analyse: Analyse) -> None:
    analysed = analyse("Клуб «Динамо» считает решение тренера ошибочным.")
    assert statement_speakers(analysed) == ["Динамо"]


def test_rulings_and_appointments_are_not_judgements(analyse: Analyse) -> None:
    assert statement_speakers(analyse("Суд признал компанию «Вектор» виновной в сговоре.")) == []
    assert (
        statement_speakers(analyse("Тренер Пётр Ильин назвал Олега Смирнова капитаном команды."))
        == []
    )


def test_a_judgement_inside_another_statement_is_theirs(analyse: Analyse) -> None:
    analysed = analyse("Премьер Иван Кротов подчеркнул, что Франция считает договор выгодным.")
    assert statement_speakers(analysed) == ["Иван Кротов"]


def test_a_latin_name_after_according_to(analyse: Analyse) -> None:
    analysed = analyse("Согласно comScore, число посетителей сайта выросло.")
    assert statement_speakers(analysed) == ["comScore"]


def test_a_nickname_in_the_subject(analyse: Analyse) -> None:
    analysed = analyse("Пользователь ЖЖ mirlan сообщает, что акция закончилась.")
    assert statement_speakers(analysed) == ["mirlan"]


def test_an_inflected_post_after_in_the_words_of(analyse: Analyse) -> None:
    analysed = analyse(
        "Мэр Игорь Васильев открыл мост. По словам 54-летнего политика, ремонт обойдётся недорого."
    )
    assert statement_speakers(analysed) == ["Игорь Васильев"]


def test_a_policy_is_not_a_politician(analyse: Analyse) -> None:
    analysed = analyse(
        "Мэр Игорь Васильев открыл мост. Согласно политике города, проезд по нему бесплатный."
    )
    assert statement_speakers(analysed) == []


def test_complaining_and_objecting(analyse: Analyse) -> None:
    assert statement_speakers(analyse("Ольга Петрова посетовала, что библиотеку закрыли.")) == [
        "Ольга Петрова"
    ]
    assert statement_speakers(analyse("Компания «Вектор» возражает против новых правил.")) == [
        "Вектор"
    ]
