"""The statement extractor: reads a document's direct speech first, then the sentences
no quote covers for reported and attributed speech, then carries speakers on to the
quotes and paragraphs that name none, and finally reads interviews, keeping a speaker
label from being taken as anyone's subject. This is the order every reader relies on."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.extract.statement.attributed import attributed_statements
from concord.extract.statement.continued import dash_continued, ownerless_documents
from concord.extract.statement.filters import declined
from concord.extract.statement.interviews import (
    dialogue_answers,
    headed_answers,
    interview_answers,
    label_spans,
    labelled_quotes,
    speaks_from_label,
)
from concord.extract.statement.quotes import direct_statements
from concord.extract.statement.reported import reported_statements
from concord.extract.statement.words import StatementWords


def extract_document(analysed: AnalysedDocument, words: StatementWords) -> list[Claim]:
    claims = list(direct_statements(analysed, words))
    # A quoted paragraph's other sentences may still report speech ("Президент также
    # рассказал, что …"): only the sentences the quote runs through are read already.
    covered = [
        (argument.span.start, argument.span.end)
        for claim in claims
        for argument in claim.arguments
        if argument.role == "quote" and argument.span is not None
    ]
    attributed: list[Claim] = []
    for sentence in analysed.sentences:
        if not sentence.claimable or any(
            start < sentence.end and sentence.start < end for start, end in covered
        ):
            continue
        reported = list(reported_statements(analysed, sentence, words))
        claims.extend(reported)
        if not reported:
            # "…, там не уточнили, пишет X": the outlet relays that nothing was said
            relayed = not declined(analysed, sentence, words)
            attributed.extend(attributed_statements(analysed, sentence, words, relayed))
    # "Как передало радио X, … . Об этом сообщил Y": the outlet relays what Y said
    quoted = [
        argument.span
        for claim in claims
        for argument in claim.arguments
        if argument.role == "quote" and argument.span is not None
    ]
    claims.extend(
        claim
        for claim in attributed
        if not any(
            span.start <= claim.evidence.start and claim.evidence.end <= span.end for span in quoted
        )
    )
    claims.extend(ownerless_documents(analysed, words, claims))
    claims.extend(dash_continued(analysed, words, claims))
    # An interview's answers: their sentences are still read for what others said ("Он
    # сказал, что …"), but a speaker label is nobody's subject ("Голос Америки: Ранее …").
    labels = label_spans(analysed, words)
    claims = [claim for claim in claims if not speaks_from_label(claim, labels)]
    claims.extend(interview_answers(analysed, words))
    claims.extend(labelled_quotes(analysed, words, claims))
    claims.extend(dialogue_answers(analysed, words, claims))
    return headed_answers(analysed, words, claims)
