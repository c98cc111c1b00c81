"""Person names to the nominative.

Natasha's normaliser trusts the tagger's case for every token, and the tagger often
calls an oblique first name nominative ("Ермеком Кошербаевым" → "Ермеком Кошербаев").
Here the case is chosen for the whole name at once: the cases every token can take
(pymorphy, name/surname readings only), narrowed by the word the name is in
apposition to, then each token is inflected to the nominative in that case's reading.
"""

from __future__ import annotations

from collections.abc import Sequence

from concord.analysis import Token
from concord.knowledge.morphology import UD_TO_OPENCORPORA_CASE, analyser, parses
from concord.nlp.phrases import restore_shape

_NAME_GRAMMEMES = {"Name", "Surn", "Patr"}
_ALL_CASES = frozenset(UD_TO_OPENCORPORA_CASE.values())
_OPENCORPORA_GENDER = {"Masc": "masc", "Fem": "femn"}

# Endings of foreign names pymorphy does not know, by case, for masculine names:
# "Хойлом" → "Хойл", "Брайанту" → "Брайант". Feminine foreign names ending in a
# consonant do not decline, so they are left alone; the tagger's gender is only trusted
# where the ending itself cannot settle it.
_MASCULINE_ENDINGS = {
    "ablt": ("ом", "ем", "ым"),
    "gent": ("а", "я"),
    "accs": ("а", "я"),
    "datv": ("у", "ю"),
    "loct": ("е",),
}
# Where an unknown surname's ending can only be that of a name in -а (a man's or a woman's):
# a dative in -е (a name in a consonant takes -у) and an instrumental in -ой.
_A_STEM_ENDINGS = {"datv": "е", "ablt": "ой"}
# A genitive in -ы, or in -и after a velar, is one too ("Олега Дерипаски", "Гайдамаки"), but
# indeclinable names end so as well ("Хаяо Миядзаки"): only beside a first name pymorphy
# knows in the genitive.
_A_STEM_GENITIVES = ("ы", "ки", "ги", "хи")
_INDECLINABLE_VOWELS = frozenset("иоуэю")
# A Russian surname's own suffix before a case ending: "Сомову" declines, "Сигэру" not.
_RUSSIAN_SURNAME_DATIVES = ("ову", "еву", "ёву", "ину", "ыну")
# Oblique endings of first names in -ия/-ья and the nominative ending they come from. The
# dictionary may know such an oblique form only as some other, indeclinable name ("Алии"):
# the name whose paradigm holds the word in the sentence's case is the one meant.
_NOMINATIVE_ENDINGS = {
    "ии": "ия",
    "ие": "ия",
    "ию": "ия",
    "ией": "ия",
    "ьи": "ья",
    "ье": "ья",
    "ью": "ья",
    "ьей": "ья",
}
# A woman's Russian surname declined as an adjective ("Мустафиной") is in any of these cases,
# whatever single reading the dictionary gives the word (it may know "Мустафина" only as a
# first name, in the instrumental).
_FEMININE_SURNAME_OBLIQUES = ("овой", "евой", "ёвой", "иной", "ыной")
_ADJECTIVAL_OBLIQUE_CASES = frozenset({"gent", "datv", "ablt", "loct"})


def _name_parses(word: str) -> list:
    return [
        parse
        for parse in parses(word.lower())
        if parse.tag.number != "plur"
        and (_NAME_GRAMMEMES & parse.tag.grammemes or "anim" in parse.tag)
        and parse.tag.POS in {"NOUN", "ADJF"}
    ]


