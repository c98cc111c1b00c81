"""One picture across languages: people, places, posts, kinds and periods written in
Russian and in English meet, and different people or posts sharing a key do not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from concord.analysis import AnalysedDocument
from concord.claim import Entity
from concord.fact import ClaimRecord, Fact, Value
from concord.knowledge.concepts import kind_concept, post_concept, posts_agree
from concord.knowledge.countries import state_names
from concord.knowledge.entity_keys import entity_block, entity_key
from concord.knowledge.gazetteer import canonical_place, is_state, place_name
from concord.knowledge.organisation_names import same_organisation
from concord.knowledge.people import same_person
from concord.knowledge.transliteration import latin_key
from concord.resolve.conflicts import merged_args
from concord.resolve.values import kind_head, values_agree
from tests.test_resolve import Index, Registry

Analyse = Callable[..., AnalysedDocument]


@pytest.mark.parametrize(
    "names",
    [
        ("Sergey Lavrov", "Sergei Lavrov", "Сергей Лавров"),
        ("Tokayev", "Tokaev", "Токаев", "Тоқаев"),
        ("Mirziyoyev", "Мирзиёев", "Мирзиеев"),
        ("Zelensky", "Zelenskyy", "Zelenskiy", "Зеленский"),
        ("Shavkat Mirziyoyev", "Шавкат Мирзиёев"),
        ("Yevgeny", "Евгений"),
        ("Khan", "Хан"),
        ("Jakhongir", "Джахонгир"),
    ],
)
def test_one_transliteration_key_for_both_scripts(names: tuple[str, ...]) -> None:
    assert len({latin_key(name) for name in names}) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sergey Lavrov", "Сергей Лавров"),
        ("Lavrov", "Сергей Лавров"),
        ("S. Lavrov", "Сергей Лавров"),
        ("Sergey Lavrov", "С. Лавров"),
        ("Tokayev", "Токаев"),
        ("Tokaev", "Tokayev"),
        ("Kassym-Jomart Tokayev", "Касым-Жомарт Токаев"),
        ("Mirziyoyev", "Мирзиёев"),
        ("Shavkat Mirziyoyev", "Шавкат Мирзиёев"),
        ("Sh. Mirziyoyev", "Шавкат Мирзиёев"),
        ("Zelensky", "Zelenskyy"),
        ("Zelenskyy", "Зеленский"),
        ("David Lammy", "Дэвид Лэмми"),
        ("Boris Johnson", "Борис Джонсон"),
        ("Keir Starmer", "Кир Стармер"),
    ],
)
def test_people_match_across_scripts_both_ways(first: str, second: str) -> None:
    assert same_person(first, second) and same_person(second, first)
    assert entity_block("PER", first) == entity_block("PER", second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Сергей Лавров", "Pavel Lavrov"),  # one surname, two first names
        ("Sergey Lavrov", "Павел Лавров"),
        ("Sergey Lavrov", "P. Lavrov"),
        ("Sergey Lavrov", "Сергей Лаврин"),  # a Russian surname is spelt one way
        ("Lavrov", "Лаврова"),  # bare: a woman, not Lavrov in another case
        ("Shavkat Mirziyoyev", "Саида Мирзиёева"),
        ("Tokayev", "Токарев"),
    ],
)
def test_different_people_sharing_a_key_stay_apart_both_ways(first: str, second: str) -> None:
    assert not same_person(first, second) and not same_person(second, first)


def test_registry_joins_an_english_person_to_the_russian_twin_and_no_one_else() -> None:
    registry = Registry()
    lavrov = registry.resolve(Entity("PER", "Сергей Лавров", {"Сергея Лаврова"}))
    assert registry.resolve(Entity("PER", "Sergey Lavrov", {"Sergey Lavrov"})) == lavrov
    assert registry.resolve(Entity("PER", "Pavel Lavrov", {"Pavel Lavrov"})) != lavrov
    assert registry.entities[lavrov].name == "Сергей Лавров"  # one script on its page
    # The other way round: the English name first, then its Russian twin.
    registry = Registry()
    tokayev = registry.resolve(Entity("PER", "Kassym-Jomart Tokayev", {"Tokayev"}))
    assert registry.resolve(Entity("PER", "Касым-Жомарт Токаев", {"Токаева"})) == tokayev
    assert registry.resolve(Entity("PER", "Tokaev", {"Tokaev"})) == tokayev
    assert registry.resolve(Entity("PER", "Иван Токаев", {"Иван Токаев"})) != tokayev
    assert registry.entities[tokayev].name == "Касым-Жомарт Токаев"


@pytest.mark.parametrize(
    ("names", "canonical"),
    [
        (("Germany", "Германия", "ФРГ", "Federal Republic of Germany"), "Германия"),
        (("the US", "United States", "USA", "США", "Соединённые Штаты"), "США"),
        (("UK", "United Kingdom", "Britain", "Великобритания"), "Великобритания"),
        (("Uzbekistan", "Republic of Uzbekistan", "Узбекистан"), "Узбекистан"),
        (("Kyrgyzstan", "Кыргызстан", "Киргизия"), "Киргизия"),
        (("Türkiye", "Turkey", "Турция"), "Турция"),
        (("Belarus", "Беларусь", "Белоруссия"), "Белоруссия"),
        (("Tashkent", "Ташкент"), "Ташкент"),
        (("Astana", "Астана", "Nur-Sultan"), "Астана"),
        (("Moscow", "Москва"), "Москва"),
        (("Kyiv", "Kiev", "Киев"), "Киев"),
        (("Almaty", "Алматы", "Алма-Ата"), "Алматы"),
    ],
)
def test_places_in_both_languages_have_one_key(names: tuple[str, ...], canonical: str) -> None:
    assert {place_name(name) for name in names} == {canonical}
    for type_ in ("LOC", "LOCORG"):
        assert {entity_key(type_, name) for name in names} == {entity_key("LOC", canonical)}
        assert len({entity_block(type_, name) for name in names}) == 1


def test_country_names_come_from_cldr_and_keep_the_usual_russian_name() -> None:
    states = state_names()
    assert len(states) > 190
    assert "Руанда" in states and is_state("Rwanda")  # CLDR has it, the old list did not
    assert is_state("СССР") and is_state("Soviet Union")  # the supplement has it
    assert canonical_place("Того") is None and canonical_place("Конго") is None  # words
    assert not is_state("Гонконг") and not is_state("Greenland")  # not states


def test_places_unknown_to_the_gazetteer_meet_by_transliteration() -> None:
    registry = Registry()
    termez = registry.resolve(Entity("LOC", "Термез", {"Термез"}))
    assert registry.resolve(Entity("LOC", "Termez", {"Termez"})) == termez
    assert registry.resolve(Entity("LOC", "Tirana", {"Tirana"})) != termez
    country = registry.resolve(Entity("LOC", "Казахстан", {"Казахстан"}))
    assert registry.resolve(Entity("LOCORG", "Kazakhstan", {"Kazakhstan"})) == country


def test_a_country_after_a_latin_name_is_part_of_the_name() -> None:
    assert not same_organisation("Coventry University", "Coventry University Kazakhstan")
    assert same_organisation(
        "Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Kazakhstan"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Foreign Secretary", "министр иностранных дел"),
        ("Foreign Minister", "глава МИД"),
        ("minister of foreign affairs", "министра иностранных дел Республики Казахстан"),
        ("UK Foreign Secretary", "британский министр иностранных дел"),
        ("President of the Republic of Uzbekistan", "президент"),
        ("prime minister", "премьер-министр"),
        ("prime minister", "премьер"),
        ("Germany's ambassador to Uzbekistan", "посол Германии в Узбекистане"),
        ("Foreign Minister", "министр"),
    ],
)
def test_one_post_in_both_languages(first: str, second: str) -> None:
    assert post_concept(first) is not None
    assert posts_agree(first, second) and values_agree(Value(first), Value(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Chancellor of the Exchequer", "Foreign Secretary"),
        ("Chancellor of the Exchequer", "министр иностранных дел"),
        ("deputy foreign minister", "министр иностранных дел"),
        ("заместитель министра иностранных дел", "Foreign Minister"),
        ("president", "премьер-министр"),
        ("ambassador", "министр иностранных дел"),
    ],
)
def test_different_posts_in_both_languages(first: str, second: str) -> None:
    assert posts_agree(first, second) is False
    assert not values_agree(Value(first), Value(second))


def test_a_post_of_something_else_is_not_the_post() -> None:
    assert post_concept("президент компании") is None
    assert post_concept("President of the football club") is None


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("roadmap", "дорожная карта"),
        ("road map for renewable energy", "дорожная карта"),
        ("memorandum of understanding", "меморандум"),
        ("agreement", "соглашение"),
        ("treaty", "договор"),
        ("joint venture", "совместное предприятие"),
        ("campus", "лицензионный кампус"),
    ],
)
def test_kinds_in_both_languages_are_one_kind_and_filed_together(
    english: str, russian: str
) -> None:
    assert kind_concept(english) == kind_concept(russian) is not None
    assert kind_head(english) == kind_head(russian)
    assert values_agree(Value(english), Value(russian))


def test_different_kinds_in_both_languages() -> None:
    assert not values_agree(Value("treaty"), Value("соглашение"))
    assert not values_agree(Value("memorandum"), Value("дорожная карта"))


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ("2025/2030", "2030", True),  # "2025-2030" and "до 2030 года"
        ("2025/2030", "2029", False),  # "до 2029 года"
        ("2030-12", "2025/2030", True),
        ("2025/2030", "2025/2030", True),
        ("2024/2030", "2025/2030", False),
    ],
)
def test_periods_agree_with_the_date_their_end_gives(first: str, second: str, agree: bool) -> None:
    assert values_agree(Value(first), Value(second)) is agree


def test_a_russian_period_reaches_resolution_in_the_same_shape(analyse: Analyse) -> None:
    (period,) = analyse("Стороны подписали дорожную карту на 2025–2030 годы.").dates
    (horizon,) = analyse("Стороны подписали дорожную карту до 2030 года.").dates
    assert (period.value, period.relation) == ("2025/2030", "until")
    assert (horizon.value, horizon.relation) == ("2030", "until")


def _entities() -> tuple[Registry, dict[str, int]]:
    """Entities resolved from both languages' names, as the store would."""
    registry = Registry()
    ids = {
        "uzbekistan": registry.resolve(Entity("LOCORG", "Узбекистан", {"Узбекистана"})),
        "germany": registry.resolve(Entity("LOCORG", "Германия", {"Германии"})),
        "lavrov": registry.resolve(Entity("PER", "Сергей Лавров", {"Сергея Лаврова"})),
    }
    assert registry.resolve(Entity("LOCORG", "Uzbekistan", {"Uzbekistan"})) == ids["uzbekistan"]
    assert registry.resolve(Entity("LOCORG", "Germany", {"Germany"})) == ids["germany"]
    assert registry.resolve(Entity("PER", "Sergey Lavrov", {"Lavrov"})) == ids["lavrov"]
    return registry, ids


