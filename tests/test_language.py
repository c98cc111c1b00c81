"""Language per document: stated by the source or detected, and each document sent to its
language's analyser; a language without one is stored unanalysed, never run through the
Russian models."""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from pathlib import Path

import pytest

from concord.analysis import AnalysedDocument
from concord.document import Document
from concord.ingest.work import analyse_batch
from concord.nlp.analyser import ANALYSERS, Analyser, Zones
from concord.nlp.language import UNDETERMINED, detect
from concord.pipeline import Pipeline
from concord.read.common import declared_language
from tests.conftest import SEEDS, SHARED
from tests.language_texts import ENGLISH, KAZAKH, RUSSIAN, UKRAINIAN

DEVSET = SHARED / "factrueval2016" / "devset"
FAVOURED = tuple(ANALYSERS)


def test_every_devset_text_and_seed_is_russian() -> None:
    paths = sorted(DEVSET.glob("book_*.txt")) + sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 124  # 122 devset texts and 2 seeds
    found = {path.name: detect(path.read_text(encoding="utf-8"), FAVOURED) for path in paths}
    assert {name: language for name, language in found.items() if language != "ru"} == {}


@pytest.mark.parametrize(
    ("text", "language"), [(ENGLISH, "en"), (UKRAINIAN, "uk"), (KAZAKH, "kk"), (RUSSIAN, "ru")]
)
def test_news_in_other_languages_is_told_apart(text: str, language: str) -> None:
    assert detect(text, FAVOURED) == language
    assert detect(text) == language  # without favouring Russian too


def test_nothing_to_tell_from_is_undetermined() -> None:
    for text in ("", "   \n", "2026-02-27 12:00", "15 %", "Ministers met."):
        assert detect(text, FAVOURED) == UNDETERMINED, text


def test_a_short_russian_sentence_is_russian_when_russian_is_expected() -> None:
    """Alone the model gives a one-line Russian sentence 0.38 Russian, 0.30 Uzbek."""
    sentence = "Холдинг «Интеррос» принадлежит Владимиру Потанину."
    assert detect(sentence) == UNDETERMINED
    assert detect(sentence, FAVOURED) == "ru"


def test_a_stated_language_is_normalised_or_dropped() -> None:
    cases = {"ru-RU": "ru", " en_GB ": "en", "rus": "ru", "KK": "kk", "uk": "uk", "": "",
             None: "", "russian language": "", "12": "", 7: ""}  # fmt: skip
    assert {case: declared_language(case) for case in cases} == cases


# --- dispatch, with stand-in analysers ------------------------------------------------------


class RecordingAnalyser:
    """Stands in for a language's models and records what it was given."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen

    def annotate(self, document: Document, non_claim_zones: Zones = ()) -> AnalysedDocument:
        return self.annotate_many([(document, non_claim_zones)])[0]

    def annotate_many(self, items: Sequence[tuple[Document, Zones]]) -> list[AnalysedDocument]:
        self.seen.append("|".join(document.text[:8] for document, _ in items))
        return [AnalysedDocument(document) for document, _ in items]


@pytest.fixture
def russian_calls() -> list[str]:
    return []


@pytest.fixture
def stub_pipeline(russian_calls: list[str]) -> Pipeline:
    def build() -> Analyser:
        russian_calls.append("built")
        return RecordingAnalyser(russian_calls)

    return Pipeline(analysers={"ru": build})


def test_english_is_not_analysed_and_never_reaches_the_russian_analyser(
    stub_pipeline: Pipeline, russian_calls: list[str]
) -> None:
    result = stub_pipeline.analyse(Document(text=ENGLISH))
    assert (result.status, result.analysed) == ("not analysed: language en", False)
    assert result.document.language == "en"
    assert (result.claims, result.entities, result.sentences) == ([], [], [])
    assert russian_calls == []  # not even built
    batch = list(stub_pipeline.analyse_many([Document(text=KAZAKH), Document(text=UKRAINIAN)]))
    assert [r.status for r in batch] == ["not analysed: language kk", "not analysed: language uk"]
    assert russian_calls == []


def test_a_batch_goes_by_language_and_comes_back_in_order(
    stub_pipeline: Pipeline, russian_calls: list[str]
) -> None:
    second_russian = RUSSIAN.replace("Министры", "Министр")
    documents = [Document(text=t) for t in (ENGLISH, RUSSIAN, KAZAKH, second_russian)]
    results = list(stub_pipeline.analyse_many(documents))
    assert [r.document.id for r in results] == [d.id for d in documents]
    assert [r.document.language for r in results] == ["en", "ru", "kk", "ru"]
    assert [r.analysed for r in results] == [False, True, False, True]
    # one model pass over both Russian texts, the analyser built once
    assert russian_calls == ["built", f"{RUSSIAN[:8]}|{second_russian[:8]}"]


def test_a_stated_language_is_kept_over_the_text(
    stub_pipeline: Pipeline, russian_calls: list[str]
) -> None:
    assert stub_pipeline.analyse(Document(text=RUSSIAN, language="be")).status == (
        "not analysed: language be"
    )
    assert russian_calls == []
    assert stub_pipeline.analyse(Document(text=ENGLISH, language="ru")).analysed
    assert russian_calls == ["built", ENGLISH[:8]]


def test_the_worker_path_carries_the_status(stub_pipeline: Pipeline) -> None:
    """What a worker process or a Dask task sends back is pickled on the way."""
    outcomes = analyse_batch([Document(text=ENGLISH), Document(text=RUSSIAN)], stub_pipeline)
    received = pickle.loads(pickle.dumps(outcomes))
    assert [(o.document.language, o.status) for o in received] == [
        ("en", "not analysed: language en"),
        ("ru", "analysed"),
    ]


def test_readers_leave_an_unstated_language_to_the_nlp_stage(tmp_path: Path) -> None:
    from concord.read import read_items

    path = tmp_path / "english.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    (document,) = read_items(path)
    assert isinstance(document, Document) and document.language == ""


def test_analysers_are_built_when_first_needed_or_all_at_once_for_a_worker(
    stub_pipeline: Pipeline, russian_calls: list[str]
) -> None:
    assert russian_calls == []
    stub_pipeline.load_all()
    stub_pipeline.load_all()
    assert russian_calls == ["built"]
