"""Aides speaking for someone (statement45).

gold.md: the speaker is the one who speaks; a post is resolved to the person it refers to.
A press secretary, aide or adviser named by the person they serve ("Пресс-секретарь
губернатора заявил", "Пресс-секретарь X: …", "сообщила пресс-секретарь губернатора Лилия
C.") speaks themselves. The readers before this one may credit the person in the aide's
genitive (the name itself, or the holder of the post named there). Such a claim goes to
the aide's name given beside the aide noun, or elsewhere in the text with the same noun;
an aide the text never names leaves the claim without a speaker, and it is dropped."""

from __future__ import annotations

from dataclasses import replace

from concord.analysis import AnalysedDocument, Mention, Sentence, Token
from concord.claim import Argument, Claim
from concord.extract.sentence_view import entity_argument
from concord.extract.statement.words import StatementWords

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_NAMING = frozenset({"appos", "flat", "flat:name", "nmod"})


def aides_speaking(
    analysed: AnalysedDocument, words: StatementWords, claims: list[Claim]
) -> list[Claim]:
    """The claims, those crediting the person an aide speaks for given to the aide."""
    if not words.aide_posts:
        return claims
    kept: list[Claim] = []
    for claim in claims:
        aide = _aide_speaking(analysed, words, claim)
        if aide is None:
            kept.append(claim)
            continue
        sentence, position = aide
        named = _aide_named(analysed, words, sentence, position, _speaker_entity(claim))
        if named is None:
            continue  # an aide the text never names: no identifiable speaker
        arguments = [
            entity_argument(analysed, "speaker", named) if a.role == "speaker" else a
            for a in claim.arguments
        ]
        kept.append(replace(claim, arguments=arguments))
    return kept


def _speaker_entity(claim: Claim) -> int | None:
    speaker = claim.first("speaker")
    return None if speaker is None else speaker.entity


def _aide_speaking(
    analysed: AnalysedDocument, words: StatementWords, claim: Claim
) -> tuple[Sentence, int] | None:
    """The sentence and position of an aide noun that is the subject of the claim's
    sentence, outside its quoted words, serving someone named or posted in its genitive,
    when the claim credits someone other than the aide's own name."""
    speaker = claim.first("speaker")
    if claim.type != "statement" or speaker is None or speaker.span is None:
        return None
    quote = next((a.span for a in claim.arguments if a.role == "quote"), None)
    for sentence in analysed.sentences:
        if not (sentence.start < claim.evidence.end and claim.evidence.start < sentence.end):
            continue
        for position, token in enumerate(sentence.tokens):
            if token.lemma.lower() not in words.aide_posts:
                continue
            if token.relation not in _SUBJECTS and not (position == 0 and token.relation == "root"):
                continue  # "Пресс-секретарь X: …" heads a headline
            if quote is not None and quote.start <= token.start < quote.end:
                continue  # "X заявил, что пресс-секретарь …": someone the words speak of
            served = [
                t
                for i in sentence.dependents[position]
                if (t := sentence.tokens[i]).relation == "nmod" and t.start > token.start
            ]
            if not served:
                continue
            own = _appositive_person(analysed, sentence, position)
            if own is not None and _same_person(own, speaker):
                return None  # already the aide's own name
            if not _served_credited(analysed, sentence, served, speaker):
                return None  # "— сказал Песков. Пресс-секретарь президента добавил: …":
                # the reader took the aide for the person named before
            if own is None and _aide_elsewhere(analysed, token.lemma.lower(), speaker):
                return None  # "— отметил пресс-секретарь российского лидера": the reader
                # found the aide the text named before
            return sentence, position
    return None


def _same_person(mention: Mention, speaker: Argument) -> bool:
    if speaker.entity is not None and mention.entity >= 0:
        return speaker.entity == mention.entity
    span = speaker.span
    return span is not None and span.start < mention.end and mention.start < span.end


def _appositive_person(
    analysed: AnalysedDocument, sentence: Sentence, position: int
) -> Mention | None:
    """A person named right beside the aide noun ("пресс-секретарь губернатора Лилия
    С.", "Ульяна М., пресс-секретарь губернатора"): the aide's own name, not the served
    person in its genitive (whose name is the genitive's own dependent)."""
    tokens = sentence.tokens
    aide = tokens[position]
    # "Главе области Андрею Ч., …, сообщила пресс-секретарь губернатора Лилия С.": a name
    # in another case is someone else the sentence speaks of
    for index in sentence.dependents[position]:
        token = tokens[index]
        if token.relation in _NAMING and token.pos == "PROPN" and _nominative(token):
            mention = _person_at(analysed, token)
            if mention is not None:
                return mention
    if aide.relation == "appos" and aide.head >= 0:
        return _person_at(analysed, tokens[aide.head])
    return None


