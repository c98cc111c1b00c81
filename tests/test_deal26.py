"""Deal classes seen in round 26 on real business, court and sport news: a fine or a
grant told of the one dealt with alone ("X оштрафовали", "X был оштрафован", "суд
оштрафовал X" with the court no name, "«X» выделили 15 млн рублей"); money given by "предоставить" or "перечислить" ("предоставил клубу 750 млн
рублей"); sponsorship told as "спонсорская помощь"; the owner of a programme the deal is
made under is no side ("по программе … Минпромторга"). Every sentence is written for the
test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

FINE = "наложение/выплата штрафа"
INVESTMENT = "инвестиции"
SERVICES = "услуги"
LOAN = "займ/возвращение займа"
CONTRACT = "контракт"  # written out as услуги


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Мессенджер «Сигнал» был оштрафован на 3 млн рублей.",
            {frozenset({"Сигнал"})},
        ),
        (
            "Интернет-магазин «Звезда» оштрафовали на 800 тысяч рублей за продажу "
            "просроченных товаров.",
            {frozenset({"Звезда"})},
        ),
        (
            "В мае суд в Казани оштрафовал компанию «Арктика» на 2 млн рублей.",
            {frozenset({"Арктика"})},
        ),
        (
            "Сервисы «Альфа» и «Омега» оштрафованы на 10 млн рублей.",
            {frozenset({"Альфа"}), frozenset({"Омега"})},
        ),
    ],
)
def test_a_fine_told_of_the_fined_alone(
    analyse: Analyse, text: str, expected: set[frozenset[str]]
) -> None:
    assert deals(analyse(text).claims) == {(sides, FINE) for sides in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who fines is named: both sides, as before
        (
            "Компания «Арктика» была оштрафована Федеральной антимонопольной службой.",
            {frozenset({"Арктика", "Федеральная антимонопольная служба"})},
        ),
        (
            "Роспотребнадзор оштрафовал компанию «Арктика» на 300 тысяч рублей.",
            {frozenset({"Роспотребнадзор", "Арктика"})},
        ),
        # the one who fines named by a noun that stands for a name before it
        (
            "Федеральная антимонопольная служба провела проверку. Год назад ведомство уже "
            "оштрафовало компанию «Арктика» на 1 млн рублей.",
            {frozenset({"Арктика", "Федеральная антимонопольная служба"})},
        ),
        # a doer who is no unnamed court or regulator, and has no name: no deal
        ("Компания «Арктика» оштрафовала своего поставщика на 1 млн рублей.", set()),
        # a fine only possible: no deal
        ("Мессенджер «Сигнал» могут оштрафовать еще на 5 млн рублей.", set()),
    ],
)
def test_a_fine_with_its_doer_or_only_possible_keeps_its_reading(
    analyse: Analyse, text: str, expected: set[frozenset[str]]
) -> None:
    assert deals(analyse(text).claims) == {(sides, FINE) for sides in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Команде «Сокол» выделили 40 млн рублей.", {"Сокол"}),
        ("Клубу «Сокол» выделили из бюджета субсидию в размере 90 млн рублей.", {"Сокол"}),
        ("Власти выделили клубу «Сокол» 20 млн рублей.", {"Сокол"}),
    ],
)
def test_money_given_told_of_the_one_given_to_alone(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    assert deals(analyse(text).claims) == {(frozenset(expected), INVESTMENT)}


@pytest.mark.parametrize(
    "text",
    [
        "Клубу «Сокол» выделили новую тренировочную базу.",
        "Клубу «Сокол» могут выделить 40 млн рублей.",
    ],
)
def test_no_money_given_or_only_possible_is_no_grant(analyse: Analyse, text: str) -> None:
    assert deals(analyse(text).claims) == set()


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        (
            "Банк «Север» предоставил хоккейному клубу «Комета» 900 млн рублей.",
            {"Север", "Комета"},
            INVESTMENT,
        ),
        (
            "Компания «Нефтегаз» перечислила клубу «Молния» 120 млн рублей.",
            {"Нефтегаз", "Молния"},
            INVESTMENT,
        ),
        (
            "В прошлом сезоне банк «Север» оказал клубу «Комета» спонсорскую помощь "
            "на 1 млрд рублей.",
            {"Север", "Комета"},
            SERVICES,
        ),
    ],
)
def test_money_given_or_sponsorship_told_as_help(
    analyse: Analyse, text: str, expected: set[str], kind: str
) -> None:
    assert deals(analyse(text).claims) == {(frozenset(expected), kind)}


@pytest.mark.parametrize(
    "text",
    [
        # what is given is no money
        "Компания «Нефтегаз» предоставила клубу «Молния» тренировочную базу.",
        "Министр перечислил заводу «Искра» причины отказа.",
        "Банк «Север» предоставил информацию компании «Нефтегаз».",
        # help of no deal kind
        "Компания «Нефтегаз» оказала больнице «Надежда» гуманитарную помощь.",
    ],
)
def test_no_money_or_no_kind_of_help_is_no_deal(analyse: Analyse, text: str) -> None:
    assert deals(analyse(text).claims) == set()


def test_a_contract_in_a_relative_clause_read_as_a_second_verb(analyse: Analyse) -> None:
    text = (
        "Турбины поставит компания «Сименс», с которой «Газпром» подписал контракт на "
        "5 млн евро."
    )
    assert deals(analyse(text).claims) == {(frozenset({"Газпром", "Сименс"}), CONTRACT)}


def test_a_relative_clause_with_no_name_before_its_comma_adds_no_side(analyse: Analyse) -> None:
    text = "Вчера прошла встреча, на которой «Газпром» подписал контракт на 5 млн евро."
    assert deals(analyse(text).claims) == set()


def test_the_owner_of_the_programme_is_no_side(analyse: Analyse) -> None:
    text = (
        "Банк «Север» подписал кредитные соглашения с клиентами на 40 млрд рублей по "
        "программе льготного кредитования Министерства промышленности."
    )
    assert deals(analyse(text).claims) == set()


def test_a_side_named_outside_the_programme_stays(analyse: Analyse) -> None:
    text = (
        "Банк «Север» подписал кредитное соглашение с заводом «Искра» на 5 млрд рублей по "
        "программе льготного кредитования Министерства промышленности."
    )
    assert deals(analyse(text).claims) == {(frozenset({"Север", "Искра"}), LOAN)}
