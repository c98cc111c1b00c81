"""Lists of names: when several sides are one coordinated list, and when that list is all the deal names.

"ФАС оштрафовала МТС, «Мегафон» и «Вымпелком»" is one fine on each; "фонды «A» и «B»
продали акции" names one side only, its counterparty unnamed, so no deal.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.deal.descriptions import named_player
from concord.extract.deal.frame import Frame
from concord.extract.deal.names import lies_within, root_of
from concord.extract.deal.sameness import one_mention_each
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView


def _givers_listed(view: SentenceView, subjects: list[int], words: DealWords) -> bool:
    """Whether the subject is several givers told together ("A и B выделят", "они
    выделят"): a plural pronoun or a coordinated list, not one name the parser hung
    another on."""
    return any(
        view.tokens[head].lemma in words.plural_pronouns
        or any(view.tokens[child].relation.startswith("conj") for child in view.children(head))
        for head in subjects
    )


def _parties_signing(view: SentenceView, pos: str, frame: Frame, words: DealWords) -> bool:
    """Whether the list of subjects signs the deal noun's document ("A и B подписали
    кредитный договор"): those listed are its two parties, not givers told together."""
    return pos != "VERB" and any(
        view.tokens[anchor].lemma in words.concluding_verbs for anchor in frame.anchors
    )


def _in_one_branch(view: SentenceView, mentions: list[Mention], branches: list[set[int]]) -> bool:
    """Whether all the names lie in one complement of the deal: one role of it."""
    return any(all(lies_within(view, m, branch) for m in mentions) for branch in branches)


def _one_role_list(view: SentenceView, sides: list[Mention], branches: list[set[int]]) -> bool:
    """Whether all the sides are one coordinated list ("«A» и «B»") in a single complement
    of the verb: those who act together, with nobody on the other side."""
    coordinated = any(
        (root := root_of(view, m)) is not None and view.tokens[root].relation == "conj"
        for m in sides
    )
    return (
        len(sides) > 1
        and coordinated
        and _in_one_branch(view, sides, branches)
        and one_list(view, sides)
    )


def one_list(view: SentenceView, mentions: list[Mention]) -> bool:
    """Whether the names are one list ("МТС, «Мегафон» и «Вымпелком»"): each reaches a
    shared word through coordination, a following appositive or a name's parts; a name the
    parser hung as an appositive before its head ("с группой «A» соглашение о покупке
    акций терминала «B»") is no member of B's list."""
    chains = []
    for mention in mentions:
        current = root_of(view, mention)
        chain: set[int] = set()
        while current is not None and current not in chain:
            chain.add(current)
            token = view.tokens[current]
            relation = token.relation.split(":")[0]
            if relation not in ("conj", "appos", "flat") or not 0 <= token.head < len(view.tokens):
                break
            if relation == "appos" and token.head > current:
                break
            current = token.head
        chains.append(chain)
    joined = chains[:1]
    rest = chains[1:]
    while rest:
        linked = [c for c in rest if any(c & j for j in joined)]
        if not linked:
            return False
        joined.extend(linked)
        rest = [c for c in rest if c not in linked]
    return True


def no_counterparty(
    view: SentenceView,
    pos: str,
    kind: str,
    frame: Frame,
    sides: list[Mention],
    others: list[Mention],
    referred: list[Mention],
    words: DealWords,
) -> bool:
    """Whether the sides are all on one side of the deal: only those acting together ("A
    вместе с B"), several givers with no one given to ("они выделят 40 млн рублей"), or a
    list in one role of a verb ("фонды «A» и «B» продали акции"). `others` are the sides
    that are no subject or doer."""
    if frame.together and not others:
        return True
    if (
        not others
        and (kind in words.giving_kinds or pos == "VERB")
        and _givers_listed(view, frame.agent_heads, words)
        and not _parties_signing(view, pos, frame, words)
    ):
        return True
    return (
        pos == "VERB" and not referred and not frame.controller
        and _one_role_list(view, sides, frame.branches)
    )  # fmt: skip


def dealt_alone(
    view: SentenceView, index: int, kind: str, frame: Frame, sides: list[Mention], words: DealWords
) -> list[list[Mention]]:
    """A fine or a grant told of the one dealt with alone, one deal each: "X оштрафовали
    на 2 млн рублей", "X и Y оштрафованы", "суд оштрафовал X" with the court no name,
    "«X» выделили 15 млн рублей". News often leaves the one who fines or gives unnamed;
    those dealt with are still the deal's sides. Every side must stand in that role of
    the verb, and no doer may be named or found elsewhere."""
    roles = _dealt_roles(view, index, kind, words)
    verb = index if view.tokens[index].pos == "VERB" else _imposing_verb(view, index, words)
    if not roles or verb is None or not sides or frame.controller:
        return []
    dealt: set[int] = set()
    subjects = []
    for child in view.children(verb):
        if child == index:
            continue
        relation = view.tokens[child].relation
        if (
            relation in roles
            or _object_read_as_subject(view, verb, child)
            or (verb != index and _fined_on(view, child, words))
        ):
            dealt.update(view.subtree(child))
        elif relation == "obl:agent":
            return []
        elif relation == "nsubj":
            subjects.append(child)
    if subjects and any(view.tokens[s].lemma not in words.unnamed_doers for s in subjects):
        return []
    if not subjects and not _impersonal_or_passive(view, verb):
        return []
    if not all(lies_within(view, m, dealt) for m in sides):
        return []
    return [[mention] for mention in one_mention_each(sides)]


def _imposing_verb(view: SentenceView, index: int, words: DealWords) -> int | None:
    """The verb a fine noun is imposed by, whose complements name the fined ("на банк
    наложен штраф", "компании был выписан штраф", "её подвергли штрафу"); none for a
    noun a verb only speaks of ("штраф составляет до 5000 рублей")."""
    head = view.tokens[index].head
    if (
        view.tokens[index].pos != "NOUN"
        or not 0 <= head < len(view.tokens)
        or view.tokens[head].lemma not in words.imposing_verbs
    ):
        return None
    return head


def _fined_on(view: SentenceView, child: int, words: DealWords) -> bool:
    """Whether the complement names whom a fine is laid on ("наложен штраф на банк")."""
    return (
        view.tokens[child].relation.startswith("obl")
        and view.preposition(child) in words.imposed_on_prepositions
    )


def _dealt_roles(view: SentenceView, index: int, kind: str, words: DealWords) -> frozenset[str]:
    """Where the one dealt with stands: the fined as the object or the passive subject, the
    given to as the indirect object of a verb that gives money."""
    if kind in words.object_side_kinds:
        return frozenset({"obj", "nsubj:pass", "iobj"})
    if view.tokens[index].lemma in words.all_money_lemmas:
        return frozenset({"iobj"})
    return frozenset()


def _object_read_as_subject(view: SentenceView, index: int, child: int) -> bool:
    """Whether a singular "subject" of an impersonal plural verb is its object, the parser
    misled by a noun whose cases look alike ("Интернет-магазин «X» оштрафовали", "«X»
    выделили 15 млн рублей"): a
    singular subject with no list of its own disagrees with a finite plural verb."""
    subject = view.tokens[child]
    verb = view.tokens[index].feats
    return (
        subject.relation == "nsubj"
        and subject.feats.get("Number") == "Sing"
        and verb.get("Number") == "Plur" and verb.get("VerbForm") == "Fin"
        and not any(view.tokens[c].relation == "conj" for c in view.children(child))
    )  # fmt: skip


def _impersonal_or_passive(view: SentenceView, index: int) -> bool:
    """Whether a verb with no subject tells no doer: a passive ("оштрафован") or an
    impersonal plural ("оштрафовали"), not a singular whose subject was left out."""
    feats = view.tokens[index].feats
    return feats.get("Voice") == "Pass" or (
        feats.get("Number") == "Plur" and feats.get("VerbForm") == "Fin"
    )


def deals_of(
    view: SentenceView,
    kind: str,
    frame: Frame,
    sides: list[Mention],
    agents: list[Mention],
    others: list[Mention],
    referred: list[Mention],
    owned: list[Mention],
    words: DealWords,
) -> list[list[Mention]]:
    """The sides of each deal told: "ФАС оштрафовала МТС, «Мегафон» и «Вымпелком»" (one
    agent, a list in one role, a kind split so) is one deal with each counterparty; sides in
    different roles ("A продала B компании C"), or a stake's owners, are one deal."""
    # "купила игрока «Монако» Александра Головина": the player and his club are one sale
    players = [m for m in others if named_player(view, m, words.movement.athlete_nouns)]
    if kind == words.movement_kind and len(players) == 1:
        return [sides]
    inside = [m for m in others if m not in referred]
    listed = _in_one_branch(view, inside, frame.branches) and (
        len(inside) < 2 or one_list(view, inside)
    )
    if (
        # one agent, however often named ("Федеральная антимонопольная служба (ФАС)")
        len(one_mention_each(agents)) == 1
        and len(others) > 1 and listed and kind in words.split_kinds
        and not any(m in owned for m in others)  # what a stake is of: one deal
    ):  # fmt: skip
        doers = [m for m in sides if m in agents] or one_mention_each(agents)
        return [[*doers, other] for other in others]
    return [sides]


def one_role_deals(
    view: SentenceView,
    kind: str,
    frame: Frame,
    sides: list[Mention],
    referred: list[Mention],
    words: DealWords,
) -> list[list[Mention]]:
    """deal43: a deal noun whose sides are one list in one role, nobody named on the other
    side, is one deal with each ("Контракты подписаны с X и Y", "Финансирование направят
    регионам: X, Y и Z", "В санкционный список попали X и Y"): those listed are not each
    other's counterparties, as the benchmark has it (one fact per counterparty). A list
    falling under a sanction noun ("Под санкции ЕС попали X и Y") stands as the verb's
    subject; the noun's imposer, if named, is each deal's other side. Those "между X и Y"
    are counterparts; empty when nothing of this holds."""
    if referred or frame.controller or frame.together or len(sides) < 2:
        return []
    for head, branch in zip(frame.heads, frame.branches, strict=False):
        listed = [m for m in sides if lies_within(view, m, branch)]
        if len(one_mention_each(listed)) < 2 or not one_list(view, listed):
            continue
        if any(_genitive_of_inner_noun(view, _list_top(view, m), head) for m in listed):
            return []  # "о сотрудничестве банка X и клуба Y": the inner noun's pair
        rest = one_mention_each([m for m in sides if m not in listed])
        if _falling_subject(view, head, frame, kind, words):
            return [] if len(rest) > 1 else [[*rest, m] for m in one_mention_each(listed)]
        if rest or not _one_role_head(view, head, frame, words):
            return []
        return [[m] for m in one_mention_each(listed)]
    return []


def _list_top(view: SentenceView, mention: Mention) -> int | None:
    """The word a listed name's coordination, appositions and name parts lead up to: the
    complement's own head when the list fills it ("с X и Y", "компании X и Y")."""
    current = root_of(view, mention)
    seen: set[int] = set()
    while current is not None and current not in seen:
        seen.add(current)
        token = view.tokens[current]
        if token.relation.split(":")[0] not in ("conj", "appos", "flat"):
            return current
        if not 0 <= token.head < len(view.tokens):
            return current
        current = token.head
    return current


def _genitive_of_inner_noun(view: SentenceView, top: int | None, head: int) -> bool:
    """Whether the list hangs as a genitive on some noun inside the complement, not on
    the complement itself: then it names that noun's pair ("сотрудничество X и Y")."""
    return (
        top is not None
        and top != head
        and view.tokens[top].relation.startswith("nmod")
        and not view.preposition(top)
    )


def _falling_subject(
    view: SentenceView, head: int, frame: Frame, kind: str, words: DealWords
) -> bool:
    """Whether the complement is the subject of a verb of falling under the deal noun
    ("под санкции попали X и Y", "X оказались в санкционном списке"): the ones dealt with."""
    verb = view.tokens[head].head
    return (
        kind in words.object_side_kinds
        and view.tokens[head].relation.startswith("nsubj")
        and verb in frame.anchors
        and view.tokens[verb].lemma in words.falling_verbs
    )


def _one_role_head(view: SentenceView, head: int, frame: Frame, words: DealWords) -> bool:
    """Whether the complement is one role of the deal: an object or oblique of a verb over
    the noun, or the noun's own phrase with a preposition other than "между" (a genitive
    "слияние X и Y" or "соглашение X и Y" names counterparts)."""
    token = view.tokens[head]
    preposition = view.preposition(head)
    if preposition in words.counterpart_prepositions:
        return False
    over_verb = 0 <= token.head < len(view.tokens) and view.tokens[token.head].pos in (
        "VERB",
        "AUX",
    )
    if token.relation.startswith(("obj", "iobj", "obl")) and over_verb:
        return True
    return token.relation.startswith("nmod") and bool(preposition)
