"""Ownership told by a stake or by where something is held: "доля Y в X", "X решил продать
свою долю в «Y»", "Гурову принадлежит 45 % акций" (of the company said before), "25 %
принадлежит A, остальные 75 % — B", "пакет находится у холдинга «X»", "в руках основателя",
"X перешёл в собственность Y".
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.ownership.reading import (
    DASHES,
    LOOK_BACK,
    PARTIES,
    children_with,
    is_stake,
    is_subject,
    mention_head,
    name_of,
)
from concord.extract.ownership.referents import stake_company, stand_for, state_meant
from concord.extract.ownership.relative_pronouns import relative_meant
from concord.extract.ownership.sides import people_in_apposition, side_of
from concord.extract.ownership.verbs import complements
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView, named_before


def possession_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "X перешёл в собственность Y", "передал X под контроль Y", "X является
    собственностью Y": the genitive after the possession noun owns the verb's subject, or
    its object when there is one."""
    verb = _possession_verb(view, index, words)
    if verb < 0:
        return [], []
    owners = [
        m for c in children_with(view, index, ("nmod",))
        if not view.preposition(c) and view.tokens[c].feats.get("Case") == "Gen"
        for m in name_of(view, c) or stand_for(view, c, words) if m.type in PARTIES | {"LOC"}
    ][:1]  # fmt: skip
    if not owners and any(
        view.tokens[c].lemma in words.state_adjectives
        for c in children_with(view, index, ("amod",))
    ):  # "находятся в федеральной собственности": the country the report names
        owners = state_meant(view, index)
    if not owners:
        return [], []
    held = children_with(view, verb, ("obj",)) or view.subjects(verb)
    properties = (
        # ownership48: "компания «X», которая находится под контролем Y": the name before
        # the clause's comma, not the pronoun
        relative_meant(view, held[0], words)
        or side_of(view, view.subtree(held[0]), {"ORG", "LOC", "LOCORG"})
        or stand_for(view, held[0], words, exclude=owners)  # "клуб находится в собственности"
        if held
        else []
    )
    return owners, [m for m in properties if m not in owners]


def _possession_verb(view: SentenceView, index: int, words: OwnershipWords) -> int:
    """The word whose subject or object a possession noun speaks of (-1 for none): the verb
    of "в собственность", "под контроль"; or, with no preposition, the copula of a noun in
    the instrumental ("является собственностью", "был собственностью"): the copula states
    who owns the subject as plainly as "принадлежит" does."""
    token = view.tokens[index]
    verb = token.head
    if view.preposition(index) in words.possession_prepositions:
        return verb if 0 <= verb < len(view.tokens) and view.tokens[verb].pos == "VERB" else -1
    if view.preposition(index) or token.feats.get("Case") != "Ins":
        return -1
    if 0 <= verb < len(view.tokens) and view.tokens[verb].lemma in words.copula_verbs:
        return verb  # "является собственностью": the parser hangs the noun on the copula
    if any(view.tokens[c].lemma in words.copula_verbs for c in children_with(view, index, ("cop",))):
        return index  # "был собственностью": the copula hangs on the noun, so does the subject
    return -1


