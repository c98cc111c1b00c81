"""statement36: a masculine post noun with a feminine speech verb ("председатель X
заявила") names a woman at the post: the woman named before or next, else the post
itself; never the body in the post's genitive, the man named last, or the outlet."""

from concord.document import Document
from concord.pipeline import Pipeline


def _speakers(text: str) -> list[str]:
    analysed = next(Pipeline().analyse_many(iter([Document(text=text, path="t")])))
    return [
        next(a.value for a in claim.arguments if a.role == "speaker")
        for claim in analysed.claims
        if claim.type == "statement"
    ]


def test_post_then_woman_named_next() -> None:
    text = (
        "На брифинге председатель Росстата заявила, что безработица снизилась до 3%. "
        "«Это рекорд за десять лет», — сказала Марина Ковалёва."
    )
    speakers = _speakers(text)
    assert "Росстат" not in speakers and "Росстата" not in speakers
    assert speakers.count("Марина Ковалёва") == 2


def test_quote_post_then_surname_next() -> None:
    text = (
        "Она рассказала о планах ведомства. "
        '"Мы готовы к диалогу с бизнесом", - добавила глава Росстата. '
        "Ковалёва пояснила, что опрос продолжится."
    )
    speakers = _speakers(text)
    assert speakers and all(s.endswith("Ковалёва") for s in speakers)


def test_woman_named_before_not_the_man_named_last() -> None:
    text = (
        "Глава Росстата Марина Ковалёва выступила на заседании вместе с Игорем Волковым. "
        "Министр Игорь Волков говорил о дорогах. "
        "Затем председатель Росстата заявила, что безработица снизилась до 3%."
    )
    speakers = _speakers(text)
    assert "Марина Ковалёва" in speakers
    assert speakers.count("Игорь Волков") <= 1


def test_nobody_named_the_post_speaks() -> None:
    text = "На брифинге председатель Росстата заявила, что безработица снизилась до 3%."
    assert _speakers(text) == ["председатель Росстата"]


def test_masculine_verb_keeps_the_old_reading() -> None:
    text = "На брифинге председатель Росстата заявил, что безработица снизилась до 3%."
    assert _speakers(text) != ["председатель Росстата"]


def test_feminine_body_nouns_are_no_woman() -> None:
    text = (
        "Компания «Северный поток» заявила, что выручка выросла на 5%. "
        "Пресс-служба компании сообщила, что отчёт опубликуют в мае."
    )
    assert all("председатель" not in s and "пресс-служба" not in s for s in _speakers(text))
