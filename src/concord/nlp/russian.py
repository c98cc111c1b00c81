"""The Russian pipeline on the Natasha stack (razdel, slovnet morphology, syntax and NER).

Models are loaded once per process; the sentences of a batch of documents go through
each model together (`slovnet_models`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate

from razdel import tokenize
from slovnet.span import Span

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.claim import Mention
from concord.document import Document
from concord.knowledge.lasting import keep_for_the_process
from concord.knowledge.morphology import analyser, dictionary_tense, lemma, parses
from concord.knowledge.names import PERSON_TITLES
from concord.knowledge.places import is_building_name
from concord.nlp.analyser import Analyser
from concord.nlp.dates import find_dates
from concord.nlp.document_entities import attach_mentions
from concord.nlp.institutions import institution_mentions, is_international_body
from concord.nlp.locorg import is_actor, is_placed
from concord.nlp.names import normalise_person
from concord.nlp.organisations import complete_organisations
from concord.nlp.person_words import PersonWords, one_word_kind, person_words
from concord.nlp.phrases import normalise_phrase, trim_phrase
from concord.nlp.products import without_products
from concord.nlp.quantities import find_quantities
from concord.nlp.quoted_names import quoted_organisations
from concord.nlp.sentences import split_long, split_sentences
from concord.nlp.shared_surnames import share_plural_surnames
from concord.nlp.slovnet_models import EntityModel, MorphologyModel, Parse, SyntaxModel


class RussianAnalyser(Analyser):
    """Fills sentences, tokens, mentions, entities, dates and quantities of a document."""

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        embedding = NewsEmbedding()
        self.morphology = MorphologyModel(NewsMorphTagger(embedding))
        self.syntax = SyntaxModel(NewsSyntaxParser(embedding))
        self.entities = EntityModel(NewsNERTagger(embedding))
        self.syntax.encoder.share_word_ids(self.morphology.encoder)
        self.entities.encoder.share_word_ids(self.morphology.encoder)
        analyser()  # pymorphy's dictionary: every document's lemmas read it
        keep_for_the_process()

    def annotate_many(
        self, items: Sequence[tuple[Document, Sequence[tuple[int, int]]]]
    ) -> list[AnalysedDocument]:
        """Sentences of all documents go through each model together."""
        layouts = []
        all_words: list[list[str]] = []
        for document, _ in items:
            text = document.text
            spans = [
                piece
                for start, end in split_sentences(text)
                for piece in split_long(
                    [(start + t.start, start + t.stop, t.text) for t in tokenize(text[start:end])]
                )
                if piece
            ]
            bounds = [(piece[0][0], piece[-1][1]) for piece in spans]
            layouts.append((bounds, spans))
            all_words.extend([word for _, _, word in sentence] for sentence in spans)
        model_words = [_closed(words) for words in all_words]
        tags = [
            tagged[: len(words)]
            for tagged, words in zip(self.morphology(model_words), all_words, strict=True)
        ]
        parses = [
            _without_stop(parsed, len(words))
            for parsed, words in zip(self.syntax(model_words), all_words, strict=True)
        ]
        # NER reads whole documents: names are recognised better with the neighbouring
        # sentences in view (F1 0.884 against 0.878 sentence by sentence on FactRuEval).
        entity_spans = self.entities(
            [[token for sentence in spans for token in sentence] for _, spans in layouts]
        )
        results = []
        offset = 0
        for index, ((document, zones), (bounds, spans)) in enumerate(
            zip(items, layouts, strict=True)
        ):
            count = len(bounds)
            sentences = [
                _sentence(document.text, bound, words, morph, syntax, zones)
                for bound, words, morph, syntax in zip(
                    bounds,
                    spans,
                    tags[offset : offset + count],
                    parses[offset : offset + count],
                    strict=True,
                )
            ]
            analysed = AnalysedDocument(document=document, sentences=sentences)
            mentions = _mentions(sentences, entity_spans[index])
            offset += count
            attach_mentions(analysed, mentions)
            analysed.dates = find_dates(sentences, document.published)
            analysed.quantities = find_quantities(sentences)
            results.append(analysed)
        return results


def _closed(words: list[str]) -> list[str]:
    """The words as the models read them: a line ending in a word (a headline, a caption)
    gets a full stop. The models learnt from news sentences, all closed by a mark; without
    one they tag a headline's adjective as a noun and hang its head noun as an object
    ("заработал новый фельдшерско-акушерский пункт": "фельдшерско-акушерский" the subject)."""
    if words and any(character.isalnum() for character in words[-1]):
        return [*words, "."]
    return words


def _without_stop(parsed: list[Parse], count: int) -> list[Parse]:
    """The parse of the sentence's own words, without a full stop `_closed` added: a word
    headed by that stop is headed by the root instead."""
    if len(parsed) == count:
        return parsed
    root = next((index for index, parse in enumerate(parsed[:count]) if parse.head < 0), -1)
    return [
        parse if parse.head < count else Parse(-1 if root < 0 else root, parse.relation)
        for parse in parsed[:count]
    ]


def _tense_from_dictionary(word: str, pos: str, feats: dict[str, str]) -> dict[str, str]:
    """The tagger's features, with a finite verb's tense as the dictionary gives it: the
    model tags a rare form by its neighbours ("обустроит" as a past), the dictionary reads it
    off the form."""
    feats = dict(feats)
    if pos in {"VERB", "AUX"} and feats.get("VerbForm") == "Fin" and "Tense" in feats:
        feats["Tense"] = dictionary_tense(word) or feats["Tense"]
    return feats


def _sentence(
    text: str,
    bound: tuple[int, int],
    words: list[tuple[int, int, str]],
    tags: list[tuple[str, dict[str, str]]],
    parses: list[Parse],
    zones: Sequence[tuple[int, int]],
) -> Sentence:
    start, end = bound
    tokens = [
        Token(
            start=token_start,
            end=token_end,
            text=word,
            lemma=lemma(word, pos),
            pos=pos,
            feats=_tense_from_dictionary(word, pos, feats),
            head=parse.head,
            relation=parse.relation,
        )
        for (token_start, token_end, word), (pos, feats), parse in zip(
            words, tags, parses, strict=True
        )
    ]
    claimable = not any(zone_start < end and start < zone_end for zone_start, zone_end in zones)
    return Sentence(start, end, text[start:end], tokens, claimable)


def _mentions(sentences: list[Sentence], spans: Sequence[Span]) -> list[Mention]:
    """Document-level NER spans, each read within the sentence where it starts."""
    mentions: list[Mention] = []
    starts = [sentence.start for sentence in sentences]
    places: dict[int, list[Mention]] = {}
    first_tokens: dict[int, int] = {}
    organisations: list[tuple[Sentence, int, int]] = []  # sentence, first token, mention
    pieces: list[tuple[Sentence, str, tuple[int, int]]] = []  # sentence, NER type, span
    for span in spans:
        position = bisect_right(starts, span.start) - 1
        if position >= 0:
            sentence = sentences[position]
            pieces.extend(
                (sentence, span.type, piece)
                for piece in _split_at_brackets(sentence, span.start, min(span.stop, sentence.end))
            )
    named_in_full = person_words(
        [_opening_and_words(s, a, b) for s, kind, (a, b) in pieces if kind == "PER"]
    )
    for sentence, kind, (start, end) in pieces:
        first, tokens = tokens_in(sentence, start, end)
        compound = False
        if kind != "PER":
            tokens = trim_phrase(tokens)
            if _is_headline(tokens):
                continue
            if kind == "ORG" and is_building_name([t.text for t in tokens], tokens[0].lemma):
                kind = "LOC"  # "во Дворце Независимости": the building, not a body
        else:
            first, tokens, kind = _person_or_place(first, tokens)
            kind = _one_word_kind(sentence, first, tokens, named_in_full, kind)
            compound = kind == "ORG"  # "Минкультуре" read again: its lemma is its name
        if not tokens or not kind:
            continue
        start, end = tokens[0].start, tokens[-1].end
        if kind == "PER":
            normal = normalise_person(tokens, _apposition_case(sentence, first, tokens))
        elif compound:
            normal = tokens[0].text[:1] + tokens[0].lemma[1:]
        else:
            normal = normalise_phrase(tokens, first)
            normal = quoted_name(normal) if kind == "ORG" else normal
        if kind == "LOC" and is_international_body(normal):
            kind = "ORG"
        elif kind == "LOC" and is_actor(sentence, first, tokens, normal):
            kind = "LOCORG"
        text = sentence.text[start - sentence.start : end - sentence.start]
        if kind == "ORG":
            organisations.append((sentence, first, len(mentions)))
        mentions.append(Mention(start, end, text, kind, normal.strip()))
        first_tokens[start] = first
    mentions = share_plural_surnames(sentences, mentions)  # "Игорь и Павел Дроздовы"
    place_names = {m.normal for m in mentions if m.type in {"LOC", "LOCORG"}}
    for sentence, first, index in organisations:
        if mentions[index].normal in place_names and is_placed(sentence, first):
            # "в Дархане" tagged ORG where the text names the city elsewhere
            mentions[index] = replace(mentions[index], type="LOC")
    for mention in mentions:
        if mention.type in {"LOC", "LOCORG"}:
            places.setdefault(bisect_right(starts, mention.start) - 1, []).append(mention)
    for position, found in places.items():
        mentions.extend(institution_mentions(sentences[position], found, first_tokens))
    mentions.extend(geographic_names(sentences, mentions))
    completed = complete_organisations(sentences, without_products(sentences, mentions))
    return quoted_organisations(sentences, completed)


def _person_or_place(first: int, tokens: list[Token]) -> tuple[int, list[Token], str]:
    """A person name without its title ("лорд", "сэр"); a building's name ("Ланкастер-хаус")
    is a place; a headline's capitals ("ВСТРЕЧА В ЛОНДОНЕ") are no name at all."""
    while tokens and PERSON_TITLES & {tokens[0].text.lower(), tokens[0].lemma}:
        first, tokens = first + 1, tokens[1:]
    if _words_in_capitals(tokens):  # people are not written in capitals, headlines are
        return first, [], "PER"
    if tokens and is_building_name([token.text for token in tokens], tokens[0].lemma):
        return first, tokens, "LOC"
    return first, tokens, "PER"


