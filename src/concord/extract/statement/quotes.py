"""Direct speech: a paragraph that opens with a dash and closes with ", — сказал X", or
«…», — заявил X, or X заявил: «…», also a quote interrupted by its attribution, a quote
whose attribution opens the next line, and a quote signed on the next line. The quote
often runs over several sentences, so it is read per paragraph with the language's
patterns; the attribution must say someone spoke, and names the speaker."""

from __future__ import annotations

import re
from collections.abc import Iterator

from concord.analysis import AnalysedDocument, Token
from concord.claim import Argument, Claim, Mention, Span
from concord.extract.sentence_view import entity_argument, sentence_holding
from concord.extract.statement.continued import quote_continued
from concord.extract.statement.held_posts import post_held_in_span
from concord.extract.statement.names import person_starting_at, speaker_in, tokens_of
from concord.extract.statement.organisations import (
    bare_body_before,
    organisation_before,
    organisation_source,
)
from concord.extract.statement.paragraphs import (
    claimable,
    consecutive_paragraphs,
    paragraph_spans,
    statement_claim,
    text_span,
)
from concord.extract.statement.people import (
    case_role_only,
    described_in_span,
    described_person,
    is_post,
    minister_meant,
    person_meant,
    person_named_last,
    post_holder,
    refers_by_post,
)
from concord.extract.statement.women import woman_in_span
from concord.extract.statement.words import StatementWords


def _direct_claim(
    analysed: AnalysedDocument,
    words: StatementWords,
    evidence: Span,
    quote_start: int,
    quote: str,
    attribution_start: int,
    attribution_end: int,
) -> Claim | None:
    """The statement of a quote and its attribution, if the attribution says someone spoke
    and names who; dated when the paragraph, outside the quote, says when."""
    attribution = analysed.document.text[attribution_start:attribution_end]
    if not words.speech_forms.search(attribution) and not words.quoted_words.search(attribution):
        return None
    tokens = tokens_of(analysed, attribution_start, attribution_end)
    speaker = _relayed_speaker(analysed, words, tokens, attribution, attribution_start, quote_start)
    if speaker is None:
        speaker = speaker_in(
            analysed, attribution_start, attribution_end, words.channel_nouns, words.channel_fillers
        )
    if speaker is None or speaker.type != "PER":  # "— добавила глава ЦБ": the woman at it
        end = speaker.start if speaker is not None else attribution_end
        speaker = woman_in_span(analysed, tokens, attribution_start, end, words) or speaker
    if speaker is not None:
        speaker = post_holder(analysed, tokens, attribution_start, speaker, words)
    if speaker is None:  # "— пояснил министр финансов": the one given that ministry's post
        speaker = minister_meant(
            analysed, attribution_start, attribution_end, words, min(quote_start, attribution_start)
        )
    if speaker is None:  # "…,” the Qatari premier said": the premier of that state
        speaker = post_held_in_span(analysed, tokens, attribution_start, attribution_end, words)
    if speaker is None:  # "— сказал тренер": the person the text called the coach
        speaker = described_in_span(analysed, tokens, attribution_start, attribution_end)
    if speaker is None and refers_by_post(attribution, words) and not case_role_only(attribution, words):
        # else the one named last before the quote: a long quote holds more sentences
        # than a look-back spans, and a name inside it is whom the speaker talks about
        speaker = person_meant(
            analysed, attribution_start, attribution_end, words, min(quote_start, attribution_start)
        )
    if speaker is None:  # "— пояснили в прокуратуре": the body the text named before
        speaker = _body_after_verb(analysed, words, attribution, attribution_start, attribution_end)
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


def _body_after_verb(
    analysed: AnalysedDocument,
    words: StatementWords,
    attribution: str,
    attribution_start: int,
    attribution_end: int,
) -> Mention | None:
    """The organisation an attribution names by its common noun after the verb ("—
    пояснили в прокуратуре", "— уточнили в ведомстве"): the one introduced before."""
    said = words.speech_forms.search(attribution)
    sentence = sentence_holding(analysed, attribution_start)
    if said is None or sentence is None:
        return None
    source_start = attribution_start + said.end()
    nouns = organisation_source(analysed, sentence, source_start, attribution_end, words)
    if nouns:
        return organisation_before(analysed, source_start, nouns, words)
    return bare_body_before(analysed, sentence, source_start, attribution_end, words)


