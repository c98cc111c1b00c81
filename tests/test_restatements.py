"""A project told over several sentences is one claim: the first report is its evidence,
later sentences add the roles it lacked (a later stage — completion, handover — is a claim of
its own). Other projects of the same kind, and projects
listed side by side, stay apart. Sentences written for these tests."""

from __future__ import annotations

from concord.claim import Claim, Modality
from tests.conftest import Analyse, claims_of


def _initiatives(analyse: Analyse, text: str) -> list[Claim]:
    return claims_of(analyse(text), "initiative")


def _evidence(analyse: Analyse, text: str) -> list[str]:
    analysed = analyse(text)
    return [
        analysed.document.text[c.evidence.start : c.evidence.end]
        for c in claims_of(analysed, "initiative")
    ]


def test_a_later_sentence_on_the_same_plant_adds_its_start(analyse: Analyse) -> None:
    text = (
        "Компания «Северный ветер» построит в Твери завод по выпуску турбин. "
        "Строительство завода начнётся в марте 2015 года."
    )
    claims = _initiatives(analyse, text)
    assert len(claims) == 1
    assert claims[0].values("organisations") == ["Северный ветер"]
    assert claims[0].values("starts_on") == ["2015-03"]
    assert _evidence(analyse, text)[0].startswith("Компания «Северный ветер» построит")


def test_a_stage_told_by_a_word_pointing_back_is_a_claim_of_the_same_project(
    analyse: Analyse,
) -> None:
    """A handover date is a stage of its own (gold.md keeps a later stage as its own claim,
    initiative109); it names the project told before and who runs it, so consolidation files
    both claims under one fact."""
    text = "Мэрия Омска построит новый бассейн. Объект планируется сдать в 2016 году."
    claims = _initiatives(analyse, text)
    assert [" ".join(c.values("kind")) for c in claims] == ["бассейн", "бассейн"]
    assert claims[1].values("starts_on") == ["2016"]
    assert claims[1].modality == Modality.PLANNED
    assert set(claims[1].values("organisations")) == set(claims[0].values("organisations"))


def test_a_headline_is_the_first_report(analyse: Analyse) -> None:
    text = (
        "Во Пскове открылась новая школа\n"
        "Вчера во Пскове открылась школа на 800 мест. Её строили два года."
    )
    claims = _initiatives(analyse, text)
    assert _evidence(analyse, text) == ["Во Пскове открылась новая школа"]
    assert claims[0].values("figures") == ["800 мест"]  # the body adds what it lacked


def test_a_plant_described_otherwise_is_another_plant(analyse: Analyse) -> None:
    text = (
        "Холдинг «Альфа-Строй» построит в Рязани цементный завод. "
        "Кроме того, холдинг планирует строительство завода по производству плит."
    )
    assert len(_initiatives(analyse, text)) == 2


def test_a_plan_after_a_launch_is_another_project(analyse: Analyse) -> None:
    text = (
        "Компания «Вектор» открыла завод. "
        "В следующем году компания «Вектор» построит ещё один завод."
    )
    claims = _initiatives(analyse, text)
    assert [c.modality for c in claims] == [Modality.FACT, Modality.PLANNED]


def test_plants_in_two_places_are_two_projects(analyse: Analyse) -> None:
    text = (
        "Компания «Кедр» построит хлебозавод в Калуге. "
        "Кроме того, компания «Кедр» построит хлебозавод в Брянске."
    )
    assert len(_initiatives(analyse, text)) == 2


def test_a_second_plant_is_not_the_first(analyse: Analyse) -> None:
    text = (
        "Компания «Кедр» построит хлебозавод. "
        "Через год компания «Кедр» построит второй хлебозавод."
    )
    assert len(_initiatives(analyse, text)) == 2


def test_a_project_framing_a_fund_is_the_fund(analyse: Analyse) -> None:
    text = "Наблюдательный совет корпорации «Техинвест» утвердил проект создания венчурного фонда."
    assert [" ".join(c.values("kind")) for c in _initiatives(analyse, text)] == [
        "венчурный фонд"
    ]


def test_an_english_report_restates_its_plant(analyse: Analyse) -> None:
    text = (
        "Siemens will build a turbine plant in Hull. "
        "Construction of the plant will start in March 2015. "
        "Siemens will also build a second plant."
    )
    claims = _initiatives(analyse, text)
    assert [" ".join(c.values("kind")) for c in claims] == ["turbine plant", "second plant"]
    assert claims[0].values("starts_on") == ["2015-03"]
