"""How sure the ownership is: a participle describing a noun states its own fact whatever
the main verb's mood, and an imperfective owning verb in the past with "ранее" tells a
state that held once, which is read as no ownership at all.
"""

from __future__ import annotations

from concord.claim import Modality
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView

_ADNOMINAL = {"acl", "amod"}


def trigger_modality(
    view: SentenceView,
    index: int,
    presupposed: bool = False,
    words: OwnershipWords | None = None,
) -> Modality:
    """A participle describing a noun states its own fact: "холдинг «X», принадлежащий Y,
    не планирует покупать Z" denies the purchase, not Y's holding; "объединит три
    принадлежащих ей аэропорта" plans the merger, not the holding. So does a holding named
    inside a noun phrase (`presupposed`): "группа «X» Петра Y объединит …"."""
    token = view.tokens[index]
    adnominal = token.feats.get("VerbForm") == "Part" and token.relation in _ADNOMINAL
    if not adnominal and not presupposed:
        relative = _relative_clause(view, index)
        if relative is None and words is not None:
            relative = _narrated_clause(view, index, words)
        return view.modality(index) if relative is None else _clause_modality(view, relative)
    if any(view.tokens[c].lemma in view.words.negations for c in view.children(index)):
        return Modality.NEGATED
    return Modality.FACT


def _relative_clause(view: SentenceView, index: int) -> list[int] | None:
    """ownership52: the words from the trigger up to the head of the relative clause it
    stands in, when the mood climb would leave that clause, else None. A relative clause
    tells its own fact: "холдинг «X», в который входят A и B, будет продан" plans the sale,
    not the membership; "новым партнером станет «X», 100 % которой принадлежит Y" plans the
    partnership, not Y's holding."""
    chain = view.clause_governors(index, 2)
    cut = next(
        (k for k, position in enumerate(chain) if view.tokens[position].relation == "acl:relcl"),
        None,
    )
    if cut is None or cut + 1 >= len(chain):
        return None
    return chain[: cut + 1]


def _narrated_clause(view: SentenceView, index: int, words: OwnershipWords) -> list[int] | None:
    """ownership53: the words from the trigger up to below a narrator's formula ("Напомним,
    что в мае A продал «X» Y"), when the climb meets one over a past clause, else None. The
    formula is future in form only (first person plural); the clause keeps its own mood, so
    "Напомним, что A не продал «X»" stays negated and "…, что A продаст «X»" planned."""
    chain = view.clause_governors(index, 3)
    for number, position in enumerate(chain):
        token = view.tokens[position]
        if number == 0 or token.feats.get("Tense") != "Fut":
            continue
        narrated = (
            token.lemma in words.narrating_verbs
            and token.feats.get("Person") == "1"
            and token.feats.get("Number") == "Plur"
        )
        below = chain[:number]
        if narrated and any(view.tokens[p].feats.get("Tense") == "Past" for p in below):
            return below
        return None
    return None


def _clause_modality(view: SentenceView, chain: list[int]) -> Modality:
    """The mood read as `SentenceView.modality` reads it, on the clause's own words only."""
    words = view.words
    for position in chain:
        if any(
            view.tokens[c].lemma in words.negations
            and view.tokens[c].relation not in {"conj", "parataxis"}
            for c in view.children(position)
        ):
            return Modality.NEGATED
        if position != chain[0] and view.tokens[position].lemma in words.negating_verbs:
            return Modality.NEGATED
    for position in chain:
        token = view.tokens[position]
        if token.feats.get("Tense") == "Fut" or token.lemma in words.planning:
            return Modality.PLANNED
        if any(
            (
                view.tokens[c].lemma == words.future_auxiliary
                and view.tokens[c].feats.get("Tense") == "Fut"
            )
            or view.tokens[c].lemma in words.planning_auxiliaries
            for c in view.children(position)
        ):
            return Modality.PLANNED
    return Modality.FACT


def held_before(view: SentenceView, index: int, words: OwnershipWords) -> int | None:
    """The word saying the owning verb at `index` tells a state that held once, or None:
    "ранее", "прежде" ("Ранее клуб принадлежал Y") or a year it held up to ("До 2015 года
    клуб принадлежал Y") on an imperfective past, or the past participle of "принадлежать"
    itself ("принадлежавший Y"), which the present one ("принадлежащий") would say if Y
    still held it; "ранее купил" is a purchase that still holds, and "владел" may still
    hold ("которая владела 40 %, выкупила остальное")."""
    token = view.tokens[index]
    if token.feats.get("Tense") != "Past" or token.feats.get("Aspect") != "Imp":
        return None
    if token.lemma in words.owned_verbs and token.feats.get("VerbForm") == "Part":
        return index  # "Телеканал X, принадлежавший Y, купил Z": a former owner
    sale = sold_since(view, index, words)
    if sale is not None:
        return sale
    return next(
        (
            c
            for c in view.children(index)
            if view.tokens[c].lemma in words.former_adverbs
            or (
                view.tokens[c].lemma in words.year_nouns
                and view.preposition(c) in words.until_prepositions
            )
        ),
        None,
    )


