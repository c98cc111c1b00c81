"""Statement forms of round 32, on sentences written for it: the second of two speakers
sharing one verb, each a post with a name beside it ("режиссёр X и директор Y
рассказали"), and a state body's bare noun after the text described that body ("—
пояснили в прокуратуре" after "в пресс-службе областной прокуратуры"); a bare noun the
text never described, and a named person who is only the object, stay silent."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-03-10")


# --- two speakers sharing one verb ------------------------------------------------------------


def test_two_posts_with_names_share_the_verb(speakers: Read) -> None:
    text = "Главный режиссёр Андрей Смирнов и директор Павел Котов рассказали о планах театра."
    assert sorted(speakers(text)) == ["Андрей Смирнов", "Павел Котов"]


def test_two_officials_announce_together(speakers: Read) -> None:
    text = (
        "Мэр города Ирина Белова и глава района Олег Седов сообщили, что новый мост откроют "
        "в мае."
    )
    assert sorted(speakers(text)) == ["Ирина Белова", "Олег Седов"]


def test_a_person_thanked_is_no_second_speaker(speakers: Read) -> None:
    text = "Директор Павел Котов рассказал о планах театра и поблагодарил артиста Игоря Лунина."
    assert speakers(text) == ["Павел Котов"]


# --- a body's bare noun after the body was described ------------------------------------------


def test_the_prosecutors_after_a_quote(speakers: Read) -> None:
    text = (
        "В Тверской области суд оштрафовал водителя за опасную езду. Об этом сообщили в "
        "пресс-службе областной прокуратуры.\n"
        "«Подсудимый признал вину и возместил ущерб», — пояснили в прокуратуре."
    )
    assert speakers(text) == ["пресс-служба областной прокуратуры", "областная прокуратура"]


def test_the_ministry_named_again_by_its_noun(speakers: Read) -> None:
    text = (
        "В Калужской области закупили сорок машин скорой помощи, сообщает пресс-служба "
        "областного министерства здравоохранения. Как уточнили в министерстве, машины "
        "получат районные больницы."
    )
    found = speakers(text)
    assert len(found) == 2 and all("министерств" in speaker for speaker in found)


def test_a_bare_noun_never_described_stays_silent(speakers: Read) -> None:
    text = (
        "В Твери открыли новую школу.\n"
        "«Школа примет тысячу учеников», — пояснили в прокуратуре."
    )
    assert speakers(text) == []


def test_a_name_hung_from_the_second_post(speakers: Read) -> None:
    text = (
        "Художественный руководитель филармонии Илья Гордеев и Исполнительный директор "
        "Рустам Хабибов рассказали о гастролях."
    )
    assert sorted(speakers(text)) == ["Илья Гордеев", "Рустам Хабибов"]


def test_an_organisation_beside_the_second_post_is_no_person(speakers: Read) -> None:
    assert speakers("Министр Олег Седов и глава Газпрома рассказали о сделке.") == ["Олег Седов"]


def test_kin_named_in_the_clause_are_no_speakers(speakers: Read) -> None:
    text = (
        "Как пояснила директор музея Анна Котова, на выставку приедут также её сын Игорь и "
        "мать Раиса."
    )
    assert speakers(text) == ["Анна Котова"]
