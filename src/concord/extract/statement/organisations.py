"""The organisation a common noun means: "в компании уверены", "сообщили в ведомстве",
"по информации пресс-службы", "сообщает мэрия города X". The noun stands for the
organisation the text introduced with it or named last, a state body's noun only for a
name that reads as a state body's, a press service for the body it was introduced with,
and a place's institution for the place; outlets that only relay are nobody's voice."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.claim import Mention
from concord.extract.sentence_view import named_before, organisation_meant, sentence_holding
from concord.extract.statement.names import (
    is_addressee,
    named_as_speaker,
    named_as_subject,
    tokens_before,
)
from concord.extract.statement.words import StatementWords
from concord.nlp.phrases import normalise_phrase

# An organisation a report names once is its "компания", "ведомство" paragraphs later.
_ORGANISATION_LOOK_BACK = 6


def organisation_before(
    analysed: AnalysedDocument,
    before: int,
    nouns: list[str],
    words: StatementWords,
    exclude: Collection[Mention] = (),
) -> Mention | None:
    """The organisation an organisation word stands for ("в пресс-службе суда"): the one
    introduced with one of the words ("Басманный суд"), else the last one named. A name
    that stood only as a place ("слоты в Пулково") is where something was, not who
    speaks: it is taken only when no other organisation fits."""

    def meant(
        keep: Callable[[Mention], bool] | None, back: int, any_back: int | None
    ) -> Mention | None:
        return organisation_meant(
            analysed, nouns[0], before, {"ORG"}, back,
            kin_groups=(*words.sentence.organisation_kin, frozenset(nouns)),
            any_named_back=any_back, keep=keep, exclude=exclude,
        )  # fmt: skip

    def spoken(keep: Callable[[Mention], bool] | None) -> Mention | None:
        # the one introduced with the word near, then anywhere before ("банк «X»" opening a
        # long report is its "банк" ten sentences on, not an agency named last), then the
        # last one named
        return (
            meant(keep, _ORGANISATION_LOOK_BACK, None)
            or meant(keep, len(analysed.sentences), None)
            or _acting_in_sentence(
                analysed,
                meant(keep, _ORGANISATION_LOOK_BACK, _ORGANISATION_LOOK_BACK),
                lambda m: (keep is None or keep(m)) and m not in exclude,
            )
        )

    if nouns and all(noun in words.introduced_only_nouns for noun in nouns):
        # "руководство завода": the plant introduced as one, near, then anywhere before
        def plant(mention: Mention) -> bool:
            return not _named_as_place(analysed, mention, words)

        return meant(plant, _ORGANISATION_LOOK_BACK, None) or meant(
            plant, len(analysed.sentences), None
        )
    if any(noun in words.authority_nouns for noun in nouns):
        # "сообщили в ведомстве" after a plant and a ministry were named: the ministry;
        # after "В Минздраве сообщили, что … в Министерстве здравоохранения РФ": the
        # ministry that spoke, near, before one named inside what it said
        return (
            meant(
                lambda m: _authority_name(analysed, m, words) and _spoke(analysed, m, words),
                _ORGANISATION_LOOK_BACK,
                _ORGANISATION_LOOK_BACK,
            )
            or spoken(lambda m: _authority_name(analysed, m, words))
            or body_described_before(analysed, before, nouns, words)
        )
    return (
        spoken(lambda m: not _named_as_place(analysed, m, words))
        or spoken(None)
        or body_described_before(analysed, before, nouns, words)
    )


def _spoke(analysed: AnalysedDocument, mention: Mention, words: StatementWords) -> bool:
    """Whether the text named the organisation as a speaker: a subject or holder of a verb
    of saying or of stance."""
    return named_as_speaker(
        analysed,
        mention,
        words.speech_lemmas | words.stance_lemmas,
        words.holder_prepositions,
        words.organisation_voices,
    )


def organisation_spoke_before(
    analysed: AnalysedDocument, before: int, words: StatementWords
) -> Mention | None:
    """The organisation named last as a speaker within `_ORGANISATION_LOOK_BACK` sentences
    before `before`: whom "Там добавили" goes on with."""
    spoke = [
        mention
        for mention in named_before(analysed, before, {"ORG"}, _ORGANISATION_LOOK_BACK)
        if _spoke(analysed, mention, words)
    ]
    return spoke[-1] if spoke else None


def bare_body_before(
    analysed: AnalysedDocument, sentence: Sentence, start: int, end: int, words: StatementWords
) -> Mention | None:
    """A source that is a state body's bare noun and nothing else ("в прокуратуре",
    "полиция"): the body the text described before with that noun, if any."""
    lemmas = _source_words(sentence, start, end)
    bodies = [lemma for lemma in lemmas if lemma in words.place_bodies]
    allowed = words.place_bodies | words.organisation_voices | words.holder_prepositions
    if not bodies or not all(lemma in allowed for lemma in lemmas):
        return None
    return body_described_before(analysed, start, bodies, words)


def body_described_before(
    analysed: AnalysedDocument, before: int, nouns: Collection[str], words: StatementWords
) -> Mention | None:
    """A bare body noun ("— пояснили в прокуратуре") after the text described that body
    with the same noun ("в пресс-службе областной прокуратуры"): the body described last,
    when it was identifiable there. The text named no organisation to take instead."""
    for sentence in reversed(analysed.sentences):
        if sentence.start >= before:
            continue
        tokens = sentence.tokens
        for position in reversed(range(len(tokens))):
            token = tokens[position]
            if token.start >= before or token.lemma.lower() not in nouns:
                continue
            if token.lemma.lower() not in words.place_bodies:
                continue
            end = position + 1
            while end < len(tokens) and tokens[end].feats.get("Case") == "Gen" and tokens[
                end
            ].pos in {"NOUN", "PROPN", "ADJ"}:
                end += 1  # "прокуратуры Ярославской области"
            first = position
            while first > 0 and _modifies(tokens[first - 1], token):
                first -= 1  # "областной прокуратуры"
            body = described_body(analysed, sentence, tokens[first].start, tokens[end - 1].end, words)
            if body is not None:
                return body
    return None


def _acting_in_sentence(
    analysed: AnalysedDocument, last: Mention | None, allowed: Callable[[Mention], bool]
) -> Mention | None:
    """Of the organisations named in the sentence of the one named last, the last that is
    its clause's subject: "«X» объявил результаты по US GAAP. …, говорится в сообщении
    компании" is X, not the standard named after it; "Банк России отозвал лицензию у банка
    «Y», сообщается на сайте регулятора" is the central bank. Else the one named last."""
    if last is None:
        return None
    sentence = sentence_holding(analysed, last.start)
    if sentence is None:
        return last
    acting = [
        m
        for m in analysed.mentions
        if sentence.start <= m.start <= last.start
        and m.type == last.type
        and named_as_subject(analysed, m)
        and allowed(m)
    ]
    return acting[-1] if acting else last


