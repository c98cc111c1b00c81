"""Coordinates for the story view's SVG, worked out in Python so the page needs no
script: a timeline (one row per claim type, event days as dots, reporting days as ticks)
and a who-met-whom graph on a circle (deterministic: the same store draws the same
picture). The template only places what is computed here."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from concord.store.export import Graph

TIMELINE_WIDTH = 800
ROW_HEIGHT = 36
LABEL_WIDTH = 110  # room for the type names left of the rows
RIGHT_MARGIN = 24
AXIS_HEIGHT = 34
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)
MAX_AXIS_LABELS = 8
GRAPH_WIDTH = 760
GRAPH_HEIGHT = 460
GRAPH_RADIUS = 170
MAX_GRAPH_NODES = 40


def parse_day(text: str) -> date | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or a timestamp) as a day; a partial date is
    placed at the start of its month or year. Anything else is no date."""
    parts = text[:10].split("-")
    try:
        numbers = [int(part) for part in parts if part]
        year, month, day = [*numbers, 1, 1][:3]
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


@dataclass
class Timeline:
    width: int
    height: int
    rows: list[dict[str, Any]] = field(default_factory=list)  # type, y
    marks: list[dict[str, Any]] = field(default_factory=list)  # a fact: dot and ticks
    labels: list[dict[str, Any]] = field(default_factory=list)  # axis: x, text
    axis_y: int = 0
    left: int = LABEL_WIDTH
    right: int = TIMELINE_WIDTH - RIGHT_MARGIN
    undated: list[dict[str, Any]] = field(default_factory=list)


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def axis_labels(first: date, last: date, place: Any) -> list[dict[str, Any]]:
    """Month or year labels, at most MAX_AXIS_LABELS, on the first of their month."""
    start, end = month_index(first), month_index(last) + 1
    step = next((s for s in MONTH_STEPS if (end - start) / s <= MAX_AXIS_LABELS), 240)
    labels = []
    index = start + (-start) % step  # steps fall on round months: January, July…
    while index <= end:
        year, month = divmod(index, 12)
        day = date(year, month + 1, 1)
        if first <= day <= last:
            text = str(year) if step >= 12 else f"{month + 1:02d}.{year}"
            labels.append({"x": place(day), "text": text, "anchor": "middle"})
        index += step
    if len(labels) < 2:  # a short story: its first and last day at the ends of the axis
        labels = [{"x": place(first), "text": first.isoformat(), "anchor": "start"},
                  {"x": place(last), "text": last.isoformat(), "anchor": "end"}]  # fmt: skip
    return labels


