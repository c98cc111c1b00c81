"""Whom a post means when the text gives it with a place or as a pair, not a name:
"The Qatari premier said" is the person introduced as "Qatar's Prime Minister X", even
when someone else was named since; "the two ministers said" is both people named last.
English reports call a person by post and state again and again, where Russian repeats
the name or "министр"; the words come from `StatementWords` (`state_named`,
`post_synonyms`, `pair_words`, `side_nouns`)."""

from __future__ import annotations

from concord.analysis import AnalysedDocument, Token
from concord.claim import Mention
from concord.extract.sentence_view import SentenceView, depends_on, named_before, sentence_holding
from concord.extract.statement.names import same_person
from concord.extract.statement.words import StatementWords

_DESCRIPTION_WORDS = (
    8  # words before a name its post and state may take ("Qatar's Prime Minister X")
)
_PAIR_LOOK_BACK = 3  # sentences before "the two ministers" where both may be named


def post_held_at_place(
    analysed: AnalysedDocument, phrase: list[Token], words: StatementWords
) -> Mention | None:
    """The person named before the phrase with its post and, if it gives one, its state:
    the last such one. None where the phrase gives neither a state nor a post written
    another way, or where nobody fits (the caller reads the post as before)."""
    if words.state_named is None or not phrase:
        return None
    states = _states_in(phrase, words)
    post = [
        t.text.lower()
        for t in phrase
        if t.text.lower() not in words.post_filler_words
        and t.pos not in {"PUNCT", "DET", "ADP"}
        and not _state_word(t, phrase, words)
    ]
    if not post:
        return None
    written = " ".join(post)
    alternatives = (written, *words.post_synonyms.get(written, ()))
    if not states and len(alternatives) == 1:
        return None
    found: Mention | None = None
    for mention in analysed.mentions:
        if mention.type != "PER" or mention.end > phrase[0].start:
            continue
        description = _description(analysed, mention) + _counterpart_post(analysed, mention, words)
        if not description:
            continue
        text = " " + " ".join(t.text.lower() for t in description) + " "
        if not any(f" {alternative} " in text for alternative in alternatives):
            continue
        if states and not states & _states_in(description, words):
            continue
        found = mention
    return found


def post_held_in_span(
    analysed: AnalysedDocument, tokens: list[Token], start: int, end: int, words: StatementWords
) -> Mention | None:
    """ "…,” the Qatari premier said": the person a post of an attribution or a source
    means by the state or the other spelling it gives (`post_held_at_place`)."""
    if words.state_named is None:
        return None
    for position, token in enumerate(tokens):
        if not start <= token.start < end or token.pos not in {"NOUN", "PROPN"}:
            continue
        if token.feats.get("Number") == "Plur" or token.lemma.lower() not in words.referring_words:
            continue
        phrase = [t for t in tokens if start <= t.start < end and depends_on(tokens, tokens.index(t), position)]
        held = post_held_at_place(analysed, phrase, words)
        if held is not None:
            return held
    return None


def _state_word(token: Token, phrase: list[Token], words: StatementWords) -> bool:
    """Whether the token names a state alone or with its neighbour ("South Korean")."""
    assert words.state_named is not None
    if words.state_named(token.text) is not None:
        return True
    at = phrase.index(token)
    pairs = [phrase[at - 1 : at + 1], phrase[at : at + 2]]
    return any(
        len(pair) == 2 and words.state_named(f"{pair[0].text} {pair[1].text}") is not None
        for pair in pairs
    )


def _states_in(tokens: list[Token], words: StatementWords) -> set[str]:
    """The states the words name: an adjective, a name or a possessive, one or two words."""
    assert words.state_named is not None
    found: set[str] = set()
    for at in range(len(tokens)):
        for span in (tokens[at : at + 1], tokens[at : at + 2]):
            state = words.state_named(" ".join(t.text for t in span))
            if state is not None:
                found.add(state)
    return found


def _description(analysed: AnalysedDocument, mention: Mention) -> list[Token]:
    """The words the text put around a name: the phrase before it back to a verb or a
    comma ("Qatar's Prime Minister X") and an apposition after it (", Minister of Foreign
    Affairs of Oman,")."""
    sentence = sentence_holding(analysed, mention.start)
    if sentence is None:
        return []
    tokens = sentence.tokens
    first = next((i for i, t in enumerate(tokens) if t.start >= mention.start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.end > mention.end), len(tokens))
    before: list[Token] = []
    for token in reversed(tokens[max(0, first - _DESCRIPTION_WORDS) : first]):
        if _ends_description(token) or _inside_other_person(analysed, mention, token):
            break
        before.insert(0, token)
    after: list[Token] = []
    if last < len(tokens) and tokens[last].text == ",":
        for token in tokens[last + 1 : last + 1 + _DESCRIPTION_WORDS]:
            if _ends_description(token):
                break
            after.append(token)
    return before + after


def _counterpart_post(
    analysed: AnalysedDocument, mention: Mention, words: StatementWords
) -> list[Token]:
    """The post words of the person whose counterpart `mention` was introduced as ("X met
    his Japanese counterpart Y": X's "Prime Minister"), without X's state: Y holds the
    post at the state of the counterpart's own adjective."""
    before = _description(analysed, mention)
    if not any(t.lemma.lower() in words.counterpart_nouns for t in before):
        return []
    first = before[0].start
    holders = [
        m
        for m in analysed.mentions
        if m.type == "PER"
        and m.end <= first
        and sentence_holding(analysed, m.start) is sentence_holding(analysed, mention.start)
    ]
    if not holders:
        return []
    post = _description(analysed, holders[-1])
    return [t for t in post if not _state_word(t, post, words)]


def _ends_description(token: Token) -> bool:
    return token.pos in {"VERB", "AUX", "CCONJ"} or (
        token.pos == "PUNCT" and token.text not in {"'", "’", "-"}
    )


def _inside_other_person(analysed: AnalysedDocument, mention: Mention, token: Token) -> bool:
    """A word of another person's name ("X met Y": Y's post stops at X)."""
    return any(
        other.type == "PER" and other is not mention and other.start <= token.start < other.end
        for other in analysed.mentions
    )


def pair_meant(
    analysed: AnalysedDocument, view: SentenceView, subject: int, words: StatementWords
) -> list[Mention] | None:
    """The two people named last before a plural post or side noun marked as a pair ("the
    two ministers", "both leaders", "the sides"); None where the subject is no such pair
    or fewer than two people were named."""
    head = view.tokens[subject]
    lemma = head.lemma.lower()
    marked = any(view.tokens[c].text.lower() in words.pair_words for c in view.children(subject))
    if not (lemma in words.side_nouns or (marked and lemma in words.referring_words)):
        return None
    people: list[Mention] = []
    for mention in reversed(named_before(analysed, head.start, {"PER"}, _PAIR_LOOK_BACK)):
        if not any(same_person(mention, other) for other in people):
            people.append(mention)
        if len(people) == 2:
            # the pair a report goes on with was named together ("X met Y"), not two
            # people of different sentences
            together = sentence_holding(analysed, people[0].start) == sentence_holding(
                analysed, people[1].start
            )
            return list(reversed(people)) if together else None
    return None
