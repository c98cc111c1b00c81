"""Figures: an amount, its unit and what it counts ("до четверти мирового объема рения")."""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from concord.claim import Argument, Claim
from concord.extract.sentence_view import SentenceView, first_date

_MEASURE_STOP = {"PUNCT", "VERB", "AUX", "SCONJ", "CCONJ", "ADP"}
# Nouns that only say "how many" of what follows them ("количество заявок достигло
# 1,2 миллиона"): the noun after them is what a bare amount counts.
_COUNT_NOUNS = frozenset({"количество", "число", "численность", "number", "count"})


def _measure(view: SentenceView, end: int) -> list[int]:
    """The genitive phrase right after the amount, or the noun the amount counts."""
    first = bisect_left(view.tokens, end, key=attrgetter("start"))
    measure: list[int] = []
    for index in range(first, min(first + 6, len(view.tokens))):
        token = view.tokens[index]
        if token.pos in _MEASURE_STOP and token.feats.get("VerbForm") != "Part":
            break
        if token.feats.get("Case") not in {"Gen", None} and token.pos in {"NOUN", "ADJ"}:
            break
        measure.append(index)
    return measure


def _subject_measure(view: SentenceView, anchor: int) -> list[int]:
    """ "Объем инвестиций составит 450 млн долларов": the subject of the verb the amount
    completes, without its own clauses."""
    for verb in [anchor, *view.ancestors(anchor)][:4]:
        if view.tokens[verb].pos != "VERB":
            continue
        for child in view.children(verb):
            if view.tokens[child].relation.startswith("nsubj") and _common_noun(view, child):
                phrase = [child]
                for index in range(child + 1, len(view.tokens)):
                    token = view.tokens[index]
                    if token.pos not in {"NOUN", "ADJ"} or token.feats.get("Case") != "Gen":
                        break
                    phrase.append(index)
                return phrase
        return []
    return []


def _common_noun(view: SentenceView, index: int) -> bool:
    """A noun; a capitalised first word of a sentence that no name covers is one too
    ("Trade between X and Y reached …" is tagged a proper noun by the English model)."""
    token = view.tokens[index]
    return token.pos == "NOUN" or (
        token.pos == "PROPN" and index == 0 and view.mention_at(index) is None
    )


def _counted_by_measure(view: SentenceView, measure: list[int]) -> str:
    """The thing a bare amount counts when its measure is "the number of X"."""
    heads = [i for i in measure if view.tokens[i].pos == "NOUN"]
    if len(heads) >= 2 and view.tokens[heads[0]].lemma.lower() in _COUNT_NOUNS:
        return view.tokens[heads[1]].lemma.lower()
    return ""


def extract(view: SentenceView) -> list[Claim]:
    claims = []
    for quantity in view.quantities:
        anchor = view.token_indices(quantity.start, quantity.end)[0]
        measure = _measure(view, quantity.end) or _subject_measure(view, anchor)
        unit = quantity.unit or _counted_by_measure(view, measure)
        arguments = [
            Argument(
                "quantity",
                _format_amount(quantity.amount),
                view.text_span(quantity.start, quantity.end),
            ),
            Argument("unit", unit),
        ]
        if measure:
            value, span = view.phrase(measure)
            arguments.append(Argument("measure", value.lower(), span))
        date = first_date(view)
        if date:
            arguments.append(view.date_argument("date", date))
        claims.append(view.claim("figure", arguments, view.modality(anchor)))
    return claims


def _format_amount(amount: float | None) -> str:
    if amount is None:
        return ""
    return str(int(amount)) if float(amount).is_integer() else f"{amount:.6g}"
