"""initiative76: a headline's project told again in the body by another noun of its kind.
Regional news name a facility one way in the headline and another way in the body ("В
Кирове построят ледовую арену" … "Строительство спорткомплекса начнётся весной"), and the
body's noun was read as a second project. One project keeps one claim, the headline's, with
the body's roles carried over. Negatives: a body noun at another place, one marked as
another, a plural headline, and a noun of another kind stay claims of their own. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, initiatives_in


@pytest.mark.parametrize(
    "text",
    [
        "В Кирове построят ледовую арену\n"
        "Строительство спорткомплекса начнётся весной на улице Садовой.\n",
        "В Михайловке откроют физкультурно-оздоровительный комплекс\n"
        "Строительство спортивного зала с трибунами завершат к осени.\n",
        # the body names a village of the headline's district
        "В Заречном районе открыли новый ФАП\n"
        "В деревне Ключи Заречного района открылся фельдшерско-акушерский пункт.\n",
    ],
)  # fmt: skip
def test_headline_project_told_again_by_its_kind(analyse: Analyse, text: str) -> None:
    assert len(initiatives_in(analyse, text)) == 1


def test_body_roles_carried_over(analyse: Analyse) -> None:
    text = (
        "В Кирове построят ледовую арену\n"
        "Строительство спорткомплекса начнётся весной, подрядчиком стала компания «СтройДом».\n"
    )
    claims = initiatives_in(analyse, text)
    assert len(claims) == 1
    assert "арена" in " ".join(claims[0].values("kind"))


@pytest.mark.parametrize(
    "text",
    [
        # another place in the body
        "В Кирове построят ледовую арену\n"
        "Кроме того, в Слободском откроют спорткомплекс.\n",
        # marked as another one
        "В Кирове построят ледовую арену\n"
        "Кроме того, в городе появится ещё один спорткомплекс.\n",
        # a plural headline: a set, each told in the body at its place
        "В Ивановке и Петровке построят новые спортзалы\n"
        "В селе Ивановка строительство спорткомплекса начнётся весной.\n"
        "В селе Петровка спортивный зал построят к осени.\n",
    ],
)  # fmt: skip
def test_other_projects_of_one_kind_stay_two(analyse: Analyse, text: str) -> None:
    assert len(initiatives_in(analyse, text)) >= 2


def test_noun_of_another_kind_stays(analyse: Analyse) -> None:
    text = "В Кирове построят ледовую арену\nСтроительство новой школы начнётся весной.\n"
    assert len(initiatives_in(analyse, text)) == 2
