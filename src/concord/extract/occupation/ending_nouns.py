"""A post ended by a noun: "депутаты приняли отставку мэра X", "после увольнения тренера X",
"утвердили прекращение полномочий главы района X", "уход X с поста директора", "X подал в
отставку", "the council accepted the resignation of X", "after X's dismissal as coach",
"X tendered his resignation".

A noun of ending only names an end; whether it happened is told by what governs it. It
marks the post former where the end is accepted or done ("приняли", "утвердили", "after",
"X подал в отставку"), and not where it is demanded, rumoured or planned ("потребовали
отставки", "возможная отставка", "grounds for dismissal"), or refused ("не приняли"): no
frame of a done end, no mark. The verbs' frames are leaving.py's.
"""

from __future__ import annotations

from concord.claim import Claim, Modality
from concord.extract.occupation.filters import held_post
from concord.extract.occupation.former import marked_former
from concord.extract.occupation.leaving import (
    claim_is_post,
    governing_verb,
    post_after_as,
    post_named,
    told_done,
    unmarked_person_word,
    verb_phrases,
)
from concord.extract.occupation.post_claim import occupation_claim
from concord.extract.occupation.reading import mention_root
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import is_position
from concord.extract.sentence_view import SentenceView

_HOLDER_RELATIONS = frozenset({"nmod", "nmod:poss"})
_GOVERNED_RELATIONS = frozenset({"obj", "obl", "nsubj:pass", "iobj"})


def noun_ended_posts(
    view: SentenceView, claims: list[Claim], words: OccupationWords
) -> list[Claim]:
    """Each claim, marked former where a noun of ending told as done ends its person's post."""
    return [_marked_if_ended(view, claim, words) for claim in claims]


