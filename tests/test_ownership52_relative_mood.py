"""Round 52: a relative clause tells its own fact ("холдинг «X», в который входят A и B, будет
продан": the sale is planned, the membership is not), and a membership participle before its
noun may have adjectives before the group ("входящая в строительную компанию «X» фирма «Y»").
The sentences are my own; the near misses keep a plan or a negation inside the relative
clause itself, and a planned main clause with no relative clause."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, held_pair_stems, pair_stem_modalities


def test_members_of_a_holding_to_be_sold_are_held_now(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Холдинг «Северная волна», в который входят телеканалы «Море» и «Берег FM», будет продан."
    ))  # fmt: skip
    assert ("Севе", "Море") in pairs
    assert ("Севе", "Бере") in pairs


def test_a_stake_in_a_relative_clause_under_a_future_verb(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Новым партнером «Альфа-Строя» станет компания «Кварц», 100% которой принадлежит "
        "Ивану Сидорову."
    ))  # fmt: skip
    assert ("Иван", "Квар") in pairs


def test_an_owner_in_a_relative_clause_under_a_future_verb(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Акции получит фонд «Гранит», которым владеет Петр Орлов."))
    assert ("Петр", "Гран") in pairs


def test_a_plan_inside_the_relative_clause_stays_a_plan(analyse: Analyse) -> None:
    found = pair_stem_modalities(analyse("Холдинг «Север», который купит завод «Луч», будет продан."))
    assert found.get(("Севе", "Луч")) is Modality.PLANNED


def test_a_negation_inside_the_relative_clause_stays(analyse: Analyse) -> None:
    found = pair_stem_modalities(
        analyse("Компания «Север», которая не владеет заводом «Луч», будет продана.")
    )
    assert found.get(("Севе", "Луч")) is Modality.NEGATED


def test_a_planned_purchase_without_a_relative_clause_stays_planned(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Холдинг «Север» купит завод «Луч» в следующем году."))
    assert ("Севе", "Луч") not in pairs


def test_a_membership_participle_with_an_adjective_before_the_group(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Цех построила в 2019 году входящая в строительную компанию «Базис» фирма «Опора-Т»."
    ))  # fmt: skip
    assert ("Бази", "Опор") in pairs


def test_a_membership_participle_with_two_adjectives(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Входящий в крупный зерновой агрохолдинг «Нива» элеватор «Колос» закрыт на ремонт."
    ))  # fmt: skip
    assert ("Нива", "Коло") in pairs
