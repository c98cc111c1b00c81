"""Ownership said in passing in ordinary company news, read along the words: an owner noted
in brackets ("холдинг «X» (основной акционер – Y)"), the later stakes of a list that leave
the owning verb out ("A владеет 60 % X, B – 25 %"), a business noun after a dash ("«X» –
личный бизнес Y"), a subject the parser hangs as a modifier ("Управляет сетью компания
«X»"), the seller of a purchase ("о покупке «X» у Y") and the partner's partner
("принадлежащих компаньону Y, предпринимателю Z"). The parser often loops or hangs such
asides anywhere; the words' order does not lie.
"""

from __future__ import annotations

from collections.abc import Collection

from concord.analysis import Token
from concord.claim import Mention
from concord.extract.ownership.reading import DASHES, PARTIES, THROUGH
from concord.extract.sentence_view import SentenceView, sentence_holding

_CLOSING_QUOTES = frozenset({"»", '"', "“", "”", "'"})
_OPENING_QUOTES = frozenset({"«", '"', "“", "„"})
_ADJECTIVES_BEFORE_NOUN = 2  # "основной акционер", "совместное нефтедобывающее предприятие"
_LIST_ITEM_LEAD = 3  # "ООО «Вектор» - 25 %": a legal form and a quote before the name


def name_just_before(view: SentenceView, position: int, types: Collection[str]) -> Mention | None:
    """The name whose last word lies right before `position`, closing quotes between."""
    before = position - 1
    while before >= 0 and view.tokens[before].text in _CLOSING_QUOTES:
        before -= 1
    found = [
        m for m in view.mentions
        if m.type in types and (view.token_indices(m.start, m.end) or [-1])[-1] == before
    ]  # fmt: skip
    return max(found, key=lambda m: m.end - m.start) if found else None


def adjectives_before(view: SentenceView, index: int) -> int:
    """The position of the first of the adjectives right before the word at `index` (at most
    two), or `index` itself when none is there."""
    start = index
    while start > 0 and index - start < _ADJECTIVES_BEFORE_NOUN and (
        view.tokens[start - 1].pos == "ADJ"
    ):
        start -= 1
    return start


def bracketed_owner_note(
    view: SentenceView, index: int, owner_nouns: Collection[str]
) -> tuple[list[Mention], list[Mention]]:
    """ "иск к холдингу «X» (основной акционер – Y)": an owner noun opening a bracket with a
    dash after it; the names up to the closing bracket own the name right before it."""
    tokens = view.tokens
    opening = adjectives_before(view, index) - 1
    if tokens[index].lemma not in owner_nouns or opening < 1 or tokens[opening].text != "(":
        return [], []
    if index + 1 >= len(tokens) or tokens[index + 1].text not in DASHES:
        return [], []
    owned = name_just_before(view, opening, {"ORG"})
    if owned is None:
        return [], []
    owners: list[Mention] = []
    for position in range(index + 2, len(tokens)):
        if tokens[position].text == ")":
            return owners, [owned]
        mention = view.mention_at(position)
        if mention is not None and mention.type in PARTIES and mention not in owners:
            owners.append(mention)
    return [], []  # no closing bracket: not an aside


def bracketed_subsidiary_note(
    view: SentenceView, index: int, subsidiary_nouns: Collection[str]
) -> tuple[list[Mention], list[Mention]]:
    """ "«Степь» (агроструктура АФК «Система»)": a subsidiary noun opening a bracket right
    after a name; the first name inside the bracket owns the name before it. Read along the
    words: the parser often takes a rarer compound ("агроструктура") for an adjective."""
    tokens = view.tokens
    opening = adjectives_before(view, index) - 1
    if tokens[index].lemma not in subsidiary_nouns or opening < 1 or tokens[opening].text != "(":
        return [], []
    owned = name_just_before(view, opening, {"ORG"})
    if owned is None:
        return [], []
    for position in range(index + 1, len(tokens)):
        if tokens[position].text in {")", ","}:  # "(агроструктура, Тверская область)"
            return [], []
        mention = view.mention_at(position)
        if mention is not None and mention.type in {"ORG", "PER"} and mention != owned:
            closing = next((i for i in range(position, len(tokens)) if tokens[i].text == ")"), None)
            return ([mention], [owned]) if closing is not None else ([], [])
    return [], []


def after_aside(view: SentenceView, index: int) -> int:
    """The position after a bracketed aside that opens at `index`, else `index`."""
    if index >= len(view.tokens) or view.tokens[index].text != "(":
        return index
    for position in range(index + 1, len(view.tokens)):
        if view.tokens[position].text == ")":
            return position + 1
    return index


def stake_list_owners(
    view: SentenceView, index: int, share_symbols: Collection[str]
) -> list[Mention]:
    """ "A владеет 60 % X, B – 25 %, C – 15 %": each later item of the list, a name with a
    dash and a share, holds a stake in the same property, the verb left out. The list ends
    at the next verb: a clause of its own says something else."""
    tokens = view.tokens
    owners: list[Mention] = []
    for position in range(index + 1, len(tokens) - 2):
        if tokens[position].pos in {"VERB", "AUX"}:
            break
        if tokens[position].text not in DASHES or tokens[position + 1].pos != "NUM":
            continue
        if tokens[position + 2].lemma not in share_symbols:
            continue
        named = name_just_before(view, position, PARTIES)
        if named is None:
            continue
        first = (view.token_indices(named.start, named.end) or [0])[0]
        lead = range(max(index, first - _LIST_ITEM_LEAD), first)
        if any(tokens[i].text == "," for i in lead) and named not in owners:
            owners.append(named)
    return owners


