"""Round 24: launches that are no project anyone runs: plural things with no count or name
built as a going concern, and a launch told as a need or a supposition. Started, planned
and counted projects stay. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse, kinds_in


def test_plants_built_as_a_trade_are_no_project(analyse: Analyse) -> None:
    assert kinds_in(analyse, "Корейцы строят заводы в Сибири.") == []


def test_an_ongoing_build_of_plural_complexes_is_no_project(analyse: Analyse) -> None:
    assert kinds_in(analyse, "В Омске продолжается возведение жилых комплексов.") == []


def test_one_plant_built_now_stays_a_project(analyse: Analyse) -> None:
    assert kinds_in(analyse, "Корейцы строят завод в Сибири.") == ["завод"]


def test_counted_plants_stay_a_project(analyse: Analyse) -> None:
    assert kinds_in(analyse, "Корейцы строят в Сибири два завода.") == ["завод"]


def test_a_started_plural_work_stays_a_project(analyse: Analyse) -> None:
    assert len(kinds_in(analyse, "Минобороны начинает реконструкцию аэродромов.")) == 1


def test_a_planned_plural_stays_a_project(analyse: Analyse) -> None:
    text = "В Томске планируется создать лаборатории мирового уровня."
    assert len(kinds_in(analyse, text)) == 1


def test_a_needed_reconstruction_is_no_project(analyse: Analyse) -> None:
    text = "По словам министра, необходимо провести реконструкцию трёх аэропортов края."
    assert kinds_in(analyse, text) == []


def test_a_bridge_a_district_must_build_is_no_project(analyse: Analyse) -> None:
    text = "Чтобы разгрузить центр, району нужно построить новый мост через Иртыш."
    assert kinds_in(analyse, text) == []


def test_plural_bodies_being_founded_for_a_task_stay_a_project(analyse: Analyse) -> None:
    text = "В областной полиции создаются подразделения по борьбе с кражами скота."
    assert len(kinds_in(analyse, text)) == 1


def test_plural_works_someone_counts_as_a_success_stay_a_project(analyse: Analyse) -> None:
    text = "Главным итогом года губернатор считает строительство физкультурных комплексов в районах."
    assert len(kinds_in(analyse, text)) == 1


def test_a_named_model_made_in_series_is_no_project(analyse: Analyse) -> None:
    text = "Завод «Верста» 5 мая приступил к серийному производству тракторов Kirovets K-9."
    assert kinds_in(analyse, text) == []


def test_serial_production_of_a_kind_of_goods_stays_a_project(analyse: Analyse) -> None:
    text = "Омская компания «Верста» запустила серийное производство электробусов."
    assert len(kinds_in(analyse, text)) == 1


def test_a_trial_batch_is_no_project(analyse: Analyse) -> None:
    text = "На прошлой неделе началось производство пробных партий кирпича."
    assert kinds_in(analyse, text) == []


def test_an_opened_production_of_goods_stays_a_project(analyse: Analyse) -> None:
    text = "Компания «Верста» открыла в Омске производство шин."
    assert len(kinds_in(analyse, text)) == 1


def test_a_supposed_bridge_is_no_project(analyse: Analyse) -> None:
    text = "В случае строительства моста компания «Верста» потеряет клиентов."
    assert kinds_in(analyse, text) == []


def test_a_bridge_on_condition_is_no_project(analyse: Analyse) -> None:
    text = "При условии строительства моста паромная переправа закроется."
    assert kinds_in(analyse, text) == []


def test_a_planned_plant_stays_a_project(analyse: Analyse) -> None:
    text = "Компания «Верста» построит в Омске новый завод."
    assert kinds_in(analyse, text) == ["завод"]


def test_modernising_enterprises_in_general_is_no_project(analyse: Analyse) -> None:
    text = "Холдинг «Верста» вложит в модернизацию уральских предприятий 3 млрд рублей."
    assert kinds_in(analyse, text) == []


def test_modernising_one_plant_stays_a_project(analyse: Analyse) -> None:
    text = "Холдинг «Верста» вложит в модернизацию Ишимского завода 3 млрд рублей."
    assert len(kinds_in(analyse, text)) == 1


def test_money_for_charity_programmes_in_general_is_no_project(analyse: Analyse) -> None:
    text = "На реализацию благотворительных программ компания «Верста» выделила 40 млн рублей."
    assert kinds_in(analyse, text) == []


def test_money_for_sports_objects_in_general_is_no_project(analyse: Analyse) -> None:
    text = "Власти выделят 20 млн рублей на реконструкцию спортивных объектов."
    assert kinds_in(analyse, text) == []


def test_money_for_one_named_stadium_stays_a_project(analyse: Analyse) -> None:
    text = "Власти выделят 20 млн рублей на реконструкцию стадиона «Звезда»."
    assert len(kinds_in(analyse, text)) == 1


def test_counted_new_programmes_stay_a_project(analyse: Analyse) -> None:
    text = "Университет «Верста» запустит две новые программы обучения."
    assert len(kinds_in(analyse, text)) == 1


def test_tens_of_objects_built_stay_a_project(analyse: Analyse) -> None:
    text = "В рамках программы «Верста» были построены десятки объектов дорожной инфраструктуры."
    assert len(kinds_in(analyse, text)) == 1
