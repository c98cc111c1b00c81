"""Whom a pronoun, a bare post or a counterpart word stands for.

"Там он провёл переговоры с Y", "Министр обсудил с Y", "его монгольский коллега", "На
встрече они договорились", "запланирована его встреча с Y": a side written without a
name is found among the people named before it, by gender, by the post or country it
was introduced with, by its role (subject or object), and in direct speech never as the
one quoted.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.meeting.actors import (
    actor_before,
    last_object_before,
    last_person_before,
    last_subject_before,
)
from concord.extract.meeting.introduced import (
    holder_of_post,
    introduced_with,
    of_generic_holder,
    person_of_country,
    post_subject_before,
)
from concord.extract.meeting.quoted import not_the_quoted
from concord.extract.meeting.reading import ANAPHORA_WINDOW, CLAUSES, NATIONAL_SUFFIXES
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView, gender_fits, named_before


def referred_person(
    view: SentenceView, index: int, words: MeetingWords, gender_of: int | None = None
) -> Mention | None:
    """ "Путин прибыл в Анкару. Там он провёл переговоры с Y", "Министр обсудил с Y": a
    third-person pronoun, or a post named without its holder, stands for the person named
    last before it (in this sentence or the two before) whose gender agrees with it, or
    with the verb `gender_of` when the word's own gender says nothing ("Канцлер провела")."""
    token = view.tokens[index]
    if token.lemma in words.referring_nouns:
        holder = holder_of_post(view.tokens, index)
        introduced = introduced_with(view, token.start, holder) if holder else None
        if introduced is not None:
            return introduced  # "глава госкорпорации": the one introduced with it
    if token.lemma in words.referring_nouns and of_generic_holder(view, index, words):
        return last_subject_before(view, token.start, _gender(view, index, gender_of))
    if token.pos == "PRON" and token.relation.startswith("nsubj"):
        post = post_subject_before(view, index, words)
        if post is not None:
            return post
    if token.pos == "PRON":
        if token.lemma not in words.referring_pronouns:
            return None
    elif (
        token.lemma not in words.referring_nouns | words.counterpart_nouns
        and token.lemma.lower() not in words.honorific_nouns
    ) or any(not _plain_modifier(view, c, words) for c in view.children(index)):
        return None  # "президент Франции" names another person than the one before
    adjectives = [
        view.tokens[c].lemma for c in view.children(index) if view.tokens[c].pos == "ADJ"
    ]
    of_country = person_of_country(view, token.start, adjectives)
    national = any(a.endswith(NATIONAL_SUFFIXES) for a in adjectives)
    if of_country is not None or national or token.lemma in words.counterpart_nouns:
        return of_country  # "коллега" alone, or of a country nobody came from, is nobody
    gender = _gender(view, index, gender_of)
    if token.pos == "PRON" and token.feats.get("Case") == "Acc":
        shared = _subject_of_first_conjunct(view, index, gender, words)
        if shared is not None:
            return shared
        guest = last_object_before(view, token.start, gender, words)
        if guest is not None:
            return guest
    if token.pos == "PRON" and token.relation.startswith("nsubj"):
        return not_the_quoted(view, index, words, lambda at: actor_before(view, at, gender))
    if token.pos == "PRON":
        return not_the_quoted(view, index, words, lambda at: last_person_before(view, at, gender))
    return last_person_before(view, token.start, gender)


def _plain_modifier(view: SentenceView, index: int, words: MeetingWords) -> bool:
    """A post's dependent that leaves it naming the one before: "the new minister", "his
    counterpart", an English common-noun compound ("the external affairs minister")."""
    token = view.tokens[index]
    if token.relation in {"amod", "det", "case", "punct", "nmod:poss", "cc"}:
        return True
    if token.pos == "PRON" and token.relation == "nmod":
        return True
    return token.relation in words.referring_modifier_relations and token.pos == "NOUN"


def _gender(view: SentenceView, index: int, verb: int | None) -> str:
    """The gender a side's word shows: a pronoun's own, else its past-tense verb's."""
    token = view.tokens[index]
    if token.pos == "PRON" or verb is None:
        return token.feats.get("Gender", "")
    return view.tokens[verb].feats.get("Gender", "")


