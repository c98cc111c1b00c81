"""When a later initiative claim tells an earlier project again.

A report returns to its project by the same noun ("построит завод … строительство завода
начнётся весной"), by a word that points back ("объект", "этого предприятия", "её
запустили"), or by a bare "проект". Those returns restate the project; a noun of the same
kind described differently ("цементный завод" … "завод по производству плит") is another
one, and so are projects listed side by side in one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Argument, Claim, Modality
from concord.extract.initiative.facility_parts import part_of_told_facility
from concord.extract.initiative.headline_kin import headline_kin_retold, is_headline_claim
from concord.extract.initiative.headline_lead import headline_lead_retold
from concord.extract.initiative.pointed_back import one_place_by_letters
from concord.extract.initiative.retold_marked import marked_as_retold
from concord.extract.initiative.state_retold import state_retold
from concord.extract.initiative.thing_named_anew import named_by_adjective
from concord.extract.initiative.told_stages import tells_stage
from concord.extract.initiative.weighed_work import thing_named_between, weighs_bare_work
from concord.extract.initiative.words import InitiativeWords
from concord.extract.initiative.works_under_way import tells_works_under_way
from concord.extract.sentence_view import holds_stem, sentence_holding
from concord.knowledge.concepts import is_class_wording, kind_class, kind_concept
from concord.knowledge.gazetteer import is_state_in_any_case

_NOUNS = {"NOUN", "PROPN"}
_NAMING = _NOUNS | {"ADJ"}
# relations that lead out of a noun phrase to a clause, another item or a remark
_OTHER_THINGS = {"acl", "advcl", "conj", "parataxis", "appos", "cc", "punct", "dep"}
# relations that say nothing about which thing a noun is ("башню", "в башне")
_BARE_RELATIONS = {"case", "punct"}
# relations by which a verb's tense is carried ("было решено", "была в планах")
_TENSE_CARRIERS = {"aux", "aux:pass", "cop"}
# two to five capitals, then maybe a case ending in small letters ("АЭС", "ФОКа")
_ABBREVIATION = re.compile(r"([A-ZА-ЯЁ]{2,5})([a-zа-яё]*)")


@dataclass(frozen=True)
class ProjectWords:
    """How a claim names its project: the project's noun and what describes it."""

    head: str  # lemma of the project noun ("завод" in "строительство нового завода")
    position: int  # the project noun's token in its sentence
    phrase: frozenset[int]  # the tokens of its noun phrase ("проект создания фонда")
    describing: frozenset[str]  # the other lemmas naming it ("цементный", "плита")
    generic: bool  # "проект", "объект", "его": a word that may stand for any project
    points_back: bool  # "объект", "его", a bare "проект": whatever was told before
    told_back: bool  # "этот завод": the plant told before, however it was described
    weighed: bool  # "инвестиции в его строительство": money or land for the work on it
    wholes: frozenset[str]  # "цикл завода", "котлован под АЭС": a bare noun it is part of
    spelling: tuple[
        str, ...
    ] = ()  # its naming words in text order, head last ("атомная", "электростанция")
    abbreviation: str = ""  # "аэс" when the noun is written in capitals ("АЭС", "ВПП")
    class_of: str | None = None  # "education" for "школа", "медицинское учреждение": health
    counted: bool = False  # "восемь парков": a number of projects, none told one by one
    plural: bool = False  # "откроет отделения": a set of projects, its number maybe told later
    moved: bool = False  # "производство перенесут": a seat moved, which moves but once
    bare_work: bool = False  # "на капитальный ремонт выделили": money for the work told before


class Tellings(NamedTuple):
    """Two claims of one document, the first told before the second, with the words each
    names its project by: what every test of a retelling compares."""

    analysed: AnalysedDocument
    first: Claim
    second: Claim
    earlier: ProjectWords
    later: ProjectWords


