"""Where a name stands in its sentence: the name a span of an attribution holds, whether
that name is whom the words were said to rather than who said them, a Latin name the
recogniser missed, and whether a name is a clause's subject or only part of another
phrase. The people and organisation readers build on these to decide who spoke."""

from __future__ import annotations

import re
from collections.abc import Collection

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.claim import Mention
from concord.extract.sentence_view import sentence_holding

SPEAKER_TYPES = ("PER", "ORG", "LOCORG")  # who may speak, in the order one is preferred


def speaker_in(
    analysed: AnalysedDocument,
    start: int,
    end: int,
    channels: frozenset[str] = frozenset(),
    fillers: frozenset[str] = frozenset(),
) -> Mention | None:
    """A mention inside the span, or one starting in it ("NEWSru.com" for "NEWSru"); not
    one the words were said to, nor one a person noun is counsel or kin of ("адвокат X"),
    nor the outlet of an interview the speaker gave (`channels`: "в интервью газете X")."""
    found = [
        m
        for m in analysed.mentions
        if start <= m.start < end
        and not is_addressee(analysed, m)
        and not (m.type == "PER" and client_of(analysed, m))
        and not (channels and is_channel(analysed, m, channels, fillers))
    ]
    for kind in SPEAKER_TYPES:
        for mention in found:
            if mention.type == kind:
                return mention
    return None


def is_channel(
    analysed: AnalysedDocument, mention: Mention, channels: frozenset[str], fillers: frozenset[str]
) -> bool:
    """Whether a name is the outlet through which someone spoke: it follows a word naming
    an interview or broadcast ("в интервью газете Bild", "в беседе с «Российской
    газетой»", "в эфире телеканала X"), with only outlet kinds or "с" between. Such an
    outlet relays the speaker, who is the verb's subject, even a pronoun."""
    sentence = sentence_holding(analysed, mention.start)
    if sentence is None:
        return False
    for token in reversed(tokens_before(sentence, mention.start)[-4:]):
        lemma = token.lemma.lower()
        if lemma in channels or token.text.lower() in channels:
            return True
        if lemma not in fillers and token.text.lower() not in fillers:
            return False
    return False


def is_addressee(analysed: AnalysedDocument, mention: Mention) -> bool:
    """Whether a name is whom something was said to, not who said it: an indirect object
    in the dative ("сообщили РИА Новости в управлении МЧС", "— заявил он «Известиям»");
    not after a preposition ("согласно «Интерфаксу»" names the source)."""
    sentence = sentence_holding(analysed, mention.start)
    if sentence is None:
        return False
    inside = _tokens_inside(sentence, mention)
    before = tokens_before(sentence, mention.start)
    if not inside or (before and before[-1].pos == "ADP"):
        return False
    first = next((t for t in inside if t.text not in '«"'), inside[0])
    if first.relation == "iobj" and first.feats.get("Case") == "Dat":
        return True
    # the whole written word: the recogniser may name only the end of a web address
    text = analysed.document.text
    word_start = mention.start
    while word_start > sentence.start and not text[word_start - 1].isspace():
        word_start -= 1
    return _told_before_holder(sentence, tokens_before(sentence, word_start), mention)


def _told_before_holder(sentence: Sentence, before: list[Token], mention: Mention) -> bool:
    """A name between a plural verb and the phrase on that verb naming who spoke
    ("сообщили Пенза.ру в УГИБДД", "рассказали E1.ru в полиции"): the outlet told,
    whatever case the parser gave an indeclinable name."""
    if not before or before[-1].pos != "VERB" or before[-1].feats.get("Number") != "Plur":
        return False
    if any(t.feats.get("Number") == "Plur" for t in _tokens_inside(sentence, mention)):
        return False  # "сообщили «Известия» в номере": a plural name is the subject
    after = [t for t in sentence.tokens if t.start >= mention.end and t.text not in '»"']
    if len(after) < 2 or after[0].pos != "ADP":
        return False
    holder = after[0].head  # the parser may hang the phrase on another verb
    return 0 <= holder < len(sentence.tokens) and sentence.tokens[holder].relation == "obl"


