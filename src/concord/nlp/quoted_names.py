"""Quoted organisation names the NER model misses or cuts wrongly.

A quoted name right after a noun that names a kind of organisation is an organisation
("банк «Монолит»", "разработчик игр «Нова»", "морской порт «Южный»"), and so is a quoted
name that continues a list of quoted organisations ("компаниям «Лотос», «Меридиан» и
«Берег»": the model often drops the last). Where the model took the kind noun for the
organisation ("Инвестфонд | «Орбита»"), the noun is not a body of its own. A quote after
a noun of a work or an event is a title, and a quote that reads like a citation (long, in
lower case, with a verb) is no name at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from concord.analysis import Sentence, Token
from concord.claim import Mention
from concord.knowledge.enterprise_nouns import (
    is_kind_noun,
    is_organisation_compound,
    is_place_kind,
    is_title_noun,
    takes_field,
)
from concord.knowledge.morphology import analyser, parses
from concord.knowledge.organisation_roles import (
    ACTING_VERBS,
    COMPANY_HEADS,
    LATIN_COMPANY_LAST_WORDS,
    MEMBER_MARKERS,
)
from concord.nlp.organisations import Located, locate
from concord.nlp.phrases import normalise_phrase
from concord.nlp.products import PRODUCT_NOUNS

_OPENING_QUOTES = {"«", "„", "“", '"'}
_CLOSING_QUOTES = {"»", "“", "”", '"'}
_NAME_WORDS = 5  # a longer quote is a citation, not a name
_FIELD_WORDS = 3  # "производитель молочной продукции «Луг»"
_LATIN_WORDS = 4
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'.-]*")
_CODE = re.compile(r"[A-ZА-ЯЁ]\d{1,3}")
_CITATION_MARKS = {".", "!", "?", ":", ";", ","}
# What may stand between two items of a list of quoted names.
_LIST_JOINTS = ((",",), ("и",), ("или",), (",", "и"), (",", "а", "также"), ("а", "также"))


@dataclass(frozen=True)
class Quoted:
    """A quoted name: the token indices of its quotes within its sentence."""

    sentence: Sentence
    opening: int
    closing: int

    @property
    def inner(self) -> range:
        return range(self.opening + 1, self.closing)


def quoted_organisations(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Mentions with the quoted organisation names added and kind nouns taken for a body
    dropped; a person or place read into such a name becomes the organisation."""
    by_sentence: dict[int, list[Located]] = {}
    for item in locate(sentences, mentions):
        by_sentence.setdefault(id(item.sentence), []).append(item)
    dropped: set[int] = set()  # ids of mentions to drop
    retyped: set[int] = set()
    added: list[Mention] = []
    after_kinds = {
        id(sentence): organisation_names(sentence, by_sentence.get(id(sentence), []))
        for sentence in sentences
    }
    organisation_keys = _introduced_organisations(mentions, after_kinds)
    for sentence in sentences:
        inside = by_sentence.get(id(sentence), [])
        titles = title_names(sentence)
        for name in titles:
            dropped.update(
                id(item.mention)
                for item in inside
                if item.mention.type == "ORG" and _within(item, name)
            )
        for latin in latin_organisation_names(sentence):
            if not any(_overlaps(item, latin.inner) for item in inside):
                added.append(_mention(latin))
        for company in latin_company_names(sentence):
            overlapping = [item for item in inside if _overlaps(item, company.inner)]
            if any(item.mention.type == "ORG" and _covers(item, company) for item in overlapping):
                continue
            if all(_within(item, company) for item in overlapping):
                dropped.update(id(item.mention) for item in overlapping)
                added.append(_mention(company))
        after_kind = after_kinds[id(sentence)]
        added.extend(
            _mention(name)
            for name in quoted_names(sentence)
            if name not in titles
            and name not in after_kind
            and not any(_overlaps(item, name.inner) for item in inside)
            and (
                _named_as_organisation(name, organisation_keys)
                or _stands_as_organisation(name, inside)
            )
        )
        for name in after_kind:
            if name in titles and kind_before(sentence.tokens, name.opening) is None:
                continue  # "песни «А» и «Б» (2019) и «В»": a list of titles, not of bodies
            overlapping = [item for item in inside if _overlaps(item, name.inner)]
            for item in inside:
                if item.mention.type == "ORG" and _is_kind_only(item, name):
                    dropped.add(id(item.mention))
            if any(item.mention.type == "ORG" for item in overlapping):
                continue
            retyped.update(id(item.mention) for item in overlapping if _read_wrongly(item, name))
            if not overlapping:
                added.append(_mention(name))
    kept = [
        replace(mention, type="ORG") if id(mention) in retyped else mention
        for mention in mentions
        if id(mention) not in dropped
    ]
    return kept + added


