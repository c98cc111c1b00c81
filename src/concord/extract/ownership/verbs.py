"""Ownership told by a verb: "Y владеет X", "X принадлежит Y", "X, принадлежащий Y",
"Y основал X", "запустил канал «X»". Reads the verb's subject and complements, mending the
parser's usual slips (object put first, swapped subject, lost subject of a relative clause,
passive agent), and the participle written before its noun ("подконтрольное группе «X»
ООО «Y»").
"""

from __future__ import annotations

from concord.analysis import Token
from concord.claim import Mention
from concord.extract.ownership.reading import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    PARTIES,
    children_with,
    is_stake,
    is_subsidiary,
    mention_head,
    name_of,
    name_written_after,
    owner_of_name_before,
    phrase_anchor,
    preposition_on_the_way,
    quoted_name,
    subsidiary_own_name,
)
from concord.extract.ownership.referents import stake_company, stand_for
from concord.extract.ownership.relative_pronouns import relative_meant, thing_meant
from concord.extract.ownership.sides import head_side, people_in_apposition, side_of
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView


def complements(view: SentenceView, index: int, words: OwnershipWords) -> list[int]:
    """The verb's objects first, then its obliques, without "у X" (whom one buys from)."""
    found = children_with(view, index, ("obj", "iobj")) + children_with(view, index, ("obl",))
    subjects = view.subjects(index)
    if len(subjects) > 1:  # "X создала агентство «Y»": the parser's second subject, accusative
        found = (
            [c for c in subjects if view.tokens[c].feats.get("Case") == "Acc"][:1]
            or _object_first(view, subjects, words, view.tokens[index].lemma in words.owned_verbs)
        ) + found
    left_out = words.source_prepositions | words.partner_prepositions
    # ownership45: "«X» Абрамовича владеет 20 %": the company's owner is no object
    kept = [
        c for c in found if view.preposition(c) not in left_out and not _vehicle(view, c, words)
        and not owner_of_name_before(view, c)
    ]  # fmt: skip
    kept = _stake_joined(view, kept, words)
    shared = [  # "владеет и управляет портом «X»": the object the next verb of the pair takes
        c for c in children_with(view, index, ("conj",))
        if c == index + 2 and view.tokens[c].pos == "VERB" and view.tokens[index + 1].pos == "CCONJ"
        and view.tokens[c].lemma not in words.seller_verbs  # "купил и перепродал X": not held
    ]  # fmt: skip
    if not found and shared:
        return children_with(view, shared[0], ("obj",))
    return kept


def _stake_joined(view: SentenceView, found: list[int], words: OwnershipWords) -> list[int]:
    """ownership50: "купил 25 % плюс 1 акцию завода «X»", "владеющего 25 процентами плюс 1
    акция холдинга «Y»": the parser may make the percent and the share two complements; the
    stake is one, and the company hangs on the share, so the percent is dropped."""

    def joins(first: int, second: int) -> bool:
        between = range(first + 1, second)
        return any(view.tokens[i].lemma in words.stake_joints for i in between) and all(
            view.tokens[i].lemma in words.stake_joints or view.tokens[i].pos == "NUM"
            for i in between
        )

    return [c for c in found if not any(c < j and joins(c, j) for j in found)]


