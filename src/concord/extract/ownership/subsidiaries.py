"""Ownership told by what a company is to another: "X, дочерняя компания Y", "X является
дочерней компанией Y", "X через свою дочернюю структуру «Y» …", the assets listed after a
dash ("два предприятия «X» - «A» и «B»") and joint ventures ("«X» — совместное предприятие
«A» и «B»").
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.ownership.asides import adjectives_before, after_aside, name_just_before
from concord.extract.ownership.reading import (
    CLOSING_MARKS,
    DASHES,
    PARTIES,
    children_with,
    name_of,
    name_set_beside,
    name_written_after,
    quoted_name,
    subsidiary_own_name,
)
from concord.extract.ownership.referents import subject_side
from concord.extract.ownership.sides import side_of
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView, named_before


def subsidiary_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """"X, дочерняя компания Y" and "X является дочерней компанией Y"."""
    if any(view.tokens[c].lemma in words.reflexive_possessives for c in view.children(index)):
        return _through_own_subsidiary(view, index, words)
    owners = [
        m for c in children_with(view, index, ("nmod",))
        for m in view.mentions_in(view.subtree(c), PARTIES) or name_written_after(view, c)
    ][:1]  # fmt: skip
    if not owners and any(
        view.tokens[c].lemma in words.standing_people for c in children_with(view, index, ("nmod",))
    ):  # "актив девелопера Руслана Х": the parser may hang the name on the first noun
        owners = [
            m for c in children_with(view, index, ("appos",))
            if view.tokens[c].feats.get("Case") == "Gen"
            for m in [view.mention_at(c)] if m is not None and m.type == "PER"
        ][:1]  # fmt: skip
    own_name = subsidiary_own_name(view, index, words)
    if owners and own_name and owners[0] not in own_name:  # "дочка «Y» – компания «X»"
        return owners, own_name
    token = view.tokens[index]
    properties: list[Mention] = []
    if token.relation in words.subsidiary_relations and 0 <= token.head < len(view.tokens):
        head = view.mention_at(token.head)
        properties = [head] if head is not None and head.type in PARTIES else []
    subjects = view.subjects(index)
    if not subjects and token.relation == "xcomp" and 0 <= token.head < len(view.tokens):
        subjects = view.subjects(token.head)  # "X является дочерним банком Y"
    for subject in subjects:
        properties = properties or view.mentions_in(view.subtree(subject), PARTIES)[:1] or (
            quoted_name(view, view.subtree(subject)) if owners else []
        )
    # "дочерняя компания «A» «B»": the name after the noun's genitive is the subsidiary's
    named = [
        m for c in children_with(view, index, ("appos", "flat"))
        for m in view.mentions_in(view.subtree(c), PARTIES) if m not in owners
    ]  # fmt: skip
    if owners and not properties and not named:
        named = _name_after_owner(view, owners[0]) or _name_before_share(view, index, words)
    if not owners and not properties and named:
        # "«A» и ее дочерние компании «B» и «C»": the possessive stands for the name before
        owners, named = _possessor(view, index, words), side_of(
            view, list(range(index + 1, len(view.tokens))), {"ORG"}
        )
        return owners, named
    return owners, properties or named[:1]


def venture_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "«X» — совместное предприятие «A» (51 %) и «B» (49 %)": A and B own X, the name
    before the dash; what the brackets hold is said of A or B, not a partner of its own."""
    # "совместное нефтедобывающее предприятие": the venture adjective among those before
    first = adjectives_before(view, index)
    adjective = next(
        (i for i in range(first, index) if view.tokens[i].lemma in words.venture_adjectives), None
    )
    if adjective is None:
        return [], []
    start = view.tokens[adjective].start
    before = [m for m in view.mentions if m.end <= start]
    if not before:
        return [], []
    owned = max(before, key=lambda m: m.end)
    owned_tokens = view.token_indices(owned.start, owned.end)
    if not owned_tokens or any(
        view.tokens[i].pos != "PUNCT" for i in range(owned_tokens[-1] + 1, adjective)
    ):
        return [], []
    owners: list[Mention] = []
    depth = 0
    for i in range(index + 1, len(view.tokens)):
        text = view.tokens[i].text
        depth += (text == "(") - (text == ")")
        if depth == 0 and (text in {"—", "–"} or view.tokens[i].pos == "VERB"):
            break
        mention = view.mention_at(i)
        if depth == 0 and mention and mention.type in PARTIES and mention not in owners:
            owners.append(mention)
    return owners, [owned]


