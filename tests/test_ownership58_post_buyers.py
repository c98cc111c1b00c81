"""Round 58: a headline's buyer told only by a post ("Директор холдинга «X» купил Y",
"Бывший пресс-секретарь мэра Z купил газету Y"): the name in the post's genitive is the
post's body or boss, not the buyer. The sentences are my own; the near miss is a post with
its holder's name in apposition, who stays the buyer."""

from __future__ import annotations

from tests.conftest import Analyse, held_pair_stems


def test_the_boss_of_a_post_bought_nothing(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Бывший пресс-секретарь мэра Ивана Сорокина купил газету «Вестник»."))
    assert ("Иван", "Вест") not in pairs


def test_the_company_of_a_post_bought_nothing(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse(
        "Топ-менеджеры холдинга «Бета» контролируют сеть «Гамма»."
    ))  # fmt: skip
    assert ("Бета", "Гамм") not in pairs


def test_a_post_holder_named_in_apposition_is_the_buyer(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Глава компании «Дельта» Пётр Орлов купил клуб «Ракета»."))
    assert ("Пётр", "Раке") in pairs
    assert ("Дель", "Раке") not in pairs
