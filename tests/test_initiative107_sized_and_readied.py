"""Projects read beside a figure (initiative107): a facility measured out as it appears
("Стадион площадью 3 гектара появится"), a count the parser hangs on an approximating word
("Более 40 скверов будет благоустроено"), a facility readied for its start by a verb
("Библиотеку готовят к открытию"), a work told by its span ("Ремонт занял два месяца").
Near misses: a thing appearing with no size or novelty, a count of people, a facility
readied for a season rather than a start, papers prepared, a ceremony's hours. Sentences
written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiative_kinds_in, initiatives_in


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [kind for kinds in initiative_kinds_in(analyse, text) for kind in kinds]


def test_a_site_measured_in_hectares_that_appears_is_planned(analyse: Analyse) -> None:
    text = "Технопарк в 15 гектаров появится в Сосновском районе."
    claims = initiatives_in(analyse, text)
    assert any("технопарк" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_path_told_by_its_length_that_appears_is_planned(analyse: Analyse) -> None:
    text = "В Кирове появится велодорожка длиной 12 километров."
    assert any("велодорожка" in v for v in _kinds(analyse, text))


def test_a_bare_site_that_appears_with_no_size_stays_unread(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "Площадка появится в районе.")


def test_a_queue_measured_as_it_appears_is_no_facility(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "У входа появится очередь длиной 50 метров.")


def test_a_count_after_more_than_is_what_is_rebuilt(analyse: Analyse) -> None:
    text = "Губернатор сообщил, что более 40 городских скверов будет благоустроено и расширено."
    assert any("сквер" in v for v in _kinds(analyse, text))


def test_a_count_after_more_than_before_an_active_verb(analyse: Analyse) -> None:
    text = "Более 12 школ отремонтируют в следующем году."
    claims = initiatives_in(analyse, text)
    assert any("школ" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_people_counted_after_more_than_are_not_built(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "Более 300 школьников работает в городе летом.")


def test_facilities_preparing_for_their_opening_are_planned(analyse: Analyse) -> None:
    text = "Два новых досуговых центра готовятся к открытию в Твери."
    claims = initiatives_in(analyse, text)
    assert any("центр" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_facility_readied_for_its_opening_is_planned(analyse: Analyse) -> None:
    text = "Новую библиотеку в Заречном районе готовят к открытию."
    claims = initiatives_in(analyse, text)
    assert any("библиотека" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_a_facility_readied_for_a_season_launches_nothing(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "Библиотеку готовят к летнему сезону.")


def test_papers_prepared_for_an_opening_launch_nothing(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "Застройщик готовит бумаги к открытию.")


def test_a_work_told_by_the_months_it_took_is_done(analyse: Analyse) -> None:
    text = "Строительство корпуса площадью 900 квадратных метров заняло пять месяцев."
    claims = initiatives_in(analyse, text)
    assert any("строительство" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.FACT for c in claims)


def test_a_renovation_that_will_last_months_is_planned(analyse: Analyse) -> None:
    text = "Реконструкция стадиона продлится 14 месяцев."
    claims = initiatives_in(analyse, text)
    assert any("стадион" in v for c in claims for v in c.values("kind"))
    assert all(c.modality == Modality.PLANNED for c in claims)


def test_an_opening_ceremony_that_took_hours_launches_nothing(analyse: Analyse) -> None:
    assert not initiatives_in(analyse, "Открытие фестиваля заняло три часа.")
