"""Transfers told as a player's move: "X перешел из «A» в «B»", "переход X в «B»".

Sport news tells most sales of players by a verb or noun of movement, not of buying. The
same words move officials and coaches to new jobs ("перешел на работу в банк"), so the
frame only counts as a deal when the one who moves is a player (an athlete noun names him
in the sentence or beside his name elsewhere in the report) and he moves into a named
organisation. The sides are the club joined, the club left and the player named, as the
benchmark lists a transfer's participants; with no club left named, the buyer and the
player are the deal's two sides (as the benchmark also accepts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from concord.claim import Mention
from concord.extract.sentence_view import SentenceView, named_before

_CLUB_TYPES = {"ORG", "LOCORG"}
_LAST_WORD = re.compile(r"(\w+)\W*$")
_PLAYER_LOOK_BACK = 400  # characters before a name where an athlete noun may describe him
_PRONOUN_LOOK_BACK = 2  # sentences back where "за него" finds the player


@dataclass(frozen=True)
class MovementWords:
    """The words of a transfer told as movement, in one language."""

    lemmas: frozenset[str] = frozenset()  # "перейти", "переход"
    destination_prepositions: frozenset[str] = frozenset()  # "в «Зенит»"
    source_prepositions: frozenset[str] = frozenset()  # "из «Спартака»"
    # "полузащитник", "хоккеист": who moves is a player
    athlete_nouns: frozenset[str] = frozenset()
    # "перешел на работу в банк": a job move, whoever moves
    job_nouns: frozenset[str] = frozenset()
    # posts held by those who are no players ("тренер", "министр", "директор"): a mover
    # described so changes jobs, not clubs
    office_nouns: frozenset[str] = frozenset()
    # "За него «A» заплатил «B» 3 млн": a payment for a player is his transfer
    payment_lemmas: frozenset[str] = frozenset()
    price_prepositions: frozenset[str] = frozenset()  # "за него"
    pronouns: frozenset[str] = frozenset()  # "за него": the player named before
    # "X стал игроком «B»": joining a club told by a link verb and a member noun
    joining_lemmas: frozenset[str] = frozenset()  # "стать"
    member_nouns: frozenset[str] = frozenset()  # "игрок"
    # "«A» подписал защитника «B» X": signing a player named with his club is buying him
    signing_lemmas: frozenset[str] = frozenset()  # "подписать"
    # "форварда сборной Узбекистана": a national team is no club a player is bought from
    national_team_nouns: frozenset[str] = frozenset()  # "сборная"


@dataclass(frozen=True)
class Move:
    """The sides of one transfer and the word that tells it."""

    sides: list[Mention]
    trigger: int


def _stem(lemma: str) -> str:
    """The lemma without its ending, as its inflected forms begin ("нападающ", "вратар")."""
    if len(lemma) > 5 and lemma[-2:] in {"ий", "ый", "ой"}:
        return lemma[:-2]
    return lemma[:-1] if len(lemma) > 4 and lemma[-1] in "ьйя" else lemma


def _is_word_of(word: str, nouns: frozenset[str]) -> bool:
    """Whether a written word is a form of one of the nouns (read by its stem, untagged)."""
    word = word.lower().replace("ё", "е")
    return any(word.startswith(_stem(noun)) for noun in nouns)


def _mover(view: SentenceView, index: int) -> list[int]:
    """The words naming who moves: the verb's subject, the noun's genitive ("переход
    нападающего X"), or the noun a participle qualifies ("X, перешедший из …")."""
    token = view.tokens[index]
    if token.relation.startswith("acl") and 0 <= token.head < len(view.tokens):
        return [
            token.head,
            *(
                c
                for c in view.children(token.head)
                if view.tokens[c].relation in {"appos", "flat:name", "flat"}
            ),
        ]
    found: list[int] = []
    for child in view.children(index):
        relation = view.tokens[child].relation
        if relation.startswith("nsubj") or (
            relation.startswith("nmod")
            and not view.preposition(child)
            and view.in_case(child, "Gen")
        ):
            found.extend(view.subtree(child))
    return found


def _described_as(view: SentenceView, mention: Mention, nouns: frozenset[str]) -> bool:
    """Whether one of `nouns` stands right before any naming of this person in the report
    ("полузащитника Александра Алиева", "тренер Юрий Семин")."""
    text = view.document.document.text
    namings = [
        m
        for m in view.document.mentions
        if m is mention or (mention.entity >= 0 and m.entity == mention.entity)
    ]
    for naming in namings:
        before = _LAST_WORD.search(text[max(0, naming.start - _PLAYER_LOOK_BACK) : naming.start])
        if before and _is_word_of(before.group(1), nouns):
            return True
    return False


def _sport_report(view: SentenceView, words: MovementWords) -> bool:
    """Whether the report speaks of players at all (an athlete noun anywhere in it)."""
    return any(
        token.lemma in words.athlete_nouns
        for sentence in view.document.sentences
        for token in sentence.tokens
    )


def _is_player(
    view: SentenceView, mover: list[int], people: list[Mention], words: MovementWords
) -> bool:
    """Whether who moves is a player: an athlete noun names him here or beside his name
    elsewhere; or the report speaks of players and no post ("тренер", "директор") names
    him, since sport news often names a player bare ("О переходе Халка из «A» в «B»")."""
    if any(view.tokens[i].lemma in words.athlete_nouns for i in mover) or any(
        _described_as(view, person, words.athlete_nouns) for person in people
    ):
        return True
    if not people or not _sport_report(view, words):
        return False
    if any(view.tokens[i].lemma in words.office_nouns for i in mover):
        return False
    return not any(_described_as(view, person, words.office_nouns) for person in people)


def _clubs_under(
    view: SentenceView, index: int, prepositions: frozenset[str], mover: list[int]
) -> list[Mention]:
    """The organisations in the trigger's complements whose own preposition is one of
    `prepositions` (the parser may hang "из «A»" on "в «B»", so each name's own counts)."""
    found: list[Mention] = []
    for child in view.children(index):
        if child in mover:
            continue
        for mention in view.mentions_in(view.subtree(child), _CLUB_TYPES):
            own = view.token_indices(mention.start, mention.end)
            if mention not in found and any(
                _nearest_preposition(view, i) in prepositions for i in own
            ):
                found.append(mention)
    return found


def _nearest_preposition(view: SentenceView, index: int) -> str:
    """The preposition right before a word; the parser may hang two on one name ("из «A» в
    «B»" with both on "B"), and the nearer one is its own. A name left with none of its own
    takes the preposition written just before it, past quotes only ("из «A»")."""
    cases = [
        child
        for child in view.children(index)
        if view.tokens[child].relation == "case" and child < index
    ]
    if cases:
        return view.tokens[max(cases)].lemma
    before = index - 1
    while before >= 0 and view.tokens[before].pos == "PUNCT":
        before -= 1
    return view.tokens[before].lemma if before >= 0 and view.tokens[before].pos == "ADP" else ""


def move(view: SentenceView, index: int, words: MovementWords) -> Move | None:
    """The transfer a movement word tells, or None when it tells no player's move into a
    named club ("перешел на работу в банк", "тренер перешел в клуб")."""
    if view.tokens[index].lemma not in words.lemmas:
        return None
    if any(view.tokens[c].lemma in words.job_nouns for c in view.children(index)):
        return None
    mover_words = _mover(view, index)
    if not mover_words:
        return None
    destinations = _clubs_under(view, index, words.destination_prepositions, mover_words)
    if not destinations:
        return None
    people = view.mentions_in(mover_words, {"PER"})
    if not _is_player(view, mover_words, people, words):
        return None
    # "переход полузащитника «Спартака» X в «Зенит»": the club in the player's genitive is
    # the one he leaves
    sources = [
        m
        for m in [
            *_clubs_under(view, index, words.source_prepositions, mover_words),
            *view.mentions_in(mover_words, _CLUB_TYPES),
        ]
        if m not in destinations
    ]
    if sources:
        return Move([*destinations[:1], *sources[:1], *people[:1]], index)
    if not people:
        return None
    return Move([*destinations[:1], people[0]], index)


def _player_paid_for(
    view: SentenceView, phrase: list[int], words: MovementWords
) -> Mention | bool | None:
    """Who a price phrase ("за него", "за полузащитника X") is paid for: the player's
    name, True for a player left unnamed ("за вратаря"), None for no player."""
    people = view.mentions_in(phrase, {"PER"})
    if people:
        athlete = any(view.tokens[i].lemma in words.athlete_nouns for i in phrase)
        if athlete or _described_as(view, people[0], words.athlete_nouns):
            return people[0]
        return None
    head = phrase[0] if len(phrase) == 1 else None
    if head is not None and view.tokens[head].lemma in words.pronouns:
        before = named_before(view.document, view.tokens[head].start, {"PER"}, _PRONOUN_LOOK_BACK)
        if before and _described_as(view, before[-1], words.athlete_nouns):
            return before[-1]
        return None
    return True if any(view.tokens[i].lemma in words.athlete_nouns for i in phrase) else None


def _player_own_club(view: SentenceView, noun: int, words: MovementWords) -> list[Mention]:
    """The club a player's noun names as his own ("полузащитника «Рубина»"): a name in the
    genitive right under the athlete noun; a national team ("сборной Узбекистана") is no
    club he is bought from."""
    if view.tokens[noun].lemma not in words.athlete_nouns:
        return []
    clubs = [
        child
        for child in view.children(noun)
        if view.tokens[child].relation.startswith("nmod")
        and not view.preposition(child)
        and view.in_case(child, "Gen")
        and view.tokens[child].lemma not in words.national_team_nouns
    ]
    return view.mentions_in(clubs, _CLUB_TYPES)


def _payer_in_price(view: SentenceView, price: int) -> list[Mention]:
    """A club the parser hung on a fronted price phrase ("За защитника X «Ахмат» заплатил
    …" read with "«Ахмат»" in apposition): a name in the nominative inside a phrase of
    another case can only be the verb's subject."""
    if view.in_case(price, "Nom"):
        return []
    nominative = [
        i
        for i in view.subtree(price)
        if view.tokens[i].relation == "appos" and view.in_case(i, "Nom")
    ]
    return view.mentions_in(nominative, _CLUB_TYPES)


def payment(view: SentenceView, index: int, words: MovementWords) -> Move | None:
    """The transfer a payment for a player tells ("За него «Ростов» заплатил «Волге» 3 млн
    евро"): the payer, the club paid and the player when he is named, or the payer and
    the player when no club is paid. With no club paid named, the club the player's noun
    names as his own ("заплатил за полузащитника «Рубина»") is the one paid."""
    if view.tokens[index].lemma not in words.payment_lemmas:
        return None
    player: Mention | bool | None = None
    payers: list[Mention] = []
    paid: list[Mention] = []
    own_clubs: list[Mention] = []
    misplaced_payers: list[Mention] = []
    for child in view.children(index):
        relation = view.tokens[child].relation
        if view.preposition(child) in words.price_prepositions:
            player = player or _player_paid_for(
                view,
                [i for i in view.subtree(child) if view.tokens[i].relation != "case"],
                words,
            )
            own_clubs.extend(_player_own_club(view, child, words))
            misplaced_payers.extend(_payer_in_price(view, child))
        elif relation.startswith("nsubj"):
            payers.extend(view.mentions_in(view.subtree(child), _CLUB_TYPES))
        elif relation.startswith(("iobj", "obl", "obj")) and (
            not view.preposition(child) and view.in_case(child, "Dat")
        ):
            paid.extend(view.mentions_in(view.subtree(child), _CLUB_TYPES))
    payers = payers or misplaced_payers
    paid = paid or [m for m in own_clubs if m not in payers]
    if not player or not payers:
        return None
    if paid:
        named_player = [player] if isinstance(player, Mention) else []
        return Move([payers[0], paid[0], *named_player], index)
    if isinstance(player, Mention):
        return Move([payers[0], player], index)
    return None


def signing(view: SentenceView, index: int, words: MovementWords) -> Move | None:
    """The transfer a player's signing tells when his noun names his club ("«Ахмат»
    подписал защитника «Рубина» Ивана Петрова"): the club signing, the club he leaves and
    the player. A player signed with no club of his named is his contract, not a sale, and
    is left to the deal words."""
    if view.tokens[index].lemma not in words.signing_lemmas:
        return None
    children = view.children(index)
    buyers = [
        mention
        for child in children
        if view.tokens[child].relation.startswith("nsubj")
        for mention in view.mentions_in(view.subtree(child), _CLUB_TYPES)
    ]
    for child in children:
        if view.tokens[child].relation != "obj" or not buyers:
            continue
        sellers = [m for m in _player_own_club(view, child, words) if m not in buyers]
        people = view.mentions_in(view.subtree(child), {"PER"})
        if sellers and people:
            return Move([buyers[0], sellers[0], people[0]], index)
    return None


def _joined_club(view: SentenceView, index: int, words: MovementWords) -> list[Mention]:
    """The club a link verb's member noun names ("стал игроком «Реала»"); none when the
    noun is qualified ("стал лучшим игроком «Реала»" tells an award, not a move)."""
    for child in view.children(index):
        token = view.tokens[child]
        if token.relation != "xcomp" or token.lemma not in words.member_nouns:
            continue
        if any(view.tokens[c].relation == "amod" for c in view.children(child)):
            return []
        clubs = [
            grandchild
            for grandchild in view.children(child)
            if view.tokens[grandchild].relation.startswith("nmod")
            and not view.preposition(grandchild)
        ]
        # the name at the club's own word first: a place adjective before it may be read
        # as a name of its own ("Дортмундской «Боруссии»")
        found = view.mentions_in(clubs, _CLUB_TYPES)
        for club in clubs:
            found.extend(
                m for m in view.mentions_in(view.subtree(club), _CLUB_TYPES) if m not in found
            )
        return found
    return []


def _player_named_before(
    view: SentenceView, mover: list[int], words: MovementWords
) -> list[Mention]:
    """The player a bare athlete noun subject stands for ("Футболист стал игроком …"): the
    last person named in this sentence or the one before."""
    if not any(view.tokens[i].lemma in words.athlete_nouns for i in mover):
        return []
    before = named_before(view.document, view.tokens[mover[0]].start, {"PER"}, 1)
    return before[-1:]


def joining(view: SentenceView, index: int, words: MovementWords) -> Move | None:
    """The transfer a player's joining tells ("Разыгрывающий «A» X стал игроком «B»"): the
    club joined, the club his noun names as his own, and the player."""
    if view.tokens[index].lemma not in words.joining_lemmas:
        return None
    destinations = _joined_club(view, index, words)
    mover_words = _mover(view, index)
    if not destinations or not mover_words:
        return None
    people = view.mentions_in(mover_words, {"PER"}) or _player_named_before(
        view, mover_words, words
    )
    if not people or not _is_player(view, mover_words, people, words):
        return None
    sources = [m for m in view.mentions_in(mover_words, _CLUB_TYPES) if m not in destinations]
    return Move([destinations[0], *sources[:1], people[0]], index)
