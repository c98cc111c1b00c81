"""Statement forms of round 13, each on a sentence written for it."""

from collections.abc import Callable

import pytest

from concord.document import Document
from concord.pipeline import Pipeline


@pytest.fixture(scope="module")
def speakers() -> Callable[[str], list[str]]:
    pipeline = Pipeline()

    def read(text: str) -> list[str]:
        analysed = pipeline.analyse(Document(text=text, published="2012-05-14"))
        return [c.values("speaker")[0] for c in analysed.claims if c.type == "statement"]

    return read


def test_an_outlet_told_beside_the_holder_is_not_the_speaker(
    speakers: Callable[[str], list[str]],
) -> None:
    text = (
        "Уровень воды в реке поднялся на два метра, сообщили РИА Новости "
        "в Главном управлении МЧС по Амурской области."
    )
    assert any("МЧС" in s for s in speakers(text))
    assert not any("РИА" in s for s in speakers(text))


def test_a_pronoun_speaks_not_the_outlet_it_spoke_to(
    speakers: Callable[[str], list[str]],
) -> None:
    text = (
        "Форвард Павел Мамаев слухи о переходе опроверг. "
        "«Я остаюсь в команде», — сказал он «Известиям»."
    )
    assert speakers(text) and all("Мамаев" in s for s in speakers(text))


def test_an_organisation_word_before_a_name_does_not_describe_the_person(
    speakers: Callable[[str], list[str]],
) -> None:
    text = (
        "Магазин принадлежит компании «Торговый двор». Директор компании Олег Зуев "
        "осмотрел склад. В компании уверены, что товар был застрахован."
    )
    assert any("Торговый двор" in s for s in speakers(text))


def test_a_womans_form_of_a_post_refers_back(speakers: Callable[[str], list[str]]) -> None:
    text = (
        "Заместитель губернатора Ирина Белова раскритиковала проект. "
        "«Мы не видим расчётов», — заметила чиновница."
    )
    assert any("Белова" in s for s in speakers(text))


def test_dialogue_answers_are_the_interviewees(speakers: Callable[[str], list[str]]) -> None:
    text = (
        "Тренер Олег Кононов ответил на вопросы журналистов.\n"
        "— Вы довольны игрой?\n"
        "— Не вполне. Мы упустили победу в концовке.\n"
    )
    assert any("Кононов" in s for s in speakers(text))


def test_a_post_goes_on_with_the_subject_not_a_name_inside_a_phrase(
    speakers: Callable[[str], list[str]],
) -> None:
    text = (
        "Премьер-министр Латвии Андрис Лапиньш признал, что бюджет придётся сократить. "
        "Проект фракции банкира Иварса Зариньша набирает поддержку в сейме. "
        "Выступая по радио, глава правительства сказал, что сокращения коснутся всех ведомств."
    )
    found = speakers(text)
    assert found.count("Андрис Лапиньш") == 2 and "Иварс Зариньш" not in found


def test_quoted_words_passed_on_by_an_agency_are_the_posts_holders(
    speakers: Callable[[str], list[str]],
) -> None:
    text = (
        "Лидер профсоюза Геннадий Орлов пообещал продолжить забастовку. "
        "«Мы не уйдём с площади. Нам нечего терять», — передаёт слова профсоюзного лидера ИТАР-ТАСС."
    )
    assert speakers(text).count("Геннадий Орлов") == 2


def test_an_attribution_to_preliminary_data(speakers: Callable[[str], list[str]]) -> None:
    text = "По предварительным данным Росстата, население Томска выросло на два процента."
    assert any("Росстат" in s for s in speakers(text))


def test_a_source_among_a_group_of_posts_names_nobody(
    speakers: Callable[[str], list[str]],
) -> None:
    text = (
        "Заместитель министра транспорта Олег Белов осмотрел мост. "
        "Ремонт завершат к осени, говорит источник в совете министров республики."
    )
    assert speakers(text) == []
