"""Reported speech, read per sentence from its tree: a speech, stance or disclosure
verb, the speaker its subject names (`subjects`) and what it says (`said`), unless a
filter (`filters`) shows nothing was stated. One claim per sentence and speaker, dated
when the sentence says when it was said, not when what was said will happen."""

from __future__ import annotations

from collections.abc import Iterator

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.sentence_view import SentenceView, entity_argument
from concord.extract.statement.filters import alleged_act, only_relays, unsaid
from concord.extract.statement.names import SPEAKER_TYPES, is_addressee
from concord.extract.statement.said import (
    aside_clause,
    clause_after,
    disclosed_object,
    expects_that,
    infinitive_object,
    predicative_object,
    quoted_object,
    said_clauses,
    sentence_before,
    speech_noun,
    topic_of,
)
from concord.extract.statement.subjects import (
    aside_end,
    coordinated_speakers,
    governor_subjects,
    holder_obliques,
    inverted_subject,
    outlet_told,
    person_subject_first,
    subject_speakers,
    unnamed_source,
)
from concord.extract.statement.words import StatementWords


def reported_statements(
    analysed: AnalysedDocument, sentence: Sentence, words: StatementWords
) -> Iterator[Claim]:
    if sentence.text.rstrip().endswith("?"):
        return  # a question asks what was said; it reports no statement
    view = SentenceView.build(analysed, sentence, words.sentence)
    said: set[str] = set()  # one claim per sentence and speaker
    held: list[Claim] = []  # what aside verbs report, kept unless the sentence says more
    made = False
    for index, token in enumerate(view.tokens):
        speech = token.lemma in words.speech_lemmas and token.pos == "VERB"
        disclosed = disclosed_object(view, index, words)
        speech = speech or bool(disclosed)
        if token.lemma in words.expectation_lemmas and token.pos == "VERB":
            speech = expects_that(view, index, words)
        stance = token.lemma in words.stance_lemmas and token.pos in {"VERB", "ADJ"}
        noun = speech_noun(view, index, words)
        if not (speech or stance or noun is not None):
            continue
        if unsaid(view, index, words) or alleged_act(view, index, words):
            continue
        subjects = [
            c
            for c in view.children(index)
            if view.tokens[c].relation.startswith("nsubj")
            and not any(  # "сообщили Пенза.ру в УГИБДД": the outlet told, not the speaker
                m.start <= view.tokens[c].start < m.end and is_addressee(analysed, m)
                for m in view.mentions_in([c], set(SPEAKER_TYPES))
            )
        ]
        own_subject = bool(subjects)
        subjects = person_subject_first(view, subjects)
        if not subjects:
            subjects = holder_obliques(view, index, words)  # "В Минсвязи уверены, что …"
        if not subjects:
            subjects = governor_subjects(view, index)  # "X отверг план, заявив, что …"
        clauses = said_clauses(view, index, words)
        clause = view.subtree(clauses[0]) if clauses else clause_after(view, index, words)
        if not clause and speech:
            clause = quoted_object(view, index)  # "назвал атмосферу «хорошей»"
        if not clause and speech:
            clause = infinitive_object(view, index)  # "пообещал снизить тарифы"
        manner = any(  # "Так X прокомментировал …": what the sentence before said
            c < index and view.tokens[c].lemma.lower() in words.anaphoric_manners
            for c in view.children(index)
        )
        if not clause and token.lemma in words.object_speech_lemmas and not manner:
            clause = next(  # "опроверг сообщения о перестановках", "такую связь отрицают"
                (
                    view.subtree(c)
                    for c in view.children(index)
                    if view.tokens[c].relation == "obj"
                    and (c > index or view.tokens[c].pos == "NOUN")
                ),
                [],
            )
        if not clause and token.lemma in words.claim_object_lemmas:
            clause = next(  # "эту версию отверг"; not "отверг предложение"
                (
                    view.subtree(c)
                    for c in view.children(index)
                    if view.tokens[c].relation == "obj"
                    and view.tokens[c].lemma.lower() in words.claim_nouns
                ),
                [],
            )
        if not clause:
            clause = disclosed  # "«X» объявил финансовые результаты за год"
        if not clause and token.lemma in words.evaluation_lemmas and token.relation != "ccomp":
            clause = predicative_object(view, index)  # "считает решение ошибочным"
        refers_before = False  # "Об этом заявил X", "Такое заявление X сделал …"
        if not clause and speech and manner:  # "Так X прокомментировал …"
            clause, refers_before = [index], True
        if not clause and noun is not None:
            clause = view.subtree(noun)
            refers_before = view.tokens[noun].lemma.lower() in (
                words.data_nouns | words.view_nouns
            ) or any(
                view.tokens[c].lemma in words.anaphoric_topics for c in view.children(noun)
            )
        if clauses and clauses[0] > index:
            # a misparse can hang the subject under the clause: what was said follows the verb
            clause = [i for i in clause if i > index]
        # "отверг предложение о слиянии": a rejection is about no topic
        rejects = token.lemma in words.claim_object_lemmas
        topic = None if clause or rejects else topic_of(view, index, words)
        if topic is not None:
            clause = view.subtree(topic)
        aside = False
        if not clause and speech:
            clause = aside_clause(view, index, words)
            aside = bool(clause)
        if not clause:
            continue
        if only_relays(view, index, clause, words):
            continue  # "Как сообщает X со ссылкой на Y, …": Y's, read as an attribution
        speakers: list[Mention] = []
        if subjects:
            speakers = subject_speakers(
                analysed, view, subjects[0], words, aside_end(view, index, subjects[0], words)
            )[:1]
            speakers += [s for s in coordinated_speakers(view, subjects[0]) if s not in speakers]
        if not speakers and not own_subject:
            # The parser lost the subject ("В ответ на … X заявляет, что", where "в ответ"
            # is no holder): a name right before the verb.
            before = view.mentions_in(range(max(0, index - 3), index), set(SPEAKER_TYPES))
            speakers = before[-1:] or inverted_subject(view, index)
        if aside:  # "Как сообщили «Интерфаксу» в отделении партии": not whom it was told
            speakers = [s for s in speakers if not is_addressee(analysed, s)]
        unnamed = [  # the parser may hang an aside's subject on the main verb
            i
            for i in subjects[:1] or range(index + 1, min(index + 6, len(view.tokens)))
            if view.tokens[i].relation.startswith("nsubj") or i in subjects
        ]
        if not speakers and any(unnamed_source(view, i, words) for i in unnamed):
            # "Об этом «Ведомостям» рассказали источники": the outlet is the only one named
            speakers = outlet_told(analysed, view, index)
        if not speakers:
            continue
        while clause and (
            view.tokens[clause[0]].pos == "PUNCT"
            or view.tokens[clause[0]].lemma in words.complementisers
        ):
            clause.pop(0)
        while clause and view.tokens[clause[-1]].pos == "PUNCT":
            clause.pop()
        if not clause:
            continue
        quote = view.span_of(clause)
        if refers_before or (
            topic is not None and view.tokens[topic].lemma in words.anaphoric_topics
        ):
            quote = sentence_before(analysed, sentence) or quote
        said_on = next(
            (
                d
                for d in view.dates
                if d.relation == "on" and not quote.start <= d.start < quote.end
            ),
            None,
        )  # "заявил, что переговоры пройдут в 2028 году" was not said in 2028
        for speaker in speakers:
            name = entity_argument(analysed, "speaker", speaker).value
            if name in said:
                continue
            said.add(name)
            arguments = [
                entity_argument(analysed, "speaker", speaker),
                Argument("quote", quote.text, quote),
            ]
            if said_on:
                arguments.append(view.date_argument("date", said_on))
            claim = view.claim("statement", arguments, Modality.FACT)
            if aside:
                held.append(claim)
            else:
                made = True
                yield claim
    # "X заявил, что …, сообщает агентство": an aside verb beside a reported statement
    # only relays it
    if not made:
        yield from held
