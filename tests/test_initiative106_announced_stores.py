"""A discount store announced by a launching noun ("объявила о начале работы первых
дискаунтеров") is a shop opened, as a "магазин" is; the word named only as a market
segment, with no launching word, stays none. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse


def _initiatives(analyse: Analyse, text: str) -> list:
    return [c for c in analyse(text).claims if c.type == "initiative"]


def test_discount_stores_announced_as_opened_are_a_fact(analyse: Analyse) -> None:
    text = "Сеть «Копейка» объявила о начале работы первых дискаунтеров в Тверской области."
    claims = _initiatives(analyse, text)
    kinds = [v for c in claims for v in c.values("kind")]
    assert len(kinds) == 1 and kinds[0].startswith("дискаунтер")
    assert claims[0].modality == Modality.FACT
    assert "Тверская область" in claims[0].values("location")


def test_a_discount_store_to_be_opened_is_planned(analyse: Analyse) -> None:
    text = "Ретейлер откроет новый дискаунтер в Курске в следующем месяце."
    claims = _initiatives(analyse, text)
    assert any("дискаунтер" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_discount_stores_as_a_market_segment_are_none(analyse: Analyse) -> None:
    text = "Доля дискаунтеров на рынке продуктов выросла до трети."
    assert _initiatives(analyse, text) == []
