"""Deal class seen on unselected real news in round 23: what a side owns or runs, told by a
holding noun in apposition to it ("АО «X», владельца сети «Y»", "компанию «X», собственника
центра «Y»"), is the side's property, no side of the deal. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the network's name on the bought company, past the holding noun
        (
            "Компания «Омега» купила АО «Торговый дом «Восток», владельца сети аптек «Здоровье».",
            {"Омега", "Восток"},
        ),
        (
            "Банк «Север» приобрел компанию «Гранит», собственника торгового центра «Рубин».",
            {"Север", "Гранит"},
        ),
        (
            "Холдинг «Вега» купил компанию «Лира», оператора сети заправок «Факел».",
            {"Вега", "Лира"},
        ),
        # the holding noun on the buyer
        (
            "Компания «Омега», владелец сети «Здоровье», купила завод «Металлист».",
            {"Омега", "Металлист"},
        ),
    ],
)
def test_what_a_side_holds_is_no_side(analyse: Analyse, text: str, expected: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert found, found
    assert all(kind == "купля/продажа" and sides == expected for sides, kind in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seller after "у" and a bought company without a holding noun stay sides
        ("Компания «Омега» купила «Восток» у банка «Север».", {"Омега", "Восток", "Север"}),
        (
            "Группа «Сатурн» приобрела ООО «Маяк», учредителя газеты «Вечерний город».",
            {"Сатурн", "Маяк"},
        ),
    ],
)
def test_sides_without_a_holding_noun_stay(analyse: Analyse, text: str, expected: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert any(sides == expected for sides, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Компания «Гранит», собственник торгового центра «Рубин», отчиталась о росте выручки.",
        "Владелец сети «Здоровье» компания «Восток» открыла в городе десять новых аптек.",
    ],
)
def test_a_holding_noun_alone_makes_no_deal(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser may call the dative creditor a subject of "должен"
        ("Банк «Вектор» должен компании «Альтаир» 8 млн рублей.", {"Вектор", "Альтаир"}),
        (
            "Компания «Орбита» должна банку «Вектор» более 200 млн долларов за оборудование.",
            {"Орбита", "Вектор"},
        ),
    ],
)
def test_owing_a_creditor_is_a_debt_held_now(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    claims = [c for c in analyse(text).claims if c.type == "deal"]
    assert any(
        claim.modality.value == "fact"
        and set(claim.values("participants")) == expected
        and claim.values("kind") == ["займ/возвращение займа"]
        for claim in claims
    ), claims


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Компания «Орбита» не должна банку «Вектор» ни копейки.", "negated"),
        (
            "После реструктуризации компания «Орбита» будет должна банку «Вектор» 20 млн рублей.",
            "planned",
        ),
    ],
)
def test_a_denied_or_future_debt_keeps_its_modality(
    analyse: Analyse, text: str, modality: str
) -> None:
    claims = [c for c in analyse(text).claims if c.type == "deal"]
    assert claims and all(claim.modality.value == modality for claim in claims), claims


@pytest.mark.parametrize(
    "text",
    [
        # "должен" as a modal, with no creditor, stays no debt
        "Компании «Альтаир» должно хватить средств на ремонт.",
        "Сотрудникам «Вектора» должно быть стыдно.",
    ],
)
def test_a_modal_must_is_no_debt(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        "Продажи «Альтаира» и «Вектора» выросли на 10%.",
        "Рост продаж «Альтаира» и «Вектора» составил 10%.",
        "Объём продаж «Альтаира» и «Вектора» в мае снизился на 5%.",
        "Сеть «Альтаир» увеличила продажи на 33%, «Вектор» – на 32%, ГК «Орбита» – на 12%.",
    ],
)
def test_a_trade_figure_is_no_deal(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sale itself, singular, or a company whose sales grew, still deals
        ("Продажа «Альтаира» компании «Вектор» выросла в цене.", {"Альтаир", "Вектор"}),
        (
            "Компания «Вектор» купила «Альтаир», продажи которого выросли на 10%.",
            {"Альтаир", "Вектор"},
        ),
    ],
)
def test_a_sale_beside_a_figure_stays_a_deal(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    assert any(sides == expected for sides, _ in deals(analyse(text).claims))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the verb above the verb that carries out the deal noun does it
        (
            "Министерство финансов Канады решило ввести санкции в отношении компании «Орбита».",
            {frozenset({"Министерство финансов Канады", "Орбита"})},
        ),
        (
            "Евросоюз решил ввести санкции против банка «Вектор» и компании «Орбита».",
            {frozenset({"Евросоюз", "Вектор"}), frozenset({"Евросоюз", "Орбита"})},
        ),
        (
            "Банк «Вектор» согласился выдать кредит компании «Орбита».",
            {frozenset({"Вектор", "Орбита"})},
        ),
        (
            "Антимонопольная служба решила наложить штраф на компанию «Орбита».",
            {frozenset({"Антимонопольная служба", "Орбита"})},
        ),
    ],
)
def test_who_decides_to_carry_out_a_deal_is_its_side(
    analyse: Analyse, text: str, expected: set[frozenset[str]]
) -> None:
    assert {sides for sides, _ in deals(analyse(text).claims)} == expected


def test_who_promises_to_change_a_deal_is_no_side(analyse: Analyse) -> None:
    # a verb that only changes the deal ("ограничить поставки") gives no doer
    found = deals(
        analyse(
            "Глава «Вектора» Иван Сомов пообещал ограничить поставки газа компании «Орбита»."
        ).claims
    )
    assert all("Иван Сомов" not in sides for sides, _ in found), found
