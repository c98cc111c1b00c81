"""Works told by fitting words and by readiness: a facility or a fitted thing installed,
replaced, arranged, planted, equipped or renewed ("установлена новая котельная", "замена
труб", "обустроят сквер", "высадили аллею", "обновят 55 км сетей"), and a building told
only by how ready it is ("готовность школы составляет 80 %").

Fitting words are common in other senses ("установить причину", "заменить игрока",
"обустроить быт"), so the sense is tested on the object: a built facility or a listed
fitted thing, taken by the word itself with no preposition between.
"""

from __future__ import annotations

from concord.extract.initiative.framed import part_of_named
from concord.extract.initiative.improved_places import installed_thing
from concord.extract.initiative.launchers import launcher_of
from concord.extract.initiative.projects import is_project
from concord.extract.initiative.reading import bare_accusative, verb_like
from concord.extract.initiative.renewed_parts import (
    list_items,
    listed_after_part,
    renewed_part,
    repair_fits,
)
from concord.extract.initiative.words import InitiativeWords
from concord.extract.initiative.works_in_context import (
    accusative_subject,
    fits_in_context,
    fitted_in_context,
)
from concord.extract.sentence_view import SentenceView

# Relations in which a verb takes what it acts on; a reflexive or passive verb also its
# subject ("устанавливаются фонари", "установлена котельная").
_OBJECT_RELATIONS = frozenset({"obj", "nsubj:pass"})


