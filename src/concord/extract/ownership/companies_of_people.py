"""A company written with its person: "холдинг «Ренова» Виктора Вексельберга", "завод «X»
водочного магната Юрия Y", "его компания «Y»", "компания «X», за которой стоит бизнесмен Y",
and the partner who owns with the subject ("X вместе с партнером Y владеет Z").
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.ownership.posts import post_before
from concord.extract.ownership.reading import (
    CLOSING_MARKS,
    CLOSING_QUOTES,
    OPENING_QUOTES,
    PARTIES,
    REPORT,
    children_with,
    name_of,
    name_set_beside,
    partner_phrases,
)
from concord.extract.ownership.relative_pronouns import relative_meant
from concord.extract.ownership.sides import people_in_apposition, side_of
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView, organisation_meant


def company_of_person(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """"холдинг «Ренова» Виктора Вексельберга": a company noun with an organisation's name
    and a person's name in the genitive."""
    if view.tokens[index].lemma not in words.company_nouns | words.enterprise_nouns:
        return [], []
    named = [c for c in view.children(index) if view.tokens[c].relation == "appos"]
    own = view.mention_at(index)
    properties = [own] if own is not None and own.type == "ORG" else []
    properties = properties or view.mentions_in(named, {"ORG"})[:1]
    people = [
        m for c in children_with(view, index, ("nmod", "appos"))
        if view.tokens[c].feats.get("Case") == "Gen" and c > index  # a genitive owner follows
        for m in [view.mention_at(c)] if m is not None and m.type == "PER"
    ]  # fmt: skip
    if not people:  # "компании «X» бизнесмена Игоря Y": the person a business noun names
        people = [
            m for c in children_with(view, index, ("nmod",))
            if view.tokens[c].feats.get("Case") == "Gen" and not view.preposition(c)
            for m in _person_of_descriptions(view, c, words)
        ]  # fmt: skip
    if people and not properties and not named:  # "АО «X», компания Петра Y, …"
        properties = name_set_beside(view, index) or _company_named_before(view, index, people)
    return people[:1], properties


def _company_named_before(view: SentenceView, index: int, people: list[Mention]) -> list[Mention]:
    """ "Комбинат «A» … Предприятие Виктора Y выпустило …": a company noun with no name of
    its own and a person in its genitive stands for the company the report introduced
    with that noun or a kin one; a name given only in passing does not count. After a
    preposition the noun is another company ("банк, входящий в группу Михаила Y": Y's
    group, not the group the report named before)."""
    token = view.tokens[index]
    if token.feats.get("Number", "Sing") != "Sing" or view.preposition(index):
        return []
    meant = organisation_meant(
        view.document, token.lemma, token.start, {"ORG"}, REPORT,
        kin_groups=view.words.organisation_kin, exclude=people,
    )  # fmt: skip
    return [meant] if meant is not None else []


def _person_of_descriptions(view: SentenceView, noun: int, words: OwnershipWords) -> list[Mention]:
    """The person a genitive business noun describes, also when a second description is
    coordinated with it ("бизнесмена и политика Петра Y", "депутата и бизнесмена Петра Y"):
    the name hangs on the last noun of the pair, one of which says business."""
    described = [noun] + [
        c for c in children_with(view, noun, ("conj",))
        if view.tokens[c].pos == "NOUN" and view.tokens[c].feats.get("Case") == "Gen"
    ]  # fmt: skip
    if not any(view.tokens[i].lemma in words.standing_people for i in described):
        return []
    return [m for i in described for m in people_in_apposition(view, i)][:1]


def possessive_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "X заявил, что его компания «Y» …": the possessive stands for the person named
    last before it in the sentence."""
    if not any(
        view.tokens[c].lemma in words.possessive_pronouns and c < index
        and view.tokens[c].feats.get("Number", "Sing") == "Sing"
        for c in view.children(index)
    ):  # fmt: skip
        return [], []
    properties = [m for m in name_of(view, index) if m.type == "ORG"][:1]
    before = [
        m for m in view.mentions if m.type == "PER" and m.end <= view.tokens[index].start
    ]  # fmt: skip
    return before[-1:], properties


def partners(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "X вместе с партнером Y владеет Z": the partner owns Z with the subject."""
    return [
        m for phrase in partner_phrases(view, index, words)
        for m in side_of(view, view.subtree(phrase), {"PER", "ORG"})
    ]  # fmt: skip


