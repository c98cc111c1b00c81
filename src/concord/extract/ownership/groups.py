"""Ownership told by membership of a group: "X входит в холдинг Y", "Входящий в холдинг «X»
комбинат «Y»", "«Y» (входит в «X»)", "ОАО «A» и ОАО «B», входящие в холдинг «X»", "«X», в
которую вошли A, B и C", "Группа «X», объединяющая …". The group owns its members when both
are organisations.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.ownership.asides import name_just_before
from concord.extract.ownership.reading import (
    LOOK_BACK,
    OPENING_QUOTES,
    PARTIES,
    bare_noun,
    children_with,
    in_brackets,
    is_subject,
    mention_head,
    name_ending_at,
    name_of,
    organisations_just_before,
    phrase_anchor,
    quoted_name,
)
from concord.extract.ownership.referents import noun_gender, stand_for, stand_in
from concord.extract.ownership.relative_pronouns import relative_meant
from concord.extract.ownership.sides import head_side, side_of
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView, named_before, organisation_meant


def member_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """"X входит в холдинг Y": the group owns its member, when both are organisations."""
    groups = [
        c for c in children_with(view, index, ("obl",))
        if view.preposition(c) in words.stake_prepositions
        and (
            any(
                view.tokens[i].lemma in words.group_nouns | words.joint_nouns
                for i in view.subtree(c)
            )
            or view.tokens[c].lemma in words.structure_nouns  # "входящей в структуру «Y»"
            or _named_organisation(view, c)  # "входящей в АФК «Вега»", "входит в «Ростех»"
            or _composition_of_name(view, c, words)  # "входящего в состав Ростеха"
            or _composed_kind(view, c, words) >= 0  # "в состав компании (X) входит Y"
        )
    ]  # fmt: skip
    subject = view.subjects(index)
    token = view.tokens[index]
    if groups and token.relation == "acl" and token.head in view.subtree(groups[0]):
        # "«Альфы», входящей в АФК «Вега»": the parser hangs the participle on its own
        # group; it describes the name before the comma, in the participle's case
        described = _described_before(view, index)
        group_phrase = view.subtree(groups[0])
        owners = view.mentions_in(group_phrase, {"ORG"})[:1] or view.mentions_in(
            group_phrase, {"PER"}
        )[:1]  # "входящем в группу Ивана Петрова": the group's owner
        if described and owners and owners[0] not in described:
            return owners, described
    relative = [
        c for c in children_with(view, index, ("obl",))
        if view.preposition(c) in words.stake_prepositions
        and view.tokens[c].lemma in words.relative_pronouns
    ]  # fmt: skip
    group_tokens: list[int] = []
    held_by_relative = _relative_group(view, index, words)
    if held_by_relative and subject:  # "компании «X», в портфолио (в состав) которой входят
        members = side_of(view, view.subtree(subject[0]), {"ORG"})  # A и B": X holds them
        members = _clause_list(view, index, members)
        return held_by_relative, [m for m in members if m not in held_by_relative]
    composition = [
        c for c in children_with(view, index, ("obl",))
        if view.preposition(c) in words.stake_prepositions
        and view.tokens[c].lemma in words.composition_nouns
        and any(view.tokens[d].lemma in words.possessive_pronouns for d in view.children(c))
    ]  # fmt: skip
    if groups:
        group_tokens = view.subtree(groups[0])
        if token.relation == "acl" and index > 0 and view.tokens[index - 1].text == ",":
            # ownership59: "«X», входящая в группу «Y», претендует на акции «Z»": a
            # phrase set off by commas names its group before its closing comma, however
            # the parser hangs the words after it (or the group's name) on it
            end = next(
                (i for i in range(index + 1, len(view.tokens)) if view.tokens[i].text in {",", ";"}),
                len(view.tokens),
            )
            group_tokens = list(range(groups[0], end))
    elif composition and subject:  # "В его состав входят A и B": the group said before
        members = side_of(view, view.subtree(subject[0]), {"ORG"})
        return _group_said_before(view, words), members
    elif relative and token.relation == "acl:relcl":  # "холдинг X, в который входят A и B"
        group_tokens = _group_before(view, relative[0], words)
    elif token.relation == "acl:relcl" and _enters_where(view, index, words) and subject:
        group_tokens = _clause_head_phrase(view, index)  # "в группе X, куда входит газета Y"
        subject = [] if _person_subject(view, subject[0]) else subject
    members = (
        side_of(view, view.subtree(subject[0]), {"ORG"})
        if subject
        else head_side(view, index, {"ORG"})  # "банк X, входящий в группу Y", "X (входит в Y)"
    )
    if not members and subject and group_tokens:  # "«Y», который входит в холдинг «X»": the
        # name before the clause; "Сам завод входит в холдинг «X»": the one the noun means
        members = [
            m for m in relative_meant(view, subject[0], words) or stand_for(view, subject[0], words)
            if m.type == "ORG"
        ]  # fmt: skip
    if relative and subject and group_tokens:  # the parser may hang the list's items on the
        members = _clause_list(view, index, members)  # group: read them along the words
    if groups and groups[0] < index:  # "В группу X входят A, B и C заводы, L1 (Италия) …":
        group_tokens = [i for i in group_tokens if i < index]  # the list after the verb,
        members = _clause_list(view, index, members, listed_only=True)  # however it is hung

    if not group_tokens or not members:
        return [], []
    # "входит в холдинг X", "входит в холдинг Ивана Петрова": the group, else its owner
    owners = (
        view.mentions_in(group_tokens, {"ORG"})[:1] or view.mentions_in(group_tokens, {"PER"})[:1]
    )
    group_noun = next((
        i for i in group_tokens if view.tokens[i].lemma in words.group_nouns | words.joint_nouns
    ), -1) if not owners and groups else -1  # fmt: skip
    if group_noun < 0 and not owners and groups:  # "В состав компании входит Y": the company
        group_noun = _composed_kind(view, groups[0], words)  # named before
    if group_noun >= 0:  # "входит в агрохолдинг Y-а": the group's owner, however hung
        owners = _genitive_name_after(view, group_noun)
    if not owners and group_noun >= 0:  # "в (состав) холдинг(а) входят A и B": the holding
        token = view.tokens[group_noun]  # named before
        introduced = organisation_meant(  # "холдинг «Волна»" owns "телеканал «Волна»"
            view.document, token.lemma, token.start, {"ORG"}, LOOK_BACK,
            kin_groups=view.words.organisation_kin,
        )  # fmt: skip
        owners = (
            [introduced] if introduced is not None and bare_noun(view, group_noun)
            else stand_in(view, group_noun, words, exclude=members)
        )  # fmt: skip
        if owners and _unnamed_kind_between(view, group_noun, owners[0]):
            owners = []  # "… патриотический медиахолдинг. В холдинг войдут A и B": not X
    members = [m for m in members if m is not owners[0]] if owners else []
    if owners and any(view.tokens[i].lemma in words.joint_nouns for i in group_tokens):
        return members, owners[:1]  # "в консорциум X вошли A и B": the members own X
    return owners, members


def _relative_group(view: SentenceView, verb: int, words: OwnershipWords) -> list[Mention]:
    """ "«X», в портфолио которой входят", "«X», в состав которого входят": the group or
    composition noun carries the relative pronoun in its genitive; it stands for the name
    before the clause's comma."""
    for phrase in children_with(view, verb, ("obl",)):
        if view.preposition(phrase) not in words.stake_prepositions or (
            view.tokens[phrase].lemma not in words.group_nouns | words.composition_nouns
        ):
            continue
        meant = [m for m in relative_meant(view, phrase, words) if m.type == "ORG"]
        if meant:
            return meant[:1]
    return []


