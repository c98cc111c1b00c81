"""One sentence's documents, read in a fixed order, one claim per paper.

For each word that names a document (`triggers.document_named`): its kind and whether it
is an earlier one, its subject, the parties its phrase names; documents only spoken of are
dropped (`filters.only_spoken_of`). Then whether it was signed (`signing`), the sides its
sentence names (`sides`), its dates, term and place (`roles`), its modality
(`modality`). A bare mention with nothing known of it is dropped. With `look_back`, a
document without sides takes them from common nouns (`common_nouns`), from the same kind
of document claimed in the sentences before (`_carried_over`), or from the next
sentence's reference word (`_signed_next`). A document restating one claimed earlier in
the sentence adds nothing; one named twice adds its roles to the first claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.agreement.common_nouns import package_signing, partners_meant, signers_by_noun
from concord.extract.agreement.filters import named_again, only_spoken_of
from concord.extract.agreement.modality import document_modality, ending_word, talks_word
from concord.extract.agreement.reading import (
    INTRODUCED_LOOK_BACK,
    LOOK_BACK,
    governors,
    sentence_after,
    sentences_before,
)
from concord.extract.agreement.roles import (
    earlier_marks,
    horizon_of,
    place_argument,
    subject_argument,
    time_arguments,
)
from concord.extract.agreement.sides import (
    ending_parties,
    holders_of,
    phrase_parties,
    preparers_of,
    signers_named,
)
from concord.extract.agreement.signing import (
    in_force,
    signed_already,
    signed_by_own_participle,
    signed_in_clause,
    signed_nearby,
    signing_context,
    signing_word_near,
)
from concord.extract.agreement.terms import bound_by, cites_content, states_terms, under_terms
from concord.extract.agreement.triggers import document_named
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView

_SIGNING_ROLES = frozenset({"parties", "signatories"})


def extract(view: SentenceView, words: AgreementWords) -> list[Claim]:
    return _claims(view, words, look_back=True)


@dataclass(frozen=True)
class _Read:
    """One document as read: its arguments and modality, and whether its terms are cited
    or it is in force (a restatement of a document named before when nothing signs it)."""

    arguments: list[Argument]
    modality: Modality
    cited: bool


def _claims(view: SentenceView, words: AgreementWords, look_back: bool) -> list[Claim]:
    """The sentence's documents, also one referred to by a word ("документ"); with
    `look_back`, parties and signatories carried over from the sentences around."""
    claims: list[Claim] = []
    claimed: list[int] = []  # the document nouns of the claims so far
    for index in range(len(view.tokens)):
        found = document_named(view, index, words)
        if found is None:
            continue
        read = _read(view, index, found, words, look_back)
        if read is None or _restates_earlier(view, index, found[0], read, claims, words):
            continue
        again = named_again(view, index, claimed, words)
        if again is not None:  # one paper named twice: its claim gains what this names
            first = claims[again]
            known = {(a.role, a.value) for a in first.arguments}
            added = [a for a in read.arguments if (a.role, a.value) not in known]
            claims[again] = view.claim("agreement", [*first.arguments, *added], first.modality)
            continue
        claimed.append(index)
        claims.append(view.claim("agreement", read.arguments, read.modality))
    return claims


def _read(
    view: SentenceView,
    index: int,
    found: tuple[str, list[int]],
    words: AgreementWords,
    look_back: bool,
) -> _Read | None:
    """Everything the sentence (and, with `look_back`, the ones around) says of one
    document; None when it is only spoken of or nothing is known of it."""
    kind, kind_indices = found
    phrase = [i for i in view.subtree(index) if i > index]
    arguments = [Argument("kind", kind, view.span_of(kind_indices))]
    earlier = earlier_marks(view, kind_indices, words)
    if earlier:  # "Предыдущая Дорожная карта": another document than the new one
        arguments.append(Argument("status", "earlier", view.span_of(earlier)))
    horizon = horizon_of(view, index)
    # agreement29: "на 2027 год" bounds the subject and gives `valid_until`, but alone
    # keeps no bare mention (the checks below read the "до YEAR" horizon only)
    period = horizon_of(view, index, words)
    subject = subject_argument(view, index, phrase, period, words)
    if subject is not None:
        arguments.append(subject)
    arguments += phrase_parties(view, index, phrase, words)
    if only_spoken_of(view, index, words):
        return None
    signed_before, context_date = signing_context(view, words)
    in_package, package_signers = package_signing(view, words) if look_back else (False, [])
    own_signing = (
        signed_nearby(view, index, words)
        or signed_already(view, index, words)
        or signed_in_clause(view, index, words)
    )
    signed = own_signing or signed_before or in_package
    dated, date_before = signed, context_date
    ending = ending_word(view, index, words)
    if ending is not None:  # a concluded document suspended or left: its subject a party
        signed = True
        arguments += ending_parties(view, ending)
        # agreement26: "было прекращено 28 августа", "Ранее X прекратила действие
        # соглашения" after another one's signing: the day is the end's, not a signing's
        dated, date_before = own_signing, None
    arguments += signers_named(view, index, words, arguments)
    arguments += time_arguments(view, words, dated, date_before, period)
    place = place_argument(view, index, phrase, words)
    if place is not None:
        arguments.append(place)
    stated = states_terms(view, index, words)  # "Документ предусматривает …"
    terms = under_terms(view, index, words) or stated
    modality, preparing = document_modality(view, index, words, ending, terms)
    if (
        modality == Modality.PLANNED
        and look_back
        and _talks_before_signing(view, index, kind, words)
    ):
        return None  # the talks that led to a signing the report gave before
    if preparing:
        preparers, unnamed = preparers_of(view, index, words)
        if unnamed and not preparers and not any(a.role == "parties" for a in arguments):
            return None  # "пишут, что металлурги готовят соглашение": nobody named prepares it
        arguments.extend(view.entity_argument("parties", m) for m in preparers)
    bound = bound_by(view, index, words) or cites_content(view, index, words)
    if (
        modality == Modality.FACT
        and not signed
        and not horizon
        and len(arguments) < 3
        and not in_force(view, index, words)
        and not bound
        and not (terms and look_back)
    ):
        return None  # a bare mention of "соглашение" with nothing known about it
    if (
        modality == Modality.NEGATED
        and ending is None
        and not (signed or bound or terms or in_force(view, index, words))
        and view.tokens[index].relation.startswith("nsubj")
    ):
        return None  # "Протокол не является шагом вперёд": said of the document, not its end
    if look_back and not _signed_by(arguments):
        # a report restates its document paragraphs later; an earlier one only nearby
        back = LOOK_BACK if earlier else INTRODUCED_LOOK_BACK
        arguments += _signers_around(view, index, kind, words, back, package_signers)
        if (terms or bound) and not signed:
            arguments.extend(holders_of(view, index, words))
        if (
            terms
            and not signed
            # "Дорожная карта рассчитана до 2030 года": the document's own term
            and not (horizon and stated)
            and not bound  # "следят за выполнением пунктов соглашения": in force
            and not _signed_by(arguments)
            and not _claimed_before(view, kind, words)
        ):
            return None  # terms of a document no sentence before signs: nothing to attach to
    return _Read(arguments, modality, terms or bound)


def _talks_before_signing(view: SentenceView, index: int, kind: str, words: AgreementWords) -> bool:
    """ "Неймар подписал новый контракт … Клуб и агент вели переговоры о новом соглашении":
    talks told in the past on a document of the kind the sentences just before report
    signed are the talks that led to that signing, not a new document to come. Talks aimed
    at a signing named between them and the document ("начали переговоры о заключении
    соглашения") look ahead to one of their own."""
    talks = talks_word(view, index, words)
    if talks is None or view.tokens[index].head != talks:
        return False
    verb = next(
        (i for i in [talks, *governors(view, talks, 2)] if view.tokens[i].pos == "VERB"), None
    )
    if verb is None or view.tokens[verb].feats.get("Tense") != "Past":
        return False
    same = {kind} | (words.interchangeable_kinds if kind in words.interchangeable_kinds else set())
    return any(
        claim.modality == Modality.FACT and bool(set(claim.values("kind")) & same)
        for earlier in sentences_before(view, LOOK_BACK)
        for claim in _claims(earlier, words, look_back=False)
    )


def _claimed_before(view: SentenceView, kind: str, words: AgreementWords) -> bool:
    """agreement27: "Власти заключили соглашение … . План затрагивает … . Соглашение
    предусматривает …": the terms of a document belong to the one of its kind a sentence of
    the `LOOK_BACK` before reports signed or in force, though that report named no signer
    and another sentence stands between (`signing_context` reads only the one before)."""
    same = {kind} | (words.interchangeable_kinds if kind in words.interchangeable_kinds else set())
    return any(
        claim.modality == Modality.FACT and bool(set(claim.values("kind")) & same)
        for earlier in sentences_before(view, LOOK_BACK)
        for claim in _claims(earlier, words, look_back=False)
    )


def _signed_by(arguments: list[Argument]) -> bool:
    return any(a.role in _SIGNING_ROLES for a in arguments)


def _signers_around(
    view: SentenceView,
    index: int,
    kind: str,
    words: AgreementWords,
    back: int,
    package_signers: list[Mention],
) -> list[Argument]:
    """Sides for a document its sentence names none of: the organisations common nouns
    stand for, a package's signers, else the same document's sides in the sentences
    before or after."""
    signers = signers_by_noun(view, index, words)
    signers += [m for m in partners_meant(view, index, words) if m not in signers]
    signers = signers or package_signers  # a document listed from a signed package
    if signers:
        return [view.entity_argument("parties", m) for m in signers]
    return _carried_over(view, kind, words, back) or _signed_next(view, kind, words)


def _restates_earlier(
    view: SentenceView,
    index: int,
    kind: str,
    read: _Read,
    claims: list[Claim],
    words: AgreementWords,
) -> bool:
    """ "нарушила договор, … запрещённую договором", "контракт продлён, … прописанные в
    соглашении пункты": the same document again, under its kind or another, with nothing
    but its kind, or its terms cited and no signing word of its own."""
    same = {kind} | (words.interchangeable_kinds if kind in words.interchangeable_kinds else set())
    restating = len(read.arguments) == 1 or (
        read.cited and not signing_word_near(view, index, words)
    )
    earlier_same = [c for c in claims if set(c.values("kind")) & same]
    return (
        restating
        and bool(earlier_same)
        # "один контракт будет подписан …, в уже подписанных контрактах …": a document
        # its own participle calls signed is not the one the sentence plans
        and not (
            signed_by_own_participle(view, index, words)
            and all(c.modality == Modality.PLANNED for c in earlier_same)
        )
    )


def _carried_over(
    view: SentenceView, kind: str, words: AgreementWords, sentences_back: int
) -> list[Argument]:
    """A document restated in a later sentence ("Соглашение определяет порядок …") is
    signed by the parties and signatories of the same kind of document claimed in the
    `sentences_back` sentences before."""
    for earlier in reversed(sentences_before(view, sentences_back)):
        for claim in reversed(_claims(earlier, words, look_back=False)):
            earlier_kind = claim.values("kind")
            if earlier_kind != [kind] and not (
                {kind, *earlier_kind} <= words.interchangeable_kinds
            ):
                continue
            signing = [a for a in claim.arguments if a.role in _SIGNING_ROLES]
            if signing:
                return signing
    return []


def _signed_next(view: SentenceView, kind: str, words: AgreementWords) -> list[Argument]:
    """ "Подписано соглашение о … . Документ подписали X и Y": the signers the next
    sentence gives the document by a reference word."""
    following = sentence_after(view)
    if following is None:
        return []
    for claim in _claims(following, words, look_back=False):
        kind_span = next((a.span for a in claim.arguments if a.role == "kind"), None)
        referred = kind_span is not None and any(
            following.tokens[i].lemma in words.reference_nouns
            for i in following.token_indices(kind_span.start, kind_span.end)
        )
        if referred and claim.values("kind") == [kind]:
            return [a for a in claim.arguments if a.role in _SIGNING_ROLES]
    return []
