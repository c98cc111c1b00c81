"""Statement forms of multi-paragraph reports (issue 16, seventh round), found by a written
set of reports scored before any rule (tests/data/forms/statement_reports.jsonl): a bare post
naming the person the text gave that post, not the one named last; a dash quote whose
attribution holds a hyphenated word; an organisation word naming the organisation of that
kind paragraphs back; "выразил протест", "предупредил X о …", "по её мнению", "в сообщении
регулятора говорится". Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, speaker_of


def test_a_bare_post_names_who_the_text_gave_it(analyse: Analyse) -> None:
    text = (
        "Главный тренер «Урала» Игорь Ковалёв остался недоволен игрой.\n"
        "Капитан команды Антон Белов извинился перед болельщиками.\n"
        "Тренер пообещал, что состав на следующий матч обновят."
    )
    assert speaker_of(analyse(text), "состав на следующий") == ["Игорь Ковалёв"]


def test_a_bare_post_nobody_was_given_names_the_one_named_last(analyse: Analyse) -> None:
    text = (
        "Игорь Ковалёв провёл тренировку при закрытых дверях.\n"
        "Тренер пообещал, что состав на следующий матч обновят."
    )
    assert speaker_of(analyse(text), "состав на следующий") == ["Игорь Ковалёв"]


def test_a_post_in_a_quote_attribution_names_who_the_text_gave_it(analyse: Analyse) -> None:
    text = (
        "Министр транспорта Роман Старовойт открыл новый мост через Оку.\n"
        "Рядом стоял мэр города Пётр Сидоренко.\n"
        "«Мост сократит дорогу до области на полчаса», — сказал министр."
    )
    assert speaker_of(analyse(text), "Мост сократит") == ["Роман Старовойт"]


def test_a_dash_quote_attribution_may_hold_a_hyphenated_word(analyse: Analyse) -> None:
    text = (
        "Хоккеисты «Авангарда» проиграли третий матч подряд.\n"
        "— Нам не хватило свежести в концовке, — признал Андрей Сидоров на пресс-конференции."
    )
    assert speaker_of(analyse(text), "Нам не хватило") == ["Андрей Сидоров"]


def test_an_organisation_word_reaches_paragraphs_back(analyse: Analyse) -> None:
    text = (
        "Компания «Северный поток» закрыла два склада в Мурманске.\n"
        "Склады работали с 2015 года. В них хранили рыбу.\n"
        "Работники узнали о закрытии накануне. Многие уже нашли новое место.\n"
        "В компании уверены, что решение было единственно верным."
    )
    assert speaker_of(analyse(text), "решение было") == ["Северный поток"]


def test_an_organisation_word_names_the_organisation_of_its_kind(analyse: Analyse) -> None:
    text = (
        "Тверской суд Москвы оштрафовал «Ромашку» на миллион рублей. "
        "Об этом сообщили в пресс-службе суда."
    )
    assert speaker_of(analyse(text), "оштрафовал") == ["Тверской суд Москвы"]


def test_a_document_of_an_organisation_word(analyse: Analyse) -> None:
    text = (
        "Банк России повысил требования к страховщикам. "
        "В сообщении регулятора говорится, что новые нормы вступят в силу весной."
    )
    assert speaker_of(analyse(text), "новые нормы") == ["Банк России"]


def test_expressed_protest_is_a_statement(analyse: Analyse) -> None:
    text = "МИД Польши выразил протест в связи с высылкой двух дипломатов."
    assert speaker_of(analyse(text), "протест") == ["МИД Польши"]


def test_warned_someone_about_something(analyse: Analyse) -> None:
    text = "Глава Минздрава Михаил Мурашко предупредил регионы о росте заболеваемости гриппом."
    assert speaker_of(analyse(text), "росте заболеваемости") == ["Михаил Мурашко"]


def test_in_her_opinion(analyse: Analyse) -> None:
    text = (
        "Социолог Ирина Волкова изучила опросы за десять лет. "
        "По ее мнению, доверие к телевидению падает медленнее, чем принято думать."
    )
    assert speaker_of(analyse(text), "доверие к телевидению") == ["Ирина Волкова"]


def test_a_scientist_in_a_dash_quote_attribution(analyse: Analyse) -> None:
    text = (
        "Биолог Павел Смирнов вернулся с Камчатки.\n"
        "— Лососей в реках стало заметно меньше, — пояснил учёный."
    )
    assert speaker_of(analyse(text), "Лососей") == ["Павел Смирнов"]
