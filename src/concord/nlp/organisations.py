"""Organisation mentions completed where the NER model cuts them short.

The model often stops an organisation's name before the place or body it belongs to
("Министерство внутренних дел | Пакистана", "МИД | РФ") and leaves out the relative
adjective in front ("японского | МИДа", "российского | Минсельхоза"). Both belong to
the name: the place in the genitive says whose ministry it is, and a relative
adjective that agrees with the first noun is part of the descriptive name.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from concord.analysis import Sentence, Token
from concord.claim import Mention
from concord.knowledge.countries import state_names
from concord.knowledge.enterprise_nouns import is_kind_noun
from concord.knowledge.morphology import parses
from concord.knowledge.transliteration import is_latin
from concord.nlp.phrases import normalise_phrase

_OWNER_TYPES = {"LOC", "LOCORG", "ORG"}
# Parts and bodies of an organisation that take it as a genitive owner: "отдел … HP",
# "президентский совет ФИДЕ", "кафедра социальных коммуникаций РГГУ".
UNIT_NOUNS = {
    "комитет", "комиссия", "совет", "федерация", "отдел", "отделение", "департамент",
    "управление", "служба", "пресс-служба", "бюро", "кафедра", "факультет", "экспедиция",
    "филиал", "подразделение", "президиум", "правление", "секретариат", "штаб", "палата",
    "ассамблея", "делегация", "представительство", "посольство", "министерство",
    "ведомство", "институт", "лаборатория", "сборная", "дирекция", "канцелярия",
    "аппарат", "суд", "трибунал",
}  # fmt: skip
# Relative adjectives without a -ский/-цкий suffix that commonly open an official name.
STATUS_ADJECTIVES = {
    "государственный", "федеральный", "национальный", "международный", "всемирный",
    "центральный", "верховный", "муниципальный", "областной", "районный", "региональный",
    "синодальный", "антимонопольный", "налоговый", "таможенный", "исполнительный",
    "законодательный", "конституционный", "арбитражный", "следственный", "избирательный",
    "шахматный", "футбольный", "хоккейный", "торговый", "научный", "военный",
}  # fmt: skip
_GAP_LIMIT = 5
_PURPOSE_PREPOSITIONS = {"по", "при", "против"}
_OPENING_QUOTES = {"«", "„", "“", '"'}
_QUANTITY_MARKS = {"%", "процент", "процентов", "процента", "млн", "млрд", "тыс"}


@dataclass
class Located:
    """A mention with the sentence it lies in and the index of its first token."""

    mention: Mention
    sentence: Sentence
    first: int
    last: int


def locate(sentences: list[Sentence], mentions: list[Mention]) -> list[Located]:
    """Mentions with their sentence and token range (a mention lies in one sentence)."""
    starts = [sentence.start for sentence in sentences]
    located = []
    for mention in mentions:
        sentence = sentences[max(bisect_right(starts, mention.start) - 1, 0)]
        indices = sentence.token_indices(mention.start, mention.end)
        if indices:
            located.append(Located(mention, sentence, indices[0], indices[-1]))
    return located


def complete_organisations(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Each organisation extended by the owner after it and the adjectives before it;
    an organisation that is now a prefix of another is dropped as its duplicate."""
    located = locate(sentences, mentions)
    by_start = {(id(item.sentence), item.first): item for item in located}
    # From the last mention back, so that an owner is completed before the body it owns
    # ("ГУ" + "МЧС" + "России" + "по ЕАО": "МЧС России" first, then "ГУ МЧС России …").
    completed_at: dict[int, Located] = {}
    for position in range(len(located) - 1, -1, -1):
        item = located[position]
        key = (id(item.sentence), item.first)
        item = _completed(item, by_start)
        if by_start.get(key) is located[position]:
            by_start[key] = item
        completed_at[position] = item
    completed = [completed_at[position] for position in range(len(located))]
    organisations = [item.mention for item in completed if item.mention.type == "ORG"]
    for item in list(completed):
        unit = _unit_before(item) if item.mention.type in _OWNER_TYPES else None
        if unit is not None and not any(
            other is not item.mention
            and other.start < unit.mention.end
            and unit.mention.start < other.end
            for other in organisations
        ):
            completed.append(_with_purpose(unit))  # "управления ГИБДД | по Москве"
    return [item.mention for item in _without_prefixes(completed)]


