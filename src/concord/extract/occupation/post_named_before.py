"""A post this sentence refers to that the sentence before names.

"назначил нового председателя правления. Им стал X", "… освобождён. Исполняющим
обязанности назначен Z", "Директором театра назначен X. Его заместителем стал Y": the
holder is in this sentence, the post (or its place) in the one before; the evidence is
both sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from concord.analysis import Token
from concord.claim import Claim, Mention
from concord.extract.occupation.appointers import at_appointer
from concord.extract.occupation.post_claim import occupation_claim
from concord.extract.occupation.reading import (
    both_sentences,
    duties_nouns,
    has_copula,
    mention_root,
    names_person,
    previous_sentence,
)
from concord.extract.occupation.verbs import as_written
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import is_position
from concord.extract.sentence_view import SentenceView

# How a name stands by the post that is a verb's subject ("Им стал декан факультета X") or
# by any noun that is ("назначен его помощник X").
_POST_HOLDER_RELATIONS = frozenset({"appos", "flat:name", "nmod"})

_NOUN_HOLDER_RELATIONS = frozenset({"appos", "flat:name"})


def posts_named_before(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """ "Совет директоров назначил нового председателя правления. Им стал X": a pronoun
    predicate of a role verb stands for the new post the sentence before names; its subject,
    a person, holds that post (with the place said there). The evidence is both sentences."""
    claims: list[Claim] = []
    previous = previous_sentence(view)
    if previous is None:
        return claims
    for index, token in enumerate(view.tokens):
        verb = token.head
        if not 0 <= verb < len(view.tokens) or not (
            _pronoun_predicate(token, view.tokens[verb].lemma, words)
            or _common_noun_headed(view, index, verb, words)
        ):
            continue
        subjects = _subject_people(
            view,
            verb,
            lambda subject: is_position(view.tokens[subject].lemma, words.posts),
            _POST_HOLDER_RELATIONS,
        ) or _subject_people(  # occupation42: "Им стал кандидат наук X", "… управленец X"
            view,
            verb,
            lambda subject: view.tokens[subject].pos == "NOUN",
            _NOUN_HOLDER_RELATIONS,
        )
        if not subjects:
            continue
        before = SentenceView.build(view.document, previous, view.words)
        post = _new_post(before, words)
        if post is None:
            continue
        stop = max(before.subtree(post, skip=frozenset({"conj", "punct"}))) + 1
        evidence = both_sentences(before, view)
        for holder in subjects[:1] + _listed_after(view, subjects[0], verb):
            held = occupation_claim(before, holder, post, stop, words, view.modality(verb))
            if not held.values("where"):  # "Совет директоров «X» назначил нового председателя"
                head = before.tokens[post].head
                if before.tokens[head].lemma in words.newcomer_words:  # "«X» объявил о назначении"
                    held = at_appointer(
                        before, before.tokens[head].head, held, words, announced=True
                    )
                else:
                    held = at_appointer(before, head, held, words)
            claims.append(Claim(held.type, held.arguments, evidence, held.modality))
    return claims


def _new_post(before: SentenceView, words: OccupationWords) -> int | None:
    """The one new post a sentence names ("назначил нового председателя", "о назначении
    главного тренера", "состав вице-губернаторов объявил"), or None for none or two."""
    new_posts = [
        post
        for post, word in enumerate(before.tokens)
        if is_position(word.lemma, words.posts)
        and before.mention_at(post) is None
        and (
            any(before.tokens[c].lemma in words.newcomer_words for c in before.children(post))
            or (  # "о назначении главного тренера", "состав вице-губернаторов объявил"
                before.tokens[post].relation == "nmod"
                and 0 <= (head := before.tokens[post].head) < len(before.tokens)
                and (
                    before.tokens[head].lemma in words.newcomer_words
                    or (
                        before.tokens[head].lemma in words.membership_nouns
                        and word.feats.get("Number") == "Plur"
                    )
                )
            )
            or _acting_named_unnamed(before, post, words)
        )
    ]
    return new_posts[0] if len(new_posts) == 1 else None


# occupation42: how an acting participle standing for a person sits in its clause
# ("назначен исполняющий обязанности", "представили исполняющего обязанности")
_ACTING_PERSON_RELATIONS = frozenset({"nsubj", "nsubj:pass", "obj"})


def _acting_named_unnamed(before: SentenceView, post: int, words: OccupationWords) -> bool:
    """occupation42: "представили исполняющего обязанности ректора. Им стал X", "был назначен
    временно исполняющий обязанности главы. Им стал X": an acting participle standing for a
    person not yet named (a subject or object, no name under it) is the new post the
    next sentence fills, as "нового ректора" is."""
    duties = before.tokens[post].head
    if not 0 <= duties < len(before.tokens) or before.tokens[duties].lemma.lower() not in duties_nouns(words):
        return False
    acting = before.tokens[duties].head
    if (  # the parse may hang the duties noun on the clause's verb beside the participle
        duties > 0
        and before.tokens[duties - 1].lemma.lower() in words.posts.acting_words
        and before.tokens[duties - 1].head == acting
    ):
        acting = duties - 1
    if not 0 <= acting < len(before.tokens):
        return False
    token = before.tokens[acting]
    return (
        token.lemma.lower() in words.posts.acting_words
        and token.relation in _ACTING_PERSON_RELATIONS
        and not any(names_person(before, i) for i in before.subtree(acting))
    )


def _pronoun_predicate(token: Token, verb: str, words: OccupationWords) -> bool:
    """ "Им стал X": a pronoun in the instrumental predicate of a role verb."""
    return (
        token.pos == "PRON"
        and token.lemma in words.possessive_pronouns
        and token.feats.get("Case") == "Ins"
        and verb in words.role_verbs
    )


def _common_noun_headed(
    view: SentenceView, index: int, verb: int, words: OccupationWords
) -> bool:
    """ "Команду возглавил X": a named-less common noun led by a head verb ("возглавить")
    stands for the place of the new post the sentence before names."""
    token = view.tokens[index]
    return (
        token.relation == "obj"
        and token.pos == "NOUN"
        and view.mention_at(index) is None
        and not is_position(token.lemma, words.posts)
        and view.tokens[verb].lemma in words.head_verbs
    )


def _subject_people(
    view: SentenceView, verb: int, noun_fits: Callable[[int], bool], relations: frozenset[str]
) -> list[Mention]:
    """The people the verb's subjects name (`_person_of_subject`), in order."""
    return [
        mention
        for child in view.children(verb)
        if view.tokens[child].relation in {"nsubj", "nsubj:pass"}
        and (mention := _person_of_subject(view, child, noun_fits, relations)) is not None
    ]


def _person_of_subject(
    view: SentenceView, index: int, noun_fits: Callable[[int], bool], relations: frozenset[str]
) -> Mention | None:
    """The person a subject names: the subject itself, or, when its noun fits, the name
    standing by it through one of `relations` ("Им стал декан факультета X": the subject is
    "декан", its apposition X the person; "назначен его помощник X")."""
    mention = view.mention_at(index)
    if mention is not None:
        return mention if mention.type == "PER" else None
    if not noun_fits(index):
        return None
    return next(
        (
            named
            for child in view.children(index)
            if view.tokens[child].relation in relations
            and (named := view.mention_at(child)) is not None
            and named.type == "PER"
        ),
        None,
    )


def _listed_after(view: SentenceView, first: Mention, verb: int) -> list[Mention]:
    """ "Ими стали X, Y и Z": a plural verb's subject list shares the post the pronoun stands
    for; each person joined to the first is a holder too (a singular verb has one)."""
    if view.tokens[verb].feats.get("Number") != "Plur":
        return []
    first_root = mention_root(view, first)
    return [
        person
        for person in view.mentions
        if person.type == "PER"
        and person.start > first.start
        and view.tokens[(root := mention_root(view, person))].relation == "conj"
        and view.tokens[root].head == first_root
    ]


def acting_for_post_before(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """ "Главный тренер «Y» X освобождён. Исполняющим обязанности назначен Z": an acting
    phrase with no post stands for the post of the person the sentence before names; Z
    holds it, acting, with the place said there. The evidence is both sentences."""
    previous = previous_sentence(view)
    if previous is None or not words.acting_title:
        return []
    claims: list[Claim] = []
    for index, token in enumerate(view.tokens):
        if not _bare_acting(view, index, words):
            continue
        copula = has_copula(view, index)
        verb = index if copula else token.head
        if not 0 <= verb < len(view.tokens) or not (
            copula or view.tokens[verb].lemma in words.role_verbs
        ):
            continue
        subjects = _subject_people(
            view, verb, lambda subject: view.tokens[subject].pos == "NOUN", _NOUN_HOLDER_RELATIONS
        )
        if len(subjects) != 1:
            continue
        before = SentenceView.build(view.document, previous, view.words)
        post = _held_post_named(before, words)
        if post is None:
            continue
        stop = _post_phrase_end(before, post)
        held = occupation_claim(before, subjects[0], post, stop, words, view.modality(verb))
        genitive = before.tokens[post].feats.get("Case") == "Gen"
        arguments = [  # the post as written when it stands in the genitive, else as named
            replace(
                a,
                value=f"{words.acting_title} {as_written(before, a) if genitive else a.value}",
            )
            if a.role == "position"
            else a
            for a in held.arguments
        ]
        evidence = both_sentences(before, view)
        claims.append(Claim(held.type, arguments, evidence, held.modality))
    return claims


def _bare_acting(view: SentenceView, index: int, words: OccupationWords) -> bool:
    """ "исполняющим обязанности" with no post in the genitive after the duties noun."""
    if view.tokens[index].lemma.lower() not in words.posts.acting_words:
        return False
    duties = duties_nouns(words)
    nouns = [c for c in view.children(index) if view.tokens[c].lemma.lower() in duties]
    return bool(nouns) and not any(
        is_position(view.tokens[i].lemma, words.posts)
        for noun in nouns
        for i in view.subtree(noun)
        if i != noun
    )


def _held_post_named(view: SentenceView, words: OccupationWords) -> int | None:
    """The first singular post in the sentence that a person's name stands by ("Главный
    тренер «Y» X освобождён") or that a role verb gives its subject ("Директором Y назначен
    X"): the post an acting holder or a deputy is told of next."""
    for post, token in enumerate(view.tokens):
        if (
            not is_position(token.lemma, words.posts)
            or view.mention_at(post) is not None
            or token.feats.get("Number") == "Plur"
        ):
            continue
        near = set(view.children(post)) | {token.head}
        if 0 <= token.head < len(view.tokens) and view.tokens[token.head].lemma in words.role_verbs:
            near |= {
                c
                for c in view.children(token.head)
                if view.tokens[c].relation in {"nsubj", "nsubj:pass"}
            }
        if any(names_person(view, i) for i in near if 0 <= i < len(view.tokens)):
            return post
    return None


def _post_phrase_end(view: SentenceView, post: int) -> int:
    """Where a post's phrase ends: at the holder's name inside it, else after its words."""
    inside = view.subtree(post, skip=frozenset({"conj", "punct"}))
    names = [i for i in inside if names_person(view, i)]
    return min(names) if names and min(names) > post else max(inside) + 1


def deputy_at_principal_place(view: SentenceView, claim: Claim, words: OccupationWords) -> Claim:
    """ "Директором театра назначен X. Его заместителем стал Y": a deputy's post with a
    possessive pronoun and no place is held where the person the sentence before names holds
    the post; the evidence is both sentences."""
    position = next((a for a in claim.arguments if a.role == "position"), None)
    if position is None or position.span is None or claim.values("where"):
        return claim
    indices = view.token_indices(position.span.start, position.span.end)
    deputy = next((i for i in indices if view.tokens[i].lemma in words.deputy_posts), None)
    if deputy is None or not any(
        view.tokens[c].pos == "PRON" and view.tokens[c].lemma in words.possessive_pronouns
        for c in view.children(deputy)
    ):
        return claim
    previous = previous_sentence(view)
    if previous is None:
        return claim
    before = SentenceView.build(view.document, previous, view.words)
    post = _held_post_named(before, words)
    if post is None:
        return claim
    principal = next(
        (
            mention
            for i in [
                *before.children(post),
                before.tokens[post].head,
                *before.children(before.tokens[post].head),
            ]
            if 0 <= i < len(before.tokens)
            and (mention := before.mention_at(i)) is not None
            and mention.type == "PER"
        ),
        None,
    )
    if principal is None:
        return claim
    stop = _post_phrase_end(before, post)
    where = [a for a in occupation_claim(before, principal, post, stop, words).arguments if a.role == "where"]
    if not where:
        return claim
    evidence = both_sentences(before, view)
    return Claim(claim.type, [*claim.arguments, *where], evidence, claim.modality)