def _introduced_organisations(
    mentions: list[Mention], after_kinds: dict[int, list[Quoted]]
) -> set[tuple[str, ...]]:
    """The keys of the quoted names the report introduces as organisations: with a legal
    form or a kind before the quote ("ОАО «Уралкабель»", "агрохолдинг «Сибагро»"). A bare
    quote the model took for a body ("полёт «Атлантиса»") introduces nothing."""
    introduced = {
        _key(mention.normal.split())
        for mention in mentions
        if mention.type == "ORG" and _descriptor_before_quote(mention.text)
    }
    for names in after_kinds.values():
        introduced.update(
            _key([name.sentence.tokens[index].text for index in name.inner]) for name in names
        )
    return introduced


def _descriptor_before_quote(text: str) -> bool:
    opening = min((text.find(mark) for mark in _OPENING_QUOTES if mark in text), default=-1)
    return opening > 0 and bool(text[:opening].strip())


def _named_as_organisation(name: Quoted, organisation_keys: set[tuple[str, ...]]) -> bool:
    """A quoted name with no kind noun before it is an organisation when the report
    introduces that organisation elsewhere ("купил «Сибагро»" after "агрохолдинг
    «Сибагро»": the model tags one and not the other), or when a word of it is one the dictionary lists as
    an organisation or a compound it does not know holding an organisation's part
    ("«Газстройпром»")."""
    words = [token.text for token in name.sentence.tokens[name.inner[0] : name.inner[-1] + 1]]
    if _key(words) in organisation_keys:
        return True
    return any(_organisation_word(word) for word in words)


def _stands_as_organisation(name: Quoted, inside: list[Located]) -> bool:
    """A bare quoted name (no noun before it) the sentence uses as a body: with its owner's
    genitive after it, as the doer of buying, owning or fining, as a member of a plural
    kind ("сети, включая «Ленту»"), or headed by a company's noun of its own."""
    tokens = name.sentence.tokens
    if name.opening > 0 and tokens[name.opening - 1].pos in {"NOUN", "PROPN", "ADJ"}:
        return False  # "торт «Наполеон»": the noun says what the quote names
    return (
        _doer_of_acting_verb(name)
        or _owned_aside(name, inside)
        or _member_of_kind(name)
        or _company_headed(name)
    )


def _name_head(name: Quoted) -> Token | None:
    """The word of the name that hangs outside it."""
    tokens = name.sentence.tokens
    outside = [tokens[i] for i in name.inner if tokens[i].head not in name.inner]
    return outside[0] if len(outside) == 1 else None


def _owned_aside(name: Quoted, inside: list[Located]) -> bool:
    """ "претендент — «Эконива» Штефана Дюрра": a person's genitive right after a quote
    set beside a noun owns it. Elsewhere the genitive is as often a work's author
    ("«Левиафан» Андрея Звягинцева получил приз", "показали «Сталкер» … и «Брат» Y")."""
    after = name.closing + 1
    tokens = name.sentence.tokens
    head = _name_head(name)
    if head is None or head.relation != "appos":
        return False
    return (
        after < len(tokens)
        and tokens[after].feats.get("Case") == "Gen"
        and any(item.mention.type == "PER" and item.first == after for item in inside)
    )


def _doer_of_acting_verb(name: Quoted) -> bool:
    head = _name_head(name)
    if head is None or not 0 <= head.head < len(name.sentence.tokens):
        return False
    verb = name.sentence.tokens[head.head]
    if verb.pos not in {"VERB", "AUX"} or verb.lemma.lower() not in ACTING_VERBS:
        return False
    if head.relation == "nsubj":  # "«Наполеон» продают": no agreement, not the subject
        agrees = head.feats.get("Number") in {None, verb.feats.get("Number")}
        return agrees and verb.feats.get("Voice") != "Pass"
    passive_agent = head.relation in {"obl", "obl:agent"} and head.feats.get("Case") == "Ins"
    return passive_agent and verb.feats.get("Voice") == "Pass"


def _member_of_kind(name: Quoted) -> bool:
    tokens = name.sentence.tokens
    head = _name_head(name)
    if head is None or not 0 <= head.head < len(tokens):
        return False
    marker = tokens[head.head]
    if marker.text.lower() not in MEMBER_MARKERS or not 0 <= marker.head < len(tokens):
        return False
    kind = tokens[marker.head]
    return kind.feats.get("Number") == "Plur" and is_kind_noun(kind.lemma)


def _company_headed(name: Quoted) -> bool:
    """ "«Русская лесная группа»": adjectives and a company's noun last."""
    words = [name.sentence.tokens[i] for i in name.inner]
    return (
        len(words) >= 2
        and words[-1].lemma.lower() in COMPANY_HEADS
        and all(word.pos == "ADJ" for word in words[:-1])
    )


