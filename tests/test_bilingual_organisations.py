"""Organisations across scripts and languages: generic words through a bilingual table,
proper names by transliteration key, never a join of two bodies whose proper names differ.
Names here are written for the tests."""

from __future__ import annotations

import pytest

from concord.claim import Entity
from concord.knowledge.entity_keys import entity_block
from concord.knowledge.organisation_names import same_organisation
from concord.knowledge.people import same_person
from concord.knowledge.transliteration import latin_key
from concord.resolve.entities import MemoryEntities, match_entities

ONE_BODY = [
    ("University of Oulu", "университет Оулу"),
    ("University of Oulu", "Оулуский университет"),
    ("Oulu University", "университет Оулу"),
    ("TransLogistic", "ТрансЛогистик"),
    ("Nord Cargo", "«Норд Карго»"),
    ("Nord Cargo company", "компания «Норд Карго»"),
    ("Behrend Logistik", "Беренд Логистик"),
    ("Ministry of Finance", "Министерство финансов"),
    ("Ministry of Foreign Affairs of Kyrgyzstan", "МИД Киргизии"),
    ("Kyrgyz Foreign Ministry", "МИД Киргизии"),
    ("Kazakhstan Railways", "железные дороги Казахстана"),
    ("Bank of China", "Банк Китая"),
    ("Quartz Holding", "холдинг Кварц"),
    ("Development Bank of Kazakhstan", "Банк развития Казахстана"),
]

OTHER_BODIES = [
    ("Nord Cargo", "Nord Logistics"),
    ("Nord Cargo", "Норд Логистикс"),
    ("Bank of China", "Bank of Korea"),
    ("Bank of China", "Банк Кореи"),
    ("Министерство экономики", "Ministry of Finance"),
    ("Ministry of Economy", "Министерство финансов"),
    ("Kyrgyz Foreign Ministry", "МИД Казахстана"),
    ("University of Oulu", "университет Турку"),
    ("University of Oulu", "институт Оулу"),
    ("TransLogistic", "ТрансКарго"),
    ("Bank", "банк"),  # a bare kind of body names nobody in particular
    ("Coventry University", "Coventry University Kazakhstan"),
]


@pytest.mark.parametrize(("english", "russian"), ONE_BODY)
def test_one_organisation_in_both_languages(english: str, russian: str) -> None:
    assert same_organisation(english, russian)
    assert same_organisation(russian, english)
    assert entity_block("ORG", english) == entity_block("ORG", russian)


@pytest.mark.parametrize(("first", "second"), OTHER_BODIES)
def test_organisations_with_other_proper_names_never_join(first: str, second: str) -> None:
    assert not same_organisation(first, second)
    assert not same_organisation(second, first)


def test_russian_names_compare_as_before() -> None:
    assert same_organisation("Палата общин", "Палата общин Великобритании")
    assert not same_organisation("Палата общин", "Палата лордов")
    assert not same_organisation("Министерство финансов России", "Министерство финансов Казахстана")


def test_an_english_report_joins_the_stored_russian_organisation() -> None:
    repository = MemoryEntities()
    (russian,) = match_entities(repository, [Entity("ORG", "университет Оулу")])
    (other,) = match_entities(repository, [Entity("ORG", "университет Турку")])
    english = match_entities(
        repository, [Entity("ORG", "University of Oulu"), Entity("ORG", "Nord Cargo")]
    )
    assert english[0] == russian != other
    (russian_cargo,) = match_entities(repository, [Entity("ORG", "компания «Норд Карго»")])
    assert russian_cargo != english[1]  # "компания" is one more word than the name
    (bare_cargo,) = match_entities(repository, [Entity("ORG", "«Норд Карго»")])
    assert bare_cargo == english[1]


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Behrend", "Беренд"), ("Quentin", "Квентин"), ("Rhett", "Ретт"), ("Philips", "Филипс"),
     ("Maxwell", "Максвелл"), ("Thomson", "Томсон"), ("Cargo", "Карго"), ("Wagner", "Вагнер")],
)  # fmt: skip
def test_latin_spelling_variants_meet_the_cyrillic_key(latin: str, cyrillic: str) -> None:
    assert latin_key(latin) == latin_key(cyrillic)


def test_people_with_silent_h_and_initial_ye_are_one_person_both_ways() -> None:
    for latin, cyrillic in [
        ("Yerlan Karimov", "Ерлан Каримов"),
        ("Yerzhan Ashimov", "Ержан Ашимов"),
        ("Markus Behrend", "Маркус Беренд"),
    ]:
        assert same_person(latin, cyrillic) and same_person(cyrillic, latin)
    assert not same_person("Yerlan Karimov", "Руслан Каримов")
    assert not same_person("Yerlan Karimov", "Ерлан Карин")
    assert not same_person("Markus Behrend", "Маркус Беренс")
