"""The frame of a trigger: the words whose complements may name its sides, and who acts for it.

The anchors are the trigger, the document or grant nouns it hangs on ("соглашение о
покупке"), and the verb above them ("подписал"). When an anchor has no subject of its
own, the doer comes from elsewhere: the object or subject of the verb an infinitive
depends on, the subject of a coordinated verb, the name a participle describes, or a
name acting "вместе с" the subject.
"""

from __future__ import annotations

from dataclasses import dataclass

from concord.extract.deal.names import PARTICIPANT_TYPES
from concord.extract.deal.triggers import noun_like
from concord.extract.deal.words import DealWords
from concord.extract.sentence_view import SentenceView

_COMPLEMENT_RELATIONS = ("nsubj", "obj", "iobj", "obl", "nmod")  # where a side may stand
_CLAUSE_RELATIONS = {"ccomp", "parataxis"}  # a clause told or quoted, not a verb's argument


@dataclass(frozen=True)
class Frame:
    """Where a trigger's sides are looked for: the words of each complement of its anchors
    and of the doers found elsewhere."""

    anchors: list[int]
    scope: list[int]  # the words of every complement and doer
    agent_scope: list[int]  # … of the subjects and doers only
    heads: list[int]  # each complement's head word
    agent_heads: list[int]  # each subject's head word
    branches: list[set[int]]  # each complement's words: one role of the deal
    controller: list[int]  # the doers' words found beyond the anchors' own subjects
    together: list[int]  # the words of names acting with the subject ("вместе с")
    elided: list[int]  # ordinals standing for another deal of the noun ("второй — с Y")


def frame_of(view: SentenceView, index: int, words: DealWords) -> Frame:
    """The frame of the trigger at `index`: its anchors' complements, and the doers of
    anchors with no subject of their own."""
    scope: list[int] = []
    agent_scope: list[int] = []
    heads: list[int] = []
    agent_heads: list[int] = []
    branches: list[set[int]] = []
    anchors = _anchors_of(view, index, words)
    broken = _broken_governor(view, index)
    if broken is not None and broken not in anchors:
        anchors.append(broken)
    elided: list[int] = []
    for anchor in anchors:
        for child in view.children(anchor):
            if child != index and _elided_ordinal(view, child, words):
                elided.append(child)
                continue
            if child != index and view.tokens[child].relation.startswith(_COMPLEMENT_RELATIONS):
                words_of = _without_elided(view, child, words, elided)
                scope.extend(words_of)
                branches.append(set(words_of))
                heads.append(child)
                if view.tokens[child].relation.startswith("nsubj"):
                    agent_scope.extend(words_of)
                    agent_heads.append(child)
    for found_guilty in _found_guilty(view, anchors, words):
        scope.extend(found_guilty)
        branches.append(set(found_guilty))
    together = _acting_together(view, anchors, words)
    controller = [
        *_controlling_subject(view, anchors, words),
        *_conjunct_subject(view, anchors),
        *_verdict_subject(view, anchors, words),
        *_ruling_subject(view, anchors, words),
        *_subject_hung_before(view, anchors),
        *_gerund_subject(view, anchors),
        *_participle_subject(view, anchors),
        *together,
    ]
    scope.extend(controller)
    agent_scope.extend(controller)
    return Frame(
        anchors, scope, agent_scope, heads, agent_heads, branches, controller, together, elided
    )


def _without_elided(
    view: SentenceView, head: int, words: DealWords, elided: list[int]
) -> list[int]:
    """The words of a complement less any ordinal standing alone inside it and its words
    ("с X, второй с Y" hung as one phrase); those ordinals join `elided`."""
    words_of = view.subtree(head)
    inner = [p for p in words_of if p != head and _elided_ordinal(view, p, words)]
    if not inner:
        return words_of
    elided.extend(inner)
    dropped = {p for ordinal in inner for p in view.subtree(ordinal)}
    return [p for p in words_of if p not in dropped]


