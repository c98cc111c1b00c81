"""Round 38 of meetings, from real Russian reports (not kept in the repository): a side
written as a nation's adjective and a counterpart noun alone ("с его немецким коллегой",
"с российским лидером") is the one person the same report names right after such words of
the same nation (`extract.post_references`); two such people, or only one of another
nation, name nobody. Sentences written for the tests."""

from __future__ import annotations

from tests.conftest import Analyse, meeting_sides_at

HEADLINE = (
    "Встреча главы МИД Эстонии с его латвийским коллегой началась в Риге\n"
    "Встреча министра иностранных дел Эстонии Урмаса Кутса и его латвийского коллеги "
    "Артиса Берзиньша началась в Риге."
)


def test_a_headline_colleague_is_the_one_named_below(analyse: Analyse) -> None:
    found = meeting_sides_at(analyse, HEADLINE, "Встреча главы")
    assert found and all("Артис Берзиньш" in sides for sides in found)
    assert all("коллега" not in sides for sides in found)


def test_a_leader_of_the_nation_is_the_colleague_named_before(analyse: Analyse) -> None:
    text = (
        "Премьер Чехии Павел Новотны заявил, что провел переговоры с польским коллегой "
        "Мареком Ковальским. По его словам, разговор с польским лидером был полезным."
    )
    found = meeting_sides_at(analyse, text, "По его словам")
    assert found and all({"Павел Новотны", "Марек Ковальский"} <= sides for sides in found)


def test_two_colleagues_of_the_nation_name_nobody(analyse: Analyse) -> None:
    text = (
        "Глава МИД Польши встретился с чешским коллегой. Ранее польский министр говорил с "
        "чешским коллегой Яном Дворжаком, а президент Польши обсуждал с чешским коллегой "
        "Петром Новым торговлю."
    )
    found = meeting_sides_at(analyse, text, "Глава МИД")
    assert all(not sides & {"Ян Дворжак", "Петр Нов", "Петр Новый"} for sides in found)


def test_a_colleague_of_another_nation_names_nobody(analyse: Analyse) -> None:
    text = (
        "Президент Литвы Йонас Петраускас провел разговор с финским коллегой Микко "
        "Лехтоненом. Затем он встретился с шведским коллегой."
    )
    found = meeting_sides_at(analyse, text, "Затем")
    assert found and all(not any("Микко" in side for side in sides) for sides in found)
