"""Interviews and labelled speech: paragraphs opening with a speaker's label ("Иванов:
…"), where the one who mostly answers is the speaker and the one who mostly asks the
interviewer; a headline's "Name: «…»" and a sports paper's "Post Name: «…»"; a line
naming a person and ending in a colon over the quote on the next line; and a dialogue
of dash lines, whose answers are the person named before the first question."""

from __future__ import annotations

import re
from collections.abc import Iterator

from concord.analysis import AnalysedDocument
from concord.claim import Claim, Mention, Span
from concord.extract.sentence_view import entity_argument, is_sentence_subject
from concord.extract.statement.names import person_starting_at, tokens_of
from concord.extract.statement.paragraphs import (
    claimable,
    consecutive_paragraphs,
    paragraph_spans,
    statement_claim,
    text_span,
)
from concord.extract.statement.people import is_post, person_named_last
from concord.extract.statement.words import StatementWords


def _labels(analysed: AnalysedDocument, words: StatementWords) -> list[tuple[Span, Mention]]:
    """Paragraphs opening with a person's name and a colon ("Иванов: …"), where the text
    has at least two: an interview's answers. The label is the whole name, nothing else."""
    if words.speaker_label is None:
        return []
    text = analysed.document.text
    found: list[tuple[Span, Mention]] = []
    for start, end in paragraph_spans(text):
        match = words.speaker_label.match(text, start, end)
        if match is None:
            continue
        label_start, label_end = match.span("label")
        speaker = next(
            (
                m
                for m in analysed.mentions
                if m.type == "PER" and m.start == label_start and m.end == label_end
            ),
            None,
        ) or _label_person(analysed, label_start, text[label_start:label_end])
        if speaker is not None:
            found.append((Span(start, end, text[start:end]), speaker))
    return found if len(found) >= 2 else []


def _label_person(analysed: AnalysedDocument, start: int, label: str) -> Mention | None:
    """A label that is a surname alone, perhaps in capitals after an initial ("Петров:",
    "В.ПЕТРОВ:"), stands for the person of that surname the text named before it (a
    transcript or a round table introduces its guests by full name first)."""
    words = re.findall(r"[А-ЯЁA-Zа-яёa-z-]{3,}", label)
    if len(words) != 1 or re.search(r"[а-яёa-z]{2}", label[:1]):
        return None
    surname = words[0].lower()
    named = [
        m
        for m in analysed.mentions
        if m.type == "PER" and m.end <= start and len(m.text.split()) >= 2
    ]
    for mention in reversed(named):
        last = mention.text.split()[-1].lower()
        if last.startswith(surname) and len(last) - len(surname) <= 3:
            return mention
    return None


def interview_answers(analysed: AnalysedDocument, words: StatementWords) -> Iterator[Claim]:
    """Each labelled paragraph of a person who mostly answers is their statement; one who
    mostly asks (paragraphs ending in "?") is the interviewer."""
    speaker_label = words.speaker_label
    if speaker_label is None:
        return
    labelled = _labels(analysed, words)

    def label(paragraph: Span) -> str:
        """The label as printed: a transcript names one person alike each time."""
        match = speaker_label.match(analysed.document.text, paragraph.start)
        return match.group("label").upper() if match else ""

    for paragraph, speaker in labelled:
        own = [p for p, s in labelled if s.normal == speaker.normal or label(p) == label(paragraph)]
        asked = sum(_asks(p.text) for p in own)
        if 2 * asked >= len(own) or paragraph.text.rstrip().endswith("?"):
            continue
        if not claimable(analysed, paragraph.start, paragraph.end):
            continue
        opening = speaker_label.match(analysed.document.text, paragraph.start)
        quote_start = opening.end("label") + 1 if opening else speaker.end + 1
        while quote_start < paragraph.end and analysed.document.text[quote_start] == " ":
            quote_start += 1
        quote = text_span(analysed, quote_start, paragraph.end)
        if len(re.findall(r"\w+", quote.text)) < 3:  # a greeting ("Здравствуйте.") says nothing
            continue
        yield statement_claim(entity_argument(analysed, "speaker", speaker), quote, paragraph)


def _asks(paragraph: str) -> bool:
    """Whether a labelled paragraph asks: it ends in a question, or opens with one and goes
    on to introduce the guest ("Ведущий: Как сохранить …? Об этом поговорим с X")."""
    first = re.search(r"[.!?…]+(?=\s|$)", paragraph)
    return paragraph.rstrip().endswith("?") or (first is not None and "?" in first.group())


