"""Posts given by a noun of appointing: "приказ о назначении X ректором Y", "избрание X
председателем правления", "о назначении X исполняющим обязанности ректора".

The noun, not a verb, carries the appointment: the person stands in its genitive and the
post in the instrumental beside it, so neither the post beside a name nor a verb's
predicate finds it. The post is held from the appointment on.
"""

from __future__ import annotations

from concord.claim import Claim
from concord.extract.occupation.filters import held_post
from concord.extract.occupation.post_claim import occupation_claim
from concord.extract.occupation.reading import duties_nouns, mention_root, names_person
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import is_position
from concord.extract.sentence_view import SentenceView


def posts_by_appointing_noun(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """Every person in the genitive of a noun of appointing, with the post in the
    instrumental that the noun gives them."""
    claims = []
    for person in view.mentions:
        if person.type != "PER":
            continue
        root = mention_root(view, person)
        noun = view.tokens[root].head
        if (
            not 0 <= noun < len(view.tokens)
            or view.tokens[noun].lemma.lower() not in words.appointing_nouns
            or view.tokens[root].relation != "nmod"
            or view.tokens[root].feats.get("Case") != "Gen"
        ):
            continue
        after = view.token_indices(person.start, person.end)[-1] + 1
        post = _instrumental_post(view, noun, root, words)
        if post is None and after < len(view.tokens):
            post = _post_right_after(view, after, words)
        if post is None or _predicate_of_verb_after(view, post, words):
            continue
        end = max(view.subtree(post, skip=frozenset({"conj", "punct"}))) + 1
        claims.append(occupation_claim(view, person, post, end, words))
    return claims


def _predicate_of_verb_after(view: SentenceView, post: int, words: OccupationWords) -> bool:
    """ "В случае избрания X премьер-министром станет Y": a post phrase followed straight by
    a verb of becoming is that verb's predicate, the post of the verb's subject."""
    phrase = set(view.subtree(post))
    after = post + 1
    while after in phrase:
        after += 1
    return after < len(view.tokens) and view.tokens[after].lemma in words.role_verbs


def _instrumental_post(view: SentenceView, noun: int, person_root: int, words: OccupationWords) -> int | None:
    """The post beside the person under the noun: a post noun in the instrumental, or the
    post whose duties an acting participle in the instrumental names ("исполняющим
    обязанности ректора")."""
    for child in view.children(noun):
        token = view.tokens[child]
        if child == person_root or token.feats.get("Case") != "Ins":
            continue
        if token.lemma.lower() in words.posts.acting_words:
            return _post_of_duties(view, child, words)
        if (
            is_position(token.lemma, words.posts)
            and view.mention_at(child) is None
            and not any(names_person(view, i) for i in view.subtree(child))
            and held_post(view, child, words) is not None
        ):
            return child
    return None


def _post_right_after(view: SentenceView, index: int, words: OccupationWords) -> int | None:
    """ "посвящённая избранию X председателем общества": the parser hung the instrumental
    post right after the name on another word; read by order, it is still the noun's."""
    token = view.tokens[index]
    if token.feats.get("Case") != "Ins":
        return None
    if token.lemma.lower() in words.posts.acting_words:
        return _post_of_duties(view, index, words)
    if token.pos == "NOUN" and is_position(token.lemma, words.posts) and view.mention_at(index) is None:
        return index if held_post(view, index, words) is not None else None
    return None


def _post_of_duties(view: SentenceView, acting: int, words: OccupationWords) -> int | None:
    """ "исполняющим обязанности ректора": the post in the duties noun's genitive."""
    duties = duties_nouns(words)
    for child in view.children(acting):
        if view.tokens[child].lemma.lower() not in duties:
            continue
        for post in view.children(child):
            if is_position(view.tokens[post].lemma, words.posts) and view.mention_at(post) is None:
                return post
    return None