def _authority_name(analysed: AnalysedDocument, mention: Mention, words: StatementWords) -> bool:
    """Whether a name reads as a state body's ("Минтранс", "Федеральная налоговая служба",
    "Рособрнадзор", "МЧС"), not a company's."""
    for word in re.findall(r"\w+", analysed.document.text[mention.start : mention.end]):
        if words.authority_name is not None and words.authority_name.search(word):
            return True
        if word in words.authority_abbreviations:
            return True
    return False


def _named_as_place(analysed: AnalysedDocument, mention: Mention, words: StatementWords) -> bool:
    """Whether the name stands right after a place preposition ("в Пулково", "на «Уралмаше»")."""
    sentence = sentence_holding(analysed, mention.start)
    if sentence is None:
        return False
    before = tokens_before(sentence, mention.start)
    return bool(before) and before[-1].text.lower() in words.place_prepositions


def relaying_outlets(analysed: AnalysedDocument, words: StatementWords) -> list[Mention]:
    """Names that only relay ("…, пишет Forbes"): an outlet is nobody's press service."""
    if words.relay is None:
        return []
    text = analysed.document.text
    found: list[Mention] = []
    for sentence in analysed.sentences:
        for match in words.relay.finditer(text, sentence.start, sentence.end):
            start, end = match.span("source")
            found += [m for m in analysed.mentions if start <= m.start < end]
    return found


def _source_words(
    sentence: Sentence, start: int, end: int, left_out: Collection[Mention] = ()
) -> list[str]:
    """The lemmas a source is made of: its words but modifiers and punctuation, and but
    the words of the names `left_out`."""
    return [
        t.lemma.lower()
        for t in sentence.tokens
        if start <= t.start < end
        and t.pos not in {"ADJ", "DET", "PUNCT"}
        and not any(m.start <= t.start < m.end for m in left_out)
    ]


