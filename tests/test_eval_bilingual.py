"""Floors for one picture across languages on the written bilingual stories: an English
report of an event told in Russian joins its facts, and its disagreements are conflicts.

Measured on this branch (`concord eval clusters tests/data/clusters-bilingual`): CoNLL
0.902 overall (0.881 and 0.935), conflict recall 1.000 (3 of 3) at precision 1.000,
cross-script entity merges recall 0.917 at precision 1.000. Floors are those minus a
small margin, so a regression fails while an improvement needs no edit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.eval.clusters import StoryResult, overall, score_story, stories

STORIES = Path(__file__).resolve().parent / "data" / "clusters-bilingual"


@pytest.fixture(scope="module")
def results() -> list[StoryResult]:
    return [score_story(path) for path in stories(STORIES)]


def test_both_bilingual_stories_are_scored(results: list[StoryResult]) -> None:
    assert {result.name for result in results} == {
        "kyrgyzstan-finland-water",
        "uk-uzbekistan-green-finance",
    }


def test_cross_language_reports_join_the_same_facts(results: list[StoryResult]) -> None:
    scores, _, _ = overall(results)
    assert scores.conll >= 0.88
    assert all(result.scores.conll >= 0.86 for result in results)


def test_disagreements_across_languages_are_conflicts(results: list[StoryResult]) -> None:
    _, conflicts, _ = overall(results)
    assert conflicts.recall >= 0.99 and conflicts.precision >= 0.99


def test_names_in_both_scripts_are_one_entity(results: list[StoryResult]) -> None:
    _, _, merges = overall(results)
    assert merges.recall >= 0.9 and merges.precision >= 0.99