def posts_left_by_noun_named(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """ "after John Smith's dismissal as coach", "X announced his resignation as manager",
    "X объявил об уходе с поста директора": a done end that names the post (after "as", or
    in the office it leaves) gives the person that post, held until then."""
    claims: list[Claim] = []
    for person in view.mentions:
        if person.type != "PER":
            continue
        noun = _ending_noun(view, mention_root(view, person), words, papers=True)
        if noun is None:
            continue
        post = post_after_as(view, noun, words)
        if post is None and view.tokens[noun].head >= 0:
            post = post_after_as(view, view.tokens[noun].head, words)
        if post is None:  # occupation46: "X объявил об уходе с поста директора компании"
            post = post_named(view, noun, words)
        if post is not None and held_post(view, post, words) is not None:
            stop = max(view.subtree(post, skip=frozenset({"conj", "punct"}))) + 1
            claims.append(occupation_claim(view, person, post, stop, words, Modality.FACT))
    return claims


def _marked_if_ended(view: SentenceView, claim: Claim, words: OccupationWords) -> Claim:
    """The claim marked former when its person is the one whose end a done noun tells."""
    person = unmarked_person_word(view, claim)
    if person is None:
        return claim
    noun = _ending_noun(view, person, words)
    if noun is None:
        return claim
    named = post_named(view, noun, words)
    if named is not None and not _same_post(view, claim, named):
        return claim  # "глава A X объявил об уходе с поста директора B": only that post ends
    return marked_former(view, claim, noun)


def _same_post(view: SentenceView, claim: Claim, post: int) -> bool:
    """The claim's post is the one the noun's frame names: the same words, or the same title
    written twice ("Губернатор X объявил об уходе с поста губернатора")."""
    if claim_is_post(view, claim, post):
        return True
    position = next((a for a in claim.arguments if a.role == "position"), None)
    if position is None or position.span is None:
        return False
    lemmas = {
        view.tokens[i].lemma.lower()
        for i in view.token_indices(position.span.start, position.span.end)
    }
    return view.tokens[post].lemma.lower() in lemmas


def _ending_noun(
    view: SentenceView, person: int, words: OccupationWords, *, papers: bool = False
) -> int | None:
    """The noun of a done end of the person's post: the noun the person (or the post they
    stand by) is the genitive or possessor of, or the noun a verb of tendering has for its
    subject's own end ("X подал в отставку", "X tendered his resignation")."""
    noun = _noun_over(view, person, words)
    if noun is not None:
        return noun if _ends(view, noun, words) and _happened(view, noun, words) else None
    verb, as_object = governing_verb(view, person, words)
    if verb is None or as_object or not told_done(view, verb):
        return None
    phrases = verb_phrases(view, verb)
    candidates = [
        child
        for child in (view.children(verb) if phrases & words.tendering_verbs else [])
        if view.tokens[child].relation in _GOVERNED_RELATIONS
    ]
    if papers and phrases & words.tendering_paper_verbs:
        # occupation47: "X написал заявление об отставке с поста губернатора": the end
        # the paper the subject hands in asks for names the subject's own post; asked for,
        # not done, so it gives the post (held) and marks nothing former
        candidates += [
            inner
            for child in view.children(verb)
            if view.tokens[child].relation == "obj"
            and view.tokens[child].lemma.lower() in words.tendering_papers
            for inner in view.children(child)
            if view.tokens[inner].relation == "nmod"
        ]
    return next(
        (
            child
            for child in candidates
            if _ends(view, child, words)
            and not _holder_named(view, child, words)
            and not _unsure(view, child, words)
        ),
        None,
    )


def _noun_over(view: SentenceView, person: int, words: OccupationWords) -> int | None:
    """The noun of ending whose genitive or possessor the person is: the name itself ("the
    resignation of X", "X's dismissal"), the post it stands by ("отставку мэра X"), or the
    office that post is in ("прекращение полномочий главы района X"). Every climb stops
    at a word seen before."""
    seen = {person}
    index = person
    while True:
        token = view.tokens[index]
        head = token.head
        if not 0 <= head < len(view.tokens) or head in seen:
            return None
        above = view.tokens[head]
        if token.relation in _HOLDER_RELATIONS and above.lemma.lower() in _nouns(words):
            return head
        climbs = (token.relation == "appos" and is_position(above.lemma, words.posts)) or (
            token.relation == "nmod"
            and is_position(token.lemma, words.posts)
            and above.lemma.lower() in words.office_nouns | words.leaving_office_nouns
        )
        if not climbs:
            return None
        seen.add(head)
        index = head


def _nouns(words: OccupationWords) -> frozenset[str]:
    return words.ending_nouns | words.office_ending_nouns


def _ends(view: SentenceView, noun: int, words: OccupationWords) -> bool:
    """A noun that ends a post by itself ("отставка", "resignation"), or one that does with
    the office it leaves ("уход с поста", "прекращение полномочий", "departure as coach")."""
    lemma = view.tokens[noun].lemma.lower()
    if lemma in words.ending_nouns:
        return True
    if lemma not in words.office_ending_nouns:
        return False
    for child in view.children(noun):
        child_lemma = view.tokens[child].lemma.lower()
        preposition = view.preposition(child)
        if not preposition and child_lemma in words.office_nouns | words.leaving_office_nouns:
            return True
        if (preposition, child_lemma) in words.ending_frames:
            return True
    return post_after_as(view, noun, words) is not None


def _happened(view: SentenceView, noun: int, words: OccupationWords) -> bool:
    """The end told as done: accepted by a verb told as done ("приняли отставку",
    "проголосовали за отставку", "отставка принята"), or a time after it ("после отставки",
    "after his dismissal") in a sentence not about the future. Not spoken of as unsure."""
    if _unsure(view, noun, words):
        return False
    token = view.tokens[noun]
    head = token.head
    if not 0 <= head < len(view.tokens):
        return False
    preposition = view.preposition(noun)
    if preposition in words.after_prepositions:
        governor = view.tokens[head]
        return governor.feats.get("Tense") != "Fut" and view.modality(head) is not Modality.PLANNED
    return (
        token.relation in _GOVERNED_RELATIONS
        and bool(verb_phrases(view, head) & words.accepting_verbs)
        and preposition in words.accepting_prepositions
        and told_done(view, head)
    )


def _unsure(view: SentenceView, noun: int, words: OccupationWords) -> bool:
    """ "возможная отставка", "his rumoured departure": an end only spoken of."""
    return any(view.tokens[c].lemma.lower() in words.unsure_words for c in view.children(noun))


def _holder_named(view: SentenceView, noun: int, words: OccupationWords) -> bool:
    """The noun names whose end it is, by a name or a post ("объявил об отставке мэра",
    "announced the resignation of X"): not the subject's own end."""
    return any(
        view.tokens[c].relation in _HOLDER_RELATIONS
        and (
            ((mention := view.mention_at(c)) is not None and mention.type == "PER")
            or (not view.preposition(c) and is_position(view.tokens[c].lemma, words.posts))
        )
        for c in view.children(noun)
    )