def bare_voice(sentence: Sentence, start: int, end: int, words: StatementWords) -> str | None:
    """The voice a source is made of alone ("пресс-службы", "пресс-центра"), if it is."""
    lemmas = _source_words(sentence, start, end)
    return lemmas[0] if len(lemmas) == 1 and lemmas[0] in words.bare_voices else None


def voiced_before(analysed: AnalysedDocument, before: int, voice: str) -> Mention | None:
    """The organisation whose voice the text named before ("пресс-служба прокуратуры X …
    По информации пресс-службы"): the name right after the last such voice word. Not the
    organisation named last: a press service speaks for the body it was introduced with."""
    found: Mention | None = None
    for sentence in analysed.sentences:
        if sentence.start >= before:
            break
        for position, token in enumerate(sentence.tokens):
            if token.start >= before or token.lemma.lower() != voice:
                continue
            following = sentence.tokens[position + 1 : position + 5]  # "компании «X»"
            if not following:
                continue
            named = [
                m
                for m in analysed.mentions
                if m.type in {"ORG", "LOCORG"}
                and following[0].start <= m.start <= following[-1].start
            ]
            found = named[0] if named else found
    return found


def place_institution(
    analysed: AnalysedDocument, sentence: Sentence, start: int, end: int, words: StatementWords
) -> Mention | None:
    """A source that is a place's institution and nothing else ("мэрия города Ярославля",
    "в прокуратуре Тверской области", "пресс-служба администрации Омска"): the place named
    stands for its government, as "Кремль" does."""
    places = [
        m for m in analysed.mentions if start <= m.start < end and m.type in {"LOC", "LOCORG"}
    ]
    if len(places) != 1:
        return None
    place = places[0]
    lemmas = _source_words(sentence, start, end, left_out=places)
    allowed = (
        words.place_institutions
        | words.place_nouns
        | words.organisation_voices
        | words.holder_prepositions
    )
    institution = any(lemma in words.place_institutions for lemma in lemmas)
    return place if institution and all(lemma in allowed for lemma in lemmas) else None


def organisation_kind(lemma: str, words: StatementWords) -> str:
    """A compound of a state body's noun stands for that noun ("автоинспекция",
    "госавтоинспекция" for "инспекция"): the listed noun it ends with, else the lemma."""
    if lemma in words.organisation_words or lemma in words.authority_nouns or "-" in lemma:
        return lemma  # "пресс-служба" is a voice, not a "служба"
    return next(
        (
            noun
            for noun in words.authority_nouns
            if len(noun) >= 6 and lemma.endswith(noun) and len(lemma) >= len(noun) + 3
        ),
        lemma,
    )


def organisation_source(
    analysed: AnalysedDocument, sentence: Sentence, start: int, end: int, words: StatementWords
) -> list[str]:
    """The organisation words of a source that names an organisation only by a common
    noun, perhaps through its voice ("ведомства", "в ведомстве", "пресс-службу компании",
    "официальный сайт краснодарского клуба"); none when the source holds another noun.
    An outlet told it is no part of the source ("сообщили «Интерфаксу» в отделении партии")."""
    told = [m for m in analysed.mentions if start <= m.start < end and is_addressee(analysed, m)]
    lemmas = [
        organisation_kind(lemma, words)
        for lemma in _source_words(sentence, start, end, left_out=told)
    ]
    organisations = words.organisation_words | words.authority_nouns
    kinds = [lemma for lemma in lemmas if lemma in organisations]
    allowed = organisations | words.organisation_voices | words.holder_prepositions
    return kinds if kinds and all(lemma in allowed for lemma in lemmas) else []


