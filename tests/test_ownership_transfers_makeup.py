"""State corporations and their make-up, and shares handed over (round 15; measured on real
news excerpts kept outside the repository, tested on sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_entering_a_state_corporation(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Завод «Корвет» вошел в состав госкорпорации «Росатом».")
    assert ("Росатом", "Корвет") in pairs


def test_a_participle_of_entering_the_structure_of_a_state_corporation(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Концерн «Лазурь», входящий в структуру госкорпорации Ростех, "
                   "выиграл конкурс на поставку приборов.")  # fmt: skip
    assert ("Ростех", "Лазурь") in pairs


def test_what_is_within_a_corporation_lists_its_companies(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "В составе концерна «Орион» сейчас находятся заводы «Искра» "
                   "и «Кварц».")  # fmt: skip
    assert {("Орион", "Искра"), ("Орион", "Кварц")} <= pairs


def test_a_company_within_a_consortium_that_won_is_not_owned(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Фирма «Искра» в составе консорциума «Орион» выиграла тендер.")
    assert ("Орион", "Искра") not in pairs


def test_shares_handed_to_a_corporation(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Холдингу «Сигма» было передано 100% акций заводов «Вектор» "
                   "и «Радиан».")  # fmt: skip
    assert {("Сигма", "Вектор"), ("Сигма", "Радиан")} <= pairs


def test_handed_over_to_run_is_not_owned(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Мэрия передала стадион «Факел» в управление клубу «Сокол».")
    assert ("Сокол", "Факел") not in pairs


def test_documents_handed_to_a_bank_own_nothing(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Компания «Вектор» передала документы банку «Радиан».")
    assert not pairs