def _tokens_inside(sentence: Sentence, mention: Mention) -> list[Token]:
    return [t for t in sentence.tokens if mention.start <= t.start < mention.end]


def tokens_before(sentence: Sentence, offset: int) -> list[Token]:
    """The sentence's words ending before `offset`, opening quotation marks left out: the
    last of them is the word a name follows ("в «Пулково»", "сообщили «Известиям»")."""
    return [t for t in sentence.tokens if t.end <= offset and t.text not in '«"']


def person_starting_at(analysed: AnalysedDocument, offset: int) -> Mention | None:
    """The person whose name starts at `offset`: a signature's, a label's, a sentence's."""
    return next((m for m in analysed.mentions if m.type == "PER" and m.start == offset), None)


def same_person(person: Mention, other: Mention) -> bool:
    """Whether `other` names `person` again: the same entity where the person was resolved
    to one, else the same normal form."""
    return other.entity == person.entity if person.entity >= 0 else other.normal == person.normal


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.&'-]*[A-Za-z0-9]")


def latin_name(
    analysed: AnalysedDocument, tokens: list[Token], start: int, end: int
) -> Mention | None:
    """A name in Latin letters within the span that no recognised mention covers ("согласно
    comScore", "блогер zyalt"): brands, nicknames and sites the recogniser does not know."""
    sentence = sentence_holding(analysed, start)
    latin_text = _written_in_latin(sentence.tokens if sentence is not None else tokens)
    for token in tokens:
        if not start <= token.start < end or not _LATIN_NAME.fullmatch(token.text):
            continue
        if any(m.start <= token.start < m.end for m in analysed.mentions):
            continue
        if token.pos in _NOT_NAMES or (latin_text and not token.text[0].isupper()):
            continue  # "his office said", "the ministry said", "a French official said"
        return Mention(token.start, token.end, token.text, "ORG", token.text)
    return None


