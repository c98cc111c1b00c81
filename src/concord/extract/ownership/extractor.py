"""`extract(view, words)`: the order in which the readings of ownership run over a sentence.
Each token that is a trigger (a verb, noun or preposition of the lexicon) tries the readings
of its kind until one finds owners; the owners are then widened (partners, elided stakes)
and narrowed (posts, never-owned types, one name twice) and one claim is made per owner and
property. A stake of no named company takes the property of the last claim before it.
"""

from __future__ import annotations

from concord.claim import FORMER, Argument, Claim, Mention
from concord.extract.ownership.asides import (
    bracketed_owner_note,
    bracketed_subsidiary_note,
    business_after_dash,
    partner_apposition,
    seller_named_after_purchase,
    stake_list_owners,
)
from concord.extract.ownership.clubs import clubs_for_leagues
from concord.extract.ownership.companies_of_people import (
    behind_sides,
    company_of_person,
    partners,
    person_after_name,
    possessive_sides,
)
from concord.extract.ownership.deals import (
    own_stake_seller,
    purchase_sides,
    sale_sides,
    seller_before_sale,
    transfer_sides,
)
from concord.extract.ownership.filters import (
    NEVER_OWNED,
    bare_name,
    common_noun_name,
    one_body,
    person_noun,
    under_a_right,
    under_an_owner_noun,
)
from concord.extract.ownership.groups import (
    bracketed_member,
    group_participle_list,
    member_participle_before_names,
    member_sides,
    members_before_participle,
    names_a_group,
    pronoun_member_of_relative,
    relative_group_list,
)
from concord.extract.ownership.listed_on import listed_on, owners_in_the_list
from concord.extract.ownership.modality import (
    held_before,
    left_holding,
    member_held_before,
    named_in_passing,
    past_copula,
    trigger_modality,
)
from concord.extract.ownership.owner_nouns import owner_in_relative_clause, owner_noun_sides
from concord.extract.ownership.posts import holder_of_the_post, of_a_post_subject, post_holder
from concord.extract.ownership.reading import (
    bare_noun,
    children_with,
    is_done_buyer,
    is_parent,
    is_stake,
    is_subsidiary,
    owner_of_name_before,
)
from concord.extract.ownership.referents import abbreviation_meant, stand_in
from concord.extract.ownership.relative_pronouns import (
    in_participle_phrase,
    opens_clause_of,
    participle_after_comma,
)
from concord.extract.ownership.stakes import (
    dash_stake_holder,
    elided_owners,
    held_stake_sides,
    held_where,
    holder_sides,
    holds_a_stake,
    possession_sides,
    sole_organisation_before,
    stake_left_out,
    stake_sides,
    subject_before,
)
from concord.extract.ownership.subsidiaries import (
    CLAUSE_RELATIONS,
    assets_listed_after_dash,
    company_of_group,
    own_company_sides,
    subsidiary_sides,
    vehicles_of,
    venture_sides,
)
from concord.extract.ownership.unnamed import with_unnamed_names
from concord.extract.ownership.verbs import (
    buyer_of_bare_stake,
    datives_listed_after,
    launched,
    participle_before_its_noun,
    participle_before_names,
    verb_sides,
)
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView
from concord.knowledge.gazetteer import is_state_in_any_case


