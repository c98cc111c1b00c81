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
    named_after,
    organisation_meant,
    place_meant,
)
from concord.knowledge.gazetteer import is_state, is_state_in_any_case
from concord.knowledge.morphology import parses
from concord.knowledge.places import place_of_adjective

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
    relative pronoun ("Лапин, который инвестировал") for the name it hangs on. Each side
    once, and none already named."""
    found = [m for head in heads for m in _meant_by(view, head, words, named, kind)]
    distinct: dict[str, Mention] = {}
    named_keys = {_key(m) for m in named}
    for mention in found:
        if _key(mention) not in named_keys and not any(
            same_organisation(mention.normal, other.normal) for other in named
        ):
            distinct.setdefault(_key(mention), mention)
    return list(distinct.values())


def _key(mention: Mention) -> str:
    """What a side is known by here: its entity, else its normal form."""
    return str(mention.entity) if mention.entity >= 0 else mention.normal


def _meant_by(
    view: SentenceView, head: int, words: DealWords, named: list[Mention], kind: str
) -> list[Mention]:
    """The sides one complement's head word stands for, when no name is in its phrase."""
    token = view.tokens[head]
    if view.mentions_in(view.subtree(head), PARTICIPANT_TYPES):
        return []
    singular = token.lemma in words.singular_pronouns and token.feats.get("Number") == "Sing"
    if token.lemma in words.plural_pronouns and token.feats.get("Number") == "Plur":
        return plural_meant(view, head, named, words)
    if singular and token.relation.startswith("nsubj"):
        return pronoun_meant(view, head, named, subjects_only=True)
    if singular:
        return teller(view, head) or (
            # "будет арендовать его": a direct object is what is dealt, not a side
            []
            if token.relation == "obj" and kind not in words.object_side_kinds
            else pronoun_meant(view, head, named)
        )
    if token.lemma in words.relative_pronouns:
        return _relative_meant(view, head)
    if _stands_for_the_latter(view, head, words):
        return pronoun_meant(view, head, named)
    if token.lemma in words.government_nouns and token.feats.get("Number") != "Plur":
        return _government_meant(view, head, named, words)  # "Кабмин" is read as a name
    if token.pos != "NOUN" or token.feats.get("Number") == "Plur":
        return []
    if token.lemma in words.budget_nouns:
        return _budget_owner(view, head, named, words)
    if token.lemma in _place_nouns(words):
        return _place_meant(view, head, named, words)
    meant = _organisation_meant(view, head, named, words)
    return [meant] if meant is not None else []


def _government_meant(
    view: SentenceView, noun: int, named: list[Mention], words: DealWords
) -> list[Mention]:
    """The government a bare government noun stands for (deal38; the benchmark's
    "правительство ассигновало …" is the state's government named before): with a state's
    adjective ("Российское правительство") that phrase itself; else the government the
    report named before, else the one it names in the next sentences (a headline's
    "Правительство выделит ДВФУ …" before the body's "Правительство России …")."""
    state = _state_phrase(view, noun)
    if state is not None:
        return [state]
    token = view.tokens[noun]
    kin = (words.government_nouns,)
    before = organisation_meant(
        view.document, token.lemma, token.start, {"ORG"}, words.government_look_back,
        kin_groups=kin, exclude=named,
    )  # fmt: skip
    if before is not None:
        return [before]
    excluded = {_key(m) for m in named}
    for mentions in named_after(view.document, token.end, {"ORG"}, words.government_look_ahead):
        for mention in mentions:
            first = mention.normal.split()[0].lower() if mention.normal.split() else ""
            if first in words.government_nouns and _key(mention) not in excluded:
                return [mention]
    return []


def _state_phrase(view: SentenceView, noun: int) -> Mention | None:
    """A government noun with a state's adjective ("Российское правительство",
    "французскому кабмину") as a name of its own, in the nominative."""
    token = view.tokens[noun]
    for child in view.children(noun):
        adjective = view.tokens[child]
        if adjective.relation != "amod" or adjective.start > token.start:
            continue
        place = place_of_adjective(adjective.lemma)
        if place is None or not is_state(place):
            continue
        gender = {"Neut": "neut", "Masc": "masc", "Fem": "femn"}.get(
            token.feats.get("Gender", ""), "neut"
        )
        nominative = next(
            (
                str(inflected.word) for parse in parses(adjective.text.lower())
                if parse.tag.POS == "ADJF"
                and (inflected := parse.inflect({"nomn", "sing", gender})) is not None
            ),
            adjective.lemma,
        )  # fmt: skip
        text = view.document.document.text[adjective.start:token.end]
        return Mention(adjective.start, token.end, text, "ORG", f"{nominative} {token.lemma}")
    return None


def _stands_for_the_latter(view: SentenceView, head: int, words: DealWords) -> bool:
    """Whether a complement is "the latter" alone ("Последняя обвиняет X", "у последнего"):
    a singular adjective of that sense with no noun it qualifies, so it stands for a name."""
    token = view.tokens[head]
    return (
        token.lemma in words.latter_words
        and token.pos == "ADJ"
        and token.feats.get("Number") == "Sing"
        and not token.relation.startswith("amod")
    )


