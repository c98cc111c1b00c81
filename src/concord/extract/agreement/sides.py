"""The parties and signatories a sentence names for its document.

Names in the document's own phrase are parties unless a preposition other than "с/между"
sets them apart (`named_as_party`); the subject of a signing verb above the document, or
of one coordinated with its verb, signs it (a person as signatory, a state or an
organisation as party), as do names after "с" or "среди них" beside that verb and, when
the parser finds no subject, the names before the verb (`bare_signers`). A body
ratifying a document between named parties is not one of them. The subject of a
suspending or leaving word is a party; so is whoever prepares a planned document or
cites a concluded one's terms (`holders_of`).
"""

from __future__ import annotations

from concord.claim import Argument, Mention
from concord.extract.agreement.modality import ending_clause
from concord.extract.agreement.reading import (
    governors,
    is_party,
    parties_in,
    signer_argument,
    signs,
)
from concord.extract.agreement.signing import coordinated_signing
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView, named_before


def named_as_party(
    view: SentenceView, mention: Mention, document: int, words: AgreementWords
) -> bool:
    """A name inside the document's phrase is a party in the genitive or after "с/между"
    ("соглашение России и Китая", "между X и Y"); a name under another preposition, itself
    or the nearest noun between it and the document that has one, is where or what the
    document is about ("контракт на поставку газа в Китай", "о разделе продукции на шельфе
    Охотского моря"); "соглашение о торговле между X и Y" keeps its parties however the
    parser hangs "между". A conjunct takes the preposition of the first name of its list."""
    index = view.token_indices(mention.start, mention.end)[-1]
    while 0 <= index < len(view.tokens) and index != document:
        preposition = view.preposition(index)
        if preposition:
            return preposition in words.party_prepositions
        index = view.tokens[index].head
    return True


def phrase_parties(
    view: SentenceView, index: int, phrase: list[int], words: AgreementWords
) -> list[Argument]:
    """The parties named in the document's phrase ("соглашение между X и Y")."""
    return [
        view.entity_argument("parties", mention)
        for mention in view.mentions_in(phrase)
        if is_party(mention) and named_as_party(view, mention, index, words)
    ]


def ending_parties(view: SentenceView, ending: int) -> list[Argument]:
    """ "Норвегия приостановила действие соглашения": the subject of the ending clause."""
    return [
        argument
        for child in view.subjects(ending_clause(view, ending))
        for argument in parties_in(view, child)
    ]


def signers_named(
    view: SentenceView, index: int, words: AgreementWords, known: list[Argument]
) -> list[Argument]:
    """Who signs the document in this sentence: the signers of a signing verb coordinated
    with its verb, then of each signing word above it (`known`: the arguments found
    before, which tell whether a ratifying body names parties)."""
    found: list[Argument] = []
    for child in coordinated_signing(view, index, words):
        for signer_index in view.children(child):
            # the parser, finding the document held already, may take the signers
            # after the verb ("… подписали Минск и Вильнюс") for its object
            if view.tokens[signer_index].relation.startswith("nsubj") or (
                view.tokens[signer_index].relation == "obj"
            ):
                found += _signers_in(view, signer_index)
    for signing in range(len(view.tokens)):
        if signs(view, signing, words) and index in view.subtree(signing):
            found += _signing_word_signers(view, index, signing, words, [*known, *found])
    return found


def _signing_word_signers(
    view: SentenceView, index: int, signing: int, words: AgreementWords, known: list[Argument]
) -> list[Argument]:
    """The parties after "с" and "среди них" beside a signing word above the document, the
    names before it when it has no subject, and its subjects, unless it is a body
    approving a document between parties named ("Госдума ратифицировала соглашение
    между X и Y")."""
    found: list[Argument] = []
    for party in view.children(signing):
        if (
            view.tokens[party].relation in {"obl", "nmod"}
            and view.preposition(party) in words.party_prepositions
        ):
            found += parties_in(view, party)
    for including in view.children(signing):
        if view.preposition(including) in words.including_prepositions:
            found += parties_in(view, including)
    if not view.subjects(signing):
        found += bare_signers(view, signing, words)
    approver = view.tokens[signing].lemma in words.approving_words and any(
        a.role == "parties" for a in [*known, *found]
    )
    if approver:
        return found
    for subject in view.subjects(signing):
        # a passive's subject is the document itself ("Подписан контракт с X")
        if index not in view.subtree(subject):
            found += _signers_in(view, subject)
    return found


