"""Who owns what: "X принадлежит Y", "Y владеет X", "владелец X Y", "X, дочерняя компания Y"."""

from __future__ import annotations

from dataclasses import dataclass

from concord.claim import Claim, Mention
from concord.extract.sentence_view import SentenceView


@dataclass(frozen=True)
class OwnershipWords:
    """The verbs and nouns of owning in one language."""

    owner_verbs: frozenset[str]  # the owner is the subject: "Y владеет X"
    owned_verbs: frozenset[str]  # the property is the subject: "X принадлежит Y"
    owner_nouns: frozenset[str]  # "владелец X Y"


_PARTIES = {"PER", "ORG", "LOCORG"}


def _first(view: SentenceView, indices: list[int], types: set[str]) -> Mention | None:
    found = view.mentions_in(indices, types)
    return found[0] if found else None


def extract(view: SentenceView, words: OwnershipWords) -> list[Claim]:
    claims = []
    for index, token in enumerate(view.tokens):
        owner = owned = None
        lemma = token.lemma
        if lemma in words.owner_verbs | words.owned_verbs:
            subject = [
                c for c in view.children(index) if view.tokens[c].relation.startswith("nsubj")
            ]
            complement = [
                c for c in view.children(index) if view.tokens[c].relation in {"obj", "iobj", "obl"}
            ]
            if not subject or not complement:
                continue
            first = _first(view, view.subtree(subject[0]), _PARTIES)
            second = _first(view, view.subtree(complement[0]), _PARTIES | {"LOC"})
            if lemma in words.owned_verbs:
                owner, owned = second, first
            else:
                owner, owned = first, second
        elif lemma in words.owner_nouns and view.mention_at(index) is None:
            owned = _first(view, [c for c in view.subtree(index) if c > index], {"ORG"})
            person = next(
                (
                    m
                    for m in view.mentions
                    if m.type in _PARTIES
                    and m is not owned
                    and abs(view.token_indices(m.start, m.end)[0] - index) <= 8
                ),
                None,
            )
            owner = person
        if owner and owned and owner is not owned:
            claims.append(
                view.claim(
                    "ownership",
                    [view.entity_argument("owner", owner), view.entity_argument("property", owned)],
                    view.modality(index),
                )
            )
    return claims