def business_after_dash(
    view: SentenceView, index: int, business_nouns: Collection[str]
) -> tuple[list[Mention], list[Mention]]:
    """ "кафе «X» – личный бизнес Y": a business noun after a dash whose genitive names a
    person or a company; that one owns the name before the dash."""
    tokens = view.tokens
    if tokens[index].lemma not in business_nouns:
        return [], []
    dash = adjectives_before(view, index) - 1
    if dash < 1 or tokens[dash].text not in DASHES:
        return [], []
    owned = name_just_before(view, dash, {"ORG"})
    owners = [
        m for c in view.children(index)
        if tokens[c].relation == "nmod" and tokens[c].feats.get("Case") == "Gen"
        and not view.preposition(c)
        for m in [view.mention_at(c)] if m is not None and m.type in PARTIES
    ][:1]  # fmt: skip
    if owned is None or not owners:
        return [], []
    return owners, [owned]


def subject_by_its_head(view: SentenceView, mention: Mention) -> bool:
    """Whether a name (through its head word, not its first: "«Лучшие цены»" starts with an
    adjective) is a clause's subject, or is named by a nominative common noun the parser hung
    on a noun in another case, an inverted subject ("Управляет сетью компания «X»")."""
    sentence = sentence_holding(view.document, mention.start)
    if sentence is None:
        return False
    tokens = sentence.tokens
    inside = sentence.token_indices(mention.start, mention.end)
    heads = [i for i in inside if tokens[i].head not in inside]
    word = heads[0] if heads else -1
    seen: set[int] = set()
    while 0 <= word < len(tokens) and word not in seen:
        seen.add(word)
        token = tokens[word]
        if token.relation.startswith("nsubj"):
            return True
        if word not in inside and _misplaced_nominative(tokens, word):
            return True
        if token.relation not in THROUGH:
            return False
        word = token.head
    return False


def _misplaced_nominative(tokens: list[Token], index: int) -> bool:
    """A nominative common noun hung as a modifier or an apposition of a noun in another
    case: the two do not agree, so the parser misread an inverted subject."""
    token = tokens[index]
    head = token.head
    return (
        token.pos == "NOUN"
        and token.relation in {"nmod", "appos"}
        and token.feats.get("Case") == "Nom"
        and 0 <= head < len(tokens)
        and tokens[head].pos == "NOUN"
        and tokens[head].feats.get("Case", "Nom") != "Nom"
    )


def seller_named_after_purchase(
    view: SentenceView,
    index: int,
    purchase_nouns: Collection[str],
    source_prepositions: Collection[str],
) -> tuple[list[Mention], list[Mention]]:
    """ "переговоры о покупке «X» у Y": read at the source preposition; whoever the thing
    is bought from holds it now, whether or not the purchase comes about."""
    tokens = view.tokens
    if tokens[index].text.lower() not in source_prepositions:
        return [], []
    bought = name_just_before(view, index, {"ORG"})
    after = index + 1
    if after < len(tokens) and tokens[after].pos == "NOUN" and view.mention_at(after) is None:
        after += 1  # "у группы «Y»": the kind of the seller before its name
    while after < len(tokens) and tokens[after].text in _OPENING_QUOTES:
        after += 1
    seller = view.mention_at(after) if after < len(tokens) else None
    if bought is None or seller is None or seller.type not in PARTIES:
        return [], []
    noun = (view.token_indices(bought.start, bought.end) or [0])[0] - 1
    while noun > 0 and tokens[noun].text in _OPENING_QUOTES:
        noun -= 1
    if noun < 0 or tokens[noun].lemma not in purchase_nouns:
        return [], []
    return [seller], [bought]


def partner_apposition(
    view: SentenceView, index: int, partner_nouns: Collection[str]
) -> tuple[list[Mention], list[Mention]]:
    """ "принадлежащих компаньону экс-судьи Y, предпринимателю Z": right after an owned
    verb, a partner or relative noun; the person in its genitive (Y) is whom the owner is
    a partner of, not an owner, and the person in apposition after the comma (Z) owns.
    Returns (the genitive people to leave out, the people in apposition)."""
    tokens = view.tokens
    if index + 1 >= len(tokens) or tokens[index + 1].lemma not in partner_nouns:
        return [], []
    left_out: list[Mention] = []
    apposed: list[Mention] = []
    comma_seen = False
    for position in range(index + 2, len(tokens)):
        token = tokens[position]
        if token.pos in {"VERB", "AUX"} or (comma_seen and token.text == ","):
            break
        comma_seen = comma_seen or token.text == ","
        mention = view.mention_at(position)
        if mention is None or mention.type != "PER" or mention in left_out + apposed:
            continue
        case = token.feats.get("Case")
        if not comma_seen and case == "Gen":
            left_out.append(mention)
        elif comma_seen and case == "Dat":
            apposed.append(mention)
    return left_out, apposed
