"""Documents restated in later sentences of long reports (issue 16, agreement10): a bare
"документ" in force or stating terms, a document the subject of a terms verb, a signed
package of documents, a treaty signed in a relative clause, a document being prepared —
on sentences written for these tests."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Claim, Modality
from tests.conftest import Analyse, agreements_of


def in_sentence(analysed: AnalysedDocument, text: str, fragment: str) -> list[Claim]:
    start = text.index(fragment)
    return [c for c in agreements_of(analysed) if c.evidence.start <= start < c.evidence.end]


def test_a_document_word_taking_force_restates_the_document_before(analyse: Analyse) -> None:
    text = (
        "Литва и Польша подписали в Вильнюсе протокол о совместном патрулировании границы. "
        "Документ вступит в силу после одобрения сеймами обеих стран."
    )
    # agreement32: the bare "Документ" folds into the protocol claimed before
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["протокол"]
    assert claim.modality == Modality.FACT
    assert claim.evidence.text.startswith("Литва и Польша")


def test_a_document_word_stating_terms_restates_the_document_before(analyse: Analyse) -> None:
    text = (
        "«Уралхим» заключил с индийской компанией IPL контракт на поставку калийных удобрений. "
        "Документ гарантирует индийской стороне скидку при закупке крупных партий."
    )
    # agreement32: the bare "Документ" folds into the contract claimed before
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["контракт"]
    assert claim.values("parties")
    assert claim.evidence.text.startswith("«Уралхим» заключил")


def test_a_document_the_subject_of_a_terms_verb_is_kept(analyse: Analyse) -> None:
    text = (
        "Мэрия Казани и компания «Таттеплосеть» подписали концессионное соглашение. "
        "Соглашение рассчитано на пятнадцать лет."
    )
    assert in_sentence(analyse(text), text, "Соглашение рассчитано")


def test_a_signed_package_of_documents_is_claimed(analyse: Analyse) -> None:
    text = "На форуме в Казани было подписано более тридцати документов."
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["документ"]


def test_a_signed_document_after_a_decree_is_the_decree(analyse: Analyse) -> None:
    text = "Президент внес изменения в указ о пограничной зоне. Он подписал документы во вторник."
    assert not agreements_of(analyse(text))


def test_documents_only_prepared_are_no_package(analyse: Analyse) -> None:
    text = "Стороны подписали меморандум весной, а сейчас идет подготовка документов."
    analysed = analyse(text)
    assert not [c for c in agreements_of(analysed) if c.values("kind") == ["документ"]]


def test_a_treaty_signed_in_a_relative_clause_is_signed(analyse: Analyse) -> None:
    text = (
        "Связи двух государств опираются на Договор о дружбе и взаимной помощи, "
        "который президенты подписали в Ереване в 1997 году."
    )
    (claim,) = agreements_of(analyse(text))
    assert claim.values("kind") == ["договор"]
    assert claim.modality == Modality.FACT


def test_a_document_being_prepared_is_planned(analyse: Analyse) -> None:
    text = "Министерства Армении и Грузии готовят соглашение о пограничных переходах."
    (claim,) = agreements_of(analyse(text))
    assert claim.modality == Modality.PLANNED


def test_an_expired_agreement_is_negated(analyse: Analyse) -> None:
    text = "В мае истек срок действия соглашения между «Алросой» и De Beers о сбыте алмазов."
    (claim,) = agreements_of(analyse(text))
    assert claim.modality == Modality.NEGATED


def test_a_signing_scheduled_is_planned(analyse: Analyse) -> None:
    text = (
        "Минск и Вильнюс согласовали текст соглашения о транзите. "
        "Подписание документа намечено на октябрь."
    )
    (claim,) = in_sentence(analyse(text), text, "Подписание документа")
    assert claim.modality == Modality.PLANNED


def test_a_document_prepared_by_nobody_named_is_no_claim(analyse: Analyse) -> None:
    text = "Газеты пишут, что чиновники и строители готовят соглашение о новом мосте."
    assert not agreements_of(analyse(text))


def test_a_document_word_after_a_decree_is_the_decree(analyse: Analyse) -> None:
    text = (
        "Грузия и Армения подписали соглашение о пограничных переходах. "
        "Затем премьер подписал постановление о новых пошлинах. "
        "Документ вступает в силу с марта."
    )
    assert not in_sentence(analyse(text), text, "Документ вступает")
