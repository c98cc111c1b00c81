"""A deal noun whose sides are one list in one role, with nobody named on the other side
(round 43): "Контракты подписаны с X и Y", "Финансирование направят регионам: X, Y и Z", "В
санкционный список попали X и Y". Those listed are not each other's counterparties; the
benchmark makes one fact per counterparty, so each is a deal of its own (one-sided, which
the benchmark response leaves out). A list falling under a sanction noun whose imposer is
named ("Под санкции ЕС попали X и Y") is one sanction of the imposer on each. Guards:
"между X и Y", a genitive pair ("слияние X и Y"), two subjects signing, one agent
fining a list. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, one_deal_names
from tests.conftest import deal_sides as deals


def _sides(text: str, analyse: Analyse) -> set[frozenset[str]]:
    """The sides of each deal read from `text`."""
    return {names for names, _ in deals(analyse(text).claims)}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # counterparties of an unnamed signer
        (
            "Контракты были подписаны с Игорем Васнецовым и Олегом Карповым.",
            [{"Васнецов"}, {"Карпов"}],
        ),
        # recipients of an unnamed giver, listed after their noun
        (
            "Финансирование направят трем республикам: Хакасии, Туве и Калмыкии.",
            [{"Хакаси"}, {"Тув"}, {"Калмыки"}],
        ),
        # the sanctioned with no imposer named
        (
            "В санкционный список попали компании «Северлес» и «Южтранс».",
            [{"Северлес"}, {"Южтранс"}],
        ),
        # the sanctioned falling under the imposer's sanctions
        (
            "Под санкции Канады попали Промсвязьбанк и «Ростелеком».",
            [{"Канад", "Промсвязьбанк"}, {"Канад", "Ростелеком"}],
        ),
        (
            "Под ограничительные меры Японии попали «Северлес» и «Южтранс».",
            [{"Япони", "Северлес"}, {"Япони", "Южтранс"}],
        ),
    ],
)
def test_one_deal_with_each_listed(analyse: Analyse, text: str, parties: list[set[str]]) -> None:
    found = _sides(text, analyse)
    for sides in parties:
        assert one_deal_names(found, sides), (sides, found)
    assert len(found) == len(parties), found


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # counterparts: "между", a genitive pair, two subjects signing
        ("Второй контракт был подписан между Федерацией шахмат и Казанью.", {"Федераци", "Казан"}),
        ("Слияние компаний «Северлес» и «Южтранс» завершено.", {"Северлес", "Южтранс"}),
        ("«Северлес» и «Южтранс» подписали контракт на поставку леса.", {"Северлес", "Южтранс"}),
    ],
)
def test_counterparts_stay_one_deal(analyse: Analyse, text: str, sides: set[str]) -> None:
    found = _sides(text, analyse)
    assert one_deal_names(found, sides), found
    assert len(found) == 1, found


def test_one_agent_fining_a_list_unchanged(analyse: Analyse) -> None:
    found = _sides("ФАС оштрафовала «Северлес» и «Южтранс».", analyse)
    assert one_deal_names(found, {"ФАС", "Северлес"}) and one_deal_names(found, {"ФАС", "Южтранс"}), found
    assert len(found) == 2, found


def test_listed_alone_leave_the_benchmark_response(analyse: Analyse) -> None:
    """One-sided deals are no benchmark fact: the merged list made a false one."""
    found = _sides("Контракты были подписаны с Игорем Васнецовым и Олегом Карповым.", analyse)
    assert all(len(names) == 1 for names in found), found
