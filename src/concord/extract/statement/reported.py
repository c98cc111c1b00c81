"""Reported speech, read per sentence from its tree: a speech, stance or disclosure
verb, the speaker its subject names (`subjects`) and what it says (`said`), unless a
filter (`filters`) shows nothing was stated. One claim per sentence and speaker, dated
when the sentence says when it was said, not when what was said will happen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.sentence_view import SentenceView, entity_argument
from concord.extract.statement.filters import alleged_act, filed_document, only_relays, unsaid
from concord.extract.statement.names import SPEAKER_TYPES, is_addressee
from concord.extract.statement.said import (
    aside_clause,
    clause_after,
    disclosed_object,
    evaluated_object,
    expects_that,
    infinitive_object,
    noted_object,
    predicative_object,
    quoted_object,
    said_clauses,
    sentence_before,
    speech_noun,
    topic_of,
    word_before,
)
from concord.extract.statement.subjects import (
    aside_end,
    coordinated_speakers,
    governor_subjects,
    holder_obliques,
    inverted_subject,
    outlet_told,
    person_subject_first,
    plural_post_speakers,
    subject_before,
    subject_speakers,
    unnamed_source,
)
from concord.extract.statement.words import StatementWords


def reported_statements(
    analysed: AnalysedDocument, sentence: Sentence, words: StatementWords
) -> Iterator[Claim]:
    """The sentence's reported statements; those of an aside verb ("…, сообщает X") only
    where no other verb of the sentence reports one."""
    if sentence.text.rstrip().endswith("?"):
        return  # a question asks what was said; it reports no statement
    view = SentenceView.build(analysed, sentence, words.sentence)
    said: set[str] = set()  # one claim per sentence and speaker
    held: list[tuple[int, Claim]] = []  # aside verbs' claims, kept unless the sentence says more
    made = False
    for index in range(len(view.tokens)):
        act = _speech_act(view, index, words)
        if act is None:
            continue
        subjects, own_subject = _subjects(analysed, view, index, words)
        what = _what_was_said(view, index, words, act)
        if what is None or only_relays(view, index, what.clause, words):
            continue  # "Как сообщает X со ссылкой на Y, …": Y's, read as an attribution
        speakers = _speakers(analysed, view, index, words, subjects, own_subject, what.aside)
        clause = _trimmed(view, what.clause, words)
        if not speakers or not clause:
            continue
        quote = view.span_of(clause)
        if what.refers_before:
            quote = sentence_before(analysed, sentence) or quote
        said_on = next(
            (
                d
                for d in view.dates
                if d.relation == "on" and not quote.start <= d.start < quote.end
            ),
            None,
        )  # "заявил, что переговоры пройдут в 2028 году" was not said in 2028
        for speaker in speakers:
            name = entity_argument(analysed, "speaker", speaker).value
            if name in said:
                continue
            said.add(name)
            arguments = [
                entity_argument(analysed, "speaker", speaker),
                Argument("quote", quote.text, quote),
            ]
            if said_on:
                arguments.append(view.date_argument("date", said_on))
            claim = view.claim("statement", arguments, Modality.FACT)
            if what.aside:
                held.append((index, claim))
            else:
                made = True
                yield claim
    # "X заявил, что …, сообщает агентство": an aside verb beside a reported statement
    # only relays it
    if not made and not _document_relayed(view, held, words):
        yield from _not_relayed(view, held)


def _document_relayed(
    view: SentenceView, held: list[tuple[int, Claim]], words: StatementWords
) -> bool:
    """Whether the aside verbs only relay a document's words (statement39): "Об этом
    сообщается на сайте компании, сообщает ТАСС" is the company's, read as an attribution
    to its document; the outlet only passes it on."""
    if words.impersonal_document is None or not held:
        return False
    first = min(view.tokens[index].start for index, _ in held) - view.sentence.start
    return words.impersonal_document.search(view.sentence.text[:first]) is not None


def _not_relayed(view: SentenceView, held: list[tuple[int, Claim]]) -> list[Claim]:
    """The aside claims but those of a later aside whose words hold an earlier one's verb
    ("…, заявила глава X Name, сообщает ТАСС"): the outlet only relays the speaker."""
    verbs = [view.tokens[index].start for index, _ in held]
    kept: list[Claim] = []
    for index, claim in held:
        quote = next((a.span for a in claim.arguments if a.role == "quote"), None)
        relays = quote is not None and any(
            start < view.tokens[index].start and quote.start <= start < quote.end for start in verbs
        )
        if not relays:
            kept.append(claim)
    return kept


@dataclass(frozen=True)
class _SpeechAct:
    """A word that may report speech: a verb of saying (or of expecting with a "что"
    clause, or of making an outcome public), a stance, or a light verb's noun of saying."""

    speech: bool
    noun: int | None  # "сделал заявление": the noun of saying
    disclosed: list[int]  # "объявил результаты": the outcome made public


