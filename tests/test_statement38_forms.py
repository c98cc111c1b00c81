"""Statement forms of statement38 (classes recorded on real news excerpts), each on
sentences written for it: the outlet of an interview a speaker gave is no speaker ("—
отметил он в беседе с «X»"), and a judgement given as a noun ("назвал ситуацию кризисом"),
with near misses: a person named to a role, a product named, an outlet that speaks itself,
and sentences with nobody speaking (a poll, "считается, что", a law's wording, a title)."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2014-05-20")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Глава банка Пётр Лунин приехал в Казань. «Кризис позади», — сказал он в эфире "
            "телеканала «Россия 24».",
            "Пётр Лунин",
        ),
        (
            "Писатель Олег Дронов выпустил роман. «Я писал его десять лет», — признался он "
            "в беседе с «Российской газетой».",
            "Олег Дронов",
        ),
        (
            "Аксель Мюллер возглавляет фонд. «Рынки ещё не успокоились», — заявил он в "
            "интервью газете Die Welt.",
            "Аксель Мюллер",
        ),
    ],
)
def test_interview_outlet_does_not_speak(speakers: Read, text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_outlet_that_speaks_itself_still_speaks(speakers: Read) -> None:
    text = "«Переговоры зашли в тупик», — сообщила газета «Ведомости»."
    assert speakers(text) == ["Ведомости"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Глава банка Пётр Лунин назвал нынешнюю ситуацию затяжным кризисом.",
            "Пётр Лунин",
        ),
        (
            "Министр Иван Сорокин назвал главной проблемой отрасли нехватку кадров.",
            "Иван Сорокин",
        ),
    ],
)
def test_judgement_given_as_a_noun(speakers: Read, text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Тренер Сергей Ветров назвал Андрея Котова первым вратарём команды.",  # a role
        "Компания «Вектор» назвала новую модель Зарёй.",  # a product's name
        "По данным опроса, 40% жителей считают реформу ошибкой.",  # a poll, nobody named
        "Считается, что кризис закончится к осени.",  # nobody says it
        "Закон называет такие действия нарушением порядка.",  # a law's wording
        "Роман «Мир называет это судьбой» вышел в марте.",  # a book title
    ],
)
def test_near_misses_have_no_speaker(speakers: Read, text: str) -> None:
    assert speakers(text) == []
