"""TODO."""

from __future__ import annotations

from concord.claim import Argument, Claim, Modality
from concord.extract.agreement.filters import (
    attached,
    contested,
    is_title,
    named_again,
    named_in_another,
    only_reached,
    restated,
)
from concord.extract.agreement.modality import (
    ending_clause,
    ending_word,
    future_auxiliary,
    prepared,
    supposed,
    talked_over,
)
from concord.extract.agreement.reading import (
    INTRODUCED_LOOK_BACK,
    LOOK_BACK,
    is_party,
    kind_of,
    signs,
)
from concord.extract.agreement.references import pronoun_document, referred_document, signed_paper
from concord.extract.agreement.roles import term_of
from concord.extract.agreement.sides import (
    bare_signers,
    holders_of,
    named_as_party,
    package_signing,
    partners_meant,
    preparers_of,
    signers_by_noun,
)
from concord.extract.agreement.signing import (
    acts,
    coordinated_signing,
    in_force,
    signed_already,
    signed_by_own_participle,
    signed_in_clause,
    signed_nearby,
    signing_context,
)
from concord.extract.agreement.terms import bound_by, cites_content, states_terms, under_terms
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView


def _carried_over(
    view: SentenceView, kind: str, words: AgreementWords, sentences_back: int
) -> list[Argument]:
    """A document restated in a later sentence ("Соглашение определяет порядок …") is
    signed by the parties and signatories of the same kind of document claimed in the
    `sentences_back` sentences before."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    for sentence in reversed(sentences[max(0, position - sentences_back) : position]):
        earlier = SentenceView.build(view.document, sentence, view.words)
        for claim in reversed(_claims(earlier, words, look_back=False)):
            earlier_kind = claim.values("kind")
            if earlier_kind != [kind] and not (
                {kind, *earlier_kind} <= words.interchangeable_kinds
            ):
                continue
            signing = [a for a in claim.arguments if a.role in {"parties", "signatories"}]
            if signing:
                return signing
    return []


def _signed_next(view: SentenceView, kind: str, words: AgreementWords) -> list[Argument]:
    """ "Подписано соглашение о … . Документ подписали X и Y": the signers the next
    sentence gives the document by a reference word."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position + 1 >= len(sentences):
        return []
    following = SentenceView.build(view.document, sentences[position + 1], view.words)
    for claim in _claims(following, words, look_back=False):
        kind_span = next((a.span for a in claim.arguments if a.role == "kind"), None)
        referred = kind_span is not None and any(
            following.tokens[i].lemma in words.reference_nouns
            for i in following.token_indices(kind_span.start, kind_span.end)
        )
        if referred and claim.values("kind") == [kind]:
            return [a for a in claim.arguments if a.role in {"parties", "signatories"}]
    return []


def extract(view: SentenceView, words: AgreementWords) -> list[Claim]:
    return _claims(view, words, look_back=True)