def _elided_ordinal(view: SentenceView, position: int, words: DealWords) -> bool:
    """Whether the word is an ordinal standing alone for a second deal of the same noun
    ("подписал первый контракт с X, второй — с Y"; "Первый контракт был подписан с X,
    второй с Y"): the names under it are that deal's, not this one's."""
    token = view.tokens[position]
    return (
        token.lemma in words.elided_ordinals
        and token.pos == "ADJ"
        and not token.relation.startswith("amod")
    )


def _anchors_of(view: SentenceView, index: int, words: DealWords) -> list[int]:
    """The trigger, the document or grant nouns it hangs on ("соглашение о покупке") or the
    amount it is counted in ("12 млн рублей неустойки"), and the verb above a noun trigger
    or its carrier ("подписал соглашение")."""
    anchors = [index]
    if not noun_like(view, index):
        return anchors
    head = view.tokens[index].head
    while (
        0 <= head < len(view.tokens)
        and head not in anchors
        # deal44: "получит $20 млн кредита от Y": a currency sign counts the noun
        and (view.tokens[head].pos == "NOUN" or view.tokens[head].lemma in words.currency_signs)
        and (
            view.tokens[head].lemma in words.carrier_nouns
            # "выплатить 12 млн рублей неустойки": the amount carries the deal noun
            or view.tokens[head].lemma in words.currency_nouns
            # deal44: "получит 20 млн кредита", "получила первую порцию кредита Y"
            or view.tokens[head].lemma
            in words.currency_signs | words.amount_nouns | words.portion_nouns
            or (
                view.tokens[head].lemma in words.repayment_nouns
                and view.preposition(head) not in words.purpose_prepositions
            )
            # deal41: "приняло решение о выделении …": the decision's maker gives
            or (
                view.tokens[anchors[-1]].lemma in words.giving_nouns | words.rescue_lemmas
                and view.tokens[head].lemma in words.decision_carriers
            )
        )
    ):
        anchors.append(head)
        head = view.tokens[head].head
    if (
        0 <= head < len(view.tokens)
        and view.tokens[head].pos == "VERB"
        # "сообщил, что это портфельная инвестиция": a deal noun that is the clause told
        # is no argument of the telling verb, whose subject and addressee are no sides
        and view.tokens[anchors[-1]].relation not in _CLAUSE_RELATIONS
        and view.preposition(anchors[-1]) not in words.stance_prepositions
        and (
            view.tokens[head].lemma not in words.commenting_verbs
            or view.tokens[anchors[-1]].lemma
            in words.grant_nouns | words.name_nouns | words.rescue_lemmas
        )
    ):
        anchors.append(head)
    return anchors


def _controlling_subject(view: SentenceView, anchors: list[int], words: DealWords) -> list[int]:
    """Who acts for an infinitive anchor with no subject of its own: the object of the word
    it depends on when that word has one ("суд обязал компанию X выплатить неустойку": X
    pays, the court is no side; "поручил правительству выделить": the government gives),
    else, for an infinitive trigger itself or a verb that carries out the deal noun, that
    word's subject ("банк намерен купить X", "решил продать", "пообещал Минску выделить",
    "решило ввести санкции")."""
    found: list[int] = []
    for anchor in anchors:
        token = view.tokens[anchor]
        if not token.relation.startswith("xcomp") or not 0 <= token.head < len(view.tokens):
            continue
        if view.subjects(anchor):
            continue
        governed = view.children(token.head)
        objects = [
            c for c in governed
            if view.tokens[c].relation == "obj"
            or (view.tokens[c].relation == "iobj"
                and view.tokens[token.head].lemma not in words.subject_control_verbs)
        ]  # fmt: skip
        if not objects and anchor != anchors[0] and token.lemma not in words.performing_verbs:
            continue  # "пообещал ограничить поставки": the verb above a deal noun, no doer
        controllers = objects or view.subjects(token.head)
        found.extend(i for child in controllers for i in view.subtree(child))
    return found


