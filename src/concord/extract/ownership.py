"""Who owns what: "X принадлежит Y", "Y владеет X", "владелец X Y", "X, дочерняя компания Y",
"X, принадлежащий Y", "X входит в холдинг Y", "холдинг X Y-а", "доля Y в X".

Each side of a trigger may be a list ("принадлежит A, B и C"): every entity coordinated
with the first one on a side is an owner (or a property) of its own, one claim per pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from concord.claim import Claim, Mention
from concord.extract.sentence_view import SentenceView

_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OwnershipWords:
    """The verbs and nouns of owning in one language."""

    owner_verbs: frozenset[str]  # the owner is the subject: "Y владеет X"
    owned_verbs: frozenset[str]  # the property is the subject: "X принадлежит Y"
    owner_nouns: frozenset[str]  # "владелец X Y"
    # "X, дочерняя компания Y": a noun, or a noun with one of these adjectives
    subsidiary_nouns: frozenset[str] = _EMPTY
    subsidiary_adjectives: frozenset[str] = _EMPTY
    member_verbs: frozenset[str] = _EMPTY  # "X входит в холдинг Y"
    group_nouns: frozenset[str] = _EMPTY  # what one enters as a property: холдинг, группа
    company_nouns: frozenset[str] = _EMPTY  # "холдинг X Виктора Y": the person owns it
    stake_nouns: frozenset[str] = _EMPTY  # "доля Y в X", "пакет акций X у Y"
    stake_prepositions: frozenset[str] = field(default_factory=lambda: frozenset({"в"}))
    # Subjects that are the property, not the owner: "X is owned by Y".
    passive_subjects: frozenset[str] = _EMPTY
    # How a subsidiary noun hangs on the subsidiary's name: "X, дочерняя компания Y"
    # (apposition), "Y's subsidiary X" (an English compound).
    subsidiary_relations: frozenset[str] = field(default_factory=lambda: frozenset({"appos"}))
    stake_verbs: frozenset[str] = _EMPTY  # whose subject holds the stake: "holds a stake in X"


_PARTIES = {"PER", "ORG", "LOCORG"}
_THROUGH = {"appos", "flat", "flat:name", "flat:foreign", "compound"}


def _anchor(view: SentenceView, index: int) -> int:
    """The token a name hangs its phrase on: "банку ВТБ" → "банку"."""
    seen = {index}
    while view.tokens[index].relation in _THROUGH:
        head = view.tokens[index].head
        if not 0 <= head < len(view.tokens) or head in seen:
            break
        seen.add(head)
        index = head
    return index


def _side(view: SentenceView, indices: list[int], types: set[str]) -> list[Mention]:
    """The first entity of a phrase and every entity coordinated with it."""
    found = view.mentions_in(indices, types)
    if not found:
        return []
    first = found[0]
    first_anchor = _anchor(view, view.token_indices(first.start, first.end)[0])
    side = [first]
    for mention in found[1:]:
        anchor = _anchor(view, view.token_indices(mention.start, mention.end)[0])
        if view.tokens[anchor].relation == "conj" and view.tokens[anchor].head == first_anchor:
            side.append(mention)
    return side


def _children_with(view: SentenceView, index: int, relations: tuple[str, ...]) -> list[int]:
    return [c for c in view.children(index) if view.tokens[c].relation.startswith(relations)]


def _verb_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """(owners, properties) of "Y владеет X" / "X принадлежит Y" / "X, принадлежащий Y"."""
    token = view.tokens[index]
    complement = _children_with(view, index, ("obj", "iobj", "obl"))
    if not complement:
        return [], []
    second = _side(view, view.subtree(complement[0]), _PARTIES | {"LOC"})
    subject = _children_with(view, index, ("nsubj",))
    if subject and view.tokens[subject[0]].relation in words.passive_subjects:
        owners = _side(view, view.subtree(subject[0]), _PARTIES | {"LOC"})
        return second, owners  # "X is owned by Y"
    if subject:
        first = _side(view, view.subtree(subject[0]), _PARTIES)
    elif token.relation == "acl" and 0 <= token.head < len(view.tokens):
        # "банк X, принадлежащий Y": the participle's noun is the property
        first = _side(view, [token.head, *view.children(token.head)], {"ORG", "LOC", "LOCORG"})
        first = first if token.lemma in words.owned_verbs else []
    else:
        return [], []
    return (second, first) if token.lemma in words.owned_verbs else (first, second)


def _owner_noun_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """"владелец X Y", "Y, совладелец X", "совладельцы X Y и Z"."""
    owned = _side(view, [c for c in view.subtree(index) if c > index], {"ORG"})
    if not owned:
        return [], []
    candidates = [
        m for m in view.mentions
        if m.type in _PARTIES and m not in owned
        and abs(view.token_indices(m.start, m.end)[0] - index) <= 8
    ]  # fmt: skip
    if not candidates:
        return [], []
    people = [m for m in candidates if m.type == "PER"] or candidates
    nearest = min(people, key=lambda m: abs(view.token_indices(m.start, m.end)[0] - index))
    start = view.token_indices(nearest.start, nearest.end)[0]
    owners = _side(view, list(range(start, len(view.tokens))), {nearest.type})
    return owners, owned[:1]


def _is_subsidiary(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    token = view.tokens[index]
    return token.lemma in words.subsidiary_nouns or (
        token.pos == "NOUN"
        and any(view.tokens[c].lemma in words.subsidiary_adjectives for c in view.children(index))
    )


def _subsidiary_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """"X, дочерняя компания Y" and "X является дочерней компанией Y"."""
    owners = [
        m for c in _children_with(view, index, ("nmod",))
        for m in view.mentions_in(view.subtree(c), _PARTIES)
    ][:1]  # fmt: skip
    token = view.tokens[index]
    properties: list[Mention] = []
    if token.relation in words.subsidiary_relations and 0 <= token.head < len(view.tokens):
        head = view.mention_at(token.head)
        properties = [head] if head is not None and head.type in _PARTIES else []
    for subject in _children_with(view, index, ("nsubj",)):
        properties = properties or view.mentions_in(view.subtree(subject), _PARTIES)[:1]
    return owners, properties


def _member_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """"X входит в холдинг Y": the group owns its member, when both are organisations."""
    groups = [
        c for c in _children_with(view, index, ("obl",))
        if view.preposition(c) in words.stake_prepositions
        and any(view.tokens[i].lemma in words.group_nouns for i in view.subtree(c))
    ]  # fmt: skip
    subject = _children_with(view, index, ("nsubj",))
    if not groups or not subject:
        return [], []
    owners = view.mentions_in(view.subtree(groups[0]), {"ORG"})[:1]
    return owners, _side(view, view.subtree(subject[0]), {"ORG"})


def _company_of_person(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """"холдинг «Ренова» Виктора Вексельберга": a company noun with an organisation's name
    and a person's name in the genitive."""
    if view.tokens[index].lemma not in words.company_nouns:
        return [], []
    named = [c for c in view.children(index) if view.tokens[c].relation == "appos"]
    own = view.mention_at(index)
    properties = [own] if own is not None and own.type == "ORG" else []
    properties = properties or view.mentions_in(named, {"ORG"})[:1]
    people = [
        m for c in _children_with(view, index, ("nmod",))
        if view.tokens[c].feats.get("Case") == "Gen"
        for m in [view.mention_at(c)] if m is not None and m.type == "PER"
    ]  # fmt: skip
    return people[:1], properties