def _nominative(token: Token) -> bool:
    return token.feats.get("Case", "Nom") == "Nom"


def _person_at(analysed: AnalysedDocument, token: Token) -> Mention | None:
    return next(
        (m for m in analysed.mentions if m.type == "PER" and m.start <= token.start < m.end),
        None,
    )


def _aide_named(
    analysed: AnalysedDocument,
    words: StatementWords,
    sentence: Sentence,
    position: int,
    served: int | None,
) -> Mention | None:
    """The aide's name: beside the noun in its sentence, else the person some other
    sentence gives the same aide noun to ("Ульяна М., пресс-секретарь губернатора …"),
    the nearest one, never the served person."""
    own = _appositive_person(analysed, sentence, position)
    if own is not None and (served is None or own.entity != served):
        return own
    lemma = sentence.tokens[position].lemma.lower()
    found: list[Mention] = []
    for other in analysed.sentences:
        if other is sentence:
            continue
        for index, token in enumerate(other.tokens):
            if token.lemma.lower() != lemma:
                continue
            mention = _appositive_person(analysed, other, index)
            if mention is None or (served is not None and mention.entity == served):
                continue
            if _serves(analysed, other, index, served):
                found.append(mention)
    if not found:
        return None
    return min(found, key=lambda m: abs(m.start - sentence.start))


def _serves(
    analysed: AnalysedDocument, sentence: Sentence, position: int, served: int | None
) -> bool:
    """Whether the aide of another sentence serves the same person: the person named in
    its genitive, or, where a post stands there ("пресс-секретарь губернатора"), one that
    sentence names."""
    if served is None:
        return False
    tokens = sentence.tokens
    genitive = [i for i in sentence.dependents[position] if tokens[i].relation == "nmod"]
    named = [
        mention
        for i in genitive
        for index in _subtree(sentence, i)
        if (mention := _person_at(analysed, tokens[index])) is not None
    ]
    if named:
        return any(_same_entity(analysed, mention, served) for mention in named)
    return any(
        m.entity == served and sentence.start <= m.start < sentence.end for m in analysed.mentions
    )


def _subtree(sentence: Sentence, position: int) -> list[int]:
    found = [position]
    for index in sentence.dependents[position]:
        found.extend(_subtree(sentence, index))
    return found


def _same_entity(analysed: AnalysedDocument, mention: Mention, entity: int) -> bool:
    """The same person, or one whose surname the recogniser normalised apart ("Пресс-
    секретарь Федорищева" beside "Вячеслава Федорищева"): the last words share a stem."""
    if mention.entity == entity:
        return True
    if mention.entity < 0 or entity < 0:
        return False
    one = analysed.entities[mention.entity].name.split()
    other = analysed.entities[entity].name.split()
    return bool(one and other) and one[-1][:5].lower() == other[-1][:5].lower()


def _aide_elsewhere(analysed: AnalysedDocument, lemma: str, speaker: Argument) -> bool:
    """Whether the text gives the aide noun to the speaker somewhere ("пресс-секретарь
    президента России Дмитрий П." before "— отметил пресс-секретарь российского лидера")."""
    for sentence in analysed.sentences:
        for index, token in enumerate(sentence.tokens):
            if token.lemma.lower() != lemma:
                continue
            mention = _person_at(analysed, token) or _appositive_person(analysed, sentence, index)
            if mention is not None and _same_person(mention, speaker):
                return True
    return False


def _served_credited(
    analysed: AnalysedDocument, sentence: Sentence, served: list[Token], speaker: Argument
) -> bool:
    """Whether the claim credits the person the aide serves: one named in the aide's
    genitive ("Пресс-секретарь Чибиса"), or, where a post stands there, one the aide's
    own sentence names ("Главе области Андрею Ч. … сообщила пресс-секретарь губернатора")."""
    span = speaker.span
    if span is None:
        return False
    if sentence.start <= span.start < sentence.end:
        return True
    tokens = sentence.tokens
    for token in served:
        for index in _subtree(sentence, tokens.index(token)):
            mention = _person_at(analysed, tokens[index])
            if mention is not None and _same_person(mention, speaker):
                return True
    return False