def restates(
    analysed: AnalysedDocument, first: Claim, second: Claim, words: InitiativeWords
) -> bool:
    """Whether `second` tells the project of `first` again: the same state (planned or
    launched), a runner in common and no other place, and its project either pointed back
    to or named by the same noun without a description the first lacks (or the other way
    round)."""
    earlier, later = _project_words(analysed, first, words), _project_words(analysed, second, words)
    if earlier is None or later is None:
        return False
    tellings = Tellings(analysed, first, second, earlier, later)
    if (
        first.evidence != second.evidence
        and _stage_of_its_own(analysed, second, words)
        and not headline_kin_retold(tellings, words)
    ):
        return False  # "построят детский сад … В апреле здание сдадут": a later stage; a
        # headline's project told by its kind in the body stays the one (initiative76)
    if first.evidence != second.evidence and _works_told_under_way(analysed, second, words):
        return False  # "откроют детский сад … Сейчас в здании сада ведутся работы"
    if _opened_after_works(tellings, words):
        return False  # "возводят спорткомплекс … В декабре откроют новый спортивный
        # комплекс": its opening is a later stage, wherever the works were told (initiative113)
    if (
        part_of_told_facility(tellings, words)
        and _shared_runner(first, second)
        and _same_place(first, second, words)
    ):
        return True  # "построят детский сад … В здании откроют 10 групп и бассейн"
    if (
        first.modality != second.modality
        and not later.weighed
        and not _headline_retold(analysed, first, second)
        and not _plan_told_after(analysed, first, second, later, words)
        and not _stage_told_after(tellings, words)
        and not state_retold(tellings, words, _expansion)
        and not headline_kin_retold(tellings, words)
        and not headline_lead_retold(tellings, words)
    ):
        return False  # a plan, then its launch: news; money put into it is not
    if _marked_return(tellings, words):
        return True  # "Напомним, компания построит завод по производству …"
    if not _shared_runner(first, second):
        return False
    if not later.describing & words.other_modifiers <= earlier.describing:
        return False  # "второй завод" after a plant; not after "вторая очередь завода"
    if later.counted and not earlier.counted and not _set_counted(earlier, later):
        return False  # "новый зоопарк" … "благоустроить восемь парков": a number of others
    if first.evidence != second.evidence and _part_of(earlier, later, words):
        return True  # "нулевой цикл завода": the bare plant is the one told, wherever
    if headline_kin_retold(tellings, words):
        return True  # "построят ледовую арену" … "Строительство спорткомплекса начнётся"
    if headline_lead_retold(tellings, words):
        return True  # "построит завод в России" … "приступит к строительству завода в …"
    if not _same_place(first, second, words):
        return False
    if later.bare_work and (
        first.evidence == second.evidence or thing_named_between(analysed, first, second, words)
    ):
        return False  # "построить корпус, а на капремонт выделит"; "… Каменская школа. На …"
    if later.points_back:
        return not earlier.points_back or first.evidence != second.evidence
    if first.evidence == second.evidence:  # "утвердил проект создания фонда": "проект"
        # frames the fund; "цементный завод, завод по производству плит": two plants
        return (
            (later.generic and earlier.position in later.phrase)
            or _included(analysed, first, earlier, later, words)
            or _repeated_bare(analysed, first, earlier, later)
        )
    if first.evidence != second.evidence and _class_named(earlier, later, words):
        return True  # "школа" … "образовательное учреждение"
    if first.evidence != second.evidence and _plant_told_generally(earlier, later, words):
        return True  # "завод" … "создание нового предприятия"
    if first.evidence != second.evidence and _project_of_the_earlier(earlier, later):
        return True  # "строительство АЭС" … "реализация проекта по созданию АЭС"
    heads = _same_head(earlier, later) or named_by_adjective(earlier, later, words)
    if heads is None:
        return False
    if first.evidence != second.evidence and earlier.moved and later.moved:
        return True  # "производство завода перенесут" … "химическое производство перенесут"
    earlier_describing, later_describing = (
        describing - words.work_done_modifiers for describing in heads
    )
    return (
        later.told_back
        or later_describing <= earlier_describing
        or earlier_describing <= later_describing
    )


def _stage_of_its_own(analysed: AnalysedDocument, claim: Claim, words: InitiativeWords) -> bool:
    """Whether the claim's sentence tells a stage of its project (finished, put into
    service, ready, taking its first users): news of its own, whatever it restates."""
    sentence = sentence_holding(analysed, claim.evidence.start)
    kind = claim.first("kind")
    if sentence is None or kind is None or kind.span is None:
        return False
    span = sentence.token_indices(kind.span.start, kind.span.end)
    if not span:
        return False
    return tells_stage(
        sentence.tokens,
        lambda index: sentence.dependents[index],
        range(span[0], span[-1] + 1),
        words,
    )


