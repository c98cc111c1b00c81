"""Projects and documents stated across sentences, as multi-paragraph reports word them:
a document referred to as "документ", signed by common nouns ("банки", "фонд") or restated
with its terms later; a project a signed document provides for, built with partners or on
a funder's money, restated under its own or a plainer noun, run by "партнеры"; and denied
projects and a project's own name, which run nothing — on sentences written for these
tests."""

from __future__ import annotations

from concord.claim import Modality
from concord.document import Document
from concord.extract.sentence_view import organisation_meant
from concord.pipeline import Pipeline
from tests.conftest import Analyse, claims_of


def test_a_document_signed_by_reference_is_the_one_named_before(analyse: Analyse) -> None:
    # agreement32: the bare "Документ" folds into the memorandum: one claim, its signers
    (first,) = claims_of(
        analyse(
            "Во Владивостоке подписан меморандум о морских перевозках. "
            "Документ подписали мэр Константин Шестаков и консул Ли Мин."
        ),
        "agreement",
    )
    assert first.values("kind") == ["меморандум"]
    # the first sentence's memorandum takes the signers the next one names
    assert first.values("signatories") == ["Константин Шестаков", "Ли Мин"]


def test_a_bare_document_word_is_no_agreement(analyse: Analyse) -> None:
    assert not claims_of(
        analyse("Документ подписали мэр Константин Шестаков и Ли Мин."), "agreement"
    )


def test_common_nouns_sign_for_the_organisations_named_before(analyse: Analyse) -> None:
    claims = claims_of(
        analyse(
            "ВТБ и Газпромбанк объявили о совместной работе. "
            "Банки заключили договор о выпуске общих карт."
        ),
        "agreement",
    )
    assert [claim.values("parties") for claim in claims] == [["ВТБ", "Газпромбанк"]]


def test_a_singular_noun_signs_for_the_one_it_introduced(analyse: Analyse) -> None:
    (agreement,) = claims_of(
        analyse(
            "Парк отремонтировали на деньги фонда «Зеленый край». Работы шли два года. "
            "Жители довольны. Скамейки покрасили заново. Летом откроют кафе. "
            "Фонд подписал соглашение о содержании парка."
        ),
        "agreement",
    )
    assert agreement.values("parties") == ["Зеленый край"]


def test_a_document_restated_later_keeps_its_parties(analyse: Analyse) -> None:
    claims = claims_of(
        analyse(
            "Казахстан и Киргизия подписали соглашение о водных ресурсах. "
            "Соглашение определяет объемы воды для полива."
        ),
        "agreement",
    )
    assert [claim.values("parties") for claim in claims] == [["Казахстан", "Киргизия"]] * 2


def test_a_project_a_document_provides_for_is_planned_and_run_by_its_signers(
    analyse: Analyse,
) -> None:
    (data_centre,) = claims_of(
        analyse("«Ростелеком» заключил с «Мостотрестом» договор на строительство дата-центра."),
        "initiative",
    )
    assert data_centre.modality == Modality.PLANNED
    assert set(data_centre.values("organisations")) == {"Ростелеком", "Мостотрест"}


def test_partners_and_funders_run_the_project(analyse: Analyse) -> None:
    (service,) = claims_of(
        analyse("Сервис оплаты проезда создан вместе с «Мосметро»."), "initiative"
    )
    assert service.values("organisations") == ["Мосметро"]
    claims = claims_of(
        analyse("В Самаре открылся новый музей. Его построили на средства компании «Прогресс»."),
        "initiative",
    )
    assert claims[-1].values("organisations") == ["Прогресс"]


def test_a_restated_project_keeps_its_runners(analyse: Analyse) -> None:
    claims = claims_of(
        analyse(
            "Компания «Акрон» построит завод удобрений в Новгороде. "
            "Строительство предприятия начнется в мае."
        ),
        "initiative",
    )
    assert all(claim.values("organisations") == ["Акрон"] for claim in claims)
    # round 22: the bare "предприятие" restates the plant, folded into its first report
    assert len(claims) == 1
    assert claims[0].values("starts_on")  # the restatement adds its start


def test_partners_stand_for_all_the_organisations_named_before(analyse: Analyse) -> None:
    claims = claims_of(
        analyse(
            "МГУ и «Яндекс» объявили о сотрудничестве. "
            "Партнеры откроют в Москве школу анализа данных."
        ),
        "initiative",
    )
    assert set(claims[-1].values("organisations")) == {"МГУ", "Яндекс"}


def test_a_denied_project_is_not_reported(analyse: Analyse) -> None:
    assert not claims_of(
        analyse("Сообщения о строительстве нового терминала «Аэрофлота» не подтвердились."),
        "initiative",
    )


def test_a_projects_own_name_does_not_run_it(analyse: Analyse) -> None:
    claims = claims_of(
        analyse("Правительство утвердило строительство газопровода «Сила Востока»."),
        "initiative",
    )
    assert claims and all("Сила Востока" not in c.values("organisations") for c in claims)


def test_a_place_under_a_city_and_a_kindergarten(analyse: Analyse) -> None:
    (centre,) = claims_of(analyse("Под Казанью построят логистический центр."), "initiative")
    assert centre.values("location") == ["Казань"]
    (kindergarten,) = claims_of(analyse("В Твери открылся детский сад."), "initiative")
    assert kindergarten.values("kind") == ["детский сад"]


def test_a_mention_introduced_by_a_common_noun() -> None:
    analysed = Pipeline().analyse(
        Document(text="Кредит выдал банк «Открытие». Банк доволен.", published="2026-02-27")
    )
    found = organisation_meant(
        analysed, "банк", analysed.document.text.index("Банк доволен"), {"ORG"}, 3
    )
    assert found is not None and found.normal == "Открытие"


def test_talk_of_a_launch_is_no_project(analyse: Analyse) -> None:
    assert not claims_of(
        analyse("На встрече поднимался вопрос о строительстве моста через Лену."), "initiative"
    )
    assert not claims_of(
        analyse("Компании ведут переговоры о создании совместного завода в Липецке."),
        "initiative",
    )


def test_a_project_noun_where_another_opens_is_not_launched(analyse: Analyse) -> None:
    (shop,) = claims_of(analyse("В аэропорту Пулково открылся книжный магазин."), "initiative")
    assert shop.values("kind") == ["книжный магазин"]
    assert shop.values("location") == ["Пулково"]


def test_who_announces_a_launch_runs_it(analyse: Analyse) -> None:
    claims = claims_of(
        analyse(
            "Белоруссия и Китай обсудили торговлю. "
            "Стороны объявили о начале строительства индустриального парка."
        ),
        "initiative",
    )
    assert set(claims[-1].values("organisations")) >= {"Белоруссия", "Китай"}


def test_a_pronoun_launch_is_run_by_the_organisation_subject(analyse: Analyse) -> None:
    claims = claims_of(
        analyse("В Казани открылась новая библиотека. Ее построила компания «Татнефть»."),
        "initiative",
    )
    assert claims[-1].values("organisations") == ["Татнефть"]


def test_signers_before_a_verb_the_parser_left_without_subject(analyse: Analyse) -> None:
    (agreement,) = claims_of(
        analyse("В день запуска «Сбербанк» и «Ростелеком» подписали соглашение о связи."),
        "agreement",
    )
    assert set(agreement.values("parties")) == {"Сбербанк", "Ростелеком"}
