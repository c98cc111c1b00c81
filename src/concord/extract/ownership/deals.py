"""Ownership told by a deal: the buyer of a sale ("X продал завод «Y» компании «Z»"), the
seller of a sale not yet made ("X готова продать A и B"), the buyer of a purchase ("X
завершил покупку завода «Y»", "Сделка по покупке Y компанией X закрыта") and the one a
company or its shares are handed to ("Концерну «Y» передано 100 % акций «A»").
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.ownership.reading import (
    OPENING_QUOTES,
    PARTIES,
    children_with,
    is_stake,
    mention_head,
    name_of,
    name_written_after,
    owner_of_name_before,
    phrase_anchor,
    quoted_name,
)
from concord.extract.ownership.referents import stake_company, stand_for, subject_side
from concord.extract.ownership.relative_pronouns import thing_meant
from concord.extract.ownership.sides import side_of
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView


def sale_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "X продал завод «Y» компании «Z»", "X продал долю в Y Z-у": the buyer, the next name
    after what is sold with no preposition of its own, owns it now."""
    objects = [
        c for c in children_with(view, index, ("obj",)) if not _subject_misread(view, index, c)
    ] or [  # "X был продан компании «Z»"
        c for c in view.subjects(index)
        if view.tokens[c].relation in words.passive_subjects
    ]  # fmt: skip
    phrase = [i for i in view.subtree(index) if i > index]
    found = [m for m in view.mentions_in(phrase, PARTIES)]
    if not objects:
        return [], []
    sold = [
        m for m in view.mentions_in(view.subtree(objects[0]), PARTIES)
        if not _under_a_dative(view, m, objects[0]) and _same_side(view, m, index, objects[0])
    ][:1] or name_written_after(
        view, objects[0]
    )  # "Гостиница «X» в центре … была продана": the parser may hang the name elsewhere
    if not sold:
        return [], []
    sold = sold + _conjoined_names(view, sold[0], found)
    sold_end = view.token_indices(sold[-1].start, sold[-1].end)[-1]
    for mention in found:
        first = view.token_indices(mention.start, mention.end)[0]
        if first <= sold_end or mention in sold:
            continue
        if view.tokens[first].feats.get("Case") == "Dat" and not view.preposition(first):
            return [mention], sold  # "… Сергею Смирнову": the parser may hang it anywhere
        before = first - 1
        while before > 0 and view.tokens[before].text in OPENING_QUOTES:
            before -= 1
        label = view.tokens[before]
        if label.pos == "NOUN" and label.feats.get("Case") == "Dat" and (
            not view.preposition(before)
        ):
            return [mention], sold  # "… фонду «Z»": the buyer's own noun names its case
        anchor = phrase_anchor(view, first)
        if view.preposition(anchor) or view.preposition(first):
            return [], []
        if view.tokens[anchor].feats.get("Case") in {"Dat", "Gen"}:
            return [mention], sold
        return [], []
    return [], []


