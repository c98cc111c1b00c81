"""Membership in an organisation named outright: "входит в «X»", "входящей в АФК «X»"."""

from tests.conftest import Analyse, owner_property_pairs


def test_member_of_a_named_organisation(analyse: Analyse) -> None:
    assert ("Ростех", "Искра") in owner_property_pairs(analyse, "Завод «Искра» входит в «Ростех».")


def test_participle_hung_on_its_own_group_describes_the_name_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Акции «Нефтемаша», входящего в АФК «Прогресс», выросли на 4 %."
    )
    assert any(owner.endswith("Прогресс") and owned == "Нефтемаша" for owner, owned in pairs)


def test_a_ranking_or_a_board_is_no_owner(analyse: Analyse) -> None:
    assert owner_property_pairs(analyse, "Банк «Орион» входит в тройку крупнейших банков.") == []
    assert owner_property_pairs(analyse, "Зотов входит в совет директоров «Ориона».") == []
