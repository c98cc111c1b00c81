"""Round 21 of meetings, from misses on unselected real news excerpts (not kept in the
repository): one present at the meeting just named takes part in it ("На встрече
присутствовал Z"); a third-person pronoun in direct speech is not the one quoted ("«Он
встретился с Y», — сообщил Z"), in straight quotes too; a country's abbreviation is its name
when a national adjective refers back to a post ("глава МИД РФ X …. российский министр").
Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_meeting_real_text import people_meeting


def test_one_present_at_the_meeting_just_named_joins_it(analyse: Analyse) -> None:
    text = (
        "Мэр Омска Олег Ватутин встретился с послом Индии Раджем Кумаром. "
        "На встрече присутствовал вице-мэр Игорь Соколов."
    )
    assert {"Олег Ватутин", "Радж Кумар", "Игорь Соколов"} in people_meeting(analyse, text)


def test_present_during_the_talk_just_named_joins_it(analyse: Analyse) -> None:
    text = (
        "Губернатор Тувы Андрей Лосев встретился с консулами соседних стран. Во время беседы "
        "присутствовал также советник МИД России Пётр Жданов."
    )
    assert {"Андрей Лосев", "Пётр Жданов"} in people_meeting(analyse, text)


def test_present_at_another_gathering_does_not_join(analyse: Analyse) -> None:
    text = (
        "Мэр Омска Олег Ватутин встретился с послом Индии Раджем Кумаром. Затем на "
        "совещании по вопросам ЖКХ присутствовал вице-мэр Игорь Соколов."
    )
    assert not any("Игорь Соколов" in meeting and "Радж Кумар" in meeting
                   for meeting in people_meeting(analyse, text))  # fmt: skip


def test_present_at_a_concert_is_no_meeting(analyse: Analyse) -> None:
    text = "На концерте в филармонии присутствовали мэр Омска Олег Ватутин и Игорь Соколов."
    assert people_meeting(analyse, text) == []


def test_he_in_a_press_secretarys_quote_is_not_the_press_secretary(analyse: Analyse) -> None:
    text = (
        "Глава Хакасии Роман Леонов прибыл в Минск, сообщил его пресс-секретарь Денис "
        "Орлов. «Он уже встретился с председателем облисполкома Виктором Серовым», — "
        "сообщил Орлов."
    )
    found = people_meeting(analyse, text)
    assert {"Роман Леонов", "Виктор Серов"} in found
    assert not any("Денис Орлов" in meeting for meeting in found)


def test_he_in_straight_quotes_is_not_the_one_quoted(analyse: Analyse) -> None:
    text = (
        "Глава Хакасии Роман Леонов прибыл в Минск, сообщил его пресс-секретарь Денис "
        'Орлов. "Он уже встретился с председателем облисполкома Виктором Серовым", - '
        "сообщил Орлов."
    )
    found = people_meeting(analyse, text)
    assert {"Роман Леонов", "Виктор Серов"} in found
    assert not any("Денис Орлов" in meeting for meeting in found)


def test_he_in_a_quote_with_only_its_speaker_before_is_nobody(analyse: Analyse) -> None:
    text = "«Он уже встретился с председателем облисполкома Виктором Серовым», — сообщил Денис Орлов."
    assert not any("Денис Орлов" in meeting for meeting in people_meeting(analyse, text))


def test_a_national_adjective_finds_the_post_of_an_abbreviated_country(
    analyse: Analyse,
) -> None:
    text = (
        "Глава МИД РФ Олег Сыров провёл встречу с министром иностранных дел Чехии Яном "
        "Новаком. Накануне российский министр провёл переговоры с главой МИД Словакии "
        "Петером Гашеком."
    )
    assert {"Олег Сыров", "Петер Гашек"} in people_meeting(analyse, text)


def test_a_national_adjective_of_another_country_is_not_that_post(analyse: Analyse) -> None:
    text = (
        "Глава МИД РФ Олег Сыров провёл встречу с министром иностранных дел Чехии Яном "
        "Новаком. Накануне турецкий министр провёл переговоры с главой МИД Словакии "
        "Петером Гашеком."
    )
    assert not any("Олег Сыров" in meeting and "Петер Гашек" in meeting
                   for meeting in people_meeting(analyse, text))  # fmt: skip


def test_a_delegation_led_by_someone_named_before_is_its_leader(analyse: Analyse) -> None:
    text = (
        "Сегодня делегация немецких инженеров во главе с представителем концерна Карлом "
        "Вебером посетит Ижорский завод. В частности, делегация обсудит ряд вопросов с "
        "генеральным директором завода Ильёй Гусевым."
    )
    assert {"Карл Вебер", "Илья Гусев"} in people_meeting(analyse, text)


def test_a_delegation_with_no_leader_named_is_nobody(analyse: Analyse) -> None:
    text = (
        "Сегодня делегация немецких инженеров посетит Ижорский завод, сообщил Карл Вебер. "
        "Делегация встретится с генеральным директором завода Ильёй Гусевым."
    )
    assert not any("Карл Вебер" in meeting for meeting in people_meeting(analyse, text))


def test_a_led_delegation_meets_despite_a_misattached_leader_phrase(analyse: Analyse) -> None:
    text = (
        "После короткой экскурсии по цехам, делегация во главе с Д. Мэтлоком встретилась "
        "с исполнительным директором «Ижмаша» Фёдором Савиным."
    )
    assert any("Фёдор Савин" in meeting and len(meeting) == 2
               for meeting in people_meeting(analyse, text))  # fmt: skip


def test_a_companion_hung_on_the_topic_discussed_is_met(analyse: Analyse) -> None:
    text = "Губернатор Олег Мельниченко обсудил вопросы развития туризма с министром Зариной Догузовой."
    assert {"Олег Мельниченко", "Зарина Догузова"} in people_meeting(analyse, text)


def test_a_situation_with_someone_is_a_topic_not_a_companion(analyse: Analyse) -> None:
    text = "Губернатор Олег Мельниченко обсудил ситуацию с задержанным блогером Олегом Кнорром."
    assert people_meeting(analyse, text) == []


def test_a_name_in_brackets_after_a_side_is_that_side(analyse: Analyse) -> None:
    text = (
        "Там Ирина Рогатина встретилась с директором по рекламе г-ном Отто Лаудьеном "
        "(Otto Laudien) и описала ему ситуацию."
    )
    found = people_meeting(analyse, text)
    assert {"Ирина Рогатина", "Отто Лаудьен"} in found
    assert not any("Otto Laudien" in meeting for meeting in found)


def test_a_delegation_leader_with_a_long_post_is_found(analyse: Analyse) -> None:
    text = (
        "Сегодня делегация во главе с представителем Министерства культуры и туризма Франции "
        "Пьером Дюбуа посетит Эрмитаж. Делегация обсудит ряд вопросов с директором музея "
        "Михаилом Орловым."
    )
    assert {"Пьер Дюбуа", "Михаил Орлов"} in people_meeting(analyse, text)


def test_conversing_with_someone_is_a_meeting(analyse: Analyse) -> None:
    text = (
        "Foreign Minister Ali Khan conversed with his Iranian counterpart Hassan Rezaei "
        "over the phone on Sunday."
    )
    assert {"Ali Khan", "Hassan Rezaei"} in people_meeting(analyse, text)


def test_conversing_without_a_named_companion_names_no_pair(analyse: Analyse) -> None:
    text = "The two authors conversed in French about poetry for an hour."
    assert people_meeting(analyse, text) == []
