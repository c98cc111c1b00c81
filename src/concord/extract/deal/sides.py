"""Which names in a trigger's frame are its sides: every name there, less those the
filters of the package find to be something else.

A name in the frame may be a place, a currency, a news source, a title, a descriptor or a
second name of another side, a phrase of the deal's reason or purpose, a spokesperson, a
leased player or the genitive of a side's noun. The order of the filters matters: the
later ones compare a name with the sides still left.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.deal.descriptions import (
    club_of_player,
    held_by_side,
    in_appositive,
    in_relative_clause,
    in_side_description,
    nested,
    of_sides_descriptor,
)
from concord.extract.deal.frame import Frame
from concord.extract.deal.goods import people_dealt
from concord.extract.deal.names import PARTICIPANT_TYPES, root_of
from concord.extract.deal.phrases import (
    in_programme,
    in_purpose,
    in_reason,
    names_currency,
    own_budget,
    plant_title,
)
from concord.extract.deal.places import is_dateline, located, place_of_side, with_places
from concord.extract.deal.sameness import one_mention_each
from concord.extract.deal.tellers import in_hearsay_clause, without_spokespeople
from concord.extract.deal.titles import (
    bracketed_after,
    common_noun_before,
    describes_side,
    descriptor_before,
    inside_longer_quote,
    name_tail,
    work_title,
)
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView


def named_sides(
    view: SentenceView, index: int, kind: str, frame: Frame, words: DealWords
) -> tuple[list[Mention], dict[int, Mention]]:
    """The names in the frame that are sides of the deal, in text order, and for each side
    named with its place (by `id`) the longer name to give it."""
    # a quotation mark the parser hangs on a side's phrase does not bring in the name it
    # opens ("ставит «X» …», отметил глава «Y»"): only words count
    participants = view.mentions_in(
        sorted(i for i in set(frame.scope) if view.tokens[i].pos != "PUNCT"), PARTICIPANT_TYPES
    )
    sides = [m for m in participants if _may_be_side(view, m, participants, kind, frame, words)]
    text = view.document.document.text
    sides = [m for m in sides if not describes_side(view, m, sides, text, words)]
    longer_names = {
        id(sides[position]): mention for position, mention in with_places(view, sides).items()
    }
    sides = [m for m in sides if place_of_side(view, m, sides) is None]
    sides = [
        m for m in sides
        if not (
            descriptor_before(m, sides, text, words.quotes, words.brackets)
            and not _complement_before_another(view, m, sides, frame.anchors)
        )
        and not common_noun_before(view, m, sides)
        and not bracketed_after(m, sides, text, words.brackets)
        and not name_tail(m, sides, text, words.name_joints)
    ]  # fmt: skip
    sides = one_mention_each(
        [m for m in sides if not in_appositive(view, m, sides) and not nested(m, sides)]
    )
    sides = [m for m in sides if not own_budget(view, m, sides, words)]
    sides = without_spokespeople(view, frame.anchors, sides, words)
    # "«Факел» отдал в аренду защитников X и Y": the players are what is leased; a
    # lease needs a counterparty besides them
    dealt_people = people_dealt(view, frame.anchors, index, sides, words)
    sides = [m for m in sides if m not in dealt_people]
    # "Соперник «Динамо» «Валенсия» взяла в аренду …": whose rival a side is, no side
    # … but a player's club is the side that sells him ("купил защитника «Краснодара» X")
    sides = [
        m for m in sides
        if not of_sides_descriptor(view, m, sides, frame.anchors)
        or (kind == words.movement_kind and club_of_player(view, m, words.movement.athlete_nouns))
    ]  # fmt: skip
    return sides, longer_names


def _may_be_side(
    view: SentenceView,
    mention: Mention,
    participants: list[Mention],
    kind: str,
    frame: Frame,
    words: DealWords,
) -> bool:
    """Whether the name, read on its own, may be a side: no place after a place
    preposition, and none of a currency, dateline, news source, clause about another name,
    part of a title, reason, place of the goods, purpose or plant's title."""
    anchors = frame.anchors
    return (
        (
            mention.type != "LOC"
            or view.preposition(view.token_indices(mention.start, mention.end)[-1])
            not in words.place_prepositions
        )
        and not names_currency(view, mention, words)
        and not is_dateline(view, mention)
        and not in_hearsay_clause(view, mention, words)
        and not in_relative_clause(view, mention, anchors, participants)
        and not in_side_description(view, mention, anchors, participants)
        and not held_by_side(view, mention, anchors, participants, words)
        and not inside_longer_quote(view, mention, words)
        and not in_reason(view, mention, anchors, words)
        and not in_programme(view, mention, anchors, words)
        and not work_title(view, mention, words)
        and not located(view, mention, anchors, words)
        and not (kind in words.purpose_kinds and in_purpose(view, mention, anchors, words))
        and not (kind in words.plant_title_kinds and plant_title(view, mention, anchors, words))
    )


def _complement_before_another(
    view: SentenceView, mention: Mention, sides: list[Mention], anchors: list[int]
) -> bool:
    """Whether a name right before another is no description of it but a complement of
    the deal word of its own ("предоставит администрации района Омское отделение банка":
    whom it is given to, then who gives): the first hangs on an anchor, and the second
    hangs on the same anchor in another role, or hangs on the first as an apposition in
    another case (a parser's slip: an apposition agrees in case). A genitive on the first
    ("управление ФАС") is its own name's part."""
    root = root_of(view, mention)
    if root is None or view.tokens[root].head not in anchors:
        return False
    text = view.document.document.text
    for other in sides:
        if other is mention or other.start <= mention.end:
            continue
        if text[mention.end : other.start].strip(' «»"'):
            continue  # not the name right after it
        other_root = root_of(view, other)
        if other_root is None:
            continue
        first, second = view.tokens[root], view.tokens[other_root]
        cases = first.feats.get("Case"), second.feats.get("Case")
        if (second.head == first.head and second.relation != first.relation) or (
            second.head == root and second.relation == "appos"
            and all(cases) and cases[0] != cases[1]  # a description agrees in case
        ):
            return True
    return False
