"""Statement forms of news reports (issue 16, ninth round), found by a written set of
reports scored before any rule (tests/data/forms/statement_reports9.jsonl) and by sentences
written for the brief's list of reporting forms: a head given by post first and named in the
next sentence; an organisation word not standing for a name that was only a place ("в
Пулково"); "госкорпорация"; "«…», — такими словами X открыл …"; stance and present verbs
after a quote ("— считает / уверен / полагает / подытожил X"); "признался / допустил /
высказал мнение / не сомневается / пожаловался / настаивает, что"; "по оценке X", "как следует
из заявления X". Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, speaker_of, statements


def test_a_head_given_by_post_is_the_person_named_in_the_next_sentence(
    analyse: Analyse,
) -> None:
    text = (
        "Генеральный директор «Северстали» во вторник заявил, что комбинат сократит выпуск "
        "проката. Александр Шевелев уточнил, что решение связано с падением спроса."
    )
    assert speaker_of(analyse(text), "комбинат сократит") == ["Александр Шевелев"]


def test_a_head_given_by_post_is_not_someone_named_before(analyse: Analyse) -> None:
    text = (
        "Игорь Зотов провёл совещание с поставщиками.\n"
        "Генеральный директор «Северстали» заявил, что комбинат сократит выпуск проката. "
        "Игорь Зотов ответил, что поставщики готовы снизить цены."
    )
    assert speaker_of(analyse(text), "комбинат сократит") == ["Игорь Зотов"]


def test_an_organisation_word_skips_a_name_that_stood_as_a_place(analyse: Analyse) -> None:
    text = (
        "Компания «Волгатранс» открыла новый склад в «Шереметьево». "
        "В компании пояснили, что склад будет принимать грузы круглосуточно."
    )
    assert speaker_of(analyse(text), "склад будет принимать") == ["Волгатранс"]


def test_a_state_corporation_word_names_the_corporation(analyse: Analyse) -> None:
    text = (
        "Госкорпорация «Ростех» показала новый вертолёт. "
        "В госкорпорации подчеркнули, что серийный выпуск начнётся через год."
    )
    assert speaker_of(analyse(text), "серийный выпуск") == ["Ростех"]


def test_a_quote_introduced_by_these_words(analyse: Analyse) -> None:
    text = (
        "«Этот сезон мы запомним надолго. Команда сделала всё, что могла», — такими словами "
        "главный тренер «Динамо» Валерий Карпин начал пресс-конференцию."
    )
    assert speaker_of(analyse(text), "Этот сезон") == ["Валерий Карпин"]


def test_stance_and_present_verbs_after_a_quote(analyse: Analyse) -> None:
    for verb in ("считает", "уверен", "полагает", "подытожил", "поясняет"):
        text = f"«Спрос на аренду вырастет уже весной», — {verb} риелтор Ольга Барсукова."
        assert speaker_of(analyse(text), "Спрос на аренду") == ["Ольга Барсукова"], verb


def test_more_verbs_of_stating_with_a_clause(analyse: Analyse) -> None:
    for verb in (
        "признался",
        "допустил",
        "высказал мнение",
        "не сомневается",
        "пожаловался",
        "настаивает",
    ):
        text = f"Мэр Твери Алексей Огоньков {verb}, что трамвай вернётся в город к осени."
        assert speaker_of(analyse(text), "трамвай вернётся") == ["Алексей Огоньков"], verb


def test_these_verbs_without_a_clause_state_nothing(analyse: Analyse) -> None:
    for text in (
        "Водитель автобуса Пётр Седов допустил ошибку на повороте.",
        "Директор школы Анна Лисова настаивает на увольнении завхоза.",
        "Фермер Иван Гусев признался в любви к своей профессии.",
    ):
        assert statements(analyse(text)) == [], text


def test_an_estimate_and_what_follows_from_a_statement(analyse: Analyse) -> None:
    text = "По оценке Минфина, дефицит бюджета в этом году сократится вдвое."
    assert speaker_of(analyse(text), "дефицит бюджета") == ["Минфин"]
    text = "Как следует из заявления МЧС, паводок в регионе пошёл на спад."
    assert speaker_of(analyse(text), "паводок") == ["МЧС"]


def test_a_clause_after_a_colon_is_what_was_said(analyse: Analyse) -> None:
    text = "Глава Росавиации Дмитрий Ядров заявил: аэропорт Сочи откроют после ремонта в мае."
    assert speaker_of(analyse(text), "аэропорт Сочи") == ["Дмитрий Ядров"]
    text = "Диетолог Марина Зайцева уверена: сладкое на завтрак вредит детям."
    assert speaker_of(analyse(text), "сладкое на завтрак") == ["Марина Зайцева"]


def test_a_list_after_a_colon_is_no_clause_said(analyse: Analyse) -> None:
    text = "Директор завода Пётр Лебедев назвал три причины: кризис, санкции и курс рубля."
    assert statements(analyse(text)) == []
