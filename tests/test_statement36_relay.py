"""statement36: "Clause, заявила глава X Name, сообщает ТАСС": the outlet after the
speaker's own aside only relays her; one claim, the speaker's."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, statement_speakers

Speakers = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Speakers:
    """The speaker of each statement claim of an undated text."""
    return lambda text: statement_speakers(analyse(text, None))


def test_outlet_after_named_speaker_only_relays(speakers: Speakers) -> None:
    text = "Рост тарифов нужно сдерживать, заявила глава Минэнерго Ольга Петрова, сообщает ТАСС."
    assert speakers(text) == ["Ольга Петрова"]


def test_outlet_after_speaker_with_aside_only_relays(speakers: Speakers) -> None:
    text = (
        "Рост тарифов нужно сдерживать, заявил глава Минэнерго Олег Петров "
        "в ходе заседания, сообщает ТАСС."
    )
    assert speakers(text) == ["Олег Петров"]


def test_outlet_alone_still_speaks(speakers: Speakers) -> None:
    text = "Беседа министров состоялась по инициативе Минска, передает «Интерфакс»."
    assert speakers(text) == ["Интерфакс"]
