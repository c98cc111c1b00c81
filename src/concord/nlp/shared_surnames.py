"""One plural surname shared by the first names before it: "братья Игорь и Павел Дроздовы",
"с супругами Еленой и Денисом Крыловыми" are two people, "Игорь Дроздов" and "Павел
Дроздов", "Елена Крылова" and "Денис Крылов".

The NER model marks "Игорь" and "Павел Дроздовы" apart; each first name gets the surname in
the singular and in its own gender, so each person is a mention the claim extractors use.
"""

from __future__ import annotations

from dataclasses import replace

from concord.analysis import Sentence, Token
from concord.claim import Mention
from concord.knowledge.morphology import parses
from concord.nlp.names import normalise_person

# Plural endings of surnames declined as -ов/-ин nouns or as -ский adjectives, longest first.
_PLURAL_ENDINGS = ("ыми", "ими", "ых", "их", "ым", "им", "ые", "ие", "ы")
_NOUN_SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")
_ADJECTIVE_SURNAME_STEMS = ("ск", "цк")
_JOINING = {"и", ","}
# Plural endings of a surname declined as a noun with a consonant stem ("Мауергаузам",
# "Гольдбергами"): the man's singular is the bare stem, the woman's the same, undeclined.
_CONSONANT_STEM_ENDINGS = ("ами", "ам", "ах", "ы")
_VOWELS = set("аеёиоуыэюяй")


def singular_surnames(word: str) -> tuple[str, str] | None:
    """The masculine and feminine nominative of a plural surname ("Голубевыми" →
    "Голубев", "Голубева"; "Вишневских" → "Вишневский", "Вишневская"), None for any
    other word."""
    lower = word.lower()
    for ending in _PLURAL_ENDINGS:
        if not lower.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if len(stem) < 4:
            return None
        if stem.lower().endswith(_NOUN_SURNAME_STEMS) and ending[:1] == "ы":
            return stem, stem + "а"
        if stem.lower().endswith(_ADJECTIVE_SURNAME_STEMS) and ending[:1] == "и":
            return stem + "ий", stem + "ая"
        break
    return _consonant_stem_surname(word)


def _consonant_stem_surname(word: str) -> tuple[str, str] | None:
    """ "Мауергаузам" → "Мауергауз" for both genders: a plural surname declined as a noun
    whose stem ends in a consonant other than the -ов/-ин of Russian surnames."""
    lower = word.lower()
    for ending in _CONSONANT_STEM_ENDINGS:
        stem = word[: -len(ending)]
        if not lower.endswith(ending) or len(stem) < 4:
            continue
        if stem[-1].lower() in _VOWELS or stem.lower().endswith(_NOUN_SURNAME_STEMS):
            return None
        return stem, stem
    return None


def _is_first_name(word: str) -> bool:
    return any("Name" in parse.tag.grammemes for parse in parses(word.lower()))


def _gender(first_name: str, token: Token) -> str:
    """A first name's gender: the dictionary's for the nominative, else the tagger's."""
    for parse in parses(first_name.lower()):
        if "Name" in parse.tag.grammemes and parse.tag.gender in {"masc", "femn"}:
            return str(parse.tag.gender)
    return "femn" if token.feats.get("Gender") == "Fem" else "masc"


def share_plural_surnames(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Each first name before a plural surname, joined to it by "и" or commas, becomes a
    full name; the mention with the surname becomes the last person's name in the singular."""
    result = list(mentions)
    people = sorted(
        (index for index, mention in enumerate(result) if mention.type == "PER"),
        key=lambda index: result[index].start,
    )
    for sentence in sentences:
        inside = [i for i in people if sentence.start <= result[i].start < sentence.end]
        for position, index in enumerate(inside):
            _share(sentence, result, inside[:position], index)
    return result


def _share(sentence: Sentence, mentions: list[Mention], before: list[int], index: int) -> None:
    mention = mentions[index]
    tokens = [sentence.tokens[i] for i in sentence.token_indices(mention.start, mention.end)]
    if len(tokens) < 2 or len(mention.normal.split()) < 2:
        return
    forms = singular_surnames(tokens[-1].text)
    if forms is None or not _is_first_name(mention.normal.split()[0]):
        return
    given = normalise_person(tokens[:-1])  # the plural surname tells no case of its own
    sharers = []
    end = mention.start
    for other in reversed(before):  # "Анна, Олег и Павел": first names back to the list's start
        candidate = mentions[other]
        between = sentence.text[candidate.end - sentence.start : end - sentence.start].split()
        if (
            not between
            or any(word not in _JOINING and word.strip(",") not in _JOINING for word in between)
            or " " in candidate.normal
            or not _is_first_name(candidate.normal)
        ):
            break
        sharers.append(other)
        end = candidate.start
    if not sharers:
        return
    masculine, feminine = forms

    def surname(first_name: str, token: Token) -> str:
        return masculine if _gender(first_name, token) == "masc" else feminine

    first_token = tokens[0]
    mentions[index] = replace(mention, normal=f"{given} {surname(given, first_token)}")
    for other in sharers:
        name, start = mentions[other].normal, mentions[other].start
        token = sentence.tokens[sentence.token_indices(start, start + 1)[0]]
        mentions[other] = replace(mentions[other], normal=f"{name} {surname(name, token)}")