def _stake_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """"доля Y в X": the genitive holds a stake in what follows "в"."""
    owners: list[Mention] = []
    properties: list[Mention] = []
    for child in _children_with(view, index, ("nmod",)):
        mention = view.mention_at(child)
        if mention is None or mention.type not in _PARTIES:
            continue
        if view.preposition(child) in words.stake_prepositions:
            properties = properties or [mention]
        elif not view.preposition(child) and view.tokens[child].feats.get("Case") == "Gen":
            owners = owners or [mention]
    verb = view.tokens[index].head
    if 0 <= verb < len(view.tokens) and view.tokens[verb].lemma in words.stake_verbs:
        for child in view.children(verb):  # "Y holds a stake in X", "bought a stake in X"
            relation = view.tokens[child].relation
            if relation.startswith("nsubj"):
                owners = owners or view.mentions_in(view.subtree(child), _PARTIES)[:1]
            elif relation == "obl" and view.preposition(child) in words.stake_prepositions:
                properties = properties or view.mentions_in(view.subtree(child), _PARTIES)[:1]
    return owners, properties


def extract(view: SentenceView, words: OwnershipWords) -> list[Claim]:
    claims = []
    pairs: set[tuple[int, int]] = set()
    for index, token in enumerate(view.tokens):
        lemma = token.lemma
        owners: list[Mention] = []
        properties: list[Mention] = []
        if lemma in words.owner_verbs | words.owned_verbs:
            owners, properties = _verb_sides(view, index, words)
        elif lemma in words.owner_nouns and view.mention_at(index) is None:
            owners, properties = _owner_noun_sides(view, index, words)
        elif lemma in words.member_verbs:
            owners, properties = _member_sides(view, index, words)
        elif _is_subsidiary(view, index, words):
            owners, properties = _subsidiary_sides(view, index, words)
        elif lemma in words.stake_nouns:
            owners, properties = _stake_sides(view, index, words)
        elif lemma in words.company_nouns:
            owners, properties = _company_of_person(view, index, words)
        for owner in owners:
            for owned in properties:
                key = (owner.start, owned.start)
                if owner is owned or key in pairs:
                    continue
                pairs.add(key)
                claims.append(
                    view.claim(
                        "ownership",
                        [view.entity_argument("owner", owner),
                         view.entity_argument("property", owned)],
                        view.modality(index),
                    )
                )  # fmt: skip
    return claims
