"""What every extractor needs to look at one sentence: tokens, tree, entities, dates, numbers."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TypeVar

from concord.analysis import AnalysedDocument, DateMention, Quantity, Sentence, Token
from concord.claim import Argument, Claim, Mention, Modality, Span
from concord.nlp.phrases import normalise_phrase


@dataclass(frozen=True)
class SentenceWords:
    """What marks a predicate as negated or looking ahead, in one language."""

    negations: frozenset[str]  # a dependent with one of these lemmas negates its head
    planning: frozenset[str]  # lemmas that put what they govern in the future
    future_auxiliary: str  # the auxiliary whose future tense makes an analytic future
    # Auxiliaries that put their verb ahead whatever their tense: "would provide".
    planning_auxiliaries: frozenset[str] = frozenset()
    # Verbs that negate what they govern: "denied meeting him".
    negating_verbs: frozenset[str] = frozenset()
    # Whether nouns carry grammatical case (Russian) or roles are told by word order and
    # prepositions alone (English): without case a case test does not restrict.
    marks_case: bool = True


def named_before(
    document: AnalysedDocument, offset: int, types: Collection[str], sentences_back: int
) -> list[Mention]:
    """The mentions of `types` before `offset`, in its sentence and the `sentences_back`
    sentences before it, in text order: where a pronoun, a bare post or a common noun
    ("компания", "министр") finds whom it stands for."""
    starts = [sentence.start for sentence in document.sentences if sentence.start <= offset]
    earliest = starts[max(0, len(starts) - 1 - sentences_back)] if starts else 0
    found = (m for m in document.mentions if m.type in types and earliest <= m.start < offset)
    return sorted(found, key=attrgetter("start"))


def introduced_as(
    document: AnalysedDocument, offset: int, lemma: str, types: Collection[str]
) -> list[Mention]:
    """The mentions of `types` before `offset` that the text introduced with the common
    noun `lemma` just before them ("фонда «Добрый город»", "банк ВТБ"), in text order:
    whom a later bare "фонд" or "банк" stands for, however far back it was named."""
    found: list[Mention] = []
    for sentence in document.sentences:
        if sentence.start >= offset:
            break
        for position, token in enumerate(sentence.tokens):
            # "агрохолдинга «X»" introduces a later "холдинг" too
            compound = token.lemma.endswith(lemma) and len(token.lemma) - len(lemma) >= 3
            if not (token.lemma == lemma or compound) or token.start >= offset:
                continue
            following = sentence.tokens[position + 1 : position + 4]
            if not following:
                continue
            found.extend(
                m
                for m in document.mentions
                if m.type in types and token.start <= m.start <= following[-1].start
                and m.start < offset and m not in found
            )
    return sorted(found, key=attrgetter("start"))


@dataclass
class SentenceView:
    document: AnalysedDocument
    sentence: Sentence
    words: SentenceWords
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    _children: list[list[int]] = field(default_factory=list)
    _mention_of_token: dict[int, Mention] = field(default_factory=dict)

    @classmethod
    def build(
        cls, document: AnalysedDocument, sentence: Sentence, words: SentenceWords
    ) -> SentenceView:
        view = cls(
            document,
            sentence,
            words,
            _inside(document.mentions, sentence),
            _inside(document.dates, sentence),
            _inside(document.quantities, sentence),
        )
        view._children = [[] for _ in sentence.tokens]
        for index, token in enumerate(sentence.tokens):
            if 0 <= token.head < len(sentence.tokens) and token.head != index:
                view._children[token.head].append(index)
        for mention in view.mentions:
            for index in view.token_indices(mention.start, mention.end):
                view._mention_of_token[index] = mention
        return view

    @property
    def tokens(self) -> list[Token]:
        return self.sentence.tokens

    def token_indices(self, start: int, end: int) -> list[int]:
        return self.sentence.token_indices(start, end)

    def children(self, index: int) -> list[int]:
        return self._children[index]

    def subtree(self, index: int, skip: frozenset[str] = frozenset()) -> list[int]:
        """The token and its descendants, leaving out branches whose relation is in `skip`;
        the parser can emit cycles, so each token is visited once."""
        found, stack = {index}, [index]
        while stack:
            for child in self._children[stack.pop()]:
                if child not in found and self.tokens[child].relation not in skip:
                    found.add(child)
                    stack.append(child)
        return sorted(found)

    def ancestors(self, index: int) -> Iterator[int]:
        seen = {index}
        current = self.tokens[index].head
        while 0 <= current < len(self.tokens) and current not in seen:
            yield current
            seen.add(current)
            current = self.tokens[current].head

    def mention_at(self, index: int) -> Mention | None:
        return self._mention_of_token.get(index)

    def mentions_in(self, indices: Iterable[int], types: set[str] | None = None) -> list[Mention]:
        found: list[Mention] = []
        for index in indices:
            mention = self._mention_of_token.get(index)
            if mention and mention not in found and (types is None or mention.type in types):
                found.append(mention)
        return found

    def preposition(self, index: int) -> str:
        """The preposition attached to a token ("в" for "в Лондоне"), or ''."""
        for child in self._children[index]:
            if self.tokens[child].relation == "case":
                return self.tokens[child].lemma
        return ""

    def in_case(self, index: int, case: str) -> bool:
        """Whether the token stands in `case` ("Loc" for "в Лондоне"); in a language that
        marks no case, any token may."""
        return not self.words.marks_case or self.tokens[index].feats.get("Case") == case

    def modality(self, index: int) -> Modality:
        """Negated if the predicate (or its governor) carries a negation ("не"); planned if
        it looks ahead."""
        chain = [index, *list(self.ancestors(index))[:2]]
        for position in chain:
            if any(self.tokens[c].lemma in self.words.negations for c in self._children[position]):
                return Modality.NEGATED
            if position != index and self.tokens[position].lemma in self.words.negating_verbs:
                return Modality.NEGATED
        for position in chain:
            token = self.tokens[position]
            if token.feats.get("Tense") == "Fut" or token.lemma in self.words.planning:
                return Modality.PLANNED
            if any(
                (
                    self.tokens[c].lemma == self.words.future_auxiliary
                    and self.tokens[c].feats.get("Tense") == "Fut"
                )
                or self.tokens[c].lemma in self.words.planning_auxiliaries
                for c in self._children[position]
            ):
                return Modality.PLANNED
        return Modality.FACT

    def span_of(self, indices: list[int]) -> Span:
        start, end = self.tokens[min(indices)].start, self.tokens[max(indices)].end
        return self.text_span(start, end)

    def text_span(self, start: int, end: int) -> Span:
        text = self.document.document.text
        return Span(start, end, text[start:end])

    def entity_argument(self, role: str, mention: Mention) -> Argument:
        return entity_argument(self.document, role, mention)

    def date_argument(self, role: str, date: DateMention) -> Argument:
        return Argument(role, date.value, Span(date.start, date.end, date.text))

    def phrase(self, indices: list[int]) -> tuple[str, Span]:
        """The phrase in the nominative for the value, the surface span for the evidence."""
        span = self.span_of(indices)
        first, last = min(indices), max(indices)
        value = normalise_phrase(self.tokens[first : last + 1], first)
        return value, span

    def claim(self, type_: str, arguments: list[Argument], modality: Modality) -> Claim:
        return Claim(type_, arguments, self.sentence.span, modality)


Located = TypeVar("Located", Mention, DateMention, Quantity)


def _inside(items: list[Located], sentence: Sentence) -> list[Located]:
    """The items lying within the sentence; `items` are in text order, so the search is a
    bisection, not a pass over the whole document for each sentence."""
    first = bisect_left(items, sentence.start, key=attrgetter("start"))
    last = bisect_left(items, sentence.end, lo=first, key=attrgetter("start"))
    return [item for item in items[first:last] if item.end <= sentence.end]


def entity_argument(document: AnalysedDocument, role: str, mention: Mention) -> Argument:
    """An argument naming an entity by its canonical (document-level) name."""
    entity = document.entities[mention.entity] if mention.entity >= 0 else None
    return Argument(
        role,
        entity.name if entity else mention.normal,
        Span(mention.start, mention.end, mention.text),
        mention.entity if mention.entity >= 0 else None,
    )


def first_date(view: SentenceView, relation: str = "on") -> DateMention | None:
    return next((date for date in view.dates if date.relation == relation), None)


def lemma_phrase(tokens: list[Token]) -> str:
    return " ".join(token.lemma for token in tokens)