def _possible_cases(token: Token) -> frozenset[str]:
    """The cases a word of a name can be in. A word pymorphy does not know that ends in a
    vowel other than -а/-я may not decline at all ("Саломе", "Сигэру", "Абдель-Гани"): its
    guessed readings ("Сигэр" in the dative) do not narrow the case. Nor do a man's
    readings of a word the tagger calls feminine ("Кая Каллас" is no genitive of "Кай")."""
    word = token.text
    readings = _name_parses(word)
    if not readings or any("Fixd" in parse.tag for parse in readings):
        return _ALL_CASES
    if (
        word[-1:].lower() in _INDECLINABLE_VOWELS
        and not word.lower().endswith(_RUSSIAN_SURNAME_DATIVES)
        and not analyser().word_is_known(word.lower())
    ):
        return _ALL_CASES
    feminine = token.feats.get("Gender") == "Fem"  # the tagger's Masc is only a default
    if feminine and all(parse.tag.gender == "masc" for parse in readings):
        return _ALL_CASES
    cases = frozenset(parse.tag.case for parse in readings if parse.tag.case)
    if word.lower().endswith(_FEMININE_SURNAME_OBLIQUES):
        return cases | _ADJECTIVAL_OBLIQUE_CASES
    return cases


def _is_particle(token: Token) -> bool:
    """ "де", "фон", "дер", "бин": a word all in lower case inside a name stays as written
    ("ас-Саидом" declines: its name part is capitalised)."""
    return token.text.islower()


def _declined_given_name(tokens: Sequence[Token], context_case: str | None) -> str | None:
    """ "с Дун Цзюнем", "Фам Минь Тинем", "с Линдси Хойлом": the last word of a name,
    one pymorphy does not know, shows the ending of a case the sentence or one of the
    name's words is tagged with, while the words before it stay as they are (an East
    Asian family name pymorphy may know as a nominative, an indeclinable first name)."""
    declining = [token for token in tokens if not _is_particle(token)]
    if len(tokens) < 2 or not declining or analyser().word_is_known(declining[-1].text.lower()):
        return None
    last = declining[-1].text.lower()
    guesses = (context_case, *(t.feats.get("Case") for t in tokens))
    for guess in guesses:
        case = UD_TO_OPENCORPORA_CASE.get(guess or "", guess) or ""
        endings = _MASCULINE_ENDINGS.get(case, ()) + tuple(_A_STEM_ENDINGS.get(case, ""))
        if case != "accs" and endings and last.endswith(endings):
            # "-а" of an accusative is also a nominative's
            return case
    return None


def name_case(tokens: Sequence[Token], context_case: str | None) -> str:
    """The grammatical case of a whole person name, in pymorphy's notation."""
    candidates = _ALL_CASES
    for token in tokens:
        if _is_particle(token):
            continue
        cases = _possible_cases(token)
        # where the words disagree either may be right: a foreign first word may stay as it
        # is ("с Абдель Фаттахом") while the last declines; the sentence settles it below
        candidates = (candidates & cases) or (candidates | cases)
    if candidates == {"nomn"} or (len(candidates) > 1 and "nomn" in candidates):
        # "с Дун Цзюнем", "с Линдси Хойлом" read as nominative by the tagger
        declined = _declined_given_name(tokens, context_case)
        if declined is not None:
            return declined
    if len(candidates) == 1:
        return next(iter(candidates))
    for guess in (context_case, UD_TO_OPENCORPORA_CASE.get(tokens[-1].feats.get("Case", ""))):
        case = UD_TO_OPENCORPORA_CASE.get(guess or "", guess)
        if case in candidates:
            return case
    if "nomn" in candidates:
        return "nomn"
    # "Сомову" is a man's dative or a woman's accusative: the tagger's gender settles it
    # when its case does not
    gender = _OPENCORPORA_GENDER.get(tokens[-1].feats.get("Gender", ""))
    agreeing = {
        parse.tag.case for parse in _name_parses(tokens[-1].text) if parse.tag.gender == gender
    } & candidates
    return sorted(agreeing or candidates)[0]


