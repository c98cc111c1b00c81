"""Projects and documents as outlets word them beyond the devset's tuning texts: bodies
founded, public works opened, money given for a work, people deployed for an operation,
services started, and a document held by one verb and signed by a coordinated one; and
what launches nothing (a class of projects, building an abstraction, a launch only made
possible) — on sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, claims_of


def test_a_founded_body_is_a_project(analyse: Analyse) -> None:
    (council,) = claims_of(
        analyse("Губернатор и мэр создали в Омске экспертный совет по архитектуре."), "initiative"
    )
    assert council.values("kind") == ["экспертный совет"]
    assert council.values("location") == ["Омск"]
    (group,) = claims_of(
        analyse("При министерстве была создана рабочая группа по борьбе с паводками."),
        "initiative",
    )
    assert group.values("kind") == ["рабочая группа"]


def test_a_body_founded_under_its_name_does_not_run_itself(analyse: Analyse) -> None:
    (council,) = claims_of(
        analyse("Премьер-министры создали Стратегический совет по торговле."), "initiative"
    )
    assert council.values("kind") == ["стратегический совет по торговле"]
    assert council.values("organisations") == []


def test_a_body_is_founded_not_merely_mentioned(analyse: Analyse) -> None:
    (commission,) = claims_of(
        analyse("Совет Федерации создал комиссию по регламенту."), "initiative"
    )
    assert commission.values("kind") == ["комиссия"]
    assert commission.values("organisations") == ["Совет Федерации"]
    for text in (
        "Работа комиссии по регламенту продолжилась вечером.",
        "Мэр открыл заседание совета.",
    ):
        assert claims_of(analyse(text), "initiative") == [], text


def test_an_opened_monument_honours_rather_than_runs(analyse: Analyse) -> None:
    (monument,) = claims_of(
        analyse("В Тамбове открылся памятник композитору Рахманинову."), "initiative"
    )
    assert monument.values("kind") == ["памятник"]
    assert monument.values("location") == ["Тамбов"]
    assert monument.values("organisations") == []


def test_money_given_for_a_work_launches_it(analyse: Analyse) -> None:
    (repair,) = claims_of(
        analyse("Мэрия выделила 40 млн рублей на ремонт набережной."), "initiative"
    )
    assert repair.values("kind") == ["ремонт набережной"]
    assert repair.modality == Modality.FACT
    (yards,) = claims_of(
        analyse("Власти региона направят 300 млн рублей на благоустройство дворов."),
        "initiative",
    )
    assert yards.values("kind") == ["благоустройство дворов"]
    assert yards.modality == Modality.PLANNED
    # money paid out builds nothing
    assert claims_of(analyse("Банк направил 3 млрд рублей на погашение долга."), "initiative") == []
    # sent, but no money: nothing is funded
    assert (
        claims_of(analyse("Губернатор направил на ремонт набережной новую технику."), "initiative")
        == []
    )


def test_people_deployed_for_an_operation_launch_it(analyse: Analyse) -> None:
    (patrol,) = claims_of(
        analyse("На улицы Самары вывели для патрулирования 500 полицейских."), "initiative"
    )
    assert patrol.values("kind") == ["патрулирование"]


def test_a_started_service_is_a_project(analyse: Analyse) -> None:
    (intake,) = claims_of(
        analyse("Минздрав начал приём заявок на гранты для сельских врачей."), "initiative"
    )
    assert intake.values("kind") == ["приём заявок"]
    assert intake.values("organisations") == ["Минздрав"]
    assert claims_of(analyse("Запись в первые классы закончилась в пятницу."), "initiative") == []


def test_what_launches_no_single_project(analyse: Analyse) -> None:
    for text in (
        "Кредит позволит компании построить в Липецке новый цех.",  # only made possible
        "В Перми такие центры создаются повсюду.",  # a class of projects
        "Так началось строительство гражданского общества в стране.",  # an abstraction
    ):
        assert claims_of(analyse(text), "initiative") == [], text


def test_a_document_signed_by_a_coordinated_verb(analyse: Analyse) -> None:
    (memorandum,) = claims_of(
        analyse("Очередной меморандум согласовали и подписали Минск и Вильнюс."), "agreement"
    )
    assert memorandum.values("kind") == ["меморандум"]
    assert memorandum.values("parties") == ["Минск", "Вильнюс"]
