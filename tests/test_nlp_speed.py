"""nlp-speed: what makes analysis cheaper must leave its output as it was. Loaded data is
kept out of the collector's full passes, the three models share one word-id cache, navec
vectors are read in one `take`, the tree decoder's cycle walk reads plain lists, and the
nouns no fitting word launches are one remembered union. Inputs written for these tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

from concord.extract.initiative.fitted import fittable
from concord.extract.lexicons.ru import INITIATIVE, SENTENCE
from concord.extract.sentence_view import SentenceView
from concord.knowledge.lasting import keep_for_the_process
from concord.nlp.russian import RussianAnalyser
from concord.nlp.slovnet_models import _Encoder
from concord.nlp.spanning_tree import _cycle, best_tree
from concord.pipeline import Pipeline
from tests.conftest import Analyse


@pytest.fixture
def unfrozen_afterwards() -> Iterator[None]:
    yield
    gc.unfreeze()  # back where a full pass sees everything, as before the test


def test_kept_objects_leave_the_collectors_passes(unfrozen_afterwards: None) -> None:
    loaded = [{"слово": index} for index in range(1000)]  # a loaded table's containers
    keep_for_the_process()
    assert gc.get_freeze_count() >= len(loaded)
    assert not any(found is loaded for found in gc.get_objects())
    assert loaded[999] == {"слово": 999}  # kept, and readable as before


def test_garbage_is_collected_before_the_rest_is_kept(unfrozen_afterwards: None) -> None:
    class Node:
        partner: object = None

    first, second = Node(), Node()
    first.partner, second.partner = second, first  # a cycle: only a full pass frees it
    del first, second
    keep_for_the_process()
    assert not any(isinstance(found, Node) for found in gc.get_objects())
    gc.unfreeze()
    gc.collect()
    assert not any(isinstance(found, Node) for found in gc.get_objects())  # none was kept


def _russian(pipeline: Pipeline) -> RussianAnalyser:
    analyser = pipeline.analyser_for("ru")
    assert isinstance(analyser, RussianAnalyser)
    return analyser


def test_the_models_share_one_word_cache(pipeline: Pipeline) -> None:
    analyser = _russian(pipeline)
    morphology = analyser.morphology.encoder
    assert analyser.syntax.encoder.word_and_shape is morphology.word_and_shape
    assert analyser.entities.encoder.word_and_shape is morphology.word_and_shape


def _vocabularies(words: list[str], shapes: list[str]) -> SimpleNamespace:
    return SimpleNamespace(
        words_vocab=SimpleNamespace(items=words),
        shapes_vocab=SimpleNamespace(items=shapes),
        word_and_shape=object(),
    )


def test_other_vocabularies_keep_their_own_cache() -> None:
    shared = _vocabularies(["<pad>", "завод"], ["X", "x"])
    other_words = _vocabularies(["<pad>", "школа"], ["X", "x"])
    other_shapes = _vocabularies(["<pad>", "завод"], ["X", "xx"])
    same = _vocabularies(["<pad>", "завод"], ["X", "x"])
    for encoder in (other_words, other_shapes, same):
        _Encoder.share_word_ids(encoder, shared)  # type: ignore[arg-type]
    assert other_words.word_and_shape is not shared.word_and_shape
    assert other_shapes.word_and_shape is not shared.word_and_shape
    assert same.word_and_shape is shared.word_and_shape


def test_word_vectors_are_slovnets_to_the_bit(pipeline: Pipeline) -> None:
    encoder = _russian(pipeline).syntax.encoder
    random = np.random.RandomState(7)
    word_ids = random.randint(0, len(encoder.words_vocab.items), size=500)
    shape_ids = random.randint(0, len(encoder.shapes_vocab.items), size=500)
    word_ids[::5], shape_ids[::5] = encoder.words_vocab.pad_id, encoder.shapes_vocab.pad_id
    ours = encoder._embedded(word_ids, shape_ids)
    theirs = encoder.embedding(word_ids, shape_ids)
    assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
    assert ours.tobytes() == theirs.tobytes()
    assert not ours[::5].any()  # pad rows embed to zero


def test_cycle_walk_finds_the_same_cycles() -> None:
    assert _cycle(np.array([-1, 2, 3, 1])) == [1, 2, 3]  # 1 → 2 → 3 → 1
    assert _cycle(np.array([-1, 0, 3, 2])) == [2, 3]  # a cycle past a word on the root
    assert _cycle(np.array([-1, 0, 1, 1])) is None  # a tree
    found = _cycle(np.array([-1, 2, 1]))
    assert found is not None and all(type(node) is int for node in found)


def test_decoder_breaks_a_cycle_of_argmax_heads() -> None:
    scores = np.array(  # words 1 and 2 each prefer the other as head
        [[1.0, -5.0, 4.0], [0.5, 4.0, -5.0]], dtype=np.float32
    )
    heads = best_tree(scores)
    assert sorted(heads.tolist()) in ([0, 1], [0, 2])


def test_unfitted_nouns_are_the_seven_lists() -> None:
    words = INITIATIVE
    assert words.unfitted_nouns == (
        words.body_nouns
        | words.service_nouns
        | words.field_nouns
        | words.cooperation_nouns
        | words.generic_project_nouns
        | words.unfitted_project_nouns
        | words.launch_words
    )
    narrowed = replace(words, service_nouns=frozenset({"маршрут"}))
    assert "маршрут" in narrowed.unfitted_nouns  # a replaced list makes its own union


def test_fitting_still_reads_built_things_only(analyse: Analyse) -> None:
    analysed = analyse("Рабочие установили новую котельную и заменили сервис доставки.")
    view = SentenceView.build(analysed, analysed.sentences[0], SENTENCE)
    lemmas = [token.lemma for token in view.tokens]
    assert fittable(view, lemmas.index("котельная"), INITIATIVE)
    assert not fittable(view, lemmas.index("сервис"), INITIATIVE)  # a service is run
