"""The person a word means when the text does not name them where they speak: a pronoun
or a post ("он", "министр", "глава ведомства") stands for the person named last, or for
the one the text introduced with that post before ("Скульптор X … — говорит скульптор");
an unnamed spokesman is the organisation's voice; a commenting role ("эксперт") names
only someone the report gave a view before. Also whether a word is a post at all."""

from __future__ import annotations

import re

from concord.analysis import AnalysedDocument, Sentence, Token
from concord.claim import Mention
from concord.extract.quotation import inside_quotation
from concord.extract.sentence_view import named_before, sentence_holding
from concord.extract.statement.genders import fits_gender
from concord.extract.statement.names import (
    case_disagrees,
    inside_phrase,
    mention_head,
    named_as_object,
    named_as_subject,
    person_starting_at,
    same_person,
)
from concord.extract.statement.offices import (
    listed_office,
    ministry_named,
    office_of,
    offices_given,
)
from concord.extract.statement.words import StatementWords

_LOOK_BACK = 3  # sentences before a referring subject where its person may be named


_POST_PHRASE = 4  # words a post may stand before its holder's name ("глава МИД Чехии X")


def person_named_last(analysed: AnalysedDocument, before: int) -> Mention | None:
    """The person named last before `before`, within the sentence and `_LOOK_BACK` before;
    one named only inside another phrase ("коалиция миллиардера X") yields to the last
    one who was a clause's subject: "он", "глава государства" go on with the subject."""
    named = _outside_quotes(analysed, named_before(analysed, before, {"PER"}, _LOOK_BACK), before)
    if not named:  # nobody in reach: a chain of referring subjects may reach further
        reach = _look_back(analysed, before)
        named = _outside_quotes(analysed, named_before(analysed, before, {"PER"}, reach), before)
    if not named:
        return None
    subjects = [m for m in named if named_as_subject(analysed, m)]
    last = named[-1]
    if subjects and not named_as_subject(analysed, last):
        acted_on = named_as_object(analysed, last) and _same_sentence(analysed, subjects[-1], last)
        if inside_phrase(analysed, last) or acted_on:
            return subjects[-1]
    return named[-1]


def person_meant(
    analysed: AnalysedDocument,
    start: int,
    end: int,
    words: StatementWords,
    before: int | None = None,
) -> Mention | None:
    """The person the pronoun or bare post in start..end stands for, named before `before`
    (default `start`), statement47: the one the text gave that office, else the person
    named last (`person_named_last`) if their gender may be the verb's or pronoun's
    ("губернатор отметила": a woman) and, for a listed office, the text gave them no other
    one ("журналистке X"); else the nearest earlier person who fits. Where nobody fits,
    the one named last, as before (`genders.gender_clashes_dropped` still judges it)."""
    before = start if before is None else before
    last = person_named_last(analysed, before)
    if last is None:
        return None
    gender, offices = _referring(analysed, start, end, words)
    minister = minister_meant(analysed, start, end, words, before) or _minister_going_on(
        analysed, start, end, gender, words, before
    )
    if minister is not None:
        return minister
    if not gender and not offices:
        return last
    reach = max(_LOOK_BACK, _look_back(analysed, before))
    named = _outside_quotes(analysed, named_before(analysed, before, {"PER"}, reach), before)
    earlier = list(reversed(named))
    given: dict[Mention, set[str]] = {}  # each person's offices, walked for once

    def offices_of(person: Mention) -> set[str]:
        if person not in given:
            given[person] = offices_given(analysed, person, before, words)
        return given[person]

    if offices:  # "По словам градоначальника" after "Мэр Воронежа X … его заместитель Y"

        def holds(person: Mention) -> bool:
            return bool(offices_of(person) & offices) and fits_gender(
                analysed, person, gender, words
            )

        # of two holders ("Президент X … с президентом Y"), the one named last goes on
        holder = last if holds(last) else next((m for m in earlier if holds(m)), None)
        if holder is not None:
            return holder

    def fits(person: Mention) -> bool:
        if not fits_gender(analysed, person, gender, words):
            return False
        return not offices or not offices_of(person)

    if fits(last):
        return last
    # as `person_named_last` does, a clause's subject goes before one named inside another
    # phrase ("Посол X заявил … отравлением полковника Y и его дочери Z. … — заявил он")
    fitting = [m for m in earlier if not same_person(last, m) and fits(m)]
    subjects = [m for m in fitting if named_as_subject(analysed, m)]
    if not fitting and offices:
        # statement49: nobody in reach fits ("сам градоначальник" paragraphs after "мэр
        # города X", with a woman named last): the office's holder named further back
        # goes before the one named last, who fits no part of the reference
        far = named_before(analysed, before, {"PER"}, len(analysed.sentences))
        holder = next((m for m in reversed(far) if holds(m)), None)
        if holder is not None:
            return holder
    return (subjects or fitting or [last])[0]


