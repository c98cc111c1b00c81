"""The best dependency tree under a parser's arc scores (Chu-Liu/Edmonds, one root).

Slovnet's parser picks each word's head on its own (argmax). One sentence in eight of
the FactRuEval devset then holds a cycle of heads or several roots, and rules that
climb from a word to its governor read a loop as a clause. Choosing the highest-scoring
tree instead is how graph-based parsers are decoded; where the argmax heads already form
a tree with one root, the tree is exactly those heads.
"""

from __future__ import annotations

import numpy as np

NO_ARC = -np.inf


def log_softmax(scores: np.ndarray) -> np.ndarray:
    """Each word's scores as log-probabilities over its candidate heads, so that arcs of
    different words can be traded against each other."""
    shifted = scores - scores.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def best_tree(scores: np.ndarray) -> np.ndarray:
    """Heads of the best tree: `scores[i, j]` scores word i+1 headed by j (0 = root).

    Returns one head per word (0 = root, j = word j), with exactly one word on the root.
    """
    words = scores.shape[0]
    heads = scores.argmax(-1)
    if _is_tree(heads) and np.count_nonzero(heads == 0) == 1:
        return heads
    graph = np.full((words + 1, words + 1), NO_ARC)  # graph[dependent, head]
    graph[1:, :] = log_softmax(scores)
    np.fill_diagonal(graph, NO_ARC)
    tree = _arborescence(graph)
    root_children = np.flatnonzero(tree[1:] == 0) + 1
    if len(root_children) > 1:
        best_score = NO_ARC
        for child in root_children:
            alone = graph.copy()
            alone[1:, 0] = NO_ARC
            alone[child, 0] = graph[child, 0]
            candidate = _arborescence(alone)
            score = _tree_score(alone, candidate)
            if score > best_score:
                best_score, tree = score, candidate
    return tree[1:]


def _is_tree(heads: np.ndarray) -> bool:
    """True when following heads from every word reaches the root (no cycle)."""
    return _cycle(np.concatenate(([-1], heads))) is None


def _tree_score(graph: np.ndarray, tree: np.ndarray) -> float:
    return float(graph[np.arange(1, len(tree)), tree[1:]].sum())


def _cycle(heads: np.ndarray) -> list[int] | None:
    """The nodes of one cycle among `heads` (node 0 is the root, heads[0] unused). The walk
    reads Python lists: a numpy element read one at a time costs several times more."""
    parents = heads.tolist()
    state = [0] * len(parents)  # 0 unseen, 1 on the current path, 2 done
    state[0] = 2
    for start in range(1, len(parents)):
        path = []
        node = start
        while state[node] == 0:
            state[node] = 1
            path.append(node)
            node = parents[node]
        if state[node] == 1:
            return path[path.index(node) :]
        for walked in path:
            state[walked] = 2
    return None


def _arborescence(graph: np.ndarray) -> np.ndarray:
    """Maximum spanning arborescence rooted at node 0 (Chu-Liu/Edmonds by contraction)."""
    nodes = len(graph)
    heads = graph.argmax(-1)
    heads[0] = -1
    cycle = _cycle(heads)
    if cycle is None:
        return heads
    in_cycle = np.zeros(nodes, dtype=bool)
    in_cycle[cycle] = True
    outside = np.flatnonzero(~in_cycle)  # includes the root, which is never in a cycle
    cycle_nodes = np.flatnonzero(in_cycle)
    kept = graph[cycle_nodes, heads[cycle_nodes]]  # the cycle's own arcs
    contracted_node = len(outside)
    contracted = np.full((len(outside) + 1, len(outside) + 1), NO_ARC)
    contracted[: len(outside), : len(outside)] = graph[np.ix_(outside, outside)]
    # an outside word headed by the cycle: by its best member
    into_outside = graph[np.ix_(outside, cycle_nodes)]
    best_member_head = cycle_nodes[into_outside.argmax(-1)]
    contracted[: len(outside), contracted_node] = into_outside.max(-1)
    # the cycle headed by an outside word: entering at the member whose own arc costs least
    entering = graph[np.ix_(cycle_nodes, outside)] - kept[:, np.newaxis]
    entry_member = cycle_nodes[entering.argmax(0)]
    contracted[contracted_node, : len(outside)] = entering.max(0)
    np.fill_diagonal(contracted, NO_ARC)
    inner = _arborescence(contracted)
    result = heads.copy()
    for position, node in enumerate(outside):
        if node == 0:
            continue
        head = inner[position]
        result[node] = best_member_head[position] if head == contracted_node else outside[head]
    entry_head = inner[contracted_node]
    result[entry_member[entry_head]] = outside[entry_head]
    return result
