"""The extractor assembling claims: for each word, the project noun, a body founded or a
framed object → its launching word → the precision filters → kind → runners (the
stretch and the verb's subjects, then the fallbacks of `runners`, then the sentences
before) → place, start and figures → modality. Funded works, started activities and
relocations follow, and a sentence with no claim is read for a reference to an earlier
project.
"""

from __future__ import annotations

from functools import partial

from concord.claim import Argument, Claim, Mention, Modality, Span
from concord.extract.initiative.activities import held_since, started_activities
from concord.extract.initiative.background import framing_noun, in_background, in_title
from concord.extract.initiative.being import facility_by_being
from concord.extract.initiative.chain_outlets import one_more_outlet
from concord.extract.initiative.connecting_links import connecting_link
from concord.extract.initiative.costs import new_thing_costing
from concord.extract.initiative.fitted import (
    fitted_with,
    fitting_launch,
    listed_work_part,
    readiness_launch,
)
from concord.extract.initiative.folded_details import folded_into_project
from concord.extract.initiative.former_sites import on_former_site
from concord.extract.initiative.founded_bodies import field_of_founded_company, founded_company
from concord.extract.initiative.framed import (
    framed_object,
    held_by_work,
    part_of_project,
    placed_here,
    placed_in_settlement,
    said_by_speaker,
)
from concord.extract.initiative.funded_works import funded_works
from concord.extract.initiative.invested import (
    funds_recipient,
    invested_in,
    ready_for_start,
    scheduled_start,
)
from concord.extract.initiative.joined_bodies import joined_bodies, joined_to_founded
from concord.extract.initiative.joint_works import joint_works, untold_works
from concord.extract.initiative.kind import (
    designs_work,
    kind_words,
    segment_end,
    work_end,
    work_with_object,
)
from concord.extract.initiative.launched_services import service_launch
from concord.extract.initiative.launchers import launcher_of, voyages_started, won_support
from concord.extract.initiative.machines import machine_put_in_service
from concord.extract.initiative.modality import (
    decided_by,
    intended,
    long_finished,
    needed_for,
    planned_by_modifier,
    prepared_for,
    scheduled_work,
    sum_to_come,
    told_ahead,
    unachieved_infinitive,
)
from concord.extract.initiative.modifiers import modifies_another_noun
from concord.extract.initiative.no_launch import tells_no_launch
from concord.extract.initiative.not_reported import not_reported, opens_something_else
from concord.extract.initiative.other_roles import (
    active_subject,
    defined_as_work,
    designed_work,
    doers_place,
    funder,
    hosts_another,
    institution_named,
    listed_activity,
    not_one_project,
    operated_on,
    product_activity,
    runner_named_before,
    setting_of_launch,
    starts_a_check,
    starts_another,
    unfunded_purpose,
)
from concord.extract.initiative.place_and_start import place_and_start
from concord.extract.initiative.planned_facilities import facility_by_own_verb, plan_doubted
from concord.extract.initiative.projects import (
    counted_facility,
    described,
    generic_topic,
    genitive_holder,
    is_project,
    misread_over,
    named_facility,
    named_project,
    names_body,
    new_facility,
    verb_form,
)
from concord.extract.initiative.proposed_bodies import backed_body_proposal
from concord.extract.initiative.reading import LOOK_BACK, PLACE_TYPES, called_new, idiom
from concord.extract.initiative.references import launched_by_reference
from concord.extract.initiative.relocations import relocations
from concord.extract.initiative.runners import (
    announcers,
    backers,
    budget_owner,
    city_government,
    clause_runners,
    document_signers,
    frame_runners,
    government_of_place,
    plan_owner_parts,
    provided_for,
    runner_arguments,
    runners_named_after,
    standing_for,
)
from concord.extract.initiative.sector_works import money_into_sector_work
from concord.extract.initiative.sized_facilities import (
    counted_units,
    sized_facility,
    with_capacity,
)
from concord.extract.initiative.stationed_bases import stationed_base
from concord.extract.initiative.taken_up_work import works_taken_up
from concord.extract.initiative.told_by_size import facility_told_by_size, sized_part
from concord.extract.initiative.told_stages import stage_given_up, stage_told
from concord.extract.initiative.trades_and_sites import (
    place_of_the_project,
    purpose_of_a_thing,
    site_for_building,
    work_names_a_trade,
    works_across_territories,
    works_on_classes,
)
from concord.extract.initiative.transport_services import transport_service_launch
from concord.extract.initiative.troop_movements import troop_movements
from concord.extract.initiative.words import InitiativeWords
from concord.extract.initiative.worked_questions import under_worked_question
from concord.extract.initiative.works_in_context import fits_in_context
from concord.extract.initiative.works_in_facility import work_in_facility
from concord.extract.initiative.works_under_way import works_under_way
from concord.extract.relaying import aside_tellers
from concord.extract.sentence_view import SentenceView


def _earlier_runners(view: SentenceView, lemma: str, words: InitiativeWords) -> list[Argument]:
    """A project restated in a later sentence ("Строительство предприятия начнется
    весной") is run by whom the sentences before named running the same project."""
    for back, earlier in enumerate(view.views_before(LOOK_BACK)):
        for claim in reversed(_claims(earlier, words, look_back=False)):
            restated = back == 0 and lemma in words.restating_nouns  # the one just before
            if not restated and lemma not in " ".join(claim.values("kind")).split():
                continue
            runners = [a for a in claim.arguments if a.role == "organisations"]
            if runners:
                return runners
    return []


