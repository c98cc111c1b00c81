"""Statement forms of statement43 (classes recorded on real news excerpts), each on
sentences written for it: an expert named only as "эксперт" after a quoted source the
text gave another title ("«…», — рассказал директор агентства X. По словам эксперта, …"),
and an application written or filed, which says nothing ("написал заявление об
отставке"); with near misses: an official who only announced a step before "эксперт",
"сделал заявление" and "написал, что …", which stay speech."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2021-03-11")


def test_expert_is_the_source_quoted_last(speakers: Read) -> None:
    text = (
        "Банки поднимут ставки по вкладам. «Ставки вырастут уже к весне», — сообщил "
        "«Известиям» руководитель отдела компании «Финлайн» Олег Смирнов. Как пояснил "
        "эксперт, в первую очередь это коснется коротких вкладов. «Рост составит до одного "
        "пункта», — рассказал «Известиям» директор агентства «Рейтинг-Плюс» Павел Орлов. "
        "Однако этот рост, по словам эксперта, будет медленным."
    )
    assert sorted(speakers(text)) == ["Олег Смирнов"] * 2 + ["Павел Орлов"] * 2


def test_official_announcing_a_step_is_no_expert(speakers: Read) -> None:
    text = (
        "Губернатор Олег Смирнов объявил о выделении 20 млн рублей на ремонт школ. "
        "Как пояснил эксперт, этих денег хватит на три школы."
    )
    assert speakers(text) == ["Олег Смирнов"]


@pytest.mark.parametrize(
    "text",
    [
        "Депутат Олег Ветров написал заявление об отставке.",
        "Директор школы Анна Белова написала заявление на увольнение по собственному желанию.",
        "Начальник отдела Иван Горин подал рапорт об увольнении.",
    ],
)
def test_application_filed_is_no_statement(speakers: Read, text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Олег Ветров сделал заявление о своей отставке.",
        "Олег Ветров написал в соцсетях, что уходит в отставку.",
    ],
)
def test_statement_made_or_written_stays(speakers: Read, text: str) -> None:
    assert speakers(text) == ["Олег Ветров"]
