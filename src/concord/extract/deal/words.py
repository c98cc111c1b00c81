"""The words a language gives the deal readings: `DealWords`, one field per list.

Data only, read by every other module of the package; each language fills it in
`extract/lexicons/ru.py` and `en.py`. The words of a transfer told as a player's move
are a `MovementWords` of their own (`moves`), held in the `movement` field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from concord.extract.deal.moves import MovementWords


@dataclass(frozen=True)
class DealWords:
    """The words of each kind of deal in one language."""

    kinds: Mapping[str, frozenset[str]]  # the benchmark's kind -> the lemmas that name it
    place_prepositions: frozenset[str]  # "в Москве": a place there, not a side
    letter_variants: Mapping[str, str]  # letters a lemma is compared without: "ё" -> "е"
    currency_nouns: frozenset[str] = frozenset()  # "долларов США": a currency, not a side
    # Nouns a deal noun hangs on whose verb's sides are the deal's: "подписал соглашение о
    # покупке", "объявил о выделении кредита".
    carrier_nouns: frozenset[str] = frozenset()
    # Lemmas that name a deal only with a recipient in the dative and no verb they govern:
    # "должен банку 5 млн", not "должен уйти".
    recipient_lemmas: frozenset[str] = frozenset()
    # Words of owing that are also modals ("должен банку 8 млн" / "должен подписать"): with
    # a recipient they tell a debt, a fact, not a plan
    owing_lemmas: frozenset[str] = frozenset()
    # Trade figures: a plural deal noun ("продажи") that a word of change or measure governs
    # ("продажи выросли", "рост продаж", "увеличила продажи на 33%") is a volume, no deal
    figure_nouns: frozenset[str] = frozenset()
    change_words: frozenset[str] = frozenset()
    # Objects that make such a word figurative: "поставил банку задачу" sets a task
    figurative_objects: frozenset[str] = frozenset()
    # "выступил против сделки": the verb's subject takes a stance on the deal, no side of it
    stance_prepositions: frozenset[str] = frozenset()
    # A deal only spoken of: governed by a possibility, a plan, talks, a rumour, a refusal
    # or a denial ("может продать", "переговоры о поставках", "опроверг слухи о покупке"),
    # or qualified so ("возможной продажи")
    unreal_words: frozenset[str] = frozenset()
    quotes: Mapping[str, str] = field(default_factory=dict)  # opening -> closing mark
    # Verbs whose object is a deal spoken of, not made: "назвал покупку удачной", "одобрила
    # сделку": their subject is no side
    commenting_verbs: frozenset[str] = frozenset()
    # verbs whose infinitive's doer is their subject even with a dative ("пообещал Минску
    # выделить кредит"); with others the dative or object does it ("поручил правительству")
    subject_control_verbs: frozenset[str] = frozenset()
    # verbs that carry out the deal a noun names ("решил ввести санкции", "обещал выдать
    # кредит"): the subject of the word above them does it, unlike a verb that only changes
    # a deal ("пообещал ограничить поставки")
    performing_verbs: frozenset[str] = frozenset()
    # kinds whose direct object is a side ("оштрафовал его"), not what is dealt
    object_side_kinds: frozenset[str] = frozenset()
    # Those who fine or give, named by a bare noun ("суд оштрафовал X", "власти выделили
    # X …"): with no name of their own, those dealt with alone are the deal's sides
    unnamed_doers: frozenset[str] = frozenset()
    # "по программе … Минпромторга": whose programme the deal is made under, no side
    programme_nouns: frozenset[str] = frozenset()
    # A verdict and its guilt words: "признала X виновным и оштрафовала компанию": the one
    # found guilty by the verb coordinated with the fine is the one fined
    verdict_verbs: frozenset[str] = frozenset()
    guilt_words: frozenset[str] = frozenset()
    # A ruling that carries the deal: "ФАС приняла решение наложить штраф на X", "вынесла
    # постановление о наложении штрафа": who makes the ruling (the verb's subject) does it
    ruling_nouns: frozenset[str] = frozenset()
    ruling_verbs: frozenset[str] = frozenset()
    ruled_words: frozenset[str] = frozenset()  # what such a ruling imposes: "наложить штраф"
    # Grant nouns under which such a verb's subject is the giver: "МВФ одобрил выделение
    # Украине кредита" (the fund lends), unlike "одобрил сделку" (someone else's deal)
    grant_nouns: frozenset[str] = frozenset()
    # "оштрафовал X за нарушения по ОСАГО": a name inside the reason or price is no side
    reason_prepositions: frozenset[str] = frozenset()
    # "ФАС наложила на них штрафы": a plural pronoun side stands for the names before it
    plural_pronouns: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()  # "X, который инвестировал в …"
    # "О том, что телеканал должен ему, заявил X": a singular pronoun side in a clause
    # told by someone stands for the teller named later in the sentence
    singular_pronouns: frozenset[str] = frozenset()
    # "… с компанией «X». Последняя обвиняет Y": an adjective standing alone for the latest
    # name of its gender, as a singular pronoun does
    latter_words: frozenset[str] = frozenset()
    # Lemmas that name a deal only inside a document noun: "контракт на участие в турнире"
    # is a deal, "принял участие в турнире" is none
    carried_lemmas: frozenset[str] = frozenset()
    # Nouns of paying a debt back or failing to, which carry the debt to their verb
    # ("обвиняет X в просрочке погашения кредита") unless they are a purpose ("выделила
    # клубу деньги на погашение долга": the debt is owed to others)
    repayment_nouns: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()  # what a contract to take part is for
    # Nouns of a side's role that name a deal only as the role a side takes ("покупателем
    # завода выступила X", "продавцом стал Y"), not as a trade ("продавец магазина")
    role_lemmas: frozenset[str] = frozenset()
    role_verbs: frozenset[str] = frozenset()
    # What a document is about, when the parser hangs it on the document's verb
    # ("подписал контракт с X на участие в турнире", "… договор о покупке")
    content_prepositions: frozenset[str] = frozenset()
    # Ordinals standing alone for a further deal of the same noun: "первый контракт с X,
    # второй — с Y" is two deals
    elided_ordinals: frozenset[str] = frozenset()
    # Verbs that name, in the next sentence, the side a deal noun left unnamed through an
    # instrumental pronoun: "назвал нового спонсора. Им стала компания X".
    becoming_verbs: frozenset[str] = frozenset()
    # Carrier nouns through which even a commenting verb names a side: "клуб назвал имя
    # нового спонсора".
    name_nouns: frozenset[str] = frozenset()
    # "Евразийский банк развития (ЕАБР)": a name in brackets right after a side is that side
    brackets: Mapping[str, str] = field(default_factory=dict)
    # Nouns standing for an authority the report introduced by name ("регулятор",
    # "антимонопольное ведомство" for "Федеральная антимонопольная служба")
    authority_nouns: frozenset[str] = frozenset()
    # Generic nouns ("компания", "предприятие") that stand for an organisation the report
    # introduced as any kind of enterprise (`enterprise_nouns`: "комбинат", "группа", …)
    generic_organisation_nouns: frozenset[str] = frozenset()
    enterprise_nouns: frozenset[str] = frozenset()
    # Further groups of kin nouns for sides ("станция" for a "радиостанция" or a "ТЭЦ")
    side_kin: tuple[frozenset[str], ...] = ()
    # Nouns standing for a place named before: a region ("региону", "область") for the
    # latest region, a city ("городу") for the latest place that is no region or state
    region_nouns: frozenset[str] = frozenset()
    city_nouns: frozenset[str] = frozenset()
    # Nouns standing for a district or municipality named before ("району", "бюджету
    # района", "муниципалитету"), each with the place kinds whose names it may stand for
    district_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Lemmas that name a deal only with an amount of money as their object: "выделит клубу
    # 450 млн рублей", not "выделил время"
    money_lemmas: frozenset[str] = frozenset()
    # "из бюджета области", "из областного бюджета": money from a budget is given by the
    # place whose budget it is (a region or city noun, or its adjective -> that noun)
    budget_nouns: frozenset[str] = frozenset()
    budget_adjectives: Mapping[str, str] = field(default_factory=dict)
    money_nouns: frozenset[str] = frozenset()  # "средства", "деньги" besides the currencies
    # "A вместе с B купила X": B acts with the subject
    together_words: frozenset[str] = frozenset()
    # "после сделки он владеет …": a deal named as the time of something else was told
    # elsewhere; its sides are not this clause's
    time_prepositions: frozenset[str] = frozenset()
    # Works whose quoted name is a title, not a side: "по газопроводу «Северный поток»"
    work_nouns: frozenset[str] = frozenset()
    # Kinds whose list of counterparties is one deal each (a fine on three operators is
    # three fines, purchases of three companies three purchases); a loan to two borrowers
    # is one deal
    split_kinds: frozenset[str] = frozenset()
    # Name types that are no side when they only say where something lies: "купила заводы в
    # штатах Огайо и Мичиган" (a place phrase in the locative, or one hanging on no anchor)
    located_types: frozenset[str] = frozenset()
    # "кредит на строительство завода «X»": a name inside the purpose phrase is no side, in
    # deals of these kinds (an embargo "на ввоз мяса из X" names its target there)
    purpose_prepositions: frozenset[str] = frozenset()
    purpose_kinds: frozenset[str] = frozenset()
    # Plants and sites whose name is a title when the plant is not itself the deal's
    # complement: "турбины для электростанции «X»" (but "купил завод «X»": a side)
    plant_nouns: frozenset[str] = frozenset()
    # Kinds where such a plant is what the deal serves; a plant bought or invested in
    # ("вложит средства в завод «X»") is a side
    plant_title_kinds: frozenset[str] = frozenset()
    # Kinds that give money to someone: a verb of such a kind naming only givers ("они
    # выделят 40 млн рублей") names no deal
    giving_kinds: frozenset[str] = frozenset()
    # Verbs of telling: a person named with the organisation of their post as the subject
    # of one ("глава банка «X» Y рассказал о покупке") speaks for it and is no side
    telling_verbs: frozenset[str] = frozenset()
    # Posts of those who deal in their own name: an owner telling of a sale is its side
    owner_posts: frozenset[str] = frozenset()
    # Nouns saying what a side owns or runs ("АО «X», владельца сети «Y»"): a name in their
    # genitive is the side's property, no side
    holding_nouns: frozenset[str] = frozenset()
    # Words opening a condition: a deal under one ("если инвестиции превысят миллиард") is
    # only supposed, no deal
    condition_marks: frozenset[str] = frozenset()
    # Prepositions naming a creditor ("долг перед банком"): such a side is never part of a
    # reason phrase, wherever the parser hangs it
    creditor_prepositions: frozenset[str] = frozenset()
    # "команду из Екатеринбурга финансирует X": a place in such a phrase on a common noun
    # says where that party is from; it is no side
    origin_prepositions: frozenset[str] = frozenset()
    # Deal words whose direct object (or passive subject) is what changes hands for a time
    # ("отдал в аренду защитника", "игрок отдан в аренду"): a person there is a player lent,
    # no counterparty (a bought player or company stays a side, as the benchmark counts it)
    goods_object_lemmas: frozenset[str] = frozenset()
    # "приобрела 31% акций предприятия": what a stake is of, named by a common noun, is the
    # organisation the report introduced so, a side of the purchase
    stake_nouns: frozenset[str] = frozenset()
    stake_kinds: frozenset[str] = frozenset()  # the deals a stake is the object of
    # Nouns that name a deal only with an adjective of its kind ("кредитная линия": a loan)
    phrase_heads: frozenset[str] = frozenset()
    adjective_kinds: Mapping[str, str] = field(default_factory=dict)
    # Documents that name a deal of `priced_kind` when priced ("заключила договор на 200 млн
    # долларов"): a sum paid under it makes it a commercial contract
    priced_documents: frozenset[str] = frozenset()
    priced_kind: str = ""
    # Documents that say nothing of their kind ("соглашение", "меморандум") take the kind a
    # report's topic word tells in their sentence or the one before ("спонсор"): "Клуб
    # получил нового спонсора. Подписан меморандум между X и Y" is the sponsorship
    topic_documents: frozenset[str] = frozenset()
    topic_kinds: Mapping[str, str] = field(default_factory=dict)
    # Words giving money ("выделит", "предоставил", "финансирование"): money a lender gives
    # is a loan, told so by a loan word in the same sentence or the one before or after
    # ("ВТБ выделит X 30 млн евро. Планируется подписание кредитного соглашения"); a loan
    # word paid back ("на погашение кредитов") tells a purpose and does not count
    lending_words: frozenset[str] = frozenset()
    # A document's content that grants ("контракт на открытие кредитной линии", "контракт
    # … на предоставление 2 млрд рублей"): the document is the deal what it grants names
    granting_nouns: frozenset[str] = frozenset()
    # Verbs concluding a document ("A и B подписали кредитный договор"): a list of subjects
    # there are its parties, not several givers with no one given to
    concluding_verbs: frozenset[str] = frozenset()
    loan_words: frozenset[str] = frozenset()
    loan_kind: str = ""
    # A loan's lender named a sentence or two on beside a loan word ("Кредитную поддержку
    # оказал Россельхозбанк"): a bank noun within its name
    lender_stems: frozenset[str] = frozenset()
    # Marks opening a clause that names who tells the news ("Как сообщило агентство X, …"):
    # a name there is the source, no side
    hearsay_marks: frozenset[str] = frozenset()
    # A fine told with no doer ("X оштрафовали на …") comes from the body that reports it
    # ("Об этом сообщили в пресс-службе управления ФАС"): the endings of a fining body's
    # name words ("суд", "райсуд", "Роспотребнадзор", "УФАС") and the word that points a
    # telling sentence back at the one before ("об этом")
    fining_body_endings: tuple[str, ...] = ()
    back_reference_words: frozenset[str] = frozenset()
    # Verbs that impose a fine noun on the fined ("на банк наложен штраф", "компании
    # выписан штраф", "подвергли штрафу"), the fined "на X" with the first
    imposing_verbs: frozenset[str] = frozenset()
    imposed_on_prepositions: frozenset[str] = frozenset()
    press_nouns: frozenset[str] = frozenset()  # "в пресс-службе X": X tells, not its press office
    # Transfers told as a player's move ("перешел из «A» в «B»"): see moves
    movement: MovementWords = field(default_factory=MovementWords)
    # "перешедший из «A» в «B»": the benchmark's kind of such a move
    movement_kind: str = ""
    # deal37: a payment for a stake or an enterprise is its purchase ("ONGC заплатит
    # Роснефти $1,3 млрд за пакет", "заплатит за долю в X"): the verbs of paying, the
    # preposition of what is paid for and the things bought so, of the kind `stake_kinds`
    stake_payment_lemmas: frozenset[str] = frozenset()
    paid_for_prepositions: frozenset[str] = frozenset()
    bought_nouns: frozenset[str] = frozenset()
    # deal37: marks that join a name's parts with no space ("ВЭБ.РФ"): the tail is no side
    name_joints: frozenset[str] = frozenset()
    # deal38: nouns of a government told without its state's name ("Правительство выделило
    # ДВФУ 125 млн", "Российское правительство выделило ЛНР миллиард"), a side the benchmark
    # takes as the state's government; how far its name is looked for either way
    government_nouns: frozenset[str] = frozenset()
    government_look_back: int = 0
    government_look_ahead: int = 0
    # deal39: an organisation inside a purpose whose noun is its rescue, recapitalisation or
    # support ("выделить … на спасение компании X") is the one the money goes to: such a
    # noun directly over the name or over its own noun (`receiver_own_nouns`), or a pair
    # ("на увеличение капитала банка X": `receiver_purpose_pairs`, noun → its genitive)
    receiver_purpose_nouns: frozenset[str] = frozenset()
    receiver_purpose_pairs: Mapping[str, frozenset[str]] = field(default_factory=dict)
    receiver_own_nouns: frozenset[str] = frozenset()
    receiver_types: frozenset[str] = frozenset()
    # deal41: state funding told by a noun or a verb of sending, of `funding_kind`: a giving
    # noun whose own genitive is money ("решение о выделении 15 млрд рублей …", "одобрило
    # выделение бюджетных ассигнований X"), a verb of sending with money as its object
    # ("направляет бюджетные ассигнования … на увеличение капитала X"), and a rescue noun
    # over the organisation it is for ("решение о докапитализации X"). The nouns name a
    # deal only under a decision (`decision_carriers`, whose verb's subject gives) or as the
    # object of a verb; a rescue noun in a purpose phrase ("выделило … на докапитализацию
    # X") is the purpose of the giving word, which tells the deal (deal39)
    funding_kind: str = ""
    giving_nouns: frozenset[str] = frozenset()
    sending_lemmas: frozenset[str] = frozenset()
    rescue_lemmas: frozenset[str] = frozenset()
    decision_carriers: frozenset[str] = frozenset()
    funding_verbs: frozenset[str] = frozenset()  # "одобрило выделение", "провело докапитализацию"
    budget_money_nouns: frozenset[str] = frozenset()  # "бюджетные ассигнования": money
    # deal43: a list in one role with nobody on the other side is one deal each, not a deal
    # among its members ("Контракты подписаны с X и Y", "Финансирование направят регионам
    # X, Y и Z"): but those "между X и Y" are each other's counterparts. The sanctioned stand
    # as the subject of a verb of falling under the sanction noun ("Под санкции ЕС попали X
    # и Y"): one sanction of its imposer on each
    counterpart_prepositions: frozenset[str] = frozenset()
    falling_verbs: frozenset[str] = frozenset()
    # deal44: the recipient told as the subject of a verb of receiving. Money received
    # from a named giver is a deal of the two ("X получит от Y 3 млрд долларов"), of
    # `funding_kind` or, with a loan word near, a loan; a receipt with no giver named
    # ("акционеры получат $54 за акцию") or of no money ("получил предложение от Y") is
    # none. A deal noun counted in an amount or a portion ("получит $20 млн кредита от Y",
    # "получила первую порцию кредита Y") hangs on the verb through it, as through a
    # currency noun
    receiving_lemmas: frozenset[str] = frozenset()
    source_prepositions: frozenset[str] = frozenset()
    currency_signs: frozenset[str] = frozenset()
    amount_nouns: frozenset[str] = frozenset()
    portion_nouns: frozenset[str] = frozenset()
    # deal45: a payment imposed as an obligation ("Суд обязал X выплатить 5 млн рублей",
    # "которые ЕК обязала выплатить X", "штраф обязано заплатить X согласно постановлению
    # Y"): the one who obliges fines the one obliged (`obligations`), a deal of
    # `obliged_kind`
    obliging_lemmas: frozenset[str] = frozenset()
    paying_lemmas: frozenset[str] = frozenset()
    obliged_kind: str = ""

    @cached_property
    def kind_of_lemma(self) -> Mapping[str, str]:
        """Each lemma of `kinds` with the first kind naming it, in the order of `kinds`:
        a deal word is looked up once per word of every sentence, and one dictionary
        lookup answers what a scan over every kind's list did; the funding words
        (deal41) come after them, of `funding_kind`."""
        kind_of_lemma: dict[str, str] = {}
        for kind, lemmas in self.kinds.items():
            for lemma in lemmas:
                kind_of_lemma.setdefault(lemma, kind)
        if self.funding_kind:
            for lemma in (
                self.giving_nouns | self.sending_lemmas | self.rescue_lemmas
                | self.receiving_lemmas
            ):
                kind_of_lemma.setdefault(lemma, self.funding_kind)
        return kind_of_lemma

    @cached_property
    def all_money_nouns(self) -> frozenset[str]:
        """Money besides the currencies: `money_nouns` and budget money (deal41)."""
        return self.money_nouns | self.budget_money_nouns

    @cached_property
    def all_money_lemmas(self) -> frozenset[str]:
        """Words that name a deal only when they give money: `money_lemmas`, the verbs of
        sending and the giving nouns (deal41)."""
        return self.money_lemmas | self.sending_lemmas | self.giving_nouns
