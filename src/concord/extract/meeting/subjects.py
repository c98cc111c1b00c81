"""A meeting's own side named as a subject, wherever the parser put it.

The subject of the meeting verb is a side; when the verb has none of its own, the side
is the subject of the clause it hangs on ("X прилетел в Москву и встретился с Y"), a
relative clause's antecedent ("X и Y, которые встречаются"), the nominative named right
before it, a possessive on the noun it completes ("В его планах провести переговоры"),
or the actor of the sentences before ("Вечером провёл переговоры с Y").
"""

from __future__ import annotations

from concord.analysis import Token
from concord.claim import Mention
from concord.extract.meeting.actors import actor_before
from concord.extract.meeting.post_holders import posts_or_holder
from concord.extract.meeting.pronouns import possessor, referred_person, subject_people
from concord.extract.meeting.quoted import in_direct_speech
from concord.extract.meeting.reading import CLAUSES, NAME_PARTS, PARTICIPANT_TYPES, name_reach
from concord.extract.meeting.triggers import trigger_at
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView


def subject_names(view: SentenceView, subject: int) -> list[int]:
    """The subject and the words that name it or its conjuncts: "министр X и госсекретарь
    Y начали переговоры" hangs Y's name on "госсекретарь", a conjunct of the subject, so
    the names are followed through conjuncts and appositions, not one level only."""
    reach, stack = [subject], [subject]
    while stack and len(reach) < 40:
        for child in view.children(stack.pop()):
            if child not in reach and view.tokens[child].relation in NAME_PARTS:
                reach.append(child)
                stack.append(child)
    return reach


def named_right_before(view: SentenceView, index: int) -> list[Mention]:
    """The name that ends right before a word, past punctuation only: "X, который …" (the
    parser may hang the relative clause on a later noun)."""
    start = view.tokens[index].start
    before = [m for m in view.mentions_in(range(index), PARTICIPANT_TYPES) if m.end <= start]
    if not before:
        return []
    last = max(before, key=lambda m: m.end)
    between = [t for t in view.tokens if last.end <= t.start < start]
    return [last] if all(t.pos == "PUNCT" for t in between) else []


def subject_of_outer_clause(
    view: SentenceView, verb: int, posts: frozenset[str] = frozenset()
) -> list[Mention]:
    """ "X посетил Астану, где встретился с Y", "X прилетел в Москву и встретился с Y", "X
    сказал, что рассчитывает на встречу с Y": a meeting verb without a subject of its own
    has the subject of the clause it hangs on (a said clause's is the speaker's). A
    conjunct that is one of `posts` brings the name set beside it ("X and his counterpart
    Y opened a bridge after holding talks")."""
    current = verb
    for _ in range(3):
        relation = view.tokens[current].relation
        head = view.tokens[current].head
        if relation not in {
            "conj", "advcl", "acl:relcl", "xcomp", "obl", "obj", "parataxis", "ccomp"
        }:
            return []
        if not 0 <= head < len(view.tokens):
            return []
        subjects = [c for c in view.children(head) if view.tokens[c].relation == "nsubj"]
        if _predicate(view, head) and subjects:
            reach = name_reach(view, subjects[0])
            reach += _names_beside_posts(view, reach, posts)
            return [m for m in view.mentions_in(reach, PARTICIPANT_TYPES) if m.type == "PER"]
        current = head
    return []


def _names_beside_posts(view: SentenceView, reach: list[int], posts: frozenset[str]) -> list[int]:
    """The names set beside a conjunct post of a subject: "X and his counterpart Y" hangs
    Y on "counterpart", one level below the subject's own name parts."""
    return [
        child
        for conjunct in reach
        if view.tokens[conjunct].relation == "conj"
        and view.tokens[conjunct].lemma.lower() in posts
        for child in view.children(conjunct)
        if child not in reach and view.tokens[child].relation in NAME_PARTS
    ]


def _predicate(view: SentenceView, index: int) -> bool:
    """A verb, or a short adjective used as one ("X готов встретиться с Y", "намерен
    провести переговоры"): the clause whose subject a completing meeting verb shares."""
    token = view.tokens[index]
    return token.pos == "VERB" or (token.pos == "ADJ" and token.feats.get("Variant") == "Short")


def speaker_of_quote(view: SentenceView, verb: int, words: MeetingWords) -> list[Mention]:
    """ "«Встретились с Y, обсудили дороги», — рассказал X": in direct speech a meeting
    verb in the first person, or in the past with no subject, leaves out "я" / "мы": the
    one who speaks the quote is its side, named or by a post standing for the person
    named before ("— рассказал мэр")."""
    token = view.tokens[verb]
    if token.feats.get("VerbForm", "Fin") != "Fin" or token.feats.get("Person", "1") != "1":
        return []  # "«Встретится с Y», — сказал X": a third person is someone else
    if not in_direct_speech(view, verb) or not _named_companion(view, verb, words):
        return []  # "«Мы встречались не раз», — сказал X": whom he met is not said
    for index, word in enumerate(view.tokens):
        if index == verb or word.lemma not in words.speech_verbs:
            continue
        for subject in view.subjects(index):
            named = view.mentions_in(name_reach(view, subject), {"PER"})
            if named:
                return named
            holders = posts_or_holder(view, subject, words)
            if holders:
                return holders[:1]  # not the last named, who may be in the quote itself
    return []


