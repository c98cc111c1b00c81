"""Objects a frame makes into projects: a noun on no project list becomes one when a
building or opening word governs it as a concrete thing ("возвели овощехранилище",
"открыли в Томской области полигон"), not an artwork, a so-called thing in quotes or a
part of a project named before. Also the complements that only tell what a project
belongs to or does ("линия метро") and projects held by a work ("корпус больницы").
"""

from __future__ import annotations

from concord.extract.initiative.launchers import relative_launch
from concord.extract.initiative.projects import (
    generic_topic,
    genitive_holder,
    is_project,
    misread_name,
    new_facility,
    no_project_in_particular,
)
from concord.extract.initiative.reading import PLACE_TYPES, bare_accusative, names_settlement
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView
from concord.knowledge.morphology import parses


def part_of_project(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "линия метро", "завод по производству удобрений": a genitive or "по" complement
    of the project noun before it says what the project belongs to or does, and is no
    project of its own."""
    head = view.tokens[index].head
    if generic_topic(view, head, words):
        return True  # "проект по строительству терминала": the project is the topic
    holder = genitive_holder(view, index, words)
    if holder is not None and not held_by_work(view, holder, words):
        return True  # "открыл корпус кардиоцентра", "запустил процедуру банкротства завода"
    if (  # "дворец с двумя бассейнами": what a facility is built with is part of it
        0 <= head < index
        and view.tokens[head].pos in {"NOUN", "PROPN"}
        and view.tokens[index].relation == "nmod"
        and view.preposition(index) in words.component_prepositions
    ):
        return True
    if _misattached_genitive(view, index, words):
        return True
    if not (
        0 <= head < index
        and is_project(view, head, words)
        and view.tokens[head].lemma not in words.launch_words  # "строительство завода"
    ):
        return False
    if view.preposition(index) in words.topic_prepositions:
        return True
    return view.tokens[index].feats.get("Case") == "Gen" and all(
        view.tokens[i].pos in {"ADJ", "NOUN"} for i in range(head + 1, index)
    )


def _misattached_genitive(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "открытие кампуса университета": the parser may hang the second genitive on the
    launching noun beside the first, but with nothing between them but the first's own
    words it still says whose the first project is; a second project needs a list."""
    token = view.tokens[index]
    if token.relation != "nmod" or token.feats.get("Case") != "Gen" or view.preposition(index):
        return False
    for sibling in view.children(token.head):
        if (
            sibling < index
            and sibling != token.head
            and view.tokens[sibling].relation == "nmod"
            and view.tokens[sibling].feats.get("Case") == "Gen"
            and not view.preposition(sibling)
            and is_project(view, sibling, words)
            and all(
                view.tokens[between].pos in {"ADJ", "NOUN", "PROPN"}
                for between in range(sibling + 1, index)
            )
        ):
            return True
    return False


def held_by_work(view: SentenceView, holder: int | None, words: InitiativeWords) -> bool:
    """ "строительство корпуса больницы", "заработала система велопроката": the genitive
    project stays the claim, its kind starting at the holder, unless the holder claims
    itself (a framed "открыл корпус центра в Омске") or is no project at all
    ("процедура банкротства завода")."""
    if holder is None:
        return False
    governor = view.tokens[holder].head
    if view.tokens[governor].lemma in words.project_nouns:
        return True
    lemma = view.tokens[holder].lemma
    if lemma in words.phase_nouns:
        return True  # "построят вторую очередь центра": the centre's phase is built
    if (
        lemma.endswith(words.abstract_suffixes)
        and lemma not in words.structure_nouns
        and view.tokens[governor].lemma not in words.opening_words
    ):
        return False  # "начнётся заполнение водохранилища": an operation on the thing
    return not (
        lemma in words.non_project_objects | words.abstract_objects
        or framed_object(view, holder, words) is not None
    )


def _concrete(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A thing that can be built or opened: an inanimate common noun, no abstraction,
    event, document or product, and no name."""
    token = view.tokens[index]
    spans = [
        (q.start, q.end) for q in view.quantities if not _counts_itself(q.unit, token.lemma, words)
    ] + [(d.start, d.end) for d in view.dates]
    measured = any(index in view.token_indices(start, end) for start, end in spans)
    return (
        token.pos in {"NOUN", "PROPN"}  # "заложат Дворец спорта": a capitalised common noun
        and not (token.pos == "PROPN" and _adjective(token.text))  # "Камбаратинской ГЭС"
        and not measured  # "10 млн", "год России"
        and not so_called(view, index, words)
        and token.feats.get("Animacy") != "Anim"
        and (
            view.mention_at(index) is None
            or _glued_to_place(view, index, words)
            # "Новый дом культуры открыли в селе": a lower-case noun in a misread "name"
            or (token.text[:1].islower() and misread_name(view, index, words))
        )
        and token.lemma not in words.non_project_objects | words.abstract_objects
        and (
            not token.lemma.endswith(words.abstract_suffixes)
            or token.lemma in words.structure_nouns
        )
        and token.lemma not in words.launch_words
        and not no_project_in_particular(view, index, words)
    )


def _counts_itself(unit: str, lemma: str, words: InitiativeWords) -> bool:
    """ "отремонтируют 181 улицу": the quantity counts the noun itself, which stays a thing
    built or repaired; money, shares and units of measure ("10 километров") measure."""
    return unit == lemma.lower() and lemma.lower() not in words.measure_unit_nouns


def _adjective(word: str) -> bool:
    """The dictionary reads the word first as an adjective: a capitalised one the tagger
    called a proper noun ("Камбаратинской" before "ГЭС-1") names nothing by itself."""
    readings = parses(word.lower())
    return bool(readings) and readings[0].tag.POS == "ADJF"


def _glued_to_place(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "открыла в Ржеве хоспис": the name finder glued the lowercase object onto the place
    before it ("Ржеве хоспис"); the object is a common noun, no name."""
    mention = view.mention_at(index)
    if mention is None or not view.tokens[index].text.islower():
        return False
    covered = view.token_indices(mention.start, mention.end)
    return (
        covered[-1] == index
        and len(covered) > 1
        and view.preposition(covered[0]) in words.place_prepositions
    )


def so_called(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "откроют «альтернативный памятник»": a common noun in quotes is a so-called one;
    a quote that goes on past the noun ("«Новая станция будет открыта в мае», — сказал")
    is speech, and reports."""
    start = index
    while start > 0 and view.tokens[start - 1].pos == "ADJ":
        start -= 1
    if not (start > 0 and view.tokens[start - 1].text in words.quotes):
        return False
    for following in range(index + 1, len(view.tokens)):
        token = view.tokens[following]
        if token.text in words.closing_quotes:
            return True  # the quote closes on the noun's own words: a title
        if token.pos in {"VERB", "AUX", "PUNCT"}:
            return False  # a predicate inside the quote: speech
    return True


def part_of_named(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """ "на ней построят пять велопарковок": built on or in a project named before (a
    pronoun place), a part of it rather than a project of its own."""
    verbs = [verb]
    if view.tokens[verb].relation == "conj":  # "на ней установят … и построят …"
        verbs.append(view.tokens[verb].head)
    return any(
        view.tokens[child].pos == "PRON" and view.preposition(child) in words.part_prepositions
        for position in verbs
        if 0 <= position < len(view.tokens)
        for child in view.children(position)
    )


def _placed_or_sized(view: SentenceView, verb: int, index: int, words: InitiativeWords) -> bool:
    """ "открыли в Томской области полигон", "зал на 400 мест": an opened object with a
    place or a size is a facility."""
    subtree = set(view.subtree(index))
    sized = subtree | {  # "открыл коворкинг на 200 мест": the parser may hang it on the verb
        i
        for child in view.children(verb)
        if child > index and view.preposition(child) in words.capacity_prepositions
        for i in view.subtree(child)
    }
    if any(set(view.token_indices(q.start, q.end)) & sized for q in view.quantities):
        return True
    places = [
        i
        for child in view.children(verb)
        if view.preposition(child) in words.place_prepositions
        for i in view.subtree(child)
    ]
    return bool(view.mentions_in([*places, *subtree], PLACE_TYPES))


def framed_object(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The launching word whose frame makes a noun of no project list a project: the
    object of a building word ("возвели овощехранилище", "строительство арены", "заложили
    камень дата-центра"), or the placed or sized object of an opening word."""
    token = view.tokens[index]
    if token.pos not in {"NOUN", "PROPN"}:
        return None  # both frames below want a noun (`_concrete`, or a facility's name)
    participle = _building_participle(view, index, words)
    if participle is not None and _concrete(view, index, words):
        return participle
    head = token.head
    relative = (
        None
        if 0 <= head < len(view.tokens)
        and words.launches(view.tokens[head].lemma, view.tokens[head].pos)
        else relative_launch(view, index, words)
    )  # its own launching head comes first
    if relative is not None and _concrete(view, index, words):
        # "арена, строительство которой ведёт X": the relative pronoun stands for the arena
        governor = view.tokens[relative]
        return relative if words.builds(governor.lemma, governor.pos) else None
    if not 0 <= head < len(view.tokens) or not (
        view.tokens[head].lemma in words.frame_words
        or words.builds(view.tokens[head].lemma, view.tokens[head].pos)
    ):
        return None  # the cheap test first: only these words frame a project
    if not _concrete(view, index, words) or token.lemma in words.foundation_nouns:
        return None
    if _made_by_artist(view, head, words):
        return None  # "скульптор соорудил памятный знак": an artwork
    governor = view.tokens[head]
    genitive = token.relation == "nmod" and token.feats.get("Case") == "Gen" and index > head
    if governor.lemma in words.foundation_nouns and genitive:
        verb = governor.head
        if 0 <= verb < len(view.tokens) and words.builds(
            view.tokens[verb].lemma, view.tokens[verb].pos
        ):
            return verb
        return None
    objects = {"obj", "nsubj:pass"}
    if governor.lemma.endswith("ся"):  # "открылся ледовый дворец"
        objects.add("nsubj")
    if token.relation == "obj" and token.feats.get("Case") not in {"Acc", "Gen"}:
        return None  # a nominative "object" is the parser's misreading
    if bare_accusative(view, index):  # "открыла в Ржеве приют"
        objects.add("obl")
    between = range(min(head, index) + 1, max(head, index))
    if any(view.tokens[i].text in {":", ";"} for i in between):
        return None  # another clause
    if governor.pos == "VERB" and part_of_named(view, head, words):
        return None
    # a listed work noun keeps its object in its own kind ("реконструкция набережной
    # Волги"); another building noun ("возведение трека") makes the object the project
    if words.builds(governor.lemma, governor.pos) and (
        (governor.pos == "VERB" and token.relation in objects)
        or (governor.pos == "NOUN" and genitive and governor.lemma not in words.project_nouns)
    ):
        return head
    if (
        governor.lemma in words.opening_words
        and governor.pos == "VERB"
        and token.relation in objects
        # "запустила новый прокатный стан": a thing opened new is built as a whole
        and (_placed_or_sized(view, head, index, words) or new_facility(view, index, words))
    ):
        return head
    if (  # "Город получит новый сквер": a place receiving a new facility
        governor.lemma in words.receiving_verbs
        and governor.pos == "VERB"
        and token.relation == "obj"
        and new_facility(view, index, words)
        and _place_subject(view, head, words)
    ):
        return head
    if (  # "в посёлке появится современная амбулатория": a new facility appears in a place
        governor.lemma in words.appearing_verbs
        and governor.feats.get("Tense") == "Fut"  # what appeared may be anything new
        and token.relation == "nsubj"
        and new_facility(view, index, words)
        and placed_in_settlement(view, head, words)
    ):
        return head
    if governor.lemma in words.opening_nouns and genitive and _held(view, head, words):
        return head  # "состоялось открытие ледового дворца": only a facility opens so
    return None


def _building_participle(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "осмотрел ход строящейся бани", "возводимого моста": a present participle of
    building on a noun tells the thing as a work under way, whatever the noun; a past one
    ("построенный в 1905 году дом") only describes a building that stands."""
    return next(
        (
            child
            for child in view.children(index)
            if view.tokens[child].relation == "amod"
            and view.tokens[child].feats.get("VerbForm") == "Part"
            and view.tokens[child].feats.get("Tense") == "Pres"
            and words.builds(view.tokens[child].lemma, "VERB")
        ),
        None,
    )


def _place_subject(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb's subject is a place: a named one or a settlement noun ("город", "жители")."""
    return any(
        view.tokens[child].relation.startswith("nsubj") and names_settlement(view, child, words)
        for child in view.children(verb)
    )


def placed_in_settlement(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb has a place oblique naming a place or a settlement ("в Лысьве", "в районе");
    a named region takes "на" as well ("на Камчатке", "на Кубани", initiative108), where a
    bare noun after "на" is a site ("на месте", "на площадке"), not a settlement."""
    return any(
        view.tokens[child].relation == "obl"
        and (
            (
                view.preposition(child) in words.place_prepositions
                and names_settlement(view, child, words)
            )
            or (
                view.preposition(child) in words.named_place_prepositions
                and _named_place(view, child)
            )
        )
        for child in view.children(verb)
    )


def _named_place(view: SentenceView, index: int) -> bool:
    """The word begins or lies in a place name (a mention of a place type)."""
    mention = view.mention_at(index)
    return mention is not None and mention.type in PLACE_TYPES | {"GPE"}


def placed_here(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb's place is "здесь"/"тут", standing for a place told before ("здесь
    появится завод"); the name tagger gives such a place no mention, so
    `placed_in_settlement` misses it."""
    return any(
        view.tokens[child].relation == "advmod" and view.tokens[child].lemma in words.place_adverbs
        for child in view.children(verb)
    )


def _held(view: SentenceView, noun: int, words: InitiativeWords) -> bool:
    """The noun is what a happening verb says takes place ("состоится открытие")."""
    verb = view.tokens[noun].head
    return (
        view.tokens[noun].relation.startswith("nsubj")
        and 0 <= verb < len(view.tokens)
        and view.tokens[verb].lemma in words.happening_verbs
    )


def _made_by_artist(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The making word's subject is an artist ("скульптор", "художник"): what they make is
    an artwork. The parser often hangs a subject before the verb elsewhere, so a
    nominative noun earlier in the verb's clause counts too."""
    subjects = [c for c in view.children(verb) if view.tokens[c].relation.startswith("nsubj")]
    if not subjects:
        for position in range(verb - 1, -1, -1):
            if view.tokens[position].pos == "PUNCT":
                break
            if view.tokens[position].feats.get("Case") == "Nom":
                subjects.append(position)
    return any(view.tokens[s].lemma in words.artist_nouns for s in subjects)


def said_by_speaker(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """The verb's clause is what someone reports: the complement of a reporting verb
    ("сообщил, что … появится"), with a reporting verb set in it ("как рассказал
    губернатор, … появится") or under "по словам" / "по данным" (round 49). A project
    announced so is told as news, not restated."""
    token = view.tokens[verb]
    if any(view.tokens[c].feats.get("Mood") == "Cnd" for c in view.children(verb)):
        return False  # "хотел бы, чтобы появился технопарк": a wish, whoever tells it
    if (
        token.relation in {"ccomp", "parataxis"}
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.reporting_verbs
    ):
        return True
    for child in view.children(verb):
        child_token = view.tokens[child]
        if child_token.relation == "parataxis" and child_token.lemma in words.reporting_verbs:
            return True
        if (
            child_token.lemma in words.reporting_nouns
            and view.preposition(child) == "по"
            and child_token.feats.get("Number") == "Plur"
        ):
            return True
    return False
