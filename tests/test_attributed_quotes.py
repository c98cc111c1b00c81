"""A sentence credited by a phrase at its edge ("…, пишет X", "По словам X, …") quotes the
words the phrase credits, not the phrase itself; the evidence stays the whole sentence."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, statements


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Банк «Заря» закроет три отделения в Омске, пишет газета «Вечерний Омск».\n",
            "Вечерний Омск",
            "Банк «Заря» закроет три отделения в Омске",
        ),
        (
            "По словам мэра Олега Сидорова, ремонт моста завершат к осени.\n",
            "Олег Сидоров",
            "ремонт моста завершат к осени",
        ),
    ],
)
def test_the_quote_leaves_the_attribution_out(
    analyse: Analyse, text: str, speaker: str, quote: str
) -> None:
    assert (speaker, quote) in statements(analyse(text))
    claim = next(c for c in analyse(text).claims if c.type == "statement")
    assert (claim.evidence.start, claim.evidence.end) == (0, len(text.rstrip("\n")))


def test_an_attribution_in_the_middle_quotes_the_sentence(analyse: Analyse) -> None:
    text = "Тарифы, сказал Олег Сидоров, останутся прежними.\n"
    assert ("Олег Сидоров", text.strip()) in statements(analyse(text))
