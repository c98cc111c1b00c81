"""A post ended by a verb: "министр X ушёл в отставку", "покинул пост директора",
"клуб уволил главного тренера X", "освобождён от должности", "сложил полномочия",
"Y сменил X на посту директора", "stepped down", "resigned as CEO", "was dismissed".

The post was held until the verb's event, so once that event is told as done the claim
carries `held` = former (former.py); an end that is only planned ("уйдёт в отставку",
"will step down") or denied ("не собирается уходить в отставку") leaves the post held now,
a fact, with no mark. A replacing verb ends the post of its object, not its subject's
("X сменил Y на посту директора": X holds it now).
"""

from __future__ import annotations

from concord.claim import Claim, Mention, Modality
from concord.extract.occupation.filters import held_post
from concord.extract.occupation.former import marked_former
from concord.extract.occupation.post_claim import occupation_claim
from concord.extract.occupation.reading import mention_root
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import is_position
from concord.extract.sentence_view import SentenceView

_SUBJECT = frozenset({"nsubj"})
_OBJECT = frozenset({"obj", "nsubj:pass"})


def ended_posts(view: SentenceView, claims: list[Claim], words: OccupationWords) -> list[Claim]:
    """Each claim, marked former where a verb told as done ends its person's post."""
    return [_marked_if_ended(view, claim, words) for claim in claims]


