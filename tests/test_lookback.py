"""The one look-back every claim type uses to find the organisation a common noun stands
for (`organisation_meant`), on reports written for these tests."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("text", "noun", "before", "expected"),
    [
        (  # introduced with the noun: beats a name the report repeats more often
            "Компания «Северсталь» подала иск к поставщику. «Северсталь» требует вернуть "
            "аванс. Иск рассмотрит Арбитражный суд Вологодской области. В пресс-службе суда "
            "сказали, что заседание назначено на май.",
            "суд",
            "В пресс-службе суда",
            "Арбитражн",
        ),
        (  # of two banks, the one the report names more often, not the latest
            "Банк «Восход» открыл отделение в Туле. Раньше клиенты «Восхода» ездили в Москву. "
            "Кредиты новым клиентам выдает и банк «Заря». Председатель «Восхода» доволен. "
            "Финансовый директор банка Олег Петров рассказал о планах.",
            "банк",
            "Финансовый директор банка",
            "Восход",
        ),
        (  # a kin noun introduced it
            "Клуб «Ротор» сыграл вничью с «Зенитом». Игроки команды остались недовольны.",
            "команда",
            "Игроки команды",
            "Ротор",
        ),
        (  # a compound ending in the noun introduced it
            "Инвестфонд «Северный капитал» купил долю в компании «Полярный путь». "
            "Фонд основан в 2011 году.",
            "фонд",
            "Фонд основан",
            "Северн",
        ),
        (  # named once each: the one that was its sentence's subject, not the latest
            "Авиакомпания «Северный ветер» заключила договор с лизинговой компанией "
            "«Аэрофинанс». Компании также принадлежит учебный центр для пилотов.",
            "компания",
            "Компании также",
            "Северный",
        ),
        (  # a noun before what it is made of introduced it: "сеть пекарен «X»"
            "Сеть частных стоматологий «Улыбка» подписала договор с банком «Гарант». "
            "Основатель сети Олег Ким рассказал о планах.",
            "сеть",
            "Основатель сети",
            "Улыбка",
        ),
        (  # named in the noun's own sentence: beats a holding the report names more often
            "Холдинг «Уралметалл» владеет тремя заводами. В прошлом году «Уралметалл» "
            "увеличил выпуск стали. Инспекция проверила компанию «Сталь-Профиль», которая "
            "входит в холдинг, а затем предписание получила и сама компания.",
            "компания",
            "сама компания",
            "Сталь-Профиль",
        ),
        (  # named in the sentence before only: the report's most named one, as before
            "Банк «Восход» открыл отделение в Туле. Раньше клиенты «Восхода» ездили в Москву. "
            "Председатель «Восхода» доволен. Кредиты выдает и банк «Заря». "
            "Финансовый директор банка Олег Петров рассказал о планах.",
            "банк",
            "Финансовый директор банка",
            "Восход",
        ),
        (  # an institution whose name holds the noun is an actor named in passing
            "Национальный банк отозвал лицензию у банка «Кедр». Акционерами банка были "
            "два предпринимателя.",
            "банк",
            "Акционерами банка",
            "Кедр",
        ),
    ],
)
def test_the_organisation_a_noun_stands_for(
    analyse: Analyse, text: str, noun: str, before: str, expected: str
) -> None:
    found = meant(analyse(text), noun, before)
    assert found is not None and found.normal.startswith(expected)


def test_with_none_introduced_the_latest_or_none(analyse: Analyse) -> None:
    analysed = analyse(
        "МИД Латвии вызвал посла. Позицию МИД Латвии поддержала Пограничная служба Эстонии. "
        "В пресс-службе ведомства пояснили детали."
    )
    found = meant(analysed, "ведомство", "В пресс-службе ведомства")
    assert found is not None and found.normal.startswith("Пограничн")
    assert meant(analysed, "ведомство", "В пресс-службе ведомства", None) is None
