"""statement36: "Clause, заявила глава X Name, сообщает ТАСС": the outlet after the
speaker's own aside only relays her; one claim, the speaker's."""

from concord.document import Document
from concord.pipeline import Pipeline


def _speakers(text: str) -> list[str]:
    analysed = next(Pipeline().analyse_many(iter([Document(text=text, path="t")])))
    return [
        next(a.value for a in claim.arguments if a.role == "speaker")
        for claim in analysed.claims
        if claim.type == "statement"
    ]


def test_outlet_after_named_speaker_only_relays() -> None:
    text = "Рост тарифов нужно сдерживать, заявила глава Минэнерго Ольга Петрова, сообщает ТАСС."
    assert _speakers(text) == ["Ольга Петрова"]


def test_outlet_after_speaker_with_aside_only_relays() -> None:
    text = (
        "Рост тарифов нужно сдерживать, заявил глава Минэнерго Олег Петров "
        "в ходе заседания, сообщает ТАСС."
    )
    assert _speakers(text) == ["Олег Петров"]


def test_outlet_alone_still_speaks() -> None:
    text = "Беседа министров состоялась по инициативе Минска, передает «Интерфакс»."
    assert _speakers(text) == ["Интерфакс"]