def extract(view: SentenceView, words: InitiativeWords) -> list[Claim]:
    """The sentence's projects, a project restated later taking its runners from the
    sentences before; denied or rumoured projects (negated) are not reported."""
    return [
        claim
        for claim in _claims(view, words, look_back=True)
        if claim.modality != Modality.NEGATED
    ]


def _claims(view: SentenceView, words: InitiativeWords, look_back: bool) -> list[Claim]:
    """Each project the sentence launches, then the funded works, started activities and
    relocations those do not already tell; a sentence with none of them is read for a
    reference to an earlier project. `look_back` is off when an earlier sentence is read
    for a later one, so that reading never recurses further."""
    found = []
    for index in range(len(view.tokens)):
        claim = _project_claim(view, index, words, look_back)
        if claim is not None:
            found.append((claim, _listed_part(view, index, words)))
    found = _distinct(found)
    # fitted things listed among a work's items belong to the project claimed here or
    # just before (`listed_work_part`), and are no claims of their own
    wholes = [claim for claim, part in found if not part]
    parts_belong = len(wholes) < len(found) and (
        bool(wholes) or (look_back and _claimed_before(view, words))
    )
    claims = wholes if parts_belong else [claim for claim, _ in found]
    # a renovation both read as a project and funded is one claim, and so is a fitting
    # work both launched and started ("начнется замена труб")
    claims.extend(_untold(funded_works(view, words), claims))
    claims.extend(_untold(started_activities(view, words), claims))
    # a joint work of making whose object is no project noun ("совместная разработка
    # самолёта"), when no claim made tells it already
    claims.extend(untold_works(_untold(joint_works(view, words), claims), claims))
    claims.extend(_untold(works_taken_up(view, words, claims), claims))
    kinds = [value for claim in claims for value in claim.values("kind")]
    claims.extend(
        claim for claim in relocations(view, words) if not set(claim.values("kind")) & set(kinds)
    )
    movements = _untold(troop_movements(view, words), claims)
    if movements:  # "развернул зенитные комплексы": the troops moved are no project
        claims = [c for c in claims if not _inside_movement(c, movements)]
        claims.extend(movements)
    earlier = partial(_claims, words=words, look_back=False)
    if not claims:  # a later stage of a project told before ("Строительство планируется
        # завершить до …", "здание готово к эксплуатации, осталось оснастить его …"), else a
        # launch of it by a word pointing back
        told = stage_told(view, words, look_back, earlier)
        if not told:  # "Сейчас в здании сада ведутся работы": works going on now
            told = works_under_way(view, words, look_back, earlier)
        if not told and not stage_given_up(view, words):  # "изначально планировали сдать"
            told = launched_by_reference(view, words, look_back, earlier)
        claims.extend(told)
    # equipment, and a part told inside a whole work told before, are no claims
    kept = [claim for claim in claims if not folded_into_project(view, claim, words)]
    if claims and not kept:  # "здание сдадут": a part of the facility, but its stage
        kept = stage_told(view, words, look_back, earlier)
    return kept


def _inside_movement(claim: Claim, movements: list[Claim]) -> bool:
    """The claim's kind lies within the words of a troop movement's kind."""
    spans = [a.span for a in claim.arguments if a.role == "kind" and a.span is not None]
    moved = [
        a.span for m in movements for a in m.arguments if a.role == "kind" and a.span is not None
    ]
    return any(m.start <= s.start and s.end <= m.end for s in spans for m in moved)