def stake_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """"доля Y в X": the genitive holds a stake in what follows "в"."""
    owners: list[Mention] = []
    properties: list[Mention] = []
    # "контроль ФАС над X" is oversight: control is a stake only as a verb's object
    named_children = [] if view.tokens[index].lemma in words.possession_nouns else (
        children_with(view, index, ("nmod",))
    )
    for child in named_children:
        mention = view.mention_at(child)
        if mention is None:
            named = [  # "доля компании «X» в банке «Y»": the name in apposition
                m for c in children_with(view, child, ("appos", "flat"))
                for m in [view.mention_at(c)] if m is not None
            ]  # fmt: skip
            mention = named[0] if named else None
        if mention is None and view.tokens[child].lemma in words.state_nouns and not (
            view.preposition(child)
        ):  # "доля государства в X": the country the report names
            owners = owners or state_meant(view, child)
            continue
        if mention is None or mention.type not in PARTIES:
            continue
        if view.preposition(child) in words.stake_prepositions:
            # "доли в компаниях «A», «B» и «C»": every company of the list
            properties = properties or side_of(view, view.subtree(child), PARTIES) or [mention]
        elif not view.preposition(child) and view.tokens[child].feats.get("Case") == "Gen":
            owners = owners or [mention]
    token = view.tokens[index]
    verb = token.head
    if owners and not properties and token.relation == "nsubj" and 0 <= verb < len(view.tokens):
        # "доля X в компании «Y» выросла": the parser hangs "в Y" on the verb
        for child in children_with(view, verb, ("obl",)):
            if child > index and view.preposition(child) in words.stake_prepositions:
                properties = [m for m in name_of(view, child) if m.type == "ORG"][:1]
                break
    if token.relation == "nmod" and 0 <= verb < len(view.tokens) and (
        view.tokens[verb].lemma in words.share_symbols
    ):  # "получила 51 % акций X": the share is the verb's object, the shares hang on it
        token, verb = view.tokens[verb], view.tokens[verb].head
    if token.relation == "obj" and 0 <= verb < len(view.tokens) and (
        view.tokens[verb].lemma in words.stake_verbs
    ):
        # "X получил пакет акций Y", "Y bought a stake in X": the verb's subject holds it
        subjects = view.subjects(verb) or _participle_holder(view, verb)
        if subjects:
            later = [i for i in view.subtree(index) if i > index]
            properties = properties or side_of(view, later, {"ORG", "LOCORG"})
            for child in view.children(verb):  # the property hung on the verb: "in X"
                if view.tokens[child].relation == "obl" and (
                    view.preposition(child) in words.stake_prepositions
                ):
                    properties = properties or view.mentions_in(view.subtree(child), PARTIES)[:1]
            clause = set(view.subtree(verb)) if verb in view.subtree(subjects[0]) else set()
            owners = side_of(  # the participle's own phrase is no part of its holder
                view, [i for i in view.subtree(subjects[0]) if i not in clause], PARTIES
            )
            if clause and owners and view.tokens[verb].feats.get("Number") == "Sing":
                owners = owners[:1]  # a singular participle is said of one name, not a list
                # "A, имеющий доли в X и Y, и B с сетью Z": the parser may hang B's names
                # in A's phrase; what is listed after the holder's next conjunct is B's
                end = view.tokens[_next_conjunct(view, mention_head(view, owners[0]))].start
                properties = [m for m in properties if m.start < end]
    if not owners:
        return _own_stake_sides(view, index, words)
    return owners, properties


def _participle_holder(view: SentenceView, verb: int) -> list[int]:
    """ownership55: "Y, имеющий доли в A, B и C", "компания Y, получившая пакет X": a
    participle has no subject; the name it hangs on holds the stake (the noun the parser
    hangs it on, with its name in apposition or its own)."""
    token = view.tokens[verb]
    head = token.head
    if token.relation != "acl" or token.feats.get("VerbForm") != "Part":
        return []
    if not 0 <= head < len(view.tokens) or not name_of(view, head):
        return []
    return [head]


def _next_conjunct(view: SentenceView, index: int) -> int:
    """The next name coordinated with the one at `index` (the sentence's last word when
    none); its own word, not its phrase's first: a misparse may hang earlier names on it."""
    later = [c for c in children_with(view, index, ("conj",)) if c > index]
    return min(later, default=len(view.tokens) - 1)


