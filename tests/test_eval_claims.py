"""The claims gold and its matcher: which Concord claims count as the annotated ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from concord.cli import app
from concord.eval.claims import (
    DEFAULT_GOLD,
    GOLD_TYPES,
    Gold,
    GoldError,
    RoleValue,
    ScoredClaim,
    claim_errors,
    error_causes,
    evaluate,
    format_causes,
    format_errors,
    load_gold,
    matches,
    pair,
    read_alone,
    score_claims,
)
from concord.eval.factrueval import document_names
from concord.eval.halves import split
from tests.conftest import SHARED

DEVSET = SHARED / "factrueval2016" / "devset"
GOLD = Path(__file__).resolve().parents[1] / DEFAULT_GOLD


def claim(
    claim_type: str,
    evidence: tuple[int, int] = (0, 100),
    document: str = "book_1",
    modality: str = "fact",
    **roles: str | tuple[str, tuple[int, int]],
) -> ScoredClaim:
    values: dict[str, list[RoleValue]] = {}
    for role, given in roles.items():
        text, span = given if isinstance(given, tuple) else (given, None)
        values[role] = [RoleValue(text, span)]
    return ScoredClaim(document, claim_type, evidence, values, modality)


def test_statement_matches_on_speaker_name_form_or_span() -> None:
    gold = claim("statement", speaker=("Рамзан Кадыров", (10, 18)))
    assert matches(gold, claim("statement", speaker="Кадырова"))
    assert matches(gold, claim("statement", speaker=("пресс-служба", (12, 30))))
    assert not matches(gold, claim("statement", speaker="Дмитрий Медведев"))
    assert not matches(gold, claim("statement", evidence=(100, 180), speaker="Рамзан Кадыров"))
    assert not matches(gold, claim("statement", document="book_2", speaker="Рамзан Кадыров"))


def test_figure_needs_amount_and_unit() -> None:
    gold = claim("figure", quantity="2|3", unit="%")
    assert matches(gold, claim("figure", quantity="3", unit="%"))
    assert not matches(gold, claim("figure", quantity="3", unit="USD"))
    assert not matches(gold, claim("figure", quantity="4", unit="%"))
    people = claim("figure", quantity="5000", unit="человек")
    assert matches(people, claim("figure", quantity="5000", unit="", measure="люди"))
    assert matches(people, claim("figure", quantity="5000", unit="человека"))


def test_agreement_by_kind_and_initiative_by_kind_or_organisation() -> None:
    gold = claim("agreement", kind="межправительственное соглашение")
    assert matches(gold, claim("agreement", kind="соглашение"))
    assert not matches(gold, claim("agreement", kind="меморандум"))
    plant = claim("initiative", kind="завод", organisations="Фольксваген")
    assert matches(plant, claim("initiative", kind="завода"))
    assert matches(plant, claim("initiative", kind="производство", organisations="Фольксваген"))
    assert not matches(plant, claim("initiative", kind="школа", organisations="Google"))


def test_a_short_word_in_two_cases_is_one_word() -> None:
    """"школа" / "школы" share four letters only: their last letters are case endings."""
    school = claim("initiative", kind="школа")
    assert matches(school, claim("initiative", kind="школы"))
    assert matches(claim("initiative", kind="парков"), claim("initiative", kind="парки"))
    assert matches(claim("initiative", kind="линию"), claim("initiative", kind="линия"))
    assert not matches(school, claim("initiative", kind="шкаф"))
    assert not matches(claim("initiative", kind="мост"), claim("initiative", kind="мозг"))


def test_pairing_is_one_to_one() -> None:
    gold = [claim("figure", quantity="5", unit="км"), claim("figure", quantity="5", unit="км")]
    system = [claim("figure", quantity="5", unit="км")]
    assert pair(gold, system) == [(0, 0)]


def test_types_outside_the_annotated_scope_do_not_count() -> None:
    gold = Gold({"book_1": {"figure"}}, [claim("figure", quantity="5", unit="км")])
    system = [
        claim("figure", quantity="5", unit="км", modality="planned"),
        claim("statement", speaker="Путин"),  # statements were not annotated in book_1
        claim("figure", document="book_2", quantity="7", unit="км"),  # nor was book_2
    ]
    scores = score_claims(gold, system, ["book_1", "book_2"])
    figure = scores["figure"].totals
    assert (figure.tp_gold, figure.gold, figure.response) == (1, 1, 1)
    assert scores["statement"].totals.response == 0
    assert scores["figure"].modality_accuracy() == 0.0


def test_bad_gold_lines_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"document": "book_1", "annotated": ["figure"]}\nnot json\n')
    with pytest.raises(GoldError, match=r"gold.jsonl:2: not JSON"):
        load_gold(path)
    path.write_text(
        '{"document": "book_1", "annotated": ["figure"]}\n'
        '{"document": "book_1", "type": "statement", "evidence": [0, 5], "roles": {}}\n'
    )
    with pytest.raises(GoldError, match="outside"):
        load_gold(path)
    with pytest.raises(GoldError, match="cannot read"):
        load_gold(tmp_path / "missing.jsonl")


def test_repository_gold_is_large_spread_and_points_into_the_texts() -> None:
    gold = load_gold(GOLD)
    assert len(gold.claims) >= 300
    halves = split(document_names(DEVSET))
    for half in ("tune", "check"):
        types = {c.type for c in gold.claims if c.document in halves[half]}
        assert types == set(GOLD_TYPES), half
    for gold_claim in gold.claims:
        length = len((DEVSET / f"{gold_claim.document}.txt").read_text(encoding="utf-8"))
        assert gold_claim.evidence[1] <= length
        for values in gold_claim.roles.values():
            assert all(v.span is None or v.span[1] <= length for v in values)


# Measured on the check half (not tuned on) when the floors were set, minus 0.05. The
# initiative floor follows the gold's sixth round, which annotated the check half's other 46
# texts (22 gold initiatives, not 12): P 0.700, R 0.318 then; P 0.769, R 0.455 since
# initiative27 (relocations, offices placed; classes its guidelines name); P 0.786, R 0.500
# since initiative33 (troop movements, also named there); P 0.714, R 0.500 on the gold
# adjudicated after a second annotation (docs/notes/gold.md, seventh round); P 0.769, R 0.500
# since initiative60 (sentences that tell no new undertaking); P 0.833, R 0.500 since
# initiative78 (a plan judged unreal launches nothing: a case gold.md names from the check
# half's annotation); P 0.846, R 0.550 since initiative102 (online services launched by web
# companies, written from the tuning half and fresh news); P 0.857, R 0.600 since
# initiative110 (a tender for a named facility plans it, decided on the pool of helper
# batches before the check half was read). The agreement floor
# follows round 13 (5 of 7 found, R 0.714); statement R 0.771 since the one-tree parse.
CHECK_FLOORS = {
    "agreement": (0.95, 0.66),
    "figure": (0.86, 0.82),
    "initiative": (0.80, 0.55),
    "statement": (0.95, 0.75),
}


def test_errors_list_missed_and_spurious_claims_with_their_sentence() -> None:
    gold = Gold(
        {"book_1": {"figure"}},
        [
            claim("figure", (0, 10), quantity="5", unit="км"),
            claim("figure", (11, 22), quantity="7"),
        ],
    )
    system = [claim("figure", (0, 10), quantity="5", unit="км"), claim("figure", (21, 30))]
    errors = claim_errors(gold, system, ["book_1"])
    assert [(e.kind, e.claim.evidence) for e in errors] == [
        ("missed", (11, 22)),
        ("spurious", (21, 30)),
    ]
    text = format_errors("tune", errors, {"book_1": "Пять км. — Семь машин. Три дома."})
    assert "[tune] figure missed book_1 11-22 (fact) quantity=7\n    Семь машин." in text


def test_error_causes_tell_where_errors_sit_without_their_text() -> None:
    gold = Gold(
        {"book_1": {"initiative", "figure"}},
        [
            claim("initiative", (0, 10), kind="завод"),  # a claim of its type, another kind
            claim("initiative", (11, 20), kind="школа"),  # only a figure read there
            claim("initiative", (21, 30), kind="мост"),  # nothing read
            claim("initiative", (31, 40), kind="парк"),  # matched
            claim("initiative", (61, 70), kind="больница"),  # claimed from (0, 10)
            claim("initiative", (71, 80), kind="каток"),  # matched
            claim("initiative", (81, 90), kind="каток"),  # another rink: nothing read
        ],
    )
    system = [
        claim("initiative", (0, 10), kind="больница"),
        claim("figure", (11, 20), quantity="5"),
        claim("initiative", (31, 40), kind="парк"),
        claim("initiative", (41, 50), kind="стадион"),  # where the gold holds none
        claim("initiative", (51, 60), kind="новый парк"),  # the matched one told again
        claim("initiative", (71, 80), kind="каток"),
    ]
    causes = error_causes(gold, system, ["book_1"])
    assert causes == {
        ("initiative", "missed", "sentence read, roles differ"): 1,
        ("initiative", "missed", "sentence read as figure"): 1,
        ("initiative", "missed", "nothing read"): 2,
        ("initiative", "missed", "claimed from another sentence"): 1,
        ("initiative", "spurious", "in a gold sentence of its type"): 1,
        ("initiative", "spurious", "no gold of its type there"): 1,
        ("initiative", "spurious", "restates a gold claim told elsewhere"): 1,
        ("figure", "spurious", "no gold of its type there"): 1,
    }
    table = format_causes({"check": causes})
    assert "check  initiative  missed         2  nothing read" in table
    assert "школа" not in table and "book_1" not in table
    # the rink at (21, 30) is read when its sentence stands alone: its text lost it
    marked = error_causes(gold, system, ["book_1"], {("initiative", "book_1", (21, 30))})
    assert marked[("initiative", "missed", "nothing read")] == 1
    assert marked[("initiative", "missed", "nothing read (alone: read)")] == 1


def test_read_alone_finds_a_sentence_its_report_lost() -> None:
    text = "Мэр рассказал о планах. В посёлке построят новую школу на 300 мест. Было тепло."
    start = text.index("В посёлке")
    school = (start, text.index(" Было"))
    weather = (text.index("Было"), len(text))
    gold = Gold(
        {"book_1": {"initiative"}},
        [claim("initiative", school, kind="школа"), claim("initiative", weather, kind="погода")],
    )
    # the system read neither sentence: the school's sentence gives a project on its own,
    # the weather's does not
    assert read_alone(gold, [], ["book_1"], {"book_1": text}) == {
        ("initiative", "book_1", school)
    }


def test_check_half_scores_stay_above_their_floors() -> None:
    results = evaluate(DEVSET, load_gold(GOLD), "check")
    for claim_type, (precision_floor, recall_floor) in CHECK_FLOORS.items():
        precision, recall, _ = results["check"][claim_type].totals.scores()
        assert precision >= precision_floor, claim_type
        assert recall >= recall_floor, claim_type


def test_cli_scores_a_half_and_refuses_a_bad_gold(tmp_path: Path) -> None:
    runner = CliRunner()
    names = ["book_115", "book_296"]
    small = tmp_path / "gold.jsonl"
    small.write_text(
        "".join(
            line + "\n"
            for line in GOLD.read_text(encoding="utf-8").splitlines()
            if json.loads(line)["document"] in names
        ),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", "claims", str(DEVSET), "--gold", str(small)])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines()[1:]]
    assert {row[0] for row in rows} == {"tune", "check", "all"}
    figure = next(row for row in rows if row[:2] == ["tune", "figure"])
    assert 0 < int(figure[2]) <= int(figure[3]) == 8  # matched, gold
    # one gold figure no text holds, so that at least one error is sure to be counted
    unfound = {
        "document": "book_115", "type": "figure", "modality": "fact", "evidence": [0, 274],
        "roles": {"quantity": [{"value": "987654"}], "unit": [{"value": "филиал"}]},
    }  # fmt: skip
    with small.open("a", encoding="utf-8") as gold:
        gold.write(json.dumps(unfound, ensure_ascii=False) + "\n")
    counted = runner.invoke(
        app, ["eval", "claims", str(DEVSET), "--gold", str(small), "--causes"]
    )
    causes = counted.output.split("cause\n", 1)[1].splitlines()
    assert causes and all(line.split()[2] in {"missed", "spurious"} for line in causes)
    assert any(line.split()[1:3] == ["figure", "missed"] for line in causes), causes
    bad = runner.invoke(app, ["eval", "claims", str(DEVSET), "--gold", str(tmp_path / "no")])
    assert bad.exit_code == 1 and "cannot read the gold" in bad.output
    empty = runner.invoke(app, ["eval", "claims", str(tmp_path), "--gold", str(small)])
    assert empty.exit_code == 1 and "no book_N.txt texts" in empty.output
