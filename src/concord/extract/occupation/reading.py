"""Small questions about one parsed sentence that several occupation readings ask.

A name's root word, whether a word names a person, where a clause ends, the sentence
before this one and the evidence spanning both, the organisation a bare generic noun
("компании") stands for. Anything that is about one reading only lives with that reading;
anything about any extractor belongs in `extract/sentence_view.py`.
"""

from __future__ import annotations

from collections.abc import Collection

from concord.analysis import Sentence, Token
from concord.claim import Mention, Span
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import inside_genitive_list
from concord.extract.relaying import relaying_outlet
from concord.extract.sentence_view import SentenceView, named_before, organisation_meant

# Sentences back where a generic noun ("компании") finds the organisation named with it.
_LOOK_BACK = 10

WHERE_TYPES = {"ORG", "LOC", "LOCORG"}

CLAUSE_ENDS = frozenset({",", ".", ";", "(", ")"})

SENTENCE_PART_ENDS = frozenset({",", ".", ";"})


def mention_root(view: SentenceView, mention: Mention) -> int:
    """The word of a name that the rest of the sentence hangs it by."""
    indices = view.token_indices(mention.start, mention.end)
    return next((i for i in indices if view.tokens[i].head not in indices), indices[0])


def names_person(view: SentenceView, index: int) -> bool:
    """Whether the word is part of a person's name."""
    mention = view.mention_at(index)
    return mention is not None and mention.type == "PER"


def next_of(view: SentenceView, start: int, texts: frozenset[str]) -> int:
    """The first token from `start` on that is one of `texts` (where a phrase or clause
    ends), else the sentence's end. A comma inside a list of genitives ("министр
    промышленности, науки и технологий") ends nothing."""
    return next(
        (
            i
            for i in range(start, len(view.tokens))
            if view.tokens[i].text in texts and not inside_genitive_list(view, i)
        ),
        len(view.tokens),
    )


def has_copula(view: SentenceView, index: int) -> bool:
    """Whether a word is a copula's predicate ("был председателем")."""
    return any(view.tokens[c].relation == "cop" for c in view.children(index))


def plural_genitive(token: Token) -> bool:
    """A plural noun in the genitive depends on the word before it ("лидер калужских
    коммунистов X"): no calling of the one person named after it."""
    return token.feats.get("Number") == "Plur" and token.feats.get("Case") == "Gen"


def previous_sentence(view: SentenceView) -> Sentence | None:
    """The sentence before this one, where a pronoun or a bare post of this one finds what
    it stands for; none for the first."""
    before = view.sentences_before(1)
    return before[0] if before else None


def both_sentences(before: SentenceView, view: SentenceView) -> Span:
    """The evidence of a claim read across two sentences: both of them."""
    start, end = before.sentence.span.start, view.sentence.span.end
    return Span(start, end, view.document.document.text[start:end])


def is_kin_noun(view: SentenceView, lemma: str) -> bool:
    """A generic noun for a kind of organisation ("компания", "клуб") that may refer back."""
    return any(lemma in group for group in view.words.organisation_kin)


def organisation_of_noun(
    view: SentenceView, noun: str, offset: int, exclude: Collection[Mention] = ()
) -> Mention | None:
    """The organisation a bare generic noun at `offset` stands for: the one the report
    named before with that noun or a kin one, never the outlet relaying the news."""
    meant = organisation_meant(
        view.document, noun, offset, {"ORG"}, _LOOK_BACK,
        kin_groups=view.words.organisation_kin, exclude=exclude,
        keep=lambda mention: not relaying_outlet(view.document, mention, view.words),
    )  # fmt: skip
    return meant if meant is not None else _only_named_with_noun(view, noun, offset, exclude)


def _only_named_with_noun(
    view: SentenceView, noun: str, offset: int, exclude: Collection[Mention]
) -> Mention | None:
    """ "Выставка открылась в Музее русского импрессионизма. Директор музея X": a name
    inflected past the noun's stem ("Музее", "музея" do not hold "музей") still holds the
    noun in its dictionary form; the one organisation so named in the look-back, none when
    two are."""
    excluded = {m.entity for m in exclude if m.entity >= 0}
    wanted = noun.lower().replace("ё", "е")
    named = [
        m for m in named_before(view.document, offset, {"ORG"}, _LOOK_BACK)
        if m not in exclude and (m.entity < 0 or m.entity not in excluded)
        and wanted in m.normal.lower().replace("ё", "е").split()
    ]  # fmt: skip
    entities = {m.entity if m.entity >= 0 else m.normal for m in named}
    return named[-1] if len(entities) == 1 else None


def duties_nouns(words: OccupationWords) -> set[str]:
    """The nouns for duties in acting phrases ("обязанности" in "исполняющий обязанности")."""
    return {
        phrase[-1] for phrase in words.posts.acting_phrases
        if len(phrase) > 1 and phrase[0] in words.posts.acting_words
    }  # fmt: skip


def is_plural(view: SentenceView, index: int, words: OccupationWords) -> bool:
    """A plural word. The tagger misreads a capitalised first word ("Президенты России X и
    Y" tagged a genitive singular): there, a plural nominative reading of the same word in
    the dictionary counts too."""
    token = view.tokens[index]
    if token.feats.get("Number") == "Plur":
        return True
    wanted = words.plural_nominative_grammemes
    if not wanted or index != 0 or token.feats.get("Case") == "Nom":
        return False
    return any(
        wanted <= set(str(reading.tag).replace(" ", ",").split(","))
        and reading.normal_form == token.lemma.lower()
        for reading in words.posts.readings(token.text.lower())
    )