def _relative_meant(view: SentenceView, pronoun: int) -> list[Mention]:
    """The names of the phrase a relative clause hangs on ("Лапин, который инвестировал"),
    the clause left out."""
    clause = view.tokens[pronoun].head
    if not (0 <= clause < len(view.tokens) and view.tokens[clause].relation.startswith("acl")):
        return _name_before_comma(view, pronoun)
    noun = view.tokens[clause].head
    if not 0 <= noun < len(view.tokens):
        return []
    outside = view.subtree(noun, skip=frozenset({view.tokens[clause].relation}))
    return view.mentions_in(outside, PARTICIPANT_TYPES)


def _name_before_comma(view: SentenceView, pronoun: int) -> list[Mention]:
    """The name a relative clause follows when the parser did not hang the clause on it
    ("шведская Ericsson, с которой МТС заключила договор", the clause read as a second
    verb of the sentence): the name that ends right before the comma opening the
    pronoun's phrase."""
    opening = min(view.subtree(pronoun))
    comma = opening - 1
    if comma < 1 or view.tokens[comma].text != ",":
        return []
    before = view.mentions_in(range(comma), PARTICIPANT_TYPES)
    last = comma - 1
    if view.tokens[last].pos == "PUNCT" and last > 0:
        last -= 1  # a closing quote after the name
    return [m for m in before if view.token_indices(m.start, m.end)[-1] == last][:1]


def _organisation_meant(
    view: SentenceView, noun: int, named: list[Mention], words: DealWords
) -> Mention | None:
    """The organisation a bare singular noun of its kind stands for: the one the report
    introduced as such a noun (an authority further back), else the subject of the
    sentence before (see _subject_before)."""
    token = view.tokens[noun]
    kin_groups = (*view.words.organisation_kin, words.authority_nouns, *words.side_kin)
    if token.lemma in words.generic_organisation_nouns:
        kin_groups = (*kin_groups, words.enterprise_nouns)
    if not any(token.lemma in group for group in kin_groups):
        return None
    if _names_unfound(view, noun, words):
        return None  # "холдингу «X»" with X missed by the name finder: not a bare noun
    back = (
        _AUTHORITY_LOOK_BACK if token.lemma in words.authority_nouns
        else _INTRODUCED_LOOK_BACK
    )  # fmt: skip
    return organisation_meant(
        view.document, token.lemma, token.start, {"ORG"}, back,
        kin_groups=kin_groups, exclude=named,
    ) or _subject_before(view, noun, named)  # fmt: skip


def _place_meant(
    view: SentenceView, noun: int, named: list[Mention], words: DealWords
) -> list[Mention]:
    """The place a bare place noun side stands for ("Газпромбанк выдал области кредит",
    "городу выделил фонд", "регион подписал контракт", "банк выдаст муниципалитету
    кредит"): the latest place named in its
    sentence or the `_PLACE_LOOK_BACK` before it, of the noun's kind (a region's name holds a
    region noun; a city is a place that is neither a region nor a state), and no side yet.
    A noun with words of its own ("соседней области", "области Ирана") or after a place
    preposition ("в области") is none."""
    token = view.tokens[noun]
    if view.preposition(noun) in words.place_prepositions or any(
        view.tokens[child].relation in _OWN_WORDS for child in view.children(noun)
    ):
        return []
    return _place_of_kind(view, token.lemma, noun, named, words)


def _place_of_kind(
    view: SentenceView, lemma: str, position: int, named: list[Mention], words: DealWords
) -> list[Mention]:
    """The latest place of the kind a region, city or district noun names, before the
    word at `position` (see _place_meant): a district noun's place holds the name of one
    of its kinds ("Тарского района" for "муниципалитету"), never a region's."""
    if lemma in words.district_nouns:
        meant = place_meant(
            view.document, lemma, view.tokens[position].start, words.district_nouns[lemma],
            _PLACE_LOOK_BACK, of_any_kind=True, taken=named,
        )  # fmt: skip
        return [meant] if meant is not None else []
    meant = place_meant(
        view.document, lemma, view.tokens[position].start, words.region_nouns,
        _PLACE_LOOK_BACK, city_nouns=words.city_nouns, is_state=is_state_in_any_case,
        of_any_kind=True, taken=named,
    )  # fmt: skip
    return [meant] if meant is not None else []


def _budget_owner(
    view: SentenceView, budget: int, named: list[Mention], words: DealWords
) -> list[Mention]:
    """The place whose budget money comes from ("выделили из бюджета области", "из
    областного бюджета клубу выделили 300 млн"): the place its bare region or city noun,
    or that noun's adjective, stands for; the place gives."""
    if view.preposition(budget) not in words.origin_prepositions:
        return []
    for child in view.children(budget):
        lemma = view.tokens[child].lemma
        if view.tokens[child].relation.startswith("nmod") and lemma in _place_nouns(words):
            return _place_meant(view, child, named, words)
        if view.tokens[child].relation.startswith("amod") and lemma in words.budget_adjectives:
            return _place_of_kind(view, words.budget_adjectives[lemma], budget, named, words)
    return []


def _place_nouns(words: DealWords) -> frozenset[str]:
    """The nouns that stand for a place named before: a region's, a city's, a district's."""
    return words.region_nouns | words.city_nouns | frozenset(words.district_nouns)


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