def _completed(item: Located, by_start: dict[tuple[int, int], Located]) -> Located:
    """One mention with its owner, branch, purpose and adjectives taken in."""
    if item.mention.type == "PER":
        item = _adjective_before_kind(item)
    if item.mention.type == "ORG":
        item = _without_quantity(item)
        item = _without_holder(item)
        item = _with_owner(item, by_start)
        item = _with_country_branch(item, by_start)
        item = _with_purpose(item)
        item = _with_adjectives(item)
    return item


def _legal_name_opens(tokens: list[Token], index: int) -> bool:
    """A legal form or a kind's abbreviation before a quoted name ("ЗАО «МС-Директ»",
    "ГМК «Норильский никель»") opens a body's full name, which stands on its own: after
    an enterprise, what owns it is read by the ownership claims, not glued to its name."""
    return (
        index + 1 < len(tokens)
        and _abbreviation(tokens[index].text)
        and tokens[index + 1].text in _OPENING_QUOTES
    )


def _enterprise(item: Located) -> bool:
    """A company in Latin letters or an enterprise of some kind ("Быстринского ГОКа"),
    which may be another company's property; a body's unit ("совет директоров ОАО «…»")
    belongs to the company and keeps it in its name."""
    tokens = item.sentence.tokens[item.first : item.last + 1]
    if any(token.lemma in UNIT_NOUNS for token in tokens):
        return False
    return any(is_latin(token.text) for token in tokens) or any(
        token.pos == "NOUN" and is_kind_noun(token.lemma) for token in tokens
    )


def _with_owner(item: Located, by_start: dict[tuple[int, int], Located]) -> Located:
    """ "Министерство внутренних дел" + "Пакистана": a genitive name right after an
    organisation names its owner, when nothing but a space stands between them."""
    sentence, last = item.sentence, item.last
    following = by_start.get((id(sentence), last + 1))
    if following is None or following.mention.type not in _OWNER_TYPES:
        return item
    if following.mention.start - item.mention.end > 1:
        return item  # punctuation or a line break in between
    owner = sentence.tokens[_head_index(following)]
    if _legal_name_opens(sentence.tokens, last + 1) and _enterprise(item):
        return item  # "компания Tele2 ЗАО «МС-Директ»": a second body, not the owner's name
    inside = range(item.first, last + 1)
    if not (_genitive(owner) or _indeclinable_apposition(owner, inside)):
        return item
    if not (owner.head in inside or _abbreviation(owner.text)):
        return item
    return _rebuild(item, item.first, following.last)


def _head_index(item: Located) -> int:
    """The word of a mention that the rest of it hangs on: "Ростовской области" is
    ruled by "области", so its case and its attachment are the whole phrase's."""
    inside = range(item.first, item.last + 1)
    tokens = item.sentence.tokens
    return next((index for index in inside if tokens[index].head not in inside), item.first)


def _with_country_branch(item: Located, by_start: dict[tuple[int, int], Located]) -> Located:
    """ "Tele2 Россия", "Danone Россия": a company named in Latin letters and a state's name
    right after it, in the nominative whatever the sentence's case, is the company's branch in
    that state, one organisation (the state is no side of its own). Digits glued to the
    company's name ("Tele" + "2") belong to it."""
    sentence, last = item.sentence, item.last
    if not any("a" <= letter.lower() <= "z" for letter in item.mention.text):
        return item
    end = item.mention.end
    while (
        last + 1 < len(sentence.tokens)
        and sentence.tokens[last + 1].start == end
        and sentence.tokens[last + 1].text.isdigit()
    ):
        last += 1  # "Tele2": the tagger's name may stop before the glued digits
        end = sentence.tokens[last].end
    following = by_start.get((id(sentence), last + 1))
    if following is None or following.mention.type not in {"LOC", "LOCORG"}:
        return item
    country = following.mention
    if country.start - end != 1 or country.text != country.normal:
        return item
    if country.normal not in state_names():
        return item
    return _rebuild(item, item.first, following.last)


_INDECLINABLE_ENDINGS = ("о", "у", "ю", "и", "е", "э")


def _indeclinable_apposition(owner: Token, inside: range) -> bool:
    """ "университет Оулу", "университет Тарту": a foreign place name that does not
    decline stands after the organisation in apposition, in the form of every case."""
    return (
        owner.relation == "appos"
        and owner.head in inside
        and owner.text[:1].isupper()
        and owner.text.lower().endswith(_INDECLINABLE_ENDINGS)
    )


def _with_purpose(item: Located) -> Located:
    """ "Бюро США по патентам и товарным знакам", "комитет ООН против пыток": a
    prepositional phrase the parser hangs on the organisation is part of its name
    (one hung on the verb, "суд Москвы по иску банка взыскал", is not)."""
    tokens, last = item.sentence.tokens, item.last
    if last + 2 >= len(tokens) or tokens[last + 1].lemma not in _PURPOSE_PREPOSITIONS:
        return item
    first = last + 2  # "по горнорудному сотрудничеству", "по Курганской области"
    while first + 1 < len(tokens) and tokens[first].pos == "ADJ":
        first += 1
    noun = tokens[first]
    if noun.pos not in {"NOUN", "PROPN"} or noun.relation != "nmod":
        return item
    if noun.head not in range(item.first, last + 1):
        return item
    end = first
    while end + 1 < len(tokens) and (
        tokens[end + 1].pos in {"NOUN", "PROPN", "ADJ"} or tokens[end + 1].text == "и"
    ):
        end += 1
    while tokens[end].pos not in {"NOUN", "PROPN"}:
        end -= 1
    for index in range(last + 2, end + 1):
        if tokens[index].head not in range(item.first, max(end, first) + 1):
            end = index - 1
            break
    while end > last + 2 and tokens[end].pos not in {"NOUN", "PROPN"}:
        end -= 1
    return _rebuild(item, item.first, end)


def _with_adjectives(item: Located) -> Located:
    """ "японского МИДа", "государственной Комиссии": relative adjectives agreeing with
    the organisation's first word; qualities ("новый", "крупнейший") stay outside."""
    tokens = item.sentence.tokens
    head = tokens[item.first]
    if head.pos not in {"NOUN", "PROPN"}:
        return item
    start = item.first
    while start > 0 and _relative_adjective(tokens[start - 1], head):
        start -= 1
    return item if start == item.first else _rebuild(item, start, item.last)


def _without_quantity(item: Located) -> Located:
    """ "российскому ВТБ | 51%": a number the model takes in at a name's end belongs to
    the share after it, not to the name ("Канал 5" keeps its number)."""
    tokens, last = item.sentence.tokens, item.last
    if last == item.first or tokens[last].pos != "NUM" or last + 1 >= len(tokens):
        return item
    if tokens[last + 1].text not in _QUANTITY_MARKS:
        return item
    return _rebuild(item, item.first, last - 1)


def _adjective_before_kind(item: Located) -> Located:
    """ "Гродненским | облисполкомом": a one-word "person" that reads only as an adjective
    agreeing with the kind noun right after it is the organisation's adjective (the tagger
    took the capitalised adjective for a surname)."""
    tokens, last = item.sentence.tokens, item.last
    if last != item.first or last + 1 >= len(tokens):
        return item
    kind = tokens[last + 1]
    if not (kind.text[:1].islower() and is_kind_noun(kind.lemma)):
        return item
    adjective = {
        (r.tag.case, r.tag.number) for r in parses(tokens[last].text.lower()) if r.tag.POS == "ADJF"
    }
    noun = {(r.tag.case, r.tag.number) for r in parses(kind.text.lower()) if r.tag.POS == "NOUN"}
    if not adjective & noun:
        return item
    organisation = Located(replace(item.mention, type="ORG"), item.sentence, last, last + 1)
    return _rebuild(organisation, last, last + 1)


