"""A subject that stands for a person the sentence before names.

"… до этого он был вице-министром" (a pronoun whose gender agrees), "Бывший финансовый
директор «Y» станет вице-президентом" (a former post with no name), "Глава «Y» добавил"
(a bare post of an organisation the person was named with), "X назвал разговор важным.
«…», — заявил пресс-секретарь президента" (a bare post carrying on the subject): the post
is that person's, only when exactly one person can be meant.
"""

from __future__ import annotations

from concord.analysis import Sentence
from concord.claim import Claim, Mention
from concord.extract.occupation.filters import held_post
from concord.extract.occupation.former import post_said_former
from concord.extract.occupation.post_claim import occupation_claim
from concord.extract.occupation.reading import has_copula
from concord.extract.occupation.verbs import posts_by_verb
from concord.extract.occupation.words import OccupationWords
from concord.extract.occupation.works_at import works_at
from concord.extract.positions import is_position
from concord.extract.sentence_view import SentenceView, name_genders, named_before


def pronoun_subject_posts(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """ "X — министр с 2023 года, до этого он был вице-министром": a pronoun subject of a
    role verb stands for the person named last before it, in its sentence or the one before,
    when their genders agree; the verb's post is that person's. A sentence between that
    names no one ("X избран ректором. Ему 52 года. Раньше он был …") does not break the
    chain."""
    claims: list[Claim] = []
    for index, token in enumerate(view.tokens):
        if token.pos != "PRON" or token.lemma not in words.possessive_pronouns:
            continue
        if token.relation not in {"nsubj", "nsubj:pass"} or token.feats.get("Number") == "Plur":
            continue
        named = named_before(view.document, token.start, {"PER"}, 1) or named_before(
            view.document, token.start, {"PER"}, 2
        )
        if not named or not _same_gender(view, named[-1], token.feats.get("Gender", "")):
            continue
        by_verb = posts_by_verb(view, index, words)
        claims.extend(
            occupation_claim(view, named[-1], post, end, words, view.modality(verb))
            for verb, post, end in by_verb
            if held_post(view, post, words) is not None
        )
        # "До этого он работал в Y", "До этого он возглавлял Y": a place of work
        claims.extend(claim for claim, _ in works_at(view, index, named[-1], words))
        head = token.head  # "он был вице-министром": the post is the copula's predicate
        if (
            0 <= head < len(view.tokens)
            and all(post != head for _, post, _ in by_verb)
            and is_position(view.tokens[head].lemma, words.posts)
            and view.mention_at(head) is None
            and has_copula(view, head)
            and held_post(view, head, words) is not None
        ):
            end = max(view.subtree(head, skip=frozenset({"nsubj", "conj", "cop"}))) + 1
            claims.append(occupation_claim(view, named[-1], head, end, words, view.modality(head)))
    return claims


def _same_gender(view: SentenceView, person: Mention, gender: str) -> bool:
    """Whether the name's words are of the pronoun's gender (unknown on either side: yes)."""
    genders = name_genders(view.document, person)
    return not gender or not genders or gender in genders


def former_post_subject_posts(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """ "Из компании ушёл X. Бывший финансовый директор «Y» станет вице-президентом Z": a
    former post with no name, the subject of a role verb in a sentence naming nobody, stands
    for the one person the sentence before names; both posts are theirs."""
    if any(mention.type == "PER" for mention in view.mentions):
        return []
    claims: list[Claim] = []
    for index, token in enumerate(view.tokens):
        if token.relation not in {"nsubj", "nsubj:pass"} or not _former(view, index, words):
            continue
        if not is_position(token.lemma, words.posts) or view.mention_at(index) is not None:
            continue
        named = named_before(view.document, token.start, {"PER"}, 1)
        if not named or len({mention.entity for mention in named}) != 1 or named[0].entity < 0:
            continue
        by_verb = [
            (verb, post, end)
            for verb, post, end in posts_by_verb(view, index, words)
            if held_post(view, post, words) is not None
        ]
        if not by_verb:
            continue
        end = max(view.subtree(index)) + 1
        claims.append(occupation_claim(view, named[-1], index, end, words))
        claims.extend(
            occupation_claim(view, named[-1], post, stop, words, view.modality(verb))
            for verb, post, stop in by_verb
        )
    return claims


def _former(view: SentenceView, post: int, words: OccupationWords) -> bool:
    """ "бывший директор", "экс-министр": a post said as no longer held."""
    return post_said_former(view, post, words) is not None


def organisation_post_subject_posts(
    view: SentenceView, words: OccupationWords
) -> list[Claim]:
    """ "«…», — сказал X. Глава «Y» добавил, что …": a bare post of a named organisation,
    the subject of a past verb in a sentence naming nobody, stands for the one person the
    sentence before names, when the verb's gender is that person's (no rival, no guess)."""
    if any(mention.type == "PER" for mention in view.mentions):
        return []
    claims: list[Claim] = []
    for index, token in enumerate(view.tokens):
        if token.relation != "nsubj" or token.feats.get("Number") == "Plur":
            continue
        if not is_position(token.lemma, words.posts) or view.mention_at(index) is not None:
            continue
        organisations = {
            mention.entity
            for child in view.children(index)
            if view.tokens[child].relation == "nmod"
            and (mention := view.mention_at(child)) is not None
            and mention.type == "ORG"
            and mention.entity >= 0
        }
        if _former(view, index, words) or not organisations:
            continue
        verb = token.head
        gender = view.tokens[verb].feats.get("Gender", "") if 0 <= verb < len(view.tokens) else ""
        named = named_before(view.document, token.start, {"PER"}, 1)
        if not gender or not named or len({mention.entity for mention in named}) != 1:
            continue
        if named[0].entity < 0 or not _known_gender(view, named[-1], gender):
            continue
        if not _named_together(view, named[-1].entity, organisations, token.start, words):
            continue  # an analyst of another firm named last is no head of this one
        end = max(view.subtree(index, skip=frozenset({"acl", "acl:relcl", "punct"}))) + 1
        claims.append(occupation_claim(view, named[-1], index, end, words, view.modality(verb)))
    return claims


def _known_gender(view: SentenceView, person: Mention, gender: str) -> bool:
    """Whether the name's words are known to be of this gender (unknown: no)."""
    return set(name_genders(view.document, person)) == {gender}


def _named_together(
    view: SentenceView,
    person: int,
    organisations: set[int],
    before: int,
    words: OccupationWords,
) -> bool:
    """Whether a sentence before `before` names the person and one of the organisations and
    tells a post or a headship there ("X, который возглавляет «Y»"), not a mere meeting of
    the two ("в изоляторе «Y» X пытали")."""
    for sentence in view.document.sentences:
        if sentence.start >= before:
            break
        inside = {
            mention.entity
            for mention in view.document.mentions
            if sentence.start <= mention.start < sentence.end
        }
        if person in inside and inside & organisations and any(
            token.lemma in words.head_verbs | words.work_verbs
            or is_position(token.lemma, words.posts)
            for token in sentence.tokens
        ):
            return True
    return False


_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_SUBJECT_LOOK_BACK = 2  # sentences back where a bare post's subject is found


def subject_carried_posts(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """ "Песков назвал разговор важным. «Дождёмся», — заявил пресс-секретарь президента",
    "Собянин прокомментировал стройку. «…», — отметил мэр Москвы":
    a bare post, the subject of a verb in a sentence naming nobody, carries on the subject
    of the last sentence before that names anyone, when that subject is one person named
    with no post beside the name, whose known gender is the verb's. Not when the report
    used the post's word before (of someone else, "X раскритиковал губернатора. Губернатор
    ответил"; or of the same person, told already), nor after a person named with a post:
    a second post is then the first said again ("Специалист") or another person's
    ("Первый заммэра Y задержан")."""
    if any(mention.type == "PER" for mention in view.mentions):
        return []
    claims: list[Claim] = []
    for index, token in enumerate(view.tokens):
        if token.relation not in _SUBJECTS or token.feats.get("Number") == "Plur":
            continue
        if not is_position(token.lemma, words.posts) or view.mention_at(index) is not None:
            continue
        verb = token.head
        gender = view.tokens[verb].feats.get("Gender", "") if 0 <= verb < len(view.tokens) else ""
        if not gender or _former(view, index, words):
            continue
        before = _last_sentence_naming_anyone(view)
        if before is None or _said_before(view, token.lemma):
            continue
        subject = _subject_person(view, before, words)
        if subject is None:
            continue
        person, described = subject
        if person.entity < 0 or not _known_gender(view, person, gender):
            continue
        if described:  # "Главный тренер X … Специалист попрощался": the post said again;
            continue  # "губернатор X сообщил … Первый заммэра Y задержан": another person
        if held_post(view, index, words) is None or _names_an_organisation(view, index):
            continue  # "Начальник «Крестов»": organisation_post_subject_posts reads those
        end = max(view.subtree(index, skip=frozenset({"acl", "acl:relcl", "punct"}))) + 1
        claims.append(occupation_claim(view, person, index, end, words, view.modality(verb)))
    return claims


def _names_an_organisation(view: SentenceView, post: int) -> bool:
    """Whether an organisation's name is among the post's words."""
    return any(
        (mention := view.mention_at(child)) is not None and mention.type == "ORG"
        for child in view.subtree(post, skip=frozenset({"acl", "acl:relcl", "punct"}))
    )


def _said_before(view: SentenceView, lemma: str) -> bool:
    """Whether the report used the post's word before this sentence: of someone else
    ("X раскритиковал губернатора. Губернатор ответил"), or of the same person, whose post
    is then told already ("Президент России X … X сказал … Президент добавил")."""
    return any(
        token.lemma == lemma
        for sentence in view.document.sentences
        if sentence.start < view.sentence.start
        for token in sentence.tokens
    )


def _last_sentence_naming_anyone(view: SentenceView) -> Sentence | None:
    """The nearest of the sentences before (within the look-back) that names a person."""
    for sentence in reversed(view.sentences_before(_SUBJECT_LOOK_BACK)):
        if any(
            m.type == "PER" and sentence.start <= m.start < sentence.end
            for m in view.document.mentions
        ):
            return sentence
    return None


def _subject_person(
    view: SentenceView, sentence: Sentence, words: OccupationWords
) -> tuple[Mention, bool] | None:
    """The one person who is the sentence's subject: the subject's own name, or a name in
    apposition to a subject post ("сделал официальный представитель Кремля X"); and whether
    a post stands beside the name there."""
    found: dict[int, tuple[Mention, bool]] = {}
    for mention in view.document.mentions:
        if mention.type != "PER" or not sentence.start <= mention.start < sentence.end:
            continue
        index = next((i for i, t in enumerate(sentence.tokens) if t.start == mention.start), None)
        if index is None:
            continue
        token = sentence.tokens[index]
        head = token.head
        is_subject = token.relation in _SUBJECTS or (  # "X и Y встретились": two subjects
            token.relation in {"appos", "flat:name", "nmod", "conj"}
            and 0 <= head < len(sentence.tokens)
            and sentence.tokens[head].relation in _SUBJECTS
            and (token.relation == "conj" or sentence.tokens[head].pos == "NOUN")
        )
        if is_subject:  # a name hung on a subject noun is described by it ("подполковник X")
            described = token.relation != "conj" and token.relation not in _SUBJECTS
            found[mention.entity] = (mention, described or _post_beside(sentence, index, words))
    return next(iter(found.values())) if len(found) == 1 else None


def _post_beside(sentence: Sentence, index: int, words: OccupationWords) -> bool:
    """Whether a post is the name's head or hangs on it ("главный тренер X")."""
    head = sentence.tokens[index].head
    if 0 <= head < len(sentence.tokens) and is_position(sentence.tokens[head].lemma, words.posts):
        return True
    return any(
        token.head == index and is_position(token.lemma, words.posts) for token in sentence.tokens
    )