def _named_companion(view: SentenceView, verb: int, words: MeetingWords) -> bool:
    """Whether the verb names a person it was done with ("с Y", "мы с Y провели") or to
    ("принял Y")."""
    below = [*view.children(verb), *(c for s in view.subjects(verb) for c in view.children(s))]
    return any(
        (view.tokens[c].relation == "obj" or view.preposition(c) in words.companion_prepositions)
        and view.mentions_in(view.subtree(c, CLAUSES), {"PER"})
        for c in below
    )


def subject_of_meeting_before(
    view: SentenceView, verbs: list[int], words: MeetingWords
) -> list[Mention]:
    """ "X провёл встречу с Y, завтра предстоит диалог с Z": a subjectless clause joined to
    a clause that names a meeting of its own shares that clause's subject (X)."""
    if not verbs or view.tokens[verbs[-1]].relation != "conj":
        return []
    first = view.tokens[verbs[-1]].head
    if not 0 <= first < len(view.tokens) or trigger_at(view, first, words) is None:
        return []
    return subject_people(view, first, words)


def antecedent_mentions(view: SentenceView, clause_verb: int) -> list[Mention]:
    """"X и Y, которые встречаются": the sides a relative clause's "которые" stands for."""
    if view.tokens[clause_verb].relation != "acl:relcl":
        return []
    head = view.tokens[clause_verb].head
    if not 0 <= head < len(view.tokens):
        return []
    return view.mentions_in(view.subtree(head, CLAUSES | {"nmod"}), PARTICIPANT_TYPES)


def referred_conjuncts(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """ "Владимир Путин и его монгольский коллега обсудили": a conjunct that names nobody
    itself stands for the person named before."""
    found = []
    for child in view.children(index):
        if view.tokens[child].relation != "conj" or view.mentions_in(
            view.subtree(child, CLAUSES), PARTICIPANT_TYPES
        ):
            continue
        referred = referred_person(view, child, words)
        if referred is not None:
            found.append(referred)
    return found


def nominative_before(view: SentenceView, verb: int, words: MeetingWords) -> list[Mention]:
    """ "Министр X, посетившая концерт, побеседовала с Y", parsed without a subject: the
    last person named before the verb in its sentence, in the nominative and of the verb's
    gender, is its subject."""
    gender = view.tokens[verb].feats.get("Gender", "")
    if view.tokens[verb].feats.get("Number") != "Sing":
        return []
    for index in range(verb - 1, -1, -1):
        mention = view.mention_at(index)
        token = view.tokens[index]
        if mention is None or mention.type != "PER":
            continue
        if token.feats.get("Case") != "Nom" and not _undeclined_as_genitive(token, words):
            continue
        if view.preposition(index) or (gender and token.feats.get("Gender", gender) != gender):
            return []
        return [mention]
    return []


def _undeclined_as_genitive(token: Token, words: MeetingWords) -> bool:
    """ "После аудиенции Слейман провёл": a man's surname ending in a hard consonant is
    in the genitive only with its ending ("Слеймана"); tagged genitive as it stands, it is
    the nominative the tagger took for the noun before's genitive."""
    text = token.text.lower()
    return (
        token.pos == "PROPN"
        and token.feats.get("Case") == "Gen"
        and token.feats.get("Gender") == "Masc"
        and text == token.lemma.lower()
        and text[-1:] in words.hard_consonants
    )


def zero_subject(view: SentenceView, verb: int, words: MeetingWords) -> list[Mention]:
    """ "Президент прибыл в Анкару. Вечером провёл переговоры с Y": a singular meeting verb
    with no subject anywhere in its sentence is that of the person named last before it."""
    token = view.tokens[verb]
    if (
        not words.referring_pronouns
        or token.feats.get("Number") != "Sing"
        or token.feats.get("VerbForm", "Fin") != "Fin"
        or token.feats.get("Person", "3") != "3"
    ):
        return []
    # not one named earlier in its own sentence: there the parser would have found it
    found = actor_before(view, view.sentence.start, token.feats.get("Gender", ""))
    return [found] if found is not None else []


def possessor_of_head(view: SentenceView, verb: int, words: MeetingWords) -> list[Mention]:
    """ "X посетит Москву. В его планах провести переговоры с Y": an infinitive completing
    a noun with a possessive pronoun ("его планы", "её намерение") is that possessor's."""
    head = view.tokens[verb].head
    if not 0 <= head < len(view.tokens) or view.tokens[head].pos != "NOUN":
        return []
    return possessor(view, head, words)
