"""Works named only as a body's trade or a site's purpose, and money for classes of things.

National and international news names works in passing: an office called after what it
does ("Дирекция по строительству АЭС подписала контракт"), land handed over for a future
plant ("передадут площадку под строительство АЭС"), money for building and repairing
"социальных объектов" in general. None of these launches the project its words name; the
launch, if any, is told elsewhere in the sentence or report.
"""

from __future__ import annotations

from concord.extract.initiative.projects import is_project, no_project_in_particular
from concord.extract.initiative.reading import is_work
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def work_names_a_trade(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Дирекция по строительству АЭС", "управление по созданию технопарка": a work hung
    by "по" on an office's noun names the office's trade, not a launch of its object."""
    token = view.tokens[launcher]
    if token.pos != "NOUN" or view.preposition(launcher) not in words.trade_prepositions:
        return False
    head = token.head
    return 0 <= head < launcher and (
        view.tokens[head].lemma in words.trade_office_nouns or words.body(view.tokens[head].lemma)
    )


def site_for_building(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "площадку под строительство второй АЭС": a site given for a work on something else
    is land for that project, not a project itself (the plant is read at its own noun)."""
    if view.tokens[index].lemma not in words.site_nouns:
        return False
    return any(
        view.preposition(child) in words.site_purpose_prepositions
        and view.tokens[child].lemma in words.build_words
        for child in view.children(index)
    )


def place_of_the_project(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "создать лабораторию в университете": a project noun in the case of a setting
    ("в" + locative) on the project the launching word takes is that project's place, not
    a second project launched."""
    token = view.tokens[index]
    cases = words.setting_prepositions.get(view.preposition(index) or "", frozenset())
    if token.feats.get("Case") not in cases or token.relation != "nmod":
        return False
    head = token.head
    if head == launcher and view.tokens[launcher].pos == "NOUN":
        # "закладка завода в особой экономической зоне" read as two nouns under the
        # launching one: the project in its bare genitive, the setting after it
        return any(
            child < index and view.bare_genitive(child) and is_project(view, child, words)
            for child in view.children(launcher)
        )
    if not 0 <= head < index or view.tokens[head].head != launcher:
        return False
    taken = view.tokens[head]
    # "закладка нового завода в особой экономической зоне" (initiative79): a launching
    # noun takes its project in the bare genitive as its verb takes the object
    by_noun = view.tokens[launcher].pos == "NOUN" and view.bare_genitive(head)
    return (taken.relation == "obj" or by_noun) and is_project(view, head, words)




def purpose_of_a_thing(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "завод по производству изделий для возведения малоэтажных домов", "техника для
    строительства дорог": a work after "для" on a thing (not on money, which funds it, nor
    on land, read by `site_for_building`) tells what the thing is for, not a launch."""
    token = view.tokens[launcher]
    if token.pos != "NOUN" or view.preposition(launcher) not in words.thing_purpose_prepositions:
        return False
    head = token.head
    if not 0 <= head < launcher or view.tokens[head].pos != "NOUN":
        return False
    # "документация для строительства детсада", "поиск подрядчика для строительства
    # школы": a step of the work itself (initiative101), as money and land are its means
    steps = words.preparation_nouns | words.contractor_nouns
    return view.tokens[head].lemma not in words.money_nouns | words.site_nouns | steps


def works_on_classes(view: SentenceView, work: int, words: InitiativeWords) -> bool:
    """ "на строительство и капитальный ремонт социальных объектов", "на строительство,
    реконструкцию … учреждений": works listed together over things in general (their shared
    object an uncounted plural of a general noun) fund no project in particular."""
    lemma = view.tokens[work].lemma
    listed_work = lemma in words.work_nouns | words.build_words | words.renovation_nouns
    if not (listed_work and is_work(view, work, words)) or view.holds_bare_genitive(work):
        return False  # "на ремонт школ и других объектов": the schools are its object
    first = work
    if view.tokens[work].relation == "conj" and 0 <= view.tokens[work].head < work:
        first = view.tokens[work].head  # "реконструкцию" of "на строительство, реконструкцию"
    listed = [first, *(c for c in view.children(first) if view.tokens[c].relation == "conj")]
    return len(listed) > 1 and any(
        no_project_in_particular(view, item, words) for item in listed if item != work
    )


def works_across_territories(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """ "Правительство направит 3 млрд рублей на строительство поликлиник в регионах",
    "регионам выделят 2 млрд на ремонт школ" (initiative90): a work on an uncounted, unnamed
    plural of facilities, told over territories named only by their class (an unnamed
    plural "регионы", "субъекты", "муниципалитеты") with money told, is federal or regional
    money spread over a class of things, a budget line rather than one project; "на ремонт
    школ в Тулуне", "на строительство 12 школ в регионах" stay, and so does such a work
    told with no money ("считает итогом строительство комплексов в районах", round 24)."""
    objects = [index] if is_work(view, launcher, words) else []
    if is_work(view, index, words):  # "на ремонт и восстановление школ": the work itself
        works = [index, *(c for c in view.children(index) if view.tokens[c].relation == "conj")]
        objects.extend(c for w in works for c in view.children(w) if view.bare_genitive(c))
    if not any(_bare_plural(view, thing) for thing in objects) or not _money_told(view, words):
        return False  # "итогом года считает строительство комплексов в районах": no money
    return any(
        token.lemma in words.territory_class_nouns
        and token.feats.get("Number") == "Plur"
        and token.pos == "NOUN"
        and view.mention_at(position) is None
        and not any(view.tokens[c].pos == "PROPN" for c in view.children(position))
        for position, token in enumerate(view.tokens)
    )


def _bare_plural(view: SentenceView, index: int) -> bool:
    """A plural noun with no count, determiner or name of its own ("поликлиник", "новых
    школ"; not "12 школ", "этих школ", "школ «Гимназия»")."""
    token = view.tokens[index]
    if token.pos != "NOUN" or token.feats.get("Number") != "Plur":
        return False
    return view.mention_at(index) is None and not any(
        view.tokens[child].pos in {"NUM", "DET", "PROPN"}
        or view.tokens[child].relation.startswith(("nummod", "det", "flat", "appos"))
        or (view.mention_at(child) is not None and not view.preposition(child))
        for child in view.children(index)
    )


def _money_told(view: SentenceView, words: InitiativeWords) -> bool:
    """The sentence gives a sum of money ("3 млрд рублей") or names money ("средства")."""
    return any(token.lemma in words.money_nouns for token in view.tokens) or any(
        view.tokens[i].lemma.lower() in words.sum_words
        for q in view.quantities
        for i in view.token_indices(q.start, q.end)
    )
