"""Statements carried on from the paragraph or sentence before: a paragraph that is only
a quote after one quoting someone, a dash line of direct speech after a reported
statement, and a sentence attributed to a document nobody is named for ("Как отмечается
в пресс-релизе, …"). None names its speaker; each takes the speaker of the claim before."""

from __future__ import annotations

import re
from collections.abc import Iterator

from concord.analysis import AnalysedDocument
from concord.claim import Claim, Span
from concord.extract.statement.paragraphs import (
    carried_speaker,
    claimable,
    consecutive_paragraphs,
    paragraph_spans,
    statement_claim,
    text_span,
)
from concord.extract.statement.words import StatementWords


def quote_continued(
    analysed: AnalysedDocument, words: StatementWords, claims: list[Claim]
) -> Iterator[Claim]:
    """A paragraph that is only «a quote», right after a paragraph quoting someone, goes on
    quoting them: interviews set one answer per paragraph and attribute the first."""
    if words.whole_quote is None:
        return
    text = analysed.document.text
    for (start, end), (next_start, next_end) in consecutive_paragraphs(text):
        match = words.whole_quote.fullmatch(text, next_start, next_end)
        if match is None or not claimable(analysed, next_start, next_end):
            continue
        if any(
            next_start <= c.evidence.start < next_end or c.evidence.start <= next_start < c.evidence.end
            for c in claims
        ):
            continue  # read already, perhaps with the line over it ("X подчеркнули:")
        before = [c for c in claims if start <= c.evidence.start < end]
        speaker = next((a for c in before for a in c.arguments if a.role == "speaker"), None)
        if speaker is None:
            continue
        quote = text_span(analysed, match.start("quote"), match.end("quote"))
        evidence = text_span(analysed, next_start, next_end)
        claims.append(statement_claim(carried_speaker(speaker), quote, evidence))
        yield claims[-1]


def ownerless_documents(
    analysed: AnalysedDocument, words: StatementWords, claims: list[Claim]
) -> Iterator[Claim]:
    """ "… говорится в сообщении банка. Как отмечается в пресс-релизе, …": a sentence
    attributed to a document nobody is named for is the statement of whoever spoke in the
    sentence right before it, in the same paragraph."""
    if words.ownerless_document is None:
        return
    text = analysed.document.text
    sentences = analysed.sentences
    for index, sentence in enumerate(sentences):
        match = words.ownerless_document.search(sentence.text)
        if not sentence.claimable or match is None or index == 0:
            continue
        if any(sentence.start <= c.evidence.start < sentence.end for c in claims):
            continue
        # "Как отмечается в пресс-релизе, …" goes on from the sentence right before, in
        # its paragraph; "«…», — говорится в сообщении" closes a quote of the one who
        # spoke last, a sentence or two before, also in the paragraph before
        closing = match.start() > 0
        earlier = sentences[max(0, index - 3) : index] if closing else sentences[index - 1 : index]
        speaker = None
        for before in reversed(earlier):
            breaks = len(re.findall(r"\n\s*", text[before.end : sentence.start]))
            if breaks > (1 if closing else 0):
                break
            speaker = next(
                (
                    argument
                    for claim in claims
                    if claim.evidence.start < before.end
                    and before.start < claim.evidence.end <= sentence.start
                    for argument in claim.arguments
                    if argument.role == "speaker"
                ),
                None,
            )
            if speaker is not None:
                break
        if speaker is None:
            continue
        quote = Span(sentence.start, sentence.end, sentence.text)
        yield statement_claim(carried_speaker(speaker), quote, quote)


def dash_continued(
    analysed: AnalysedDocument, words: StatementWords, claims: list[Claim]
) -> Iterator[Claim]:
    """A paragraph of direct speech with no attribution of its own ("- Скорее всего, …")
    right after a paragraph reporting someone ("По словам X, …") goes on quoting them;
    not in an interview, where a dash line asks something."""
    if words.dialogue_line is None:
        return
    text = analysed.document.text
    paragraphs = list(paragraph_spans(text))
    dashed = [words.dialogue_line.match(text, start, end) for start, end in paragraphs]
    if any(
        opening and text[start:end].rstrip().endswith("?")
        for opening, (start, end) in zip(dashed, paragraphs, strict=True)
    ):
        return
    for index in range(1, len(paragraphs)):
        (start, end), (next_start, next_end) = paragraphs[index - 1], paragraphs[index]
        opening = dashed[index]
        if opening is None or dashed[index - 1] is not None:
            continue  # a dash line after a dash line is the dialogue's, read elsewhere
        if text[start:end].rstrip().endswith(("?", ":")) or next_end - opening.end() < 10:
            continue
        if not claimable(analysed, next_start, next_end) or any(
            next_start <= c.evidence.end and c.evidence.start < next_end for c in claims
        ):
            continue
        speaker = next(
            (
                argument
                for claim in reversed(claims)
                if start <= claim.evidence.start < end
                for argument in claim.arguments
                if argument.role == "speaker" and argument.entity is not None
            ),
            None,
        )
        if speaker is None:
            continue
        quote = text_span(analysed, opening.end(), next_end)
        yield statement_claim(
            carried_speaker(speaker), quote, text_span(analysed, next_start, next_end)
        )