def posts_left_named(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """ "X resigned as chief executive of Y", "X освобождён от должности директора": a verb
    that ends a post may name it (after "as", or in the office it ends); the post is the
    person's, held until then."""
    claims: list[Claim] = []
    for person in view.mentions:
        if person.type != "PER":
            continue
        verb, as_object = governing_verb(view, mention_root(view, person), words)
        if verb is None or not _ends(view, verb, as_object, words):
            continue
        post = post_named(view, verb, words)
        if post is None:  # occupation46: "прекратили полномочия X как гендиректора"
            post = post_after_as(view, mention_root(view, person), words)
        if post is not None and held_post(view, post, words) is not None:
            stop = max(view.subtree(post, skip=frozenset({"conj", "punct"}))) + 1
            claims.append(occupation_claim(view, person, post, stop, words, view.modality(verb)))
    return claims


def replaced_holder(view: SentenceView, verb: int, words: OccupationWords) -> bool:
    """ "X сменил Y на посту директора": the subject of a replacing verb holds the post
    its object held, so the object named does not make the post someone else's."""
    return bool(verb_phrases(view, verb) & words.replacing_verbs)


def _marked_if_ended(view: SentenceView, claim: Claim, words: OccupationWords) -> Claim:
    """The claim marked former when its person is the one whose post a done verb ends."""
    person = unmarked_person_word(view, claim)
    if person is None:
        return claim
    verb, as_object = governing_verb(view, person, words)
    if verb is None or not told_done(view, verb):
        return claim
    if not _ends(view, verb, as_object, words):
        if as_object or not _left_organisation_held_at(view, verb, claim, words):
            return claim
        return marked_former(view, claim, verb)  # "клуб покинул главный тренер X"
    named = post_named(view, verb, words)
    if named is not None and not claim_is_post(view, claim, named):
        return claim  # "глава A X покинул пост директора B": only that post ends
    return marked_former(view, claim, verb)


def unmarked_person_word(view: SentenceView, claim: Claim) -> int | None:
    """The word the person of a post held as a fact hangs on, for the rules that may mark
    the post former; None when the claim is marked already or is no fact."""
    if claim.values("held") or claim.modality is not Modality.FACT:
        return None
    return person_word(view, claim)


def person_word(view: SentenceView, claim: Claim) -> int | None:
    """The word the claim's person hangs on in the sentence, or None."""
    who = next((a for a in claim.arguments if a.role == "who"), None)
    if who is None or who.span is None:
        return None
    indices = view.token_indices(who.span.start, who.span.end)
    if not indices:
        return None
    mention = Mention(who.span.start, who.span.end, who.span.text, "PER", who.value)
    return mention_root(view, mention)


def governing_verb(
    view: SentenceView, person: int, words: OccupationWords
) -> tuple[int | None, bool]:
    """The verb whose subject (False) or object (True) the person is: the name's own
    relation, or that of the post it stands by ("главный тренер X был уволен"), or of the
    office a post in apposition sits in ("освободил от должности министра X")."""
    seen = {person}
    index = person
    while True:
        token = view.tokens[index]
        head = token.head
        if not 0 <= head < len(view.tokens) or head in seen:
            return None, False
        if token.relation in _SUBJECT | _OBJECT:
            return head, token.relation in _OBJECT
        above = view.tokens[head]
        climbs = (token.relation == "appos" and is_position(above.lemma, words.posts)) or (
            token.relation in {"nmod", "appos"}
            and is_position(token.lemma, words.posts)
            and above.lemma in words.office_nouns
            and not _agent_by_case(view, index)
        )
        if token.relation == "obl" and token.lemma in words.office_nouns:
            return head, True  # the office is the frame: its holder is the one it is taken from
        climbs = climbs or _powers_holder(view, index, person, words)
        if not climbs:
            return None, False
        seen.add(head)
        index = head


def _powers_holder(view: SentenceView, index: int, person: int, words: OccupationWords) -> bool:
    """occupation46: "прекратил полномочия X как гендиректора", "прекратил полномочия
    губернатора X": the name, or the post it stands by, in the genitive of the powers a verb
    ends (`leaving_office_nouns`) is the one whose post ends."""
    token = view.tokens[index]
    return (
        token.relation == "nmod"
        and token.feats.get("Case") == "Gen"
        and (index == person or is_position(token.lemma, words.posts))
        and view.tokens[token.head].lemma.lower() in words.leaving_office_nouns
    )


def verb_phrases(view: SentenceView, verb: int) -> set[str]:
    """The verb's lemma, and with the particle right after it ("step down")."""
    lemma = view.tokens[verb].lemma.lower()
    after = verb + 1
    if (
        after < len(view.tokens)
        and view.tokens[after].head == verb
        and view.tokens[after].relation in {"compound:prt", "advmod"}
    ):
        return {lemma, f"{lemma} {view.tokens[after].lemma.lower()}"}
    return {lemma}


def _ends(view: SentenceView, verb: int, as_object: bool, words: OccupationWords) -> bool:
    """Whether the verb ends the post of its subject (`as_object` False) or object."""
    phrases = verb_phrases(view, verb)
    if not as_object:
        return bool(phrases & words.resigning_verbs) or bool(
            phrases & words.leaving_verbs and _ending_frame(view, verb, words)
        )
    if phrases & words.replacing_verbs:
        return _office_frame(view, verb, words) or post_after_as(view, verb, words) is not None
    return bool(phrases & words.firing_verbs) or bool(
        phrases & words.dismissing_verbs and _ending_frame(view, verb, words)
    )


def _left_organisation_held_at(
    view: SentenceView, verb: int, claim: Claim, words: OccupationWords
) -> bool:
    """ "Клуб покинул главный тренер X", "X ушёл из «Зари»": a verb of leaving whose object
    (or place left, "из", "from") is the organisation the claim's post is held at: named
    by its own name, the claim's place; named by a common noun ("клуб"), a post with no
    place given (the one the report speaks of)."""
    if not verb_phrases(view, verb) & words.leaving_verbs:
        return False
    places = claim.values("where")
    for child in view.children(verb):
        token = view.tokens[child]
        preposition = view.preposition(child)
        if not (token.relation == "obj" and not preposition) and not (
            token.relation == "obl" and preposition in words.out_of_prepositions
        ):
            continue
        mention = view.mention_at(child)
        if mention is not None:
            if mention.type == "ORG" and mention.normal in places:
                return True
        elif token.lemma.lower() in words.left_organisation_nouns and not places:
            return True
    return False


def _ending_frame(view: SentenceView, verb: int, words: OccupationWords) -> bool:
    """An office given up on the verb: "пост" or "полномочия" as its object, or a frame
    of leaving ("в отставку", "с поста", "от должности", "from the post")."""
    for child in _frame_children(view, verb, words):
        token = view.tokens[child]
        lemma = token.lemma.lower()
        if token.relation == "obj" and lemma in words.office_nouns | words.leaving_office_nouns:
            return True
        if (view.preposition(child), lemma) in words.ending_frames:
            return True
    return post_after_as(view, verb, words) is not None


def _frame_children(view: SentenceView, verb: int, words: OccupationWords) -> list[int]:
    """The verb's children, and (occupation47) the office the parse hung on a decree noun
    fronted before it ("Распоряжением губернатора от должности министра освобождён X":
    "от должности" is the verb's frame, not the decree's)."""
    children = list(view.children(verb))
    for child in list(children):
        if view.tokens[child].lemma.lower() in words.issuing_nouns:
            children.extend(
                inner
                for inner in view.children(child)
                if (view.preposition(inner), view.tokens[inner].lemma.lower()) in words.ending_frames
            )
    return children


def _office_frame(view: SentenceView, verb: int, words: OccupationWords) -> bool:
    """ "на посту директора", "в должности": an office the replacing verb speaks of."""
    return any(
        view.tokens[c].lemma.lower() in words.office_nouns
        and view.preposition(c) in words.office_prepositions
        for c in view.children(verb)
    )


def post_after_as(view: SentenceView, verb: int, words: OccupationWords) -> int | None:
    """ "resigned as chief executive": a post on the verb after a preposition of role."""
    return next(
        (
            c
            for c in view.children(verb)
            if view.preposition(c) in words.role_prepositions
            and is_position(view.tokens[c].lemma, words.posts)
            and view.mention_at(c) is None
        ),
        None,
    )


def post_named(view: SentenceView, verb: int, words: OccupationWords) -> int | None:
    """The post the verb's frame names ("пост министра", "as chief executive"), or None
    where it names none ("ушёл в отставку", "stepped down")."""
    as_post = post_after_as(view, verb, words)
    if as_post is not None:
        return as_post
    for child in _frame_children(view, verb, words):
        if view.tokens[child].lemma.lower() not in words.office_nouns | words.leaving_office_nouns:
            continue
        for inner in view.children(child):
            if (
                is_position(view.tokens[inner].lemma, words.posts)
                and view.mention_at(inner) is None
                and not _agent_by_case(view, inner)
            ):
                return inner
    return None


def _agent_by_case(view: SentenceView, post: int) -> bool:
    """occupation44: "снят с должности президентом X": a post in the instrumental that the
    parse hangs on the office noun is the passive's agent, the one who removed; the post an
    office noun names stands in the genitive ("с должности директора")."""
    return view.tokens[post].feats.get("Case") == "Ins"


def claim_is_post(view: SentenceView, claim: Claim, post: int) -> bool:
    """Whether the claim's post is the one written at `post`."""
    position = next((a for a in claim.arguments if a.role == "position"), None)
    if position is None or position.span is None:
        return False
    return post in view.token_indices(position.span.start, position.span.end)


def told_done(view: SentenceView, verb: int) -> bool:
    """The end is told as having happened: a fact, not planned or denied, not a verb in the
    present ("покидает свой пост": under way, the post still held), and no auxiliary of
    the future in a tense other than the past ("будет снят с должности", which the parser
    may tag as present)."""
    token = view.tokens[verb]
    if view.modality(verb) is not Modality.FACT or token.feats.get("Tense") in {"Fut", "Pres"}:
        return False
    return not any(
        view.tokens[c].lemma.lower() == view.words.future_auxiliary
        and view.tokens[c].feats.get("Tense") != "Past"
        for c in view.children(verb)
    )