def assets_listed_after_dash(
    view: SentenceView, index: int
) -> tuple[list[Mention], list[Mention]]:
    """ "два предприятия «X» - «A» и «B»": a plural company noun with its owner's name
    after it, then a dash and the list of what it owns."""
    token = view.tokens[index]
    counted = any(  # "два предприятия" is singular in form
        view.tokens[c].relation.startswith("nummod") for c in view.children(index)
    )
    if token.feats.get("Number") != "Plur" and not counted:
        return [], []
    following = sorted(
        (m for m in view.mentions if m.start > token.end and m.type == "ORG"),
        key=lambda m: m.start,
    )
    if not following:
        return [], []
    owner = following[0]
    owner_tokens = view.token_indices(owner.start, owner.end)
    if not owner_tokens or any(
        view.tokens[i].pos != "PUNCT" for i in range(index + 1, owner_tokens[0])
    ):
        return [], []
    dash = owner_tokens[-1] + 1
    while dash < len(view.tokens) and view.tokens[dash].text in CLOSING_MARKS:
        dash += 1
    if dash >= len(view.tokens) or view.tokens[dash].text not in DASHES:
        return [], []
    end = next(
        (
            i for i in range(dash + 1, len(view.tokens))
            if view.tokens[i].text in DASHES | {";", "("}
            or view.tokens[i].pos in {"VERB", "AUX"}
        ),
        len(view.tokens),
    )  # fmt: skip
    owned = [m for m in view.mentions_in(range(dash + 1, end), {"ORG"}) if m is not owner]
    return ([owner], owned) if owned else ([], [])


