"""Meetings as a reader finds them: who took part, who chaired, the sides a later sentence
leans on, the report's protagonist, the meeting's own place and venue, and what is not a
meeting. Sentences written for these tests (none from the seeds, the devset or the
written clusters)."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from tests.conftest import Analyse


def meetings(analysed: AnalysedDocument) -> list[Claim]:
    return [claim for claim in analysed.claims if claim.type == "meeting"]


def sides(analysed: AnalysedDocument) -> list[set[str]]:
    return [set(claim.values("participants")) for claim in meetings(analysed)]


def test_who_takes_part_in_a_meeting_is_a_participant(analyse: Analyse) -> None:
    took_part = analyse(
        "Министр финансов Олег Петров принял участие во встрече министров финансов стран СНГ."
    )
    assert sides(took_part) == [{"Олег Петров"}]
    attended = analyse("Во встрече также участвовала вице-премьер Ольга Лебедева.")
    assert sides(attended) == [{"Ольга Лебедева"}]


def test_taking_part_in_a_forum_or_a_ceremony_is_no_meeting(analyse: Analyse) -> None:
    analysed = analyse(
        "Олег Петров принял участие в конференции. "
        "В церемонии приняли участие губернатор Игорь Сидоров и мэр Анна Смирнова."
    )
    assert meetings(analysed) == []


def test_the_chair_is_a_participant(analyse: Analyse) -> None:
    analysed = analyse(
        "Вчера в Минске прошло заседание совета под председательством премьер-министра "
        "Игоря Сидорова."
    )
    (meeting,) = meetings(analysed)
    assert meeting.values("participants") == ["Игорь Сидоров"]
    assert meeting.values("place") == ["Минск"]


def test_the_sides_are_the_meeting_just_named(analyse: Analyse) -> None:
    analysed = analyse(
        "В понедельник в Ташкенте министр экономики Анна Смирнова провела переговоры с "
        "министром Рустамом Азимовым. Стороны обсудили строительство дороги через Казахстан."
    )
    _, second = meetings(analysed)
    assert set(second.values("participants")) == {"Анна Смирнова", "Рустам Азимов"}
    assert second.evidence.text.startswith("Стороны обсудили")
    assert "Казахстан" not in second.values("participants")  # what is discussed is no side
    assert second.values("place") == ["Ташкент"]  # the meeting leaned on: its place and day
    assert second.values("date") == ["2026-02-23"]


def test_a_meeting_with_one_side_named_is_the_protagonists(analyse: Analyse) -> None:
    """A release about a minister: "встреча с Z" leaves the other side to the reader, who
    takes the person the report is about; the evidence of that side is a mention of her."""
    analysed = analyse(
        "Министр экономики Анна Смирнова прибыла в Ташкент.\n"
        "Анна Смирнова открыла выставку.\n"
        "Также состоялась встреча с послом Германии Гансом Мюллером.\n"
        "В ходе беседы министр сообщила о планах."
    )
    first, second = meetings(analysed)
    assert set(first.values("participants")) == {"Анна Смирнова", "Ганс Мюллер"}
    assert set(second.values("participants")) == {"Анна Смирнова", "Ганс Мюллер"}
    (protagonist,) = [a for a in first.arguments if a.value == "Анна Смирнова"]
    assert protagonist.span is not None and protagonist.span.text == "Анна Смирнова"
    assert second.evidence.text.startswith("В ходе беседы")


def test_the_sides_after_a_meeting_with_one_named_side(analyse: Analyse) -> None:
    analysed = analyse(
        "Министр экономики Анна Смирнова прибыла в Ташкент. Смирнова открыла выставку. "
        "На встрече с министром Рустамом Азимовым стороны договорились о строительстве дороги."
    )
    (meeting,) = meetings(analysed)
    assert set(meeting.values("participants")) == {"Анна Смирнова", "Рустам Азимов"}


def test_no_protagonist_without_a_clear_one_or_inside_a_quote(analyse: Analyse) -> None:
    unclear = analyse("Также состоялась встреча с послом Германии Гансом Мюллером.")
    assert sides(unclear) == [{"Ганс Мюллер"}]
    quoted = analyse(
        "Лидер партии Иван Кузнецов рассказал о поездке. Кузнецов доволен.\n"
        "«Вчера мы с послом Гансом Мюллером провели долгую беседу», — сказал Иван Кузнецов."
    )
    # not the protagonist as such: the quote's "мы" is its speaker (round 25), here the same
    assert sides(quoted) == [{"Иван Кузнецов", "Ганс Мюллер"}]


def test_the_subject_of_the_verb_a_meeting_completes(analyse: Analyse) -> None:
    analysed = analyse(
        "Сегодня Олег Петров должен был поднять эту тему в ходе встречи с президентом "
        "Игорем Сидоровым."
    )
    assert sides(analysed) == [{"Олег Петров", "Игорь Сидоров"}]


def test_the_place_is_the_meetings_own(analyse: Analyse) -> None:
    analysed = analyse(
        "Олег Петров встретился с Игорем Сидоровым для обсуждения ситуации в Казахстане."
    )
    (meeting,) = meetings(analysed)
    assert meeting.values("place") == []


def test_a_named_building_is_the_venue(analyse: Analyse) -> None:
    palace = analyse("Встреча Олега Петрова и Игоря Сидорова прошла во Дворце Мира.")
    (meeting,) = meetings(palace)
    assert meeting.values("venue") == ["Дворец Мира"] and meeting.values("place") == []
    house = analyse("Олег Петров встретился с Игорем Сидоровым в Ланкастер-хаусе в Лондоне.")
    (meeting,) = meetings(house)
    assert meeting.values("venue") == ["Ланкастер-хаус"]
    assert meeting.values("place") == ["Лондон"]


def test_meeting_wording_without_a_meeting_noun(analyse: Analyse) -> None:
    for text in (
        "Олег Петров и Игорь Сидоров обсудили ситуацию в регионе.",
        "Президент Олег Петров провел телефонный разговор с президентом Игорем Сидоровым.",
        "Олег Петров переговорил по телефону с Игорем Сидоровым.",
    ):
        assert sides(analyse(text)) == [{"Олег Петров", "Игорь Сидоров"}], text
    hosted = analyse("Президент Олег Петров принял в Кремле президента Финляндии Матти Лайне.")
    assert sides(hosted) == [{"Олег Петров", "Матти Лайне"}]
    assert meetings(analyse("Олег Петров обсудил ситуацию.")) == []
    assert meetings(analyse("Мэр Олег Петров принял решение о закрытии рынка.")) == []


def test_interviews_and_audiences_are_no_meetings(analyse: Analyse) -> None:
    for text in (
        "В беседе с корреспондентом агентства Олег Петров рассказал о планах.",
        "Об этом Олег Петров рассказал в беседе с «Известиями».",
        "Певица Анна Белова встретилась с поклонниками в Казани.",
        "На встрече с журналистами Олег Петров заявил о своей отставке.",
    ):
        assert meetings(analyse(text)) == [], text


def test_a_statement_is_dated_when_said_not_by_the_dates_it_quotes(analyse: Analyse) -> None:
    direct = analyse("«Мы построим дорогу к 2028 году», — сказал Олег Петров.")
    reported = analyse("Министр Олег Петров заявил, что переговоры пройдут в 2028 году.")
    for analysed in (direct, reported):
        (statement,) = [c for c in analysed.claims if c.type == "statement"]
        assert "2028" not in statement.values("date")


def test_a_side_described_not_named_is_kept_without_an_entity(analyse: Analyse) -> None:
    analysed = analyse("В Баку министр Ильхам Гасанов встретился с представителями деловых кругов.")
    (meeting,) = [c for c in analysed.claims if c.type == "meeting"]
    described = [a for a in meeting.arguments if a.role == "participants" and a.entity is None]
    assert [a.value for a in described] == ["представители деловых кругов"]
    assert described[0].span is not None


def test_where_a_correspondent_speaks_from_is_no_side(analyse: Analyse) -> None:
    analysed = analyse(
        "В Риге состоялась встреча министров Анны Берзини и Яна Тамма, передает корреспондент "
        "с места событий."
    )
    for claim in analysed.claims:
        assert all(a.entity is not None for a in claim.arguments if a.role == "participants")
