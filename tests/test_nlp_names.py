"""nlp-names: names the Russian name finder reads wrongly (sentences written for these tests).

A single capitalised word tagged as a person that the dictionary knows as no name: a
common word whose capital only opens a sentence is no name, a compound organisation word
is an organisation; a surname that is a common noun stays a person.
"""

from __future__ import annotations

from concord.analysis import Token
from concord.nlp.person_words import one_word_kind, person_words
from tests.conftest import Analyse


def _mentions(analyse: Analyse, text: str) -> set[tuple[str, str]]:
    return {(mention.type, mention.text) for mention in analyse(text).mentions}


def _people(analyse: Analyse, text: str) -> set[str]:
    return {text for kind, text in _mentions(analyse, text) if kind == "PER"}


def _word(text: str, pos: str) -> Token:
    return Token(0, len(text), text, text.lower(), pos, {}, head=-1, relation="root")


_NO_NAMES = person_words([])


def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    # "Беседа длилась час.", "Очень грязный двор.", "Он заявил …" tagged as persons
    for text, pos in (("Беседа", "NOUN"), ("Очень", "ADV"), ("Он", "PRON"), ("Подана", "VERB")):
        assert one_word_kind(_word(text, pos), True, False, _NO_NAMES) == ""


def test_a_place_word_is_a_place_where_a_place_may_stand() -> None:
    assert one_word_kind(_word("Кузбасс", "PROPN"), True, False, _NO_NAMES) == "LOC"
    assert one_word_kind(_word("Царицыно", "PROPN"), False, True, _NO_NAMES) == "LOC"


def test_a_common_word_inside_a_sentence_or_a_name_to_the_tagger_stays() -> None:
    # "встретился с Гором": the capital inside a sentence marks a name
    assert one_word_kind(_word("Гон", "PROPN"), False, False, _NO_NAMES) is None
    # the tagger reads the opening word as a name too: two models agree
    assert one_word_kind(_word("Гимнастка", "PROPN"), True, False, _NO_NAMES) is None
    # "певица Хьюстон": a person's noun before a place word
    assert one_word_kind(_word("Хьюстон", "PROPN"), False, False, _NO_NAMES) is None


def test_a_word_the_document_names_in_full_stays() -> None:
    names = person_words([(False, ["Карлос", "Гон"]), (True, ["Гон"])])
    assert one_word_kind(_word("Гон", "NOUN"), True, False, names) is None


def test_a_works_compound_is_an_organisation(analyse: Analyse) -> None:
    found = _mentions(
        analyse, "Бывший инженер Олег Рябов долго работал на Запорожстали и Запорожкоксе."
    )
    assert ("ORG", "Запорожстали") in found and ("ORG", "Запорожкоксе") in found
    assert ("PER", "Олег Рябов") in found


def test_a_statistics_office_is_an_organisation(analyse: Analyse) -> None:
    found = _mentions(analyse, "По данным Кировстата, выпуск мебели вырос на 7%.")
    assert ("ORG", "Кировстата") in found


def test_a_bank_in_one_word_is_an_organisation(analyse: Analyse) -> None:
    found = _mentions(
        analyse,
        "Банк России отозвал лицензию у Камапромбанка. Позже лицензии лишился Волгопромбанк.",
    )
    assert ("ORG", "Волгопромбанк") in found


def test_a_ministry_in_one_word_is_an_organisation(analyse: Analyse) -> None:
    analysed = analyse("Суд обязал бывшего директора театра возместить Минкультуре 12 млн рублей.")
    ministries = [m for m in analysed.mentions if m.text == "Минкультуре"]
    assert ministries and ministries[0].type == "ORG" and ministries[0].normal == "Минкультура"


def test_a_surname_named_in_full_before_stays_a_person(analyse: Analyse) -> None:
    people = _people(
        analyse, "Карлос Гон покинул пост. Гон заявил, что не согласен с решением совета."
    )
    assert "Гон" in people


def test_a_surname_that_is_a_common_noun_stays_a_person(analyse: Analyse) -> None:
    people = _people(analyse, "Тренер похвалил Волка. Волк забил два гола, сказал Игорь Сокол.")
    assert {"Волка", "Волк", "Игорь Сокол"} <= people


def test_a_short_foreign_surname_inside_a_sentence_stays_a_person(analyse: Analyse) -> None:
    people = _people(analyse, "Премьер Ли встретился с министром. Ли заявил, что доволен итогами.")
    assert "Ли" in people


def test_a_singer_named_like_a_city_stays_a_person(analyse: Analyse) -> None:
    people = _people(analyse, "Зрители пришли послушать Хьюстон. Певица Хьюстон спела три песни.")
    assert "Хьюстон" in people


def _organisations(analyse: Analyse, text: str) -> set[str]:
    return {text for kind, text in _mentions(analyse, text) if kind == "ORG"}


def test_a_latin_name_and_a_legal_name_after_it_are_two_bodies(analyse: Analyse) -> None:
    names = _organisations(
        analyse, "Сделку закрыла дочерняя компания Tele2 ЗАО «СВ-Телеком», сообщил источник."
    )
    assert "Tele2" in names and "ЗАО «СВ-Телеком" in names
    assert not any("Tele2 ЗАО" in name for name in names)


def test_a_plant_and_the_company_named_after_it_are_two_bodies(analyse: Analyse) -> None:
    names = _organisations(
        analyse,
        "Рабочие Ковдорского горно-обогатительного комбината ГМК «Северная руда» получили премии.",
    )
    assert "Ковдорского горно-обогатительного комбината" in names
    assert "ГМК «Северная руда" in names


def test_a_board_of_a_company_keeps_its_name(analyse: Analyse) -> None:
    names = _organisations(
        analyse, "Поставщиком стало ООО ПО «Техпласт». Министерство финансов Киргизии молчит."
    )
    assert "ООО ПО «Техпласт" in names
    assert "Министерство финансов Киргизии" in names


def test_a_quoted_name_introduced_with_its_legal_form_is_an_organisation_later(
    analyse: Analyse,
) -> None:
    names = _organisations(
        analyse,
        "ОАО «Уралкабель» объявило о сокращении. "
        "Антимонопольная служба одобрила покупку 30% «Уралкабеля».",
    )
    assert "Уралкабеля" in names


def test_a_quoted_compound_of_an_industry_is_an_organisation(analyse: Analyse) -> None:
    assert "Приволжтрансгаз" in _organisations(analyse, "Рядом построят «Приволжтрансгаз» и склад.")
    assert "Сибэнергомаше" in _organisations(analyse, "На «Сибэнергомаше» сменился директор.")


def test_a_quoted_title_or_a_known_common_word_is_no_organisation(analyse: Analyse) -> None:
    assert not _organisations(analyse, "Программа «Здравоохранение Прикамья» продлена.")
    names = _organisations(
        analyse, "Фирма «Лотос» открыла магазин. Позже в городе показали фильм «Лотос»."
    )
    assert names == {"Лотос"}


def test_a_board_keeps_its_company_in_its_name(analyse: Analyse) -> None:
    names = _organisations(
        analyse,
        "Совет директоров ОАО «Уральский станкозавод» назначил нового директора. "
        "Решение принял совет директоров ЗАО «Вектор».",
    )
    assert "совет директоров ЗАО «Вектор" in names
