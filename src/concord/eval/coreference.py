"""Coreference scores over mention clusterings: MUC, B³, CEAF-e and the CoNLL mean.

The definitions follow the CoNLL-2012 reference scorer as described by Pradhan et al.
(2014, "Scoring Coreference Partitions of Predicted Mentions"), which ECB+ event
coreference work reports too. A clustering is a list of clusters, each a collection of
hashable mention ids; key (gold) and response (system) may cover different mentions.
No external solver: CEAF's best one-to-one alignment is a small Hungarian algorithm here.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Sequence
from dataclasses import dataclass

Cluster = Collection[Hashable]


@dataclass(frozen=True)
class Score:
    """Recall, precision and F1 of one measure."""

    recall: float
    precision: float

    @property
    def f1(self) -> float:
        total = self.recall + self.precision
        return 2 * self.recall * self.precision / total if total else 0.0


def _sets(clusters: Sequence[Cluster]) -> list[frozenset[Hashable]]:
    """Non-empty clusters as sets; a mention in two clusters of one side is an input error."""
    result = [frozenset(cluster) for cluster in clusters if len(cluster)]
    seen: set[Hashable] = set()
    for cluster in result:
        if seen & cluster:
            raise ValueError(
                f"mentions in more than one cluster: {sorted(map(str, seen & cluster))}"
            )
        seen |= cluster
    return result


def _ratio(numerator: float, denominator: float) -> float:
    """The reference scorer's convention: nothing to score gives 0, not a division error."""
    return numerator / denominator if denominator else 0.0


def _muc_side(measured: list[frozenset[Hashable]], other: list[frozenset[Hashable]]) -> float:
    """Vilain et al. (1995): links of `measured` kept by `other`, as a fraction.

    A cluster of n mentions needs n-1 links; `other` cuts it into p(c) parts (a mention
    `other` does not have is a part of its own), so it keeps n - p(c) of them."""
    owner = {mention: index for index, cluster in enumerate(other) for mention in cluster}
    kept = needed = 0
    for cluster in measured:
        parts = {owner.get(mention, ("alone", mention)) for mention in cluster}
        kept += len(cluster) - len(parts)
        needed += len(cluster) - 1
    return _ratio(kept, needed)


def muc(key: Sequence[Cluster], response: Sequence[Cluster]) -> Score:
    """Link-based MUC: blind to singletons, rewards merging (Vilain et al. 1995)."""
    key_sets, response_sets = _sets(key), _sets(response)
    return Score(_muc_side(key_sets, response_sets), _muc_side(response_sets, key_sets))


def _b_cubed_side(measured: list[frozenset[Hashable]], other: list[frozenset[Hashable]]) -> float:
    """Bagga & Baldwin (1998) per mention of `measured`: Σ_c Σ_o |c ∩ o|² / |c| over Σ |c|."""
    total = sum(len(cluster) for cluster in measured)
    credit = sum(
        len(cluster & counterpart) ** 2 / len(cluster)
        for cluster in measured
        for counterpart in other
    )
    return _ratio(credit, total)


def b_cubed(key: Sequence[Cluster], response: Sequence[Cluster]) -> Score:
    """Mention-based B³: each mention scored by how much of its cluster the other side shares."""
    key_sets, response_sets = _sets(key), _sets(response)
    return Score(_b_cubed_side(key_sets, response_sets), _b_cubed_side(response_sets, key_sets))


def best_assignment(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Rows paired one-to-one with columns so the summed weight is largest (Kuhn-Munkres).

    The O(n³) shortest-augmenting-path form with potentials, on the square matrix padded
    with zero weights; pairs that fall on padding are dropped."""
    rows = len(weights)
    columns = max((len(row) for row in weights), default=0)
    size = max(rows, columns)
    if size == 0:
        return []
    largest = max((value for row in weights for value in row), default=0.0)
    # Minimising largest - weight maximises weight; padding costs `largest` (weight 0).
    cost = [
        [
            largest - (weights[r][c] if r < rows and c < len(weights[r]) else 0.0)
            for c in range(size)
        ]
        for r in range(size)
    ]
    infinity = float("inf")
    row_potential = [0.0] * (size + 1)
    column_potential = [0.0] * (size + 1)
    row_of_column = [0] * (size + 1)  # 1-based; 0 means unmatched
    previous_column = [0] * (size + 1)
    for row in range(1, size + 1):
        row_of_column[0] = row
        column = 0
        slack = [infinity] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[column] = True
            current_row = row_of_column[column]
            delta = infinity
            next_column = 0
            for candidate in range(1, size + 1):
                if used[candidate]:
                    continue
                reduced = (
                    cost[current_row - 1][candidate - 1]
                    - row_potential[current_row]
                    - column_potential[candidate]
                )
                if reduced < slack[candidate]:
                    slack[candidate] = reduced
                    previous_column[candidate] = column
                if slack[candidate] < delta:
                    delta = slack[candidate]
                    next_column = candidate
            for candidate in range(size + 1):
                if used[candidate]:
                    row_potential[row_of_column[candidate]] += delta
                    column_potential[candidate] -= delta
                else:
                    slack[candidate] -= delta
            column = next_column
            if row_of_column[column] == 0:
                break
        while column:
            back = previous_column[column]
            row_of_column[column] = row_of_column[back]
            column = back
    pairs = []
    for column in range(1, size + 1):
        row = row_of_column[column] - 1
        if row < rows and column - 1 < len(weights[row]):
            pairs.append((row, column - 1))
    return sorted(pairs)


def phi4(key_cluster: frozenset[Hashable], response_cluster: frozenset[Hashable]) -> float:
    """Luo (2005) entity similarity: 2|K ∩ R| / (|K| + |R|)."""
    return 2 * len(key_cluster & response_cluster) / (len(key_cluster) + len(response_cluster))


def ceaf_e(key: Sequence[Cluster], response: Sequence[Cluster]) -> Score:
    """Entity-based CEAF (Luo 2005): the best one-to-one entity alignment under φ4,
    its total similarity divided by the number of key (recall) or response (precision)
    entities."""
    key_sets, response_sets = _sets(key), _sets(response)
    weights = [[phi4(k, r) for r in response_sets] for k in key_sets]
    similarity = sum(weights[k][r] for k, r in best_assignment(weights))
    return Score(_ratio(similarity, len(key_sets)), _ratio(similarity, len(response_sets)))


@dataclass(frozen=True)
class CoreferenceScores:
    """The three measures and the CoNLL F1, their unweighted mean (Pradhan et al. 2012)."""

    muc: Score
    b_cubed: Score
    ceaf_e: Score

    @property
    def conll(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3


def score_clusterings(key: Sequence[Cluster], response: Sequence[Cluster]) -> CoreferenceScores:
    """MUC, B³ and CEAF-e of one response clustering against the key."""
    return CoreferenceScores(muc(key, response), b_cubed(key, response), ceaf_e(key, response))
