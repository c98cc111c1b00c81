"""A place of work with no post: "X работает в Y", "X возглавил Y".

Verbs of working and of heading, in the name's own clause, a relative clause on it
("X, который работает в Y") or a participle ("X, возглавлявший Y"), give the person a
claim with a place and no position, unless a post already places them there; so does
a passive participle's agent ("партия, возглавляемая X"). A place a relative clause
gives also goes to the person's posts that have none.
"""

from __future__ import annotations

from dataclasses import replace

from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.occupation.former import marked_former, verb_said_former
from concord.extract.occupation.reading import (
    is_kin_noun,
    mention_root,
    names_person,
    organisation_of_noun,
)
from concord.extract.occupation.verbs import verb_modality
from concord.extract.occupation.words import OccupationWords
from concord.extract.sentence_view import SentenceView


def places_of_work(
    view: SentenceView, claims: list[Claim], words: OccupationWords
) -> list[Claim]:
    """"работает в Y" for each person, unless a post already places them at Y. A post of
    theirs with no place of its own is held at the place a relative clause on them gives
    ("X, бывший астронавт, который работает в НАСА")."""
    found: list[Claim] = []
    for person in view.mentions:
        if person.type != "PER":
            continue
        places: list[Argument] = []
        root = mention_root(view, person)
        roots = [root] + [
            c for c in view.children(root) if view.tokens[c].relation == "appos"
        ]  # "X, бывший инженер, который работает в Y"
        for anchor in roots:
            for claim, relative in works_at(view, anchor, person, words):
                if relative:
                    places.extend(a for a in claim.arguments if a.role == "where")
                if _placed_post_of_verb(view, claims, claim, words):
                    continue  # "работал в компании Y инженером": the engineer's place
                where = set(claim.values("where"))
                if not any(
                    set(other.values("who")) == set(claim.values("who"))
                    and where & set(other.values("where"))
                    for other in claims + found
                ):
                    found.append(claim)
        if places:
            _place_posts(claims, view.entity_argument("who", person).value, places[0])
    return found


def _placed_post_of_verb(
    view: SentenceView, claims: list[Claim], place_claim: Claim, words: OccupationWords
) -> bool:
    """ "X работал в компании Y инженером": the post a verb of working gives in the
    instrumental is held at the place the same verb gives, when the post names none of its
    own; the holder's post claim takes the place (in `claims`), and True is returned."""
    holder = set(place_claim.values("who"))
    where = next((a for a in place_claim.arguments if a.role == "where"), None)
    if where is None or where.span is None:
        return False
    place_tokens = view.token_indices(where.span.start, where.span.end)
    if not place_tokens:
        return False  # a place named in another sentence
    place_token = place_tokens[0]
    for index, claim in enumerate(claims):
        post = next((a for a in claim.arguments if a.role == "position"), None)
        if post is None or post.span is None or claim.values("where"):
            continue
        if not holder & set(claim.values("who")):
            continue
        verb = _governing_work_verb(view, view.token_indices(post.span.start, post.span.end), words)
        if verb is not None and verb in view.ancestors(place_token):
            claims[index] = replace(claim, arguments=[*claim.arguments, where])
            return True
    return False


def _governing_work_verb(
    view: SentenceView, post_tokens: list[int], words: OccupationWords
) -> int | None:
    """The verb of working the post phrase hangs on as its predicate in the instrumental
    ("работал … инженером"; not "Министр X работал в Y", where the post is the subject's
    apposition), if any."""
    for index in post_tokens:
        head = view.tokens[index].head
        if head not in post_tokens and 0 <= head < len(view.tokens):
            working = view.tokens[head].lemma in words.work_verbs
            return head if working and view.tokens[index].feats.get("Case") == "Ins" else None
    return None


