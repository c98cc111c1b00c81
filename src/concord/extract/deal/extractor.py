"""Deals between parties (FactRuEval's Deal): purchases, loans, fines, contracts, supplies.

The kind comes from the trigger word's family (each language's `DealWords`); participants
are the entities that are the trigger's subject, object or "с/у/для X" complement, or its
genitive phrase. A deal noun inside a document or grant noun ("подписал соглашение о
покупке X", "объявил о выделении Y кредита") also takes the parties of the verb above it;
a name in an appositive of a side ("вложил в X — разработчика игр A и B") only describes
that side.
"""

from __future__ import annotations

from concord.claim import Argument, Claim, Mention
from concord.extract.deal.descriptions import (
    _in_appositive,
    _in_relative_clause,
    _in_side_description,
    _nested,
    _of_sides_descriptor,
)
from concord.extract.deal.frame import (
    _RELATIONS,
    _acting_together,
    _anchors,
    _broken_governor,
    _conjunct_subject,
    _controlling_subject,
    _participle_subject,
)
from concord.extract.deal.goods import _dealt_people, _stake_owners
from concord.extract.deal.lists import _givers_listed, _one_list, _one_role_list
from concord.extract.deal.moves import move, payment
from concord.extract.deal.names import _PARTICIPANT_TYPES
from concord.extract.deal.phrases import _in_purpose, _in_reason, _names_currency, _plant_title
from concord.extract.deal.places import (
    _dateline,
    _located,
    _longer_name_argument,
    _place_of_side,
    _with_places,
)
from concord.extract.deal.pronouns import (
    _named_in_next_sentence,
    _plural_meant,
    _pronoun_meant,
    _teller,
)
from concord.extract.deal.sameness import _one_mention_each, _same_organisation
from concord.extract.deal.tellers import _in_hearsay_clause, _without_spokespeople
from concord.extract.deal.titles import (
    _bracketed_after,
    _common_noun_before,
    _describes_side,
    _descriptor_before,
    _inside_longer_quote,
    _work_title,
)
from concord.extract.deal.triggers import (
    _gives_money,
    _has_recipient,
    _inner_trigger,
    _kind,
    _noun_like,
    _only_spoken_of,
    _phrase_kind,
    _reason_of_other_deal,
    _under_condition,
)
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import (
    SentenceView,
    is_sentence_subject,
    organisation_meant,
    place_meant,
)
from concord.knowledge.gazetteer import is_state_in_any_case

_DASHES = frozenset({"-", "–", "—"})
_INTRODUCED_LOOK_BACK = 6  # sentences back where a common noun's organisation was named
_PLACE_LOOK_BACK = 6  # sentences back where a bare place noun's place was named
_OWN_WORDS = {"amod", "nmod", "appos", "nummod", "flat", "flat:name"}
_AUTHORITY_LOOK_BACK = 12  # an authority named once ("ФАС") stays the report's "ведомство"


def _move_claim(view: SentenceView, index: int, words: DealWords) -> Claim | None:
    """A transfer told as a player's move (see moves), with the deal's usual guards
    against a move only planned, rumoured or conditional ("может перейти")."""
    if _only_spoken_of(view, index, words) or _under_condition(view, index, words):
        return None
    found = move(view, index, words.movement) or payment(view, index, words.movement)
    if found is None:
        return None
    arguments = [view.entity_argument("participants", m) for m in found.sides]
    arguments.append(Argument("kind", words.movement_kind, view.span_of([index])))
    return view.claim("deal", arguments, view.modality(index))


