"""Pronoun sides: the names a pronoun of the deal stands for.

A plural pronoun ("наложила на них штрафы") stands for a list before it or, failing
that, the names of the next sentences; a singular one for the latest name of its gender
(for a subject, only a main clause's subject), or for the teller of the clause it sits in.
An instrumental pronoun in the next sentence ("Им стала компания X") names the side a
deal noun left unnamed.
"""

from __future__ import annotations

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.claim import Mention
from concord.extract.deal.lists import one_list
from concord.extract.deal.names import PARTICIPANT_TYPES
from concord.extract.deal.sameness import acronym_of, known_by, same_organisation, side_keys
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import (
    SentenceView,
    first_word_of,
    is_sentence_subject,
    name_genders,
    named_after,
    named_before,
    sentence_holding,
)

_NAMED_AHEAD = 2  # sentences after a plural pronoun where its names may first be given


def teller(view: SentenceView, pronoun: int) -> list[Mention]:
    """The named subject of the nearest verb above the pronoun's own clause ("О том, что
    компания задолжала ему, заявил трейдер X" is X); when the parser made the told clause
    the root, the telling verb hangs under it as a parataxis."""
    clause = view.tokens[pronoun].head
    if not 0 <= clause < len(view.tokens):
        return []
    above = [p for p in view.ancestors(clause) if view.tokens[p].pos == "VERB"]
    beside = [
        c for c in view.children(clause)
        if view.tokens[c].relation == "parataxis" and view.tokens[c].pos == "VERB"
    ]  # fmt: skip
    for position in (above or beside)[:1]:
        for child in view.subjects(position)[:1]:
            # the teller's own name, not a company of their post ("глава X Y")
            own = view.subtree(child, skip=frozenset({"nmod"}))
            tellers = view.mentions_in(own, {"ORG", "PER"})
            return tellers if len(tellers) == 1 else []
    return []


def pronoun_meant(
    view: SentenceView, pronoun: int, named: list[Mention], subjects_only: bool = False
) -> list[Mention]:
    """The name a singular pronoun side stands for ("Сбербанк выдал ей кредит", "заключило
    с ней контракт"): the latest organisation or person named before it, in its sentence or
    the one before, that is no side yet and agrees with it in gender (the gender of the
    noun right before a quoted name, "компания «X»", else of the name's own words). A
    subject pronoun ("Промышленник X давно интересовался хоккеем. В 2010 году он купил клуб
    «Y»") stands only for the subject of a main clause there, whom the report is about, not a
    name in passing; the latest such subject of another gender means nobody."""
    gender = view.tokens[pronoun].feats.get("Gender", "")
    keys = side_keys(named)
    document = view.document
    for mention in reversed(named_before(document, view.tokens[pronoun].start, {"ORG", "PER"}, 1)):
        if known_by(mention, keys):
            continue
        if subjects_only and not _main_clause_subject(document, mention):
            continue
        genders = _mention_genders(document, mention)
        if not gender or not genders or gender in genders:
            return [mention]
        if subjects_only:
            return []
    return []


def named_in_next_sentence(
    view: SentenceView, noun: int, words: DealWords, named: list[Mention]
) -> list[Mention]:
    """The side a deal noun leaves unnamed, named by the next sentence through an
    instrumental pronoun of its gender ("назвал имя нового спонсора. Им стала компания X"):
    the one name after that sentence's becoming verb that is no side yet."""
    tokens = _next_sentence_tokens(view)
    for position, token in enumerate(tokens[:3]):
        verb = token.head
        if (
            token.lemma in words.singular_pronouns | words.plural_pronouns
            and token.feats.get("Case") == "Ins"
            and token.feats.get("Gender", "") in {"", view.tokens[noun].feats.get("Gender", "")}
            and 0 <= verb < len(tokens) and tokens[verb].lemma in words.becoming_verbs
        ):  # fmt: skip
            return _named_after(view, tokens, max(verb, position), named)
    return []


def role_named_next(
    view: SentenceView, index: int, kind: str, words: DealWords, named: list[Mention]
) -> list[Mention]:
    """The buyer or seller a deal leaves unnamed, named by the next sentence through the
    role taken ("завершила продажу 49% акций Y. Покупателем выступила компания Z, сообщил
    …"): a role noun of the deal's kind opening that sentence as its verb's predicate, and
    the names of that verb's subject that are no side yet."""
    if view.tokens[index].lemma in words.role_lemmas:
        return []
    following = _next_sentence(view)
    if following is None:
        return []
    after = SentenceView.build(view.document, following, view.words)
    keys = side_keys(named)
    for token in after.tokens[:2]:
        verb = token.head
        if (
            token.lemma in words.role_lemmas
            and words.kind_of_lemma.get(token.lemma) == kind
            and token.feats.get("Case") == "Ins"
            and 0 <= verb < len(after.tokens) and after.tokens[verb].lemma in words.role_verbs
        ):  # fmt: skip
            return [
                m
                for subject in after.subjects(verb)
                for m in after.mentions_in(after.subtree(subject), PARTICIPANT_TYPES)
                if not known_by(m, keys)
                and not any(same_organisation(m.normal, side.normal) for side in named)
            ]
    return []


