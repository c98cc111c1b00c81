"""Where a post is held, told by the body that appoints to it or removes from it.

"Совет директоров «Y» назначил X директором компании", "Депутаты думы Y избрали своим
председателем X", "Клуб «X» объявил о назначении тренера": when the post's own words name
no place, the organisation in the subject of the appointing (electing, announcing,
dismissing) verb is where the post is held — never when a person is that subject.
"""

from __future__ import annotations

from dataclasses import replace

from concord.claim import Claim, Mention
from concord.extract.occupation.words import OccupationWords
from concord.extract.sentence_view import SentenceView


def at_appointer(
    view: SentenceView, verb: int, claim: Claim, words: OccupationWords, announced: bool = False
) -> Claim:
    """A new post with no place named is held at the organisation whose body appoints to it
    (the last organisation in the appointing verb's subject, when no person is there), or
    that announces the appointment ("Клуб «X» объявил о назначении тренера")."""
    if not 0 <= verb < len(view.tokens) or not (
        announced or view.tokens[verb].lemma in words.appointing_verbs
    ):
        return claim
    appointer = _appointing_organisation(view, verb)
    if appointer is None:
        return claim
    return replace(claim, arguments=[*claim.arguments, view.entity_argument("where", appointer)])


def at_remover(view: SentenceView, post: int, claim: Claim, words: OccupationWords) -> Claim:
    """ "Совет директоров «Y» освободил от должности генерального директора X": a post with no
    place, the object of a verb by which an organisation's body appoints or removes, is held
    at that organisation (not when a person is the subject: "Губернатор уволил министра X")."""
    token = view.tokens[post]
    if (
        any(argument.role == "where" for argument in claim.arguments)
        or token.relation != "obj"
        or not 0 <= token.head < len(view.tokens)
        or view.tokens[token.head].lemma not in words.dismissing_verbs | words.appointing_verbs
    ):
        return claim
    remover = _appointing_organisation(view, token.head)
    if remover is None:
        return claim
    return replace(claim, arguments=[*claim.arguments, view.entity_argument("where", remover)])


def with_appointer_organisation(
    view: SentenceView, verb: int, claim: Claim, words: OccupationWords
) -> Claim:
    """ "Совет директоров «Росгидро» назначил X директором компании": a post held at an
    organisation named only by its generic noun is held at the organisation whose body
    appointed the person."""
    where = next((a for a in claim.arguments if a.role == "where"), None)
    if where is None or where.entity is not None or where.span is None:
        return claim
    indices = view.token_indices(where.span.start, where.span.end)
    if not indices or view.tokens[indices[0]].lemma not in words.posts.organisation_nouns:
        return claim
    appointer = _appointing_organisation(view, verb)
    if appointer is None:
        return claim  # "капитаном команды стал защитник клуба X": the team is no club
    arguments = [a for a in claim.arguments if a.role != "where"]
    return replace(claim, arguments=[*arguments, view.entity_argument("where", appointer)])


def electing_organisation(view: SentenceView, post: int) -> Mention | None:
    """The organisation in the subject of the verb a post with "свой" hangs on ("Депутаты
    думы Y избрали своим спикером X": the duma): whose own post it is."""
    verb = view.tokens[post].head
    if not 0 <= verb < len(view.tokens) or view.tokens[verb].pos not in {"VERB", "AUX"}:
        return None
    return _appointing_organisation(view, verb)


def _appointing_organisation(view: SentenceView, verb: int) -> Mention | None:
    """The last organisation in the appointing verb's subject ("Совет директоров «X»"),
    when no person is named there. An infinitive with no subject of its own takes its
    governing verb's ("Руководство «X» решило уволить …", "… приняло решение уволить …")."""
    verb = _verb_with_subject(view, verb)
    subject = [
        view.mention_at(index)
        for child in view.children(verb)
        if view.tokens[child].relation == "nsubj"
        for index in view.subtree(child)
    ]
    if any(m is not None and m.type == "PER" for m in subject):
        return None
    return next((m for m in reversed(subject) if m is not None and m.type == "ORG"), None)


def _verb_with_subject(view: SentenceView, verb: int) -> int:
    """The verb whose subject a subjectless infinitive shares: climb an xcomp, or an acl
    of the governing verb's object noun ("принять решение уволить"), at most twice."""
    for _ in range(2):
        token = view.tokens[verb]
        if token.feats.get("VerbForm") != "Inf" or view.subjects(verb):
            return verb
        head = token.head
        if token.relation == "xcomp" and 0 <= head < len(view.tokens):
            verb = head
        elif (
            token.relation in {"acl", "nmod"}
            and 0 <= head < len(view.tokens)
            and view.tokens[head].relation == "obj"
            and 0 <= view.tokens[head].head < len(view.tokens)
        ):
            verb = view.tokens[head].head
        else:
            return verb
    return verb