def extract(view: SentenceView, words: OwnershipWords, look_back: bool = True) -> list[Claim]:
    """The ownership claims of one sentence, one per (owner, property) pair. Each trigger
    tries the readings of its kind in order until one finds owners; `look_back` lets a
    stake of no named company take the property of a claim before (off when reading the
    sentences before, so the look-back does not recurse)."""
    if words.unnamed_names:  # names the finder left out ("«Эконива» Штефана Y")
        view = with_unnamed_names(view, words)
    claims = []
    pairs: set[tuple[int, int]] = set()
    owned_here: list[Mention] = []
    # the unions of word lists the loop tests every word against, made once per sentence
    owning_verbs = words.owner_verbs | words.owned_verbs
    founding_verbs = words.founding_verbs | words.launch_verbs
    owner_or_founding_verbs = words.owner_verbs | founding_verbs
    member_or_group_verbs = words.member_verbs | words.group_verbs
    transfer_verbs = words.transfer_verbs | words.receiving_verbs | words.passing_verbs
    standing_nouns = words.standing_nouns | words.subsidiary_nouns
    standing_or_enterprise_nouns = standing_nouns | words.enterprise_nouns
    company_or_enterprise_nouns = words.company_nouns | words.enterprise_nouns
    for index, token in enumerate(view.tokens):
        lemma = token.lemma
        owners: list[Mention] = []
        properties: list[Mention] = []
        owning = lemma in owning_verbs
        # the word saying the owner holds it no longer ("Ранее банк принадлежал Y")
        former = held_before(view, index, words) if owning else None
        presupposed = False  # "группа «X» Петра Y объединит …": the holding is no plan
        if lemma in words.owned_verbs:  # "«Y» (100 % принадлежит X)": the name before
            owners, properties = bracketed_member(view, index, words)  # the brackets
        if owning and not properties:  # "У владеющей «X» компании «Y»": Y owns X
            owners, properties = participle_before_its_noun(view, index, words)
        if properties:
            pass
        elif owning or (lemma in words.group_verbs and names_a_group(view, index, words)):
            owners, properties = verb_sides(view, index, words)
            properties = [m for m in properties if not under_a_right(view, index, m, words)]
            if not properties and lemma in words.group_verbs:
                owners, properties = group_participle_list(view, index)
        elif lemma in founding_verbs:
            owners, properties = verb_sides(view, index, words, need_agent=True)
            properties = [m for m in properties if m.type == "ORG"]
            if lemma in words.launch_verbs:
                properties = [m for m in properties if launched(view, index, m, words)]
        if owners and not properties and look_back and lemma in words.owner_verbs and (
            _bare_stake_held(view, index, words)
        ):  # "Доля в акциях «X» — 53 %: Y владеет 49 %": the company whose stake is told;
            # the sentences before only when this one names no one else ("… у «Z»": the
            # company meant may be one the finder missed here, not one told before)
            properties = _staked_earlier(view, index, owners, words) or (
                # ownership45: "Y принадлежит 29 % телевещателя, а «Z» владеет 20 %": a
                # clause joined on holds a stake in what the clause before it holds
                [m for m in owned_here if m not in owners][-1:] if token.relation == "conj" else []
            ) or (
                _stake_before(view, owned_here, words)
                if all(m in owners for m in view.mentions) else []
            )
        if owning and not owners and look_back:  # "Акции были приобретены Y": of the
            owners = buyer_of_bare_stake(view, index, words)  # company before
            properties = _staked_before(view, words) if owners else []
        if owning:  # "Владелец «X» купит «Y»": a name under an owner noun buys nothing,
            owners = [  # unless the verb's relative clause speaks of it ("владельцы «X»,
                m for m in owners  # которой принадлежат магазины «Y»": X owns Y)
                if not under_an_owner_noun(view, m, words) or opens_clause_of(view, index, m, words)
            ]
        if owning and participle_after_comma(view, index):
            # ownership49: "«X», владеющей заводом «Y», стала «Z»": Z is past the phrase
            properties = [
                m for m in properties
                if m.start < token.start
                or in_participle_phrase(view, index, view.token_indices(m.start, m.end)[0])
            ]  # fmt: skip
        if owners and lemma in owner_or_founding_verbs:
            owners += [m for m in partners(view, index, words) if m not in owners + properties]
        elif (
            lemma in words.owner_nouns or is_parent(view, index, words)
            or is_done_buyer(view, index, words)  # ownership49: "Покупателем стал Y"
        ) and bare_noun(view, index):
            former = next(  # "бывший собственник X": no longer its owner
                (c for c in view.children(index) if view.tokens[c].lemma in words.former_adjectives),
                None,
            )
            owners, properties = bracketed_owner_note(view, index, words.owner_nouns)
            if not properties:
                owners, properties = owner_noun_sides(view, index, words)
            if not properties:
                owners, properties = owner_in_relative_clause(view, index, words)
            if former is not None:  # "Прежний владелец издания X, который сейчас преподаёт
                properties = _in_phrase(view, index, properties)  # в Y": Y was never his
            else:  # ownership46: "Собственниками завода были A и B": held once
                former = past_copula(view, index, words)
            if former is None:  # ownership59: "вышел из состава акционеров X"
                former = left_holding(view, index, words)
            presupposed = bool(owners) and named_in_passing(view, index, words)
        elif lemma in words.seller_verbs:
            owners, properties = sale_sides(view, index, words)
        elif lemma in words.member_verbs:
            former = member_held_before(view, index, words)  # ownership59: "входило в Y"
            owners, properties = members_before_participle(view, index, words)
            if not properties:
                owners, properties = member_participle_before_names(view, index, words)
            if not properties:
                owners, properties = member_sides(view, index, words)
            if not properties:
                owners, properties = bracketed_member(view, index, words)
            if not properties:
                owners, properties = pronoun_member_of_relative(view, index, words)
        elif is_subsidiary(view, index, words):
            owners, properties = assets_listed_after_dash(view, index)  # "активы X — A, B"
            if not owners:
                owners, properties = bracketed_subsidiary_note(view, index, words.subsidiary_nouns)
            if not owners:
                owners, properties = subsidiary_sides(view, index, words)
            presupposed = bool(owners) and named_in_passing(view, index, words)
        if not owners and lemma in words.owned_verbs:
            owners, properties = participle_before_names(view, index)
        if not properties and lemma in member_or_group_verbs:
            owners, properties = relative_group_list(view, index, words)
        if not owners and lemma in words.venture_nouns:
            owners, properties = venture_sides(view, index, words)
        if not owners and lemma in words.stake_nouns:  # also "control" the noun, not the verb
            owners, properties = stake_sides(view, index, words)
        if not owners and lemma in words.possession_nouns:
            owners, properties = possession_sides(view, index, words)
            if owners and not properties and look_back and holds_a_stake(view, index, words):
                # "Остальные 49 % находятся в собственности края": of the company before
                properties = _stake_before(view, owned_here, words)
        if not owners and lemma in words.seller_verbs:
            owners, properties = seller_before_sale(view, index, words)
            if not owners:  # "Y продает свою долю в «X»": Y holds a stake in X
                owners, properties = own_stake_seller(view, index, words)
            presupposed = bool(owners)  # "готова продать X": it holds X now, plan or not
        if not owners and lemma in company_or_enterprise_nouns:
            owners, properties = company_of_person(view, index, words)
            if not owners and lemma in words.company_nouns:
                owners, properties = possessive_sides(view, index, words)
            if not owners:  # "ООО «X» (предприятие группы «Y»)"
                owners, properties = company_of_group(view, index, words)
            presupposed = bool(owners)
        if not owners and held_where(view, index, words):
            owners, properties = holder_sides(view, index, words)
            if owners and not properties and look_back:
                properties = _stake_before(view, owned_here, words)
        if not owners and token.text.lower() in words.holder_prepositions:
            # ownership58: "Контрольный пакет (51 %) – у «A», а 49 % – у «B»": no verb
            owners, properties = dash_stake_holder(view, index, words)
            if owners and not properties and look_back:
                properties = (  # a property of this sentence only if a stake was in it:
                    # "4 % ушло «P», бенефициаром которой является Y; 3 % – у «S»": S holds
                    # no stake in P
                    [
                        m for m in owned_here
                        if _after_a_stake(view, m, words) or _under_a_stake(view, m, words)
                    ][-1:]
                    or _staked_before(view, words) or sole_organisation_before(view, words)
                )  # fmt: skip
        if not owners and lemma in words.holding_participles:
            owners, properties = held_stake_sides(view, index, words)  # "имеющимися у X"
        if not owners and lemma in words.purchase_nouns:
            owners, properties = purchase_sides(view, index, words)
        if not owners and lemma in transfer_verbs:
            owners, properties = transfer_sides(view, index, words)
            if owners and not properties and look_back and lemma in words.receiving_verbs:
                # ownership45: "Y стал владельцем 40 % «X», 35 % в компании достались Z, а
                # 9 % — W": a stake of no named company is in the company told before
                properties = _stake_before(view, owned_here, words)
                owners += [m for m in elided_owners(view, index, words) if m not in owners]
        if not owners and lemma in words.owned_verbs and look_back:
            owners = stake_left_out(view, index, words)
            properties = (
                owned_here[-1:] or _owned_before(view, words) or subject_before(view)
            ) if owners else []  # fmt: skip
        if not owners and lemma in words.behind_verbs:
            owners, properties = behind_sides(view, index, words)
        if not owners and lemma in standing_nouns:
            owners, properties = assets_listed_after_dash(view, index)
            presupposed = bool(owners)
        if not owners and lemma in standing_or_enterprise_nouns:
            owners, properties = own_company_sides(view, index, words)  # "свою сеть «Y»"
            presupposed = bool(owners)
        if not owners:
            owners, properties = person_after_name(view, index, words)
            presupposed = bool(owners)
        if owning and owners and properties and look_back:
            # ownership56: "A принадлежит 38 % вещателя, ещё 9 % — у B": the parser may take
            # B, the holder of the clause with its verb left out, for the property; B is
            # another owner of the company the stake is in, told before when not here
            elided = elided_owners(view, index, words)
            if elided and all(m in elided for m in properties):
                properties = (
                    owned_here[-1:] or _owned_before(view, words, reach=1)
                    or subject_before(view) or _stake_before(view, owned_here, words)
                )  # fmt: skip
        if owners and properties and lemma in owning_verbs:
            # "A принадлежит 25 %, остальные 75 % — B", "A владеет 25 %, ещё 5 % – у B":
            # B owns the same property
            owners += [m for m in elided_owners(view, index, words) if m not in owners]
        if owners and properties and lemma in words.owned_verbs:
            # "принадлежащие компании «A», фонду «B» и банку «C»": the owners listed on
            owners += [m for m in datives_listed_after(view, owners) if m not in properties]
        if owners and properties and (
            lemma in words.owner_verbs | words.owned_verbs | words.owner_nouns
        ):
            # "A владеет 60 % X, B – 25 %": B holds a stake in X, the verb left out;
            # ownership50: so too "X принадлежит A — 52 %, B — 20 %" and "A является
            # владельцем 3 % акций X, B — 2 %"
            owners += [
                m for m in stake_list_owners(view, index, words.share_symbols)
                if m not in owners + properties
            ]  # fmt: skip
        if not owners and lemma in words.business_nouns:  # "«X» – личный бизнес Y"
            owners, properties = business_after_dash(view, index, words.business_nouns)
        if not owners and view.tokens[index].text.lower() in words.source_prepositions:
            owners, properties = seller_named_after_purchase(
                view, index, words.purchase_nouns, words.source_prepositions
            )  # "о покупке «X» у Y": Y holds X now
            presupposed = bool(owners)
        parents: list[Mention] = []
        subsidiaries: list[Mention] = []
        if owners and properties and lemma in words.owner_verbs:
            # ownership58: "«X» через компанию «W» владеет Y", "«X» в лице дочерней
            # компании «W» купила Y": W holds Y too; X holds W when W is its subsidiary
            for vehicle, marked in vehicles_of(view, index, owners + properties, words):
                if marked:
                    parents, subsidiaries = list(owners), [*subsidiaries, vehicle]
                owners = [*owners, vehicle]
        if lemma in words.owner_verbs:  # ownership58: "Директор «X» купил Y": not X
            owners = [m for m in owners if not of_a_post_subject(view, index, m, words)]
        if not (owning or lemma in founding_verbs):
            owners = [m for m in owners if not post_holder(view, m, index, words)]
        # "принадлежит депутату Госдумы Y", "экс-главе «X» Y": the post's body holds no stake
        owners = [holder_of_the_post(view, m, index, words) or m for m in owners]
        if owners and lemma in words.owned_verbs:  # "принадлежащих компаньону Y, … Z"
            left_out, apposed = partner_apposition(view, index, words.partner_nouns)
            owners = [m for m in owners if m not in left_out] + [
                m for m in apposed if m not in owners
            ]
        owners = _unabbreviated(view, owners, properties, words)  # "входящего в ГК"
        # "Верфь входит в холдинг Y", "Ретейлеру принадлежит …": a noun taken for a name
        properties = _nouns_resolved(view, properties, owners, words)
        properties = clubs_for_leagues(view, properties, words)  # "клуб НХЛ «X»": X
        owners = _nouns_resolved(view, owners, properties, words)
        if owners and properties:  # "владеет ЗАО «A», ЗАО «B» и «C» (нефть)": the list on
            owners = [m for m in owners if m not in owners_in_the_list(view, properties, owners)]
            properties = properties + (listed_on(view, properties, owners) if owners else [])
        # the parent's own pair first: a stake of no named company told later is in the
        # property, not in the subsidiary
        groups = ([(parents, subsidiaries)] if subsidiaries else []) + [(owners, properties)]
        pairs_told = [(o, p) for side, held in groups for o in side for p in held]
        for owner, owned in pairs_told:
            key = (owner.start, owned.start)
            if owner is owned or key in pairs or owned.type in NEVER_OWNED:
                continue  # a person or a place is owned by nobody: a property is a body
            if person_noun(view, owner, words) or person_noun(view, owned, words):
                continue  # "Основатели «X» создадут …": a bare common noun names no one
            if common_noun_name(view, owner, words) or common_noun_name(view, owned, words):
                continue  # "Собственниками предприятия были …": "предприятие" is no name
            if owned.type == "LOCORG" and is_state_in_any_case(owned.normal):
                continue  # "контролировать 22 % оборота России": a state is owned by none
            if bare_name(owner) == bare_name(owned) or one_body(view, owner, owned):
                continue  # one company named twice, or by its short name ("завода (ОАРЗ)")
            pairs.add(key)
            owned_here.append(owned)
            arguments = [
                view.entity_argument("owner", owner), view.entity_argument("property", owned)
            ]
            if former is not None:
                arguments.append(Argument("held", FORMER, view.span_of([former])))
            claims.append(
                view.claim("ownership", arguments, trigger_modality(view, index, presupposed, words))
            )
    return claims


