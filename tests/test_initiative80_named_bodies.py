"""Bodies set up under their own name as federal and public-affairs news word them — a
centre or an institute founded under a name that heads an organisation's mention — and the
near misses: such a centre named only as the place of an event, or as the one who acts.
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_of


def test_a_centre_founded_under_its_name_is_a_project(analyse: Analyse) -> None:
    text = "Волонтёры из Твери создали Центр помощи беженцам «Надежда»."
    assert any("центр помощи" in kind for kind in kinds_of(analyse(text)))


def test_an_institute_whose_founding_is_announced_is_a_project(analyse: Analyse) -> None:
    text = "Губернатор объявил о создании Института региональной истории имени Пахомова."
    assert any("институт" in kind for kind in kinds_of(analyse(text)))


def test_a_named_centre_hosting_an_event_is_no_project(analyse: Analyse) -> None:
    text = "В Центре современной музыки «Октава» открыли выставку старых афиш."
    assert not any("центр" in kind for kind in kinds_of(analyse(text)))


def test_a_named_centre_that_founds_is_no_project_itself(analyse: Analyse) -> None:
    text = "Центр стратегических разработок «Север» создал рабочую группу по экологии."
    kinds = kinds_of(analyse(text))
    assert not any("центр" in kind for kind in kinds)
    assert any("групп" in kind for kind in kinds)