def stake_left_out(
    view: SentenceView, index: int, words: OwnershipWords
) -> list[Mention]:
    """ "Гурову принадлежит 45 % акций": a stake of no named company; its owner."""
    subjects = view.subjects(index)
    complement = complements(view, index, words)
    if len(subjects) != 1 or not complement:
        return []
    phrase = view.subtree(subjects[0])
    if view.mentions_in(phrase) or not is_stake(view, phrase, words):
        return []
    if view.mentions_in(range(subjects[0], len(view.tokens)), {"ORG", "LOCORG"}) and not (
        view.mentions_in(view.subtree(complement[0]))
    ):
        return []  # the stake's company named after it, the parser lost its head
    return side_of(view, view.subtree(complement[0]), PARTIES) or stand_for(
        view, complement[0], words
    )


def holds_a_stake(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """ "Остальные 26 % находятся в собственности X": the verb a possession noun hangs on
    has a stake of no named company as its subject."""
    verb = view.tokens[index].head
    if not 0 <= verb < len(view.tokens):
        return False
    subjects = view.subjects(verb)
    return len(subjects) == 1 and (
        is_stake(view, view.subtree(subjects[0]), words)
        and not view.mentions_in(view.subtree(subjects[0]))
    )


def held_where(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """ "у холдинга" on a verb of being held, "в руках", "в портфеле"."""
    token = view.tokens[index]
    preposition = view.preposition(index)
    if token.lemma in words.holding_nouns:
        return preposition in words.possession_prepositions
    head = token.head
    if token.lemma in words.composition_nouns:  # "в составе концерна находятся A и B"
        return (
            preposition in words.possession_prepositions and 0 <= head < len(view.tokens)
            and view.tokens[head].lemma in words.holding_verbs
        )  # fmt: skip
    return (
        preposition in words.holder_prepositions and token.relation.startswith("obl")
        and 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.holding_verbs
    )  # fmt: skip


def holder_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "Контрольный пакет компании находится у холдинга «X»", "остальные 25 % остаются в
    руках ее основателя", "В портфеле фонда — сеть «Y»": the holder owns the subject (the
    company, or the company of the stake). A stake of no company named gives owners and no
    property: the caller takes the property of the claim before."""
    head = view.tokens[index].head
    if not 0 <= head < len(view.tokens):
        return [], []
    # "В портфеле фонда — сеть «Y»": no verb, the subject heads the clause
    subjects = view.subjects(head) if view.tokens[head].pos in {"VERB", "AUX"} else [head]
    if not subjects:
        return [], []
    holder = view.subtree(index)
    phrase = [i for i in view.subtree(subjects[0]) if i not in holder]
    owners = _holder(view, index, words)
    if not owners:
        return [], []
    if is_stake(view, phrase, words):
        named = [m for m in side_of(view, phrase, {"ORG", "LOCORG"}) if m not in owners]
        return owners, named or stake_company(view, phrase, words)
    # the subject is the company itself ("Офис компании «X» находится у Y" is none)
    held = [m for m in name_of(view, subjects[0]) if m.type in {"ORG", "LOCORG"}]
    if held and view.tokens[index].lemma in words.composition_nouns:  # "находятся A, B и C"
        held = side_of(view, view.subtree(subjects[0]), {"ORG", "LOCORG"}) or held
    elif held:  # "у компании «X» останутся сети «A» и «B»": each company joined on
        held += [
            m for m in _conjoined_names(view, subjects[0], {"ORG", "LOCORG"}) if m not in held
        ]  # fmt: skip
    if held:
        return owners, [m for m in held if m not in owners]
    held = stand_for(view, subjects[0], words, exclude=owners)
    return (owners, [m for m in held if m.type in {"ORG", "LOCORG"}]) if held else ([], [])


def _conjoined_names(view: SentenceView, word: int, types: set[str]) -> list[Mention]:
    """The names joined to a word by "и" or a comma, on the noun or on its quoted name
    ("сети «A» и «B»", "завод «A» и фабрика «B»", "у A и B"); a conjunct with a preposition
    of its own is another phrase. Every word is seen once."""
    seen = {word}
    frontier = [word, *children_with(view, word, ("appos",))]
    names: list[Mention] = []
    while frontier:
        word = frontier.pop()
        seen.add(word)
        for joined in children_with(view, word, ("conj",)):
            if joined in seen or view.preposition(joined):
                continue
            seen.add(joined)
            names += [m for m in name_of(view, joined) if m.type in types]
            frontier.append(joined)
    return names


def elided_owners(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "25 % акций принадлежит A, остальные 75 % — компании B": a later stake with the verb
    left out; the dative (or "у" + genitive) right after its dash names another owner of the
    same property. Read along the words: the parser often loops on such clauses. Any dash
    counts: news pages write "–" and "-" for it as often as "—" ("еще 4 % – у банка Y")."""
    owners: list[Mention] = []
    tokens = view.tokens
    for stake in range(index + 1, len(tokens) - 2):
        if tokens[stake].lemma not in words.share_symbols or tokens[stake + 1].text not in DASHES:
            continue
        for after in range(stake + 2, min(stake + 5, len(tokens))):
            if tokens[after].pos not in {"NOUN", "PROPN"}:
                continue
            if (view.in_case(after, "Dat") and not view.preposition(after)) or (
                view.preposition(after) in words.holder_prepositions
                # ownership45: "5 % – у ФГУП «Y»": the "у" written before it, however hung
                or tokens[after - 1].text.lower() in words.holder_prepositions
            ):
                owners += [
                    m for m in name_of(view, after) or people_in_apposition(view, after)
                    if m.type in PARTIES
                ][:1]  # fmt: skip
            break
    return owners


def subject_before(view: SentenceView) -> list[Mention]:
    """ "Завод «X» основан в 1997 году. 100 % долей принадлежит Y": a stake of no named
    company is in the organisation that is the subject of the sentence just before."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position == 0:
        return []
    earlier = SentenceView.build(view.document, sentences[position - 1], view.words)
    roots = [i for i, t in enumerate(earlier.tokens) if t.head < 0]
    subjects = [
        c for r in roots for c in earlier.children(r)
        if earlier.tokens[c].relation in {"nsubj", "nsubj:pass"}
    ]  # fmt: skip
    named = [m for c in subjects for m in earlier.mentions_in(earlier.subtree(c), {"ORG"})]
    return named[:1]


def _own_stake_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "X решил продать свою долю в «Y»": a reflexive possessive makes the stake the
    subject's, the subject of the verb it hangs on or of the verb that verb completes; the
    stake is in the name after "в", on the noun or, by the parser, on its verb."""
    if not any(view.tokens[c].lemma in words.reflexive_possessives for c in view.children(index)):
        return [], []
    verb = view.tokens[index].head
    if not 0 <= verb < len(view.tokens) or view.tokens[index].relation != "obj":
        return [], []
    feats = view.tokens[verb].feats
    if view.tokens[verb].lemma in words.seller_verbs and feats.get("Tense") == "Past":
        return [], []  # "X продал свою долю в Y": it held the stake once
    places = [
        c for c in view.children(index) + view.children(verb)
        if c > index and view.preposition(c) in words.stake_prepositions
    ]
    properties = [m for c in places[:1] for m in name_of(view, c) if m.type == "ORG"][:1]
    properties = properties or _in_after_brackets(view, index, words)
    subjects = view.subjects(verb)
    governing = view.tokens[verb].head
    if not subjects and view.tokens[verb].relation == "xcomp" and governing >= 0:
        subjects = view.subjects(governing)  # "X решил продать свою долю"
    if not subjects:
        return [], []
    if view.tokens[subjects[0]].lemma.lower() in words.place_nouns | words.state_nouns:
        owners = stand_for(view, subjects[0], words)  # "Область готова уступить свою долю"
    else:
        owners = side_of(view, view.subtree(subjects[0]), PARTIES)
    return (owners, properties) if owners and properties else ([], [])


def _in_after_brackets(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "свою долю (5 % акций) в ОАО «Y»": the name right after a stake preposition that
    follows the stake noun and its brackets, when the parser hangs it nowhere useful."""
    at = index + 1
    if at < len(view.tokens) and view.tokens[at].text == "(":
        while at < len(view.tokens) and view.tokens[at].text != ")":
            at += 1
        at += 1
    if at + 1 >= len(view.tokens) or view.tokens[at].text.lower() not in words.stake_prepositions:
        return []
    found = view.mention_at(at + 1)
    return [found] if found is not None and found.type == "ORG" else []


def _holder(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """Who holds: the place's own name ("у холдинга «X»"), its genitive ("в руках
    основателя Виктора Л."), a possessive ("в его портфеле") or the name a common noun
    stands for ("у холдинга")."""
    if view.tokens[index].lemma not in words.holding_nouns | words.composition_nouns:
        named = [m for m in name_of(view, index) if m.type in PARTIES]
        if named:  # "осталось у A и B": each holds
            return named + [m for m in _conjoined_names(view, index, PARTIES) if m not in named]
        return stand_for(view, index, words)
    for child in view.children(index):
        token = view.tokens[child]
        if token.relation == "nmod" and not view.preposition(child) and (
            token.feats.get("Case") == "Gen"
        ):
            if token.pos == "PRON":
                return stand_for(view, child, words)
            return (
                people_in_apposition(view, child)
                or [m for m in name_of(view, child) if m.type in PARTIES]
                or stand_for(view, child, words)
            )
        if token.lemma in words.possessive_pronouns and token.pos in {"PRON", "DET"}:
            # "Фонд «X» основан … В его портфеле": a fund or a company holds as well as a
            # person, so the possessive is the name last a clause's subject before it
            named = named_before(view.document, token.start, PARTIES, LOOK_BACK)
            return [m for m in named if is_subject(view, m)][-1:]
    return []


def held_stake_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "имеющиеся у компании «X» акции завода «Y»", "с имеющимися у ЗАО «X», входящего в
    группу …, акциями составит 50 % акций ОАО «Y»": the holder after "у" on a participle
    of being held owns the company of the stake the participle describes. Read along the
    words: the parser often hangs the holder and the shares elsewhere."""
    token = view.tokens[index]
    if token.lemma not in words.holding_participles or token.feats.get("VerbForm") != "Part":
        return [], []
    at = index + 1
    if at + 1 >= len(view.tokens) or view.tokens[at].text.lower() not in (
        words.holder_prepositions
    ):
        return [], []
    named = [m for m in name_of(view, at + 1) if m.type in PARTIES]  # "у компании «X»"
    holder = named[0] if named else view.mention_at(at + 1)
    if holder is None or holder.type not in PARTIES:
        return [], []
    stake = _stake_described(view, index, holder, words)
    if stake < 0:
        return [], []
    own_words = set(view.subtree(index))
    phrase = [i for i in view.subtree(stake) if i not in own_words and i >= stake]
    companies = (
        view.mentions_in(phrase, {"ORG"})[:1] or stake_company(view, phrase, words)
        or _company_of_another_stake(view, stake, words)
    )  # fmt: skip
    return [holder], [m for m in companies if m != holder][:1]


def _stake_described(
    view: SentenceView, participle: int, holder: Mention, words: OwnershipWords
) -> int:
    """The stake noun a participle of being held describes: its head, else the first stake
    noun after the holder in the participle's case ("имеющимися у X, …, акциями")."""
    head = view.tokens[participle].head
    if 0 <= head < len(view.tokens) and view.tokens[head].lemma in (
        words.stake_nouns | words.share_symbols
    ):
        return head
    case = view.tokens[participle].feats.get("Case")
    after = view.token_indices(holder.start, holder.end)[-1:] or [participle]
    for index in range(after[0] + 1, min(after[0] + 15, len(view.tokens))):
        candidate = view.tokens[index]
        if candidate.lemma in words.stake_nouns and candidate.feats.get("Case") == case:
            return index
        if candidate.pos in {"VERB", "AUX"} and candidate.feats.get("VerbForm") == "Fin":
            break
    return -1


def _company_of_another_stake(view: SentenceView, stake: int, words: OwnershipWords) -> list[Mention]:
    """A stake of no company named, counted with another in the sentence ("в совокупности с
    имеющимися у X акциями составит 50 % акций ОАО «Y»"): the company the nearest stake
    noun names right after it, in the genitive."""
    nearest: list[tuple[int, Mention]] = []
    for index, token in enumerate(view.tokens):
        if index == stake or token.lemma not in words.stake_nouns:
            continue
        for after in range(index + 1, min(index + 4, len(view.tokens))):
            mention = view.mention_at(after)
            if mention is not None and mention.type == "ORG":
                if view.tokens[after].feats.get("Case") in {"Gen", None}:
                    nearest.append((abs(index - stake), mention))
                break
    return [min(nearest, key=lambda pair: pair[0])[1]] if nearest else []


_CLAUSE_MARKS = frozenset({",", ";", ":", "."})


def dash_stake_holder(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ownership58: "Контрольный пакет (51 %) – у «A», а 49 % – у «B»", "3 % акций — у
    фонда «C»; 2 % — у D": a stake clause with no verb at all, the holder after its dash
    (`index` is the "у"). The holder owns the company named in the stake ("51 % акций «X» –
    у A"); a stake of no named company gives owners and no property, and the caller looks
    before. Only in a sentence that speaks of shares or a stake: "рост на 5 % — у «X»"
    holds nothing; a clause with a verb is read from its verb."""
    tokens = view.tokens
    if index < 2 or tokens[index - 1].text not in DASHES:
        return [], []
    phrase: list[int] = []
    for before in range(index - 2, max(-1, index - 12), -1):
        if tokens[before].text in _CLAUSE_MARKS:
            break
        if tokens[before].pos in {"VERB", "AUX"}:
            return [], []
        phrase.insert(0, before)
    if not any(tokens[i].lemma in words.share_symbols for i in phrase) and not is_stake(
        view, phrase, words
    ):
        return [], []
    if not any(  # the sentence, or the one before it when a semicolon cut them
        t.lemma in words.stake_nouns
        for sentence in [view, *view.views_before(1)] for t in sentence.tokens
    ):
        return [], []
    owners: list[Mention] = []
    for after in range(index + 1, min(index + 4, len(tokens))):
        written = view.mention_at(after)  # "у Serpentia Investments бизнесмена Y": the
        if written is not None and written.type in PARTIES:  # name right after "у" first
            owners = [written]
            break
        if tokens[after].pos in {"NOUN", "PROPN"}:
            owners = [
                m for m in name_of(view, after) or people_in_apposition(view, after)
                if m.type in PARTIES
            ][:1]  # fmt: skip
            break
    if not owners:
        return [], []
    named = [m for m in view.mentions_in(phrase, {"ORG", "LOCORG"}) if m not in owners]
    return owners, named[:1] or stake_company(view, phrase, words)


def sole_organisation_before(view: SentenceView, words: OwnershipWords) -> list[Mention]:
    """ownership58: "«X» остаётся собственностью государства. Контрольный пакет – у A, а
    49 % – у B": a stake list of no named company, its verb left out, is in the company the
    sentence just before names, when it names only one (of two, which is meant is unsaid)
    and counts no stake itself ("4 % акций ушло «P»; 3 % – у «S»": P is another holder)."""
    for earlier in view.views_before(1):
        if any(t.lemma in words.share_symbols for t in earlier.tokens):
            return []
        named = {
            m.entity if m.entity >= 0 else m.normal: m for m in earlier.mentions if m.type == "ORG"
        }
        return list(named.values()) if len(named) == 1 else []
    return []
