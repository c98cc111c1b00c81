"""A project told again by a word that points back, and a place told again by its letters.

A report names its project once and then goes on with "его", "их", "объект": "Новая
котельная строится в посёлке … Ввести объект в эксплуатацию планируют в этом году", "В
Кузбассе построят тепличный комплекс … Построят его в Топкинском округе", "введут в
эксплуатацию восемь центров … Их строили силами министерства". The reference reading has
already put the earlier project's noun phrase in the later claim's kind; a pointing word
so resolved is that project whatever state it is told in (the plan, then its opening, are
one project of the report). A finer place told with it stays a claim of its own (the gold
keeps "открыта велодорожка" … "Её запустили в Лужниках"), and an additive particle ("тоже")
makes it another project.

A place is also told again by its initials: "Южный федеральный округ" and "ЮФО",
"Северо-Западный федеральный округ" and "СЗФО" are one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.extract.sentence_view import sentence_holding

# the letters written for a place name, in capitals ("ЮФО", "СЗФО", "ХМАО")
_LETTERS = re.compile(r"[A-ZА-ЯЁ]{2,6}")


def resolved_pointer(
    analysed: AnalysedDocument,
    first: Claim,
    second: Claim,
    head: str,
    pointer: str,
    pointing_words: frozenset[str],
    additive_words: frozenset[str],
    launch_words: frozenset[str],
) -> bool:
    """Whether `second` names its project only by a pointing word (`pointer`, a pronoun or
    "объект") that the reference reading resolved to the noun `head` of the earlier
    project, in another sentence and with no additive particle ("тоже") in its sentence.
    The earlier project must have been told by a launching word ("строится", "введут"): a
    thing only said to exist is no project the pointer could tell again."""
    if first.evidence == second.evidence or pointer not in pointing_words:
        return False
    told_first = sentence_holding(analysed, first.evidence.start)
    if told_first is None or not any(
        token.lemma.lower() in launch_words for token in told_first.tokens
    ):
        return False  # "пустовала площадка … решили её обустроить": a thing only said to be
    kind = next((a for a in second.arguments if a.role == "kind" and a.span), None)
    if kind is None or kind.span is None:
        return False
    told = analysed.document.text[kind.span.start : kind.span.end].lower()
    if told == kind.value.lower():
        return False  # the pointing word itself, resolved to nothing
    if not any(_same_word(word, head) for word in re.findall(r"\w+", kind.value.lower())):
        return False
    sentence = sentence_holding(analysed, second.evidence.start)
    return sentence is not None and not any(
        token.lemma.lower() in additive_words for token in sentence.tokens
    )


def _same_word(word: str, lemma: str) -> bool:
    """One word in two cases ("котельную", "котельная"): five letters in common, or the
    whole of a shorter word."""
    word, lemma = word.replace("ё", "е"), lemma.replace("ё", "е")
    if len(word) < 5 or len(lemma) < 5:
        return word == lemma
    return word[:5] == lemma[:5]


def initials(name: str) -> str:
    """The capitals a name is written with: the first letter of each word and of each part
    of a hyphenated word ("Северо-Западный федеральный округ": "СЗФО")."""
    return "".join(part[0] for word in name.split() for part in word.split("-") if part).upper()


def one_place_by_letters(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether the two claims' places are the same once a place written in its letters is
    read as the named place it abbreviates ("ЮФО" … "Южный федеральный округ")."""
    mine, theirs = list(mine), list(theirs)
    if not mine or not theirs:
        return False

    def spelled(places: list[str], others: list[str]) -> set[str]:
        found = set()
        for place in places:
            full = next(
                (
                    other
                    for other in others
                    if _LETTERS.fullmatch(place)
                    and len(other.split()) > 1
                    and initials(other) == place.upper()
                ),
                place,
            )
            found.add(full.lower())
        return found

    mine_read, theirs_read = spelled(mine, theirs), spelled(theirs, mine)
    return mine_read <= theirs_read or theirs_read <= mine_read
