"""What a speech verb says: the clause it reports ("заявил, что …", "заявил: …",
"рассказал, как …"), or, without one, a quote it governs, an infinitive it promises, an
object it judges ("считает решение ошибочным"), a topic ("сообщил о …"), a noun of
saying a light verb takes ("сделал заявление"), an outcome made public ("объявил
результаты") or the clause an aside verb stands beside ("…, намекает X")."""

from __future__ import annotations

from collections.abc import Collection

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Span
from concord.extract.sentence_view import SentenceView
from concord.extract.statement.words import StatementWords


def expects_that(view: SentenceView, verb: int, words: StatementWords) -> bool:
    """Whether a verb of expectation reports a forecast: a clause opened by "что"."""
    return any(
        view.tokens[g].lemma == "что"
        for clause in said_clauses(view, verb, words)
        for g in view.children(clause)
    ) or bool(clause_after(view, verb, words))


def infinitive_object(view: SentenceView, verb: int) -> list[int]:
    """What a speech verb asks or promises as an infinitive ("пообещал снизить тарифы",
    "призвал ООН признать …", also set first: "Отменить экзамен предложил X"): the
    infinitive's phrase."""
    for child in view.children(verb):
        token = view.tokens[child]
        if (
            token.relation == "xcomp"
            and token.feats.get("VerbForm") == "Inf"
            and token.lemma != view.words.future_auxiliary  # "обещал быть на форуме"
        ):
            return view.subtree(child)
    return []


def speech_noun(view: SentenceView, verb: int, words: StatementWords) -> int | None:
    """ "сделал заявление", "выступил с заявлением": the noun of saying a light verb takes."""
    if view.tokens[verb].pos != "VERB":
        return None
    data = _data_noun(view, verb, words)
    if data is not None:
        return data
    if view.tokens[verb].lemma not in words.speech_noun_verbs:
        return None
    return next(
        (
            child
            for child in view.children(verb)
            if view.tokens[child].relation in {"obj", "obl"}
            and view.tokens[child].lemma in words.speech_nouns
        ),
        None,
    )


def _data_noun(view: SentenceView, verb: int, words: StatementWords) -> int | None:
    """ "Такие данные привел X", "Информацию передал X": the data a giving verb hands on,
    when it is the data the sentence before gave, pointed at by "такой"/"этот" or standing
    first (not "передал данные в полицию", new information handed to someone)."""
    lemma = view.tokens[verb].lemma
    viewed = lemma in words.view_verbs
    if lemma not in words.data_verbs and not viewed:
        return None
    nouns = words.view_nouns if viewed else words.data_nouns
    for child in view.children(verb):
        token = view.tokens[child]
        if token.relation != "obj" or token.lemma.lower() not in nouns:
            continue
        pointed = any(
            view.tokens[c].lemma in words.anaphoric_topics
            or (viewed and view.tokens[c].text.lower() in words.pointing_possessives)
            for c in view.children(child)
        )
        first = all(view.tokens[i].pos == "PUNCT" for i in range(child))
        if pointed or first:
            return child
    return None


def disclosed_object(view: SentenceView, verb: int, words: StatementWords) -> list[int]:
    """What a verb of making public states: its object when that is a noun of reported
    outcome ("объявил результаты", "обнародовали итоги голосования"), else nothing."""
    token = view.tokens[verb]
    if token.pos != "VERB" or token.lemma not in words.disclosure_lemmas:
        return []
    return next(
        (
            view.subtree(c)
            for c in view.children(verb)
            if view.tokens[c].relation == "obj"
            and view.tokens[c].lemma.lower() in words.disclosed_nouns
        ),
        [],
    )


