"""Concord's claim types, one module each, registered in one place.

Adding a type: write its extractor in `concord.extract` (the words it looks for as a
frozen dataclass, each language's instance in `concord.extract.lexicons`), declare its
spec in a module here (roles, extractor per language bound to that language's words,
blocking keys, sameness, conflict and date roles, labels, benchmark mapping) and add it
to the list below; nothing else changes.
"""

from __future__ import annotations

from concord.claimtype import ClaimTypes
from concord.claimtypes import (
    agreement,
    deal,
    figure,
    initiative,
    meeting,
    occupation,
    ownership,
    statement,
)

CLAIM_TYPES = ClaimTypes(
    [
        occupation.SPEC,
        meeting.SPEC,
        deal.SPEC,
        ownership.SPEC,
        agreement.SPEC,
        initiative.SPEC,
        statement.SPEC,
        figure.SPEC,
    ]
)
