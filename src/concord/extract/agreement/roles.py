"""TODO."""

from __future__ import annotations

from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView


def term_of(view: SentenceView, words: AgreementWords) -> list[int]:
    """ "Договор заключён сроком на пять лет": the term noun's phrase naming a count of
    years, months, weeks or days, from the count to the unit."""
    for index, token in enumerate(view.tokens):
        if token.lemma not in words.term_nouns:
            continue
        phrase = view.subtree(index)
        units = [i for i in phrase if i > index and view.tokens[i].lemma in words.term_units]
        counts = [
            i
            for i in phrase
            if index < i < (units[0] if units else index)
            and (view.tokens[i].pos == "NUM" or view.tokens[i].text.isdigit())
        ]
        if units and counts:
            return list(range(counts[0], units[0] + 1))
    return []
