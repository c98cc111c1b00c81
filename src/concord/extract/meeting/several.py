"""One sentence, several meetings.

"X провёл встречи с Y и Z" and "встретился с Y, а также с Z" are a meeting with each;
"X встретился с Y, а W — с Z" leaves out the verb of a second meeting. And a meeting
noun inside another meeting's phrase that names two people of its own ("условились о
подготовке встречи президентов X и Y") is a meeting of its own.
"""

from __future__ import annotations

from itertools import pairwise

from concord.claim import Argument, Mention
from concord.extract.meeting.companions import companions_in_turn
from concord.extract.meeting.hosts import passive_hosts
from concord.extract.meeting.post_holders import names_person
from concord.extract.meeting.pronouns import referred_person
from concord.extract.meeting.reading import (
    CLAUSES,
    PARTICIPANT_TYPES,
    Sides,
    Trigger,
    path_up,
    sentence_before,
    subject_mentions,
)
from concord.extract.meeting.triggers import is_meeting_noun, is_strong_noun
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView


def one_by_one(
    view: SentenceView,
    trigger: Trigger,
    sides: Sides,
    arguments: list[Argument],
    words: MeetingWords,
) -> list[list[Argument]]:
    """ "X провёл встречи с Y и Z": meetings in the plural with two or more named
    companions are one meeting with each; "встречу с Y и Z" (singular) stays one meeting."""
    noun = trigger.index
    if view.tokens[noun].lemma not in words.countable_nouns:
        noun = next(
            (c for c in view.children(noun) if view.tokens[c].lemma in words.countable_nouns),
            -1,
        )
    plural = (
        (noun >= 0 and view.tokens[noun].feats.get("Number") == "Plur")
        or (view.tokens[trigger.index].pos == "VERB" and _several_announced_before(view, words))
        or _hosted_in_plural(view, trigger.index, words)
    )
    apart = _said_apart(view, trigger, words)
    phrases = _companion_phrases(view, trigger, sides, words)
    joined = (
        []
        if plural
        else (phrases if apart else [])
        or _followed_in_turn(view, trigger, phrases, words)
        or _joined_as_separate(view, phrases, words)
        or _listed_apart(view, trigger, sides, words)
        or _called_apart(view, trigger, phrases, words)
        or _posted_apart(view, phrases, words)
        or _titled_apart(view, _titled_phrases(view, trigger, phrases, words), words)
        or _posted_one_each(view, _titled_phrases(view, trigger, phrases, words), words)
    )
    if not plural and not joined:
        hosts_apart = apart or _titled_hosts(view, trigger, words)
        return _hosts_apart(view, trigger, arguments) if hosts_apart else [arguments]
    with_noun = joined or [  # "провёл встречи с Y": the companion hangs on the noun
        c for c in view.children(noun) if view.preposition(c) in words.companion_prepositions
    ]
    spans = {
        (m.start, m.end)
        for companion in [*sides.companions, *with_noun]
        for m in view.mentions_in(view.subtree(companion, CLAUSES), {"PER"})
    }
    companions = [
        a for a in arguments
        if a.role == "participants" and a.span and (a.span.start, a.span.end) in spans
    ]  # fmt: skip
    if plural and len(companions) < 2:
        companions = _not_subjects(view, trigger, arguments)
    shared = [a for a in arguments if a not in companions]
    if len(companions) < 2 or not any(a.role == "participants" for a in shared):
        return _hosts_apart(view, trigger, arguments) if apart else [arguments]
    return [[*shared, companion] for companion in companions]


def _not_subjects(
    view: SentenceView, trigger: Trigger, arguments: list[Argument]
) -> list[Argument]:
    """ "X hosted receptions for A and B": when the parser hangs a guest of meetings in the
    plural outside the companion phrase, every participant but the subject's is a guest."""
    subjects = {(m.start, m.end) for m in subject_mentions(view, trigger.index)}
    if not subjects:
        return []
    return [
        a for a in arguments
        if a.role == "participants" and a.span and (a.span.start, a.span.end) not in subjects
    ]  # fmt: skip


def _said_apart(view: SentenceView, trigger: Trigger, words: MeetingWords) -> bool:
    """ "X and Y separately received Z", "held talks in separate meetings with Y and Z":
    a word on the trigger or on a meeting noun of its phrase says the sides met one pair
    at a time."""
    if not words.apart_words:
        return False
    phrase = view.subtree(trigger.index, CLAUSES)
    meetings = {trigger.index} | {i for i in phrase if is_meeting_noun(view, i, words)}
    return any(
        view.tokens[i].lemma.lower() in words.apart_words and view.tokens[i].head in meetings
        for i in phrase
    )


