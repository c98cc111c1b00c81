"""Round 59: past holdings told as such ("ОАО «X» входило в состав Y", "«X», ещё недавно
входившая в Y", "A вышел из состава акционеров X", "A владел клубом X, но был вынужден
продать его") are held once, not now. The sentences are my own; the near misses tell a
membership that holds ("входит", "вошло"), a shareholder who joined, and a past owning
verb with no sale, which may still hold."""

from __future__ import annotations

from tests.conftest import Analyse, former_pair_stems, held_pair_stems


def test_a_past_imperfective_membership_ended(analyse: Analyse) -> None:
    text = "Завод «Кедр» входил в состав холдинга «Полюс»."
    assert ("Полю", "Кедр") not in held_pair_stems(analyse(text))
    assert ("Полю", "Кедр") in former_pair_stems(analyse(text))


def test_a_past_participle_of_membership_ended(analyse: Analyse) -> None:
    text = (
        "Радиостанция «Волна», ещё недавно входившая в холдинг «Горизонт Медиа», сменила "
        "владельца."
    )
    assert ("Гори", "Волн") not in held_pair_stems(analyse(text))
    assert ("Гори", "Волн") in former_pair_stems(analyse(text))


def test_a_present_membership_holds(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Завод «Кедр» входит в состав холдинга «Полюс»."))
    assert ("Полю", "Кедр") in pairs


def test_a_membership_begun_holds(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("В холдинг «Горизонт Медиа» вошла радиостанция «Волна»."))
    assert ("Гори", "Волн") in pairs


def test_a_shareholder_who_left_holds_no_longer(analyse: Analyse) -> None:
    text = "Банк «Северный» вышел из состава акционеров телекомпании «Восток-ТВ»."
    assert ("Севе", "Вост") not in held_pair_stems(analyse(text))


def test_a_shareholder_who_joined_holds(analyse: Analyse) -> None:
    text = "Банк «Северный» вошёл в состав акционеров телекомпании «Восток-ТВ»."
    assert ("Севе", "Вост") in held_pair_stems(analyse(text))


def test_an_owner_who_sold_what_he_owned(analyse: Analyse) -> None:
    text = (
        "Из-за долгов Игорь Сомов был вынужден продать хоккейный клуб «Сокол», которым "
        "владел с 2010 года."
    )
    assert ("Игор", "Соко") not in held_pair_stems(analyse(text))


def test_an_owner_joined_to_his_sale(analyse: Analyse) -> None:
    text = (
        "Игорь Сомов, который владел клубом «Сокол» с 2010 года, но был вынужден продать "
        "его, поздравил новых хозяев."
    )
    assert ("Игор", "Соко") not in held_pair_stems(analyse(text))


def test_a_sale_made_under_compulsion(analyse: Analyse) -> None:
    text = "Из-за санкций Олег Рябов был вынужден продать футбольный клуб «Заря»."
    assert ("Олег", "Заря") not in held_pair_stems(analyse(text))


def test_a_sale_to_come_leaves_the_seller_holding(analyse: Analyse) -> None:
    text = "Олег Рябов может продать футбольный клуб «Заря»."
    assert ("Олег", "Заря") in held_pair_stems(analyse(text))


def test_a_part_sold_leaves_the_rest_held(analyse: Analyse) -> None:
    text = (
        "Павел Гусев владел 51 % «Меридиана» до марта, когда доля в 2 % была продана "
        "компании «Вега»."
    )
    assert ("Паве", "Мери") in held_pair_stems(analyse(text))
