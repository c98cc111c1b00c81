"""Precision, recall and F1 as the benchmark sums them over documents."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Totals:
    """Credit earned against the gold (for recall) and by the response (for precision),
    which differ in track 3 where several response facts can share one gold fact."""

    tp_gold: float = 0.0
    tp_response: float = 0.0
    gold: int = 0
    response: int = 0

    def add(self, other: Totals) -> None:
        self.tp_gold += other.tp_gold
        self.tp_response += other.tp_response
        self.gold += other.gold
        self.response += other.response

    def scores(self) -> tuple[float, float, float]:
        precision = self.tp_response / self.response if self.response else 1.0
        recall = self.tp_gold / self.gold if self.gold else 1.0
        if not self.gold and not self.response:
            return 1.0, 1.0, 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1
