"""A listed facility carried by a verb of its own rather than a launching word
(initiative78): planned ("Мэрия наметила на участке школу", "проектом предусмотрена
поликлиника", "запланирован новый бассейн"), received ("жители получили собственный
водопровод", "посёлок получит новую котельную") or put in service ("уже работает новый
цех", "в здании разместится новый центр"). Regional news tell many projects this way and
Concord read the sentence as empty. Each verb needs a sign that the facility is new to
the place: a plan is about a thing to come, a thing received must be called new, own or
a further one ("получил награду" names no facility; "получила оборудование" no
facility either), and a working or settling one must be called new and told by a finite
verb ("в селе работает школа", "библиотека располагается на втором этаже" describe; a
facility settling into another without being new is mostly a part of it: "в центре
расположится концертный зал")."""

from __future__ import annotations

from concord.extract.initiative.projects import new_facility
from concord.extract.initiative.reading import bare_accusative, governors
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def facility_by_own_verb(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The planning, receiving, operating or settling verb that tells the facility noun
    as a project (see the module); none otherwise."""
    if not listed_facility(view.tokens[index].lemma, words):
        return None
    first = view.list_head(index)  # "наметила школу и детский сад": the list's role
    token = view.tokens[first]
    if not listed_facility(token.lemma, words):
        return None  # "планируются проведение представлений, программа": a list of events
    verb = token.head
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].pos != "VERB":
        return None
    if any(view.tokens[child].lemma in words.negations for child in view.children(verb)):
        return None  # "школу не планируют": a plan or a facility denied tells none
    lemma = view.tokens[verb].lemma
    relation = token.relation
    if lemma in words.planned_facility_verbs and _planned_role(view, first, lemma):
        return verb
    if (
        lemma in words.receiving_verbs
        and relation == "obj"
        and (new_facility(view, index, words) or _own(view, index, words))
        and not _received_by_person(view, verb)
    ):
        return verb
    if not relation.startswith("nsubj"):
        return None
    if not new_facility(view, index, words) or view.tokens[verb].feats.get("VerbForm") != "Fin":
        return None  # "новый водопровод будет работать от старой скважины": how it will run
    if lemma in words.operating_verbs | words.settling_verbs:
        return verb
    return None


def listed_facility(lemma: str, words: InitiativeWords) -> bool:
    """A thing built, not a work, an output or a service ("планируется сборка автомобилей"
    plans making goods, "запланирован ремонт" is read by the work's own launch)."""
    works = (
        words.launch_words
        | words.renovation_nouns
        | words.production_nouns
        | words.output_nouns
        | words.service_nouns
        | words.generic_project_nouns
    )
    abstract = lemma.endswith(words.abstract_suffixes) and lemma not in words.structure_nouns
    return lemma not in works and not abstract


def _planned_role(view: SentenceView, index: int, lemma: str) -> bool:
    """The facility is what is planned: the object (also a bare accusative the parser
    took for an oblique, "наметила на участке школу"), the passive subject, or the subject
    of a reflexive planning verb ("планируется бассейн")."""
    relation = view.tokens[index].relation
    return (
        relation in {"obj", "nsubj:pass"}
        or (relation == "nsubj" and lemma.endswith("ся"))
        or (relation == "obl" and bare_accusative(view, index))
    )


def _own(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "собственный водопровод", "второй корпус": received as one's own or a further one."""
    return any(
        view.tokens[child].relation == "amod"
        and view.tokens[child].lemma in words.own_facility_modifiers
        for child in view.children(index)
    )


def _received_by_person(view: SentenceView, verb: int) -> bool:
    """ "Директор получил новую квартиру": a person receiving a thing gets a good, not a
    project; places, bodies and residents receive facilities."""
    return any(
        view.tokens[child].relation.startswith("nsubj")
        and (mention := view.mention_at(child)) is not None
        and mention.type == "PER"
        for child in view.children(verb)
    )


def plan_doubted(view: SentenceView, launcher: int, words: InitiativeWords) -> bool:
    """ "Планы создания технопарка нереальны": a plan noun above the launch whose own
    predicate calls it unreal or doubtful is a plan weighed, nobody's plan to report."""
    for plan in [launcher, *governors(view, launcher, 3)]:
        token = view.tokens[plan]
        if token.lemma in words.plan_nouns and token.relation.startswith("nsubj"):
            head = token.head
            return 0 <= head < len(view.tokens) and view.tokens[head].lemma in words.doubt_words
    return False
