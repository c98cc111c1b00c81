"""Places: when a place's name is no side of the deal, and when it is part of a side's name.

A place opens the report as its dateline ("Москва / 5 мая"), says where the goods lie
("заводы в Огайо") or where an unnamed party is from ("команду из Екатеринбурга",
"энергетикам Поволжья"): no side. A place hanging on a side's own words ("Управление
Росприроднадзора по Курганской области") is joined to that side's name instead.
"""

from __future__ import annotations

from concord.claim import Argument, Mention, Span
from concord.extract.deal.names import PLACE_TYPES, root_of, up_to_anchors
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView

_DATELINE_MARKS = frozenset({"/", "|"})  # "Москва / 5 мая": the place the report is from


def place_of_side(view: SentenceView, mention: Mention, sides: list[Mention]) -> Mention | None:
    """The side a place's name belongs to when it hangs on that side's own words
    ("Управление Росприроднадзора по Курганской области", "Газпром межрегионгаз Тамбов"):
    one organisation's longer name, no side of its own."""
    if mention.type not in PLACE_TYPES:
        return None
    root = root_of(view, mention)
    if root is None or not view.tokens[root].relation.startswith("nmod"):
        return None
    head = view.tokens[root].head
    return next(
        (
            other for other in sides
            if other is not mention and other.type not in PLACE_TYPES
            and other.end <= mention.start
            and head in view.token_indices(other.start, other.end)
        ),
        None,
    )  # fmt: skip


def with_places(view: SentenceView, sides: list[Mention]) -> dict[int, Mention]:
    """Each side a place belongs to (`place_of_side`), by its position, with the place
    joined to its name; the place itself is no side."""
    text = view.document.document.text
    widened: dict[int, Mention] = {}
    for mention in sides:
        owner = place_of_side(view, mention, sides)
        if owner is None:
            continue
        index = next(i for i, side in enumerate(sides) if side is owner)
        current = widened.get(index, owner)
        widened[index] = Mention(
            current.start,
            mention.end,
            text[current.start : mention.end],
            current.type,
            current.normal + text[current.end : mention.end],
            current.entity,
        )
    return widened


def longer_name_argument(mention: Mention) -> Argument:
    """A side named with its place ("Управление X по Курганской области"): its own
    nominative name with the place's words after it, still pointing at its entity."""
    return Argument(
        "participants",
        mention.normal,
        Span(mention.start, mention.end, mention.text),
        mention.entity if mention.entity >= 0 else None,
    )


def is_dateline(view: SentenceView, mention: Mention) -> bool:
    """Whether a place opens the sentence as the report's dateline ("Москва / 5 мая",
    "МОСКВА, 12 мая"): where the news comes from, no side."""
    own = view.token_indices(mention.start, mention.end)
    if mention.type not in {"LOC", "LOCORG"} or not own or own[0] != 0:
        return False
    if own[-1] + 2 >= len(view.tokens):
        return False
    after, next_one = view.tokens[own[-1] + 1], view.tokens[own[-1] + 2]
    return after.text in _DATELINE_MARKS or (after.text == "," and next_one.text[:1].isdigit())


def located(view: SentenceView, mention: Mention, anchors: list[int], words: DealWords) -> bool:
    """Whether a place's name only says where the deal's object lies ("заводы в штатах Огайо
    и Мичиган", "заводы в Огайо"): on its way up it passes a place phrase in the locative, or
    one that hangs on no anchor; "инвестировал в Россию" (a target, no locative) stays."""
    if mention.type not in words.located_types:
        return False
    root = root_of(view, mention)
    if root is not None and _region_of_many(view, root, anchors):
        return True
    if root is not None and _origin_of_party(view, root, anchors, words):
        return True
    for current in up_to_anchors(view, root, anchors):
        head = view.tokens[current].head
        if view.tokens[current].lemma in words.plant_nouns:
            return False  # "долю в месторождении X": the asset itself, not a place
        if view.preposition(current) in words.place_prepositions and (
            view.tokens[current].feats.get("Case") == "Loc"
            or (not view.tokens[current].feats.get("Case") and head not in anchors)
        ):
            return True
    return False


def _origin_of_party(view: SentenceView, root: int, anchors: list[int], words: DealWords) -> bool:
    """Whether a place's name only says where an unnamed party is from ("хоккейную команду
    из Екатеринбурга финансируют A и B"): an origin phrase on a common noun that is no
    anchor and no name."""
    place = view.mention_at(root)
    head = view.tokens[root].head
    if (
        place is not None
        and place.type in words.located_types
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.city_nouns
        and not view.preposition(root)
    ):
        # "из города Краснодар": a name after a city noun is the city, however it is typed
        root, head = head, view.tokens[head].head
    elif place is None or place.type != "LOC":  # a city, not an actor
        return False
    if (
        view.preposition(root) not in words.origin_prepositions
        or not 0 <= head < len(view.tokens)
        or head in anchors
    ):
        return False
    party = view.mention_at(head)
    if party is not None:
        return party.type == "ORG"  # "«Кубань» из Краснодара": where a named club is from
    # a party's noun ("команду", "компания"), not goods ("вина из Грузии": the embargo is
    # on Georgia)
    return view.tokens[head].pos == "NOUN" and any(
        view.tokens[head].lemma in group
        for group in (*view.words.organisation_kin, words.enterprise_nouns)
    )


def _region_of_many(view: SentenceView, root: int, anchors: list[int]) -> bool:
    """Whether a place's name only says where many unnamed parties are from ("заем
    энергетикам Поволжья"): a bare genitive on a plural common noun that is no anchor."""
    token = view.tokens[root]
    head = token.head
    return (
        0 <= head < len(view.tokens)
        and head not in anchors
        and token.relation.startswith("nmod")
        and not view.preposition(root)
        and token.feats.get("Case") == "Gen"
        and view.tokens[head].pos == "NOUN"
        and view.tokens[head].feats.get("Number") == "Plur"
        and view.mention_at(head) is None
    )