def _starts_working(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "Фонд заработает по всей стране", "новый оператор связи появится": a body, the
    subject of a verb of starting to work that takes no object ("банк заработал прибыль"
    earns), or called new and appearing, comes into being."""
    if view.tokens[index].head != launcher or view.tokens[index].relation != "nsubj":
        return False
    lemma = view.tokens[launcher].lemma
    if lemma in words.body_appearing_verbs:
        return called_new(view, index, words) or _kind_of_body_appearing(view, index, words)
    return lemma in words.working_start_verbs and not any(
        view.tokens[c].relation == "obj" for c in view.children(launcher)
    )


def _service_appearing(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "В области появятся 12 новых автобусных маршрутов", "появился трамвайный маршрут": a
    route, the subject of an appearing verb, called new or named by its kind, is a service
    that comes into being, as a new body appearing is; a bare "появился маршрут" may be a
    line drawn on a map."""
    token = view.tokens[index]
    if (
        token.lemma not in words.appearing_service_nouns
        or token.head != launcher
        or not token.relation.startswith("nsubj")
        or view.tokens[launcher].lemma not in words.body_appearing_verbs
    ):
        return False
    return called_new(view, index, words) or any(
        view.tokens[c].relation == "amod"
        and view.tokens[c].pos == "ADJ"
        and view.tokens[c].feats.get("VerbForm") != "Part"
        for c in view.children(index)
    )


def _kind_of_body_appearing(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "Появился крупный медиахолдинг", "появится биржевой комитет": a body noun told with
    the adjective of its kind and appearing comes into being as one called new does; a
    bare one ("появилась группа") may be people arriving."""
    return words.body(view.tokens[index].lemma) and any(
        view.tokens[c].relation == "amod"
        and view.tokens[c].pos == "ADJ"
        and view.tokens[c].feats.get("VerbForm") != "Part"
        for c in view.children(index)
    )


def _distinct(found: list[tuple[Claim, bool]]) -> list[tuple[Claim, bool]]:
    """ "проведен ремонт кровли": a work read both from its noun and from the part it
    renews is one claim (the same kind over the same words, or over words inside another
    claim's kind; one kind over other words, "построили школу и отремонтировали школу",
    is another project)."""
    seen: set[tuple[tuple[str, Span | None], ...]] = set()
    kept = []
    for claim, part in found:
        key = tuple((a.value, a.span) for a in claim.arguments if a.role == "kind")
        if key not in seen:
            seen.add(key)
            kept.append((claim, part))
    claims = [claim for claim, _ in kept]
    return [(claim, part) for claim, part in kept if not _told_better(claim, claims)]


def _told_better(claim: Claim, claims: list[Claim]) -> bool:
    """ "программа капитального ремонта школ" holds the work "ремонт школ": one project,
    told by the claim whose kind holds the other's words and which says no less of it;
    the narrower one stays where it alone names the runner or the place ("Проект создания
    центра «Созвездие»": the centre's name)."""
    mine = _kind_span(claim)
    if mine is None:
        return False
    for other in claims:
        theirs = _kind_span(other)
        if theirs is None or theirs == mine:
            continue
        if _holds(theirs, mine) and _roles(claim) <= _roles(other):
            return True
        if _holds(mine, theirs) and _roles(claim) < _roles(other):
            return True
    return False


def _kind_span(claim: Claim) -> Span | None:
    return next((a.span for a in claim.arguments if a.role == "kind"), None)


def _holds(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _roles(claim: Claim) -> set[tuple[str, str]]:
    return {(a.role, a.value) for a in claim.arguments if a.role != "kind"}


def _listed_part(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """The word names a fitted thing listed among the works of a project."""
    launch = _launch(view, index, words)
    return launch is not None and listed_work_part(view, index, launch[0], words)


def _claimed_before(view: SentenceView, words: InitiativeWords) -> bool:
    """The sentence just before claims a project."""
    return any(_claims(earlier, words, look_back=False) for earlier in view.views_before(1))


def _untold(found: list[Claim], claims: list[Claim]) -> list[Claim]:
    """The claims found whose kind no claim already made tells, nor a longer or shorter
    wording of it."""
    kinds = [value for claim in claims for value in claim.values("kind")]
    return [
        claim
        for claim in found
        if not any(
            known.startswith(value) or value.startswith(known)
            for value in claim.values("kind")
            for known in kinds
        )
    ]


def _project_claim(
    view: SentenceView, index: int, words: InitiativeWords, look_back: bool
) -> Claim | None:
    """The project the word names, if a launching word launches it and no filter drops it:
    launch → filters → kind → runners → place, start, figures → modality."""
    token = view.tokens[index]
    launch = _launch(view, index, words)
    if launch is None:
        return None
    launcher, named_body = launch
    if _filtered_out(view, index, launcher, named_body, words) or _not_launched_so(
        view, index, launcher, words
    ):
        return None
    end = segment_end(view, index, words)
    # a facility under its own name is no runner of itself
    body = view.mention_at(index) if named_body or named_facility(view, index, words) else None
    kind_indices, design_of_work = _kind_indices(view, index, launcher, end, body, words)
    value, span = view.phrase(kind_indices)
    arguments = [Argument("kind", value.lower(), span)]
    if _no_project_of_its_own(view, index, launcher, words):
        return None
    segment = list(range(index, end))
    verb = _launching_verb(view, launcher, words)
    verb_parts, subject_parts, subjects = _verb_parts(view, index, launcher, verb, words)
    between = [  # "создание в Казани лаборатории": what the launching noun holds
        i
        for child in view.children(launcher)
        if launcher < child < index and view.tokens[launcher].pos == "NOUN"
        for i in view.subtree(child)
    ]
    elsewhere = set(kind_indices) | (_other_launches(view, launcher, words) - set(segment))
    runner_places = [i for i in segment + verb_parts + between if i not in elsewhere]
    document = provided_for(view, launcher, words)
    organisations = _runners(
        view, index, launcher, verb, body, document, runner_places, subject_parts, subjects,
        words,
    )  # fmt: skip
    if organisations is None or long_finished(view, launcher, verb, words):
        return None
    arguments.extend(runner_arguments(view, organisations, words))
    if not organisations and look_back:
        restating = [view.tokens[i].lemma for i in [*kind_indices, index]]
        lemma = next((w for w in restating if w in words.restating_nouns), token.lemma)
        earlier = _earlier_runners(view, lemma, words)
        arguments.extend(earlier)
        if not earlier:
            arguments.extend(runner_arguments(view, runners_named_after(view, words), words))
    verb_places = [  # "Фабрика откроется в Пензе": the place the project's verb names
        i
        for child in (view.children(verb) if view.tokens[verb].pos == "VERB" else [])
        if child > index
        and view.tokens[child].relation == "obl"
        # "на Камчатке" (initiative108): only a place name is taken from such a phrase
        and view.preposition(child) in words.place_prepositions | words.named_place_prepositions
        for i in view.subtree(child)
    ]
    places = view.mentions_in(runner_places + verb_places, PLACE_TYPES)
    arguments.extend(place_and_start(view, [m for m in places if m not in organisations], words))
    for quantity in view.quantities:
        if view.token_indices(quantity.start, quantity.end)[0] in segment:
            arguments.append(
                Argument("figures", quantity.text, view.text_span(quantity.start, quantity.end))
            )
    modality = _modality(view, launcher, verb, design_of_work, document, words)
    if modality == Modality.FACT and backed_body_proposal(view, index, launcher, words):
        modality = Modality.PLANNED  # "поддержали предложение о создании центра": to set up
    return view.claim("initiative", arguments, modality)


# Parts of speech a project's word may carry: a noun, a name, a noun the parser took for an
# adjective ("госфонд") or a word it could not tag; every other word is passed over at once.
_NAMING_POS = frozenset({"NOUN", "PROPN", "ADJ", "X"})


def _launch(view: SentenceView, index: int, words: InitiativeWords) -> tuple[int, bool] | None:
    """The word launching the project the word names (a listed project noun, a body
    founded under its name or a framed object), and whether it is a named body; none
    where the word names no project or only part of one."""
    if view.tokens[index].pos not in _NAMING_POS:
        return None  # a verb, preposition or punctuation mark names no project
    named_body = names_body(view, index, words)
    listed = is_project(view, index, words)
    framed = None if named_body else framed_object(view, index, words)
    if framed is None and not named_body:  # "установили забор", "готовность школы 80 %"
        # a fitting verb may be the sentence's first word (index 0: "Разбиты 4 клумбы")
        framed = fitting_launch(view, index, words)
        if framed is None:
            framed = readiness_launch(view, index, words)
        if framed is None:  # "в больнице появился новый флюорограф"
            framed = machine_put_in_service(view, index, words)
        if framed is None:  # "автобусы будут ездить по новому маршруту"
            framed = transport_service_launch(view, index, words)
        if framed is None and view.tokens[index].lemma in words.route_nouns:
            framed = connecting_link(view, index, words)  # "соединит новый маршрут"
        if framed is None:  # "РЖД запустили опцию", "МТС запускает новую услугу"
            framed = service_launch(view, index, words)
        if framed is None:  # "создаст холдинг по выпуску станков": a company set up
            framed = founded_company(view, index, words)
        if framed is None:  # initiative102: "разместить вторую военную базу"
            framed = stationed_base(view, index, words)
    if not (listed or named_body or framed is not None) or part_of_project(view, index, words):
        return None
    launcher = ready_for_start(view, index, words) if listed else None  # "готов к открытию"
    if launcher is None:
        launcher = launcher_of(view, index, words) if listed or named_body else None
    if launcher is None:
        launcher = framed
    if launcher is None and listed:
        launcher = held_since(view, index, words)
    if launcher is None and listed:  # "в медпункте идёт капремонт": the work's place
        launcher = work_in_facility(view, index, words)
        if (
            launcher is not None
            and is_project(view, launcher, words)
            and launcher_of(view, launcher, words) == launcher
        ):
            launcher = None  # "в библиотеке завершается ремонт": the work is read itself
    if launcher is None and listed:  # "построят вторую очередь центра": through its phase
        phase = genitive_holder(view, index, words)
        if (
            phase is not None
            and (
                view.tokens[phase].lemma in words.phase_nouns
                # initiative107: "появится 84 км велосипедных дорог": the units counted
                or counted_units(view, index, words) == phase
            )
            and not generic_topic(view, view.tokens[phase].head, words)
        ):  # not "проект по строительству третьей очереди комплекса": the project is
            launcher = view.tokens[phase].head
    if launcher is None and listed:
        launcher = _approved_by_document(view, index, words)
    if launcher is None and listed:  # "вложения в терминал", "линия запланирована к вводу"
        launcher = invested_in(view, index, words)
        if launcher is None:
            launcher = scheduled_start(view, index, words)
        if launcher is None:  # "Новый аэровокзал обойдётся в 4,5 млрд"
            launcher = new_thing_costing(view, index, words)
        if launcher is None:  # "Новая поликлиника рассчитана на 200 посещений"
            launcher = facility_told_by_size(view, index, words)
        if launcher is None:  # "Мэрия наметила школу", "жители получили свой водопровод"
            launcher = facility_by_own_verb(view, index, words)
        if launcher is None:  # "в городе будет новый парк", "теперь есть своя котельная"
            launcher = facility_by_being(view, index, words)
        if launcher is None:  # initiative114: "города свяжет новая железная дорога"
            launcher = connecting_link(view, index, words)
    if launcher is None:
        return None
    return launcher, named_body


def _approved_by_document(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """ "Утверждён паспорт регионального проекта": the project in the bare genitive of its
    defining document is launched by the word that launches the project itself."""
    token = view.tokens[index]
    document = token.head
    if (
        token.relation != "nmod"
        or token.feats.get("Case") != "Gen"
        or view.preposition(index)
        or not 0 <= document < len(view.tokens)
        or view.tokens[document].lemma not in words.project_document_nouns
    ):
        return None
    governor = view.tokens[document].head
    own_launchers = words.noun_launchers.get(token.lemma, frozenset())
    if 0 <= governor < len(view.tokens) and view.tokens[governor].lemma in own_launchers:
        return governor
    return None


def _filtered_out(
    view: SentenceView, index: int, launcher: int, named_body: bool, words: InitiativeWords
) -> bool:
    """The precision filters of `not_reported`, `background` and `other_roles` that need
    only the noun and its launcher, and a body named but not founded."""
    if not_reported(view, index, launcher, words) or framing_noun(view, index, words):
        return True
    if tells_no_launch(view, index, launcher, words):
        return True  # "работу поликлиники проверил", "Начало приема": no new undertaking
    if field_of_founded_company(view, index, words):
        return True  # "создаст холдинг по выпуску станков": the body's field, no project
    if institution_named(view, index, launcher, words):
        return True  # "осмотрел медицинское учреждение – отделения": no founding act
    if view.preposition(index) in words.landmark_prepositions and not _approximated(
        view, index, words
    ):
        return True  # "парк возле ледовой арены": the arena only places the park
    if view.tokens[index].head == launcher and fitted_with(view, launcher, words):
        return True  # "пандусами оборудуют 120 школ": the schools are only where ramps go
    if modifies_another_noun(view, index, words):
        return True  # "hospital staff", "the school's campus": the head is what is meant
    if starts_a_check(view, index, launcher, words):
        return True  # "части приступили к проверке готовности": the check is started
    if listed_activity(view, index, launcher):
        return True  # "содействие разработкам, производству и экспорту": one more activity
    if (
        setting_of_launch(view, index, launcher, words)
        or funder(view, index, launcher, words)
        or doers_place(view, index, launcher)
        or operated_on(view, index, launcher, words)
        or designed_work(view, index, launcher, words)
        or unfunded_purpose(view, launcher, words)
        or funds_recipient(view, index, launcher, words)  # "выделят трём школам"
    ):
        return True
    if (
        work_names_a_trade(view, launcher, words)
        or site_for_building(view, index, words)
        or works_on_classes(view, index, words)
        or works_across_territories(view, index, launcher, words)
        or purpose_of_a_thing(view, launcher, words)
        or place_of_the_project(view, index, launcher, words)
    ):  # "Дирекция по строительству АЭС", "площадку под строительство АЭС",
        return True  # "на строительство и ремонт социальных объектов"
    if money_into_sector_work(view, index, launcher, words):
        return True  # initiative104: "в строительство на этих землях вложено N": a sector
    return named_body and view.tokens[launcher].lemma not in words.founding_words


def _approximated(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "Откроют около 100 магазинов": the preposition approximates the count the noun
    holds, and places nothing."""
    return view.preposition(index) in words.approximating_prepositions and any(
        view.tokens[c].relation == "nummod" for c in view.children(index)
    )


def _not_launched_so(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """The launcher does not launch this noun: a drill that is no joint exercise, a
    cooperation, body, service or field the word does not start, a product, a starter or
    a founder, a school going out, a class of projects, a host of another launch."""
    if transport_service_launch(view, index, words) == launcher:
        return False  # "автобусы будут ездить по новому маршруту": a service started
    if connecting_link(view, index, words) == launcher:
        return False  # initiative114: "вокзал и аэропорт соединит новый маршрут"
    if _service_appearing(view, index, launcher, words):
        return False  # initiative119: "появятся 12 новых автобусных маршрутов"
    token = view.tokens[index]
    if token.lemma in words.held_operation_nouns and not any(
        view.tokens[c].lemma in words.joint_modifiers for c in view.children(index)
    ):
        return True  # "спасатели провели учения": a drill; joint exercises are a project
    if _war(view, index, words):
        return True  # "началась специальная военная операция": a war, not a project
    if _money_of(view, index, words):
        return True  # "увеличение бюджета программы": the programme runs already
    if token.lemma in words.cooperation_nouns and (
        view.tokens[launcher].lemma not in words.cooperation_launchers
    ):
        return True
    # a body is founded, a service started, by the word that governs it ("открыл
    # заседание совета" opens a sitting, founds no council)
    governs = launcher == view.tokens[index].head or (
        view.tokens[launcher].head == index and view.tokens[launcher].relation in {"amod", "acl"}
    )  # "возглавить создаваемое министерство": a body described as being founded
    governs = governs or voyages_started(view, index, words) == launcher  # "начала выполнять рейсы"
    governs = governs or _through_phase(view, index, launcher, words)
    governs = governs or joined_to_founded(view, index, launcher, words)  # initiative103
    starts_working = _starts_working(view, index, launcher, words)
    if (
        words.body(token.lemma)
        and (view.tokens[launcher].lemma not in words.founding_words or not governs)
        and not starts_working
    ):
        return True
    own_launchers = words.noun_launchers.get(token.lemma, frozenset())
    if token.lemma in words.service_nouns and (
        view.tokens[launcher].lemma
        not in words.start_words | words.holding_verbs | words.operating_verbs | own_launchers
        or not governs
    ):
        return True
    field_launched = view.tokens[launcher].lemma in words.field_launchers and not (
        view.tokens[launcher].lemma in words.going_out_verbs
        and token.lemma not in words.field_nouns
    )  # "вышли на патрулирование": out on an activity, no market entered
    if (token.lemma in words.field_nouns) != field_launched or (field_launched and not governs):
        return True  # a field is developed, and developing launches only a field
        # ("освоение космоса и исследования" launches no research)
    if product_activity(view, index, words):
        return True
    if token.lemma in words.service_nouns and starts_another(view, index, launcher, words):
        return True  # "экспедиция приступила к раскопкам": the excavations are started
    if words.body(token.lemma) and active_subject(view, index, launcher) and not starts_working:
        return True  # "компания создала сервис": the body founds, is not founded
    if (
        view.tokens[launcher].lemma in words.going_out_verbs
        and token.head == launcher
        and token.relation.startswith("nsubj")
    ):
        return True  # "на уборку вышли школы": the school goes out, is not launched
    return not_one_project(view, index, launcher, words) or hosts_another(
        view, index, launcher, words
    )


def _through_phase(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "стартовал первый этап приоритетной регистрации доменов": the start word governs
    the stage the service hangs on, and so starts the service (a later stage of a service
    is claimed as the gold counts it)."""
    phase = view.tokens[index].head
    return (
        0 <= phase < len(view.tokens)
        and view.tokens[phase].lemma in words.phase_nouns
        and view.tokens[phase].head == launcher
        and view.tokens[phase].relation.startswith("nsubj")
        and view.tokens[launcher].lemma in words.start_words
    )


def _money_of(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "увеличение бюджета программы", "финансирование проекта сократят": a project in
    the bare genitive of its budget is one whose money changes, not one launched."""
    token = view.tokens[index]
    return (
        token.relation == "nmod"
        and not view.preposition(index)
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].lemma in words.project_money_nouns
    )


def _war(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "военная операция": a project noun whose modifier makes it a war; a joint one
    ("совместная военная операция") stays a project, as joint exercises do."""
    modifiers = words.war_modifiers.get(view.tokens[index].lemma)
    if not modifiers:
        return False
    children = [view.tokens[c].lemma for c in view.children(index)]
    return any(m in modifiers for m in children) and not any(
        m in words.joint_modifiers for m in children
    )


def _kind_indices(
    view: SentenceView,
    index: int,
    launcher: int,
    end: int,
    body: Mention | None,
    words: InitiativeWords,
) -> tuple[list[int], bool]:
    """The words of the project's kind, and whether the launch is a design of a work:
    the noun's own words, widened to a work on it, the work holding it, a founded body's
    name, or the building a design plans."""
    token = view.tokens[index]
    kind_indices = kind_words(view, index, end, words)
    if (  # "модернизация железной дороги": the work on the road is the project
        view.tokens[launcher].lemma in words.renovation_nouns
        and token.head == launcher
        and launcher < min(kind_indices)
    ):
        # with the work's own object: "реконструкция набережной Волги" keeps the name
        work_kind = kind_words(view, launcher, work_end(view, launcher, words), words)
        kind_indices = list(range(launcher, max(*kind_indices, *work_kind) + 1))
    holder = genitive_holder(view, index, words)
    if held_by_work(view, holder, words) and holder is not None:
        first = min(kind_words(view, holder, index, words))  # "нового корпуса больницы"
        kind_indices = list(range(first, max(kind_indices) + 1))
    sized = sized_part(view, index, words)  # initiative111: "Новый корпус роддома рассчитан
    if sized != index and facility_told_by_size(view, index, words) == launcher:  # на 130
        first = min(kind_words(view, sized, index, words))  # коек": the building sized
        kind_indices = list(range(first, max(kind_indices) + 1))  # heads the kind
    if body is not None:  # "Открыт Русский центр": a headline's verb the name finder took in
        covered = view.token_indices(body.start, body.end)
        kind_indices = covered[1:] if len(covered) > 1 and verb_form(view.tokens[covered[0]]) else covered
    design_of_work = designs_work(view, index, launcher, words)
    if design_of_work:  # "проект строительства спортивного зала": the hall is the kind
        kind_indices = sorted({*kind_indices, *work_with_object(view, launcher, words)})
    return kind_indices, design_of_work


def _no_project_of_its_own(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """Filters read after the kind: a generic noun with no description or defined as a
    work, a title, a background launch, a verb opening something else, a noun standing
    for an organisation, and a launching noun whose own complement is the project."""
    token = view.tokens[index]
    if (
        token.lemma in words.generic_project_nouns
        and (not described(view, index, words) or defined_as_work(view, index, launcher, words))
        and won_support(view, index, words) != launcher  # a research project funded
    ):
        return True
    if in_title(view, launcher, words):
        return True
    proposed = backed_body_proposal(view, index, launcher, words)
    if in_background(view, launcher, words, proposed) or opens_something_else(
        view, index, launcher, words
    ):
        return True
    if plan_doubted(view, launcher, words):  # "планы создания технопарка нереальны"
        return True
    if runner_named_before(view, index, launcher, words):
        return True
    # "строительство завода": the plant is the project
    return token.lemma in words.launch_words and any(
        is_project(view, child, words)
        or framed_object(view, child, words) == index
        # "строительство первой очереди предприятия": the plant's phase is the project
        or any(
            is_project(view, g, words) and genitive_holder(view, g, words) == child
            for g in view.children(child)
        )
        for child in view.children(index)
    )


def _launching_verb(view: SentenceView, launcher: int, words: InitiativeWords) -> int:
    """The verb whose clause holds the launch: the launcher, or the word above a launching
    noun ("начнет работу кампус"), or above the money given for it."""
    verb = launcher
    if view.tokens[verb].pos != "VERB" and 0 <= view.tokens[verb].head < len(view.tokens):
        verb = view.tokens[verb].head  # "начнет работу кампус": the verb above "работу"
    if (  # "выделил финансирование на создание центра": the verb above the money
        view.tokens[verb].lemma in words.money_nouns
        and 0 <= view.tokens[verb].head < len(view.tokens)
    ):
        verb = view.tokens[verb].head
    return verb


def _other_launches(view: SentenceView, launcher: int, words: InitiativeWords) -> set[int]:
    """ "об открытии школы, запуске центра компании X и открытии кампуса Y": the launches
    joined to this one in a list are other projects, and the names in them run those.
    The words of the other launching members of the launcher's list (the parser hangs the
    list on its first member), apart from the launcher's own."""
    root = view.list_head(launcher)
    members = [root] + [c for c in view.children(root) if view.tokens[c].relation == "conj"]
    others: set[int] = set()
    for member in members:
        if member != launcher and words.launches(
            view.tokens[member].lemma, view.tokens[member].pos
        ):
            others.update(_member_words(view, member))
    return others - _member_words(view, launcher)


def _member_words(view: SentenceView, member: int) -> set[int]:
    """A list member's words without the members joined to it."""
    own = {member}
    for child in view.children(member):
        if view.tokens[child].relation != "conj":
            own.update(view.subtree(child))
    return own


def _verb_parts(
    view: SentenceView, index: int, launcher: int, verb: int, words: InitiativeWords
) -> tuple[list[int], list[int], list[int]]:
    """The verb's words that may name runners (its subjects, obliques before the project,
    an idiom of place, the subject of a controlling verb or decision), the subjects' words
    apart from the project and its launcher, and those subjects."""
    verb_parts: list[int] = []
    subject_parts: list[int] = []
    subjects: list[int] = []
    if view.tokens[verb].pos == "VERB":
        for child in view.children(verb):
            relation = view.tokens[child].relation
            if framing_noun(view, child, words):
                continue  # "в соответствии с соглашением с X": X signed, runs nothing
            if relation.startswith("nsubj") or idiom(view, child, words):
                verb_parts.extend(view.subtree(child))  # idiom: "создан на базе университета"
            elif relation == "obl" and child < index:
                # only its words before the project: the rest is the project's own stretch
                # or later members of a list ("грант на открытие школы, запуск центра …")
                verb_parts.extend(i for i in view.subtree(child) if i < index)
            # "открылся памятник Рахманинову": the project itself as the subject; the
            # person or place it names is whom it honours, and runs nothing
            # nor the launching noun itself ("строительство моста в Кирове ведется"):
            # the places in it are the project's
            if relation.startswith("nsubj") and child not in {index, launcher}:
                subject_parts.extend(view.subtree(child))
                subjects.append(child)
        controller = view.tokens[verb].head
        controlled = view.tokens[verb].relation in words.controlled_relations
        decision = decided_by(view, verb, words)
        if decision is not None:  # "ОБСЕ приняла решение направить миссию"
            controller, controlled = decision, True
        if controlled and 0 <= controller < len(view.tokens) and not view.subjects(verb):
            for child in view.children(controller):  # not the project told first
                if view.tokens[child].relation.startswith("nsubj") and child != index:
                    verb_parts.extend(view.subtree(child))
                    subject_parts.extend(view.subtree(child))
                    subjects.append(child)
    return verb_parts, subject_parts, subjects


def _runners(
    view: SentenceView,
    index: int,
    launcher: int,
    verb: int,
    body: Mention | None,
    document: int | None,
    runner_places: list[int],
    subject_parts: list[int],
    subjects: list[int],
    words: InitiativeWords,
) -> list[Mention] | None:
    """Who runs the project, first in its stretch and on its verb, then through the
    fallbacks of `runners`; None where the launcher needs a named runner and none is
    found (the project is then dropped)."""
    token = view.tokens[index]
    own_name = named_project(view, index, words)
    worked_on = (  # "реконструкция здания театра «X»": X is worked on, runs nothing
        set(view.subtree(index))
        if view.tokens[index].lemma in words.renovation_nouns
        or view.tokens[launcher].lemma in words.renovation_nouns
        else set()
    )
    told_by = aside_tellers(view)  # "…, сообщает газета «X»": X only tells it
    misread = misread_over(view, index, words)
    joined = joined_bodies(view, index, launcher, words)  # initiative103: founded along
    organisations = [
        m
        for m in view.mentions_in(runner_places, set(words.runner_types))
        if m != body
        and m != own_name
        and not set(view.token_indices(m.start, m.end)) & (worked_on | told_by | joined)
        # a misread name over the project noun ("В Неверкино ФАП будет построен", "Новый
        # дом культуры открыли") runs nothing
        and not (m.start <= token.start < m.end and misread)
    ]
    organisations.extend(m for m in backers(view, verb, words) if m not in organisations)
    if document is not None and not organisations:
        organisations = document_signers(view, document, words)
    if not organisations:
        organisations = announcers(view, launcher, words)
    for mention in view.mentions_in(subject_parts, set(words.subject_runner_types)):
        if mention not in organisations and mention != body and not (
            mention.start <= token.start < mention.end and misread
        ):
            organisations.append(mention)
    if not organisations:
        for subject in subjects:
            organisations.extend(
                city_government(view, subject, words)
                or standing_for(view, subject, words)
                or government_of_place(view, subject, words)
            )
    planned_by = plan_owner_parts(view, verb, launcher, words)
    if not organisations and planned_by:  # "в планах сети «X» открытие гипермаркетов"
        organisations = view.mentions_in(planned_by, set(words.runner_types))
    if not organisations:
        organisations = budget_owner(view, words)
    if (
        not organisations
        and view.tokens[launcher].lemma in words.runner_needed_launchers
        and not (  # "катера вышли на патрулирование": no market needing an entrant
            view.tokens[launcher].lemma in words.going_out_verbs
            and token.lemma not in words.field_nouns
        )
        and not new_facility(view, index, words)
        # "ремонтные работы идут в библиотеке": a work on the place, no body's work
        and work_in_facility(view, index, words) != launcher
        # "Новые контейнеры и фонари появятся" in a work told: new as the list's first
        and not fits_in_context(view, launcher, index, words)
        and not (  # "появится 16 игровых комплексов": counted, so new
            view.tokens[launcher].lemma in words.appearing_verbs
            and counted_facility(view, index, words)
        )
        and not (  # initiative107: "площадка в 28 гектаров появится": measured out, so new
            view.tokens[launcher].lemma in words.appearing_verbs
            and sized_facility(view, index, words)
        )
        and not (  # initiative115: "детсад на 300 мест появится": its capacity, so new
            view.tokens[launcher].lemma in words.appearing_verbs
            and with_capacity(view, index, words)
        )
        and not (  # initiative104: "очередной супермаркет сети появился": one more outlet
            view.tokens[launcher].lemma in words.appearing_verbs
            and one_more_outlet(view, index, words)
        )
        and not (  # initiative105: "на месте старого рынка появится спорткомплекс": a
            # facility put where another thing stood is built there
            view.tokens[launcher].lemma in words.appearing_verbs
            and on_former_site(view, launcher, words)
        )
        and not (  # "в области появится особая экономическая зона": a place receives a
            # project its modifiers name (a bare "сервис появится ещё в пяти городах"
            # restates one named before)
            view.tokens[launcher].lemma in words.appearing_verbs
            and (
                placed_in_settlement(view, launcher, words)
                # "здесь появится большой завод" (initiative86)
                or placed_here(view, launcher, words)
                or _placed_across(view, launcher, words)
            )
            and (
                _described(view, index, words)
                # "губернатор сообщил, что в Твери появится поликлиника": announced
                or said_by_speaker(view, launcher, words)
                or _new_by_number(view, index, launcher, words)
            )
        )
    ):
        return None
    if not organisations:
        organisations = clause_runners(view, index, launcher, words)
    if not organisations:
        organisations = frame_runners(view, words)
    return organisations


def _verb_and_modal(view: SentenceView, verb: int) -> list[int]:
    """The verb and, where it is the infinitive of a modal word ("должны появиться"), that
    word, which the parser gives the clause's obliques."""
    token = view.tokens[verb]
    if token.relation == "xcomp" and 0 <= token.head < len(view.tokens):
        return [verb, token.head]
    return [verb]


def _placed_across(view: SentenceView, verb: int, words: InitiativeWords) -> bool:
    """ "во многих поселениях появятся станции", "в каждом районе появится МФЦ": the verb's
    place is places in general (initiative101), each of which receives a new one."""
    return any(
        view.tokens[child].relation == "obl"
        and view.preposition(child) in words.place_prepositions
        and any(
            view.tokens[c].lemma in words.distributive_determiners for c in view.children(child)
        )
        for head in _verb_and_modal(view, verb)
        for child in view.children(head)
    )


def _new_by_number(view: SentenceView, index: int, verb: int, words: InitiativeWords) -> bool:
    """ "В Уфе появятся бассейны", "появилось медучреждение, построенное по стандартам",
    "в каждом районе появится МФЦ" (initiative101): a bare facility told in the plural, as
    built, or across places is new; a bare singular may restate one told before ("В Кимрах
    появится поликлиника"), and "эти", "ещё" point back to one."""
    children = view.children(index)
    if any(
        view.tokens[c].lemma in words.restating_determiners | words.further_modifiers
        for c in [*children, *view.children(verb)]
    ):
        return False
    plural = view.tokens[index].feats.get("Number") == "Plur"
    built = any(
        view.tokens[c].relation in {"acl", "amod"}
        and view.tokens[c].feats.get("VerbForm") == "Part"
        and words.builds(view.tokens[c].lemma, view.tokens[c].pos)
        for c in children
    )
    return plural or built or _placed_across(view, verb, words)


def _described(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """The facility noun says which one it is: an adjective, "свой" or "ещё один"
    (initiative84), or a bare genitive of what it serves ("театр юного зрителя", lead17)."""
    return any(
        view.tokens[c].relation == "amod"
        or (
            view.tokens[c].relation == "det"
            and view.tokens[c].lemma in words.own_facility_modifiers | words.further_modifiers
        )
        or (
            view.tokens[c].relation == "nmod"
            and not view.preposition(c)
            and view.tokens[c].feats.get("Case") == "Gen"
        )
        for c in view.children(index)
    )


def _modality(
    view: SentenceView,
    launcher: int,
    verb: int,
    design_of_work: bool,
    document: int | None,
    words: InitiativeWords,
) -> Modality:
    """The launcher's modality; a launch told as done is planned where a design, a plan
    noun, an intention, a document providing for it, a decision or an infinitive tell it."""
    modality = view.modality(launcher)
    if modality == Modality.FACT and (
        design_of_work
        or view.tokens[verb].lemma in words.plan_nouns
        or intended(view, launcher, words)
        or scheduled_work(view, launcher, words)
        or document is not None
        or (view.tokens[verb].pos == "VERB" and decided_by(view, verb, words) is not None)
        or unachieved_infinitive(view, verb, words)
        or planned_by_modifier(view, launcher, words)
        or sum_to_come(view, launcher, words)
        or told_ahead(view, launcher, verb, words)
        or needed_for(view, launcher, words)
        or prepared_for(view, launcher, words)
        or under_worked_question(view, launcher, words)
    ):
        modality = Modality.PLANNED
    return modality
