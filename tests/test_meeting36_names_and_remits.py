"""Round 36 of meetings, from real Russian reports (not kept in the repository): a foreign
surname in -ц read back from its oblique forms with a made-up vowel ("Шольцем" → "Шолец")
is the person the report names in the nominative; a place in a post's remit ("министр по
развитию Дальнего Востока") is no side. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, meeting_sides_at


def test_a_declined_surname_in_c_is_the_name_written_in_the_nominative(
    analyse: Analyse,
) -> None:
    text = (
        "Канцлер Австрии Ханс Вольц прибыл в Прагу. "
        "Вечером премьер-министр Чехии Павел Новак встретился с Хансом Вольцем."
    )
    found = meeting_sides_at(analyse, text, "Вечером")
    assert found and all("Ханс Вольц" in people for people in found)
    assert all("Ханс Волец" not in people for people in found)


def test_a_lone_surname_in_the_headline_gives_the_nominative(analyse: Analyse) -> None:
    text = (
        "Кольц принял Новака в Вене\n\n"
        "Федеральный канцлер Ханс Кольц принял в Вене Павла Новака. "
        "Позже Новак и Кольцем обедали, беседа с Кольцем длилась час."
    )
    document = analyse(text)
    names = {entity.name for entity in document.entities if entity.type == "PER"}
    assert "Ханс Колец" not in names and "Колец" not in names


def test_a_surname_with_a_real_fleeting_vowel_keeps_it(analyse: Analyse) -> None:
    # no nominative written in the report: the dictionary's reading stands
    text = "Губернатор Иван Петров встретился с Петром Стрельцом."
    found = meeting_sides_at(analyse, text, "Губернатор")
    assert found and all("Петр Стрелец" in people for people in found)


def test_a_place_in_a_posts_remit_is_no_side(analyse: Analyse) -> None:
    text = "Глава Бурятии встретился с министром по развитию Северного Кавказа и Крыма\n"
    found = meeting_sides_at(analyse, text, "Глава")
    assert all(not people & {"Северный Кавказ", "Крым"} for people in found)


def test_a_topic_under_po_keeps_the_named_sides(analyse: Analyse) -> None:
    # "по развитию Сибири" here is what is talked about, under no post: nothing to drop
    text = "Мэр Олег Сидоров встретился с министром Петром Ивановым по вопросам развития Сибири."
    found = meeting_sides_at(analyse, text, "Мэр")
    assert found and all({"Олег Сидоров", "Петр Иванов"} <= people for people in found)


def test_surnames_in_no_c_are_not_joined(analyse: Analyse) -> None:
    # two surnames neither of which ends in -ц are two people
    text = "Министр Иван Лавренов встретился с послом Марко Бьянко."
    found = meeting_sides_at(analyse, text, "Министр")
    assert found and all({"Иван Лавренов", "Марко Бьянко"} <= people for people in found)


def test_an_intended_talk_is_planned(analyse: Analyse) -> None:
    text = "Президент Ирана Ахмад Рези намерен провести переговоры с президентом Чили Хуаном Перезом."
    document = analyse(text)
    meetings = [c for c in document.claims if c.type == "meeting"]
    assert meetings and all(c.modality.value == "planned" for c in meetings)


def test_a_talk_one_announced_the_intention_of_is_not_held(analyse: Analyse) -> None:
    text = (
        "Премьер Чили Хуан Перез заявил о намерении провести переговоры с президентом Перу "
        "Карлосом Мендосой."
    )
    document = analyse(text)
    meetings = [c for c in document.claims if c.type == "meeting"]
    assert meetings and all(c.modality.value != "fact" for c in meetings)


def test_a_readiness_told_at_a_held_meeting_keeps_it_held(analyse: Analyse) -> None:
    text = (
        "На встрече с президентом Чили Хуаном Перезом премьер Перу Карлос Мендоса "
        "подтвердил готовность развивать сотрудничество."
    )
    document = analyse(text)
    meetings = [c for c in document.claims if c.type == "meeting"]
    assert meetings and all(c.modality.value == "fact" for c in meetings)