def _claims(view: SentenceView, words: AgreementWords, look_back: bool) -> list[Claim]:
    """The sentence's documents, also one referred to by a word ("документ"); with
    `look_back`, parties and signatories carried over from the sentences around."""
    claims: list[Claim] = []
    claimed: list[int] = []  # the document nouns of the claims so far
    for index in range(len(view.tokens)):
        found = kind_of(view, index, words)
        if not found and view.tokens[index].lemma in words.reference_nouns:
            found = referred_document(view, index, words)
        elif not found and view.tokens[index].lemma in words.document_pronouns:
            found = pronoun_document(view, index, words)
        elif not found and signed_paper(view, index, words):
            found = view.tokens[index].lemma, [index]
        if not found or attached(view, index, words) or named_in_another(view, index, words):
            continue
        kind, kind_indices = found
        if is_title(view, kind_indices, words) or restated(view, index, words):
            continue
        phrase = [i for i in view.subtree(index) if i > index]
        arguments = [Argument("kind", kind, view.span_of(kind_indices))]
        earlier = [
            child
            for child in view.children(kind_indices[-1])
            if view.tokens[child].lemma in words.earlier_words and child < kind_indices[0]
        ]
        if earlier:  # "Предыдущая Дорожная карта": another document than the new one
            arguments.append(Argument("status", "earlier", view.span_of(earlier)))
        subject = [i for i in phrase if view.tokens[i].pos != "PUNCT"]
        horizon = next(
            (d for d in view.dates if d.relation == "until" and d.start > view.tokens[index].start),
            None,
        )
        holders = {index} | {
            c for c in view.children(index) if view.tokens[c].lemma in words.kind_complements
        }  # "memorandum of understanding on …"
        heads = [
            i
            for i in subject
            if view.tokens[i].head in holders and view.preposition(i) in words.subject_prepositions
        ]
        verb = view.tokens[index].head
        if (
            not heads
            and 0 <= verb < len(view.tokens)
            and view.tokens[verb].lemma in words.sign_verbs
        ):
            heads = [  # "signed a memorandum with X on Y": the parser hangs "on Y" on the verb
                c
                for c in view.children(verb)
                if c > index
                and view.tokens[c].relation in words.verb_subject_relations
                and view.preposition(c) in words.subject_prepositions
            ]
        if heads:
            extent = [
                i
                for i in view.subtree(heads[0])
                if view.mention_at(i) is None
                and not (horizon and view.tokens[i].start >= horizon.start)
            ]
            extent = [i for i in extent if i > index]  # what follows the document noun
            subject_tokens = [view.tokens[i] for i in extent]
            while subject_tokens and subject_tokens[-1].pos in {"PUNCT", "ADP", "CCONJ"}:
                subject_tokens.pop()
            if subject_tokens:
                span = view.span_of([view.tokens.index(w) for w in subject_tokens])
                arguments.append(Argument("subject", span.text, span))
        for mention in view.mentions_in(phrase):
            if is_party(mention) and named_as_party(view, mention, index, words):
                arguments.append(view.entity_argument("parties", mention))
        if (
            contested(view, index, words)
            or only_reached(view, index, words)
            # a condition on observing a document presupposes it ("если Баку не вернётся к
            # выполнению соглашения"); one on signing or ending it only supposes it
            or (supposed(view, index, words) and not bound_by(view, index, words))
        ):
            continue
        signed = signed_nearby(view, index, words)
        signed_before, context_date = signing_context(view, words)
        in_package, package_signers = (
            package_signing(view, words) if look_back else (False, [])
        )
        signed = (
            signed or signed_before or in_package or signed_already(view, index, words)
            or signed_in_clause(view, index, words)
        )  # fmt: skip
        ending = ending_word(view, index, words)
        if ending is not None:  # a concluded document suspended or left: its subject a party
            signed = True
            for child in view.children(ending_clause(view, ending)):
                if view.tokens[child].relation.startswith("nsubj"):
                    arguments.extend(
                        view.entity_argument("parties", m)
                        for m in view.mentions_in(view.subtree(child))
                        if is_party(m)
                    )
        for child in coordinated_signing(view, index, words):
            for signer_index in view.children(child):
                # the parser, finding the document held already, may take the signers
                # after the verb ("… подписали Минск и Вильнюс") for its object
                if view.tokens[signer_index].relation.startswith("nsubj") or (
                    view.tokens[signer_index].relation == "obj"
                ):
                    for signer in view.mentions_in(view.subtree(signer_index)):
                        role = "signatories" if signer.type == "PER" else "parties"
                        if role == "signatories" or is_party(signer):
                            arguments.append(view.entity_argument(role, signer))
        for child in range(len(view.tokens)):
            if signs(view, child, words) and index in view.subtree(child):
                for party in view.children(child):
                    if (
                        view.tokens[party].relation in {"obl", "nmod"}
                        and view.preposition(party) in words.party_prepositions
                    ):
                        arguments.extend(
                            view.entity_argument("parties", m)
                            for m in view.mentions_in(view.subtree(party))
                            if is_party(m)
                        )
                for including in view.children(child):
                    if view.preposition(including) in words.including_prepositions:
                        arguments.extend(
                            view.entity_argument("parties", m)
                            for m in view.mentions_in(view.subtree(including))
                            if is_party(m)
                        )
                if not any(view.tokens[c].relation.startswith("nsubj") for c in view.children(child)):
                    arguments.extend(bare_signers(view, child))
                approver = view.tokens[child].lemma in words.approving_words and any(
                    a.role == "parties" for a in arguments
                )  # "Госдума ратифицировала соглашение между X и Y": Госдума approves
                for subject_index in view.children(child):
                    relation = view.tokens[subject_index].relation
                    # a passive's subject is the document itself ("Подписан контракт с X")
                    if approver:
                        break
                    if relation.startswith("nsubj") and index not in view.subtree(subject_index):
                        for signer in view.mentions_in(view.subtree(subject_index)):
                            role = "signatories" if signer.type == "PER" else "parties"
                            if role == "signatories" or is_party(signer):
                                arguments.append(view.entity_argument(role, signer))
        on_date = next((d for d in view.dates if d.relation == "on"), None) or context_date
        if on_date and signed:
            arguments.append(view.date_argument("signed_on", on_date))
        if horizon:
            arguments.append(view.date_argument("valid_until", horizon))
        term = term_of(view, words)
        if term:
            span = view.span_of(term)
            arguments.append(Argument("valid_for", span.text, span))
        clause = [index]  # the document's governors up to the verb that holds it
        for governor in view.ancestors(index):
            clause.append(governor)
            if view.tokens[governor].pos == "VERB":
                break
        for mention in view.mentions:
            last = view.token_indices(mention.start, mention.end)[-1]
            if (
                mention.type in {"LOC", "LOCORG"}
                and view.tokens[last].head in clause
                and view.preposition(last) in words.place_prepositions
                and (view.in_case(last, "Loc") and last not in phrase)
            ):
                arguments.append(view.entity_argument("place", mention))
                break
        modality = Modality.NEGATED if ending is not None else view.modality(index)
        if modality == Modality.FACT and future_auxiliary(view, index):
            modality = Modality.PLANNED
        stated = states_terms(view, index, words)  # "Документ предусматривает …"
        terms = under_terms(view, index, words) or stated
        holder = view.tokens[index].head
        if modality == Modality.FACT and (
            talked_over(view, index, words)
            or (0 <= holder < len(view.tokens) and view.tokens[holder].lemma in words.modal_verbs)
        ):
            modality = Modality.PLANNED
        elif modality == Modality.FACT and prepared(view, index, words):
            preparers, unnamed = preparers_of(view, index, words)
            if unnamed and not preparers and not any(a.role == "parties" for a in arguments):
                continue  # "пишут, что металлурги готовят соглашение": nobody named prepares it
            arguments.extend(view.entity_argument("parties", m) for m in preparers)
            modality = Modality.PLANNED
        elif modality == Modality.PLANNED and (
            terms
            or bound_by(view, index, words)  # "стороны будут соблюдать договор": in force
            or signed_already(view, index, words)
            # "Документ вступит в силу": the document named before is signed already
            or (view.tokens[index].lemma in words.reference_nouns and in_force(view, index, words))
            or acts(view, index, words)  # "соглашения будут действовать и после выборов"
        ):
            modality = Modality.FACT
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
            continue  # a bare mention of "соглашение" with nothing known about it
        if (
            modality == Modality.NEGATED
            and ending is None
            and not (signed or bound or terms or in_force(view, index, words))
            and view.tokens[index].relation.startswith("nsubj")
        ):
            continue  # "Протокол не является шагом вперёд": said of the document, not its end
        if look_back and not any(a.role in {"parties", "signatories"} for a in arguments):
            # a report restates its document paragraphs later; an earlier one only nearby
            back = LOOK_BACK if earlier else INTRODUCED_LOOK_BACK
            signers = signers_by_noun(view, index, words)
            signers += [m for m in partners_meant(view, index, words) if m not in signers]
            signers = signers or package_signers  # a document listed from a signed package
            arguments.extend(view.entity_argument("parties", m) for m in signers)
            if not signers:
                arguments.extend(
                    _carried_over(view, kind, words, back) or _signed_next(view, kind, words)
                )
            if (terms or bound) and not signed:
                arguments.extend(holders_of(view, index, words))
            if (
                terms
                and not signed
                # "Дорожная карта рассчитана до 2030 года": the document's own term
                and not (horizon and stated)
                and not bound  # "следят за выполнением пунктов соглашения": in force
                and not any(a.role in {"parties", "signatories"} for a in arguments)
            ):
                continue  # terms of a document no sentence before signs: nothing to attach to
        same = {kind} | (words.interchangeable_kinds if kind in words.interchangeable_kinds else set())
        restating = len(arguments) == 1 or (
            (terms or bound) and not any(signs(view, i, words) for i in [index, *view.ancestors(index)][:3])
        )  # its terms cited, no signing word of its own
        earlier_same = [c for c in claims if set(c.values("kind")) & same]
        if (
            restating
            and earlier_same
            # "один контракт будет подписан …, в уже подписанных контрактах …": a document
            # its own participle calls signed is not the one the sentence plans
            and not (
                signed_by_own_participle(view, index, words)
                and all(c.modality == Modality.PLANNED for c in earlier_same)
            )
        ):
            # "нарушила договор, … запрещённую договором", "контракт продлён, … прописанные
            # в соглашении пункты": the same document again, under its kind or another
            continue
        again = named_again(view, index, claimed, words)
        if again is not None:  # one paper named twice: its claim gains what this names
            first = claims[again]
            known = {(a.role, a.value) for a in first.arguments}
            added = [a for a in arguments if (a.role, a.value) not in known]
            claims[again] = view.claim("agreement", [*first.arguments, *added], first.modality)
            continue
        claimed.append(index)
        claims.append(view.claim("agreement", arguments, modality))
    return claims
