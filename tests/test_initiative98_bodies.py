"""Bodies set up by a proposal, an order or a plan, as political news word them: a body a
person or an organisation proposes to set up ("жители предложили создать фонд",
"Предлагаю создать рабочую группу"), the one body meant by "такой" or "аналогичный" in
the singular ("планируют создать такую комиссию"), a body that "создается" (the subject
of a reflexive founding verb is founded, does not found); and the near misses: a
facility a deputy proposes, a proposal turned down or only to be discussed, a proposal
put to another party, a class of bodies in the plural, a sitting of a body that exists.
Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, kinds_of


def _initiatives(analyse: Analyse, text: str) -> list:
    return [c for c in analyse(text).claims if c.type == "initiative"]


def test_a_fund_people_propose_to_set_up_is_planned(analyse: Analyse) -> None:
    claims = _initiatives(analyse, "Жители посёлка предложили создать фонд помощи погорельцам.")
    assert any("фонд" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_working_group_proposed_in_the_first_person_is_planned(analyse: Analyse) -> None:
    text = "«Предлагаю при министерстве создать рабочую группу по вопросам экспорта зерна»."
    claims = _initiatives(analyse, text)
    assert any("групп" in v for c in claims for v in c.values("kind"))


def test_a_centre_an_organisation_proposes_is_planned(analyse: Analyse) -> None:
    text = "Союз фермеров предлагает создать национальный центр страхования урожая."
    assert any("центр" in kind for kind in kinds_of(analyse(text)))


def test_a_facility_a_deputy_proposes_stays_an_opinion(analyse: Analyse) -> None:
    text = "Депутат Олег Зимин предложил построить в районе новый стадион."
    assert not any("стадион" in kind for kind in kinds_of(analyse(text)))


def test_a_body_proposed_to_another_party_stays_an_offer(analyse: Analyse) -> None:
    text = "Мэр предложил соседнему району создать общую комиссию по вывозу мусора."
    assert not any("комисси" in kind for kind in kinds_of(analyse(text)))


def test_a_proposal_to_discuss_a_body_is_no_project(analyse: Analyse) -> None:
    text = "Предлагаю обсудить создание рабочей группы по ценам на топливо."
    assert not any("групп" in kind for kind in kinds_of(analyse(text)))


def test_a_proposal_turned_down_is_no_project(analyse: Analyse) -> None:
    text = "Депутаты отклонили предложение создать комиссию по проверке тарифов."
    assert not any("комисси" in kind for kind in kinds_of(analyse(text)))


def test_the_one_commission_meant_by_such_is_planned(analyse: Analyse) -> None:
    text = "О намерении создать такую комиссию губернатор Пётр Лосев сообщил в среду."
    claims = _initiatives(analyse, text)
    assert any("комисси" in v for c in claims for v in c.values("kind"))


def test_a_similar_commission_provided_for_is_founded(analyse: Analyse) -> None:
    text = "Постановлением предусмотрено и создание аналогичной комиссии в каждом районе."
    assert any("комисси" in kind for kind in kinds_of(analyse(text)))


def test_such_centres_in_the_plural_stay_a_class(analyse: Analyse) -> None:
    text = "Такие центры открываются сейчас по всей стране."
    assert not any("центр" in kind for kind in kinds_of(analyse(text)))


def test_a_council_that_is_being_set_up_is_founded(analyse: Analyse) -> None:
    text = "По инициативе мэра создается экспертный совет по городской среде."
    claims = _initiatives(analyse, text)
    assert any("совет" in v for c in claims for v in c.values("kind"))


def test_a_sitting_of_a_commission_founds_nothing(analyse: Analyse) -> None:
    text = "Заседание бюджетной комиссии прошло в мэрии во вторник."
    assert not any("комисси" in kind for kind in kinds_of(analyse(text)))


def test_such_praising_an_adjective_still_names_no_project(analyse: Analyse) -> None:
    text = "А когда для ребят построен такой прекрасный бассейн – просторный, светлый, то родители спокойны."
    assert not any("бассейн" in kind for kind in kinds_of(analyse(text)))


def test_a_centre_a_person_proposes_stays_an_opinion(analyse: Analyse) -> None:
    text = "Сенатор Ольга Лаврова предложила создать в городе первый молодёжный центр."
    assert not any("центр" in kind for kind in kinds_of(analyse(text)))
