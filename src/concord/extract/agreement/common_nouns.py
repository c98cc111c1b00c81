"""Sides named by a common noun, and the signers of a package signed before.

"Банки заключили договор", "Стороны продлили соглашение", "Соглашение с инвестором":
a common noun signing or named after "с" stands for the organisations (a side noun: also
the states) named before it (`standing_for`, through `organisation_meant` for a singular
noun). "Стороны подписали пакет из 14 документов. … Среди них — договор о …": the
subjects of a package's signing sign each document listed after it.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.agreement.reading import (
    INTRODUCED_LOOK_BACK,
    LOOK_BACK,
    governors,
    is_party,
    sentences_before,
    signs,
)
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView, named_before, organisation_meant


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
    for verb in [index, *governors(view, index, 2)]:
        if view.tokens[verb].lemma not in words.sign_verbs:
            continue
        children = view.children(verb)
        has_subject = bool(view.subjects(verb))
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
            nouns = [child] + [c for c in view.children(child) if view.tokens[c].relation == "conj"]
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
    verbs = [i for i in governors(view, index, 2) if view.tokens[i].lemma in words.sign_verbs]
    nearby = list(view.subtree(index)) + [c for verb in verbs for c in view.children(verb)]
    found: list[Mention] = []
    for noun in nearby:
        plural = view.tokens[noun].feats.get("Number") == "Plur"
        if not plural and view.preposition(noun) in words.party_prepositions:
            found.extend(m for m in standing_for(view, noun, words) if m not in found)
    return found


def package_signing(view: SentenceView, words: AgreementWords) -> tuple[bool, list[Mention]]:
    """ "Стороны подписали пакет из 14 документов. … Среди них — договор о …": a package
    of documents signed in the sentences before signs each document listed after it, by
    the signing's subjects (names, or the organisations and states a common noun such as
    "стороны" stands for)."""
    for earlier in reversed(sentences_before(view, LOOK_BACK)):
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
            for child in earlier.subjects(verb):
                signers += [m for m in earlier.mentions_in(earlier.subtree(child)) if is_party(m)]
                signers += standing_for(earlier, child, words)
            return True, signers
    return False, []
