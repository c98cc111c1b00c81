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


def _places(analyse: Analyse, text: str) -> list[str]:
    """Places and the bodies housed in them ("монастырь" may be tagged as either)."""
    return [entity.name for entity in analyse(text).entities if entity.type in {"LOC", "ORG"}]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Кафе открыли братья Глеб и Роман Шубины.", ["Глеб Шубин", "Роман Шубин"]),
        ("Иск подан против супругов Нины и Антона Беловых.", ["Нина Белова", "Антон Белов"]),
        ("Мэр поздравил сестер Юлию и Дарью Вишневских.", ["Юлия Вишневская", "Дарья Вишневская"]),
        ("Доля перешла к братьям Максиму и Льву Гуровым.", ["Максим Гуров", "Лев Гуров"]),
    ],
)
def test_first_names_before_a_plural_surname_are_each_a_person(
    analyse: Analyse, text: str, names: list[str]
) -> None:
    found = _names(analyse, text)
    assert all(name in found for name in names), found


def test_a_plural_surname_alone_is_no_one_person(analyse: Analyse) -> None:
    found = _names(analyse, "В деревне жили Шубины и Беловы.")
    assert "Шубин" not in found and "Белов" not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Посол встретился с Абдель Кадиром ас-Саидом.", "Абдель Кадир ас-Саид"),
        ("Документ передан Гуго фон дер Хейдену.", "Гуго фон дер Хейден"),
        ("Эксперты обсудили доклад Ханса ван дер Мерве.", "Ханс ван дер Мерве"),
        ("Интервью дал Лоренцо де Сантис.", "Лоренцо де Сантис"),
    ],
)
def test_particles_stay_and_the_name_around_them_declines(
    analyse: Analyse, text: str, name: str
) -> None:
    assert name in _names(analyse, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Телеграмму отправили Ли Миню в пятницу.", "Ли Минь"),
        ("Встреча с премьером Такэси Мацудой прошла утром.", "Такэси Мацуда"),
        ("Делегацию приняла Нана Гамкрелидзе.", "Нана Гамкрелидзе"),
        ("Цветы вручили певице Ларисе Оганесян.", "Лариса Оганесян"),
        ("На сцену вышла Лия Кроуфорд.", "Лия Кроуфорд"),
    ],
)
def test_indeclinable_and_east_asian_names_keep_their_form(
    analyse: Analyse, text: str, name: str
) -> None:
    assert name in _names(analyse, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Служба прошла в Петровом монастыре.", "Петров монастырь"),
        ("Ярмарку устроили на Ильиной площади.", "Ильина площадь"),
        ("Выставка открылась в Гостином дворе.", "Гостиный двор"),
        ("Туристы гуляли по Крестовому острову.", "Крестовый остров"),
    ],
)
def test_a_possessive_place_name_keeps_its_short_nominative(
    analyse: Analyse, text: str, place: str
) -> None:
    assert place in _places(analyse, text)
