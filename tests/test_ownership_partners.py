"""Co-owners, places, purchases closed and owners stated in the next sentence (round 6;
sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_a_partner_owns_with_the_subject(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Олег Титов вместе с партнером Львом Гусевым владеет кафе «Сирень».")
    assert {("Олег Титов", "Сирень"), ("Лев Гусев", "Сирень")} <= pairs


def test_a_co_founder_named_with_sovmestno(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Инна Белых совместно с Аркадием Фоминым основала рекламное "
                   "агентство «Пульс».")  # fmt: skip
    assert {("Инна Белых", "Пульс"), ("Аркадий Фомин", "Пульс")} <= pairs


def test_a_pronoun_owner_is_the_subject_named_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Основатель сети аптек «Ромашка» Глеб Осипов выкупил долю у "
                   "сестры Веры. Кроме того, ему принадлежат интернет-магазин «Эклер» и "
                   "сервисный центр «Блеск».")  # fmt: skip
    assert {("Глеб Осипов", "Эклер"), ("Глеб Осипов", "Блеск")} <= pairs
    assert not any(owner.startswith("Вер") for owner, _ in pairs)


def test_a_partner_is_not_the_pronoun(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Семен Лаптев переехал в Сочи. Вместе с братом Ильей Лаптевым он "
                   "владеет гостиницей «Прибой».")  # fmt: skip
    assert {("Семен Лаптев", "Прибой"), ("Илья Лаптев", "Прибой")} <= pairs


def test_plural_businessmen_stand_for_the_people_named_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Кафе открыли Марат Ахметов и Денис Ульянов. Кроме того, "
                   "предприниматели владеют пекарней «Сдоба».")  # fmt: skip
    assert {("Марат Ахметов", "Сдоба"), ("Денис Ульянов", "Сдоба")} <= pairs


def test_founders_named_beside_a_person_noun(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Лабораторию «Квант» основали выпускники МГУ Петр Рудин и Олег Шах.")
    assert {("Петр Рудин", "Квант"), ("Олег Шах", "Квант")} <= pairs
    assert not any(owner == "МГУ" for owner, _ in pairs)


def test_a_region_owns_a_stake_of_the_company_named_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Власти Тверской области продадут часть акций завода «Тверьприбор». "
                   "Сейчас регион владеет 60 % акций завода.")  # fmt: skip
    assert ("Тверская область", "Тверьприбор") in pairs


def test_in_the_property_of_the_region(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Курская область продает пакет акций завода. Кроме того, в "
                   "собственности области находится перевозчик «Курскавто».")  # fmt: skip
    assert ("Курская область", "Курскавто") in pairs


def test_its_co_owners_are_those_of_the_company_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Подрядчиком стала фирма «Гранит». Ее совладельцами являются "
                   "Нина Зуева и фонд «Рост».")  # fmt: skip
    assert {("Нина Зуева", "Гранит"), ("Рост", "Гранит")} <= pairs


def test_a_closed_purchase_by_a_company_in_the_instrumental(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Сделка по покупке сети кинотеатров «Экран» компанией «Медиалайн» "
                   "закрыта.")  # fmt: skip
    assert ("Медиалайн", "Экран") in pairs


def test_an_announced_purchase_by_a_company_is_none(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Сделка по покупке сети кинотеатров «Экран» компанией «Медиалайн» "
                   "обсуждается.")  # fmt: skip
    assert not pairs


def test_an_owner_noun_with_a_quoted_name_left_out(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Бизнесмен Юрий Киселев стал владельцем сети химчисток «Свежесть».")
    assert ("Юрий Киселев", "Свежесть") in pairs


def test_a_publisher_owns_the_magazine(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Виктор Лебедь является издателем журнала «Охотник».")
    assert ("Виктор Лебедь", "Охотник") in pairs


def test_a_former_owner_owns_nothing(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Продажу подтвердил бывший владелец ресторана «Уют» Карен Арутюнян.")
    assert not pairs
