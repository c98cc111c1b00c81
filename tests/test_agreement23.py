"""Signed documents in unselected news, round 23 (measured on real excerpts kept out of the
repository): a "документ" counted, held by a package noun or described by words of its own
("три межведомственных документа", "пакет документов", "промежуточный документ", "документ
о побратимстве", "такой же документ") is a paper of its own, kinded "документ", not the one
told before; a bare "документ" restating it stays no second claim. Russian "сделка" is a
document when a signing word holds it ("подписали сделку", "сделка была заключена"). Talks
with no document, an oral agreement, a deal or a document only spoken of stay silent — on
sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreement_kinds_and_modalities_in


def test_counted_documents_are_their_own(analyse: Analyse) -> None:
    text = "Министры двух стран подписали в Вене три межведомственных документа."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("документ", Modality.FACT)]


def test_counted_documents_to_be_signed_are_planned(analyse: Analyse) -> None:
    text = "Вильнюс рассчитывает подписать с Варшавой пять двусторонних документов."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("документ", Modality.PLANNED)]


def test_a_package_of_documents_is_documents(analyse: Analyse) -> None:
    text = "Губернаторы Тверской и Псковской областей подписали пакет документов о сотрудничестве."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("документ", Modality.FACT)]


def test_a_document_told_by_its_topic_is_its_own(analyse: Analyse) -> None:
    text = "Мэр Твери и мэр Пскова подписали документ о побратимстве городов."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("документ", Modality.FACT)]


def test_a_document_like_the_one_before_is_another(analyse: Analyse) -> None:
    text = (
        "Россия и Китай подписали соглашение о торговле. "
        "Ранее такой же документ Китай подписал с Индией."
    )
    assert agreement_kinds_and_modalities_in(analyse, text) == [
        ("соглашение", Modality.FACT),
        ("документ", Modality.FACT),
    ]


def test_a_bare_document_restating_the_one_told_is_no_second_claim(analyse: Analyse) -> None:
    text = (
        "Россия и Китай подписали соглашение о торговле. "
        "Документ подписали министры экономики двух стран."
    )
    kinds = [kind for kind, _ in agreement_kinds_and_modalities_in(analyse, text)]
    assert "документ" not in kinds


def test_a_deal_signed_is_a_document(analyse: Analyse) -> None:
    text = "Компании «Альфа-Строй» и «Бета-Инвест» подписали сделку о продаже цементного завода."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("сделка", Modality.FACT)]


def test_a_deal_concluded_in_the_passive_is_a_document(analyse: Analyse) -> None:
    text = "Сделка между «Альфа-Строем» и «Бета-Инвестом» была заключена в пятницу."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("сделка", Modality.FACT)]


def test_a_deal_only_discussed_stays_silent(analyse: Analyse) -> None:
    text = "Акционеры обсудили сделку по покупке цементного завода."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_talks_with_no_document_stay_silent(analyse: Analyse) -> None:
    text = "Министры сельского хозяйства Сербии и Венгрии провели переговоры и обсудили поставки зерна."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_an_oral_agreement_stays_silent(analyse: Analyse) -> None:
    text = "Главы двух городов договорились о сотрудничестве в сфере транспорта."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_a_document_only_criticised_stays_silent(analyse: Analyse) -> None:
    text = "Эксперт назвал документ о партнерстве двух стран бесполезным."
    assert agreement_kinds_and_modalities_in(analyse, text) == []


def test_counted_documents_under_a_passive_participle_are_planned(analyse: Analyse) -> None:
    text = "В ходе визита премьер-министра Словении в Братиславу могут быть подписаны три документа."
    assert agreement_kinds_and_modalities_in(analyse, text) == [("документ", Modality.PLANNED)]


def test_a_document_under_its_fitting_signature_restates(analyse: Analyse) -> None:
    text = (
        "Сербия и Венгрия подписали меморандум о газовых поставках. "
        "Подписи под соответствующим документом поставили министры энергетики."
    )
    kinds = [kind for kind, _ in agreement_kinds_and_modalities_in(analyse, text)]
    assert "документ" not in kinds


def test_one_official_signing_a_document_on_a_topic_stays_silent(analyse: Analyse) -> None:
    text = "Мэр Пскова подписал документ о ремонте городских дорог."
    assert agreement_kinds_and_modalities_in(analyse, text) == []
