"""The one look-back every claim type uses to find the organisation a common noun stands
for (`organisation_meant`), on reports written for these tests."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Mention
from concord.extract.lexicons.ru import SENTENCE
from concord.extract.sentence_view import organisation_meant
from tests.conftest import Analyse


def meant(
    analysed: AnalysedDocument, noun: str, before: str, any_named_back: int | None = 6
) -> Mention | None:
    return organisation_meant(
        analysed, noun, analysed.document.text.index(before), {"ORG"}, 6,
        kin_groups=SENTENCE.organisation_kin, any_named_back=any_named_back,
    )  # fmt: skip


def test_the_one_introduced_with_the_noun_beats_one_named_more_often(analyse: Analyse) -> None:
    analysed = analyse(
        "Компания «Северсталь» подала иск к поставщику. «Северсталь» требует вернуть аванс. "
        "Иск рассмотрит Арбитражный суд Вологодской области. В пресс-службе суда сказали, "
        "что заседание назначено на май."
    )
    found = meant(analysed, "суд", "В пресс-службе суда")
    assert found is not None and "суд" in found.text


def test_of_two_banks_the_one_named_more_often(analyse: Analyse) -> None:
    analysed = analyse(
        "Банк «Восход» открыл отделение в Туле. Раньше клиенты «Восхода» ездили в Москву. "
        "Кредиты новым клиентам выдает и банк «Заря». Председатель «Восхода» доволен. "
        "Финансовый директор банка Олег Петров рассказал о планах."
    )
    found = meant(analysed, "банк", "Финансовый директор банка")
    assert found is not None and found.normal.startswith("Восход")


def test_a_kin_noun_and_a_compound_introduce_the_name(analyse: Analyse) -> None:
    club = analyse(
        "Клуб «Ротор» сыграл вничью с «Зенитом». Игроки команды остались недовольны."
    )
    found = meant(club, "команда", "Игроки команды")
    assert found is not None and found.normal.startswith("Ротор")
    fund = analyse(
        "Инвестфонд «Северный капитал» купил долю в компании «Полярный путь». "
        "Фонд основан в 2011 году."
    )
    found = meant(fund, "фонд", "Фонд основан")
    assert found is not None and found.normal.startswith("Северный")


def test_with_none_introduced_the_latest_or_none(analyse: Analyse) -> None:
    analysed = analyse(
        "МИД Латвии вызвал посла. Позицию МИД Латвии поддержала Пограничная служба Эстонии. "
        "В пресс-службе ведомства пояснили детали."
    )
    found = meant(analysed, "ведомство", "В пресс-службе ведомства")
    assert found is not None and found.normal.startswith("Пограничн")
    assert meant(analysed, "ведомство", "В пресс-службе ведомства", None) is None
