"""Whoever a verb of reporting after the clause names ("…, сообщает газета «X»") tells the
news and runs none of it; in direct speech the speaker's side is still the runner."""

from __future__ import annotations

from tests.conftest import Analyse, initiatives_in


def _runners(analyse: Analyse, text: str) -> list[list[str]]:
    return [claim.values("organisations") for claim in initiatives_in(analyse, text)]


def test_an_outlet_telling_the_news_runs_nothing(analyse: Analyse) -> None:
    text = "Компания «Орбита» откроет в Самаре новый склад, сообщает газета «Волжская заря».\n"
    assert _runners(analyse, text) == [["Орбита"]]


def test_an_official_telling_the_news_runs_nothing(analyse: Analyse) -> None:
    text = "Концерн «Вега» построит в Туле литейный цех, сообщил министр Олег Белов.\n"
    assert _runners(analyse, text) == [["Вега"]]


def test_direct_speech_keeps_the_speaker_s_company(analyse: Analyse) -> None:
    text = "«Мы построим в Туле литейный цех», — заявил директор концерна «Вега» Олег Белов.\n"
    runners = _runners(analyse, text)
    assert len(runners) == 1 and "Вега" in runners[0]


def test_the_teller_s_own_organisation_may_run_it(analyse: Analyse) -> None:
    text = "В мае клуб откроет детскую академию, рассказал президент клуба «Сокол» Иван Орлов.\n"
    runners = _runners(analyse, text)
    assert len(runners) == 1 and "Сокол" in runners[0]
