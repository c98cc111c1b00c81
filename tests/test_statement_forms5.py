"""Statement forms of the fifth round (issue 16): interview answers under a speaker label,
quotes signed on the next line, nouns the text said a person is ("скульптор"), a subject the
parser lost behind "в ответ на", the attribution inside a quote before a relaying one; and
what is no statement: negated, future or wished speech, questions, a name inside a clause
on the subject, people of a place. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, statement_speakers

INTERVIEW = (
    "Корреспондент газеты поговорил с фермером.\n"
    "Радио Север: Как прошёл сезон?\n"
    "Павел Сомов: Урожай вышел хороший. Цены на зерно держатся.\n"
    "Радио Север: Что дальше?\n"
    "Павел Сомов: Весной расширим поля на сорок гектаров.\n"
)


def test_interview_answers_are_the_labelled_speakers_statements(analyse: Analyse) -> None:
    assert statement_speakers(analyse(INTERVIEW)) == ["Павел Сомов", "Павел Сомов"]


def test_the_interviewer_who_asks_is_not_a_speaker(analyse: Analyse) -> None:
    analysed = analyse(
        "Ирина Лаврова: Вы говорили, что цены вырастут?\n"
        "Олег Титов: Да, я так считаю.\n"
        "Ирина Лаврова: А налоги?\n"
        "Олег Титов: Налоги останутся прежними.\n"
    )
    assert statement_speakers(analysed) == ["Олег Титов", "Олег Титов"]


def test_a_single_label_is_no_interview(analyse: Analyse) -> None:
    assert statement_speakers(analyse("Павел Сомов: итоги года в цифрах.")) == []


def test_a_quote_signed_on_the_next_line(analyse: Analyse) -> None:
    analysed = analyse(
        "Пожарные закончили проверку склада.\n"
        "«Нарушений на складе не нашли. Проверка повторится через месяц».\n"
        "— Андрей Ковалёв, начальник пресс-службы управления\n"
    )
    assert statement_speakers(analysed) == ["Андрей Ковалёв"]


def test_a_noun_the_text_put_before_a_name_speaks_for_that_person(analyse: Analyse) -> None:
    analysed = analyse(
        "Памятник создал архитектор Семён Белов. Работа заняла два года. "
        "«Камень должен выглядеть живым», — говорит архитектор."
    )
    assert statement_speakers(analysed) == ["Семён Белов"]


def test_po_mneniyu_a_described_noun(analyse: Analyse) -> None:
    analysed = analyse(
        "Выставку готовил историк Пётр Гаврилов. "
        "По мнению историка, письма из архива изменят взгляд на войну."
    )
    assert statement_speakers(analysed) == ["Пётр Гаврилов"]


def test_a_singular_expert_refers_to_the_person_named_before(analyse: Analyse) -> None:
    analysed = analyse(
        "Доклад подготовил директор фонда Игорь Малинин. "
        "Как считает эксперт, рынок жилья вырастет к лету."
    )
    assert statement_speakers(analysed) == ["Игорь Малинин"]


def test_a_long_source_after_po_mneniyu(analyse: Analyse) -> None:
    analysed = analyse(
        "По мнению заведующего лабораторией экономического анализа регионального "
        "университета Дениса Орлова, спрос на кредиты упадёт."
    )
    assert statement_speakers(analysed) == ["Денис Орлов"]


def test_a_speaker_after_v_otvet_na(analyse: Analyse) -> None:
    analysed = analyse(
        "В ответ на критику соседей глава района Николай Фомин заявляет, что мост "
        "«Северный» откроют вовремя."
    )
    assert statement_speakers(analysed) == ["Николай Фомин"]


def test_the_attribution_inside_a_quote_names_the_speaker_not_the_relay(
    analyse: Analyse,
) -> None:
    analysed = analyse(
        "«Мы готовы к переговорам, — сказал Карл Мюллер. — Но условия поставим сами», — "
        "цитирует слова министра пресс-служба правительства Баварии."
    )
    assert statement_speakers(analysed) == ["Карл Мюллер"]


def test_negated_speech_is_no_statement(analyse: Analyse) -> None:
    analysed = analyse("Компания «Ладога» пока не объявила о закрытии завода в Выборге.")
    assert statement_speakers(analysed) == []


def test_negated_ne_isklyuchil_still_states(analyse: Analyse) -> None:
    analysed = analyse("Министр финансов Анна Руденко не исключила, что налог повысят.")
    assert statement_speakers(analysed) == ["Анна Руденко"]


def test_a_negation_inside_what_was_said_keeps_the_statement(analyse: Analyse) -> None:
    analysed = analyse("Мэр Олег Сизов рассказал, что денег на ремонт школы не было.")
    assert statement_speakers(analysed) == ["Олег Сизов"]


def test_future_speech_is_no_statement(analyse: Analyse) -> None:
    analysed = analyse("Губернатор Игорь Лесков заявит о новых мерах в понедельник.")
    assert statement_speakers(analysed) == []


def test_a_promise_is_still_a_statement(analyse: Analyse) -> None:
    analysed = analyse("Мэр Олег Сизов пообещал, что мост будет открыт летом.")
    assert statement_speakers(analysed) == ["Олег Сизов"]


def test_wished_or_possible_speech_is_no_statement(analyse: Analyse) -> None:
    assert statement_speakers(
        analyse("Сенатор Марк Стоун хотел подчеркнуть, что война окончена.")
    ) == []
    analysed = analyse(
        "Рост торговли между Польшей и Литвой позволил экономистам говорить о том, что "
        "страны сближаются."
    )
    assert statement_speakers(analysed) == []


def test_a_question_is_no_statement(analyse: Analyse) -> None:
    analysed = analyse("Правда ли, что министр Павел Крылов заявил о своей отставке?")
    assert statement_speakers(analysed) == []


def test_a_name_inside_a_clause_on_the_subject_is_not_the_speaker(analyse: Analyse) -> None:
    analysed = analyse("Сегодня врачи, лечащие Ольгу Белову, говорят, что она идёт на поправку.")
    assert statement_speakers(analysed) == []


def test_people_of_a_place_are_no_speaker(analyse: Analyse) -> None:
    analysed = analyse("Об этом журналистам сообщили жители деревни Малые Вишеры.")
    assert statement_speakers(analysed) == []
