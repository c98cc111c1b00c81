"""Round 49: projects told in reported speech. An official or a company announces a
project through a speaker ("губернатор сообщил, что в городе появится …", "по словам
министра, …", "«мы сдаём три поликлиники», — пояснил губернатор"); the appearing project
is announced as new there even with no runner named. Also: an institution inspected
("осмотрел медицинское учреждение – отделения, стационар") founds nothing, and a building
"построено 60 лет назад" is history. Negatives: wishes, evaluations, an existing project
praised, a bare appearing with nobody reporting it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, kinds_in


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Глава района сообщил, что в Кимрах появится поликлиника.", "поликлиника"),
        ("Как рассказал губернатор, в Ржеве появится технопарк.", "технопарк"),
        ("По словам министра, в Торжке появится бассейн.", "бассейн"),
        ("Мэр заявил, что в посёлке Мирном появится школа.", "школа"),
        ("«В этом году мы сдаём две поликлиники», — пояснил губернатор.", "поликлиника"),
    ],
)
def test_announced_project_is_read(analyse: Analyse, text: str, kind: str) -> None:
    assert any(kind in found for found in kinds_in(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        # a bare appearing nobody reports: may restate a project told before
        "В Кимрах появится поликлиника.",
        # a wish and an evaluation told by a speaker
        "Губернатор сообщил, что хотел бы, чтобы в Ржеве когда-нибудь появился технопарк.",
        "Министр отметил, что технопарк в Ржеве стал образцом для других городов.",
        # an existing project praised
        "По словам мэра, школа в посёлке Мирном давно стала гордостью района.",
        # an institution inspected, its parts listed
        "Он осмотрел районное медицинское учреждение – терапевтическое отделение, стационар.",
        # a building put up long ago
        "Корпус больницы построен 70 лет назад и требует сноса.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


def test_institution_founded_is_still_read(analyse: Analyse) -> None:
    assert kinds_in(analyse, "Правительство одобрило учреждение фонда поддержки фермеров.") != []
