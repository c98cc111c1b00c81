"""Near misses of initiatives read from the frame — a facility built earlier that only hosts
something, a private flat, a person's proposal, works that only date an opening, an
organisation named by its common noun as the launch's subject — and runners named only
as "мэрия" or "власти города". Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, initiatives_of, kinds_of


def test_a_facility_built_before_that_hosts_an_event_is_no_project(analyse: Analyse) -> None:
    text = "В открытом два года назад спорткомплексе в воскресенье прошел турнир по дзюдо."
    assert kinds_of(analyse(text)) == []


def test_a_private_flat_repaired_is_no_project(analyse: Analyse) -> None:
    assert kinds_of(analyse("Пенсионер из Твери отремонтировал квартиру на свои сбережения.")) == []


def test_a_persons_proposal_is_no_project(analyse: Analyse) -> None:
    text = "Депутат городской думы Павел Орлов предложил построить в Рязани аквапарк."
    assert kinds_of(analyse(text)) == []


def test_works_that_only_date_an_opening_are_no_project_of_their_own(analyse: Analyse) -> None:
    text = "Компания «Волгастрой» откроет после ремонта бассейн в Саратове."
    assert "ремонт" not in " ".join(kinds_of(analyse(text)))


def test_a_mayors_office_runs_what_it_builds(analyse: Analyse) -> None:
    text = (
        "Мэрия Пскова подвела итоги года. Весной мэрия отремонтирует набережную реки Великой."
    )
    (claim,) = initiatives_of(analyse(text))
    assert claim.values("organisations") == ["Мэрия Пскова"]


def test_the_authorities_of_the_city_are_the_citys(analyse: Analyse) -> None:
    text = "Мэрия Твери утвердила бюджет. Власти города в мае откроют новый стадион."
    (claim,) = initiatives_of(analyse(text))
    assert any(name.startswith("Твер") for name in claim.values("organisations"))


def test_a_common_noun_that_introduced_the_company_runs_the_launch(analyse: Analyse) -> None:
    text = (
        "Компания «Окская верфь» заключила контракт с областью. "
        "Верфь начнет работы осенью."
    )
    assert "верфь" not in kinds_of(analyse(text))
