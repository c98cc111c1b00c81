"""A later stage of a project told on its own: completion, commissioning, readiness, first
users ("В 2024 году будет закончена первая очередь", "здание должно быть сдано в
эксплуатацию", "новый сад примет первых воспитанников", "Здание готово к эксплуатации").

A report names its project first and then tells how far it has got, often by a bare word
that restates it (здание, объект, очередь). Such a sentence launches nothing by itself, yet
the stage (done, or with its date) is news of its own (gold.md keeps a later stage as its own
claim). The stage is read only where the report claimed a project in the sentences before: a
bare "объект" with nothing before it stays nothing, and so does a bare work ("Строительство
планируется завершить …", which the pool's gold keeps in one case of five). Its kind is the
word this sentence writes, or for a restating word the earlier project's kind; who runs it
may come from the earlier claim. `tells_stage` lets
the fold of restatements keep such a telling apart from the first report of the project.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from concord.analysis import Token
from concord.claim import Argument, Claim, Modality
from concord.extract.initiative.modality import intended
from concord.extract.initiative.place_and_start import place_and_start
from concord.extract.initiative.projects import is_project
from concord.extract.initiative.reading import LOOK_BACK, PLACE_TYPES
from concord.extract.initiative.runners import backers
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

Children = Callable[[int], Sequence[int]]

_THING_RELATIONS = {"obj", "nsubj:pass", "nsubj"}
_NAMED_RELATIONS = {"obj", "nsubj", "nsubj:pass"}  # a project named as what is awaited
# or done, not one in a place or source phrase
_NOUN_LOOK_BACK = 8  # sentences searched for an earlier claim of a stage's project noun
# a stage verb whose subject hangs on the word governing it ("должно быть сдано")
_LENT_SUBJECT = {"xcomp", "csubj", "csubj:pass"}


def stage_pairs(
    tokens: Sequence[Token], children: Children, words: InitiativeWords
) -> list[tuple[int, int]]:
    """(stage word, thing) pairs of a sentence: a completion verb and the work or thing
    finished ("завершить строительство", "закончена очередь"), a commissioning verb or noun
    and the thing put into service ("здание сдано в эксплуатацию", "ввод объекта",
    "поликлиника, введённая в строй"), a readiness word with a goal of service ("здание
    готово к эксплуатации"), a verb of taking in first users ("сад примет воспитанников")."""
    pairs: list[tuple[int, int]] = []
    for stage, token in enumerate(tokens):
        lemma = token.lemma
        kids = children(stage)
        goals = {tokens[c].lemma for c in kids}
        if lemma in words.completion_verbs or lemma in words.stage_completion_extra:
            things = [c for c in kids if tokens[c].relation in _THING_RELATIONS]
        elif lemma in words.stage_handover_verbs:
            if lemma in words.stage_service_needed and not goals & words.stage_service_goals:
                continue  # "ввести ограничения": only "в эксплуатацию / в строй" commissions
            if goals & words.stage_other_goals:
                continue  # "сдать в аренду"
            things = [c for c in kids if tokens[c].relation in {"obj", "nsubj:pass"}]
            if token.relation == "acl" and 0 <= token.head < len(tokens):
                things.append(token.head)  # "поликлиника, введенная в строй"
        elif lemma in words.stage_nouns:
            if lemma in words.stage_service_needed and not goals & words.stage_service_goals:
                continue
            if goals & words.stage_background_prepositions or token.relation == "nmod":
                continue  # "после завершения работ", "процедура сдачи здания": a time, an aim
            things = [c for c in kids if tokens[c].relation == "nmod" and c > stage]
        elif lemma in words.readiness_words:
            if not goals & words.stage_ready_goals:
                continue
            things = [c for c in kids if tokens[c].relation == "nsubj"]
        elif lemma in words.stage_preparing_verbs:
            if not goals & (words.stage_ready_goals - {"открытие", "запуск", "пуск"}):
                continue  # "готовят к открытию": an opening's plan, read as a launch
            things = [c for c in kids if tokens[c].relation in {"obj", "nsubj"}]
            things.extend(  # "готовится к сдаче объект": the parser hangs it on the goal
                n
                for c in kids
                if tokens[c].lemma in words.stage_ready_goals
                for n in children(c)
                if tokens[n].relation == "nmod" and tokens[n].feats.get("Case") == "Nom"
            )
        elif lemma in words.stage_receiving_verbs:
            if not any(
                tokens[c].relation == "obj"
                and tokens[c].lemma in words.stage_first_users
                and not any(tokens[n].relation.startswith("nummod") for n in children(c))
                for c in kids
            ):
                continue  # "сможет принять до 50 детей" tells a capacity, not first users
            things = [c for c in kids if tokens[c].relation == "nsubj"]
        else:
            continue
        if not things and token.relation in _LENT_SUBJECT and 0 <= token.head < len(tokens):
            things = [  # "здание должно быть сдано": the subject is the governing word's
                c for c in children(token.head) if tokens[c].relation in {"nsubj", "nsubj:pass"}
            ]
        things = [t for t in things if tokens[t].lemma not in words.project_pronouns]
        pairs.extend((stage, thing) for thing in things[:1])  # not "его сдали": gold.md
        # keeps a pronoun's restatement no claim of its own
    return pairs


def _own_thing(
    tokens: Sequence[Token], children: Children, thing: int, words: InitiativeWords
) -> int:
    """The thing a bare work is on ("строительство корпуса", "работы на объекте"): its
    nominal complement, else the work itself."""
    if tokens[thing].lemma not in words.stage_work_nouns:
        return thing
    held = [c for c in children(thing) if tokens[c].relation == "nmod"]
    return held[0] if held else thing


def tells_stage(
    tokens: Sequence[Token], children: Children, span: range, words: InitiativeWords
) -> bool:
    """Whether a stage word of the sentence bears on the thing in `span` (a claim's kind
    tokens): such a telling adds a stage and is no mere restatement."""
    for _, thing in stage_pairs(tokens, children, words):
        if thing in span or _own_thing(tokens, children, thing, words) in span:
            return True
    return False


def stage_told(
    view: SentenceView,
    words: InitiativeWords,
    look_back: bool,
    earlier_claims: Callable[[SentenceView], list[Claim]],
) -> list[Claim]:
    """The stage a sentence tells of a project the report claimed just before; none when
    nothing was claimed before, or the stage is told only as a plan given up ("изначально
    планировали сдать")."""
    if not look_back:
        return []
    for stage, thing in stage_pairs(view.tokens, view.children, words):
        own = _own_thing(view.tokens, view.children, thing, words)
        token = view.tokens[own]
        if token.lemma in words.stage_work_nouns:
            continue  # a bare "работы/строительство планируется завершить": the pool's gold
            # keeps it in one case of five, so it is left (initiative109, initiative118)
        restating = token.lemma in words.stage_referents
        named = _named_in_apposition(view, own, words) if restating else None
        if named is not None:  # "готовится к сдаче ещё один объект — амбулатория": the
            # restating word names its own project, not the one told before
            own, token, restating = named, view.tokens[named], False
        if not (restating or is_project(view, own, words)):
            continue
        if given_up(view, stage, words):
            continue
        earlier = _earlier_project(view, token.lemma, words, earlier_claims)
        if earlier is None and named is not None:
            earlier = (token.lemma, [])
        if earlier is None and not restating and _commissioned(view, stage, words):
            earlier = (token.lemma, [])  # "Поликлиника, введенная в строй, …": built, in use
        if earlier is None and restating and _handed_over_by(view, stage, words):
            earlier = _named_before(view, words)  # "Поликлинику ждут … объект должен быть
            # сдан через месяц": a project named before, never claimed (a quote, a plan)
        if earlier is None:
            continue
        earlier_kind, earlier_runners = earlier
        # a restating word ("объект", "здание") stands for the project told before: the
        # reader wants that project's kind ("ледовая арена"), not the stand-in
        kind = earlier_kind if restating else token.lemma
        arguments = [Argument("kind", kind, view.text_span(token.start, token.end))]
        subjects = [c for c in view.children(stage) if view.tokens[c].relation == "nsubj"]
        runners = view.mentions_in(
            [i for c in subjects for i in view.subtree(c)],
            set(words.subject_runner_types) | set(words.runner_types),
        )
        runners.extend(m for m in backers(view, stage, words) if m not in runners)
        arguments.extend(view.entity_argument("organisations", m) for m in runners)
        if not runners:
            arguments.extend(earlier_runners)
        places = view.mentions_in(range(stage, len(view.tokens)), PLACE_TYPES)
        arguments.extend(place_and_start(view, places, words))
        modality = view.modality(stage)
        if view.tokens[stage].relation == "acl" and not any(
            view.tokens[c].lemma in view.words.negations for c in view.children(stage)
        ):
            modality = Modality.FACT  # "поликлиника, введенная в строй, не принимает …"
        if modality == Modality.FACT and (
            intended(view, stage, words)
            or view.tokens[stage].lemma in words.readiness_words
            or view.tokens[stage].lemma in words.stage_preparing_verbs
        ):
            modality = Modality.PLANNED  # ready for service: the start is still ahead
        return [view.claim("initiative", arguments, modality)]
    return []


def given_up(view: SentenceView, stage: int, words: InitiativeWords) -> bool:
    """ "Изначально объект планировали сдать в 2025 году": a date the report has since
    given up, the project's back story rather than its stage."""
    return any(view.tokens[c].lemma in words.stage_given_up for c in _clause(view, stage))


def stage_given_up(view: SentenceView, words: InitiativeWords) -> bool:
    """Whether the sentence tells a stage only as a plan given up: no launch by a word
    pointing back either."""
    return any(
        given_up(view, stage, words) for stage, _ in stage_pairs(view.tokens, view.children, words)
    )


def _commissioned(view: SentenceView, stage: int, words: InitiativeWords) -> bool:
    """Put into service ("введена в строй", "сдан в эксплуатацию"): a project noun told so
    is a facility built, whether or not the report told it before."""
    return view.tokens[stage].lemma in words.stage_handover_verbs and any(
        view.tokens[c].lemma in words.stage_service_goals for c in view.children(stage)
    )


def _clause(view: SentenceView, stage: int) -> list[int]:
    """The stage word, its dependents and those of the words governing it."""
    chain = [stage, *list(view.ancestors(stage))[:2]]
    return [c for position in chain for c in view.children(position)]


def _earlier_project(
    view: SentenceView,
    lemma: str,
    words: InitiativeWords,
    earlier_claims: Callable[[SentenceView], list[Claim]],
) -> tuple[str, list[Argument]] | None:
    """The project the report claimed in the sentences just before (its kind and runners):
    the last one, or for a project noun the last of that noun's kind."""
    restating = lemma in words.stage_referents or lemma in words.stage_work_nouns
    # a restating word stands for a project told just before; a project noun may name one
    # told further back ("откроют новый детский сад … новый сад примет воспитанников")
    for earlier in view.views_before(LOOK_BACK if restating else _NOUN_LOOK_BACK):
        for claim in reversed(earlier_claims(earlier)):
            kinds = claim.values("kind")
            if not kinds:
                continue
            if not restating and lemma not in " ".join(kinds).split():
                continue
            runners = [a for a in claim.arguments if a.role == "organisations"]
            return kinds[0], runners
    return None


def _named_in_apposition(view: SentenceView, thing: int, words: InitiativeWords) -> int | None:
    """The project noun in apposition to a restating word ("объект — амбулатория")."""
    return next(
        (
            c
            for c in view.children(thing)
            if view.tokens[c].relation == "appos" and is_project(view, c, words)
        ),
        None,
    )


def _handed_over_by(view: SentenceView, stage: int, words: InitiativeWords) -> bool:
    """A handover told with its date ("объект сдадут до середины июня", "через месяц
    объект должен быть сдан")."""
    return view.tokens[stage].lemma in words.stage_handover_verbs and _dated(view, words)


def _named_before(view: SentenceView, words: InitiativeWords) -> tuple[str, list[Argument]] | None:
    """The last project noun the sentences just before name, claimed or not: the thing a
    restating "объект" stands for when the report never claimed it."""
    for earlier in view.views_before(LOOK_BACK):
        for index in reversed(range(len(earlier.tokens))):
            token = earlier.tokens[index]
            if (
                token.pos == "NOUN"
                and token.relation in _NAMED_RELATIONS  # not "на портале закупок"
                and token.lemma not in words.stage_referents
                and token.lemma not in words.stage_work_nouns
                and is_project(earlier, index, words)
            ):
                return token.lemma, []
    return None


def _dated(view: SentenceView, words: InitiativeWords) -> bool:
    """A date or deadline told: a date mention, or a time word ("к 1 октября", "через
    месяц", "до середины июня")."""
    return bool(view.dates) or any(t.lemma in words.stage_time_words for t in view.tokens)
