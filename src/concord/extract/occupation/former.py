"""A post said as no longer held: "бывший директор", "экс-министр", "в прошлом мэр",
"X, ранее возглавлявший Y", "former minister".

The post's value stays the post itself (the benchmark annotates a former post as an
occupation, and "бывший" is not part of it); the claim gains the role `held` = `former`,
so that what Concord shows does not read a past post as a present one. A career is a
timeline: the role never makes two reports disagree (claimtypes/occupation.py).
"""

from __future__ import annotations

from concord.claim import FORMER, Argument, Claim
from concord.extract.occupation.words import OccupationWords
from concord.extract.sentence_view import SentenceView

# punctuation an apposition opens after ("X, ранее мэр", "X — в прошлом мэр", "X (ранее …")
_APPOSITION_OPENERS = frozenset({",", "—", "–", "-", "("})


def post_said_former(view: SentenceView, post: int, words: OccupationWords) -> int | None:
    """The word that says the post at `post` is no longer held, or None: the post written
    with a former prefix ("экс-министр", "ex-CEO"), or an adjective, adverb or frame of the
    past on the post's noun ("бывший", "former", "ранее", "в прошлом")."""
    token = view.tokens[post]
    if any(
        token.text.lower().startswith(prefix) and len(token.text) > len(prefix)
        for prefix in words.former_prefixes
    ):
        return post
    for child in view.children(post):
        if child != post and _past_word(view, child, words, on_noun=True):
            return child
        if view.tokens[child].lemma.lower() in words.previous_words and not _acts_now(view, post):
            return child
    return _right_before(view, post, words)


def _acts_now(view: SentenceView, post: int) -> bool:
    """The post is the subject of a verb in the present ("представляет прежний адвокат"):
    a post the one before would not act now, so it is the same one as before."""
    token = view.tokens[post]
    head = token.head
    return (
        token.relation.startswith("nsubj")
        and 0 <= head < len(view.tokens)
        and view.tokens[head].feats.get("Tense") == "Pres"
    )


def verb_said_former(view: SentenceView, verb: int, words: OccupationWords) -> int | None:
    """The word that says a post or a place of work a verb gives was held before and is no
    longer: an imperfective verb (or participle) in the past with "ранее", "в прошлом"
    ("X, ранее возглавлявший Y") or up to a year ("до 2012 года возглавлял Y"). A
    perfective one ("ранее возглавил") tells a start that may still hold; a bare past
    ("возглавлявший делегацию") is the time of the event told, not before it."""
    token = view.tokens[verb]
    if token.feats.get("Tense") != "Past" or token.feats.get("Aspect") != "Imp":
        return None
    for child in view.children(verb):
        if child != verb and _says_before(view, child, words):
            return child
    if token.feats.get("VerbForm") == "Part":  # ", до недавнего времени руководивший Y":
        before = verb - 1  # the parser may hang what opens the participle's phrase elsewhere
        while before >= 0 and view.tokens[before].pos != "PUNCT":
            if _says_before(view, before, words):
                return before
            before -= 1
    return None


def _says_before(view: SentenceView, index: int, words: OccupationWords) -> bool:
    """A word of the past ("ранее") or a time up to which ("до 2012 года")."""
    return _past_word(view, index, words) or (
        view.tokens[index].lemma.lower() in words.until_nouns
        and view.preposition(index) in words.until_prepositions
    )


def marked_former(view: SentenceView, claim: Claim, marker: int | None) -> Claim:
    """The claim with `held` = former, its evidence the marking word, when there is one."""
    if marker is None or claim.values("held"):
        return claim
    held = Argument("held", FORMER, view.span_of([marker]))
    return Claim(claim.type, [*claim.arguments, held], claim.evidence, claim.modality)


def _past_word(
    view: SentenceView, index: int, words: OccupationWords, on_noun: bool = False
) -> bool:
    """ "бывший", "прежний", "former", or an adverb ("ранее", "formerly") or frame ("в
    прошлом") of the past. On a post's noun an adverb or a frame counts only where it
    opens an apposition ("X, ранее мэр Твери,", "— в прошлом мэр"): at a sentence's start
    it dates the report ("Ранее глава МИД X заявил" is the minister now)."""
    token = view.tokens[index]
    lemma = token.lemma.lower()
    if lemma in words.former_words:
        return True
    preposition = view.preposition(index)
    if lemma not in words.former_adverbs and (preposition, lemma) not in words.former_frames:
        return False
    if not on_noun:
        return True
    first = index - 1 if preposition else index
    return first > 0 and view.tokens[first - 1].text in _APPOSITION_OPENERS


def _right_before(view: SentenceView, post: int, words: OccupationWords) -> int | None:
    """The parser may hang the words of the past elsewhere ("Олег Лебедев, в прошлом мэр":
    "в прошлом" on the sentence's verb; "Ex - CEO" split in three): the word right before
    the post's phrase (past the post's own adjectives) said as one of them, or a former
    prefix split from the post by a hyphen."""
    before = post - 1
    while before >= 0 and view.tokens[before].head == post and view.tokens[before].pos == "ADJ":
        before -= 1
    if before < 0:
        return None
    if view.tokens[before].text in {"-", "‐"} and before > 0:
        prefix = view.tokens[before - 1].text.lower() + "-"
        return before - 1 if prefix in words.former_prefixes else None
    return before if _past_word(view, before, words, on_noun=True) else None
