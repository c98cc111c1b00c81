"""A person named later by post alone ("министр иностранных дел РК встретился …") is the
one the report named with that post; sentences written for these tests."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.extract.post_references import same_stem
from tests.conftest import Analyse


def participants(analysed: AnalysedDocument) -> list[list[str]]:
    return [c.values("participants") for c in analysed.claims if c.type == "meeting"]


def test_the_post_refers_to_its_holder_named_earlier(analyse: Analyse) -> None:
    analysed = analyse(
        "Министр иностранных дел Армении Арарат Мирзоян прибыл в Вену.\n\n"
        "В Вене министр иностранных дел Армении встретился с генеральным секретарем ОБСЕ."
    )
    meeting = next(c for c in analysed.claims if c.type == "meeting")
    assert "Арарат Мирзоян" in meeting.values("participants")
    assert "Армения" not in meeting.values("participants")
    (argument,) = [a for a in meeting.arguments if a.value == "Арарат Мирзоян"]
    assert argument.span is not None and argument.span.text == "министр иностранных дел Армении"


def test_the_head_of_a_ministry_holds_its_ministers_post(analyse: Analyse) -> None:
    analysed = analyse(
        "Глава МИД Армении Арарат Мирзоян выступил на открытии форума.\n\n"
        "Затем министр иностранных дел Армении встретился с представителями бизнеса."
    )
    # the post is the minister the report named; the other side is described, not named
    assert ["Арарат Мирзоян", "представители бизнеса"] in participants(analysed)


def test_a_post_with_two_holders_in_the_report_stays_as_written(analyse: Analyse) -> None:
    analysed = analyse(
        "Посол Франции Жан Дюпон и посол Франции Пьер Мартен выступили на конференции.\n\n"
        "Посол Франции встретился с журналистами в Москве."
    )
    assert all("Жан Дюпон" not in found and "Пьер Мартен" not in found
               for found in participants(analysed))  # fmt: skip


def test_words_match_across_cases_but_not_across_derivations() -> None:
    assert same_stem("министра", "министр")
    assert same_stem("главы", "глава")
    assert same_stem("иностранных", "иностранных")
    assert not same_stem("министерство", "министр")
    assert not same_stem("посольство", "посол")