def _speech_act(view: SentenceView, index: int, words: StatementWords) -> _SpeechAct | None:
    """The speech act the word reports, if it reports one the sentence says was made."""
    token = view.tokens[index]
    speech = token.lemma in words.speech_lemmas and token.pos == "VERB"
    # statement39: "отметил рост продаж", "выступил против повышения тарифов"
    # statement40: "похвалил X за Y", "положительно оценил итоги", "поделился впечатлениями"
    disclosed = (
        disclosed_object(view, index, words)
        or noted_object(view, index, words)
        or evaluated_object(view, index, words)
    )
    speech = speech or bool(disclosed)
    if token.lemma in words.expectation_lemmas and token.pos == "VERB":
        speech = expects_that(view, index, words)
    stance = token.lemma in words.stance_lemmas and token.pos in {"VERB", "ADJ"}
    noun = speech_noun(view, index, words)
    if not (speech or stance or noun is not None):
        return None
    if unsaid(view, index, words) or alleged_act(view, index, words):
        return None
    if filed_document(view, index, words):  # "написал заявление об отставке"
        return None
    return _SpeechAct(speech, noun, disclosed)


def _subjects(
    analysed: AnalysedDocument, view: SentenceView, verb: int, words: StatementWords
) -> tuple[list[int], bool]:
    """The words that may name who spoke, and whether the verb has a subject of its own:
    its subject, else an oblique holder, else its governor's subject."""
    subjects = [
        c
        for c in view.subjects(verb)
        if not any(  # "сообщили Пенза.ру в УГИБДД": the outlet told, not the speaker
            m.start <= view.tokens[c].start < m.end and is_addressee(analysed, m)
            for m in view.mentions_in([c], set(SPEAKER_TYPES))
        )
        and not _disagreeing(view, verb, c)
    ]
    own_subject = bool(subjects)
    subjects = [_antecedent(view, verb, c, words) for c in subjects]
    subjects = person_subject_first(view, subjects)
    if not subjects:
        subjects = holder_obliques(view, verb, words)  # "В Минсвязи уверены, что …"
    if not subjects:
        subjects = governor_subjects(view, verb)  # "X отверг план, заявив, что …"
    return subjects, own_subject


def _antecedent(view: SentenceView, verb: int, subject: int, words: StatementWords) -> int:
    """The noun a relative clause modifies when its pronoun is the verb's subject
    ("Жозепа Борреля, который назвал РФ …": Боррель spoke), else the subject itself."""
    token, head = view.tokens[subject], view.tokens[verb]
    if token.lemma.lower() not in words.relative_pronouns:
        return subject
    if head.relation == "acl:relcl" and 0 <= head.head < len(view.tokens):
        return head.head
    # the parser may take the clause for the sentence's root: the noun before its comma
    if subject >= 2 and view.tokens[subject - 1].text == ",":
        before = subject - 2
        if view.tokens[before].pos in {"NOUN", "PROPN"}:
            return before
    return subject


def _disagreeing(view: SentenceView, verb: int, subject: int) -> bool:
    """Whether a "subject" cannot be the plural verb's: a singular common word with no
    name on it and nothing joined to it ("Об этом говорят разное": the parser's subject is
    what is said; "говорят" has nobody)."""
    token = view.tokens[subject]
    return (
        view.tokens[verb].feats.get("Number") == "Plur"
        and token.feats.get("Number") == "Sing"
        and not view.mentions_in([subject])
        and not any(view.tokens[c].relation == "conj" for c in view.children(subject))
    )


def _dropped_subject(view: SentenceView, verb: int) -> bool:
    """Whether the verb opens its sentence in the singular with its subject left out
    ("Сказал, что …", "Также отметил, что …"): Russian goes on with the subject of the
    sentence before; an impersonal form ("сообщалось", "говорят") has no one."""
    token = view.tokens[verb]
    feats = token.feats
    if feats.get("VerbForm") != "Fin" or feats.get("Number") != "Sing":
        return False
    if feats.get("Gender") == "Neut" or feats.get("Person") in {"1", "2"}:
        return False
    return all(t.pos in {"ADV", "CCONJ", "PART", "PUNCT"} for t in view.tokens[:verb])


@dataclass(frozen=True)
class _Said:
    """What a speech act says: the words, whether they stand for the sentence before
    ("Об этом заявил X"), and whether the verb only stands aside ("…, намекает X")."""

    clause: list[int]
    refers_before: bool
    aside: bool


