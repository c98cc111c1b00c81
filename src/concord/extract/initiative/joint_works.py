"""Joint works: two or more parties making, developing or studying something together
("Boeing и Embraer займутся совместной разработкой самолёта", "Финляндия и Вьетнам
совместно разработают дрон", "объявили о создании альянса для разработки электромобилей").
The thing made is often no project noun (an aircraft, a vaccine, a battery), so the work
itself is the project: a work noun or verb with its object, told as joint by a modifier
("совместный"), an adverb ("совместно", "вместе") or a subject of two coordinated parties.
A work given up, paused or only weighed ("отказались от", "рассматривают возможность")
launches nothing; an agreement, decision or plan over the work plans it.
"""

from __future__ import annotations

from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.initiative.background import in_background
from concord.extract.initiative.modality import intended
from concord.extract.initiative.not_reported import weighed_or_offered
from concord.extract.initiative.reading import governors
from concord.extract.initiative.runners import runner_arguments
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

_REACH = 3  # how far above the work its agreement, plan or giving-up word may stand


def joint_works(view: SentenceView, words: InitiativeWords) -> list[Claim]:
    """Each joint work of making the sentence tells, and each alliance formed for one."""
    claims = []
    # the work an alliance is formed for is its purpose, told by the alliance's claim
    alliances = [i for i in range(len(view.tokens)) if _alliance(view, i, words) is not None]
    purposes = {p for i in alliances for p in view.subtree(view.tokens[view.tokens[i].head].head)}
    for index in range(len(view.tokens)):
        found = _alliance(view, index, words)
        if found is None and index not in purposes:
            found = _joint_noun(view, index, words) or _joint_verb(view, index, words)
        if found is None:
            continue
        kind_indices, verb = found
        if in_background(view, index, words) or _given_up(view, index, words):
            continue
        value, span = view.phrase(kind_indices)
        arguments = [Argument("kind", value.lower(), span)]
        arguments.extend(runner_arguments(view, _partners(view, index, verb, words), words))
        claims.append(view.claim("initiative", arguments, _modality(view, index, verb, words)))
    return claims


def untold_works(found: list[Claim], claims: list[Claim]) -> list[Claim]:
    """The joint works whose kind overlaps no kind of a claim already made ("совместной
    разработкой поезда" is told already where "поезд" is a project noun)."""
    spans = [a.span for c in claims for a in c.arguments if a.role == "kind" and a.span]
    return [
        claim
        for claim in found
        if not any(
            a.span.start < s.end and s.start < a.span.end
            for a in claim.arguments
            if a.role == "kind" and a.span
            for s in spans
        )
    ]


def _joint_noun(
    view: SentenceView, index: int, words: InitiativeWords
) -> tuple[list[int], int | None] | None:
    """ "займутся совместной разработкой самолёта", "приступят к разработке танкера"
    (two parties the subject), "о старте совместных работ по созданию лайнера",
    "сотрудничество с X в разработке батарей": a work noun with the thing it makes, done
    jointly. The kind is the work and its object."""
    token = view.tokens[index]
    if token.pos != "NOUN" or token.lemma not in words.joint_work_nouns:
        return None
    if 0 <= token.head < len(view.tokens) and view.tokens[
        token.head
    ].lemma in words.joint_work_nouns | (
        words.project_nouns - words.cooperation_nouns
    ):  # "работ по созданию самолёта", "программу разработки двигателей": the outer work
        return None  # or project tells it
    verb = _verb_above(view, index)
    if verb is not None and _done_over_past(view, verb):
        return None
    made = _made_object(view, index, words)
    if made is None:
        return _held_research(view, index, verb, words)
    if verb is None and not _under_document(view, index, words):
        return None  # "Цель партнёрства – создание технологий": no work begun or planned
    joint = any(view.tokens[c].lemma in words.joint_modifiers for c in view.children(index))
    joint = joint or (  # "о сотрудничестве с Panasonic в разработке аккумуляторов"
        0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.cooperation_nouns | words.alliance_nouns
    )
    if not joint and verb is not None:
        # two parties as the subject tell the work joint only where the verb governs it
        # ("Испания и Египет приступят к разработке танкера"), not through a decision or
        # an announcement between ("объявили решение о создании зоны торговли")
        joint = _joint_verb_frame(view, verb, words, direct=token.head == verb)
    if not joint:
        return None
    kind = sorted(
        {index, *(c for c in view.children(index) if view.tokens[c].relation == "amod")}
        | set(_object_words(view, made))
    )
    return kind, verb


