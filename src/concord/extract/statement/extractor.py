"""The statement extractor: reads a document's direct speech first, then the sentences
no quote covers for reported and attributed speech, then carries speakers on to the
quotes and paragraphs that name none, and finally reads interviews, keeping a speaker
label from being taken as anyone's subject. This is the order every reader relies on."""

from __future__ import annotations

from dataclasses import replace

from concord.analysis import AnalysedDocument
from concord.claim import Claim, Span
from concord.extract.sentence_view import entity_argument
from concord.extract.statement.aides import aides_speaking
from concord.extract.statement.attributed import attributed_statements
from concord.extract.statement.continued import (
    dash_continued,
    ownerless_documents,
    quote_continued,
)
from concord.extract.statement.filters import declined
from concord.extract.statement.genders import gender_clashes_dropped
from concord.extract.statement.headlines import headline_statements
from concord.extract.statement.interviews import (
    dialogue_answers,
    headed_answers,
    interview_answers,
    label_spans,
    labelled_quotes,
    speaks_from_label,
)
from concord.extract.statement.names import tokens_of
from concord.extract.statement.people import person_meant
from concord.extract.statement.quotes import direct_statements
from concord.extract.statement.relays import without_relaying_outlets
from concord.extract.statement.reported import reported_statements
from concord.extract.statement.words import StatementWords


def extract_document(analysed: AnalysedDocument, words: StatementWords) -> list[Claim]:
    """Every statement of the document, in the order the readers rely on."""
    claims = list(direct_statements(analysed, words))
    claims += _sentence_statements(analysed, words, _quote_spans(claims))
    # a quote-only paragraph after one reporting someone ("X говорит, что …" then «…»)
    # goes on with them too (the reader adds to the copy it is given, seeing its own)
    claims += list(quote_continued(analysed, words, claims[:]))
    # each reader below sees the claims it adds itself: `claims` grows while it is read
    claims.extend(ownerless_documents(analysed, words, claims))
    claims.extend(dash_continued(analysed, words, claims))
    # An interview's answers: their sentences are still read for what others said ("Он
    # сказал, что …"), but a speaker label is nobody's subject ("Голос Америки: Ранее …").
    labels = label_spans(analysed, words)
    claims = [claim for claim in claims if not speaks_from_label(claim, labels)]
    claims.extend(interview_answers(analysed, words))
    claims.extend(labelled_quotes(analysed, words, claims))
    # a headline crediting words by a colon or a dash ("Name: words", "words — Name")
    claims.extend(headline_statements(analysed, words, claims))
    claims.extend(dialogue_answers(analysed, words, claims))
    claims = _named_speakers(analysed, headed_answers(analysed, words, claims), words)
    # a press secretary speaks, not the one named in "пресс-секретарь губернатора X"
    claims = aides_speaking(analysed, words, claims)
    # "Об этом она рассказала" is not the man named last (statement46)
    claims = gender_clashes_dropped(analysed, words, claims)
    # an outlet passing on the words of someone credited beside it is no second speaker
    return without_relaying_outlets(analysed, words, claims)


def _named_speakers(
    analysed: AnalysedDocument, claims: list[Claim], words: StatementWords
) -> list[Claim]:
    """A speaker that is only a pronoun the recogniser took for a name ("Он заявил, что
    …" under a headline naming nobody) stands for the person named last before it; where
    nobody is, the claim names no one and is dropped."""
    kept: list[Claim] = []
    for claim in claims:
        speaker = next((a for a in claim.arguments if a.role == "speaker"), None)
        if speaker is None or speaker.span is None or not _pronoun(analysed, speaker.span):
            kept.append(claim)
            continue
        meant = person_meant(analysed, speaker.span.start, speaker.span.end, words)
        if meant is None:
            continue
        arguments = [
            entity_argument(analysed, "speaker", meant) if argument is speaker else argument
            for argument in claim.arguments
        ]
        kept.append(replace(claim, arguments=arguments))
    return kept


def _pronoun(analysed: AnalysedDocument, span: Span) -> bool:
    """Whether the span is one personal pronoun ("Он", "Она")."""
    tokens = [
        token
        for token in tokens_of(analysed, span.start, span.end)
        if span.start <= token.start and token.end <= span.end
    ]
    return len(tokens) == 1 and tokens[0].pos == "PRON"


def _sentence_statements(
    analysed: AnalysedDocument, words: StatementWords, covered: list[Span]
) -> list[Claim]:
    """Reported speech of each sentence no quote runs through, and where a sentence reports
    none, the phrase attributing it ("По словам X", "…, пишет X"), unless a reported
    statement's words already hold it."""
    # A quoted paragraph's other sentences may still report speech ("Президент также
    # рассказал, что …"): only the sentences the quote runs through are read already.
    claims: list[Claim] = []
    attributed: list[Claim] = []
    for sentence in analysed.sentences:
        if not sentence.claimable or any(
            span.start < sentence.end and sentence.start < span.end for span in covered
        ):
            continue
        reported = list(reported_statements(analysed, sentence, words))
        claims.extend(reported)
        if not reported:
            # "…, там не уточнили, пишет X": the outlet relays that nothing was said
            relayed = not declined(analysed, sentence, words)
            attributed.extend(attributed_statements(analysed, sentence, words, relayed))
    # "Как передало радио X, … . Об этом сообщил Y": the outlet relays what Y said
    quoted = covered + _quote_spans(claims)
    return claims + [
        claim
        for claim in attributed
        if not any(
            span.start <= claim.evidence.start and claim.evidence.end <= span.end for span in quoted
        )
    ]


def _quote_spans(claims: list[Claim]) -> list[Span]:
    """Where the claims' quoted words stand."""
    return [
        argument.span
        for claim in claims
        for argument in claim.arguments
        if argument.role == "quote" and argument.span is not None
    ]