def _relayed_speaker(
    analysed: AnalysedDocument,
    words: StatementWords,
    tokens: list[Token],
    attribution: str,
    attribution_start: int,
    quote_start: int,
) -> Mention | None:
    """Whose words an outlet relays: the person named right after "приводит слова" or
    "цитирует" ("цитирует Медведеву Sports.ru"), or the one a post there stands for
    ("приводит слова тренера сайт клуба"); none where the words name no person."""
    relayed = words.relayed_words.search(attribution) if words.relayed_words else None
    if relayed is None:
        return None
    after = attribution_start + relayed.end()
    # statement44: "— приводит его слова РИА Новости": the pronoun stands for the person
    # named last before the quote; the outlet after the words only relays them
    owner = relayed.group(0).split()
    if len(owner) == 3 and owner[1].lower() in words.pointing_possessives:
        return person_named_last(analysed, quote_start)
    first = next((t for t in tokens if t.start >= after), None)
    if first is None:
        return None
    named = person_starting_at(analysed, first.start)
    if named is not None or not is_post(first.lemma.lower(), words):
        return named
    return described_person(analysed, first.lemma.lower(), quote_start) or person_named_last(
        analysed, quote_start
    )


def _quote_then_next_paragraph(
    analysed: AnalysedDocument, words: StatementWords
) -> Iterator[Claim]:
    """«Quote.» on a line of its own, "заявил X." opening the next line."""
    if words.whole_quote is None:
        return
    text = analysed.document.text
    for (start, end), (next_start, next_end) in consecutive_paragraphs(text):
        match = words.whole_quote.fullmatch(text, start, end)
        following = text[next_start:next_end].lstrip()
        if match is None or not following[:1].islower():
            continue
        stop = re.search(r"[.!?]", text[next_start:next_end])
        attribution_end = next_start + stop.start() if stop else next_end
        if not claimable(analysed, start, attribution_end):
            continue
        evidence = Span(start, attribution_end + 1, text[start : attribution_end + 1])
        claim = _direct_claim(
            analysed,
            words,
            evidence,
            match.start("quote"),
            match.group("quote"),
            next_start,
            attribution_end,
        )
        if claim:
            yield claim


def _signed_quotes(analysed: AnalysedDocument, words: StatementWords) -> Iterator[Claim]:
    """«Quote.» on a line of its own, signed on the next line: "— Name, post"."""
    if words.whole_quote is None or words.signature is None:
        return
    text = analysed.document.text
    for (start, end), (next_start, next_end) in consecutive_paragraphs(text):
        match = words.whole_quote.fullmatch(text, start, end)
        signed = words.signature.match(text, next_start, next_end)
        if match is None or signed is None or not claimable(analysed, start, next_end):
            continue
        speaker = person_starting_at(analysed, signed.end())
        if speaker is None:
            continue
        yield statement_claim(
            entity_argument(analysed, "speaker", speaker),
            text_span(analysed, match.start("quote"), match.end("quote")),
            text_span(analysed, start, next_end),
        )


def _colon_over_quote(analysed: AnalysedDocument, words: StatementWords) -> Iterator[Claim]:
    """"X подчеркнули:" closing a line, «Quote.» on the next line alone: the line is the
    quote's attribution, set before it ("Представители министерства подчеркнули:")."""
    if words.whole_quote is None:
        return
    text = analysed.document.text
    for (start, end), (next_start, next_end) in consecutive_paragraphs(text):
        line = text[start:end].rstrip()
        match = words.whole_quote.fullmatch(text, next_start, next_end)
        if match is None or not line.endswith(":") or len(line) > 200:
            continue
        if re.search(r"[.!?»]\s", line) or not claimable(analysed, start, next_end):
            continue  # one clause only: the line says who speaks, nothing more
        claim = _direct_claim(
            analysed,
            words,
            text_span(analysed, start, next_end),
            match.start("quote"),
            match.group("quote"),
            start,
            start + len(line) - 1,
        )
        if claim:
            yield claim


_SPLIT_QUOTE_PARAGRAPHS = 6  # paragraphs a quote may run over before it is closed


def _unmatched_marks(paragraph: str, marks: tuple[str, str]) -> tuple[int | None, int | None]:
    """Where the paragraph closes a quote it did not open (the first such mark), and
    where it opens one it does not close (the outermost), if anywhere."""
    opening, closing = marks
    opened: list[int] = []
    for position, character in enumerate(paragraph):
        if character == opening:
            opened.append(position)
        elif character == closing:
            if not opened:
                return position, None
            opened.pop()
    return None, opened[0] if opened else None


