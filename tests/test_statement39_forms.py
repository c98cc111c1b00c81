"""Statement forms of statement39 (classes recorded on real news excerpts), each on
sentences written for it: what a noting verb states as an abstract object ("отметил рост
продаж", "подчеркнул важность диалога"), a side taken ("выступил против повышения"), a
noun of saying with a light verb ("выступил с критикой"), criticism ("раскритиковал"),
and a document's owner over the outlet relaying it ("сообщается на сайте компании,
сообщает ТАСС", "в Telegram-канале мэрии"); with near misses: an occasion celebrated, a
person honoured, a team played for, and sentences with nobody speaking (a poll,
"считается, что", a law's wording, a book's title, a rumour "как сообщается")."""

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
        ("Глава банка Андрей Костин отметил рост кредитования малого бизнеса.", "Андрей Костин"),
        ("Министр Олег Рябов подчеркнул важность поддержки фермеров.", "Олег Рябов"),
        (
            "Губернатор Ирина Белова констатировала нехватку врачей в сельских больницах.",
            "Ирина Белова",
        ),
        ("Сенатор Игорь Гусев выступил против повышения налогов.", "Игорь Гусев"),
        ("Экономист Павел Шилов выступил за снижение ключевой ставки.", "Павел Шилов"),
    ],
)
def test_noted_object_and_side_taken(speakers: Read, text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Депутат Анна Лебедева выступила с критикой законопроекта о такси.", "Анна Лебедева"),
        ("Депутат Олег Нилов выступил с призывом отменить штрафы.", "Олег Нилов"),
        ("Сенатор Игорь Гусев раскритиковал законопроект о такси.", "Игорь Гусев"),
    ],
)
def test_criticism_and_call_said(speakers: Read, text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Директор завода Павел Орлов отметил 50-летие предприятия.",  # an occasion
        "Коллектив театра отметил юбилей в кругу друзей.",
        "Мэр Сергей Волков отметил лучших учителей города.",  # people honoured
        "Нападающий Игорь Гусев выступил за сборную России.",  # a team played for
        "Хор выступил против ветра на открытой сцене.",  # no abstract side
        "По данным опроса, половина жителей довольна транспортом.",  # a poll
        "Считается, что кризис закончится к осени.",  # nobody says it
        "Закон запрещает продажу алкоголя после 23 часов.",  # a law's wording
        "Роман «Важность быть серьёзным» вышел новым тиражом.",  # a title
        "Как сообщается, завод могут закрыть уже весной.",  # a rumour with no source
    ],
)
def test_near_misses_state_nothing(speakers: Read, text: str) -> None:
    assert speakers(text) == []


def test_document_owner_over_relaying_outlet(speakers: Read) -> None:
    text = (
        "Компания «Северсталь» приостанавливает поставки в Европу. Об этом сообщается "
        "в четверг на сайте компании, сообщает ТАСС."
    )
    assert speakers(text) == ["Северсталь"]


def test_outlet_alone_still_relays_its_own_report(speakers: Read) -> None:
    text = "Завод в Твери закроют весной, сообщает ТАСС."
    assert speakers(text) == ["ТАСС"]


def test_telegram_channel_of_a_body_speaks_for_it(speakers: Read) -> None:
    text = (
        "Мэрия Казани закрыла парк на ремонт. Об этом говорится в телеграм-канале мэрии "
        "Казани.\n\n«Работы продлятся до июня», — говорится в сообщении."
    )
    assert speakers(text) == ["Мэрия Казани", "Мэрия Казани"]