def subject_people(view: SentenceView, verb: int, words: MeetingWords) -> list[Mention]:
    """The people a verb's first subject names, or the one its pronoun stands for ("он")."""
    for child in view.subjects(verb):
        found = view.mentions_in(view.subtree(child, CLAUSES), {"PER"})
        if not found and view.tokens[child].lemma in words.referring_pronouns:
            referred = referred_person(view, child, words, verb)
            found = [referred] if referred else []
        return found
    return []


def _subject_of_first_conjunct(
    view: SentenceView, index: int, gender: str, words: MeetingWords
) -> Mention | None:
    """ "X встретился с Y, затем побеседовал с Z, а вечером его принял W": an object
    pronoun in a clause joined to the ones before stands for the subject they share (X),
    not for a companion one of them met (Y, Z), when its gender agrees."""
    verb = view.tokens[index].head
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].relation != "conj":
        return None
    first = next((i for i in view.ancestors(verb) if view.tokens[i].relation != "conj"), None)
    if first is None or view.tokens[first].pos != "VERB":
        return None
    people = subject_people(view, first, words)
    if not people:
        return None
    return people[0] if gender_fits(view.document, people[0], gender) else None


def plural_referents(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """ "X показал гостю завод. На встрече они договорились о …": a plural pronoun as a
    meeting's subject stands for the last two people named before it (this sentence and
    the ANAPHORA_WINDOW + 1 before), one mention each; fewer than two is nobody."""
    token = view.tokens[index]
    if token.pos != "PRON" or token.lemma not in words.plural_pronouns:
        return []
    if _plural_noun_before(view, token.start):
        return []  # "обвинил власти в том, что они ведут переговоры": the plural noun's
    people: list[Mention] = []
    for mention in reversed(named_before(view.document, token.start, {"PER"}, ANAPHORA_WINDOW + 1)):
        if all(mention.entity != other.entity for other in people):
            people.append(mention)
        if len(people) == 2:
            return people[::-1]
    return []


def _plural_noun_before(view: SentenceView, offset: int) -> bool:
    """A plural noun as a subject or object in the sentence before or in this one before
    `offset`: the nearer antecedent of a plural pronoun ("власти", "бизнесмены")."""
    document = view.document
    sentences = [s for s in document.sentences if s.start <= offset][-2:]
    return any(
        token.pos == "NOUN" and token.feats.get("Number") == "Plur" and token.start < offset
        and token.relation in {"nsubj", "nsubj:pass", "obj"}
        for sentence in sentences for token in sentence.tokens
    )  # fmt: skip


def possessor(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """ "X отправился в Кострому. Там запланирована его встреча с Y": a possessive pronoun
    on a meeting noun is its own side, the actor the report goes on with (X), found as a
    subject pronoun's is, with the gender the pronoun shows."""
    for child in view.children(index):
        lemma, relation = view.tokens[child].lemma, view.tokens[child].relation
        if lemma in words.plural_pronouns and relation in {"det", "nmod:poss"}:
            return _last_list_of_people(view, view.tokens[child].start, words)
        gender = words.possessive_genders.get(lemma)
        if gender is None or relation not in {"det", "nmod:poss", "nmod"}:
            continue
        actor = actor_before(view, view.tokens[child].start, gender)
        return [actor] if actor is not None else []
    return []


def _last_list_of_people(view: SentenceView, offset: int, words: MeetingWords) -> list[Mention]:
    """ "X и Y подписали программу. Состоялась их встреча с Z": a plural possessive stands
    for the list of people named last before it (names joined only by commas or a list
    joiner); a single person named last is not "they", so that is nobody."""
    text = view.document.document.text
    people: list[Mention] = []
    for mention in reversed(named_before(view.document, offset, {"PER"}, ANAPHORA_WINDOW)):
        if people:
            gap = text[mention.end : people[-1].start].replace(",", " ")
            if " ".join(gap.split()) not in words.list_joiners | {""}:
                break
        if all(mention.entity != other.entity for other in people):
            people.append(mention)
    return people[::-1] if len(people) >= 2 else []
