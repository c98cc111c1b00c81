"""Initiatives: projects started or planned (TODO reading order)."""

from concord.extract.initiative.extractor import extract
from concord.extract.initiative.words import InitiativeWords

__all__ = ["InitiativeWords", "extract"]
