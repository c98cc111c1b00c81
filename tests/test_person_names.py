"""Person names brought to the nominative (names and sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse


def _names(analyse: Analyse, text: str) -> list[str]:
    document = analyse(text)
    return [
        document.entities[mention.entity].name
        for mention in document.mentions
        if mention.type == "PER" and mention.entity is not None
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Позиция Петра Гайдамаки известна давно.", "Петр Гайдамака"),
        ("Слова Ольги Буряки удивили коллег.", "Ольга Буряка"),
        ("Письмо Ивана Сковороды пришло утром.", "Иван Сковорода"),
    ],
)
def test_a_genitive_surname_in_a_is_read_back_beside_a_known_first_name(
    analyse: Analyse, text: str, name: str
) -> None:
    assert name in _names(analyse, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Новый фильм Хаяо Миядзаки вышел весной.", "Хаяо Миядзаки"),
        ("Визит Михаила Саакашвили отложен.", "Михаил Саакашвили"),
        ("Ретроспектива Бернардо Бертолуччи открылась.", "Бернардо Бертолуччи"),
    ],
)
def test_indeclinable_surnames_stay_as_written(analyse: Analyse, text: str, name: str) -> None:
    assert name in _names(analyse, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Министр встретился с коллегой Ван Цзюнем.", "Ван Цзюнь"),
        ("Посол вручил письмо Дун Цзюню.", "Дун Цзюнь"),
        ("Переговоры с премьером Фам Ван Тинем прошли в Ханое.", "Фам Ван Тинь"),
        ("Встреча с министром Чжан Гоцином прошла в Пекине.", "Чжан Гоцин"),
        ("Депутат встретился с Петром Сидоровым и Линдси Хойлом.", "Линдси Хойл"),
    ],
)
def test_a_given_name_declined_after_a_name_that_is_not(
    analyse: Analyse, text: str, name: str
) -> None:
    assert name in _names(analyse, text)