_SENTENCE_OPENERS = {"«", '"', "“", "—", "–", "-", "(", ":"}


def _opening_and_words(sentence: Sentence, start: int, end: int) -> tuple[bool, list[str]]:
    first, tokens = tokens_in(sentence, start, end)
    return _opens_sentence(sentence, first), [token.text for token in tokens]


def _opens_sentence(sentence: Sentence, first: int) -> bool:
    return first <= 0 or sentence.tokens[first - 1].text in _SENTENCE_OPENERS


def _place_may_stand(sentence: Sentence, first: int) -> bool:
    """ "в Царицыно", "город-побратим Дархан", "загрязнения Мурзинки": a preposition of
    place or an inanimate common noun right before the word."""
    if is_placed(sentence, first):
        return True
    previous = sentence.tokens[first - 1] if first > 0 else None
    return (
        previous is not None
        and previous.pos == "NOUN"
        and previous.text[:1].islower()
        and previous.feats.get("Animacy") == "Inan"
    )


def _one_word_kind(
    sentence: Sentence, first: int, tokens: list[Token], named_in_full: PersonWords, kind: str
) -> str:
    """A one-word "person" read again by the dictionary (`person_words`): the kind it
    is instead ("LOC", "ORG", "" for no name), else the kind it had."""
    if kind != "PER" or len(tokens) != 1:
        return kind
    opens = _opens_sentence(sentence, first)
    other = one_word_kind(tokens[0], opens, _place_may_stand(sentence, first), named_in_full)
    return kind if other is None else other