def _organisation_word(word: str) -> bool:
    """The dictionary lists the word as an organisation, or does not know it and it holds
    an organisation's part ("Здравоохранение" is known and a common word)."""
    readings = parses(word.lower())
    if any("Orgn" in reading.tag for reading in readings):
        return True
    return is_organisation_compound(word) and not analyser().word_is_known(word.lower())


def _key(words: list[str]) -> tuple[str, ...]:
    """A name's words in their dictionary forms, so that cases do not matter."""
    return tuple(
        readings[0].normal_form if (readings := parses(word.lower())) else word.lower()
        for word in words
        if word not in _OPENING_QUOTES and word not in _CLOSING_QUOTES
    )


def organisation_names(sentence: Sentence, located: list[Located]) -> list[Quoted]:
    """The quoted names of a sentence that name organisations: after a kind noun, or
    continuing a list whose previous item is an organisation."""
    tokens = sentence.tokens
    names = quoted_names(sentence)
    found = []
    previous: Quoted | None = None
    previous_is_organisation = False
    for position, name in enumerate(names):
        following = names[position + 1] if position + 1 < len(names) else None
        is_organisation = _after_kind(tokens, name, following) or (
            previous is not None
            and previous_is_organisation
            and _joins(tokens, previous.closing, name.opening)
        )
        if is_organisation:
            found.append(name)
        previous = name
        previous_is_organisation = is_organisation or any(
            item.mention.type == "ORG" and _overlaps(item, name.inner) for item in located
        )
    return found


def latin_organisation_names(sentence: Sentence) -> list[Quoted]:
    """Names in Latin letters without quotes right after a kind noun ("сервис доставки
    еды FoodRun", "фонд Blue Ridge"): in Russian text Latin letters after a kind mark a
    name just as quotes do. The span is given as if quoted (its neighbours as quotes)."""
    tokens = sentence.tokens
    found = []
    index = 1
    while index < len(tokens):
        if not (_latin(tokens[index]) and tokens[index].text[:1].isupper()):
            index += 1
            continue
        end = index
        while end + 1 < len(tokens) and end + 1 - index < _LATIN_WORDS and _latin(tokens[end + 1]):
            end += 1
        kind = kind_before(tokens, index)
        if kind is not None and not (kind < index - 1 and _latin_list(tokens, end)):
            found.append(Quoted(sentence, index - 1, end + 1))
        index = end + 1
    return found


def latin_company_names(sentence: Sentence) -> list[Quoted]:
    """Runs of capitalised Latin words that end in a company's word ("Midland Group",
    "FERMOVANT ALLIANCE CORP", "High River Gold Mines"): given as if quoted."""
    tokens = sentence.tokens
    found = []
    for last, token in enumerate(tokens):
        if not (_latin(token) and token.text.lower() in LATIN_COMPANY_LAST_WORDS):
            continue
        first = last
        while first > 0 and last - first < _LATIN_WORDS and _latin_name_word(tokens[first - 1]):
            first -= 1
        if first < last and tokens[first].text[:1].isupper():
            found.append(Quoted(sentence, first - 1, last + 1))
    return found


def _latin_name_word(token: Token) -> bool:
    """A capitalised Latin word, "&", or a code of a capital and digits in either script
    ("Х5 Retail Group" is often typed with a Cyrillic "Х")."""
    text = token.text
    return text == "&" or (_latin(token) and text[:1].isupper()) or bool(_CODE.fullmatch(text))


def _latin_list(tokens: list[Token], end: int) -> bool:
    """ "разработчик игр FishTown и CarWorld": a body with its field before a list of names
    is the field's items (games), not the body."""
    return (
        end + 2 < len(tokens)
        and tokens[end + 1].text in {",", "и"}
        and _latin(tokens[end + 2])
        and tokens[end + 2].text[:1].isupper()
    )


def _latin(token: Token) -> bool:
    return bool(_LATIN_WORD.fullmatch(token.text))


def _after_kind(tokens: list[Token], name: Quoted, following: Quoted | None) -> bool:
    """After a kind noun; but one body with its field before a list of quoted names is
    the field's items ("разработчик игр «А» и «Б»": games), not the body."""
    kind = kind_before(tokens, name.opening)
    if kind is None:
        return False
    listed = following is not None and _joins(tokens, name.closing, following.opening)
    return not (listed and kind < name.opening - 1 and tokens[kind].feats.get("Number") == "Sing")


def title_names(sentence: Sentence) -> list[Quoted]:
    """Quoted titles: after a noun of a work or an event, and the quoted names that continue
    their list ("песни «А», «Б» и «В»"). A quoted genitive after a title noun that is not
    in the genitive itself names whose the work is ("альбом «Битлз»", "проект «Газпрома»")."""
    found: list[Quoted] = []
    title: Token | None = None
    tokens = sentence.tokens
    for name in quoted_names(sentence):
        before = tokens[name.opening - 1] if name.opening > 0 else None
        if before is not None and (is_title_noun(before.lemma) or before.lemma in PRODUCT_NOUNS):
            title = before
        elif not (found and _joins(tokens, found[-1].closing, name.opening)):
            title = None
        if title is None or _owner_of(tokens[name.inner[0]], title):
            title = None
            continue
        found.append(name)
    return found


