"""Round 50: projects told through their money or their schedule. Business and regional
news name a project by the money invested in it ("вложения в новый терминал составят …",
"проект цеха с объёмом инвестиций …"), by when it is due to start ("вторая очередь завода
планируется к пуску"), or by its inclusion in a plan ("в схему включено строительство
причала"). Negatives: a price, a sum committed with no works named (or given to a school
as its recipient), a fund's money. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the money invested into the project noun
        ("Вложения в новый зерновой терминал составят 3 млрд рублей.", "терминал"),
        ("Инвестиции в новый комбинат в Вологде составят 8 млрд рублей.", "комбинат"),
        # an investment phrase on the project
        (
            "Компания «Северный лес» реализует проект нового цеха с объемом инвестиций "
            "6 млрд рублей.",
            "цех",
        ),
        (
            "Самым крупным стал проект торгового центра от ООО «Весна» с объемом "
            "инвестиций в 4,2 млрд рублей.",
            "торгового центра",
        ),
        # the scheduled start of a facility or of its phase
        ("Новая линия мощностью 20 тысяч тонн запланирована к вводу в 2027 году.", "линия"),
        (
            "Вторая очередь завода мощностью 50 тысяч тонн в год планируется к пуску "
            "в 2027 году.",
            "завод",
        ),
        # a work put into a plan
        ("В генеральную схему включено строительство нового причала в порту Ванино.", "причал"),
        ("Строительство моста через Иртыш включено в федеральную программу.", "мост"),
    ],
)
def test_project_told_by_money_or_schedule(analyse: Analyse, text: str, kind: str) -> None:
    assert any(kind in found for found in kinds_in(analyse, text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Новая линия мощностью 20 тысяч тонн запланирована к вводу в 2027 году.", "линия"),
        ("В программу включено строительство трех новых школ в Казани.", "школ"),
        ("Вложения в новый зерновой терминал составят 3 млрд рублей.", "терминал"),
    ],
)
def test_scheduled_or_invested_project_is_planned(analyse: Analyse, text: str, kind: str) -> None:
    found = [m for k, m in kinds_and_modalities_in(analyse, text) if kind in k]
    assert found == [Modality.PLANNED]


@pytest.mark.parametrize(
    "text",
    [
        # a price
        "Стоимость завода оценивается в 5 млрд рублей.",
        "Билет на концерт стоит 3 тысячи рублей.",
        # a sum committed with no works named, or given to schools as their recipient
        "Компания выделила 300 млн рублей.",
        "Из них 77 млн рублей выделят трем школам Кургана.",
        # a fund's money
        "Средства фонда развития промышленности составляют 5 млрд рублей.",
        # an investment phrase on no project
        "Компания с объемом инвестиций в 2 млрд рублей вошла в рейтинг.",
    ],
)
def test_price_sum_or_fund_is_no_project(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
