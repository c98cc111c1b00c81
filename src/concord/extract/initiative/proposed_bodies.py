"""Bodies proposed by decision-makers: "выступил с предложением создать фонд", "поддержали
предложение о создании комиссии". Federal and public-affairs news announce a council, a
commission or a fund as the content of a proposal its author voices, or that the other side
backs. By docs/notes/gold.md a body set up to handle something is a project, planned where
someone means to set it up ("выразили намерение сформировать"); the proposal noun is then no
mere topic of talk, as it stays for a facility ("предложение построить дорогу")."""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def backed_body_proposal(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """The noun names a body whose founding is the content of a proposal noun that a verb
    of voicing or backing governs ("с предложением создать фонд … выступил")."""
    lemma = view.tokens[index].lemma
    if not (words.body(lemma) or lemma in words.founded_name_nouns):
        return False
    if view.tokens[launcher].lemma not in words.founding_words:
        return False
    for head in view.ancestors(launcher):
        token = view.tokens[head]
        if token.lemma in words.voiced_proposal_nouns:
            holder = token.head
            return (
                0 <= holder < len(view.tokens)
                and view.tokens[holder].lemma in words.proposal_backing_verbs
            )
        if token.pos in {"VERB", "AUX"}:  # the chain of nouns ends at the first verb
            return False
    return False


def founded_body(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """The noun names a body (body noun or named centre) and the launcher founds it: a
    body proposed ("активисты предложили создать фонд", "Предлагаю создать рабочую группу")
    is planned by its would-be founders (initiative80's decision), while a facility a
    person proposes stays an opinion (rounds 55 and 62)."""
    lemma = view.tokens[index].lemma
    body = words.body(lemma) or lemma in words.founded_name_nouns
    return body and view.tokens[launcher].lemma in words.founding_words
