"""State ownership said with an adjective, consortium members, a purchase the parser read
backwards (round 19, classes from real news; sentences written for these tests)."""

from concord.document import Document
from concord.pipeline import Pipeline


def _pairs(text: str) -> list[tuple[str, str]]:
    analysed = Pipeline().analyse(Document(text=text, published="2012-06-01"))
    return [
        (claim.values("owner")[0], claim.values("property")[0])
        for claim in analysed.claims
        if claim.type == "ownership" and claim.values("owner") and claim.values("property")
    ]


def test_federal_property_is_the_named_state() -> None:
    text = (
        "Минимущество России готовит продажу. Около 38 % акций ОАО «Камский порт» "
        "находятся в федеральной собственности."
    )
    assert ("Россия", "Камский порт") in _pairs(text)


def test_federal_property_needs_a_named_state_and_a_named_company() -> None:
    assert _pairs("Около 38 % акций ОАО «Камский порт» находятся в федеральной собственности.") == []
    assert _pairs("В России идет приватизация. Здание находится в федеральной собственности.") == []


def test_consortium_members_own_the_consortium() -> None:
    pairs = _pairs("В консорциум «Северный терминал» вошли банк «Восток» и компания «Портинвест».")
    assert ("Восток", "Северный терминал") in pairs
    assert ("Портинвест", "Северный терминал") in pairs
    assert ("Северный терминал", "Восток") not in pairs


def test_a_holding_still_owns_its_members() -> None:
    assert ("Гранит", "Алмаз") in _pairs("Завод «Алмаз» входит в холдинг «Гранит».")


def test_purchase_read_backwards_by_the_parser_is_turned_round() -> None:
    pairs = _pairs("В марте «Сибмолоко» приобрело ОАО «Кедровский хлебозавод».")
    assert ("Сибмолоко", "Кедровский хлебозавод") in pairs
    assert ("Кедровский хлебозавод", "Сибмолоко") not in pairs


def test_the_state_s_share_is_the_named_state_s() -> None:
    text = "В России продолжается приватизация. Доля государства в ОАО «Уралтранс» составляет 51 %."
    assert ("Россия", "Уралтранс") in _pairs(text)
    assert _pairs("Доля государства в ОАО «Уралтранс» составляет 51 %.") == []
