"""Track 1 (named entities): mentions compared as token sets, with partial credit.

Rules as the benchmark describes them: a response mention covers the gold tokens lying
wholly inside it (punctuation glued to a word does not count); a pair's credit weighs
gold tokens by span kind (names count, descriptors do not); gold objects embedded in
another, or made of descriptors only, are not required; two gold objects over the same
tokens (an organisation and a place) need only one answer. The matching maximises F1;
the search runs per group of overlapping mentions, so it is exact and fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from concord.eval.factrueval import GoldDocument, GoldToken, document_names, read_document
from concord.eval.metrics import Totals

TAGS = ("per", "loc", "org", "locorg")
_NAME_SPANS = {
    "per": {"none", "name", "patronymic", "nickname", "surname"},
    "loc": {"none", "org_name", "loc_name"},
    "locorg": {"none", "org_name", "loc_name"},
    "org": {"none", "loc_name", "org_name"},
}
_PARENT_TAGS = {"per": {"loc", "org", "locorg"}, "loc": {"loc", "org", "locorg"},
                "org": {"org", "locorg"}, "locorg": {"org", "locorg"}}  # fmt: skip


@dataclass(eq=False)
class TokenSet:
    tag: str
    tokens: frozenset[GoldToken]
    marks: dict[GoldToken, int] = field(default_factory=dict)
    embedded: bool = False
    siblings: list[TokenSet] = field(default_factory=list)

    def unnamed(self) -> bool:
        return not any(self.marks.values())


def gold_sets(document: GoldDocument, keep_locorg: bool) -> list[TokenSet]:
    sets = []
    for mention in document.mentions:
        tag = mention.tag if keep_locorg or mention.tag != "locorg" else "loc"
        if tag not in TAGS:
            continue
        marks: dict[GoldToken, int] = {}
        for span in mention.spans:
            for token in span.tokens:
                mark = 1 if span.tag in _NAME_SPANS[tag] else 0
                marks[token] = max(marks.get(token, 0), mark)
        sets.append(TokenSet(tag, frozenset(marks), marks))
    for one in sets:
        for other in sets:
            if other is one or other.tag not in _PARENT_TAGS[one.tag]:
                continue
            if one.tokens < other.tokens:
                one.embedded = True
            elif one.tokens == other.tokens:
                one.siblings.append(other)
    return sets


def response_sets(
    document: GoldDocument, mentions: list[tuple[str, int, int]], keep_locorg: bool
) -> list[TokenSet]:
    """`mentions` are (tag, start, length) as in a .task1 file."""
    sets = []
    for tag, start, length in mentions:
        tag = tag if keep_locorg or tag != "locorg" else "loc"
        end = start + length - 1
        tokens = frozenset(
            t for t in document.tokens
            if t.start >= start and t.end <= end and not t.is_attached_punctuation()
        )  # fmt: skip
        sets.append(TokenSet(tag, tokens))
    return sets


def priority(gold: TokenSet, response: TokenSet) -> float:
    if gold.tag != response.tag:
        return 0.0
    shared = len(gold.tokens & response.tokens)
    total = shared + len(gold.tokens - response.tokens) + len(response.tokens - gold.tokens)
    return shared / total if total else 0.0


def quality(gold: TokenSet, response: TokenSet) -> float:
    if gold.tag != response.tag:
        return 0.0
    tp = sum(gold.marks.get(t, 0) for t in gold.tokens & response.tokens)
    fn = sum(gold.marks.get(t, 0) for t in gold.tokens - response.tokens if not t.is_punctuation())
    fp = len(response.tokens - gold.tokens)
    total = tp + fp + fn
    return tp / total if total else priority(gold, response)


def _ignored(gold: TokenSet, matched: set[TokenSet], chosen_siblings: set[TokenSet]) -> bool:
    if gold.unnamed() or gold.embedded:
        return True
    for sibling in gold.siblings[:1]:
        if (gold in matched) == (sibling in matched):
            if sibling.tag == gold.tag:
                if sibling in chosen_siblings:
                    return True
                chosen_siblings.add(gold)
                return False
            return gold.tag != "org"
        return gold not in matched
    return False


def evaluate(
    gold: list[TokenSet], response: list[TokenSet], pairs: list[tuple[int, int]]
) -> dict[str, Totals]:
    matched = {gold[g] for g, _ in pairs}
    matched_response = {r for _, r in pairs}
    chosen: set[TokenSet] = set()
    counts = {tag: Totals() for tag in TAGS}
    relevant: set[int] = set()
    for g, r in pairs:
        if not _ignored(gold[g], matched, chosen):
            credit = quality(gold[g], response[r])
            counts[gold[g].tag].tp_gold += credit
            counts[gold[g].tag].tp_response += credit
            counts[gold[g].tag].gold += 1
            counts[gold[g].tag].response += 1
            relevant.add(g)
    for index, item in enumerate(response):
        if index not in matched_response:
            counts[item.tag].response += 1
    for item in gold:
        if item not in matched and not _ignored(item, matched, chosen):
            counts[item.tag].gold += 1
    return counts


def _total(counts: dict[str, Totals]) -> Totals:
    total = Totals()
    for value in counts.values():
        total.add(value)
    return total


def best_matching(gold: list[TokenSet], response: list[TokenSet]) -> list[tuple[int, int]]:
    """The matching with the best F1 under the benchmark's rules: a perfect pair must be
    taken; a gold object may stay unmatched only when it has no candidate, or one
    candidate that others also want. Searched per group of overlapping mentions."""
    table = [[priority(g, r) for r in response] for g in gold]
    groups = _groups(table)
    chosen: list[tuple[int, int]] = []
    for gold_ids, response_ids in groups:
        options = _search(table, gold_ids, response_ids, [])
        best = max(options, key=lambda pairs: _score(gold, response, chosen + pairs))
        chosen.extend(best)
    return chosen


def _score(
    gold: list[TokenSet], response: list[TokenSet], pairs: list[tuple[int, int]]
) -> tuple[float, float]:
    total = _total(evaluate(gold, response, pairs))
    return total.scores()[2], total.tp_gold


def _groups(table: list[list[float]]) -> list[tuple[list[int], list[int]]]:
    parent = list(range(len(table) + (len(table[0]) if table else 0)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    offset = len(table)
    for g, row in enumerate(table):
        for r, value in enumerate(row):
            if value > 0:
                parent[find(g)] = find(offset + r)
    members: dict[int, tuple[list[int], list[int]]] = {}
    for g in range(len(table)):
        members.setdefault(find(g), ([], []))[0].append(g)
    for r in range(len(table[0]) if table else 0):
        members.setdefault(find(offset + r), ([], []))[1].append(r)
    return [m for m in members.values() if m[0] and m[1]]


def _search(
    table: list[list[float]], gold_ids: list[int], free: list[int], pairs: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    if not gold_ids or not free:
        return [pairs]
    current, rest = gold_ids[0], gold_ids[1:]
    perfect = [r for r in free if table[current][r] == 1]
    candidates = perfect or [r for r in free if table[current][r] > 0]
    found: list[list[tuple[int, int]]] = []
    most_alternatives = 0
    for r in candidates:
        alternatives = sum(1 for g in gold_ids if table[g][r] != 0)
        most_alternatives = max(most_alternatives, alternatives)
        if any(table[g][r] == 1 for g in gold_ids) and table[current][r] < 1:
            continue  # another gold object fits this response perfectly
        found.extend(_search(table, rest, [x for x in free if x != r], [*pairs, (current, r)]))
    if not candidates or (len(candidates) == 1 and most_alternatives > 1):
        found.extend(_search(table, rest, free, pairs))
    return found or [pairs]


def read_response(path: Path) -> list[tuple[str, int, int]]:
    mentions = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 3:
                mentions.append((parts[0].lower(), int(parts[1]), int(parts[2])))
    return mentions


def score_track1(
    gold_dir: Path, response_dir: Path, keep_locorg: bool, names: list[str] | None = None
) -> dict[str, tuple[float, float, float]]:
    """`names` limits the score to those documents (default: every one in `gold_dir`)."""
    totals = {tag: Totals() for tag in TAGS}
    for name in document_names(gold_dir) if names is None else names:
        document = read_document(gold_dir, name)
        gold = gold_sets(document, keep_locorg)
        response = response_sets(
            document, read_response(response_dir / f"{name}.task1"), keep_locorg
        )
        counts = evaluate(gold, response, best_matching(gold, response))
        for tag in TAGS:
            totals[tag].add(counts[tag])
    result = {tag: totals[tag].scores() for tag in TAGS if keep_locorg or tag != "locorg"}
    result["overall"] = _total(totals).scores()
    return result
