"""Classes found on real 2009-2014 regional, business and international news (round 21):
projects named in passing as later items of a list under one launching word ("построят
стадион, центр гимнастики и зал"), arenas and the big shops retail chains open
("гипермаркет", "супермаркет"), houses built ("жилой дом"), a work defined as a project
after a dash ("Главный проект – строительство дороги"), a launch in a company's plans
("В планах сети открытие гипермаркетов"), a renovation reported finished, readiness to put
a named sum into a work; and what is no launch: readiness under a condition, the generic
"проект" a work is defined as. Sentences written for these tests (new names and wording)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, claims_of, kinds_in


def test_every_item_of_a_list_under_one_launcher_is_a_project(analyse: Analyse) -> None:
    text = "В Кинешме будет построен новый стадион, центр художественной гимнастики и бассейн."
    kinds = kinds_in(analyse, text)
    assert "стадион" in kinds[0]
    assert any("центр художественной гимнастики" in kind for kind in kinds)
    assert any("бассейн" in kind for kind in kinds)


def test_second_object_of_a_plan_to_build_is_a_project(analyse: Analyse) -> None:
    text = "Власти Рославля намерены построить плавательный бассейн и крытую ледовую арену."
    assert kinds_in(analyse, text) == ["плавательный бассейн", "крытая ледовая арена"]


def test_a_place_receiving_an_arena(analyse: Analyse) -> None:
    claims = claims_of(analyse("В Сызрани появится ледовая арена."), "initiative")
    assert [" ".join(c.values("kind")) for c in claims] == ["ледовая арена"]
    assert claims[0].modality == Modality.PLANNED


def test_hypermarkets_opened_last_year(analyse: Analyse) -> None:
    text = "За прошедший год компания «Норман» открыла 12 гипермаркетов."
    claims = claims_of(analyse(text), "initiative")
    assert [" ".join(c.values("kind")) for c in claims] == ["гипермаркеты"]
    assert claims[0].values("organisations") == ["Норман"]
    assert claims[0].modality == Modality.FACT


def test_opening_in_a_chains_plans(analyse: Analyse) -> None:
    text = "В планах сети «Зодиак» открытие четырех супермаркетов в Брянске."
    claims = claims_of(analyse(text), "initiative")
    assert [" ".join(c.values("kind")) for c in claims] == ["супермаркеты"]
    assert claims[0].values("organisations") == ["Зодиак"]
    assert claims[0].modality == Modality.PLANNED


def test_work_defined_as_the_main_project_after_a_dash(analyse: Analyse) -> None:
    text = "Главный проект пятилетки – строительство объездной дороги вокруг Калуги."
    assert kinds_in(analyse, text) == ["объездная дорога"]


def test_apartment_houses_built(analyse: Analyse) -> None:
    text = "В поселке Восход построено три многоквартирных жилых дома."
    kinds = kinds_in(analyse, text)
    assert len(kinds) == 1 and "дом" in kinds[0]


def test_renovation_reported_finished(analyse: Analyse) -> None:
    claims = claims_of(analyse("Завершена реконструкция водоснабжения поселка Ясный."), "initiative")
    assert len(claims) == 1
    assert "реконструкция водоснабжения" in " ".join(claims[0].values("kind"))


def test_readiness_to_invest_a_sum_is_a_plan(analyse: Analyse) -> None:
    text = "Холдинг «Зерновик» готов вложить 300 млн рублей в производство комбикормов."
    claims = claims_of(analyse(text), "initiative")
    assert [" ".join(c.values("kind")) for c in claims] == ["производство комбикормов"]
    assert claims[0].values("organisations") == ["Зерновик"]


def test_readiness_under_a_condition_is_an_offer(analyse: Analyse) -> None:
    text = "Компания готова открыть филиал в Рязани, если власти выделят участок."
    assert kinds_in(analyse, text) == []
    text = "Холдинг готов вложить 300 млн рублей в производство, если получит льготы."
    assert kinds_in(analyse, text) == []


def test_an_arena_walked_round_is_no_project(analyse: Analyse) -> None:
    text = "Сначала постоишь у входа, а потом начнешь обходить арену по кругу."
    assert kinds_in(analyse, text) == []


def test_a_developers_filing_for_a_house_is_no_report_of_it(analyse: Analyse) -> None:
    text = "Фирма не внесла изменения в проектную декларацию на строительство жилого дома."
    assert kinds_in(analyse, text) == []


def test_topics_listed_after_projects_are_no_projects(analyse: Analyse) -> None:
    text = "Мэр остановился на текущих проектах, модернизации городской инфраструктуры."
    assert kinds_in(analyse, text) == []


def test_an_item_after_places_and_a_tacking_also_is_a_project(analyse: Analyse) -> None:
    text = (
        "Губернатор сообщил о строительстве двух перинатальных центров – в Туле и Ефремове, "
        "а также четырех новых роддомов."
    )
    kinds = kinds_in(analyse, text)
    assert kinds[0] == "перинатальные центры"
    assert any("роддом" in kind for kind in kinds[1:])


def test_a_second_object_after_a_format_is_a_project(analyse: Analyse) -> None:
    text = "Компания откроет не менее 300 магазинов в формате «у дома» и 2 распределительных центра."
    kinds = kinds_in(analyse, text)
    assert kinds[0] == "магазины"
    assert any("центр" in kind for kind in kinds[1:])


def test_a_listed_place_is_no_project(analyse: Analyse) -> None:
    text = "Делегация посетила завод в Туле, а также Ефремов и Новомосковск."
    assert kinds_in(analyse, text) == []
