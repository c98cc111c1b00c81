"""A ministry's short name the recogniser misses ("В Минтрансе области сообщили") is the
speaker as written, not the organisation the report named last; a common noun for a body
("в ведомстве") still goes on with the body named before. Sentences written for these
tests."""

from __future__ import annotations

from tests.conftest import Analyse, speaker_of


def test_a_short_name_speaks_for_itself(analyse: Analyse) -> None:
    text = (
        "Министерство финансов РФ утвердило новые правила выдачи субсидий. "
        "В Минтрансе области сообщили, что дорогу отремонтируют к осени."
    )
    assert speaker_of(analyse(text), "дорогу отремонтируют") == ["Минтранс области"]


def test_a_body_noun_still_means_the_body_named_before(analyse: Analyse) -> None:
    text = (
        "Министерство финансов РФ утвердило новые правила выдачи субсидий. "
        "В ведомстве сообщили, что правила вступят в силу в мае."
    )
    assert speaker_of(analyse(text), "правила вступят") == ["Министерство финансов РФ"]
