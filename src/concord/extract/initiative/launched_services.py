"""Services a company or an agency launches (initiative85). Business, telecom, banking and
transport news tell a new service by the noun of the service itself: "РЖД запустили опцию
покупки билетов", "МТС запускает новую услугу", "РЖД введет услугу сопровождения
ребенка", "сообщили о запуске новой функции", "Сбербанк запускает новое решение". By the
gold guidelines a new service launched is a project (fact when launched, planned when
announced to come), yet "услуга" stays off the project nouns: most of its mentions are
services rendered or priced ("оказывать услуги", "стоимость услуги").

So a service noun counts only as what a word of launching or introducing takes directly
(its object, its passive subject, or the launching noun's genitive), and only when nothing
in its own phrase tells a price: a tariff option sold as a new "услуга" ("звонки по цене
7 копеек", "стоят 5 гривен") is a price, not a service. A service only rendered, paid for,
raised in price, or resumed has no launching word here and stays silent.
"""

from __future__ import annotations

from concord.extract.initiative.online_services import unrun_online_service
from concord.extract.initiative.reading import verb_like
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

# relations in which a launching word takes the service: "запустили опцию" (obj),
# "введена функция" (nsubj:pass), "о запуске новой функции" (nmod of the noun)
_TAKEN_RELATIONS = frozenset({"obj", "nsubj:pass"})


def service_launch(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The word launching or introducing the service the noun names, or None: the noun
    must be a service noun taken directly by a service-launching word, and no word of
    price may stand in the noun's own phrase."""
    token = view.tokens[index]
    if token.lemma not in words.launched_service_nouns or view.preposition(index):
        return None
    head = token.head
    if not 0 <= head < len(view.tokens):
        return None
    governor = view.tokens[head]
    if governor.lemma not in words.service_launching_words:
        return _made_available(view, index, words)
    if governor.lemma in words.service_presenting_words and not _new_service(view, index, words):
        return None  # "представил проект услуги" is a design; "представил новую услугу" a launch
    if verb_like(governor, words):
        taken = token.relation in _TAKEN_RELATIONS
    else:
        taken = governor.pos == "NOUN" and token.relation == "nmod" and index > head
    if not taken or _priced(view, index, words):
        return None
    if unrun_online_service(view, index, head, words):
        return None  # initiative102: "чтобы запустить приложение": a user starting it
    return head


def _new_service(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "новую услугу", "инновационное решение": the service is called new."""
    return any(
        view.tokens[child].relation == "amod"
        and view.tokens[child].lemma in words.new_service_modifiers
        for child in view.children(index)
    )


def _priced(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A word of price or money in the service's own phrase ("услугу, в которой звонки
    стоят 5 гривен", "по цене 7 копеек"): a tariff, not a service."""
    return any(view.tokens[i].lemma in words.service_price_words for i in view.subtree(index))


def _made_available(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Новая услуга доступна пользователям", "услуга будет доступна с 1 марта", "станет
    доступен сервис портала" (initiative110): a service told as becoming available is
    launched (planned when it will be); the word of availability launches it. Only a new
    service or one available from now on: "услуга доступна во всех отделениях" describes
    one that runs already, and "данная услуга станет доступна и по другим направлениям"
    spreads one told before."""
    token = view.tokens[index]
    if token.relation != "nsubj" or _priced(view, index, words):
        return None
    if any(
        view.tokens[c].lemma in words.restating_determiners
        or view.tokens[c].text.lower() in words.restating_determiner_forms  # "данная": "дать"
        for c in view.children(index)
    ):
        return None  # "данная услуга станет доступна и по другим направлениям": one told before, spread
    head = view.tokens[index].head
    governor = view.tokens[head]
    if _priced(view, head, words):  # "будет доступна по цене 100 рублей": a tariff
        return None
    if governor.lemma in words.availability_words:
        # "услуга доступна": new, or "будет доступна"
        if _new_service(view, index, words) or any(
            view.tokens[c].relation == "cop" and view.tokens[c].feats.get("Tense") == "Fut"
            for c in view.children(head)
        ):
            return head
        return None
    if governor.lemma in words.becoming_verbs and any(  # "станет доступен сервис"
        view.tokens[c].lemma in words.availability_words and view.tokens[c].relation == "xcomp"
        for c in view.children(head)
    ):
        return head
    return None
