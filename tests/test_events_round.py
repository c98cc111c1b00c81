"""One event, one fact: sentences that go on about a meeting their report named, and the
side meetings that must stay apart (docs/notes/events.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from concord.claimtypes import meeting
from concord.fact import ClaimRecord, Fact, Value
from concord.pipeline import Pipeline
from concord.store.database import open_database, session_factory
from concord.store.queries import list_facts
from tests.conftest import new_database_url, store_paths

HUBER = Value("Клара Хубер", 1, "PER")
KOS = Value("Янез Кос", 2, "PER")
BABIC = Value("Иван Бабич", 3, "PER")
NAGY = Value("Петер Надь", 4, "PER")
VIENNA = Value("Вена", 10, "LOC")
UNION = Value("профсоюз энергетиков", 20, "ORG")


def _claim(claim_id: int, document: str, **args: list[Value]) -> ClaimRecord:
    return ClaimRecord(claim_id, "meeting", document, "2026-06-03", dict(args))


def _ministerial() -> Fact:
    """A report's lead: three ministers met in Vienna on a stated day."""
    lead = _claim(
        1,
        "report",
        participants=[HUBER, KOS, BABIC],
        place=[VIENNA],
        date=[Value("2026-06-02")],
    )
    return Fact(1, "meeting", [lead])


def test_a_chair_named_alone_goes_on_about_the_reports_meeting() -> None:
    """ "Встречу провела X": one side, no place, no date — the meeting just told."""
    assert meeting.same(_ministerial(), _claim(2, "report", participants=[HUBER]))


def test_a_list_of_participants_goes_on_about_the_reports_meeting() -> None:
    """ "В ней приняли участие A, B и C": the list needs no place of its own."""
    claim = _claim(2, "report", participants=[KOS, BABIC, NAGY])
    assert meeting.same(_ministerial(), claim)


def test_a_pair_of_sides_holds_talks_of_its_own() -> None:
    """ "Кроме того, X провела двусторонние переговоры с Y" is a side meeting."""
    assert not meeting.same(_ministerial(), _claim(2, "report", participants=[HUBER, KOS]))


def test_another_report_does_not_go_on_about_this_one() -> None:
    assert not meeting.same(_ministerial(), _claim(2, "elsewhere", participants=[HUBER]))


def test_a_sentence_with_its_own_place_or_date_is_judged_as_any_report() -> None:
    graz = Value("Грац", 11, "LOC")
    assert not meeting.same(_ministerial(), _claim(2, "report", participants=[HUBER], place=[graz]))
    later = _claim(2, "report", participants=[HUBER], date=[Value("2026-09-14")])
    assert not meeting.same(_ministerial(), later)


def test_a_body_or_a_described_side_the_meeting_does_not_hold_is_a_meeting_of_its_own() -> None:
    """ "встреча с профсоюзом", "приняли представителей компаний": other sides."""
    assert not meeting.same(_ministerial(), _claim(2, "report", participants=[HUBER, KOS, UNION]))
    described = Value("представители энергетических компаний")
    assert not meeting.same(_ministerial(), _claim(2, "report", participants=[HUBER, described]))
    assert not meeting.same(_ministerial(), _claim(2, "report", participants=[described]))


def test_a_title_is_not_a_continuation() -> None:
    title = ClaimRecord(
        2, "meeting", "report", "2026-06-03", {"participants": [HUBER]}, headline=True
    )
    assert not meeting.same(_ministerial(), title)


def test_a_report_without_a_multilateral_meeting_has_nothing_to_go_on_about() -> None:
    pair = Fact(1, "meeting", [_claim(1, "report", participants=[HUBER, KOS], place=[VIENNA])])
    assert not meeting.same(pair, _claim(2, "report", participants=[BABIC]))


def test_meeting_claims_are_filed_under_their_report() -> None:
    """So that a sentence naming none of the lead's sides is still compared with it."""
    assert "dreport" in meeting.keys(_claim(2, "report", participants=[NAGY]))


REPORT = {
    "text": (
        "Вена, 3 июня.\nВо вторник в Вене прошла встреча министров энергетики Австрии, "
        "Словении и Хорватии. Встречу провела министр энергетики Австрии Клара Хубер.\n"
        "В ней приняли участие министр инфраструктуры Словении Янез Кос, министр экономики "
        "Хорватии Иван Бабич и министр финансов Венгрии Петер Надь. Кроме того, Хубер "
        "провела двусторонние переговоры с Косом.\nПосле встречи министры приняли "
        "представителей энергетических компаний."
    ),
    "title": "Министры энергетики трех стран встретились в Вене",
    "source": "Тестовый вестник",
    "url": "https://example.test/vienna-energy",
    "published": "2026-06-03",
    "language": "ru",
}


