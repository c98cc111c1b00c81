"""Mention boundaries and types on sentences written for these tests (none from the devset).

NER spans are given by hand so that the tests check the rules after the model, not the
model itself; morphology and syntax come from the real pipeline.
"""

from __future__ import annotations

from types import SimpleNamespace

from concord.claim import Mention
from tests.conftest import Analyse


def mentions(analyse: Analyse, text: str, *names: tuple[str, str]) -> list[Mention]:
    """`names` are (words as in the text, NER type), each taken at its first occurrence."""
    from concord.nlp.russian import _mentions

    sentences = analyse(text).sentences
    spans = []
    for words, kind in names:
        start = text.index(words)
        spans.append(SimpleNamespace(start=start, stop=start + len(words), type=kind))
    return _mentions(sentences, spans)


def organisations(found: list[Mention]) -> set[str]:
    return {m.text for m in found if m.type == "ORG"}


def test_the_owner_in_the_genitive_completes_an_organisation(analyse: Analyse) -> None:
    text = "Министерство иностранных дел Бразилии выразило протест."
    found = mentions(analyse, text, ("Министерство иностранных дел", "ORG"), ("Бразилии", "LOC"))
    assert organisations(found) == {"Министерство иностранных дел Бразилии"}
    assert any(m.text == "Бразилии" and m.type != "ORG" for m in found)


def test_an_owner_after_a_comma_stays_apart(analyse: Analyse) -> None:
    text = "Письмо получили в министерстве финансов, Бразилии оно не понравилось."
    found = mentions(analyse, text, ("министерстве финансов", "ORG"), ("Бразилии", "LOC"))
    assert organisations(found) == {"министерстве финансов"}


def test_a_relative_adjective_belongs_to_the_organisation(analyse: Analyse) -> None:
    text = "С заявлением выступил глава аргентинского МИДа."
    assert organisations(mentions(analyse, text, ("МИДа", "ORG"))) == {"аргентинского МИДа"}


def test_a_qualitative_adjective_does_not(analyse: Analyse) -> None:
    text = "Эти решения принял новый Парламент."
    assert organisations(mentions(analyse, text, ("Парламент", "ORG"))) == {"Парламент"}


def test_a_unit_of_an_organisation_is_an_organisation(analyse: Analyse) -> None:
    text = "Об этом рассказал руководитель отдела мобильных приложений Яндекса."
    found = organisations(mentions(analyse, text, ("Яндекса", "ORG")))
    assert found == {"отдела мобильных приложений Яндекса", "Яндекса"}


def test_a_post_before_an_organisation_is_left_out(analyse: Analyse) -> None:
    text = "Исследователи Уральского федерального университета открыли новый минерал."
    found = mentions(analyse, text, ("Исследователи Уральского федерального университета", "ORG"))
    assert organisations(found) == {"Уральского федерального университета"}


def test_common_noun_abbreviations_name_nobody(analyse: Analyse) -> None:
    text = "По сообщениям СМИ, в Казани прошли учения."
    found = mentions(analyse, text, ("СМИ", "ORG"), ("Казани", "LOC"))
    assert [m.text for m in found] == ["Казани"]


def test_a_name_introduced_by_a_product_noun_is_not_an_organisation(analyse: Analyse) -> None:
    text = (
        "Грузовой корабль «Прогресс» пристыковался к станции. "
        "После «Прогресса» к ней полетит экипаж компании «Аэрокосмос»."
    )
    found = mentions(
        analyse, text, ("Прогресс", "ORG"), ("Прогресса", "ORG"), ("Аэрокосмос", "ORG")
    )
    assert organisations(found) == {"Аэрокосмос"}


def test_a_purpose_hung_on_the_organisation_belongs_to_its_name(analyse: Analyse) -> None:
    text = "Бюро Канады по патентам и товарным знакам выдало разрешение."
    found = mentions(analyse, text, ("Бюро", "ORG"), ("Канады", "LOC"))
    assert organisations(found) == {"Бюро Канады по патентам и товарным знакам"}


def test_a_phrase_hung_on_the_verb_does_not(analyse: Analyse) -> None:
    text = "Арбитражный суд Москвы по иску банка взыскал долг."
    found = mentions(analyse, text, ("Арбитражный суд", "ORG"), ("Москвы", "LOC"))
    assert organisations(found) == {"Арбитражный суд Москвы"}