def own_stake_seller(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "Y продает свою долю в «X»", "Y продаст свои акции «X»": whoever is selling or will
    sell a stake called their own holds it in the company now, whoever the buyer is. A sale
    made ("продал свою долю") leaves them holding it no more. A counted share sold later
    ("Y продаст 51 % акций «X»", "Y собирается продать половину акций «X»") is held now
    just as well."""
    token = view.tokens[index]
    planned = token.feats.get("VerbForm") == "Inf" and token.relation == "xcomp"
    if not planned and (token.feats.get("VerbForm") != "Fin" or token.feats.get("Tense") == "Past"):
        return [], []
    for stake in children_with(view, index, ("obj",)):
        own = any(
            view.tokens[c].lemma in words.reflexive_possessives for c in view.children(stake)
        ) and view.tokens[stake].lemma in words.stake_nouns
        if not (own and not planned) and not _counted_share(view, stake, words):
            continue  # "планирует продать свою долю": left to `seller_before_sale`, as before
        phrase = view.subtree(stake)
        companies = [
            m for m in side_of(view, phrase, {"ORG", "LOCORG"}) if m.type == "ORG"
        ] or stake_company(view, phrase, words)
        seller_verb = token.head if planned else index
        sellers = [m for m in subject_side(view, seller_verb, words) if m not in companies]
        if companies and sellers:
            return sellers, companies[:1]
    return [], []


def _counted_share(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """A share told by its size: "49 %", "51 процент акций", "половину акций", "пакет в 25 %"."""
    token = view.tokens[index]
    if token.lemma in words.share_symbols | words.share_fractions:
        return True
    return token.lemma in words.stake_nouns and any(
        view.tokens[c].lemma in words.share_symbols for c in view.subtree(index)
    )


def seller_before_sale(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """A sale not yet made, an infinitive under another word ("X готова продать A и B",
    "предложило холдингу X продать канал A", "X может продать A"): whoever would sell still
    holds what it would sell. The seller is the governing word's object if it has one (the
    one asked to sell), else its subject."""
    token = view.tokens[index]
    head = token.head
    if token.feats.get("VerbForm") != "Inf" or not 0 <= head < len(view.tokens):
        return [], []
    if token.relation not in {"xcomp", "ccomp", "csubj"} or sale_made(view, head, words):
        return [], []
    objects = children_with(view, index, ("obj",))
    if not objects or not _names_a_thing(view, objects[0], words):
        return [], []
    end = next(  # the names written after the verb up to the next verb: the parser hangs
        (i for i in range(index + 1, len(view.tokens))  # a list's items anywhere
         if view.tokens[i].pos in {"VERB", "AUX"} or view.tokens[i].text in {".", ";", "("}),
        len(view.tokens),
    )  # fmt: skip
    sold = [
        m for m in view.mentions_in(range(index + 1, end), {"ORG"})
        if not view.preposition(phrase_anchor(view, mention_head(view, m)))
        and not _to_a_buyer(view, m)
    ]  # fmt: skip
    if not sold:
        return [], []
    asked = [
        m for c in children_with(view, head, ("obj", "iobj"))
        for m in view.mentions_in(view.subtree(c), PARTIES)
    ][:1]  # fmt: skip
    sellers = asked or [
        m for c in view.subjects(head)
        for m in side_of(view, view.subtree(c), PARTIES)
    ][:1]  # fmt: skip
    return (sellers, [m for m in sold if m not in sellers]) if sellers else ([], [])


def purchase_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "X завершил покупку завода «Y»", "X закрыл сделку по покупке Y": the buyer owns
    it."""
    verb = view.tokens[index].head
    if 0 <= verb < len(view.tokens) and view.tokens[verb].lemma in words.deal_nouns and (
        view.tokens[verb].relation == "obj"
    ):
        verb = view.tokens[verb].head  # "завершил сделку по покупке Y"
    if not (0 <= verb < len(view.tokens) and view.tokens[verb].lemma in words.purchase_verbs):
        return _purchase_by(view, index, words)
    if not view.subjects(verb):
        return [], []
    owners = subject_side(view, verb, words)
    # "о покупке компании X, в портфолио которой входят A и B": X is bought; the relative
    # clause tells what X holds, however the parser hangs its list
    clause_starts = [
        i for c in range(index + 1, len(view.tokens))
        if view.tokens[c].relation.startswith("acl:relcl")
        for i in view.subtree(c) if i > index
    ]  # fmt: skip
    end = min(clause_starts, default=len(view.tokens))
    bought = [
        i for c in children_with(view, index, ("nmod",))
        if view.preposition(c) not in words.source_prepositions
        for i in view.subtree(c) if i < end
    ]  # fmt: skip
    properties = [
        m for m in side_of(view, bought, {"ORG", "LOCORG"})
        if end == len(view.tokens) or m.start < view.tokens[end].start
    ]  # fmt: skip
    return owners, [m for m in properties if m not in owners]


