"""The roles a document's own sentence gives it besides its sides: what it is about,
whether it is an earlier one, when it was signed, until when or for how long it runs, and
where it was signed.

The subject is the phrase after "по/о" hanging on the document noun (or, in English, on
the signing verb: "signed a memorandum with X on Y"), cut before any name and before the
horizon; the horizon is a "до YEAR" date after the noun; the term a count of years,
months, weeks or days after "сроком на"; the place a state or a city in the locative
after "в" hanging on the document's clause, outside its own phrase.
"""

from __future__ import annotations

from concord.analysis import DateMention
from concord.claim import Argument
from concord.extract.agreement.dates import bounding, covered_year, expiring
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView


def earlier_marks(view: SentenceView, kind_indices: list[int], words: AgreementWords) -> list[int]:
    """ "Предыдущая Дорожная карта": words before the document noun making it another,
    older document than the new one."""
    return [
        child
        for child in view.children(kind_indices[-1])
        if view.tokens[child].lemma in words.earlier_words and child < kind_indices[0]
    ]


def horizon_of(
    view: SentenceView, index: int, words: AgreementWords | None = None
) -> DateMention | None:
    """The first "до YEAR" date after the document noun, or (agreement29) the year it is
    signed for ("соглашение на 2027 год"): until when it runs."""
    return next(
        (
            d
            for d in view.dates
            if d.start > view.tokens[index].start
            and (d.relation == "until" or (words is not None and covered_year(view, d, words)))
        ),
        None,
    )


def subject_argument(
    view: SentenceView,
    index: int,
    phrase: list[int],
    horizon: DateMention | None,
    words: AgreementWords,
) -> Argument | None:
    """What the document is about: its "по/о" phrase, without names, the horizon, or
    trailing punctuation, prepositions and conjunctions."""
    heads = _subject_heads(view, index, phrase, words)
    if not heads:
        return None
    extent = [
        i
        for i in view.subtree(heads[0])
        if view.mention_at(i) is None and not (horizon and view.tokens[i].start >= horizon.start)
    ]
    extent = [i for i in extent if i > index]  # what follows the document noun
    subject_tokens = [view.tokens[i] for i in extent]
    while subject_tokens and subject_tokens[-1].pos in {"PUNCT", "ADP", "CCONJ"}:
        subject_tokens.pop()
    if not subject_tokens:
        return None
    span = view.span_of([view.tokens.index(w) for w in subject_tokens])
    return Argument("subject", span.text, span)


def _subject_heads(
    view: SentenceView, index: int, phrase: list[int], words: AgreementWords
) -> list[int]:
    """The words opening a subject phrase: after a subject preposition, on the document
    noun or a word completing its kind ("memorandum of understanding on …"), else on the
    signing verb holding the document."""
    subject = [i for i in phrase if view.tokens[i].pos != "PUNCT"]
    holders = {index} | {
        c for c in view.children(index) if view.tokens[c].lemma in words.kind_complements
    }
    heads = [
        i
        for i in subject
        if view.tokens[i].head in holders and view.preposition(i) in words.subject_prepositions
    ]
    verb = view.tokens[index].head
    if not heads and 0 <= verb < len(view.tokens) and view.tokens[verb].lemma in words.sign_verbs:
        heads = [  # "signed a memorandum with X on Y": the parser hangs "on Y" on the verb
            c
            for c in view.children(verb)
            if c > index
            and view.tokens[c].relation in words.verb_subject_relations
            and view.preposition(c) in words.subject_prepositions
        ]
    return heads


def term_of(view: SentenceView, words: AgreementWords) -> list[int]:
    """ "Договор заключён сроком на пять лет": the term noun's phrase naming a count of
    years, months, weeks or days, from the count to the unit."""
    for index, token in enumerate(view.tokens):
        if token.lemma not in words.term_nouns:
            continue
        phrase = view.subtree(index)
        units = [i for i in phrase if i > index and view.tokens[i].lemma in words.term_units]
        counts = [
            i
            for i in phrase
            if index < i < (units[0] if units else index)
            and (view.tokens[i].pos == "NUM" or view.tokens[i].text.isdigit())
        ]
        if units and counts:
            return list(range(counts[0], units[0] + 1))
    return _term_on_verb(view, words)


def _term_on_verb(view: SentenceView, words: AgreementWords) -> list[int]:
    """agreement28: "продлили договор на 5 лет", "контракт заключен на десять лет",
    "Документ рассчитан на пять лет": a count of units after "на" held by a signing,
    extending or term verb is the document's term, without a term noun. A year
    ("на 2026 год") is a period planned for, not a length."""
    holders = words.sign_verbs | words.term_verbs
    for unit, token in enumerate(view.tokens):
        head = token.head
        if (
            token.lemma not in words.term_units
            or view.preposition(unit) not in words.term_prepositions
            or not 0 <= head < len(view.tokens)
            or view.tokens[head].lemma not in holders
        ):
            continue
        counts = [
            c
            for c in view.children(unit)
            if c < unit
            and view.tokens[c].relation.startswith("nummod")
            and not (view.tokens[c].text.isdigit() and len(view.tokens[c].text) == 4)
        ]
        if counts:
            return list(range(counts[0], unit + 1))
    return []


def time_arguments(
    view: SentenceView,
    words: AgreementWords,
    signed: bool,
    context_date: DateMention | None,
    horizon: DateMention | None,
) -> list[Argument]:
    """When a signed document was signed (the sentence's "on" date, or the one of the
    signing just before), until when and for how long it runs."""
    found: list[Argument] = []
    expiry = next((d for d in view.dates if expiring(view, d, words)), None)
    covered = next((d for d in view.dates if covered_year(view, d, words)), None)
    on_date = (
        next(
            (
                d
                for d in view.dates
                if d.relation == "on"
                and not bounding(view, d, words)
                and d is not expiry
                and d is not covered
            ),
            None,
        )
        or context_date
    )
    if on_date and signed:
        found.append(view.date_argument("signed_on", on_date))
    until = horizon or expiry or covered
    if until:
        found.append(view.date_argument("valid_until", until))
    term = term_of(view, words)
    if term:
        span = view.span_of(term)
        found.append(Argument("valid_for", span.text, span))
    return found


def place_argument(
    view: SentenceView, index: int, phrase: list[int], words: AgreementWords
) -> Argument | None:
    """Where the document was signed: the first place in the locative after a place
    preposition that hangs on the document or a word above it up to its verb."""
    clause = [index]  # the document's governors up to the verb that holds it
    for governor in view.ancestors(index):
        clause.append(governor)
        if view.tokens[governor].pos == "VERB":
            break
    for mention in view.mentions:
        last = view.token_indices(mention.start, mention.end)[-1]
        if (
            mention.type in {"LOC", "LOCORG"}
            and view.tokens[last].head in clause
            and view.preposition(last) in words.place_prepositions
            and (view.in_case(last, "Loc") and last not in phrase)
        ):
            return view.entity_argument("place", mention)
    return None