def _enters_where(view: SentenceView, verb: int, words: OwnershipWords) -> bool:
    """The relative clause is opened by an adverb of destination ("…, куда входит Y")."""
    return any(
        view.tokens[child].lemma in words.destination_adverbs and child < verb
        for child in view.children(verb)
    )


def _person_subject(view: SentenceView, subject: int) -> bool:
    """The subject's own word is no organisation ("куда вошел директор завода «Y»"): what
    enters is a person, and the name in its genitive is no member."""
    mention = view.mention_at(subject)
    if mention is not None:
        return mention.type != "ORG"
    return not any(
        view.tokens[child].relation in {"appos", "flat", "flat:name", "conj"}
        and (found := view.mention_at(child)) is not None and found.type == "ORG"
        for child in view.children(subject)
    )


def _clause_head_phrase(view: SentenceView, verb: int) -> list[int]:
    """The words of the noun phrase a relative clause hangs on, the clause left out:
    "в «Северной медиагруппе», куда входит газета" gives "в «Северной медиагруппе»"."""
    head = view.tokens[verb].head
    clause = set(view.subtree(verb))
    return [i for i in view.subtree(head) if i not in clause and i < verb]


def _genitive_name_after(view: SentenceView, group_noun: int) -> list[Mention]:
    """The name right after a group noun with no name of its own: in the genitive
    ("входящем в агрохолдинг Архангельского молочного завода": the group's owner) or in
    quotes in any case ("входящая в группу «Аэрофлот» не планирует …": the group itself).
    Read by word order, since the parser often hangs such a name on a later word."""
    after = group_noun + 1
    if after >= len(view.tokens):
        return []
    quoted = view.tokens[after].text in OPENING_QUOTES
    if quoted:
        after += 1
    elif view.tokens[after].feats.get("Case") != "Gen":
        return []
    mention = view.mention_at(after) if after < len(view.tokens) else None
    if mention is None or mention.type not in {"ORG", "PER"}:
        return []
    first = view.token_indices(mention.start, mention.end)[:1]
    return [mention] if first == [after] or (quoted and first == [after - 1]) else []


