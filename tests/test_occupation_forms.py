"""Occupations in the forms the unseen-text errors showed: posts stacked before one name,
and posts worded as professions."""

from __future__ import annotations

from tests.conftest import Analyse


def posts(analyse: Analyse, text: str) -> set[tuple[str, str, str]]:
    analysed = analyse(text)
    return {
        (claim.values("who")[0], claim.values("position")[0], (claim.values("where") or [""])[0])
        for claim in analysed.claims
        if claim.type == "occupation"
    }


def test_a_profession_before_an_organisation_and_a_name(analyse: Analyse) -> None:
    found = posts(analyse, "На станцию прилетел астронавт НАСА Джон Смит.")
    assert ("Джон Смит", "астронавт", "НАСА") in found


def test_posts_stacked_before_one_name_are_each_a_claim(analyse: Analyse) -> None:
    found = posts(
        analyse,
        "Об этом заявил бывший директор компании «Лукойл» и совладелец банка «Зенит» "
        "Иван Петров.",
    )
    assert {(who, post) for who, post, _ in found} >= {
        ("Иван Петров", "директор"), ("Иван Петров", "совладелец"),
    }


def test_a_post_opening_the_next_item_of_a_list_is_not_stacked(analyse: Analyse) -> None:
    found = posts(
        analyse,
        "Вратарь клуба «Зенит» Иван Петров, капитан клуба «Спартак» Олег Сидоров и защитник "
        "клуба «Динамо» Пётр Иванов пришли на матч.",
    )
    assert not any(who == "Пётр Иванов" and post == "капитан" for who, post, _ in found)


def test_a_board_of_directors_is_no_second_post(analyse: Analyse) -> None:
    """ "директоров" is not a post of its own; the board stays in the post (issue 16)."""
    found = posts(analyse, "Член совета директоров «Газпрома» Иван Петров подал в отставку.")
    assert {(who, post) for who, post, _ in found} == {("Иван Петров", "член совета директоров")}


def test_a_plural_post_is_each_listed_persons(analyse: Analyse) -> None:
    found = posts(analyse, "В совещании участвовали министры Иван Петров, Олег Сидоров и Пётр Иванов.")
    assert {who for who, _, _ in found} == {"Иван Петров", "Олег Сидоров", "Пётр Иванов"}


def test_an_owner_noun_is_a_post_to_concord_and_ownership_to_the_benchmark(
    analyse: Analyse,
) -> None:
    from concord.eval.run import task3_facts

    analysed = analyse("Владелица сети «Азбука» Анна Смирнова дала интервью.")
    posts = [c.values("position") for c in analysed.claims if c.type == "occupation"]
    assert posts == [["владелица сети"]]
    shaped = {fact_type for fact_type, _ in task3_facts(analysed)}
    assert shaped == {"Ownership"}


def test_an_acting_post_after_the_name(analyse: Analyse) -> None:
    text = ("Иван Петров, исполняющий обязанности официального представителя "
            "Госдепартамента США, выступил с заявлением.")  # fmt: skip
    assert posts(analyse, text) == {
        ("Иван Петров", "исполняющий обязанности официального представителя",
         "Госдепартамент США")
    }  # fmt: skip
    assert posts(analyse, "Иван Петров, исполняющий старые песни, приехал.") == set()


def test_a_post_in_brackets_after_the_name(analyse: Analyse) -> None:
    found = posts(
        analyse, "Решение объявили Иван Петров (главный тренер) и Олег Сидоров (тренер вратарей)."
    )
    assert {(who, post) for who, post, _ in found} >= {
        ("Иван Петров", "главный тренер"), ("Олег Сидоров", "тренер вратарей"),
    }


def test_a_state_post_without_its_country_is_the_documents_main_state(analyse: Analyse) -> None:
    found = posts(
        analyse,
        "Беларусь повысила пошлины. Экспорт из Беларуси упал. "
        "Решение подписал президент Александр Лукашенко.",
    )
    assert ("Александр Лукашенко", "президент", "Беларусь") in found


def test_a_state_post_without_its_country_follows_the_holders_own_state(
    analyse: Analyse,
) -> None:
    found = posts(
        analyse,
        "Президент Украины Виктор Янукович прилетел в Турцию. Турция ждала визита. "
        "Власти Турции встретили гостя. Позже президент Виктор Янукович уехал.",
    )
    assert {where for who, post, where in found if post == "президент"} == {"Украина"}


def test_an_unnamed_delegation_or_armed_forces_is_the_place_of_work(analyse: Analyse) -> None:
    found = posts(
        analyse,
        "Глава российской делегации Иван Петров и представитель вооружённых сил Олег Сидоров "
        "прибыли в Женеву.",
    )
    places = {who: where.lower() for who, _, where in found}
    assert "делегац" in places.get("Иван Петров", "")
    assert "вооружен" in places.get("Олег Сидоров", "").replace("ё", "е")


def test_a_rank_after_a_post_is_held_at_the_posts_place_of_work(analyse: Analyse) -> None:
    found = posts(
        analyse, "Представитель пограничной службы майор Иван Петров сообщил о задержании."
    )
    places = {post: where.lower() for who, post, where in found if who == "Иван Петров"}
    assert "служб" in places.get("майор", "")
    assert places.get("майор") == places.get("представитель")


def test_posts_listed_with_commas_before_one_name_are_each_a_claim(analyse: Analyse) -> None:
    found = posts(
        analyse,
        "На митинге выступил депутат городской думы Самары, координатор движения «Наш дом» "
        "Иван Петров.",
    )
    assert {(who, post) for who, post, _ in found} >= {
        ("Иван Петров", "депутат"), ("Иван Петров", "координатор"),
    }