def _owner_of(first: Token, title: Token) -> bool:
    return first.feats.get("Case") == "Gen" and title.feats.get("Case") != "Gen"


def quoted_names(sentence: Sentence) -> list[Quoted]:
    """Quoted spans that look like names: one to five words, the first capitalised or a
    digit, no sentence punctuation and no finite verb inside."""
    tokens = sentence.tokens
    found = []
    index = 0
    while index < len(tokens):
        if tokens[index].text not in _OPENING_QUOTES:
            index += 1
            continue
        closing = next(
            (
                other
                for other in range(index + 1, min(index + _NAME_WORDS + 2, len(tokens)))
                if tokens[other].text in _CLOSING_QUOTES
            ),
            None,
        )
        if closing is None:
            index += 1
            continue
        name = Quoted(sentence, index, closing)
        if _looks_like_name([tokens[i] for i in name.inner]):
            found.append(name)
        index = closing + 1
    return found


def kind_before(tokens: list[Token], opening: int) -> int | None:
    """The index of the kind noun the quoted name at `opening` stands after, if any:
    right before it, or before the field it works in ("сеть магазинов «…»")."""
    index = opening - 1
    while index >= 0 and opening - 1 - index < _FIELD_WORDS and _field_word(tokens[index]):
        index -= 1
    if index < 0 or tokens[index].pos not in {"NOUN", "PROPN"}:
        return None
    kind = tokens[index].lemma
    if not (is_kind_noun(kind) or is_kind_noun(tokens[index].text)):
        return None
    if index < opening - 1 and not takes_field(kind):
        return None
    return index


def _field_word(token: Token) -> bool:
    return (
        token.pos in {"NOUN", "ADJ"}
        and token.text[:1].islower()
        and token.feats.get("Case") == "Gen"
        and not is_kind_noun(token.lemma)
    )


def _looks_like_name(tokens: list[Token]) -> bool:
    if not tokens or len(tokens) > _NAME_WORDS:
        return False
    first = tokens[0].text
    if not (first[:1].isupper() or first[:1].isdigit()):
        return False
    return not any(
        token.text in _CITATION_MARKS
        or (token.pos in {"VERB", "AUX"} and token.feats.get("VerbForm") == "Fin")
        for token in tokens
    )


def _joins(tokens: list[Token], closing: int, opening: int) -> bool:
    """A list's joint, after the previous item's note in brackets if it has one
    ("«А» (упаковка) и «Б»")."""
    start = closing + 1
    if start < opening and tokens[start].text == "(":
        start = next((i + 1 for i in range(start, opening) if tokens[i].text == ")"), start)
    between = tuple(token.text.lower() for token in tokens[start:opening])
    return between in _LIST_JOINTS


def _overlaps(item: Located, indices: range) -> bool:
    return item.first <= indices[-1] and indices[0] <= item.last


def _within(item: Located, name: Quoted) -> bool:
    return name.inner[0] <= item.first and item.last <= name.inner[-1]


def _covers(item: Located, name: Quoted) -> bool:
    return item.first <= name.inner[0] and name.inner[-1] <= item.last


def _is_kind_only(item: Located, name: Quoted) -> bool:
    """An organisation mention that is nothing but the kind noun (and its adjectives)
    right before the quoted name: "Инвестфонд" of "Инвестфонд «Орбита»"."""
    tokens = item.sentence.tokens
    kind = kind_before(tokens, name.opening)
    if kind is None or not kind <= item.last < name.opening or item.first > kind:
        return False
    return all(tokens[i].pos == "ADJ" for i in range(item.first, kind))


def _read_wrongly(item: Located, name: Quoted) -> bool:
    """A person or place the model read inside a quoted organisation name ("элеватор
    «Колос»"); a place after a kind that is a place too ("аэропорт «Внуково»") stays."""
    if not _within(item, name):
        return False
    if item.mention.type == "PER":
        return True
    kind = kind_before(name.sentence.tokens, name.opening)
    return kind is not None and not is_place_kind(name.sentence.tokens[kind].lemma)


def _mention(name: Quoted) -> Mention:
    sentence = name.sentence
    tokens = [sentence.tokens[i] for i in name.inner]
    start, end = tokens[0].start, tokens[-1].end
    text = sentence.text[start - sentence.start : end - sentence.start]
    normal = normalise_phrase(tokens, name.inner[0]).strip()
    return Mention(start, end, text, "ORG", normal)
