"""Equipment, and the parts of one project told in detail (gold.md, "Decided
(initiative74)").

Improvement and repair news lists what was fitted: "установили скамейки, урны и качели",
"заменили окна и двери", "обновили фасад". Equipment (benches, urns, lamps, cameras,
apparatus, art objects) is no facility, so it makes no claim at all. A part of a building
or of an improvement makes no claim of its own when a work over a whole place was told
before it, earlier in its sentence or in an earlier sentence of the report ("идёт ремонт
клуба … заменили окна"): it is a detail of that one project. A part with money of its
own ("за счёт средств спонсоров отремонтировали фасад") is a work of its own and stays,
and so does a part told where no whole work was told ("в клубе заменили окна").
"""

from __future__ import annotations

from concord.analysis import Token
from concord.claim import Claim
from concord.extract.initiative.renewed_parts import building_part
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def folded_into_project(view: SentenceView, claim: Claim, words: InitiativeWords) -> bool:
    """The claim's thing is equipment, or a part told inside a whole work told before it
    and with no money of its own."""
    head = _kind_head(view, claim)
    if head is None:
        return False
    thing = _thing_of(view, head, words)
    lemma = view.tokens[thing].lemma
    if lemma in words.equipment_nouns:
        return True
    if not _part(view, thing, words) or _own_means(view, words):
        return False
    return _whole_work_in_sentence(view, thing, words) or _whole_work_before(view, lemma, words)


def _kind_head(view: SentenceView, claim: Claim) -> int | None:
    """The word of the claim's kind that the others hang on."""
    spans = [a.span for a in claim.arguments if a.role == "kind" and a.span is not None]
    if not spans:
        return None
    indices = view.token_indices(spans[0].start, spans[0].end)
    inside = set(indices)
    return next((i for i in indices if view.tokens[i].head not in inside), None)


def _thing_of(view: SentenceView, index: int, words: InitiativeWords) -> int:
    """The thing a work noun is told of ("ремонт кровли" → "кровли"), else the word."""
    if view.tokens[index].lemma not in _work_nouns(words):
        return index
    return next(
        (
            child
            for child in view.children(index)
            if view.tokens[child].pos == "NOUN" and view.tokens[child].feats.get("Case") == "Gen"
        ),
        index,
    )


def _work_nouns(words: InitiativeWords) -> frozenset[str]:
    return words.enclosing_work_words | words.renovation_nouns | words.part_repair_words


def _part(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A part of an improvement or of a building."""
    return view.tokens[index].lemma in words.detail_part_nouns or building_part(view, index, words)


def _own_means(view: SentenceView, words: InitiativeWords) -> bool:
    """The sentence tells money: a sum, or the means a work is paid from."""
    return any(quantity.is_money for quantity in view.quantities) or bool(
        view.lemmas & words.own_means_nouns
    )


def _whole_work_in_sentence(view: SentenceView, thing: int, words: InitiativeWords) -> bool:
    """A noun of a whole work in the part's sentence that does not itself fit the part
    ("в ходе ремонта в здании обновят кровлю"; not "ремонт кровли"). A verb beside the
    part's own is another work told with it ("установили забор и отремонтировали
    площадку"), not its whole."""
    own = {thing, *view.ancestors(thing)}
    return any(
        token.lemma in words.enclosing_work_words
        and token.pos == "NOUN"
        and position not in own
        and _over_whole(view.tokens, position, view.tokens[thing].lemma, words)
        for position, token in enumerate(view.tokens)
    )


def _whole_work_before(view: SentenceView, lemma: str, words: InitiativeWords) -> bool:
    """An earlier sentence of the report (its headline among them) tells a whole work.
    Raw tokens are read, so no earlier sentence is parsed into a view again."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    return any(
        token.lemma in words.enclosing_work_words and _over_whole(sentence.tokens, at, lemma, words)
        for sentence in sentences[:position]
        for at, token in enumerate(sentence.tokens)
    )


def _over_whole(tokens: list[Token], work: int, lemma: str, words: InitiativeWords) -> bool:
    """The work is told of no part, no equipment and not of the thing itself: "ремонт
    клуба", "идёт ремонт", not "ремонт кровли" told before "заменили кровлю", nor a
    programme's name ("программа капитального ремонта")."""
    head = tokens[work].head
    if 0 <= head < len(tokens) and tokens[head].lemma in words.programme_nouns:
        return False  # "по программе капитального ремонта": a programme, no work told
    details = words.detail_part_nouns | words.building_part_nouns | words.equipment_nouns
    return not any(
        token.head == work
        and token.pos == "NOUN"
        and (token.lemma == lemma or token.lemma in details)
        for token in tokens
    )