def _works_told_under_way(analysed: AnalysedDocument, claim: Claim, words: InitiativeWords) -> bool:
    """Whether the claim's sentence tells works going on now on its project ("Сейчас в
    здании сада ведутся работы"): a stage of its own, even after a headline naming the
    project (initiative116)."""
    sentence = sentence_holding(analysed, claim.evidence.start)
    kind = claim.first("kind")
    if sentence is None or kind is None or kind.span is None:
        return False
    span = sentence.token_indices(kind.span.start, kind.span.end)
    return bool(span) and tells_works_under_way(
        sentence.tokens,
        lambda index: sentence.dependents[index],
        range(span[0], span[-1] + 1),
        words,
    )


def _opened_after_works(tellings: Tellings, words: InitiativeWords) -> bool:
    """Whether a later sentence plans the opening of a new project the report told before
    as built or being built ("Строительство моста завершено" … "движение по мосту откроют
    весной"): the works are done or under way, so the plan is a stage still ahead, not the
    project told again. A plan told in the past ("было решено открыть") is its back story,
    a set or a number may be other projects, and a facility reopened after its repair or a
    creation only supported ("поддержало создание центра") told no works of building."""
    analysed, first, second, earlier, later = tellings
    if first.evidence == second.evidence:
        return False
    if first.modality != Modality.FACT or second.modality != Modality.PLANNED:
        return False
    if later.counted or later.plural or earlier.plural or later.weighed:
        return False
    sentence = sentence_holding(analysed, second.evidence.start)
    earlier_sentence = sentence_holding(analysed, first.evidence.start)
    if sentence is None or earlier_sentence is None or _told_in_past(sentence, later.position):
        return False
    opening, building = words.stage_opening_words, words.new_building_words
    return (
        _word_above(sentence, later.position, opening)
        and _word_above(earlier_sentence, earlier.position, building)
        and not _word_above(earlier_sentence, earlier.position, opening)
    )


def _word_above(sentence: Sentence, index: int, lemmas: frozenset[str]) -> bool:
    """Whether the project noun, or a word up to three steps above it, is one of `lemmas`
    ("откроют комплекс", "открытие комплекса", "движение по мосту откроют"; "закладка
    камня в честь начала строительства завода")."""
    tokens, seen = sentence.tokens, set()
    for _ in range(5):
        if not 0 <= index < len(tokens) or index in seen:
            return False
        seen.add(index)
        if tokens[index].lemma in lemmas:
            return True
        index = tokens[index].head
    return False


def _marked_return(
    tellings: Tellings,
    words: InitiativeWords,
) -> bool:
    """A later sentence marked as a retelling ("Напомним, …", "ещё раз") names the earlier
    project by the same noun, in the same state and at no other place: the one told before,
    whoever it names now and however it describes it. "Второй завод", a project ranked
    ("Напомним, первым открылся детсад на …") or a counted set after one project stays
    another: "напомним" also brings in the background of other projects."""
    analysed, first, second, earlier, later = tellings
    return (
        first.evidence != second.evidence
        and first.modality == second.modality
        and not later.generic
        and not (earlier.describing | later.describing) & words.other_modifiers
        and not later.describing & words.retold_ordinals
        and not (later.counted and not earlier.counted)
        and (earlier.head == later.head or _synonyms(earlier.head, later.head))
        and _same_place(first, second, words)
        and marked_as_retold(analysed, second, words)
    )


def _set_counted(earlier: ProjectWords, later: ProjectWords) -> bool:
    """Whether the later, counted projects are the earlier set with its number told ("откроет
    первые отделения" … "открыть первые 16 отделений"): the same noun, told in the plural
    first. A single project is no set: "новый зоопарк" … "восемь парков" are others."""
    return earlier.plural and earlier.head == later.head