def _unabbreviated(
    view: SentenceView, owners: list[Mention], properties: list[Mention], words: OwnershipWords
) -> list[Mention]:
    """The owners with a bare kind abbreviation ("ГК") replaced by the organisation it
    stands for, or left out when it stands for none: "ГК" is no one's name."""
    found: list[Mention] = []
    for owner in owners:
        meant = abbreviation_meant(view, owner, words, exclude=properties)
        found.extend(m for m in ([owner] if meant is None else meant) if m not in found)
    return found


def _nouns_resolved(
    view: SentenceView, mentions: list[Mention], other_side: list[Mention], words: OwnershipWords
) -> list[Mention]:
    """The mentions with a common noun the name finder took for a name ("Верфь",
    "Ретейлеру") replaced by the organisation it stands for (`stand_in`), or left out when
    it stands for none: the noun is no one's name, the body named before is."""
    found: list[Mention] = []
    for mention in mentions:
        meant = [mention]
        if common_noun_name(view, mention, words):
            indices = view.token_indices(mention.start, mention.end)
            meant = stand_in(view, indices[0], words, exclude=other_side) if indices else []
        found.extend(m for m in meant if m not in found and m not in other_side)
    return found


def _in_phrase(view: SentenceView, noun: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions inside the noun's own phrase, its clauses left out, or in another
    sentence (the company "издания" stands for): what a former owner held is not named
    elsewhere in his sentence."""
    phrase = set(view.subtree(noun, skip=CLAUSE_RELATIONS))
    return [
        m
        for m in mentions
        if not (indices := set(view.token_indices(m.start, m.end))) or indices & phrase
    ]


def _owned_before(view: SentenceView, words: OwnershipWords, reach: int = 2) -> list[Mention]:
    """What the last ownership claim of the sentences just before (`reach` of them) has as
    its property: the company a stake of no named company is in ("Акционеры банка «X» — A
    и B. A принадлежит 45 % акций")."""
    for earlier in view.views_before(reach):
        claims = extract(earlier, words, look_back=False)
        properties = [
            m for claim in reversed(claims)
            for a in claim.arguments if a.role == "property" and a.span
            for m in view.document.mentions if m.start == a.span.start
        ]  # fmt: skip
        # "Владельцем 60 % ООО «X» стал Y — основатель холдинга «Z». 20 % осталось у W":
        # the company whose stake was named, before a company named otherwise
        staked = [m for m in properties if _after_a_stake(earlier, m, words)]
        if staked or properties:
            return (staked or properties)[:1]
    return []


def _stake_before(
    view: SentenceView, owned_here: list[Mention], words: OwnershipWords
) -> list[Mention]:
    """The company a held stake of no named company is in: the property of the last claim
    of this sentence or of those just before, else the company whose stake the sentence
    before names with no claim read there ("Указ передаёт «X» 80 % акций ПАО «Y». Ещё 6 %
    находится у банка Z": a transfer to come, yet the 6 % are Z's now)."""
    return owned_here[-1:] or _owned_before(view, words) or _staked_before(view, words)


def _bare_stake_held(view: SentenceView, verb: int, words: OwnershipWords) -> bool:
    """Whether an owning verb's object is a stake with no company in it ("владеет 49 %",
    "владеет долей в 27,5 %"): what the stake is in was told before it."""
    held = [  # ownership45: "«X» Абрамовича владеет 20 %": the owner's genitive is no object
        c for c in children_with(view, verb, ("obj", "obl")) if not owner_of_name_before(view, c)
    ]
    phrase = [i for c in held for i in view.subtree(c)]
    return bool(phrase) and is_stake(view, phrase, words) and not view.mentions_in(phrase)


def _staked_earlier(
    view: SentenceView, verb: int, owners: list[Mention], words: OwnershipWords
) -> list[Mention]:
    """The company whose stake this sentence names before the verb ("Доля государства в
    акциях «X» — 53 %: …"), the nearest one that is not an owner."""
    staked = [
        m for m in view.mentions
        if m.type in {"ORG", "LOCORG"} and m not in owners and not _a_holder(view, m, words)
        and (_after_a_stake(view, m, words) or _under_a_stake(view, m, words))
        and (view.token_indices(m.start, m.end) or [verb])[-1] < verb
    ]  # fmt: skip
    return staked[-1:]


def _under_a_stake(view: SentenceView, mention: Mention, words: OwnershipWords) -> bool:
    """Whether the name hangs, within three steps, on a stake or on the capital ("доля
    государства в обыкновенных акциях «X»", "в капитале X"): the stake is in it, however far
    the words are apart."""
    indices = view.token_indices(mention.start, mention.end)
    word = indices[0] if indices else -1
    for _ in range(3):
        word = view.tokens[word].head if 0 <= word < len(view.tokens) else -1
        if not 0 <= word < len(view.tokens):
            return False
        if is_stake(view, [word], words) or view.tokens[word].lemma in words.capital_nouns:
            return True
    return False


def _a_holder(view: SentenceView, mention: Mention, words: OwnershipWords) -> bool:
    """Whether the name holds a stake ("45 % у «X»"), so is no company a stake is in."""
    indices = view.token_indices(mention.start, mention.end)
    return bool(indices) and view.preposition(indices[0]) in words.holder_prepositions


def _staked_before(view: SentenceView, words: OwnershipWords) -> list[Mention]:
    """The company whose stake the sentence just before names ("… стал владельцем 25 %
    акций ОАО «X». Акции были приобретены Y"), whether or not a claim was read there.
    ownership56: or the one before it, when the nearer sentence speaks of a stake it does
    not name ("… 92 % акций ПАО «X». Данные акции принадлежали государству; 4 % находится
    у Y": a splitter cuts at the semicolon, and "данные акции" are X's)."""
    for earlier in view.views_before(2):
        staked = [
            m for m in earlier.mentions
            if m.type in {"ORG", "LOCORG"} and _after_a_stake(earlier, m, words)
        ]  # fmt: skip
        if staked or not _unnamed_stake_subject(earlier, words):
            return staked[-1:]
    return []


def _unnamed_stake_subject(view: SentenceView, words: OwnershipWords) -> bool:
    """Whether the sentence's subject is a stake naming no company ("Данные акции
    принадлежали государству"): it goes on about the stake told before it."""
    roots = [i for i, t in enumerate(view.tokens) if t.head < 0]
    phrases = [view.subtree(s) for r in roots for s in view.subjects(r)]
    return any(is_stake(view, p, words) and not view.mentions_in(p) for p in phrases)


def _after_a_stake(view: SentenceView, mention: Mention, words: OwnershipWords) -> bool:
    """Whether a stake ("60 %", "пакет акций") is written just before the name."""
    indices = view.token_indices(mention.start, mention.end)
    if not indices:
        return False
    window = list(range(max(0, indices[0] - 4), indices[0]))
    # ownership45: not across a verb ("акции принадлежали государству через Y": the
    # shares are not Y's company's)
    verbs = [i for i in window if view.tokens[i].pos in {"VERB", "AUX"}]
    window = [i for i in window if not verbs or i > verbs[-1]]
    return bool(window) and is_stake(view, window, words)
