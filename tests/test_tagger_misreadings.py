"""Words the tagger misreads by their form. A word written with "ё" is read as the same word
written with "е" (Natasha's vocabulary holds many "ё" forms but not all, and an unknown
word cost the tagger its meaning: "возведёт" was tagged an imperfective present); a finite
verb's tense is the dictionary's where every reading agrees ("обустроит" had been tagged a
past). Sentences written for these tests."""

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


def test_a_verb_form_the_tagger_misreads_takes_its_tense_from_the_dictionary(
    analyse: Analyse,
) -> None:
    """ "обустроит" is only a future in the dictionary; the tagger had read it as a past."""
    (sentence,) = analyse("Администрация района обустроит новый сквер у школы.").sentences
    (verb,) = [token for token in sentence.tokens if token.lemma == "обустроить"]
    assert verb.feats["Tense"] == "Fut"


def test_a_form_the_dictionary_reads_two_ways_keeps_the_taggers_tense(analyse: Analyse) -> None:
    (sentence,) = analyse("Компания строит мост.").sentences
    (verb,) = [token for token in sentence.tokens if token.lemma == "строить"]
    assert verb.feats["Tense"] == "Pres"