def noted_object(view: SentenceView, verb: int, words: StatementWords) -> list[int]:
    """What a noting verb states with no clause (statement39): its object when that is
    an abstract noun ("отметил рост продаж", "подчеркнул важность диалога"), or the
    side a stance verb's preposition takes ("выступил против повышения тарифов"); not an
    occasion celebrated ("отметил юбилей") nor a person honoured ("отметил учителей")."""
    token = view.tokens[verb]
    if token.pos != "VERB":
        return []
    sides = words.side_objects.get(token.lemma, frozenset())
    if token.lemma in words.noted_object_lemmas:
        candidates = [  # the accusative object (a misparse may take a genitive for one)
            c
            for c in view.children(verb)
            if view.tokens[c].relation == "obj" and view.tokens[c].feats.get("Case") == "Acc"
        ]
    elif sides:
        sided = [
            c
            for c in view.children(verb)
            if view.tokens[c].relation == "obl"
            and any(
                view.tokens[g].relation == "case" and view.tokens[g].lemma.lower() in sides
                for g in view.children(c)
            )
        ]
        # statement49: "обратил внимание на рост цен": the side under the object noun
        bound = words.side_object_nouns.get(token.lemma)
        if bound is not None:
            sided = _bound_sides(view, verb, bound, sides)
        # statement40: "На это указал X": the side is what the sentence before said
        pointed = [c for c in sided if view.tokens[c].lemma in words.anaphoric_topics]
        if pointed:
            return pointed[:1]
        candidates = [c for c in sided if c > verb]
    else:
        return []
    return next((view.subtree(c) for c in candidates if _abstract(view, c, words)), [])


def _bound_sides(
    view: SentenceView, verb: int, nouns: frozenset[str], sides: frozenset[str]
) -> list[int]:
    """The sides a verb takes only with one of these object nouns ("обратил внимание на
    рост цен"): its prepositional phrases, or the object's, which the parse may hang
    there; none without such an object ("обратил средства на ремонт")."""
    objects = [
        o
        for o in view.children(verb)
        if view.tokens[o].relation == "obj" and view.tokens[o].lemma.lower() in nouns
    ]
    if not objects:
        return []
    return [
        c
        for head, relation in [(verb, "obl")] + [(o, "nmod") for o in objects]
        for c in view.children(head)
        if view.tokens[c].relation == relation
        and any(
            view.tokens[g].relation == "case" and view.tokens[g].lemma.lower() in sides
            for g in view.children(c)
        )
    ]


def evaluated_object(view: SentenceView, verb: int, words: StatementWords) -> list[int]:
    """What a verb of judging states with no clause (statement40): whom or what praise is
    for and why ("похвалил правительство за рост экономики"), what an assessment judges
    when an adverb or a likening marks it as one ("положительно оценил итоги года",
    "оценил ситуацию как стабильную"; "оценил ущерб в 5 млн" is an amount), or the view a
    speaker shared ("поделился впечатлениями от встречи"), or the proposal a speaker
    backs (statement41), or what a speaker demands (statement42: "потребовал отставки
    мэра")."""
    token = view.tokens[verb]
    if token.pos != "VERB":
        return []
    children = view.children(verb)
    if token.lemma in words.praise_lemmas:
        judged = [
            c
            for c in children
            if view.tokens[c].relation == "obj"
            or (view.tokens[c].relation == "obl" and view.preposition(c) in words.praise_reasons)
        ]
    elif token.lemma in words.assessment_lemmas:
        marked = any(
            view.tokens[c].relation == "advmod"
            and view.tokens[c].lemma.lower() in words.assessment_adverbs
            for c in children
        )
        likened = [
            c
            for c in children
            if c > verb
            and view.tokens[c].relation != "obj"
            and any(
                view.tokens[g].relation in {"case", "mark"}
                and view.tokens[g].lemma.lower() in words.likening_words
                for g in view.children(c)
            )
        ]
        if not (marked or likened):
            return []
        judged = [c for c in children if view.tokens[c].relation == "obj"] + likened
    elif token.lemma in words.support_lemmas:
        judged = _supported(view, verb, words)
    elif token.lemma in words.demand_lemmas:
        judged = [
            c
            for c in children
            if view.tokens[c].relation == "obj"
            and view.tokens[c].lemma.lower() in words.demand_nouns
        ][:1]
    elif token.lemma in words.shared_view_lemmas:
        judged = [
            c
            for c in children
            if view.tokens[c].relation in {"obj", "obl", "iobj"}
            and view.tokens[c].lemma.lower() in words.shared_view_nouns
        ][:1]
    else:
        return []
    return sorted(i for c in judged for i in view.subtree(c))


