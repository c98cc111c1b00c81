"""occupation51: a post held before, told by "этот пост" after the report named it.

"Новым командующим округа стал X. Ранее этот пост занимал Y", "… назначил Z директором.
Данную должность до этого занимал Y": an office noun with a pointing determiner, the
object of a verb of holding an office, stands for the post the sentence before (or the one
before it, when that names no post) gave someone else; the verb's subject holds that post
too. The post and its place are read where they were named; the evidence is both
sentences. Held in the past before the report ("ранее", a participle of the past) it is a
former post, as the same words say of a post named in full.
"""

from __future__ import annotations

from concord.claim import Claim, Mention
from concord.extract.occupation.former import marked_former, verb_said_former
from concord.extract.occupation.reading import both_sentences
from concord.extract.occupation.words import OccupationWords
from concord.extract.sentence_view import SentenceView

_LOOK_BACK = 2  # sentences before the pointing noun where the post may be named


def posts_held_by_this(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """The claims of the posts "этот пост" stands for, each held by its verb's subject."""
    if not words.pointing_determiners:
        return []
    claims: list[Claim] = []
    for index, token in enumerate(view.tokens):
        if token.lemma.lower() not in words.office_nouns or not _pointed(view, index, words):
            continue
        verb = token.head
        if (
            not 0 <= verb < len(view.tokens)
            or view.tokens[verb].lemma.lower() not in words.office_holding_verbs
        ):
            continue
        holder = _holder(view, verb)
        if holder is None:
            continue
        earlier = _post_named_before(view, holder, words)
        if earlier is None:
            continue
        before, named = earlier
        held = Claim(
            named.type,
            [a for a in named.arguments if a.role in {"position", "where"}],
            named.evidence,
        )
        arguments = [view.entity_argument("who", holder), *held.arguments]
        claim = Claim(named.type, arguments, both_sentences(before, view), view.modality(verb))
        claims.append(marked_former(view, claim, verb_said_former(view, verb, words)))
    return claims


def _pointed(view: SentenceView, noun: int, words: OccupationWords) -> bool:
    """ "этот пост", "данную должность": the noun points back."""
    return any(
        view.tokens[child].lemma.lower() in words.pointing_determiners
        for child in view.children(noun)
    )


def _holder(view: SentenceView, verb: int) -> Mention | None:
    """The person holding: the verb's subject ("этот пост занимал X"), or the name a
    participle hangs on ("занимавший эту должность X")."""
    candidates = [
        c for c in view.children(verb) if view.tokens[c].relation in {"nsubj", "nsubj:pass"}
    ]
    if view.tokens[verb].feats.get("VerbForm") == "Part" and view.tokens[verb].relation in {
        "acl",
        "amod",
    }:
        candidates.append(view.tokens[verb].head)
    for index in candidates:
        if not 0 <= index < len(view.tokens):
            continue
        mention = view.mention_at(index) or next(
            (view.mention_at(c) for c in view.children(index) if view.tokens[c].relation in {"appos", "flat:name"}
             and view.mention_at(c) is not None),
            None,
        )  # fmt: skip
        if mention is not None and mention.type == "PER":
            return mention
    return None


def _post_named_before(
    view: SentenceView, holder: Mention, words: OccupationWords
) -> tuple[SentenceView, Claim] | None:
    """The last post (no rank) a verb gives someone else in the nearest sentence before
    that tells one, with that sentence's view. A post standing by a name ("глава города X
    предложил …") is that person's own, not the one the report turns to."""
    from concord.extract.occupation.extractor import extract  # the whole reading of a sentence

    for sentence in reversed(view.sentences_before(_LOOK_BACK)):
        before = SentenceView.build(view.document, sentence, view.words)
        told = [
            claim
            for claim in extract(before, words)
            if not claim.values("held")
            and (position := next((a for a in claim.arguments if a.role == "position"), None))
            is not None
            and position.span is not None
            and not _is_rank(position.value, words)
            and not _same(claim, holder)
            and _given_by_verb(before, position.span.start, position.span.end, words)
        ]
        if told:
            return before, max(told, key=lambda claim: _rank_of_given(before, claim))
    return None


# how a post a verb gives stands by it: "стал командующим", "назначил министром",
# "представил нового начальника"
_GIVEN_RELATIONS = frozenset({"obl", "xcomp", "obj", "iobj", "nmod"})


def _given_by_verb(view: SentenceView, start: int, end: int, words: OccupationWords) -> bool:
    """Whether the post phrase at [start, end) is what a verb gives, straight or through an
    office noun ("замещала должность руководителя")."""
    indices = view.token_indices(start, end)
    roots = [i for i in indices if view.tokens[i].head not in indices]
    if len(roots) != 1:
        return False
    post, head = roots[0], view.tokens[roots[0]].head
    if not 0 <= head < len(view.tokens) or view.tokens[post].relation not in _GIVEN_RELATIONS:
        return False
    if view.tokens[head].lemma.lower() in words.office_nouns:
        post, head = head, view.tokens[head].head
        if not 0 <= head < len(view.tokens):
            return False
    return view.tokens[head].pos in {"VERB", "AUX"} and view.tokens[post].relation != "nmod"


def _rank_of_given(view: SentenceView, claim: Claim) -> tuple[bool, int]:
    """A post in the instrumental ("назначил зампреда X министром") is the one given, not
    the appointee's own post said as the object; else the last one."""
    position = next(a for a in claim.arguments if a.role == "position")
    if position.span is None:
        return False, -1
    indices = view.token_indices(position.span.start, position.span.end)
    return any(view.tokens[i].feats.get("Case") == "Ins" for i in indices), position.span.start


def _is_rank(value: str, words: OccupationWords) -> bool:
    return any(word in words.rank_words for word in value.lower().split())


def _same(claim: Claim, holder: Mention) -> bool:
    who = next((a for a in claim.arguments if a.role == "who"), None)
    if who is None:
        return False
    if who.entity is not None and who.entity >= 0 and holder.entity >= 0:
        return who.entity == holder.entity
    return who.value.lower() == holder.normal.lower()