def _part_of(earlier: ProjectWords, later: ProjectWords, words: InitiativeWords) -> bool:
    """Whether the later project is a stage of the works on the earlier one: a stage noun
    holding the earlier's noun, bare, as the whole it belongs to ("нулевой цикл завода",
    "котлован под АЭС"), the noun also as the last part of the earlier's compound
    ("стеклозавод"). A building of the whole ("корпус центра") may be a project of its own."""
    return later.head in words.work_stage_nouns and any(
        whole == earlier.head
        or (earlier.head.endswith(whole) and len(earlier.head) - len(whole) >= 3)
        for whole in later.wholes
    )


def _included(
    analysed: AnalysedDocument,
    claim: Claim,
    earlier: ProjectWords,
    later: ProjectWords,
    words: InitiativeWords,
) -> bool:
    """Whether the later project of one sentence is an item inside the earlier set ("157
    магазинов, в том числе три гипермаркета"): a marker of inclusion stands between them."""
    sentence = sentence_holding(analysed, claim.evidence.start)
    if sentence is None or not earlier.position < later.position:
        return False
    between = sentence.tokens[earlier.position + 1 : later.position]
    lemmas = f" {' '.join(token.lemma.lower() for token in between)} "
    return any(f" {marker} " in lemmas for marker in words.inclusion_markers)


def _repeated_bare(
    analysed: AnalysedDocument, claim: Claim, earlier: ProjectWords, later: ProjectWords
) -> bool:
    """Whether the later project of one sentence is the earlier's noun again, bare ("была
    потребность в восстановлении водонапорной башни, башню восстановили"): a noun with
    nothing of its own after the same noun is that one; "школу в Кальном" is another."""
    sentence = sentence_holding(analysed, claim.evidence.start)
    if sentence is None or not earlier.position < later.position:
        return False
    if earlier.head != later.head and not _synonyms(earlier.head, later.head):
        return False
    return all(
        sentence.tokens[child].relation in _BARE_RELATIONS
        for child in sentence.dependents[later.position]
    )


def _plan_told_after(
    analysed: AnalysedDocument,
    first: Claim,
    second: Claim,
    later: ProjectWords,
    words: InitiativeWords,
) -> bool:
    """Whether the later claim is the plan, told in the past, of a project the report has
    already told as launched ("открыли памятник … весной было решено установить памятник"):
    the project's back story, not news. A plan still ahead ("планируют построить школу")
    or one of a new thing ("решили построить новую школу") may be another project. A word
    pointing back ("решили её обустроить") may take up a thing only said to exist, whose
    works are then news."""
    if first.modality != Modality.FACT or second.modality != Modality.PLANNED or later.generic:
        return False
    sentence = sentence_holding(analysed, second.evidence.start)
    if sentence is None or first.evidence == second.evidence:
        return False
    if any(
        sentence.tokens[child].lemma in words.new_project_modifiers
        for child in sentence.dependents[later.position]
    ):
        return False
    return _told_in_past(sentence, later.position)


def _stage_told_after(
    tellings: Tellings,
    words: InitiativeWords,
) -> bool:
    """Whether a later sentence tells, by a word pointing back, the works under way on a
    project planned before ("пообещал создать парк … работы по его созданию ведутся"): the
    state differs, the project does not. The other way round a later stage told by a
    pronoun ("строится диспансер … Его планируется сдать через год") stays a claim of its
    own, and a word pointing to a thing described anew ("новый") may be another one; a bare
    launch noun ("Начало строительства может начаться") keeps the rules before."""
    analysed, first, second, _, later = tellings
    if first.evidence == second.evidence or later.counted or later.plural:
        return False
    if not later.points_back or later.head in words.launch_words:
        return False  # a bare "начало строительства …" is the launch told again, as before
    if first.modality != Modality.PLANNED or second.modality != Modality.FACT:
        return False
    sentence = sentence_holding(analysed, second.evidence.start)
    return sentence is not None and not any(
        sentence.tokens[child].lemma in words.new_project_modifiers
        for child in sentence.dependents[later.position]
    )