def fittable(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A thing fitting words may launch: a listed fitted thing, or a listed project that
    is built (no body, service, field or thing run rather than built); read once per word
    (the fitting and the readiness launch both ask)."""
    return view.remembered(_fittable, index, words)


def _fittable(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    token = view.tokens[index]
    if token.pos != "NOUN" or token.feats.get("Animacy") == "Anim":
        return False
    if view.mention_at(index) is not None:
        return False
    if fitted_thing(view, index, words) or renewed_part(view, index, words):
        return True
    return token.lemma not in words.unfitted_nouns and is_project(view, index, words)


def fitted_thing(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A listed fitted thing, or one fitted only within a work the report told before."""
    return (
        view.tokens[index].lemma in words.fitted_nouns
        or fitted_in_context(view, index, words)
        or installed_thing(view, index, words)
    )


def fitting_launch(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The fitting word taking the noun directly: as the verb's object, as a passive's or
    reflexive's subject, or as a fitting noun's genitive ("установка ограждения"); past a
    measure the noun is counted in ("заменили 300 метров труб"), for a later item of a
    list through the first ("обновят парк, сквер и набережную"), and through a part of it
    ("установили элементы спортивной площадки")."""
    if not fittable(view, index, words) or _holds_launched_project(view, index, words):
        return None
    placing = fitted_thing(view, index, words)  # "поставить МАФы"
    whole = _fitting_word(view, index, placing, words)
    if whole is not None and _folded_into_earlier(view, index, words):
        return None  # "заменили окна, радиаторы и пол": one work, told by its first item
    part = part_holder(view, index, words)
    if whole is None and part is not None:
        return _fitting_word(view, part, placing, words)
    return whole


def _folded_into_earlier(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A later item of a list of parts renewed together is told by an earlier item only
    when that item makes a claim itself, fitted or launched: "заменил инженерные системы,
    двери и окна" has no claim for "системы" (no part alone), so "двери" tells the work;
    "отремонтировано отделение и кровля" is told by "отделение" (initiative46)."""
    first = _first_item(view, index)
    if not listed_after_part(view, index, first, words):
        return False
    return any(
        item < index
        and (fitting_launch(view, item, words) is not None or launcher_of(view, item, words) is not None)
        for item in list_items(view, first)
    )


def _first_item(view: SentenceView, index: int) -> int:
    """The first item of the list the word is in (the word itself when it is in none)."""
    seen = {index}
    word = index
    while view.tokens[word].relation == "conj":
        first = view.tokens[word].head
        if not 0 <= first < word or first in seen:
            break
        seen.add(first)
        word = first
    return word


def part_holder(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The part noun the word is the bare genitive of ("элементы площадки", "столбики
    ограждения", "корпус больницы"), else none."""
    token = view.tokens[index]
    head = token.head
    if (
        0 <= head < index
        and token.relation == "nmod"
        and token.feats.get("Case") == "Gen"
        and not view.preposition(index)
        and view.tokens[head].lemma in words.part_nouns
    ):
        return head
    return None


def _fitting_word(
    view: SentenceView, index: int, placing: bool, words: InitiativeWords
) -> int | None:
    """The fitting (or, for a fitted thing, placing) word that takes the noun directly."""
    taken = _taken(view, index)
    if taken is None:
        return None
    head, relation, case, preposition = taken
    governor = view.tokens[head]
    in_context = placing and fits_in_context(view, head, index, words)  # "разбиты клумбы"
    fits = (
        words.fits(governor.lemma, governor.pos)
        or (placing and words.places(governor.lemma, governor.pos))
        or in_context
        or _counted_improvement(view, index, head, words)
    )
    if not placing and renewed_part(view, index, words):  # "заменили кровлю", not "возвели"
        fits = repair_fits(view, head, words)
    if preposition or not fits:
        return None
    if verb_like(governor, words) and (
        relation in _OBJECT_RELATIONS
        or (relation == "nsubj" and (in_context or _passive(view, head, words)))
    ):
        if fitted_with(view, head, words) or _fitted_in_part(view, index, head, words):
            return None
        return head
    if governor.pos == "NOUN" and relation == "nmod" and case == "Gen" and index > head:
        return head
    return None


def _counted_improvement(view: SentenceView, index: int, head: int, words: InitiativeWords) -> bool:
    """ "В рамках программы в Ельце благоустроят 9 дворов", "благоустроили 200 дворов"
    (initiative90): a word of improvement taking counted fitted places directly is a
    programme's work on them, as "отремонтируют 9 дворов" is; one yard "благоустроили путём
    установки клумб" by its residents stays greening (round 31)."""
    return view.tokens[head].lemma in words.improvement_words and any(
        view.tokens[child].relation.startswith("nummod") for child in view.children(index)
    )


def listed_work_part(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "проведены работы по планировке грунта, установке ограждения, обустройстве
    освещения": a fitted thing of no project list whose fitting noun is one item of a list
    of works is a part of the project those works build (the extractor drops it where the
    sentence or the one before claims that project)."""
    if not fitted_thing(view, index, words) or is_project(view, index, words):
        return False
    fitting = view.tokens[launcher]
    if fitting.pos != "NOUN":
        return False
    head = fitting.head
    listed_after = fitting.relation == "conj" and 0 <= head < len(view.tokens)
    return (listed_after and view.tokens[head].pos == "NOUN") or any(
        view.tokens[child].relation == "conj" and view.tokens[child].pos == "NOUN"
        for child in view.children(launcher)
    )


def _holds_launched_project(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "начнётся замена труб водопровода": a fitted thing of a listed project launched on
    its own is told with that project, not again."""
    return any(
        view.tokens[child].relation == "nmod"
        and view.tokens[child].feats.get("Case") == "Gen"
        and not view.preposition(child)
        and is_project(view, child, words)
        and launcher_of(view, child, words) is not None
        for child in view.children(index)
    )


def _taken(view: SentenceView, index: int) -> tuple[int, str, str | None, str | None] | None:
    """The word taking the noun, its relation, case and preposition: the first item's for
    a listed one, the measure's for a counted one."""
    seen = {index}
    word = index
    while view.tokens[word].relation == "conj":
        first = view.tokens[word].head
        if not 0 <= first < word or first in seen:
            return None
        seen.add(first)
        word = first
    token = view.tokens[word]
    head = token.head
    if not 0 <= head < len(view.tokens):
        return None
    case = token.feats.get("Case")
    if case == "Gen" and _measure(view, head) and head not in seen:
        measure = view.tokens[head]  # "300 метров труб": the measure is what is taken
        if not 0 <= measure.head < len(view.tokens):
            return None
        return measure.head, measure.relation, measure.feats.get("Case"), view.preposition(head)
    accusative = bare_accusative(view, word) or accusative_subject(view, word)
    relation = "obj" if accusative else token.relation
    return head, relation, case, view.preposition(word)


def fitted_with(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """ "пандусами оборудуют 120 школ": an equipping verb tells what it fits in the
    instrumental, the object is only where it goes. The parser may hang the instrumental
    elsewhere in the clause, so the words before the verb back to a punctuation mark count."""
    if view.tokens[verb].lemma not in words.equipping_words:
        return False
    clause = set(view.children(verb))
    position = verb - 1
    while position >= 0 and view.tokens[position].pos != "PUNCT":
        clause.add(position)
        position -= 1
    dated = {i for d in view.dates for i in view.token_indices(d.start, d.end)}
    return any(
        view.tokens[i].feats.get("Case") == "Ins"
        and view.tokens[i].pos == "NOUN"
        and not view.preposition(i)
        and i not in dated
        for i in clause
    ) and not equipping_of_its_own(view, verb, words)


def equipping_of_its_own(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """ "В рамках программы «Доступная среда» оборудуют пандусами 40 остановок", "на 3 млн
    рублей пандусами оснастят 12 переходов" (initiative90): equipping the facilities told
    with the programme that runs it or the money given for it is a work of its own on them,
    as a part repaired "with its money" is (gold.md, initiative74); a bare "пандусами
    оборудуют 120 школ" still only tells where ramps go."""
    clause = set(view.subtree(verb))
    if any(view.tokens[i].lemma in words.programme_nouns for i in clause):
        return True
    return any(
        set(view.token_indices(q.start, q.end)) & clause
        and any(
            view.tokens[i].lemma.lower() in words.sum_words
            for i in view.token_indices(q.start, q.end)
        )
        for q in view.quantities
    )


def _fitted_in_part(view: SentenceView, index: int, verb: int, words: InitiativeWords) -> bool:
    """ "отремонтирует набережную: там заменят плитку и установят фонари", "на ней установят
    скамейки": a fitted thing of no project list put where a project told before stands is
    a part of that project (the adverb may stand on the first verb of a list of them)."""
    if not fitted_thing(view, index, words):
        return False
    if part_of_named(view, verb, words):
        return True
    verbs = [verb]
    if view.tokens[verb].relation == "conj" and 0 <= view.tokens[verb].head < len(view.tokens):
        verbs.append(view.tokens[verb].head)
    return any(
        view.tokens[child].lemma in words.part_adverbs
        for position in verbs
        for child in view.children(position)
    )


def _measure(view: SentenceView, index: int) -> bool:
    """The word lies in a quantity the sentence counts ("300 метров") or is counted by a
    number ("55 км", where the quantity found is the number alone)."""
    return any(index in view.token_indices(q.start, q.end) for q in view.quantities) or any(
        view.tokens[child].relation == "nummod" for child in view.children(index)
    )


def _passive(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """A reflexive or passive verb, or a short passive participle ("установлена")."""
    token = view.tokens[verb]
    return (
        words.reflexive_stem(token.lemma) is not None
        or token.feats.get("Voice") == "Pass"
        or token.feats.get("VerbForm") == "Part"
    )


def readiness_launch(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Готовность новой школы составляет 80 процентов": a built project in the genitive
    of a readiness noun whose clause gives a share is under way; the readiness noun is
    its launch. Without a share ("готовность школы к учебному году") nothing is built."""
    if not fittable(view, index, words):
        return None
    part = part_holder(view, index, words)  # "готовность корпуса больницы"
    held = index if part is None else part
    head = view.tokens[held].head
    if not (
        0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.readiness_nouns
        and view.tokens[held].feats.get("Case") == "Gen"
        and not view.preposition(held)
    ):
        return None
    clause = view.tokens[head].head
    reach = set(view.subtree(clause)) if 0 <= clause < len(view.tokens) else set()
    reach |= set(view.subtree(head))
    return head if any(_share(view, q.start, q.end, reach, words) for q in view.quantities) else None


def _share(view: SentenceView, start: int, end: int, reach: set[int], words: InitiativeWords) -> bool:
    """A quantity in reach counted in shares ("80 %", "60 процентов")."""
    covered = view.token_indices(start, end)
    return bool(set(covered) & reach) and any(
        view.tokens[i].lemma in words.share_words or view.tokens[i].text in words.share_words
        for i in covered
    )