def _hosts_apart(
    view: SentenceView, trigger: Trigger, arguments: list[Argument]
) -> list[list[Argument]]:
    """ "X and Y separately received Z": two or more people named as the subject, each
    met the others apart; the arguments unchanged when the subject names fewer."""
    subjects = {
        (m.start, m.end) for m in subject_mentions(view, trigger.index) if m.type == "PER"
    }
    hosts = [
        a for a in arguments
        if a.role == "participants" and a.span and (a.span.start, a.span.end) in subjects
    ]  # fmt: skip
    shared = [a for a in arguments if a not in hosts]
    if len(hosts) < 2 or not any(a.role == "participants" for a in shared):
        return [arguments]
    return [[host, *shared] for host in hosts]


def _titled_hosts(view: SentenceView, trigger: Trigger, words: MeetingWords) -> bool:
    """ "King A and Queen B welcomed C", "President A and Prime Minister B received C":
    hosts named as the subject each with a post of their own, as many as the lexicon's
    `separate_titled_size`, each met the guest (a pair each, as companions listed so
    are); "A and B received C" (names alone) stays one meeting."""
    if not words.separate_titled_size or view.tokens[trigger.index].pos != "VERB":
        return False
    listed = [
        conjunct
        for subject in view.subjects(trigger.index)
        for conjunct in [subject, *view.children(subject)]
        if conjunct == subject or view.tokens[conjunct].relation == "conj"
    ]
    people = [m for m in subject_mentions(view, trigger.index) if m.type == "PER"]
    return (  # "King A and Queen B of Spain": the place is no host
        len(listed) >= words.separate_titled_size
        and len(people) == len(listed)
        and all(_titled(view, conjunct, words) for conjunct in listed)
    )


def _hosted_in_plural(view: SentenceView, verb: int, words: MeetingWords) -> bool:
    """ "hosted receptions for A and B": events hosted in the plural, one for each guest."""
    return any(
        view.tokens[c].lemma in words.hosted_events
        and view.tokens[c].feats.get("Number") == "Plur"
        for c in view.children(verb)
    )


def _several_announced_before(view: SentenceView, words: MeetingWords) -> bool:
    """ "X провёл встречи с Z. В частности, X побеседовал с Y1 и Y2": the sentence before
    announced meetings in the plural, so the companions listed now were met one by one."""
    previous = sentence_before(view)
    return previous is not None and any(
        token.lemma in words.countable_nouns and token.feats.get("Number") == "Plur"
        for token in previous.tokens
    )


def _followed_in_turn(
    view: SentenceView, trigger: Trigger, phrases: list[int], words: MeetingWords
) -> list[int]:
    """ "met A, followed by B and C": the companions named after a sequel verb come in turn,
    so the first companion and each after it is a meeting of its own; their phrases."""
    following = companions_in_turn(view, trigger.index, words)
    if not following:
        return []
    return sorted({*phrases, *_met_phrases(view, trigger, words), *following})


def _joined_as_separate(view: SentenceView, companions: list[int], words: MeetingWords) -> list[int]:
    """ "встретится с Y, а также с Z": companions joined by words that add another
    occasion are met one by one, not together; their phrases, or none."""
    people = sorted(
        {m for c in companions for m in view.mentions_in(view.subtree(c, CLAUSES), {"PER"})},
        key=lambda m: m.start,
    )
    for first, second in pairwise(people):
        between = [
            t.text.lower() for t in view.tokens
            if first.end <= t.start < second.start and t.pos != "PUNCT"
        ]  # fmt: skip
        if any(" ".join(between).startswith(joiner) for joiner in words.separate_joiners):
            return companions
    return []


def _companion_phrases(
    view: SentenceView, trigger: Trigger, sides: Sides, words: MeetingWords
) -> list[int]:
    """The trigger's companion phrases, with those on its meeting noun ("провёл
    переговоры с Y")."""
    return list(sides.companions) + [
        c
        for noun in view.children(trigger.index)
        if is_meeting_noun(view, noun, words)
        for c in view.children(noun)
        if view.preposition(c) in words.companion_prepositions
    ]