def _supported(view: SentenceView, verb: int, words: StatementWords) -> list[int]:
    """The proposal a speaker backs (statement41: "поддержала предложение о создании
    реестра"); support given as money or means states nothing ("поддержал инициативу
    грантом", "финансово поддержал идею")."""
    children = view.children(verb)
    for child in children:
        token = view.tokens[child]
        if token.lemma.lower() in words.support_means_adverbs:
            return []
        if (
            token.relation == "obl"
            and token.feats.get("Case") == "Ins"
            and not view.preposition(child)
        ):
            return []
    return [
        c
        for c in children
        if view.tokens[c].relation == "obj"
        and view.tokens[c].lemma.lower() in words.supported_nouns
    ][:1]


def _abstract(view: SentenceView, noun: int, words: StatementWords) -> bool:
    """Whether the word is an abstract noun of a state of affairs, not an occasion."""
    token = view.tokens[noun]
    lemma = token.lemma.lower()
    if token.pos != "NOUN" or token.feats.get("Animacy") == "Anim":
        return False
    for word in (noun, *view.children(noun)):  # "50-летие предприятия" (misparsed)
        other = view.tokens[word].lemma.lower()
        if other in words.occasion_nouns or (
            words.occasion_endings and other.endswith(words.occasion_endings)
        ):
            return False
    return lemma in words.abstract_nouns or (
        bool(words.abstract_noun_endings) and lemma.endswith(words.abstract_noun_endings)
    )


def word_before(view: SentenceView, verb: int, lemmas: Collection[str]) -> bool:
    """Whether one of the verb's own words before it is of `lemmas`: "как" marking an
    aside ("Как сообщил X, …"), "так" pointing back ("Так X прокомментировал …")."""
    return any(view.tokens[c].lemma.lower() in lemmas and c < verb for c in view.children(verb))


def aside_clause(view: SentenceView, verb: int, words: StatementWords) -> list[int]:
    """What a speech verb set beside a clause reports: "Цены вырастут, намекает X" (the
    verb after the clause it hangs on) or "Как сообщал X, цены вырастут" (the verb marked
    by "как"): the governing clause without the verb's own words."""
    token = view.tokens[verb]
    if token.feats.get("VerbForm") == "Conv" and any(
        view.tokens[c].relation == "obj" and view.tokens[c].pos == "NOUN"
        for c in view.children(verb)
    ):
        return []  # "посетил выставку, написав пожелание": a thing written, no aside
    governor = token.head
    if token.relation == "root":  # the parser made the aside a second root of its own
        governor = next((i for i in range(verb) if view.tokens[i].relation == "root"), -1)
    elif token.relation not in {"parataxis", "advcl"}:
        return []
    if not 0 <= governor < len(view.tokens):
        return []
    marked = word_before(view, verb, words.aside_marks)
    if not (marked or governor < verb):
        return []
    if not marked and not any(view.tokens[i].text == "," for i in range(governor + 1, verb)):
        return []
    own = set(view.subtree(verb))
    return [i for i in view.subtree(governor) if i not in own]


