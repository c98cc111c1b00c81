"""Post words that name no post held, kept out for precision.

A post one runs for ("кандидат в президенты", "претендует на должность мэра"), a word of a
title in quotes ("балет «Последний губернатор»"), a body's representative ("в лице
директора"), an honorary title ("заслуженный артист"), a judgement of skill ("опытный
сыщик"), a stake ("владелец 75% доли") or a nationality ("американец"): each is dropped before or after the claim is made.
"""

from __future__ import annotations

from concord.claim import Claim
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import is_position
from concord.extract.sentence_view import SentenceView

# A stem shorter than this makes an adjective of no people ("бо-ец" -> "боский").
_SHORTEST_STEM = 3


def held_post(view: SentenceView, post: int | None, words: OccupationWords) -> int | None:
    """The post, unless it is one run for ("кандидат в президенты", "в депутаты")."""
    if post is None:
        return None
    token = view.tokens[post]
    if token.feats.get("Number") == "Plur" and view.preposition(post) in (
        words.candidacy_prepositions
    ):
        return None
    if _in_title(view, post):
        return None
    if (view.preposition(post), token.lemma.lower()) in words.representing_frames:
        return None  # "в лице директора X": who acts for a body, not a post
    if _sought(view, post, words):
        return None
    return post


def _sought(view: SentenceView, post: int, words: OccupationWords) -> bool:
    """ "кандидатура на пост спикера - X", "претендует на должность мэра X": the office
    noun governing the post, after a preposition of aim, hangs on a word of seeking."""
    office = view.tokens[post].head
    if not 0 <= office < len(view.tokens):
        return False
    if view.tokens[office].lemma.lower() not in words.office_nouns:
        return False
    if view.preposition(office) not in words.seeking_prepositions:
        return False
    seeker = view.tokens[office].head
    return 0 <= seeker < len(view.tokens) and (
        view.tokens[seeker].lemma.lower() in words.seeking_words
    )


def _in_title(view: SentenceView, post: int) -> bool:
    """ "балет «Последний губернатор» по роману X": a post inside quotes that name no person
    is a title's word; a quote naming someone ("«Как сказал министр X, …»") keeps its posts."""
    opened = max((i for i in range(post) if view.tokens[i].text == "«"), default=-1)
    if opened < 0 or any(view.tokens[i].text == "»" for i in range(opened, post)):
        return False
    closed = next(
        (i for i in range(post + 1, len(view.tokens)) if view.tokens[i].text == "»"), None
    )
    if closed is None:
        return False
    return not view.mentions_in(range(opened, closed), {"PER"})


def title_or_judgement(view: SentenceView, claim: Claim, words: OccupationWords) -> bool:
    """A post read as "заслуженный артист России" (an honorary title) or as "опытный сыщик"
    (a judgement of the person's skill) is no post held."""
    post = next((a for a in claim.arguments if a.role == "position"), None)
    if post is None or post.span is None:
        return False
    indices = view.token_indices(post.span.start, post.span.end)
    if _stake(view, indices, words) or _nationality(view, indices, words):
        return True
    if _academic_degree(view, indices, words):
        return True
    for index in indices:
        token = view.tokens[index]
        if token.pos != "ADJ" or token.head not in indices:
            continue
        modifiers = {token.lemma.lower(), token.text.lower()}
        head = view.tokens[token.head].lemma.lower()
        if modifiers & words.judging_adjectives or any(
            {(modifier, head), (modifier, "")} & words.honorary_titles for modifier in modifiers
        ):
            return True
    return False


def _academic_degree(view: SentenceView, indices: list[int], words: OccupationWords) -> bool:
    """ "кандидат философских наук X": a calling with the genitive of a field of science is
    an academic degree, not a post."""
    return any(
        (view.tokens[view.tokens[index].head].lemma.lower(), view.tokens[index].lemma.lower())
        in words.academic_degrees
        for index in indices
        if view.tokens[index].head in indices
    )


def _nationality(view: SentenceView, indices: list[int], words: OccupationWords) -> bool:
    """ "турист — американец X", "убийство британца X": a noun for a people, read as a
    calling by its form, says where the person is from, not a post. It is one when it turns
    into the adjective of a place by the language's endings ("американ-ец" ->
    "американ-ский"); a word of the post lexicon is never one."""
    root = next((i for i in indices if view.tokens[i].head not in indices), None)
    if root is None or view.tokens[root].pos != "NOUN":
        return False
    lemma = view.tokens[root].lemma.lower()
    return not is_position(lemma, words.posts) and is_demonym(lemma, words)


def is_demonym(lemma: str, words: OccupationWords) -> bool:
    """Whether a noun names a people by its place ("британец", "россиянин", "француз")."""
    for noun_ending, adjective_ending in words.demonym_endings:
        stem = lemma[: len(lemma) - len(noun_ending)]
        if not lemma.endswith(noun_ending) or len(stem) < _SHORTEST_STEM:
            continue
        if words.posts.place_of_adjective(stem + adjective_ending) is not None:
            return True
    return False


def _stake(view: SentenceView, indices: list[int], words: OccupationWords) -> bool:
    """ "владелец 75% доли", "совладелец 40 процентов акций": a number and a percent word
    in or right after a post's phrase make it a share held, not a post."""
    if not indices:
        return False
    window = view.tokens[indices[0] : indices[-1] + 3]
    return any(
        token.pos == "NUM"
        and index + 1 < len(window)
        and (
            window[index + 1].text in words.percent_words
            or window[index + 1].lemma.lower() in words.percent_words
        )
        for index, token in enumerate(window)
    )
