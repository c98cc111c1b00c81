"""Statement forms of statement45 (a class recorded on real news excerpts: J9, J10 and a
fresh page), on sentences written for it: a press secretary or aide named by the person
they serve ("Пресс-секретарь X: …", "сообщила пресс-секретарь губернатора Y") speaks
themselves, under the name the text gives them, and an aide the text never names is no
speaker; near misses: the aide's own name as subject, an aide only spoken of in the
words, a press secretary serving someone else."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2022-06-14")


def test_aide_named_beside_the_person_served_in_another_case(speakers: Read) -> None:
    text = (
        "Главе Тверской области Олегу Котельникову не понравилось решение суда, заявила "
        "журналистам пресс-секретарь губернатора Марина Ершова."
    )
    assert speakers(text) == ["Марина Ершова"]


def test_headline_aide_goes_to_the_aide_named_below(speakers: Read) -> None:
    text = (
        "Пресс-секретарь Котельникова: мэр не собирается уходить в отставку\n"
        "Главе города Олегу Котельникову не поступало таких предложений, сообщила "
        "пресс-секретарь мэра Марина Ершова."
    )
    assert speakers(text) == ["Марина Ершова", "Марина Ершова"]


def test_aide_never_named_is_no_speaker(speakers: Read) -> None:
    text = (
        "Пресс-секретарь Лукашенко: президент не болен\n"
        "Пресс-секретарь президента Лукашенко назвал слухами сообщения о его болезни."
    )
    assert speakers(text) == []


def test_aide_of_someone_else_lends_no_name(speakers: Read) -> None:
    text = (
        "Пресс-секретарь президента Лукашенко назвал слухами сообщения о его болезни.\n"
        "Пресс-секретарь мэра Игорь Семёнов заявил, что проверок не было."
    )
    assert speakers(text) == ["Игорь Семёнов"]


def test_aide_with_own_name_stays(speakers: Read) -> None:
    text = "Пресс-секретарь губернатора Игорь Семёнов заявил, что губернатор здоров."
    assert speakers(text) == ["Игорь Семёнов"]


def test_aide_spoken_of_in_the_words_leaves_the_speaker(speakers: Read) -> None:
    text = "Губернатор Олег Котельников заявил, что пресс-секретарь правительства ошибся."
    assert speakers(text) == ["Олег Котельников"]


def test_aide_named_before_keeps_the_aide(speakers: Read) -> None:
    text = (
        "Об этом заявил пресс-секретарь губернатора Игорь Семёнов. «Проверок не было», — "
        "отметил пресс-секретарь губернатора."
    )
    assert speakers(text) == ["Игорь Семёнов", "Игорь Семёнов"]


def test_aide_after_a_bare_surname_keeps_the_person_named(speakers: Read) -> None:
    text = (
        '"Мы не согласны с решением", - сказал Семёнов.\n\n'
        'Пресс-секретарь губернатора добавил: "Никакого влияния не будет".'
    )
    assert speakers(text) == ["Семёнов", "Семёнов"]
