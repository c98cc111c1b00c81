"""Quoted and reported statements with their speaker.

Direct speech in Russian news is a paragraph that opens with a dash and closes with
", — сказал X" (or «…», — заявил X; X заявил: «…»); it often runs over several
sentences, so it is read per paragraph. Reported speech ("X заявила, что …") is read
per sentence from the tree: a speech verb, a person as its subject, a "что" clause.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Argument, Claim, Mention, Span
from concord.extract.sentence_view import entity_argument
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
from concord.extract.statement.names import latin_name, speaker_in
from concord.extract.statement.organisations import (
    bare_voice,
    organisation_before,
    organisation_source,
    place_institution,
    voiced_before,
)
from concord.extract.statement.people import (
    commentator_meant,
    described_in_span,
    named_as_commentator,
    person_named_last,
    post_holder,
    refers_back,
)
from concord.extract.statement.quotes import direct_statements
from concord.extract.statement.reported import reported_statements
from concord.extract.statement.words import StatementWords

__all__ = ["StatementWords", "extract_document"]


def attributed_statements(
    analysed: AnalysedDocument, sentence: Sentence, words: StatementWords, relayed: bool
) -> Iterator[Claim]:
    """A sentence a phrase attributes to someone: "По словам X, …", "…, пишет X"."""
    if sentence.text.rstrip().endswith("?"):
        return
    patterns = [*words.attributions, *([words.relay] if relayed and words.relay else [])]
    for pattern in patterns:
        match = pattern.search(sentence.text)
        if match is None:
            continue
        source_start = sentence.start + match.start("source")
        source_end = sentence.start + match.end("source")
        speaking = words.quoted_words.search(match.group()) is not None  # "по словам X"
        relay = (
            words.relayed_source.search(match.group("source"))
            if words.relayed_source is not None
            else None
        )
        if relay is not None:
            # "как пишут «Ведомости» со ссылкой на X": X speaks, the outlet only relays;
            # the outlet is the source when X names nobody ("источники в отрасли")
            relayed_start, outlet_end = source_start + relay.end(), source_start + relay.start()
            outlet = [m for m in analysed.mentions if source_start <= m.start < outlet_end]
            speaker = _source_speaker(
                analysed, sentence, relayed_start, source_end, speaking, words, outlet
            ) or _source_speaker(analysed, sentence, source_start, outlet_end, speaking, words)
        else:
            speaker = _source_speaker(analysed, sentence, source_start, source_end, speaking, words)
        if speaker is None:
            continue
        quote = Span(sentence.start, sentence.end, sentence.text)
        if "quote" in pattern.groupindex:
            start = sentence.start + match.start("quote")
            quote = Span(start, start + len(match.group("quote")), match.group("quote"))
        yield Claim(
            "statement",
            [entity_argument(analysed, "speaker", speaker), Argument("quote", quote.text, quote)],
            quote,
        )
        return


def _source_speaker(
    analysed: AnalysedDocument,
    sentence: Sentence,
    source_start: int,
    source_end: int,
    speaking: bool,
    words: StatementWords,
    exclude: Collection[Mention] = (),
) -> Mention | None:
    """Who an attribution's source names: a name, an organisation by its common noun, a
    person by a post or pronoun, or a Latin name the recogniser missed (not one of
    `exclude`, the outlet relaying it); nobody for a source left unnamed ("по данным
    источника в банке")."""
    if any(
        source_start <= token.start < source_end
        and token.lemma.lower() in words.unnamed_sources
        for token in sentence.tokens
    ):
        return None
    speaker = speaker_in(analysed, source_start, source_end)
    if speaker is not None:
        speaker = post_holder(analysed, sentence.tokens, source_start, speaker, words)
    if speaker is None and (
        nouns := organisation_source(analysed, sentence, source_start, source_end, words)
    ):  # "…, отметили в ведомстве", "в сообщении регулятора": the one named before
        speaker = organisation_before(analysed, source_start, nouns, words, exclude)
    if speaker is None and (voice := bare_voice(sentence, source_start, source_end, words)):
        # "По информации пресс-службы, …": the press service the text introduced before
        speaker = voiced_before(analysed, source_start, voice)
    if speaker is None:  # "сообщает мэрия города Ярославля": the city's government
        speaker = place_institution(analysed, sentence, source_start, source_end, words)
    if speaker is None:  # "по мнению скульптора": who the text said the sculptor is
        speaker = described_in_span(analysed, sentence.tokens, source_start, source_end)
    commenting = named_as_commentator(sentence, source_start, source_end, words)
    if speaker is None and commenting:  # "по мнению эксперта": one the report called so
        speaker = commentator_meant(analysed, source_start, words)
    if (
        speaker is None
        and not commenting
        and refers_back(sentence, source_start, source_end, words, speaking)
    ):
        speaker = person_named_last(analysed, sentence.start)
    if speaker is None:
        # the source itself, not a channel within it ("как сообщил в Twitter министр")
        latin = latin_name(analysed, sentence.tokens, source_start, source_end)
        named_end = source_start + len(analysed.document.text[source_start:source_end].rstrip())
        if latin and (latin.start == source_start or latin.end == named_end):
            speaker = latin
    return speaker


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


