"""A post noun of masculine form ("председатель", "глава", "министр") with a feminine verb
("председатель ЦБ заявила", "— добавила глава ведомства") names a woman holding the post.
Russian keeps the masculine noun for a woman and marks her only on the verb, so the
speaker is the woman the text gave with that post before, else the woman named last
before or opening a clause in the next sentences; failing all, the post itself describes
the speaker. Not the organisation in the post's genitive, not the man named last, and
not the outlet relaying her. A body named by a feminine noun ("компания заявила",
"пресс-служба сообщила") is no post and is read as before."""

from __future__ import annotations

from concord.analysis import AnalysedDocument, Token
from concord.claim import Mention
from concord.extract.sentence_view import depends_on, name_gender, named_before, sentence_holding
from concord.extract.statement.names import named_as_subject, same_person
from concord.extract.statement.people import described_person, is_post, person_meant
from concord.extract.statement.words import StatementWords
from concord.nlp.phrases import normalise_phrase

_LOOK_BACK = 3  # sentences before the post where the woman may be named
_AHEAD = 2  # sentences after it where a report may name her ("… Набиуллина пояснила")


def woman_at_post(analysed: AnalysedDocument, post: Token, words: StatementWords) -> Mention | None:
    """Whom a masculine post with a feminine speech verb means: the woman named with the
    post before, the woman named last before, the one next named as a subject, else
    the post phrase itself. None where the post or its verb is no such pair."""
    sentence = sentence_holding(analysed, post.start)
    if sentence is None or not _woman_marked(sentence.tokens, post, words):
        return None
    lemma = post.lemma.lower()
    described = described_person(analysed, lemma, post.start)
    if described is not None and _woman(analysed, described):
        return described
    # statement47: the woman the shared antecedent step picks (the holder of the office,
    # not a woman named last with another post: "журналистке X"), where it is a woman
    meant = person_meant(analysed, post.start, post.end, words)
    if meant is not None and _woman(analysed, meant):
        return meant
    before = [m for m in named_before(analysed, post.start, {"PER"}, _LOOK_BACK)]
    women = [m for m in before if _woman(analysed, m)]
    if women:
        return women[-1]
    following = [s for s in analysed.sentences if s.start > post.start][:_AHEAD]
    for later in following:
        for mention in analysed.mentions:
            if (
                mention.type == "PER"
                and later.start <= mention.start < later.end
                and _woman(analysed, mention)
                and named_as_subject(analysed, mention)
            ):
                return mention
    return _post_phrase(analysed, sentence.tokens, post)


def _woman_marked(tokens: list[Token], post: Token, words: StatementWords) -> bool:
    """Whether the post is a singular masculine post noun, not a spokesman (an unnamed
    voice speaks for the body), whose verb is in the feminine past."""
    if post.pos != "NOUN" or post.feats.get("Gender") != "Masc":
        return False
    if post.feats.get("Number") == "Plur" or not post.relation.startswith("nsubj"):
        return False
    lemma = post.lemma.lower()
    if not is_post(lemma, words) or lemma in words.organisation_voices:
        return False
    if not 0 <= post.head < len(tokens):
        return False
    verb = tokens[post.head]
    return verb.pos == "VERB" and verb.feats.get("Gender") == "Fem"


def _woman(analysed: AnalysedDocument, person: Mention) -> bool:
    """Whether some naming of the person reads as a woman's ("Эльвира Набиуллина"): a
    name the tagger gives no gender does not count, so a foreign name is passed over."""
    return any(
        name_gender(analysed, mention) == "Fem"
        for mention in analysed.mentions
        if mention.type == "PER" and same_person(person, mention)
    )


def _post_phrase(analysed: AnalysedDocument, tokens: list[Token], post: Token) -> Mention:
    """The post and the words hanging on it after it ("председатель Банка России"), in the
    nominative: who spoke, as the text describes her."""
    at = tokens.index(post)
    last = at
    for position in range(at + 1, len(tokens)):
        if not depends_on(tokens, position, at, steps=4) or tokens[position].pos == "PUNCT":
            break
        last = position
    chain = tokens[at : last + 1]
    text = analysed.document.text[chain[0].start : chain[-1].end]
    return Mention(chain[0].start, chain[-1].end, text, "PER", normalise_phrase(chain, at))


def woman_in_span(
    analysed: AnalysedDocument, tokens: list[Token], start: int, end: int, words: StatementWords
) -> Mention | None:
    """ "— добавила глава ведомства": the woman a post of an attribution means
    (`woman_at_post`), for the first post noun in the span that has one."""
    for token in tokens:
        if start <= token.start < end:
            meant = woman_at_post(analysed, token, words)
            if meant is not None:
                return meant
    return None
