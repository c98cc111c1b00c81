"""initiative87: a centre, institute or museum opened under its name. The recogniser reads
the body noun with its describing words as an organisation ("Сибирский центр биотехнологий"),
which hid the facility noun; as the subject or object of an opening verb (or of a plan
whose clause opens it) the name's head is the facility opened. A named body that acts or
hosts opens nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Сибирский центр биотехнологий открылся в Томске.", Modality.FACT),
        ("В Новосибирске открыли Сибирский центр биотехнологий.", Modality.FACT),
        ("На прошлой неделе был открыт Национальный музей ремёсел.", Modality.FACT),
        ("Международный институт языков начал работу в Казани.", Modality.FACT),
        ("В Самаре появится Волжский центр робототехники.", Modality.PLANNED),
        ("Центр изучения пчеловодства в Уфе планируется открыть весной.", Modality.PLANNED),
        ("В Омске введен в эксплуатацию Северный центр хранения зерна.", Modality.FACT),
    ],
)
def test_named_centre_opened_is_a_project(
    analyse: Analyse, text: str, modality: Modality
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert len(found) == 1
    kind, got = found[0]
    assert any(noun in kind.lower() for noun in ("центр", "музей", "институт"))
    assert got == modality


def test_named_centre_is_the_project_not_its_runner(analyse: Analyse) -> None:
    (claim,) = initiatives_in(analyse, "Сибирский центр биотехнологий открылся в Томске.")
    runners = [a.value for a in claim.arguments if a.role == "organisations"]
    assert not any("биотехнологий" in runner for runner in runners)


@pytest.mark.parametrize(
    "text",
    [
        # the named body hosts, acts, or opens something else
        "В Сибирском центре биотехнологий прошла выставка.",
        "Сибирский центр биотехнологий провёл конференцию.",
        "Сибирский центр биотехнологий открыл выставку в Томске.",
        "Директор Национального музея ремёсел открыл фестиваль.",
        "В Омске открылась выставка Национального музея ремёсел.",
        "Казанский институт языков начал набор студентов.",
        # a plan verb whose clause opens nothing
        "Волжский центр робототехники планирует провести олимпиаду.",
    ],
)
def test_named_body_acting_or_hosting_opens_nothing(analyse: Analyse, text: str) -> None:
    assert initiatives_in(analyse, text) == []