def verb_sides(
    view: SentenceView, index: int, words: OwnershipWords, need_agent: bool = False
) -> tuple[list[Mention], list[Mention]]:
    """(owners, properties) of "Y владеет X" / "X принадлежит Y" / "X, принадлежащий Y" /
    "X, владеющий Y" / "Y, основанный X" / "Y контролируется X"."""
    token = view.tokens[index]
    complement = complements(view, index, words)
    agents = [c for c in complement if _agent(view, index, c)]
    complement = agents[:1] + [c for c in complement if c not in agents]
    if not complement:
        return _before_its_noun(view, index) if token.lemma in words.owned_verbs else ([], [])
    swapped = _subject_by_agreement(view, index, complement[0])
    if swapped:  # "канал, который запустили холдинг «A» и компания «B»"
        complement = [swapped[0], *[c for c in complement if c not in (complement[0], *swapped)]]
    sources = {  # "у банка «X»", even when the parser hangs the name elsewhere
        i
        for c in children_with(view, index, ("obl",))
        if view.preposition(c) in words.source_prepositions
        for m in name_of(view, c)
        for i in view.token_indices(m.start, m.end)
    }
    # "«X» Игоря Петрова владеет акциями «Y»": the parser may hang the subject's owner on the
    # object; the object's phrase lies on the object's side of the verb
    vehicles = {  # "владеет сетью через компанию «W»", however the parser hangs it
        i for c in range(len(view.tokens)) if _vehicle(view, c, words) for i in view.subtree(c)
    }
    # ownership45: a clause joined on inside a side's phrase is no part of it ("29 %
    # телевещателя, а компания «Z» владеет 20 %": the parser may hang it there)
    joined = _joined_clauses(view, index)
    phrase = [
        i for i in view.subtree(complement[0])
        if i not in sources | vehicles | joined and (i > index) == (complement[0] > index)
    ]  # fmt: skip
    second = (
        _owners_named_by_noun(view, complement[0], words)
        or subsidiary_own_name(view, complement[0], words)
        or relative_meant(view, complement[0], words)
    ) or [  # "заводами в Черноземье": a
        m for m in side_of(view, phrase, PARTIES | {"LOC"})  # place it lies in is none
        if m.type != "LOC" or not view.preposition(phrase_anchor(view, mention_head(view, m)))
    ]  # fmt: skip
    if second and _of_a_person(view, complement[0], second, words):
        # "Компании Ершова принадлежит X": the company the noun stands for, not the person
        second = stand_for(view, complement[0], words)
    if not second and token.lemma in words.owner_verbs and not agents:
        second = [  # "Его контролирует группа Y"
            m for c in complement if view.tokens[c].lemma in words.object_pronouns
            for m in thing_meant(view, c, words)
        ][:1]
    if not second:  # "принадлежат холдингу «X»", the name hung elsewhere by the parser
        # "«A», входящая в группу «Y», купила завод": the bare noun is not the group that
        # describes the subject
        described = [
            m for c in view.subjects(index) for m in view.mentions_in(view.subtree(c), PARTIES)
        ]
        second = (
            name_written_after(view, complement[0])
            or stand_for(view, complement[0], words, exclude=described)
            or stake_company(view, phrase, words)
            or quoted_name(view, phrase)
        )
    subject = swapped[1:] or [  # "«X» через пароходство «Y» владеет": a preposition's
        c for c in view.subjects(index)  # noun is no subject
        if c not in complement and not view.preposition(c)
    ]  # fmt: skip
    if view.tokens[complement[0]].lemma in words.relative_pronouns:
        # ownership48: "«X», которой, в свою очередь, принадлежат A и B": an aside in the
        # clause may make the parser hang the sentence's first noun on the verb; a relative
        # clause's subject never stands before its pronoun
        subject = [c for c in subject if c > complement[0]]
        # and may hang the name written right after the subject's noun elsewhere
        relative_subject = [m for c in subject[:1] for m in name_written_after(view, c)]
        if not subject and token.lemma in words.owned_verbs:  # or hang it on another verb
            relative_subject = name_written_after(view, index)  # "которой принадлежат «A»"
    else:
        relative_subject = []
    if not subject and not swapped:  # "X оформил сделку и купил Y": the pair's subject
        subject = [c for c in _shared_subject(view, index) if c not in complement]
    if not subject and token.lemma in words.owned_verbs:
        # "X-у принадлежат ОАО «A» …": a second object in the nominative is the subject
        subject = [
            c for c in complement[1:]
            if c > index and not view.preposition(c) and (
                view.tokens[c].feats.get("Case") == "Nom" or view.tokens[c].text.isupper()
            )  # "ООО «X»": the tagger guesses an abbreviation's case
        ][:1]  # fmt: skip
    agent = _agent(view, index, complement[0])
    passive = bool(subject) and view.tokens[subject[0]].relation in words.passive_subjects
    lost = [] if subject else _subjects_lost(view, index, complement[0], words)
    if lost:  # "компания, которую контролируют «A» и B": the parser lost the subjects
        first = lost
    elif subject:
        own_phrase = [i for i in view.subtree(subject[0]) if i not in joined]
        first = (
            subsidiary_own_name(view, subject[0], words)
            or relative_meant(view, subject[0], words)
            or people_in_apposition(view, subject[0])
            or side_of(view, own_phrase, PARTIES, words.relative_pronouns)
            or _thing_subject(view, index, subject[0], words)
            # ownership45: "Эти акции принадлежали государству через Росимущество": the
            # company one holds through is no company the shares stand for
            or stand_for(
                view, subject[0], words, exclude=second + view.mentions_in(sorted(vehicles))
            )
        )
        if not first and is_stake(view, own_phrase, words):
            # "Y принадлежат 35 % акций «A», 20 % «B»": the parser may lose the names' heads
            after = [  # nor past the company one holds through
                i for i in range(subject[0], len(view.tokens)) if i not in joined | vehicles
            ]
            first = [
                m for m in side_of(view, after, {"ORG", "LOCORG"}) if m not in second
            ] or stake_company(view, own_phrase, words)  # "пакет аэропорта"
    else:
        owned = token.lemma in words.owned_verbs or agent
        first = head_side(view, index, {"ORG", "LOC", "LOCORG"} if owned else PARTIES, owned)
        if not first and token.lemma in words.owned_verbs:
            first = _stake_phrase(view, index, complement[0], words)
    first = [m for m in first if m not in second]
    first = [m for m in relative_subject if m not in first + second] + first
    if not first:
        return [], []
    passive_participle = token.relation == "acl" and token.feats.get("Voice") == "Pass"
    if (passive or passive_participle) and need_agent and not agent:
        return [], []  # "группа была создана после того, как …": no founder named
    if passive or agent:
        return second, first  # "X is owned by Y", "Y, основанный X"
    return (second, first) if token.lemma in words.owned_verbs else (first, second)


