"""A document named for what it holds: its terms cited, stated or acted under.

"По условиям договора …", "в договоре предусмотрено …" (`under_terms`), "Документ
предусматривает …" (`states_terms`), "в контракте было записано" (`cites_content`),
"Россия нарушила договор" (`bound_by`), "по его условиям" (`possessed_terms`). Such a
document is one concluded before: its clause's future is the terms', and a report
restating it adds no new document.
"""

from __future__ import annotations

from concord.extract.agreement.reading import governors
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView


def under_terms(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "По условиям договора поставщик обеспечит …": the document is named for its terms;
    the clause's future is the terms', not the document's."""
    holder = view.tokens[index].head
    if not 0 <= holder < len(view.tokens):
        return view.preposition(index) in words.terms_prepositions
    if view.preposition(index) in words.terms_prepositions:
        # "переговоры по новым контрактам", "предложения по мирному договору": talks on
        # a document, not its terms cited
        return view.tokens[holder].lemma not in words.talks_nouns
    if view.preposition(index) in words.content_prepositions:
        # "в договоре предусмотрена возможность выхода": the terms the document holds
        return view.tokens[holder].lemma in words.terms_verbs
    return view.tokens[holder].lemma in words.terms_nouns


def states_terms(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Документ гарантирует поставки", "Контракт рассчитан на 20 лет": the document is
    the subject of a verb stating its terms."""
    holder = view.tokens[index].head
    if not (view.tokens[index].relation.startswith("nsubj") and 0 <= holder < len(view.tokens)):
        return False
    verb = view.tokens[holder]
    if verb.lemma in words.terms_verbs:
        return True
    # "Документ открывает доступ …", "Документ касается …": the reference word describing in
    # the present tense what the document does (a pronoun so used is mostly a person)
    return (
        view.tokens[index].lemma in words.reference_nouns
        and verb.pos == "VERB"
        and verb.lemma not in words.sign_verbs
        and verb.feats.get("VerbForm") == "Fin"
        and verb.feats.get("Tense") == "Pres"
    )


def bound_by(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Россия нарушила договор", "выполнение положений протокола", "запрещены договором":
    a document violated, observed or acted under, among its three nearest governors."""
    return any(view.tokens[i].lemma in words.binding_words for i in governors(view, index, 3))


def cites_content(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "в контракте было записано", "что указано в договоре", "опцией в соглашении":
    what the document holds is cited, so the document is in force."""
    holder = view.tokens[index].head
    return (
        view.preposition(index) in words.content_prepositions
        and 0 <= holder < len(view.tokens)
        and view.tokens[holder].lemma in words.content_verbs | words.terms_nouns
    )


def possessed_terms(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "По его условиям поставщик обязан …": a possessive pronoun held by a terms noun
    names whose terms they are."""
    holder = view.tokens[index].head
    return (
        view.tokens[index].relation in {"det", "nmod", "nmod:poss"}
        and 0 <= holder < len(view.tokens)
        and view.tokens[holder].lemma in words.terms_nouns
        and not view.preposition(index)
    )
