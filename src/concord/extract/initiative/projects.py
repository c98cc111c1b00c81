"""Project nouns: which word names a project ("кампус", "ГЭС-1", "ветроэлектростанция"),
which needs a modifier or a description to name one, and which names none in particular
(amounts, plurals of a going concern, the centre of a town). Also the genitive a launch
reaches the project through ("корпус кардиоцентра"), a body founded under its new name,
a project's own name, and a generic noun's topic.
"""

from __future__ import annotations

from concord.analysis import Token
from concord.claim import Mention
from concord.extract.initiative.compounds import prefixed_project
from concord.extract.initiative.improved_places import improved_place
from concord.extract.initiative.qualified_kinds import kind_adjective, purpose_of_kind
from concord.extract.initiative.reading import (
    called_new,
    governors,
    idiom,
    is_work,
    names_settlement,
    verb_like,
)
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def genitive_holder(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "открыл новый корпус кардиоцентра", "запустил процедуру банкротства завода": the
    launching word governs a noun the genitive project depends on (through a chain of
    genitives), which is what is launched (a building of the centre, a procedure)."""
    current = index
    while True:
        token = view.tokens[current]
        holder = token.head
        if not (
            0 <= holder < current
            and token.relation == "nmod"
            and token.feats.get("Case") == "Gen"
            and not view.preposition(current)
            and view.tokens[holder].pos == "NOUN"
            and view.tokens[holder].lemma
            not in words.launch_words | words.renovation_nouns | words.foundation_nouns
            and not is_project(view, holder, words)
            and view.mention_at(holder) is None
        ):
            return None
        governor = view.tokens[holder].head
        if 0 <= governor < len(view.tokens) and (
            words.launches(view.tokens[governor].lemma, view.tokens[governor].pos)
            or words.builds(view.tokens[governor].lemma, view.tokens[governor].pos)
        ):
            # "приступить к организации технопарков": a work on the project launches it;
            # "укладка на дно кабеля": a place the work goes to holds nothing
            if is_work(view, holder, words) or view.preposition(holder):
                return None
            return holder
        current = holder


def described(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A generic project noun with what it does or whose it is after it: a genitive, a
    "по" complement, a quoted or named title."""
    following = index + 1
    if following < len(view.tokens) and (
        view.tokens[following].text in words.quotes or view.mention_at(following) is not None
    ):
        return True
    return any(
        child > index
        and view.tokens[child].relation == "nmod"
        and (
            view.tokens[child].feats.get("Case") == "Gen"
            or view.preposition(child) in words.topic_prepositions
        )
        for child in view.children(index)
    )


def is_project(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A project noun, also as the head of a compound ("онлайн-магазин"); read once per word
    (the launch and the fitting words both ask)."""
    return view.remembered(_is_project, index, words)


def _is_project(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    return (
        (
            _project_lemma(view.tokens[index].lemma, words)
            or service_system(view, index, words)
            or _qualified_project(view, index, words)
            or _production_of_goods(view, index, words)
            or improved_place(view, index, words)
            or named_facility(view, index, words)
            or named_body_opened(view, index, words)
        )
        and (
            view.mention_at(index) is None
            or misread_name(view, index, words)
            or _abbreviated_kind(view, index)
            or named_facility(view, index, words)
            or branch_of_named_body(view, index, words)
            or named_body_opened(view, index, words)
        )
        and not any(
            view.tokens[child].lemma in words.document_complements for child in view.children(index)
        )
        and not idiom(view, index, words)
        and not _part_of_place(view, index, words)
        and not no_project_in_particular(view, index, words)
        and not output_of_goods(view, index, words)
        and not _procedure(view, index, words)
        and not _set_of_measures(view, index, words)
        and not _batch_of_goods(view, index, words)
    )


def _batch_of_goods(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "сформировали партию гуманитарного груза", "две партии": a noun that is a body
    ("создали новую партию") or a batch is the batch when it governs a bare genitive noun
    (what the batch is of) or a number (initiative99)."""
    return view.tokens[index].lemma in words.batch_nouns and any(
        (view.bare_genitive(c) and view.tokens[c].pos == "NOUN")
        or view.tokens[c].relation == "nummod"
        for c in view.children(index)
    )


def _set_of_measures(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "запустили комплекс мер поддержки": a project noun over measures in the bare
    genitive names the measures, no facility or programme."""
    return any(
        view.tokens[c].relation == "nmod"
        and not view.preposition(c)
        and view.tokens[c].lemma in words.measure_nouns
        for c in view.children(index)
    )


def _production_of_goods(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "наладит выпуск гражданской продукции", "начнут сборку квадроциклов": a noun of
    making goods names a production as "производство" does, but only with goods in its
    bare genitive (a bond issue, a newspaper's issue or a puzzle assembled make none)."""
    if view.tokens[index].lemma not in words.production_nouns:
        return False
    return any(
        view.tokens[child].relation == "nmod"
        and not view.preposition(child)
        and view.tokens[child].lemma in words.goods_nouns
        for child in view.children(index)
    )


def _procedure(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "открытие конкурсного производства", "исполнительное производство": a modifier
    that makes the project noun a legal procedure, which is opened but builds nothing."""
    modifiers = words.procedure_modifiers.get(view.tokens[index].lemma, frozenset())
    return bool(modifiers) and any(
        view.tokens[c].relation == "amod" and view.tokens[c].lemma in modifiers
        for c in view.children(index)
    )


def _project_lemma(lemma: str, words: InitiativeWords) -> bool:
    """A lemma that names a project by itself: listed, the head of a hyphenated or
    closed compound (also one the dictionary lacks, "агропарк"), or numbered ("ГЭС-1"). Remembered per lemma (`project_lemma_memo`)."""
    known = words.project_lemma_memo.get(lemma)
    if known is None:
        known = (
            lemma in words.project_nouns
            or lemma.rsplit("-", 1)[-1] in words.project_nouns
            or _numbered(lemma, words)
            or _compound_project(lemma, words)
            or words.body_compound_head(lemma) in words.project_nouns
            or prefixed_project(lemma, words)
        )
        words.project_lemma_memo[lemma] = known
    return known


def named_facility(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "The Riverside Public Library was inaugurated", "the Embassy of Palestine": a
    facility noun that heads a name (its own head lies outside the name) names the
    facility, as the common noun would."""
    token = view.tokens[index]
    mention = view.mention_at(index)
    if (
        mention is None
        or token.pos != "PROPN"
        or token.lemma.lower() not in words.named_project_heads
    ):
        return False
    inside = view.token_indices(mention.start, mention.end)
    return token.head not in inside


def branch_of_named_body(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "откроется филиал Третьяковской галереи", "Филиал музея откроется в Туле": the
    recogniser reads a branch noun with the body it belongs to as one organisation's name;
    a branch noun opening that name in lower case (or as the sentence's first word) is the
    common noun, the branch being what is opened."""
    mention = view.mention_at(index)
    token = view.tokens[index]
    return (
        mention is not None
        and token.lemma in words.branch_nouns
        and (token.text[:1].islower() or index == 0)
        and view.token_indices(mention.start, mention.end)[0] == index
    )


_OPENED_RELATIONS = frozenset({"nsubj", "nsubj:pass", "obj"})


def named_body_opened(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "Российский центр науки и культуры открылся в X", "в Y появится Культурный центр
    Z", "Центр культуры X планируется открыть": the recogniser reads a centre or institute
    with its describing words as an organisation's name, hiding the facility noun. The
    noun heading that name (only describing words before it) names the facility opened
    when it is the subject or object of an opening verb, or of a verb of plan whose clause
    opens it. A named body that acts or hosts ("в Центре прошла выставка", "Центр провёл
    конференцию", "директор Центра") opens nothing."""
    token = view.tokens[index]
    mention = view.mention_at(index)
    if mention is None or token.lemma.lower() not in words.founded_name_nouns:
        return False
    inside = view.token_indices(mention.start, mention.end)
    if token.head in inside or any(
        view.tokens[i].pos not in ("ADJ", "PUNCT") for i in inside if i < index
    ):
        return False
    head = token.head
    if not 0 <= head < len(view.tokens):
        return False
    opened = token.relation in _OPENED_RELATIONS or (
        token.relation == "obl" and not view.preposition(index)  # misparsed object
    )
    if not opened:
        return False
    if view.tokens[head].lemma in words.named_opening_frames:
        # "Центр планируется открыть": the frame's clause says the opening
        return any(
            view.tokens[c].relation in ("xcomp", "csubj") and _opens(view, c, words)
            for c in view.children(head)
        )
    if (
        token.relation == "nsubj"
        and view.tokens[head].lemma not in words.named_opening_objects
        and any(view.tokens[c].relation == "obj" for c in view.children(head))
    ):
        return False  # "Центр открыл выставку": a subject with an object opens that object
    return _opens(view, head, words)


def _opens(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """An opening verb; one that opens only with a noun ("начал работу", "введён в
    эксплуатацию") has it among its dependents."""
    lemma = view.tokens[verb].lemma
    if lemma not in words.named_opening_words:
        return False
    needed = words.named_opening_objects.get(lemma)
    return needed is None or any(view.tokens[c].lemma in needed for c in view.children(verb))


def _abbreviated_kind(view: SentenceView, index: int) -> bool:
    """ "открыли новый ФАП", "открылся ТЦ «Радуга»": the recogniser takes a kind's
    abbreviation for a name, or for the start of the facility's name; a listed project
    noun in capitals that opens the "name" is still the common noun."""
    mention = view.mention_at(index)
    text = view.tokens[index].text
    return (
        mention is not None
        and len(text) >= 2
        and text.isupper()
        and view.token_indices(mention.start, mention.end)[0] == index
    )


def misread_over(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """The name over the project noun is no one's: misread (`misread_name`), or a place
    after "в" the name finder glued onto the noun ("В Неверкино ФАП будет построен", "в
    Ивановке школа") (initiative95); "Филиал Политехнического музея" names its owner."""
    mention = view.mention_at(index)
    if mention is None:
        return False
    first = view.token_indices(mention.start, mention.end)[0]
    glued = first < index and view.preposition(first) in words.place_prepositions
    return glued or misread_name(view, index, words)


def misread_name(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "Открытие бассейна в Самаре запланировано": a capitalised launching noun opening
    the sentence may be read as a name ("Открытие" is also a bank's); a project noun in
    lower case inside that "name" is still a common noun."""
    mention = view.mention_at(index)
    if mention is None:
        return False
    if _capitalised_as_opening(view, mention, index, words) or _capitalised_in_style(
        view, mention, index, words
    ):
        return True
    if not view.tokens[index].text[:1].islower():
        return False
    first = view.token_indices(mention.start, mention.end)[0]
    if first == 0 and verb_form(view.tokens[first]):
        return True  # "Создан центр по защите …", "Открыт Русский центр": no name opens so
    return first == 0 and view.tokens[first].lemma.lower() in words.launch_words


def verb_form(token: Token) -> bool:
    """A verb or a short participle ("Открыт", "Создан"): a headline opening with it is
    capitalised for that, and no organisation's name begins with one (initiative95)."""
    return token.pos in {"VERB", "AUX"} or token.feats.get("Variant") == "Short"


def _capitalised_in_style(
    view: SentenceView, mention: Mention, index: int, words: InitiativeWords
) -> bool:
    """ "создаётся новый Совет", "открытие Дома культуры" (initiative101): news often
    capitalises a body's or a facility's own noun, and the tagger takes it for a name. It
    is the common noun when the "name" opens with that noun (a word of its own before it,
    as "новый", is in lower case), every word after it is in lower case, and no quote
    marks it (a quoted «Дом книги», "Совет Федерации" stay names)."""
    indices = view.token_indices(mention.start, mention.end)
    first, last = indices[0], indices[-1]
    if first != index or first == 0 or not view.tokens[first].text[:1].isupper():
        return False
    if sum(ch.isupper() for ch in view.tokens[first].text) > 1 or any(
        not view.tokens[i].text[:1].islower() for i in indices[1:]
    ):
        return False  # "ФАП", "ЗАГСа" are abbreviations; "Совет Федерации" is a name
    before = view.tokens[first - 1].text
    after = view.tokens[last + 1].text if last + 1 < len(view.tokens) else ""
    if before in words.quotes or after in words.closing_quotes or before == "-":
        return False
    return view.tokens[first - 1].text[:1].islower() or view.tokens[first - 1].pos == "PUNCT"


def _capitalised_as_opening(
    view: SentenceView, mention: Mention, index: int, words: InitiativeWords
) -> bool:
    """ "Кирпичный завод построят в …", "«Новая школа откроется в сентябре», — сказал
    мэр", "«Филиал заработает в марте»": a project noun phrase opening the sentence or a
    quote is capitalised only for that, and the tagger may take it for a name. It is a
    common noun when the project noun lies in the "name", every word after its first is in
    lower case (its own complement may follow it: "Новый дом культуры открыли",
    initiative95), and no closing quote follows it (a quoted name «Кирпичный завод» is one)."""
    indices = view.token_indices(mention.start, mention.end)
    first, last = indices[0], indices[-1]
    opening = 1 if view.tokens and view.tokens[0].text in words.quotes else 0
    if first != opening or not first <= index <= last:
        return False
    if any(not view.tokens[i].text[:1].islower() for i in indices[1:]):
        return False  # "Уральский Завод", "Завод «Прогресс»"
    after = last + 1
    return not (after < len(view.tokens) and view.tokens[after].text in words.closing_quotes)


def output_of_goods(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "началось производство тестовых партий", "приступил к серийному производству
    автомобилей Nissan Almera": a trial batch, or a named model made in series, is output,
    a product's launch, not a plant ("запустил серийное производство электромобилей" and
    "открыл производство шин" stay one)."""
    if view.tokens[index].lemma not in words.output_nouns:
        return False
    goods = [
        child
        for child in view.children(index)
        if view.tokens[child].relation in {"nmod", "appos"} and not view.preposition(child)
    ]
    modifiers = {
        view.tokens[child].lemma
        for position in [index, *goods]
        for child in view.children(position)
        if view.tokens[child].relation == "amod"
    }
    if modifiers & words.trial_modifiers:
        return True
    named_model = any(
        _names_a_model(view, i, words) for good in goods for i in view.subtree(good)
    ) or any(_model_goods(view, good, words) for good in goods)
    return bool(modifiers & words.series_modifiers) and named_model


def _names_a_model(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A model's name among the goods: a proper noun or a recognised name, a word in Latin
    script ("автомобилей премиум-класса Aurus Senat", which the tagger leaves untagged), or a
    quoted name ("производство «Москвич 6»", tagged as a common noun)."""
    token = view.tokens[index]
    return (
        token.pos == "PROPN"
        or view.mention_at(index) is not None
        or any("a" <= letter.lower() <= "z" for letter in token.text)
        or token.text in words.quotes
    )


def _model_goods(view: SentenceView, good: int, words: InitiativeWords) -> bool:
    """Goods that are a product's model by their noun ("серийное производство новой модели")
    or through a relative pronoun whose noun is one ("в перечне новинок, серийное производство
    которых планируется начать"): the nearest noun before the clause's comma."""
    token = view.tokens[good]
    if token.lemma in words.model_nouns:
        return True
    if token.lemma not in words.relative_pronouns:
        return False
    position = good - 1
    while position >= 0 and view.tokens[position].text != ",":
        position -= 1
    position -= 1
    while position >= 0 and view.tokens[position].pos not in {"NOUN", "PROPN"}:
        position -= 1
    return position >= 0 and view.tokens[position].lemma in words.model_nouns


def no_project_in_particular(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "строится много нового жилья", "будут строиться крупные спортивные объекты": an
    amount with no count, or "объекты" with no number, tells what is going on in general,
    not one project ("три спортивных объекта", "более 700 объектов" and the announced
    "новые объекты" stay projects)."""
    tokens = view.tokens
    before = index - 1
    while before >= 0 and tokens[before].pos == "ADJ":
        before -= 1
    if before >= 0 and tokens[before].lemma in words.vague_amounts:
        return True
    general = words.project_referents | words.general_plural_nouns
    if (
        tokens[index].lemma in general
        and _unspecified_plural(view, index, words)
        and not placed_one_by_one(view, index, words)
    ):
        return True
    # "модернизация сибирских предприятий", "реализация социальных программ": a work over
    # such things in general ("десятки объектов" counts them)
    if tokens[index].feats.get("Number") == "Sing" and any(
        tokens[child].relation == "nmod"
        and not view.preposition(child)
        and tokens[child].lemma in general
        and _unspecified_plural(view, child, words)
        for child in view.children(index)
    ):
        return True
    return _ongoing_in_general(view, index, words)


def placed_one_by_one(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "откроет консульские учреждения в Актау, Гродно и Самарканде", "построят объекты
    в каждом районе", "во всех муниципалитетах" (initiative110): a plural placed by a list
    of named places or a place under "каждый"/"все" counts its projects place by place, as
    a number would; "учреждения в регионе" stays general. The place hangs on the noun or
    on the verb that launches it."""
    tokens = view.tokens
    holders = [index]
    if 0 <= tokens[index].head < len(tokens) and tokens[tokens[index].head].pos == "VERB":
        holders.append(tokens[index].head)
    for holder in holders:
        for child in view.children(holder):
            if child == index or view.preposition(child) not in words.placing_prepositions:
                continue
            modifiers = view.children(child)
            if any(tokens[m].lemma in words.per_place_quantifiers for m in modifiers):
                return True
            listed = (tokens[child].pos == "PROPN" or view.mention_at(child) is not None) and any(
                tokens[m].relation == "conj" for m in modifiers
            )
            if listed:
                return True
    return False


def _ongoing_in_general(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "Китай строит заводы в России", "продолжается возведение жилых комплексов": plural
    things with no count or name, built as a going concern (an imperfective verb that is no
    start word and no future), tell a trade, not a project. Started or planned plurals
    ("начинает реконструкцию аэродромов", "планируется создать лаборатории") stay."""
    tokens = view.tokens
    # "Строятся новые кварталы, появляются новые школы": going on, new or not
    # "строительство и ремонт дорог": the works share the plural hung on the last one
    works = [index, *(c for c in view.children(index) if tokens[c].relation == "conj")]
    plural = _unspecified_plural(view, index, words, novelty_counts=False) or any(
        tokens[child].relation == "nmod"  # "возведение жилых комплексов"
        and not view.preposition(child)
        and _unspecified_plural(view, child, words, novelty_counts=False)
        for work in works
        for child in view.children(work)
    )
    if not plural:
        return False
    verb = next((a for a in governors(view, index, 3) if verb_like(tokens[a], words)), None)
    if verb is None:  # "Главные задачи – строительство и ремонт дорог и мостов": with no
        # verb in the whole sentence, plural works are topics listed, not projects
        return not any(verb_like(t, words) for t in tokens)
    token = tokens[verb]
    return (
        token.lemma in words.build_words | words.progress_verbs | words.appearing_verbs
        # not "считает строительство"
        and token.feats.get("Aspect") == "Imp"
        and token.feats.get("Tense") in {"Pres", "Past"}
        and token.lemma not in words.start_words
        and not any(tokens[c].text.lower() in words.future_forms for c in view.children(verb))
    )


def _unspecified_plural(
    view: SentenceView, index: int, words: InitiativeWords, novelty_counts: bool = True
) -> bool:
    """ "Китай строит заводы", "возведение жилых комплексов": a plural with no count, no
    name and nothing new about it tells a kind of work going on, not a project; "три
    школы", "новые объекты построят", "гипермаркеты «Ленты»" and a plural a name or a
    "такие" points at stay what they were. Without `novelty_counts` "новые" names none."""
    tokens = view.tokens
    if tokens[index].feats.get("Number") != "Plur" or tokens[index].pos != "NOUN":
        return False
    # "проекты по благоустройству": a topic tells what generic projects are about, and
    # names none of them
    topic_names = tokens[index].lemma not in words.generic_project_nouns
    return not any(
        tokens[child].pos in {"NUM", "DET"}
        or tokens[child].relation.startswith(("nummod", "flat", "appos", "det"))
        or (novelty_counts and tokens[child].lemma in words.novelty_modifiers)
        # "теплицы общей площадью 150 га": a plural told with its size is measured out
        or (tokens[child].lemma in words.size_nouns and measured(view, index, words))
        # "подразделения по борьбе …"
        or (topic_names and view.preposition(child) in words.topic_prepositions)
        or (  # "гипермаркеты «Ленты»"; a place after "в" names no one
            (tokens[child].pos == "PROPN" or view.mention_at(child) is not None)
            and not view.preposition(child)
        )
        for child in view.children(index)
    )


def measured(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "теплицы общей площадью 150 га", "станции мощностью 500 МВт": the noun holds a size
    noun told with its number."""
    return any(
        view.tokens[c].lemma in words.size_nouns
        and any(view.tokens[i].pos == "NUM" for i in view.subtree(c))
        for c in view.children(index)
    )


def _part_of_place(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "в центре города заложены фундаменты": a project noun that names the middle of a
    place, not a centre being built: a settlement or a named place hangs on it in the
    genitive and nothing describes it ("торговый центр города" stays a project)."""
    if view.tokens[index].lemma not in words.place_part_nouns:
        return False
    children = view.children(index)
    if any(view.tokens[child].relation in {"amod", "nummod"} for child in children):
        return False
    genitives = [  # "центр ядерной науки под Ханоем": a centre of a science, near a town
        child
        for child in children
        if view.tokens[child].relation == "nmod" and not view.preposition(child)
    ]
    return bool(genitives) and all(names_settlement(view, child, words) for child in genitives)


def service_system(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "система электронной записи к врачу", "системы по записи пациентов": a system
    named by a service noun in the genitive (or after "по") is that service; a bare
    "система" ("система образования") is none."""
    if view.tokens[index].lemma not in words.service_system_nouns:
        return False
    return any(
        view.tokens[child].lemma in words.service_nouns
        and view.tokens[child].relation == "nmod"
        and (not view.preposition(child) or view.preposition(child) in words.topic_prepositions)
        for child in view.children(index)
    )


def _qualified_project(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "особая экономическая зона": a noun that names a project only with a modifier of its
    kind, or with a listed purpose it serves ("зона отдыха"; "зона свободной торговли",
    "зона ответственности" are none)."""
    kinds = words.qualified_project_nouns.get(view.tokens[index].lemma)
    if not kinds:
        return False  # no modifier makes this noun a project: its children need no reading
    return any(
        view.tokens[c].relation == "amod" and kind_adjective(view.tokens[c].lemma, kinds, words)
        for c in view.children(index)
    ) or purpose_of_kind(view, index, words)


def _compound_project(lemma: str, words: InitiativeWords) -> bool:
    """ "ветроэлектростанция", "автозавод": a word ending in a project noun of five letters
    or more after a stem of three or more joined by a linking vowel (not "кооперация",
    "сотрудник")."""
    heads = words.compound_heads
    return any(
        lemma[-length:] in heads and lemma[-length - 1] in words.linking_vowels
        for length in range(5, len(lemma) - 2)
    )


def new_facility(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "появятся две новые поликлиники": a concrete project noun called new, no generic one."""
    return (
        index < len(view.tokens)
        and view.tokens[index].lemma not in (words.generic_project_nouns | words.service_nouns)
        and not words.body(view.tokens[index].lemma)
        and called_new(view, index, words)
    )


def counted_facility(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "появится 16 детских игровых комплексов": a concrete project noun counted by a
    numeral is as new as one called new; things that stand are not counted as appearing."""
    return (
        view.tokens[index].lemma not in (words.generic_project_nouns | words.service_nouns)
        and not words.body(view.tokens[index].lemma)
        and any(
            view.tokens[child].relation.startswith("nummod") and view.tokens[child].pos == "NUM"
            for child in view.children(index)
        )
    )


def names_body(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "создали Стратегический совет": a body founded under its new name is a project
    the name heads (founding words only; "Совет Федерации создал …" founds something
    else)."""
    mention = view.mention_at(index)
    token = view.tokens[index]
    if (
        mention is None
        or view.token_indices(mention.start, mention.end)[0] > index
        or token.relation == "nsubj"
    ):
        return False
    if words.body(token.lemma):
        return True
    # "создали Центр защиты прав …": a centre or institute heading the name the founding
    # word governs is founded under it ("в Центре … открыли выставку" founds nothing)
    return (
        token.lemma in words.founded_name_nouns
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.founding_words
    )


def named_project(view: SentenceView, index: int, words: InitiativeWords) -> Mention | None:
    """ "газопровода «Союз Восток»": the name right after the project noun is the
    project's own, not who runs it; so is a name the project noun opens ("ТЦ «Колос»")."""
    if _abbreviated_kind(view, index) or named_body_opened(view, index, words):
        return view.mention_at(index)  # "открылся Российский культурный центр": its name
    following = index + 1
    while following < len(view.tokens) and view.tokens[following].text in words.quotes:
        following += 1
    if following == index + 1 or following >= len(view.tokens):
        return None
    mention = view.mention_at(following)
    if mention is None or view.token_indices(mention.start, mention.end)[0] != following:
        return None
    return mention


def generic_topic(view: SentenceView, work: int, words: InitiativeWords) -> bool:
    """ "проекта по строительству терминала": a launching noun that is the "по" topic of a
    generic project noun just before it; what it builds is that project's topic."""
    if not 0 <= work < len(view.tokens) or view.tokens[work].lemma not in words.launch_words | words.fitting_words:  # "проект по установке умных светофоров": fitting is a topic too
        return False
    holder = view.tokens[work].head
    return (
        0 <= holder < work
        and view.tokens[holder].lemma in words.generic_project_nouns
        and view.preposition(work) in words.topic_prepositions
    )


def _numbered(lemma: str, words: InitiativeWords) -> bool:
    """ "ГЭС-1", "АЭС-2": a project noun with its number."""
    noun, _, number = lemma.partition("-")
    return number.isdigit() and noun in words.project_nouns
