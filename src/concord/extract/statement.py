"""Quoted and reported statements with their speaker.

Direct speech in Russian news is a paragraph that opens with a dash and closes with
", — сказал X" (or «…», — заявил X; X заявил: «…»); it often runs over several
sentences, so it is read per paragraph. Reported speech ("X заявила, что …") is read
per sentence from the tree: a speech verb, a person as its subject, a "что" clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Argument, Claim, Mention, Span
from concord.extract.sentence_view import SentenceView, SentenceWords, entity_argument


@dataclass(frozen=True)
class StatementWords:
    """How one language attributes speech: the verbs, the words joining reported speech
    to its verb and the shapes of quoted paragraphs."""

    sentence: SentenceWords  # reported speech is read from a sentence view
    speech_lemmas: frozenset[str]  # a verb of saying with a subject and a clause
    complementisers: frozenset[str]  # "что": the clause is what was said
    speech_forms: re.Pattern[str]  # the attribution says someone said it: "заявил"
    quoted_words: re.Pattern[str]  # or that these are someone's words: "слова"
    # Each finds a paragraph's `quote` and its `attribution`; once a paragraph is read
    # as a whole dash quote, the other shapes are not tried on it.
    dash_quote: re.Pattern[str]  # "— Quote, — said X."
    quote_then_attribution: re.Pattern[str]  # «Quote», — said X
    attribution_then_quote: re.Pattern[str]  # X said: «Quote»
    # A reported clause may stand without a complementiser: "X said the talks would …".
    bare_clauses: bool = False
    # A sentence's `attribution` and the `quote` it attributes, outside the tree:
    # "According to X, …".
    attributed_sentences: tuple[re.Pattern[str], ...] = ()


_SPEAKER_TYPES = ("PER", "ORG", "LOCORG")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            yield match.start(), match.end()


def _speaker(analysed: AnalysedDocument, start: int, end: int) -> Mention | None:
    found = [m for m in analysed.mentions if start <= m.start and m.end <= end]
    for kind in _SPEAKER_TYPES:
        for mention in found:
            if mention.type == kind:
                return mention
    return None


def _claimable(analysed: AnalysedDocument, start: int, end: int) -> bool:
    return all(s.claimable for s in analysed.sentences if s.start < end and start < s.end)


def _direct_claim(
    analysed: AnalysedDocument,
    words: StatementWords,
    evidence: Span,
    quote_start: int,
    quote: str,
    attribution_start: int,
    attribution_end: int,
) -> Claim | None:
    attribution = analysed.document.text[attribution_start:attribution_end]
    if not words.speech_forms.search(attribution) and not words.quoted_words.search(attribution):
        return None
    speaker = _speaker(analysed, attribution_start, attribution_end)
    if speaker is None:
        return None
    arguments = [
        entity_argument(analysed, "speaker", speaker),
        Argument("quote", quote, Span(quote_start, quote_start + len(quote), quote)),
    ]
    quote_end = quote_start + len(quote)
    date = next(
        (
            d
            for d in analysed.dates
            if evidence.start <= d.start < evidence.end
            and not quote_start <= d.start < quote_end
            and d.relation == "on"
        ),
        None,
    )  # when it was said, not a date the speaker mentions ("к 2028 году")
    if date:
        arguments.append(Argument("date", date.value, Span(date.start, date.end, date.text)))
    return Claim("statement", arguments, evidence)


def _direct_statements(analysed: AnalysedDocument, words: StatementWords) -> Iterator[Claim]:
    text = analysed.document.text
    for start, end in _paragraphs(text):
        if not _claimable(analysed, start, end):
            continue
        paragraph = text[start:end]
        evidence = Span(start, end, paragraph)
        patterns = (words.dash_quote, words.quote_then_attribution, words.attribution_then_quote)
        for pattern in patterns:
            for match in pattern.finditer(paragraph):
                quote = match.group("quote").strip()
                quote_start = (
                    start
                    + match.start("quote")
                    + (len(match.group("quote")) - len(match.group("quote").lstrip()))
                )
                claim = _direct_claim(
                    analysed,
                    words,
                    evidence,
                    quote_start,
                    quote,
                    start + match.start("attribution"),
                    start + match.end("attribution"),
                )
                if claim:
                    yield claim
            if pattern is words.dash_quote and pattern.search(paragraph):
                break


def _reported_statements(
    analysed: AnalysedDocument, sentence: Sentence, words: StatementWords
) -> Iterator[Claim]:
    view = SentenceView.build(analysed, sentence, words.sentence)
    for index, token in enumerate(view.tokens):
        if token.lemma not in words.speech_lemmas or token.pos != "VERB":
            continue
        subjects = [c for c in view.children(index) if view.tokens[c].relation.startswith("nsubj")]
        clauses = [
            c
            for c in view.children(index)
            if view.tokens[c].relation == "ccomp"
            and (
                words.bare_clauses
                or any(view.tokens[g].lemma in words.complementisers for g in view.children(c))
            )
        ]
        if not subjects or not clauses:
            continue
        subject = view.subtree(subjects[0])
        speakers = view.mentions_in(subject, {"PER"}) or [
            m for m in view.mentions_in([subjects[0]], set(_SPEAKER_TYPES))
        ]
        if not speakers:
            continue
        clause = view.subtree(clauses[0])
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
        arguments = [
            entity_argument(analysed, "speaker", speakers[0]),
            Argument("quote", quote.text, quote),
        ]
        said_on = next(
            (
                d
                for d in view.dates
                if d.relation == "on" and not quote.start <= d.start < quote.end
            ),
            None,
        )  # "заявил, что переговоры пройдут в 2028 году" was not said in 2028
        if said_on:
            arguments.append(view.date_argument("date", said_on))
        yield view.claim("statement", arguments, view.modality(index))


def _attributed_statements(
    analysed: AnalysedDocument, sentence: Sentence, words: StatementWords
) -> Iterator[Claim]:
    """ "According to X, …": the sentence's rest is what X says."""
    for pattern in words.attributed_sentences:
        match = pattern.search(sentence.text)
        if match is None:
            continue
        start = sentence.start
        speaker = _speaker(
            analysed, start + match.start("attribution"), start + match.end("attribution")
        )
        if speaker is None:
            continue
        quote = match.group("quote")
        quote_start = start + match.start("quote")
        yield Claim(
            "statement",
            [
                entity_argument(analysed, "speaker", speaker),
                Argument("quote", quote, Span(quote_start, quote_start + len(quote), quote)),
            ],
            sentence.span,
        )
        return


def extract_document(analysed: AnalysedDocument, words: StatementWords) -> list[Claim]:
    claims = list(_direct_statements(analysed, words))
    covered = [(c.evidence.start, c.evidence.end) for c in claims]
    for sentence in analysed.sentences:
        if not sentence.claimable or any(s <= sentence.start < e for s, e in covered):
            continue
        reported = list(_reported_statements(analysed, sentence, words))
        claims.extend(reported or _attributed_statements(analysed, sentence, words))
    return claims
