"""Sentences a phrase attributes to someone: "По словам X, …", "According to X, …",
"…, пишет X". The phrase's source names the speaker, by name, by an organisation's
common noun, by a post or pronoun referring back, or by a Latin name; an outlet that
relays someone else ("со ссылкой на Y") yields to Y, and an unnamed source is nobody."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Argument, Claim, Mention, Span
from concord.extract.sentence_view import SentenceView, entity_argument
from concord.extract.statement.filters import unsaid
from concord.extract.statement.held_posts import post_held_in_span
from concord.extract.statement.names import SPEAKER_TYPES, client_of, latin_name, speaker_in
from concord.extract.statement.organisations import (
    bare_body_before,
    bare_voice,
    described_body,
    organisation_before,
    organisation_source,
    place_institution,
    voiced_before,
)
from concord.extract.statement.people import (
    commentator_meant,
    described_in_span,
    minister_meant,
    named_as_commentator,
    person_meant,
    post_holder,
    refers_back,
)
from concord.extract.statement.words import StatementWords


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
        if words.relaying_opening is not None and words.relaying_opening.match(
            match.group().lstrip()
        ):
            # "Как передаёт корреспондент X, министр заявил …": the minister spoke
            speaker = _relayed_teller(analysed, sentence, sentence.start + match.end(), words) or (
                speaker
            )
        if pattern is words.relay:
            # "X заявил о …, пишет «Взгляд»": the outlet relays X's words
            speaker = _reporting_subject(analysed, sentence, source_start, words) or speaker
        if speaker is None:
            continue
        evidence = sentence.span
        if "quote" in pattern.groupindex:
            start = sentence.start + match.start("quote")
            quote = Span(start, start + len(match.group("quote")), match.group("quote"))
            evidence = quote
        else:
            quote = _words_attributed(sentence, match.start(), match.end())
        yield Claim(
            "statement",
            [entity_argument(analysed, "speaker", speaker), Argument("quote", quote.text, quote)],
            evidence,
        )
        return


def _words_attributed(sentence: Sentence, start: int, end: int) -> Span:
    """What the attribution at `start`–`end` of the sentence's text credits: the words
    before it when it closes the sentence ("Цены вырастут, пишет X."), the words after it
    when it opens the sentence ("По словам X, цены вырастут"), else the whole sentence."""
    text = sentence.text
    edge = " \t\n,.!?:;—–"
    before, after = text[:start].rstrip(edge), text[end:].strip(edge)
    if before and not after:
        kept_start, kept_end = 0, len(before)
    elif after and not before:
        kept_start = end + len(text[end:]) - len(text[end:].lstrip(edge))
        kept_end = kept_start + len(after)
    else:
        return sentence.span
    quote_start = sentence.start + kept_start
    return Span(quote_start, quote_start + kept_end - kept_start, text[kept_start:kept_end])


def _reporting_subject(
    analysed: AnalysedDocument, sentence: Sentence, before: int, words: StatementWords
) -> Mention | None:
    """A name in the subject of a verb of saying before an outlet's aside ("Министр X
    заявил о …, пишет «Y»"): that person spoke, the outlet only passes it on."""
    view = SentenceView.build(analysed, sentence, words.sentence)
    for verb, token in enumerate(view.tokens):
        if token.end > before or token.pos != "VERB" or token.lemma not in words.speech_lemmas:
            continue
        for subject in view.subjects(verb)[:1]:
            named = view.mentions_in(view.subtree(subject), set(SPEAKER_TYPES))
            if named:
                return named[0]
    return None


def _relayed_teller(
    analysed: AnalysedDocument, sentence: Sentence, after: int, words: StatementWords
) -> Mention | None:
    """Who the first verb of saying after an outlet's opening phrase has as its subject
    ("Как пишет газета X, он заявил это на форуме"): by name, post or pronoun, as an
    attribution's source is read; none where that verb has no subject or it names nobody
    ("как передаёт X, в городе заявили": the outlet stays the source)."""
    view = SentenceView.build(analysed, sentence, words.sentence)
    for verb, token in enumerate(view.tokens):
        if token.start < after or token.pos != "VERB" or token.lemma not in words.speech_lemmas:
            continue
        if unsaid(view, verb, words):  # "как пишет X, министр не стал уточнять"
            return None
        for subject in view.subjects(verb)[:1]:
            span = view.subtree(subject)
            start, end = view.tokens[min(span)].start, view.tokens[max(span)].end
            speaker = _source_speaker(analysed, sentence, start, end, True, words)
            if speaker is None and refers_back(sentence, start, end, words, True):
                # a sentence the splitter ran on from the one before ("… в 2014 г. Как
                # передает X, он заявил …"): the person named before the pronoun
                speaker = person_meant(analysed, start, end, words)
            return speaker
        return None
    return None


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
        source_start <= token.start < source_end and token.lemma.lower() in words.unnamed_sources
        for token in sentence.tokens
    ):
        return None
    speaker = speaker_in(analysed, source_start, source_end)
    if speaker is not None:
        speaker = post_holder(analysed, sentence.tokens, source_start, speaker, words)
    elif any(
        m.type == "PER" and source_start <= m.start < source_end and client_of(analysed, m)
        for m in analysed.mentions
    ):  # "…, говорит адвокат Медведева": the counsel, whom the text named before or nobody
        return described_in_span(analysed, sentence.tokens, source_start, source_end)
    if speaker is None and (
        nouns := organisation_source(analysed, sentence, source_start, source_end, words)
    ):  # "…, отметили в ведомстве", "в сообщении регулятора": the one named before
        speaker = organisation_before(analysed, source_start, nouns, words, exclude)
    if speaker is None and (voice := bare_voice(sentence, source_start, source_end, words)):
        # "По информации пресс-службы, …": the press service the text introduced before
        speaker = voiced_before(analysed, source_start, voice)
    if speaker is None:  # "сообщает мэрия города Ярославля": the city's government
        speaker = place_institution(analysed, sentence, source_start, source_end, words)
    if speaker is None:  # "по словам пресс-службы администрации района": that body
        speaker = described_body(analysed, sentence, source_start, source_end, words)
    if speaker is None:  # "— пояснили в прокуратуре": the body described before
        speaker = bare_body_before(analysed, sentence, source_start, source_end, words)
    if speaker is None:  # "по словам министра финансов": the one given that ministry's post
        speaker = minister_meant(analysed, source_start, source_end, words)
    if speaker is None:  # "according to the Qatari premier": the premier of that state
        speaker = post_held_in_span(analysed, sentence.tokens, source_start, source_end, words)
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
        speaker = person_meant(analysed, source_start, source_end, words, sentence.start)
    if speaker is None:
        # the source itself, not a channel within it ("как сообщил в Twitter министр")
        latin = latin_name(analysed, sentence.tokens, source_start, source_end)
        named_end = source_start + len(analysed.document.text[source_start:source_end].rstrip())
        if latin and (latin.start == source_start or latin.end == named_end):
            speaker = latin
    return speaker
