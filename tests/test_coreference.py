"""Coreference measures on small clusterings whose scores are worked out by hand below."""

from __future__ import annotations

import itertools
import random

import pytest

from concord.eval.coreference import (
    b_cubed,
    best_assignment,
    ceaf_e,
    muc,
    phi4,
    score_clusterings,
)

# The worked example of Pradhan et al. (2014), section 3, rewritten here:
# key {a b c} {d e f g}; response {a b} {c d} {f g h i} (h and i are not in the key,
# e is not in the response).
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_muc_on_the_pradhan_example() -> None:
    # Recall: {a b c} is cut by the response into {a b} {c}: 3 - 2 = 1 link kept of 2;
    # {d e f g} into {d} {e} {f g}: 4 - 3 = 1 kept of 3. R = 2 / 5.
    # Precision: {a b} -> 1 part, 1 of 1 kept; {c d} -> {c} {d}, 0 of 1; {f g h i} ->
    # {f g} {h} {i}, 1 of 3. P = 2 / 5.
    score = muc(KEY, RESPONSE)
    assert score.recall == pytest.approx(0.4)
    assert score.precision == pytest.approx(0.4)
    assert score.f1 == pytest.approx(0.4)


def test_b_cubed_on_the_pradhan_example() -> None:
    # Recall: Σ_K Σ_R |K∩R|²/|K| = (2²+1²)/3 + (1²+2²)/4 = 5/3 + 5/4 = 35/12, over 7
    # key mentions = 35/84 ≈ 0.4167.
    # Precision: 2²/2 + (1²+1²)/2 + 2²/4 = 2 + 1 + 1 = 4, over 8 response mentions = 0.5.
    score = b_cubed(KEY, RESPONSE)
    assert score.recall == pytest.approx(35 / 84)
    assert score.precision == pytest.approx(0.5)


def test_ceaf_e_on_the_pradhan_example() -> None:
    # φ4: {abc}-{ab} = 2·2/5 = 0.8; {abc}-{cd} = 2·1/5 = 0.4; {defg}-{cd} = 2·1/6 = 1/3;
    # {defg}-{fghi} = 2·2/8 = 0.5. The best one-to-one alignment is {abc}-{ab} and
    # {defg}-{fghi}: 1.3 (the others give 0.9 and 1.133). R = 1.3/2, P = 1.3/3.
    score = ceaf_e(KEY, RESPONSE)
    assert score.recall == pytest.approx(0.65)
    assert score.precision == pytest.approx(1.3 / 3)


def test_ceaf_e_on_luo_system_a() -> None:
    # Luo (2005), figure 1: key {1..5} {6 7} {8 9 A B C}; system (a) merges the last two.
    # φ4: {1..5}-{1..5} = 1; {6 7}-{6..C} = 2·2/9; {8..C}-{6..C} = 2·5/12 = 5/6.
    # Best: 1 + 5/6 = 11/6. R = (11/6)/3 ≈ 0.611, P = (11/6)/2 ≈ 0.917, F ≈ 0.733
    # (the φ4 figure Luo reports for this system).
    key = [set("12345"), set("67"), set("89ABC")]
    response = [set("12345"), set("6789ABC")]
    score = ceaf_e(key, response)
    assert score.recall == pytest.approx(11 / 18)
    assert score.precision == pytest.approx(11 / 12)
    assert score.f1 == pytest.approx(0.7333, abs=1e-4)
    # MUC on the same pair: every key link kept (R = 1); the merged response cluster of
    # 7 mentions is cut into 2 key parts: 5 of 6 links right, plus 4 of 4: P = 9/10.
    assert muc(key, response).recall == pytest.approx(1.0)
    assert muc(key, response).precision == pytest.approx(0.9)


def test_all_singletons_and_one_big_cluster() -> None:
    # Key {a b} {c}. Singletons: MUC finds no link (R = 0, and P = 0 by the scorer's
    # convention for an empty denominator); B³ R = (1/2+1/2+1)/3 = 2/3, P = 1.
    # One cluster {a b c}: MUC R = 1, P = 1/2; B³ R = 1, P = (2²/3 + 1/3)/3 = 5/9.
    key = [{"a", "b"}, {"c"}]
    singletons = [{"a"}, {"b"}, {"c"}]
    assert muc(key, singletons).recall == 0.0
    assert muc(key, singletons).precision == 0.0
    assert muc(key, singletons).f1 == 0.0
    assert b_cubed(key, singletons).recall == pytest.approx(2 / 3)
    assert b_cubed(key, singletons).precision == pytest.approx(1.0)
    merged = [{"a", "b", "c"}]
    assert muc(key, merged).recall == pytest.approx(1.0)
    assert muc(key, merged).precision == pytest.approx(0.5)
    assert b_cubed(key, merged).precision == pytest.approx(5 / 9)
    # CEAF-e: singletons align {a b}-{a} (2/3) and {c}-{c} (1): 5/3; R = 5/6, P = 5/9.
    assert ceaf_e(key, singletons).recall == pytest.approx(5 / 6)
    assert ceaf_e(key, singletons).precision == pytest.approx(5 / 9)


def test_identical_clusterings_score_one_everywhere() -> None:
    key = [{1, 2, 3}, {4, 5}, {6}]
    scores = score_clusterings(key, [set(cluster) for cluster in key])
    for measure in (scores.muc, scores.b_cubed, scores.ceaf_e):
        assert (measure.recall, measure.precision) == (1.0, 1.0)
    assert scores.conll == pytest.approx(1.0)


def test_conll_is_the_mean_of_the_three_f1() -> None:
    scores = score_clusterings(KEY, RESPONSE)
    expected = (scores.muc.f1 + scores.b_cubed.f1 + scores.ceaf_e.f1) / 3
    assert scores.conll == pytest.approx(expected)
    assert scores.conll < 1.0


def test_a_mention_in_two_clusters_is_refused() -> None:
    with pytest.raises(ValueError, match="more than one cluster"):
        muc([{"a", "b"}, {"b"}], [{"a"}])


def test_phi4() -> None:
    assert phi4(frozenset("ab"), frozenset("bc")) == pytest.approx(0.5)


def test_assignment_matches_brute_force_on_random_matrices() -> None:
    generator = random.Random(7)
    for _ in range(200):
        rows, columns = generator.randint(0, 5), generator.randint(1, 5)
        weights = [[generator.choice([0.0, 0.25, 0.5, 1.0, generator.random()])
                    for _ in range(columns)] for _ in range(rows)]  # fmt: skip
        pairs = best_assignment(weights)
        assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
        found = sum(weights[r][c] for r, c in pairs)
        best = 0.0
        for chosen in itertools.permutations(range(columns), min(rows, columns)):
            if rows <= columns:
                best = max(best, sum(weights[r][c] for r, c in enumerate(chosen)))
        if rows > columns:
            for chosen_rows in itertools.permutations(range(rows), columns):
                best = max(best, sum(weights[r][c] for c, r in enumerate(chosen_rows)))
        assert found == pytest.approx(best)
