"""A post said as no longer held ("бывший директор", "экс-министр", "X, ранее
возглавлявший Y", "former minister") carries held=former; a post held now carries nothing;
a former post and the same post reported as current are one fact, a career, no conflict.
Sentences written for the tests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from concord.claimtypes import CLAIM_TYPES
from concord.cli import app
from concord.fact import ClaimRecord, Value
from concord.web.app import create_app
from tests.conftest import Analyse, new_database_url

OCCUPATION = CLAIM_TYPES["occupation"]


def _held(analyse: Analyse, text: str, person: str) -> list[tuple[str, str, str]]:
    """(post, place, held) of each occupation of `person`; "" where not given."""
    return [
        (
            (claim.values("position") or [""])[0],
            (claim.values("where") or [""])[0],
            (claim.values("held") or [""])[0],
        )
        for claim in analyse(text).claims
        if claim.type == "occupation" and claim.values("who") == [person]
    ]


# --- marked former --------------------------------------------------------------------


def test_byvshiy_marks_the_post_former_and_keeps_the_post(analyse: Analyse) -> None:
    text = "Бывший директор завода «Прогресс» Иван Котов открыл своё кафе."
    assert _held(analyse, text, "Иван Котов") == [("директор", "завод Прогресс", "former")]


def test_eks_prefix_marks_the_post_former(analyse: Analyse) -> None:
    text = "Экс-министр финансов Пётр Сидоров выступил на форуме."
    assert _held(analyse, text, "Пётр Сидоров") == [("министр финансов", "", "former")]


def test_prezhniy_before_a_past_verb_marks_the_post_former(analyse: Analyse) -> None:
    text = "Прежний руководитель компании «Заря» Олег Лебедев уехал в Москву."
    assert [held for _, _, held in _held(analyse, text, "Олег Лебедев")] == ["former"]


def test_v_proshlom_in_apposition_marks_the_post_former(analyse: Analyse) -> None:
    text = "Олег Лебедев, в прошлом мэр Твери, выступил на форуме."
    assert _held(analyse, text, "Олег Лебедев") == [("мэр", "Тверь", "former")]


def test_ranee_in_apposition_marks_the_post_former(analyse: Analyse) -> None:
    text = "Олег Лебедев, ранее мэр Твери, выступил на форуме."
    assert _held(analyse, text, "Олег Лебедев") == [("мэр", "Тверь", "former")]


def test_a_past_imperfective_head_verb_with_ranee_is_a_former_place(analyse: Analyse) -> None:
    text = "Олег Лебедев, ранее возглавлявший компанию «Заря», выступил на форуме."
    assert _held(analyse, text, "Олег Лебедев") == [("", "Заря", "former")]


def test_a_past_imperfective_head_verb_up_to_a_year_is_former(analyse: Analyse) -> None:
    text = "До 2012 года Олег Лебедев возглавлял компанию «Заря»."
    assert [held for _, _, held in _held(analyse, text, "Олег Лебедев")] == ["former"]


def test_until_recently_headed_is_a_former_place(analyse: Analyse) -> None:
    text = "Пётр Сидоров, до недавнего времени руководивший банком «Заря», стал министром."
    found = _held(analyse, text, "Пётр Сидоров")
    assert ("", "Заря", "former") in found
    assert all(held == "" for post, _, held in found if post)  # the new post is held


def test_predydushchiy_marks_the_post_former(analyse: Analyse) -> None:
    text = "Предыдущий директор завода «Прогресс» Иван Котов ушёл на пенсию."
    assert [held for _, _, held in _held(analyse, text, "Иван Котов")] == ["former"]


def test_a_post_a_past_verb_gave_with_ranshe_is_former(analyse: Analyse) -> None:
    text = "Иван Котов раньше работал директором завода «Прогресс»."
    assert _held(analyse, text, "Иван Котов") == [("директор", "завод Прогресс", "former")]


def test_english_former_marks_the_post(analyse: Analyse) -> None:
    text = "Former finance minister John Smith spoke at the forum."
    assert _held(analyse, text, "John Smith") == [("finance minister", "", "former")]


def test_english_ex_prefix_marks_the_post(analyse: Analyse) -> None:
    text = "Ex-CEO of Acme Corp John Smith spoke at the forum."
    assert [held for _, _, held in _held(analyse, text, "John Smith")] == ["former"]


# --- must stay unmarked ---------------------------------------------------------------


def test_a_post_held_now_stays_unmarked(analyse: Analyse) -> None:
    for text, person in (
        ("Директор завода «Прогресс» Иван Котов открыл новый цех.", "Иван Котов"),
        ("Finance minister John Smith spoke at the forum.", "John Smith"),
    ):
        found = _held(analyse, text, person)
        assert found and all(held == "" for _, _, held in found), text


def test_ranee_opening_the_sentence_dates_the_report_not_the_post(analyse: Analyse) -> None:
    text = "Ранее глава МИД Киргизии Нурлан Токтосунов заявил о переговорах."
    found = _held(analyse, text, "Нурлан Токтосунов")
    assert found and all(held == "" for _, _, held in found)


def test_previously_opening_the_sentence_leaves_the_post_held(analyse: Analyse) -> None:
    text = "Previously, finance minister John Smith said the plan was sound."
    found = _held(analyse, text, "John Smith")
    assert found and all(held == "" for _, _, held in found)


def test_prezhniy_acting_now_is_the_same_one_as_before(analyse: Analyse) -> None:
    text = "Интересы компании в суде представляет прежний адвокат — Анна Белова."
    assert all(held == "" for _, _, held in _held(analyse, text, "Анна Белова"))


def test_a_perfective_verb_with_ranee_tells_a_start_not_an_end(analyse: Analyse) -> None:
    text = "Иван Котов ранее был назначен директором завода «Прогресс»."
    found = _held(analyse, text, "Иван Котов")
    assert found and all(held == "" for _, _, held in found)


def test_a_former_capital_is_no_post(analyse: Analyse) -> None:
    text = "Казань — бывшая столица ханства, сообщил гид Иван Котов."
    claims = [claim for claim in analyse(text).claims if claim.type == "occupation"]
    assert not any("столица" in value for claim in claims for value in claim.values("position"))
    assert all(not claim.values("held") for claim in claims)


# --- the spec: a role shown, never a conflict -------------------------------------------


def _record(claim_id: int, document: str, position: str, held: str) -> ClaimRecord:
    args = {"who": [Value("Иван Котов", 1)], "position": [Value(position)]}
    if held:
        args["held"] = [Value(held)]
    return ClaimRecord(claim_id, "occupation", document, "2026-02-20", args)


def test_held_is_no_conflict_role_and_has_labels() -> None:
    assert "held" not in OCCUPATION.conflict_roles
    assert OCCUPATION.value_label("held", "former", "ru") == "в прошлом"
    assert OCCUPATION.value_label("held", "former", "en") == "formerly"
    assert OCCUPATION.value_label("position", "директор", "ru") == "директор"


def test_a_former_post_beside_another_post_now_is_no_disagreement() -> None:
    former = _record(1, "a", "министр финансов", "former")
    current = _record(2, "b", "губернатор", "")
    assert not OCCUPATION.comparable(former, current)
    assert OCCUPATION.comparable(_record(3, "a", "министр", ""), current)


# --- end to end: two reports, one fact, no conflict -------------------------------------

REPORTS = [
    {
        "text": "Директор завода «Прогресс» Иван Котов открыл новый цех в Самаре.",
        "title": "Новый цех", "published": "2024-03-01", "source": "Вестник",
    },
    {
        "text": "Бывший директор завода «Прогресс» Иван Котов открыл кафе в Самаре.",
        "title": "Кафе", "published": "2026-02-20", "source": "Курьер",
    },
]  # fmt: skip


def _ingested(tmp_path: Path) -> str:
    """A new SQLite store holding the two reports, ingested through the command line."""
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text(
        "\n".join(json.dumps(report, ensure_ascii=False) for report in REPORTS) + "\n",
        encoding="utf-8",
    )
    url = new_database_url(tmp_path)
    ingested = CliRunner().invoke(app, ["ingest", str(corpus), "--db", url], catch_exceptions=False)
    assert ingested.exit_code == 0, ingested.stderr
    return url


def _kotov_posts(url: str) -> list[dict[str, Any]]:
    listed = CliRunner().invoke(
        app, ["facts", "--type", "occupation", "--json", "--db", url], catch_exceptions=False
    )
    facts = [json.loads(line) for line in listed.stdout.splitlines()]
    return [fact for fact in facts if "Иван Котов" in fact["args"].get("who", [])]


def test_a_current_then_a_former_report_are_one_fact_with_no_conflict(tmp_path: Path) -> None:
    kotov = _kotov_posts(_ingested(tmp_path))
    assert len(kotov) == 1, kotov
    assert kotov[0]["args"]["held"] == ["former"]
    assert kotov[0]["args"]["position"] == ["директор"]
    assert not kotov[0]["conflicts"]
    assert {source["published"][:10] for source in kotov[0]["sources"]} == {
        "2024-03-01", "2026-02-20"
    }


def test_the_web_shows_a_former_post_as_former(tmp_path: Path) -> None:
    url = _ingested(tmp_path)
    fact = _kotov_posts(url)[0]
    client = TestClient(create_app(url))
    assert "в прошлом" in client.get(f"/facts/{fact['id']}", params={"lang": "ru"}).text
    assert "formerly" in client.get(f"/facts/{fact['id']}", params={"lang": "en"}).text
    people = client.get("/api/entities", params={"type": "PER"}).json()
    kotov = next(person for person in people if person["name"] == "Иван Котов")
    page = client.get(f"/entities/{kotov['id']}", params={"lang": "ru"}).text
    assert re.search(r"директор — [^<]*Прогресс \(в прошлом\)</a>", page)  # the posts held
    assert "Иван Котов — в прошлом</a>" in page  # the entity's timeline
