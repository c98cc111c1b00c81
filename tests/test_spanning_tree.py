"""The parser's heads become the best tree with one root: checked against every tree of
small random score matrices, and on the shapes argmax gets wrong."""

from __future__ import annotations

import itertools

import numpy as np

from concord.nlp.spanning_tree import best_tree, log_softmax


def is_single_rooted_tree(heads: np.ndarray) -> bool:
    """`heads[i]` heads word i+1 (0 = the root): one root, and every word reaches it."""
    for start in range(1, len(heads) + 1):
        seen, node = set(), start
        while node != 0:
            if node in seen:
                return False
            seen.add(node)
            node = int(heads[node - 1])
    return int(np.count_nonzero(heads == 0)) == 1


def _best_by_enumeration(scores: np.ndarray) -> float:
    words = len(scores)
    weights = log_softmax(scores)
    best = -np.inf
    for candidate in itertools.product(range(words + 1), repeat=words):
        heads = np.array(candidate)
        if any(heads[i] == i + 1 for i in range(words)) or not is_single_rooted_tree(heads):
            continue
        best = max(best, float(weights[np.arange(words), heads].sum()))
    return best


def test_the_tree_scores_as_well_as_the_best_of_all_trees() -> None:
    generator = np.random.default_rng(7)
    for _ in range(400):
        words = int(generator.integers(1, 6))
        scores = generator.normal(size=(words, words + 1)) * 3
        heads = best_tree(scores)
        assert is_single_rooted_tree(heads)
        score = float(log_softmax(scores)[np.arange(words), heads].sum())
        assert abs(score - _best_by_enumeration(scores)) < 1e-9


def test_a_tree_argmax_already_gives_is_kept() -> None:
    scores = np.array([[0.0, 0.0, 5.0], [5.0, 0.0, 0.0]])  # word 1 under word 2, 2 the root
    assert best_tree(scores).tolist() == [2, 0]


def test_a_cycle_is_broken_at_its_cheapest_arc() -> None:
    # words 1 and 2 pick each other; word 1's root arc is nearly as good as its head
    scores = np.array(
        [
            [4.0, -9.0, 5.0, -9.0],
            [-9.0, 5.0, -9.0, -9.0],
            [-9.0, -9.0, 5.0, -9.0],
        ]
    )
    heads = best_tree(scores)
    assert heads.tolist() == [0, 1, 2]


def test_two_roots_become_one() -> None:
    scores = np.array([[5.0, -9.0, 1.0], [4.0, 0.0, -9.0]])
    heads = best_tree(scores)
    assert heads.tolist() == [0, 1]
