"""Signed documents: roadmaps, memoranda, agreements, with subject, parties and horizon.

TODO reading order.
"""

from __future__ import annotations

from concord.extract.agreement.extractor import extract
from concord.extract.agreement.words import AgreementWords

__all__ = ["AgreementWords", "extract"]