def _roadmap(claim_id: int, kind: str, until: str, ids: dict[str, int]) -> ClaimRecord:
    return ClaimRecord(
        claim_id,
        "agreement",
        f"d{claim_id}",
        "2026-02-27",
        {
            "kind": [Value(kind)],
            "parties": [
                Value("Узбекистан", ids["uzbekistan"], "LOCORG"),
                Value("Германия", ids["germany"], "LOCORG"),
            ],
            "valid_until": [Value(until)],
        },
    )


def test_a_russian_and_an_english_report_consolidate_into_one_fact() -> None:
    _, ids = _entities()
    index = Index()
    index.add_all(
        [
            _roadmap(1, "дорожная карта", "2030", ids),  # "до 2030 года"
            _roadmap(2, "roadmap", "2025/2030", ids),  # "roadmap for 2025-2030"
        ]
    )
    (fact,) = index.facts.values()
    assert {claim.document for claim in fact.claims} == {"d1", "d2"}
    assert index.conflicts(fact) == []


def test_a_conflict_spans_languages() -> None:
    _, ids = _entities()
    index = Index()
    index.add_all(
        [
            _roadmap(1, "roadmap", "2025/2030", ids),
            _roadmap(2, "дорожная карта", "2029", ids),  # "до 2029 года"
        ]
    )
    (fact,) = index.facts.values()
    (conflict,) = index.conflicts(fact)
    assert conflict.role == "valid_until"
    sides = {value.text: claim.document for group in conflict.groups for value, claim in group}
    assert sides == {"2025/2030": "d1", "2029": "d2"}