def _place_posts(claims: list[Claim], holder: str, place: Argument) -> None:
    """Give the holder's posts that have no place of work this one."""
    for index, claim in enumerate(claims):
        if (
            holder in claim.values("who")
            and claim.values("position")
            and not claim.values("where")
        ):
            claims[index] = replace(claim, arguments=[*claim.arguments, place])


def works_at(
    view: SentenceView, root: int, who: Mention, words: OccupationWords
) -> list[tuple[Claim, bool]]:
    """"X работает в Y", "X, который работает в Y", "X возглавил Y", "X, возглавлявший Y":
    a place of work without a post, and whether a relative clause told it."""
    claims = []
    for verb, token in enumerate(view.tokens):
        if token.lemma not in words.work_verbs | words.head_verbs:
            continue
        led = _headed_by(view, verb, root, words)
        if led is not None:  # "партия, возглавляемая X": X heads the party
            arguments = [view.entity_argument("who", who), view.entity_argument("where", led)]
            claims.append((view.claim("occupation", arguments, Modality.FACT), False))
            continue
        clause = _clause_of(view, verb)
        subjects = view.subjects(clause)
        participle = token.feats.get("VerbForm") == "Part" and clause == verb
        own = any(root in view.subtree(c) for c in subjects) or (
            participle and token.head in _post_of_name(view, root)  # "X, ранее возглавлявший Y"
        )
        relative = (
            view.tokens[clause].relation == "acl:relcl"
            and view.tokens[clause].head == root
            and any(view.tokens[c].lemma in words.relative_pronouns for c in subjects)
        )
        if not (own or relative):
            continue
        gender, holder_gender = token.feats.get("Gender"), view.tokens[root].feats.get("Gender")
        if participle and gender and holder_gender and gender != holder_gender:
            continue  # "X, руководивший A, и Y, возглавлявшую B": B is not X's
        cut_off = _object_cut_off(view, verb, participle, words)
        for child in view.children(verb) + cut_off:
            mention = _organisation_named(view, child, words)
            relation = view.tokens[child].relation
            headed = child in cut_off or (
                token.lemma in words.head_verbs and relation in {"obj", "obl"}
                and not view.preposition(child)
            )
            if mention is not None and (
                headed or (relation == "obl" and view.preposition(child) in words.work_prepositions)
            ):
                claim = view.claim(
                    "occupation",
                    [view.entity_argument("who", who), view.entity_argument("where", mention)],
                    Modality.FACT if participle else verb_modality(view, verb, words),
                )  # "X, ранее возглавлявший Y": the place of work is a former one
                claims.append((marked_former(view, claim, verb_said_former(view, verb, words)), relative))
    return claims


def _headed_by(
    view: SentenceView, verb: int, root: int, words: OccupationWords
) -> Mention | None:
    """ "Народная партия, возглавляемая X": a head verb's passive participle describes the
    organisation headed, and its agent (the name at `root`) is the one who heads it."""
    token = view.tokens[verb]
    if (
        token.lemma not in words.head_verbs
        or token.feats.get("VerbForm") != "Part"
        or token.feats.get("Voice") != "Pass"
        or not 0 <= token.head < len(view.tokens)
        or not any(
            view.tokens[child].relation in words.agent_relations
            and root in view.subtree(child)
            for child in view.children(verb)
        )
    ):
        return None
    return _organisation_named(view, token.head, words)


def _post_of_name(view: SentenceView, root: int) -> set[int]:
    """The name's root and, when the name stands by a post ("бывший глава A X, возглавивший
    Y"), that post's noun, which the parser may take a participle on the name to hang on."""
    head = view.tokens[root].head
    if view.tokens[root].relation == "appos" and 0 <= head < len(view.tokens):
        return {root, head}
    return {root}


