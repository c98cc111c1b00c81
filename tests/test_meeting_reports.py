"""Meetings stated across a report's sentences: delegations led by named people, a side
named by its country ("российский министр", "его турецкий коллега"), a subject the parser
misses, "а вечером — с X", and meetings called off or put off."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse


def meetings(analyse: Analyse, text: str) -> list[tuple[set[str], Modality]]:
    analysed = analyse(text)
    return [
        (set(c.values("participants")), c.modality)
        for c in analysed.claims
        if c.type == "meeting" and len(c.values("participants")) >= 2
    ]


def test_talks_of_delegations_led_by_named_people(analyse: Analyse) -> None:
    text = (
        "В Анкаре прошли консультации делегаций двух стран во главе с министром обороны "
        "Андреем Беловым и его турецким коллегой Яшаром Гюлером."
    )
    assert ({"Андрей Белов", "Яшар Гюлер"}, Modality.FACT) in meetings(analyse, text)


def test_a_post_named_by_its_country_stands_for_the_person_introduced_with_it(
    analyse: Analyse,
) -> None:
    text = (
        "Министр экономики Германии Роберт Хабек и глава МИД Польши Радослав Сикорский "
        "прибыли в Вильнюс. Вечером германского министра принял президент Литвы Гитанас "
        "Науседа."
    )
    found = meetings(analyse, text)
    assert ({"Роберт Хабек", "Гитанас Науседа"}, Modality.FACT) in found
    assert all("Радослав Сикорский" not in people for people, _ in found)


def test_a_colleague_named_only_by_the_country(analyse: Analyse) -> None:
    text = (
        "В Москву прилетел президент Вьетнама То Лам. Владимир Путин и его вьетнамский "
        "коллега обсудили поставки риса."
    )
    assert ({"Владимир Путин", "То Лам"}, Modality.FACT) in meetings(analyse, text)
    alone = "Иван Смирнов и его коллега обсудили поставки риса."
    assert meetings(analyse, alone) == []  # "коллега" alone says nothing of whom


def test_a_subject_the_parser_leaves_out_is_the_nominative_person_before(
    analyse: Analyse,
) -> None:
    text = (
        "Губернатор Анна Белова, открывшая выставку, после церемонии побеседовала с "
        "Петром Орловым в фойе."
    )
    assert ({"Анна Белова", "Пётр Орлов"}, Modality.FACT) in meetings(analyse, text) or (
        {"Анна Белова", "Петр Орлов"},
        Modality.FACT,
    ) in meetings(analyse, text)


def test_an_elliptic_second_meeting_after_a_time_word(analyse: Analyse) -> None:
    text = (
        "Утром Игорь Сечин встретился с губернатором Олегом Кожемяко, а после обеда — "
        "с мэром Константином Шестаковым."
    )
    found = [people for people, _ in meetings(analyse, text)]
    assert {"Игорь Сечин", "Олег Кожемяко"} in found
    assert {"Игорь Сечин", "Константин Шестаков"} in found


def test_a_meeting_called_off_is_negated_and_one_put_off_is_planned(analyse: Analyse) -> None:
    cancelled = "Запланированная встреча Ивана Петрова и Олега Сидорова отменена."
    assert meetings(analyse, cancelled) == [({"Иван Петров", "Олег Сидоров"}, Modality.NEGATED)]
    postponed = "Встреча Ивана Петрова и Олега Сидорова отложена на неделю."
    assert meetings(analyse, postponed) == [({"Иван Петров", "Олег Сидоров"}, Modality.PLANNED)]


def test_a_host_named_on_the_place_in_the_nominative(analyse: Analyse) -> None:
    text = (
        "Президент Сербии Александр Вучич прилетел в Минск. Утром его принял во Дворце "
        "Независимости Александр Лукашенко."
    )
    found = [people for people, _ in meetings(analyse, text)]
    assert {"Александр Вучич", "Александр Лукашенко"} in found


def test_a_country_a_proper_name_shares_three_letters_with(analyse: Analyse) -> None:
    text = (
        "Министр иностранных дел Армении Арарат Мирзоян и министр иностранных дел Франции "
        "Жан-Ноэль Барро прибыли в Брюссель. Затем армянского министра принял председатель "
        "Евросовета Антониу Кошта."
    )
    found = [people for people, _ in meetings(analyse, text)]
    assert {"Арарат Мирзоян", "Антониу Кошта"} in found
    assert all("Жан-Ноэль Барро" not in people for people in found)


def test_a_post_of_a_country_nobody_came_from_names_nobody(analyse: Analyse) -> None:
    text = (
        "Министр финансов Иван Петров прибыл в Алматы. Вечером эстонский министр "
        "встретился с Олегом Сидоровым."
    )
    assert meetings(analyse, text) == []


def test_an_elliptic_meeting_of_a_post_subject_after_an_ordinal_day(analyse: Analyse) -> None:
    text = (
        "Президент Чили Габриэль Борич прибыл в Пекин. В первый день чилийский лидер "
        "встретился с Ли Цяном, а во второй — с Си Цзиньпином."
    )
    found = [people for people, _ in meetings(analyse, text)]
    assert {"Габриэль Борич", "Ли Цян"} in found
    assert {"Габриэль Борич", "Си Цзиньпин"} in found


def test_a_post_of_a_generic_holder_is_the_actor_named_as_a_subject(analyse: Analyse) -> None:
    text = (
        "Губернатор Тверской области Игорь Руденя во вторник провёл совещание с мэром Твери "
        "Алексеем Огоньковым. Обсуждался ремонт набережной. Речь также шла о трамваях. "
        "Днём глава региона также встретился с ректором университета Светланой Смирновой."
    )
    found = [people for people, _ in meetings(analyse, text)]
    assert {"Игорь Руденя", "Светлана Смирнова"} in found
    assert all("Алексей Огоньков" not in people or "Игорь Руденя" in people for people in found)


def test_a_video_conference_with_someone_is_a_meeting(analyse: Analyse) -> None:
    text = "Министр Олег Сидоров провёл видеоконференцию с губернатором Петром Орловым."
    assert [p for p, _ in meetings(analyse, text)] == [{"Олег Сидоров", "Пётр Орлов"}] or [
        p for p, _ in meetings(analyse, text)
    ] == [{"Олег Сидоров", "Петр Орлов"}]


def test_a_subject_pronoun_goes_on_with_the_subject_before_not_the_last_person_named(
    analyse: Analyse,
) -> None:
    text = (
        "Мэр Твери Олег Лукьянов встретился с директором вагонного завода Игорем Ткачевым. "
        "Затем он провёл совещание с префектом района Андреем Зуевым."
    )
    found = [people for people, _ in meetings(analyse, text)]
    assert {"Олег Лукьянов", "Андрей Зуев"} in found
    assert {"Игорь Ткачев", "Андрей Зуев"} not in found


def test_views_exchanged_with_a_person_make_a_meeting(analyse: Analyse) -> None:
    text = "Министр спорта Павел Ершов обменялся мнениями с главой федерации тенниса Юрием Кимом."
    assert ({"Павел Ершов", "Юрий Ким"}, Modality.FACT) in meetings(analyse, text)


def test_a_situation_discussed_with_a_name_is_a_topic_not_a_companion(analyse: Analyse) -> None:
    text = "Депутаты обсудили ситуацию с блогером Антоном Лужиным на заседании комиссии."
    assert meetings(analyse, text) == []


def test_a_guest_named_after_a_long_post_the_parser_hangs_on_the_place(
    analyse: Analyse,
) -> None:
    text = (
        "Митрополит Тверской и Кашинский Амвросий принял в своей резиденции в Успенском "
        "монастыре посла Черногории в России Драгана Вуковича."
    )
    assert ({"Амвросий", "Драган Вукович"}, Modality.FACT) in meetings(analyse, text)
