"""Outlets that only relay a named speaker (statement44).

gold.md: an outlet that passes on what someone named said is no second speaker; it is the
speaker only where it is the sentence's one source. The readers before this one credit an
outlet standing after a relaying verb or an outlet noun ("…, которая заявила о …,
сообщает «X»", "издание «X» сообщило, что Y раскритиковала …", "по информации издания X")
even when the same sentence credits the person whose words it relays, and an anaphoric
"Об этом сообщает ТАСС." after a sentence crediting someone. Such outlet claims are dropped
here, once every reader has spoken."""

from __future__ import annotations

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Claim
from concord.extract.statement.words import StatementWords


def without_relaying_outlets(
    analysed: AnalysedDocument, words: StatementWords, claims: list[Claim]
) -> list[Claim]:
    """The claims but those of an outlet relaying someone the text credits beside it."""
    if not words.relaying_lemmas and not words.outlet_nouns:
        return claims
    outlets = [_outlet_sentence(analysed, words, claim) for claim in claims]
    voiced = [claim for claim, outlet in zip(claims, outlets, strict=True) if outlet is None]
    kept: list[Claim] = []
    for claim, sentence in zip(claims, outlets, strict=True):
        if sentence is None or not _relays(analysed, words, claim, sentence, voiced):
            kept.append(claim)
    return kept


def _relays(
    analysed: AnalysedDocument,
    words: StatementWords,
    claim: Claim,
    sentence: Sentence,
    voiced: list[Claim],
) -> bool:
    """Whether someone else named in the words the outlet passes on is credited there,
    or, when its sentence opens with "Об этом", in the sentence before it."""
    speaker = claim.first("speaker")
    others = [c for c in voiced if speaker is None or _speaker_value(c) != speaker.value]
    # the words the outlet passes on name the other speaker: a second speech act beside
    # the outlet's own ("газета пишет, что …, а министр заявил …") is no relay
    quote = next((a.span for a in claim.arguments if a.role == "quote"), None)
    start, end = (quote.start, quote.end) if quote is not None else (sentence.start, sentence.end)
    if any(_overlaps(c, max(start, sentence.start), min(end, sentence.end)) for c in others):
        return True
    if words.anaphoric_opening is None or not words.anaphoric_opening.match(sentence.text):
        return False
    before = [s for s in analysed.sentences if s.end <= sentence.start]
    if not before:
        return False
    previous = before[-1]
    return any(_overlaps(c, previous.start, previous.end) for c in others)


def _outlet_sentence(
    analysed: AnalysedDocument, words: StatementWords, claim: Claim
) -> Sentence | None:
    """The sentence of the claim's speaker when that speaker is an outlet: not a person,
    named right after a relaying verb in the present or neuter past ("сообщает",
    "пишет", "сообщило") or after an outlet noun ("издание «X»"), quotes between."""
    speaker = claim.first("speaker")
    if claim.type != "statement" or speaker is None or speaker.span is None:
        return None
    start, end = speaker.span.start, speaker.span.end
    if any(m.type == "PER" and m.start < end and start < m.end for m in analysed.mentions):
        return None
    sentence = next((s for s in analysed.sentences if s.start <= start < s.end), None)
    if sentence is None:
        return None
    before = [t for t in sentence.tokens if t.end <= start and t.pos != "PUNCT"]
    if not before:
        return None
    word = before[-1]
    lemma = word.lemma.lower()
    if word.pos == "NOUN" and lemma in words.outlet_nouns:
        return sentence
    relaying = word.feats.get("Tense") == "Pres" or word.feats.get("Gender") == "Neut"
    if word.pos in {"VERB", "AUX"} and lemma in words.relaying_lemmas and relaying:
        return sentence
    return None


def _speaker_value(claim: Claim) -> str | None:
    speaker = claim.first("speaker")
    return None if speaker is None else speaker.value


def _overlaps(claim: Claim, start: int, end: int) -> bool:
    """Whether the claim credits someone named in the sentence: its speaker stands there
    (a quote's evidence may reach back over the sentence before it, naming nobody there)."""
    speaker = claim.first("speaker")
    if speaker is None or speaker.span is None or not start <= speaker.span.start < end:
        return False
    # a later quote's "он" resolved to a name here is said elsewhere: its words stand there
    quote = next((a.span for a in claim.arguments if a.role == "quote"), None)
    return quote is None or (quote.start < end and start < quote.end)
