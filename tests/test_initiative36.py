"""Round 36: breadth of the launching vocabulary by family, not by example. Carrying out and
putting into service in every aspect and nominalisation ("реализуется", "введение в
эксплуатацию", "осуществление", "вложения в"), restoring, replacing, planting and gravel
surfacing as fitting words, fitted things by class (equipment sets of yards, lighting parts,
water fittings, surveillance, paving), facilities by class, grant programmes, bodies founded
("структура", "оператор", "факультет"), going out on a voyage, clearing ponds. The
commonest words stay gated: equipment is fitted only as a yard's or a sports ground's set,
lamps only as parts of lighting, bodies only when founded. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, initiatives_in, kinds_in


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # carrying out and putting into service, in the forms the lists lacked
        ("В области реализуется пилотный проект по раздельному сбору мусора.",
         "пилотный проект по раздельному сбору мусора", Modality.FACT),
        ("Стало известно о введении в эксплуатацию нового детсада.", "детсад", Modality.FACT),
        ("Компания вкладывает в новый терминал 3 млрд рублей.", "терминал", Modality.FACT),
        ("Город финансирует новый стадион.", "стадион", Modality.FACT),
        ("Область будет софинансировать новую поликлинику.", "поликлиника", Modality.PLANNED),
        # restoring builds as repair does
        ("В усадьбе отреставрировали главный дом.", "главный дом", Modality.FACT),
        ("В городе отреставрируют старинную часовню.", "старинная часовня", Modality.PLANNED),
        # fitting words: replacing, planting a place, gravel surfacing
        ("Коммунальщики поменяли трубы в подвалах.", "трубы", Modality.FACT),
        ("Управляющая компания начала менять светильники в подъездах.", "светильники",
         Modality.FACT),
        ("Жители посадили аллею из сорока клёнов.", "аллея", Modality.FACT),
        ("Жители сами отсыпали дорогу к кладбищу.", "дорога", Modality.FACT),
        # fitted things by class
        ("У подъездов установили пандусы.", "пандусы", Modality.FACT),
        ("Рабочие установили водоразборные колонки на трёх улицах.",
         "водоразборные колонки", Modality.FACT),
        ("В сквере уложили новую плитку.", "плитка", Modality.FACT),
        ("Летом обустроят дворы на улице Ленина.", "дворы", Modality.PLANNED),
        ("Во дворе установили детское игровое оборудование.", "детское игровое оборудование",
         Modality.FACT),
        ("В посёлке заменили лампы уличного освещения.", "уличное освещение", Modality.FACT),
        # facilities by class, a pond cleared
        ("В районе открыли дендрарий.", "дендрарий", Modality.FACT),
        ("В городе открылась новая теплоэлектроцентраль.", "теплоэлектроцентраль",
         Modality.FACT),
        ("В районе ведётся расчистка пяти прудов.", "пруды", Modality.FACT),
        # bodies founded
        ("При министерстве будет создана структура для поддержки экспортёров.", "структура",
         Modality.PLANNED),
        ("Правительство решило создать собственного оператора связи.",
         "собственный оператор связи", Modality.PLANNED),
        ("При университете открыли новый факультет.", "факультет", Modality.FACT),
        ("В городе будет открыт опорный пункт полиции.", "опорный пункт полиции",
         Modality.PLANNED),
        # a voyage gone out on, grant programmes funded
        ("Состоялся выход в рейс научной экспедиции института.",
         "рейс научной экспедиции института", Modality.FACT),
        ("Правительство выделило еще 40 мегагрантов.", "мегагрантов", Modality.FACT),
    ],
)
def test_launched_by_a_family_word(
    analyse: Analyse, text: str, kind: str, modality: Modality
) -> None:
    claims = initiatives_in(analyse, text)
    assert [" ".join(c.values("kind")) for c in claims] == [kind]
    assert claims[0].modality == modality


@pytest.mark.parametrize(
    "text",
    [
        # equipment bought, delivered, made or renewed is supply, not a public work
        "На завод поставлено современное технологическое оборудование.",
        "В школе обновили оборудование.",
        "Компания закупила игровое оборудование.",
        "Завод выпускает оборудование для нефтяников.",
        # replacing, planting and surfacing words on what is no fitted thing
        "Тренер заменил игрока во втором тайме.",
        "Компания меняет руководство.",
        "Компания поменяла название.",
        "Министр поменял позицию по вопросу.",
        "Власти посадили его в тюрьму.",
        "Там отсыпали песок.",
        "Сотрудники установили личность преступника.",
        # a yard where something else happens
        "Во дворе дома устроили праздник.",
        "Во дворе нашли брошенную машину.",
        # bodies named, not founded
        "Оператор связи повысил тарифы.",
        "Студенты факультета провели акцию.",
        "Кафедра провела конференцию.",
        "Структура экономики меняется.",
        # going out of or onto what is no voyage
        "Выход из кризиса займёт годы.",
        "Судья вышел в отставку.",
        # carrying out and funding words with no project
        "Реализовались худшие прогнозы.",
        "Он вкладывает душу в работу.",
        "Банк сократил вложения в облигации.",
        # a policy brought in, a grant to people, a restoration told of
        "С 1 июля в центре вводятся платные парковки.",
        "Фонд выделил 2 млн рублей на гранты студентам.",
        "На выставке рассказали о реставрации памятника.",
    ],
)
def test_family_words_stay_silent(analyse: Analyse, text: str) -> None:
    assert kinds_in(analyse, text) == []
