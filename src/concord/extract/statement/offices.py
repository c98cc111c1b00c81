"""Which office a referring post names, and which offices the text gave a person: what
`people.person_meant` needs to tell "губернатор отметила" from the journalist named last
("журналистке X"), or "По словам градоначальника" (the man introduced as "Мэр Воронежа
X") from his deputy named after him ("его заместитель Y"). An office is a post noun's
lemma, with its genitive for a head that names nothing alone ("глава региона"); offices
of one set of `StatementWords.post_equivalents` are one office."""

from __future__ import annotations

from functools import cache

from concord.analysis import AnalysedDocument, Token
from concord.claim import Mention
from concord.extract.sentence_view import sentence_holding
from concord.extract.statement.names import same_person
from concord.extract.statement.words import StatementWords

_PHRASE = 4  # words a post may stand before its holder's name ("Мэр Воронежа X")


def office_of(tokens: list[Token], position: int, words: StatementWords) -> str:
    """The office a noun names: its lemma, or with its genitive's lemma where some listed
    office opens with that noun ("глава региона": "глава регион")."""
    lemma = tokens[position].lemma.lower()
    if lemma not in _multiword_heads(words.post_equivalents):
        return lemma
    for token in tokens[position + 1 : position + 3]:
        if token.head == position and token.pos in {"NOUN", "PROPN"}:
            return f"{lemma} {token.lemma.lower()}"
    return lemma


@cache
def _multiword_heads(post_equivalents: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The first nouns of the listed offices of several words ("глава" of "глава регион")."""
    return frozenset(
        key.split()[0] for offices in post_equivalents for key in offices if " " in key
    )


def listed_office(office: str, words: StatementWords) -> frozenset[str]:
    """The set of offices one with `office` holds, or an empty set for a post not listed
    ("чиновник", "политик" fit anyone with a post)."""
    return next((offices for offices in words.post_equivalents if office in offices), frozenset())


def offices_given(
    analysed: AnalysedDocument, person: Mention, before: int, words: StatementWords
) -> set[str]:
    """The offices the text gave the person before `before`: a person noun standing right
    before a naming ("Мэр Воронежа X", "журналистке X", "его заместитель X") or in
    apposition to it ("X, пресс-секретаря губернатора", "ведущему программы … X")."""
    given: set[str] = set()
    for naming in analysed.mentions:
        if naming.type != "PER" or naming.start >= before or not same_person(person, naming):
            continue
        sentence = sentence_holding(analysed, naming.start)
        if sentence is None:
            continue
        tokens = sentence.tokens
        inside = sentence.token_indices(naming.start, naming.end)
        if not inside:
            continue
        following = [
            i
            for i in range(len(tokens))
            if i not in inside
            and _person_noun(tokens[i])
            and tokens[i].relation == "appos"
            and tokens[i].head in inside
        ]
        nouns = following + [
            i
            for i in range(len(tokens))
            if i not in inside
            and _person_noun(tokens[i])
            and any(tokens[j].head == i and tokens[j].relation == "appos" for j in inside)
        ]
        closest = _noun_before(tokens, inside[0])
        nouns += closest
        given |= {office_of(tokens, i, words) for i in nouns}
        # a ministry only from the post next to the name or in apposition after it: a
        # parse may hang "заместитель министра … Y" on the list's first "Министр"
        ministries = (ministry_of(tokens, i, words) for i in following + closest)
        given |= {m for m in ministries if m}
    return given


def ministry_of(tokens: list[Token], position: int, words: StatementWords) -> str:
    """statement48: the ministry a minister's post names, as an office ("ministry:
    минздрав"): its short name ("глава Минздрава") or its field ("министр здравоохранения",
    "министр внутренних дел") in the genitive right after the post; "" for none, and for
    a post inside another's ("заместитель министра здравоохранения" is not the minister)."""
    if tokens[position].lemma.lower() not in words.ministry_heads:
        return ""
    if position > 0 and _person_noun(tokens[position - 1]):
        return ""
    after = [
        t
        for t in tokens[position + 1 : position + 3]
        if t.pos in {"NOUN", "PROPN", "ADJ"} and t.feats.get("Case", "Gen") == "Gen"
    ]
    names = []
    if len(after) == 2 and after[0].pos == "ADJ" and after[0].end + 1 >= after[1].start:
        names.append(f"{after[0].lemma.lower()} {after[1].lemma.lower()}")
    if after and after[0].pos != "ADJ" and after[0].start <= tokens[position].end + 1:
        names.append(after[0].lemma.lower())
    found = next((words.ministries[n] for n in names if n in words.ministries), "")
    return f"ministry: {found}" if found else ""


def ministry_named(tokens: list[Token], start: int, end: int, words: StatementWords) -> str:
    """The ministry a referring span's post names ("— пояснил глава Минздрава"), or ""."""
    for position, token in enumerate(tokens):
        if start <= token.start < end and token.pos == "NOUN":
            found = ministry_of(tokens, position, words)
            if found:
                return found
    return ""


def _noun_before(tokens: list[Token], first: int) -> list[int]:
    """The person noun opening the phrase right before a name: a verb or a comma ends it."""
    for back in range(first - 1, max(-1, first - 1 - _PHRASE), -1):
        token = tokens[back]
        if _person_noun(token):
            return [back]
        if token.pos in {"VERB", "AUX", "ADP"} or (
            token.pos == "PUNCT" and token.text not in '«»"'
        ):
            return []
    return []


def _person_noun(token: Token) -> bool:
    return token.pos == "NOUN" and token.feats.get("Animacy") == "Anim"