def _without_holder(item: Located) -> Located:
    """ "Экс-председатель Верховного народного собрания": an organisation's first word
    is never a person; the NER model sometimes takes in the post before the name."""
    first = item.first
    while first < item.last and _person_noun(item.sentence.tokens[first]):
        first += 1
    return item if first == item.first else _rebuild(item, first, item.last)


def _person_noun(token: Token) -> bool:
    readings = [r for r in parses(token.text.lower()) if r.tag.POS == "NOUN"]
    return (
        token.pos == "NOUN"
        and bool(readings)
        and all("anim" in r.tag and not {"Name", "Surn", "Patr"} & r.tag.grammemes for r in readings)
    )


def _unit_before(item: Located) -> Located | None:
    """ "отдела корпоративных серверов и сетей HP": a unit noun, then lower-case
    genitive words, then the owner's name make one organisation; the owner stays a
    mention of its own."""
    tokens = item.sentence.tokens
    owner = tokens[item.first]
    if not (_genitive(owner) or owner.feats.get("Case") is None):
        return None
    gap = _GAP_LIMIT if item.mention.type == "ORG" else 1
    index = item.first - 1
    while (
        index >= 0
        and item.first - index <= gap
        and tokens[index].lemma not in UNIT_NOUNS
        and tokens[index].text[:1].islower()
        and (
            (tokens[index].pos in {"NOUN", "ADJ"} and tokens[index].feats.get("Case") == "Gen")
            or tokens[index].text == "и"
        )
    ):
        index -= 1
    if index < 0 or tokens[index].lemma not in UNIT_NOUNS or tokens[index].pos != "NOUN":
        return None
    if index + 1 < item.first and tokens[index + 1].text == "и":
        return None
    unit = Located(replace(item.mention, type="ORG"), item.sentence, index, item.last)
    return _with_adjectives(_rebuild(unit, index, item.last))


def _relative_adjective(token: Token, noun: Token) -> bool:
    if token.pos != "ADJ" or token.relation != "amod":
        return False
    if any(token.feats.get(key) != noun.feats.get(key) for key in ("Case", "Number")):
        return False
    readings = [r for r in parses(token.text.lower()) if r.tag.POS == "ADJF"]
    if not readings or any(
        {"Qual", "Apro", "Anum", "Supr"} & set(r.tag.grammemes) for r in readings
    ):
        return False
    lemma = readings[0].normal_form
    return (
        token.text[:1].isupper()
        or lemma.endswith(("ский", "цкий"))
        or lemma.split("-")[-1] in STATUS_ADJECTIVES
    )


def _genitive(token: Token) -> bool:
    return token.feats.get("Case") == "Gen" or _abbreviation(token.text)


def _abbreviation(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _rebuild(item: Located, first: int, last: int) -> Located:
    sentence = item.sentence
    tokens = sentence.tokens[first : last + 1]
    start, end = tokens[0].start, tokens[-1].end
    text = sentence.text[start - sentence.start : end - sentence.start]
    normal = normalise_phrase(tokens, first).strip()
    mention = replace(item.mention, start=start, end=end, text=text, normal=normal)
    return Located(mention, sentence, first, last)


def _without_prefixes(located: list[Located]) -> list[Located]:
    furthest: dict[int, int] = {}  # an organisation's start: the furthest end from there
    for mention in (item.mention for item in located):
        if mention.type == "ORG":
            furthest[mention.start] = max(furthest.get(mention.start, mention.end), mention.end)
    kept = []
    seen: set[tuple[int, int, str]] = set()
    for item in located:
        mention = item.mention
        key = (mention.start, mention.end, mention.type)
        if key in seen:
            continue
        if mention.type == "ORG" and furthest[mention.start] > mention.end:
            continue  # a prefix of a longer organisation name
        seen.add(key)
        kept.append(item)
    return kept