# words of these classes name no one, whatever their letters ("We", "it", "the", "French")
_NOT_NAMES = frozenset({"PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "ADJ", "NUM"})


def _written_in_latin(tokens: list[Token]) -> bool:
    """Whether most words are in Latin letters: in an English sentence a word in lower
    case is no name ("the ministry"), while in a Russian one a Latin word is one whatever
    its case ("блогер zyalt")."""
    words = [t for t in tokens if t.text[:1].isalpha()]
    latin = [t for t in words if _LATIN_NAME.fullmatch(t.text)]
    return len(latin) * 2 > len(words)


def mention_head(analysed: AnalysedDocument, mention: Mention) -> tuple[list[Token], int] | None:
    """The tokens of the mention's sentence and the position of the mention's head word."""
    sentence = sentence_holding(analysed, mention.start)
    if sentence is None:
        return None
    tokens = sentence.tokens
    inside = [i for i, t in enumerate(tokens) if mention.start <= t.start < mention.end]
    head = next((i for i in inside if tokens[i].head not in inside), None)
    return None if head is None else (tokens, head)


def case_disagrees(name: Token, noun: Token) -> bool:
    """Whether a name in the genitive hangs on a noun in another case: "адвокат Ивана
    Белова" is Белов's counsel, not Белов, while a name standing for its noun agrees with it
    ("адвокат Иван Белов", "аналитика Романа Коноплева")."""
    return name.feats.get("Case") == "Gen" and noun.feats.get("Case", "Gen") != "Gen"


def client_of(analysed: AnalysedDocument, mention: Mention, lemma: str | None = None) -> bool:
    """Whether the name is only the genitive of a person noun before it ("мать Ивана
    Белова", "адвокат Медведева"), of the noun `lemma` where one is given: the noun means
    someone else, whom the text may not name."""
    found = mention_head(analysed, mention)
    if found is None:
        return False
    tokens, head = found
    token = tokens[head]
    if _described_in_apposition(tokens, head):
        # "супруга бизнесмена Ивана Сидорова": the name stands beside the noun describing
        # it, and that noun is the genitive of the kin or counsel noun
        head = token.head
        token = tokens[head]
    # (an apposition agrees in case: a genitive one is the parser's misreading of a dependent)
    if token.relation not in {"nmod", "appos"} or not 0 <= token.head < head:
        return False
    noun = tokens[token.head]
    if noun.pos != "NOUN" or noun.feats.get("Animacy") != "Anim":
        return False
    if lemma is not None and noun.lemma.lower() != lemma:
        return False
    return case_disagrees(token, noun)


def _described_in_apposition(tokens: list[Token], head: int) -> bool:
    """The name is an apposition in its case to a person noun before it ("бизнесмена Ивана
    Сидорова")."""
    token = tokens[head]
    if token.relation != "appos" or not 0 <= token.head < head:
        return False
    noun = tokens[token.head]
    return (
        noun.pos == "NOUN"
        and noun.feats.get("Animacy") == "Anim"
        and not case_disagrees(token, noun)
    )


def _name_in_clause(
    analysed: AnalysedDocument, mention: Mention
) -> tuple[list[Token], Token] | None:
    """The sentence's tokens and the word that places the name in its clause: its head, or
    the noun it stands in apposition to ("Президент X")."""
    found = mention_head(analysed, mention)
    if found is None:
        return None
    tokens, head = found
    token = tokens[head]
    if token.relation in {"appos", "flat", "flat:name"} and 0 <= token.head < len(tokens):
        token = tokens[token.head]
    return tokens, token


def named_as_subject(analysed: AnalysedDocument, mention: Mention) -> bool:
    """Whether the name is a clause's subject, or in apposition to one ("Президент X")."""
    found = _name_in_clause(analysed, mention)
    return found is not None and found[1].relation.startswith("nsubj")


def named_as_speaker(
    analysed: AnalysedDocument,
    mention: Mention,
    speech: Collection[str],
    holders: Collection[str],
    voices: Collection[str] = (),
) -> bool:
    """Whether the name is who speaks in its clause: the subject of a verb of `speech`
    ("Минздрав сообщил"), or the body after a holder preposition on one ("В Минздраве
    сообщили"). A body a report named as the speaker is the one its "ведомство" goes on
    with, not one named inside what was said."""
    found = _name_in_clause(analysed, mention)
    if found is None:
        return False
    tokens, token = found
    if (
        token.relation == "nmod"
        and 0 <= token.head < len(tokens)
        and tokens[token.head].lemma.lower() in voices
    ):
        token = tokens[token.head]  # "представители Минэкономразвития поделились"
    if not 0 <= token.head < len(tokens) or tokens[token.head].lemma.lower() not in speech:
        return False
    if token.relation.startswith("nsubj"):
        return True
    position = tokens.index(token)
    prepositions = {
        child.text.lower()
        for child in tokens
        if child.head == position and child.relation == "case"
    }
    return token.relation == "obl" and bool(prepositions & set(holders))


def named_as_object(analysed: AnalysedDocument, mention: Mention) -> bool:
    """Whether the name is what a verb acts on, not who acts: an object, an oblique or a
    noun's dependent ("попросил оправдать главу администрации X"); a subject's conjunct
    ("X, Y и Z") is none of these."""
    found = _name_in_clause(analysed, mention)
    return found is not None and found[1].relation in {"obj", "iobj", "obl", "nmod"}


def inside_phrase(analysed: AnalysedDocument, mention: Mention) -> bool:
    """Whether the name only modifies another noun of a sentence whose main verb has a
    subject of its own ("коалиция миллиардера X набирает …"); not where the parser may have
    taken the subject into a phrase ("На заседании кабинета X заявил")."""
    found = _name_in_clause(analysed, mention)
    if found is None:
        return False
    tokens, token = found
    roots = [i for i, t in enumerate(tokens) if t.relation == "root"]
    subject = any(
        t.relation.startswith("nsubj") and t.head in roots and not t.start <= mention.start < t.end
        for t in tokens
    )
    return token.relation == "nmod" and subject


def tokens_of(analysed: AnalysedDocument, start: int, end: int) -> list[Token]:
    """The tokens of every sentence the span touches, whole: an attribution's words with
    the sentence around them."""
    return [
        token
        for sentence in analysed.sentences
        if sentence.start < end and start < sentence.end
        for token in sentence.tokens
    ]
