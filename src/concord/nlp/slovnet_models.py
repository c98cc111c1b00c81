"""Natasha's three news models (morphology, syntax, NER) run over flat batches.

Slovnet's own executor pads every batch of 8 to its longest sentence, copies each
convolution window, wraps every token in a record and tokenises NER input again.
Here the same weights run on all sentences laid end to end, one zero row between
neighbours: a kernel-3 convolution then sees exactly the zero padding it saw in
training, a batch is one matrix product per layer, and nothing is padded. The tags
are slovnet's (`tests/test_slovnet_models.py` compares them on real text); only the
order of floating-point sums differs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
from slovnet.bio import bio_spans
from slovnet.conll import parse_conll_tag
from slovnet.shape import word_shape
from slovnet.span import Span

from concord.nlp.spanning_tree import best_tree

ROWS_PER_BATCH = 8192  # tokens of one matrix product: ~25 MB for the widest layer
WORDS_CACHED = 1 << 16  # distinct words whose ids are kept; covers most running text


class TokenBounds(NamedTuple):
    start: int
    stop: int


@dataclass(frozen=True)
class Parse:
    head: int  # index of the head within the sentence, -1 for the root
    relation: str


class FlatBatch:
    """Sequences laid end to end in one matrix, a zero row before, between and after."""

    def __init__(self, lengths: Sequence[int]) -> None:
        self.lengths = list(lengths)
        self.starts = np.cumsum([1] + [length + 1 for length in self.lengths])[: len(lengths)]
        self.rows = 1 + sum(length + 1 for length in self.lengths)
        self.separators = np.ones(self.rows, dtype=bool)
        for start, length in zip(self.starts, self.lengths, strict=True):
            self.separators[start : start + length] = False
        self.tokens = np.flatnonzero(~self.separators)

    def split(self, values: np.ndarray) -> Iterator[np.ndarray]:
        """Per-sequence rows of a result given for the token rows only."""
        offset = 0
        for length in self.lengths:
            yield values[offset : offset + length]
            offset += length


class _Encoder:
    """Embedding and CNN encoder of one slovnet model, on a FlatBatch."""

    def __init__(self, model: Any, encoder: Any) -> None:
        self.words_vocab = encoder.words_vocab
        self.shapes_vocab = encoder.shapes_vocab
        self.embedding = model.emb
        # navec's product-quantised word vectors: code table (chunks, centroids, width) read
        # flat, one row per (chunk, centroid)
        chunks, centroids, width = model.emb.word.codes.array.shape
        self.word_codes = model.emb.word.codes.array.reshape(chunks * centroids, width)
        self.code_offsets = np.arange(chunks) * centroids
        self.word_and_shape = lru_cache(maxsize=WORDS_CACHED)(self._word_and_shape)
        self.layers = []
        for layer in model.encoder.layers:
            filters, inputs, kernel = layer.conv.weight.shape
            if kernel != 3 or layer.conv.padding != 1:
                raise ValueError("expected kernel-3 convolutions padded by one")
            # weight[f, c, k] -> stacked[c, k * filters + f]: one product gives all taps
            stacked = np.ascontiguousarray(
                layer.conv.weight.array.transpose(1, 2, 0).reshape(inputs, kernel * filters)
            )
            norm = layer.norm
            self.layers.append(
                (
                    stacked,
                    filters,
                    layer.conv.bias.array,
                    norm.mean.array,
                    norm.std.array,
                    norm.weight.array,
                    norm.bias.array,
                )
            )

    def share_word_ids(self, other: _Encoder) -> None:
        """Look words up through the other encoder's remembered ids when both read the
        same vocabularies: Natasha's three news models share one navec vocabulary and one
        list of shapes, so each new word's shape and ids are worked out once, not three
        times."""
        if (
            self.words_vocab.items == other.words_vocab.items
            and self.shapes_vocab.items == other.shapes_vocab.items
        ):
            self.word_and_shape = other.word_and_shape

    def _word_and_shape(self, word: str) -> tuple[int, int]:
        return self._word_id(word.lower()), self.shapes_vocab.encode(word_shape(word))

    def _word_id(self, word: str) -> int:
        """The word's id; a form written with "ё" that the vocabulary lacks ("возведёт") is
        looked up as news mostly spells it ("возведет"), not read as an unknown word."""
        found = self.words_vocab.encode(word)
        if found == self.words_vocab.unk_id and "ё" in word:
            return self.words_vocab.encode(word.replace("ё", "е"))
        return found

    def _embedded(self, word_ids: np.ndarray, shape_ids: np.ndarray) -> np.ndarray:
        """slovnet's word-and-shape embedding, the same floats: each word vector is read
        with one `np.take` of its chunks' code rows, where slovnet indexes the code table
        by (chunk, centroid) pairs, three times slower."""
        rows = self.embedding.word.indexes.array[word_ids] + self.code_offsets
        words = np.take(self.word_codes, rows, axis=0).reshape(len(word_ids), -1)
        shapes = self.embedding.shape.weight.array[shape_ids]
        return np.concatenate((words, shapes), axis=-1)

    def __call__(self, sequences: Sequence[Sequence[str]], batch: FlatBatch) -> np.ndarray:
        word_ids = np.full(batch.rows, self.words_vocab.pad_id)
        shape_ids = np.full(batch.rows, self.shapes_vocab.pad_id)
        encoded = [self.word_and_shape(word) for words in sequences for word in words]
        if encoded:
            word_ids[batch.tokens], shape_ids[batch.tokens] = zip(*encoded, strict=True)
        hidden = self._embedded(word_ids, shape_ids)  # pad rows embed to zero
        for stacked, filters, bias, mean, std, weight, shift in self.layers:
            taps = hidden @ stacked
            output = np.zeros((batch.rows, filters), dtype=taps.dtype)
            inner = output[1:-1]
            np.add(taps[:-2, :filters], taps[1:-1, filters : 2 * filters], out=inner)
            inner += taps[2:, 2 * filters :]
            inner += bias
            # slovnet's order of operations: relu, then (x - mean) / std * weight + bias
            np.maximum(output, 0, out=output)
            output -= mean
            output /= std
            output *= weight
            output += shift
            output[batch.separators] = 0
            hidden = output
        return hidden


def _chunks(lengths: Sequence[int]) -> Iterator[range]:
    """Consecutive index ranges of about ROWS_PER_BATCH tokens each."""
    first, rows = 0, 0
    for index, length in enumerate(lengths):
        if rows and rows + length > ROWS_PER_BATCH:
            yield range(first, index)
            first, rows = index, 0
        rows += length + 1
    if first < len(lengths):
        yield range(first, len(lengths))


def _batches(
    sequences: Sequence[Sequence[str]],
) -> Iterator[tuple[range, list[Sequence[str]], FlatBatch]]:
    for indices in _chunks([len(words) for words in sequences]):
        chunk = [sequences[i] for i in indices]
        yield indices, chunk, FlatBatch([len(words) for words in chunk])


class MorphologyModel:
    """Universal POS and features per word."""

    def __init__(self, tagger: Any) -> None:
        infer = tagger.infer
        self.encoder = _Encoder(infer.model, infer.encoder)
        self.projection = infer.model.head.proj
        self.tags = [parse_conll_tag(tag) for tag in infer.decoder.tags_vocab.items]

    def __call__(
        self, sentences: Sequence[Sequence[str]]
    ) -> list[list[tuple[str, dict[str, str]]]]:
        results: list[list[tuple[str, dict[str, str]]]] = []
        for _, chunk, batch in _batches(sentences):
            hidden = self.encoder(chunk, batch)[batch.tokens]
            best = self.projection(hidden).argmax(-1)
            results.extend([self.tags[tag] for tag in tags.tolist()] for tags in batch.split(best))
        return results


class SyntaxModel:
    """Head and relation per word; the heads form the best-scoring tree (`best_tree`),
    where slovnet takes each head's argmax and may leave cycles."""

    def __init__(self, parser: Any) -> None:
        infer = parser.infer
        model = infer.model
        self.encoder = _Encoder(model, infer.encoder)
        self.arcs = model.head
        self.labels = model.rel
        self.relations = infer.decoder.rels_vocab.items

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[list[Parse]]:
        results: list[list[Parse]] = []
        arcs, labels = self.arcs, self.labels
        arc_root = arcs.tail(np.asarray(arcs.root.array)[np.newaxis])
        label_root = labels.head(np.asarray(labels.root.array)[np.newaxis])
        hidden_size, width = labels.kernel.shape
        for _, chunk, batch in _batches(sentences):
            hidden = self.encoder(chunk, batch)[batch.tokens]
            arc_heads = arcs.head(hidden) @ arcs.kernel.array
            arc_tails = arcs.tail(hidden)
            heads = np.empty(len(hidden), dtype=np.int64)  # 0 is the root, i is word i
            offset = 0
            for length in batch.lengths:
                rows = slice(offset, offset + length)
                # scores[i, j]: word i headed by the root (j = 0) or by word j
                scores = arc_heads[rows] @ np.concatenate((arc_root, arc_tails[rows])).T
                heads[rows] = best_tree(scores)
                offset += length
            label_heads = labels.head(hidden)
            offsets = np.repeat(np.cumsum([0, *batch.lengths[:-1]]), batch.lengths)
            governors = np.where(
                heads[:, np.newaxis] > 0,
                label_heads[np.maximum(offsets + heads - 1, 0)],
                label_root,
            )
            label_tails = labels.tail(hidden)
            scores = (governors @ labels.kernel.array).reshape(
                len(hidden), width // hidden_size, hidden_size
            )
            best = np.einsum("nrh,nh->nr", scores, label_tails).argmax(-1)
            for sentence_heads, sentence_labels in zip(
                batch.split(heads), batch.split(best), strict=True
            ):
                results.append(
                    [
                        Parse(head - 1, self.relations[label])
                        for head, label in zip(
                            sentence_heads.tolist(), sentence_labels.tolist(), strict=True
                        )
                    ]
                )
        return results


