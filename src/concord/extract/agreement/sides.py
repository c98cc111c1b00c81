"""TODO."""

from __future__ import annotations

from concord.claim import Argument, Mention
from concord.extract.agreement.reading import INTRODUCED_LOOK_BACK, LOOK_BACK, is_party, signs
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView, named_before, organisation_meant


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


def preparers_of(
    view: SentenceView, index: int, words: AgreementWords
) -> tuple[list[Mention], bool]:
    """ "Москва и Пекин готовят соглашение": the states and organisations named as the
    preparing verb's subject are the document's parties to be; and whether that subject
    names nobody at all ("чиновники готовят соглашение")."""
    found: list[Mention] = []
    unnamed = False
    for verb in list(view.ancestors(index))[:2]:
        if view.tokens[verb].lemma not in words.preparing_words:
            continue
        for child in view.children(verb):
            subtree = view.subtree(child)
            if view.tokens[child].relation.startswith("nsubj") and index not in subtree:
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
    chain = list(view.ancestors(index))[:4]
    for position in chain:
        for child in view.children(position):
            if view.tokens[child].relation.startswith("nsubj") and index not in view.subtree(child):
                found += [
                    view.entity_argument("parties", m)
                    for m in view.mentions_in(view.subtree(child))
                    if is_party(m)
                ]
        if view.tokens[position].relation not in {"xcomp", "obl", "obj", "nmod"}:
            break
    return found


def package_signing(view: SentenceView, words: AgreementWords) -> tuple[bool, list[Mention]]:
    """ "Стороны подписали пакет из 14 документов. … Среди них — договор о …": a package
    of documents signed in the sentences before signs each document listed after it, by
    the signing's subjects (names, or the organisations and states a common noun such as
    "стороны" stands for)."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    for sentence in reversed(sentences[max(0, position - LOOK_BACK) : position]):
        earlier = SentenceView.build(view.document, sentence, view.words)
        for verb in range(len(earlier.tokens)):
            if not signs(earlier, verb, words):
                continue
            package = any(
                earlier.tokens[i].lemma in words.reference_nouns
                and earlier.tokens[i].feats.get("Number") == "Plur"
                for i in earlier.subtree(verb)
            )
            if not package:
                continue
            signers: list[Mention] = []
            for child in earlier.children(verb):
                if not earlier.tokens[child].relation.startswith("nsubj"):
                    continue
                signers += [m for m in earlier.mentions_in(earlier.subtree(child)) if is_party(m)]
                signers += standing_for(earlier, child, words)
            return True, signers
    return False, []


def bare_signers(view: SentenceView, verb: int) -> list[Argument]:
    """ "«X» и «Y» подписали соглашение" with the parser finding no subject: the names
    before the signing verb that no preposition governs sign it."""
    found = []
    for mention in view.mentions:
        indices = view.token_indices(mention.start, mention.end)
        if indices[-1] >= verb or any(view.preposition(i) for i in indices):
            continue
        if any(view.tokens[i].pos == "PUNCT" and view.tokens[i].text == "," for i in range(
            indices[-1] + 1, verb
        )):
            continue  # a name in another clause
        if mention.type == "PER":
            found.append(view.entity_argument("signatories", mention))
        elif is_party(mention):
            found.append(view.entity_argument("parties", mention))
    return found


def standing_for(view: SentenceView, index: int, words: AgreementWords) -> list[Mention]:
    """ "Банки заключили договор", "Стороны продлили соглашение": a common noun signing
    for the organisations (a side noun: also the states) named before, all of them for a
    plural noun, the one `organisation_meant` finds for a singular one."""
    token = view.tokens[index]
    if token.lemma not in words.party_nouns | words.side_nouns:
        return []
    if view.mentions_in(view.subtree(index)):
        return []
    types = {"ORG", "LOCORG"} | ({"LOC"} if token.lemma in words.side_nouns else set())
    if token.feats.get("Number") != "Plur":
        meant = organisation_meant(
            view.document, token.lemma, token.start, types, INTRODUCED_LOOK_BACK,
            kin_groups=view.words.organisation_kin, any_named_back=LOOK_BACK, keep=is_party,
        )  # fmt: skip
        return [meant] if meant is not None else []
    named = [m for m in named_before(view.document, token.start, types, LOOK_BACK) if is_party(m)]
    distinct: dict[str, Mention] = {}
    for mention in named:
        distinct.setdefault(mention.normal, mention)
    return list(distinct.values())


def signers_by_noun(view: SentenceView, index: int, words: AgreementWords) -> list[Mention]:
    """The common nouns that are the signing verb's subject, or conjoined with it
    ("Фонд и мэрия подписали"), as the organisations they stand for."""
    found: list[Mention] = []
    for verb in [index, *view.ancestors(index)][:3]:
        if view.tokens[verb].lemma not in words.sign_verbs:
            continue
        children = view.children(verb)
        has_subject = any(view.tokens[c].relation.startswith("nsubj") for c in children)
        for child in children:
            relation = view.tokens[child].relation
            # "ведомства утвердили план": a plural noun the parser took for a second object,
            # before the verb that has no subject and holds the document, signs it
            misread = (
                not has_subject and relation == "obj" and child < verb
                and index not in view.subtree(child) and index != child
            )  # fmt: skip
            if not (relation.startswith("nsubj") or misread):
                continue
            nouns = [child] + [
                c for c in view.children(child) if view.tokens[c].relation == "conj"
            ]
            for noun in nouns:
                found.extend(m for m in standing_for(view, noun, words) if m not in found)
                # "премьер-министры двух стран": people signing for the sides named before
                for side in view.children(noun):
                    if view.tokens[side].lemma in words.side_nouns and view.in_case(side, "Gen"):
                        found.extend(m for m in standing_for(view, side, words) if m not in found)
    return found


def partners_meant(view: SentenceView, index: int, words: AgreementWords) -> list[Mention]:
    """ "Соглашение с инвестором подпишут": a singular common noun after "с"/"между", in
    the document's phrase or beside its signing verb, as the organisation it stands for.
    A plural one ("с британскими партнерами") is the other side, often never named."""
    verbs = [i for i in list(view.ancestors(index))[:2] if view.tokens[i].lemma in words.sign_verbs]
    nearby = list(view.subtree(index)) + [c for verb in verbs for c in view.children(verb)]
    found: list[Mention] = []
    for noun in nearby:
        plural = view.tokens[noun].feats.get("Number") == "Plur"
        if not plural and view.preposition(noun) in words.party_prepositions:
            found.extend(m for m in standing_for(view, noun, words) if m not in found)
    return found
