"""Round 42: works told in context. A report that tells a work of a place in its headline
or an earlier sentence ("Благоустройство сквера", "идёт ремонт") makes the later fitting
words on things that are public works only within such a work (flower beds, an arch,
video cameras, containers, a network's line) parts of it, each a claim of its own; things
called new that "появятся" there are fitted too. A fitting verb opening a sentence
("Заменены трубы …") is read as any other. Negatives: the same sentences with no work in
the report, a thing's own fitting word taken for the work, a report about something
else, and the other senses of the verbs. Short reports written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a work in the headline, fitted things in the lines after it
        (
            "Благоустройство сквера у вокзала завершено\n"
            "Рабочие уложили новую плитку. Разбиты три клумбы и две большие грядки.",
            "клумба",
            Modality.FACT,
        ),
        (
            "В Заречном продолжается ремонт городского парка.\n"
            "На входе в парк обновили деревянную арку.",
            "деревянная арка",
            Modality.FACT,
        ),
        # a planned work, things to appear: the later item of the list is new as the first
        (
            "В сквере на улице Мира начнется благоустройство. Весной у фонтана разобьют "
            "большой цветник.",
            "цветник",
            Modality.PLANNED,
        ),
        # a fitting verb opening the sentence
        (
            "Заменены трубы водопровода на улице Мира.",
            "трубы",
            Modality.FACT,
        ),
    ],
)
def test_fitted_within_a_work(analyse: Analyse, text: str, kind: str, modality: Modality) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, modality), found


@pytest.mark.parametrize(
    "text",
    [
        # no work in the report: a lone fitting stays silent
        "На входе в парк обновили деревянную арку.",
        "Во дворе на улице Лесной установили шесть видеокамер.",
        "Новые контейнеры появятся у магазина.",
        # the thing's own fitting word is no work told before it
        "Проводится замена арки на площади.",
        # a report about something else
        "В городе прошел фестиваль уличной еды. Гостей встречала арка из воздушных шаров.",
        "Футболисты провели сборы на юге. Команда разбила соперника со счетом 3:0.",
        # another sense of the verbs within a work told
        "Во дворе идет благоустройство. Сторож разбил окно в будке.",
        "Во дворе идет благоустройство. Вечером появились жители с претензиями.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


def test_means_of_a_work_is_that_work(analyse: Analyse) -> None:
    """A fitting told as the means of the work its own sentence tells is no claim of its
    own: the work is."""
    kinds = kinds_in(
        analyse,
        "Во дворе прошел субботник. Жители благоустроили двор путем установки цветочных клумб.",
    )
    assert not any("клумб" in kind for kind in kinds), kinds
