"""Round 42: a make-up under a company's kind noun ("В состав компании «X» входит Y", "В
состав компании входит Y" with the company named before) is the company's; an owner noun's
predicate whose subject has no name ("Эта компания является собственником X", "Он стал
владельцем X") owns through the name that subject stands for. The sentences are my own."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_make_up_of_a_named_company(analyse: Analyse) -> None:
    text = "В состав компании «Северный прииск» входит ООО «Рудник Ясный»."
    assert ("Северный прииск", "Рудник Ясный") in ownership_pairs(analyse, text)


def test_make_up_of_a_bank_named_after_its_kind(analyse: Analyse) -> None:
    text = "В состав банка «Рассвет» входит лизинговая компания «Рассвет Лизинг»."
    assert ("Рассвет", "Рассвет Лизинг") in ownership_pairs(analyse, text)


def test_make_up_of_the_company_named_before(analyse: Analyse) -> None:
    text = (
        "Компания «Северный прииск» добывает золото в Магаданской области. "
        "В состав компании входят ООО «Рудник Ясный» и ООО «Рудник Дальний»."
    )
    pairs = ownership_pairs(analyse, text)
    assert ("Северный прииск", "Рудник Ясный") in pairs
    assert ("Северный прииск", "Рудник Дальний") in pairs


def test_board_of_the_company_is_no_make_up(analyse: Analyse) -> None:
    text = (
        "Компания «Северный прииск» добывает золото в Магаданской области. "
        "В состав совета директоров компании вошел Олег Карпов."
    )
    assert not ownership_pairs(analyse, text)


def test_this_company_is_the_owner(analyse: Analyse) -> None:
    text = (
        "Агрохолдинг «Степной край» получил одобрение ФАС. "
        "Эта компания с весны является собственником Липецкого свинокомплекса."
    )
    assert ("Степной край", "Липецкий свинокомплекс") in ownership_pairs(analyse, text)


def test_he_became_the_owner(analyse: Analyse) -> None:
    text = (
        "Предприниматель Глеб Орехов давно работает в Калуге. "
        "Он стал владельцем кафе «Самовар» прошлой осенью."
    )
    assert ("Глеб Орехов", "Самовар") in ownership_pairs(analyse, text)


def test_wish_to_become_the_owner_stays_silent(analyse: Analyse) -> None:
    text = (
        "Агрохолдинг «Степной край» получил одобрение ФАС. "
        "Эта компания хочет стать владельцем Липецкого свинокомплекса."
    )
    assert not ownership_pairs(analyse, text)


def test_its_director_is_not_the_company(analyse: Analyse) -> None:
    text = (
        "Агрохолдинг «Степной край» получил одобрение ФАС. "
        "Его директор является владельцем кафе «Самовар»."
    )
    assert ("Степной край", "Самовар") not in ownership_pairs(analyse, text)


def test_seller_of_a_counted_share_holds_it_now(analyse: Analyse) -> None:
    text = "Компания «Вектор» продаст 51 процент акций авиакомпании «Сокол»."
    assert ("Вектор", "Сокол") in ownership_pairs(analyse, text)


def test_region_that_will_sell_half_of_the_shares(analyse: Analyse) -> None:
    text = "Псковская область продаст половину акций молокозавода «Исток»."
    assert any(
        owner.startswith("Псковск") and thing == "Исток"
        for owner, thing in ownership_pairs(analyse, text)
    )


def test_planned_sale_of_a_percentage(analyse: Analyse) -> None:
    text = "Холдинг «Вектор» собирается продать 49% компании «Сокол»."
    assert ("Вектор", "Сокол") in ownership_pairs(analyse, text)


def test_sale_made_leaves_no_holding(analyse: Analyse) -> None:
    text = "Компания «Вектор» продала 51 процент акций авиакомпании «Сокол»."
    assert ("Вектор", "Сокол") not in ownership_pairs(analyse, text)


def test_planned_purchase_of_a_percentage_holds_nothing(analyse: Analyse) -> None:
    text = "Компания «Вектор» хочет купить 51 процент акций авиакомпании «Сокол»."
    assert ("Вектор", "Сокол") not in ownership_pairs(analyse, text)
