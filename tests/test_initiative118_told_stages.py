"""initiative118: a facility prepared for service ("здание готовят к вводу в эксплуатацию",
"готовится к сдаче ещё один объект — амбулатория") is a planned stage; a restating
"объект" handed over with its date names the project the report named before even when it
never claimed it. A bare work finished with its date stays out (the pool's gold keeps it in
a minority of cases); so do a handover with no date, nothing named before, and preparing for
something other than service. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, last_sentence_initiatives


def test_building_prepared_for_service_is_a_planned_stage(analyse: Analyse) -> None:
    text = (
        "В Рузе построят новый склад. "
        "Производственное здание и склад готовят к вводу в эксплуатацию в ближайшее время."
    )
    assert last_sentence_initiatives(analyse, text) == [("склад", Modality.PLANNED)]


def test_restating_word_naming_its_own_project_takes_that_kind(analyse: Analyse) -> None:
    text = (
        "В посёлке Луга открылась новая поликлиника. "
        "Сейчас в районе готовится к сдаче ещё один объект — детская школа искусств."
    )
    kinds = [kind for kind, _ in last_sentence_initiatives(analyse, text)]
    assert kinds and all("поликлиника" not in kind for kind in kinds)


def test_handover_with_a_date_names_the_project_named_before(analyse: Analyse) -> None:
    text = "Жители давно ждут новую баню. Через месяц объект должен быть сдан."
    assert last_sentence_initiatives(analyse, text) == [("баня", Modality.PLANNED)]


def test_handover_without_a_date_names_nothing_unclaimed(analyse: Analyse) -> None:
    text = "Жители давно ждут новую баню. Объект должен быть сдан."
    assert last_sentence_initiatives(analyse, text) == []


def test_handover_with_nothing_named_before_is_no_stage(analyse: Analyse) -> None:
    text = "В Москве прошло совещание о ценах. Через месяц объект должен быть сдан."
    assert last_sentence_initiatives(analyse, text) == []


def test_preparing_for_a_visit_is_no_stage(analyse: Analyse) -> None:
    text = "В Рузе построят новую школу. Здание администрации готовят к приёму гостей в марте."
    assert last_sentence_initiatives(analyse, text) == []


def test_bare_building_with_a_deadline_is_left(analyse: Analyse) -> None:
    text = (
        "В Кирове построят новый завод по выпуску кирпича. "
        "Строительство планируется завершить до конца 2027 года."
    )
    assert last_sentence_initiatives(analyse, text) == []
