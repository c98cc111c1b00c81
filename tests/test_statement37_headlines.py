"""statement37: a headline crediting words by a colon or a dash ("Surname: words",
"Post Surname: words", "Post of X: words", "words — Name") is the speaker's statement;
a surname alone is the person the body names in full, a post alone its holder. A place
or a topic before the colon is no speaker."""

from tests.conftest import Analyse, claims_of


def _headline_speakers(analyse: Analyse, text: str) -> list[str]:
    """The speakers of the claims read from the first line."""
    first_line_end = text.index("\n")
    return [
        claim.values("speaker")[0]
        for claim in claims_of(analyse(text), "statement")
        if claim.evidence.start < first_line_end
    ]


def test_surname_alone_is_the_person_named_in_full(analyse: Analyse) -> None:
    text = (
        "Корнилов: тарифы на проезд в области не вырастут до осени\n\n"
        "Губернатор Тверской области Андрей Корнилов ответил на вопросы жителей "
        "во время прямой линии в четверг.\n"
    )
    assert _headline_speakers(analyse, text) == ["Андрей Корнилов"]


def test_post_and_surname_label(analyse: Analyse) -> None:
    text = (
        "Министр транспорта Корнилов: новые мосты построят за три года\n\n"
        "В регионе появятся четыре новых моста, сообщил министр транспорта Андрей "
        "Корнилов.\n"
    )
    assert _headline_speakers(analyse, text) == ["Андрей Корнилов"]


def test_post_alone_is_the_holder_the_body_introduces(analyse: Analyse) -> None:
    text = (
        "Глава Минтранса: число пассажиров электричек выросло на треть\n\n"
        "Об этом рассказал журналистам глава Минтранса Андрей Корнилов на выставке "
        "в Казани.\n"
    )
    assert _headline_speakers(analyse, text) == ["Андрей Корнилов"]


def test_words_then_dash_and_surname(analyse: Analyse) -> None:
    text = (
        "Новые мосты построят за три года - Корнилов\n\n"
        "Министр транспорта Андрей Корнилов рассказал о планах ведомства на выставке.\n"
    )
    assert _headline_speakers(analyse, text) == ["Андрей Корнилов"]


def test_one_claim_per_headline(analyse: Analyse) -> None:
    text = (
        "Корнилов: тарифы не вырастут, а мосты построят за три года\n\n"
        "Губернатор Андрей Корнилов выступил на прямой линии.\n"
    )
    assert len(_headline_speakers(analyse, text)) == 1


def test_place_before_colon_is_no_speaker(analyse: Analyse) -> None:
    text = (
        "Казань: пробки достигли восьми баллов вечером пятницы\n\n"
        "Движение в центре города затруднено из-за ремонта дорог.\n"
    )
    assert _headline_speakers(analyse, text) == []


def test_topic_before_colon_is_no_speaker(analyse: Analyse) -> None:
    text = (
        "Итоги недели: цены на бензин снова выросли\n\n"
        "Стоимость топлива на заправках области увеличилась на два процента.\n"
    )
    assert _headline_speakers(analyse, text) == []


def test_a_sentence_line_is_no_headline_label(analyse: Analyse) -> None:
    text = (
        "Корнилов: тарифы на проезд в области не вырастут до осени.\n\n"
        "Губернатор Андрей Корнилов ответил на вопросы жителей.\n"
    )
    assert _headline_speakers(analyse, text) == []
