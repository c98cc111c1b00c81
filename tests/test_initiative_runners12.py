"""Who runs a project stated in passing in long reports: the subject of a predicate above
the launch or of the clause before it, an organisation named before a relative pronoun,
the names inside a relative clause ("ТЭЦ-2, к строительству которой …"), whoever adopted
the programme that frames the work, and "стороны" of a document signed paragraphs up —
and their near misses: a speaker is no runner, money for recapitalisation is no work.
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_of, runners_of


def test_an_organisation_before_a_relative_pronoun_runs_its_plan(analyse: Analyse) -> None:
    text = (
        "Участок достался компании «Север-Строй», которая ещё весной объявила о планах "
        "построить там торговый центр."
    )
    assert any("Север-Строй" in name for name in runners_of(analyse(text), "центр"))


def test_a_project_named_by_a_relative_pronoun(analyse: Analyse) -> None:
    text = (
        "Энергетики вспоминают и о другом проекте — Нижнекамской ТЭЦ-2, к строительству "
        "которой «Татэнерго» и компания «Волжская генерация» намерены приступить в 2013 году."
    )
    runners = runners_of(analyse(text), "тэц")
    assert any("Татэнерго" in name for name in runners), kinds_of(analyse(text))
    assert any("Волжская генерация" in name for name in runners)


def test_the_subject_of_the_clause_before_runs_a_work_going_on(analyse: Analyse) -> None:
    text = (
        "ОАО «Уралвагонзавод» не откажется от инвестиций, и в первую очередь продолжится "
        "строительство нового литейного цеха."
    )
    assert any("Уралвагонзавод" in name for name in runners_of(analyse(text), "цех"))


def test_a_speaker_before_the_launch_runs_nothing(analyse: Analyse) -> None:
    text = (
        "Как сообщил директор департамента Иван Тарасов, в первую очередь продолжится "
        "строительство моста через Каму."
    )
    assert not any("Тарасов" in name for name in runners_of(analyse(text), "мост"))


def test_sides_of_a_document_signed_paragraphs_up_run_its_projects(analyse: Analyse) -> None:
    text = (
        "Компания «Сибнефтемаш» и немецкий концерн Linde в среду подписали в Берлине "
        "соглашение о сотрудничестве. Рынок оборудования в Сибири растёт третий год. "
        "По оценкам аналитиков, спрос на компрессоры увеличится вдвое. «Нам нужен надёжный "
        "партнёр», — отметил глава компании. По условиям соглашения, стороны учредят "
        "совместное предприятие, а также откроют в Тюмени сервисный центр."
    )
    analysed = analyse(text)
    for stem in ("предприятие", "центр"):
        runners = runners_of(analysed, stem)
        assert any("Сибнефтемаш" in name for name in runners), (stem, runners)
        assert any("Linde" in name for name in runners), (stem, runners)


def test_who_adopted_the_framing_programme_runs_the_works_in_it(analyse: Analyse) -> None:
    text = (
        "В прошлом году правительство области и компания «Газпром газораспределение» "
        "утвердили программу ремонта сетей. Подрядчики жалуются на задержки оплаты. "
        "В рамках программы этим летом будут построены две новые котельные."
    )
    runners = runners_of(analyse(text), "котельн")
    assert any("Газпром газораспределение" in name for name in runners), runners


def test_a_ministry_that_launched_the_programme_runs_the_works_in_it(analyse: Analyse) -> None:
    text = (
        "Министерство образования и науки подвело итоги конкурса. Программу министерство "
        "запустило в 2008 году. В рамках программы в Томске будут построены три новые "
        "школы."
    )
    runners = runners_of(analyse(text), "школ")
    assert any("Министерство образования" in name for name in runners), runners


def test_money_for_recapitalisation_launches_no_work(analyse: Analyse) -> None:
    text = "Государство в прошлом году выделило банку 20 млрд рублей на докапитализацию."
    assert kinds_of(analyse(text)) == []
