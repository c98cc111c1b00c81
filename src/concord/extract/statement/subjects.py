"""Who speaks, read from the tree of a sentence with a speech verb: the verb's subject
and whom it names (a person, an organisation, the person a post stands for), or, where
the parser gave none, an oblique holder ("В Минсвязи уверены"), the governing verb's
subject, a subject after the verb, or the outlet unnamed sources told; conjoined
subjects all speak. A source nobody named is no speaker."""

from __future__ import annotations

from concord.analysis import AnalysedDocument, Token
from concord.claim import Mention
from concord.extract.sentence_view import SentenceView, gender_fits
from concord.extract.statement.held_posts import pair_meant, post_held_at_place
from concord.extract.statement.names import (
    SPEAKER_TYPES,
    client_of,
    is_addressee,
    latin_name,
    named_as_subject,
    same_person,
)
from concord.extract.statement.organisations import (
    described_body,
    organisation_before,
    organisation_kind,
    organisation_spoke_before,
    relaying_outlets,
)
from concord.extract.statement.people import (
    commentator_meant,
    described_person,
    is_post,
    minister_meant,
    named_next,
    person_meant,
    voice_meant,
)
from concord.extract.statement.said import word_before
from concord.extract.statement.women import woman_at_post
from concord.extract.statement.words import StatementWords
from concord.nlp.phrases import normalise_phrase


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


def inverted_subject(
    view: SentenceView, verb: int, words: StatementWords | None = None
) -> list[Mention]:
    """A subject after the verb that the parser lost ("Об этом заявил на коллегии его глава
    X"): the first person named after the verb, in the nominative, with no other verb or
    punctuation between (but a date in commas: "рассказал во вторник, 3 июня, глава X")
    and no preposition on its phrase ("заявил на встрече с министром X" is none)."""
    skip_to = verb
    for position in range(verb + 1, len(view.tokens)):
        if position <= skip_to:
            continue
        token = view.tokens[position]
        if token.text == "," and words is not None:
            skip_to = _date_aside_end(view, position, words)
            if skip_to > position:
                continue
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


def _date_aside_end(view: SentenceView, comma: int, words: StatementWords) -> int:
    """Where a date set off by commas after `comma` ends (", 3 июня,"): the closing
    comma's position, else `comma` itself."""
    for position in range(comma + 1, min(comma + 6, len(view.tokens))):
        token = view.tokens[position]
        if token.text == ",":
            return position if position > comma + 1 else comma
        if not (token.text.isdigit() or token.lemma.lower() in words.date_words):
            return comma
    return comma


def subject_before(analysed: AnalysedDocument, offset: int) -> list[Mention]:
    """The person who was the subject of the sentence right before `offset`, in the same
    paragraph: whom a sentence with its subject left out goes on with ("X уложился в
    четыре минуты. Сказал, что …")."""
    sentences = [s for s in analysed.sentences if s.end <= offset]
    if not sentences:
        return []
    before = sentences[-1]
    if "\n" in analysed.document.text[before.end : offset]:
        return []
    named = [
        m
        for m in analysed.mentions
        if m.type == "PER" and before.start <= m.start < before.end
        and named_as_subject(analysed, m)
    ]
    return named[-1:]


def aside_end(view: SentenceView, verb: int, subject: int, words: StatementWords) -> int:
    """Where the subject of a marked aside ends: "Как сообщил представитель УФСБ, Name,
    задержанный …, обвиняется": the comma closes the aside, so the name after it is the
    subject of the clause reported, not the speaker."""
    if not word_before(view, verb, words.aside_marks) or subject < verb:
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
    phrase = _subject_phrase(view, subject, end)
    if view.tokens[subject].lemma.lower() in words.unnamed_sources:
        return []  # "считает источник в ОПЕК": nobody named, not the organisation
    if view.tokens[subject].lemma.lower() in words.organisation_proforms:
        spoke = organisation_spoke_before(analysed, view.tokens[subject].start, words)
        return [spoke] if spoke else []
    head = view.tokens[subject]
    people = view.mentions_in(phrase, {"PER"})
    # "адвокат Медведева заявил": the one a genitive name is counsel or kin of is not the
    # speaker; the speaker is the noun's holder, named before with that noun or nobody
    clients = [person for person in people if client_of(analysed, person)]
    people = [person for person in people if person not in clients]
    if people:
        return people
    if clients:
        described = described_person(analysed, head.lemma.lower(), head.start)
        return [described] if described else []
    named = view.mentions_in([subject], set(SPEAKER_TYPES))
    if not named and head.lemma.lower() in words.institution_places:
        named = view.mentions_in([subject], {"LOC"})  # "В Кремле заявили"
    if named:
        return named
    woman = woman_at_post(analysed, head, words)
    if woman is not None:  # "председатель ЦБ заявила": the woman at the post
        return [woman]
    held = _held_post_speakers(analysed, view, subject, phrase, words)
    if held:
        return held
    if is_post(head.lemma.lower(), words) and any(
        i != subject and view.tokens[i].text.lower() in words.pointing_possessives for i in phrase
    ):
        return []  # "её супруг заявил", "его адвокат сказал": someone the one named has
    short_name = _body_short_name(analysed, view, subject, phrase, words)
    if short_name is not None:
        return [short_name]
    if head.feats.get("Number") != "Plur":
        meant = _meant_by_noun(analysed, head, phrase == [subject], words)
        if meant is not None:
            return meant
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
    if head.lemma.lower() in words.team_member_posts:
        return []  # "Главный тренер ХК «X» поблагодарил": the coach, not the club
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
    # "сообщила пресс-служба судов города", "сообщили в областном департаменте X": a
    # place's body described by common nouns
    last = max(_split_subject(view, subject, end) or phrase)
    body = described_body(
        analysed, view.sentence, view.tokens[min(phrase)].start, view.tokens[last].end, words
    )
    return [body] if body else []