def launched(
    view: SentenceView, verb: int, mention: Mention, words: OwnershipWords
) -> bool:
    """A launched thing is an organisation the name finder knows, named in the verb's own
    phrase without a preposition ("запустил канал «X»", "канал «X», который запустил"), and
    no facility put to work ("запустил шахту «X»" opens a mine, it founds no company)."""
    if mention.entity < 0 or not view.token_indices(mention.start, mention.end):
        return False  # initiative104: a name with no token in this sentence crashed mention_head
    anchor = phrase_anchor(view, mention_head(view, mention))
    if view.tokens[anchor].lemma in words.facility_nouns:
        return False
    return not preposition_on_the_way(view, anchor, {verb})


def participle_before_names(
    view: SentenceView, index: int
) -> tuple[list[Mention], list[Mention]]:
    """ "подконтрольное группе «X» ООО «Y»": a participle before its noun, its owner in
    the dative and the property named right after the owner."""
    token = view.tokens[index]
    if token.pos not in {"ADJ", "VERB"} or token.feats.get("Case") == "Dat":
        return [], []
    after = sorted(
        (m for m in view.mentions if m.start > token.end), key=lambda m: m.start
    )
    if len(after) < 2:
        return [], []
    owner, owned = after[0], after[1]
    owner_tokens = view.token_indices(owner.start, owner.end)
    owned_tokens = view.token_indices(owned.start, owned.end)
    if not owner_tokens or not owned_tokens or owned.type != "ORG":
        return [], []
    # only the owner's common noun ("группе", "холдингу") and quotes before the owner
    between = range(index + 1, owner_tokens[0])
    if len(between) > 2 or any(
        view.tokens[i].pos != "PUNCT" and view.tokens[i].feats.get("Case") != "Dat"
        for i in between
    ):
        return [], []
    gap = range(owner_tokens[-1] + 1, owned_tokens[0])
    if len(gap) > 2 or any(view.tokens[i].pos not in {"PUNCT", "PROPN"} for i in gap):
        return [], []
    return [owner], [owned]


