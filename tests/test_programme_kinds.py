"""A programme or project noun followed by the work it consists of ("программа
капитального ремонта школ", "проект строительства нового терминала") is one project whose
kind reads on through the work and its object, a named one too ("программа развития
Северного Кавказа"); the work inside it is no second claim.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, kinds_in


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Мэрия Перми запустила программу капитального ремонта поликлиник.",
         "программа капитального ремонта поликлиник"),
        ("Правительство Кузбасса утвердило программу строительства арендного жилья.",
         "программа строительства арендного жилья"),
        ("Холдинг «Аэропорты Регионов» реализует проект строительства нового терминала.",
         "проект строительства нового терминала"),
        ("В Удмуртии стартовала программа модернизации сельских библиотек.",
         "программа модернизации сельских библиотек"),
        ("Премьер поручил министерству разработать программу развития Северного Кавказа.",
         "программа развития северного кавказа"),
    ],
)  # fmt: skip
def test_programme_of_a_work_is_one_project_named_with_the_work(
    analyse: Analyse, text: str, kind: str
) -> None:
    assert kinds_in(analyse, text) == [kind]


def test_programme_with_a_topic_that_is_no_work_keeps_its_own_words(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "Мэрия Перми запустила программу поддержки молодых семей.")
    assert all("капитального" not in kind for kind in kinds), kinds
    assert kinds == ["программа поддержки молодых семей"]


def test_two_works_of_one_programme_do_not_fold_into_each_other(analyse: Analyse) -> None:
    kinds = kinds_in(analyse, "В Чебоксарах построили школу и отремонтировали больницу.")
    assert len(kinds) == 2, kinds