def predicative_object(
    view: SentenceView, verb: int, likening: frozenset[str] = frozenset()
) -> list[int]:
    """How a speaker judges something ("считает решение ошибочным", "назвал визит
    полезным"): the object with its instrumental adjective. Not inside what someone else
    said ("подчеркнул, что X считает …"): that is their statement."""
    children = view.children(verb)
    # the object may stand first ("Этот план министр назвал вредным")
    objects = [c for c in children if view.tokens[c].relation == "obj"]
    # statement38: a noun judges a thing ("назвал ситуацию кризисом", "назвал главным итогом
    # года прояснение"), while of a person it names a role ("назвал X первым вратарём")
    judged_thing = bool(objects) and view.tokens[objects[0]].feats.get("Animacy") == "Inan"
    predicates = [
        c
        for c in children
        if c > verb
        and view.tokens[c].feats.get("Case") == "Ins"
        and (view.tokens[c].pos == "ADJ" or (judged_thing and view.tokens[c].pos == "NOUN"))
        and view.tokens[c].relation in {"xcomp", "obl", "advcl"}
    ]
    if objects and not predicates:
        # a misparse hangs the predicate on the object ("посчитал поправки к бюджету
        # вредными"): an instrumental adjective under a noun of another case is no attribute
        predicates = [
            c
            for c in view.children(objects[0])
            if c > objects[0]
            and view.tokens[c].feats.get("Case") == "Ins"
            and view.tokens[c].pos == "ADJ"
            and view.tokens[objects[0]].feats.get("Case") != "Ins"
        ]
    if not predicates:
        # statement34: "охарактеризовал год как самый трудный": the judgement after a
        # likening word ("как"), hung on the verb or (a misparse) on its object
        hung = [*children, *(view.children(objects[0]) if objects else [])]
        predicates = [
            c
            for c in hung
            if c > verb
            and view.tokens[c].relation in {"xcomp", "obl", "advcl", "amod", "nmod"}
            and any(
                view.tokens[g].text.lower() in likening
                and view.tokens[g].relation in {"case", "mark"}
                for g in view.children(c)
            )
        ]
    if not objects or not predicates:
        return []
    return sorted({*view.subtree(objects[0]), *view.subtree(predicates[0])})


def _complement_of(view: SentenceView, index: int, verb: int) -> bool:
    """Governed by the verb, or what the verb's object is called ("назвал переговоры
    «полезными»": instrumental, however the parser hung it)."""
    token = view.tokens[index]
    if token.head == verb:
        return True
    return (
        0 <= token.head < len(view.tokens)
        and view.tokens[token.head].head == verb
        and view.tokens[token.head].relation == "obj"
        and token.feats.get("Case") == "Ins"
    )


def quoted_object(view: SentenceView, verb: int) -> list[int]:
    """The quoted words a speech verb governs without a clause ("назвал X «…»",
    "сказав «…»"): a quote holding a word the verb governs, not a name inside its object
    ("признала операторов «большой тройки»") nor a name ("сообщает «Лента.ру»")."""
    inside = sorted(i for c in view.children(verb) if c > verb for i in view.subtree(c))
    openings = [i for i in inside if view.tokens[i].text in {"«", '"', "“"}]
    for opening in openings:
        closing = next(
            (i for i in inside if i > opening and view.tokens[i].text in {"»", '"', "”"}), None
        )
        if closing is None or closing <= opening + 1:
            continue
        quoted = list(range(opening + 1, closing))
        if any(_complement_of(view, i, verb) for i in quoted) and not any(
            view.mention_at(i) is not None for i in quoted
        ):
            return quoted
    return []


def topic_of(view: SentenceView, verb: int, words: StatementWords) -> int | None:
    """What a speech verb is about when it has no clause: "объявила о выделении гранта",
    "Об этом заявил X"."""
    for child in view.children(verb):
        if view.tokens[child].relation == "obl" and any(
            view.tokens[g].lemma in words.topic_prepositions for g in view.children(child)
        ):
            return child
    # "предупредила банки о рисках": the parser hangs the topic on the addressee
    for child in view.children(verb):
        if view.tokens[child].relation not in {"obj", "iobj"} or child < verb:
            continue
        for grandchild in view.children(child):
            if view.tokens[grandchild].relation == "nmod" and any(
                view.tokens[g].lemma in words.topic_prepositions for g in view.children(grandchild)
            ):
                return grandchild
    return None


