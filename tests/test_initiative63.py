"""initiative63: a project told by its cost is a project ("Реконструкция стадиона
обойдётся в 2,4 млрд рублей", "строительство бассейна обошлось городу в 300 млн", "Новый
вокзал обойдётся в 4,5 млрд"): the sum is the project's news, not something else said of a
launch. Negatives stay silent: a launch that went without incident, the upkeep of what
exists, a budget total, a company's turnover, a statement of intent with no project.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Реконструкция стадиона «Трудовые резервы» обойдётся в 2,4 млрд рублей.",
         "стадион", Modality.PLANNED),
        ("Строительство нового моста через Оку обойдется областному бюджету в 9 млрд рублей.",
         "мост", Modality.PLANNED),
        ("Строительство крытого бассейна в Кстове обошлось городу в 300 млн рублей.",
         "бассейн", Modality.FACT),
        ("Новый железнодорожный вокзал в Сургуте обойдется в 4,5 миллиарда рублей.",
         "вокзал", Modality.PLANNED),
        ("Возведение второго корпуса областной больницы будет стоить 1,2 млрд рублей.",
         "корпус", Modality.PLANNED),
    ],
)  # fmt: skip
def test_project_told_by_its_cost(
    analyse: Analyse, text: str, word: str, modality: Modality
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert any(word in kind and found_modality == modality for kind, found_modality in found)


@pytest.mark.parametrize(
    "text",
    [
        "Открытие набережной не обошлось без происшествий.",
        "Строительство школы обошлось без серьёзных задержек, рассказал подрядчик.",
        "Содержание городского парка обходится бюджету в 20 млн рублей в год.",
        "Старый аэровокзал обходится компании в 100 млн рублей в год.",
        "Бюджет области на следующий год составит 90 млрд рублей.",
        "Выручка компании «Северсталь-метиз» в прошлом году составила 12 млрд рублей.",
        "Губернатор заявил, что область намерена и дальше развивать туризм.",
        "Билет на концерт обойдётся зрителям в 3 тысячи рублей.",
    ],
)
def test_no_project_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []
