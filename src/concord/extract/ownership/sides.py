"""The two sides of an ownership trigger as lists of names: the first name of a phrase and
every name coordinated with it by the tree or written after it as the next item of a list
("принадлежит A, B и C"), quoted items the name finder missed, and the noun a participle or
a bracketed clause describes ("банк X, принадлежащий Y"). One claim is made per owner and
property of the two lists.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.ownership.reading import (
    CLOSING_QUOTES,
    DASHES,
    OPENING_QUOTES,
    THROUGH,
    children_with,
    mention_head,
    phrase_anchor,
)
from concord.extract.ownership.words import EMPTY
from concord.extract.sentence_view import SentenceView

_PHRASE_ENDS = {",", ";", ":", "—", "–", "(", ")"}


def side_of(
    view: SentenceView, indices: list[int], types: set[str], relatives: frozenset[str] = EMPTY
) -> list[Mention]:
    """The first entity of a phrase and every entity coordinated with it, by the tree or
    as the next item of a written list; a list does not run on into a relative clause
    opened by one of `relatives` ("медиахолдинг «X», в который входят A и B")."""
    indices = _with_names_written_after(view, indices)
    found = view.mentions_in(indices, types)
    opened = min(
        (i for i in indices if view.tokens[i].lemma in relatives and i > 0
         and any(view.tokens[j].text == "," for j in range(max(0, i - 2), i))),
        default=None,
    )  # fmt: skip
    if opened is not None and found and view.tokens[opened].start > found[0].start:
        found = [m for m in found if m.start < view.tokens[opened].start]
    if not found:
        return []
    first = found[0]
    first_indices = view.token_indices(first.start, first.end)
    side_tokens = {*first_indices, phrase_anchor(view, first_indices[0])}
    side = [first]
    for mention in found[1:]:
        if any(token.text in DASHES for token in view.tokens if side[-1].end <= token.start
               and token.end <= mention.start) and not _shares_by_dash(view, side[-1], mention):
            break  # "акционеры банка «X» — A, B и C": the dash opens the other side
        if _coordinated(view, mention, side_tokens) or _listed_after(view, side[-1], mention):
            side.append(mention)
            mention_indices = view.token_indices(mention.start, mention.end)
            side_tokens |= {*mention_indices, phrase_anchor(view, mention_indices[0])}
    allowed = set(indices)
    for member in list(side):
        previous = member
        while previous.type == "ORG" and (
            unnamed := _quoted_after(view, previous, allowed)
        ) is not None:
            side.append(unnamed)
            previous = unnamed
    return side


def head_side(
    view: SentenceView, index: int, types: set[str], bracketed: bool = True
) -> list[Mention]:
    """The noun a participle or (`bracketed`) a bracketed clause describes: "банк X,
    принадлежащий Y", "Y (принадлежит X)"."""
    head = view.tokens[index].head
    relations = {"acl", "parataxis"} if bracketed else {"acl"}
    if view.tokens[index].relation not in relations or not (
        0 <= head < len(view.tokens)
    ):
        return []
    head = _noun_after(view, index) or _agreeing_noun(view, index, head)
    named_through = [  # "Сеть автосалонов «Мотор», основанная …": the name on the genitive
        d for c in children_with(view, head, ("nmod",)) if not view.preposition(c)
        for d in children_with(view, c, ("appos", "flat"))
    ]  # fmt: skip
    return side_of(view, [head, *view.children(head), *named_through], types)


def people_in_apposition(view: SentenceView, index: int) -> list[Mention]:
    """ "выпускники ТПУ Артем Белов и Кирилл Назаров": the people a person noun names,
    not the organisation in its genitive."""
    token = view.tokens[index]
    if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim" or view.mention_at(index):
        return []
    for child in children_with(view, index, ("appos",)):
        mention = view.mention_at(child)
        if mention is not None and mention.type == "PER":
            return side_of(view, view.subtree(child), {"PER"})
    return []


