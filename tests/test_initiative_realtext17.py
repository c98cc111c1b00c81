"""Classes found on real news excerpts (round 17): a project restated by a pronoun or
"объект" in the next sentence, the noun the launching word governs as the kind's head
("корпус кардиоцентра"), decisions and "должны" as plans, passives of commissioning, a
new facility received or appearing in a place, and launch words with no project (a
criminal case, a bankruptcy procedure, a video on a stadium). Sentences written for these
tests (new names and wording)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, claims_of, kinds_and_modalities_in, kinds_of


def test_a_pronoun_in_the_next_sentence_carries_the_project(analyse: Analyse) -> None:
    text = "В Калуге строится новый онкологический диспансер. Его планируется сдать через год."
    found = kinds_and_modalities_in(analyse, text)
    assert ("онкологический диспансер", Modality.PLANNED) in found
    assert len(found) == 2


def test_objekt_in_the_next_sentence_carries_the_project(analyse: Analyse) -> None:
    text = "В Твери начали возводить ледовую арену. Объект должны ввести в строй к зиме."
    found = kinds_and_modalities_in(analyse, text)
    assert found.count(("ледовая арена", Modality.PLANNED)) == 1


def test_a_pronoun_under_a_decision_carries_the_project_as_planned(analyse: Analyse) -> None:
    text = "В Саранске заложили родильный дом. Решение о его строительстве приняли давно."
    assert ("родильный дом", Modality.PLANNED) in kinds_and_modalities_in(analyse, text)


def test_a_pronoun_as_the_time_of_something_else_is_no_launch(analyse: Analyse) -> None:
    text = (
        "Рядом с заводом компания «Бета» уже возводит предприятие по выпуску шин. "
        "После его ввода в строй там будут работать 500 человек."
    )
    assert len(kinds_and_modalities_in(analyse, text)) == 1


def test_a_pronoun_does_not_reach_a_noun_after_a_preposition(analyse: Analyse) -> None:
    text = "Крупнейшим остаётся склад у аэропорта Пулково. Его возведение фирма «Норд» начала."
    assert not any("аэропорт" in kind for kind in kinds_of(analyse(text)))


def test_the_governed_noun_heads_the_kind(analyse: Analyse) -> None:
    assert kinds_of(analyse("Губернатор открыл новый корпус кардиоцентра в Омске.")) == [
        "корпус кардиоцентра"
    ]
    text = "Власти края завершили строительство корпуса больницы в Чите."
    assert kinds_of(analyse(text)) == ["корпус больницы"]
    text = "В Казани заработала система городского велопроката."
    assert kinds_of(analyse(text)) == ["система городского велопроката"]


def test_a_foundation_stone_still_frames_its_project(analyse: Analyse) -> None:
    text = "«Сибтелеком» заложил в Томске первый камень нового дата-центра."
    assert any("дата-центр" in kind for kind in kinds_of(analyse(text)))


def test_launch_words_with_no_project(analyse: Analyse) -> None:
    assert not kinds_of(analyse("Суд запустил процедуру банкротства завода «Металлист»."))
    assert not kinds_of(analyse("Прокуратура открыла уголовное дело против директора фабрики."))
    assert not kinds_of(analyse("По стадиону запустили ролик с фразами комментатора."))
    assert not kinds_of(analyse("Мэр открыл фестиваль народной музыки в Костроме."))


def test_a_decision_to_build_is_a_plan(analyse: Analyse) -> None:
    text = "Правительство области приняло решение о строительстве аквапарка в Кирове."
    assert ("аквапарк", Modality.PLANNED) in kinds_and_modalities_in(analyse, text)


def test_must_finish_building_is_a_plan(analyse: Analyse) -> None:
    text = "Теперь детскую больницу должны достроить к концу года."
    assert ("детская больница", Modality.PLANNED) in kinds_and_modalities_in(analyse, text)


def test_passive_commissioning_is_a_plan(analyse: Analyse) -> None:
    text = "Новый мост через реку Кама будет введен в эксплуатацию осенью."
    assert ("мост", Modality.PLANNED) in kinds_and_modalities_in(analyse, text)


def test_a_place_receiving_a_new_facility(analyse: Analyse) -> None:
    assert ("сквер", Modality.PLANNED) in kinds_and_modalities_in(
        analyse, "Город получит новый сквер."
    )
    assert not kinds_of(analyse("Игорь Петров получил новый автомобиль."))
    assert not kinds_of(analyse("Компания получила новый заказ."))


def test_a_new_facility_will_appear_in_a_place(analyse: Analyse) -> None:
    text = "В будущем году в посёлке появится современная амбулатория."
    assert any("амбулатория" in kind for kind in kinds_of(analyse(text)))
    assert not kinds_of(analyse("В Омске появился новый вирус гриппа."))


def test_the_place_the_projects_verb_names(analyse: Analyse) -> None:
    text = "Фабрика компании «Мебельстрой» откроется в Пензе."
    claims = claims_of(analyse(text), "initiative")
    assert [claim.values("location") for claim in claims] == [["Пенза"]]


def test_a_new_train_service(analyse: Analyse) -> None:
    text = "Компания «Севтранс» запустила скоростной поезд между Вологдой и Череповцом."
    assert kinds_of(analyse(text)) == ["скоростной поезд"]