def _post(claim_id: int, person: int, position: str) -> ClaimRecord:
    return ClaimRecord(
        claim_id,
        "occupation",
        f"d{claim_id}",
        "2026-02-27",
        {"who": [Value("Сергей Лавров", person, "PER")], "position": [Value(position)]},
    )


def test_one_post_worded_in_two_languages_is_no_conflict_and_another_post_is() -> None:
    _, ids = _entities()
    index = Index()
    index.add_all(
        [
            _post(1, ids["lavrov"], "министр иностранных дел"),
            _post(2, ids["lavrov"], "Foreign Minister"),
        ]
    )
    (fact,) = index.facts.values()
    assert index.conflicts(fact) == []
    index.add_all([_post(3, ids["lavrov"], "Chancellor of the Exchequer")])
    (fact,) = index.facts.values()
    (conflict,) = index.conflicts(fact)
    assert conflict.role == "position"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Helen Marlow", "Хелен Марлоу"),  # -ow / -оу
        ("Marlow", "Марлоу"),
        ("Eeva Lahtinen", "Ээва Лахтинен"),  # "ee" read as written (Finnish)
        ("Robert Steele", "Роберт Стил"),  # "ee" / и, silent final e
        ("Tom Moody", "Том Муди"),  # "oo" / у
        ("Peter Heath", "Питер Хит"),  # "ea" / и, "th" / т
        ("Simon Atkinson", "Саймон Аткинсон"),  # -son / -сон
    ],
)
def test_english_spellings_meet_their_russian_renderings_both_ways(first: str, second: str) -> None:
    assert same_person(first, second) and same_person(second, first)
    assert entity_block("PER", first) == entity_block("PER", second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Helen Marlow", "Хелен Марлов"),  # a Russian surname is not an English -ow
        ("Helen Marlow", "Хелен Марли"),  # another ending is another name
        ("Robert Steele", "Роберт Стилов"),
        ("Eeva Lahtinen", "Ээва Лехтонен"),
    ],
)
def test_english_spelling_tolerance_joins_no_other_name_both_ways(first: str, second: str) -> None:
    assert not same_person(first, second) and not same_person(second, first)


