"""Where a document noun names a paper that is not signed in its own right.

Unselected news showed three such places (agreement16): an abbreviation restating the
document in brackets ("Memorandum of Understanding (MoU)"), a document named inside another
document's name ("дорожная карта по реализации меморандума": the memorandum is what the
road map carries out), and a reference word opening a list ("подписаны следующие
документы: соглашение …": the listed papers are the documents). English wire reports also
capitalise the noun ("signed a Memorandum"), which the analyser leaves unlemmatised.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from concord.extract.sentence_view import SentenceView

# Relations by which a noun hangs inside another noun's phrase: "карта по реализации
# меморандума", "Memorandum of Understanding (MoU)"
_NAME_RELATIONS = frozenset({"nmod", "appos"})
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
_LIST_OPENERS = frozenset({":"})


def document_lemma(view: SentenceView, index: int, forms: Mapping[str, str]) -> str:
    """The lemma a document noun is looked up by: lower case, and the plural an analyser
    leaves as written ("Memoranda") mapped to its noun. A capitalised word inside a named
    entity ("the North Atlantic Treaty Organization") stays as it is: it names a body, not a
    paper; a name the noun opens ("Memorandum of Understanding", "MOU", which an entity
    tagger may take for a body) is the document's own."""
    token = view.tokens[index]
    lowered = token.lemma.lower()
    mention = view.mention_at(index)
    if lowered != token.lemma and mention is not None and mention.start != token.start:
        return token.lemma
    return forms.get(lowered, lowered)


def within_document_name(
    view: SentenceView, index: int, is_document: Callable[[int], bool]
) -> bool:
    """A document noun hanging, through nouns only, from another document noun is part of
    that document's name or subject, not a second signed paper."""
    seen = {index}
    current = index
    while view.tokens[current].relation in _NAME_RELATIONS:
        holder = view.tokens[current].head
        if not 0 <= holder < len(view.tokens) or holder in seen:
            return False
        if is_document(holder):
            return True
        if view.tokens[holder].pos not in _NOUN_TAGS:
            return False
        seen.add(holder)
        current = holder
    return False


def opens_list(view: SentenceView, index: int, is_document: Callable[[int], bool]) -> bool:
    """ "Подписаны следующие документы: соглашение о …": a reference word followed by a colon
    and a document noun stands for the papers listed, each of which is claimed itself."""
    following = index + 1
    if following >= len(view.tokens) or view.tokens[following].text not in _LIST_OPENERS:
        return False
    return any(is_document(i) for i in range(following + 1, len(view.tokens)))


def contained_in(
    view: SentenceView,
    index: int,
    terms_verbs: frozenset[str],
    holds_paper: Callable[[int], bool],
) -> bool:
    """ "The MoU includes agreements in the fields of …", "Пакт включает соглашения о …": a
    document noun a verb of stating terms holds as its object, with a paper for subject, is
    part of that paper's content."""
    token = view.tokens[index]
    holder = token.head
    if token.relation != "obj" or not 0 <= holder < len(view.tokens) or holder == index:
        return False
    if view.tokens[holder].lemma not in terms_verbs:
        return False
    return any(
        view.tokens[child].relation.startswith("nsubj") and holds_paper(child)
        for child in view.children(holder)
    )


def named_twice(
    view: SentenceView, index: int, earlier: int, sets_apart: Callable[[int], bool]
) -> bool:
    """ "Воспользовался опцией в контракте и продлил контракт с вратарём": the same noun of
    the same number twice in one sentence, neither set apart by a modifier or a subject of
    its own nor listed beside the other, is one paper named twice."""
    first, second = view.tokens[earlier], view.tokens[index]
    if first.lemma != second.lemma or first.feats.get("Number") != second.feats.get("Number"):
        return False
    if second.relation == "conj" and second.head == earlier:
        return False  # "договор с городом и договор с областью": two papers listed
    return not any(
        sets_apart(child) for position in (earlier, index) for child in view.children(position)
    )
