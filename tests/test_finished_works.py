"""A work finished with its own object ("завершила прокладку кабеля") is a project done;
a bare work finished ("строительство завершат в 2027 году") tells an earlier project
again and is no claim. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in


def test_work_finished_with_its_object_is_a_project_done(analyse: Analyse) -> None:
    found = kinds_and_modalities_in(
        analyse, "Оператор «Связь-Восток» завершил прокладку подводного кабеля до Сахалина."
    )
    assert holds_kind(found, "прокладка подводного кабеля", Modality.FACT), found


def test_bare_work_finished_is_no_claim(analyse: Analyse) -> None:
    assert kinds_and_modalities_in(analyse, "Прокладку завершат к осени 2027 года.") == []
