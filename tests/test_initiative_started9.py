"""Undertakings started as news of 2010–2015 words them — trials begun, a unit or a prize
founded, regular flights opened, an expedition or a mission sent, a monument put up, a
project decided on — and their near misses: trials held once, flights cancelled, a letter
sent, cameras installed, an expedition that starts excavations. Sentences written for these
tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_of, kinds_of


def test_trials_begun_are_an_initiative(analyse: Analyse) -> None:
    text = "В Перми начались ходовые испытания нового двигателя для самолета МС-21."
    assert any("испытани" in kind for kind in kinds_of(analyse(text)))


def test_trials_held_once_are_no_initiative(analyse: Analyse) -> None:
    text = "Инженеры провели испытания опытного образца двигателя."
    assert kinds_of(analyse(text)) == []


def test_a_unit_set_up_in_the_passive_is_founded(analyse: Analyse) -> None:
    text = "В составе Следственного комитета создан отдел по расследованию налоговых преступлений."
    assert any("отдел" in kind for kind in kinds_of(analyse(text)))


def test_a_prize_founded_is_an_initiative(analyse: Analyse) -> None:
    text = "Союз журналистов России учредил премию для молодых репортеров."
    assert any("преми" in kind for kind in kinds_of(analyse(text)))


def test_regular_flights_opened_are_a_service(analyse: Analyse) -> None:
    text = "Авиакомпания «Ютэйр» открывает регулярные рейсы из Тюмени в Анапу."
    assert any("рейс" in kind for kind in kinds_of(analyse(text)))


def test_flights_cancelled_are_no_initiative(analyse: Analyse) -> None:
    text = "Авиакомпания отменила рейсы в Египет до конца года."
    assert kinds_of(analyse(text)) == []


def test_an_expedition_sent_is_an_initiative(analyse: Analyse) -> None:
    analysed = analyse("Институт океанологии отправит экспедицию в Баренцево море.")
    assert any("экспедици" in kind for kind in kinds_of(analysed))


def test_an_expedition_that_starts_excavations_is_their_runner(analyse: Analyse) -> None:
    found = kinds_of(analyse("Экспедиция Эрмитажа приступила к раскопкам кургана под Керчью."))
    assert not any("экспедици" in kind for kind in found)


def test_sending_launches_only_expeditions_and_missions(analyse: Analyse) -> None:
    assert kinds_of(analyse("Мэрия отправила письмо в центр занятости.")) == []


def test_a_monument_put_up_is_an_initiative(analyse: Analyse) -> None:
    text = "Власти Твери установят памятник Афанасию Никитину."
    assert any("памятник" in kind for kind in kinds_of(analyse(text)))


def test_cameras_installed_are_no_initiative(analyse: Analyse) -> None:
    assert kinds_of(analyse("На перекрестке установили камеры видеонаблюдения.")) == []


def test_the_decider_runs_what_it_decided_to_launch(analyse: Analyse) -> None:
    text = "Совет Европы принял решение направить в Киев миссию наблюдателей."
    claims = [c for c in initiatives_of(analyse(text)) if "мисси" in " ".join(c.values("kind"))]
    assert claims and "Совет Европы" in claims[0].values("organisations")
    assert claims[0].modality == Modality.PLANNED


def test_a_negation_heading_its_own_clause_leaves_the_launch_a_fact(analyse: Analyse) -> None:
    text = "Мэрия Омска открыла горячую линию для жителей, в чьих домах нет горячей воды."
    claims = [c for c in initiatives_of(analyse(text)) if "лини" in " ".join(c.values("kind"))]
    assert claims and claims[0].modality == Modality.FACT


def test_city_authorities_are_the_city_named_paragraphs_up(analyse: Analyse) -> None:
    text = (
        "Губернатор подписал указ о развитии Тулы.\n\n"
        "Заседание длилось час. Журналисты задали вопросы. Ответы были краткими.\n\n"
        "Городские власти намерены установить памятник оружейникам."
    )
    claims = [c for c in initiatives_of(analyse(text)) if "памятник" in c.values("kind")]
    assert claims and "Тула" in claims[0].values("organisations")
