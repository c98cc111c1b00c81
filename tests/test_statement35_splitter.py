"""statement35: a year's "г." before a capitalised function word ends a sentence; before a
name, a body or a noun it stays inside one (razdel never cuts there)."""

from concord.nlp.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_year_abbreviation_before_function_word_ends_sentence() -> None:
    text = "Выручка упала в 2009 г. Тем не менее директор назвал год удачным."
    assert _sentences(text) == [
        "Выручка упала в 2009 г.",
        "Тем не менее директор назвал год удачным.",
    ]


def test_year_abbreviation_before_preposition_and_pronoun() -> None:
    text = "Цех закрыли в 2011г. В 2012 г. его продали. Итоги подвели за 2015 г. Он доволен."
    assert _sentences(text) == [
        "Цех закрыли в 2011г.",
        "В 2012 г. его продали.",
        "Итоги подвели за 2015 г.",
        "Он доволен.",
    ]


def test_year_abbreviation_before_name_or_body_stays_inside() -> None:
    text = "К 2030 г. Казахстан удвоит выпуск. До конца 2024 г. Минэнерго утвердит план."
    assert _sentences(text) == [
        "К 2030 г. Казахстан удвоит выпуск.",
        "До конца 2024 г. Минэнерго утвердит план.",
    ]


def test_year_abbreviation_before_initial_or_acronym_stays_inside() -> None:
    assert _sentences("В 2019 г. А. Петров возглавил фонд.") == [
        "В 2019 г. А. Петров возглавил фонд."
    ]
    # "ООО" read letter by letter would be the interjection "О"
    assert _sentences("В 2018 г. ООО «Гранит» сменило владельца.") == [
        "В 2018 г. ООО «Гранит» сменило владельца."
    ]
