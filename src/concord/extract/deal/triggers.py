"""Trigger words: the kind of deal a word names, and the guards that keep a word from naming one.

A lemma of a kind's family ("купить", "кредит", "штраф") or a noun with an adjective
of a kind ("кредитная линия") names a deal, unless the sentence only speaks of it
(planned talks, a rumour, a condition), a more specific deal noun hangs on it, it only
gives the reason for another deal, or a word that needs a recipient or money has none.
"""

from __future__ import annotations

from concord.analysis import Sentence
from concord.extract.deal.names import PARTICIPANT_TYPES
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView

_LOAN_AHEAD = 2  # sentences after money given where the report may name it a loan


def deal_kind(view: SentenceView, index: int, words: DealWords) -> str | None:
    """The kind of deal the word names, or None when it names none here: not a deal word,
    part of a name, a recipient or money word without them, a noun a more specific deal
    noun hangs on, a deal only spoken of or supposed, the reason for another deal, or a
    deal named as the time of something else ("после сделки")."""
    token = view.tokens[index]
    kind = kind_of(token.lemma, words) or _phrase_kind(view, index, words) or _stake_paid(
        view, index, words
    )
    if token.lemma in words.carrier_nouns:
        kind = _granted_kind(view, index, words) or kind
    if kind is None or view.mention_at(index) is not None:
        return None
    if token.lemma in words.recipient_lemmas and (
        not _has_recipient(view, index, words)
        or any(view.tokens[c].lemma in words.figurative_objects for c in view.children(index))
    ):
        return None
    if token.lemma in words.all_money_lemmas and not _gives_money(view, index, words):
        return None
    if token.lemma in words.receiving_lemmas and not _received_from(view, index, words):
        return None
    if not _funding_noun_carried(view, index, words):
        return None
    if token.lemma in words.carried_lemmas and not _carried(view, index, words):
        return None
    if token.lemma in words.role_lemmas and not _role_taken(view, index, words):
        return None
    if _trade_figure(view, index, words):
        return None
    if token.pos == "NOUN" and (
        _has_inner_trigger(view, index, words)
        or (token.lemma in words.carrier_nouns and _content_on_verb(view, index, words))
    ):
        return None
    if only_spoken_of(view, index, words) or under_condition(view, index, words):
        return None
    if noun_like(view, index) and _reason_of_other_deal(view, index, words):
        return None
    if token.pos == "NOUN" and view.preposition(index) in words.time_prepositions:
        return None
    if token.lemma in words.lending_words | words.receiving_lemmas and _loan_told_near(
        view, words
    ):
        return words.loan_kind
    return kind


def _stake_paid(view: SentenceView, index: int, words: DealWords) -> str | None:
    """The purchase a payment tells when what is paid for is a stake or an enterprise
    ("заплатит Роснефти $1,3 млрд за пакет", "заплатит за эту долю $640 млн"): paying for a
    share of a company is buying it, unlike paying for goods, a fine or a player."""
    if view.tokens[index].lemma not in words.stake_payment_lemmas or not words.stake_kinds:
        return None
    for child in view.children(index):
        if view.tokens[child].relation.startswith("obl") and paid_for(view, child, words):
            return min(words.stake_kinds)
    return None


def paid_for(view: SentenceView, position: int, words: DealWords) -> bool:
    """Whether the phrase is what a payment buys: "за долю", "за пакет", or an amount of a
    stake ("за 20% акций")."""
    token = view.tokens[position]
    if view.preposition(position) not in words.paid_for_prepositions:
        return False
    return token.lemma in words.bought_nouns or any(
        view.tokens[child].relation.startswith("nmod")
        and view.tokens[child].lemma in words.stake_nouns
        for child in view.children(position)
    )


