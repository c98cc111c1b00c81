"""initiative118: a bare work finished or started with its date ("Строительство планируется
завершить до конца 2027 года", "Старт работ запланирован на весну") after the report claimed
its project is that project's stage (its kind, planned); so is a facility prepared for
service ("здание готовят к вводу в эксплуатацию"). A work with no project before it, with
no date, with a thing of its own, or told not reached stays out. Sentences written for these
tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in


def _last(analyse: Analyse, text: str) -> list[tuple[str, Modality]]:
    """Kinds and modalities of the claims read from the text's last sentence."""
    claims = initiatives_in(analyse, text)
    last = text.rstrip().rsplit(". ", 1)[-1]
    start = text.index(last)
    return [
        (value, claim.modality)
        for claim in claims
        if claim.evidence.start >= start
        for value in claim.values("kind")
    ]


def test_bare_building_with_a_deadline_is_the_projects_stage(analyse: Analyse) -> None:
    text = (
        "В Кирове построят новый завод по выпуску кирпича. "
        "Строительство планируется завершить до конца 2027 года."
    )
    assert _last(analyse, text) == [("завод", Modality.PLANNED)]


def test_all_works_with_a_day_are_the_projects_stage(analyse: Analyse) -> None:
    text = "В Торжке отремонтируют районную больницу. Все работы планируется завершить к 1 октября."
    assert _last(analyse, text) == [("районная больница", Modality.PLANNED)]


def test_start_of_works_with_a_season_is_the_projects_stage(analyse: Analyse) -> None:
    text = (
        "Власти области построят новый мост через реку Сура. "
        "Старт работ запланирован на весну 2027 года."
    )
    assert _last(analyse, text) == [("мост", Modality.PLANNED)]


def test_building_prepared_for_service_is_a_planned_stage(analyse: Analyse) -> None:
    text = (
        "В Рузе построят новый склад. "
        "Производственное здание и склад готовят к вводу в эксплуатацию в ближайшее время."
    )
    assert _last(analyse, text) == [("склад", Modality.PLANNED)]


def test_no_project_before_is_no_stage(analyse: Analyse) -> None:
    text = "Дорожники убирают снег на улицах. Работы планируется завершить к утру."
    assert _last(analyse, text) == []


def test_no_date_is_no_stage(analyse: Analyse) -> None:
    text = "В Рузе построят новую школу. Строительство планируется завершить."
    assert _last(analyse, text) == []


def test_stage_not_reached_is_no_stage(analyse: Analyse) -> None:
    text = "В Рузе построят новую школу. Строительство не удалось завершить в 2025 году."
    assert _last(analyse, text) == []


def test_singular_work_is_no_building_work(analyse: Analyse) -> None:
    text = "В Рузе построят новую школу. Работу комиссии планируется завершить в марте."
    assert _last(analyse, text) == []


def test_preparing_for_a_meeting_is_no_stage(analyse: Analyse) -> None:
    text = "В Рузе построят новую школу. Здание администрации готовят к приёму гостей в марте."
    assert _last(analyse, text) == []
