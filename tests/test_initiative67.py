"""initiative67: project nouns no list holds. A compound the dictionary lacks is read
through the word after its prefix ("агропарк" is a "парк", "логопарк" too), and a thing
opened or launched new is a facility built as a whole ("запустили новый прокатный стан").
Negatives stay silent: a company's fleet ("автопарк", a dictionary word of its own), a
person's title abbreviation, things discovered, products, seasons, tariffs and jobs.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Холдинг откроет агропарк весной.", "агропарк", Modality.PLANNED),
        ("Аграрии открыли энергопарк.", "энергопарк", Modality.FACT),
        ("Под Екатеринбургом создадут логопарк площадью 40 гектаров.",
         "логопарк", Modality.PLANNED),
        ("Металлурги Выксы запустили новый прокатный стан.", "стан", Modality.FACT),
        ("В сквере у реки созданы новые зоны отдыха.", "зоны", Modality.FACT),
        ("Комбинат запустит новую сушильную камеру в будущем году.", "камера", Modality.PLANNED),
    ],
)  # fmt: skip
def test_unlisted_project_noun(
    analyse: Analyse, text: str, word: str, modality: Modality
) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert any(word in kind and found_modality == modality for kind, found_modality in found)


@pytest.mark.parametrize(
    "text",
    [
        "Перевозчик обновил автопарк: купил сорок новых автобусов.",
        "Строительная компания пополнила автопарк двадцатью новыми самосвалами.",
        "Новый врио губернатора открыл совещание с главами районов.",
        "Новый и.о. главы района приступил к работе в понедельник.",
        "Учёные открыли новый вид жуков в горах Алтая.",
        "Производитель запустил новый продукт для фермеров.",
        "Оператор связи запустил новый тариф для пенсионеров.",
        "Команда открыла новый сезон победой над соперником.",
        "На предприятии создали новые рабочие места для выпускников.",
    ],
)
def test_no_project_stays_silent(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []
