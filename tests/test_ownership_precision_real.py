"""Precision on real news (round 16): places listed among a group's assets, posts written
next to a company's name, a holding's participle under a denied or planned verb, and a
participle written before its noun (sentences written for these tests)."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, ownership_pairs


def _modalities(analyse: Analyse, text: str) -> dict[tuple[str, str], Modality]:
    return {
        (claim.values("owner")[0], claim.values("property")[0]): claim.modality
        for claim in analyse(text).claims
        if claim.type == "ownership"
    }


def test_a_city_among_a_groups_assets_is_no_property(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Группа «Альфа-Инвест» Петра Сомова объединит три "
                   "принадлежащих ей аэропорта — в Томске, Омске и Барнауле — в компанию "
                   "«Сибирское небо».")  # fmt: skip
    assert not {owned for _, owned in pairs} & {"Томск", "Омск", "Барнаул"}
    assert ("Петра Сомова", "Альфа-Инвест") in pairs or ("Петр Сомов", "Альфа-Инвест") in pairs


def test_an_editor_named_after_the_paper_owns_nothing(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "По словам главного редактора «Вечернего курьера» Ивана "
                   "Полякова, смена владельцев газеты не удивила журналистов.")  # fmt: skip
    assert not pairs


def test_a_chief_executive_named_after_the_company_owns_nothing(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Об этом пишет газета «Слово» со ссылкой на генерального "
                   "директора «Северных терминалов» Олега Гусева.")  # fmt: skip
    assert not pairs


def test_a_person_after_a_company_name_still_owns_it(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Доля «Норда» Олега Дымова выросла до 40 %.")
    assert ("Олег Дымов", "Норд") in pairs


def test_a_denied_purchase_does_not_deny_the_participles_holding(analyse: Analyse) -> None:
    found = _modalities(analyse, "Холдинг «Медиа-Юг», принадлежащий бизнесмену Артему Лаврову, "
                        "не планирует покупать газету «Вечерний курьер», сообщили в компании.")
    assert found.get(("Артем Лавров", "Медиа-Юг")) == Modality.FACT
    assert not any(owned == "Вечерний курьер" for _, owned in found)


def test_a_planned_merger_does_not_make_the_holding_planned(analyse: Analyse) -> None:
    found = _modalities(analyse, "Группа «Альфа-Инвест» Петра Сомова объединит свои "
                        "терминалы в компанию «Сибирское небо».")
    assert Modality.FACT in {m for (_, owned), m in found.items() if owned == "Альфа-Инвест"}


def test_a_participle_before_its_noun_describes_that_noun(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Документ предусматривает слияние активов завода «Прибой» и "
                   "входящих в группу «Кварц» частных компаний Рябова.")  # fmt: skip
    assert ("Кварц", "Прибой") not in pairs


def test_a_participle_after_a_comma_describes_the_noun_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Банк «Заря», входящий в группу «Кварц», открыл офис.")
    assert ("Кварц", "Заря") in pairs


def test_a_participle_after_a_comma_is_not_hung_on_the_purchase(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Медиагруппа «Эфир-Сервис», принадлежащая банку «Прогресс», "
                   "не собирается покупать радиостанцию «Волна FM».")  # fmt: skip
    assert ("Прогресс", "Эфир-Сервис") in pairs
    assert ("Прогресс", "Волна FM") not in pairs


def test_a_relative_list_of_channels_in_reported_speech(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "По словам Ивановой, Петров возглавляет группу «Орбита», "
                   "которой принадлежат телеканалы «Восход» и «Закат» и газета «Полдень».")  # fmt: skip
    assert {("Орбита", "Восход"), ("Орбита", "Закат"), ("Орбита", "Полдень")} <= pairs


def test_a_parent_company_owns_the_company_it_heads(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Dawn Finance Group, материнская компания банка «Заря», "
                   "разместила акции в Лондоне.")  # fmt: skip
    assert ("Dawn Finance Group", "Заря") in pairs


def test_a_head_office_is_no_parent(analyse: Analyse) -> None:
    assert not ownership_pairs(analyse, "Головной офис банка «Заря» находится в Самаре.")