def group_participle_list(view: SentenceView, index: int) -> tuple[list[Mention], list[Mention]]:
    """ "Группа «X», объединяющая дистрибутора, сеть «A» и завод «B», …": the names listed
    in the participle's clause, however the parser hangs them, belong to the group noun's
    name."""
    token = view.tokens[index]
    if token.relation != "acl" or token.feats.get("VerbForm") != "Part" or token.head < 0:
        return [], []
    group = side_of(view, [i for i in view.subtree(token.head) if i < index], {"ORG"})[:1]
    listed = _clause_list(view, index, [], listed_only=True)
    return (group, listed) if group and listed else ([], [])


def names_a_group(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """ "холдинг X объединяет A, B и C": the verb's subject is a group noun; so is the noun
    a participle describes ("группа «X», объединяющая A и B")."""
    token = view.tokens[index]
    subjects = view.subjects(index)
    if token.relation == "acl" and token.feats.get("VerbForm") == "Part" and token.head >= 0:
        subjects.append(token.head)
    return any(
        view.tokens[i].lemma.lower() in words.group_nouns
        for subject in subjects
        for i in ([subject] if subject == token.head else view.subtree(subject))
    )


def member_participle_before_names(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "Входящий в холдинг «X» комбинат «Y»": a participle of membership before its noun;
    the group is the first name after it, the member the name right after the group."""
    token = view.tokens[index]
    if token.feats.get("VerbForm") != "Part" or (index and view.tokens[index - 1].text == ","):
        return [], []  # "«Y», входящий в «X»" is the participle after its noun
    if index + 1 >= len(view.tokens) or view.tokens[index + 1].lemma not in (
        words.stake_prepositions
    ):
        return [], []
    after = [
        m for m in sorted(view.mentions, key=lambda m: m.start)
        if m.start > token.end and m.type == "ORG"
    ]  # fmt: skip
    if len(after) < 2:
        return [], []
    owner, owned = after[0], after[1]
    owner_tokens = view.token_indices(owner.start, owner.end)
    owned_tokens = view.token_indices(owned.start, owned.end)
    if not owner_tokens or not owned_tokens or owned.start < owner.end:
        return [], []
    # only the group's common noun, its adjectives (ownership52: "входящая в девелоперскую
    # компанию «X» фирма «Y»") and quotes between the preposition and the group
    before_owner = range(index + 2, owner_tokens[0])
    if len(before_owner) > 4 or any(
        view.tokens[i].pos not in {"PUNCT", "NOUN", "ADJ"} for i in before_owner
    ):
        return [], []
    # only the member's common noun ("комбинат", "ООО") and quotes between the two names
    gap = range(owner_tokens[-1] + 1, owned_tokens[0])
    if len(gap) > 3 or any(
        view.tokens[i].pos not in {"PUNCT", "PROPN", "NOUN", "ADJ"} for i in gap
    ):
        return [], []
    return [owner], [owned]


def bracketed_member(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "«Y» (входит в «X»)", "завод «Y» (Тула, входит в группу «X»)": the brackets after a
    name say which group it belongs to, however the parser hangs them."""
    named_first = _name_opening_bracket(view, index)
    opening = next(
        (i for i in range(index - 1, max(-1, index - 5), -1) if view.tokens[i].text in "()"),
        None,
    )
    if named_first is not None:  # '("УАЗ", входит в группу Sollers)': the name, then the verb
        opening = named_first[1]
    if opening is None or view.tokens[opening].text != "(":
        return [], []
    if any(view.tokens[i].pos in {"VERB", "AUX"} for i in range(opening + 1, index)):
        return [], []
    owned_verb = view.tokens[index].lemma in words.owned_verbs  # "«Y» (100 % принадлежит X)"
    if not owned_verb and (
        index + 1 >= len(view.tokens)
        or view.tokens[index + 1].lemma not in words.stake_prepositions
    ):
        return [], []
    closing = next(
        (i for i in range(index + 1, len(view.tokens)) if view.tokens[i].text == ")"), None
    )
    if closing is None:
        return [], []
    inside = range(index + 1, closing)
    owners = view.mentions_in(inside, {"ORG"})[:1] or view.mentions_in(inside, {"PER"})[:1]
    if owned_verb:  # the owner comes first after the verb, in the dative
        owners = sorted(view.mentions_in(inside, PARTIES), key=lambda m: m.start)[:1]
    described = (
        [named_first[0]] if named_first is not None else organisations_just_before(view, opening, 2)
    )
    if not owners or not described or owners[0] in described:
        return [], []
    return owners, described[-1:]


def _name_opening_bracket(view: SentenceView, index: int) -> tuple[Mention, int] | None:
    """ '(«Y», входит в группу X)': a bracket that opens with a name and a comma before the
    verb; the name, usually the short name of what stands before the bracket, is the member.
    Returns the name and the position of the opening bracket."""
    if index < 1 or view.tokens[index - 1].text != ",":
        return None
    name = name_just_before(view, index - 1, {"ORG"})
    if name is None:
        return None
    first = (view.token_indices(name.start, name.end) or [0])[0]
    while first > 0 and view.tokens[first - 1].text in OPENING_QUOTES:
        first -= 1
    if first < 1 or view.tokens[first - 1].text != "(":
        return None
    return name, first - 1


def members_before_participle(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "ОАО «A» и ОАО «B», входящие в холдинг «X», …": a plural participle of membership
    after a comma; every organisation of the clause before the comma is a member. Read
    along the words: the parser often hangs such lists on the group."""
    token = view.tokens[index]
    if token.feats.get("VerbForm") != "Part" or token.feats.get("Number") != "Plur":
        return [], []
    if not index or view.tokens[index - 1].text != ",":
        return [], []
    if index + 1 >= len(view.tokens) or view.tokens[index + 1].lemma not in (
        words.stake_prepositions
    ):
        return [], []
    members = _clause_names_before(view, index - 1)
    end = next(
        (i for i in range(index + 2, len(view.tokens)) if view.tokens[i].text == ","),
        len(view.tokens),
    )
    owners = view.mentions_in(range(index + 2, end), {"ORG"})[:1]
    if len(members) < 2 or not owners or owners[0] in members:
        return [], []
    return owners, members


def relative_group_list(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "«X», в которую вошли A, B и C", "«X» — медиахолдинг, который объединяет A и B":
    read along the words; the group is named before the relative pronoun, its members
    after the verb up to the clause's end."""
    pronoun = index - 1
    if pronoun < 1 or view.tokens[pronoun].lemma not in words.relative_pronouns:
        return [], []
    comma = pronoun - 1
    if view.tokens[index].lemma in words.member_verbs:  # "…, в которую вошли"
        if view.tokens[comma].lemma not in words.stake_prepositions:
            return [], []
        comma -= 1
    if comma < 1 or view.tokens[comma].text != ",":
        return [], []
    owners = name_ending_at(view, comma - 1, {"ORG"})
    if not owners and view.tokens[comma - 1].lemma in words.group_nouns:
        # "«X» — медиахолдинг, который …": the name before the dash
        dash = comma - 2
        while dash > 0 and view.tokens[dash].pos != "PUNCT":
            dash -= 1
        if view.tokens[dash].text in {"—", "–", "-"}:
            owners = name_ending_at(view, dash - 1, {"ORG"})
    if not owners:
        return [], []
    end = next(
        (
            i for i in range(index + 1, len(view.tokens))
            if view.tokens[i].text in {";", ")"}
            or (
                view.tokens[i].pos in {"VERB", "AUX"}
                and view.tokens[i].feats.get("VerbForm") != "Part"
            )
        ),
        len(view.tokens),
    )  # fmt: skip
    members = [
        m for m in view.mentions_in(range(index + 1, end), {"ORG"})
        if m is not owners[0]
    ]  # fmt: skip
    return (owners, members) if members else ([], [])


def pronoun_member_of_relative(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "…для холдинга «X», в который она входит": the group is the name before ", в
    который", the member the pronoun subject stands for, the latest organisation named
    before whose own noun has the pronoun's gender ("фабрика «Y»")."""
    pronouns = [
        c for c in view.children(index)
        if view.tokens[c].relation == "nsubj" and view.tokens[c].pos == "PRON"
        and view.tokens[c].lemma in words.personal_pronouns
    ]  # fmt: skip
    relative = next((
        c for c in view.children(index)
        if view.tokens[c].lemma in words.relative_pronouns and view.preposition(c) == "в"
    ), None)  # fmt: skip
    if not pronouns or relative is None:
        return [], []
    comma = relative - 2
    if comma < 1 or view.tokens[comma].text != ",":
        return [], []
    groups = name_ending_at(view, comma - 1, {"ORG"})
    if not groups:
        return [], []
    gender = view.tokens[pronouns[0]].feats.get("Gender", "")
    if view.tokens[pronouns[0]].feats.get("Number", "Sing") != "Sing" or not gender:
        return [], []
    found = [
        m for m in named_before(view.document, groups[0].start, {"ORG"}, LOOK_BACK)
        if m.entity != groups[0].entity and m is not groups[0] and noun_gender(view, m) == gender
    ]  # fmt: skip
    subjects = [m for m in found if is_subject(view, m)]
    return groups[:1], (subjects or found)[-1:]


def _unnamed_kind_between(view: SentenceView, noun: int, named: Mention) -> bool:
    """Whether a noun of the same kind with no name of its own ("медиахолдинг" for
    "холдинг") stands between a name and a later bare noun: that unnamed one is nearer, so
    the bare noun is not the name's ("холдинг X … создаёт новый медиахолдинг … в холдинг
    войдут A и B")."""
    lemma, start = view.tokens[noun].lemma, view.tokens[noun].start
    for sentence in view.document.sentences:
        tokens = sentence.tokens
        for position, token in enumerate(tokens):
            if not named.end <= token.start < start or token.pos != "NOUN":
                continue
            if not token.lemma.endswith(lemma):
                continue
            following = range(token.start, tokens[min(position + 3, len(tokens) - 1)].end)
            if not any(
                m.start in following or m.start <= token.start < m.end
                for m in view.document.mentions
            ):
                return True
    return False


def _named_organisation(view: SentenceView, index: int) -> bool:
    """The phrase's head word is itself part of an organisation's name ("в «Ростех»",
    "в АФК «Вега»"), not a common noun ("в тройку", "в совет директоров «X»")."""
    mention = view.mention_at(index)
    return mention is not None and mention.type == "ORG"


def _composition_of_name(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """ "в состав Ростеха", "В состав «Омеги» входят A и B": a composition noun followed at
    once by an organisation's name is that body's own make-up, as "структура" is. Read by
    word order: "в состав акционеров X входят" (X's shareholders, not X) is left out, since
    a common noun stands between."""
    if view.tokens[index].lemma not in words.composition_nouns:
        return False
    after = index + 1
    if after < len(view.tokens) and view.tokens[after].text in OPENING_QUOTES:
        after += 1
    if after >= len(view.tokens):
        return False
    mention = view.mention_at(after)
    return mention is not None and mention.type == "ORG"


def _composed_kind(view: SentenceView, index: int, words: OwnershipWords) -> int:
    """The company kind noun ("компании", "банка") hung in the genitive straight on a
    composition noun at `index`, else -1: "в состав компании «X»" is X's own make-up, and a
    bare "в состав компании" is the company's named before. "в состав акционеров
    компании" is left out: its shareholders, not the company, stand right under it."""
    if view.tokens[index].lemma not in words.composition_nouns:
        return -1
    return next((
        c for c in children_with(view, index, ("nmod",))
        if view.tokens[c].lemma in words.composed_kind_nouns
        and view.tokens[c].feats.get("Case") == "Gen" and not view.preposition(c)
    ), -1)  # fmt: skip


def _described_before(view: SentenceView, participle: int) -> list[Mention]:
    """The organisation named right before ", <participle>" whose head word shares the
    participle's case: the noun an adnominal participle after a comma describes."""
    case = view.tokens[participle].feats.get("Case")
    if participle < 2 or view.tokens[participle - 1].text != "," or case is None:
        return []
    for index in range(participle - 2, max(participle - 6, -1), -1):
        mention = view.mention_at(index)
        if mention is None:
            continue
        head = mention_head(view, mention)
        agrees = view.tokens[head].feats.get("Case") == case
        return [mention] if mention.type == "ORG" and agrees else []
    return []


def _clause_list(
    view: SentenceView, verb: int, members: list[Mention], listed_only: bool = False
) -> list[Mention]:
    """The organisations named after a relative clause's verb to the end of its sentence
    or the next verb: "…, в который входят радиостанции «A» и «B», газета «C» и сайт «D»".
    With `listed_only` (a make-up's list after its verb) also an adjective the name finder
    took for a place ("Тобольский" in "Омский и Тобольский заводы") and quoted names it
    left out ("«A» (перевозки), «B» (лес) и «C» (причалы)")."""
    end = verb + 1
    while end < len(view.tokens) and view.tokens[end].pos not in {"VERB", "AUX"}:
        end += 1
    span = list(range(verb + 1, end))
    listed = view.mentions_in(span, {"ORG"})
    if listed_only:
        listed += [
            m for m in view.mentions_in(span, {"LOCORG"})
            if view.tokens[mention_head(view, m)].pos == "ADJ"
        ]  # fmt: skip
        rest = span
        while found := quoted_name(view, rest):
            listed += found
            rest = [i for i in rest if view.tokens[i].start >= found[0].end]
        listed = sorted(
            (m for m in listed if not view.preposition(phrase_anchor(view, mention_head(view, m)))),
            key=lambda m: m.start,
        )  # "… вошла компания «Y» по итогам сделки с «Z»": Z is no member
    return listed if len(listed) > len(members) else members


def _group_said_before(view: SentenceView, words: OwnershipWords) -> list[Mention]:
    """The group a possessive "его" before "состав" stands for: the subject of the sentence
    before, by its name or the organisation its common noun stands for ("Холдинг
    принадлежит Y. В его состав входят …"), else the organisation named last as a subject."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position > 0:
        earlier = SentenceView.build(view.document, sentences[position - 1], view.words)
        for index, token in enumerate(earlier.tokens):
            if token.relation == "nsubj" and 0 <= token.head < len(earlier.tokens) and (
                earlier.tokens[token.head].relation == "root"
            ):
                named = [m for m in name_of(earlier, index) if m.type == "ORG"]
                return named or stand_in(earlier, index, words)
    before = named_before(view.document, view.sentence.start, {"ORG"}, 2)
    return [m for m in before if is_subject(view, m)][-1:]


def _group_before(view: SentenceView, pronoun: int, words: OwnershipWords) -> list[int]:
    """The group a relative "в который" stands for: a group noun and its name right before
    the comma that opens the clause (the parser often hangs the clause elsewhere)."""
    start = pronoun - 1
    while start >= 0 and view.tokens[start].pos == "ADP":
        start -= 1
    if start < 1 or view.tokens[start].text != ",":
        return []
    for noun in range(start - 1, max(-1, start - 7), -1):
        if view.tokens[noun].lemma in words.group_nouns | words.joint_nouns:
            return list(range(noun, start))
    return []


def _clause_names_before(view: SentenceView, comma: int) -> list[Mention]:
    """The organisations named from the clause's start up to a comma, with no verb between:
    "ОАО «A» (Тамбов) и ОАО «B», …" gives A and B."""
    start = comma
    while start > 0 and view.tokens[start - 1].pos not in {"VERB", "AUX"} and not (
        view.tokens[start - 1].text in {",", ";", ":"} and start - 1 < comma
        and not in_brackets(view, start - 1)
    ):
        start -= 1
    return [
        m for m in view.mentions_in(range(start, comma), {"ORG"})
        if not any(o is not m and o.start <= m.start and m.end <= o.end for o in view.mentions)
    ]  # fmt: skip