def begun(tags: list[str]) -> list[str]:
    """An inside tag that follows no tag of its type begins a name, as CoNLL's scorer
    reads it: the model often tags a name opening a text I-PER ("Эрдоган встретился …",
    "Джо Байден провёл …"), and slovnet's reader drops a name without its B- tag."""
    repaired = list(tags)
    for index, tag in enumerate(tags):
        before = tags[index - 1] if index else "O"
        if tag.startswith("I-") and before[2:] != tag[2:]:
            repaired[index] = "B-" + tag[2:]
    return repaired


class EntityModel:
    """PER, LOC and ORG spans over whole documents, read with a CRF as slovnet does."""

    def __init__(self, tagger: Any) -> None:
        infer = tagger.infer
        self.encoder = _Encoder(infer.model, infer.encoder)
        self.head = infer.model.head
        self.tags = infer.decoder.tags_vocab.items

    def __call__(self, documents: Sequence[Sequence[tuple[int, int, str]]]) -> list[list[Span]]:
        words = [[word for _, _, word in tokens] for tokens in documents]
        results: list[list[Span]] = [[] for _ in documents]
        for indices, chunk, batch in _batches(words):
            emissions = self.head(self.encoder(chunk, batch)[batch.tokens])
            longest = max(batch.lengths, default=0)
            padded = np.zeros((len(chunk), longest, emissions.shape[-1]), dtype=emissions.dtype)
            mask = np.zeros((len(chunk), longest), dtype=bool)
            for row, (length, values) in enumerate(
                zip(batch.lengths, batch.split(emissions), strict=True)
            ):
                padded[row, :length] = values
                mask[row, :length] = True
            decoded = self.head.crf.decode(padded, mask) if longest else []
            for index, tags in zip(indices, decoded, strict=False):
                tokens = [TokenBounds(start, stop) for start, stop, _ in documents[index]]
                if not tokens:
                    continue
                names = begun([self.tags[tag] for tag in tags.tolist()])
                results[index] = list(bio_spans(tokens, names))
        return results
