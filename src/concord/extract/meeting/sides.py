"""All the sides of one meeting trigger, gathered from every reading.

`gather_sides` asks, for the trigger's kind, each reading of the package in turn: the
verb's subjects and objects, companions, guests and hosts, the genitive and "между"
phrases of a meeting noun, the governing verb's subject, possessors, chairs and
participants, delegation leaders. When people are among them, organisations stay only
as the bodies of people met.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.meeting.companions import (
    collective_companions,
    companion_pronouns,
    companions_in_turn,
    companions_on_modifier,
    companions_on_topics,
    exchanged_with,
    loose_companions,
)
from concord.extract.meeting.country_posts import country_post_sides
from concord.extract.meeting.delegations import (
    delegation_side,
    leaders_of_companions,
    led_by,
    received_delegation_leader,
)
from concord.extract.meeting.envoys import envoys_on_destinations
from concord.extract.meeting.hosts import (
    guest_on_the_place,
    guest_under_reflexive,
    host_on_the_place,
    passive_hosts,
    reported_guest,
)
from concord.extract.meeting.joint import joint_doers
from concord.extract.meeting.openings import sides_of_opening
from concord.extract.meeting.post_holders import (
    conjunct_holders,
    holder_of_bare_post,
    name_after_dashed_post,
    name_after_post,
    named_possessor,
    noun_companion_holders,
    possessing_holder,
    posts_or_holder,
)
from concord.extract.meeting.pronouns import plural_referents, possessor, referred_person
from concord.extract.meeting.reading import (
    CLAUSES,
    PARTICIPANT_TYPES,
    Sides,
    Trigger,
    governing_verbs,
    subject_mentions,
)
from concord.extract.meeting.several import named_in_own_phrase
from concord.extract.meeting.subjects import (
    antecedent_mentions,
    named_right_before,
    nominative_before,
    possessor_of_head,
    referred_conjuncts,
    speaker_of_quote,
    subject_names,
    subject_of_meeting_before,
    subject_of_outer_clause,
    zero_subject,
)
from concord.extract.meeting.triggers import chair_phrases, is_meeting_noun
from concord.extract.meeting.visits import guests_named_apart
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView


def _attending_holder(view: SentenceView, verb: int) -> list[Mention]:
    """ "присутствующий на встрече депутат X": a participle of taking part has no subject
    of its own; the person it describes took part."""
    token = view.tokens[verb]
    if token.relation != "acl" or token.feats.get("VerbForm") != "Part":
        return []
    holder = token.head
    if not 0 <= holder < len(view.tokens):
        return []
    return [m for m in view.mentions_in(view.subtree(holder, CLAUSES)) if m.type == "PER"]


def gather_sides(view: SentenceView, trigger: Trigger, words: MeetingWords) -> Sides:
    """Entities in the trigger's own phrase and, for a verb, its subject and objects;
    those who take part in it or chair it."""
    sides = Sides()
    index = trigger.index
    token = view.tokens[index]
    if trigger.kind == "participation" and trigger.verb is not None:
        sides.add(subject_mentions(view, trigger.verb), own=True)
        for child in view.children(trigger.verb):
            if (  # "X, который принял участие во встрече Y с Z": X took part
                view.tokens[child].relation.startswith("nsubj")
                and view.tokens[child].lemma in words.relative_pronouns
            ):
                sides.add(named_right_before(view, child), own=True)
        sides.add(_attending_holder(view, trigger.verb), own=True)
    if token.pos == "VERB" and not view.subjects(index):
        outer = subject_of_outer_clause(view, index, words.posts_before_names) or (
            nominative_before(view, index, words)
        )
        if not outer and token.feats.get("VerbForm") == "Inf":
            outer = possessor_of_head(view, index, words)
        if not outer and trigger.kind == "host" and host_on_the_place(view, index, words):
            outer = []  # "его принял в резиденции Z Y": Y, named on the place, is the host
        elif not outer:
            outer = speaker_of_quote(view, index, words) or zero_subject(view, index, words)
        sides.add(outer, own=True)
    if token.pos == "VERB":
        for child in view.children(index):
            relation = view.tokens[child].relation
            preposition = view.preposition(child)
            if relation.startswith("nsubj"):
                if _repeats_other_subject(view, index, child, words):
                    continue
                found = view.mentions_in(view.subtree(child, CLAUSES), PARTICIPANT_TYPES)
                referred = None  # "глава «Аэрофлота»" names an organisation, not the person
                named = any(m.type == "PER" for m in found)
                if not named and view.tokens[child].lemma in words.delegation_nouns:
                    found = delegation_side(view, child, words) or found
                    named = bool(found)  # "делегация во главе с X обсудила с Y": X
                posts = [] if named else posts_or_holder(view, child, words)
                if not posts and not named:
                    referred = referred_person(view, child, words, index)
                if referred is None and view.tokens[child].feats.get("Person") == "1":
                    # "«Я встретился с Y», — X"; "«Мы с Y провели беседу», — X": X and Y
                    found = speaker_of_quote(view, index, words) + found
                sides.add(posts or ([referred] if referred else found), True)
                sides.plural = sides.plural or plural_referents(view, child, words)
                sides.add(referred_conjuncts(view, child, words), True)
                if view.tokens[child].lemma in words.relative_pronouns:
                    sides.add(antecedent_mentions(view, index), True)
            elif relation in {"obl", "obj", "iobj"} and (
                preposition in words.companion_prepositions
                or (not preposition and trigger.kind in {"meeting", "host"})
            ):  # what is discussed is no side: "обсудили поставки в Монголию"
                if trigger.kind == "host" and is_meeting_noun(view, child, words):
                    continue  # "принял X, а затем провёл переговоры с Y": a meeting of its own
                found = view.mentions_in(view.subtree(child, CLAUSES), PARTICIPANT_TYPES)
                if not found and not preposition and trigger.kind == "host":
                    referred = referred_person(view, child, words)  # "где его принял Y"
                    found = [referred] if referred else []
                if not found:  # "met with the Secretary-General": the post's one holder
                    found = name_after_post(view, child, words) or holder_of_bare_post(
                        view, child, words
                    )
                elif preposition:  # "with the Prime Minister and Y"
                    found = found + conjunct_holders(view, child, words)
                if found and not any(m.type == "PER" for m in found):
                    last = max(view.subtree(child, CLAUSES))  # "с Председателем Правления – …"
                    found = name_after_dashed_post(view, child, last, words) or found
                if preposition:
                    sides.companions.append(child)
                    sides.add(found, own=False)
                else:
                    sides.add(found, own=True)
                    if is_meeting_noun(view, child, words):  # "провёл переговоры с
                        # норвежским премьером": the post's holder (meeting32)
                        sides.add(noun_companion_holders(view, child, words), own=False)
        for guest in guests_named_apart(view, index, words):  # "called on Y"
            sides.companions.append(guest)
            found = view.mentions_in(view.subtree(guest, CLAUSES), PARTICIPANT_TYPES)
            if not any(m.type == "PER" for m in found):  # "paid the President a visit"
                found = posts_or_holder(view, guest, words) or found
            sides.add(found, own=False)
        for name, post in envoys_on_destinations(view, index, words):
            envoys = view.mentions_in(view.subtree(name, CLAUSES), {"PER"})
            if view.preposition(post) in words.companion_prepositions:  # "met with Ambassador"
                sides.companions.append(name)
                sides.add(envoys, own=False)
            elif trigger.kind in {"meeting", "host"}:  # "received Ambassador … Y"
                sides.add(envoys, own=True)
        for loose in (
            loose_companions(view, index, words)
            + exchanged_with(view, index, words)
            + companions_on_topics(view, index, words)
            + companions_on_modifier(view, index, words)
            + companions_in_turn(view, index, words)
        ):
            sides.companions.append(loose)
            sides.add(
                view.mentions_in(view.subtree(loose, CLAUSES), PARTICIPANT_TYPES), own=False
            )
        if trigger.kind == "host":
            sides.add(reported_guest(view, index, words), own=True)
            sides.add(guest_under_reflexive(view, index, words), own=True)
            sides.add(received_delegation_leader(view, index, words), own=True)
            sides.add(guest_on_the_place(view, index, words), own=True)
            sides.add(host_on_the_place(view, index, words), own=True)
            for agent in passive_hosts(view, index, words):
                sides.add(view.mentions_in(view.subtree(agent, CLAUSES), {"PER"}), own=True)
        for agent in joint_doers(view, index, words):
            sides.add(view.mentions_in(view.subtree(agent, CLAUSES), {"PER"}), own=True)
    for child in view.children(index):
        relation = view.tokens[child].relation
        preposition = view.preposition(child)
        if relation == "nmod" and (
            preposition in words.companion_prepositions
            or preposition in words.between_prepositions
            or (not preposition and view.in_case(child, "Gen"))
        ):
            found = view.mentions_in(view.subtree(child, CLAUSES), PARTICIPANT_TYPES)
            if (  # meeting39: "саммит «Большой двадцатки»" is the forum's, no side
                token.lemma in words.forum_nouns
                and not preposition
                and found
                and all(m.type == "ORG" for m in found)  # "саммит России и Китая": sides
                and not any(  # "саммит ЕС и АСЕАН": two sides joined
                    view.tokens[i].relation == "conj" for i in view.subtree(child, CLAUSES)
                )
            ):
                sides.forum = True
                continue
            if not any(m.type == "PER" for m in found):
                found = (
                    name_after_post(view, child, words)
                    or holder_of_bare_post(view, child, words)
                    or found
                )
            else:  # "between the UN chief and … Rasmussen": the conjunct named by post
                found = found + conjunct_holders(view, child, words)
            if preposition in words.companion_prepositions:
                sides.companions.append(child)
            sides.add(found, own=preposition not in words.companion_prepositions)
    if token.pos in {"NOUN", "PROPN"} and trigger.kind == "meeting":
        sides.add(possessor(view, index, words), own=True)
        sides.add(possessing_holder(view, index, words), own=True)
    if token.pos in {"NOUN", "PROPN"} and sides.companions:
        # "X's talks with Y", "took part in X's talks with Y"
        sides.add(named_possessor(view, index, words), own=True)
    if token.pos in {"NOUN", "PROPN"} and trigger.kind == "meeting":
        # "На встрече с X стороны договорились", "состоялась встреча X", "Y должен был
        # поднять тему в ходе встречи с X": the governing verb's subject (or the subject
        # of the verb that one completes) is a participant too, not its other dependents.
        for head in governing_verbs(view, index, words.phase_nouns):
            if _only_reported(view, index, head, words):
                break
            subjects = [c for c in view.subjects(head) if c != index]
            if not subjects:  # "In the meeting with Y, the Secretary-General said"
                subjects = _subject_hung_on_companion(view, index, head)
            for child in subjects:
                found = view.mentions_in(subject_names(view, child), PARTICIPANT_TYPES)
                if not any(m.type == "PER" for m in found):  # "the Secretary-General held"
                    found = posts_or_holder(view, child, words) or found
                if not found and view.tokens[child].lemma in words.referring_pronouns:
                    # "Такое заявление он сделал в ходе встречи с Y": "он" is its own side
                    referred = referred_person(view, child, words, head)
                    found = [referred] if referred is not None else []
                sides.add(found, own=True)
                sides.plural = sides.plural or plural_referents(view, child, words)
            for child in view.children(head):  # "между X и Y состоялась беседа"
                if view.preposition(child) in words.between_prepositions:
                    found = view.mentions_in(view.subtree(child, CLAUSES), PARTICIPANT_TYPES)
                    sides.add(found, own=True)
            if subjects:
                break
        else:  # "X сказал, что рассчитывает на встречу с Y": the subject of the outer clause
            verbs = governing_verbs(view, index, words.phase_nouns)
            sides.add(subject_of_meeting_before(view, verbs, words), own=True)
            if (  # not "Выступая на встрече, X подчеркнул": that is the meeting just named
                verbs
                and view.tokens[verbs[-1]].pos == "VERB"
                and view.tokens[verbs[-1]].relation == "ccomp"
                and not sides.own_side  # "X сообщил, что идёт встреча Y с Z": X only tells
                and not _sides_by_plural_post(view, index, words)  # meeting34
            ):
                sides.add(subject_of_outer_clause(view, verbs[-1]), own=True)
    sides.add(companion_pronouns(view, sides, words), own=False)
    sides.add(_chairs_and_participants(view, index, trigger.verb, words), own=True)
    if trigger.kind == "meeting":
        sides.add(led_by(view, index, words), own=True)
        sides.add(sides_of_opening(view, index, words), own=True)
    sides.add(leaders_of_companions(view, sides, words), own=False)
    people = [m for m in sides.mentions if m.type == "PER"]
    if people:
        sides.mentions = people + collective_companions(view, sides, words)
    # meeting33: "переговоры глав Узбекистана и США": the posts' holders, not the countries
    sides.mentions = country_post_sides(view, sides.mentions, words)
    return sides


def _repeats_other_subject(
    view: SentenceView, verb: int, pronoun: int, words: MeetingWords
) -> bool:
    """ "председатель правительства был в Минске, он провел переговоры с Y": the parser
    hangs the noun and the pronoun that repeats it on one verb; the pronoun is no one else."""
    if view.tokens[pronoun].lemma not in words.referring_pronouns:
        return False
    return any(
        other != pronoun
        and view.tokens[other].relation.startswith("nsubj")
        and view.tokens[other].pos in {"NOUN", "PROPN"}
        for other in view.children(verb)
    )


def _subject_hung_on_companion(view: SentenceView, noun: int, verb: int) -> list[int]:
    """ "In his meeting with Y, the Secretary-General raised …": the parser hangs the
    subject after a fronted meeting phrase on the companion's name, as its apposition or
    a conjunct with no "and", and the verb has none; such a word below the noun, after a
    comma and right before the verb, is that subject."""
    if not noun < verb:
        return []
    for index in reversed(view.subtree(noun)):  # the last, not the name it hangs on
        relation = view.tokens[index].relation
        if index == noun or not (
            relation == "appos"
            or (relation == "conj" and not any(  # "Y, the Secretary-General raised"
                view.tokens[c].relation == "cc" for c in view.children(index)
            ))
        ):
            continue
        words_of = [i for i in view.subtree(index) if view.tokens[i].pos != "PUNCT"]
        first = min(words_of, default=index)
        if (
            max(words_of, default=index) == verb - 1
            and first > 0
            and view.tokens[first - 1].text == ","
        ):
            return [index]
    return []


def _sides_by_plural_post(view: SentenceView, noun: int, words: MeetingWords) -> bool:
    """ "X подтвердил, что разговор двух лидеров состоялся", "… идёт разговор президентов
    России и США": a meeting noun whose genitive is a post in the plural names its sides
    by it, whoever holds it; the teller of the clause above is no side (meeting34)."""
    return any(
        view.tokens[child].relation == "nmod"
        and not view.preposition(child)
        and view.in_case(child, "Gen")
        and view.tokens[child].lemma in words.referring_nouns
        and view.tokens[child].feats.get("Number") == "Plur"
        for child in view.children(noun)
    )


def _only_reported(view: SentenceView, noun: int, verb: int, words: MeetingWords) -> bool:
    """ "Z подтвердил разговор X и Y": a meeting that names two people of its own, held by
    a verb of saying, is told of by the verb's subject, who is no side of it."""
    return (
        view.tokens[verb].lemma in words.speech_verbs
        and len(named_in_own_phrase(view, noun, words)) >= 2
    )


def _chairs_and_participants(
    view: SentenceView, index: int, verb: int | None, words: MeetingWords
) -> list[Mention]:
    """Who chairs ("под председательством Y") or joins ("с участием Y") the meeting, in
    the trigger's phrase or on its verb."""
    found: list[Mention] = []
    for phrase in chair_phrases(view, index, verb, words):
        reach = [c for c in view.subtree(phrase, CLAUSES) if c != phrase]
        found.extend(view.mentions_in(reach, PARTICIPANT_TYPES))
    return found