def _called_apart(
    view: SentenceView, trigger: Trigger, companions: list[int], words: MeetingWords
) -> list[int]:
    """ "телефонные переговоры с X и Y", "говорил по телефону с X и Y": a call is held
    with one person at a time; the companion phrases, or none when no telephone is said."""
    if not words.one_to_one_means:
        return []
    near = [
        below
        for child in view.children(trigger.index)
        for below in (child, *view.children(child))
    ]
    if not any(view.tokens[i].lemma in words.one_to_one_means for i in near):
        return []
    return companions


def _posted_apart(view: SentenceView, companions: list[int], words: MeetingWords) -> list[int]:
    """ "провёл переговоры с госсекретарём США X, главой МИД Словакии Y и президентом
    МККК Z": companions listed each with a post of a body of its own, as many as the
    lexicon's `separate_posted_size`, were met one by one; "с главами МИД X, Y и Z" (one
    post for all), "с X, Y и Z" (names alone) or "с ректором X, проректором Y и директором
    центра Z" (one body's team) may be one talk, and stays one."""
    if not words.separate_posted_size:
        return []
    for companion in companions:
        conjuncts = [companion] + [
            c for c in view.children(companion) if view.tokens[c].relation == "conj"
        ]
        people = view.mentions_in(view.subtree(companion, CLAUSES), {"PER"})
        if (  # the parser may hang a name on another post of the list: count them only
            len(conjuncts) >= words.separate_posted_size
            and len(people) == len(conjuncts)
            and all(_unnamed_post(view, conjunct) for conjunct in conjuncts)
            and _bodies_apart(view, conjuncts)
        ):
            return [companion]
    return []


def _titled_apart(view: SentenceView, companions: list[int], words: MeetingWords) -> list[int]:
    """ "will meet with A, chairman of X, and B, chairman of Y", "will call on President A
    and Vice President B": where posts are written on names, companions listed each with a
    post of their own, as many as the lexicon's `separate_titled_size`, hold offices apart
    and were met one by one; counted over all the companion phrases, since the parser may
    split one list into two. "met A and B" (names alone) may be one meeting, and stays one."""
    if not words.separate_titled_size:
        return []
    listed = [
        conjunct
        for companion in companions
        for conjunct in [companion, *view.children(companion)]
        if conjunct == companion or view.tokens[conjunct].relation == "conj"
    ]
    people = {
        (m.start, m.end)
        for companion in companions
        for m in view.mentions_in(view.subtree(companion, CLAUSES), {"PER"})
    }
    if (
        len(listed) >= words.separate_titled_size
        and len(people) == len(listed)
        and all(_titled(view, conjunct, words) for conjunct in listed)
    ):
        return companions
    return []


def _posted_one_each(view: SentenceView, companions: list[int], words: MeetingWords) -> list[int]:
    """ "will meet his counterpart A and fisheries chief B", "will call on the Speaker of
    the Assembly A and the Chairman Senate B": where the parser hangs the list on a name
    or a post so that its conjuncts do not line up with the people, each name written
    after a post word of its own (in its stretch of the list, since the last name, "and"
    or comma) still holds an office apart, and was met one by one; "met foreign ministers
    A and B" (one post for both) stays one meeting."""
    if not words.separate_titled_size:
        return []
    people = sorted(
        {m for c in companions for m in view.mentions_in(view.subtree(c, CLAUSES), {"PER"})},
        key=lambda m: m.start,
    )
    if len(people) < words.separate_titled_size:
        return []
    posted = all(
        _post_before(view, person, words) or _post_in_apposition(view, person, words)
        for person in people
    )
    return companions if posted else []


def _post_in_apposition(view: SentenceView, person: Mention, words: MeetingWords) -> bool:
    """Whether a name and a post stand in apposition, either way round: "A, speaker of
    the Senate", "the Ukrainian ambassador, A"."""
    for index in view.token_indices(person.start, person.end):
        token = view.tokens[index]
        head = token.head
        if (
            token.relation == "appos"
            and 0 <= head < len(view.tokens)
            and view.tokens[head].lemma.lower() in words.person_nouns
        ):
            return True
        if any(
            view.tokens[c].relation == "appos" and view.tokens[c].lemma.lower() in words.person_nouns
            for c in view.children(index)
        ):
            return True
    return False


