"""Round 26: the people an owner noun names, a plural foreign surname shared by two first
names, a bare noun for people that names no one, brands listed in brackets, and a sale's
subject the parser takes for its object (classes from real business news; sentences
written for these tests)."""

from concord.nlp.shared_surnames import singular_surnames
from tests.conftest import Analyse, owner_property_pairs


def test_the_people_after_an_owner_noun_own_the_company_not_the_chain(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Компания «Стройинвест», подконтрольная основателям сети магазинов «Колос» братьям "
        "Игорю и Павлу Сомовым, купила участок под Тулой.",
    )
    assert ("Игорь Сомов", "Стройинвест") in pairs
    assert ("Павел Сомов", "Стройинвест") in pairs
    assert ("Колос", "Стройинвест") not in pairs


def test_an_owner_noun_without_people_after_it_still_leaves_the_chain_out(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse, "Фирма «Ольха», подконтрольная владельцам сети аптек «Лекарь», открыла склад."
    )
    assert ("Лекарь", "Ольха") not in pairs


def test_a_plural_foreign_surname_is_shared_by_both_first_names(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Холдинг «Ладья» принадлежит братьям Марку и Семену Гольдбергам.",
    )
    assert ("Марк Гольдберг", "Ладья") in pairs
    assert ("Семен Гольдберг", "Ладья") in pairs


def test_consonant_stem_surnames_lose_their_plural_ending() -> None:
    assert singular_surnames("Гольдбергам") == ("Гольдберг", "Гольдберг")
    assert singular_surnames("Шульманами") == ("Шульман", "Шульман")
    assert singular_surnames("Кравцовым") == ("Кравцов", "Кравцова")
    assert singular_surnames("Дамам") is None  # too short a stem to be a surname
    assert singular_surnames("Фроловы") == ("Фролов", "Фролова")


def test_a_bare_noun_for_people_at_a_sentence_start_owns_nothing(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, 'Основатели "Пеликана" создадут сеть кафе.')
    assert not any(owner == "Основатели" for owner, _ in pairs)
    pairs = owner_property_pairs(analyse, 'Совладельцы "Пеликана" создадут сеть кафе.')
    assert not any(owner == "Совладельцы" for owner, _ in pairs)


def test_a_quoted_noun_for_people_is_still_a_name(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Банк «Союз» принадлежит компании «Акционеры».")
    assert ("Акционеры", "Союз") in pairs


def test_a_brand_in_a_bracketed_list_is_not_what_a_later_noun_means(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Фонд «Север» владеет 10% холдинга «Лето» (магазины «Лукошко», «Пятак» и др.). "
        "Основатели сети Иван Лобов и Петр Гусев выкупят этот пакет.",
    )
    assert ("Иван Лобов", "Пятак") not in pairs
    assert ("Иван Лобов", "Лето") in pairs


def test_funds_before_a_plural_sale_verb_sell_and_are_not_sold(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Летом этого года фонды Alder Capital Partners и North Ridge Partners продали "
        "62,5% омской розничной сети «Ромашка» торговому холдингу «Берег».",
    )
    assert ("Ромашка", "Alder Capital Partners") not in pairs


def test_an_object_before_its_verb_with_a_subject_is_still_sold(analyse: Analyse) -> None:
    pairs = owner_property_pairs(analyse, "Акции завода «Луч» компания продала холдингу «Вега».")
    assert ("Вега", "Луч") in pairs
