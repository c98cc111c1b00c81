"""The written development clusters: gold files that hold together, the mention-to-fact
alignment on hand-made output, and `concord eval clusters` end to end (figures only
checked to be in [0, 1]: Concord's scores move as it improves)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from concord.claimtypes import CLAIM_TYPES
from concord.cli import app
from concord.document import Document
from concord.eval.clusters import (
    ConflictCounts,
    Gold,
    GoldError,
    GoldMention,
    SystemOutput,
    align_mentions,
    clusterings,
    fact_events,
    read_gold,
    score_conflicts,
    score_entity_merges,
    score_story,
    stories,
)
from concord.eval.coreference import score_clusterings
from concord.nlp.sentences import split_sentences
from concord.read.jsonl import read_jsonl

CLUSTERS = Path(__file__).parent / "data" / "clusters"
STORIES = stories(CLUSTERS)


def _reports(path: Path) -> list[Document]:
    read = list(read_jsonl(path))
    problems = [item for item in read if not isinstance(item, Document)]
    assert not problems, problems
    return [item for item in read if isinstance(item, Document)]


def test_there_are_at_least_three_stories() -> None:
    assert len(STORIES) >= 3


@pytest.mark.parametrize("path", STORIES, ids=lambda path: path.stem)
def test_story_reads_with_the_jsonl_reader(path: Path) -> None:
    reports = _reports(path)
    assert len(reports) >= 10
    assert len({report.source for report in reports}) >= 3
    assert len({report.url for report in reports}) == len(reports)
    for report in reports:
        assert report.url and report.url.startswith("https://example-outlet.test/")
        assert report.language in {"ru", "en"} and report.published and report.title
        assert 4 <= sum(1 for _ in split_sentences(report.text)) <= 12
        # The seeds' event (Central Asia – UK, London) is checked elsewhere, never here.
        assert not re.search(
            r"Лондон|Великобритан|Центральн\w+ Ази|London|United Kingdom|Central Asia", report.text
        )


@pytest.mark.parametrize("path", STORIES, ids=lambda path: path.stem)
def test_gold_mentions_point_at_one_sentence_each(path: Path) -> None:
    reports = {report.url: report for report in _reports(path)}
    gold = read_gold(path.with_name(f"{path.stem}.gold.json"))  # checks ids and part_of
    for mention in gold.mentions:
        assert mention.url in reports, mention
        text = reports[mention.url].text
        sentences = [text[start:end] for start, end in split_sentences(text)]
        holding = [sentence for sentence in sentences if mention.evidence in sentence]
        assert len(holding) == 1, mention
    for event in gold.events.values():
        assert event["type"] in CLAIM_TYPES, event["id"]
        assert event["mentions"], event["id"]
    for event_id, role in gold.conflicts:
        assert role in CLAIM_TYPES[gold.events[event_id]["type"]].conflict_roles


def test_gold_with_a_dangling_part_of_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "story.gold.json"
    event = {"id": "side", "type": "meeting", "part_of": "summit", "mentions": []}
    path.write_text(json.dumps({"events": [event], "conflicts": []}), encoding="utf-8")
    with pytest.raises(GoldError, match=r"story\.gold\.json.*unknown 'summit'"):
        read_gold(path)


def _mention(event: str, url: str, evidence: str, type: str = "meeting") -> GoldMention:
    return GoldMention(event, type, url, evidence)


def _source(doc: str, text: str) -> dict[str, object]:
    return {"doc": doc, "start": 0, "end": len(text), "text": text}


def test_alignment_on_hand_made_output() -> None:
    # Two reports: report a says summit (s1) and, on its margins, bilateral talks (s2, one
    # sentence holding claims of both facts); report b retells the summit and gives a figure.
    gold = Gold(
        events={"summit": {}, "talks": {}, "trade": {}},
        mentions=[
            _mention("summit", "u/a", "Саммит прошел"),
            _mention("summit", "u/b", "Министры встретились"),
            _mention("talks", "u/a", "на полях саммита"),
            _mention("summit", "u/a", "на полях саммита"),
            _mention("trade", "u/b", "составил", "figure"),
            _mention("talks", "u/b", "нигде нет"),
        ],
        conflicts=[("summit", "date"), ("trade", "quantity")],
    )
    s1, s2 = "Саммит прошел в Риге.", "Переговоры прошли на полях саммита."
    b1, b2 = "Министры встретились в четверг.", "Товарооборот составил 2 млрд."
    summit = [("A", s1), ("A", s2), ("B", b1)]
    system = SystemOutput(
        facts=[
            {"id": 1, "type": "meeting", "sources": [_source(*s) for s in summit]},
            {"id": 2, "type": "meeting", "sources": [_source("A", s2)]},
            {"id": 3, "type": "figure", "sources": [_source("B", b2)]},
            {"id": 4, "type": "meeting", "sources": [_source("B", b2)]},  # wrong type for trade
        ],
        conflicts=[
            {"fact": 1, "role": "date", "values": [{"value": "2026-03-12"}]},
            {"fact": 9, "role": "place", "values": [{"value": "Рига"}]},
        ],
        urls={"A": "u/a", "B": "u/b"},
    )
    assigned = align_mentions(gold, system)
    # s2 holds claims of facts 1 and 2: the summit's mention of it follows the summit's
    # other mentions to fact 1, so the talks' mention takes fact 2; "нигде нет" is a miss.
    assert assigned == [1, 1, 2, 1, 3, None]
    key, response = clusterings("story", gold, assigned)
    assert sorted(map(sorted, key)) == [
        [("story", 0), ("story", 1), ("story", 3)],
        [("story", 2), ("story", 5)],
        [("story", 4)],
    ]
    assert sorted(map(sorted, response)) == [
        [("story", 0), ("story", 1), ("story", 3)],
        [("story", 2)],
        [("story", 4)],
        [("story", 5)],
    ]
    assert score_clusterings(key, response).b_cubed.precision == pytest.approx(1.0)
    events_of_facts = fact_events(gold, assigned)
    assert events_of_facts == {1: "summit", 2: "talks", 3: "trade"}
    counts = score_conflicts(gold, system.conflicts, events_of_facts)
    # Fact 1's date conflict is the gold one; fact 9 maps to no gold event: false.
    assert (counts.system, counts.right, counts.false, counts.found, counts.gold) == (
        2, 1, 1, 1, 2,
    )  # fmt: skip
    assert counts.precision == pytest.approx(0.5)
    assert counts.recall == pytest.approx(0.5)


def test_no_conflicts_either_side_is_perfect() -> None:
    assert (ConflictCounts().precision, ConflictCounts().recall) == (1.0, 1.0)


def _in_unit_range(*values: float) -> bool:
    return all(0.0 <= value <= 1.0 for value in values)


def test_scoring_a_story_end_to_end() -> None:
    result = score_story(STORIES[0])
    assert result.reports >= 10
    assert result.mentions == sum(len(cluster) for cluster in result.key)
    assert result.mentions == sum(len(cluster) for cluster in result.response)
    for measure in (result.scores.muc, result.scores.b_cubed, result.scores.ceaf_e):
        assert _in_unit_range(measure.recall, measure.precision, measure.f1)
    assert _in_unit_range(result.scores.conll)
    assert _in_unit_range(result.conflicts.precision, result.conflicts.recall)


def test_eval_clusters_command_prints_a_row_per_story_and_overall() -> None:
    result = CliRunner().invoke(
        app, ["eval", "clusters", str(CLUSTERS), "--details"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for name in [path.stem for path in STORIES] + ["overall (micro)"]:
        row = next(line for line in lines if line.startswith(name))
        figures = [float(x) for x in re.findall(r"\b\d+\.\d{3}\b", row)]
        assert len(figures) == 12  # R/P/F1 of three measures, CoNLL, conflict P and R
        assert _in_unit_range(*figures)
    assert "renewables_roadmap" in result.output  # the details name gold events


def test_eval_clusters_on_a_folder_without_stories_is_one_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "clusters", str(tmp_path)])
    assert result.exit_code == 1
    assert str(tmp_path) in result.output


def test_entity_merges_count_cross_script_pairs_both_ways() -> None:
    gold = Gold(
        events={},
        mentions=[],
        conflicts=[],
        entities={
            "lavrov": ("Сергей Лавров", "Sergey Lavrov"),
            "pavel": ("Pavel Lavrov",),
            "oslo": ("Осло", "Oslo"),
        },
    )
    system = [
        {"id": 1, "name": "Сергей Лавров", "aliases": ["Sergey Lavrov", "Pavel Lavrov"]},
        {"id": 2, "name": "Осло", "aliases": []},
        {"id": 3, "name": "Oslo", "aliases": []},
    ]
    counts = score_entity_merges(gold, system)
    # gold cross-script pairs: Лавров~Sergey, Осло~Oslo; merged: Лавров~Sergey, Лавров~Pavel
    assert (counts.gold, counts.merged, counts.right) == (2, 2, 1)
    assert counts.precision == 0.5 and counts.recall == 0.5
    assert "Сергей Лавров ~ Pavel Lavrov: wrongly merged" in counts.details
    assert "Осло ~ Oslo: not merged" in counts.details
