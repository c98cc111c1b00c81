"""Occupations, round 53: the organisation acting in the sentence is the one a kind noun
in a post's phrase means. "Совет директоров «Y» назначил X главой компании", "Y объявила об
отставке президента компании X", "Глава Y ушёл, а на его место назначен председатель
компании X", "В пресс-службе Y сообщили, что назначена зампред банка X": the post is held at
Y even when the report introduced another company earlier. Near misses: an organisation
merely named beside the post (its staff as the subject), a bank named by the noun itself
later in the sentence, a bank acting against a company. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of

_EARLIER = "Компания «Гранит» выпустила отчёт за год. "


def _places(analyse: Analyse, text: str, name: str) -> set[str]:
    return {place.lower() for _, place in posts_of(analyse, text, name)}


def test_a_board_appointing_names_the_company_over_one_introduced_before(analyse: Analyse) -> None:
    text = _EARLIER + "Пятого мая совет директоров «Нордойла» назначил Петра Сомова главой компании."
    places = _places(analyse, text, "Петр Сомов")
    assert any("нордойл" in place for place in places)
    assert not any("гранит" in place for place in places)


def test_the_subject_announcing_a_resignation_holds_the_post(analyse: Analyse) -> None:
    text = _EARLIER + "Вчера Zentra объявила об отставке президента компании Ивана Гордеева."
    assert any("zentra" in place for place in _places(analyse, text, "Иван Гордеев"))


def test_a_successor_on_the_place_of_a_head_of_the_company(analyse: Analyse) -> None:
    text = (
        _EARLIER + "Главный исполнительный директор Zentra Майкл Рой подал в отставку, а на его "
        "место назначен председатель компании Ян Орлов."
    )
    assert any("zentra" in place for place in _places(analyse, text, "Ян Орлов"))


def test_the_press_office_telling_the_news_names_the_bank(analyse: Analyse) -> None:
    text = (
        "В пресс-службе Южного Промбанка \"Вестнику\" сообщили, что исполняющим обязанности "
        "руководителя назначена зампред банка Анна Соколова."
    )
    places = _places(analyse, text, "Анна Соколова")
    assert any("промбанк" in place for place in places)
    assert not any("вестник" in place for place in places)


def test_staff_named_beside_the_post_do_not_place_it(analyse: Analyse) -> None:
    text = _EARLIER + "Сотрудники «Нордойла» встретились с директором компании Иваном Седовым."
    places = _places(analyse, text, "Иван Седов")
    assert not any("нордойл" in place for place in places)


def test_a_bank_named_by_the_noun_later_in_the_sentence_wins(analyse: Analyse) -> None:
    text = (
        "Председатель Центробанка Олег Вагин назначил заседание совета Приморского Промбанка, "
        "на котором обсудят замену председателя правления банка Юрия Лосева."
    )
    places = _places(analyse, text, "Юрий Лосев")
    assert not any("центробанк" in place for place in places)


def test_a_bank_acting_against_a_company_is_not_its_employer(analyse: Analyse) -> None:
    text = _EARLIER + "Банк «Заря» подал иск к генеральному директору компании Олегу Ткачёву."
    places = _places(analyse, text, "Олег Ткачёв")
    assert not any("заря" in place for place in places)
