"""initiative79: business news tells one project again and sets plants in zones.

* "сеть третьего поколения" is the network itself (no members named), so "запустила сети
  4G" told later of the same operator restates it; a chain's members ("сеть
  гипермаркетов") still stand for the chain's shops.
* "Объект на территории колонии был построен": a site says where the thing is, not which,
  so the pointing noun restates the workshop told before.
* "закладка завода в особой экономической зоне": the zone is where the plant is laid,
  no second project.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiatives_in, kinds_in


def test_network_told_again_is_one_claim(analyse: Analyse) -> None:
    text = (
        "Оператор «Мегафон» запустил в коммерческую эксплуатацию сеть связи четвертого "
        "поколения в Омске и Томске.\n"
        "Томск стал третьим городом Сибири, где компания «Мегафон» запустила сети 4G "
        "в коммерческую эксплуатацию."
    )
    assert len(initiatives_in(analyse, text)) == 1


def test_networks_in_other_towns_planned_stay_apart(analyse: Analyse) -> None:
    text = (
        "Оператор «Мегафон» запустил в коммерческую эксплуатацию сеть связи четвертого "
        "поколения в Омске.\n"
        "До конца года «Мегафон» планирует запустить сети 4G в Барнауле и Чите."
    )
    assert len(initiatives_in(analyse, text)) == 2


def test_object_on_a_site_restates_the_workshop(analyse: Analyse) -> None:
    text = (
        "Столярный цех открыли в колонии под Ухтой.\n"
        "В нём будут работать 80 человек.\n"
        "Для осуждённых создано 40 рабочих мест.\n"
        "Объект на территории колонии был построен на средства областного бюджета."
    )
    kinds = kinds_in(analyse, text)
    assert len(kinds) == 1
    assert "цех" in kinds[0]


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня состоялась церемония закладки нового завода в особой экономической зоне «Липецк».",
        "Вчера прошла закладка первого камня фабрики в индустриальном парке «Ворсино».",
    ],
)
def test_zone_where_a_plant_is_laid_is_no_project(analyse: Analyse, text: str) -> None:
    kinds = kinds_in(analyse, text)
    assert len(kinds) == 1
    assert "зона" not in kinds[0] and "парк" not in kinds[0]


def test_zone_created_is_still_a_project(analyse: Analyse) -> None:
    kinds = kinds_in(
        analyse, "Правительство одобрило создание особой экономической зоны в Липецке."
    )
    assert any("зона" in kind for kind in kinds)
