"""initiative103: two bodies founded by one word ("поручил создать Министерство X и
Государственную службу Y", "решил создать фонд и агентство") are two projects, and the
second, a named organisation, runs nothing of the first; a sitting of two bodies opened, or
a body joined to a clause of another verb, founds nothing new. Sentences written for these
tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_of, kinds_and_modalities_in, kinds_in


def test_second_named_body_founded_too(analyse: Analyse) -> None:
    text = "Президент поручил создать Министерство транспорта и Государственную службу дорог."
    claims = initiatives_of(analyse(text))
    kinds = sorted(value for claim in claims for value in claim.values("kind"))
    assert len(claims) == 2
    assert any("служба" in kind for kind in kinds)
    assert any("министерство" in kind for kind in kinds)
    for claim in claims:
        assert all("служба" not in value.lower() for value in claim.values("organisations"))


def test_second_common_body_founded_too(analyse: Analyse) -> None:
    found = kinds_and_modalities_in(
        analyse, "Губернатор решил создать областной фонд развития и агентство инвестиций."
    )
    assert len(found) == 2
    assert any(kind.split()[0] == "агентство" for kind, _ in found)
    assert all(modality == Modality.PLANNED for _, modality in found)


def test_two_bodies_of_a_founding_noun(analyse: Analyse) -> None:
    kinds = kinds_in(
        analyse, "Глава республики подписал указ о создании совета по туризму и комитета по спорту."
    )
    assert any(kind.startswith("комитет") for kind in kinds)
    assert any(kind.startswith("совет") for kind in kinds)


def test_sitting_of_two_bodies_founds_nothing(analyse: Analyse) -> None:
    assert kinds_in(analyse, "Глава района открыл заседание совета и комиссии.") == []


def test_body_joined_to_another_clause_not_founded(analyse: Analyse) -> None:
    kinds = kinds_in(
        analyse, "Министр поручил создать рабочую группу и проверить работу комиссии."
    )
    assert not any(kind.startswith("комисси") for kind in kinds)


def test_list_of_kinds_of_bodies_not_founded(analyse: Analyse) -> None:
    text = (
        "Указ отменил распоряжения, которыми создавались различные советы, "
        "организационные комитеты и рабочие группы."
    )
    assert not any("групп" in kind for kind in kinds_in(analyse, text))