def company_of_group(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "ООО «X» (предприятие группы «Y»)", "АО «X», завод компании «Y», …": a company noun
    with no name of its own, set beside a name, with a company in its genitive: that
    company owns the name the noun is set beside."""
    beside = name_set_beside(view, index)
    if not beside:
        return [], []
    head = beside[0]
    owners = [
        m for c in children_with(view, index, ("nmod",))
        if view.tokens[c].feats.get("Case") == "Gen" and not view.preposition(c)
        and (view.tokens[c].lemma in words.company_nouns or view.mention_at(c) is not None)
        for m in name_of(view, c) if m.type == "ORG" and m != head
    ][:1]  # fmt: skip
    return (owners, [head]) if owners else ([], [])


def own_company_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "Компания «X» расширит свою сеть «Y»", "Y открыл на своем заводе «Z» …": a named
    company noun with "свой" belongs to the subject of its clause, as a subsidiary does."""
    if not any(view.tokens[c].lemma in words.reflexive_possessives for c in view.children(index)):
        return [], []
    return _through_own_subsidiary(view, index, words)


def _through_own_subsidiary(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "X через свою дочернюю структуру «Y» владеет …": the subject of the verb the noun
    hangs on owns the subsidiary the noun names."""
    names = [
        m for c in children_with(view, index, ("nmod", "appos", "flat"))
        for m in view.mentions_in(view.subtree(c), {"ORG", "LOCORG"})
    ][:1]  # fmt: skip
    verb = _word_with_subject(view, index)
    if not names or verb is None:
        return [], []
    owners = subject_side(view, verb, words, exclude=names)
    return [m for m in owners if m not in names][:1], names


CLAUSE_RELATIONS = frozenset({"acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj"})


def _word_with_subject(view: SentenceView, index: int) -> int | None:
    """The nearest word above the noun that has a subject, within the noun's clause: "свой"
    stands for the subject of its clause, and the parser may hang the noun on an action noun
    or an infinitive first ("объявляет о приобретении через свою дочернюю компанию",
    "решила продать свою дочернюю компанию")."""
    current = index
    for ancestor in view.ancestors(index):
        if view.tokens[current].relation in CLAUSE_RELATIONS:
            return None
        if view.subjects(ancestor):
            return ancestor
        current = ancestor
    return None


def _possessor(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """The organisation a possessive before the noun stands for: the one named last before."""
    pronouns = [
        c for c in view.children(index)
        if c < index and view.tokens[c].lemma in words.possessive_pronouns
    ]  # fmt: skip
    if not pronouns:
        return []
    start = view.tokens[pronouns[0]].start
    return named_before(view.document, start, {"ORG"}, 0)[-1:]


def _name_before_share(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "ООО «X», 100% дочернее предприятие Y": the name before the comma that opens the
    noun's phrase, with only a share and adjectives between; the parser hangs the share,
    not the noun, on the name. A relative pronoun's clause ("X, дочерняя компания
    которого …") says what X owns instead."""
    if any(view.tokens[c].lemma in words.relative_pronouns for c in view.children(index)):
        return []
    position = adjectives_before(view, index) - 1
    while position >= 0 and (
        view.tokens[position].pos == "NUM" or view.tokens[position].text in words.share_symbols
    ):
        position -= 1
    if position < 1 or view.tokens[position].text != ",":
        return []
    before = name_just_before(view, position, {"ORG"})
    return [before] if before is not None else []


def _name_after_owner(view: SentenceView, owner: Mention) -> list[Mention]:
    """ "дочерняя структура «A» компания «B»": the next name after the owner's, with at
    most one inanimate generic noun and quotes between, is the subsidiary's."""
    end = view.token_indices(owner.start, owner.end)[-1]
    while end + 1 < len(view.tokens) and view.tokens[end + 1].text in CLOSING_MARKS:
        end += 1
    end = after_aside(view, end + 1) - 1  # "холдинга «X» (основной акционер – Z) ОАО «Y»"
    nouns = 0
    for index in range(end + 1, min(end + 5, len(view.tokens))):
        mention = view.mention_at(index)
        if mention is not None:
            return [mention] if mention.type in {"ORG", "LOCORG"} else []
        token = view.tokens[index]
        if token.pos == "NOUN" and token.feats.get("Animacy") != "Anim" and nouns == 0:
            nouns += 1
        elif token.pos != "PUNCT" or token.text in {",", "(", ")"}:
            return []
    return []


def vehicles_of(
    view: SentenceView, verb: int, sides: list[Mention], words: OwnershipWords
) -> list[tuple[Mention, bool]]:
    """ownership58: "«X» через компанию «W» владеет 40 % Y", "«X» в лице 100 % дочерней
    компании «W» купила Y": the companies an owning verb's owner acts through, each with
    whether the text calls it a subsidiary ("дочерней компании", "структуру"). W holds Y
    itself; a company called a subsidiary is also its parent's. A phrase with no name
    ("через свои структуры") gives none; a vehicle of another verb is that verb's. "В лице"
    counts only before a subsidiary: "РФ в лице Росимущества" names the state's agent."""
    found: list[tuple[Mention, bool]] = []
    for word, token in enumerate(view.tokens):
        preposition = view.preposition(word)
        if not (
            preposition in words.vehicle_prepositions
            or (token.lemma in words.vehicle_nouns and preposition == "в")
        ):
            continue
        path = list(view.ancestors(word))
        if verb not in path or any(
            view.tokens[a].pos in {"VERB", "AUX"} for a in path[: path.index(verb)]
        ):
            continue
        phrase = view.subtree(word)
        if any(view.tokens[i].lemma in words.managing_adjectives for i in phrase):
            continue  # a company that manages holds nothing
        named = [  # the parser may hang the quoted name elsewhere ("через компанию «W»")
            m for m in view.mentions_in(phrase, {"ORG"}) or name_written_after(view, word)
            if m.type == "ORG" and m not in sides
        ]  # fmt: skip
        if not named:
            continue
        marked = any(
            view.tokens[i].lemma in words.subsidiary_nouns | words.subsidiary_adjectives
            for i in phrase
        )
        if not marked and preposition not in words.vehicle_prepositions:
            continue  # "РФ в лице Росимущества владеет …": the state's agent is the state
        found.append((named[0], marked))
    return found
