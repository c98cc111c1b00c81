"""Round 43: nouns and works told, not launched (initiative precision on ordinary news).
The running of a body or project told as a topic ("рассказал о работе училища",
"встреча, посвящённая работе больниц") is its ongoing work; the agent of a launching word,
a noun a built thing is put next to, a work naming a body's trade ("трест по ремонту"),
a whole country rebuilt, money, machines bought and works people only ask about (or
launches asked, "?") are no projects. Positives: the
same words launching a project. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in, kinds_in


@pytest.mark.parametrize(
    "text",
    [
        # the running of a body or project told as a topic
        "Анна Петровна Смирнова рассказала о работе отделения дневного пребывания.",
        "После информации о работе заводов ОПК губернатор поблагодарил директоров.",
        "Об этом на брифинге, посвященном работе колледжей «для села», заявил глава Минобра "
        "Иван Петров.",
        "Гостям рассказали о завершающем этапе реализации программы «Чистая река».",
        # the agent of a launching participle, a landmark, a body's trade
        "Половину молока, реализованного заводами района, купили в Москве.",
        "В сараях, построенных впритык к жилым домам, снова шумно.",
        "Среди получивших грамоты – Северный комбинат, Комбинат по благоустройству и "
        "компания «Луч».",
        # a whole country rebuilt
        "Главной заботой властей станет восстановление разоренной страны.",
        # what people only ask about, or a launch asked
        "Жителей интересует, будут ли строить в районе новые школы.",
        "Когда в Заречном построят новую школу?",
        # money put into a work, machines bought
        "Площадь дворов выросла на 5 тысяч метров, а вот денег на их уборку заложили "
        "меньше, чем в прошлом году.",
        "— В районе строили и ремонтировали дороги, детские сады, линии электропередачи, "
        "приобретали технику и укрепляли базу ЖКХ.",
    ],
)
def test_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a launch word above the running keeps the launch
        (
            "Губернатор объявил о начале работы нового перинатального центра в Липецке.",
            "перинатальный центр",
            Modality.FACT,
        ),
        # the same words launching a project
        ("В Рязани построят новую сельскую больницу.", "сельская больница", Modality.PLANNED),
        ("Завод «Искра» построил новый цех по ремонту вагонов.", "цех", Modality.FACT),
        ("К жилым домам на улице Мира проложили новый газопровод.", "газопровод", Modality.FACT),
        ("Компания приступила к восстановлению сгоревшего моста.", "мост", Modality.FACT),
        ("В Заречном построят новую школу.", "школа", Modality.PLANNED),
        # "к" before the work itself, "по" after a project that is no body's name
        (
            "Баржа приступила в понедельник к укладке по дну залива нового газопровода.",
            "укладка",
            Modality.FACT,
        ),
        (
            "Губернатор напомнил депутатам о начатом проекте по внедрению электронных дневников "
            "в школах.",
            "проект по внедрению",
            Modality.FACT,
        ),
        ("Завод заложил на строительство нового цеха 200 млн рублей.", "цех", Modality.FACT),
    ],
)
def test_still_launched(analyse: Analyse, text: str, kind: str, modality: Modality) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, kind, modality), found