def _conjunct_subject(view: SentenceView, anchors: list[int]) -> list[int]:
    """The subject a verb anchor shares with the verb it is coordinated with ("X открыл
    магазины, а в 2007-м продал долю фонду Y": X sells), when it has none of its own."""
    found: list[int] = []
    for anchor in anchors:
        token = view.tokens[anchor]
        if (
            token.pos != "VERB"
            or token.relation != "conj"
            or not 0 <= token.head < len(view.tokens)
            or view.tokens[token.head].pos != "VERB"
            or view.subjects(anchor)
        ):
            continue
        found.extend(i for child in view.subjects(token.head) for i in view.subtree(child))
    return found


def _subject_hung_before(view: SentenceView, anchors: list[int]) -> list[int]:
    """The subject the parser hung on the verb of the clause before ("Дела клуба поправил
    новый договор: компания X стала генеральным спонсором Y"): a verb anchor joined to that
    verb with no subject of its own takes the second subject the verb was given, the one
    standing between the two verbs; a verb has only one subject."""
    found: list[int] = []
    for anchor in anchors:
        token = view.tokens[anchor]
        if (
            token.pos != "VERB"
            or token.relation not in {"parataxis", "conj"}
            or not 0 <= token.head < len(view.tokens)
            or view.subjects(anchor)
        ):
            continue
        subjects = view.subjects(token.head)
        if len(subjects) < 2:
            continue
        found.extend(
            i for child in subjects if token.head < child < anchor for i in view.subtree(child)
        )
    return found


def _gerund_subject(view: SentenceView, anchors: list[int]) -> list[int]:
    """The subject of the verb a gerund anchor hangs on ("X стал лидером рынка, купив завод
    Y"): a gerund's doer is that verb's subject, when it has none of its own."""
    found: list[int] = []
    for anchor in anchors:
        token = view.tokens[anchor]
        if (
            token.feats.get("VerbForm") != "Conv"
            or not token.relation.startswith("advcl")
            or not 0 <= token.head < len(view.tokens)
            or view.subjects(anchor)
        ):
            continue
        found.extend(i for child in view.subjects(token.head) for i in view.subtree(child))
    return found


def _participle_subject(view: SentenceView, anchors: list[int]) -> list[int]:
    """The name an active participle anchor describes ("банк «Заря», выдавший «Вектору»
    кредит"): it is the one who acts, as a subject would be; only the name's own words,
    not the rest of its phrase."""
    found: list[int] = []
    for anchor in anchors:
        token = view.tokens[anchor]
        if (
            token.feats.get("VerbForm") != "Part"
            or token.feats.get("Voice") != "Act"
            or not 0 <= token.head < len(view.tokens)
        ):
            continue
        described = []
        if token.relation == "acl":
            described = [token.head]
        elif token.relation == "advcl":  # the parser hangs it on its name's verb instead
            described = view.subjects(token.head)
        for position in described:
            mention = view.mention_at(position)
            if mention is not None:
                found.extend(view.token_indices(mention.start, mention.end))
    return found


def _found_guilty(view: SentenceView, anchors: list[int], words: DealWords) -> list[list[int]]:
    """The words of those a verdict coordinated with a verb anchor found guilty ("признала
    X, Y и Z виновными … и оштрафовала компании на …", "признало X виновным и назначило
    штраф"), when the anchor names no one of its own as its object: they are the ones the
    verb deals with."""
    found: list[list[int]] = []
    for anchor in anchors:
        if _names_object(view, anchor):
            continue
        verdict = _verdict_of(view, anchor, words)
        if verdict is None:
            continue
        # one role, however the parser split the list ("«Газпром нефть», X и Y" as objects)
        guilty = [
            position
            for child in view.children(verdict)
            if view.tokens[child].relation == "obj"
            for position in view.subtree(child)
        ]
        if guilty:
            found.append(guilty)
    return found


