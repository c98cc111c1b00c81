"""An owner the report says no longer holds ("ранее принадлежал", "бывший владелец") is a
claim with `held: former`, as a former post is: part of the property's history, one fact with
the same pair told as held now, and no answer to FactRuEval's Ownership, which is a present one.
Sentences written here; names invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.claim import FORMER
from concord.eval.run import task3_facts
from concord.pipeline import Pipeline
from concord.store.database import open_database, session_factory
from concord.store.queries import list_facts
from tests.conftest import Analyse, new_database_url, owner_property_pairs, store_paths


@pytest.mark.parametrize(
    ("text", "owner", "owned"),
    [
        ("Ранее банк «Заря» принадлежал компании «Восход».", "Восход", "Заря"),
        ("До 2016 года клуб «Торпедо» принадлежал холдингу «Сигма».", "Сигма", "Торпедо"),
        (
            "Телеканал «Волна», принадлежавший Ивану Петрову, купил бизнесмен Сергей Котов.",
            "Иван Петров",
            "Волна",
        ),
        (
            "Бывший владелец компании «Полюс-Строй» Игорь Семенов уехал за границу.",
            "Игорь Семенов",
            "Полюс-Строй",
        ),
    ],
)
def test_an_owner_no_longer_holding_is_a_former_owner(
    analyse: Analyse, text: str, owner: str, owned: str
) -> None:
    assert (owner, owned) in owner_property_pairs(analyse, text, held=FORMER)
    assert (owner, owned) not in owner_property_pairs(analyse, text)


def test_an_owner_holding_now_has_no_held_role(analyse: Analyse) -> None:
    text = "Банк «Заря» принадлежит компании «Восход»."
    assert owner_property_pairs(analyse, text) == [("Восход", "Заря")]
    assert owner_property_pairs(analyse, text, held=FORMER) == []


def test_a_former_owner_holds_nothing_named_outside_his_phrase(analyse: Analyse) -> None:
    text = (
        "Прежний владелец издательства «Пламя» Олег Гусев, который сейчас преподает "
        "в университете «Северный», назвал сделку вынужденной."
    )
    assert ("Олег Гусев", "Северный") not in owner_property_pairs(analyse, text, held=FORMER)
    assert ("Олег Гусев", "Пламя") in owner_property_pairs(analyse, text, held=FORMER)


def test_a_former_owner_answers_no_benchmark_ownership(analyse: Analyse) -> None:
    analysed = analyse("Ранее банк «Заря» принадлежал компании «Восход».")
    assert [claim for claim in analysed.claims if claim.values("held") == [FORMER]]
    assert not [fact for fact_type, fact in task3_facts(analysed) if fact_type == "Ownership"]
    concord_shaped = task3_facts(analysed, concord_shaped=True)
    assert not [fact for fact_type, fact in concord_shaped if fact_type == "Ownership"]


def test_a_pair_held_once_and_held_now_is_one_fact(pipeline: Pipeline, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Сделка\n\nРанее банк «Заря» принадлежал компании «Восход».\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Банк\n\nБанк «Заря» принадлежит компании «Восход».\n", encoding="utf-8"
    )
    url = new_database_url(tmp_path)
    store_paths(pipeline, url, tmp_path)
    with session_factory(open_database(url))() as session:
        facts = [fact for fact in list_facts(session) if fact["type"] == "ownership"]
    assert len(facts) == 1
    assert len(facts[0]["sources"]) == 2
    assert not facts[0]["conflicts"]
