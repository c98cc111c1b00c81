"""A headline crediting words to a speaker by a colon or a dash: "Name: words",
"Post Name: words", "Post of X: words", "words — Name". Russian news print a statement's
gist so, without a speech verb; the words are the speaker's statement. The speaker is a
person named in the label (a surname alone is the person the text names in full), or
a post alone, which is the person the body introduces with that post, else the post
phrase itself. A label naming no person and no post ("Москва: …", "Итоги года: …",
"Курс валют: …") is a heading, not a speaker. One claim per headline; a headline another
reader already took (a quoted "Name: «…»") is left to it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from concord.analysis import AnalysedDocument, Token
from concord.claim import Claim, Mention
from concord.extract.sentence_view import entity_argument
from concord.extract.statement.names import tokens_of
from concord.extract.statement.paragraphs import (
    claimable,
    paragraph_spans,
    statement_claim,
    text_span,
)
from concord.extract.statement.people import is_post
from concord.extract.statement.words import StatementWords
from concord.nlp.phrases import normalise_phrase

# "Label: words": the label holds no quote, colon, digit or sentence mark
_COLON = re.compile(r"(?P<label>[^:«»\"“”.!?\d]{2,60}?):\s+(?P<said>\S.*?)\s*")
# "words — Label": a spaced dash, the label at the line's end
_DASH = re.compile(r"(?P<said>\S.*?)\s+[—–-]\s+(?P<label>[^—–«»\"“”.!?:\d-]{2,60}?)\s*")
_LONGEST_LABEL = 5  # words: "Министр обороны России Сергей Шойгу"
_SHORTEST_SAID = 3  # words: "Песков: всё спокойно" says too little to be a headline's gist
_BODY_SENTENCES = 3  # where the body introduces the post's holder
_POST_REACH = 5  # tokens from the post to the holder's name ("глава Минздрава РФ Name")


def headline_statements(
    analysed: AnalysedDocument, words: StatementWords, claims: list[Claim]
) -> Iterator[Claim]:
    """The headline's statement where its first line credits words to a speaker."""
    text = analysed.document.text
    lines = list(paragraph_spans(text))
    if len(lines) < 2:
        return
    start, end = lines[0]
    line = text[start:end].rstrip()
    if line.endswith((".", "?", "…")) or any(start <= c.evidence.start < end for c in claims):
        return  # a sentence or a question, or read already
    if not claimable(analysed, start, end):
        return
    for pattern in (_COLON, _DASH):
        match = pattern.fullmatch(text, start, end)
        if match is None:
            continue
        label_start, label_end = match.span("label")
        said_start, said_end = match.span("said")
        if len(re.findall(r"\w+", match.group("said"))) < _SHORTEST_SAID:
            continue
        speaker = _speaker(analysed, label_start, label_end, lines[1][0], words, pattern is _DASH)
        if speaker is None:
            continue
        yield statement_claim(
            entity_argument(analysed, "speaker", speaker),
            text_span(analysed, said_start, said_end),
            text_span(analysed, start, end),
        )
        return


def _speaker(
    analysed: AnalysedDocument,
    start: int,
    end: int,
    body: int,
    words: StatementWords,
    trailing: bool,
) -> Mention | None:
    """Who a label names: the person in it, the person of its surname, or its post's
    holder (or the post itself); None for a label naming neither (a place, a topic).
    A label opening the line starts with a capital; one after a dash may be a post in
    lower case ("… — глава Минздрава")."""
    tokens = [t for t in tokens_of(analysed, start, end) if start <= t.start and t.end <= end]
    named = [t for t in tokens if t.pos != "PUNCT"]
    if not named or len(named) > _LONGEST_LABEL:
        return None
    if not trailing and not named[0].text[:1].isupper():
        return None
    people = [m for m in analysed.mentions if m.type == "PER" and start <= m.start and m.end <= end]
    if people:
        return _in_full(analysed, people[-1], body)
    other = any(m.type != "PER" and start <= m.start and m.end <= end for m in analysed.mentions)
    if other and not is_post(named[0].lemma.lower(), words):
        return None  # "Москва: …", "Минфин: …": a place or a body, no person
    if len(named) == 1 and not is_post(named[0].lemma.lower(), words):
        surname = _surname_in_body(analysed, named[0].text, body)
        if surname is not None:
            return surname
    post = next((t for t in named if is_post(t.lemma.lower(), words)), None)
    if post is None or post.feats.get("Number") == "Plur" or post is not named[0]:
        return None  # "Итоги года: …": no person, no post opening the label
    holder = _post_holder(analysed, post, body)
    if holder is not None:
        return holder
    text = analysed.document.text[named[0].start : named[-1].end]
    return Mention(named[0].start, named[-1].end, text, "PER", normalise_phrase(named, 0))


def _in_full(analysed: AnalysedDocument, person: Mention, body: int) -> Mention:
    """A surname alone stands for the person the body names in full with it."""
    entity = analysed.entities[person.entity] if person.entity >= 0 else None
    if len(person.text.split()) >= 2 or (entity is not None and len(entity.name.split()) >= 2):
        return person
    return _surname_in_body(analysed, person.text, body) or person


def _surname_in_body(analysed: AnalysedDocument, label: str, body: int) -> Mention | None:
    """The person the body names in full whose surname the label is ("Песков" …
    "Дмитрий Песков"); the label's own case may differ by an ending."""
    surname = label.lower()
    if len(surname) < 3:
        return None
    for mention in analysed.mentions:
        if mention.type != "PER" or mention.start < body or len(mention.text.split()) < 2:
            continue
        last = mention.text.split()[-1].lower()
        shared = min(len(last), len(surname)) - 2
        if shared >= 3 and last[:shared] == surname[:shared] and abs(len(last) - len(surname)) <= 2:
            return mention
    return None


def _post_holder(analysed: AnalysedDocument, post: Token, body: int) -> Mention | None:
    """The person the body introduces with the label's post ("Глава Минздрава: …" …
    "заявил глава Минздрава РФ Name"): a name a few words after the same post noun."""
    lemma = post.lemma.lower()
    sentences = [s for s in analysed.sentences if s.start >= body][:_BODY_SENTENCES]
    for sentence in sentences:
        tokens = sentence.tokens
        for position, token in enumerate(tokens):
            if token.lemma.lower() != lemma:
                continue
            reach = tokens[position + 1 : position + 1 + _POST_REACH]
            if not reach:
                continue
            found = next(
                (
                    m
                    for m in analysed.mentions
                    if m.type == "PER"
                    and len(m.text.split()) >= 2
                    and token.end < m.start <= reach[-1].start
                ),
                None,
            )
            if found is not None:
                return found
    return None