def _told_in_past(sentence: Sentence, index: int) -> bool:
    """Whether the nearest finite word above a token (itself, or its auxiliary or copula:
    "было решено", "была в планах") is in the past. A participle's tense is not the
    telling's: "ввод запланирован на декабрь" is a plan still ahead."""
    tokens, seen = sentence.tokens, set()
    while 0 <= index < len(tokens) and index not in seen:  # the trees may hold a cycle
        seen.add(index)
        carriers = [index] + [
            child
            for child in sentence.dependents[index]
            if tokens[child].relation in _TENSE_CARRIERS
        ]
        tense = next(
            (
                tokens[i].feats["Tense"]
                for i in carriers
                if "Tense" in tokens[i].feats and tokens[i].feats.get("VerbForm") == "Fin"
            ),
            None,
        )
        if tense is not None:
            return tense == "Past"
        index = tokens[index].head
    return False


def _same_head(earlier: ProjectWords, later: ProjectWords) -> tuple[set[str], set[str]] | None:
    """The two descriptions to compare when both name one noun, also where one writes it as
    a compound of a describing word's stem and the noun ("меткомбинат" for "металлургический
    комбинат"): that describing word is then part of the noun. None for different nouns."""
    if earlier.head == later.head or _synonyms(earlier.head, later.head):
        return set(earlier.describing), set(later.describing)
    for short, full, flip in ((later, earlier, False), (earlier, later, True)):
        expanded = _expansion(short, full)
        if expanded is not None:
            pair = (set(full.describing) - expanded, set(short.describing))
            return (pair[1], pair[0]) if flip else pair
    for compound, plain, flip in ((later, earlier, False), (earlier, later, True)):
        stem = compound.head.removesuffix(plain.head)
        if len(stem) < 3 or stem == compound.head:
            continue
        spelt = {word for word in plain.describing if word.startswith(stem)}
        if spelt:
            pair = (set(plain.describing) - spelt, set(compound.describing))
            return (pair[1], pair[0]) if flip else pair
    return None


def _same_place(first: Claim, second: Claim, words: InitiativeWords) -> bool:
    """No place in one claim that the other does not hold, unless one of them names none
    (a later sentence naming the place adds it), or the earlier names only regions and the
    later only places that are none: a town may lie inside ("в Кемеровской области" … "в
    Юрге"); two towns or two regions are two places. A state is no such site: "завод в
    России" then "в Ступино" may be a market's plan and one plant of it."""
    mine = {_identity(a) for a in first.arguments if a.role == "location"}
    theirs = {_identity(a) for a in second.arguments if a.role == "location"}
    if not mine or not theirs or theirs <= mine or mine <= theirs:
        return True
    if one_place_by_letters(
        [a.value for a in first.arguments if a.role == "location"],
        [a.value for a in second.arguments if a.role == "location"],
    ):
        return True  # "в ЮФО" … "в Южном федеральном округе (ЮФО)" (initiative94)
    wide = [_wide(a.value, words) for a in first.arguments if a.role == "location"]
    finer = [_wide(a.value, words) for a in second.arguments if a.role == "location"]
    return all(wide) and not any(finer)


def _wide(place: str, words: InitiativeWords) -> bool:
    """A region: a name holding a region noun ("Тверская область"), no state's."""
    return not is_state_in_any_case(place) and any(
        holds_stem(place, noun) for noun in words.wide_place_nouns
    )


def _synonyms(earlier: str, later: str) -> bool:
    """Two nouns of one kind ("комбинат" and "завод", "центр" and "комплекс"), or a
    compound told first and its last noun later ("электростанция" … "станция"); a compound
    told later says more ("комбинат" … "мясокомбинат": another plant)."""
    concept = kind_concept(earlier)
    if concept is not None and concept == kind_concept(later):
        return True
    return earlier.endswith(later) and len(earlier) - len(later) >= 3


