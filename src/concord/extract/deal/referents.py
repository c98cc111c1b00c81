"""Sides a complement names without a name: a pronoun, a relative pronoun, a common noun.

"наложила на них штрафы" (pronouns, see `pronouns`), "Лапин, который инвестировал"
(the name the clause hangs on), "у предприятия", "регулятор" (the organisation the
report introduced as such a noun), "области", "городу" (the latest place of that kind):
each found side is one not named in the sentence already.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.deal.names import PARTICIPANT_TYPES
from concord.extract.deal.pronouns import plural_meant, pronoun_meant, teller
from concord.extract.deal.sameness import known_by, same_organisation, side_keys
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import (
    SentenceView,
    is_sentence_subject,
    organisation_meant,
    place_meant,
)
from concord.knowledge.gazetteer import is_state_in_any_case

_INTRODUCED_LOOK_BACK = 6  # sentences back where a common noun's organisation was named


_PLACE_LOOK_BACK = 6  # sentences back where a bare place noun's place was named


_OWN_WORDS = {"amod", "nmod", "appos", "nummod", "flat", "flat:name"}


_AUTHORITY_LOOK_BACK = 12  # an authority named once ("ФАС") stays the report's "ведомство"


def referred_sides(
    view: SentenceView, heads: list[int], words: DealWords, named: list[Mention], kind: str
) -> list[Mention]:
    """Sides a complement refers to without a name: a plural pronoun ("наложила на них
    штрафы") stands for the names of the sentence before; a singular common noun
    ("перевозчик", "у предприятия") for the organisation the report introduced so; a
    relative pronoun ("Лапин, который инвестировал") for the name it hangs on."""
    found: list[Mention] = []
    for head in heads:
        token = view.tokens[head]
        if view.mentions_in(view.subtree(head), PARTICIPANT_TYPES):
            continue
        if token.lemma in words.plural_pronouns and token.feats.get("Number") == "Plur":
            found.extend(plural_meant(view, head, named))
        elif (
            token.lemma in words.singular_pronouns
            and token.feats.get("Number") == "Sing"
            and token.relation.startswith("nsubj")
        ):
            found.extend(pronoun_meant(view, head, named, subjects_only=True))
        elif token.lemma in words.singular_pronouns and token.feats.get("Number") == "Sing":
            found.extend(
                teller(view, head)
                or (
                    # "будет арендовать его": a direct object is what is dealt, not a side
                    []
                    if token.relation == "obj" and kind not in words.object_side_kinds
                    else pronoun_meant(view, head, named)
                )
            )
        elif token.lemma in words.relative_pronouns:
            clause = view.tokens[head].head
            if 0 <= clause < len(view.tokens) and view.tokens[clause].relation.startswith("acl"):
                noun = view.tokens[clause].head
                if 0 <= noun < len(view.tokens):
                    outside = view.subtree(noun, skip=frozenset({view.tokens[clause].relation}))
                    found.extend(view.mentions_in(outside, PARTICIPANT_TYPES))
        elif (
            token.pos == "NOUN"
            and token.feats.get("Number") != "Plur"
            and (token.lemma in words.region_nouns | words.city_nouns)
        ):
            found.extend(_place_meant(view, head, named, words))
        elif token.pos == "NOUN" and token.feats.get("Number") != "Plur":
            kin_groups = (*view.words.organisation_kin, words.authority_nouns, *words.side_kin)
            if token.lemma in words.generic_organisation_nouns:
                kin_groups = (*kin_groups, words.enterprise_nouns)
            if not any(token.lemma in group for group in kin_groups):
                continue
            if _names_unfound(view, head, words):
                continue  # "холдингу «X»" with X missed by the name finder: not a bare noun
            back = (
                _AUTHORITY_LOOK_BACK if token.lemma in words.authority_nouns
                else _INTRODUCED_LOOK_BACK
            )  # fmt: skip
            meant = organisation_meant(
                view.document, token.lemma, token.start, {"ORG"}, back,
                kin_groups=kin_groups, exclude=named,
            ) or _subject_before(view, head, named)  # fmt: skip
            if meant is not None:
                found.append(meant)

    def key(mention: Mention) -> str:
        return str(mention.entity) if mention.entity >= 0 else mention.normal

    distinct: dict[str, Mention] = {}
    named_keys = {key(m) for m in named}
    for mention in found:
        if key(mention) not in named_keys and not any(
            same_organisation(mention.normal, other.normal) for other in named
        ):
            distinct.setdefault(key(mention), mention)
    return list(distinct.values())


def _place_meant(
    view: SentenceView, noun: int, named: list[Mention], words: DealWords
) -> list[Mention]:
    """The place a bare place noun side stands for ("Газпромбанк выдал области кредит",
    "городу выделил фонд", "регион подписал контракт"): the latest place named in its
    sentence or the `_PLACE_LOOK_BACK` before it, of the noun's kind (a region's name holds a
    region noun; a city is a place that is neither a region nor a state), and no side yet.
    A noun with words of its own ("соседней области", "области Ирана") or after a place
    preposition ("в области") is none."""
    token = view.tokens[noun]
    if view.preposition(noun) in words.place_prepositions or any(
        view.tokens[child].relation in _OWN_WORDS for child in view.children(noun)
    ):
        return []
    meant = place_meant(
        view.document, token.lemma, token.start, words.region_nouns, _PLACE_LOOK_BACK,
        city_nouns=words.city_nouns, is_state=is_state_in_any_case, of_any_kind=True,
        taken=named,
    )  # fmt: skip
    return [meant] if meant is not None else []


def _subject_before(view: SentenceView, noun: int, named: list[Mention]) -> Mention | None:
    """The organisation a bare subject noun continues ("Финансирование взял на себя ВТБ.
    Банк выдаст перевозчику кредит"), when the report introduced none as that noun: the
    subject of the sentence before, when it is an organisation's name and no side yet."""
    if not view.tokens[noun].relation.startswith("nsubj"):
        return None
    document = view.document
    keys = side_keys(named)
    return organisation_meant(
        document,
        view.tokens[noun].lemma,
        view.tokens[0].start,
        {"ORG"},
        0,
        any_named_back=1,
        keep=lambda m: is_sentence_subject(document, m) and not known_by(m, keys),
    )


def _names_unfound(view: SentenceView, index: int, words: DealWords) -> bool:
    """Whether a common noun carries a name of its own the name finder missed or the parser
    hung elsewhere: a quoted or proper word in its phrase or right after it ("холдингу
    «Сибуголь»")."""
    following = view.tokens[index + 1] if index + 1 < len(view.tokens) else None
    if following is not None and (following.text in words.quotes or following.pos == "PROPN"):
        return True
    return any(
        position != index
        and (view.tokens[position].text in {*words.quotes, *words.quotes.values()}
             or view.tokens[position].pos == "PROPN")
        for position in view.subtree(index)
    )  # fmt: skip
