"""A word written with "ё" is read as the same word written with "е": Natasha's
vocabulary holds many "ё" forms but not all, and an unknown word costs the tagger its
meaning (a perfective future "возведёт" was tagged as an imperfective present). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse


@pytest.mark.parametrize("verb", ["возведёт", "возведет"])
def test_a_future_spelt_with_yo_is_still_a_plan(analyse: Analyse, verb: str) -> None:
    claims = [
        claim
        for claim in analyse(f"Компания «Стройинвест» {verb} торговый центр.").claims
        if claim.type == "initiative"
    ]
    assert [claim.modality for claim in claims] == [Modality.PLANNED]


def test_both_spellings_get_the_same_tags(analyse: Analyse) -> None:
    def tags(text: str) -> list[tuple[str, str]]:
        (sentence,) = analyse(text).sentences
        return [(token.pos, token.feats.get("Tense", "")) for token in sentence.tokens]

    assert tags("Компания «Стройинвест» возведёт торговый центр.") == tags(
        "Компания «Стройинвест» возведет торговый центр."
    )
