"""Round 54: a league named between a club noun and the club's name ("купил клуб АПЛ «X»",
"клубом Американской хоккейной лиги (АХЛ) «Y»", "команда английской Премьер-лиги «Z»") is
where the club plays: the property is the name after it, and a later bare "клуб" never
stands for the league. The sentences are my own; the near misses are a club named right
after its noun, a league with no club named, a league that buys (its own subject), and a
match of a league's club."""

from __future__ import annotations

from tests.conftest import Analyse, held_pair_stems, ownership_pairs


def _properties(analyse: Analyse, text: str) -> set[str]:
    return {owned[:4] for _, owned in ownership_pairs(analyse, text)}


def test_a_club_bought_after_its_league(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("В 2019 году Иван Громов купил клуб АПЛ «Вестбери Юнайтед»."))
    assert ("Иван", "Вест") in pairs
    assert ("Иван", "АПЛ") not in pairs


def test_a_club_held_after_a_spelled_out_league_and_its_short_name(analyse: Analyse) -> None:
    properties = _properties(analyse, (
        "Клуб Восточной хоккейной лиги (ВХЛ) «Ривертон» принадлежит компании «Норд-Инвест»."
    ))  # fmt: skip
    assert "Риве" in properties
    assert not properties & {"Вост", "ВХЛ"}


def test_a_team_of_a_league_listed_among_holdings(analyse: Analyse) -> None:
    properties = _properties(analyse, (
        "Группе «Атлас Спорт» принадлежат баскетбольный клуб «Орёл» и команда английской "
        "Премьер-лиги «Линкольн Сити»."
    ))  # fmt: skip
    assert "Линк" in properties
    assert "англ" not in properties


def test_a_later_bare_club_does_not_stand_for_the_league(analyse: Analyse) -> None:
    properties = _properties(analyse, (
        "Бизнесмен Олег Смирнов нашёл покупателя на клуб Английской премьер-лиги (АПЛ) "
        "«Вестбери». Смирнов владел футбольным клубом на протяжении девяти лет."
    ))  # fmt: skip
    assert not properties & {"Англ", "АПЛ"}


def test_a_club_named_right_after_its_noun_stays(analyse: Analyse) -> None:
    pairs = held_pair_stems(analyse("Компании «Норд-Инвест» принадлежит хоккейный клуб «Ривертон»."))
    assert ("Норд", "Риве") in pairs


def test_a_league_with_no_club_named_is_no_property(analyse: Analyse) -> None:
    assert "НХЛ" not in _properties(analyse, "Пётр Соколов владеет клубом НХЛ.")


def test_a_league_that_buys_and_a_match_of_its_club(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, (
        "Лига НХЛ купила права на трансляции у компании «Медиаспорт». Матч клуба НХЛ «Северные "
        "Волки» прошёл в Торонто."
    ))  # fmt: skip
    assert not {owned[:4] for _, owned in pairs} & {"Севе", "НХЛ"}