def minister_meant(
    analysed: AnalysedDocument,
    start: int,
    end: int,
    words: StatementWords,
    before: int | None = None,
) -> Mention | None:
    """statement48: the person a minister's post in start..end means by its ministry
    ("руководитель Минздрава", "министр здравоохранения"): of those named before, the
    last the text gave that ministry's post, whose gender fits; None where the span names
    no ministry or nobody was given its post (the plain post rules decide then)."""
    before = start if before is None else before
    sentence = sentence_holding(analysed, start)
    if sentence is None:
        return None
    ministry = ministry_named(sentence.tokens, start, end, words)
    if not ministry:
        return None
    gender, _ = _referring(analysed, start, end, words)
    reach = max(_LOOK_BACK, _look_back(analysed, before))
    for person in reversed(named_before(analysed, before, {"PER"}, reach)):
        given = offices_given(analysed, person, before, words)
        if ministry in given and fits_gender(analysed, person, gender, words):
            return person
    return None


def _minister_going_on(
    analysed: AnalysedDocument,
    start: int,
    end: int,
    gender: str,
    words: StatementWords,
    before: int,
) -> Mention | None:
    """A pronoun ("По его словам") right after a sentence whose subject was a minister's
    post naming no one ("Об этом сообщил руководитель Минздрава."): the minister goes on,
    not another man named last in the list of ministers before."""
    sentence = sentence_holding(analysed, start)
    if sentence is None:
        return None
    referring = [t for t in sentence.tokens if start <= t.start < end]
    if not referring or any(t.pos == "NOUN" for t in referring):
        return None
    previous = [s for s in analysed.sentences if s.end <= min(before, sentence.start)]
    if not previous or not _refers_back_only(analysed, previous[-1]):
        return None
    subjects = [
        t for t in previous[-1].tokens if t.relation.startswith("nsubj") and t.pos == "NOUN"
    ]
    for subject in subjects:
        meant = minister_meant(analysed, subject.start, subject.end, words)
        if meant is not None and fits_gender(analysed, meant, gender, words):
            return meant
    return None


def _referring(
    analysed: AnalysedDocument, start: int, end: int, words: StatementWords
) -> tuple[str, frozenset[str]]:
    """The gender a referring span marks ("она", "по её словам", a past verb of which a
    post or pronoun is the subject: "губернатор отметила") and the listed office its
    post names ("глава региона": the governor's), either empty where not given."""
    sentence = sentence_holding(analysed, start)
    if sentence is None:
        return "", frozenset()
    tokens = sentence.tokens
    gender, offices = "", frozenset[str]()
    for position in sentence.token_indices(start, end):
        token = tokens[position]
        text = token.text.lower()
        if token.pos == "PRON" and text in words.pronoun_genders:
            gender = gender or words.pronoun_genders[text]
        elif text in words.possessive_genders:
            gender = gender or words.possessive_genders[text]
        elif token.pos == "NOUN" and is_post(token.lemma.lower(), words):
            offices = offices or listed_office(office_of(tokens, position, words), words)
        else:
            continue
        verb = tokens[token.head] if 0 <= token.head < len(tokens) else None
        if token.relation.startswith("nsubj") and verb is not None and verb.pos == "VERB":
            gender = gender or verb.feats.get("Gender", "")
    return gender, offices


def _look_back(analysed: AnalysedDocument, before: int) -> int:
    """How many sentences back a referring word may find its person when nobody is named
    within `_LOOK_BACK`: one more for each sentence in reach whose subject itself only
    refers back, naming nobody ("X заявил … . Глава ведомства также заявил … . …, уточнил
    министр. Он отметил …"): a chain of such subjects goes on with the person named before
    it. A person named within reach is never passed over for one further back."""
    earlier = [s for s in analysed.sentences if s.end <= before]
    reach = _LOOK_BACK
    counted = 0
    while counted < min(reach, len(earlier)) and reach < _CHAIN_LIMIT:
        counted += 1
        if _refers_back_only(analysed, earlier[-counted]):
            reach += 1
    return reach


