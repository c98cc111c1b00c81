"""Round 53: a sale told as done gives the buyer where several companies are sold together
("пакеты акций ЗАО «A» и ОАО «B» банку «C»": B is sold, not the buyer), under a narrator's
formula ("Напомним, что …", future in form only).
The sentences are my own; the near misses are a sale only planned, a sale denied, goods
sold, a stake sold and a future clause under the formula."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, held_pair_stems, pair_stem_modalities


def test_companies_sold_together_go_to_the_buyer(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Глава компании «Север» Марк Ильин продал контрольные пакеты акций ЗАО «Кварц» и "
        "ОАО «Гранит» московскому банку «Рубин»."
    ))  # fmt: skip
    assert ("Руби", "Квар") in pairs
    assert ("Руби", "Гран") in pairs
    assert ("Гран", "Квар") not in pairs


def test_a_sale_told_under_a_narrators_formula_is_done(analyse: Analyse) -> None:
    found = pair_stem_modalities(analyse(
        "Напомним, что в конце мая бизнесмен Олег Смирнов продал клуб «Торпедо» американскому "
        "инвестору Джону Кларку."
    ))  # fmt: skip
    assert found.get(("Джон", "Торп")) is Modality.FACT


def test_a_future_sale_under_the_formula_stays_planned(analyse: Analyse) -> None:
    found = pair_stem_modalities(
        analyse("Напомним, что бизнесмен Олег Смирнов продаст клуб «Торпедо» Джону Кларку.")
    )
    assert found.get(("Джон", "Торп")) is not Modality.FACT


def test_a_planned_sale_gives_the_buyer_no_holding(analyse: Analyse) -> None:
    pairs = held_pair_stems(
        analyse("Олег Смирнов планирует продать клуб «Динамо» бизнесмену Джону Кларку.")
    )
    assert ("Джон", "Дина") not in pairs


def test_a_denied_sale_gives_the_buyer_no_holding(analyse: Analyse) -> None:
    pairs = held_pair_stems(
        analyse("Олег Смирнов не продал клуб «Динамо» бизнесмену Джону Кларку.")
    )
    assert ("Джон", "Дина") not in pairs


def test_goods_sold_make_no_holding(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Компания «Колос» продала 100 тонн зерна холдингу «Нива»."))
    assert not pairs


def test_a_stake_sold_leaves_the_seller_no_whole_company(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Иван Петров продал долю в «Гранит-Строе» компании «Вектор»."))
    assert ("Вект", "Гран") in pairs
    assert ("Иван", "Гран") not in pairs
