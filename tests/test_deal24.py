"""Deal classes seen on the FactRuEval tune half in round 24, in general form: a contract to
take part in an event (the benchmark's "участие в мероприятии"); a document's content hung
on its verb ("подписал контракт с X на участие"); a debt told through its repayment or its
failure ("обвиняет X в просрочке погашения векселей"); "последний" standing for the latter;
an outlet told by its kind ("телеканал должен ему"). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

PARTICIPATION = "участие в мероприятии"
LOAN = "займ/возвращение займа"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the content phrase on the verb
        (
            "Промоутерская компания «Ринг» подписала контракт с Олегом Маскаевым на участие в "
            "турнире в Самаре.",
            {"Ринг", "Олег Маскаев"},
        ),
        # the content phrase on the document noun
        (
            "Шахматист Петр Свидлер подписал с фондом «Гамбит» контракт на участие в матче.",
            {"Петр Свидлер", "Гамбит"},
        ),
        (
            "Хоккейный клуб «Сокол» заключил с компанией «Арена-Спорт» договор об участии в "
            "Кубке Поволжья.",
            {"Сокол", "Арена-Спорт"},
        ),
    ],
)
def test_a_contract_to_take_part_in_an_event(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    found = deals(analyse(text).claims)
    assert found == {(frozenset(expected), PARTICIPATION)}, found


@pytest.mark.parametrize(
    "text",
    [
        # taking part with no document is no deal
        "Клуб «Сокол» принял участие в турнире компании «Арена-Спорт».",
        "Боксер Олег Маскаев примет участие в турнире компании «Ринг» в Самаре.",
        # taking part in a project is no event
        "Компания «Гранит» подписала с банком «Полюс» соглашение об участии в проекте «Север».",
    ],
)
def test_taking_part_alone_is_no_deal(analyse: Analyse, text: str) -> None:
    assert not {kind for _, kind in deals(analyse(text).claims)} & {PARTICIPATION}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one claim of the content's kind, not one more for the bare contract
        (
            "Компания «Гранит» подписала контракт с банком «Полюс» на обслуживание.",
            {(frozenset({"Гранит", "Полюс"}), "услуги")},
        ),
    ],
)
def test_a_contract_of_a_content_on_its_verb_is_one_deal(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse(text).claims) == expected


def test_a_contract_with_no_content_stays_a_contract(analyse: Analyse) -> None:
    found = deals(analyse("Компания «Гранит» подписала контракт с компанией «Восток».").claims)
    assert found == {(frozenset({"Гранит", "Восток"}), "контракт")}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Компания «Меридиан» обвиняет холдинг «Стрела» в просрочке погашения векселей на "
            "12 млн рублей.",
            {"Меридиан", "Стрела"},
        ),
        ("Банк «Полюс» обвиняет компанию «Гранит» в невозврате кредита.", {"Полюс", "Гранит"}),
        ("Банк «Полюс» потребовал от компании «Гранит» возврата займа.", {"Полюс", "Гранит"}),
    ],
)
def test_a_debt_told_through_its_repayment(analyse: Analyse, text: str, expected: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert (frozenset(expected), LOAN) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # one side only
        "Компания «Гранит» объявила о досрочном погашении кредита.",
        # a tax is no deal between the accuser and the accused
        "Налоговая служба обвиняет компанию «Гранит» в неуплате налогов.",
    ],
)
def test_a_repayment_with_one_side_is_no_deal(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)


def test_money_for_repaying_a_debt_owed_to_others_is_no_loan(analyse: Analyse) -> None:
    text = (
        "Администрация Тульской области выделила футбольному клубу «Сокол» 200 млн рублей на "
        "погашение задолженности перед игроками."
    )
    found = deals(analyse(text).claims)
    assert found == {(frozenset({"Администрация Тульской области", "Сокол"}), "инвестиции")}


def test_the_latter_stands_for_the_latest_name_of_its_gender(analyse: Analyse) -> None:
    text = (
        "Спор разгорелся между руководством холдинга «Стрела» и компанией «Меридиан». "
        "Последняя обвиняет холдинг в просрочке погашения векселей."
    )
    found = deals(analyse(text).claims)
    assert (frozenset({"Меридиан", "Стрела"}), LOAN) in found, found


def test_the_latter_as_an_adjective_names_nobody(analyse: Analyse) -> None:
    text = (
        "Банк «Полюс» работает с компанией «Гранит» давно. "
        "Последняя сделка банка прошла в мае: он купил завод «Металлист»."
    )
    found = deals(analyse(text).claims)
    assert all("Гранит" not in sides for sides, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Телеканал «Вершина» переживает трудные времена. Телеканал должен банку «Полюс» "
            "40 млн рублей.",
            {"Вершина", "Полюс"},
        ),
        (
            "Между тем телеканал «Вершина» не может расплатиться с кредиторами. О том, что "
            "телеканал должен ему 8 млн рублей, заявил бизнесмен Игорь Савин.",
            {"Вершина", "Игорь Савин"},
        ),
        (
            "Газета «Северный курьер» проиграла суд. Газета выплатит компании «Гранит» "
            "неустойку в 2 млн рублей.",
            {"Северный курьер", "Гранит"},
        ),
    ],
)
def test_an_outlet_told_by_its_kind(analyse: Analyse, text: str, expected: set[str]) -> None:
    found = deals(analyse(text).claims)
    assert any(sides == frozenset(expected) for sides, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # no outlet named before: the bank is no debtor of its own
        "Банк «Полюс» отчитался о прибыли. Канал должен банку 40 млн рублей.",
        # a sales channel, and "должен" a modal
        "Компания «Гранит» открыла новый канал продаж. Канал должен принести компании 40 млн "
        "рублей.",
    ],
)
def test_an_outlet_noun_with_no_outlet_named_is_no_side(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)


def test_a_place_named_ahead_is_none_of_the_fined(analyse: Analyse) -> None:
    text = (
        "Министр отметил, что цены должны снизиться после того, как Федеральная "
        "антимонопольная служба наложила на них штрафы. ФАС констатировала, что компании "
        "«Орбита», «Вектор» и «Сигма» установили монопольно высокие цены в СНГ."
    )
    found = deals(analyse(text).claims)
    fined = {name for sides, _ in found for name in sides} - {"Федеральная антимонопольная служба"}
    assert fined == {"Орбита", "Вектор", "Сигма"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Компания «Гранит» подписала первый контракт с банком «Полюс», второй — с компанией "
            "«Восток».",
            {
                (frozenset({"Гранит", "Полюс"}), "контракт"),
                (frozenset({"Гранит", "Восток"}), "контракт"),
            },
        ),
        # no signer named: neither counterparty is the other's side
        (
            "Первый контракт был подписан с боксером Олегом Маскаевым, второй с Денисом Лебедевым.",
            set(),
        ),
    ],
)
def test_an_ordinal_standing_alone_tells_another_deal(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse(text).claims) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal on its noun, and a list of counterparties, are one deal as before
        (
            "Компания «Гранит» купила второй завод у банка «Полюс».",
            {(frozenset({"Гранит", "Полюс"}), "купля/продажа")},
        ),
        (
            "Компания «Гранит» подписала контракты с банком «Полюс» и компанией «Восток».",
            {(frozenset({"Гранит", "Полюс", "Восток"}), "контракт")},
        ),
    ],
)
def test_an_ordinal_on_its_noun_changes_nothing(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse(text).claims) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Компания «Орион», купив завод «Металлист», стала лидером рынка.",
            {(frozenset({"Орион", "Металлист"}), "купля/продажа")},
        ),
        (
            "ОАО «Гранит» погасило долги, получив от Сбербанка кредит на 2 млрд рублей.",
            {(frozenset({"Гранит", "Сбербанк"}), LOAN)},
        ),
    ],
)
def test_a_gerund_deals_for_its_verbs_subject(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse(text).claims) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Покупателем завода «Металлист» выступила группа «Сатурн».", {"Металлист", "Сатурн"}),
        (
            "Продавцом акций стал фонд «Альфа-Инвест», покупателем — компания «Орион».",
            {"Альфа-Инвест", "Орион"},
        ),
    ],
)
def test_a_buyer_or_seller_told_by_the_role_taken(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    assert deals(analyse(text).claims) == {(frozenset(expected), "купля/продажа")}


@pytest.mark.parametrize(
    "text",
    [
        # a trade, not a role taken in a deal
        "Продавец магазина «Пятерочка» Иван Петров задержал вора.",
        "Группа «Сатурн» является крупнейшим покупателем продукции завода «Металлист».",
        # one side only
        "Покупателем доли стала компания «Орион», сообщил Интерфакс.",
    ],
)
def test_a_role_noun_alone_makes_no_deal(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)
