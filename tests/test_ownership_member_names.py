"""Membership in an organisation named outright: "входит в «X»", "входящей в АФК «X»"."""

from concord.document import Document
from concord.pipeline import Pipeline


def _pairs(text: str) -> list[tuple[str, str]]:
    analysed = Pipeline().analyse(Document(text=text, published="2012-06-01"))
    return [
        (claim.values("owner")[0], claim.values("property")[0])
        for claim in analysed.claims
        if claim.type == "ownership" and claim.values("owner") and claim.values("property")
    ]


def test_member_of_a_named_organisation() -> None:
    assert ("Ростех", "Искра") in _pairs("Завод «Искра» входит в «Ростех».")


def test_participle_hung_on_its_own_group_describes_the_name_before() -> None:
    pairs = _pairs("Акции «Нефтемаша», входящего в АФК «Прогресс», выросли на 4 %.")
    assert any(owner.endswith("Прогресс") and owned == "Нефтемаша" for owner, owned in pairs)


def test_a_ranking_or_a_board_is_no_owner() -> None:
    assert _pairs("Банк «Орион» входит в тройку крупнейших банков.") == []
    assert _pairs("Зотов входит в совет директоров «Ориона».") == []