def transfer_sides(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "Концерну «Y» было передано 100 % акций «A» и «B»", "передали Y институт «C»",
    "передать акции «A» в уставный капитал Y", "контроль над X перешел к Y": the receiver
    owns the company handed over, or the company whose shares are. Handing over to run or to use ("в управление", "в аренду")
    gives no ownership, and neither does handing over anything but a stake or a company."""
    children = view.children(index)
    if any(view.tokens[c].lemma in words.use_nouns for c in children):
        return [], []
    passing = view.tokens[index].lemma in words.passing_verbs
    receivers = [
        c for c in children
        if (not passing and view.tokens[c].relation == "iobj") or (
            view.tokens[c].relation.startswith("obl")
            and view.tokens[c].feats.get("Case") == "Dat"
            and (view.preposition(c) in words.passing_prepositions if passing
                 else not view.preposition(c))
        )
    ]  # fmt: skip
    capital = [
        d for c in children
        if view.preposition(c) in words.stake_prepositions
        and view.tokens[c].lemma in words.capital_nouns
        for d in children_with(view, c, ("nmod",))
    ]  # fmt: skip
    things = children_with(view, index, ("obj", "nsubj:pass"))
    if passing:  # "пакет акций X перешел к Y": what passes is the subject
        things = children_with(view, index, ("nsubj",))
    if view.tokens[index].lemma in words.receiving_verbs:  # "51 % акций X достанутся Y"
        things = [  # the parser often takes a bare "60 %" for an oblique
            c for c in view.children(index)
            if view.tokens[c].relation == "nsubj" or (
                view.tokens[c].relation == "obl" and not view.preposition(c)
                and view.tokens[c].lemma in words.share_symbols | words.stake_nouns
            )
        ]  # fmt: skip
    if not things or not receivers + capital:
        return [], []
    receiver = (receivers + capital)[0]
    # ownership45: "холдинг «X» Ивана Y передал … министерству": the parser may hang the
    # giver's owner on the receiver; a person named after a company's name is its owner
    owners = [
        m for m in name_of(view, receiver)
        if m.type in PARTIES and not owner_of_name_before(view, mention_head(view, m))
    ] or stand_for(view, receiver, words)  # fmt: skip
    if not owners and passing:  # "отошла к людям Ротенбергов", "к структурам бизнесмена Y"
        owners = side_of(view, view.subtree(receiver), PARTIES)
    phrase = [i for i in view.subtree(things[0]) if i not in view.subtree(receiver)]
    properties = [m for m in side_of(view, phrase, {"ORG", "LOCORG"}) if m not in owners]
    if passing and not properties and view.tokens[things[0]].pos == "PRON":
        # "А в ноябре она перешла к фонду «Y»": the company the pronoun stands for passes
        return owners, [m for m in thing_meant(view, things[0], words) if m not in owners]
    if is_stake(view, phrase, words):
        return owners, properties or stake_company(view, phrase, words)
    named = name_of(view, things[0])  # the company itself, not a document or a case
    return (owners, properties) if named and named[0].type == "ORG" else ([], [])


def _same_side(view: SentenceView, mention: Mention, verb: int, object_: int) -> bool:
    """ownership53: a name the parser hangs under the object but written on the other side
    of the verb is no part of what is sold ("Агентство (NAMA) продало отель компании «Y»":
    the seller's bracketed name hung on "компании")."""
    first = view.token_indices(mention.start, mention.end)[0]
    return (first > verb) == (object_ > verb)


def _conjoined_names(view: SentenceView, sold: Mention, found: list[Mention]) -> list[Mention]:
    """ownership53: "продал пакеты акций ЗАО «A» и ОАО «B» банку «C»": names joined to the
    sold one by a conjunction are sold with it, not its buyer (B was read as the buyer of A)."""
    joined = [sold]
    for mention in found:
        if mention in joined:
            continue
        head = mention_head(view, mention)
        if view.tokens[head].relation != "conj":
            continue
        above = view.tokens[head].head
        if any(above in view.token_indices(m.start, m.end) for m in joined):
            joined.append(mention)
    return joined[1:]


def _subject_misread(view: SentenceView, verb: int, object_: int) -> bool:
    """An "object" written before a verb that has no subject, in the nominative, is the
    subject the parser missed ("Весной фонды A и B продали 60 % сети «Z» холдингу «W»": the
    funds sell, they are not sold)."""
    return (
        object_ < verb
        and view.tokens[object_].feats.get("Case") == "Nom"
        and not children_with(view, verb, ("nsubj", "nsubj:pass"))
    )


def _under_a_dative(view: SentenceView, mention: Mention, top: int) -> bool:
    """Whether a name inside the sold phrase hangs on a bare dative noun below `top`
    ("продала пакет структуре «Z»": the parser hangs the buyer on the stake; Z buys, it is
    not sold)."""
    indices = view.token_indices(mention.start, mention.end)
    at = next((i for i in indices if view.tokens[i].head not in indices), -1)
    for _ in range(len(view.tokens)):
        if not 0 <= at < len(view.tokens) or at == top:
            return False
        if view.tokens[at].pos == "NOUN" and view.in_case(at, "Dat") and not view.preposition(at):
            return True
        at = view.tokens[at].head
    return False


def _names_a_thing(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """The object of a sale is a name, or a noun with its name in quotes right after it
    ("станции «Лира»"); not a stake ("пакет «X»" may name the buyer) nor a bare noun ("свой
    бизнес X")."""
    if view.mention_at(index) is not None:
        return True
    token = view.tokens[index]
    following = index + 1
    return (
        token.pos == "NOUN" and token.lemma not in words.stake_nouns
        and following < len(view.tokens) and view.tokens[following].text in OPENING_QUOTES
    )  # fmt: skip


def _to_a_buyer(view: SentenceView, mention: Mention) -> bool:
    """A name in the dative, or given with a dative noun ("медиагруппе «X»"): the buyer."""
    first = (view.token_indices(mention.start, mention.end) or [0])[0]
    before = first - 1
    while before > 0 and view.tokens[before].text in OPENING_QUOTES:
        before -= 1
    label = view.tokens[before] if before >= 0 else None
    return view.tokens[first].feats.get("Case") == "Dat" or (
        label is not None and label.pos == "NOUN" and label.feats.get("Case") == "Dat"
    )


def _purchase_by(
    view: SentenceView, index: int, words: OwnershipWords
) -> tuple[list[Mention], list[Mention]]:
    """ "Сделка по покупке Y компанией X закрыта": the buyer in the instrumental owns Y once
    a verb of closing governs the purchase or the deal it names."""
    buyers = [
        c for c in children_with(view, index, ("nmod",))
        if not view.preposition(c) and view.tokens[c].feats.get("Case") == "Ins"
    ]  # fmt: skip
    head, closed = index, False
    for _ in range(2):
        head = view.tokens[head].head
        if not 0 <= head < len(view.tokens):
            break
        if view.tokens[head].lemma in words.purchase_verbs:
            closed = True
            break
    if not buyers or not closed:
        return [], []
    # "компанией «X»": the name written after the noun (the parser may hang Y on it too)
    owners = [m for m in name_written_after(view, buyers[0]) or name_of(view, buyers[0])
              if m.type in PARTIES][:1]  # fmt: skip
    between = list(range(index + 1, buyers[0]))
    properties = view.mentions_in(between, {"ORG", "LOCORG"})[:1] or quoted_name(view, between)
    return owners, [m for m in properties if m not in owners]


def sale_made(view: SentenceView, head: int, words: OwnershipWords) -> bool:
    """ownership59: the word over a sale's infinitive tells the sale made: "Y был вынужден
    продать X", "Y пришлось продать X", "Y смог продать X" (the seller holds X no more);
    "Y вынужден продать X" (no past copula), "Y может продать X" are sales to come."""
    token = view.tokens[head]
    if token.lemma not in words.done_sale_heads:
        return False
    if token.feats.get("VerbForm") == "Part":  # "был вынужден": the copula's tense
        return any(
            view.tokens[c].relation in {"cop", "aux", "aux:pass"}
            and view.tokens[c].feats.get("Tense") == "Past"
            for c in view.children(head)
        )
    return token.feats.get("Tense") == "Past"
