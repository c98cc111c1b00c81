"""Statement forms of long 2009-2014-style news reports (issue 16, tenth round), found by a
written set scored before any rule (tests/data/forms/statement_reports10.jsonl): an agency
relaying a source ("сообщает X со ссылкой на пресс-службу компании"), an organisation speaking
through its press office or site, a document nobody is named for ("Как отмечается в
пресс-релизе"), denials and explanations with a noun object, posts standing for the person
named before ("генерал", "футболист", "специалист"), present verbs of an analyst ("он
напоминает"), names in straight quotes inside a quote, and the oblique that names the
speaker rather than a day. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, speaker_of, statements


def test_a_relayed_press_office_is_the_organisation_named_before_not_the_agency(
    analyse: Analyse,
) -> None:
    text = (
        "Компания «Сибирский цемент» остановила печь на заводе в Ангарске. "
        "Как сообщает ИТАР-ТАСС со ссылкой на пресс-службу компании, ремонт займёт две недели."
    )
    assert speaker_of(analyse(text), "ремонт займёт") == ["Сибирский цемент"]


def test_a_long_relayed_source_after_the_agency_is_the_speaker(analyse: Analyse) -> None:
    text = (
        "Паводок в Ростовской области отрезал от дорог три хутора, сообщает «Интерфакс» со "
        "ссылкой на пресс-службу Главного управления МЧС по Ростовской области."
    )
    speakers = speaker_of(analyse(text), "отрезал от дорог")
    assert len(speakers) == 1 and "МЧС" in speakers[0]


def test_an_outlet_relaying_unnamed_sources_is_the_speaker(analyse: Analyse) -> None:
    text = (
        "Холдинг «Северная верфь», как пишет «Коммерсантъ» со ссылкой на источники в "
        "правительстве, получит заказ на строительство четырёх ледоколов."
    )
    assert speaker_of(analyse(text), "получит заказ") == ["Коммерсантъ"]


def test_a_clubs_site_is_the_club(analyse: Analyse) -> None:
    text = (
        "Хоккейный клуб «Амур» подписал контракт с вратарём Павлом Дёминым на два года, "
        "сообщает официальный сайт хабаровского клуба."
    )
    assert speaker_of(analyse(text), "подписал контракт") == ["Амур"]


def test_a_message_of_the_bank_named_in_the_same_sentence(analyse: Analyse) -> None:
    text = (
        "Кредитный портфель банка «Приокский» за полгода вырос на 12%, говорится в "
        "сообщении банка."
    )
    assert speaker_of(analyse(text), "Кредитный портфель") == ["Приокский"]


def test_a_document_nobody_is_named_for_is_the_speaker_of_the_sentence_before(
    analyse: Analyse,
) -> None:
    text = (
        "Выручка сети «Лента Юг» в первом квартале выросла на 18%, говорится в сообщении "
        "компании. Как отмечается в документе, сеть открыла семь новых магазинов."
    )
    assert speaker_of(analyse(text), "семь новых магазинов") == ["Лента Юг"]


def test_a_document_nobody_is_named_for_after_a_paragraph_break_is_nobodys(
    analyse: Analyse,
) -> None:
    text = (
        "Выручка сети «Лента Юг» в первом квартале выросла на 18%, говорится в сообщении "
        "компании.\nКак отмечается в документе, сеть открыла семь новых магазинов."
    )
    assert speaker_of(analyse(text), "семь новых магазинов") == []


def test_a_denial_of_a_version_is_a_statement(analyse: Analyse) -> None:
    text = "Глава районной администрации Пётр Кузьмин эти обвинения решительно отверг."
    assert speaker_of(analyse(text), "обвинения") == ["Пётр Кузьмин"]


def test_rejecting_an_offer_is_no_statement(analyse: Analyse) -> None:
    text = "Совет директоров «Трансмаша» отверг предложение о слиянии с конкурентом."
    assert statements(analyse(text)) == []


def test_an_organisation_denying_a_link_states(analyse: Analyse) -> None:
    text = "В компании «Трансмаш» любую связь с фирмой-однодневкой отрицают."
    assert speaker_of(analyse(text), "связь") == ["Трансмаш"]


def test_an_explanation_by_an_instrumental_noun_is_a_statement(analyse: Analyse) -> None:
    text = (
        "Авиакомпания «Таймыр» закрыла рейсы в Норильск. "
        "В авиакомпании объяснили решение низким спросом на билеты."
    )
    assert speaker_of(analyse(text), "решение") == ["Таймыр"]


def test_a_general_after_a_quote_is_the_officer_named_before(analyse: Analyse) -> None:
    text = (
        "Начальник областного управления МВД Сергей Лапин провёл пресс-конференцию. "
        "«Преступность в районе снизилась на треть», — сказал генерал."
    )
    assert speaker_of(analyse(text), "Преступность") == ["Сергей Лапин"]


def test_a_footballer_after_a_quote_is_the_player_named_before(analyse: Analyse) -> None:
    text = (
        "Нападающий «Ротора» Денис Жуков признал, что команда сыграла плохо. "
        "«Мы не создали ни одного опасного момента», — добавил футболист."
    )
    assert speaker_of(analyse(text), "опасного момента") == ["Денис Жуков"]


def test_the_words_of_a_specialist_are_the_persons_named_before(analyse: Analyse) -> None:
    text = (
        "Тренер сборной по биатлону Олег Малинин недоволен подготовкой трасс. "
        "По словам специалиста, снег на трассе слишком мягкий."
    )
    assert speaker_of(analyse(text), "снег на трассе") == ["Олег Малинин"]


def test_the_words_of_specialists_are_nobodys(analyse: Analyse) -> None:
    text = (
        "Тренер сборной по биатлону Олег Малинин недоволен подготовкой трасс. "
        "По словам специалистов, снег на трассе слишком мягкий."
    )
    assert speaker_of(analyse(text), "снег на трассе") == []


def test_an_analyst_reminds_in_the_present(analyse: Analyse) -> None:
    text = (
        "Аналитик «Уралсиба» Ирина Носова ждёт снижения цен на сталь. "
        "Она напоминает, что спрос в Китае падает третий месяц подряд."
    )
    assert speaker_of(analyse(text), "спрос в Китае") == ["Ирина Носова"]


def test_a_quote_holding_a_name_in_straight_quotes(analyse: Analyse) -> None:
    text = (
        "«Мы подали иск против \"Стройинвеста\" ещё в марте, но суд до сих пор не назначил "
        "заседание», — рассказал директор товарищества жильцов Николай Бурцев."
    )
    assert speaker_of(analyse(text), "подали иск") == ["Николай Бурцев"]


def test_the_oblique_naming_the_press_office_not_the_day(analyse: Analyse) -> None:
    text = (
        "В Омске сгорел склад бытовой химии. "
        "Об этом в пятницу сообщили в пресс-службе ГУ МЧС по Омской области."
    )
    speakers = speaker_of(analyse(text), "сгорел склад")
    assert len(speakers) == 1 and "МЧС" in speakers[0]


def test_a_bank_introduced_long_before_outranks_an_agency_named_last(
    analyse: Analyse,
) -> None:
    text = (
        "Банк «Волжский кредит» отчитался о прибыли. "
        "Прибыль выросла вдвое. Выросли и комиссионные доходы. Расходы сократились. "
        "Число клиентов увеличилось. Филиалов стало больше. Вклады выросли на треть. "
        "В мае агентство Fitch понизило прогноз по рейтингу. "
        "Представители банка заявили, что прогноз будет пересмотрен."
    )
    assert speaker_of(analyse(text), "прогноз будет пересмотрен") == ["Волжский кредит"]