# ownership44: where an owner noun names a participant of the clause, not its predicate
_PARTICIPANT = ("nsubj", "appos", "nmod")


def named_in_passing(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """An owner noun ("владелец", "совладелец", "дочка") that is the clause's subject, an
    apposition or a modifier names someone by a holding that is true now, whatever the
    clause's verb says: "Владелец сети X Y отказался от продажи", "…, сообщил совладелец
    холдинга Y", "«дочка» X останется отдельной". As the predicate ("Y является / станет
    владельцем X") it takes the clause's mood; "будущий владелец" is a holding to come."""
    token = view.tokens[index]
    if not token.relation.startswith(_PARTICIPANT):
        return False
    return not any(
        view.tokens[c].lemma in words.prospective_adjectives for c in view.children(index)
    )


def past_copula(view: SentenceView, index: int, words: OwnershipWords) -> int | None:
    """ownership46: the past copula of an owner noun that is a main clause's predicate, or
    None: "Собственниками завода были A и B", "акционерами банка являлись A и B" tell owners
    who held once and hold no longer (as "бывший владелец"); "Владельцем стал Y" (a change
    that holds now), "является владельцем" and "был и остаётся владельцем" stay holdings,
    and so does a relative clause, whose past follows the story's ("выпускались на фабрике
    «X», владельцем которой была «Y»": held at the time told)."""
    token = view.tokens[index]
    if token.feats.get("Case") != "Ins" or token.relation.startswith("acl"):
        return None
    clause = [c for c in (index, token.head) if c == index or token.relation == "xcomp"]
    relative = words.relative_pronouns  # "владельцем которой была", however it is hung
    if any(view.tokens[c].relation.startswith("acl") for c in clause) or any(
        view.tokens[c].lemma in relative for k in clause for c in [k, *view.children(k)]
    ):
        return None
    candidates = [c for c in view.children(index) if view.tokens[c].relation == "cop"]
    if token.relation == "xcomp" and 0 <= token.head < len(view.tokens):
        candidates.append(token.head)  # "Акционерами банка являлись A и B"
    for c in candidates:
        copula = view.tokens[c]
        if (
            copula.lemma in words.state_copulas
            and copula.feats.get("Tense") == "Past"
            and copula.feats.get("VerbForm") != "Part"
            and not any(view.tokens[k].relation == "conj" for k in view.children(c))
        ):
            return c
    return None


# ownership59: past holdings told as such
def member_held_before(view: SentenceView, index: int, words: OwnershipWords) -> int | None:
    """The member verb at `index` itself when it is past imperfective: "ОАО «X» входило в
    состав Y", "«X», еще недавно входившая в Y" tell a membership that ended (one that
    holds is told "входит", "входящая"); "вошло в Y" (perfective) is a change that holds."""
    token = view.tokens[index]
    if (
        token.lemma in words.member_verbs
        and token.feats.get("Tense") == "Past"
        and token.feats.get("Aspect") == "Imp"
    ):
        return index
    return None


def sold_since(view: SentenceView, index: int, words: OwnershipWords) -> int | None:
    """A sale the owning verb at `index` is joined to, or None: "Y владел клубом с 2003
    года, но был вынужден продать «X»" (a verb joined on), "был вынужден продать «X»,
    которым владел с 2003 года" (the verb's relative clause hangs on what was sold): what
    Y held, Y sold."""
    token = view.tokens[index]
    joined = [c for c in view.children(index) if view.tokens[c].relation == "conj"]
    if token.relation == "conj" and 0 <= token.head < len(view.tokens):
        joined.append(token.head)
    if token.relation.startswith("acl:relcl") and 0 <= token.head < len(view.tokens):
        noun = view.tokens[token.head]
        if noun.relation == "obj" and 0 <= noun.head < len(view.tokens):
            joined.append(noun.head)
    for verb in joined:
        for candidate in (verb, *view.children(verb)):
            if candidate != verb and view.tokens[candidate].relation != "xcomp":
                continue  # "был вынужден продать": the sale under the joined word
            if (
                view.tokens[candidate].lemma in words.seller_verbs
                and view.tokens[candidate].feats.get("VerbForm") != "Part"
            ):  # "…, когда доля в 1 % была продана Z": a part sold, the rest still held
                return candidate
    return None


def left_holding(view: SentenceView, index: int, words: OwnershipWords) -> int | None:
    """The verb of leaving an owner noun at `index` hangs under, or None: "ВТБ вышел из
    состава акционеров X", "вышел из числа главных акционеров X": the holding ended."""
    position = index
    for _ in range(3):  # "акционеров" <- "состава"/"числа" <- "вышел"
        token = view.tokens[position]
        if not 0 <= token.head < len(view.tokens):
            return None
        if token.relation.startswith("obl") and view.preposition(position) == "из":
            return token.head if view.tokens[token.head].lemma in words.leaving_verbs else None
        if not token.relation.startswith("nmod"):
            return None
        position = token.head
    return None
