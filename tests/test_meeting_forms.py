"""Meetings worded without a meeting noun, two in one sentence, sides named by "которые";
occupations: a candidacy is no post, "работает в Y" is a place of work."""

from __future__ import annotations

from tests.conftest import Analyse


def meetings(analyse: Analyse, text: str) -> list[set[str]]:
    analysed = analyse(text)
    return [set(c.values("participants")) for c in analysed.claims if c.type == "meeting"]


def test_two_meetings_in_one_sentence(analyse: Analyse) -> None:
    text = "Владимир Путин встретился с Ангелой Меркель, а Сергей Лавров встретился с Джоном Керри."
    assert meetings(analyse, text) == [
        {"Владимир Путин", "Ангела Меркель"}, {"Сергей Лавров", "Джон Керри"}
    ]


def test_sides_of_a_relative_clause(analyse: Analyse) -> None:
    text = ("Спор решат глава ОАО «Газпром» Алексей Миллер и министр энергетики Белоруссии "
            "Александр Озерец, которые сегодня встречаются для обсуждения долга.")  # fmt: skip
    assert meetings(analyse, text) == [{"Алексей Миллер", "Александр Озерец"}]


def test_a_phone_call_and_a_reception_are_meetings(analyse: Analyse) -> None:
    assert meetings(analyse, "Дмитрий Медведев переговорил по телефону с Бараком Обамой.") == [
        {"Дмитрий Медведев", "Барак Обама"}
    ]
    assert meetings(analyse, "Владимир Путин принял в Кремле Нурсултана Назарбаева.") == [
        {"Владимир Путин", "Нурсултан Назарбаев"}
    ]


def test_a_candidate_holds_no_post_and_work_places_without_one(analyse: Analyse) -> None:
    candidate = analyse("Экс-кандидат в президенты Беларуси Андрей Санников был осуждён.")
    assert not [c for c in candidate.claims if c.type == "occupation"]
    worker = analyse("Иван Петров, бывший инженер, который сейчас работает в НАСА, рассказал о планах.")
    places = [c.values("where") for c in worker.claims if c.type == "occupation"]
    assert ["НАСА"] in places


def test_a_side_named_in_the_outer_clause(analyse: Analyse) -> None:
    text = "Министр Иван Петров посетил Астану, где встретился с Нурсултаном Назарбаевым."
    assert meetings(analyse, text) == [{"Иван Петров", "Нурсултан Назарбаев"}]


def test_meetings_without_a_meeting_noun(analyse: Analyse) -> None:
    for text in (
        "Владимир Путин и Ангела Меркель обсудили ситуацию на Украине.",
        "Владимир Путин и Ангела Меркель провели телефонный разговор.",
        "Владимир Путин созвонился с Ангелой Меркель.",
        "Владимир Путин обменялся с Ангелой Меркель мнениями.",
        "Канцлер Ангела Меркель приняла президента Владимира Путина.",
    ):
        assert meetings(analyse, text) == [{"Владимир Путин", "Ангела Меркель"}], text


def test_interviews_concerts_and_what_is_received_are_no_meetings(analyse: Analyse) -> None:
    for text in (
        "Владимир Путин дал интервью Андрею Малахову.",
        "Алла Пугачева выступила на концерте вместе с Филиппом Киркоровым.",
        "Иван Петров заявил, что Сергей Смирнов уйдет в отставку.",
        "Иван Петров принял участие в концерте Аллы Пугачевой.",
        "Иван Петров принял поздравления от Сергея Смирнова.",
    ):
        assert meetings(analyse, text) == [], text


def test_a_clause_without_its_meeting_verb_is_a_meeting_of_its_own(analyse: Analyse) -> None:
    then = "Иван Петров встретился с Олегом Смирновым, а затем с Павлом Козловым."
    assert meetings(analyse, then) == [
        {"Иван Петров", "Олег Смирнов"}, {"Иван Петров", "Павел Козлов"}
    ]
    gapped = "Иван Петров встретился с Олегом Смирновым, а Павел Козлов — с Андреем Волковым."
    assert meetings(analyse, gapped) == [
        {"Иван Петров", "Олег Смирнов"}, {"Павел Козлов", "Андрей Волков"}
    ]


def test_talking_with_a_person_is_a_meeting(analyse: Analyse) -> None:
    text = "Ангела Меркель поговорила по телефону с Франсуа Олландом."
    assert meetings(analyse, text) == [{"Ангела Меркель", "Франсуа Олланд"}]
    assert not [m for m in meetings(analyse, "Иван Петров поговорил с журналистами.") if len(m) > 1]


def test_a_guest_the_parser_hangs_on_the_residence(analyse: Analyse) -> None:
    text = "Иван Петров принял в Зимнем дворце Олега Смирнова."
    assert meetings(analyse, text) == [{"Иван Петров", "Олег Смирнов"}]


def test_a_pronoun_or_a_bare_post_stands_for_the_person_named_before(analyse: Analyse) -> None:
    """ "Он" and "министр" as a meeting's subject are the person the text named last (of
    the verb's gender), not a new unnamed side."""
    pronoun = "Премьер Мария Лосева прилетела в Осло. Там она провела переговоры с Иваном Соколовым."
    assert meetings(analyse, pronoun)[-1] == {"Мария Лосева", "Иван Соколов"}
    post = "Павел Волков находится с визитом в Риге. Министр обсудил с Анной Берзиней торговлю."
    assert meetings(analyse, post) == [{"Павел Волков", "Анна Берзиня"}]
    other = "Павел Волков прибыл в Ригу. Президент Латвии обсудил с Анной Берзиней торговлю."
    assert meetings(analyse, other) == []  # a post with its country is someone else


def test_a_guest_named_by_a_pronoun_and_a_show_guest(analyse: Analyse) -> None:
    received = "Иван Соколов прилетел в Минск, где его принял Павел Волков."
    assert meetings(analyse, received) == [{"Иван Соколов", "Павел Волков"}]
    assert meetings(analyse, "Олег Смирнов принял в студии Илью Орлова.") == []


def test_chatting_and_a_conversation_between(analyse: Analyse) -> None:
    assert meetings(analyse, "Иван Соколов пообщался с Павлом Волковым по видеосвязи.") == [
        {"Иван Соколов", "Павел Волков"}
    ]
    between = "Между Иваном Соколовым и Павлом Волковым состоялась беседа."
    assert meetings(analyse, between) == [{"Иван Соколов", "Павел Волков"}]


def test_a_reception_then_talks_are_two_meetings(analyse: Analyse) -> None:
    text = ("Иван Соколов принял в резиденции Павла Волкова, а затем провёл переговоры "
            "с Олегом Смирновым.")  # fmt: skip
    assert meetings(analyse, text) == [
        {"Иван Соколов", "Павел Волков"}, {"Иван Соколов", "Олег Смирнов"}
    ]


def test_a_subjectless_meeting_verb_after_a_comma_clause(analyse: Analyse) -> None:
    text = "Иван Соколов поговорил с Павлом Волковым, после чего созвонился с Олегом Смирновым."
    assert meetings(analyse, text) == [
        {"Иван Соколов", "Павел Волков"}, {"Иван Соколов", "Олег Смирнов"}
    ]
