"""FactRuEval scorers: unit cases written here, calibration on the real devset."""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.eval import score
from concord.eval.fact_score import ResponseFact, cluster_quality, read_response
from concord.eval.factrueval import GoldArgument, GoldFact, document_names, read_document
from concord.eval.response import natasha_baseline, write_task1, write_task3
from tests.conftest import SHARED

DEVSET = SHARED / "factrueval2016" / "devset"


def _gold(folder: Path) -> None:
    """A two-sentence document with one person, one organisation, one meeting."""
    text = "Иван Петров встретился с Анной Смирновой.\nКомпания Ромашка растет.\n"
    (folder / "book_1.txt").write_text(text, encoding="utf-8")
    words = [("1", 0, "Иван"), ("2", 5, "Петров"), ("3", 12, "встретился"), ("4", 23, "с"),
             ("5", 25, "Анной"), ("6", 31, "Смирновой"), ("7", 40, "."), ("8", 42, "Компания"),
             ("9", 51, "Ромашка"), ("10", 59, "растет"), ("11", 65, ".")]  # fmt: skip
    (folder / "book_1.tokens").write_text(
        "\n".join(f"{i} {s} {len(w)} {w}" for i, s, w in words) + "\n", encoding="utf-8"
    )
    (folder / "book_1.spans").write_text(
        "s1 name 0 4 1 1  # 1 Иван\ns2 surname 5 6 2 1  # 2 Петров\n"
        "s3 name 25 5 5 1  # 5 Анной\ns4 surname 31 9 6 1  # 6 Смирновой\n"
        "s5 org_descr 42 8 8 1  # 8 Компания\ns6 org_name 51 7 9 1  # 9 Ромашка\n",
        encoding="utf-8",
    )
    (folder / "book_1.objects").write_text(
        "o1 Person s1 s2 # Иван Петров\no2 Person s3 s4 # Анной Смирновой\no3 Org s5 s6 # Компания Ромашка\n",
        encoding="utf-8",
    )
    (folder / "book_1.coref").write_text(
        "10 o1\nfirstname Иван\nlastname Петров\n\n11 o2\nfirstname Анна\nlastname Смирнова\n\n"
        "12 o3\nname Ромашка\n",
        encoding="utf-8",
    )
    (folder / "book_1.facts").write_text(
        "1-0 Meeting\nParticipant obj10 Петров Иван\nParticipant obj11 Смирнова Анна\n",
        encoding="utf-8",
    )


def test_track1_partial_credit_and_descriptors(tmp_path: Path) -> None:
    gold, response = tmp_path / "gold", tmp_path / "response"
    gold.mkdir()
    response.mkdir()
    _gold(gold)
    # Full person, surname-only person (half credit), organisation without its descriptor.
    write_task1(response / "book_1.task1", [("per", 0, 11), ("per", 31, 40), ("org", 51, 58)])
    result = score("1l", gold, response)
    assert result["org"] == (1.0, 1.0, 1.0)  # the descriptor "Компания" carries no weight
    assert result["per"][0] == pytest.approx(0.75)  # (1 + 0.5) / 2
    assert result["overall"][2] == pytest.approx(2 * 2.5 / 6)


def test_track3_person_by_name_parts_in_any_order(tmp_path: Path) -> None:
    gold, response = tmp_path / "gold", tmp_path / "response"
    gold.mkdir()
    response.mkdir()
    _gold(gold)
    write_task3(
        response / "book_1.task3",
        [("Meeting", [("Participant", "Иван Петров"), ("Participant", "Анна Смирнова")])],
    )
    assert score("3", gold, response)["meeting"] == (1.0, 1.0, 1.0)
    write_task3(
        response / "book_1.task3",
        [("Meeting", [("Participant", "Петров"), ("Participant", "Сидоров")])],
    )
    (fact,) = read_document(gold, "book_1").facts or []
    (answer,) = read_response(response / "book_1.task3")
    assert cluster_quality(fact, [answer]) == pytest.approx(
        1 / 3
    )  # one found, one missed, one wrong


def test_an_argument_naming_two_objects_accepts_either(tmp_path: Path) -> None:
    """"Owner obj10 A | obj11 B" lists two owners; a response naming the second one matches."""
    gold, response = tmp_path / "gold", tmp_path / "response"
    gold.mkdir()
    response.mkdir()
    _gold(gold)
    (gold / "book_1.facts").write_text(
        "1-0 Ownership\nOwner obj10 Петров Иван | obj11 Смирнова Анна\n"
        "Property obj12 Компания Ромашка\n",
        encoding="utf-8",
    )
    write_task3(
        response / "book_1.task3",
        [("Ownership", [("Owner", "Анна Смирнова"), ("Property", "Ромашка")])],
    )
    assert score("3", gold, response)["ownership"] == (1.0, 1.0, 1.0)


def test_hard_facts_are_ignored(tmp_path: Path) -> None:
    gold, response = tmp_path / "gold", tmp_path / "response"
    gold.mkdir()
    response.mkdir()
    _gold(gold)
    facts = (gold / "book_1.facts").read_text(encoding="utf-8")
    (gold / "book_1.facts").write_text(facts + "Сложность повышенная\n", encoding="utf-8")
    write_task3(response / "book_1.task3", [("Meeting", [("Participant", "Иван Петров")])])
    assert score("3", gold, response)["meeting"] == (
        1.0,
        1.0,
        1.0,
    )  # nothing required, nothing counted


def test_unmatched_response_fact_costs_precision() -> None:
    fact = ResponseFact("meeting", [("participant", "кто-то")])
    assert cluster_quality(read_gold_meeting(), [fact]) == 0.0


def read_gold_meeting() -> GoldFact:
    return GoldFact("meeting", [GoldArgument("participant", {"иван петров"})])


def test_calibration_natasha_alone(tmp_path: Path) -> None:
    natasha_baseline(DEVSET, tmp_path)
    loose, strict = (
        score("1l", DEVSET, tmp_path)["overall"],
        score("1", DEVSET, tmp_path)["overall"],
    )
    assert loose == pytest.approx((0.916, 0.853, 0.884), abs=0.005)
    assert strict == pytest.approx((0.695, 0.674, 0.684), abs=0.005)


def test_calibration_gold_meetings_and_deals(tmp_path: Path) -> None:
    """The devset's own Meeting and Deal facts, each argument's first text alternative
    (alternatives separated by "|" or "/"), nothing else."""
    for name in document_names(DEVSET):
        facts = read_document(DEVSET, name).facts or []
        write_task3(
            tmp_path / f"{name}.task3",
            [
                (
                    f.type.capitalize(),
                    [(role.capitalize(), value.split("/")[0]) for role, value in f.raw],
                )
                for f in facts
                if f.type in {"meeting", "deal"}
            ],
        )
    result = score("3", DEVSET, tmp_path)
    assert result["meeting"][2] == pytest.approx(1.0, abs=0.005)
    assert result["deal"][2] == pytest.approx(0.610, abs=0.005)
    assert result["overall"] == pytest.approx((0.668, 0.098, 0.171), abs=0.005)
