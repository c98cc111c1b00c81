"""ownership54: a league (or a country) named between a club noun and the club's name.

"владелец клуба НХЛ «X»", "купил клуб АПЛ «Y»", "владел клубом Американской хоккейной лиги
(АХЛ) «Z»", "команда английской Премьер-лиги «W»", "клуб из АПЛ V": the name in the genitive
(or after "из") right after the club noun says where the club plays; the club is the name
written after it. A league is never the property bought or held with the club: the property
is the quoted or capitalised name after the league, and with none after it ("владеет клубом
НХЛ") the league is no property at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from concord.analysis import Token
from concord.claim import Mention
from concord.extract.ownership.reading import OPENING_QUOTES
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView, sentence_holding

_REACH = 3  # tokens between the league and the club's name: brackets, quotes


def clubs_for_leagues(
    view: SentenceView, properties: list[Mention], words: OwnershipWords
) -> list[Mention]:
    """The properties with each league of a club noun replaced by the club's name written
    after it, or left out when no name follows."""
    if not words.club_nouns:
        return properties
    found: list[Mention] = []
    for mention in properties:
        meant = [mention]
        if _league_of_club(view, mention, words):
            club = _name_after(view, mention)
            meant = [club] if club is not None else []
        found.extend(m for m in meant if m not in found)
    return found


def _league_of_club(view: SentenceView, mention: Mention, words: OwnershipWords) -> bool:
    """Whether an unquoted name of this sentence is a club's league (`league_in`)."""
    indices = view.token_indices(mention.start, mention.end)
    return league_in(view.tokens, indices, words)


def named_as_league(view: SentenceView, mention: Mention, words: OwnershipWords) -> bool:
    """Whether a name of any sentence of the report is a club's league there: a later
    "клуб" or "команда" never stands for it ("клуб НХЛ «X» … Y владел клубом")."""
    sentence = sentence_holding(view.document, mention.start)
    if sentence is None or not words.club_nouns:
        return False
    return league_in(sentence.tokens, sentence.token_indices(mention.start, mention.end), words)


def league_in(tokens: Sequence[Token], indices: list[int], words: OwnershipWords) -> bool:
    """Whether the name on `indices` stands right after a club noun, unquoted, in the
    genitive or after a preposition of place ("клуб НХЛ", "клубом Американской хоккейной
    лиги", "клуб из АПЛ", "клуба в АПЛ"): where the club plays, not its name ("клуб «X»",
    "клуб X" in apposition stay the club)."""
    if len(indices) > 1 and tokens[indices[0]].lemma in words.club_nouns:
        indices = indices[1:]  # "Клуб Восточной хоккейной лиги": the noun taken in the name
    if not indices or indices[0] == 0:
        return False
    before = indices[0] - 1
    if tokens[before].text in OPENING_QUOTES:
        return False
    if tokens[before].text == "(" and before > 0:  # "лиги (НХЛ)": the league's short name
        start = before - 1
        while start > 0 and tokens[start - 1].pos == "ADJ":
            start -= 1
        return league_in(tokens, list(range(start, before)), words)
    placed = tokens[before].text.lower() in words.club_league_prepositions
    if placed:
        before -= 1
    if before < 0 or tokens[before].lemma not in words.club_nouns:
        return False
    head = next((i for i in indices if tokens[i].head not in indices), indices[0])
    return placed or tokens[head].feats.get("Case") == "Gen"


def _name_after(view: SentenceView, league: Mention) -> Mention | None:
    """The name written after the league within a few tokens, a bracketed abbreviation of
    the league ("лиги (АХЛ)") passed over: the club's own name."""
    last = view.token_indices(league.start, league.end)[-1]
    bracket = False
    for index in range(last + 1, min(last + 1 + _REACH + 3, len(view.tokens))):
        text = view.tokens[index].text
        if text == "(":
            bracket = True
            continue
        if text == ")":
            bracket = False
            continue
        mention = view.mention_at(index)
        if bracket:
            continue
        if mention is not None and mention is not league:
            return mention
        if text not in OPENING_QUOTES:
            return None
    return None
