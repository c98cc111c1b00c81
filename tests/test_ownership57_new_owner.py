"""Round 57: a new owner told after the sale, with what changed hands named a sentence
before ("Клуб «X» продан. Новым владельцем команды стал Y"; "Радиостанция «X» сменила
собственника. Новым собственником стала Y"). The sentences are my own; the near misses are a
planned change ("может стать новым владельцем"), a denied one, a former owner, and a seller
in the sentence before, which is never the property."""

from __future__ import annotations

from tests.conftest import Analyse, held_pair_stems


def test_a_new_owner_of_a_bare_trade_noun_owns_the_club_told_before(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Футбольный клуб «Волна» продан. Новым владельцем команды стал бизнесмен Пётр Сидоренко."
    ))  # fmt: skip
    assert ("Пётр", "Волн") in pairs


def test_a_new_owner_with_no_noun_after_it(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Радиостанция «Заря» сменила собственника. Новым собственником стала Анна Ковалёва, "
        "ранее работавшая юристом холдинга."
    ))  # fmt: skip
    assert ("Анна", "Заря") in pairs


def test_a_planned_new_owner_holds_nothing(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Футбольный клуб «Волна» выставлен на продажу. Новым владельцем команды может стать "
        "бизнесмен Пётр Сидоренко."
    ))  # fmt: skip
    assert not any(owner == "Пётр" for owner, _ in pairs)


def test_a_denied_new_owner_holds_nothing(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Футбольный клуб «Волна» остался у города. Новым владельцем команды не стал "
        "бизнесмен Пётр Сидоренко."
    ))  # fmt: skip
    assert not any(owner == "Пётр" for owner, _ in pairs)


def test_a_former_owner_is_no_change(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Футбольный клуб «Волна» продан. Прежним владельцем команды был бизнесмен Пётр Сидоренко."
    ))  # fmt: skip
    assert ("Пётр", "Волн") not in pairs


def test_the_seller_before_is_no_property(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Банк «Омега» продал свою долю. Новым владельцем стал фонд «Берёза»."
    ))  # fmt: skip
    assert ("Берё", "Омег") not in pairs