def _what_was_said(
    view: SentenceView, index: int, words: StatementWords, act: _SpeechAct
) -> _Said | None:
    """The words the speech act says, tried from the surest reading to the loosest."""
    token = view.tokens[index]
    speech, noun = act.speech, act.noun
    clauses = said_clauses(view, index, words)
    clause = view.subtree(clauses[0]) if clauses else clause_after(view, index, words)
    if not clause and speech:
        clause = quoted_object(view, index)  # "назвал атмосферу «хорошей»"
    if not clause and speech:
        clause = infinitive_object(view, index)  # "пообещал снизить тарифы"
    # "Так X прокомментировал …": what the sentence before said
    manner = word_before(view, index, words.anaphoric_manners)
    if not clause and token.lemma in words.object_speech_lemmas and not manner:
        clause = next(  # "опроверг сообщения о перестановках", "такую связь отрицают"
            (
                view.subtree(c)
                for c in view.children(index)
                if view.tokens[c].relation == "obj" and (c > index or view.tokens[c].pos == "NOUN")
            ),
            [],
        )
    if not clause and token.lemma in words.claim_object_lemmas:
        clause = next(  # "эту версию отверг"; not "отверг предложение"
            (
                view.subtree(c)
                for c in view.children(index)
                if view.tokens[c].relation == "obj"
                and view.tokens[c].lemma.lower() in words.claim_nouns
            ),
            [],
        )
    refers_before = False  # "Об этом заявил X", "Такое заявление X сделал …"
    if not clause:
        clause = act.disclosed  # "«X» объявил финансовые результаты за год"
        # statement40: "На это указал X": the side taken is what the sentence before said
        refers_before = bool(clause) and all(
            view.tokens[i].lemma in words.anaphoric_topics for i in clause
        )
    if not clause and token.lemma in words.evaluation_lemmas and token.relation != "ccomp":
        clause = predicative_object(view, index, words.likening_words)  # "считает X ошибочным"
    if not clause and speech and (manner or _pointed_data(view, index, words)):
        # "Так X прокомментировал …", "Такими данными поделился X": the sentence before
        clause, refers_before = [index], True
    if not clause and noun is not None:
        clause = view.subtree(noun)
        refers_before = view.tokens[noun].lemma.lower() in (
            words.data_nouns | words.view_nouns
        ) or any(view.tokens[c].lemma in words.anaphoric_topics for c in view.children(noun))
    if clauses and clauses[0] > index:
        # a misparse can hang the subject under the clause: what was said follows the verb
        clause = [i for i in clause if i > index]
    # "отверг предложение о слиянии": a rejection is about no topic
    rejects = token.lemma in words.claim_object_lemmas
    topic = None if clause or rejects else topic_of(view, index, words)
    if topic is not None:
        clause = view.subtree(topic)
        refers_before = refers_before or view.tokens[topic].lemma in words.anaphoric_topics
    aside = False
    if not clause and speech:
        clause = aside_clause(view, index, words)
        aside = bool(clause)
    return _Said(clause, refers_before, aside) if clause else None


def _pointed_data(view: SentenceView, verb: int, words: StatementWords) -> bool:
    """Whether the verb's object is data or a view pointed back at ("такими данными",
    "эти сведения"): what the sentence before gave."""
    return any(
        view.tokens[noun].lemma.lower() in words.data_nouns | words.view_nouns
        and any(view.tokens[c].lemma in words.anaphoric_topics for c in view.children(noun))
        for noun in view.children(verb)
        if view.tokens[noun].relation in {"obj", "obl", "iobj"}
    )


def _speakers(
    analysed: AnalysedDocument,
    view: SentenceView,
    verb: int,
    words: StatementWords,
    subjects: list[int],
    own_subject: bool,
    aside: bool,
) -> list[Mention]:
    """Whom the subject names (with its conjuncts), else a name the parser left outside
    the tree near the verb, else the outlet unnamed sources told."""
    speakers: list[Mention] = []
    if subjects:
        speakers = subject_speakers(
            analysed, view, subjects[0], words, aside_end(view, verb, subjects[0], words)
        )[:1]
        speakers += [s for s in coordinated_speakers(view, subjects[0]) if s not in speakers]
        plural = plural_post_speakers(analysed, view, subjects[0], words)
        speakers += [s for s in plural if s not in speakers]
    if not speakers and not own_subject:
        # The parser lost the subject ("В ответ на … X заявляет, что", where "в ответ"
        # is no holder): a name right before the verb.
        # A comma between ends that phrase: "… с «Динамо», сообщает X" is X's aside.
        start = max(0, verb - 3)
        commas = [i for i in range(start, verb) if view.tokens[i].text == ","]
        start = commas[-1] + 1 if commas else start
        before = view.mentions_in(range(start, verb), set(SPEAKER_TYPES))
        speakers = before[-1:] or inverted_subject(view, verb, words)
    if not speakers and not subjects and _dropped_subject(view, verb):
        speakers = subject_before(analysed, view.tokens[verb].start)
    if aside:  # "Как сообщили «Интерфаксу» в отделении партии": not whom it was told
        speakers = [s for s in speakers if not is_addressee(analysed, s)]
    unnamed = [  # the parser may hang an aside's subject on the main verb
        i
        for i in subjects[:1] or range(verb + 1, min(verb + 6, len(view.tokens)))
        if view.tokens[i].relation.startswith("nsubj") or i in subjects
    ]
    if not speakers and any(unnamed_source(view, i, words) for i in unnamed):
        # "Об этом «Ведомостям» рассказали источники": the outlet is the only one named
        speakers = outlet_told(analysed, view, verb)
    return speakers


def _trimmed(view: SentenceView, clause: list[int], words: StatementWords) -> list[int]:
    """The clause without the punctuation and "что" around it."""
    while clause and (
        view.tokens[clause[0]].pos == "PUNCT"
        or view.tokens[clause[0]].lemma in words.complementisers
    ):
        clause.pop(0)
    while clause and view.tokens[clause[-1]].pos == "PUNCT":
        clause.pop()
    return clause