def behind_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "компании «X», за которой стоит бизнесмен Y": the subject stands behind the company
    in the instrumental after "за" (a relative pronoun stands for the name before its
    clause), so it owns it."""
    owners = [
        m for c in view.subjects(index)
        for m in name_of(view, c) or people_in_apposition(view, c) if m.type in PARTIES
    ][:1]  # fmt: skip
    behind = [
        c for c in children_with(view, index, ("obl",))
        if view.preposition(c) in words.behind_prepositions and view.in_case(c, "Ins")
    ]  # fmt: skip
    if not owners or not behind:
        return [], []
    properties = relative_meant(view, behind[0], words) or [
        m for m in name_of(view, behind[0]) if m.type in {"ORG"}
    ]
    return owners, [m for m in properties if m.type == "ORG"]


def person_after_name(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "доля «Русала» Олега Дерипаски", "группа «Сумма» Зиявудина Магомедова": a person in
    the genitive written right after a quoted company name is its owner."""
    if view.tokens[index].lemma in words.group_nouns:
        return _group_after_name(view, index, words)
    person = view.mention_at(index)
    if person is None or person.type != "PER" or view.token_indices(
        person.start, person.end
    )[:1] != [index] or not _genitive(view, index) or view.preposition(index):
        return [], []
    before = _before_descriptor(view, index - 1, words)
    if before < 1:
        return [], []
    quoted = view.tokens[before].text in CLOSING_MARKS
    while before > 0 and view.tokens[before].text in CLOSING_MARKS:
        before -= 1
    company = view.mention_at(before)
    if company is None or company.type != "ORG" or post_before(view, company, words):
        return [], []
    if not quoted and not _unquoted_name_ends_at(view, company, before, words):
        return [], []
    return [person], [company]


def _genitive(view: SentenceView, index: int) -> bool:
    """A person's name in the genitive. "«Ветерок» Петра Y": an animate masculine genitive
    has the accusative's form and the parser may call it that; hung on a noun with no
    preposition (nmod) it can only be the genitive."""
    return view.in_case(index, "Gen") or (
        view.tokens[index].relation == "nmod" and view.in_case(index, "Acc")
    )


def _unquoted_name_ends_at(
    view: SentenceView, company: Mention, last: int, words: OwnershipWords
) -> bool:
    """ "издательский дом Artcom Media Ивана Y", "группа Nordic Петра Z": an unquoted company
    name ending right before the person's genitive is the person's company too, when a
    company noun introduces it. A bare name ("акции Сбербанка Германа Y", "экс-главы
    Минсельхоза Петра Z") is left alone: there the person is mostly the body's head."""
    indices = view.token_indices(company.start, company.end)
    if not indices or indices[-1] != last:
        return False
    if _subject_name(view, indices, words):
        return True
    if indices[0] < 1:
        return False
    noun = indices[0] - 1
    lemma = view.tokens[noun].lemma
    if lemma in words.company_nouns | words.enterprise_nouns | words.group_nouns:
        return True
    return lemma in words.house_nouns and any(
        view.tokens[c].lemma in words.house_adjectives for c in children_with(view, noun, ("amod",))
    )


def _subject_name(view: SentenceView, indices: list[int], words: OwnershipWords) -> bool:
    """ "Базовый элемент Петра Y разделит …", "Рязанский комбинат Петра Y планирует …": an
    unquoted name that is its clause's subject, with a person's genitive right after it, is
    that person's company; a name in another role ("акции Сбербанка Германа Y") stays the
    body's head, as before. The case is not asked: the tagger often gives a Latin-rooted
    name ("Новапорт") the genitive of the person after it. A dedication ("школа «Y» имени
    Петра Z", where the name finder may take "имени" for the name) is no company of Z's."""
    if any(view.tokens[i].lemma in words.dedication_nouns for i in indices):
        return False
    heads = [i for i in indices if view.tokens[i].head not in indices]
    return len(heads) == 1 and view.tokens[heads[0]].relation.startswith("nsubj")


def _before_descriptor(view: SentenceView, before: int, words: OwnershipWords) -> int:
    """ "завод «X» водочного магната Юрия Y", "компания «X» экс-депутата Госдумы Юрия Y": a
    genitive descriptor (a business person, or a public office, with its own genitive body)
    between a company and a person leaves the person its owner; a managing post does not
    ("завод «X» директора Y" names whom it employs). Returns the index before it."""
    at = before
    while at > 0 and before - at < 4 and view.in_case(at, "Gen") and (
        view.tokens[at].pos in {"PROPN", "NOUN"}
        or (view.tokens[at].pos == "ADJ" and view.mention_at(at) is not None)
    ):  # "депутата Госдумы", "депутата Законодательного собрания", "мэра города": its body
        lemma = view.tokens[at].lemma
        for prefix in words.post_prefixes:
            lemma = lemma.removeprefix(prefix)
        lemma = lemma.split("-")[0]  # "депутата-единоросса": the office before the party
        if view.tokens[at].lemma in words.standing_people or lemma in words.public_offices:
            at -= 1
            while at > 0 and view.tokens[at].pos == "ADJ":
                at -= 1
            return at
        at -= 1
    return before


def _group_after_name(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "холдинг «X» группы «Y»": a genitive group noun with its own quoted name, written
    right after a company's quoted name, names the group the company belongs to."""
    if not view.in_case(index, "Gen") or view.preposition(index):
        return [], []
    before = index - 1
    if before < 1 or view.tokens[before].text not in CLOSING_QUOTES:
        return [], []
    after = index + 1
    if after >= len(view.tokens) or view.tokens[after].text not in OPENING_QUOTES:
        return [], []
    while before > 0 and view.tokens[before].text in CLOSING_MARKS:
        before -= 1
    company = view.mention_at(before)
    group = view.mention_at(after + 1)
    if company is None or group is None or company.type != "ORG" or group.type != "ORG":
        return [], []
    if group is company or post_before(view, company, words):
        return [], []
    return [group], [company]
