"""Round 41: names the name finder gives no mention for — a bare quoted name ("— «Эконива»
Штефана Y", "купил «Ветерок»") or a name in Latin letters ("принадлежит продавцу одежды
Oyster Terfort") — are sides of ownership, built from their own words; a quoted title after
a noun of another kind ("фильм «X»", "песня «X»", "книга «X»") stays silent. The sentences
are my own, with invented names the finder leaves out."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def _pair(pairs: set[tuple[str, str]], owner_stem: str, owned: str) -> bool:
    return any(owner.startswith(owner_stem) and thing == owned for owner, thing in pairs)


def test_bare_quoted_name_with_its_owner_in_the_genitive(analyse: Analyse) -> None:
    text = "На завод претендовал и другой покупатель — «Эконива» Штефана Дюрра."
    assert _pair(ownership_pairs(analyse, text), "Штефан", "Эконива")


def test_latin_capitals_as_the_owner_after_belongs(analyse: Analyse) -> None:
    text = "Фабрика «Заря» принадлежит кипрской FENWICK TRADING LIMITED."
    assert _pair(ownership_pairs(analyse, text), "FENWICK TRADING LIMITED", "Заря")


def test_latin_name_as_the_owner_after_belongs(analyse: Analyse) -> None:
    text = (
        "Фабрика «Заря», которая принадлежит немецкому продавцу одежды Oyster Terfort, закрывается."
    )
    assert _pair(ownership_pairs(analyse, text), "Oyster Terfort", "Заря")


def test_film_title_is_no_property(analyse: Analyse) -> None:
    text = "Права на фильм «Туман» принадлежат Ивану Петрову."
    assert not any(thing == "Туман" for _, thing in ownership_pairs(analyse, text))


def test_song_title_with_its_singer_is_no_company(analyse: Analyse) -> None:
    text = "Песня «Ветерок» Анны Седовой стала хитом лета."
    assert not ownership_pairs(analyse, text)


def test_book_title_with_its_author_is_no_company(analyse: Analyse) -> None:
    text = "Книга «Ветерок» Анны Седовой вышла в издательстве «Заря»."
    assert not any(thing == "Ветерок" for _, thing in ownership_pairs(analyse, text))


def test_short_latin_capitals_are_no_name(analyse: Analyse) -> None:
    text = "Компания «Заря» принадлежит Ивану Петрову, директору по IT."
    assert not any(
        owner == "IT" or thing == "IT" for owner, thing in ownership_pairs(analyse, text)
    )


def test_buyer_named_by_a_bare_quoted_name_and_its_owner(analyse: Analyse) -> None:
    # "Петра" is read accusative (the animate masculine genitive's form): hung on the name
    # with no preposition it is the genitive
    text = "Покупателем элеватора стал «Ветерок» Петра Сидоренко."
    assert _pair(ownership_pairs(analyse, text), "Петр", "Ветерок")


def test_song_with_a_masculine_singer_is_no_company(analyse: Analyse) -> None:
    text = "Песня «Ветерок» Петра Седова стала хитом лета."
    assert not ownership_pairs(analyse, text)