def _figure(claim_id: int, amount: str, unit: str, measure: str) -> ClaimRecord:
    return ClaimRecord(
        claim_id,
        "figure",
        f"d{claim_id}",
        "2026-10-14",
        {
            "quantity": [Value(amount)],
            "unit": [Value(unit)],
            "measure": [Value(measure)],
            "date": [Value("2025")],
        },
    )


def test_one_measure_in_two_languages_is_one_figure_and_another_amount_conflicts() -> None:
    index = Index()
    index.add_all(
        [_figure(1, "48000000", "USD", "товарооборот"), _figure(2, "48000000", "USD", "trade")]
    )
    (fact,) = index.facts.values()
    assert index.conflicts(fact) == []
    index.add_all([_figure(3, "52000000", "USD", "trade turnover")])
    (fact,) = index.facts.values()
    (conflict,) = index.conflicts(fact)
    assert conflict.role == "quantity"


def test_different_measures_in_two_languages_stay_apart() -> None:
    index = Index()
    index.add_all(
        [_figure(1, "48000000", "USD", "товарооборот"), _figure(2, "52000000", "USD", "exports")]
    )
    assert len(index.facts) == 2


def test_a_fact_shows_each_entity_by_its_canonical_name() -> None:
    russian = ClaimRecord(1, "occupation", "a", "2026-10-14", {
        "who": [Value("Нурлан Токтосунов", 7, "PER")],
        "where": [Value("Киргизия", 3, "LOC")],
    })  # fmt: skip
    english = ClaimRecord(2, "occupation", "b", "2026-10-14", {
        "who": [Value("Toktosunov", 7, "PER")],
        "where": [Value("Kyrgyzstan")],  # from the adjective "Kyrgyz": no entity
    })  # fmt: skip
    fact = Fact(1, "occupation", [english, russian])
    shown = merged_args(fact, {7: "Нурлан Токтосунов", 3: "Киргизия"})
    assert shown == {"who": ["Нурлан Токтосунов"], "where": ["Киргизия"]}
    assert merged_args(fact)["where"] == ["Киргизия"]  # the entity's value, not the longer
