"""Round 27: how projects appear in everyday news. An institution moving itself or its seat
("суд переедет в Петербург", "перенесёт производство в Тверь", "решение о переезде"), an
office placed in a city, a plan told in an infinitive the parser hangs on a later clause,
works of improvement ("благоустроить парки"). Asking for a project still launches none,
a landmark named to place another project is no project, and a counted plural restates
no single project told before. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from concord.document import Document
from concord.pipeline import Pipeline
from tests.conftest import Analyse, claims_of, initiatives_in, kinds_in


def test_institution_moving_itself_is_a_planned_relocation(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Верховный суд переедет в Санкт-Петербург в следующем году.")
    assert len(claims) == 1
    assert claims[0].values("organisations") == ["Верховный суд"]
    assert claims[0].values("location") == ["Санкт-Петербург"]
    assert claims[0].modality == Modality.PLANNED


def test_seat_carried_elsewhere_is_a_relocation(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Компания «Вектор» перенесёт производство из Москвы в Тверь.")
    assert [c.values("kind") for c in claims] == [["производство"]]
    assert claims[0].values("organisations") == ["Вектор"]


def test_moving_noun_decided_is_planned(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse,
        "Совет директоров принял решение о переезде компании «Вектор» из Москвы в Тверь.",
    )
    assert len(claims) == 1
    assert claims[0].values("kind")[0].startswith("переезд")
    assert claims[0].modality == Modality.PLANNED


def test_capital_moved_is_planned(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Правительство решило перевести столицу в Астану.")
    assert [c.values("kind") for c in claims] == [["столица"]]
    assert claims[0].modality == Modality.PLANNED


def test_english_institution_moving(pipeline: Pipeline) -> None:
    analysed = pipeline.analyse(
        Document(text="The Supreme Court will move to St Petersburg next year.", language="en")
    )
    claims = claims_of(analysed, "initiative")
    assert [c.values("kind") for c in claims] == [["relocation"]]
    assert claims[0].modality == Modality.PLANNED


def test_moves_of_no_institution_or_seat_stay_silent(analyse: Analyse) -> None:
    for text in (
        "Заседание перенесли на вторник.",
        "Сотрудников перевели на удалённую работу.",
        "Иван Петров переехал в Москву в 2010 году.",
        "Компания перевела деньги в банк.",
        "Концерт перенесли из Москвы в Петербург.",
        "Депутаты обсуждают переезд суда в Петербург.",
        "До переезда суда в Петербург дела рассматривали в Москве.",
    ):
        assert kinds_in(analyse, text) == [], text


def test_english_moves_of_no_institution_stay_silent(pipeline: Pipeline) -> None:
    for text in ("The meeting was moved to Tuesday.", "John Smith moved to London in 2010."):
        analysed = pipeline.analyse(Document(text=text, language="en"))
        assert claims_of(analysed, "initiative") == [], text


def test_office_placed_in_a_city_is_opened(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse, "Компания «Вектор» разместила постоянное представительство в Минске."
    )
    assert [c.values("kind") for c in claims] == [["постоянное представительство"]]
    assert claims[0].values("organisations") == ["Вектор"]
    assert kinds_in(analyse, "Компания «Вектор» разместила облигации на бирже.") == []


def test_plan_with_a_request_told_after_a_dash_is_claimed(analyse: Analyse) -> None:
    claims = initiatives_in(
        analyse,
        "Планируется через механизм концессии создать реабилитационный центр на 200 мест – "
        "здесь губернатор попросил у министра поддержки.",
    )
    assert [c.values("kind") for c in claims] == [["реабилитационный центр"]]
    assert claims[0].modality == Modality.PLANNED


def test_project_asked_for_is_no_claim(analyse: Analyse) -> None:
    for text in (
        "Губернатор обратился к министру с просьбой поддержать строительство больницы в Твери.",
        "Жители попросили мэрию построить в посёлке новую школу.",
    ):
        assert kinds_in(analyse, text) == [], text


def test_infinitive_done_by_success_verb_stays_fact(analyse: Analyse) -> None:
    for text in (
        "Компании «Вектор» удалось открыть завод в Твери.",
        "В Екатеринбурге начали строить ледовую арену на 10 тысяч зрителей.",
    ):
        assert [c.modality for c in initiatives_in(analyse, text)] == [Modality.FACT], text


def test_landmark_placing_a_project_is_no_project(analyse: Analyse) -> None:
    assert kinds_in(analyse, "Парк возле ледовой арены будет открыт осенью.") == ["парк"]


def test_improvement_of_parks_is_planned_work(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "В городе планируется благоустроить восемь парков.")
    assert len(claims) == 1
    assert claims[0].modality == Modality.PLANNED
    assert kinds_in(
        analyse, "Месячник по благоустройству, объявленный в регионе, обсудили на заседании."
    ) == []


def test_counted_plural_restates_no_single_project(analyse: Analyse) -> None:
    text = (
        "В городе до конца года заработает новый зоопарк. "
        "Кроме того, планируется благоустроить восемь парков."
    )
    assert len(kinds_in(analyse, text)) == 2


def test_plurals_going_on_in_general_are_no_projects(analyse: Analyse) -> None:
    for text in (
        "– В Самаре строятся новые кварталы, появляются новые школы и детские сады, – сказал мэр.",
        "В районе появляются новые магазины.",
    ):
        assert kinds_in(analyse, text) == [], text
    assert kinds_in(analyse, "В Самаре появятся новые школы.") == ["школы"]


def test_works_named_as_a_field_are_no_projects(analyse: Analyse) -> None:
    text = (
        "Губернатор рассказал о достижениях в области ремонта дорог, возведения новых "
        "школ, модернизации медицинских учреждений."
    )
    assert kinds_in(analyse, text) == []
    assert kinds_in(analyse, "Строительство школы в Самарской области начнётся весной.") == [
        "школа"
    ]


def test_works_carried_out_told_in_the_passive(analyse: Analyse) -> None:
    text = "Летом был проведен капитальный ремонт в четырех школах."
    claims = initiatives_in(analyse, text)
    assert len(claims) == 1
    assert "ремонт" in claims[0].values("kind")[0]
    assert claims[0].modality == Modality.FACT


def test_plural_works_listed_with_no_verb_are_topics(analyse: Analyse) -> None:
    text = "Главные задачи на пятилетку – строительство и ремонт дорог и мостов, модернизация больниц."
    assert kinds_in(analyse, text) == []
    assert kinds_in(analyse, "Ремонт дорог в Самаре начнётся в мае.") == ["ремонт дорог"]


def test_project_told_before_the_plan_to_open_it(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Новый бассейн в Самаре планируют открыть к лету.")
    assert [c.values("kind") for c in claims] == [["бассейн"]]
    assert claims[0].values("organisations") == []
    assert claims[0].modality == Modality.PLANNED
    assert kinds_in(analyse, "Завод планирует открыть новый цех в Самаре.") == ["цех"]


def test_launching_noun_opening_the_sentence_read_as_a_name(analyse: Analyse) -> None:
    claims = initiatives_in(analyse, "Открытие бассейна в Самаре запланировано на лето.")
    assert [c.values("kind") for c in claims] == [["бассейн"]]
    assert claims[0].modality == Modality.PLANNED