_CHAIN_LIMIT = 8  # the furthest a chain of referring subjects reaches back


def _refers_back_only(analysed: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether the sentence names no person and a subject in it is a third-person
    pronoun or a singular animate common noun ("Он", "Министр", "Глава ведомства")."""
    if any(m.type == "PER" and sentence.start <= m.start < sentence.end for m in analysed.mentions):
        return False
    return any(
        token.relation.startswith("nsubj")
        and token.feats.get("Number") == "Sing"
        and (
            (token.pos == "PRON" and token.feats.get("Person") == "3")
            or (token.pos == "NOUN" and token.feats.get("Animacy") == "Anim")
        )
        for token in sentence.tokens
    )


def _outside_quotes(analysed: AnalysedDocument, named: list[Mention], before: int) -> list[Mention]:
    """statement50: the persons of `named` the report itself names before `before`, not
    only someone's quoted words ("«… в контексте политики Порошенко …», — сказал он"; "«…
    из бесед с госсекретарем Блинкеном …», — передает X со ссылкой на посла. По его
    словам"): a speaker's words name whom he talks about, and the "он" that follows goes
    on with the one quoted, never with a name inside his quote. Where the report names
    nobody else in reach, the pronoun stands for no one named. A reference that itself
    stands inside quotation marks keeps every candidate."""
    text = analysed.document.text
    if inside_quotation(text, before):
        return named
    outside = [m for m in named if not inside_quotation(text, m.start)]
    return [m for m in named if any(same_person(m, o) for o in outside)]


def _same_sentence(analysed: AnalysedDocument, first: Mention, second: Mention) -> bool:
    """Whether two names stand in one sentence: there a pronoun or post in the next one
    goes on with the sentence's subject, not with the person it acted on ("Адвокат X
    попросил оправдать Y. Об этом он заявил …": X)."""
    sentence = sentence_holding(analysed, first.start)
    return sentence is not None and sentence.start <= second.start < sentence.end


def voice_meant(analysed: AnalysedDocument, before: int, words: StatementWords) -> Mention | None:
    """The person an unnamed voice ("представитель МИД") refers back to: the one named
    last, unless the text gave that person another post ("заместитель главы X"), which
    makes the voice someone else, the organisation's."""
    antecedent = person_named_last(analysed, before)
    if antecedent is None:
        return None
    sentence = sentence_holding(analysed, antecedent.start)
    if sentence is None:
        return antecedent
    for token in reversed([t for t in sentence.tokens if t.end <= antecedent.start]):
        if token.pos in {"PUNCT", "VERB", "AUX"}:
            break
        lemma = token.lemma.lower()
        if token.pos == "NOUN" and is_post(lemma, words) and lemma not in words.organisation_voices:
            return None
    return antecedent


def named_next(analysed: AnalysedDocument, offset: int) -> Mention | None:
    """A person a report gives by post first and names in the next sentence ("Глава
    Роскосмоса заявил … Дмитрий Баканов уточнил"): a full name, not named before, opening
    the next sentence as the subject of its verb."""
    following = [s for s in analysed.sentences if s.start > offset]
    if not following or not following[0].tokens:
        return None
    sentence = following[0]
    first = sentence.tokens[0]
    mention = person_starting_at(analysed, first.start)
    if mention is None or len(mention.text.split()) < 2:
        return None
    after = [t for t in sentence.tokens if t.start >= mention.end]
    if not after or after[0].pos != "VERB":
        return None
    named_earlier = any(
        m.type == "PER" and m.start < offset and same_person(mention, m) for m in analysed.mentions
    )
    return None if named_earlier else mention


def _in_post_phrase(tokens: list[Token], position: int, lemma: str) -> bool:
    """Whether the noun `lemma` opens the phrase ending right before `position`: "Главный
    тренер «Спартака» X", "министра иностранных дел X"; a verb or a comma ends the phrase.
    A longer phrase counts when the name hangs on the noun ("заместитель генерального
    директора Агентства по страхованию вкладов X")."""
    head = tokens[position].head
    if (
        tokens[position].relation == "appos"
        and 0 <= head < position
        and tokens[head].pos == "NOUN"
        and tokens[head].lemma.lower() == lemma
        and _person_noun(tokens[head])
    ):
        return True
    for back in range(position - 1, max(-1, position - 1 - _POST_PHRASE), -1):
        token = tokens[back]
        # a person noun ("Генеральный директор компании X": X is no "компания")
        # a post opening the sentence may be tagged a proper noun ("Политолог X считает")
        if token.pos in {"NOUN", "PROPN"} and token.lemma.lower() == lemma and _person_noun(token):
            return not case_disagrees(tokens[position], token)  # "адвокат Медведева"
        # statement47: "губернатор благодарна журналистке X": a person noun of the name's
        # case opens the name's own phrase; the post before it is not X's
        if (
            token.pos == "NOUN"
            and token.feats.get("Animacy") == "Anim"
            and token.feats.get("Case")
            and token.feats.get("Case") == tokens[position].feats.get("Case")
        ):
            return False
        if token.pos in {"VERB", "AUX"} or (token.pos == "PUNCT" and token.text not in '«»"'):
            return False
    return False


def _person_noun(token: Token) -> bool:
    """Whether the noun may name a person: not one the tagger read as inanimate."""
    return token.feats.get("Animacy") != "Inan"


def described_person(analysed: AnalysedDocument, lemma: str, before: int) -> Mention | None:
    """The person a common noun stood in front of earlier ("Скульптор Георгий Франгулян …
    — говорит скульптор"; "аналитика Романа Коноплева … По мнению аналитика"): the text
    itself said who the noun is."""
    found: Mention | None = None
    for sentence in analysed.sentences:
        if sentence.start >= before:
            break
        tokens = sentence.tokens
        for position, token in enumerate(tokens[1:], start=1):
            if not _in_post_phrase(tokens, position, lemma):
                continue
            mention = next(
                (
                    m
                    for m in analysed.mentions
                    if m.type == "PER" and m.start == token.start and m.end <= before
                ),
                None,
            )
            if mention is not None:
                found = mention
    return found


def described_in_span(
    analysed: AnalysedDocument, tokens: list[Token], start: int, end: int
) -> Mention | None:
    """A person some noun of the span was said to be before ("говорит скульптор")."""
    for token in tokens:
        # "источник в аппарате кабинета министров": a group of posts names nobody
        if (
            start <= token.start < end
            and token.pos == "NOUN"
            and token.feats.get("Number") != "Plur"
        ):
            found = described_person(analysed, token.lemma.lower(), start)
            if found is not None:
                return found
    return None


def refers_by_post(attribution: str, words: StatementWords) -> bool:
    """Whether an attribution's written words hold a post ("— сказал министр")."""
    # a hyphenated word and its parts: "вице-премьер", "генерал-лейтенант"
    found = re.findall(r"[\w-]+", attribution.lower()) + re.findall(r"\w+", attribution.lower())
    return any(is_post(w, words) for w in found)


def case_role_only(attribution: str, words: StatementWords) -> bool:
    """Whether the only posts an attribution holds are a case's roles ("— подчеркнул
    прокурор"): those mean a person the text gave that role, never the one named last."""
    found = {w for w in re.findall(r"\w+", attribution.lower()) if is_post(w, words)}
    return bool(found) and found <= words.case_roles


def is_post(word: str, words: StatementWords) -> bool:
    """A listed referring word, or one made from a listed post by a prefix or a woman's
    ending ("вице-губернатор", "чиновница")."""
    if word in words.referring_words:
        return True
    stems = [word[len(p) :] for p in words.post_prefixes if word.startswith(p)]
    stems += [
        word[: -len(hers)] + his
        for hers, his in words.feminine_posts
        if word.endswith(hers) and len(word) > len(hers) + 3
    ]
    return any(len(stem) >= 4 and is_post(stem, words) for stem in stems)


def refers_back(
    sentence: Sentence, start: int, end: int, words: StatementWords, speaking: bool
) -> bool:
    """Whether a span names a person only by a pronoun or post: its words' lemmas, and
    where the span can only be someone speaking ("по словам 87-летнего политика"; the
    lemma of a rare case form is not always right) a case form of a long post word."""
    return any(
        _names_post(token.lemma.lower(), words, speaking)
        or _names_post(token.text.lower(), words, speaking)
        for token in sentence.tokens
        if start <= token.start < end
        # "по словам специалистов": a group nobody named, not the person named last
        and not (token.pos == "NOUN" and token.feats.get("Number") == "Plur")
    )


def _names_post(word: str, words: StatementWords, inflected: bool) -> bool:
    """A post, or where `inflected`, a case form of a long listed post ("политика")."""
    if is_post(word, words):
        return True
    return inflected and any(
        len(post) >= 5 and word.startswith(post) and len(word) - len(post) <= 2
        for post in words.referring_words
    )


def post_holder(
    analysed: AnalysedDocument,
    tokens: list[Token],
    start: int,
    speaker: Mention,
    words: StatementWords,
) -> Mention:
    """ "— сказал пресс-секретарь Кремля", "уточнила глава ЦБ": a post of an organisation
    names a person, the one named before, not the organisation."""
    if speaker.type == "PER":
        return speaker
    posts = [
        token.lemma.lower()
        for token in tokens
        if start <= token.start < speaker.start
        and token.pos == "NOUN"
        and is_post(token.lemma.lower(), words)
    ]
    if not posts:
        return speaker
    minister = minister_meant(analysed, start, speaker.end, words)
    if minister is not None:  # "— пояснил глава Минздрава": the one given that ministry
        return minister
    described = described_in_span(analysed, tokens, start, speaker.start)
    if described is None and all(post in words.organisation_voices for post in posts):
        # "сообщил представитель ГУМВД": an unnamed spokesman, the organisation's voice,
        # not a person named last with another post
        return voice_meant(analysed, start, words) or speaker
    meant = person_meant(analysed, start, speaker.start, words)
    return described or meant or named_next(analysed, start) or speaker


def named_as_commentator(sentence: Sentence, start: int, end: int, words: StatementWords) -> bool:
    """Whether the span names its speaker only by a commenting role ("по мнению эксперта")."""
    tokens = [t for t in sentence.tokens if start <= t.start < end and t.pos == "NOUN"]
    return bool(tokens) and all(t.lemma.lower() in words.commentator_posts for t in tokens)


def commentator_meant(
    analysed: AnalysedDocument, before: int, words: StatementWords
) -> Mention | None:
    """The person the report last called by a commenting role before `before`, else the
    person named last if the report gave that person's view before ("По мнению директора
    института X, …" … "как считает эксперт"); an official named last who only acted is
    no commentator."""
    found = [
        mention
        for post in words.commentator_posts
        if (mention := described_person(analysed, post, before)) is not None
    ]
    if found:
        return max(found, key=lambda mention: mention.start)
    antecedent = person_named_last(analysed, before)
    if antecedent is not None and _gave_view(analysed, antecedent, words):
        return antecedent
    return None


_QUOTE_CLOSERS = frozenset({"»", '"', "”", "“"})


def _quoted_by(tokens: list[Token], position: int, words: StatementWords) -> bool:
    """Whether the word is a verb of saying attributing a quote that closes before it
    ("«…», — сообщил X"): a quoted source comments, where "объявил о …" only announces."""
    token = tokens[position]
    return (
        token.pos == "VERB"
        and token.lemma in words.speech_lemmas
        and any(t.text in _QUOTE_CLOSERS for t in tokens[:position])
    )


def _gave_view(analysed: AnalysedDocument, person: Mention, words: StatementWords) -> bool:
    """Whether the report named the person, here or before, as one giving a view ("по
    мнению директора X", "X считает"), as the source of a quote ("«…», — рассказал
    изданию руководитель X", statement43), or the author of a work of views ("Доклад
    подготовил директор фонда X"), not only as one who acted or announced a step."""
    speaking = words.view_nouns | words.opinion_lemmas
    authored = words.view_nouns | words.authored_nouns
    for named in analysed.mentions:
        earlier = same_person(person, named) and named.start <= person.start
        found = mention_head(analysed, named) if earlier else None
        if found is None:
            continue
        tokens, position = found
        for _ in range(4):  # the head and a few words it hangs on
            if tokens[position].lemma.lower() in speaking:
                return True
            if _quoted_by(tokens, position, words):
                return True
            if tokens[position].pos == "VERB" and any(
                t.head == position and t.relation == "obj" and t.lemma.lower() in authored
                for t in tokens
            ):
                return True
            position = tokens[position].head
            if not 0 <= position < len(tokens):
                break
    return False