def participle_before_its_noun(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "У владеющей «X» компании «Y»", "купила принадлежащая Петру Z компания «Y»": a
    participle of owning written before the noun it describes, its complement named right
    after it. The described noun's name is the owner of "владеющий" and the property of
    "принадлежащий"; read by word order, as the parser hangs such phrases anyhow."""
    token = view.tokens[index]
    if token.feats.get("VerbForm") != "Part" or token.lemma not in (
        words.owner_verbs | words.owned_verbs
    ):
        return [], []
    complement = _name_within(view, index + 1, 3)
    if complement is None:
        return [], []
    after = _past_name(view, complement)
    if after is None or after >= len(view.tokens) or not _agrees(view.tokens[after], token):
        return [], []
    described = view.mention_at(after) or _name_within(view, after + 1, 1)
    if described is None or described.type != "ORG" or described is complement:
        return [], []
    if token.lemma in words.owned_verbs:
        return [complement], [described]
    return [described], [complement]


def datives_listed_after(view: SentenceView, owners: list[Mention]) -> list[Mention]:
    """ "принадлежащие компании «A», фонду «B» и банку «C»": the owners listed after the
    last one found, each in the dative and joined by a comma or "и", read by word order as
    the parser hangs the later ones on other words."""
    if not owners:
        return []
    listed: list[Mention] = []
    last = max(owners, key=lambda m: m.start)
    while True:
        position = _past_name(view, last)
        if position is None:  # an owner the sentence only refers to, named in one before
            return listed
        if position >= len(view.tokens) or view.tokens[position].text not in {",", "и"}:
            return listed
        following = _name_within(view, position + 1, 3)
        if following is None or following in owners + listed:
            return listed
        first = view.token_indices(following.start, following.end)[0]
        noun = next(  # the dative noun or name that opens the next item
            (i for i in range(position + 1, first + 1) if view.tokens[i].pos in {"NOUN", "PROPN"}),
            first,
        )
        if view.tokens[noun].feats.get("Case") != "Dat" or following.type not in PARTIES:
            return listed
        listed.append(following)
        last = following


def _past_name(view: SentenceView, name: Mention) -> int | None:
    """The position right after a name and its closing quotes; None for a name outside
    the sentence."""
    tokens = view.token_indices(name.start, name.end)
    if not tokens:
        return None
    position = tokens[-1] + 1
    while position < len(view.tokens) and view.tokens[position].text in CLOSING_QUOTES:
        position += 1
    return position


def _name_within(view: SentenceView, start: int, reach: int) -> Mention | None:
    """The name that begins within `reach` words of `start`, past opening quotes and one
    common noun of its own ("бизнесмену Петру Z", "«X»")."""
    for position in range(start, min(start + reach + 1, len(view.tokens))):
        found = view.mention_at(position)
        if found is not None:
            return found
        if view.tokens[position].text not in OPENING_QUOTES and (
            position > start or view.tokens[position].pos != "NOUN"
        ):
            return None
    return None


def _agrees(noun: Token, participle: Token) -> bool:
    """A common noun in the participle's case and number: the noun it describes."""
    return noun.pos == "NOUN" and all(
        noun.feats.get(feature) == participle.feats.get(feature) for feature in ("Case", "Number")
    )


def _thing_subject(
    view: SentenceView, verb: int, subject: int, words: OwnershipWords
) -> list[Mention]:
    """The company a pronoun subject of "принадлежать" stands for ("Фирма «X» сменила
    хозяина. Она теперь принадлежит Y"): what is owned is a thing, never the person named
    last, so the pronoun takes the latest organisation whose noun has its gender."""
    if view.tokens[verb].lemma not in words.owned_verbs or view.tokens[subject].pos != "PRON":
        return []
    return thing_meant(view, subject, words)


def _vehicle(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """ "владеет сетью через компанию «W»": the company one owns through, not a property of
    its own; "через свою дочернюю структуру «W»" says W is the owner's, and is one."""
    return view.preposition(index) in words.vehicle_prepositions and not (
        is_subsidiary(view, index, words)
        or any(view.tokens[c].lemma in words.reflexive_possessives for c in view.children(index))
    )


def _object_first(
    view: SentenceView, subjects: list[int], words: OwnershipWords, of_owned: bool = False
) -> list[int]:
    """Of two subjects the parser gave a verb ("«X» контролирует предприниматель Y", "25 %
    компании выкупил фонд «Z»": the object put first), the one that is the object: a stake,
    or the inanimate one beside a person. Of a verb of being owned (`of_owned`), the stake is
    what is owned, its subject, and the other is the owner in a dative the tagger cannot see
    (ownership46: "Теперь ООО «X» принадлежит 62 % акций АО «Y»")."""
    stakes = [c for c in subjects if is_stake(view, view.subtree(c), words)]
    if len(stakes) == 1:
        return [c for c in subjects if c not in stakes][:1] if of_owned else stakes
    # ownership45: "Компания «X» Петрова владеет 22 % «Y»": the person's genitive after the
    # company's name tells the company's owner; it is no second subject, nor the company an
    # object
    subjects = [c for c in subjects if not owner_of_name_before(view, c)]
    if len(subjects) < 2:
        return []
    owned = _after_a_company_with_its_owner(view, subjects)
    if owned:
        return owned
    disagreeing = _disagreeing_with_verb(view, subjects)
    if len(disagreeing) == 1:
        return disagreeing
    people = [
        c for c in subjects
        if view.tokens[c].feats.get("Animacy") == "Anim"
        or any(m.type == "PER" for m in name_of(view, c))
    ]  # fmt: skip
    things = [c for c in subjects if c not in people]
    return things[:1] if len(people) == 1 and len(things) == 1 and things[0] < people[0] else []


def _after_a_company_with_its_owner(view: SentenceView, subjects: list[int]) -> list[int]:
    """Of two subjects of an active verb, one before it and one after, the one after when
    the one before is an organisation named with its owner ("Холдинг «X» Ивана Петрова
    контролирует и «Y»"): the company told by its owner is the one acting, so the parser's
    second subject is the object."""
    verb = view.tokens[subjects[0]].head if len(subjects) == 2 else -1
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].feats.get("Voice") == "Pass":
        return []
    before = [c for c in subjects if c < verb]
    after = [c for c in subjects if c > verb]
    if len(before) != 1 or len(after) != 1 or view.tokens[after[0]].feats.get("Animacy") == "Anim":
        return []
    told = any(owner_of_name_before(view, i) for i in view.subtree(before[0]))
    return after if told else []


def _joined_clauses(view: SentenceView, verb: int) -> set[int]:
    """The words of the finite clauses joined on by a conjunction after a verb ("…, а «Z»
    владеет 20 %"): another clause's names are not this verb's sides, wherever the parser
    hangs them. A bracketed clause ("государству (38 % владеет Y)") tells of the side it
    follows, so it stays."""
    return {
        i for c in range(verb + 1, len(view.tokens))
        if view.tokens[c].relation == "conj" and view.tokens[c].feats.get("VerbForm") == "Fin"
        and children_with(view, c, ("cc",))
        for i in view.subtree(c)
    }  # fmt: skip


def _disagreeing_with_verb(view: SentenceView, subjects: list[int]) -> list[int]:
    """Of two nominative-looking subjects of a singular past verb, the one whose gender the
    verb does not take ("Завод «X» купила компания «Y»": "купила" is feminine, so the
    company buys and the plant is the object put first); none when both or neither agree."""
    verb = view.tokens[view.tokens[subjects[0]].head]
    gender = verb.feats.get("Gender", "")
    if not gender or verb.feats.get("Number", "Sing") != "Sing" or len(subjects) != 2:
        return []
    genders = [view.tokens[c].feats.get("Gender", "") for c in subjects]
    if not all(genders) or genders.count(gender) != 1:
        return []
    return [c for c, noun_gender in zip(subjects, genders, strict=True) if noun_gender != gender]


def _owners_named_by_noun(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "X, подконтрольная основателям сети «Y» братьям A и B": an owner noun's own people
    in apposition own X; the name in its genitive is what they founded, not X's owner."""
    if view.tokens[index].lemma not in words.owner_nouns:
        return []
    return people_in_apposition(view, index)


def buyer_of_bare_stake(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "Акции были приобретены медиахолдингом «Y» у Z": a stake of no company named, bought
    in the passive: the agent owns it; the caller takes the company from the claim before."""
    subjects = [c for c in view.subjects(index) if view.tokens[c].relation in words.passive_subjects]
    if len(subjects) != 1:
        return []
    stake = view.subtree(subjects[0])
    if not is_stake(view, stake, words) or view.mentions_in(stake):
        return []
    agents = [c for c in view.children(index) if _agent(view, index, c)]
    return [m for c in agents[:1] for m in name_of(view, c) if m.type in PARTIES][:1]


def _agent(view: SentenceView, verb: int, index: int) -> bool:
    """The doer of a passive verb: the parser's agent, or a bare instrumental the parser
    took for an oblique ("был основан в 1950 году заводом «X»")."""
    token = view.tokens[index]
    return token.relation == "obl:agent" or (
        view.tokens[verb].feats.get("Voice") == "Pass"
        and token.relation == "obl"
        and token.feats.get("Case") == "Ins"
        and not view.preposition(index)
    )


def _subjects_lost(
    view: SentenceView, verb: int, complement: int, words: OwnershipWords
) -> list[Mention]:
    """The names after a verb whose object is a relative pronoun in the accusative and
    which the parser gave no subject ("компания, которую контролируют «A» и B"): up to the
    comma that ends the clause, they are its subject."""
    token = view.tokens[complement]
    if token.lemma not in words.relative_pronouns or token.feats.get("Case") != "Acc" or (
        view.tokens[verb].lemma in words.owned_verbs
    ):
        return []
    end = verb + 1
    while end < len(view.tokens) and view.tokens[end].text not in {",", ".", ";", "—"}:
        end += 1
    names = side_of(view, list(range(verb + 1, end)), PARTIES)
    return [m for m in names if not view.preposition(phrase_anchor(view, mention_head(view, m)))]


def _subject_by_agreement(view: SentenceView, index: int, complement: int) -> list[int]:
    """[object, subject] when the parser swapped them: the verb is plural, its "subject" a
    singular relative pronoun, and its nominative "object" a list ("телеканал, который
    запустили холдинг «A» и компания «B»": the list is the subject, as the verb's number
    says); else []."""
    verb = view.tokens[index]
    subjects = [c for c in view.subjects(index) if c != complement]
    if len(subjects) == 1 and _read_backwards(view, index, subjects[0], complement):
        return [subjects[0], complement]
    if len(subjects) == 1 and _object_agrees(view, index, subjects[0], complement):
        return [subjects[0], complement]
    if not subjects:  # "Торговые центры «X» выкупил банк «Y»" parsed as two objects
        objects = [c for c in children_with(view, index, ("obj",)) if not view.preposition(c)]
        before = [c for c in objects if c < index]
        after = [c for c in objects if c > index]
        if len(before) == 1 and len(after) == 1 and verb.feats.get("Voice") != "Pass":
            agreeing = _agreeing(view, index, [before[0], after[0]])
            if agreeing == after:
                return [before[0], after[0]]
    if verb.feats.get("Number") != "Plur" or len(subjects) != 1:
        return []
    subject, listed = view.tokens[subjects[0]], view.tokens[complement]
    coordinated = bool(children_with(view, complement, ("conj",)))
    if (
        subject.pos == "PRON" and subject.feats.get("Number") == "Sing"
        and listed.feats.get("Case", "Nom") == "Nom"
        and (coordinated or listed.feats.get("Number") == "Plur")
        and not view.preposition(complement)
    ):  # fmt: skip
        return [subjects[0], complement]
    return []


def _read_backwards(view: SentenceView, verb: int, subject: int, complement: int) -> bool:
    """ "«A» приобрело ОАО «B»": the parser took the object after the verb for its subject
    and the name before it for its object, though its own tags say the "subject" is
    accusative and the "object" nominative. Word order (subject, verb, object) and the
    tags agree on the opposite reading, so the sides are swapped back."""
    subject_token, object_token = view.tokens[subject], view.tokens[complement]
    if _agreeing(view, verb, [subject, complement]) == [subject]:
        return False  # ownership51: "Торговые центры «X» выкупил банк «Y»": a plural is no
        # subject of a singular verb, whatever case the tagger guessed for the two
    return (
        view.tokens[complement].relation == "obj"
        and complement < verb < subject
        and subject_token.feats.get("Case") == "Acc"
        and object_token.feats.get("Case") == "Nom"
        and view.tokens[verb].feats.get("Voice") != "Pass"
        and not view.preposition(complement)
    )


def _agreeing(view: SentenceView, verb: int, nouns: list[int]) -> list[int]:
    """ownership51: the one of the nouns a finite verb agrees with, when the others
    plainly disagree: a plural noun with a singular verb (or the reverse), or a singular
    noun of another gender with a singular past verb ("купил" is masculine, so "сеть" is
    not its subject). Unknown features, coordinated nouns and hybrid agreement give []."""
    token = view.tokens[verb]
    number, gender = token.feats.get("Number", ""), token.feats.get("Gender", "")
    if token.feats.get("VerbForm") != "Fin" or not number:
        return []

    def fits(noun: int) -> bool | None:
        feats = view.tokens[noun].feats
        if view.tokens[noun].pos not in {"NOUN", "PROPN"} or children_with(view, noun, ("conj",)):
            return None
        own_number, own_gender = feats.get("Number", ""), feats.get("Gender", "")
        if not own_number:
            return None
        # a name's or an abbreviation's features are the tagger's guess: only a common
        # noun's disagreement is trusted (a capitalised first word may be tagged PROPN)
        trusted = view.mention_at(noun) is None and not view.tokens[noun].text.isupper()
        if own_number != number:
            return False if trusted else None
        if number == "Sing" and gender and own_gender and own_gender != gender:
            return False if trusted else None
        return True if number == "Plur" or (gender and own_gender) else None

    verdicts = [fits(n) for n in nouns]
    if verdicts.count(True) != 1 or verdicts.count(False) != len(nouns) - 1:
        return []
    return [n for n, verdict in zip(nouns, verdicts, strict=True) if verdict]


def _object_agrees(view: SentenceView, verb: int, subject: int, complement: int) -> bool:
    """ownership51: "Сеть аптек «X» купил холдинг «Y»": the object put first, and the
    parser took it for the subject and the true subject after the verb for an object. The
    verb's gender and number name its subject; the object's form must be one a subject can
    have (nominative, or an inanimate masculine, neuter or plural accusative that looks
    the same)."""
    token = view.tokens[complement]
    same_form = token.feats.get("Case") == "Nom" or (
        token.feats.get("Case") == "Acc"
        and token.feats.get("Animacy") == "Inan"
        and (token.feats.get("Gender") in {"Masc", "Neut"} or token.feats.get("Number") == "Plur")
    )
    return (
        token.relation == "obj"
        and subject < verb < complement
        and same_form
        and view.tokens[verb].feats.get("Voice") != "Pass"
        and not view.preposition(complement)
        and view.tokens[subject].pos != "PRON"
        and _agreeing(view, verb, [subject, complement]) == [complement]
    )


def _of_a_person(
    view: SentenceView, index: int, named: list[Mention], words: OwnershipWords
) -> bool:
    """A company noun with no name of its own whose names are all people in its genitive
    ("компании Ершова")."""
    if view.tokens[index].lemma not in words.company_nouns or view.mention_at(index):
        return False
    genitives = {
        i for c in children_with(view, index, ("nmod",))
        if view.tokens[c].feats.get("Case") == "Gen" for i in view.subtree(c)
    }  # fmt: skip
    return all(
        m.type == "PER" and set(view.token_indices(m.start, m.end)) <= genitives for m in named
    )


def _stake_phrase(
    view: SentenceView, index: int, complement: int, words: OwnershipWords
) -> list[Mention]:
    """ "по 10 % акций «X» принадлежат A, B и C": the company whose stake the subjectless
    verb's other phrase names."""
    for child in children_with(view, index, ("obl", "nsubj")):
        phrase = view.subtree(child)
        if child != complement and any(view.tokens[i].lemma in words.stake_nouns for i in phrase):
            return side_of(view, phrase, {"ORG", "LOCORG"})
    return []


def _before_its_noun(view: SentenceView, index: int) -> tuple[list[Mention], list[Mention]]:
    """ "принадлежащая X компания Y", "подконтрольный X банк Y", read off the words when the
    parser has lost the participle: its owner right after it, the property's name next."""
    after = [m for m in view.mentions if m.type in PARTIES and m.start > view.tokens[index].end]
    if len(after) < 2:
        return [], []
    owner, owned = after[0], after[1]
    owner_indices = view.token_indices(owner.start, owner.end)
    owned_indices = view.token_indices(owned.start, owned.end)
    if owner_indices[0] - index > 2 or owned.type not in {"ORG", "LOCORG"}:
        return [], []
    gap = range(owner_indices[-1] + 1, owned_indices[0])
    if len([i for i in gap if view.tokens[i].pos != "PUNCT"]) > 1 or any(
        view.tokens[i].text == "," for i in gap
    ):
        return [], []
    return [owner], [owned]


def _shared_subject(view: SentenceView, index: int) -> list[int]:
    """The subject a verb shares with the verb it is coordinated with ("Y осуществил сделку
    и приобрёл 51 % акций X"; "Он переехал в Лондон и купил клуб X"): the parser hangs it
    on the first verb only."""
    token = view.tokens[index]
    head = token.head
    if token.relation != "conj" or token.pos != "VERB" or not 0 <= head < len(view.tokens):
        return []
    if view.tokens[head].pos != "VERB" or not head < index:
        return []
    if any(view.tokens[i].text in {",", ";", "—", "–"} for i in range(head, index)):
        return []  # "После того как A не вошли …, Y … и приобрёл B": another clause's pair
    return view.subjects(head)
