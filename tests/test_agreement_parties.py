"""Who is a party to a signed document and who is only where or what it is about — on
sentences written for these tests."""

from __future__ import annotations

from tests.conftest import Analyse


def parties(text: str, analyse: Analyse) -> list[set[str]]:
    return [
        set(claim.values("parties")) for claim in analyse(text).claims if claim.type == "agreement"
    ]


def test_a_destination_inside_the_subject_is_no_party(analyse: Analyse) -> None:
    found = parties("«Ростех», CNPC и Shell подписали контракт на поставку газа в Китай.", analyse)
    assert found and "Китай" not in found[0]
    assert {"CNPC", "Shell"} <= found[0]


def test_a_passive_document_is_not_its_own_signer(analyse: Analyse) -> None:
    found = parties("Подписан контракт с Индией на поставку танков в Индию и Вьетнам.", analyse)
    assert found == [{"Индия"}]


def test_genitive_and_between_still_name_parties(analyse: Analyse) -> None:
    assert parties(
        "Соглашение России и Белоруссии о едином рынке газа вступило в силу.", analyse
    ) == [{"Россия", "Белоруссия"}]
    found = parties(
        "Стороны заключили соглашение между Россией и Казахстаном о строительстве АЭС в "
        "Казахстане.",
        analyse,
    )
    assert found == [{"Россия", "Казахстан"}]
