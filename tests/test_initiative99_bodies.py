"""Bodies set up impersonally or as parties, as political news word them: a single body
put before a plural founding verb with no subject ("Совет по туризму создадут в
области": the parser's subject cannot agree with the verb, so the body is what is
founded), a political party founded or appearing anew; and the near misses: two bodies
joined that found a third, a body that exists and acts, a party that wins seats, a batch
of goods ("партия зерна"), a check of a body's work, a body dissolved. Sentences written
for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse


def _initiatives(analyse: Analyse, text: str) -> list:
    return [c for c in analyse(text).claims if c.type == "initiative"]


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [v for c in _initiatives(analyse, text) for v in c.values("kind")]


def test_a_council_put_before_a_plural_verb_is_founded(analyse: Analyse) -> None:
    text = (
        "Координационный совет по туризму, в который войдут главы районов, "
        "создадут в Тверской области."
    )
    claims = _initiatives(analyse, text)
    assert any("совет" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_fund_put_first_of_a_plural_verb_is_founded(analyse: Analyse) -> None:
    claims = _initiatives(analyse, "Фонд поддержки фермеров учредят весной.")
    assert any("фонд" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_council_formed_at_the_town_hall_is_founded(analyse: Analyse) -> None:
    text = "Общественный совет по экологии сформируют при мэрии."
    assert any("совет" in kind for kind in _kinds(analyse, text))


def test_two_bodies_joined_found_a_third_not_themselves(analyse: Analyse) -> None:
    kinds = _kinds(analyse, "Совет и комиссия создадут рабочую группу по тарифам.")
    assert any("групп" in kind for kind in kinds)
    assert not any(kind in {"совет", "комиссия"} for kind in kinds)


def test_a_body_that_exists_and_founds_is_no_project(analyse: Analyse) -> None:
    kinds = _kinds(analyse, "Комиссия создаст рабочую группу по тарифам.")
    assert not any("комисси" in kind for kind in kinds)


def test_a_party_announced_is_founded(analyse: Analyse) -> None:
    text = "Писатель Олег Смирнов объявил о создании новой политической партии."
    claims = _initiatives(analyse, text)
    assert any("партия" in v for c in claims for v in c.values("kind"))
    assert any("Олег Смирнов" in v for c in claims for v in c.values("organisations"))


def test_a_new_party_that_appeared_is_founded(analyse: Analyse) -> None:
    assert any("партия" in kind for kind in _kinds(analyse, "В Белоруссии появилась новая партия."))


def test_a_party_winning_seats_is_no_project(analyse: Analyse) -> None:
    assert not _kinds(analyse, "Партия получила двенадцать мест в городской думе.")


def test_a_batch_of_grain_is_no_party_founded(analyse: Analyse) -> None:
    text = "Фермеры сформировали первую партию зерна на экспорт."
    assert not any("парти" in kind for kind in _kinds(analyse, text))


def test_a_check_of_a_commission_ordered_is_no_project(analyse: Analyse) -> None:
    assert not _kinds(analyse, "Губернатор поручил проверить работу комиссии.")


def test_a_party_dissolved_is_no_project(analyse: Analyse) -> None:
    assert not _kinds(analyse, "Депутаты решили распустить партию.")


def test_a_staff_ordered_to_be_set_up_stays_planned(analyse: Analyse) -> None:
    claims = _initiatives(analyse, "Мэр Ивановки поручил создать штаб по борьбе с паводком.")
    assert any("штаб" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)
