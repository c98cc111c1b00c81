"""Outlets that relay the news: "Об этом сообщает ТАСС со ссылкой на пресс-релиз
компании", "передаёт Интерфакс". Such an organisation reports the story; it neither runs
the project told nor employs the people named, so readers that look for "the one
organisation the report names" pass over it."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Mention
from concord.extract.sentence_view import SentenceView, SentenceWords, sentence_holding

_OPENING_QUOTES = frozenset({"«", '"', "“", "„"})
_DASHES = frozenset({"—", "–", "-"})


def relaying_outlet(document: AnalysedDocument, mention: Mention, words: SentenceWords) -> bool:
    """Whether the mention (or the noun it names: "агентство «Интерфакс»") is the subject
    of a relaying verb, or of a verb citing a source (a citing noun hanging on the verb or
    on the subject)."""
    sentence = sentence_holding(document, mention.start)
    if sentence is None:
        return False
    tokens = sentence.tokens
    indices = sentence.token_indices(mention.start, mention.end)
    heads = [i for i in indices if tokens[i].head not in indices]
    if not heads:
        return False
    subject = heads[0]
    if tokens[subject].relation == "appos" and 0 <= tokens[subject].head < len(tokens):
        subject = tokens[subject].head  # "передаёт агентство «Интерфакс»"
    if not tokens[subject].relation.startswith("nsubj"):
        return False
    verb = tokens[subject].head
    if not 0 <= verb < len(tokens):
        return False
    if tokens[verb].lemma in words.relaying_verbs:
        return True
    return any(
        tokens[position].head in {verb, subject} and tokens[position].lemma in words.citing_nouns
        for position in range(len(tokens))
    )


def aside_tellers(view: SentenceView) -> set[int]:
    """The words naming the teller of a verb of reporting set after the clause it reports
    ("Компания откроет магазин, сообщает газета «X»"; "…, said the agency"): the verb hangs
    on a word before it across a comma, and its subject tells the news, taking no part in
    it. The teller's own organisation stays ("…, рассказал президент союза X": the union
    may run what its president announces), and direct speech ("«Мы откроем центр», —
    заявил директор компании «X»") is left alone: there the speaker talks for his side."""
    found: set[int] = set()
    if view.tokens and view.tokens[0].text in _OPENING_QUOTES:
        return found
    for verb, token in enumerate(view.tokens):
        governor = token.head
        if (
            token.lemma not in view.words.aside_reporting_verbs
            or token.relation not in {"parataxis", "advcl", "conj"}
            or not 0 <= governor < verb
            or not any(view.tokens[i].text == "," for i in range(governor + 1, verb))
            or any(view.tokens[i].text in _DASHES for i in range(governor + 1, verb))
            or any(view.tokens[c].relation in {"ccomp", "obj"} for c in view.children(verb))
        ):
            continue
        for subject in view.subjects(verb):
            found.update(view.subtree(subject, skip=frozenset({"nmod"})))
    return found
