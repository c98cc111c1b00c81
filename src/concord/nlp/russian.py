"""The Russian pipeline on the Natasha stack (razdel, slovnet morphology, syntax and NER).

Models are loaded once per process; sentences of a document go through each model as
one batch, which is where slovnet is fast.
"""

from __future__ import annotations

from collections.abc import Sequence

from razdel import tokenize

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.claim import Mention
from concord.document import Document
from concord.nlp.dates import find_dates
from concord.nlp.morphology import lemma
from concord.nlp.names import normalise_person
from concord.nlp.phrases import normalise_phrase, trim_phrase
from concord.nlp.quantities import find_quantities
from concord.nlp.sentences import split_sentences
from concord.resolve.document_entities import group_mentions


class RussianAnalyser:
    """Fills sentences, tokens, mentions, entities, dates and quantities of a document."""

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        embedding = NewsEmbedding()
        self.morph = NewsMorphTagger(embedding)
        self.syntax = NewsSyntaxParser(embedding)
        self.ner = NewsNERTagger(embedding)

    def annotate(
        self, document: Document, non_claim_zones: Sequence[tuple[int, int]] = ()
    ) -> AnalysedDocument:
        text = document.text
        bounds = list(split_sentences(text))
        word_spans = [
            [(start + t.start, start + t.stop, t.text) for t in tokenize(text[start:end])]
            for start, end in bounds
        ]
        words = [[word for _, _, word in spans] for spans in word_spans]
        morph_markups = list(self.morph.map(words))
        syntax_markups = list(self.syntax.map(words))
        sentences = []
        for (start, end), spans, morph, syntax in zip(
            bounds, word_spans, morph_markups, syntax_markups, strict=True
        ):
            tokens = [
                Token(
                    start=token_start,
                    end=token_end,
                    text=word,
                    lemma=lemma(word, tagged.pos),
                    pos=tagged.pos,
                    feats=dict(tagged.feats),
                    head=int(parsed.head_id) - 1,
                    relation=parsed.rel,
                )
                for (token_start, token_end, word), tagged, parsed in zip(
                    spans, morph.tokens, syntax.tokens, strict=True
                )
            ]
            claimable = not any(
                zone_start < end and start < zone_end for zone_start, zone_end in non_claim_zones
            )
            sentences.append(Sentence(start, end, text[start:end], tokens, claimable))
        analysed = AnalysedDocument(document=document, sentences=sentences)
        analysed.mentions = self._mentions(sentences)
        analysed.entities = group_mentions(analysed.mentions)
        analysed.mentions = [m for entity in analysed.entities for m in entity.mentions]
        analysed.mentions.sort(key=lambda mention: mention.start)
        analysed.dates = find_dates(sentences, document.published)
        analysed.quantities = find_quantities(sentences)
        return analysed

    def _mentions(self, sentences: list[Sentence]) -> list[Mention]:
        mentions = []
        markups = self.ner.map([sentence.text for sentence in sentences])
        for sentence, markup in zip(sentences, markups, strict=True):
            for span in markup.spans:
                start, end = sentence.start + span.start, sentence.start + span.stop
                first, tokens = tokens_in(sentence, start, end)
                if span.type != "PER":
                    tokens = trim_phrase(tokens)
                if not tokens:
                    continue
                start, end = tokens[0].start, tokens[-1].end
                if span.type == "PER":
                    normal = normalise_person(tokens, _apposition_case(sentence, first, tokens))
                else:
                    normal = normalise_phrase(tokens, first)
                mentions.append(
                    Mention(
                        start,
                        end,
                        sentence.text[start - sentence.start : end - sentence.start],
                        span.type,
                        normal.strip(),
                    )
                )
        return mentions


def tokens_in(sentence: Sentence, start: int, end: int) -> tuple[int, list[Token]]:
    """Index of the first token and the tokens overlapping [start, end)."""
    first = -1
    found = []
    for index, token in enumerate(sentence.tokens):
        if token.start < end and start < token.end:
            if first < 0:
                first = index
            found.append(token)
    return first, found


def _apposition_case(sentence: Sentence, first: int, tokens: list[Token]) -> str | None:
    """The case of the noun a name stands in apposition to ("с министром Ермеком …")."""
    inside = range(first, first + len(tokens))
    for token in tokens:
        if (
            token.head not in inside
            and token.head >= 0
            and token.relation in {"appos", "flat:name"}
        ):
            return sentence.tokens[token.head].feats.get("Case")
    return None
