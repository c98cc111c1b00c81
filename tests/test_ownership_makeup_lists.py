"""A group's make-up listed after its verb however the parser hangs the items (round 17):
adjectives sharing one noun, Latin names with the country in brackets, quoted names with a
gloss in brackets; and "владеет и управляет X" (sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_a_make_up_with_shared_noun_adjectives_and_latin_names(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Компания «Сибирский прокат» является одним из крупнейших "
                   "производителей труб. В группу «Сибирский прокат» входят Курганский, Омский "
                   "и Тобольский трубные заводы, заводы Tubi Moderni (Италия) и Rurka Steel "
                   "(Польша), сервисная компания Pipeline Service (Канада).")  # fmt: skip
    owned = {owned for owner, owned in pairs if owner == "Сибирский прокат"}
    assert {"Курганский", "Омский", "Тобольский", "Tubi Moderni", "Rurka Steel"} <= owned
    assert not owned & {"Италия", "Польша", "Канада"}


def test_a_make_up_with_bracketed_glosses(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "ОАО «Приморская логистика» входит в число крупнейших "
                   "операторов. В состав холдинга входят «Транзит-Терминал» (контейнерные "
                   "перевозки), «Лесфрахт» (экспорт леса) и «Северный причал» (стивидорные "
                   "услуги).")  # fmt: skip
    assert {("Приморская логистика", name) for name in
            ("Транзит-Терминал", "Лесфрахт", "Северный причал")} <= pairs  # fmt: skip


def test_a_make_up_list_stops_at_a_partner_and_a_speech_verb(analyse: Analyse) -> None:
    deal = ownership_pairs(analyse, "В группу «Ростра» вошла компания «Бриз» по итогам сделки "
                   "с банком «Заря».")  # fmt: skip
    assert deal == {("Ростра", "Бриз")}
    said = ownership_pairs(analyse, "В состав холдинга «Медиапоток» входят радиостанции «Волна» "
                   "и «Прибой», сообщил генеральный директор «Интерновостей» Олег "
                   "Тарасов.")  # fmt: skip
    assert said == {("Медиапоток", "Волна"), ("Медиапоток", "Прибой")}


def test_places_in_a_make_up_are_no_members(analyse: Analyse) -> None:
    assert not ownership_pairs(analyse, "В группу «Ростра» входят более двадцати предприятий в "
                               "России, Италии и Чехии.")  # fmt: skip


def test_owns_and_runs_shares_its_object(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Холдинг «Амурские перевозки» владеет и управляет "
                   "терминалом «Ванино».")  # fmt: skip
    assert ("Амурские перевозки", "Ванино") in pairs


def test_bought_and_resold_is_not_held(analyse: Analyse) -> None:
    assert not ownership_pairs(analyse, "Банк «Восток» купил и перепродал компанию «Бета».")
