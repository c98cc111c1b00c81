"""Those who tell of a deal are no side of it: a news source, a spokesperson.

"Как сообщило агентство «X», …" names where the news comes from; "Глава банка «X» Y
рассказал о покупке" names Y only as the one who speaks for X (an owner, though, deals
in his own name).
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.deal.names import lies_within
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView


def without_spokespeople(
    view: SentenceView, anchors: list[int], sides: list[Mention], words: DealWords
) -> list[Mention]:
    """The sides without a person who tells of the deal for the organisation of their
    post: in "Глава банка «X» Y рассказал о покупке компании «Z»" the subject of the telling
    verb holds both X and Y, and X is the side; an owner ("владелец") deals for himself."""
    dropped: set[int] = set()
    for anchor in anchors:
        if view.tokens[anchor].lemma not in words.telling_verbs:
            continue
        for child in view.subjects(anchor):
            subject = set(view.subtree(child))
            if any(view.tokens[i].lemma in words.owner_posts for i in subject):
                continue  # "владелец клуба «X» Y объявил о продаже команды": Y sells
            inside = [
                position for position, m in enumerate(sides)
                if lies_within(view, m, subject)
            ]  # fmt: skip
            types = {sides[position].type for position in inside}
            if "PER" in types and "ORG" in types:
                dropped.update(p for p in inside if sides[p].type == "PER")
    return [m for position, m in enumerate(sides) if position not in dropped]


def in_hearsay_clause(view: SentenceView, mention: Mention, words: DealWords) -> bool:
    """Whether the name sits in a clause telling who reports the news ("Как сообщило
    агентство «X», …"): from a hearsay mark on a telling verb to the comma after it."""
    own = view.token_indices(mention.start, mention.end)
    if not own:
        return False
    for verb, token in enumerate(view.tokens):
        if token.lemma not in words.telling_verbs:
            continue
        marks = [
            child for child in view.children(verb)
            if view.tokens[child].relation == "mark" and view.tokens[child].lemma in words.hearsay_marks
        ]  # fmt: skip
        if not marks:
            continue
        end = next(
            (i for i in range(verb + 1, len(view.tokens)) if view.tokens[i].text == ","
             and not _inside_open_quote(view, verb, i, words)),
            len(view.tokens),
        )  # fmt: skip
        if min(marks) <= own[0] and own[-1] < end:
            return True
    return False


def _inside_open_quote(view: SentenceView, start: int, index: int, words: DealWords) -> bool:
    """Whether a quote opened after `start` is still open at `index`."""
    depth = 0
    for position in range(start, index):
        text = view.tokens[position].text
        if text in words.quotes and (text not in words.quotes.values() or depth == 0):
            depth += 1
        elif text in words.quotes.values() and depth:
            depth -= 1
    return depth > 0


_SOURCE_RELATIONS = ("nsubj", "obl")  # "сообщило управление X", "сообщили в пресс-службе X"
_SOURCE_CLAUSES = {"parataxis", "advcl"}  # "…, сообщил X"; "Как сообщили в X, …"


def fining_teller(view: SentenceView, index: int, words: DealWords) -> list[Mention]:
    """The body a fine told with no doer comes from: news of a fine ("«X» оштрафовали на
    500 тыс. рублей") is most often the fining body's own release, which the report names
    as its teller in the same sentence ("Управление X сообщает, что …", "…, сообщила
    прокуратура X") or in the next one pointing back ("Об этом сообщили в пресс-службе
    управления ФАС"). The one organisation named there whose name holds a fining body's
    word; a news agency telling the fine names no one."""
    found = _sources(view, _telling_verbs_over(view, index, words), words)
    if not found:
        for sentence in view.sentences_after(1):
            after = SentenceView.build(view.document, sentence, view.words)
            found = _sources(after, _telling_back(after, words), words)
    bodies = [m for m in found if _fining_body(m, words)]
    return bodies[:1] if len({m.normal for m in bodies}) == 1 else []


def _telling_verbs_over(view: SentenceView, index: int, words: DealWords) -> list[int]:
    """The telling verbs the fine's clause is told by: one above it ("сообщает, что …") or
    one hung beside the clause's words as an aside ("…, сообщил X"; "Как сообщили в X, …")."""
    above = [index, *view.ancestors(index)]
    asides = [
        child for position in above for child in view.children(position)
        if view.tokens[child].relation in _SOURCE_CLAUSES
    ]  # fmt: skip
    return [p for p in dict.fromkeys([*above, *asides]) if view.tokens[p].lemma in words.telling_verbs]


def _telling_back(view: SentenceView, words: DealWords) -> list[int]:
    """The telling verbs of a sentence that points back at the one before ("Об этом
    сообщили в …")."""
    return [
        verb for verb, token in enumerate(view.tokens)
        if token.lemma in words.telling_verbs
        and any(view.tokens[c].lemma in words.back_reference_words for c in view.children(verb))
    ]


def _sources(view: SentenceView, verbs: list[int], words: DealWords) -> list[Mention]:
    """The organisations named as the tellers' subjects or where they told it ("в
    пресс-службе X")."""
    heads = [
        child for verb in verbs for child in view.children(verb)
        if view.tokens[child].relation.startswith(_SOURCE_RELATIONS)
        and view.tokens[child].lemma not in words.back_reference_words
    ]  # fmt: skip
    scope = [p for head in heads for p in view.subtree(head)]
    found = view.mentions_in(scope, {"ORG"})
    # "в пресс-службе Омского УФАС": the body, not its press office around it; the
    # body's whole name ("Управление Роспотребнадзора по X"), not a shorter name inside
    press = [m for m in found if m.normal.lower().split()[0] in words.press_nouns]
    return [
        m for m in found
        if m not in press and not any(
            _inside(m, outer) for outer in found if outer is not m and outer not in press
        )
    ]


def _inside(mention: Mention, outer: Mention) -> bool:
    """Whether a name lies within a longer one."""
    return outer.start <= mention.start and mention.end <= outer.end


def _fining_body(mention: Mention, words: DealWords) -> bool:
    """Whether a word of the organisation's name ends as a fining body's does ("Таганский
    райсуд", "Роспотребнадзор", "УФАС", "межрегиональное управление")."""
    return any(
        word.endswith(words.fining_body_endings) for word in mention.normal.lower().split()
    )
