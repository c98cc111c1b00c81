"""Is a place name used as a place ("в Казахстане") or as an actor ("Казахстан подписал",
"правительство Казахстана", "переговоры с Казахстаном")? The second is LOCORG.

Decided from the name's grammatical frame: its preposition, its case and syntactic role,
and, for a genitive, the noun that governs it (an institution or office, not a place).
"""

from __future__ import annotations

from concord.analysis import Sentence, Token
from concord.knowledge.gazetteer import is_state

PLACE_PREPOSITIONS = {
    "в",
    "во",
    "на",
    "из",
    "от",
    "до",
    "по",
    "под",
    "около",
    "у",
    "через",
    "над",
    "возле",
    "вокруг",
    "близ",
    "вблизи",
    "изо",
    "ко",
}
ACTOR_PREPOSITIONS = {"с", "со", "между", "против", "для", "перед", "к"}
PLACE_NOUNS = {
    "город",
    "район",
    "столица",
    "регион",
    "территория",
    "север",
    "юг",
    "запад",
    "восток",
    "центр",
    "часть",
    "окраина",
    "область",
    "провинция",
    "штат",
    "край",
    "граница",
    "побережье",
    "берег",
    "улица",
    "пригород",
    "окрестность",
    "земля",
    "республика",
    "округ",
    "село",
    "деревня",
    "поселок",
    "страна",
    "житель",
    "гражданин",
    "турист",
    "население",
    "карта",
    "небо",
    "море",
    "остров",
    "климат",
}
ACTOR_RELATIONS = ("nsubj", "obj", "iobj", "obl", "conj", "appos")


def _preposition(sentence: Sentence, index: int) -> str:
    for position in sentence.dependents[index]:
        token = sentence.tokens[position]
        if token.relation == "case" and position < index:
            return token.lemma
    if index > 0 and sentence.tokens[index - 1].pos == "ADP":
        return sentence.tokens[index - 1].lemma
    return ""


def in_parentheses(sentence: Sentence, first: int, last: int) -> bool:
    tokens = sentence.tokens
    return (
        first > 0
        and tokens[first - 1].text == "("
        and last + 1 < len(tokens)
        and (tokens[last + 1].text == ")")
    )


def is_actor(sentence: Sentence, first: int, tokens: list[Token], name: str = "") -> bool:
    """States act unless the text puts something in them ("в Германии проводятся…");
    other places act only through an institution ("мэрия Москвы") or as a party ("с X")."""
    if is_state(name):
        return _state_acts(sentence, first, first + len(tokens) - 1)
    return _place_acts(sentence, first, tokens)


def is_placed(sentence: Sentence, first: int) -> bool:
    """Something happens in the name or comes from it: "в Дархане", "из Астаны"."""
    return _preposition(sentence, first) in PLACE_PREPOSITIONS


def _state_acts(sentence: Sentence, first: int, last: int) -> bool:
    """A state is an actor unless something happens in it or comes from it, or it only
    labels someone in parentheses ("Василий Иванчук (Украина)")."""
    if in_parentheses(sentence, first, last):
        return False
    return _preposition(sentence, first) not in PLACE_PREPOSITIONS


def _place_acts(sentence: Sentence, first: int, tokens: list[Token]) -> bool:
    last = first + len(tokens) - 1
    inside = range(first, last + 1)
    head_index = next((first + i for i, t in enumerate(tokens) if t.head not in inside), first)
    head = sentence.tokens[head_index]
    if in_parentheses(sentence, first, last):
        return False
    preposition = _preposition(sentence, first)
    if preposition in PLACE_PREPOSITIONS:
        return False
    if preposition in ACTOR_PREPOSITIONS:
        return True
    if (
        head.feats.get("Case") == "Gen"
        and head.relation == "nmod"
        and 0 <= head.head < len(sentence.tokens)
    ):
        governor = sentence.tokens[head.head]
        if governor.pos in {"NOUN", "PROPN"}:
            return governor.lemma not in PLACE_NOUNS
        return False
    return head.relation.startswith(ACTOR_RELATIONS) and head.feats.get("Case") in {
        "Nom",
        "Dat",
        "Acc",
        "Ins",
    }