def _signers_in(view: SentenceView, index: int) -> list[Argument]:
    """The people, states and organisations named in a signing word's subject."""
    found = [signer_argument(view, m) for m in view.mentions_in(view.subtree(index))]
    return [argument for argument in found if argument is not None]


def bare_signers(view: SentenceView, verb: int, words: AgreementWords) -> list[Argument]:
    """ "«X» и «Y» подписали соглашение" with the parser finding no subject: the names
    before the signing verb that no preposition governs sign it, unless they tell of the
    signing (`speaks_of`)."""
    found: list[Argument] = []
    for mention in view.mentions:
        indices = view.token_indices(mention.start, mention.end)
        if indices[-1] >= verb or any(view.preposition(i) for i in indices):
            continue
        if any(
            view.tokens[i].pos == "PUNCT" and view.tokens[i].text == ","
            for i in range(indices[-1] + 1, verb)
        ):
            continue  # a name in another clause
        argument = signer_argument(view, mention)
        if argument is None:
            continue
        # a person telling of the signing does not sign; an organisation or a state telling
        # of its own signing ("компания объявила о заключении контракта") is still a party
        if argument.role == "signatories" and speaks_of(view, indices, verb, words):
            continue
        found.append(argument)
    return found


def preparers_of(
    view: SentenceView, index: int, words: AgreementWords
) -> tuple[list[Mention], bool]:
    """ "Москва и Пекин готовят соглашение": the states and organisations named as the
    preparing verb's subject are the document's parties to be; and whether that subject
    names nobody at all ("чиновники готовят соглашение")."""
    found: list[Mention] = []
    unnamed = False
    for verb in governors(view, index, 2):
        if view.tokens[verb].lemma not in words.preparing_words:
            continue
        for child in view.subjects(verb):
            subtree = view.subtree(child)
            if index not in subtree:
                named = view.mentions_in(subtree)
                unnamed = unnamed or not named
                found += [m for m in named if is_party(m)]
    return found, unnamed


def holders_of(view: SentenceView, index: int, words: AgreementWords) -> list[Argument]:
    """ "в его контракте было записано", "в контракте Олега Саврасова", "«Сокол» собирается
    воспользоваться опцией в соглашении": whose document it is, when its terms are cited:
    a person named in the genitive or meant by a possessive pronoun is its signatory; an
    organisation or a state that is the subject of the clause citing the terms, a party."""
    found: list[Argument] = []
    for child in view.children(index):
        token = view.tokens[child]
        if token.relation in {"det", "nmod:poss"} and token.lemma in words.document_pronouns:
            people = named_before(view.document, token.start, {"PER"}, 1)
            if people:  # the nearest person named before the pronoun
                found.append(view.entity_argument("signatories", people[-1]))
        mention = view.mention_at(child)
        if mention is not None and mention.type == "PER" and view.in_case(child, "Gen"):
            found.append(view.entity_argument("signatories", mention))
    for position in governors(view, index, 4):
        for child in view.subjects(position):
            if index not in view.subtree(child):
                found += parties_in(view, child)
        if view.tokens[position].relation not in {"xcomp", "obl", "obj", "nmod"}:
            break
    return found


def speaks_of(view: SentenceView, indices: list[int], signing: int, words: AgreementWords) -> bool:
    """ "Грушко сообщил о продлении сделки", "Семашко: подписание протокола …" (agreement26):
    a name whose phrase is the subject of a verb of saying holding the signing word, or a
    name a colon follows at once (a headline's speaker), tells of the signing; it does not
    sign."""
    following = indices[-1] + 1
    if following < len(view.tokens) and view.tokens[following].text in words.speaker_marks:
        return True
    head = view.climb(indices[-1], _NAME_PHRASE)
    verb = view.tokens[head].head
    return (
        view.tokens[head].relation.startswith("nsubj")
        and 0 <= verb < len(view.tokens)
        and verb != signing
        and view.tokens[verb].lemma in words.speech_verbs
        and signing in view.subtree(verb)
        # "пообещал подписать договор": the infinitive's doer is the one who promises
        and not (
            view.tokens[signing].head == verb
            and view.tokens[signing].feats.get("VerbForm") == "Inf"
        )
    )


# the relations inside a name's phrase: "Замглавы МИД Александр Грушко"
_NAME_PHRASE = frozenset({"flat", "flat:name", "flat:foreign", "appos", "nmod", "amod", "conj"})