def _split_subject(view: SentenceView, subject: int, end: int | None) -> list[int]:
    """The rest of a subject the parser split in two ("объединённая | пресс-служба судов",
    both subjects of the verb): a second subject of the same verb right after the first."""
    verb = view.tokens[subject].head
    after = max(_subject_phrase(view, subject, end)) + 1
    if after >= len(view.tokens) or view.tokens[after].head != verb:
        return []
    if view.tokens[after].relation != "nsubj" or (end is not None and after >= end):
        return []
    return _subject_phrase(view, after, end)


def _held_post_speakers(
    analysed: AnalysedDocument,
    view: SentenceView,
    subject: int,
    phrase: list[int],
    words: StatementWords,
) -> list[Mention]:
    """Whom a post subject means by the place or pair it names ("the Qatari premier",
    "the foreign ministers of France and Germany", "the two ministers")."""
    head = view.tokens[subject]
    if head.feats.get("Number") != "Plur":
        if not is_post(head.lemma.lower(), words):
            return []
        held = post_held_at_place(analysed, [view.tokens[i] for i in phrase], words)
        return [held] if held else []
    return plural_post_speakers(analysed, view, subject, words)


def plural_post_speakers(
    analysed: AnalysedDocument, view: SentenceView, subject: int, words: StatementWords
) -> list[Mention]:
    """Everyone a plural post subject names: the places or bodies it holds ("the foreign
    ministers of France and Germany") or the pair named before ("both leaders")."""
    head = view.tokens[subject]
    if head.feats.get("Number") != "Plur":
        return []
    if words.coordinated_holders and is_post(head.lemma.lower(), words):
        holders = view.mentions_in(_subject_phrase(view, subject, None), {"ORG", "LOCORG", "LOC"})
        if len(holders) > 1:
            return holders
    return pair_meant(analysed, view, subject, words) or []


def _subject_phrase(view: SentenceView, subject: int, end: int | None) -> list[int]:
    """The subject's words before `end`, but not a clause on the subject ("Врачи,
    лечащие X, говорят": X is not the speaker)."""
    clause = {
        i
        for c in view.children(subject)
        if view.tokens[c].relation.startswith("acl")
        or view.tokens[c].pos == "VERB"
        or view.tokens[c].feats.get("VerbForm") == "Part"
        for i in view.subtree(c)
    }
    return [i for i in view.subtree(subject) if i not in clause and (end is None or i < end)]


def _body_short_name(
    analysed: AnalysedDocument,
    view: SentenceView,
    subject: int,
    phrase: list[int],
    words: StatementWords,
) -> Mention | None:
    """ "В Минтрансе области сообщили": a body's short name written with its capital that
    the recogniser did not give is that body, with the genitives after it, in the
    nominative; not the organisation named last, as a common noun ("в ведомстве") is."""
    head = view.tokens[subject]
    pattern = words.body_short_name
    if pattern is None or not head.text[:1].isupper() or not pattern.fullmatch(head.lemma.lower()):
        return None
    tokens = [view.tokens[i] for i in phrase if i >= subject]
    text = analysed.document.text[tokens[0].start : tokens[-1].end]
    return Mention(tokens[0].start, tokens[-1].end, text, "ORG", normalise_phrase(tokens, subject))


