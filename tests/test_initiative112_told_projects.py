"""initiative112: projects told inside speech. A plural told before ("такие больницы")
placed one by one by a list of named places or a per-place quantifier is those projects; a
project that "сможет начать работу" is planned; a launch under an evaluative predicate
with "бы" ("было бы хорошо открыть") is a wish, no project. Near misses stay out: a class
with no places, a need or policy, "мог бы открыться", a hedge with "может".
Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_in


def test_such_clinics_built_in_listed_towns_are_planned(analyse: Analyse) -> None:
    text = "Такие поликлиники будут построены в Твери, Туле и Орле, сказал министр."
    claims = initiatives_in(analyse, text)
    assert any("поликлиник" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_such_centres_in_every_district_are_planned(analyse: Analyse) -> None:
    text = "«Практически во всех районах города такие центры появятся», — сказал мэр."
    assert any("центр" in k for k in kinds_in(analyse, text))


def test_such_things_with_no_places_stay_a_class(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Такие поликлиники будут построены в регионе, сказал министр.")
    assert not kinds_in(analyse, "Такие центры откроют в будущем.")


def test_such_things_needed_or_built_as_a_trade_stay_out(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Такие центры нужны в каждом районе, считает министр.")
    assert not kinds_in(analyse, "Такие поликлиники строят во всех регионах страны.")


def test_a_centre_able_to_start_work_is_planned(analyse: Analyse) -> None:
    text = "«Думаю, центр сможет начать работу к концу года», — сказал министр."
    claims = initiatives_in(analyse, text)
    assert [v for c in claims for v in c.values("kind")] == ["центр"]
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_launch_only_supposed_or_hedged_stays_out(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Центр мог бы открыться уже весной, если бы нашлись деньги.")
    assert not kinds_in(analyse, "Новый парк может появиться на месте старых складов.")


def test_a_wish_for_a_theatre_is_no_project(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Было бы хорошо открыть в городе новый театр, сказал мэр.")
    assert not kinds_in(analyse, "Было бы неплохо построить здесь новый мост.")


def test_a_told_plan_beside_the_wish_words_stays(analyse: Analyse) -> None:
    assert any("театр" in k for k in kinds_in(analyse, "Хорошо, что в городе откроют новый театр."))
    text = "«Хотел бы сообщить, что мы построим новый центр в Твери», — сказал губернатор."
    assert any("центр" in k for k in kinds_in(analyse, text))


def test_general_policy_speech_is_no_project(analyse: Analyse) -> None:
    assert not kinds_in(analyse, "Надо строить больше школ, сказал министр.")
    assert not kinds_in(analyse, "Губернатор считает, что нужно строить больше детских садов.")