def _next_sentence(view: SentenceView) -> Sentence | None:
    """The sentence after this one (none at the report's end)."""
    return next(iter(view.sentences_after(1)), None)


def _next_sentence_tokens(view: SentenceView) -> list[Token]:
    """The words of the sentence after this one (none at the report's end)."""
    following = _next_sentence(view)
    return following.tokens if following is not None else []


def _named_after(
    view: SentenceView, tokens: list[Token], verb: int, named: list[Mention]
) -> list[Mention]:
    """The one name of an organisation or person after the verb of another sentence's
    `tokens` that is no side yet (the parser does not always attach it: "стала
    энергокомпания «X»"), or none when there are several."""
    document = view.document
    starts = {t.start for t in tokens[verb + 1 :]}
    keys = side_keys(named)
    found = [
        m for m in document.mentions
        if m.type in {"ORG", "PER"} and m.start in starts and not known_by(m, keys)
        and not any(same_organisation(m.normal, side.normal) for side in named)
    ]  # fmt: skip
    return found if len(found) == 1 else []


def _main_clause_subject(document: AnalysedDocument, mention: Mention) -> bool:
    """Whether a name (or the noun it names) is the subject of its sentence's root or of a
    clause joined to the root ("…, но X стоит особняком")."""
    if is_sentence_subject(document, mention):
        return True
    sentence = sentence_holding(document, mention.start)
    if sentence is None:
        return False
    tokens = sentence.tokens
    inside = [i for i, t in enumerate(tokens) if mention.start <= t.start < mention.end]
    heads = [i for i in inside if tokens[i].head not in inside]
    if not heads or not tokens[heads[0]].relation.startswith("nsubj"):
        return False
    verb = tokens[heads[0]].head
    return (
        0 <= verb < len(tokens) and tokens[verb].relation == "conj"
        and 0 <= tokens[verb].head < len(tokens) and tokens[tokens[verb].head].relation == "root"
    )  # fmt: skip


def _mention_genders(document: AnalysedDocument, mention: Mention) -> set[str]:
    """The gender a pronoun for a name takes: that of the common noun right before a quoted
    name ("компания «X»" is feminine), else those of the name's own words."""
    found = first_word_of(document, mention)
    if found is not None:
        sentence, first = found
        before = first - 1
        while before >= 0 and sentence.tokens[before].pos == "PUNCT":
            before -= 1
        if before >= 0 and before < first - 1 and sentence.tokens[before].pos == "NOUN":
            gender = sentence.tokens[before].feats.get("Gender", "")
            if gender:
                return {gender}
    return set(name_genders(document, mention))


def plural_meant(
    view: SentenceView, pronoun: int, named: list[Mention], words: DealWords
) -> list[Mention]:
    """The names a plural pronoun side stands for: a list before it in its own sentence, else
    those of the sentence before; when that
    names none but the deal's own sides, and the pronoun is no subject, those of the first
    of the next two sentences that names others ("ФАС наложила на них штрафы. Больше всех
    заплатит «A», на «B» и «C» приходится …"). A name another sentence gives as a place
    ("… установили цены в СНГ") is none of them."""

    keys = side_keys(named)

    def new(mentions: list[Mention]) -> list[Mention]:
        return [
            m for m in mentions
            if not known_by(m, keys)
            and not any(acronym_of(m.normal, same.normal) for same in named)
            and not _in_place_phrase(view.document, m, words)
        ]  # fmt: skip

    # "три фонда — «A», «B» и «C»: они продали …": a list earlier in its own sentence
    here = named_before(view.document, view.tokens[pronoun].start, {"ORG", "PER"}, 0)
    listed_here = next(
        (here[start:] for start in range(len(here) - 1) if one_list(view, here[start:])), []
    )
    if listed_here:
        return new(listed_here)
    before = new(named_before(view.document, view.tokens[0].start, {"ORG", "PER"}, 1))
    if before or view.tokens[pronoun].relation.startswith("nsubj"):
        return before
    ahead = named_after(view.document, view.tokens[-1].end, {"ORG", "PER"}, _NAMED_AHEAD)
    return next((found for found in map(new, ahead) if found), [])


def _in_place_phrase(document: AnalysedDocument, mention: Mention, words: DealWords) -> bool:
    """Whether a name stands after a place preposition in its sentence ("в СНГ")."""
    found = first_word_of(document, mention)
    if found is None:
        return False
    sentence, _ = found
    inside = set(sentence.token_indices(mention.start, mention.end))
    heads = {i for i in inside if sentence.tokens[i].head not in inside}
    return any(
        token.head in heads and token.relation == "case" and token.lemma in words.place_prepositions
        for token in sentence.tokens
    )


def subject_pronoun_alone(
    view: SentenceView, heads: list[int], named: list[Mention], words: DealWords
) -> bool:
    """Whether a singular pronoun is a subject with no organisation named beside it: "он
    приобрел клуб" needs one ("он приобрел друга в лице X" between two people is no deal)."""
    return not any(m.type in {"ORG", "LOCORG"} for m in named) and any(
        view.tokens[head].lemma in words.singular_pronouns
        and view.tokens[head].relation.startswith("nsubj")
        for head in heads
    )
