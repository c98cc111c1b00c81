"""Sentence splitting on news layout: headlines, hard wraps, initials and model codes."""

from __future__ import annotations

from concord.nlp.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_headline_without_full_stop_is_a_sentence_of_its_own() -> None:
    text = "Завод откроется весной\nКомпания «Сигма» достроит цех к марту."
    assert _sentences(text) == ["Завод откроется весной", "Компания «Сигма» достроит цех к марту."]


def test_a_hard_wrap_joins_the_lines_of_one_sentence() -> None:
    text = "Компания «Сигма» достроит\nцех к марту."
    assert _sentences(text) == ["Компания «Сигма» достроит\nцех к марту."]


def test_a_model_code_ends_a_sentence() -> None:
    text = "Флот получит вертолёты Ка-52К. Контракт подписан в Туле. Ещё два придут позже."
    assert _sentences(text) == [
        "Флот получит вертолёты Ка-52К.",
        "Контракт подписан в Туле.",
        "Ещё два придут позже.",
    ]


def test_a_code_with_several_letters_or_a_quote_after_it_ends_a_sentence_too() -> None:
    text = "Завод собирает машины Т-72БМ. «Это наш рекорд», — сказал директор."
    assert _sentences(text) == [
        "Завод собирает машины Т-72БМ.",
        "«Это наш рекорд», — сказал директор.",
    ]


def test_initials_and_a_code_before_lower_case_keep_the_sentence_whole() -> None:
    assert _sentences("В. И. Петров купил Су-30МК. в прошлом году.") == [
        "В. И. Петров купил Су-30МК. в прошлом году."
    ]


def test_a_dateline_glued_to_the_first_sentence_by_a_dash_is_cut_off() -> None:
    text = "Омск. 3 мая. INTERFAX.RU - Компания «Сибмаш» купила завод в Тюмени.\nЦена не названа."
    assert _sentences(text) == [
        "Омск. 3 мая. INTERFAX.RU -",
        "Компания «Сибмаш» купила завод в Тюмени.",
        "Цена не названа.",
    ]


def test_datelines_of_other_agencies_are_sentences_of_their_own() -> None:
    assert _sentences("ТОМСК, 12 фев — РИА Новости. Мэр открыл мост.") == [
        "ТОМСК, 12 фев — РИА Новости.",
        "Мэр открыл мост.",
    ]
    assert _sentences("КУРСК, 4 июня. /Корр. ИТАР-ТАСС Иван Ким/. Завод заработал.") == [
        "КУРСК, 4 июня. /Корр. ИТАР-ТАСС Иван Ким/.",
        "Завод заработал.",
    ]
    assert _sentences("Пермь, 9 марта 2011 года — Банк «Урал» открыл офис.") == [
        "Пермь, 9 марта 2011 года —",
        "Банк «Урал» открыл офис.",
    ]


def test_a_place_and_a_date_inside_a_sentence_are_no_dateline() -> None:
    for text in ("В Омске 3 мая открылся завод.", "Омск, 3 мая — сегодня открылся завод."):
        assert _sentences(text) == [text]
    assert _sentences("Омск. 3 мая. Губернатор области Иван Ким заявил о планах.") == [
        "Омск. 3 мая.",
        "Губернатор области Иван Ким заявил о планах.",
    ]
