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
