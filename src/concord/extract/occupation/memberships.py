"""Membership of a board as a post: "X избран в совет директоров Y".

"X входит в состав правления Y", "в совет избраны X, Y и Z", "совет директоров, в который
вошли X": the post is "член <board>" (the board's words in the genitive) at the
organisation the board belongs to, named in the board's phrase, introduced before, or the
one whose electors chose the board.
"""

from __future__ import annotations

from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.occupation.reading import is_kin_noun, names_person, organisation_of_noun
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import is_position
from concord.extract.sentence_view import SentenceView


def memberships(
    view: SentenceView, person: Mention, root: int, words: OccupationWords
) -> list[Claim]:
    """ "X входит в состав правления Y", "X избран в совет директоров Y", "X вошёл в
    наблюдательный совет Y": the post "член <board>" at Y."""
    token = view.tokens[root]
    if (
        token.relation == "appos"
        and 0 <= token.head < len(view.tokens)
        and is_position(view.tokens[token.head].lemma, words.posts)
    ):
        token = view.tokens[token.head]  # "бывший министр X избран …"
    if (
        token.relation == "conj"
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].relation in {"nsubj", "nsubj:pass"}
        and (
            names_person(view, token.head)
            or is_position(view.tokens[token.head].lemma, words.posts)  # "министр X и Y"
        )
    ):
        token = view.tokens[token.head]  # "в совет избраны X, Y и Z": each one of the list
    verb = token.head
    if (
        not words.member_word
        or token.relation not in {"nsubj", "nsubj:pass"}
        or not 0 <= verb < len(view.tokens)
        or view.tokens[verb].lemma not in words.membership_verbs
    ):
        return []
    claims = []
    for child in view.children(verb):
        if (
            view.tokens[child].relation != "obl"
            or view.preposition(child) not in words.membership_prepositions
        ):
            continue
        body = child
        if (  # "совет директоров, в который вошли X и Y": the board the clause is on
            view.tokens[body].lemma in words.relative_pronouns
            and view.tokens[verb].relation == "acl:relcl"
        ):
            body = _board_before(view, body, view.tokens[verb].head, words)
        if view.tokens[body].lemma in words.membership_nouns:  # "в состав правления"
            body = next(
                (c for c in view.children(body) if view.tokens[c].lemma in words.governing_bodies),
                -1,
            )
        if body < 0 or view.tokens[body].lemma not in words.governing_bodies:
            continue
        claim = _membership(view, person, body, words, view.modality(verb))
        if claim is not None:
            claims.append(claim)
    return claims


def _membership(
    view: SentenceView, person: Mention, body: int, words: OccupationWords, modality: Modality
) -> Claim | None:
    """The board's words ("наблюдательный совет", "совет директоров") as a member's post,
    and the organisation the board is of."""
    subtree = view.subtree(body, skip=frozenset({"acl:relcl", "conj"}))  # its own words only
    named = [
        mention
        for index in subtree
        if (mention := view.mention_at(index)) is not None and mention.type == "ORG"
    ]
    board_start = view.tokens[body].start
    where = [m for m in named if m.start > board_start] or named
    if not where and (owner := _board_owner_meant(view, body, words)) is not None:
        where = [owner]  # "В совет директоров общества избраны X и Y" after "ОАО «Z»"
    if not where and view.tokens[body].relation == "obj":
        where = _electors_organisation(view, view.tokens[body].head)
    if not where:
        return None
    start = body
    while start > 0 and view.tokens[start - 1].pos == "ADJ" and view.tokens[start - 1].head == body:
        start -= 1
    end = body
    while (
        end + 1 < len(view.tokens)
        and view.mention_at(end + 1) is None
        and view.tokens[end + 1].head == body
        and view.tokens[end + 1].pos == "NOUN"
        and view.tokens[end + 1].feats.get("Case") == "Gen"
        and view.tokens[end + 1].feats.get("Number") == "Plur"
        and view.tokens[end + 1].lemma not in words.posts.organisation_nouns
    ):
        end += 1  # "совет директоров"
    board = [
        words.genitive(view.tokens[i].text) if i <= body else view.tokens[i].text.lower()
        for i in range(start, end + 1)
    ]
    span = view.span_of(list(range(start, end + 1)))
    arguments = [
        view.entity_argument("who", person),
        Argument("position", " ".join([words.member_word, *board]), span),
        view.entity_argument("where", where[0]),
    ]
    return view.claim("occupation", arguments, modality)


def _board_before(view: SentenceView, pronoun: int, head: int, words: OccupationWords) -> int:
    """The board "в который" stands for: the relative clause's head, or, when the parser
    hung the clause elsewhere, the board noun just before the pronoun (its own genitive
    words, "совет директоров", and the comma between)."""
    if view.tokens[head].lemma in words.governing_bodies:
        return head
    index = pronoun - 1
    while index >= 0 and view.tokens[index].pos in {"PUNCT", "ADP"}:
        index -= 1
    while index >= 0 and view.tokens[index].pos == "NOUN":
        if view.tokens[index].lemma in words.governing_bodies:
            return index
        if view.tokens[index].feats.get("Case") != "Gen":
            break
        index -= 1
    return head


def _electors_organisation(view: SentenceView, verb: int) -> list[Mention]:
    """ "Акционеры «X» избрали совет директоров": a board its electors choose is the board
    of the organisation its electors (the verb's subject) belong to."""
    return [
        mention
        for child in view.children(verb)
        if view.tokens[child].relation == "nsubj"
        for index in view.subtree(child)
        if index != child
        and (mention := view.mention_at(index)) is not None
        and mention.type == "ORG"
    ][:1]


def _board_owner_meant(view: SentenceView, body: int, words: OccupationWords) -> Mention | None:
    """The organisation a bare kin noun in a board's phrase stands for ("совет директоров
    общества", "правление банка"): the one the report named before as that kind; a
    described one ("нового банка") refers to none."""
    for child in view.subtree(body):
        token = view.tokens[child]
        lemma = token.lemma.lower()
        if (
            child == body
            or token.pos != "NOUN"
            or token.feats.get("Case") != "Gen"
            or view.mention_at(child) is not None
            or not is_kin_noun(view, lemma)
            or any(
                view.tokens[c].pos in {"ADJ", "PROPN", "NOUN"}
                and view.tokens[c].lemma.lower() not in words.legal_form_adjectives
                for c in view.children(child)
            )
        ):
            continue
        return organisation_of_noun(view, lemma, token.start)
    return None