def _held_research(
    view: SentenceView, index: int, verb: int | None, words: InitiativeWords
) -> tuple[list[int], int | None] | None:
    """ "договорились о проведении совместных исследований в Арктике": joint research or
    an expedition, held by a noun of holding, needs no object of its own."""
    token = view.tokens[index]
    head = token.head
    if token.lemma not in words.held_joint_nouns or not 0 <= head < len(view.tokens):
        return None
    if view.tokens[head].lemma not in words.holding_nouns:
        return None
    if not any(view.tokens[c].lemma in words.joint_modifiers for c in view.children(index)):
        return None
    kind = [index, *(c for c in view.children(index) if view.tokens[c].relation == "amod")]
    return sorted(kind), verb


def _under_document(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """An agreement, contract or memorandum stands over the word."""
    return any(view.tokens[g].lemma in words.document_nouns for g in governors(view, index, _REACH))


def _joint_verb(
    view: SentenceView, index: int, words: InitiativeWords
) -> tuple[list[int], int | None] | None:
    """ "совместно разработают морской дрон", "будут вместе работать над вакциной",
    "Россия и Китай создадут самолёт": a verb of making with its object, told with a joint
    adverb or by two coordinated parties."""
    token = view.tokens[index]
    if token.pos != "VERB" or token.lemma not in words.joint_work_verbs:
        return None
    if _done_over_past(view, index):
        return None
    # "совместно разведывать и добывать нефть": the object hangs on the last verb joined
    joined = [c for c in view.children(index) if view.tokens[c].relation == "conj"]
    made = next(
        (
            c
            for verb in [index, *joined]
            for c in view.children(verb)
            if (
                view.tokens[c].relation == "obj"
                or view.preposition(c) in words.work_object_prepositions
            )
        ),
        None,
    )
    if made is None or not _concrete(view, made, words):
        return None
    # initiative114: "страны произведут совместный спутник": the thing made told as joint
    # (verbs of designing, building and producing only: "выпустят совместный альбом" is a
    # release of a product; not offered to another party)
    if not _joint_verb_frame(view, index, words) and not (
        token.lemma in words.joint_object_verbs
        and any(view.tokens[c].lemma in words.joint_modifiers for c in view.children(made))
        and not weighed_or_offered(view, index, words)
    ):
        return None
    return sorted({index, *_object_words(view, made)}), index


def _alliance(
    view: SentenceView, index: int, words: InitiativeWords
) -> tuple[list[int], int | None] | None:
    """ "объявили о создании партнёрства, направленного на разработку платформы",
    "договорились об объединении в альянс с целью сокращения затрат на разработку
    автомоделей": a union of partners formed or joined, with a work of making in its
    words or in those of its forming word, is a project."""
    token = view.tokens[index]
    head = token.head
    if token.lemma not in words.alliance_nouns or not 0 <= head < len(view.tokens):
        return None
    forming = view.tokens[head].lemma
    if forming not in words.founding_words | words.alliance_joining_words:
        return None
    above = view.tokens[head].head  # "объединятся в альянс для разработки дронов"
    reach = view.subtree(above if 0 <= above < len(view.tokens) else head)
    if not any(view.tokens[i].lemma in words.joint_work_nouns for i in reach):
        return None
    kind = sorted({index, *(c for c in view.children(index) if view.tokens[c].relation == "amod")})
    return kind, _verb_above(view, index)


def _made_object(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """What the work makes: its genitive ("разработка самолёта"), its object after "над"
    ("работа над вертолётом"), or that of a second work after "по" or within a sphere
    ("работы по созданию лайнера", "работа в сфере создания автопилотов")."""
    for child in view.children(index):
        preposition = view.preposition(child)
        if view.tokens[child].relation != "nmod":
            continue
        if not preposition or preposition in words.work_object_prepositions:
            if view.tokens[child].lemma in words.joint_work_nouns:
                continue
            return child if _concrete(view, child, words) else None
        if preposition in words.work_topic_prepositions and (
            view.tokens[child].lemma in words.joint_work_nouns
        ):
            return _made_object(view, child, words)
        if view.tokens[child].lemma in words.sphere_nouns:  # "работа в сфере создания X"
            inner = next(
                (c for c in view.children(child) if view.tokens[c].lemma in words.joint_work_nouns),
                None,
            )
            return None if inner is None else _made_object(view, inner, words)
    return None


def _concrete(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A thing a work can make or study: a noun or name, not a pronoun nor a general
    word ("условия", "вопросы")."""
    token = view.tokens[index]
    return token.pos in {"NOUN", "PROPN"} and token.lemma not in (
        words.vague_work_objects | words.abstract_objects
    )


def _object_words(view: SentenceView, made: int) -> list[int]:
    """The object and its modifiers, up to the next comma or clause."""
    words_of = [made]
    for child in view.children(made):
        if view.tokens[child].relation in {"amod", "nmod", "flat", "flat:name", "appos", "nummod"}:
            words_of.extend(i for i in view.subtree(child) if view.tokens[i].pos != "PUNCT")
    return [i for i in words_of if abs(i - made) <= 6]


def _done_over_past(view: SentenceView, verb: int) -> bool:
    """ "компании 15 лет выпускали вместе кабины": a past imperfective tells a work done
    over years, its history, no project started or planned."""
    token = view.tokens[verb]
    return token.feats.get("Tense") == "Past" and token.feats.get("Aspect") == "Imp"


def _verb_above(view: SentenceView, index: int) -> int | None:
    """The first verb above the word, within a few steps."""
    return next(
        (g for g in governors(view, index, _REACH + 1) if view.tokens[g].pos == "VERB"), None
    )


def _joint_verb_frame(
    view: SentenceView, verb: int, words: InitiativeWords, direct: bool = True
) -> bool:
    """The verb over the work says it is done together: a joint adverb on it, or its
    subject names two coordinated parties ("Испания и Египет приступят к разработке")."""
    if any(view.tokens[c].lemma in words.joint_adverbs for c in view.children(verb)):
        return True
    if not direct:
        return False
    for subject in view.subjects(verb):
        parties = view.mentions_in(
            view.subtree(subject), set(words.runner_types | words.subject_runner_types)
        )
        coordinated = any(view.tokens[c].relation == "conj" for c in view.children(subject))
        if coordinated and len({m.normal for m in parties}) >= 2:
            return True
    return False


def _given_up(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """A word of giving up, pausing or only weighing stands over the work."""
    return any(view.tokens[g].lemma in words.given_up_words for g in governors(view, index, _REACH))


def _partners(
    view: SentenceView, index: int, verb: int | None, words: InitiativeWords
) -> list[Mention]:
    """The parties: named in the subject of the verb over the work, in its "с X" partner
    ("совместно с Китаем", "соглашение с HAL о разработке") or among the work's own
    modifiers ("совместных с Россией работ")."""
    places: list[int] = []
    if verb is not None:
        for subject in view.subjects(verb):
            places.extend(view.subtree(subject))
        for child in view.children(verb):
            if view.preposition(child) in words.partner_prepositions:
                places.extend(view.subtree(child))
    for position in [index, *governors(view, index, _REACH)]:
        for child in view.children(position):
            if view.tokens[child].relation == "amod":
                places.extend(
                    i
                    for c in view.children(child)
                    if view.preposition(c) in words.partner_prepositions
                    for i in view.subtree(c)
                )
            elif view.preposition(child) in words.partner_prepositions:
                places.extend(view.subtree(child))
        if position == verb:
            break
    types = set(words.runner_types | words.subject_runner_types)
    found: list[Mention] = []
    for mention in view.mentions_in(sorted(set(places)), types):
        if mention not in found:
            found.append(mention)
    return found


def _modality(view: SentenceView, index: int, verb: int | None, words: InitiativeWords) -> Modality:
    """Planned under an agreement, a decision, a plan or a future verb; otherwise as the
    verb over the work tells it ("ведут совместную разработку": under way)."""
    chain = [index, *governors(view, index, _REACH)]
    if verb is not None:
        chain.extend(governors(view, verb, 2))
    if any(view.tokens[g].lemma in words.document_nouns for g in chain):
        return Modality.PLANNED  # "соглашение о совместной разработке": provided for
    if verb is None:
        return Modality.PLANNED
    modality = view.modality(verb)
    if modality == Modality.FACT and (
        intended(view, verb, words)
        or any(view.tokens[g].lemma in words.permitting_verbs for g in chain)
    ):
        return Modality.PLANNED  # "разрешил компаниям совместно добывать газ": to be done
    return modality
