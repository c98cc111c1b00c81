"""initiative92: general news (culture, business, incidents, crime) opens displays, starts
making a model and starts operations that answer an emergency or a crime; none of these is
a project. A display opened in a museum is an exhibition, an event as "выставка" is; making
a named model, or goods a relative pronoun refers to a model noun for, is a product's
launch; a search, rescue or arrest operation is a response, as a war is. Near misses stay
projects: a museum or a hall opened, making goods of a kind with no model named, a joint
patrol operation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in


@pytest.mark.parametrize(
    "text",
    [
        # displays opened in a museum
        "Новую экспозицию о купцах города откроют в краеведческом музее в пятницу.",
        "В галерее открыли новую постоянную экспозицию, посвящённую юбилею театра.",
        "В субботу в областном музее откроются сразу три новые экспозиции.",
        # a model made in series
        "Серийное производство «Ладога 4» начнётся в октябре, сообщил директор завода.",
        "Вице-премьер запустил в Тольятти серийное производство внедорожников Niva Travel.",
        "В списке новинок, серийное производство которых начнётся весной, значится "
        "кроссовер Tenet T7.",
        # operations answering an emergency or a crime
        "Спасатели приступили к поисковой операции на озере Селигер.",
        "Принято решение о начале поисково-спасательной операции в горах Кавказа.",
        "Полицейские начали операцию по задержанию членов банды в Твери.",
        "В районе обвала началась аварийно-спасательная операция.",
    ],
)  # fmt: skip
def test_displays_models_and_responses_are_no_projects(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("В Калуге открыли новый музей космонавтики.", "музей", Modality.FACT),
        ("В Ростове открыли новый выставочный зал.", "зал", Modality.FACT),
        ("Компания запустила серийное производство электробусов на заводе в Ликино.",
         "производство", Modality.FACT),
        ("Завод откроет производство шин в Воронеже.", "производство", Modality.PLANNED),
        ("Страны начали совместную операцию по патрулированию границы.", "операция",
         Modality.FACT),
        ("Норвегия начнёт патрулирование в Арктике.", "патрулирование", Modality.PLANNED),
    ],
)  # fmt: skip
def test_near_misses_stay_projects(
    analyse: Analyse, text: str, word: str, modality: Modality
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, word, modality), found
