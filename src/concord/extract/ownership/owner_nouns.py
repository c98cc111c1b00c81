"""Ownership told by an owner noun: "владелец X Y", "Y, совладелец X", "совладельцы X — A и
B", "фабрика «X», владельцем которой была «Y»". Finds the owners in reach of the noun and
the property in its genitive, or said before ("Ее совладельцами являются …", "Собственник
бизнеса – «Y»"), and leaves out the outlet that reports it.
"""

from __future__ import annotations

import re

from concord.claim import Mention
from concord.extract.ownership.reading import (
    CLOSING_MARKS,
    DASHES,
    LOOK_BACK,
    OPENING_QUOTES,
    PARTIES,
    became_in_past,
    children_with,
    is_done_buyer,
    mention_head,
    organisation_before_owner,
    organisations_just_before,
    preposition_on_the_way,
    quoted_name,
)
from concord.extract.ownership.referents import stand_in
from concord.extract.ownership.relative_pronouns import (
    in_participle_phrase,
    participle_after_comma,
    relative_meant,
)
from concord.extract.ownership.sides import people_in_apposition, side_of
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView, depends_on, named_before


def owner_noun_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """"владелец X Y", "Y, совладелец X", "совладельцы X Y и Z"."""
    # "акционеры банка", "акционер перевозчика — фонд «X»": the bank named before
    owned = [
        m for c in children_with(view, index, ("nmod",))
        if not view.preposition(c) and view.tokens[c].feats.get("Case") == "Gen"
        for m in stand_in(view, c, words) or _business_meant(view, c, words)
    ][:1]
    # "фабрика «X», владельцем которой была компания «Y»": the genitive pronoun is X
    antecedent = (
        _relative_antecedent(view, index, words)
        if not owned and any(
            view.tokens[c].lemma in words.relative_pronouns
            and view.tokens[c].feats.get("Case") == "Gen"
            for c in view.children(index)
        ) else []
    )  # fmt: skip
    owned = owned or antecedent or _listed_before(view, index, words)
    apposed, described = ([], []) if owned else _name_apposed_to_genitive(view, index)
    owned = owned or apposed
    owned = owned or side_of(view, [c for c in view.subtree(index) if c > index], {"ORG", "LOCORG"})
    owned = owned or _names_after_stake(view, index, words)
    if not owned:
        antecedent = _relative_antecedent(view, index, words)
        owned = antecedent
    owned = owned or _possessed_before(view, index, words)
    owned = owned or quoted_name(view, [c for c in view.subtree(index) if c > index])
    owned = owned or _topic_before(view, index, words) or _sold_before(view, index, words)
    if not owned:
        return [], []
    if apposed := _people_of_coordinated_nouns(view, index):
        return apposed, owned  # "совладелец X и бывший акционер Y Роман Z": Z, however far
    # "Владельцем 100% акций «A» и «B» стала «Y»": counted from the end of a stake's list
    reach = index
    if stake_listed := _names_after_stake(view, index, words):
        reach = max(index, (view.token_indices(stake_listed[-1].start, stake_listed[-1].end)
                            or [index])[-1])  # fmt: skip
    candidates = _owners_in_reach(view, index, reach, owned, words)
    # "владельцем клуба Английской премьер-лиги «X»": the league only describes the club
    candidates = [m for m in candidates if mention_head(view, m) not in described]
    # ownership49: "акционером компании «X», владеющей заводом «Y», стала «Z»": a name in a
    # participle phrase opened after the owner noun tells what X holds; Z is counted from
    candidates = [m for m in candidates if not in_a_later_participle(view, index, m)]  # its end
    # "владельцем «X» с 2002 года является «Y»": when nobody is in reach, counted from the
    # end of the name written right after the owner noun, past a time phrase after it
    named_after = [m for m in owned if m.start > view.tokens[index].start][-1:]
    if not candidates and named_after and not stake_listed:
        reach = max(index, (view.token_indices(named_after[0].start, named_after[0].end)
                            or [index])[-1])  # fmt: skip
        reach = _past_participle_phrase(view, reach)
        candidates = _owners_in_reach(view, index, reach, owned, words)
        candidates = [m for m in candidates if mention_head(view, m) not in described]
        candidates = [m for m in candidates if not in_a_later_participle(view, index, m)]
    # ownership48: "владельцы «X», которой принадлежат магазины «Y»": a name inside a
    # relative clause opened after the owner noun belongs to that clause, not to the noun
    candidates = [m for m in candidates if not _in_a_later_relative_clause(view, index, m, words)]
    # ownership45: "владельцем X является холдинг «Y» Ивана Z": Z owns the holding, not X;
    # after the owned company's own name he is the owner ("совладельца «X» Аркадия Z")
    candidates = [
        m for m in candidates
        if m.type != "PER"
        or (told := organisation_before_owner(view, mention_head(view, m))) is None
        or told in owned
    ]  # fmt: skip
    # "Правительство Москвы является акционером": the government, not the city inside it
    candidates = [
        m for m in candidates
        if not any(o is not m and o.start <= m.start and m.end <= o.end for o in candidates)
    ]  # fmt: skip
    if not candidates:  # "Эта компания является собственником X": the company said before
        subject_meant = _subject_stood_for(view, index, owned, words)
        return (subject_meant, owned) if subject_meant else ([], [])
    # "Акционер клуба «X» будет спонсировать «Y»": the verb's object owns nothing
    candidates = [m for m in candidates if not _object_of_its_verb(view, m, index)]
    if antecedent:  # "«X», владельцем которой была «Y»": the owner is named in the clause,
        candidates = [  # however the parser hangs it
            m for m in candidates if m.start > view.tokens[index].start
        ] or candidates  # fmt: skip
    people = [m for m in candidates if m.type == "PER"] or [
        m for m in candidates if antecedent and m.start > view.tokens[index].start
    ] or [
        m for m in candidates if not _in_a_prepositional_phrase(view, m, index)
    ]  # "Основатель сети «X» против сделки «Y»": Y, in a phrase of its own, owns nothing
    if not people:
        return [], []
    # a property named in an earlier sentence ("акционеры банка") ends at its noun here
    owned_end = (view.token_indices(owned[0].start, owned[0].end) or [index + 1])[-1]
    # "владелец «X» Y": the name right after the property is the owner's
    following = [
        m for m in people
        if all(
            view.tokens[i].pos == "PUNCT"
            for i in range(owned_end + 1, view.token_indices(m.start, m.end)[0])
        ) and m.start > owned[0].end and owned_end > index and m.start > view.tokens[index].start
    ] or [  # "владельцу клуба американцу Игорю Y": the owner noun's case carried on
        m for m in people if m.start > view.tokens[index].start and m.type == "PER"
        and _same_case(view, index, mention_head(view, m))
    ][:1]  # fmt: skip
    nearest = min(
        following or people, key=lambda m: abs(view.token_indices(m.start, m.end)[0] - index)
    )
    start = view.token_indices(nearest.start, nearest.end)[0]
    owners = side_of(view, list(range(start, len(view.tokens))), PARTIES)
    # "совладелец A X и владелец B Y": Y has an owner noun of its own, and B is Y's
    owners = [
        m for m in owners
        if m not in owned and (m is nearest or not any(
            view.tokens[i].lemma in words.owner_nouns
            for i in range(start, view.token_indices(m.start, m.end)[0])
        ))
    ]  # fmt: skip
    return owners, owned


# "заводы «A» и «B»", "ЗАО «A» (область) и ОАО «B»": what may stand between two listed names
_LIST_JOINT = re.compile(r'^[»"”\s]*(?:\([^()]*\)\s*)?(?:,|и)\s*(?:[А-ЯЁA-Z]{2,5}\s+)?[«"“]?\s*$')


def _listed_before(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ownership48: "Он появится на базе ЗАО «A» и ОАО «B». Новым собственником этих
    предприятий стала «Y»": a plural noun with a demonstrative under the owner noun stands
    for the list of organisations the sentence before names (its last list of two or more)."""
    nouns = [
        c for c in children_with(view, index, ("nmod",))
        if not view.preposition(c) and view.tokens[c].feats.get("Case") == "Gen"
        and view.tokens[c].feats.get("Number") == "Plur"
        and view.tokens[c].lemma in words.standing_nouns | words.enterprise_nouns | words.company_nouns
        and any(view.tokens[d].lemma in words.demonstratives for d in view.children(c))
    ]  # fmt: skip
    before = view.sentences_before(1)
    if not nouns or not before:
        return []
    text = view.document.document.text
    named = [
        m for m in view.document.mentions
        if m.type in {"ORG", "LOCORG"} and before[0].start <= m.start < view.sentence.start
    ]
    named.sort(key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for mention in named:
        if runs and _LIST_JOINT.match(text[runs[-1][-1].end : mention.start]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    lists = [run for run in runs if len(run) >= 2]
    return lists[-1] if lists else []


def _in_a_later_relative_clause(
    view: SentenceView, index: int, mention: Mention, words: OwnershipWords
) -> bool:
    """Whether a relative clause opens (a comma, then "который" in any case, alone or after
    its preposition) between the owner noun at `index` and `mention`: "миноритарные
    владельцы «X», которой принадлежат магазины «Y»" — Y is what X holds, not X's owner."""
    start = view.token_indices(mention.start, mention.end)[0]
    for i in range(index + 1, start):
        if view.tokens[i].lemma not in words.relative_pronouns:
            continue
        before = i - 1
        if before > index and view.tokens[before].pos == "ADP":  # ", в которую входят"
            before -= 1
        if before > index and view.tokens[before].text == ",":
            return True
    return False


def _past_participle_phrase(view: SentenceView, end: int) -> int:
    """ownership49: the closing comma of a participle phrase opened right after the word at
    `end` ("компании «X», владеющей Курганским мостовым заводом, является Y"), else `end`:
    the owner is counted from the end of the phrase that only describes the property."""
    after = end + 1
    while after < len(view.tokens) and view.tokens[after].text in CLOSING_MARKS:
        after += 1
    if not participle_after_comma(view, after + 1):
        return end
    closing = [i for i in range(after + 2, len(view.tokens)) if view.tokens[i].text == ","]
    return closing[0] if closing else end


def in_a_later_participle(view: SentenceView, index: int, mention: Mention) -> bool:
    """ownership49: whether `mention` stands in a participle phrase opened by a comma after
    the word at `index`: "акционером компании «X», владеющей заводом «Y», стала «Z»" — the
    participle tells what X holds, so Y is no owner of X; Z, past the phrase, still is."""
    indices = view.token_indices(mention.start, mention.end)
    return bool(indices) and any(
        participle_after_comma(view, i) and in_participle_phrase(view, i, indices[0])
        for i in range(index + 1, indices[0])
    )  # fmt: skip


def _name_apposed_to_genitive(view: SentenceView, index: int) -> tuple[list[Mention], list[int]]:
    """ "владельцем клуба Английской премьер-лиги «X»": when an unquoted name (a league, a
    city) describes the owner noun's genitive before a quoted one, the quoted name is what is
    owned. Returns it and the words of the describing phrase, which can own nothing."""
    for child in children_with(view, index, ("nmod",)):
        if view.preposition(child) or view.tokens[child].feats.get("Case") != "Gen":
            continue
        if view.mention_at(child) is not None:
            return [], []  # the genitive is itself a name: read as before
        named = [
            (kid, mention) for kid in children_with(view, child, ("appos", "nmod"))
            for mention in [view.mention_at(kid)]
            if mention is not None and mention.type in {"ORG", "LOCORG"}
            and not view.preposition(kid)
        ]  # fmt: skip
        quoted = [(kid, m) for kid, m in named if _quoted(view, m)]
        describing = [
            kid for kid, m in named if not _quoted(view, m) and quoted and kid < quoted[-1][0]
        ]
        if quoted and describing:
            return [quoted[-1][1]], [i for kid in describing for i in view.subtree(kid)]
    return [], []


def _quoted(view: SentenceView, mention: Mention) -> bool:
    first = (view.token_indices(mention.start, mention.end) or [0])[0]
    return first > 0 and view.tokens[first - 1].text in OPENING_QUOTES


def owner_in_relative_clause(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "фабрика «X», владельцем которой была «Y»": read along the words when the parser
    loses the clause; the name before the comma is owned by the name after the pronoun."""
    if index < 2 or view.tokens[index - 1].text != ",":
        return [], []
    pronoun = index + 1
    if pronoun >= len(view.tokens) or view.tokens[pronoun].lemma not in words.relative_pronouns:
        return [], []
    owned = organisations_just_before(view, index, 3)
    # only a copula between the pronoun and the owner: "которой была", "которого является"
    owners = [
        m for m in view.mentions
        if m.type in PARTIES and m.start > view.tokens[pronoun].end
        and all(
            view.tokens[i].pos in {"PUNCT", "AUX", "ADJ", "NOUN"}
            or view.tokens[i].lemma in words.copula_verbs
            for i in range(pronoun + 1, (view.token_indices(m.start, m.end) or [0])[0])
        )
        and (view.token_indices(m.start, m.end) or [0])[0] - pronoun <= 4
    ][:1]  # fmt: skip
    if not owned or not owners or owners[0] in owned:
        return [], []
    return owners, owned[-1:]


def _owners_in_reach(
    view: SentenceView, index: int, reach: int, owned: list[Mention], words: OwnershipWords
) -> list[Mention]:
    """Parties within 8 words of the owner noun, or after it within 8 words of `reach`;
    never the outlet that reports ("Как пишет газета «Z», владельцем «X» станет «Y»")."""
    return [
        m for m in view.mentions
        if m.type in PARTIES and m not in owned
        and index not in view.token_indices(m.start, m.end)  # the noun itself is no name
        and (abs(view.token_indices(m.start, m.end)[0] - index) <= 8
             or 0 < view.token_indices(m.start, m.end)[0] - reach <= 8)
        and not _reporting(view, m, index, words)
    ]  # fmt: skip


def _subject_stood_for(
    view: SentenceView, index: int, owned: list[Mention], words: OwnershipWords
) -> list[Mention]:
    """The owner an owner noun's predicate gets from a subject with no name of its own
    ("Эта компания является собственником X", "Она стала владельцем X"): the name that
    pronoun or common noun stands for, in this sentence or the few before."""
    token = view.tokens[index]
    verb = token.head if token.relation in {"xcomp", "obl"} else index
    if not 0 <= verb < len(view.tokens):
        return []
    if verb != index and view.tokens[verb].lemma not in words.copula_verbs | words.becoming_verbs:
        return []
    if verb == index and not any(
        view.tokens[c].lemma in words.copula_verbs for c in children_with(view, index, ("cop",))
    ):
        return []
    subjects = [c for c in view.subjects(verb) if view.mention_at(c) is None]
    # ownership48: "компанию «X», которая в январе стала владельцем «Y»": the name before
    # the comma that opens the clause, however far the owner noun stands from it
    meant = relative_meant(view, subjects[0], words) if subjects else []
    meant = meant or (stand_in(view, subjects[0], words, exclude=owned) if subjects else [])
    return [m for m in meant if m.type in PARTIES and m not in owned][:1]


def _people_of_coordinated_nouns(view: SentenceView, index: int) -> list[Mention]:
    """The people in apposition to a person noun coordinated with the owner noun ("совладелец
    банка «X» и бывший акционер «Y» Роман Z"): the names both nouns describe, unless the
    owner noun has people of its own ("совладелец «X» Михаил Y и владелец «Z» Петр W")."""
    if people_in_apposition(view, index):
        return []
    for noun in children_with(view, index, ("conj",)):
        token = view.tokens[noun]
        if (
            token.pos == "NOUN" and token.feats.get("Animacy") == "Anim"
            and (people := people_in_apposition(view, noun))
        ):  # fmt: skip
            return people
    return []


def _same_case(view: SentenceView, first: int, second: int) -> bool:
    """Whether two words carry the same known case, a dative for a dative."""
    case = view.tokens[first].feats.get("Case")
    return case is not None and view.tokens[second].feats.get("Case") == case


def _object_of_its_verb(view: SentenceView, mention: Mention, noun: int) -> bool:
    """Whether a name is the object of the very verb whose subject the owner noun is."""
    head = mention_head(view, mention)
    verb = view.tokens[noun].head
    # "купит магазины «X»": a name in apposition to the object is the object too
    seen = {head}  # the parser's trees may hold a cycle
    while view.tokens[head].relation == "appos" and view.tokens[head].head > verb >= 0:
        head = view.tokens[head].head
        if head in seen:
            break
        seen.add(head)
    relation = view.tokens[head].relation
    return (
        view.tokens[noun].relation.startswith("nsubj")
        and view.tokens[head].head == verb
        and head > verb
        and (relation in {"obj", "iobj"} or view.tokens[head].feats.get("Case") in {"Acc", "Dat"})
    )  # a second "subject" in the accusative is the object the parser misread


def _in_a_prepositional_phrase(view: SentenceView, mention: Mention, noun: int) -> bool:
    """Whether the name lies in a prepositional phrase that does not hold the owner noun:
    "против сделки «Y»", "с банком «Y»"."""
    return preposition_on_the_way(view, mention_head(view, mention), {noun, *view.ancestors(noun)})


def _relative_antecedent(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "компания X, совладельцем которой является Y": the noun "которой" stands for."""
    if not any(view.tokens[c].lemma in words.relative_pronouns for c in view.children(index)):
        return []
    clause = view.tokens[index].head
    if view.tokens[index].relation == "acl:relcl":  # "фабрика «X», владельцем которой была Y":
        clause = index  # the owner noun is the clause's own predicate
    if not 0 <= clause < len(view.tokens) or view.tokens[clause].relation != "acl:relcl":
        return []
    noun = view.tokens[clause].head
    if not 0 <= noun < len(view.tokens):
        return []
    return side_of(view, [noun, *[c for c in view.children(noun) if c < clause]], {"ORG"})[:1]


def _reporting(view: SentenceView, mention: Mention, index: int, words: OwnershipWords) -> bool:
    """Whether a name is the source that reports on the owner noun at `index`: the subject of
    a speech verb, itself or through the noun it names ("как пишет газета «Z»"), whose clause
    does not hold the owner noun ("«Z», материнская компания банка, сообщила": Z owns)."""
    indices = view.token_indices(mention.start, mention.end)
    heads = [i for i in indices if view.tokens[i].head not in indices]
    at = heads[0] if heads else -1
    for _ in range(2):  # the name, then the noun "газета" it may hang on
        if not 0 <= at < len(view.tokens):
            return False
        token = view.tokens[at]
        if token.relation == "nsubj":
            verb = token.head
            return 0 <= verb < len(view.tokens) and view.tokens[verb].lemma in (
                words.speech_verbs | words.source_verbs
            ) and index not in view.subtree(verb)
        if token.relation not in {"appos", "flat", "flat:name", "nmod"}:
            return False
        at = token.head
    return False


def _topic_before(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "Компания «X» создана в 2002 году. Главными акционерами являются A и B": an owner
    noun in the predicate with no property of its own owns the organisation the sentence
    before opens with."""
    token = view.tokens[index]
    head = token.head
    if token.feats.get("Case") != "Ins" or head < 0:
        return []
    if view.tokens[head].lemma not in words.copula_verbs:
        return []
    # "общество, владельцами которого стали A и B": the property is said, not a name
    if any(view.tokens[c].feats.get("Case") == "Gen" for c in view.children(index)):
        return []
    opening = [
        m for m in named_before(view.document, view.sentence.start, {"ORG"}, 1)
        if m.start < view.sentence.start
    ]  # fmt: skip
    return opening[:1]


def _sold_before(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ownership49: "Предприятие было выставлено на торги. Покупателем стал Y": a done
    buyer noun with no property of its own bought what a sale noun before it in its
    sentence holds ("о продаже 29 % «X», покупателем стала Y"), else what the sentence
    just before speaks of:
    the organisation it names first (never its seller), else the one its subject noun
    stands for."""
    changed = _new_owner(view, index, words)
    if not (changed or is_done_buyer(view, index, words)) or any(
        view.tokens[c].feats.get("Case") == "Gen"
        and not (changed and _bare_kind(view, c, words))
        for c in view.children(index)
    ):
        return []
    sold_here = [  # "объявил о продаже 29 % акций «X», покупателем стала Y"
        m for m in view.mentions
        if m.type == "ORG" and m.end <= view.tokens[index].start and any(
            view.tokens[s].lemma in words.sale_nouns
            and depends_on(view.tokens, mention_head(view, m), s, steps=4)
            for s in range(index)
        )
    ]  # fmt: skip
    if sold_here:
        return sold_here[:1]
    earlier = next(view.views_before(1), None)
    if earlier is None:
        return []
    sellers = {  # "Банк «X» продал завод «Z». Покупателем стал Y": X is no thing sold;
        i for v, t in enumerate(earlier.tokens) if t.lemma in words.seller_verbs
        for c in earlier.subjects(v) for i in earlier.subtree(c)
        if not (changed and earlier.tokens[c].relation == "nsubj:pass")
    }  # fmt: skip  # ownership57: "Клуб «X» продан": the passive's subject is what was sold
    named = [
        m for m in earlier.mentions
        if m.type == "ORG" and not sellers & set(earlier.token_indices(m.start, m.end))
    ]  # fmt: skip
    kinds = {  # ownership57: "Новым собственником птицефабрики стала Y": of that kind only
        view.tokens[c].lemma for c in view.children(index)
        if changed and view.tokens[c].feats.get("Case") == "Gen"
    }  # fmt: skip
    if kinds:
        sold = {  # "Клуб «X» продан": the passive's subject is what was sold
            i for v, t in enumerate(earlier.tokens) if t.lemma in words.seller_verbs
            for c in earlier.subjects(v) if earlier.tokens[c].relation == "nsubj:pass"
            for i in earlier.subtree(c)
        }  # fmt: skip
        named = [m for m in named if _of_kind(earlier, m, kinds) or sold & set(
            earlier.token_indices(m.start, m.end)
        )]  # fmt: skip
        return named[:1]
    if named:
        return named[:1]
    roots = [i for i, t in enumerate(earlier.tokens) if t.head < 0]
    return [
        m for r in roots[:1] for c in earlier.subjects(r) if earlier.tokens[c].pos == "NOUN"
        for m in stand_in(earlier, c, words) if m.type == "ORG"
    ][:1]  # fmt: skip


def _new_owner(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """ownership57: "Новым владельцем команды стал Y": an owner noun marked new, the
    predicate of a past perfective "стать" that hangs on no modal or infinitive ("может
    стать новым владельцем" is a plan); a clause told ("сообщили, что новым владельцем стал
    Y") still tells a done change."""
    if view.tokens[index].lemma not in words.owner_nouns or not any(
        view.tokens[c].lemma in words.change_adjectives for c in view.children(index)
    ):
        return False
    return became_in_past(view, index, words, {"xcomp", "csubj"})


def _of_kind(view: SentenceView, mention: Mention, kinds: set[str]) -> bool:
    """ "птицефабрика «X»", "клуб «X»": the mention's own trade noun is one of `kinds`."""
    head = mention_head(view, mention)
    around = [head, view.tokens[head].head, min(view.token_indices(mention.start, mention.end)) - 1]
    return any(0 <= i < len(view.tokens) and view.tokens[i].lemma in kinds for i in around)


def _bare_kind(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """ "владельцем команды", "собственником предприятия": a common noun with no name in
    its phrase and no stake; it stands for the organisation told before."""
    phrase = view.subtree(index)
    return (
        view.tokens[index].pos == "NOUN"
        and view.tokens[index].lemma not in words.stake_nouns
        and not any(view.mention_at(i) for i in phrase)
    )


def _possessed_before(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "«X» … Ее совладельцами являются A и B": the organisation named last before the
    possessive of an owner noun."""
    pronouns = [
        c for c in view.children(index)
        if c < index and view.tokens[c].lemma in words.possessive_pronouns
        and view.tokens[c].pos in {"PRON", "DET"} and view.tokens[c].text.lower() != "он"
    ]  # fmt: skip
    if not pronouns:
        return []
    return named_before(view.document, view.tokens[pronouns[0]].start, {"ORG"}, 1)[-1:]


def _names_after_stake(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "Владельцем 100% акций «A» и «B» стала …": the stake written right after the owner
    noun, which the parser hangs on the verb; the companies are the names after the stake.
    Read along the words: a number, "%", adjectives and the stake's nouns, then the names."""
    after = index + 1
    stake = False
    while after < len(view.tokens) and (
        view.tokens[after].pos in {"NUM", "SYM", "ADJ"} or view.tokens[after].text == "%"
        or view.tokens[after].lemma in words.stake_nouns
    ):  # fmt: skip
        stake = stake or view.tokens[after].lemma in words.stake_nouns
        after += 1
    if not stake:
        return []
    end = after
    while end < len(view.tokens) and view.tokens[end].pos not in {"VERB", "AUX"} and (
        view.tokens[end].text not in {",", ";", ".", *DASHES}
    ):  # fmt: skip
        end += 1
    return side_of(view, list(range(after, end)), {"ORG", "LOCORG"})


def _business_meant(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "Сеть «X» работает в пяти городах. Собственник бизнеса – «Y»": a bare business noun
    under an owner noun stands for the latest organisation named in the sentences before;
    "бизнес группы", "малого бизнеса" say whose or what kind and stand for none."""
    token = view.tokens[index]
    if token.lemma not in words.business_nouns or any(
        view.tokens[c].relation != "punct" for c in view.children(index)
    ):
        return []
    found = [
        m for m in named_before(view.document, view.sentence.start, {"ORG"}, LOOK_BACK)
        if m.start < view.sentence.start
    ]  # fmt: skip
    return found[-1:]