def labelled_quotes(
    analysed: AnalysedDocument, words: StatementWords, claims: list[Claim]
) -> Iterator[Claim]:
    """A line that is a person's full name, a colon and a quote in quotation marks
    ("Name Surname: «…»", a headline's shape) is that person's statement, also where no
    other line of the text is labelled."""
    if words.speaker_label is None or words.labelled_quote is None:
        return
    text = analysed.document.text
    for start, end in paragraph_spans(text):
        if any(start <= c.evidence.start < end for c in claims):
            continue
        opening = words.speaker_label.match(text, start, end)
        speaker = next(
            (
                m
                for m in analysed.mentions
                if opening is not None
                and m.type == "PER"
                and (m.start, m.end) == opening.span("label")
                and len(m.text.split()) >= 2
            ),
            None,
        )
        by_post = initialled = False
        if speaker is None and opening is not None:
            speaker = _initialled_label(analysed, opening)
            initialled = speaker is not None
        if speaker is None and words.post_label is not None:
            opening = words.post_label.match(text, start, end)
            speaker = _post_labelled(analysed, opening, words) if opening else None
            by_post = speaker is not None
        evidence_start = start
        if speaker is None:
            opening, speaker = _label_within(analysed, start, end, words)
            evidence_start = speaker.start if speaker is not None else start
        if opening is None or speaker is None or not claimable(analysed, start, end):
            continue
        quoted = words.labelled_quote.fullmatch(text, opening.end(), end)
        said: Span | None
        if quoted is not None:
            said = text_span(analysed, quoted.start("quote"), quoted.end("quote"))
        elif initialled or (by_post and _name_then_post(analysed, opening, speaker, words)):
            # a transcript's line: "Name, post: what they said", "П.Иванов: …", unquoted
            said = _spoken_line(analysed, opening.end(), end)
        else:
            said = None
        if said is not None:
            yield statement_claim(
                entity_argument(analysed, "speaker", speaker),
                said,
                text_span(analysed, evidence_start, end),
            )


_INITIALLED = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def _initialled_label(analysed: AnalysedDocument, opening: re.Match[str]) -> Mention | None:
    """The person a label of an initial and a surname names ("П.Иванов:"): a transcript
    prints its speakers so, and such a label is a name, never a heading."""
    label_start, label_end = opening.span("label")
    if not _INITIALLED.fullmatch(analysed.document.text, label_start, label_end):
        return None
    return next(
        (
            m
            for m in analysed.mentions
            if m.type == "PER" and label_start <= m.start < m.end <= label_end
        ),
        None,
    )


def _label_within(
    analysed: AnalysedDocument, start: int, end: int, words: StatementWords
) -> tuple[re.Match[str] | None, Mention | None]:
    """A "Name Surname, post: «…»" label standing after other words of its line (a
    page printing a press conference's heading and its first answer as one paragraph)."""
    if words.post_label is None:
        return None, None
    text = analysed.document.text
    for mention in analysed.mentions:
        if (
            mention.type != "PER"
            or not start < mention.start < end
            or len(mention.text.split()) < 2
        ):
            continue
        if not text[mention.start - 1].isspace():
            continue
        opening = words.post_label.match(text, mention.start, end)
        speaker = _post_labelled(analysed, opening, words) if opening else None
        if opening is not None and speaker is not None and speaker.start == mention.start:
            return opening, speaker
    return None, None


def _name_then_post(
    analysed: AnalysedDocument, opening: re.Match[str], speaker: Mention, words: StatementWords
) -> bool:
    """Whether a label is only a name, a comma and a post ("Анна Рыбина, глава округа"):
    no other words stand in it, so it can head unquoted speech."""
    label_start, label_end = opening.span("label")
    if speaker.start != label_start or not re.match(r"\s*,", analysed.document.text[speaker.end :]):
        return False
    post = [
        token
        for token in tokens_of(analysed, speaker.end, label_end)
        if speaker.end <= token.start and token.end <= label_end
    ]
    # the comma, then a post among the next words ("глава", "главный тренер")
    return any(is_post(token.lemma.lower(), words) for token in post[1:4])


def _spoken_line(analysed: AnalysedDocument, start: int, end: int) -> Span | None:
    """The unquoted words after a name-and-post label, if they say something: several
    words, not a question, not another label or quote."""
    line = analysed.document.text[start:end].strip()
    if line[:1] in '«"„—–-' or line.endswith("?") or len(re.findall(r"\w+", line)) < 5:
        return None
    offset = analysed.document.text.index(line, start)
    return text_span(analysed, offset, offset + len(line))


