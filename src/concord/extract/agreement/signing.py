"""Whether a document was signed: the ways a sentence says so besides a signing verb.

A signing word on the document or above it, a signing verb coordinated with the one
holding it, a short passive participle ("может быть подписано"), a past participle on
the document ("подписанным ранее соглашением"), a relative clause ("который лидеры
подписали"), the document in force ("вступило в силу", "договор действует"), or a
signing in the sentence just before (`signing_context`, with its date). A signed
document gets its signing date; an unsigned bare mention is dropped by the extractor.
"""

from __future__ import annotations

from concord.analysis import DateMention
from concord.extract.agreement.dates import bounding, covered_year, expiring
from concord.extract.agreement.reading import affirmed, agrees, governors, sentences_before, signs
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView


def signed_already(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "в соответствии с подписанным ранее соглашением …": a past participle of signing
    on the document says it is signed already; "по действующему договору", in force."""
    return any(
        view.tokens[child].lemma in words.signed_participles
        or (
            view.tokens[child].lemma in words.in_force_verbs
            and view.tokens[child].feats.get("VerbForm") == "Part"
        )
        or (
            view.tokens[child].lemma in words.sign_verbs
            and view.tokens[child].feats.get("VerbForm") == "Part"
            and view.tokens[child].feats.get("Tense") == "Past"
        )
        or (  # "обмен подписанными документами": the parser may tag the participle an
            # adjective with the verb's lemma and no verb form (agreement25)
            view.tokens[child].relation == "amod"
            and view.tokens[child].pos == "ADJ"
            and view.tokens[child].lemma in words.signature_verbs
        )
        for child in view.children(index)
    )


def signed_in_clause(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Договор, который лидеры подписали в 2001 году", "соглашение, которое вступило в
    силу": a relative clause on the document signing it or putting it in force."""
    noun = view.tokens[index]

    def refers_to_noun(clause: int) -> bool:
        """The clause hangs on the noun, or on a word of its phrase while its relative
        pronoun agrees with the noun ("Договора о дружбе и сотрудничестве, который …")."""
        if view.tokens[clause].head == index:
            return True
        return any(
            view.tokens[c].lemma in words.relative_pronouns
            and all(
                view.tokens[c].feats.get(feature) == noun.feats.get(feature)
                for feature in ("Number", "Gender")
                if noun.feats.get("Number") == "Sing" or feature == "Number"
            )
            for c in view.children(clause)
        )

    clauses = [c for c in view.subtree(index) if c != index]
    holder = noun.head
    if (
        noun.relation == "nmod"
        and 0 <= holder < len(view.tokens)
        and view.tokens[holder].pos == "NOUN"
    ):  # "текст меморандума, который Белград парафировал": the parser hangs the clause on
        # the noun holding the document; the relative pronoun's agreement tells them apart
        clauses += [c for c in view.children(holder) if c > index]
    return any(
        view.tokens[clause].relation.startswith("acl")
        and (signs(view, clause, words) or in_force(view, clause, words))
        and refers_to_noun(clause)
        for clause in clauses
    )


def signed_by_participle(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "соглашение может быть подписано", "договор был ратифицирован Радой": the document,
    the subject, with a short passive participle of signing that agrees with it, wherever
    the parser hangs the two (on a modal verb, on the next clause's verb); a negated
    participle does not sign. A numeral governing the noun ("могут быть подписаны два
    документа") leaves it in the singular genitive, so the plural participle agrees."""
    noun = view.tokens[index]
    if not noun.relation.startswith("nsubj"):
        return False
    counted = any(view.tokens[c].relation == "nummod:gov" for c in view.children(index))
    return any(
        token.lemma in words.sign_verbs
        and token.feats.get("VerbForm") == "Part"
        and token.feats.get("Voice") == "Pass"
        and token.feats.get("Variant") == "Short"
        and (agrees(token, noun) or (counted and token.feats.get("Number") == "Plur"))
        and not any(view.tokens[c].lemma == "не" for c in view.children(position))
        for position, token in enumerate(view.tokens)
    )


def signed_by_own_participle(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "в уже подписанных контрактах": a participle of signing on the document itself."""
    return any(
        view.tokens[c].relation in {"acl", "amod"}
        and view.tokens[c].lemma in words.sign_verbs | words.signed_participles
        and affirmed(view, c)
        for c in view.children(index)
    )


def signed_nearby(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """A signing word on the document or anywhere above it, a signing verb coordinated
    with its verb, or a passive participle of signing."""
    chain = [index, *view.ancestors(index)]
    return (
        any(signs(view, i, words) for i in chain)
        or bool(coordinated_signing(view, index, words))
        or signed_by_participle(view, index, words)
    )


def signing_word_near(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """A signing word on the document or one of the two words above it: signed in its own
    clause, not in another clause of the sentence."""
    return any(signs(view, i, words) for i in [index, *governors(view, index, 2)])


def coordinated_signing(view: SentenceView, index: int, words: AgreementWords) -> list[int]:
    """ "Меморандум согласовали и подписали Минск и Вильнюс": a signing verb coordinated
    with the verb that holds the document shares that document."""
    holder = view.tokens[index].head
    if not 0 <= holder < len(view.tokens) or view.tokens[holder].pos != "VERB":
        return []
    return [
        child
        for child in view.children(holder)
        if view.tokens[child].relation == "conj" and view.tokens[child].lemma in words.sign_verbs
    ]


def acts(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Договор действует", "соглашения будут действовать": the document, subject of a
    finite verb of being in force, binds now or on, so it was concluded."""
    token = view.tokens[index]
    if not (token.relation.startswith("nsubj") and token.head >= 0):
        return False
    verb = view.tokens[token.head]
    finite = verb.feats.get("VerbForm") == "Fin" or any(
        view.tokens[c].relation == "aux" for c in view.children(token.head)
    )  # "соглашения будут действовать"
    return verb.lemma in words.in_force_verbs and finite


def in_force(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Соглашение вступило в силу", "между ними действует договор": in force, so signed,
    on a date that is not the signing's."""
    if acts(view, index, words):
        return True
    chain = [index, *governors(view, index, 2)]
    return any(
        view.tokens[i].lemma in words.force_verbs
        and any(view.tokens[c].lemma in words.force_nouns for c in view.children(i))
        for i in chain
    )


def runs(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """agreement30: "срок действия зерновой сделки истекает", "в рамках сделки, которая будет
    действовать до мая", "сделка вступила в силу": a noun with a term of running, a relative
    clause of being in force, or in force itself is a document that binds; a transaction
    ("сделка по покупке акций") has no term of running and is never in force."""
    if in_force(view, index, words):
        return True
    token = view.tokens[index]
    holder = token.head
    if token.relation == "nmod" and 0 <= holder < len(view.tokens):
        running = view.tokens[holder]
        if running.lemma in words.running_nouns and running.relation == "nmod":
            upper = running.head
            if 0 <= upper < len(view.tokens) and view.tokens[upper].lemma in words.term_nouns:
                return True
    return any(
        view.tokens[child].lemma in words.relative_pronouns and acts(view, child, words)
        for clause in view.children(index)
        if view.tokens[clause].relation == "acl:relcl"
        for child in view.children(clause)
    )


def signing_context(view: SentenceView, words: AgreementWords) -> tuple[bool, DateMention | None]:
    """ "Накануне был подписан пакет документов. Ключевым элементом стала Дорожная карта…":
    a signing verb in the sentence just before carries over, with its date."""
    before = sentences_before(view, 1)
    if not before:
        return False, None
    earlier = before[0]
    previous = earlier.sentence
    if not any(
        token.lemma in words.sign_verbs and affirmed(earlier, index)
        for index, token in enumerate(earlier.tokens)
    ):
        return False, None
    return True, next(
        (
            d
            for d in view.document.dates
            if previous.start <= d.start < previous.end
            and d.relation == "on"
            and not bounding(earlier, d, words)  # agreement26: "после 2017 года"
            and not expiring(earlier, d, words)  # agreement27: "истекает 1 апреля"
            and not covered_year(earlier, d, words)  # agreement29: "на 2027 год"
        ),
        None,
    )