def _coordinated(view: SentenceView, mention: Mention, side_tokens: set[int]) -> bool:
    """The mention hangs, through one or more conjunctions, on a token of the side."""
    index = mention_head(view, mention)
    seen = {index}
    crossed = False
    while view.tokens[index].relation in THROUGH | {"conj"}:
        crossed = crossed or view.tokens[index].relation == "conj"
        index = view.tokens[index].head
        if not 0 <= index < len(view.tokens) or index in seen:
            return False
        if crossed and index in side_tokens:
            return True
        seen.add(index)
    return False


def _shares_by_dash(view: SentenceView, previous: Mention, mention: Mention) -> bool:
    """ownership50: "«A» — 40 %, «B» — 35 % и C — 25 %": a dash right after a listed name
    and before a number gives that holder's share, it opens no other side."""
    gap = range(
        view.token_indices(previous.start, previous.end)[-1] + 1,
        view.token_indices(mention.start, mention.end)[0],
    )
    dashes = [i for i in gap if view.tokens[i].text in DASHES]
    unquoted = [i for i in gap if view.tokens[i].text not in CLOSING_QUOTES]
    return bool(dashes) and dashes[0] == unquoted[0] and all(
        i + 1 in gap and view.tokens[i + 1].pos == "NUM" for i in dashes
    )


def _listed_after(view: SentenceView, previous: Mention, mention: Mention) -> bool:
    """ "порт «A», компания «B» и завод «C»": only commas, conjunctions, quotes and one
    inanimate generic noun between two names of a list."""
    gap = range(
        view.token_indices(previous.start, previous.end)[-1] + 1,
        view.token_indices(mention.start, mention.end)[0],
    )
    # "«A» (20 %), «B» (15 %)", "30 % акций «A», 25 % акций «B»": shares beside the names
    nouns = [
        i for i in gap if view.tokens[i].pos not in {"PUNCT", "CCONJ", "NUM", "SYM", "ADJ"}
    ]  # fmt: skip
    # "«A», строительная компания «B»"; "35 % акций порта «A», 20 % сети аптек «B»"
    shares = any(view.tokens[i].pos == "NUM" for i in gap)
    return len(nouns) <= (2 if shares else 1) and all(
        view.tokens[i].pos == "NOUN"
        and view.tokens[i].feats.get("Animacy") != "Anim"
        and view.mention_at(i) is None
        for i in nouns
    ) and any(view.tokens[i].text in {",", "и"} for i in gap)


def _with_names_written_after(view: SentenceView, indices: list[int]) -> list[int]:
    """A common noun's quoted name written right after it belongs to its phrase though the
    parser hang it elsewhere ("…, которой принадлежат телеканалы «A» и «B»", with «A» and
    «B» hung on a noun before): the name and the names coordinated with it."""
    inside = set(indices)
    added: list[int] = []
    for index in indices:
        name = index + 2
        if (
            view.tokens[index].pos != "NOUN"
            or name >= len(view.tokens)
            or view.tokens[index + 1].text not in OPENING_QUOTES
            or name in inside
            or view.mention_at(name) is None
            or any(view.mention_at(c) is not None for c in view.children(index))
        ):
            continue
        added += [i for i in view.subtree(name) if i not in inside and i > index]
    return sorted({*indices, *added}) if added else indices


def _quoted_after(view: SentenceView, previous: Mention, allowed: set[int]) -> Mention | None:
    """ "компаниям «A», «B» и «C»": a quoted item of a list of quoted organisations that
    the name finder left out; it is an organisation like the item before it."""
    index = view.token_indices(previous.start, previous.end)[-1] + 1
    if index < len(view.tokens) and view.tokens[index].text in CLOSING_QUOTES:
        index += 1
    if index + 1 >= len(view.tokens) or view.tokens[index].text not in {",", "и"}:
        return None
    opening = index + 1
    if view.tokens[opening].text not in OPENING_QUOTES:
        return None
    closing = next(
        (i for i in range(opening + 1, min(opening + 6, len(view.tokens)))
         if view.tokens[i].text in CLOSING_QUOTES),
        None,
    )  # fmt: skip
    if closing is None or closing == opening + 1:
        return None
    inner = range(opening + 1, closing)
    if any(i not in allowed or view.mention_at(i) is not None for i in inner):
        return None
    if any(view.tokens[i].text in {",", "(", ")"} for i in inner):
        return None
    start, end = view.tokens[inner[0]].start, view.tokens[inner[-1]].end
    text = view.document.document.text[start:end]
    return Mention(start, end, text, "ORG", text)