def described_body(
    analysed: AnalysedDocument, sentence: Sentence, start: int, end: int, words: StatementWords
) -> Mention | None:
    """A place's state body described by common nouns ("пресс-служба судов города", "в
    областном департаменте информполитики", "представителей пресс-службы администрации
    района"): identifiable, as a named city's police is, when its chain of genitives ends
    in a place noun, or a place adjective marks it, standing for the one place of that
    kind the text named, or when it holds a named place. The body as written, in the
    nominative; nobody for a bare voice or a place the text never named."""
    inside = [
        index
        for index, token in enumerate(sentence.tokens)
        if start <= token.start < end and token.pos != "PUNCT"
    ]
    heads = [
        index
        for index in inside
        if sentence.tokens[index].pos == "NOUN"
        and sentence.tokens[index].lemma.lower() in words.place_bodies | words.bare_voices
    ]
    if not heads:
        return None
    first = heads[0]
    while first - 1 in inside and _modifies(sentence.tokens[first - 1], sentence.tokens[heads[0]]):
        first -= 1  # "объединённая пресс-служба", "в областном департаменте"
    opening = [sentence.tokens[i] for i in inside if i < first]
    if any(t.pos != "ADP" and t.lemma.lower() not in words.organisation_voices for t in opening):
        return None  # "по словам представителей …" opens it; "жители …" do not
    chain = sentence.tokens[first : inside[-1] + 1]
    named = [m for m in analysed.mentions if chain[0].start <= m.start < chain[-1].end]
    if any(m.type not in {"LOC", "LOCORG"} for m in named):
        return None  # a named organisation or person: the other readers' to resolve
    if (
        not named
        and not _one_place_meant(analysed, _place_kind(chain, words), words)
        and not _named_place_adjective(analysed, chain, words)
    ):
        return None
    text = analysed.document.text[chain[0].start : chain[-1].end]
    return Mention(chain[0].start, chain[-1].end, text, "ORG", normalise_phrase(chain, first))


def _modifies(word: Token, head: Token) -> bool:
    """Whether a word before a body's noun is its modifier: an adjective, or a word the
    tagger read as a noun that agrees with it in case, number and gender (a participle,
    "объединённая пресс-служба", that the parser made a second subject)."""
    if word.pos == "ADJ":
        return True
    features = ("Case", "Number", "Gender")
    return word.pos == "NOUN" and all(
        word.feats.get(f) is not None and word.feats.get(f) == head.feats.get(f) for f in features
    )


def _place_kind(chain: list[Token], words: StatementWords) -> str | None:
    """The kind of place a body's chain ends in ("судов города": город) or a place
    adjective in it gives ("областного департамента": область)."""
    nouns = [t for t in chain if t.pos == "NOUN"]
    if len(nouns) > 1 and nouns[-1].lemma.lower() in words.place_kinds:
        return nouns[-1].lemma.lower()
    return next(
        (words.place_adjectives[t.lemma.lower()] for t in chain if t.lemma.lower() in words.place_adjectives),
        None,
    )


def _one_place_meant(analysed: AnalysedDocument, kind: str | None, words: StatementWords) -> bool:
    """Whether the text named exactly one place of the kind ("области" after "Тверская
    область"; "города" after one city): a name holds its kind's word, a city's none."""
    if kind is None or kind not in words.place_kinds:
        return False
    kind_words = {w for holders in words.place_kinds.values() for w in holders if w}
    places = set()
    for mention in analysed.mentions:
        if mention.type not in {"LOC", "LOCORG"}:
            continue
        name = mention.normal.lower()
        for holder in words.place_kinds[kind]:
            if (holder and holder in name) or (not holder and not any(w in name for w in kind_words)):
                places.add(analysed.entities[mention.entity].name if mention.entity >= 0 else name)
    return len(places) == 1


def _named_place_adjective(analysed: AnalysedDocument, chain: list[Token], words: StatementWords) -> bool:
    """Whether an adjective of the body is made from a place the text named ("подмосковного
    министерства" after "Подмосковья", "калужской прокуратуры" after "Калуга"): it shares the
    place name's stem, all of the name but its last two letters and at least four."""
    adjectives = [
        t.lemma.lower()
        for t in chain
        if t.pos == "ADJ" and t.lemma.lower() not in words.place_adjectives
    ]
    if not adjectives:
        return False
    names = {
        word.lower().replace("ё", "е")
        for mention in analysed.mentions
        if mention.type in {"LOC", "LOCORG"}
        for word in re.findall(r"\w+", mention.text)
        if word.lower() not in words.place_nouns and len(word) > 3
    }
    return any(
        _shared_prefix(adjective.replace("ё", "е"), name) >= max(4, len(name) - 2)
        for adjective in adjectives
        for name in names
    )


def _shared_prefix(first: str, second: str) -> int:
    """How many letters two words share from their start."""
    length = 0
    for left, right in zip(first, second, strict=False):
        if left != right:
            break
        length += 1
    return length
