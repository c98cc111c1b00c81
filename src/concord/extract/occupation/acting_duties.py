"""Acting posts told by the duties given or taken up, not by a post beside the name.

"Обязанности главы района возложены на X", "Исполнение обязанностей министра возложено на
X", "к исполнению обязанностей главы района приступает X": the duties noun, not the
person, carries the post, so neither the post beside a name nor a verb's predicate finds
it. The person holds the post acting, written as the acting phrase ("исполняющий
обязанности главы района").
"""

from __future__ import annotations

from dataclasses import replace

from concord.claim import Claim, Mention
from concord.extract.occupation.filters import held_post
from concord.extract.occupation.post_claim import occupation_claim
from concord.extract.occupation.reading import duties_nouns, mention_root
from concord.extract.occupation.verbs import as_written, verb_modality
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import is_position
from concord.extract.sentence_view import SentenceView

_DUTIES_RELATIONS = frozenset({"nsubj", "nsubj:pass", "obj"})


def acting_posts_by_duties(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """Every person the sentence lays duties on or who takes duties up, with the post
    whose duties they are."""
    if not words.acting_title:
        return []
    claims = []
    for person in view.mentions:
        if person.type != "PER":
            continue
        found = _duties_of_person(view, person, words)
        if found is None:
            continue
        verb, post = found
        end = max(view.subtree(post, skip=frozenset({"conj", "punct"}))) + 1
        claim = occupation_claim(view, person, post, end, words, verb_modality(view, verb, words))
        claims.append(_acting(view, claim, words))
    return claims


def _duties_of_person(
    view: SentenceView, person: Mention, words: OccupationWords
) -> tuple[int, int] | None:
    """(verb, post) when the person's verb lays duties on them ("возложены на X") or
    they take duties up ("X приступает к исполнению обязанностей")."""
    root = _post_stood_by(view, mention_root(view, person), words)
    verb = view.tokens[root].head
    if not 0 <= verb < len(view.tokens):
        return None
    lemma = view.tokens[verb].lemma.lower()
    relation = view.tokens[root].relation
    if (
        lemma in words.duty_laying_verbs
        and relation == "obl"
        and view.preposition(root) in words.duty_laying_prepositions
    ):
        duties = [c for c in view.children(verb) if view.tokens[c].relation in _DUTIES_RELATIONS]
    elif lemma in words.duty_taking_verbs and relation == "nsubj":
        own = set(view.subtree(root))
        duties = [i for i in view.subtree(verb) if i not in own and i != verb]
    elif lemma in words.appointing_verbs and relation in {"nsubj:pass", "obj"}:
        duties = _duties_of_infinitive_above(view, verb, words)
    else:
        return None
    for candidate in duties:
        post = _post_of_duties(view, candidate, words)
        if post is not None:
            return verb, post
    return None


def _duties_of_infinitive_above(view: SentenceView, verb: int, words: OccupationWords) -> list[int]:
    """occupation49: "…, исполнять обязанности главы района была назначена X": the parse
    hangs the verb of appointing under a fronted infinitive of acting (as its conjunct or
    aside); that infinitive's duties are the appointee's."""
    above = view.tokens[verb].head
    if view.tokens[verb].relation not in {"conj", "parataxis"} or not 0 <= above < len(view.tokens):
        return []
    token = view.tokens[above]
    if (
        token.lemma.lower() not in words.posts.acting_words
        or token.feats.get("VerbForm") != "Inf"
        or above > verb
    ):
        return []
    return [c for c in view.children(above) if view.tokens[c].relation == "obj"]


def _post_stood_by(view: SentenceView, root: int, words: OccupationWords) -> int:
    """occupation48: "возложено на первого замглавы Алексея X": the name stands in
    apposition by its own post, and the post word, not the name, hangs on the verb that
    lays the duties; that post word stands for the name in the clause."""
    token = view.tokens[root]
    head = token.head
    if (
        token.relation in {"appos", "nmod", "flat:name"}
        and 0 <= head < len(view.tokens)
        and head < root
        and is_position(view.tokens[head].lemma, words.posts)
        and view.mention_at(head) is None
    ):
        return head
    return root


def _post_of_duties(view: SentenceView, noun: int, words: OccupationWords) -> int | None:
    """The post whose duties the noun names: "обязанности главы", or "исполнение
    обязанностей главы" through the noun of performing them."""
    lemma = view.tokens[noun].lemma.lower()
    if lemma in words.duty_performance_nouns:
        inner = [c for c in view.children(noun) if view.tokens[c].lemma.lower() in duties_nouns(words)]
        return _post_of_duties(view, inner[0], words) if inner else None
    if lemma not in duties_nouns(words):
        return None
    for child in view.children(noun):
        if (
            is_position(view.tokens[child].lemma, words.posts)
            and view.mention_at(child) is None
            and held_post(view, child, words) is not None
        ):
            return child
    return None


def _acting(view: SentenceView, claim: Claim, words: OccupationWords) -> Claim:
    """The post written as the acting phrase, as "исполняющий обязанности" is said."""
    arguments = [
        replace(argument, value=f"{words.acting_title} {as_written(view, argument)}")
        if argument.role == "position"
        else argument
        for argument in claim.arguments
    ]
    return replace(claim, arguments=arguments)