def _verdict_subject(view: SentenceView, anchors: list[int], words: DealWords) -> list[int]:
    """Who gave the verdict, for a coordinated verb anchor with no subject of its own: the
    parser may hang the second verb on a word of the first's phrase ("признало X виновным
    в сговоре и оштрафовало …"), where the coordination rule finds no subject."""
    found: list[int] = []
    for anchor in anchors:
        verdict = _verdict_of(view, anchor, words)
        if verdict is None or view.subjects(anchor):
            continue
        if view.tokens[view.tokens[anchor].head].pos == "VERB":
            continue  # the coordinated verb's own subject is found by `_conjunct_subject`
        found.extend(i for child in view.subjects(verdict) for i in view.subtree(child))
    return found


def _ruling_subject(view: SentenceView, anchors: list[int], words: DealWords) -> list[int]:
    """Who makes the ruling that carries the deal, when no anchor has a subject of its own:
    the subject of the verb whose object is the ruling noun an anchor hangs on ("ФАС
    приняла решение наложить штраф на X", "инспекция вынесла постановление о наложении
    штрафа"). Only a ruling made (`ruling_verbs`) counts: one upheld or quashed ("суд
    отменил решение ФАС") is someone else's; and only one that imposes (`ruled_words`)."""
    if any(view.subjects(anchor) for anchor in anchors):
        return []
    found: list[int] = []
    for anchor in anchors:
        # the ruling noun may hold the anchor through a word of imposing ("постановление
        # о наложении штрафа"): two steps up at most
        above = list(view.ancestors(anchor))[:2]
        ruling = next(
            (a for a in above
             if a not in anchors and view.tokens[a].lemma in words.ruling_nouns),
            None,
        )  # fmt: skip
        if ruling is None:
            continue
        # only a ruling that imposes ("решение наложить штраф"), not one that ends a deal
        # ("приняло решение расторгнуть контракт")
        ruled = [anchor, *above[: above.index(ruling)]]
        if not any(view.tokens[i].lemma in words.ruled_words for i in ruled):
            continue
        verb = view.tokens[ruling].head
        if (
            view.tokens[ruling].relation != "obj"
            or not 0 <= verb < len(view.tokens)
            or view.tokens[verb].lemma not in words.ruling_verbs
        ):
            continue
        found.extend(i for child in view.subjects(verb) for i in view.subtree(child))
    return found


def _verdict_of(view: SentenceView, anchor: int, words: DealWords) -> int | None:
    """The verdict verb a verb anchor is coordinated with: the nearest verb above it, when
    that verb finds someone guilty ("признало X виновным")."""
    token = view.tokens[anchor]
    if token.pos != "VERB" or token.relation != "conj":
        return None
    verb = next((a for a in view.ancestors(anchor) if view.tokens[a].pos == "VERB"), None)
    if verb is None or view.tokens[verb].lemma not in words.verdict_verbs:
        return None
    if not any(view.tokens[c].lemma in words.guilt_words for c in view.children(verb)):
        return None
    return verb


def _names_object(view: SentenceView, verb: int) -> bool:
    """Whether a verb's direct or indirect object holds a name."""
    return any(
        view.tokens[child].relation in {"obj", "iobj"}
        and view.mentions_in(view.subtree(child), PARTICIPANT_TYPES)
        for child in view.children(verb)
    )


def _acting_together(view: SentenceView, anchors: list[int], words: DealWords) -> list[int]:
    """The words of a name that acts with the subject ("PepsiCo вместе с Pepsi Bottling
    Group купила …"): a complement of a "together" word on the verb."""
    return [
        position
        for anchor in anchors
        for child in view.children(anchor)
        if view.tokens[child].lemma in words.together_words
        for grandchild in view.children(child)
        if view.tokens[grandchild].relation.startswith(("obl", "nmod"))
        for position in view.subtree(grandchild)
    ]


def _broken_governor(view: SentenceView, index: int) -> int | None:
    """The sentence's main verb when the parser hangs a noun trigger on a word that hangs on
    the trigger itself (a loop: "синдицированный кредит" each the other's head)."""
    head = view.tokens[index].head
    if not 0 <= head < len(view.tokens) or view.tokens[head].head != index:
        return None
    root = next((i for i, t in enumerate(view.tokens) if t.head < 0), None)
    return root if root is not None and view.tokens[root].pos == "VERB" else None
