"""More ways reports state a document (issue 16, agreement7): joining a convention or a
charter, a programme of cooperation or a plan of action approved by both sides, signers
listed after "среди них", a partner named only as "инвестор", a refusal to sign, a
document restated paragraphs later, and a document noun that is only a title — on
sentences written for these tests."""

from __future__ import annotations

from concord.claim import Modality
from tests.conftest import Analyse, agreements_of


def test_joining_a_convention_signs_it(analyse: Analyse) -> None:
    (claim,) = agreements_of(analyse("Чили присоединилась к Конвенции о защите перелётных птиц."))
    assert claim.values("kind") == ["конвенция"]
    assert "Чили" in claim.values("parties")


def test_signers_listed_after_among_them(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Ещё восемь банков присоединились к Хартии о честной рекламе, "
            "среди них ВТБ и Газпромбанк."
        )
    )
    assert claims
    assert {"ВТБ", "Газпромбанк"} <= set(claims[0].values("parties"))


def test_a_programme_of_cooperation_approved_by_both_sides(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Томский государственный университет и Университет Осаки провели встречу "
            "ректоров. Вузы утвердили программу сотрудничества на три года."
        )
    )
    assert [c.values("kind") for c in claims] == [["программа сотрудничества"]]
    assert "Томский государственный университет" in claims[0].values("parties")


def test_a_plural_noun_misread_as_a_second_object_signs(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Министерства энергетики Армении и Ирана провели переговоры в Ереване. "
            "Кроме того, ведомства утвердили «План действий на 2027 год»."
        )
    )
    plans = [c for c in claims if c.values("kind") == ["план действий"]]
    assert plans and "Армения" in plans[0].values("parties")


def test_a_partner_named_only_as_the_investor(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Компания «Полярный ветер» построит ветропарк в Мурманской области. "
            "Соглашение с инвестором подпишут в апреле."
        )
    )
    assert claims and "Полярный ветер" in claims[-1].values("parties")
    assert claims[-1].modality == Modality.PLANNED


def test_refusing_to_sign_is_negated(analyse: Analyse) -> None:
    (claim,) = agreements_of(
        analyse("Союз «Шахтёр» отказался подписывать отраслевое соглашение с компанией «Уголь Юга».")
    )
    assert claim.modality == Modality.NEGATED
    assert "Шахтёр" in claim.values("parties")


def test_a_document_restated_paragraphs_later_keeps_its_parties(analyse: Analyse) -> None:
    claims = agreements_of(
        analyse(
            "Клуб «Енисей» заключил контракт с компанией «Сибирский лес». "
            "Сумма не раскрывается. Болельщики встретили новость спокойно. "
            "Сезон начнётся в августе. "
            "Руководство клуба готово продлить контракт ещё на год."
        )
    )
    assert len(claims) == 2
    assert "Енисей" in claims[1].values("parties")


def test_a_document_noun_that_names_a_book_is_no_agreement(analyse: Analyse) -> None:
    assert not agreements_of(analyse("В библиотеке представят роман «Договор с морем»."))
