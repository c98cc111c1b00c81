"""Projects and documents as 2009-2014 news words them in passing: a launch framed "в
рамках программы" or "в соответствии с соглашением", a centre set up "на базе" a
university, works on something that stands already ("модернизация дороги", "провести
реконструкцию"), money from a regional budget or through "выделить финансирование на", a
side named by its country's adjective, an understanding reached orally, a document
"подписанный ранее", power plants by their abbreviations — and their near misses: works
of a past decade, an offer ("готов открыть"). Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, claims_of, kinds_of, runners_of


def test_a_programme_framing_a_launch_is_not_launched(analyse: Analyse) -> None:
    text = (
        "Губернатор напомнил, что в рамках той же программы после реставрации был введён "
        "в эксплуатацию краеведческий музей в Торжке."
    )
    found = kinds_of(analyse(text))
    assert any("музей" in kind for kind in found)
    assert not any("программ" in kind for kind in found)


def test_a_document_framing_a_launch_runs_nothing(analyse: Analyse) -> None:
    text = (
        "Томский политехнический университет получил грант. Университет в соответствии "
        "с подписанным ранее соглашением с госкорпорацией «Роснано» приступит к реализации "
        "образовательной программы."
    )
    runners = runners_of(analyse(text), "программ")
    assert any("Томский политехнический" in name for name in runners)
    assert not any("Роснано" in name for name in runners)


def test_a_centre_set_up_at_a_university_is_run_by_it(analyse: Analyse) -> None:
    analysed = analyse("Лаборатория будет создана на базе Казанского федерального университета.")
    assert not any("баз" in kind for kind in kinds_of(analysed))
    assert any("Казанский федеральный" in name for name in runners_of(analysed, "лаборатор"))


def test_modernising_a_road_keeps_the_work_in_the_kind(analyse: Analyse) -> None:
    text = (
        "Власти Казахстана и Киргизии договорились о модернизации пограничной автомобильной дороги."
    )
    assert any("модернизац" in kind and "дорог" in kind for kind in kinds_of(analyse(text)))


def test_a_reconstruction_carried_out_is_launched_and_its_object_runs_nothing(
    analyse: Analyse,
) -> None:
    launched = analyse(
        "Компания «Мосводоканал» проведёт реконструкцию очистных сооружений в Люберцах."
    )
    assert any("Мосводоканал" in name for name in runners_of(launched, "реконструкц"))
    theatre = analyse("Мэрия Казани приступила к реконструкции стадиона «Рубин».")
    assert not any("Рубин" in name for name in runners_of(theatre, "реконструкц"))


def test_money_from_a_regional_budget_is_the_regions(analyse: Analyse) -> None:
    text = (
        "Тверская область в этом году получит новые спортивные объекты. Из областного "
        "бюджета выделено 90 млн рублей на строительство бассейна в Кашине."
    )
    assert any("Тверская область" in name for name in runners_of(analyse(text), "бассейн"))


def test_funding_given_for_a_centre_is_the_givers(analyse: Analyse) -> None:
    text = "Фонд «Сколково» выделил финансирование на создание в Казани лаборатории робототехники."
    claims = [
        c
        for c in claims_of(analyse(text), "initiative")
        if "лаборатор" in " ".join(c.values("kind"))
    ]
    assert claims
    assert any("Сколково" in name for name in claims[0].values("organisations"))
    assert "Казань" in claims[0].values("location")


def test_a_side_named_by_its_countrys_adjective(analyse: Analyse) -> None:
    text = (
        "Казахстан и Китай подписали соглашение о транзите газа. Китайская сторона выделит "
        "на реконструкцию пограничного перехода 40 млн долларов."
    )
    assert "Китай" in runners_of(analyse(text), "реконструкц")


def test_works_of_a_past_decade_are_history(analyse: Analyse) -> None:
    assert not kinds_of(analyse("В 1970-х годах завод «Прогресс» построил в Самаре стадион."))
    assert not kinds_of(
        analyse("В 2000-х годах компания «Стройтрансгаз» строила газопроводы в Алжире.")
    )


def test_an_offer_is_no_launch(analyse: Analyse) -> None:
    text = "Компания «Лукойл» готова построить в регионе нефтеперерабатывающий завод, если власти снизят налоги."
    assert not kinds_of(analyse(text))


def test_a_power_plant_named_by_its_abbreviation(analyse: Analyse) -> None:
    text = "Таджикистан и Иран подписали соглашение о строительстве иранской стороной ГЭС «Айни»."
    assert "Иран" in runners_of(analyse(text), "гэс")


def test_sides_reaching_an_understanding_run_what_it_creates(analyse: Analyse) -> None:
    text = (
        "Банк «Восток» и компания «Северсталь» достигли договорённости о создании "
        "совместного лизингового предприятия."
    )
    runners = runners_of(analyse(text), "предприят")
    assert "Северсталь" in runners and "Восток" in runners


def test_an_understanding_reached_is_no_document(analyse: Analyse) -> None:
    assert not claims_of(analyse("Стороны достигли договорённости о снижении пошлин."), "agreement")
    approved = analyse(
        "Соответствующие договорённости одобрены советами директоров обеих компаний."
    )
    assert claims_of(approved, "agreement")


def test_a_document_signed_before_is_a_fact(analyse: Analyse) -> None:
    text = (
        "Компания «Сибур» и банк «Открытие» подписали договор о сотрудничестве. В соответствии "
        "с подписанным ранее соглашением компания «Сибур» поставит оборудование для завода."
    )
    agreements = claims_of(analyse(text), "agreement")
    assert len(agreements) == 2
    assert all(claim.modality == Modality.FACT for claim in agreements)