def sentence_before(analysed: AnalysedDocument, sentence: Sentence) -> Span | None:
    """The sentence right before: what "об этом", "так" or "такие данные" point at."""
    earlier = [s for s in analysed.sentences if s.end <= sentence.start]
    return Span(earlier[-1].start, earlier[-1].end, earlier[-1].text) if earlier else None


def clause_after(view: SentenceView, verb: int, words: StatementWords) -> list[int]:
    """Without a tree link, the words after ", что" right behind the verb (and its
    addressee, "рассказал журналистам, что")."""
    for comma in range(verb + 1, min(verb + 6, len(view.tokens) - 1)):
        if view.tokens[comma].text == "," and view.tokens[comma + 1].lemma in words.complementisers:
            return list(range(comma + 1, len(view.tokens)))
    return []


def said_clauses(view: SentenceView, verb: int, words: StatementWords) -> list[int]:
    """The clause a speech verb reports: "заявил, что …", or "рассказал о том, что …"."""

    def opens_with_complementiser(clause: int) -> bool:
        return any(view.tokens[g].lemma in words.complementisers for g in view.children(clause))

    def asks(clause: int) -> bool:  # "рассказал, как …": the question word opens the clause
        opening = sorted(i for i in view.subtree(clause) if view.tokens[i].pos != "PUNCT")[:2]
        if not opening or opening[0] <= verb:
            return False
        if view.tokens[opening[0]].lemma.lower() in words.question_words:
            return True
        # "объяснил, в чём выгода": a preposition, then the asking pronoun
        return (
            len(opening) == 2
            and view.tokens[opening[0]].pos == "ADP"
            and view.tokens[opening[1]].lemma.lower() in words.question_pronouns
        )

    direct = [
        c
        for c in view.children(verb)
        if view.tokens[c].relation == "ccomp"
        and (words.bare_clauses or opens_with_complementiser(c) or asks(c))
    ]
    if direct:
        return direct
    asked = [c for c in view.children(verb) if _verbless_question(view, verb, c, words)]
    if asked:
        return asked[:1]
    colon_led = [  # "заявил: дефицит будет покрыт", "уверена: простуду не лечат так"
        c
        for c in view.children(verb)
        if c > verb
        and view.tokens[c].relation in {"ccomp", "parataxis"}
        and _led_by_colon(view, verb, c)
    ]
    if colon_led:
        return colon_led[:1]
    return [
        clause
        for c in view.children(verb)
        if view.tokens[c].lemma == "то"
        for clause in view.children(c)
        if opens_with_complementiser(clause)
    ]


def _verbless_question(view: SentenceView, verb: int, clause: int, words: StatementWords) -> bool:
    """Whether the verb's dependent is a verbless indirect question after a comma ("объяснил,
    в чём выгода"): the parser hangs the asking pronoun on the verb, its subject on it."""
    token = view.tokens[clause]
    if clause <= verb + 1 or token.lemma.lower() not in words.question_pronouns:
        return False
    children = [view.tokens[c].relation for c in view.children(clause)]
    opening = min(i for i in view.subtree(clause) if view.tokens[i].pos != "PUNCT")
    return (
        "case" in children
        and "nsubj" in children
        and opening > 0
        and view.tokens[opening - 1].text == ","
    )


def _led_by_colon(view: SentenceView, verb: int, clause: int) -> bool:
    """Whether the clause follows a colon that ends the speech verb's phrase, with no other
    punctuation between, and is no quotation (quotes have their own patterns)."""
    first = min(i for i in view.subtree(clause) if view.tokens[i].pos != "PUNCT")
    if first < verb + 2 or view.tokens[first - 1].text != ":":
        return False
    if view.tokens[first].text[:1] in "«\"“'":
        return False
    return all(view.tokens[i].pos != "PUNCT" for i in range(verb + 1, first - 1))
