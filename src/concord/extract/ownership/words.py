"""The lexicon interface of the ownership extractor: `OwnershipWords`, every verb, noun,
adjective and preposition of owning that the readings test, one instance a language
(`extract/lexicons/ru.py`, `en.py`). A field says in its comment which reading asks for it.
A few Russian words are still written in the readings' code (the conjunction "и" of a
list, "в", "он", the copulas of `posts._COPULAS`): they belong here, later.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OwnershipWords:
    """The verbs and nouns of owning in one language."""

    owner_verbs: frozenset[str]  # the owner is the subject: "Y владеет X"
    owned_verbs: frozenset[str]  # the property is the subject: "X принадлежит Y"
    owner_nouns: frozenset[str]  # "владелец X Y"
    # "X, дочерняя компания Y": a noun, or a noun with one of these adjectives
    subsidiary_nouns: frozenset[str] = EMPTY
    subsidiary_adjectives: frozenset[str] = EMPTY
    member_verbs: frozenset[str] = EMPTY  # "X входит в холдинг Y"
    group_verbs: frozenset[str] = EMPTY  # "холдинг Y объединяет A, B и C"
    group_nouns: frozenset[str] = EMPTY  # what one enters as a property: холдинг, группа
    structure_nouns: frozenset[str] = EMPTY  # "входит в структуру «Y»": Y's group itself
    # standing nouns that stand only for a name introduced by them ("гостиница «X»")
    introduced_only_nouns: frozenset[str] = EMPTY
    # the same for outlets: "акций газеты" stands only for a name the report gave as a
    # newspaper ("газета «X»"), never for merely the latest company, nor for a hotel
    introduced_media_nouns: frozenset[str] = EMPTY
    company_nouns: frozenset[str] = EMPTY  # "холдинг X Виктора Y": the person owns it
    # "издательский дом X Ивана Y": a noun that names a company only with one of these
    house_nouns: frozenset[str] = EMPTY
    house_adjectives: frozenset[str] = EMPTY
    stake_nouns: frozenset[str] = EMPTY  # "доля Y в X", "пакет акций X у Y"
    stake_prepositions: frozenset[str] = field(default_factory=lambda: frozenset({"в"}))
    # Subjects that are the property, not the owner: "X is owned by Y".
    passive_subjects: frozenset[str] = EMPTY
    # How a subsidiary noun hangs on the subsidiary's name: "X, дочерняя компания Y"
    # (apposition), "Y's subsidiary X" (an English compound).
    subsidiary_relations: frozenset[str] = field(default_factory=lambda: frozenset({"appos"}))
    # Verbs whose subject holds the stake that is their object: "X получил пакет акций Y",
    # "Y holds a stake in X".
    stake_verbs: frozenset[str] = EMPTY
    seller_verbs: frozenset[str] = EMPTY  # "X продал Y компании Z": Z, the buyer, owns Y
    relative_pronouns: frozenset[str] = EMPTY  # "холдинг X, в который входят A и B"
    # Relative adverbs of the place one enters: "в группе X, куда входит газета Y".
    destination_adverbs: frozenset[str] = EMPTY
    # Verbs of founding: "X и Y создали совет Z" (the founders own what they set up, when
    # it is an organisation).
    founding_verbs: frozenset[str] = EMPTY
    # Launching is founding only for what the name finder knows as an organisation ("запустил
    # канал «X»", not "запустил спутник «X»") and only for the direct object ("запустила
    # производство на заводе «Y»" founds no plant).
    launch_verbs: frozenset[str] = EMPTY
    # What a launch puts to work rather than founds: "запустил шахту «X»" opens a mine.
    facility_nouns: frozenset[str] = EMPTY
    # "этому правительству": the body named before with the same noun, not the country.
    demonstratives: frozenset[str] = EMPTY
    # What the owner stands beside without owning it: "выкупил у ВТБ долю в X".
    source_prepositions: frozenset[str] = EMPTY
    # "X перешёл в собственность Y", "передал X под контроль Y": the genitive owns it.
    possession_nouns: frozenset[str] = EMPTY
    possession_prepositions: frozenset[str] = EMPTY
    # "в федеральной собственности": the adjective names the state as the owner.
    state_adjectives: frozenset[str] = EMPTY
    # A body its members own, unlike a holding that owns its members: "в консорциум X вошли A".
    copula_verbs: frozenset[str] = EMPTY  # "акционерами являются A и B": no property named
    # "X — совместное предприятие A и B": A and B own X
    venture_adjectives: frozenset[str] = EMPTY
    venture_nouns: frozenset[str] = EMPTY
    joint_nouns: frozenset[str] = EMPTY
    # "его компания «X»": a possessive before a company noun names the owner said before.
    possessive_pronouns: frozenset[str] = EMPTY
    # A pronoun or a common noun standing for a name given before: "Ему принадлежат A и B",
    # "Акционерами банка являются A и B" (the bank named in the sentence before).
    personal_pronouns: frozenset[str] = EMPTY
    # "(им владеет Y)", "Его контролирует группа Y": a pronoun object is the thing named before
    object_pronouns: frozenset[str] = EMPTY
    standing_nouns: frozenset[str] = EMPTY
    # ownership41: offer the readings the quoted and Latin-letter names the name finder
    # left out (`unnamed.with_unnamed_names`); off where capitalised Latin words are the
    # language's own (English)
    unnamed_names: bool = False
    # kin standing nouns beyond the language's organisation kin: "Птицефабрика «X» …
    # фабрики", "Верфь «X» … предприятие", "Ретейлер «X» … сети" mean one body
    standing_kin: tuple[frozenset[str], ...] = ()
    # standing nouns of one trade that stand only for a name introduced by them or a kin
    # noun ("фабрики" for "Фабрика «X»" or "завод «X»"), never for merely the latest bank
    introduced_trade_nouns: frozenset[str] = EMPTY
    # "Последняя принадлежит Y": an adjective standing alone for the body named last
    latter_words: frozenset[str] = EMPTY
    # "Предприятие Виктора Y выпустило …": a plant noun with its owner in the genitive
    enterprise_nouns: frozenset[str] = EMPTY
    standing_people: frozenset[str] = EMPTY  # "предприниматель купил …": the person named before
    # "X завершил покупку завода «Y»": the subject of one of these verbs owns what it bought.
    purchase_nouns: frozenset[str] = EMPTY
    purchase_verbs: frozenset[str] = EMPTY
    # "X вместе с партнером Y владеет Z", "X совместно с Y создал Z": Y owns Z too.
    partner_adverbs: frozenset[str] = EMPTY
    partner_nouns: frozenset[str] = EMPTY
    partner_prepositions: frozenset[str] = EMPTY
    # "регион владеет 74 % акций", "в собственности области": the place named before.
    place_nouns: frozenset[str] = EMPTY
    former_adjectives: frozenset[str] = EMPTY  # "бывший владелец": no longer the owner
    # Where a thing is held: "пакет находится у холдинга «X»", "25 % остаются в руках
    # основателя", "в его портфеле есть завод «Y»": the holder owns the clause's subject.
    deal_nouns: frozenset[str] = EMPTY  # "завершил сделку по покупке Y"
    holding_verbs: frozenset[str] = EMPTY
    holder_prepositions: frozenset[str] = EMPTY  # "у"
    holding_nouns: frozenset[str] = EMPTY  # "руки", "портфель", after "в"
    # Participles whose holder follows in "у": "с имеющимися у X акциями Y".
    holding_participles: frozenset[str] = EMPTY
    # "X через свою дочернюю структуру «Y» владеет …": the possessive is the verb's subject.
    reflexive_possessives: frozenset[str] = EMPTY
    former_adverbs: frozenset[str] = EMPTY  # "ранее принадлежал": owned once, no longer
    # "До 2015 года клуб принадлежал Y": a preposition of time up to a year noun
    until_prepositions: frozenset[str] = EMPTY
    year_nouns: frozenset[str] = EMPTY
    # "Y владеет сетью через компанию «W»": the vehicle is neither the property nor the owner
    vehicle_prepositions: frozenset[str] = EMPTY
    # "В его состав входят A и B": a group's make-up with a possessive for the group
    composition_nouns: frozenset[str] = EMPTY
    # "в состав компании (X) входит Y": a company's kind noun right under a composition noun
    # names the body whose make-up it is, as a group noun does
    composed_kind_nouns: frozenset[str] = EMPTY
    share_fractions: frozenset[str] = EMPTY  # "продаст половину акций X": a counted share
    becoming_verbs: frozenset[str] = EMPTY  # "Она стала владельцем X": a predicate's verb
    # ownership49: "Покупателем завода стала Y": the deal is done, Y holds it now; read only
    # under a past perfective `becoming_verbs` of no modal ("может стать" is a plan)
    buyer_nouns: frozenset[str] = EMPTY
    # ownership49: "объявил о продаже 29 % «X», покупателем стала Y": the sale a buyer took
    sale_nouns: frozenset[str] = EMPTY
    # ownership50: "25 % плюс одна акция X": the parser may split such a stake into two
    # objects, the percent and the share that carries the company; these words join them
    stake_joints: frozenset[str] = EMPTY
    # "компания «X», за которой стоит бизнесмен Y": the one behind a company owns it
    behind_verbs: frozenset[str] = EMPTY
    behind_prepositions: frozenset[str] = EMPTY
    # "25 % принадлежит A, остальные 75 % — B": a second stake whose verb is left out
    share_symbols: frozenset[str] = EMPTY
    # "государству принадлежит 94 %", "банк, подконтрольный правительству": with no name of
    # its own, the state or its government is the country the report names most often.
    state_nouns: frozenset[str] = EMPTY
    # "Концерну «Y» передано 100 % акций «X»", "передать X в уставный капитал Y": the one a
    # company or its shares are handed to owns it, unless handed to run ("в управление").
    transfer_verbs: frozenset[str] = EMPTY
    # "51 % акций X достанутся Y": the stake is the subject, the one it goes to the dative
    receiving_verbs: frozenset[str] = EMPTY
    # "Контроль над 50 % акций X перешел к Y", "доля в X отошла к Y": a stake or a company
    # passes to the one after the preposition, who owns it from then on
    passing_verbs: frozenset[str] = EMPTY
    passing_prepositions: frozenset[str] = EMPTY
    capital_nouns: frozenset[str] = EMPTY
    use_nouns: frozenset[str] = EMPTY
    # "по словам главного редактора «X» Ивана Y": a post held in a company is no stake in it
    post_nouns: frozenset[str] = EMPTY
    # offices held in public life, not in the company: "компания «X» депутата Y" is his
    public_offices: frozenset[str] = EMPTY
    post_prefixes: tuple[str, ...] = ()
    # "Собственники бизнеса – компания «Y»": the business is the company the report is on
    business_nouns: frozenset[str] = EMPTY
    # "X, материнская компания Y", "головная компания Y — X": X owns Y, as "владелец Y X"
    parent_adjectives: frozenset[str] = EMPTY
    parent_nouns: frozenset[str] = EMPTY
    # "рассказал «Газете»": an organisation told something is no later bare "фирма"
    speech_verbs: frozenset[str] = EMPTY
    source_verbs: frozenset[str] = EMPTY  # "как пишет газета X": an outlet reports
    # "владеет правами аренды на площади под магазинами «X»", "ей принадлежит лицензия на
    # участок «Y»": what a right or a licence is for is not owned
    right_nouns: frozenset[str] = EMPTY
    # "«X», входящего в ГК": a name that is only a kind's abbreviation names no body; it
    # stands for the organisation of that kind (the noun paired with it) named before
    kind_abbreviations: tuple[tuple[str, str], ...] = ()
    # "СДЮШОР «Y» имени Петра Z": a name dedicated to a person is not that person's company
    dedication_nouns: frozenset[str] = EMPTY
    # ownership44: "будущий владелец X Y заявил": a holding to come, not one named in passing
    prospective_adjectives: frozenset[str] = EMPTY
    # ownership46: "Собственниками завода были A и B", "акционерами являлись": the past
    # copula (or predicate verb) of an owner noun tells a holding that ended
    state_copulas: frozenset[str] = EMPTY
    # ownership53: "Напомним, что A продал «X» Y": a narrator's formula in the first person
    # plural, future in form only, over a past clause that keeps its own mood
    narrating_verbs: frozenset[str] = EMPTY
    # ownership54: "владелец клуба НХЛ «X»", "клуб из АПЛ Y": a name in the genitive (or
    # after one of these prepositions) right after a club noun is its league, not the club
    club_nouns: frozenset[str] = EMPTY
    club_league_prepositions: frozenset[str] = EMPTY
    # ownership57: "Клуб «X» продан. Новым владельцем команды стал Y": an owner noun with
    # one of these adjectives, predicate of a done "стать", names a change of owner; what
    # changed hands is told a sentence before, as after "Покупателем стал Y"
    change_adjectives: frozenset[str] = EMPTY
    # ownership58: "«X» в лице дочерней компании «W» купила Y": a noun that, with the
    # preposition "в", names the company one acts through, as "через" does
    vehicle_nouns: frozenset[str] = EMPTY
    # ownership58: "контролирует Y через управляющую компанию «W»": W manages, holds nothing
    managing_adjectives: frozenset[str] = EMPTY
    # ownership59: "ВТБ вышел из состава акционеров X", "вышел из числа акционеров X": an
    # owner noun under "из" of one of these verbs names a holding that ended
    leaving_verbs: frozenset[str] = EMPTY
    # ownership59: "Y был вынужден продать X", "Y пришлось продать X": past forms of these
    # words over a sale's infinitive tell a sale made, not one to come
    done_sale_heads: frozenset[str] = EMPTY
    # ownership60: imperfective holding verbs; told in the past with another owner of the
    # property in the report ("владел X … купила Y"), a holding that ended (`handed_on`)
    held_verbs: frozenset[str] = EMPTY
