"""Speech verbs that report no statement of their subject's: a speech act negated,
only looked ahead to or wished for ("не объявило", "заявит", "хотел подчеркнуть"), a
promise inside an alleged account ("По версии следствия, он пообещал …"), and a subject
that only relays someone else ("сообщает X со ссылкой на Y"). These keep precision."""

from __future__ import annotations

from concord.analysis import AnalysedDocument, Sentence
from concord.extract.sentence_view import SentenceView
from concord.extract.statement.words import StatementWords


def filed_document(view: SentenceView, verb: int, words: StatementWords) -> bool:
    """Whether the verb only writes or files a document (statement43): "написал заявление
    об отставке", "написала рапорт об увольнении" hand in an application, they say nothing
    to anyone; "сделал заявление" and "написал, что …" stay speech."""
    if view.tokens[verb].lemma not in words.filing_lemmas:
        return False
    return any(
        view.tokens[c].relation == "obj" and view.tokens[c].lemma.lower() in words.filed_nouns
        for c in view.children(verb)
    )


def alleged_act(view: SentenceView, verb: int, words: StatementWords) -> bool:
    """A promise, offer or threat inside an account that opens the sentence ("По версии
    следствия, инспектор пообещал не составлять протокол"): the act alleged, not a claim the
    doer made."""
    if words.account_opening is None or view.tokens[verb].lemma not in words.commissive_lemmas:
        return False
    opening = words.account_opening.match(view.sentence.text)
    return opening is not None and view.sentence.start + opening.end() <= view.tokens[verb].start


def only_relays(view: SentenceView, verb: int, clause: list[int], words: StatementWords) -> bool:
    """Whether the verb's subject only relays someone ("сообщает РИА Новости со ссылкой на
    пресс-службу компании"): the relay phrase stands after the verb, before what was said."""
    if words.relayed_source is None:
        return False
    tokens = view.tokens
    # (up to the clause's first word: "ссылаясь на Y" may be read as what was said)
    first = min((i for i in clause if tokens[i].pos != "PUNCT"), default=min(clause))
    end = tokens[first].end if first > verb else tokens[-1].end
    between = view.sentence.text[tokens[verb].end - view.sentence.start : end - view.sentence.start]
    return words.relayed_source.search(" " + between) is not None


def unsaid(view: SentenceView, verb: int, words: StatementWords) -> bool:
    """A speech act the sentence does not report as made: negated ("НАСА не объявило о …";
    not "не исключил, что …", which states), only looked ahead to ("заявит", "собирается
    заявить"), or an infinitive another verb governs ("хотел подчеркнуть", "позволило
    аналитикам заявлять": a wish or a possibility)."""
    token = view.tokens[verb]
    if _negated(view, verb) and token.lemma not in words.negated_speech_lemmas:
        return True
    if token.feats.get("Tense") == "Fut" or any(
        view.tokens[c].lemma == view.words.future_auxiliary
        and view.tokens[c].relation == "aux"
        and view.tokens[c].feats.get("Tense") == "Fut"
        for c in view.children(verb)
    ):
        return True  # "заявит", "будет говорить"; not a promise ("пообещал, что …")
    if token.feats.get("VerbForm") != "Inf" or not 0 <= token.head < len(view.tokens):
        return False
    governor = view.tokens[token.head]
    return governor.pos in {"VERB", "AUX"} and governor.lemma not in words.speech_lemmas


def _negated(view: SentenceView, verb: int) -> bool:
    """Whether the verb has its own "не" before it, not one inside what was said."""
    return any(
        view.tokens[c].lemma in view.words.negations and c < verb for c in view.children(verb)
    )


def declined(analysed: AnalysedDocument, sentence: Sentence, words: StatementWords) -> bool:
    """Whether the sentence reports a speech act as not made ("в компании не уточнили")."""
    view = SentenceView.build(analysed, sentence, words.sentence)
    return any(
        token.pos == "VERB"
        and token.lemma in words.speech_lemmas
        and token.lemma not in words.negated_speech_lemmas
        and _negated(view, index)
        for index, token in enumerate(view.tokens)
    )