def _nominative_word(word: str, case: str, gender: str | None, declined_first: bool = False) -> str:
    if case == "nomn" or not word[:1].isalpha() or word.islower():
        return word
    readings = [parse for parse in _name_parses(word) if parse.tag.case == case]
    if all("Fixd" in parse.tag for parse in readings):
        from_paradigm = _nominative_from_paradigm(word, case)
        if from_paradigm is not None:
            return restore_shape(word, from_paradigm)
    # a declining reading before an indeclinable one ("Анне" is Анна's dative, not "Анне")
    readings.sort(
        key=lambda parse: (
            "Fixd" in parse.tag,
            not (_NAME_GRAMMEMES & parse.tag.grammemes),
            -parse.score,
        )
    )
    for parse in readings:
        wanted = {"nomn", "sing"}
        if parse.tag.gender in {"masc", "femn"}:
            wanted.add(parse.tag.gender)
        inflected = parse.inflect(wanted)
        if inflected is not None:
            form = inflected.word if "ё" in word.lower() else inflected.word.replace("ё", "е")
            return restore_shape(word, form)
    if case in _A_STEM_ENDINGS and word.lower().endswith(_A_STEM_ENDINGS[case]) and len(word) > 4:
        # "Олегу Дерипаске", "с Дерипаской": a surname in -а pymorphy does not know
        return word[: -len(_A_STEM_ENDINGS[case])] + "а"
    if declined_first and case == "gent" and word.lower().endswith(_A_STEM_GENITIVES):
        return word[:-1] + "а"
    if gender == "Fem" and case in {"gent", "datv", "ablt", "loct"} and word.endswith("ой"):
        return word[:-2] + "а"  # "Марине Сомовой": a woman's surname declined as an adjective
    endings = _MASCULINE_ENDINGS.get(case, ())
    if gender != "Fem" or case == "ablt":  # a feminine name never ends in -ом/-ем/-ым
        for ending in endings if gender != "Fem" else ("ом", "ем"):
            if word.lower().endswith(ending) and len(word) > len(ending) + 1:
                return word[: -len(ending)] + _soft_stem(word[: -len(ending)], ending)
    return word


def _nominative_from_paradigm(word: str, case: str) -> str | None:
    """ "Алии" → "Алия": a first name whose nominative the dictionary knows and whose
    declined form in `case` is the word, where the word itself reads only as a fixed name."""
    lowered = word.lower()
    for oblique, nominative in _NOMINATIVE_ENDINGS.items():
        if not lowered.endswith(oblique):
            continue
        candidate = lowered[: -len(oblique)] + nominative
        for parse in parses(candidate):
            if "Name" not in parse.tag.grammemes or parse.tag.case != "nomn":
                continue
            declined = parse.inflect({case, "sing"})
            if declined is not None and declined.word == lowered:
                return candidate
    return None


def _soft_stem(stem: str, ending: str) -> str:
    """What a soft stem ends in: "Тинем", "Цзюню" come from "Тинь", "Цзюнь" (a hard stem
    takes -ом, -у: "Цяном"); after a hushing sound or ц -ем is hard ("Хабишем")."""
    if ending[0] not in "еяю" or stem[-1:].lower() in "жшчщц":
        return ""
    return "й" if stem[-1:].lower() in "аеиоуыэюя" else "ь"


def normalise_person(tokens: Sequence[Token], context_case: str | None = None) -> str:
    """Nominative form of a person name given its tokens (hyphens and initials kept)."""
    if not tokens:
        return ""
    case = name_case(tokens, context_case)
    gender = next((t.feats["Gender"] for t in tokens if "Gender" in t.feats), None)
    declined_first = any(
        "Name" in parse.tag.grammemes and parse.tag.case == case
        for token in tokens[:-1]
        for parse in _name_parses(token.text)
    )
    words = []
    previous_end = tokens[0].start
    for index, token in enumerate(tokens):
        if index and token.start > previous_end:
            words.append(" ")
        words.append(_nominative_word(token.text, case, gender, declined_first))
        previous_end = token.end
    return "".join(words)
