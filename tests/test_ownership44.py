"""Round 44: an owner noun ("владелец", "совладелец", "акционер") or a "дочка" that names a
participant of the clause (its subject, an apposition, a modifier) states a holding true
now, whatever the clause's negation or plan; as the clause's predicate it keeps the
clause's mood, and "будущий владелец" is a holding to come. The sentences are my own."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Modality
from tests.conftest import Analyse


def _modality(analysed: AnalysedDocument, owner: str, owned: str) -> Modality | None:
    """The modality of the ownership claim naming `owner` and `owned`, or None."""
    return next(
        (
            claim.modality
            for claim in analysed.claims
            if claim.type == "ownership"
            and owner in claim.values("owner")
            and owned in claim.values("property")
        ),
        None,
    )


def test_co_owner_saying_a_negated_plan_still_owns(analyse: Analyse) -> None:
    text = (
        "Холдинг «Сапфир» не собирается продавать речной порт «Заречье», "
        "сообщил совладелец холдинга Глеб Карпов."
    )
    assert _modality(analyse(text), "Глеб Карпов", "Сапфир") is Modality.FACT


def test_owner_as_subject_of_a_refusal_still_owns(analyse: Analyse) -> None:
    text = "Владелец сети аптек «Ромашка» Олег Сурков отказался от продажи бизнеса."
    assert _modality(analyse(text), "Олег Сурков", "Ромашка") is Modality.FACT


def test_shareholder_as_subject_of_a_future_negation_still_owns(analyse: Analyse) -> None:
    text = "Акционер банка «Прибой» Инна Лаптева не будет продавать свою долю."
    assert _modality(analyse(text), "Инна Лаптева", "Прибой") is Modality.FACT


def test_subsidiary_as_subject_of_a_future_verb_is_one_now(analyse: Analyse) -> None:
    text = "Другая «дочка» концерна «Вымпел» — компания «Северный луч», останется отдельной."
    assert _modality(analyse(text), "Вымпел", "Северный луч") is Modality.FACT


def test_prospective_owner_named_in_passing_is_no_present_holding(analyse: Analyse) -> None:
    # the apposition keeps the clause's negation: no holding is stated as true now
    text = "Будущий владелец завода «Кристалл» Павел Дронов не стал комментировать сделку."
    assert _modality(analyse(text), "Павел Дронов", "Кристалл") is Modality.NEGATED


def test_owner_noun_as_predicate_keeps_the_clause_plan(analyse: Analyse) -> None:
    text = "Владельцем завода «Кристалл» станет компания «Орбита»."
    assert _modality(analyse(text), "Орбита", "Кристалл") is Modality.PLANNED
