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


def test_a_post_with_a_prefix_is_a_post() -> None:
    pairs = _pairs("ООО «Гранат», принадлежащее экс-главе «Южсталь» Глебу Носову, закрыто.")
    assert ("Глеб Носов", "Гранат") in pairs
    assert not any(owner.startswith("Южсталь") for owner, _ in pairs)


def test_the_business_meant_is_the_company_before() -> None:
    pairs = _pairs(
        "Сеть аптек «Здравица» работает в пяти городах. Собственники бизнеса – компания «Альтаир»."
    )
    assert ("Альтаир", "Здравица") in pairs


def test_a_pronoun_member_of_the_group_before_the_relative() -> None:
    pairs = _pairs(
        "Фабрика «Снежинка» выпускает конфеты для холдинга «Полюс-Продукт», в который она "
        "входит с 2005 года."
    )
    assert ("Полюс-Продукт", "Снежинка") in pairs


def test_a_group_named_after_its_member() -> None:
    pairs = _pairs("Холдинг «Волжские мельницы» группы «Агроресурс» купил элеватор в Саратове.")
    assert ("Агроресурс", "Волжские мельницы") in pairs


def test_a_spokesman_of_a_group_owns_nothing() -> None:
    pairs = _pairs("Пресс-секретарь группы «Агроресурс» Нина Гусева отказалась от комментариев.")
    assert pairs == []


def test_a_magnate_named_after_the_plant() -> None:
    pairs = _pairs("Спиртзавод «Кристалл-Юг» водочного магната Игоря Лунина остановлен.")
    assert ("Игорь Лунин", "Кристалл-Юг") in pairs


def test_a_stake_goes_to_the_dative() -> None:
    pairs = _pairs("По условиям сделки 51 % акций «Сибирского угля» достанутся компании «Кузбассинвест».")
    assert ("Кузбассинвест", "Сибирский уголь") in pairs
    pairs = _pairs("После допэмиссии 60 % акций «Уралтранса» достанутся банку «Кедровый».")
    assert any(
        owner == "Кедровый" and owned.startswith("Уралтранс") for owner, owned in pairs
    )  # the name's case is left in the property; the pair is what this test is about


def test_a_governor_named_before_owns_not_what_his_region_owns() -> None:
    pairs = _pairs(
        "Губернатор Тверской области Игорь Лавров обещал спасти клуб «Волга», 100% которого "
        "принадлежат региону."
    )
    assert not any(owner == "Игорь Лавров" for owner, _ in pairs)
