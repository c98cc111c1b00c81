"""Organisations named through a place: "правительство Китая", "мэрия Москвы",
"шахматная федерация Израиля", and international bodies NER takes for places.

The NER model marks only the place; the institution word before it makes the whole
phrase an organisation (the place inside stays a mention of its own).
"""

from __future__ import annotations

from concord.analysis import Sentence
from concord.claim import Mention
from concord.knowledge.morphology import lemma
from concord.nlp.phrases import normalise_phrase

INSTITUTION_NOUNS = {
    "правительство", "власть", "администрация", "мэрия", "министерство", "руководство",
    "парламент", "посольство", "представительство", "сборная", "федерация", "армия",
    "полиция", "кабинет", "пресс-служба", "генпрокуратура", "прокуратура", "минфин",
    "минобороны", "госдеп", "госдепартамент", "конгресс", "сенат", "правление", "совет",
    "собрание", "дума", "суд", "казначейство", "центробанк", "нацбанк", "командование",
    "консульство", "ведомство", "служба", "спецслужба", "разведка", "милиция", "гвардия",
}  # fmt: skip
INTERNATIONAL_BODIES = {"ес", "евросоюз", "европейский союз", "снг", "нато", "оон", "обсе",
                        "шос", "асеан", "опек", "вто", "юнеско", "магатэ", "оэср", "еаэс",
                        "одкб", "мвф", "всемирный банк", "интерпол", "фифа", "мок"}  # fmt: skip


STATE_ORGAN_ABBREVIATIONS = {"мид", "минфин", "минобороны", "минэкономразвития", "мвд", "фсб"}


def is_state_organ(name: str) -> bool:
    """A body of a state's government ("МИД РК", "правительство Китая"): it acts for the
    state, not as a party of its own."""
    words = name.lower().replace("ё", "е").split()
    return bool(words) and (
        words[0] in STATE_ORGAN_ABBREVIATIONS or lemma(words[0], "NOUN") in INSTITUTION_NOUNS
    )


def is_international_body(name: str) -> bool:
    return name.lower().replace("ё", "е").strip() in INTERNATIONAL_BODIES


def institution_mentions(
    sentence: Sentence, places: list[Mention], first_token: dict[int, int]
) -> list[Mention]:
    """`first_token` maps a place mention's start to its first token index in the sentence."""
    found = []
    tokens = sentence.tokens
    for place in places:
        first = first_token[place.start]
        noun = first - 1
        if noun < 0 or tokens[noun].lemma not in INSTITUTION_NOUNS:
            continue
        start = noun
        while (
            start > 0
            and tokens[start - 1].pos == "ADJ"
            and tokens[start - 1].feats.get("Case") == (tokens[noun].feats.get("Case"))
        ):
            start -= 1
        phrase = tokens[start : noun + 1]
        normal = f"{normalise_phrase(phrase, start)} {place.text}"
        text = sentence.text[tokens[start].start - sentence.start : place.end - sentence.start]
        found.append(Mention(tokens[start].start, place.end, text, "ORG", normal))
    return found