@pytest.fixture(scope="module")
def vienna_facts(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    folder = tmp_path_factory.mktemp("vienna")
    path = Path(folder) / "vienna.jsonl"
    path.write_text(json.dumps(REPORT, ensure_ascii=False) + "\n", encoding="utf-8")
    url = new_database_url(folder)
    store_paths(pipeline, url, path)
    with session_factory(open_database(url))() as session:
        return list_facts(session, "meeting")


def test_one_report_of_a_ministerial_is_one_fact_and_its_side_talks_another(
    vienna_facts: list[dict[str, Any]],
) -> None:
    def fact_of(words: str) -> dict[str, Any]:
        (found,) = [f for f in vienna_facts if any(words in s["text"] for s in f["sources"])]
        return found

    ministerial = fact_of("прошла встреча министров энергетики")
    assert fact_of("Встречу провела") is ministerial
    assert fact_of("В ней приняли участие") is ministerial
    assert fact_of("двусторонние переговоры") is not ministerial
    assert fact_of("представителей энергетических компаний") is not ministerial


ABENOV = Value("Нурлан Абенов", 30, "PER")
GANZORIG = Value("Батбаяр Ганзориг", 31, "PER")


def _talks() -> Fact:
    first = ClaimRecord(
        1,
        "meeting",
        "visit",
        "2026-05-19",
        {"participants": [ABENOV, GANZORIG], "place": [Value("Астана", 40, "LOC")]},
    )
    return Fact(1, "meeting", [first])


@pytest.mark.parametrize("word", ["монгольский коллега", "коллега", "counterpart"])
def test_a_counterpart_is_the_other_side_not_a_third_one(word: str) -> None:
    """ "Абенов на переговорах с монгольским коллегой": the talks already told."""
    claim = ClaimRecord(
        2, "meeting", "other", "2026-05-19", {"participants": [ABENOV, Value(word)]}
    )
    assert meeting.same(_talks(), claim)


def test_a_described_side_that_is_no_counterpart_still_tells_meetings_apart() -> None:
    """ "Абенов встретился с представителями бизнеса": another meeting."""
    business = Value("представители монгольского бизнеса")
    claim = ClaimRecord(2, "meeting", "other", "2026-05-19", {"participants": [ABENOV, business]})
    assert not meeting.same(_talks(), claim)


OZOLA = Value("Инесе Озола", 50, "PER")


def _chaired() -> Fact:
    """ "Встречу провела председатель группы Инесе Озола": one side named."""
    return Fact(1, "meeting", [_claim(1, "seim", participants=[OZOLA])])


def test_a_single_side_named_again_in_the_same_report_is_the_same_meeting() -> None:
    """ "В ходе беседы X отметил…", "Встреча прошла…": the report's meeting with X."""
    assert meeting.same(_chaired(), _claim(2, "seim", participants=[OZOLA]))


def test_a_single_side_in_another_report_joins_nothing() -> None:
    """On a visit one person meets many: another report naming X alone is no evidence."""
    assert not meeting.same(_chaired(), _claim(2, "other", participants=[OZOLA]))


def test_a_single_side_the_reports_meeting_does_not_hold_is_another_meeting() -> None:
    assert not meeting.same(_chaired(), _claim(2, "seim", participants=[HUBER]))


@pytest.mark.parametrize(
    ("building", "town"),
    [("Акорде", "Астана"), ("Сейме", "Риге"), ("Ланкастер-хаусе", "Лондоне")],
)
def test_a_building_may_stand_in_a_town(building: str, town: str) -> None:
    """A residence or a parliament named as the place does not contradict its city."""
    assert meeting.places_agree(Value(building, 60, "LOC"), Value(town, 61, "LOC"))


@pytest.mark.parametrize(("first", "second"), [("Вене", "Граце"), ("Давосе", "Женеве")])
def test_two_towns_still_tell_meetings_apart(first: str, second: str) -> None:
    assert not meeting.places_agree(Value(first, 60, "LOC"), Value(second, 61, "LOC"))


def test_talks_placed_in_a_residence_and_in_its_city_are_one_meeting() -> None:
    """ "Переговоры прошли в Акорде" and another outlet's "переговоры в Астане" a day
    apart: one meeting (its date disagreement is then a conflict, not two meetings)."""
    residence = ClaimRecord(
        1,
        "meeting",
        "one",
        "2026-05-19",
        {"participants": [ABENOV, GANZORIG], "place": [Value("Акорде", 41, "LOC")]},
    )
    city = ClaimRecord(
        2,
        "meeting",
        "two",
        "2026-05-20",
        {
            "participants": [GANZORIG, ABENOV],
            "place": [Value("Астана", 40, "LOC")],
            "date": [Value("2026-05-20")],
        },
    )
    assert meeting.same(Fact(1, "meeting", [residence]), city)
