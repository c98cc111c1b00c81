"""A speaker found before a pronoun must fit the pronoun's gender: "Об этом она
рассказала" cannot be the man named last, nor "— заявил он" the woman named in the
quote's lead ("его дочери Юлии"). Russian marks "он"/"она" for gender, so a person whose
every naming reads as the other gender is the wrong antecedent; the claim is dropped
(precision first: the right antecedent is not known here). A name the tagger gives no
gender (a foreign one) always fits, as in `gender_fits`."""

from __future__ import annotations

from concord.analysis import AnalysedDocument, Token
from concord.claim import Claim, Mention
from concord.extract.sentence_view import gender_fits
from concord.extract.statement.names import same_person
from concord.extract.statement.words import StatementWords


def gender_clashes_dropped(
    analysed: AnalysedDocument, words: StatementWords, claims: list[Claim]
) -> list[Claim]:
    """The claims but those whose speaker, named outside the claim's sentence, is the
    subject pronoun of its speech verb in the other gender."""
    return [claim for claim in claims if not _clashes(analysed, words, claim)]


def _clashes(analysed: AnalysedDocument, words: StatementWords, claim: Claim) -> bool:
    speaker = claim.first("speaker")
    if speaker is None or speaker.span is None:
        return False
    start, end = claim.evidence.start, claim.evidence.end
    if start <= speaker.span.start < end:
        return False  # named in the sentence itself: no pronoun stands for it
    person = next(
        (
            m
            for m in analysed.mentions
            if m.type == "PER" and m.start == speaker.span.start and m.end == speaker.span.end
        ),
        None,
    )
    if person is None:
        return False
    genders = {_pronoun_gender(t, words, analysed) for t in _tokens(analysed, start, end)} - {""}
    if len(genders) != 1:
        return False  # no speaking pronoun, or both "он" and "она" speak: not decided
    return not fits_gender(analysed, person, genders.pop(), words)


def fits_gender(
    analysed: AnalysedDocument, person: Mention, gender: str, words: StatementWords
) -> bool:
    """Whether a person may be the one a word of `gender` ("она", "отметила") stands for:
    some naming of them may be of that gender, or, for a feminine word, no naming has a
    man's surname shape. Shared with `people.person_meant`, which picks the antecedent."""
    if not gender:
        return True
    namings = [m for m in analysed.mentions if m.type == "PER" and same_person(person, m)]
    if any(gender_fits(analysed, m, gender) for m in namings or [person]):
        return True
    # a tagger reads a word masculine by default ("посол Нгуен Ван Тхань"): "она" clashes
    # only with a name of a man's surname shape ("Осипов", "Лаптев": `mens_surname_endings`)
    return gender == "Fem" and not any(_mans_surname(m, words) for m in namings or [person])


def _mans_surname(mention: Mention, words: StatementWords) -> bool:
    parts = mention.normal.lower().split()
    return bool(parts) and bool(words.mens_surname_endings) and parts[-1].endswith(
        words.mens_surname_endings
    )


def _tokens(analysed: AnalysedDocument, start: int, end: int) -> list[Token]:
    return [
        token
        for sentence in analysed.sentences
        if sentence.start < end and start < sentence.end
        for token in sentence.tokens
        if start <= token.start < end
    ]


def _pronoun_gender(token: Token, words: StatementWords, analysed: AnalysedDocument) -> str:
    """The gender of a third-person pronoun that is the subject of a verb of saying."""
    gender = words.pronoun_genders.get(token.text.lower(), "")
    if not gender or not token.relation.startswith("nsubj"):
        return ""
    sentence = next((s for s in analysed.sentences if s.start <= token.start < s.end), None)
    if sentence is None or not 0 <= token.head < len(sentence.tokens):
        return ""
    verb = sentence.tokens[token.head]
    return gender if verb.lemma in words.speech_lemmas else ""
