"""Names that only describe another side, read from the tree: no side of the deal themselves.

A name in a side's appositive ("Zynga — разработчик игр A и B"), inside a side's own
name ("Управление ФАС"), in a participle or relative clause about a side ("компанию X,
владеющую сетью «Y»"), or the genitive of a noun beside a side ("Соперник «Динамо»
«Валенсия»") tells whose or what the side is, not who deals.
"""

from __future__ import annotations

from collections.abc import Callable

from concord.claim import Mention
from concord.extract.deal.names import root_of, up_to_anchors
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView


def in_appositive(view: SentenceView, mention: Mention, sides: list[Mention]) -> bool:
    """Whether the name hangs, through a descriptive appositive, on another side: "Zynga —
    разработчик игр A и B" (A and B describe Zynga; a list "МТС, «Мегафон»" stays sides)."""
    named = {i for m in sides for i in view.token_indices(m.start, m.end)}
    others = {i for m in sides if m is not mention for i in view.token_indices(m.start, m.end)}
    current = root_of(view, mention)
    through_appositive, seen = False, set()
    while current is not None and current not in seen:
        seen.add(current)
        token = view.tokens[current]
        if current not in named and token.relation.startswith("appos"):
            through_appositive = True
        if not 0 <= token.head < len(view.tokens):
            return False
        if token.head in others:
            return through_appositive
        current = token.head
    return False


def nested(mention: Mention, sides: list[Mention]) -> bool:
    """A name inside another side's name is that side ("Управление ФАС", "федерация
    футбола ФИФА")."""
    return any(
        other is not mention
        and other.start <= mention.start
        and mention.end <= other.end
        and (other.start, other.end) != (mention.start, mention.end)
        for other in sides
    )


def _names_other_side(
    view: SentenceView, position: int, mention: Mention, sides: list[Mention]
) -> bool:
    """Whether the word is, or is named by, another side ("банк «X»", "Промсвязьбанк")."""
    for other in sides:
        if other is mention:
            continue
        own = view.token_indices(other.start, other.end)
        root = root_of(view, other)
        if position in own or (
            root is not None
            and view.tokens[root].head == position
            and view.tokens[root].relation.startswith("appos")
        ):
            return True
    return False


def in_relative_clause(
    view: SentenceView, mention: Mention, anchors: list[int], sides: list[Mention]
) -> bool:
    """Whether a person acts in a relative clause that describes a word of the deal and is
    no deal itself, on another side ("инвестиции в завод «Y», который посетил губернатор
    X": X only visited); a clause on the deal noun ("контракт, который X заключил с Y")
    tells its sides."""
    if mention.type != "PER":
        return False  # an organisation in such a clause is often the deal's other side
    return any(
        view.tokens[current].relation == "acl:relcl"
        and _names_other_side(view, view.tokens[current].head, mention, sides)
        for current in up_to_anchors(view, root_of(view, mention), anchors)
    )


def _hung_on_side_past(
    view: SentenceView,
    current: int,
    mention: Mention,
    sides: list[Mention],
    describes: Callable[[int], bool],
) -> bool:
    """Whether the parser hung the name in apposition on another side, past a word of that
    side that `describes` it (a holding noun, a participle): the name belongs to the
    description, not to the deal."""
    head = view.tokens[current].head
    return (
        view.tokens[current].relation == "appos"
        and 0 <= head < current
        and _names_other_side(view, head, mention, sides)
        and any(head < child < current and describes(child) for child in view.children(head))
    )


def held_by_side(
    view: SentenceView,
    mention: Mention,
    anchors: list[int],
    sides: list[Mention],
    words: DealWords,
) -> bool:
    """Whether a name is what another side owns or runs, told by a holding noun in
    apposition to that side ("купила АО «X», владельца сети аптек «Y»", "компанию «X»,
    собственника центра «Y»"): the property is no side of the deal. The parser may hang
    the name itself on the side, past the holding noun; both shapes count."""
    current = root_of(view, mention)
    if current is None:
        return False
    if _hung_on_side_past(
        view, current, mention, sides,
        lambda child: view.tokens[child].relation == "appos"
        and view.tokens[child].lemma in words.holding_nouns,
    ):  # fmt: skip
        return True  # "АО «X», владельца сети «Y»" with «Y» hung on АО
    return any(
        view.tokens[step].lemma in words.holding_nouns
        and view.tokens[step].relation == "appos"
        and view.mention_at(step) is None
        and _names_other_side(view, view.tokens[step].head, mention, sides)
        for step in up_to_anchors(view, view.tokens[current].head, anchors)
    )


def _describing_participle(view: SentenceView, index: int) -> bool:
    """Whether the word heads a participle phrase on a noun ("компанию X, владеющую …")."""
    return view.tokens[index].relation == "acl" and (
        view.tokens[index].feats.get("VerbForm") == "Part"
        or view.tokens[index].feats.get("Case") is not None  # a participle marks case
    )


