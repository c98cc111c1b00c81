"""Occupations in the forms left after the third round: a post the NER ran into an
organisation's name, a post after the name in a headline, a post in a relative clause,
a body headed, and a state's post said without its country."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.test_occupation_forms import posts


def test_a_post_the_ner_joined_to_the_organisation_is_still_a_post(analyse: Analyse) -> None:
    text = "Экс-председатель Верховного народного собрания Лаоса Сомсак Вонг дал интервью."
    analysed = analyse(text)
    assert any(m.text.startswith("Экс-председатель") for m in analysed.mentions)  # the NER's join
    assert ("Сомсак Вонг", "экс-председатель", "Верховное народное собрание Лаоса") in posts(
        analyse, text
    )


def test_a_headline_puts_the_post_after_the_name(analyse: Analyse) -> None:
    found = posts(analyse, "Олег Сидоров президент компании «Ромашка»")
    assert ("Олег Сидоров", "президент", "компания Ромашка") in found


def test_a_post_after_a_name_in_a_sentence_with_a_verb_is_not_read_as_a_headline(
    analyse: Analyse,
) -> None:
    found = posts(analyse, "Вчера Олег Сидоров президент компании «Ромашка» назвал.")
    assert not any(who == "Олег Сидоров" for who, _, _ in found)
