"""Deal classes seen in round 25 on real business and sport news and on a written set, in
general form: a document whose adjective tells its kind ("спонсорское соглашение"); the
fined told by the verdict coordinated with the fine ("признала X виновным и оштрафовала");
a subject the parser hung on the clause before a colon; a player's transfer told by
"уйти"; a buyer named by the role taken in the next sentence ("Покупателем выступила Z").
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.conftest import deal_sides as deals

SERVICES = "услуги"
LOAN = "займ/возвращение займа"
FINE = "наложение/выплата штрафа"
SALE = "купля/продажа"


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        (
            "Банк «Север» и хоккейный клуб «Комета» подписали спонсорское соглашение.",
            {"Север", "Комета"},
            SERVICES,
        ),
        (
            "Представители компании «Нефтегаз» и клуба «Молния» подписали официальное "
            "спонсорское соглашение сроком на три года.",
            {"Нефтегаз", "Молния"},
            SERVICES,
        ),
        (
            "Компания «Нефтегаз» заключила с клубом «Молния» рекламный договор на 5 млн рублей.",
            {"Нефтегаз", "Молния"},
            SERVICES,
        ),
        (
            "Банк «Север» заключил с заводом «Искра» кредитное соглашение на 2 млрд рублей.",
            {"Север", "Искра"},
            LOAN,
        ),
    ],
)
def test_a_document_whose_adjective_tells_its_kind(
    analyse: Analyse, text: str, expected: set[str], kind: str
) -> None:
    assert deals(analyse(text).claims) == {(frozenset(expected), kind)}


@pytest.mark.parametrize(
    "text",
    [
        # a document of no deal kind, with no adjective of one
        "Компания «Нефтегаз» и клуб «Молния» подписали соглашение о сотрудничестве.",
        "Компания «Нефтегаз» и клуб «Молния» заключили новый договор.",
        # one side only
        "Компания «Нефтегаз» продлила спонсорское соглашение.",
    ],
)
def test_a_document_with_no_kind_or_one_side_is_no_deal(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Региональное УФАС признало компании «Альфа», «Бета» и «Гамма» виновными в сговоре "
            "и оштрафовало компании на 10 млн рублей.",
            {
                frozenset({"Региональное УФАС", "Альфа"}),
                frozenset({"Региональное УФАС", "Бета"}),
                frozenset({"Региональное УФАС", "Гамма"}),
            },
        ),
        (
            "Липецкое УФАС признало ООО «Гамма» виновным в нарушении закона и назначило "
            "оборотный штраф в размере 7 млн рублей.",
            {frozenset({"Липецкое УФАС", "Гамма"})},
        ),
    ],
)
def test_the_fined_told_by_the_verdict_before_the_fine(
    analyse: Analyse, text: str, expected: set[frozenset[str]]
) -> None:
    found = deals(analyse(text).claims)
    assert found == {(sides, FINE) for sides in expected}, found


@pytest.mark.parametrize(
    "text",
    [
        # a verdict that finds no one guilty fines no one
        "Суд признал компанию «Альфа» банкротом и назначил конкурсного управляющего.",
        # the fine's own object is the fined: the one found guilty is someone else
        "Инспекция признала компанию «Альфа» виновной и оштрафовала её директора.",
    ],
)
def test_a_verdict_with_no_guilt_or_its_own_fined_adds_no_side(analyse: Analyse, text: str) -> None:
    assert all("Альфа" not in sides for sides, _ in deals(analyse(text).claims))


def test_a_subject_hung_on_the_clause_before_a_colon(analyse: Analyse) -> None:
    text = (
        "Финансовые дела команды поправил новый договор: компания «Нефтегаз» на пять лет "
        "стала генеральным спонсором «Молнии»."
    )
    assert deals(analyse(text).claims) == {(frozenset({"Нефтегаз", "Молния"}), SERVICES)}


def test_a_verb_with_its_own_subject_keeps_it(analyse: Analyse) -> None:
    text = (
        "Клуб «Молния» сменил тренера, а компания «Нефтегаз» стала генеральным спонсором "
        "клуба «Молния»."
    )
    assert deals(analyse(text).claims) == {(frozenset({"Нефтегаз", "Молния"}), SERVICES)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Полузащитник «Волги» Иван Орлов уходит в «Спартак» за 5 млн евро.",
            {"Спартак", "Волга", "Иван Орлов"},
        ),
        ("Нападающий Иван Орлов ушел из «Волги» в «Спартак».", {"Спартак", "Волга", "Иван Орлов"}),
    ],
)
def test_a_players_transfer_told_by_leaving(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    assert deals(analyse(text).claims) == {(frozenset(expected), SALE)}


@pytest.mark.parametrize(
    "text",
    [
        "Тренер «Волги» Иван Орлов ушел в «Спартак».",
        "Иван Орлов ушел в отставку с поста директора «Волги».",
        "Защитник Иван Орлов ушел из «Волги».",
        "Директор компании «Искра» Иван Орлов ушел на работу в банк «Север».",
    ],
)
def test_leaving_with_no_player_or_no_club_joined_is_no_transfer(
    analyse: Analyse, text: str
) -> None:
    assert not deals(analyse(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Компания «Искра» завершила продажу 30% акций завода «Молот». Покупателем "
            "выступила группа «Сатурн», сообщил представитель «Искры» Иван Петров.",
            {"Искра", "Молот", "Сатурн"},
        ),
        (
            "Компания «Искра» продала завод «Молот». Покупателем стал фонд «Орион».",
            {"Искра", "Молот", "Орион"},
        ),
    ],
)
def test_a_buyer_named_by_the_role_in_the_next_sentence(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    assert deals(analyse(text).claims) == {(frozenset(expected), SALE)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not a role taken: a standing trade
        (
            "Компания «Искра» купила завод «Молот». Покупателем продукции завода остается "
            "«Сатурн».",
            {"Искра", "Молот"},
        ),
        # a deal of another kind
        (
            "Компания «Искра» получила кредит в банке «Север». Покупателем выступила группа "
            "«Сатурн».",
            {"Искра", "Север"},
        ),
    ],
)
def test_a_role_of_another_kind_or_no_role_taken_adds_no_side(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    assert {sides for sides, _ in deals(analyse(text).claims)} == {frozenset(expected)}


def test_money_hung_on_its_purpose_phrase_is_given(analyse: Analyse) -> None:
    text = "Администрация Самары выделила компании «Рассвет» на проведение турнира 30 млн рублей."
    assert deals(analyse(text).claims) == {
        (frozenset({"Администрация Самары", "Рассвет"}), "инвестиции")
    }


def test_a_plot_given_is_no_money_given(analyse: Analyse) -> None:
    text = (
        "Администрация Самары выделила компании «Рассвет» участок под строительство стоимостью "
        "30 млн рублей."
    )
    assert not deals(analyse(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        "Компания «Искра» заключила с фирмой «Норд» договор на 200 млн долларов.",
        "Компания «Искра» и фирма «Норд» подписали соглашение на 5 млн евро.",
    ],
)
def test_a_priced_document_is_a_contract(analyse: Analyse, text: str) -> None:
    assert deals(analyse(text).claims) == {(frozenset({"Искра", "Норд"}), "контракт")}


def test_a_document_for_a_time_is_no_contract(analyse: Analyse) -> None:
    text = "Компания «Искра» и фирма «Норд» подписали соглашение на пять лет."
    assert not deals(analyse(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Контрольный пакет акций клуба «Волна» принадлежит правительству Самарской области. "
            "В прошлом году из бюджета области клубу выделили 300 миллионов рублей.",
            {"Самарская область", "Волна"},
        ),
        (
            "Контрольный пакет акций клуба «Волна» принадлежит правительству Самарской области. "
            "В прошлом году из областного бюджета клубу «Волна» выделили 300 миллионов рублей.",
            {"Самарская область", "Волна"},
        ),
        (
            "Контрольный пакет акций клуба «Волна» принадлежит правительству Самарской области. "
            "В прошлом году из бюджета области клубу выделили субсидию в 300 миллионов рублей.",
            {"Самарская область", "Волна"},
        ),
    ],
)
def test_money_from_a_budget_is_given_by_its_place(
    analyse: Analyse, text: str, expected: set[str]
) -> None:
    assert deals(analyse(text).claims) == {(frozenset(expected), "инвестиции")}


@pytest.mark.parametrize(
    "text",
    [
        # money paid into a budget is no gift of the place
        "Компания «Искра» перечислила в бюджет области 300 миллионов рублей.",
    ],
)
def test_a_budget_with_no_place_or_paid_into_gives_nothing(analyse: Analyse, text: str) -> None:
    assert not deals(analyse(text).claims)


def test_a_budget_with_no_place_names_no_giver(analyse: Analyse) -> None:
    """No place named before: the budget gives no giver. Since round 26 the grant is told
    of the club alone (tests/test_deal26.py), so the club is its only side."""
    text = "Из областного бюджета клубу «Волна» выделили 300 миллионов рублей."
    assert deals(analyse(text).claims) == {(frozenset({"Волна"}), "инвестиции")}
