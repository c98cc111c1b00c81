"""initiative95: a headline the name finder misread is still read as a project, and a
launch told in a present that looks ahead is planned. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_and_modalities_in

_BODY = "\nПогода в тот день была солнечной."


def _roles(analyse: Analyse, text: str, role: str) -> list[list[str]]:
    return [claim.values(role) for claim in initiatives_in(analyse, text)]


# --- a headline whose first word the name finder took into a "name" ---


def test_headline_opening_with_a_new_facility_is_read(analyse: Analyse) -> None:
    text = "Новый дом культуры открыли в селе Липовка Озёрного района" + _BODY
    assert kinds_and_modalities_in(analyse, text) == [("дом культуры", Modality.FACT)]
    assert _roles(analyse, text, "organisations") == [[]]  # the misread name runs nothing


def test_headline_opening_with_a_short_participle_is_read(analyse: Analyse) -> None:
    text = "Создан центр по поддержке молодых фермеров" + _BODY
    assert kinds_and_modalities_in(analyse, text) == [
        ("центр по поддержке молодых фермеров", Modality.FACT)
    ]


def test_the_participle_is_no_part_of_the_named_centre(analyse: Analyse) -> None:
    text = "Открыт Татарский культурный центр в Берлине" + _BODY
    assert [kind for kind, _ in kinds_and_modalities_in(analyse, text)] == [
        "татарский культурный центр"
    ]


def test_a_place_glued_onto_the_facility_runs_nothing(analyse: Analyse) -> None:
    text = "В Липовке школа будет построена в 2028 году" + _BODY
    assert kinds_and_modalities_in(analyse, text) == [("школа", Modality.PLANNED)]
    assert _roles(analyse, text, "organisations") == [[]]


def test_a_name_introduced_before_still_runs_the_works(analyse: Analyse) -> None:
    text = "Компания «Светлая верфь» получила заказ. Верфь начнет строительство судов в мае."
    assert _roles(analyse, text, "organisations") == [["Верфь"]]


def test_a_real_organisation_opening_a_headline_keeps_running(analyse: Analyse) -> None:
    text = "Детский мир открыл новый магазин в Твери" + _BODY
    assert kinds_and_modalities_in(analyse, text) == [("магазин", Modality.FACT)]


# --- a present that looks ahead ---


def test_start_in_the_present_of_a_two_aspect_verb_is_planned(analyse: Analyse) -> None:
    text = "Мэрия сообщила о планах.\nСтроительство новой школы стартует весной."
    assert kinds_and_modalities_in(analyse, text) == [("школа", Modality.PLANNED)]


def test_a_founding_under_way_is_planned(analyse: Analyse) -> None:
    text = "Мэрия сообщила о планах.\nВ городе создается совместное предприятие по выпуску насосов."
    assert [m for _, m in kinds_and_modalities_in(analyse, text)] == [Modality.PLANNED]


def test_an_opening_under_way_is_planned(analyse: Analyse) -> None:
    text = "Мэрия сообщила о планах.\nВ Омске открывается новый музей."
    assert kinds_and_modalities_in(analyse, text) == [("музей", Modality.PLANNED)]


def test_today_keeps_the_start_a_fact(analyse: Analyse) -> None:
    text = "Мэрия сообщила о планах.\nСегодня в Омске стартует строительство нового моста."
    assert kinds_and_modalities_in(analyse, text) == [("мост", Modality.FACT)]


def test_works_under_way_stay_a_fact(analyse: Analyse) -> None:
    text = "Мэрия сообщила о планах.\nШкола строится в микрорайоне Северный."
    assert [m for _, m in kinds_and_modalities_in(analyse, text)] == [Modality.FACT]


def test_a_season_or_a_sale_starting_is_no_project(analyse: Analyse) -> None:
    for text in (
        "Мэрия сообщила о планах.\nСезон охоты стартует в субботу.",
        "Мэрия сообщила о планах.\nРаспродажа стартует в пятницу.",
        "Мэрия сообщила о планах.\nВыставка открывается в областном музее 12 мая.",
    ):
        assert kinds_and_modalities_in(analyse, text) == [], text