def _post_labelled(
    analysed: AnalysedDocument, opening: re.Match[str], words: StatementWords
) -> Mention | None:
    """The person a post label names ("Главный тренер «X» Name Surname:", "Name Surname,
    главный тренер «X»:"): a full name closing the label after words that hold a post, or
    opening it before a comma and such words."""
    label_start, label_end = opening.span("label")
    speaker = next(
        (
            m
            for m in analysed.mentions
            if m.type == "PER"
            and m.end == label_end
            and label_start < m.start
            and len(m.text.split()) >= 2
        ),
        None,
    )
    if speaker is not None:
        post = tokens_of(analysed, label_start, speaker.start)
    else:
        # "Name Surname, главный тренер «X»:": the name first, its post after a comma
        speaker = next(
            (
                m
                for m in analysed.mentions
                if m.type == "PER" and m.start == label_start and len(m.text.split()) >= 2
            ),
            None,
        )
        if speaker is None or not re.match(
            r"\s*,", analysed.document.text[speaker.end : label_end]
        ):
            return None
        post = tokens_of(analysed, speaker.end, label_end)
    if not any(is_post(t.lemma.lower(), words) for t in post):
        return None
    return speaker


def headed_answers(
    analysed: AnalysedDocument, words: StatementWords, claims: list[Claim]
) -> list[Claim]:
    """A line that only names a person and ends in a colon ("Иван Петров, главный тренер
    «Шторма»:") heads the quote on the next line ("— Мы …"): a press conference's or a
    round table's answers. The quote is that person's, whoever else it names; a reading of
    the quote line as a quote with an attribution of its own gives way."""
    if words.dialogue_line is None:
        return claims
    text = analysed.document.text
    for (start, end), (next_start, next_end) in consecutive_paragraphs(text):
        head = text[start:end].strip()
        first = start + len(text[start:end]) - len(text[start:end].lstrip())
        quote_line = text[next_start:next_end].lstrip()[:1] in '«"'
        # "Name Surname, главный тренер «X»" with no colon still heads the quote line below
        named_head = quote_line and _name_and_post_line(
            analysed, first, start + len(text[start:end].rstrip()), words
        )
        if not (head.endswith(":") or named_head) or len(head) > 150 or _holds_sentence_end(head):
            continue
        opening = words.dialogue_line.match(text, next_start, next_end)
        if opening is None and not quote_line:
            continue
        speaker = person_starting_at(analysed, first) or _head_subject(analysed, start, end)
        if speaker is None or not claimable(analysed, start, next_end):
            continue
        quote = text_span(analysed, opening.end() if opening else next_start, next_end)
        claims = [
            c
            for c in claims
            if not (
                next_start <= c.evidence.start < next_end
                and any(a.role == "quote" for a in c.arguments)
            )
            and not _quotes_within(c, next_start, next_end)
        ]
        claims.append(
            statement_claim(
                entity_argument(analysed, "speaker", speaker),
                quote,
                text_span(analysed, start, next_end),
            )
        )
    return claims


def _holds_sentence_end(line: str) -> bool:
    """Whether a line ends a sentence inside it; a short abbreviation's dot in a post
    ("гл. тренер", "зам. главы") ends none."""
    return re.search(r"[.!?]\s", re.sub(r"\b[а-яё]{2,3}\.\s", " ", line)) is not None


def _name_and_post_line(
    analysed: AnalysedDocument, start: int, end: int, words: StatementWords
) -> bool:
    """Whether a line is only a full name, a comma and a post ("Пётр Иванов, главный тренер
    ХК «X»"): a press conference's speaker line, however it ends."""
    text = analysed.document.text
    speaker = person_starting_at(analysed, start)
    if (
        speaker is None
        or len(speaker.text.split()) < 2
        or not re.match(r"\s*,", text[speaker.end : end])
    ):
        return False
    if end - start > 100 or re.search(r"[.!?:;]\s*$", text[start:end]):
        return False
    post = [
        t for t in tokens_of(analysed, speaker.end, end) if speaker.end <= t.start and t.end <= end
    ]
    return any(is_post(token.lemma.lower(), words) for token in post[1:4])