def _meant_by_noun(
    analysed: AnalysedDocument, head: Token, alone: bool, words: StatementWords
) -> list[Mention] | None:
    """Whom a singular common noun heading the subject means: the person the text called
    by it, the organisation a bare voice speaks for (`alone`: the noun is the whole
    subject), the commentator, or the person a post refers back to. An empty list where
    the noun means someone nobody named; None where it is read on as a phrase."""
    lemma = head.lemma.lower()
    # "Тренер пообещал" after the club's director spoke: the person the text called
    # the coach before the one named last
    # "Глава Минздрава отметил" among several ministers: the one given that ministry
    minister = minister_meant(analysed, head.start, head.end, words)
    if minister is not None:
        return [minister]
    described = described_person(analysed, lemma, head.start)
    if described:
        return [described]
    if lemma in words.case_roles:
        return []  # "Прокурор подчеркнул" after the accused: not the accused
    if lemma in words.bare_voices and alone:
        # "…, уточнила пресс-служба": the organisation named before
        relaying = relaying_outlets(analysed, words)
        meant = organisation_before(analysed, head.start, [lemma], words, exclude=relaying)
        return [meant] if meant else []
    if lemma in words.commentator_posts:
        commentator = commentator_meant(analysed, head.start, words)
        return [commentator] if commentator else []
    # "представитель УФСБ": an unnamed voice of the organisation, unless it is the
    # person named last without another post
    if is_post(lemma, words):
        antecedent = (
            voice_meant(analysed, head.start, words)
            if lemma in words.organisation_voices
            else person_meant(analysed, head.start, head.end, words) or named_next(analysed, head.start)
        )
        if antecedent is not None and client_of(analysed, antecedent, lemma):
            return []  # "адвокат Медведева … Адвокат напомнил": not Медведев
        # a feminine noun means a woman ("супруга", "женщина"); a masculine post may not,
        # and a pronoun's gender is left to the tagger's reading of names, which fails on
        # foreign ones ("Мака Боцхоришвили … Она добавила")
        feminine = head.pos == "NOUN" and head.feats.get("Gender") == "Fem"
        if feminine and antecedent is not None and not _may_be_a_woman(analysed, antecedent):
            return []
        if antecedent:
            return [antecedent]
    return None


def _may_be_a_woman(analysed: AnalysedDocument, person: Mention) -> bool:
    """Whether any naming of the person may be a woman's: a tagger misreads an oblique
    surname's gender ("Ковалёву" as masculine) more often than a full name's."""
    return any(
        gender_fits(analysed, mention, "Fem")
        for mention in analysed.mentions
        if mention.type == "PER" and same_person(person, mention)
    )


def coordinated_speakers(view: SentenceView, subject: int) -> list[Mention]:
    """The other speakers of a coordinated subject ("Израиль и США заявили"): named
    conjuncts of the subject's head, or the name set beside a conjunct post ("режиссёр X
    и директор Y рассказали": Y stands in apposition to "директор")."""
    found: list[Mention] = []
    for child in view.children(subject):
        if view.tokens[child].relation != "conj":
            continue
        named = view.mentions_in([child], set(SPEAKER_TYPES))[:1]
        if not named and _joined_plainly(view, subject, child):
            # the parser may hang the name as a genitive of the post or from the first
            # subject: a name right after the post stands beside it all the same
            beside = [c for c in view.children(child) if view.tokens[c].relation == "appos"]
            if child + 1 < len(view.tokens) and view.tokens[child + 1].pos == "PROPN":
                beside.append(child + 1)
            named = view.mentions_in(beside, {"PER"})[:1]
        found += named
    return found


def _joined_plainly(view: SentenceView, subject: int, conjunct: int) -> bool:
    """Whether a conjunct post follows the subject with no comma or verb between ("режиссёр
    X и директор Y"): one across a clause ("пояснила жена …, что … мать Раиса") is the
    parser's reach, not a second speaker."""
    between = view.tokens[subject + 1 : conjunct]
    return conjunct > subject and not any(t.text == "," or t.pos == "VERB" for t in between)


def governor_subjects(view: SentenceView, verb: int) -> list[int]:
    """A speech verb without a subject of its own, a converb or a conjunct ("отверг план,
    заявив, что …"; "выступила за реформу и отметила, что …"), shares its governor's."""
    token = view.tokens[verb]
    if token.relation not in {"advcl", "conj"} or not 0 <= token.head < len(view.tokens):
        return []
    if view.tokens[token.head].pos != "VERB":
        return []
    return view.subjects(token.head)[:1]


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
    if impersonal and not holders:
        # "Там добавили: …": a place word before the verb stands for who spoke before
        holders = [
            child
            for child in view.children(verb)
            if child < verb and view.tokens[child].lemma.lower() in words.organisation_proforms
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