def _post_before(view: SentenceView, person: Mention, words: MeetingWords) -> bool:
    """Whether a post word stands in the stretch right before a name, going back over
    the words of its own noun phrase (up to a conjunction, a comma, a preposition, a
    verb or another name): "fisheries chief B", "the Chairman Senate B"."""
    first = view.token_indices(person.start, person.end)
    index = (first[0] if first else len(view.tokens)) - 1
    while index >= 0:
        token = view.tokens[index]
        if token.pos in _STRETCH_ENDS or view.mention_at(index) is not None:
            return False
        if token.lemma.lower() in words.posts_before_names or token.text.lower() in words.posts_before_names:
            return True
        index -= 1
    return False


_STRETCH_ENDS = frozenset({"CCONJ", "PUNCT", "ADP", "VERB", "AUX", "SCONJ"})


def _titled_phrases(
    view: SentenceView, trigger: Trigger, phrases: list[int], words: MeetingWords
) -> list[int]:
    """Where a list of people each with a post may stand: the companion phrases, the
    objects of a meeting verb, and the agents of one in the passive ("X was welcomed by A,
    speaker of the Senate, and B, speaker of the House": the guest met each host)."""
    verb = view.tokens[trigger.index].pos == "VERB"
    agents = passive_hosts(view, trigger.index, words) if verb else []
    return sorted({*phrases, *_met_phrases(view, trigger, words), *agents})


def _titled(view: SentenceView, listed: int, words: MeetingWords) -> bool:
    """Whether a listed companion is a name written with a post of its own, a title before
    it ("Vice President B") or a post in apposition after it ("A, chairman of X"), or a
    post with the name in apposition ("home minister Rajnath Singh")."""
    relations = words.post_modifier_relations | {"appos"}
    if names_person(view, listed):
        return any(
            view.tokens[c].lemma.lower() in words.person_nouns and view.tokens[c].relation in relations
            for c in view.children(listed)
        )
    return view.tokens[listed].lemma.lower() in words.person_nouns and any(
        view.tokens[c].relation == "appos" and names_person(view, c) for c in view.children(listed)
    )


def _bodies_apart(view: SentenceView, posts: list[int]) -> bool:
    """Whether a list of posts names as many bodies or countries as it has posts, by
    proper names in the genitive ("госсекретарём США", "главой МИД Словакии"); counted
    over the whole list, since the parser may hang a genitive on the post before."""
    bodies = {
        view.tokens[i].lemma.lower()
        for i in view.subtree(posts[0])
        if view.tokens[i].relation == "nmod"
        and view.tokens[i].pos == "PROPN"
        and view.in_case(i, "Gen")
        and not names_person(view, i)
    }
    return len(bodies) >= len(posts)


def _unnamed_post(view: SentenceView, conjunct: int) -> bool:
    """Whether a listed companion is a common noun or a participle standing for one
    ("госсекретарём", "исполняющим обязанности министра"), not itself a name."""
    token = view.tokens[conjunct]
    return (
        token.pos == "NOUN" or token.feats.get("VerbForm") == "Part"
    ) and view.mention_at(conjunct) is None


def _listed_apart(
    view: SentenceView, trigger: Trigger, sides: Sides, words: MeetingWords
) -> list[int]:
    """ "X met A, B and C": a meeting verb (not a light verb with a meeting noun) with a
    list of as many named people as the lexicon's `separate_list_size` tells a round of
    meetings, one with each; their phrases, or none."""
    if not words.separate_list_size:
        return []
    met = _met_phrases(view, trigger, words)  # "held a joint meeting with A, B and C" is one
    people = {
        (m.start, m.end)
        for phrase in met
        for m in view.mentions_in(view.subtree(phrase, CLAUSES), {"PER"})
    }
    return met if len(people) >= words.separate_list_size else []


def _met_phrases(view: SentenceView, trigger: Trigger, words: MeetingWords) -> list[int]:
    """ "met A, B and C", "met with A, B and C": the people a meeting verb (not a light verb
    with a meeting noun) takes as its object or after a companion preposition."""
    verb = view.tokens[trigger.index]
    if verb.pos != "VERB" or verb.lemma not in words.verbs:
        return []
    return [
        c
        for c in view.children(trigger.index)
        if view.tokens[c].relation == "obj" or view.preposition(c) in words.companion_prepositions
    ]