def _split_quotes(analysed: AnalysedDocument, words: StatementWords) -> Iterator[Claim]:
    """«Quote opened in one paragraph, going on in the next ones and closed in a later
    one», — сказал X: a long answer set over paragraphs, attributed after its end."""
    if words.split_quote_marks is None or words.split_quote_attribution is None:
        return
    text = analysed.document.text
    paragraphs = list(paragraph_spans(text))
    for index, (start, end) in enumerate(paragraphs):
        closed, opened = _unmatched_marks(text[start:end], words.split_quote_marks)
        if closed is not None or opened is None:
            continue
        quote_start = start + opened + 1
        for next_start, next_end in paragraphs[index + 1 : index + 1 + _SPLIT_QUOTE_PARAGRAPHS]:
            closed, opened = _unmatched_marks(text[next_start:next_end], words.split_quote_marks)
            if closed is None:
                if opened is not None:
                    break  # another quote opens before this one closed
                continue
            quote_end = next_start + closed
            attribution = words.split_quote_attribution.match(text, quote_end + 1, next_end)
            if attribution is not None and claimable(analysed, start, next_end):
                claim = _direct_claim(
                    analysed,
                    words,
                    text_span(analysed, start, next_end),
                    quote_start,
                    text[quote_start:quote_end],
                    attribution.start("attribution"),
                    attribution.end("attribution"),
                )
                if claim is not None:
                    yield claim
            break


def direct_statements(analysed: AnalysedDocument, words: StatementWords) -> Iterator[Claim]:
    """Quotes with their attribution, a quote closed paragraphs after it opened, signed
    quotes, then the quote-only paragraphs that go on quoting them."""
    claims = list(_quoted_paragraphs(analysed, words))
    claims += [
        claim
        for claim in _split_quotes(analysed, words)
        if not any(_overlaps(claim.evidence, c.evidence) for c in claims)
    ]
    claims += [
        claim
        for claim in _signed_quotes(analysed, words)
        if not any(claim.evidence.start == c.evidence.start for c in claims)
    ]
    claims += [
        claim
        for claim in _colon_over_quote(analysed, words)
        if not any(_overlaps(claim.evidence, c.evidence) for c in claims)
    ]
    yield from claims
    yield from quote_continued(analysed, words, claims)


def _quoted_paragraphs(analysed: AnalysedDocument, words: StatementWords) -> Iterator[Claim]:
    """Each paragraph read with the language's quote shapes, one claim per quote."""
    text = analysed.document.text
    yield from _quote_then_next_paragraph(analysed, words)
    for start, end in paragraph_spans(text):
        if not claimable(analysed, start, end):
            continue
        paragraph = text[start:end]
        evidence = Span(start, end, paragraph)
        patterns = [words.dash_quote]
        if words.interrupted_quote is not None:
            # the attribution inside a quote names its speaker; one after it may only relay
            # ("«…, — сказал X. — …», — цитирует слова X пресс-служба")
            patterns.append(words.interrupted_quote)
        patterns += [words.quote_then_attribution, words.attribution_then_quote]
        quoted: list[tuple[int, int]] = []  # a quote two shapes find is one claim
        for pattern in patterns:
            for match in pattern.finditer(paragraph):
                if pattern is words.quote_then_attribution and not _verb_first(match, words):
                    continue
                if any(
                    a < start + match.end("quote") and start + match.start("quote") < b
                    for a, b in quoted
                ):
                    continue
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
                    quoted.append((start + match.start("quote"), start + match.end("quote")))
                    yield claim
            if pattern is words.dash_quote and pattern.search(paragraph):
                break


def _overlaps(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end


def _verb_first(match: re.Match[str], words: StatementWords) -> bool:
    """Whether «quote», — verb X is set as direct speech: a comma or dash after the quote
    and the verb first ("«Свободной прессе» говорит" names an outlet, not a quote)."""
    if not words.verb_first_attribution:
        return True
    between = match.string[match.end("quote") + 1 : match.start("attribution")]
    attribution = match.group("attribution").lstrip(" ,—–-")
    return bool(re.search(r"[,—–-]", between)) and bool(words.speech_forms.match(attribution))
