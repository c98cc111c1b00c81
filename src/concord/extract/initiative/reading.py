"""What several modules of the package read alike: the mention types of a place, how
many sentences back a common noun or an organisation introduced with its noun is looked
for, and four small word tests (a named place or settlement, a work noun, a compound
preposition of time, an idiom of place, a noun called new). Kept apart so that no concern imports another
only for these.
"""

from __future__ import annotations

from itertools import islice

from concord.analysis import Token
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

PLACE_TYPES = {"LOC", "LOCORG"}


LOOK_BACK = 3  # sentences searched for the organisation a common noun stands for


# An organisation introduced with the noun ("фонда «X»") is "фонд" paragraphs later.
INTRODUCED_LOOK_BACK = 10


def names_settlement(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """The word is a named place or a settlement noun."""
    mention = view.mention_at(index)
    if mention is not None and mention.type in PLACE_TYPES | {"GPE"}:
        return True
    return view.tokens[index].lemma in words.settlement_nouns


def is_work(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A noun of work ("ремонт", "реконструкция"), listed or by its suffix; not a payment."""
    token = view.tokens[index]
    return (
        token.pos == "NOUN"
        and token.lemma not in words.payment_nouns
        and (token.lemma in words.work_nouns or token.lemma.endswith(words.work_suffixes))
    )


def during(view: SentenceView, noun: int, words: InitiativeWords) -> bool:
    """ "во время строительства", "в ходе реконструкции": a compound preposition of time."""
    return any(
        view.tokens[case].relation == "case"
        and any(
            view.tokens[fixed].relation == "fixed"
            and view.tokens[fixed].lemma in words.during_nouns
            for fixed in view.children(case)
        )
        for case in view.children(noun)
    )


def called_new(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "новый цех", "новая школа": one of the noun's own adjectives is of novelty."""
    return any(
        view.tokens[child].relation == "amod" and view.tokens[child].lemma in words.novelty_modifiers
        for child in view.children(index)
    )


def idiom(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "на базе университета": a project noun in an idiom of place."""
    prepositions = words.idiom_nouns.get(view.tokens[index].lemma, frozenset())
    return view.preposition(index) in prepositions


def bare_accusative(view: SentenceView, index: int) -> bool:
    """ "обустроит в Твери логистический центр", "открыла в Ржеве приют": an accusative with
    no preposition the parser hung as an oblique is the verb's object."""
    token = view.tokens[index]
    return (
        token.relation == "obl"
        and token.feats.get("Case") == "Acc"
        and not view.preposition(index)
    )


def verb_like(token: Token, words: InitiativeWords) -> bool:
    """A verb, or a finite verb the tagger called an adjective ("Ремонтировались школы",
    "обустроила сквер" tagged ADJ): its lemma is a verb's and the word does not end as an
    adjective or a participle does ("специализированный" keeps a verb's lemma too)."""
    if token.pos in {"VERB", "AUX"}:
        return True
    if short_launched_adjective(token, words):
        return True  # "Открыт" read as the adjective "открытый"
    if token.pos != "ADJ" or not token.lemma.endswith(words.verb_lemma_endings):
        return False
    word = token.text.lower()
    stem = word[:-2] if word.endswith(words.reflexive_endings) else word
    return not stem.endswith(words.adjective_endings)


def short_launched_adjective(token: Token, words: InitiativeWords) -> bool:
    """ "Открыт", "открыта": the short form of a launching participle the tagger read as
    an adjective (`launched_adjectives`); told by its tag or, where the tag lost it, by
    an ending no full adjective has."""
    if token.lemma not in words.launched_adjectives:
        return False
    return token.feats.get("Variant") == "Short" or not token.text.lower().endswith(
        words.adjective_endings
    )


def governors(view: SentenceView, index: int, count: int) -> list[int]:
    """The first `count` words above the word (fewer where the tree ends or turns back)."""
    return list(islice(view.ancestors(index), count))



def controlling_subjects(
    view: SentenceView, verb: int, words: InitiativeWords, reach: int
) -> list[int]:
    """The verb's subjects, or those of the verbs it is the complement of ("суд решил
    переехать", "Россия решила начать вывод"), climbing at most `reach` heads while no
    subject is found."""
    current = verb
    for _ in range(reach):
        own = view.subjects(current)
        head = view.tokens[current].head
        if own or view.tokens[current].relation not in words.controlled_relations:
            return own
        if not 0 <= head < len(view.tokens):
            return own
        current = head
    return view.subjects(current)
