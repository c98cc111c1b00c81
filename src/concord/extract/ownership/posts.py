"""A post is no stake: a person named with a post in a company ("главного редактора «X»
Ивана Y", "директор «X» — владельца завода — Павел С.") is not taken for its owner, and the
person named after a body hanging on a post ("депутату Госдумы Олегу Y") owns what the body
was read to own.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.ownership.reading import (
    CLOSING_MARKS,
    OPENING_QUOTES,
    children_with,
    mention_head,
)
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView

_COPULAS = frozenset({"являться", "быть", "стать", "оставаться"})


def post_holder(view: SentenceView, person: Mention, trigger: int, words: OwnershipWords) -> bool:
    """A person named with a post ("вице-губернатор Олег Р.", "директор «X» — владельца
    завода — Павел С.") is taken from an owner noun, a stake or a make-up only when that
    word hangs on the person: the post is what the sentence gives them, not a stake."""
    if person.type != "PER":
        return False
    indices = view.token_indices(person.start, person.end)
    if not indices:
        return False
    head = mention_head(view, person)
    case = view.tokens[head].feats.get("Case", "")
    parent = view.tokens[head].head
    # "директор «X» — владельца завода — Павел С.": a nominative name cannot stand in
    # apposition to a genitive owner noun; it belongs to the nominative post before it
    astray = view.tokens[head].relation == "appos" and 0 <= parent < len(view.tokens) and (
        view.tokens[parent].feats.get("Case", case) != case
    )
    if trigger in indices or view.tokens[trigger].head == head:
        return False
    if _relative_clause_on(view, trigger, {head, parent}, words):
        return False
    if not astray and (
        _within_phrase_of(view, head, trigger) or _within_phrase_of(view, trigger, parent)
    ):  # "владельцем «X» является депутат Y", "совладелец «X», сенатор Y", "президент
        return False  # клуба Y, совладелец компании «X»": the post and the owner noun share Y
    posts = {indices[0] - 1, parent}
    if astray:
        posts.add(next(
            (i for i in reversed(range(indices[0])) if view.tokens[i].lemma in words.post_nouns
             and view.tokens[i].feats.get("Case") == case),
            -1,
        ))  # fmt: skip
    return any(
        0 <= i < len(view.tokens) and view.tokens[i].lemma in words.post_nouns for i in posts
    )


def post_before(view: SentenceView, company: Mention, words: OwnershipWords) -> bool:
    """The company's name hangs on a post ("главного редактора «X» Ивана Y", "генерального
    директора «X» Петра Z"): the person named after it holds the post, not the company."""
    indices = view.token_indices(company.start, company.end)
    if not indices:
        return False
    first = indices[0]
    while first > 0 and view.tokens[first - 1].text in OPENING_QUOTES:
        first -= 1
    heads = {view.tokens[i].head for i in indices if view.tokens[i].head not in indices}
    before = {first - 1}
    # "депутата партии «X» Виктора Y", "директора завода «X» Ивана Z": a post, then the
    # common noun the name is given with
    if first > 1 and view.tokens[first - 1].pos == "NOUN" and view.in_case(first - 1, "Gen"):
        before.add(first - 2)
    return any(
        0 <= i < len(view.tokens) and _is_post(view, i, words) for i in {*heads, *before}
    )


def holder_of_the_post(
    view: SentenceView, body: Mention, trigger: int, words: OwnershipWords
) -> Mention | None:
    """The person named right after a body that hangs on a post ("депутату Госдумы Олегу Y",
    "бывшему главе «X» Петру Z"): the body only tells the post, the person is the owner.
    Only a body written under the owning word itself: one that a pronoun or a common noun
    ("региону") stands for was named elsewhere, with a post that tells nothing here."""
    if body.type == "PER" or not post_before(view, _first_listed(view, body), words):
        return None
    indices = view.token_indices(body.start, body.end)
    if not indices or not body.start >= view.sentence.start or (
        not set(indices) & set(view.subtree(trigger))
    ):
        return None
    after = indices[-1] + 1
    while after < len(view.tokens):  # "топ-менеджеру «A» и B Петру Z": past the list
        if view.tokens[after].text in CLOSING_MARKS:
            after += 1
            continue
        following = after + 1
        while following < len(view.tokens) and view.tokens[following].text in OPENING_QUOTES:
            following += 1
        listed = (
            view.mention_at(following)
            if view.tokens[after].text in {"и", ","} and following < len(view.tokens) else None
        )  # fmt: skip
        if listed is None or listed.type == "PER":
            break
        after = (view.token_indices(listed.start, listed.end) or [after])[-1] + 1
    person = view.mention_at(after) if after < len(view.tokens) else None
    if person is None or person.type != "PER":
        return None
    return person


def _relative_clause_on(
    view: SentenceView, trigger: int, targets: set[int], words: OwnershipWords
) -> bool:
    """ownership55: "предприниматель Y, который является владельцем X": the owner noun is
    the predicate of a relative clause on the person (or on the post before the name) whose
    subject is the relative pronoun, or the object of a participle said of them ("бизнесмен
    Y, имеющий долю в X"); the clause says what Y holds, the post tells nothing against it. "Y, директор которого является владельцем X" keeps its own subject."""
    verb = view.tokens[trigger].head
    if not 0 <= verb < len(view.tokens):
        return False
    token = view.tokens[verb]
    if not token.relation.startswith("acl") or token.head not in targets:
        return False
    if token.relation == "acl" and token.feats.get("VerbForm") == "Part":
        return True  # "бизнесмен Y, имеющий долю в X": the participle is said of Y
    return token.lemma in _COPULAS and any(
        view.tokens[s].lemma in words.relative_pronouns for s in view.subjects(verb)
    )


def _within_phrase_of(view: SentenceView, index: int, trigger: int) -> bool:
    """Whether the owning word is reached from a name going up its noun phrase (and a
    copular predicate) before any other verb: the name and the word share one phrase."""
    for ancestor in view.ancestors(index):
        if ancestor == trigger:
            return True
        if view.tokens[ancestor].pos in {"VERB", "AUX"}:
            # "бизнесмен Y оформил сделку и стал владельцем X": the pair shares Y
            predicates = [ancestor, *children_with(view, ancestor, ("conj",))]
            return any(
                trigger in view.children(p) and view.tokens[p].lemma in _COPULAS
                for p in predicates
            )
    return False


def _is_post(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """A post noun, also with a prefix of its own ("экс-главе", "вице-президента")."""
    lemma = view.tokens[index].lemma
    for prefix in words.post_prefixes:
        if lemma.startswith(prefix) and len(lemma) > len(prefix):
            lemma = lemma[len(prefix):]
            break
    return lemma in words.post_nouns


def _first_listed(view: SentenceView, mention: Mention) -> Mention:
    """The first name of the list a name is coordinated in ("«A» и B": A for B); the post
    before the list hangs on the first one only."""
    if not view.token_indices(mention.start, mention.end):
        return mention  # named in another sentence
    first = view.mention_at(view.list_head(mention_head(view, mention)))
    return first if first is not None and first.type != "PER" else mention


def of_a_post_subject(view: SentenceView, verb: int, mention: Mention, words: OwnershipWords) -> bool:
    """ownership58: "Директор холдинга «X» купил Y", "Бывший пресс-секретарь мэра Z купил
    газету Y" (headlines): a name in the genitive phrase of a post that is the verb's
    subject is the post's body or boss, not the buyer; the buyer goes unnamed. A name in
    apposition to the post ("Глава «X» Пётр Z купил") is its holder and stays."""
    if not view.token_indices(mention.start, mention.end):
        return False  # a name from another sentence
    subjects = view.subjects(verb)
    current, genitive = mention_head(view, mention), False
    for _ in range(6):
        if current in subjects:
            return genitive and view.tokens[current].lemma in words.post_nouns
        token = view.tokens[current]
        if token.relation not in {"appos", "flat", "flat:name", "nmod"}:
            return False
        genitive = genitive or token.relation == "nmod"
        current = token.head
        if not 0 <= current < len(view.tokens):
            return False
    return False
