"""Statement forms of round 24 (classes recorded on real news excerpts, batches 12 and 13),
each on sentences written for it: the citing gerund as a relay, a subject the parser lost
after the verb, present-tense commenting, promises inside an alleged account, outcomes of a
selection made public."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2012-04-10")


def test_citing_gerund_after_the_outlet_credits_the_source(speakers: Read) -> None:
    text = (
        "Как сообщило агентство ТАСС, сославшись на Главное управление МЧС по Томской "
        "области, пожар на складе потушен к утру."
    )
    found = speakers(text)
    assert len(found) == 1 and found[0].startswith("Главное управление МЧС")


def test_citing_gerund_after_a_closing_relay_verb(speakers: Read) -> None:
    text = (
        "Бывший мэр Заречного арестован на два месяца, сообщает «Интерфакс», ссылаясь на "
        "Следственный комитет."
    )
    found = speakers(text)
    assert len(found) == 1 and found[0].startswith("Следственн")


def test_citing_a_reason_is_no_relay(speakers: Read) -> None:
    text = "Представители компании «Вектор» отказались от комментариев, сославшись на решение суда."
    assert speakers(text) == []


def test_subject_after_the_verb_beside_a_possessive_post(speakers: Read) -> None:
    text = (
        "Заводу нужны новые станки. Об этом в среду заявил на заседании совета директоров "
        "его председатель Игорь Лапин."
    )
    assert speakers(text) == ["Игорь Лапин"]


def test_a_name_in_an_oblique_after_the_verb_is_no_subject(speakers: Read) -> None:
    text = "Об этом заявили на встрече с министром Иваном Петровым."
    assert speakers(text) == []


def test_present_commenting_with_a_colon_quote(speakers: Read) -> None:
    text = "Тренер «Авангарда» Семён Рыжов комментирует это так: «Мы сыграли слабо и проиграли»."
    assert speakers(text) == ["Семён Рыжов"]


def test_past_commenting_with_a_colon_quote(speakers: Read) -> None:
    text = "Тренер «Авангарда» Семён Рыжов прокомментировал это так: «Мы сыграли слабо»."
    assert speakers(text) == ["Семён Рыжов"]


def test_present_commenting_after_a_dash_quote(speakers: Read) -> None:
    text = (
        "– Команда устала после перелётов, – комментирует главный тренер ФК «Сокол» Антон "
        "Белов. – Но оправдываться не будем."
    )
    assert speakers(text) == ["Антон Белов"]


def test_commenting_on_an_object_without_a_quote_states_nothing(speakers: Read) -> None:
    assert speakers("Директор театра Нина Грекова комментирует решение министерства.") == []


def test_promise_inside_an_alleged_account_is_no_statement(speakers: Read) -> None:
    text = (
        "По версии следствия, инспектор ГИБДД Олег Сомов пообещал водителю за 30 тысяч "
        "рублей не оформлять протокол."
    )
    assert speakers(text) == []


def test_threat_inside_an_account_is_no_statement(speakers: Read) -> None:
    text = "По данным прокуратуры, директор рынка Рустам Алиев угрожал арендаторам выселением."
    assert speakers(text) == []


def test_a_promise_made_in_the_open_still_states(speakers: Read) -> None:
    assert speakers("Губернатор Вадим Ершов пообещал достроить мост к осени.") == ["Вадим Ершов"]


def test_names_of_winners_made_public_are_stated(speakers: Read) -> None:
    text = "Компания «Газпром нефть» объявила имена победителей конкурса."
    assert speakers(text) == ["Газпром нефть"]



def test_a_name_after_an_aside_is_no_lost_subject(speakers: Read) -> None:
    text = (
        "Как отмечают в ведомстве, председатель совета директоров Олег Ветров намерен "
        "погасить долги до конца года."
    )
    assert "Олег Ветров" not in speakers(text)