def _expansion(short: ProjectWords, full: ProjectWords) -> set[str] | None:
    """The describing words of `full` an abbreviation spells out ("АЭС": "атомная
    электростанция", "ВПП": "взлётно-посадочная полоса"): each of the last words of `full`
    gives the abbreviation its first letter and maybe more letters from inside it. A bare
    noun whose first letter ends the abbreviation is its head ("станция" after "АЭС").
    None when the abbreviation is not of these words."""
    letters = short.abbreviation
    if not letters:
        return None
    if not full.describing and full.spelling and letters[-1] == full.spelling[-1][:1]:
        return set()
    parts = [part for word in full.spelling for part in word.split("-") if part]
    for count in range(1, len(parts) + 1):
        if _spells(letters, parts[-count:]):
            used = set(full.spelling[-count:]) if count <= len(full.spelling) else set()
            return {word for word in full.describing if _plain(word) in used}
    # "ТЦ" for "торгово-развлекательный центр": a compound word may give one letter only
    for count in range(1, len(full.spelling) + 1):
        if _spells(letters, list(full.spelling[-count:])):
            used = set(full.spelling[-count:])
            return {word for word in full.describing if _plain(word) in used}
    return None


def _spells(letters: str, parts: list[str]) -> bool:
    """Whether the letters are the parts' first letters, each part maybe giving more letters
    found in order inside it ("эс" from "электростанция")."""
    if not parts:
        return not letters
    part = parts[0]
    if not letters or letters[0] != part[0]:
        return False
    for taken in range(1, len(letters) - len(parts) + 2):
        position = 0
        fits = True
        for letter in letters[1:taken]:
            position = part.find(letter, position + 1)
            if position < 0:
                fits = False
                break
        if fits and _spells(letters[taken:], parts[1:]):
            return True
    return False


def _class_named(earlier: ProjectWords, later: ProjectWords, words: InitiativeWords) -> bool:
    """Whether the later project is a general noun with only a class adjective standing for
    the earlier ("медицинское учреждение" for a centre, "спортивный объект" for an arena):
    the earlier's class is that class or unknown. A school is no medical institution."""
    if later.head not in words.class_hypernyms or later.class_of is None:
        return False
    if not later.describing or not all(is_class_wording(word) for word in later.describing):
        return False
    return earlier.head not in words.class_hypernyms and earlier.class_of in {None, later.class_of}


def _plant_told_generally(
    earlier: ProjectWords, later: ProjectWords, words: InitiativeWords
) -> bool:
    """Whether the later project is a general noun of industry ("предприятие",
    "производство") standing for the plant told before ("завод керамической плитки" …
    "предприятия по производству керамической плитки"): it adds nothing the plant lacks."""
    return (
        later.head in words.industry_general_nouns
        and earlier.head in words.plant_nouns - words.industry_general_nouns
        and later.describing - words.industry_general_nouns - words.placing_nouns
        <= earlier.describing
    )


def _project_of_the_earlier(earlier: ProjectWords, later: ProjectWords) -> bool:
    """Whether the later project is a generic word ("проект") whose own words are the
    earlier's noun ("начала строительства первой АЭС" … "реализации проекта по созданию
    АЭС"): the project of that plant, told again."""
    return (
        later.generic
        and not earlier.generic
        and bool(later.describing)
        and later.describing <= {earlier.head, earlier.abbreviation, *earlier.describing}
    )


def _headline_retold(analysed: AnalysedDocument, first: Claim, second: Claim) -> bool:
    """Whether the first claim is the headline's and the second the body's first sentence:
    the body tells the headline's news again, often in another state ("построят школу" …
    "Строительство новой школы началось")."""
    return (
        is_headline_claim(analysed, first) and second.evidence.start == analysed.sentences[1].start
    )


def _shared_runner(first: Claim, second: Claim) -> bool:
    """A runner in common, by entity or by a word of its name ("Вьетнам", "Социалистическая
    Республика Вьетнам"), unless one of them names none: a restatement often adds the
    partners or the contractor of the project."""
    mine = [a for a in first.arguments if a.role == "organisations"]
    theirs = [a for a in second.arguments if a.role == "organisations"]
    if not mine or not theirs:
        return True
    if {_identity(a) for a in mine} & {_identity(a) for a in theirs}:
        return True
    mine_words, their_words = _name_words(mine), _name_words(theirs)
    return any(
        short == full or (short.isalpha() and full.startswith(short) and len(short) >= 4)
        for one, other in ((mine_words, their_words), (their_words, mine_words))
        for short in one
        for full in other
    )  # "Сбер" is the short name of "Сбербанк"