def _object_cut_off(
    view: SentenceView, verb: int, participle: bool, words: OccupationWords
) -> list[int]:
    """ "X, возглавлявший с 2005 года Арбитражный суд …": a head verb's participle with no
    object of its own and an organisation after it, before the next comma, that the parser
    hung elsewhere (as the sentence's subject): the organisation is the participle's object."""
    if not participle or view.tokens[verb].lemma not in words.head_verbs or any(
        view.tokens[c].relation == "obj" and not names_person(view, c)
        for c in view.children(verb)
    ):  # (a name as its "object" is the parser tying the participle back to its holder)
        return []
    for index in range(verb + 1, len(view.tokens)):
        token = view.tokens[index]
        if token.pos == "PUNCT" and token.text not in words.name_punctuation:
            return []
        mention = view.mention_at(index)
        if mention is not None and mention.type == "ORG":
            first = view.token_indices(mention.start, mention.end)[0]
            inside = view.subtree(verb)
            between = [i for i in range(verb + 1, first) if view.tokens[i].pos != "PUNCT"]
            # only the participle's own words or an oblique phrase (a date: "с 2005 года", an
            # adverb) stand before it, no noun that could be the object itself
            return [index] if all(
                i in inside
                or view.tokens[i].pos in {"ADP", "NUM", "ADV"} or view.tokens[i].text.isdigit()
                or (view.tokens[i].pos in {"NOUN", "ADJ"}
                    and view.tokens[i].feats.get("Case") in {"Gen", "Loc", "Ins", "Dat"})
                for i in between
            ) else []  # fmt: skip
    return []


def _clause_of(view: SentenceView, verb: int) -> int:
    """The verb whose subject is this one's: "продолжает работать в Y", "работал министром,
    а позже возглавил Y" (the first of joined verbs, unless this one has its own)."""
    clause = verb
    seen = {verb}
    while view.tokens[clause].relation in {"xcomp", "conj"}:
        if view.tokens[clause].relation == "conj" and view.subjects(clause):
            break
        head = view.tokens[clause].head
        if not 0 <= head < len(view.tokens) or head in seen:
            break
        seen.add(head)
        clause = head
    return clause


_NAMING_RELATIONS = frozenset({"appos", "flat", "flat:name", "nmod"})


def _named_in_genitives(view: SentenceView, index: int) -> Mention | None:
    """The name after a generic noun ("компанией «Ромашка»"), or the organisation a unit
    belongs to, named down its chain of genitives ("управление контроля ТЭК ФАС России": a
    unit's head works at the body it is part of); the nearest one."""
    seen, layer = {index}, [index]
    while layer:
        following = []
        for word in layer:
            for child in view.children(word):
                if child in seen or view.tokens[child].relation not in _NAMING_RELATIONS:
                    continue
                if (
                    word != index
                    and view.tokens[child].relation == "nmod"
                    and not _plain_genitive(view, child)
                ):
                    continue  # "проект моста для компании Y": not the unit's body
                mention = view.mention_at(child)
                if mention is not None:
                    return mention
                seen.add(child)
                following.append(child)
        layer = following
    return None


def _plain_genitive(view: SentenceView, index: int) -> bool:
    return view.tokens[index].feats.get("Case") == "Gen" and not view.preposition(index)


def _organisation_named(view: SentenceView, index: int, words: OccupationWords) -> Mention | None:
    """The organisation a word names: its own mention, or the name after its generic noun
    ("компанией «Ромашка»")."""
    mention = view.mention_at(index)
    if mention is None and view.tokens[index].lemma in words.posts.organisation_nouns:
        mention = _named_in_genitives(view, index)
    if mention is None and not any(  # "Вуз возглавил X": the university the report named
        view.tokens[child].pos in {"ADJ", "PROPN", "NOUN"} for child in view.children(index)
    ):  # ("нового вуза", "вуз в Томске" describe one, not refer back)
        lemma = view.tokens[index].lemma.lower()
        if (
            view.tokens[index].pos == "NOUN"
            and lemma not in words.unplaced_headed_nouns
            and is_kin_noun(view, lemma)
        ):
            mention = organisation_of_noun(view, lemma, view.tokens[index].start)
    return mention if mention is not None and mention.type == "ORG" else None