def in_side_description(
    view: SentenceView, mention: Mention, anchors: list[int], sides: list[Mention]
) -> bool:
    """Whether a name lies inside a participle phrase or, under a common noun, a relative
    clause that describes another side ("купил компанию X, владеющую сетью «Y» и магазинами
    «Z»", "сеть X, которая работает под брендами «A» и «B»"): what a side owns or runs is no
    side of the deal. A name in the dative ("компанию, принадлежавшую X") says whose the
    side was, so it stays."""
    current = root_of(view, mention)
    if current is None or view.in_case(current, "Dat"):
        return False
    if _hung_on_side_past(
        view, current, mention, sides, lambda child: _describing_participle(view, child)
    ):
        return True  # the parser hangs the clause's last name on the side it follows
    under_noun = False  # the name hangs on a common noun of the clause ("под брендами «A»")
    in_genitive = False  # … through a genitive ("которому принадлежит 80% акций компании X")
    step = current  # the word through which the walk reached `current`
    for current in up_to_anchors(view, step, anchors):
        token = view.tokens[current]
        describes = _names_other_side(view, token.head, mention, sides)
        if describes and (
            _describing_participle(view, current)
            # "компании X, которая работает под брендами «A», «B»": what it runs, told in a
            # relative clause; the clause's subject or object itself ("которую продала
            # группа «Y»") may still be a side, not a name inside it
            or (
                token.relation == "acl:relcl"
                and under_noun
                and (
                    in_genitive
                    or not view.tokens[step].relation.startswith(("nsubj", "obj", "iobj"))
                )
            )
        ):
            return True
        if token.pos == "NOUN" and view.mention_at(current) is None:
            under_noun = True
        in_genitive = in_genitive or token.relation == "nmod"
        step = current
    return False


def of_sides_descriptor(
    view: SentenceView, mention: Mention, sides: list[Mention], anchors: list[int]
) -> bool:
    """Whether a name is only the genitive of a common noun that describes another side
    ("Соперник «Динамо» «Валенсия» объявила …", "партнер «A» компания «B» купила …"): the
    noun stands in apposition to that side or beside it in the same role, so the name says
    whose rival or partner the side is, not who deals."""
    noun = _genitive_head(view, mention)
    if (
        noun is None or noun in anchors
        or view.tokens[noun].pos != "NOUN" or view.mention_at(noun) is not None
    ):  # fmt: skip
        return False
    for other in sides:
        other_root = root_of(view, other)
        if other is mention or other_root is None:
            continue
        phrase = other_root
        if view.tokens[phrase].relation.startswith("appos"):
            phrase = view.tokens[phrase].head  # "компания «B»": the side's own noun
        if phrase == noun or view.tokens[other_root].head == noun:
            return True  # "Соперник «Динамо» «Валенсия»": the side is the noun's appositive
        if (
            0 <= phrase < len(view.tokens)
            and view.tokens[phrase].head == view.tokens[noun].head
            and view.tokens[phrase].relation == view.tokens[noun].relation
            and view.tokens[noun].relation.startswith("nsubj")
        ):
            return True  # "партнер «A» компания «B» купила": two subjects of one verb
    return False


def club_of_player(view: SentenceView, mention: Mention, athlete_nouns: frozenset[str]) -> bool:
    """Whether a name is the genitive of a player's noun that is no subject ("купил
    защитника «Краснодара» Сергея Иванова"): the club the player leaves, which sells him,
    not a description of another side as a rival's genitive is."""
    noun = _genitive_head(view, mention)
    return (
        noun is not None
        and view.tokens[noun].lemma in athlete_nouns
        and not view.tokens[noun].relation.startswith("nsubj")
    )


def _genitive_head(view: SentenceView, mention: Mention) -> int | None:
    """The word a name hangs on as a bare genitive ("защитника «Краснодара»"), if it does."""
    root = root_of(view, mention)
    if root is None:
        return None
    token = view.tokens[root]
    if (
        token.relation.startswith("nmod") and token.feats.get("Case") == "Gen"
        and not view.preposition(root) and 0 <= token.head < len(view.tokens)
    ):  # fmt: skip
        return token.head
    return None


def named_player(view: SentenceView, mention: Mention, athlete_nouns: frozenset[str]) -> bool:
    """Whether a person is named as a player: beside a player's noun ("игроков «Монако» -
    Александра Головина") or with one on the name ("защитник Сергей Иванов")."""
    root = root_of(view, mention)
    if root is None or mention.type != "PER":
        return False
    if any(view.tokens[child].lemma in athlete_nouns for child in view.children(root)):
        return True
    # the parser may hang the name on the club's name beside the noun ("игроков «Монако» -
    # Александра Головина"): two steps up at most, through names and their genitives
    word, seen = root, {root}
    for _ in range(2):
        head = view.tokens[word].head
        if (
            not view.tokens[word].relation.startswith(("appos", "flat", "nmod"))
            or not 0 <= head < len(view.tokens) or head in seen
        ):  # fmt: skip
            return False
        if view.tokens[head].lemma in athlete_nouns:
            return True
        word = head
        seen.add(word)
    return False