def _name_words(arguments: list[Argument]) -> set[str]:
    """Words of four letters or more, and a Latin name of two or three capitals ("LG" of
    "LG Electronics"): a company's short name is its full name's first word."""
    return {
        w.lower() for a in arguments for w in re.findall(r"\w{4,}|(?<!\w)[A-Z]{2,3}(?!\w)", a.value)
    }


def _identity(argument: Argument) -> str | int:
    return argument.entity if argument.entity is not None else argument.value.lower()


def _project_words(
    analysed: AnalysedDocument, claim: Claim, words: InitiativeWords
) -> ProjectWords | None:
    kind = next((a for a in claim.arguments if a.role == "kind" and a.span), None)
    sentence = sentence_holding(analysed, claim.evidence.start)
    if kind is None or kind.span is None or sentence is None:
        return None
    indices = sentence.token_indices(kind.span.start, kind.span.end)
    if not indices:
        return None
    tokens = sentence.tokens
    inside = set(indices)
    head = next((i for i in indices if tokens[i].head not in inside), indices[0])
    # "строительство завода": the plant; "сеть гипермаркетов": the shops
    for passed_over in (words.launch_words, words.collective_nouns):
        if tokens[head].lemma in passed_over:
            member = next(
                (i for i in indices if tokens[i].head == head and tokens[i].pos in _NOUNS),
                _genitive_noun(sentence, head),
            )
            # "сеть третьего поколения", "сеть связи": a network of no members named is
            # the network itself (initiative79), only "сеть гипермаркетов" is its members
            if passed_over is words.launch_words or tokens[member].lemma in words.project_nouns:
                head = member
    phrase = _phrase(analysed, sentence, head)
    # "объект на территории колонии": an address says where the thing is, not which one
    # (initiative79)
    addressed = _addressed(sentence, phrase, words)
    describing = frozenset(
        tokens[i].lemma
        for i in phrase
        if i not in addressed
        if (tokens[i].pos in _NAMING or tokens[i].lemma in words.other_modifiers)
        and tokens[i].lemma not in words.plain_modifiers
        and tokens[i].lemma not in words.evaluative_modifiers
        and tokens[i].lemma not in words.launch_words
    )
    lemma = words.act_nouns_of_verbs.get(tokens[head].lemma, tokens[head].lemma)
    pointing = (
        words.project_pronouns
        | words.project_referents
        | words.carried_out_referents
        | words.generic_project_nouns
    )
    told_back = any(
        tokens[child].lemma in words.restating_determiners for child in sentence.dependents[head]
    )
    generic = lemma in pointing or (lemma in words.restating_hypernyms and not describing)
    points_back = generic and (told_back or not describing)
    weighed = _weighed(sentence, head, words)
    bare_work = weighs_bare_work(sentence, head, describing, weighed, words)
    if bare_work:
        generic = points_back = True  # "на капитальный ремонт выделили": the work told before
    naming = sorted(
        i for i in phrase if i < head and tokens[i].pos == "ADJ" and tokens[i].lemma in describing
    )
    spelling = tuple(_plain(tokens[i].lemma) for i in (*naming, head))
    letters = _abbreviation(tokens[head].text, words)
    class_words = [tokens[i].lemma for i in naming] + [lemma]
    return ProjectWords(
        lemma,
        head,
        phrase,
        describing,
        generic,
        points_back,
        told_back,
        weighed,
        _bare_wholes(sentence, head, words),
        spelling,
        letters,
        kind_class(" ".join(class_words)),
        any(tokens[c].relation.startswith("nummod") for c in sentence.dependents[head]),
        tokens[head].feats.get("Number") == "Plur",
        _moved(sentence, head, words),
        bare_work,
    )


def _addressed(sentence: Sentence, phrase: frozenset[int], words: InitiativeWords) -> set[int]:
    """The tokens of the phrase an address noun heads ("на территории колонии"), itself
    included."""
    found: set[int] = set()
    stack = [i for i in phrase if sentence.tokens[i].lemma in words.address_nouns]
    while stack:
        index = stack.pop()
        if index not in found:  # the parser's trees may hold a cycle: each token once
            found.add(index)
            stack.extend(sentence.dependents[index])
    return found