def _noun_after(view: SentenceView, index: int) -> int | None:
    """A participle phrase written before its noun describes that noun ("активы завода «A»
    и входящих в группу «B» частных компаний": the companies, not the plant), though the
    parser may hang it on a noun before it. Written after a comma, it describes a noun
    before it ("компании «A», владеющей долей компании «B»")."""
    participle = view.tokens[index]
    if participle.feats.get("VerbForm") != "Part" or "Case" not in participle.feats or (
        index > 0 and view.tokens[index - 1].text in _PHRASE_ENDS
    ):
        return None
    keys: list[str] = [key for key in ("Case", "Number") if key in participle.feats]
    if participle.feats.get("Number") == "Sing" and "Gender" in participle.feats:
        keys.append("Gender")
    for position in range(index + 1, len(view.tokens)):
        token = view.tokens[position]
        if token.text in _PHRASE_ENDS or token.pos in {"VERB", "AUX"}:
            return None
        if token.pos == "NOUN" and view.mention_at(position) is None and all(
            token.feats.get(key) == participle.feats[key] for key in keys
        ):  # a name inside the phrase ("в холдинг «Кварц»") is no noun it describes
            return position
    return None


def _agreeing_noun(view: SentenceView, index: int, head: int) -> int:
    """A participle describes the nearest noun before it that agrees with it in case,
    number and gender ("компания «A», 60% которой владеет фонд «B», принадлежащий
    правительству" describes the fund): the parser may hang it on a noun further back, or,
    after a comma, on a noun after it ("Холдинг «A», принадлежащий B, не планирует покупать
    газету «C»" describes the holding, not the paper)."""
    participle = view.tokens[index]
    after_comma = index > 0 and view.tokens[index - 1].text == ","
    if participle.relation != "acl" or participle.feats.get("VerbForm") != "Part" or (
        head > index and not after_comma
    ):
        return head
    keys = [key for key in ("Case", "Number", "Gender") if key in participle.feats]
    for candidate in range(index - 1, head if head < index else -1, -1):
        token = view.tokens[candidate]
        if token.pos not in {"NOUN", "PROPN"} or "Case" not in token.feats:
            continue
        if all(token.feats.get(key, participle.feats[key]) == participle.feats[key] for key in keys):
            return candidate
    if after_comma and view.tokens[head].feats.get("Case") != participle.feats.get("Case"):
        return _name_before_comma(view, index - 1) or head
    if after_comma and head > index and any(
        view.tokens[i].text == "," for i in range(index + 1, head)
    ):  # ownership59: "с компанией X (XX), входящей в группу Y, соглашение о покупке
        # акций компании Z": a phrase closed by its comma describes no noun after it
        return _name_before_comma(view, index - 1) or head
    return head


def _name_before_comma(view: SentenceView, comma: int) -> int | None:
    """The last word of a name written right before a comma ("продан «Y», контролируемому Z"):
    a participle after it describes the name, whose case the tagger often misreads."""
    before = comma - 1
    while before >= 0 and view.tokens[before].text in CLOSING_QUOTES:
        before -= 1
    if before > 2 and view.tokens[before].text == ")" and view.tokens[before - 2].text == "(":
        before -= 3  # ownership59: "X (XX), входящей в …": the name before its short name
        while before >= 0 and view.tokens[before].text in CLOSING_QUOTES:
            before -= 1
    if before < 0:
        return None
    mention = view.mention_at(before)
    return before if mention is not None and mention.type == "ORG" else None