def _referred_sides(
    view: SentenceView, heads: list[int], words: DealWords, named: list[Mention], kind: str
) -> list[Mention]:
    """Sides a complement refers to without a name: a plural pronoun ("наложила на них
    штрафы") stands for the names of the sentence before; a singular common noun
    ("перевозчик", "у предприятия") for the organisation the report introduced so; a
    relative pronoun ("Лапин, который инвестировал") for the name it hangs on."""
    found: list[Mention] = []
    for head in heads:
        token = view.tokens[head]
        if view.mentions_in(view.subtree(head), _PARTICIPANT_TYPES):
            continue
        if token.lemma in words.plural_pronouns and token.feats.get("Number") == "Plur":
            found.extend(_plural_meant(view, head, named))
        elif (
            token.lemma in words.singular_pronouns
            and token.feats.get("Number") == "Sing"
            and token.relation.startswith("nsubj")
        ):
            found.extend(_pronoun_meant(view, head, named, subjects_only=True))
        elif (
            token.lemma in words.singular_pronouns
            and token.feats.get("Number") == "Sing"
        ):
            found.extend(_teller(view, head) or (
                # "будет арендовать его": a direct object is what is dealt, not a side
                [] if token.relation == "obj" and kind not in words.object_side_kinds
                else _pronoun_meant(view, head, named)
            ))
        elif token.lemma in words.relative_pronouns:
            clause = view.tokens[head].head
            if 0 <= clause < len(view.tokens) and view.tokens[clause].relation.startswith(
                "acl"
            ):
                noun = view.tokens[clause].head
                if 0 <= noun < len(view.tokens):
                    outside = view.subtree(noun, skip=frozenset({view.tokens[clause].relation}))
                    found.extend(view.mentions_in(outside, _PARTICIPANT_TYPES))
        elif token.pos == "NOUN" and token.feats.get("Number") != "Plur" and (
            token.lemma in words.region_nouns | words.city_nouns
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
            _same_organisation(mention.normal, other.normal) for other in named
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
    sides = {m.entity for m in named if m.entity >= 0} | {m.normal for m in named}
    return organisation_meant(
        document, view.tokens[noun].lemma, view.tokens[0].start, {"ORG"}, 0,
        any_named_back=1,
        keep=lambda m: is_sentence_subject(document, m)
        and m.entity not in sides and m.normal not in sides,
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


def extract(view: SentenceView, words: DealWords) -> list[Claim]:
    claims = []
    for index, token in enumerate(view.tokens):
        if token.lemma in words.movement.lemmas | words.movement.payment_lemmas:
            moved = _move_claim(view, index, words)
            if moved is not None:
                claims.append(moved)
            if token.lemma in words.movement.lemmas or moved is not None:
                continue
        kind = _kind(token.lemma, words) or _phrase_kind(view, index, words)
        if kind is None or view.mention_at(index) is not None:
            continue
        if token.lemma in words.recipient_lemmas and (
            not _has_recipient(view, index, words)
            or any(view.tokens[c].lemma in words.figurative_objects for c in view.children(index))
        ):
            continue
        if token.lemma in words.money_lemmas and not _gives_money(view, index, words):
            continue
        if token.pos == "NOUN" and _inner_trigger(view, index, words):
            continue
        if _only_spoken_of(view, index, words) or _under_condition(view, index, words):
            continue
        if _noun_like(view, index) and _reason_of_other_deal(view, index, words):
            continue
        if token.pos == "NOUN" and view.preposition(index) in words.time_prepositions:
            continue
        scope: list[int] = []
        agent_scope: list[int] = []
        heads: list[int] = []  # each complement's head word
        agent_heads: list[int] = []
        branches: list[set[int]] = []  # each complement's words: one role of the deal
        anchors = _anchors(view, index, words)
        broken = _broken_governor(view, index)
        if broken is not None and broken not in anchors:
            anchors.append(broken)
        for anchor in anchors:
            for child in view.children(anchor):
                if child != index and view.tokens[child].relation.startswith(_RELATIONS):
                    scope.extend(view.subtree(child))
                    branches.append(set(view.subtree(child)))
                    heads.append(child)
                    if view.tokens[child].relation.startswith("nsubj"):
                        agent_scope.extend(view.subtree(child))
                        agent_heads.append(child)
        together = _acting_together(view, anchors, words)
        controller = [
            *_controlling_subject(view, anchors, words),
            *_conjunct_subject(view, anchors),
            *_participle_subject(view, anchors),
            *together,
        ]
        scope.extend(controller)
        agent_scope.extend(controller)
        # a quotation mark the parser hangs on a side's phrase does not bring in the name it
        # opens ("ставит «X» …», отметил глава «Y»"): only words count
        participants = view.mentions_in(
            sorted(i for i in set(scope) if view.tokens[i].pos != "PUNCT"), _PARTICIPANT_TYPES
        )
        non_places = [
            m
            for m in participants
            if (
                m.type != "LOC"
                or view.preposition(view.token_indices(m.start, m.end)[-1])
                not in words.place_prepositions
            )
            and not _names_currency(view, m, words)
            and not _dateline(view, m)
            and not _in_hearsay_clause(view, m, words)
            and not _in_relative_clause(view, m, anchors, participants)
            and not _in_side_description(view, m, anchors, participants)
            and not _inside_longer_quote(view, m, words)
            and not _in_reason(view, m, anchors, words)
            and not _work_title(view, m, words)
            and not _located(view, m, anchors, words)
            and not (kind in words.purpose_kinds and _in_purpose(view, m, anchors, words))
            and not (kind in words.plant_title_kinds and _plant_title(view, m, anchors, words))
        ]
        text = view.document.document.text
        non_places = [
            m for m in non_places
            if not _describes_side(view, m, non_places, text, words)
        ]
        longer_names = {
            id(non_places[position]): mention
            for position, mention in _with_places(view, non_places).items()
        }
        non_places = [m for m in non_places if _place_of_side(view, m, non_places) is None]
        non_places = [
            m for m in non_places
            if not _descriptor_before(m, non_places, text, words.quotes, words.brackets)
            and not _common_noun_before(view, m, non_places)
            and not _bracketed_after(m, non_places, text, words.brackets)
        ]  # fmt: skip
        non_places = _one_mention_each([
            m
            for m in non_places
            if not _in_appositive(view, m, non_places) and not _nested(m, non_places)
        ])
        non_places = _without_spokespeople(view, anchors, non_places, words)
        # "«Факел» отдал в аренду защитников X и Y": the players are what is leased; a
        # lease needs a counterparty besides them
        dealt_people = _dealt_people(view, anchors, index, non_places, words)
        non_places = [m for m in non_places if m not in dealt_people]
        # "Соперник «Динамо» «Валенсия» взяла в аренду …": whose rival a side is, no side
        non_places = [
            m for m in non_places if not _of_sides_descriptor(view, m, non_places, anchors)
        ]
        # what a stake is of, only beside a side named here ("Это второе приобретение банком
        # акций предприятия" restates an earlier deal with no name of its own)
        stake_owners = (
            _stake_owners(view, heads, words)
            if kind in words.stake_kinds and non_places else []
        )  # fmt: skip
        referred = _referred_sides(view, [*heads, *stake_owners], words, non_places, kind)
        owned = _referred_sides(view, stake_owners, words, non_places, kind)
        referred_agents = [
            m for m in referred
            if m in _referred_sides(view, agent_heads, words, non_places, kind)
        ]
        if not any(m.type in {"ORG", "LOCORG"} for m in non_places) and any(
            view.tokens[head].lemma in words.singular_pronouns
            and view.tokens[head].relation.startswith("nsubj")
            for head in heads
        ):
            # "он приобрел клуб": a subject pronoun needs an organisation named beside it
            # ("он приобрел друга в лице X" between two people is no deal)
            continue
        if len(non_places) + len(referred) == 1 and token.pos == "NOUN":
            referred = [*referred, *_named_in_next_sentence(view, index, words, non_places)]
        if len(non_places) + len(referred) < 2:
            continue
        agents = view.mentions_in(sorted(set(agent_scope)), _PARTICIPANT_TYPES)
        agents = [*agents, *referred_agents]
        non_places = [*non_places, *referred]
        others = [m for m in non_places if m not in agents]
        if together and not others:
            continue  # only those acting together ("A вместе с B"): no counterparty named
        if not others and (kind in words.giving_kinds or token.pos == "VERB") and _givers_listed(
            view, agent_heads, words
        ):
            # "они выделят 40 млн рублей", "фонды A и B продали акции": one side only, its
            # counterparty unnamed
            continue
        if (
            token.pos == "VERB" and not referred and not controller
            and _one_role_list(view, non_places, branches)
        ):
            continue  # "фонды «A» и «B» продали акции": one side listed, no counterparty
        # "ФАС оштрафовала МТС, «Мегафон» и «Вымпелком»": a list in one role is one deal
        # with each counterparty; sides in different roles ("A продала B компании C") are
        # one deal
        inside = [m for m in others if m not in referred]
        listed = any(
            all(set(view.token_indices(m.start, m.end)) <= branch for m in inside)
            for branch in branches
        ) and (len(inside) < 2 or _one_list(view, inside))
        sides = (
            [[*agents, other] for other in others]
            if len(agents) == 1 and len(others) > 1 and listed and kind in words.split_kinds
            and not any(m in owned for m in others)  # what a stake is of: one deal
            else [non_places]
        )
        for side in sides:
            arguments = [
                view.entity_argument("participants", m)
                if id(m) not in longer_names
                else _longer_name_argument(longer_names[id(m)])
                for m in side
            ]
            arguments.append(Argument("kind", kind, view.span_of([index])))
            claims.append(view.claim("deal", arguments, view.modality(index)))
    return claims
