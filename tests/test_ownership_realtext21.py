"""An owner noun in the predicate with its company in the sentence before, a participle
before its noun, a joint venture's two parents, one company named twice, a state that is
no property (round 21, classes from real news; sentences written for these tests)."""

from tests.conftest import Analyse, owner_property_pairs


def test_owners_in_the_predicate_own_the_company_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Компания «Северный рудник» была основана в 2004 году в Магадане. Крупнейшими "
        "акционерами являются «Полярис Инвест», Arctic Holdings Ltd и менеджмент компании.",
    )
    assert ("Полярис Инвест", "Северный рудник") in pairs
    assert ("Arctic Holdings Ltd", "Северный рудник") in pairs


def test_an_owner_noun_not_in_the_predicate_takes_nothing_from_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Компания «Северный рудник» была основана в 2004 году в Магадане. Акционеры "
        "собрались в Москве, где выступил «Полярис Инвест».",
    )
    assert ("Полярис Инвест", "Северный рудник") not in pairs


def test_a_participle_before_its_noun_names_the_owner_in_the_dative(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse, "Стадион строило подконтрольное холдингу «Аркада» ООО «Стройпроект»."
    )
    assert ("Аркада", "Стройпроект") in pairs


def test_a_joint_venture_is_owned_by_both_parents_not_by_what_the_brackets_say(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "ООО «Таежное» — совместное предприятие ОАО «Сибзолото» (бренд «Сибирь Голд», "
        "контролирует 60%) и канадской Birch Mining (40%) — получило лицензию.",
    )
    assert ("Сибзолото", "Таежное") in pairs
    assert ("Birch Mining", "Таежное") in pairs
    assert ("Сибирь Голд", "Таежное") not in pairs


def test_a_company_does_not_own_itself(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Основными владельцами «Омскагро» являются ООО «Зерно» и сам «Омскагро», "
        "выкупивший 10% своих акций.",
    )
    assert ("Омскагро", "Омскагро") not in pairs


def test_a_state_is_no_property(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "После сделки холдинг «Балтпорт» будет контролировать около 15% экспорта зерна России.",
    )
    assert not any(owned == "Россия" for _, owned in pairs)


def test_an_owner_noun_with_its_own_unnamed_property_takes_nothing_from_before(
    analyse: Analyse,
) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Завод приватизировало ООО «Старт». Затем было создано акционерное общество, "
        "владельцами которого стали Олег Рыбин и его брат Денис.",
    )
    assert ("Олег Рыбин", "Старт") not in pairs


def test_one_who_will_become_an_owner_takes_nothing_from_before(analyse: Analyse) -> None:
    pairs = owner_property_pairs(
        analyse,
        "Сейчас городу через фонд «Развитие» принадлежит 60% акций завода. Новые акции "
        "купит австрийская группа «Штальверк», которая станет вторым акционером.",
    )
    assert ("Штальверк", "Развитие") not in pairs