def _words_in_capitals(tokens: list[Token]) -> list[str]:
    """The words of a phrase written all in capitals, or none if any word is not."""
    words = [token.text for token in tokens if any(c.isalpha() for c in token.text)]
    return words if all(word.isupper() and len(word) > 1 for word in words) else []


def _is_headline(tokens: list[Token]) -> bool:
    """Three or more words in capitals ("ВСТРЕЧА В ЛОНДОНЕ"): a headline, not a name;
    abbreviations ("МИД РК") are shorter."""
    words = _words_in_capitals(tokens)
    return len(words) >= 3 and sum(len(word) > 3 for word in words) >= 2


def _split_at_brackets(sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
    """ "Джоэл Саймон (Joel Simon)" is two mentions of one person, not one."""
    text = sentence.text[start - sentence.start : end - sentence.start]
    if "(" not in text:
        return [(start, end)]
    pieces = []
    for match in re.finditer(r"[^()]+", text):
        piece = match.group()
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            pieces.append(
                (start + match.start() + lead, start + match.start() + lead + len(piece.strip()))
            )
    return pieces


def geographic_names(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Capitalised words the dictionary knows only as places ("Европа", "Сибирь") that
    the NER model left unmarked."""
    spans = sorted({(m.start, m.end) for m in mentions})
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # furthest end so far
    found = []
    for sentence in sentences:
        for index, token in enumerate(sentence.tokens):
            if not token.text[:1].isupper() or token.pos not in {"PROPN", "NOUN"} or index == 0:
                continue
            last = bisect_right(starts, token.start) - 1
            if last >= 0 and reach[last] > token.start:  # inside some mention
                continue
            readings = parses(token.text.lower())
            if (
                readings
                and all("Geox" in r.tag for r in readings)
                and analyser().word_is_known(token.text.lower())
            ):
                first = index
                previous = sentence.tokens[index - 1]
                if previous.text[:1].isupper() and any(
                    r.tag.POS == "ADJF" for r in parses(previous.text.lower())[:1]
                ):
                    first = index - 1  # "Центральная Азия", "Западной Европы"
                tokens = sentence.tokens[first : index + 1]
                normal = normalise_phrase(tokens, first)
                kind = "LOCORG" if is_actor(sentence, first, tokens, normal) else "LOC"
                start = tokens[0].start
                text = sentence.text[start - sentence.start : token.end - sentence.start]
                found.append(Mention(start, token.end, text, kind, normal))
    return found


def quoted_name(name: str) -> str:
    """«Арм Логистик» for "Армянская компания «Арм Логистик»": the descriptor is not the name."""
    body = name.rstrip('»”" ')
    opening = max(body.rfind("«"), body.rfind("“"), body.rfind('"'))
    inner = body[opening + 1 :].strip()
    return inner if opening >= 0 and len(inner) > 1 else name


def tokens_in(sentence: Sentence, start: int, end: int) -> tuple[int, list[Token]]:
    """Index of the first token and the tokens overlapping [start, end)."""
    indices = sentence.token_indices(start, end)
    return (indices[0] if indices else -1), [sentence.tokens[i] for i in indices]


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
