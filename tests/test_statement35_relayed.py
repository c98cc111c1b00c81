"""statement35: an outlet set between "приводит/передаёт" and "слова X" relays the words;
X (or the person a post there stands for) speaks."""

from concord.document import Document
from concord.pipeline import Pipeline


def _speakers(text: str) -> list[str]:
    analysed = next(Pipeline().analyse_many(iter([Document(text=text, path="t")])))
    return [
        next(a.value for a in claim.arguments if a.role == "speaker")
        for claim in analysed.claims
        if claim.type == "statement"
    ]


def test_outlet_before_words_of_named_person() -> None:
    text = (
        "«Тарифы в следующем году не вырастут», — приводит агентство «Прайм» слова Ивана Дроздова."
    )
    assert _speakers(text) == ["Иван Дроздов"]


def test_outlet_before_words_of_post_named_before() -> None:
    text = (
        "Министр транспорта Олег Ракитин ответил на вопрос о новой трассе.\n"
        "«Стройку закончим к осени», — передаёт РБК слова главы ведомства."
    )
    assert _speakers(text) == ["Олег Ракитин"]
