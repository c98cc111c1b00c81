"""Precision on real news (round 17): a person named with a post is no owner wherever the
post noun sits, a launched mine founds no company, and "этому правительству" points back to
the region's government named before (sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import Analyse, ownership_pairs


def test_a_director_beside_a_dashed_owner_noun_owns_nothing(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Об этом сообщил исполнительный директор концерна "
                   "«Гранитный берег» — владельца завода — Павел Сомов.")  # fmt: skip
    assert not [p for p in pairs if "Сом" in p[0]]


def test_a_vice_governor_near_the_future_owner_owns_nothing(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Область готова уступить свою долю в аэропорту «Северный» "
                   "будущему главному собственнику аэропорта, сообщил вице-губернатор "
                   "Олег Ракитин.")  # fmt: skip
    assert not [p for p in pairs if "Ракитин" in p[0]]


def test_a_deputy_who_owns_a_port_still_owns_it(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Порт «Лесной причал» принадлежит депутату облдумы "
                   "Аркадию Щеглову.")  # fmt: skip
    assert any("Щеглов" in owner and owned == "Лесной причал" for owner, owned in pairs)


def test_a_launched_mine_is_no_founded_company(analyse: Analyse) -> None:
    assert not ownership_pairs(analyse, "Компания «Сибантрацит» запустила шахту «Листвяжная-2».")


def test_a_launched_channel_is_still_founded(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "В 2009 году холдинг «Медиасфера» запустил радиостанцию "
                   "«Вектор FM».")  # fmt: skip
    assert ("Медиасфера", "Вектор FM") in pairs


def test_this_government_is_the_regions_named_before(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Новый региональный банк может появиться в России уже в "
                   "этом году. Правительство Томской области намерено докупить 30 % акций "
                   "банка «Кедр». Еще 45 % банка уже принадлежат этому правительству.")  # fmt: skip
    assert not [p for p in pairs if p[0].startswith("Росси")]
    assert any(owner.startswith("Томск") and owned == "Кедр" for owner, owned in pairs)


def test_an_owner_named_with_a_post_in_a_copular_sentence_still_owns(analyse: Analyse) -> None:
    pairs = ownership_pairs(analyse, "Владельцем «Ареала» является депутат Госдумы Николай "
                   "Рябов.")  # fmt: skip
    assert any("Рябов" in owner and owned == "Ареала" for owner, owned in pairs)


def test_a_co_owner_described_by_a_former_post_is_still_named(analyse: Analyse) -> None:
    claims = [
        claim for claim in analyse("Совладелец холдинга «Прибой», бывший сенатор Аркадий Лунев, "
                                   "отказался от комментариев.").claims
        if claim.type == "ownership"
    ]  # fmt: skip
    assert any("Лунев" in claim.values("owner")[0] for claim in claims)


def test_an_owner_noun_beside_a_post_holders_name_still_names_the_owner(
    analyse: Analyse,
) -> None:
    pairs = ownership_pairs(analyse, "Председатель наблюдательного совета Игорь Лаптев, "
                   "совладелец сети «Домострой», поддержал решение.")  # fmt: skip
    assert any("Лаптев" in owner and owned == "Домострой" for owner, owned in pairs)
