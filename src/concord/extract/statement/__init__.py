"""Quoted and reported statements with their speaker.

Direct speech in Russian news is a paragraph that opens with a dash and closes with
", — сказал X" (or «…», — заявил X; X заявил: «…»); it often runs over several
sentences, so it is read per paragraph. Reported speech ("X заявила, что …") is read
per sentence from the tree: a speech verb, a person as its subject, a "что" clause.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from concord.analysis import AnalysedDocument, Sentence
from concord.claim import Argument, Claim, Mention, Modality, Span
from concord.extract.sentence_view import SentenceView, entity_argument
from concord.extract.statement.continued import dash_continued, ownerless_documents
from concord.extract.statement.filters import alleged_act, declined, only_relays, unsaid
from concord.extract.statement.interviews import (
    dialogue_answers,
    headed_answers,
    interview_answers,
    label_spans,
    labelled_quotes,
    speaks_from_label,
)
from concord.extract.statement.names import SPEAKER_TYPES, is_addressee, latin_name, speaker_in
from concord.extract.statement.organisations import (
    bare_voice,
    organisation_before,
    organisation_kind,
    organisation_source,
    place_institution,
    relaying_outlets,
    voiced_before,
)
from concord.extract.statement.people import (
    commentator_meant,
    described_in_span,
    described_person,
    is_post,
    named_as_commentator,
    named_next,
    person_named_last,
    post_holder,
    refers_back,
    voice_meant,
)
from concord.extract.statement.quotes import direct_statements
from concord.extract.statement.said import (
    aside_clause,
    clause_after,
    disclosed_object,
    expects_that,
    infinitive_object,
    predicative_object,
    quoted_object,
    said_clauses,
    sentence_before,
    speech_noun,
    topic_of,
)
from concord.extract.statement.words import StatementWords

__all__ = ["StatementWords", "extract_document"]


def reported_statements(
    analysed: AnalysedDocument, sentence: Sentence, words: StatementWords
) -> Iterator[Claim]:
    if sentence.text.rstrip().endswith("?"):
        return  # a question asks what was said; it reports no statement
    view = SentenceView.build(analysed, sentence, words.sentence)
    said: set[str] = set()  # one claim per sentence and speaker
    held: list[Claim] = []  # what aside verbs report, kept unless the sentence says more
    made = False
    for index, token in enumerate(view.tokens):
        speech = token.lemma in words.speech_lemmas and token.pos == "VERB"
        disclosed = disclosed_object(view, index, words)
        speech = speech or bool(disclosed)
        if token.lemma in words.expectation_lemmas and token.pos == "VERB":
            speech = expects_that(view, index, words)
        stance = token.lemma in words.stance_lemmas and token.pos in {"VERB", "ADJ"}
        noun = speech_noun(view, index, words)
        if not (speech or stance or noun is not None):
            continue
        if unsaid(view, index, words) or alleged_act(view, index, words):
            continue
        subjects = [
            c
            for c in view.children(index)
            if view.tokens[c].relation.startswith("nsubj")
            and not any(  # "сообщили Пенза.ру в УГИБДД": the outlet told, not the speaker
                m.start <= view.tokens[c].start < m.end and is_addressee(analysed, m)
                for m in view.mentions_in([c], set(SPEAKER_TYPES))
            )
        ]
        own_subject = bool(subjects)
        subjects = person_subject_first(view, subjects)
        if not subjects:
            subjects = holder_obliques(view, index, words)  # "В Минсвязи уверены, что …"
        if not subjects:
            subjects = governor_subjects(view, index)  # "X отверг план, заявив, что …"
        clauses = said_clauses(view, index, words)
        clause = view.subtree(clauses[0]) if clauses else clause_after(view, index, words)
        if not clause and speech:
            clause = quoted_object(view, index)  # "назвал атмосферу «хорошей»"
        if not clause and speech:
            clause = infinitive_object(view, index)  # "пообещал снизить тарифы"
        manner = any(  # "Так X прокомментировал …": what the sentence before said
            c < index and view.tokens[c].lemma.lower() in words.anaphoric_manners
            for c in view.children(index)
        )
        if not clause and token.lemma in words.object_speech_lemmas and not manner:
            clause = next(  # "опроверг сообщения о перестановках", "такую связь отрицают"
                (
                    view.subtree(c)
                    for c in view.children(index)
                    if view.tokens[c].relation == "obj"
                    and (c > index or view.tokens[c].pos == "NOUN")
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
        if not clause:
            clause = disclosed  # "«X» объявил финансовые результаты за год"
        if not clause and token.lemma in words.evaluation_lemmas and token.relation != "ccomp":
            clause = predicative_object(view, index)  # "считает решение ошибочным"
        refers_before = False  # "Об этом заявил X", "Такое заявление X сделал …"
        if not clause and speech and manner:  # "Так X прокомментировал …"
            clause, refers_before = [index], True
        if not clause and noun is not None:
            clause = view.subtree(noun)
            refers_before = view.tokens[noun].lemma.lower() in (
                words.data_nouns | words.view_nouns
            ) or any(
                view.tokens[c].lemma in words.anaphoric_topics for c in view.children(noun)
            )
        if clauses and clauses[0] > index:
            # a misparse can hang the subject under the clause: what was said follows the verb
            clause = [i for i in clause if i > index]
        # "отверг предложение о слиянии": a rejection is about no topic
        rejects = token.lemma in words.claim_object_lemmas
        topic = None if clause or rejects else topic_of(view, index, words)
        if topic is not None:
            clause = view.subtree(topic)
        aside = False
        if not clause and speech:
            clause = aside_clause(view, index, words)
            aside = bool(clause)
        if not clause:
            continue
        if only_relays(view, index, clause, words):
            continue  # "Как сообщает X со ссылкой на Y, …": Y's, read as an attribution
        speakers: list[Mention] = []
        if subjects:
            speakers = subject_speakers(
                analysed, view, subjects[0], words, aside_end(view, index, subjects[0], words)
            )[:1]
            speakers += [s for s in coordinated_speakers(view, subjects[0]) if s not in speakers]
        if not speakers and not own_subject:
            # The parser lost the subject ("В ответ на … X заявляет, что", where "в ответ"
            # is no holder): a name right before the verb.
            before = view.mentions_in(range(max(0, index - 3), index), set(SPEAKER_TYPES))
            speakers = before[-1:] or inverted_subject(view, index)
        if aside:  # "Как сообщили «Интерфаксу» в отделении партии": not whom it was told
            speakers = [s for s in speakers if not is_addressee(analysed, s)]
        unnamed = [  # the parser may hang an aside's subject on the main verb
            i
            for i in subjects[:1] or range(index + 1, min(index + 6, len(view.tokens)))
            if view.tokens[i].relation.startswith("nsubj") or i in subjects
        ]
        if not speakers and any(unnamed_source(view, i, words) for i in unnamed):
            # "Об этом «Ведомостям» рассказали источники": the outlet is the only one named
            speakers = outlet_told(analysed, view, index)
        if not speakers:
            continue
        while clause and (
            view.tokens[clause[0]].pos == "PUNCT"
            or view.tokens[clause[0]].lemma in words.complementisers
        ):
            clause.pop(0)
        while clause and view.tokens[clause[-1]].pos == "PUNCT":
            clause.pop()
        if not clause:
            continue
        quote = view.span_of(clause)
        if refers_before or (
            topic is not None and view.tokens[topic].lemma in words.anaphoric_topics
        ):
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
            if aside:
                held.append(claim)
            else:
                made = True
                yield claim
    # "X заявил, что …, сообщает агентство": an aside verb beside a reported statement
    # only relays it
    if not made:
        yield from held


def unnamed_source(view: SentenceView, subject: int, words: StatementWords) -> bool:
    """Whether the subject is a source nobody named ("источники", "двое собеседников") and
    placed nowhere: "источник в городской администрации" speaks for a body the outlet
    only hints at, and the outlet is no more its speaker than the body is."""
    counted = [subject]
    if view.tokens[subject].pos == "NUM":  # "двое собеседников": the counted noun
        counted += view.children(subject)
    sources = [i for i in counted if view.tokens[i].lemma.lower() in words.unnamed_sources]
    placed = any(
        view.tokens[c].relation.startswith("nmod")
        and any(
            view.tokens[g].relation == "case"
            and view.tokens[g].lemma.lower() in words.holder_prepositions
            for g in view.children(c)
        )
        for i in sources
        for c in view.children(i)
    )
    return bool(sources) and not placed


def outlet_told(analysed: AnalysedDocument, view: SentenceView, verb: int) -> list[Mention]:
    """The outlet unnamed sources told ("рассказали РБК собеседники"): a name in the
    dative with no preposition, the one source of the sentence a reader can name."""
    for child in view.children(verb):
        token = view.tokens[child]
        if token.relation not in {"iobj", "obl", "obj"} or token.feats.get("Case") != "Dat":
            continue
        if any(view.tokens[c].relation == "case" for c in view.children(child)):
            continue
        named = view.mentions_in(view.subtree(child), {"ORG"})
        if named:
            return named[:1]
    # an indeclinable name the parser left without case: a name told right after the verb
    after = view.mentions_in(range(verb + 1, min(verb + 3, len(view.tokens))), {"ORG"})
    return [m for m in after if is_addressee(analysed, m)][:1]


def person_subject_first(view: SentenceView, subjects: list[int]) -> list[int]:
    """A verb has one subject; where the parser gives it two, one is misread: an outlet
    told ("заявил ТАСС министр X": an indeclinable dative) or a post split from its holder
    by a relative clause ("Тренер клуба «X», который …, Name уверен"). The one naming a
    person is the speaker."""
    if len(subjects) < 2:
        return subjects
    named = [s for s in subjects if view.mentions_in(view.subtree(s), {"PER"})]
    return named[:1] + [s for s in subjects if s not in named[:1]] if named else subjects


def inverted_subject(view: SentenceView, verb: int) -> list[Mention]:
    """A subject after the verb that the parser lost ("Об этом заявил на коллегии его глава
    X"): the first person named after the verb, in the nominative, with no other verb or
    punctuation between and no preposition on its phrase ("заявил на встрече с министром
    X" is none)."""
    for position in range(verb + 1, len(view.tokens)):
        token = view.tokens[position]
        if token.pos in {"VERB", "AUX", "PUNCT"}:  # "Как отмечают в ведомстве, X намерен …"
            return []
        found = view.mentions_in([position], {"PER"})
        if not found or found[0].start != token.start:
            continue
        if not view.in_case(position, "Nom") or token.relation in {"obj", "iobj", "obl"}:
            return []
        phrase = [position]  # the name and the post it stands beside ("его глава X")
        while view.tokens[phrase[-1]].relation in {"appos", "flat:name"}:
            head = view.tokens[phrase[-1]].head
            if head in phrase or not verb < head < position or not view.in_case(head, "Nom"):
                break  # a misparse may hang "его глава" on the oblique before it
            phrase.append(head)
        if any(view.preposition(i) for i in phrase):
            return []
        return found
    return []


def aside_end(view: SentenceView, verb: int, subject: int, words: StatementWords) -> int:
    """Where the subject of a marked aside ends: "Как сообщил представитель УФСБ, Name,
    задержанный …, обвиняется": the comma closes the aside, so the name after it is the
    subject of the clause reported, not the speaker."""
    marked = any(
        view.tokens[c].lemma.lower() in words.aside_marks and c < verb
        for c in view.children(verb)
    )
    if not marked or subject < verb:
        return len(view.tokens)
    comma = next(
        (i for i in range(verb + 1, len(view.tokens)) if view.tokens[i].text == ","),
        len(view.tokens),
    )
    return comma if comma > subject else len(view.tokens)


def subject_speakers(
    analysed: AnalysedDocument,
    view: SentenceView,
    subject: int,
    words: StatementWords,
    end: int | None = None,
) -> list[Mention]:
    """Who the subject names: a person in it, an organisation heading it, or the person
    a referring subject ("министр", "он") stands for; only its words before `end`."""
    # not a name inside a clause on the subject ("Врачи, лечащие X, говорят": X is not
    # the speaker)
    clause = {
        i
        for c in view.children(subject)
        if view.tokens[c].relation.startswith("acl")
        or view.tokens[c].pos == "VERB"
        or view.tokens[c].feats.get("VerbForm") == "Part"
        for i in view.subtree(c)
    }
    phrase = [
        i for i in view.subtree(subject) if i not in clause and (end is None or i < end)
    ]
    if view.tokens[subject].lemma.lower() in words.unnamed_sources:
        return []  # "считает источник в ОПЕК": nobody named, not the organisation
    people = view.mentions_in(phrase, {"PER"})
    if people:
        return people
    head = view.tokens[subject]
    named = view.mentions_in([subject], set(SPEAKER_TYPES))
    if not named and head.lemma.lower() in words.institution_places:
        named = view.mentions_in([subject], {"LOC"})  # "В Кремле заявили"
    if named:
        return named
    if head.feats.get("Number") != "Plur":
        # "Тренер пообещал" after the club's director spoke: the person the text called
        # the coach before the one named last
        described = described_person(analysed, head.lemma.lower(), head.start)
        if described:
            return [described]
        if head.lemma.lower() in words.bare_voices and phrase == [subject]:
            # "…, уточнила пресс-служба": the organisation named before
            relaying = relaying_outlets(analysed, words)
            meant = organisation_before(
                analysed, head.start, [head.lemma.lower()], words, exclude=relaying
            )
            return [meant] if meant else []
        if head.lemma.lower() in words.commentator_posts:
            commentator = commentator_meant(analysed, head.start, words)
            return [commentator] if commentator else []
        # "представитель УФСБ": an unnamed voice of the organisation, unless it is the
        # person named last without another post
        voice = head.lemma.lower() in words.organisation_voices
        if is_post(head.lemma.lower(), words):
            antecedent = (
                voice_meant(analysed, head.start, words)
                if voice
                else person_named_last(analysed, head.start) or named_next(analysed, head.start)
            )
            if antecedent:
                return [antecedent]
    # "пользователь ЖЖ zyalt", "аналитики comScore": a Latin name the recogniser missed
    # not a channel after a preposition ("в Twitter")
    tokens = [
        view.tokens[i]
        for i in phrase
        if not any(view.tokens[c].relation == "case" for c in view.children(i))
    ]
    latin = latin_name(analysed, tokens, view.tokens[phrase[0]].start, view.tokens[phrase[-1]].end)
    if latin is not None:
        return [latin]
    # "канцелярия правительства Израиля сообщает": the organisation the subject belongs to
    # people of a place are no organisation ("жители посёлка X сообщили"); staff of one
    # speak for it ("представители Гринпис заявили")
    people_head = head.pos == "NOUN" and head.feats.get("Animacy") == "Anim"
    organisations = view.mentions_in(phrase, {"ORG"} if people_head else {"ORG", "LOCORG"})[:1]
    if organisations:
        return organisations
    # "эксперты компании убеждены": the company named before
    nouns = [organisation_kind(view.tokens[i].lemma.lower(), words) for i in phrase]
    kinds = words.organisation_words | words.authority_nouns
    if any(noun in kinds for noun in nouns):
        antecedent = organisation_before(
            analysed, head.start, [n for n in nouns if n in kinds], words
        )
        if antecedent:
            return [antecedent]
    return []


def coordinated_speakers(view: SentenceView, subject: int) -> list[Mention]:
    """The other speakers of a coordinated subject ("Израиль и США заявили"): named
    conjuncts of the subject's head."""
    found: list[Mention] = []
    for child in view.children(subject):
        if view.tokens[child].relation == "conj":
            found += view.mentions_in([child], set(SPEAKER_TYPES))[:1]
    return found


def governor_subjects(view: SentenceView, verb: int) -> list[int]:
    """A speech verb without a subject of its own, a converb or a conjunct ("отверг план,
    заявив, что …"; "выступила за реформу и отметила, что …"), shares its governor's."""
    token = view.tokens[verb]
    if token.relation not in {"advcl", "conj"} or not 0 <= token.head < len(view.tokens):
        return []
    if view.tokens[token.head].pos != "VERB":
        return []
    return [c for c in view.children(token.head) if view.tokens[c].relation.startswith("nsubj")][:1]


def holder_obliques(view: SentenceView, verb: int, words: StatementWords) -> list[int]:
    """ "В компании уверены": an oblique after a holder preposition stands for the
    subject of an impersonal stance."""
    impersonal = view.tokens[verb].feats.get("Number") == "Plur"  # "заявили в пресс-службе X"
    holders = [
        child
        for child in view.children(verb)
        if view.tokens[child].relation == "obl"
        and (child < verb or impersonal)
        and view.preposition(child) in words.holder_prepositions
    ]
    # "Об этом в среду сообщили в пресс-службе X": the oblique that names someone, not a day
    naming = [
        child
        for child in holders
        if view.mentions_in(view.subtree(child), set(SPEAKER_TYPES))
        or view.tokens[child].lemma.lower() in words.organisation_words | words.organisation_voices
        or view.tokens[child].lemma.lower() in words.institution_places
    ]
    return (naming or holders)[:1]


def attributed_statements(
    analysed: AnalysedDocument, sentence: Sentence, words: StatementWords, relayed: bool
) -> Iterator[Claim]:
    """A sentence a phrase attributes to someone: "По словам X, …", "…, пишет X"."""
    if sentence.text.rstrip().endswith("?"):
        return
    patterns = [*words.attributions, *([words.relay] if relayed and words.relay else [])]
    for pattern in patterns:
        match = pattern.search(sentence.text)
        if match is None:
            continue
        source_start = sentence.start + match.start("source")
        source_end = sentence.start + match.end("source")
        speaking = words.quoted_words.search(match.group()) is not None  # "по словам X"
        relay = (
            words.relayed_source.search(match.group("source"))
            if words.relayed_source is not None
            else None
        )
        if relay is not None:
            # "как пишут «Ведомости» со ссылкой на X": X speaks, the outlet only relays;
            # the outlet is the source when X names nobody ("источники в отрасли")
            relayed_start, outlet_end = source_start + relay.end(), source_start + relay.start()
            outlet = [m for m in analysed.mentions if source_start <= m.start < outlet_end]
            speaker = _source_speaker(
                analysed, sentence, relayed_start, source_end, speaking, words, outlet
            ) or _source_speaker(analysed, sentence, source_start, outlet_end, speaking, words)
        else:
            speaker = _source_speaker(analysed, sentence, source_start, source_end, speaking, words)
        if speaker is None:
            continue
        quote = Span(sentence.start, sentence.end, sentence.text)
        if "quote" in pattern.groupindex:
            start = sentence.start + match.start("quote")
            quote = Span(start, start + len(match.group("quote")), match.group("quote"))
        yield Claim(
            "statement",
            [entity_argument(analysed, "speaker", speaker), Argument("quote", quote.text, quote)],
            quote,
        )
        return


def _source_speaker(
    analysed: AnalysedDocument,
    sentence: Sentence,
    source_start: int,
    source_end: int,
    speaking: bool,
    words: StatementWords,
    exclude: Collection[Mention] = (),
) -> Mention | None:
    """Who an attribution's source names: a name, an organisation by its common noun, a
    person by a post or pronoun, or a Latin name the recogniser missed (not one of
    `exclude`, the outlet relaying it); nobody for a source left unnamed ("по данным
    источника в банке")."""
    if any(
        source_start <= token.start < source_end
        and token.lemma.lower() in words.unnamed_sources
        for token in sentence.tokens
    ):
        return None
    speaker = speaker_in(analysed, source_start, source_end)
    if speaker is not None:
        speaker = post_holder(analysed, sentence.tokens, source_start, speaker, words)
    if speaker is None and (
        nouns := organisation_source(analysed, sentence, source_start, source_end, words)
    ):  # "…, отметили в ведомстве", "в сообщении регулятора": the one named before
        speaker = organisation_before(analysed, source_start, nouns, words, exclude)
    if speaker is None and (voice := bare_voice(sentence, source_start, source_end, words)):
        # "По информации пресс-службы, …": the press service the text introduced before
        speaker = voiced_before(analysed, source_start, voice)
    if speaker is None:  # "сообщает мэрия города Ярославля": the city's government
        speaker = place_institution(analysed, sentence, source_start, source_end, words)
    if speaker is None:  # "по мнению скульптора": who the text said the sculptor is
        speaker = described_in_span(analysed, sentence.tokens, source_start, source_end)
    commenting = named_as_commentator(sentence, source_start, source_end, words)
    if speaker is None and commenting:  # "по мнению эксперта": one the report called so
        speaker = commentator_meant(analysed, source_start, words)
    if (
        speaker is None
        and not commenting
        and refers_back(sentence, source_start, source_end, words, speaking)
    ):
        speaker = person_named_last(analysed, sentence.start)
    if speaker is None:
        # the source itself, not a channel within it ("как сообщил в Twitter министр")
        latin = latin_name(analysed, sentence.tokens, source_start, source_end)
        named_end = source_start + len(analysed.document.text[source_start:source_end].rstrip())
        if latin and (latin.start == source_start or latin.end == named_end):
            speaker = latin
    return speaker


def extract_document(analysed: AnalysedDocument, words: StatementWords) -> list[Claim]:
    claims = list(direct_statements(analysed, words))
    # A quoted paragraph's other sentences may still report speech ("Президент также
    # рассказал, что …"): only the sentences the quote runs through are read already.
    covered = [
        (argument.span.start, argument.span.end)
        for claim in claims
        for argument in claim.arguments
        if argument.role == "quote" and argument.span is not None
    ]
    attributed: list[Claim] = []
    for sentence in analysed.sentences:
        if not sentence.claimable or any(
            start < sentence.end and sentence.start < end for start, end in covered
        ):
            continue
        reported = list(reported_statements(analysed, sentence, words))
        claims.extend(reported)
        if not reported:
            # "…, там не уточнили, пишет X": the outlet relays that nothing was said
            relayed = not declined(analysed, sentence, words)
            attributed.extend(attributed_statements(analysed, sentence, words, relayed))
    # "Как передало радио X, … . Об этом сообщил Y": the outlet relays what Y said
    quoted = [
        argument.span
        for claim in claims
        for argument in claim.arguments
        if argument.role == "quote" and argument.span is not None
    ]
    claims.extend(
        claim
        for claim in attributed
        if not any(
            span.start <= claim.evidence.start and claim.evidence.end <= span.end for span in quoted
        )
    )
    claims.extend(ownerless_documents(analysed, words, claims))
    claims.extend(dash_continued(analysed, words, claims))
    # An interview's answers: their sentences are still read for what others said ("Он
    # сказал, что …"), but a speaker label is nobody's subject ("Голос Америки: Ранее …").
    labels = label_spans(analysed, words)
    claims = [claim for claim in claims if not speaks_from_label(claim, labels)]
    claims.extend(interview_answers(analysed, words))
    claims.extend(labelled_quotes(analysed, words, claims))
    claims.extend(dialogue_answers(analysed, words, claims))
    return headed_answers(analysed, words, claims)


