"""Deals between parties (FactRuEval's Deal): purchases, loans, fines, contracts, supplies.

TODO: reading order.
"""

from __future__ import annotations

from concord.extract.deal.extractor import extract
from concord.extract.deal.words import DealWords

__all__ = ["DealWords", "extract"]
