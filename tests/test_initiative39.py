"""Round 39: initiatives in ordinary news. Production in general (a bare "производство"
grown, restored or invested in) and money for developing a sector are no projects; a
research project that wins a contest or receives a funder's grant, a facility counted as
appearing, and an opening told as "Открыт …" are. Negatives: a production founded or
described, a bill or a park supported by people, a prize won, people appearing, a place
open to visitors. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        # production in general: grown, restored, invested in
        "Холдинг намерен инвестировать в производство около 5 миллиардов рублей.",
        "Прибыль выросла за счет восстановления производства после ремонта печи.",
        "Фермер попросил у администрации землю для расширения производства.",
        # money for developing a sector
        "На развитие сельского хозяйства района правительство выделит 300 миллионов рублей.",
    ],
)
def test_no_project_in_general(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a research project wins a contest or receives a funder's support
        (
            "В конкурсе Российского научного фонда победили 6 проектов ученых "
            "политехнического университета.",
            "проекты",
            Modality.FACT,
        ),
        ("Семь проектов молодых ученых института получили гранты фонда.", "проекты", Modality.FACT),
        ("Фондом поддержан проект «Новые сплавы для авиации».", "проект", Modality.FACT),
        (
            "Пять проектов лаборатории получат поддержку по итогам конкурса фонда.",
            "проекты",
            Modality.PLANNED,
        ),
        # a facility counted as appearing
        (
            "На набережной появятся 12 беседок и 2 смотровые площадки.",
            "смотровые площадки",
            Modality.PLANNED,
        ),
        # an opening told as "Открыт …" (the tagger reads the adjective "открытый")
        ("Открыт молодежный центр в селе Ивановка.", "молодежный центр", Modality.FACT),
        (
            "Открыт физкультурно-оздоровительный комплекс «Олимп».",
            "физкультурно-оздоровительный комплекс",
            Modality.FACT,
        ),
    ],
)
def test_launched(analyse: Analyse, text: str, kind: str, modality: Modality) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, modality), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a production founded or described stays a project
        ("Компания откроет производство в Калуге.", "производство"),
        ("Партнеры создадут совместное производство под Тулой.", "совместное производство"),
        # a plant told before, restated as its production (one project after consolidation)
        (
            "Японская компания построит завод в Тверской области. Она вложит в производство "
            "около 10 млрд рублей.",
            "завод",
        ),
        # money for a work is still a funded work
        ("Мэрия выделила 40 млн рублей на ремонт набережной.", "ремонт набережной"),
    ],
)
def test_still_claimed(analyse: Analyse, text: str, kind: str) -> None:
    assert kind in kinds_in(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        # production grown by a firm, no plant named
        "Компания расширит производство, вложив в него 2 млрд рублей.",
        # support by people is approval; a prize won in a drawing contest is no research
        "Проект закона получил поддержку депутатов.",
        "Проект парка получил поддержку жителей на слушаниях.",
        "Пять проектов получили поддержку жителей.",
        "Проект нашей школы победил в районном конкурсе рисунков.",
        "Команда выиграла в конкурсе главный приз.",
        # people appearing, or facilities only counted
        "В очереди появились 20 человек.",
        "На площадке появились два представителя фонда.",
        "В городе 8 спортивных площадок.",
        # open, not opened
        "Вход в музей открыт.",
        "Открытый бассейн работает летом.",
        "Въезд открыт для всех машин.",
        # money for developing a sector
        "Из бюджета выделено 50 млн рублей на развитие малого бизнеса.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
