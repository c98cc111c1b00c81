"""Names listed on after a property: "владеет ЗАО «A», ЗАО «B» и ЗАО «C»", "в состав входят
«A» (грузы), «B» (нефть) и «C» (аналитика)", "включает около 50 компаний, в том числе
агентство «A», общество «B» и терминал «C»". The parser often hangs the later members of such
a list elsewhere (on the subject, on a bracket note), so the owner reads only the first; the
list is read on the tokens instead: names joined by commas and "и", each with at most a few
kind words before it ("сети", "ЗАО", "издательство") and a bracket note after it."""

from concord.claim import Mention
from concord.extract.sentence_view import SentenceView

_QUOTES = frozenset({"«", "»", '"', "“", "”", "„"})
_JOINERS = frozenset({",", "и"})
_LIST_ENDS = frozenset({".", ";", ")", ",", "—", "–", "!", "?", ":"})
_KIND_WORDS_AT_MOST = 3  # "лесопромышленную компанию «X»": two words name its kind


def listed_on(
    view: SentenceView, properties: list[Mention], owners: list[Mention]
) -> list[Mention]:
    """The organisations listed after each property, when the list closes cleanly (a
    punctuation mark or the sentence's end after it, not a verb: "«A», «B» купил «C»" has B
    as a subject). Owners of the same trigger are never listed properties."""
    listed: list[Mention] = []
    for owned in properties:
        if owned.type != "ORG":
            continue
        members = _list_after(view, owned)
        if members and any(owned.start < m.start < members[-1].end for m in owners):
            continue  # "A (холдинг Y), B и C": Y, in A's note, owns A alone
        for mention in members:
            if mention not in properties + owners + listed:
                listed.append(mention)
    return listed


def owners_in_the_list(
    view: SentenceView, properties: list[Mention], owners: list[Mention]
) -> list[Mention]:
    """The owners that stand inside a property's list ("включает 50 компаний, в том числе
    «A», «B» и «C»", the parser making B and C subjects): members of one list own none."""
    members = [
        m for owned in properties if owned.type == "ORG" for m in _list_after(view, owned, owners)
    ]
    return [m for m in owners if m in members]


def _list_after(
    view: SentenceView, first: Mention, allowed: list[Mention] | None = None
) -> list[Mention]:
    """The names joined to `first` after it, or none when the list runs into a verb."""
    indices = view.token_indices(first.start, first.end)
    if not indices:
        return []
    members: list[Mention] = []
    last_joiner = ""  # the word joining the last member read
    index = _past_notes(view, indices[-1] + 1)
    while index < len(view.tokens) and view.tokens[index].text.lower() in _JOINERS:
        joiner = view.tokens[index].text.lower()
        following = _next_name(view, index + 1)
        if following is None:
            break
        mention, last = following
        if mention.type != "ORG" and not (allowed and mention in allowed):
            break
        members.append(mention)
        last_joiner = joiner
        index = _past_notes(view, last + 1)
    if index < len(view.tokens) and view.tokens[index].text not in _LIST_ENDS:
        return []  # "«A», «B» купил «C»": the list runs into a clause of its own
    if last_joiner != "и":  # "«A», дочерней компании «B»,": an apposition, no list
        return []
    return members


def _past_notes(view: SentenceView, index: int) -> int:
    """The first word after closing quotes and a bracket note ("«A» (лесные грузы)")."""
    while index < len(view.tokens) and view.tokens[index].text in _QUOTES:
        index += 1
    if index < len(view.tokens) and view.tokens[index].text == "(":
        closing = next(
            (i for i in range(index + 1, len(view.tokens)) if view.tokens[i].text == ")"), None
        )
        if closing is None:
            return len(view.tokens) + 1  # an unclosed bracket: no clean end
        index = closing + 1
    return index


def _next_name(view: SentenceView, index: int) -> tuple[Mention, int] | None:
    """The name starting within a few kind words of `index`, with its last token."""
    kind_words = 0
    while index < len(view.tokens):
        mention = view.mention_at(index)
        if mention is not None:
            indices = view.token_indices(mention.start, mention.end)
            if indices and indices[0] == index:
                return mention, indices[-1]
            return None
        token = view.tokens[index]
        if token.text in _QUOTES:
            index += 1
            continue
        if not _kind_word(token.text, token.pos) or kind_words >= _KIND_WORDS_AT_MOST:
            return None
        kind_words += 1
        index += 1
    return None


def _kind_word(text: str, pos: str) -> bool:
    """A word naming a member's kind: a lower-case noun or adjective ("сети", "морское
    страховое агентство") or a legal form in capitals ("ЗАО")."""
    if not text.isalpha():
        return False
    if text.isupper():
        return len(text) <= 4
    return text.islower() and pos in {"NOUN", "ADJ"}
