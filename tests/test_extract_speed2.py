"""Second extract-speed round: readings remembered per word on the view, and the Latin-name
pre-filter. Each shortcut must give the answers the plain reading gives."""

from __future__ import annotations

from dataclasses import replace

from concord.extract.initiative.fitted import _fittable, fittable
from concord.extract.initiative.projects import _is_project, is_project
from concord.extract.lexicons.ru import INITIATIVE
from concord.extract.ownership.unnamed import latin_names
from concord.extract.sentence_view import SentenceView
from tests.test_extract_speed import _IN_MOSCOW, _parts


def _counting_reading(calls: list[int]):  # type: ignore[no-untyped-def]
    def reading(view: SentenceView, index: int, words: object) -> str:
        calls.append(index)
        return view.tokens[index].lemma

    return reading


def test_a_remembered_reading_is_read_once_per_word_and_word_lists() -> None:
    view = SentenceView.build(*_parts(_IN_MOSCOW))
    calls: list[int] = []
    reading = _counting_reading(calls)
    lists, other_lists = INITIATIVE, replace(INITIATIVE)
    assert view.remembered(reading, 0, lists) == "завод"
    assert view.remembered(reading, 0, lists) == "завод"
    assert calls == [0]
    assert view.remembered(reading, 3, lists) == "Москва"
    assert calls == [0, 3]
    assert view.remembered(reading, 0, other_lists) == "завод"  # other lists: read again
    assert calls == [0, 3, 0]


def test_a_replaced_view_remembers_nothing_of_the_one_it_came_from() -> None:
    """ `with_unnamed_names` makes a view with more mentions by `dataclasses.replace`: an
    answer read on the old mentions must not carry over."""
    view = SentenceView.build(*_parts(_IN_MOSCOW))
    calls: list[int] = []
    reading = _counting_reading(calls)
    view.remembered(reading, 1, INITIATIVE)
    copied = replace(view, mentions=list(view.mentions))
    copied.remembered(reading, 1, INITIATIVE)
    assert calls == [1, 1]


def test_remembered_project_and_fitting_readings_answer_as_the_plain_ones() -> None:
    view = SentenceView.build(*_parts(_IN_MOSCOW))
    for index in range(len(view.tokens)):
        plain_project = _is_project(view, index, INITIATIVE)
        plain_fittable = _fittable(view, index, INITIATIVE)
        for _ in range(2):  # read, then remembered
            assert is_project(view, index, INITIATIVE) == plain_project
            assert fittable(view, index, INITIATIVE) == plain_fittable
    assert is_project(view, 0, INITIATIVE)  # "завод"
    assert not is_project(view, 1, INITIATIVE)  # "открылся"


_LATIN_BUYER = [
    ("Компания", "компания", "NOUN", 3, "nsubj"),
    ("Oyster", "Oyster", "PROPN", 0, "appos"),
    ("Terfort", "Terfort", "PROPN", 1, "flat"),
    ("купила", "купить", "VERB", -1, "root"),
    ("завод", "завод", "NOUN", 3, "obj"),
]


def test_a_sentence_without_latin_letters_has_no_latin_name() -> None:
    view = SentenceView.build(*_parts(_IN_MOSCOW))
    assert latin_names(view) == []


def test_a_latin_name_is_still_found() -> None:
    view = SentenceView.build(*_parts(_LATIN_BUYER))
    assert [m.text for m in latin_names(view)] == ["Oyster Terfort"]