def _moved(sentence: Sentence, head: int, words: InitiativeWords) -> bool:
    """A seat ("завод", "производство") that a verb or noun of moving carries: one
    story's plant moves once, so its move told again with other words is the same move."""
    if sentence.tokens[head].lemma not in words.seat_nouns:
        return False
    governor = sentence.tokens[head].head
    moving = words.moving_verbs | words.carrying_verbs | words.moving_nouns
    return 0 <= governor < len(sentence.tokens) and sentence.tokens[governor].lemma in moving


def _abbreviation(text: str, words: InitiativeWords) -> str:
    """The letters of a noun written in capitals ("АЭС", "ВПП"), also with a case ending in
    small letters after them ("ФОКа", "ТЦ"), lower-cased; "" for any other word."""
    written = _ABBREVIATION.fullmatch(text)
    if written is None or (written[2] and written[2] not in words.abbreviation_endings):
        return ""
    return _plain(written[1])


def _genitive_noun(sentence: Sentence, head: int) -> int:
    """The noun a launching noun is about when the kind was cut short before it
    ("Строительство медицинского | учреждения"): its genitive noun, or itself."""
    tokens = sentence.tokens
    for child in sentence.dependents[head]:
        if (
            tokens[child].pos in _NOUNS
            and tokens[child].relation == "nmod"
            and not any(tokens[i].relation == "case" for i in sentence.dependents[child])
        ):
            return child
    return head


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")


def _weighed(sentence: Sentence, head: int, words: InitiativeWords) -> bool:
    """Whether the project, or the work on it, is only what something is for: the object of
    a preposition of purpose ("инвестиции в его строительство", "для строительства арены
    выделен участок"). Such a sentence weighs a project told before; its state is the
    money's or the land's, not news of the project."""
    tokens, index = sentence.tokens, head
    seen = {head}  # the parser's trees may hold a cycle ("строительство" ↔ "терминал")
    while (
        (above := tokens[index].head) >= 0
        and above not in seen
        and tokens[above].pos in _NOUNS
        and tokens[above].lemma in words.launch_words
    ):
        index = above  # from the plant to "строительство завода", not to a verb
        seen.add(above)
    return any(
        tokens[child].relation == "case" and tokens[child].lemma in words.weighing_prepositions
        for child in sentence.dependents[index]
    )


def _bare_wholes(sentence: Sentence, head: int, words: InitiativeWords) -> frozenset[str]:
    """Nouns the project belongs to, told bare and so told before: a genitive or a noun
    after a preposition of a part or site ("под", "для"), with no word of their own that says which one ("цикла
    завода", "под АЭС"; not "завода по выпуску шин", nor "дорога к заводу"). A measure
    ("трубопровода протяжённостью 223 км") says how big, not which one; a further item
    joined to the whole ("части трубопровода и станций") is not its description."""
    tokens, found = sentence.tokens, set()
    for child in sentence.dependents[head]:
        if tokens[child].pos not in _NOUNS or tokens[child].relation.split(":")[0] != "nmod":
            continue
        below = sentence.dependents[child]
        cases = {tokens[i].lemma for i in below if tokens[i].relation == "case"}
        if cases and not cases <= words.whole_prepositions:
            continue
        own = [
            i
            for i in below
            if tokens[i].relation not in {"case", "punct", "conj", "cc"}
            and tokens[i].lemma
            not in words.plain_modifiers | words.restating_determiners | words.size_nouns
        ]
        if not own:
            found.add(tokens[child].lemma)
    return frozenset(found)


def _phrase(analysed: AnalysedDocument, sentence: Sentence, head: int) -> frozenset[int]:
    """The tokens below the project's noun that say which one it is ("цементный", "по
    производству плит"), past the kind Concord keeps short; names, clauses and further
    items of a list are not its description."""
    named = {
        index
        for mention in analysed.mentions
        if sentence.start <= mention.start < sentence.end
        for index in sentence.token_indices(mention.start, mention.end)
    }
    found: set[int] = set()
    stack = list(sentence.dependents[head])
    while stack:
        index = stack.pop()
        relation = sentence.tokens[index].relation.split(":")[0]
        if index in found or index == head or index in named or relation in _OTHER_THINGS:
            continue  # the parser's trees may hold a cycle: each token once
        found.add(index)
        stack.extend(sentence.dependents[index])
    return frozenset(found)
