"""What every extractor needs to look at one sentence: tokens, tree, entities, dates, numbers."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import TypeVar

from concord.analysis import AnalysedDocument, DateMention, Quantity, Sentence, Token
from concord.claim import Argument, Claim, Mention, Modality, Span
from concord.nlp.phrases import normalise_phrase

Lists = TypeVar("Lists")  # the word lists a remembered reading is read with
Answer = TypeVar("Answer")  # what a remembered reading answers


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
    # Nouns for the same kind of organisation ("клуб", "команда"): a name introduced with
    # one is what a later bare one stands for ("клуб «Ротор»" … "команды").
    organisation_kin: tuple[frozenset[str], ...] = ()
    # "передаёт Интерфакс", "сообщает ТАСС со ссылкой на …", "the agency quoted X": an
    # organisation that is the subject of a relaying verb, or of a verb with a citing noun,
    # is the outlet reporting the news (`relaying.relaying_outlet`)
    relaying_verbs: frozenset[str] = frozenset()
    citing_nouns: frozenset[str] = frozenset()
    # "…, сообщает газета «X»", "…, said the minister": a verb of reporting set after the
    # clause it reports; whoever it names tells the news and acts in none of it
    aside_reporting_verbs: frozenset[str] = frozenset()


def sentence_holding(document: AnalysedDocument, offset: int) -> Sentence | None:
    """The sentence a character offset (a mention's start, a claim's evidence) lies in:
    the last sentence starting at or before it, if it reaches that far."""
    sentences = document.sentences
    position = bisect_right(sentences, offset, key=attrgetter("start")) - 1
    if position >= 0 and offset < sentences[position].end:
        return sentences[position]
    return None


def first_word_of(document: AnalysedDocument, mention: Mention) -> tuple[Sentence, int] | None:
    """The sentence a name stands in and the index of its first word there, if any."""
    sentence = sentence_holding(document, mention.start)
    if sentence is None:
        return None
    indices = sentence.token_indices(mention.start, mention.end)
    return (sentence, indices[0]) if indices else None


def name_genders(document: AnalysedDocument, mention: Mention) -> list[str]:
    """The genders the tagger gives the words of a name, in order, unknown ones left out."""
    sentence = sentence_holding(document, mention.start)
    if sentence is None:
        return []
    genders = (
        sentence.tokens[i].feats.get("Gender", "")
        for i in sentence.token_indices(mention.start, mention.end)
    )
    return [gender for gender in genders if gender]


def name_gender(document: AnalysedDocument, mention: Mention) -> str:
    """The gender a name's words show, or '': the one most of them show; where they split
    evenly, the feminine, since a tagger reads a word feminine only on a feminine ending
    and masculine by default (an undeclined "аль-Машат"; a misread "Розой Отунбаевой")."""
    genders = name_genders(document, mention)
    if not genders:
        return ""
    counts = {gender: genders.count(gender) for gender in genders}
    most = max(counts.values())
    leading = [gender for gender, count in counts.items() if count == most]
    if len(leading) == 1:
        return leading[0]
    return "Fem" if "Fem" in leading else genders[0]


def gender_fits(document: AnalysedDocument, mention: Mention, gender: str) -> bool:
    """Whether a name may stand for a word of `gender` (a pronoun's, a past-tense verb's):
    the name's gender (name_gender) is that one, or either is not known, since a tagger
    leaves many foreign names without one."""
    named = name_gender(document, mention)
    return not gender or not named or named == gender


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


def named_after(
    document: AnalysedDocument, offset: int, types: Collection[str], sentences_ahead: int
) -> list[list[Mention]]:
    """The mentions of `types` in each of the `sentences_ahead` sentences starting after
    `offset`, one list a sentence, in text order: where a plural pronoun whose names were
    not yet given finds them ("наложила на них штрафы. … «A», «B» и «C» …")."""
    following = [s for s in document.sentences if s.start >= offset][:sentences_ahead]
    return [
        sorted(
            (m for m in document.mentions if m.type in types and s.start <= m.start < s.end),
            key=attrgetter("start"),
        )
        for s in following
    ]


def place_meant(
    document: AnalysedDocument,
    noun: str,
    offset: int,
    kinds: Collection[str],
    sentences_back: int,
    *,
    city_nouns: Collection[str] = (),
    is_state: Callable[[str], bool] = lambda name: False,
    is_known_city: Callable[[str], bool] = lambda name: False,
    of_any_kind: bool = False,
    whole_noun: bool = False,
    taken: Collection[Mention] = (),
    other_names: Callable[[str], Iterable[str]] = lambda name: (),
) -> Mention | None:
    """The place a bare territory noun (lemma `noun`: "глава района", "мэр города") stands
    for: a place (LOC, LOCORG) named before `offset`, in its sentence or `sentences_back`
    before it, of the noun's kind: a district's or a region's name holds its noun's stem
    ("Ленинский район", "Тверская область"; with `of_any_kind` the stem of any of `kinds`,
    "области" for a "край"; with `whole_noun` the whole noun), a city's holds none of the
    `kinds` and is no state. A place `taken` already (the same entity or name: a side
    named) is none. Of those a city the gazetteer knows ("Москва" before "Лужники"), then
    the latest. A name shows its kind also by `other_names` of it ("Франции" by "Французская
    Республика", "Оренбуржье" by "Оренбургская область")."""
    taken_entities = {m.entity for m in taken if m.entity >= 0}
    taken_names = {m.normal for m in taken}

    def holds(mention: Mention, kind: str) -> bool:
        if whole_noun:
            return kind in mention.normal.lower()
        return any(
            holds_stem(name, kind) for name in (mention.normal, *other_names(mention.normal))
        )

    def fits(mention: Mention) -> bool:
        if mention.entity in taken_entities or mention.normal in taken_names:
            return False
        if noun in city_nouns:
            return not any(holds(mention, kind) for kind in kinds) and not is_state(
                mention.normal
            )
        if of_any_kind:
            return any(holds(mention, kind) for kind in kinds)
        return holds(mention, noun)

    places = [m for m in named_before(document, offset, {"LOC", "LOCORG"}, sentences_back)
              if fits(m)]  # fmt: skip
    known = [m for m in places if noun in city_nouns and is_known_city(m.normal)]
    return (known or places)[-1] if places else None


def holds_stem(name: str, noun: str) -> bool:
    """Whether a name holds the noun's stem ("Тверская область" holds "област", "Сбербанк"
    holds "банк"): how a name shows the kind of thing it names."""
    return _stem(noun) in name.lower().replace("ё", "е")


def organisation_meant(
    document: AnalysedDocument,
    noun: str,
    offset: int,
    types: Collection[str],
    sentences_back: int,
    *,
    kin_groups: Iterable[Collection[str]] = (),
    any_named_back: int | None = None,
    keep: Callable[[Mention], bool] | None = None,
    exclude: Collection[Mention] = (),
) -> Mention | None:
    """The organisation a common noun (lemma `noun`, at `offset`) with no name of its own
    ("банк", "компания", "суд") stands for. Candidates are the names of `types` before
    `offset`, in its sentence and the `sentences_back` before it, that the report
    introduced (there or earlier) as that noun or a kin one (of a `kin_groups` group
    holding it): the name holds its stem
    ("Сбербанк", "Басманный суд") or the noun stands right before the name ("банка
    «Заря»", "инвестфонд «X»"). Of those, one named in the noun's own sentence (the
    company a clause has just named, not its holding); then the one the report has named
    most often so far
    (whom it is about, not a former employer named once); of names named equally often,
    one introduced by the noun itself rather than a kin one, then one that was the subject
    of its sentence, introduced by the noun before its name
    ("Авиакомпания «X» подписала договор с лизинговой компанией «Y». Компании принадлежит
    …" is X; an institution whose name holds the noun, "Центральный банк отозвал лицензию
    у банка «Y»", is an actor named in passing), then the latest. When none
    was introduced so, the latest name within `any_named_back` sentences (None: none)."""
    nouns = {noun.lower()}.union(*(group for group in kin_groups if noun.lower() in group))
    excluded = {(m.start, m.entity) for m in exclude}
    excluded_entities = {m.entity for m in exclude if m.entity >= 0}

    def candidates(back: int) -> list[Mention]:
        return [
            m for m in named_before(document, offset, types, back)
            if (m.start, m.entity) not in excluded and m.entity not in excluded_entities
            and (keep is None or keep(m))
        ]  # fmt: skip

    def namings(mention: Mention) -> list[Mention]:
        return [
            m for m in document.mentions
            if m.start < offset and (
                m.entity == mention.entity if mention.entity >= 0 else m.normal == mention.normal
            )
        ]  # fmt: skip

    introduced = [
        m for m in candidates(sentences_back)
        if any(_introduced_with(document, named, nouns) for named in namings(m))
    ]  # fmt: skip
    if introduced:
        here = sentence_holding(document, offset)
        return max(
            reversed(introduced),
            key=lambda mention: (
                _in_sentence(document, mention, here),
                len(namings(mention)),
                # introduced by the very noun ("торговой группы «X»"), not a kin one only
                # ("агрофирма «Y»" for "группы")
                any(_introduced_with(document, named, {noun.lower()}) for named in namings(mention)),
                any(
                    is_sentence_subject(document, named)
                    and not any(_stem(noun) in named.normal.lower() for noun in nouns)
                    for named in namings(mention)
                ),
            ),
        )
    fallback = candidates(any_named_back) if any_named_back is not None else []
    return fallback[-1] if fallback else None


def _in_sentence(document: AnalysedDocument, mention: Mention, here: Sentence | None) -> bool:
    """Whether a candidate is named in the noun's own sentence: "проверил компанию «X», а
    затем наложил на компанию штраф" is X even when the report names its holding more."""
    there = sentence_holding(document, mention.start)
    return here is not None and there is not None and there.start == here.start


def introduced_as(
    document: AnalysedDocument, mention: Mention, nouns: Collection[str], offset: int
) -> bool:
    """Whether the report, before `offset`, named the mention's organisation with one of the
    nouns (its name holds one, or one stands right before it): "банк «Заря»", "Сбербанк"."""
    wanted = {noun.lower() for noun in nouns}
    return any(
        _introduced_with(document, m, wanted)
        for m in document.mentions
        if m.start < offset
        and (m.entity == mention.entity if mention.entity >= 0 else m.normal == mention.normal)
    )


def _introduced_with(document: AnalysedDocument, mention: Mention, nouns: set[str]) -> bool:
    """Whether the name holds one of the nouns' stems or the word right before it is one
    of the nouns, alone or ending a compound ("инвестфонд", "авиакомпания")."""
    if any(holds_stem(mention.text, noun) for noun in nouns):
        return True
    sentence = sentence_holding(document, mention.start)
    if sentence is None:
        return False
    before = [t for t in sentence.tokens if t.end <= mention.start and t.pos != "PUNCT"]
    last = before[-1] if before else None
    if last is not None and last.pos == "NOUN" and last.relation == "nmod" and (
        0 <= last.head < len(sentence.tokens)
    ):  # "сеть стоматологий «X»", however the tagger reads the genitive
        head = sentence.tokens[last.head].lemma.lower().replace("ё", "е")
        if any(head == noun or (len(noun) > 3 and head.endswith(noun)) for noun in nouns):
            return True
    if len(before) >= 2 and _genitive(before[-1], "NOUN") and (
        before[-1].feats.get("Number") == "Plur"
    ):  # "сеть пекарен «X»", "группа компаний «X»": the noun before what it is made of
        before = before[:-1]
        while len(before) >= 2 and _genitive(before[-1], "ADJ"):
            before = before[:-1]  # "сеть частных клиник «X»"
    word = before[-1].lemma.lower().replace("ё", "е") if before else ""
    return any(word == noun or (len(noun) > 3 and word.endswith(noun)) for noun in nouns)


def _genitive(token: Token, pos: str) -> bool:
    return token.pos == pos and token.feats.get("Case") == "Gen"


_SUBJECT_THROUGH = {"appos", "flat", "flat:name", "flat:foreign", "compound", "nmod"}


def clause_word(tokens: list[Token], index: int, through: Collection[str]) -> int | None:
    """The word through which the name holding word `index` takes its place in the clause:
    climb the relations in `through` that only make up a name or stand it by its noun
    ("Авиакомпания «X»": flat, appos …) to the first other relation. None on leaving the
    sentence or a loop in the tree. Extractors differ in what a name is made of, hence
    `through`."""
    seen: set[int] = set()
    while 0 <= index < len(tokens) and index not in seen:
        seen.add(index)
        if tokens[index].relation not in through:
            return index
        index = tokens[index].head
    return None


def depends_on(tokens: list[Token], position: int, head: int, steps: int = 3) -> bool:
    """Whether the token at `position` is `head` or hangs on it within `steps` steps up the
    tree ("the foreign minister of Chile": "Chile" hangs on the minister)."""
    at = position
    for _ in range(steps + 1):
        if at == head:
            return True
        if not 0 <= at < len(tokens) or tokens[at].head == at:
            return False
        at = tokens[at].head
    return False


def is_sentence_subject(document: AnalysedDocument, mention: Mention) -> bool:
    """Whether the name, or the noun it names ("Авиакомпания «X»", "Сеть пекарен «X»"),
    is the subject of its sentence's main clause: whom the report goes on about in the
    next sentence ("ВТБ взял это на себя. Банк выдаст …")."""
    sentence = sentence_holding(document, mention.start)
    if sentence is None:
        return False
    tokens = sentence.tokens
    inside = [i for i, t in enumerate(tokens) if mention.start <= t.start < mention.end]
    heads = [
        i for i in inside
        if not (0 <= tokens[i].head < len(tokens)) or tokens[i].head not in inside
    ]  # fmt: skip
    if not heads:
        return False
    index = clause_word(tokens, heads[0], _SUBJECT_THROUGH)
    if index is None or not tokens[index].relation.startswith("nsubj"):
        return False
    return 0 <= tokens[index].head < len(tokens) and tokens[tokens[index].head].relation == "root"


def _stem(noun: str) -> str:
    """The noun without a final vowel, as it shows inside a name ("компани", "банк")."""
    noun = noun.replace("ё", "е")
    return noun[:-1] if len(noun) > 3 and noun[-1] in "аяоеьиы" else noun


# A negation word heading a clause of its own ("открыла линию для тех, у кого нет
# отопления", read as a conjoined "нет") negates that clause, not its governor.
_OWN_CLAUSES = frozenset({"conj", "parataxis"})


# The views built so far inside `reusing_views`, by the identity of their class, document,
# sentence and words. Each view holds those objects, so no id in a key can be taken by
# another object while the view is kept. None outside the block: nothing is kept longer.
_ViewKey = tuple[type, int, int, int]
_built_views: ContextVar[dict[_ViewKey, SentenceView] | None] = ContextVar(
    "built_views", default=None
)


@contextmanager
def reusing_views() -> Iterator[None]:
    """Inside the block, `SentenceView.build` gives back the view it built before for the
    same document, sentence and words instead of building it again. The claim types, and
    the look-backs of several, each build the view of the same sentence (four builds per
    sentence on the devset). Reuse is safe because a view is only read once built, and no
    extractor changes the document, its sentences or their tokens."""
    if _built_views.get() is not None:
        yield  # an outer block already reuses
        return
    token = _built_views.set({})
    try:
        yield
    finally:
        _built_views.reset(token)


_CONJUNCT = frozenset({"conj"})


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
    # The sentence's tokens as a plain attribute, not a property: extractors read it over a
    # million times per devset pass, and a property call costs several times a lookup.
    tokens: list[Token] = field(init=False, repr=False, compare=False)
    # What `preposition` found for each word asked about: every claim type asks it of many
    # words, and the answer depends only on the sentence.
    _prepositions: dict[int, str] = field(default_factory=dict, repr=False, compare=False)
    # What `remembered` readings answered, by (reading, word): the word lists each answer was
    # read with, and the answer. Not an init field, so a view `dataclasses.replace` makes
    # (with other mentions) starts empty instead of sharing answers read on other mentions.
    _remembered: dict[tuple[Callable[..., object], int], tuple[object, object]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self.tokens = self.sentence.tokens

    @classmethod
    def build(
        cls, document: AnalysedDocument, sentence: Sentence, words: SentenceWords
    ) -> SentenceView:
        built = _built_views.get()
        if built is None:
            return cls._build(document, sentence, words)
        key = (cls, id(document), id(sentence), id(words))
        view = built.get(key)
        if view is None:
            view = built[key] = cls._build(document, sentence, words)
        return view

    @classmethod
    def _build(
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

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """The sentence's lemmas: a reading that needs one of a few words ("который") can
        ask once per sentence whether any is there before testing each word."""
        return frozenset(token.lemma for token in self.tokens)

    def token_indices(self, start: int, end: int) -> list[int]:
        return self.sentence.token_indices(start, end)

    def children(self, index: int) -> list[int]:
        return self._children[index]

    def subjects(self, index: int) -> list[int]:
        """The subjects (nsubj, nsubj:pass) hanging on a word, in text order: who acts, or
        what is acted on, in the clause the word heads; none where the subject is left out."""
        return [c for c in self.children(index) if self.tokens[c].relation.startswith("nsubj")]

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

    def sentences_before(self, count: int) -> list[Sentence]:
        """Up to `count` sentences of the document right before this one, in text order:
        where a bare post, a pronoun or a generic noun finds what it stands for."""
        position = self._position()
        position = 0 if position is None else position
        return self.document.sentences[max(0, position - count) : position]

    def sentences_after(self, count: int) -> list[Sentence]:
        """Up to `count` sentences of the document right after this one, in text order:
        where a side a report tells later is named ("… Кредит выдал Сбербанк")."""
        position = self._position()
        if position is None:
            return []
        return self.document.sentences[position + 1 : position + 1 + count]

    def _position(self) -> int | None:
        """This sentence's place among the document's."""
        return next(
            (i for i, s in enumerate(self.document.sentences) if s.start == self.sentence.start),
            None,
        )

    def views_before(self, count: int) -> Iterator[SentenceView]:
        """The `count` sentences before this one as views, the nearest first; each is built
        only when the caller reaches it (a look-back mostly stops at the first sentence)."""
        for sentence in reversed(self.sentences_before(count)):
            yield SentenceView.build(self.document, sentence, self.words)

    def ancestors(self, index: int) -> Iterator[int]:
        seen = {index}
        current = self.tokens[index].head
        while 0 <= current < len(self.tokens) and current not in seen:
            yield current
            seen.add(current)
            current = self.tokens[current].head

    def climb(self, index: int, relations: frozenset[str]) -> int:
        """The word reached going up from `index` while the relation is one of `relations`
        (the word itself if it is not); a cycle stops the climb."""
        current, seen = index, {index}
        while self.tokens[current].relation in relations:
            head = self.tokens[current].head
            if not 0 <= head < len(self.tokens) or head in seen:
                break
            seen.add(head)
            current = head
        return current

    def list_head(self, index: int) -> int:
        """The first member of the list the word is joined to (the word itself if none):
        the parser hangs every later member on the first one ("школы, сады и больницы")."""
        return self.climb(index, _CONJUNCT)

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
        """The preposition attached to a token ("в" for "в Лондоне"), or ''. Of two (a
        misparse: "делегация во главе с X встретилась с Y" hanging "во" on Y), the one right
        before the token: a preposition opens its own phrase."""
        found = self._prepositions.get(index)
        if found is None:
            found = self._prepositions[index] = self._preposition(index)
        return found

    def remembered(
        self, reading: Callable[[SentenceView, int, Lists], Answer], index: int, words: Lists
    ) -> Answer:
        """`reading(self, index, words)`, read once per word: several readers ask the same
        pure reading of the same word ("is it a project?" from the launch and again from the
        fitting words). The answer is reused only for the very same word lists."""
        key = (reading, index)
        entry = self._remembered.get(key)
        if entry is not None and entry[0] is words:
            return entry[1]  # type: ignore[return-value]
        answer = reading(self, index, words)
        self._remembered[key] = (words, answer)
        return answer

    def _preposition(self, index: int) -> str:
        cases = [c for c in self._children[index] if self.tokens[c].relation == "case"]
        if not cases:
            return ""
        before = [c for c in cases if c < index]
        return self.tokens[before[-1] if before else cases[0]].lemma

    def in_case(self, index: int, case: str) -> bool:
        """Whether the token stands in `case` ("Loc" for "в Лондоне"); in a language that
        marks no case, any token may."""
        return not self.words.marks_case or self.tokens[index].feats.get("Case") == case

    def bare_genitive(self, index: int) -> bool:
        """Whether the noun hangs on another in the genitive with no preposition
        ("закладка завода", "к запуску линии"): what the head noun is of."""
        token = self.tokens[index]
        return (
            token.relation == "nmod"
            and token.feats.get("Case") == "Gen"
            and not self.preposition(index)
        )

    def holds_bare_genitive(self, index: int) -> bool:
        """Whether a noun names what it is of by a bare genitive ("ремонт кровли",
        "ремонт школ"): a work with an object of its own."""
        return any(self.bare_genitive(child) for child in self.children(index))

    def modality(self, index: int) -> Modality:
        """Negated if the predicate (or its governor) carries a negation ("не"); planned if
        it looks ahead."""
        chain = self.clause_governors(index, 2)
        for position in chain:
            if any(
                self.tokens[c].lemma in self.words.negations
                and self.tokens[c].relation not in _OWN_CLAUSES  # "…, где нет отопления"
                and not self._not_only(c)  # "не только подписали, но и …" adds, not negates
                for c in self._children[position]
            ):
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

    def clause_governors(
        self, index: int, limit: int, shared_subordinator: bool = False
    ) -> list[int]:
        """`index` and up to `limit` words above it within its own clause: a finite verb
        joined to an earlier clause ("X не откажется от планов, и продолжится стройка")
        keeps its own tense and negation, so the climb stops there. With
        `shared_subordinator` (a condition or a need is looked for), a verb joined to a
        subordinate clause shares its subordinator ("Если A закроет склад, B купит завод",
        which the parser may hang on "закроет"), so the climb goes on there."""
        chain = [index]
        for position in self.ancestors(index):
            below = self.tokens[chain[-1]]
            if (
                below.relation == "conj"
                and below.feats.get("VerbForm") == "Fin"
                and not (shared_subordinator and self._subordinate(position))
            ):
                break
            if len(chain) > limit:
                break
            chain.append(position)
        return chain

    def _subordinate(self, index: int) -> bool:
        """A clause opened by a subordinator of its own ("если", "когда")."""
        return any(self.tokens[c].relation == "mark" and c < index for c in self._children[index])

    def _not_only(self, index: int) -> bool:
        """ "не только X, но и Y": the negation followed by "только" joins, it does not deny."""
        following = index + 1
        return following < len(self.tokens) and self.tokens[following].lemma == "только"

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
