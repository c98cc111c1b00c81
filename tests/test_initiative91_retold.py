"""initiative91: a sentence that says it tells a project again ("Напомним, …", "Как
сообщалось, …", "ещё раз пообещали") restates the project of the same noun told before,
in the same state and at no other place, though it now describes it otherwise or names
another teller as its subject: one project, one claim. Look-alikes stay two claims: a
project in another state or at another place, "второй", a ranked one ("первым …"), and a
return with no marker that describes the project otherwise, an outlet told as the source
("Как сообщает агентство, …"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        "Немецкая компания Кнауф построит завод на 12 гектарах земли в индустриальном парке. "
        "Напомним, компания построит завод по выпуску гипсовых смесей.",
        "Глава района Петров пообещал построить в селе Луговом школу на 400 мест. "
        "Власти ещё раз пообещали построить современную школу.",
        "Холдинг «Северный берег» откроет в Мурманске рыбный терминал на 200 тонн. "
        "Как сообщалось, холдинг откроет терминал для приёма трески.",
        "Мэр Сергей Орлов заявил, что в городе построят крытый каток. "
        "Напомним: в городе построят каток с трибунами на тысячу зрителей.",
    ],
)  # fmt: skip
def test_marked_return_is_the_project_told_before(analyse: Analyse, text: str) -> None:
    assert len(kinds_in(analyse, text)) == 1, kinds_in(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        # another state: a plan, then a plant opened before
        "Компания Кнауф построит завод по выпуску гипсовых смесей в Калуге. "
        "Напомним, в прошлом году компания открыла завод по выпуску плитки.",
        # another place
        "Холдинг откроет рыбный терминал в Мурманске. "
        "Напомним, холдинг также откроет рыбный терминал в Архангельске.",
        # a second one
        "Компания построит завод по выпуску гипсовых смесей в Калуге. "
        "Напомним, компания построит и второй завод.",
        # no marker: described otherwise, another one
        "Немецкая компания Кнауф построит завод на 12 гектарах земли в индустриальном парке. "
        "Компания построит завод по выпуску гипсовых смесей.",
        # an outlet told as the source, not a retelling
        "Немецкая компания Кнауф построит завод на 12 гектарах земли в индустриальном парке. "
        "Как сообщает агентство, компания построит завод по выпуску гипсовых смесей.",
        # the marker is someone's verb, not the writer's remark
        "Немецкая компания Кнауф построит завод на 12 гектарах земли в индустриальном парке. "
        "Губернатор напомнил, что компания построит завод по выпуску гипсовых смесей.",
    ],
)  # fmt: skip
def test_other_projects_stay_their_own(analyse: Analyse, text: str) -> None:
    assert len(kinds_in(analyse, text)) == 2, kinds_in(analyse, text)
