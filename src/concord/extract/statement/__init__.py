"""Quoted and reported statements with their speaker.

Direct speech in Russian news is a paragraph that opens with a dash and closes with
", — сказал X" (or «…», — заявил X; X заявил: «…»); it often runs over several
sentences, so it is read per paragraph. Reported speech ("X заявила, что …") is read
per sentence from the tree: a speech verb, a person as its subject, a "что" clause.

Read in this order: `words` (what a language gives), `extractor` (the order of reading),
then the readers — `quotes`, `reported` (with `subjects`, `said`, `filters`),
`attributed`, `continued`, `interviews` — and what they share to name a speaker:
`names`, `people`, `organisations`, `paragraphs`.
"""

from __future__ import annotations

from concord.extract.statement.extractor import extract_document
from concord.extract.statement.words import StatementWords

__all__ = ["StatementWords", "extract_document"]