def _quotes_within(claim: Claim, start: int, end: int) -> bool:
    """Whether the claim quotes words of that line only: the line's quote read with the
    line over it as its attribution ("X подчеркнул:"), which the heading reading replaces."""
    spans = [a.span for a in claim.arguments if a.role == "quote" and a.span is not None]
    return bool(spans) and all(start <= span.start and span.end <= end for span in spans)


def _head_subject(analysed: AnalysedDocument, start: int, end: int) -> Mention | None:
    """The one person a heading line names as its main verb's subject ("Первым к
    журналистам вышел X, наставник «Y», который …:"); not a person the line only asks
    or tells about ("Он ответил на вопрос, где находится X:")."""
    people = [m for m in analysed.mentions if m.type == "PER" and start <= m.start and m.end <= end]
    if len(people) != 1 or len(people[0].text.split()) < 2:
        return None
    return people[0] if is_sentence_subject(analysed, people[0]) else None


def dialogue_answers(
    analysed: AnalysedDocument, words: StatementWords, claims: list[Claim]
) -> Iterator[Claim]:
    """An interview set as dialogue: each dash line answering a dash line that asks ("— …?")
    is a statement of the person named last before the first question ("Вечером он
    ответил на вопросы корреспондента. — Вы ожидали …? — Да …"); so is a run's opening
    line when a question follows it (a press conference's first remarks)."""
    if words.dialogue_line is None:
        return
    text = analysed.document.text
    lines = [
        (start, end, words.dialogue_line.match(text, start, end) is not None)
        for start, end in paragraph_spans(text)
    ]
    run_start: int | None = None
    roles = _dialogue_roles(text, lines)
    for index, (start, end, dialogue) in enumerate(lines):
        if not dialogue:
            run_start = None
            continue
        if run_start is None:
            run_start = start
        if roles[index] != _ANSWER:
            continue
        if not claimable(analysed, start, end) or any(
            c.evidence.start < end and start < c.evidence.end for c in claims
        ):
            continue
        speaker = person_named_last(analysed, run_start)
        if speaker is None:
            continue
        match = words.dialogue_line.match(text, start, end)
        yield statement_claim(
            entity_argument(analysed, "speaker", speaker),
            text_span(analysed, match.end() if match else start, end),
            text_span(analysed, start, end),
        )


_QUESTION, _ANSWER, _MORE = "question", "answer", "more"
# a line after an answer this short is the next prompt ("— Охарактеризуйте игру.")
_PROMPT_WORDS = 8


def _dialogue_roles(text: str, lines: list[tuple[int, int, bool]]) -> list[str]:
    """Who speaks each dash line of a dialogue: a line after a question answers it, even
    when it asks back ("— Почему вы думаете, что …?"); after an answer, a line that asks or
    a short line before another dash line ("— Охарактеризуйте игру.") is the next question,
    a longer one says more of the answer (not claimed again). A run's first line that does
    not ask is an answer when a question follows it."""
    roles: list[str] = []
    for index, (start, end, dialogue) in enumerate(lines):
        line = text[start:end].rstrip()
        asks = line.endswith("?")
        before = roles[-1] if index > 0 and lines[index - 1][2] else ""
        following = index + 1 < len(lines) and lines[index + 1][2]
        if not dialogue:
            role = ""
        elif before == _QUESTION:
            role = _ANSWER
        elif before in {_ANSWER, _MORE}:
            short = len(re.findall(r"\w+", line)) <= _PROMPT_WORDS
            role = _QUESTION if asks or (short and following) else _MORE
        elif asks:
            role = _QUESTION
        else:
            opening = following and text[: lines[index + 1][1]].rstrip().endswith("?")
            role = _ANSWER if opening else ""
        roles.append(role)
    return roles


def label_spans(analysed: AnalysedDocument, words: StatementWords) -> list[tuple[int, int]]:
    """Where the speaker labels of an interview stand, the interviewer's too."""
    if words.speaker_label is None or not _labels(analysed, words):
        return []
    text = analysed.document.text
    spans: list[tuple[int, int]] = []
    for start, end in paragraph_spans(text):
        match = words.speaker_label.match(text, start, end)
        if match is not None:
            spans.append(match.span("label"))
    return spans


def speaks_from_label(claim: Claim, labels: list[tuple[int, int]]) -> bool:
    """Whether the claim's speaker is a name standing in a speaker label."""
    return any(
        argument.role == "speaker"
        and argument.span is not None
        and any(start <= argument.span.start < end for start, end in labels)
        for argument in claim.arguments
    )