def elliptic_meetings(
    view: SentenceView, trigger: Trigger, words: MeetingWords
) -> list[list[Mention]]:
    """ "X встретился с Y, а затем с Z", "X встретился с Y, а W — с Z": a clause that leaves
    out the meeting verb (its companion an "orphan") is a meeting of its own, of the
    clause's own subject or else of the verb's."""
    if view.tokens[trigger.index].pos != "VERB":
        return []
    subject = subject_mentions(view, trigger.index)
    for child in view.children(trigger.index):  # "бразильский лидер встретился с Y, а …"
        if not subject and view.tokens[child].relation.startswith("nsubj"):
            referred = referred_person(view, child, words, trigger.index)
            subject = [referred] if referred is not None else []
    meetings: list[list[Mention]] = []
    for index in range(trigger.index + 1, len(view.tokens)):
        token = view.tokens[index]
        if view.preposition(index) not in words.companion_prepositions:
            continue
        if token.relation == "conj" and any(
            view.tokens[c].relation == "orphan" for c in view.children(index)
        ):  # "с Y, а затем с Z": the parser hangs Z on Y and "затем" on Z
            companion = view.mention_at(index)
            if companion is not None and companion.type in PARTICIPANT_TYPES:
                meetings.append([*[m for m in subject if m is not companion], companion])
            continue
        if token.relation != "orphan":
            continue
        companion = _named_at(view, index)
        if companion is None or companion.type not in PARTICIPANT_TYPES:
            continue
        head = token.head
        if head == index or not 0 <= head < len(view.tokens):
            own: list[Mention] = subject
        elif view.tokens[head].relation == "conj" and view.tokens[head].head == trigger.index:
            named = view.mention_at(head)
            if named is None and view.tokens[head].feats.get("Animacy") != "Anim":
                own = subject  # "а вечером — с Z", "а во второй — с Z": a time, not a side
            else:
                own = [named] if named is not None and named is not companion else []
        elif (
            view.tokens[head].relation == "orphan"
            and head > trigger.index
            and view.mention_at(head) is None
            and view.tokens[head].feats.get("Animacy") != "Anim"
        ):
            own = subject  # "а во второй — с Z": the day, an orphan too, is no side
        else:
            continue
        meetings.append([*[m for m in own if m is not companion], companion])
    return meetings  # a meeting whose other side is unnamed is only split off


def _named_at(view: SentenceView, index: int) -> Mention | None:
    """The entity a token names, itself or by the name in apposition to it ("с министром
    иностранных дел Сергеем Лавровым")."""
    own = view.mention_at(index)
    if own is not None:
        return own
    for child in view.children(index):
        if view.tokens[child].relation == "appos" and view.mention_at(child) is not None:
            return view.mention_at(child)
    return None


def inside_meeting_noun(view: SentenceView, index: int, top: int, words: MeetingWords) -> bool:
    """Whether a token lies in a meeting noun's phrase below `top`."""
    return any(
        view.tokens[i].pos == "NOUN" and is_meeting_noun(view, i, words)
        for i in path_up(view, index, top)
    )


def inside_named_meeting(view: SentenceView, index: int, top: int, words: MeetingWords) -> bool:
    """Whether a token lies in the phrase of a meeting noun below `top` that names two
    people of its own: "условились о подготовке встречи президентов X и Y" is a meeting of
    X and Y, whoever agreed on it; so is one set before or after the trigger's meeting
    with a person of its own."""
    for current in path_up(view, index, top):
        head = view.tokens[current].head
        if (
            view.tokens[current].pos == "NOUN"
            and is_strong_noun(view, current, words)
            and not (0 <= head < len(view.tokens) and view.tokens[head].lemma in words.light_verbs)
            and (
                len(named_in_own_phrase(view, current, words)) >= 2
                or _meeting_before_or_after(view, current, top, words)
            )
        ):
            return True
    return False


def _meeting_before_or_after(view: SentenceView, noun: int, top: int, words: MeetingWords) -> bool:
    """ "X поговорил с Y перед встречей с Z": a meeting noun set before or after the
    trigger's meeting, with a person of its own, is another occasion, not that one."""
    return (
        view.tokens[noun].head == top
        and view.preposition(noun) in words.sequence_prepositions
        and bool(named_in_own_phrase(view, noun, words))
    )


def named_in_own_phrase(view: SentenceView, noun: int, words: MeetingWords) -> list[Mention]:
    """The people a meeting noun's genitive or companion phrases name."""
    found: list[Mention] = []
    for child in view.children(noun):
        preposition = view.preposition(child)
        if view.tokens[child].relation == "nmod" and (
            preposition in words.companion_prepositions
            or (not preposition and view.in_case(child, "Gen"))
        ):
            found.extend(view.mentions_in(view.subtree(child, CLAUSES), {"PER"}))
    return found