def _trade_figure(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether the word is a trade volume, not a deal: a plural deal noun that a word of
    change or measure governs ("продажи «A» и «B» выросли", "рост продаж", "X5 увеличила
    продажи на 33%, «Дикси» — на 12%"). The names beside it are sellers each on its own."""
    token = view.tokens[index]
    if token.lemma not in words.figure_nouns or token.feats.get("Number") != "Plur":
        return False
    head = token.head
    return (
        0 <= head < len(view.tokens)
        and plain_lemma(view.tokens[head].lemma, words) in words.change_words
    )


def plain_lemma(lemma: str, words: DealWords) -> str:
    """The lemma with its letter variants read plain ("ё" as "е"), as the word lists spell."""
    for variant, letter in words.letter_variants.items():
        lemma = lemma.replace(variant, letter)
    return lemma


def kind_of(lemma: str, words: DealWords) -> str | None:
    """The kind of deal whose family the lemma is of ("ё" read as "е"), or None."""
    return words.kind_of_lemma.get(plain_lemma(lemma, words))


def _phrase_kind(view: SentenceView, index: int, words: DealWords) -> str | None:
    """The kind a noun takes from its adjective ("открыл компании кредитную линию",
    "спонсорское соглашение"), or a document from its price ("договор на 200 млн
    долларов")."""
    lemma = view.tokens[index].lemma
    if lemma not in words.phrase_heads | words.priced_documents | words.topic_documents:
        return None
    children = view.children(index)
    adjective = next(
        (
            words.adjective_kinds[view.tokens[child].lemma]
            for child in children
            if view.tokens[child].relation.startswith("amod")
            and view.tokens[child].lemma in words.adjective_kinds
        ),
        None,
    )
    if adjective is not None:
        return adjective
    priced = lemma in words.priced_documents and any(
        view.tokens[child].relation.startswith("nmod")
        and view.tokens[child].lemma in words.currency_nouns
        and view.preposition(child) in words.content_prepositions
        for child in children
    )
    if priced:
        return words.priced_kind
    return _topic_kind(view, words) if lemma in words.topic_documents else None


def _near_sentences(view: SentenceView, after: bool) -> list[Sentence]:
    """The sentence, the one before it and, if `after`, the one after it: where a report
    tells what kind of deal a word in this one is."""
    return [view.sentence, *view.sentences_before(1), *(view.sentences_after(1) if after else [])]


def _topic_kind(view: SentenceView, words: DealWords) -> str | None:
    """The kind a topic word tells in the sentence or the one before it ("Клуб получил
    нового титульного спонсора. Состоялось подписание меморандума между …"): a document
    that names no kind of its own is the deal the report is about."""
    for sentence in _near_sentences(view, after=False):
        for token in sentence.tokens:
            kind = words.topic_kinds.get(plain_lemma(token.lemma, words))
            if kind is not None:
                return kind
    return None


def _granted_kind(view: SentenceView, index: int, words: DealWords) -> str | None:
    """The loan a document grants, told in its content on it or on its verb: "контракт на
    открытие кредитной линии", or money "на предоставление 2 млрд рублей" with a loan word
    near. Only a loan no deal word of its own carries to the verb: under a carrier noun
    ("договор о предоставлении кредита") the loan word makes that deal itself."""
    token = view.tokens[index]
    places = [index]
    if token.relation.startswith("obj") and 0 <= token.head < len(view.tokens):
        places.append(token.head)
    for place in places:
        for content in view.children(place):
            if (
                content == index
                or view.tokens[content].lemma not in words.granting_nouns
                or view.preposition(content) not in words.content_prepositions
            ):
                continue
            carried = view.tokens[content].lemma in words.carrier_nouns
            for granted in view.children(content):
                if not view.tokens[granted].relation.startswith("nmod"):
                    continue
                lemma = view.tokens[granted].lemma
                lent = (kind_of(lemma, words) or _phrase_kind(view, granted, words))
                if lent == words.loan_kind and not carried:
                    return words.loan_kind
                if lemma in words.currency_nouns and _loan_told_near(view, words):
                    return words.loan_kind
    return None


def _loan_told_near(view: SentenceView, words: DealWords) -> bool:
    """Whether money given is lent: a loan word ("ё" read as "е": "заём", "заёмное") stands
    in the sentence, the one before or the next two ("ВТБ выделит X 30 млн евро.
    Планируется подписание кредитного соглашения"; a headline "ВТБ профинансирует бюджет
    города" whose lead names the credit line a sentence later). A loan paid back ("субсидия на погашение кредитов") is a purpose, not
    the deal, and does not count."""
    sentences = [view.sentence, *view.sentences_before(1), *view.sentences_after(_LOAN_AHEAD)]
    for sentence in sentences:
        tokens = sentence.tokens
        for token in tokens:
            if plain_lemma(token.lemma, words) not in words.loan_words:
                continue
            head = token.head
            if 0 <= head < len(tokens) and tokens[head].lemma in words.repayment_nouns:
                continue
            return True
    return False


def _has_recipient(view: SentenceView, index: int, words: DealWords) -> bool:
    """A named side in the dative hangs on the word, or a singular pronoun for one, and no
    verb does ("должен банку", "должен ему")."""
    children = view.children(index)
    if any(view.tokens[c].relation.startswith("xcomp") for c in children):
        return False
    return any(
        (
            view.tokens[child].relation.startswith("iobj")
            # the parser may call the dative a subject ("X должен компании «Y»")
            or (view.tokens[child].relation.startswith(("obl", "nmod", "nsubj"))
                and not view.preposition(child) and view.in_case(child, "Dat"))
        )
        and (view.mentions_in(view.subtree(child), PARTICIPANT_TYPES)
             or view.tokens[child].lemma in words.singular_pronouns)
        for child in children
    )  # fmt: skip


def _has_inner_trigger(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether a more specific deal noun hangs on this one ("контракт на поставку",
    "сделка по покупке"): that one tells the kind. A deal noun in a reason phrase does
    not ("неустойка за сорванные поставки" is a penalty), nor a funding noun that is only
    the purpose ("выделение … на докапитализацию X", deal41)."""
    return any(
        kind_of(view.tokens[child].lemma, words) is not None
        and view.tokens[child].relation.startswith("nmod")
        and view.preposition(child) not in words.reason_prepositions
        and _funding_noun_carried(view, child, words)
        for child in view.children(index)
    )


def only_spoken_of(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether the deal is only a possibility, a plan, talks, a rumour, refused or denied:
    such a word governs the trigger within three steps, or qualifies it ("возможной
    продажи"), or an auxiliary of a governor does ("may sign an agreement on the purchase")."""
    governors = list(view.ancestors(index))[:3]
    auxiliaries = [
        child
        for position in governors
        for child in view.children(position)
        if view.tokens[child].relation.startswith("aux")
    ]  # "may sign an agreement on the purchase"
    # "купила X после долгих переговоров": talks that came before are no hedge
    qualifiers = [
        child for child in view.children(index)
        if view.preposition(child) not in words.time_prepositions
    ]  # fmt: skip
    near = [*governors, *qualifiers, *auxiliaries]
    return any(view.tokens[position].lemma in words.unreal_words for position in near)


def under_condition(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether the trigger's clause is a condition ("если инвестиции превысят …")."""
    clause = view.clause_governors(index, 2, shared_subordinator=True)
    return any(
        view.tokens[child].relation == "mark" and view.tokens[child].lemma in words.condition_marks
        for position in clause
        for child in view.children(position)
    )


def noun_like(view: SentenceView, index: int) -> bool:
    """A noun, or a noun the tagger took for a name because it opens the sentence
    ("Задолженность компании …") and no name was found there."""
    token = view.tokens[index]
    return token.pos == "NOUN" or (
        token.pos == "PROPN" and index == 0 and view.mention_at(index) is None
    )


def _reason_of_other_deal(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether a deal noun only gives the reason for another deal of the sentence ("долг
    перед X за поставки газа", "штраф за срыв поставок"): a "за" phrase, another kind."""
    if view.preposition(index) not in words.reason_prepositions:
        return False
    own = kind_of(view.tokens[index].lemma, words)
    return any(
        position != index and kind_of(token.lemma, words) not in {None, own}
        for position, token in enumerate(view.tokens)
    )


def _carried(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether the word is what a document is about ("контракт на участие", "договор об
    участии", or "подписал контракт с X на участие" with the phrase on the verb) and takes
    part in an event ("в турнире", not "в проекте"): only such a document makes taking
    part a deal."""
    head = view.tokens[index].head
    if not 0 <= head < len(view.tokens) or not _of_an_event(view, index, words):
        return False
    if view.tokens[head].lemma in words.carrier_nouns:
        return True
    return view.preposition(index) in words.content_prepositions and any(
        view.tokens[child].relation.startswith("obj")
        and view.tokens[child].lemma in words.carrier_nouns
        for child in view.children(head)
    )


def _role_taken(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether the role noun is the role a side takes: the predicate of a verb of being or
    becoming ("покупателем выступила X", "продавцом стал Y"), or of such a verb left out
    in a list ("…, покупателем — компания Z")."""
    token = view.tokens[index]
    head = token.head
    if not 0 <= head < len(view.tokens):
        return False
    if view.tokens[head].lemma in words.role_verbs:
        return True
    return (
        token.relation.startswith(("conj", "orphan"))
        and view.tokens[head].lemma in words.role_lemmas
    )


def _of_an_event(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether what the word takes part in is an event ("участие в турнире", "… в матче")."""
    return any(
        plain_lemma(view.tokens[child].lemma, words) in words.event_nouns
        for child in view.children(index)
    )


def _content_on_verb(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether the document noun's verb carries what the document is about, as a deal word
    of its own ("подписала контракт с X на участие в турнире"): that word tells the kind."""
    token = view.tokens[index]
    head = token.head
    if not token.relation.startswith("obj") or not 0 <= head < len(view.tokens):
        return False
    return any(
        child != index
        and view.preposition(child) in words.content_prepositions
        and kind_of(view.tokens[child].lemma, words) not in {None, kind_of(token.lemma, words)}
        for child in view.children(head)
    )


def _funding_noun_carried(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether a funding noun (deal41: "выделение", "докапитализация") is a deal made, not
    a purpose or a topic: it hangs on a decision made ("приняло решение о выделении …") or
    is the object of a verb that approves or carries it out ("одобрило выделение …",
    `funding_verbs`); a rescue noun in a purpose phrase ("выделило
    … на докапитализацию X") is the purpose of the word that gives. Other words pass."""
    token = view.tokens[index]
    if token.pos != "NOUN" or token.lemma not in words.giving_nouns | words.rescue_lemmas:
        return True
    if view.preposition(index) in words.purpose_prepositions:
        return False
    head = token.head
    if not 0 <= head < len(view.tokens):
        return False
    if view.tokens[head].lemma in words.decision_carriers:
        # a decision made ("приняло решение о …"), not one quashed or asked for
        verb = view.tokens[head].head
        return (
            view.preposition(index) in words.content_prepositions
            and 0 <= verb < len(view.tokens)
            and view.tokens[verb].lemma in words.ruling_verbs
        )
    # approved or carried out ("одобрило выделение …"), not demanded or discussed
    return token.relation.startswith("obj") and view.tokens[head].lemma in words.funding_verbs


def _gives_money(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether the word's object is an amount of money ("выделит клубу 450 млн рублей"), or,
    with no object at all, the amount is hung on its purpose phrase ("выделила X на
    проведение турнира 30 млн рублей", as the parser reads it); a giving noun's money is
    its own genitive ("выделение 15 млрд рублей", "выделение бюджетных ассигнований")."""
    money = words.currency_nouns | words.all_money_nouns
    children = view.children(index)
    if view.tokens[index].pos == "NOUN":
        return any(
            view.tokens[child].relation.startswith("nmod")
            and not view.preposition(child)
            and (
                view.tokens[child].lemma in money
                or any(
                    view.tokens[grandchild].lemma in words.currency_nouns
                    for grandchild in view.children(child)
                )
            )
            for child in children
        )
    # what a passive gives is its subject ("клубу выделено 100 млн рублей")
    objects = [c for c in children if view.tokens[c].relation.startswith(("obj", "nsubj:pass"))]
    if objects:
        return any(view.tokens[_antecedent(view, c, index, words)].lemma in money for c in objects)
    return any(
        view.tokens[child].relation.startswith("obl")
        and view.preposition(child) in words.purpose_prepositions
        and any(
            view.tokens[grandchild].relation.startswith("nmod")
            and view.tokens[grandchild].lemma in words.currency_nouns
            for grandchild in view.children(child)
        )
        for child in children
    )


def _received_from(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether a verb of receiving tells money got from a named giver (deal44): its object
    is an amount of money ("получит от Y 3 млрд долларов", "$20 млн") with no deal noun of
    its own in it (that noun tells the deal: "получит $20 млн кредита от Y"), and a source
    phrase ("от Y", "от правительства Y") names a participant. An offer, a refusal or
    letters received are no money; a sum with no giver ("акционеры получат $54 за акцию")
    names one side only."""
    if view.tokens[index].pos != "VERB":
        return False
    money = words.currency_nouns | words.all_money_nouns | words.currency_signs
    children = view.children(index)
    amounts = [
        c for c in children
        if view.tokens[c].relation.startswith("obj")
        and (
            view.tokens[c].lemma in money
            or (view.tokens[c].lemma in words.amount_nouns
                and any(view.tokens[g].lemma in money for g in view.children(c)))
        )
    ]  # fmt: skip
    if not amounts or any(
        kind_of(view.tokens[p].lemma, words) for a in amounts for p in view.subtree(a)
    ):
        return False
    return any(
        view.tokens[c].relation.startswith(("obl", "nmod"))
        and view.preposition(c) in words.source_prepositions
        and kind_of(view.tokens[c].lemma, words) is None
        and bool(view.mentions_in(view.subtree(c), PARTICIPANT_TYPES))
        for c in children
    )


def _antecedent(view: SentenceView, word: int, verb: int, words: DealWords) -> int:
    """The noun a relative pronoun on the verb stands for ("сумму, которая была выделена
    клубу" gives a sum), else the word itself."""
    head = view.tokens[verb].head
    if (
        view.tokens[word].lemma in words.relative_pronouns
        and view.tokens[verb].relation.startswith("acl")
        and 0 <= head < len(view.tokens)
    ):
        return head
    return word
