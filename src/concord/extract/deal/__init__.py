"""Deals between parties (FactRuEval's Deal): purchases, loans, fines, contracts, supplies.

The kind comes from the trigger word's family (each language's `DealWords`); the sides
are the entities that are the trigger's subject, object or "с/у/для X" complement, or its
genitive phrase, less the names that only describe a side, say where, why or for what,
or tell the news. Sides named without a name (a pronoun, "компания", "регион") are found
in the sentences before.

Read in this order: `words` (what a language gives), `extractor` (the order of reading),
`triggers` (which words name a deal), `frame` (where its sides are looked for), `sides`
(which names there are sides) with its filters — `places`, `titles`, `descriptions`,
`phrases`, `tellers`, `goods` — then `referents` and `pronouns` (sides named without a
name), `lists` (whether a counterparty is named, and one deal or several), and `moves`
(a player's transfer told as movement). `names` and `sameness` are what they all share.
"""

from __future__ import annotations

from concord.extract.deal.extractor import extract
from concord.extract.deal.words import DealWords

__all__ = ["DealWords", "extract"]