def timeline(facts: list[dict[str, Any]]) -> Timeline:
    """Dated facts on rows by type, x by event day; each fact's reporting days as ticks
    in its row. Facts without a date go to `undated` (listed under the drawing)."""
    dated = [(fact, parse_day(fact.get("date") or "")) for fact in facts]
    placed = [(fact, day) for fact, day in dated if day is not None]
    drawing = Timeline(TIMELINE_WIDTH, AXIS_HEIGHT)
    drawing.undated = [fact for fact, day in dated if day is None]
    if not placed:
        return drawing
    reported = {
        fact["id"]: [day for text in fact.get("reported", []) if (day := parse_day(text))]
        for fact, _ in placed
    }
    every_day = [day for _, day in placed] + [d for days in reported.values() for d in days]
    first, last = min(every_day), max(every_day)
    span = max((last - first).days, 1)
    if (last - first).days < 30:  # a story of a few days still gets a readable axis
        first = date.fromordinal(first.toordinal() - 15)
        last = date.fromordinal(last.toordinal() + 15)
        span = (last - first).days
    usable = drawing.right - drawing.left

    def place(day: date) -> float:
        return round(drawing.left + usable * (day - first).days / span, 1)

    types = sorted({fact["type"] for fact, _ in placed})
    row_of = {type_: index for index, type_ in enumerate(types)}
    drawing.rows = [{"type": t, "y": ROW_HEIGHT * i + ROW_HEIGHT // 2} for i, t in enumerate(types)]
    taken: dict[tuple[str, float], int] = {}
    for fact, day in sorted(placed, key=lambda pair: (pair[1], pair[0]["id"])):
        x = place(day)
        slot = (fact["type"], round(x / 8))  # dots closer than 8 units share a slot
        crowd = taken.get(slot, 0)
        taken[slot] = crowd + 1
        offset = (0, -7, 7, -14, 14)[crowd % 5]
        y = ROW_HEIGHT * row_of[fact["type"]] + ROW_HEIGHT // 2 + offset
        drawing.marks.append({
            "fact": fact, "x": x, "y": y, "day": day.isoformat(),
            "ticks": [place(d) for d in reported[fact["id"]]],
            "row_y": ROW_HEIGHT * row_of[fact["type"]] + ROW_HEIGHT // 2,
        })  # fmt: skip
    drawing.axis_y = ROW_HEIGHT * len(types) + 4
    drawing.height = drawing.axis_y + AXIS_HEIGHT
    drawing.labels = axis_labels(first, last, place)
    return drawing


@dataclass
class GraphDrawing:
    width: int = GRAPH_WIDTH
    height: int = GRAPH_HEIGHT
    nodes: list[dict[str, Any]] = field(default_factory=list)  # id, name, type, x, y, anchor
    edges: list[dict[str, Any]] = field(default_factory=list)  # x1..y2, width, counts


def edge_width(weight: int) -> float:
    """1 for one report, growing with the logarithm so a hundred reports stay drawable."""
    return round(min(1 + 2 * math.log2(max(weight, 1)), 10), 1)


def graph_drawing(graph: Graph, centre: int | None = None) -> GraphDrawing:
    """The entity in the middle (when it has edges), the others on a circle around it,
    heaviest ties first, clockwise from the top; names outside the circle."""
    drawing = GraphDrawing()
    if not graph.edges:
        return drawing
    strength: dict[int, int] = {node: 0 for node in graph.nodes}
    for (first, second), edge in graph.edges.items():
        strength[first] += edge["weight"]
        strength[second] += edge["weight"]
    to_centre = {
        (second if first == centre else first): edge["weight"]
        for (first, second), edge in graph.edges.items()
        if centre in (first, second)
    }
    others = sorted(
        (node for node in graph.nodes if node != centre),
        key=lambda node: (-to_centre.get(node, 0), -strength[node], graph.nodes[node]["name"]),
    )[: MAX_GRAPH_NODES - 1]
    middle_x, middle_y = drawing.width / 2, drawing.height / 2
    where: dict[int, tuple[float, float]] = {}
    if centre in graph.nodes:
        where[centre] = (middle_x, middle_y)
    for index, node in enumerate(others):
        angle = 2 * math.pi * index / len(others) - math.pi / 2
        where[node] = (
            round(middle_x + GRAPH_RADIUS * math.cos(angle), 1),
            round(middle_y + GRAPH_RADIUS * math.sin(angle), 1),
        )
    for node, (x, y) in where.items():
        outward = x - middle_x
        anchor = "middle" if abs(outward) < 20 else ("start" if outward > 0 else "end")
        label_x = x + (10 if anchor == "start" else -10 if anchor == "end" else 0)
        below = y >= middle_y or node == centre
        drawing.nodes.append({
            "id": node, "name": graph.nodes[node]["name"], "type": graph.nodes[node]["type"],
            "x": x, "y": y, "anchor": anchor, "label_x": label_x,
            "label_y": round(y + (20 if below else -12), 1), "centre": node == centre,
        })  # fmt: skip
    for (first, second), edge in sorted(graph.edges.items()):
        if first in where and second in where:
            (x1, y1), (x2, y2) = where[first], where[second]
            drawing.edges.append({
                "x1": x1, "y1": y1, "x2": x2, "y2": y2, "width": edge_width(edge["weight"]),
                "weight": edge["weight"], "meeting": edge["meeting"],
                "agreement": edge["agreement"], "first": graph.nodes[first]["name"],
                "second": graph.nodes[second]["name"],
            })  # fmt: skip
    return drawing
