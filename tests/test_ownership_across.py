"""Ownership stated across sentences: a pronoun, a common noun or a left-out company stands
for a name given before (sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_a_pronoun_owner_of_a_list(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Инвестор Глеб Рощин живет в Казани. Ему принадлежат пекарня "
                   "«Каравай», строительная фирма «Опора» и журнал «Сад».")  # fmt: skip
    assert {("Глеб Рощин", "Каравай"), ("Глеб Рощин", "Опора"), ("Глеб Рощин", "Сад")} <= pairs


def test_shareholders_of_a_bank_named_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Регулятор проверил банк «Заречный». Акционерами банка являются "
                   "Петр Лузин и компания «Ориент».")  # fmt: skip
    assert ("Петр Лузин", "Заречный") in pairs and ("Ориент", "Заречный") in pairs


def test_a_stake_of_the_company_owned_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Основным акционером «Теплосети» является фонд «Ока». Еще 15 % "
                   "принадлежат банку «Волна».")  # fmt: skip
    assert ("Волна", "Теплосети") in pairs or ("Волна", "Теплосеть") in pairs


def test_the_company_of_a_person_owns_its_stake(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Компания «Орбита» Семена Жукова владеет 30 % акций завода «Вега».")
    assert ("Орбита", "Вега") in pairs
    assert ("Орбита", "Семен Жуков") not in pairs


def test_its_subsidiaries(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "«Аэросибирь» и ее дочерние компании «Тайга» и «Ангара» закупят "
                   "новые самолеты.")  # fmt: skip
    assert {("Аэросибирь", "Тайга"), ("Аэросибирь", "Ангара")} <= pairs


def test_a_purchase_completed(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Холдинг «Нива» завершил покупку молочного завода «Луг».")
    assert ("Нива", "Луг") in pairs


def test_a_surname_in_the_dative_is_put_in_the_nominative(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Принадлежащий Петру Загоруйке холдинг «Терминал» купил порт.")
    assert ("Петр Загоруйка", "Терминал") in pairs
    assert ("Сомов", "Зарница") in ownership_pairs(analyse, "Сомову принадлежит сеть «Зарница».")
