"""A post before the owner in the dative, a stake written after an owner noun, and wishes
and a state's agent that own nothing (round 23, classes from real news; sentences written
for these tests)."""

from concord.document import Document
from concord.pipeline import Pipeline


def _pairs(text: str) -> list[tuple[str, str]]:
    analysed = Pipeline().analyse(Document(text=text, published="2012-06-01"))
    return [
        (claim.values("owner")[0], claim.values("property")[0])
        for claim in analysed.claims
        if claim.type == "ownership" and claim.values("owner") and claim.values("property")
    ]


def test_a_deputy_in_the_dative_owns_not_his_assembly() -> None:
    pairs = _pairs(
        "Агрохолдинг «Степной колос» принадлежит депутату Законодательного собрания "
        "Олегу Курганову."
    )
    assert ("Олег Курганов", "Степной колос") in pairs
    assert ("Законодательное собрание", "Степной колос") not in pairs


def test_a_former_head_in_the_dative_owns_not_his_company() -> None:
    pairs = _pairs("ЗАО «Бересклет», принадлежащее бывшему главе «Уралхима» Петру Ежову, подало иск.")
    assert ("Петр Ежов", "Бересклет") in pairs
    assert not any(owner.startswith("Уралхим") for owner, _ in pairs)


def test_a_stake_written_after_the_owner_noun() -> None:
    pairs = _pairs("Владельцем 100% акций «Кедра» и «Сосны» стала компания «Таймыр-инвест».")
    assert ("Таймыр-инвест", "Кедр") in pairs
    assert ("Таймыр-инвест", "Сосна") in pairs


def test_a_past_owner_participle_before_its_company() -> None:
    pairs = _pairs("Акции принадлежавшего Виктору Сбруеву ОАО «Тонар» были проданы на торгах.")
    assert ("Виктор Сбруев", "Тонар") in pairs


def test_a_family_named_in_the_plural_buys() -> None:
    pairs = _pairs("В 2010 году Ковалевы купили мясокомбинат «Заречный».")
    assert ("Ковалевы", "Заречный") in pairs


def test_owning_through_a_fund_is_owning() -> None:
    pairs = _pairs("Бизнесмен Андрей Лаптев владеет «Северной верфью» через фонд «Балтика Холдинг».")
    assert ("Андрей Лаптев", "Северная верфь") in pairs


def test_a_wish_to_be_given_a_company_owns_nothing() -> None:
    assert _pairs("Мэрия добивается, чтобы ей в собственность передали ОАО «Горводоканал».") == []


def test_a_fund_acting_for_the_state_owns_nothing() -> None:
    pairs = _pairs("Акции завода «Сокол» перешли государству в лице фонда «Росимущество».")
    assert not any(owner == "Росимущество" for owner, _ in pairs)
