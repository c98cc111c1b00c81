"""Signed documents: roadmaps, memoranda, agreements, with subject, parties and horizon.

The trigger is a document noun ("меморандум", "соглашение", "дорожная карта").
Its subject is the prepositional phrase hanging from it ("по критически важным
полезным ископаемым", "о расширении партнерства"); parties are the entities inside
that phrase or after "между"; the horizon is a "до YEAR" date in the same phrase; the
signing date comes from the sentence, or from a signing verb's sentence just before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from types import MappingProxyType

from concord.analysis import DateMention, Token
from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.document_names import (
    contained_in,
    document_lemma,
    named_twice,
    opens_list,
    within_document_name,
)
from concord.extract.sentence_view import SentenceView, named_before, organisation_meant
from concord.knowledge.gazetteer import is_state


@dataclass(frozen=True)
class AgreementWords:
    """What names a signed document in one language and what ties a subject, a signing
    and a place to it."""

    document_nouns: frozenset[str]  # "соглашение", "меморандум"
    compound_kinds: Mapping[tuple[str, str], str]  # two lemmas naming one kind, and its name
    sign_verbs: frozenset[str]  # "подписать"
    earlier_words: frozenset[str]  # "предыдущая дорожная карта": another, older document
    subject_prepositions: frozenset[str]  # "меморандум по …", "соглашение о …"
    place_prepositions: frozenset[str]  # "в Лондоне", with the place in the locative
    # "signed a memorandum with X": a party named beside the signing verb
    party_prepositions: frozenset[str] = frozenset()
    # "memorandum of understanding on …": words completing the kind before its subject
    kind_complements: frozenset[str] = frozenset()
    # Relations by which the signing verb holds a subject phrase meant for the document
    verb_subject_relations: frozenset[str] = frozenset()
    # "вступило в силу", "entered into force": a document in force was signed
    force_verbs: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    # "сроком на пять лет", "for a term of five years": how long the document runs
    term_nouns: frozenset[str] = frozenset()
    term_units: frozenset[str] = frozenset()
    # "Документ подписали X и Y": a word that, signed, is the document named just before
    reference_nouns: frozenset[str] = frozenset()
    # "Банки заключили договор", "Фонд подписал …": common nouns signing for the
    # organisations named before; side nouns ("стороны") also for the states
    party_nouns: frozenset[str] = frozenset()
    side_nouns: frozenset[str] = frozenset()
    # "Двенадцать компаний присоединились к хартии, среди них X и Y": who the signers are
    including_prepositions: frozenset[str] = frozenset()
    # "Подписи под договором поставили X и Y", "скрепили подписями": a verb holding the
    # signature noun signs
    signature_nouns: frozenset[str] = frozenset()
    # "Норвегия приостановила действие соглашения": a concluded document suspended,
    # denounced or left; its subject is a party and the document no longer binds (negated)
    ending_words: frozenset[str] = frozenset()
    # "аукцион на право заключения договора аренды": a right or a contest to conclude one,
    # no document yet
    contest_nouns: frozenset[str] = frozenset()
    # "Госдума ратифицировала соглашение между X и Y", "суд утвердил мировое соглашение":
    # a body approving a document whose parties it names is not itself a party
    approving_words: frozenset[str] = frozenset()
    # "готовы начать переговоры о заключении договора": talks on a document plan it
    talks_nouns: frozenset[str] = frozenset()
    # "близки к подписанию контракта", "close to signing": a signing neared, not done
    approaching_words: frozenset[str] = frozenset()
    # "По условиям договора поставщик обеспечит …": the terms of a document concluded before
    terms_nouns: frozenset[str] = frozenset()
    terms_prepositions: frozenset[str] = frozenset()  # "согласно меморандуму", "по договору"
    # "продлил контракт … По условиям договора …": kinds a report uses for one document
    interchangeable_kinds: frozenset[str] = frozenset()
    # "стороны достигли договорённости о …": an understanding reached orally is no
    # document; these kinds count only when signed or approved by another word
    oral_kinds: frozenset[str] = frozenset()
    reaching_words: frozenset[str] = frozenset()
    # "подписанным ранее соглашением": a document the sentence calls signed before is a fact
    # whatever the clause's tense
    signed_participles: frozenset[str] = frozenset()
    # "по действующему договору", "договор действует": the document is in force, so signed
    in_force_verbs: frozenset[str] = frozenset()
    # "Документ предусматривает …", "Соглашение рассчитано на 10 лет": a document the
    # subject of a verb stating its terms restates the document concluded before
    terms_verbs: frozenset[str] = frozenset()
    # "Стороны готовят соглашение": a document prepared or drafted is planned
    preparing_words: frozenset[str] = frozenset()
    # "Президент подписал документ" after a law or a decree: the reference word is that act
    act_nouns: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()  # "который"
    # "Он предусматривает …", "его подписание": a personal pronoun standing for the document
    # named just before, when it states terms or is what a signing noun signs
    document_pronouns: frozenset[str] = frozenset()
    # "в договоре предусмотрено …": the document holding its terms
    content_prepositions: frozenset[str] = frozenset()
    # "может быть подписан договор": a modal verb holding the document plans its signing
    modal_verbs: frozenset[str] = frozenset()
    # "Россия нарушила договор", "соблюдать соглашение", "в рамках соглашения": a document
    # violated, observed, carried out or acted under is in force, so concluded
    binding_words: frozenset[str] = frozenset()
    # "в контракте было записано", "в договоре содержится пункт": verbs that, holding the
    # document after a content preposition, state what it holds
    content_verbs: frozenset[str] = frozenset()
    # "если соглашение будет расторгнуто", "в случае подписания договора": a document in a
    # condition is supposed, not reported
    conditional_marks: frozenset[str] = frozenset()
    conditional_nouns: frozenset[str] = frozenset()
    conditional_prepositions: frozenset[str] = frozenset()
    # "по его условиям": a possessive pronoun the parser leaves without number and gender;
    # its lemma gives them (number, genders it may stand for)
    pronoun_forms: Mapping[str, tuple[str, frozenset[str]]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "подписали программу совместных действий", "подписи под совместным заявлением": a
    # paper made jointly (a word of this class in its phrase) and signed is a document
    # whatever its noun; only verbs and nouns of putting a signature sign it this way
    joint_words: frozenset[str] = frozenset()
    signature_verbs: frozenset[str] = frozenset()
    # "протокол к соглашению": a document attached to another names its host, which is
    # not signed again; "обращение к губернатору": a paper addressed to someone is no
    # agreement
    attachment_prepositions: frozenset[str] = frozenset()
    # "Компании договорились о сотрудничестве. Подписание документа состоялось …": a verb of
    # coming to terms just before gives a signed reference word a paper to stand for
    agreeing_verbs: frozenset[str] = frozenset()
    # "Memoranda": forms an analyser leaves as written, and the document noun they are
    document_forms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


_LOOK_BACK = 3  # sentences searched for the document or the parties a later one refers to
# A party introduced with the noun ("банк «Заря»") is "банк" paragraphs later.
_INTRODUCED_LOOK_BACK = 10


def is_party(mention: Mention) -> bool:
    """Parties to a document are states and organisations: not the people who sign it
    (signatories) nor the city it is signed in."""
    return mention.type in {"ORG", "LOCORG"} or (mention.type == "LOC" and is_state(mention.normal))


def _named_as_party(
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


def _kind(view: SentenceView, index: int, words: AgreementWords) -> tuple[str, list[int]] | None:
    token = view.tokens[index]
    lemma = document_lemma(view, index, words.document_forms)
    if lemma in words.document_nouns:
        return lemma, [index]
    for (first, second), kind in words.compound_kinds.items():
        if token.lemma == second and index > 0 and view.tokens[index - 1].lemma == first:
            return kind, [index - 1, index]
    return None


def _signed_paper(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Подписана программа совместных действий", "подписи под совместными заявлениями": a
    noun outside the document nouns is a document when it is made jointly and a verb or a
    noun of putting a signature holds it; a unilateral act or an addressed paper is not."""
    token = view.tokens[index]
    if (
        token.pos != "NOUN"
        or token.lemma in words.act_nouns
        or token.lemma in words.reference_nouns
        or view.mention_at(index) is not None
    ):
        return False
    near = [c for c in view.children(index)]
    near += [g for c in near for g in view.children(c)]
    if not any(
        view.tokens[i].lemma in words.joint_words and view.tokens[i].relation == "amod"
        for i in near
    ):
        return False
    for child in view.children(index):
        addressed = view.preposition(child) in words.attachment_prepositions
        if (addressed or (view.in_case(child, "Dat") and not view.preposition(child))) and (
            _kind(view, child, words) is None
        ):
            return False  # "совместное обращение к губернатору"
    holder, relation = token.head, token.relation
    if relation == "conj" and 0 <= holder < len(view.tokens):  # "договор и совместное коммюнике"
        holder, relation = view.tokens[holder].head, view.tokens[holder].relation
    if not 0 <= holder < len(view.tokens):
        return False
    lemma = view.tokens[holder].lemma
    return (lemma in words.signature_verbs and relation in {"obj", "nsubj:pass"}) or (
        lemma in words.signature_nouns
    )


def _attached(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Подписан протокол к соглашению": the host document is named as what the signed one
    belongs to, not signed again."""
    holder = view.tokens[index].head
    return (
        view.preposition(index) in words.attachment_prepositions
        and 0 <= holder < len(view.tokens)
        and holder != index  # the parser at times hangs a noun on itself
        and _kind(view, holder, words) is not None
    )


def _named_in_another(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Дорожная карта по реализации меморандума", "Memorandum of Understanding (MoU)",
    "подписаны следующие документы: соглашение …": a paper named inside another's name, or a
    reference word opening a list of papers, is no document of its own."""

    def is_document(position: int) -> bool:
        return _kind(view, position, words) is not None

    def holds_paper(position: int) -> bool:
        lemma = view.tokens[position].lemma
        return is_document(position) or lemma in words.reference_nouns | words.document_pronouns

    if view.tokens[index].lemma in words.reference_nouns:
        return opens_list(view, index, is_document)
    return within_document_name(view, index, is_document) or contained_in(
        view, index, words.terms_verbs, holds_paper
    )


# Dependents that set one mention of a document apart from another of the same noun:
# "предварительный договор", "два контракта", "договор о поставках" (not "с X", a party)
_DISTINGUISHING_RELATIONS = frozenset({"amod", "nummod", "det", "compound", "appos", "nmod"})


def _named_again(
    view: SentenceView, index: int, claimed: list[int], words: AgreementWords
) -> int | None:
    """Which of the claims so far (by its document noun) names this paper already
    (`named_twice`); a party after "с" sets no mention apart."""

    def sets_apart(child: int) -> bool:
        return view.tokens[child].relation in _DISTINGUISHING_RELATIONS and (
            view.preposition(child) not in words.party_prepositions
        )

    return next(
        (
            position
            for position, earlier in enumerate(claimed)
            if named_twice(view, index, earlier, sets_apart)
        ),
        None,
    )


def _signs(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """A signing word, or a verb holding a signature ("поставили подписи под договором",
    "скрепили подписями")."""
    return view.tokens[index].lemma in words.sign_verbs or (
        view.tokens[index].pos == "VERB"
        and any(view.tokens[c].lemma in words.signature_nouns for c in view.children(index))
    )


def _ending(view: SentenceView, index: int, words: AgreementWords) -> int | None:
    """The word suspending, denouncing or leaving the document, among its three nearest
    governors ("приостановила действие соглашения", "вышла из договора")."""
    return next(
        (i for i in list(view.ancestors(index))[:3] if view.tokens[i].lemma in words.ending_words),
        None,
    )


def _ending_clause(view: SentenceView, ending: int) -> int:
    """ "Польша объявила о выходе из конвенции": an ending noun without a subject of its own
    that is the object of a verb ends the document for that verb's subject."""
    token = view.tokens[ending]
    holder = token.head
    if (
        token.pos == "NOUN"
        and not any(view.tokens[c].relation.startswith("nsubj") for c in view.children(ending))
        and 0 <= holder < len(view.tokens)
        and view.tokens[holder].pos == "VERB"
    ):
        return holder
    return ending


def _talked_over(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "готовы начать переговоры о заключении договора", "близки к подписанию контракта": a
    document under talks, or whose signing the sides are near, is planned."""
    governors = list(view.ancestors(index))[:3]
    if any(view.tokens[i].lemma in words.talks_nouns for i in governors):
        return True
    return any(  # the signing word itself hangs on the nearing word, not beside it
        view.tokens[signing].lemma in words.sign_verbs
        and view.tokens[signing].relation != "conj"
        and view.tokens[holder].lemma in words.approaching_words
        for signing, holder in pairwise(governors)
    )


def _under_terms(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "По условиям договора поставщик обеспечит …": the document is named for its terms;
    the clause's future is the terms', not the document's."""
    holder = view.tokens[index].head
    if view.preposition(index) in words.terms_prepositions:
        return True
    if not 0 <= holder < len(view.tokens):
        return False
    if view.preposition(index) in words.content_prepositions:
        # "в договоре предусмотрена возможность выхода": the terms the document holds
        return view.tokens[holder].lemma in words.terms_verbs
    return view.tokens[holder].lemma in words.terms_nouns


def _only_reached(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Стороны достигли договорённости о снижении пошлин": an oral understanding,
    reached and not signed or approved."""
    if view.tokens[index].lemma not in words.oral_kinds:
        return False
    signing = [i for i in [index, *view.ancestors(index)] if _signs(view, i, words)]
    signing += _coordinated_signing(view, index, words)
    return not signing or all(view.tokens[i].lemma in words.reaching_words for i in signing)


def _signed_before(view: SentenceView, index: int, words: AgreementWords) -> bool:
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
        for child in view.children(index)
    )


def _signed_in_clause(view: SentenceView, index: int, words: AgreementWords) -> bool:
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
        and (_signs(view, clause, words) or _in_force(view, clause, words))
        and refers_to_noun(clause)
        for clause in clauses
    )


def _states_terms(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Документ гарантирует поставки", "Контракт рассчитан на 20 лет": the document is
    the subject of a verb stating its terms."""
    holder = view.tokens[index].head
    if not (view.tokens[index].relation.startswith("nsubj") and 0 <= holder < len(view.tokens)):
        return False
    verb = view.tokens[holder]
    if verb.lemma in words.terms_verbs:
        return True
    # "Документ открывает доступ …", "Документ касается …": the reference word describing in
    # the present tense what the document does (a pronoun so used is mostly a person)
    return (
        view.tokens[index].lemma in words.reference_nouns
        and verb.pos == "VERB"
        and verb.lemma not in words.sign_verbs
        and verb.feats.get("VerbForm") == "Fin"
        and verb.feats.get("Tense") == "Pres"
    )


def _prepared(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Москва и Пекин готовят новое соглашение", "готовящееся соглашение": a document
    being prepared is planned."""
    return any(
        view.tokens[i].lemma in words.preparing_words for i in list(view.ancestors(index))[:2]
    ) or any(
        view.tokens[c].lemma in words.preparing_words and view.tokens[c].relation in {"amod", "acl"}
        for c in view.children(index)
    )


def _preparers(
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


def _act_named(view: SentenceView, words: AgreementWords, sentences_back: int = _LOOK_BACK) -> bool:
    """A law, a decree or a bill named in the sentence or the ones just before: a bare
    "документ" may be that act rather than a signed agreement."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    return any(
        token.lemma in words.act_nouns
        for sentence in sentences[max(0, position - sentences_back) : position + 1]
        for token in sentence.tokens
    )


def _contested(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "аукцион на право заключения договора": only a right or a contest to conclude; a
    right to leave the document ("правом выйти из соглашения") presupposes it."""
    for governor in list(view.ancestors(index))[:3]:
        if view.tokens[governor].lemma in words.ending_words:
            return False
        if view.tokens[governor].lemma in words.contest_nouns:
            return True
    return False


def _bound(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Россия нарушила договор", "выполнение положений протокола", "запрещены договором":
    a document violated, observed or acted under, among its three nearest governors."""
    return any(
        view.tokens[i].lemma in words.binding_words for i in list(view.ancestors(index))[:3]
    )


def _cites_content(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "в контракте было записано", "что указано в договоре", "опцией в соглашении":
    what the document holds is cited, so the document is in force."""
    holder = view.tokens[index].head
    return (
        view.preposition(index) in words.content_prepositions
        and 0 <= holder < len(view.tokens)
        and view.tokens[holder].lemma in words.content_verbs | words.terms_nouns
    )


def _possessed_terms(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "По его условиям поставщик обязан …": a possessive pronoun held by a terms noun
    names whose terms they are."""
    holder = view.tokens[index].head
    return (
        view.tokens[index].relation in {"det", "nmod", "nmod:poss"}
        and 0 <= holder < len(view.tokens)
        and view.tokens[holder].lemma in words.terms_nouns
        and not view.preposition(index)
    )


def _supposed(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "если бы контракт был расторгнут", "в случае подписания соглашения": the
    document's clause, up to its verb, is a condition ("если") or hangs on "в случае"."""
    for position in [index, *view.ancestors(index)][:4]:
        token = view.tokens[position]
        if (
            token.lemma in words.conditional_nouns
            and view.preposition(position) in words.conditional_prepositions
        ):
            return True
        for child in view.children(position):
            if (
                view.tokens[child].lemma in words.conditional_marks
                and view.tokens[child].relation == "mark"
            ):
                return True
            if (
                view.tokens[child].lemma in words.conditional_nouns
                and view.preposition(child) in words.conditional_prepositions
                and child < index
            ):
                return True
        if token.pos == "VERB" and position != index:
            break
    return False


def _holders(view: SentenceView, index: int, words: AgreementWords) -> list[Argument]:
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


def _restated(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "выйти из Киотского протокола — международного соглашения": a document noun set
    beside another in the same case names the same document once."""
    token = view.tokens[index]
    holder = token.head
    first = min(view.subtree(index))  # the noun's own phrase, or the token just before it
    set_off = any(
        0 <= i < len(view.tokens) and view.tokens[i].text in {"-", "–", "—", "/"}
        for i in (first, first - 1)
    )
    return (
        # "протокола - международного соглашения", "протокола/меморандума"; a list of
        # documents ("подписаны: дорожная карта …; меморандум …") names several
        (token.relation == "appos" or (token.relation in {"parataxis", "conj"} and set_off))
        and 0 <= holder < len(view.tokens)
        and holder != index  # the parser may hang a noun on itself
        and _kind(view, holder, words) is not None
        and token.feats.get("Case") == view.tokens[holder].feats.get("Case")
    )


def _agrees(first: Token, second: Token) -> bool:
    """Same number, and same gender in the singular: a participle or a pronoun that can
    stand for the noun."""
    number = first.feats.get("Number")
    if not number or number != second.feats.get("Number"):
        return False
    return number == "Plur" or first.feats.get("Gender") == second.feats.get("Gender")


def _stands_for(noun: Token, pronoun: Token, words: AgreementWords) -> bool:
    """Whether a possessive pronoun agrees with the noun; one without number and gender
    ("его" in "по его условиям") by the forms its lemma has."""
    if pronoun.feats.get("Number") or pronoun.lemma not in words.pronoun_forms:
        return _agrees(noun, pronoun)
    number, genders = words.pronoun_forms[pronoun.lemma]
    return noun.feats.get("Number") == number and (
        number == "Plur" or noun.feats.get("Gender") in genders
    )


def _signed_by_participle(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "соглашение может быть подписано", "договор был ратифицирован Радой": the document,
    the subject, with a short passive participle of signing that agrees with it, wherever
    the parser hangs the two (on a modal verb, on the next clause's verb); a negated
    participle does not sign."""
    noun = view.tokens[index]
    if not noun.relation.startswith("nsubj"):
        return False
    return any(
        token.lemma in words.sign_verbs
        and token.feats.get("VerbForm") == "Part"
        and token.feats.get("Voice") == "Pass"
        and token.feats.get("Variant") == "Short"
        and _agrees(token, noun)
        and not any(view.tokens[c].lemma == "не" for c in view.children(position))
        for position, token in enumerate(view.tokens)
    )


def _signed_by_own_participle(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "в уже подписанных контрактах": a participle of signing on the document itself."""
    return any(
        view.tokens[c].relation in {"acl", "amod"}
        and view.tokens[c].lemma in words.sign_verbs | words.signed_participles
        and _affirmed(view, c, words)
        for c in view.children(index)
    )


def _signed_nearby(view: SentenceView, index: int, words: AgreementWords) -> bool:
    chain = [index, *view.ancestors(index)]
    return (
        any(_signs(view, i, words) for i in chain)
        or bool(_coordinated_signing(view, index, words))
        or _signed_by_participle(view, index, words)
    )


def _coordinated_signing(view: SentenceView, index: int, words: AgreementWords) -> list[int]:
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


def _acts(view: SentenceView, index: int, words: AgreementWords) -> bool:
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


def _future_auxiliary(view: SentenceView, index: int) -> bool:
    """ "Будет подписано соглашение": the tagger at times marks the auxiliary's future form
    present; an auxiliary "быть" in the present has no other reading (the present "есть" is
    no auxiliary). Kept to documents: other claims were measured with the tagger as it is."""
    chain = [index, *list(view.ancestors(index))[:2]]
    return any(
        view.tokens[child].lemma == view.words.future_auxiliary
        and view.tokens[child].relation.startswith("aux")
        and view.tokens[child].feats.get("Tense") == "Pres"
        for position in chain
        for child in view.children(position)
    )


def _in_force(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Соглашение вступило в силу", "между ними действует договор": in force, so signed,
    on a date that is not the signing's."""
    if _acts(view, index, words):
        return True
    chain = [index, *view.ancestors(index)][:3]
    return any(
        view.tokens[i].lemma in words.force_verbs
        and any(view.tokens[c].lemma in words.force_nouns for c in view.children(i))
        for i in chain
    )


def _term(view: SentenceView, words: AgreementWords) -> list[int]:
    """ "Договор заключён сроком на пять лет": the term noun's phrase naming a count of
    years, months, weeks or days, from the count to the unit."""
    for index, token in enumerate(view.tokens):
        if token.lemma not in words.term_nouns:
            continue
        phrase = view.subtree(index)
        units = [i for i in phrase if i > index and view.tokens[i].lemma in words.term_units]
        counts = [
            i
            for i in phrase
            if index < i < (units[0] if units else index)
            and (view.tokens[i].pos == "NUM" or view.tokens[i].text.isdigit())
        ]
        if units and counts:
            return list(range(counts[0], units[0] + 1))
    return []


def _affirmed(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "ракета, которая не принята на вооружение": a negated signing word signs nothing that
    a later sentence could restate."""
    return not any(view.tokens[c].lemma in view.words.negations for c in view.children(index))


def signing_context(view: SentenceView, words: AgreementWords) -> tuple[bool, DateMention | None]:
    """ "Накануне был подписан пакет документов. Ключевым элементом стала Дорожная карта…":
    a signing verb in the sentence just before carries over, with its date."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position == 0:
        return False, None
    previous = sentences[position - 1]
    earlier = SentenceView.build(view.document, previous, view.words)
    if not any(
        token.lemma in words.sign_verbs and _affirmed(earlier, index, words)
        for index, token in enumerate(earlier.tokens)
    ):
        return False, None
    return True, next(
        (
            d
            for d in view.document.dates
            if previous.start <= d.start < previous.end and d.relation == "on"
        ),
        None,
    )


def _package_signing(view: SentenceView, words: AgreementWords) -> tuple[bool, list[Mention]]:
    """ "Стороны подписали пакет из 14 документов. … Среди них — договор о …": a package
    of documents signed in the sentences before signs each document listed after it, by
    the signing's subjects (names, or the organisations and states a common noun such as
    "стороны" stands for)."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    for sentence in reversed(sentences[max(0, position - _LOOK_BACK) : position]):
        earlier = SentenceView.build(view.document, sentence, view.words)
        for verb in range(len(earlier.tokens)):
            if not _signs(earlier, verb, words):
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
                signers += _standing_for(earlier, child, words)
            return True, signers
    return False, []


def _bare_signers(view: SentenceView, verb: int) -> list[Argument]:
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


def _earlier_kind(view: SentenceView, words: AgreementWords) -> str | None:
    """The kind of the document named last in the sentences before this one."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    found = None
    for sentence in sentences[max(0, position - _LOOK_BACK) : position]:
        earlier = SentenceView.build(view.document, sentence, view.words)
        for index in range(len(earlier.tokens)):
            kind = _kind(earlier, index, words)
            if kind:
                found = kind[0]
    return found


def _standing_for(view: SentenceView, index: int, words: AgreementWords) -> list[Mention]:
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
            view.document, token.lemma, token.start, types, _INTRODUCED_LOOK_BACK,
            kin_groups=view.words.organisation_kin, any_named_back=_LOOK_BACK, keep=is_party,
        )  # fmt: skip
        return [meant] if meant is not None else []
    named = [m for m in named_before(view.document, token.start, types, _LOOK_BACK) if is_party(m)]
    distinct: dict[str, Mention] = {}
    for mention in named:
        distinct.setdefault(mention.normal, mention)
    return list(distinct.values())


def _signers(view: SentenceView, index: int, words: AgreementWords) -> list[Mention]:
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
                found.extend(m for m in _standing_for(view, noun, words) if m not in found)
                # "премьер-министры двух стран": people signing for the sides named before
                for side in view.children(noun):
                    if view.tokens[side].lemma in words.side_nouns and view.in_case(side, "Gen"):
                        found.extend(m for m in _standing_for(view, side, words) if m not in found)
    return found


def _partners_meant(view: SentenceView, index: int, words: AgreementWords) -> list[Mention]:
    """ "Соглашение с инвестором подпишут": a singular common noun after "с"/"между", in
    the document's phrase or beside its signing verb, as the organisation it stands for.
    A plural one ("с британскими партнерами") is the other side, often never named."""
    verbs = [i for i in list(view.ancestors(index))[:2] if view.tokens[i].lemma in words.sign_verbs]
    nearby = list(view.subtree(index)) + [c for verb in verbs for c in view.children(verb)]
    found: list[Mention] = []
    for noun in nearby:
        plural = view.tokens[noun].feats.get("Number") == "Plur"
        if not plural and view.preposition(noun) in words.party_prepositions:
            found.extend(m for m in _standing_for(view, noun, words) if m not in found)
    return found


def _is_title(view: SentenceView, kind_indices: list[int], words: AgreementWords) -> bool:
    """ "книгу «Договор с землёй»": a document noun opening a quoted name set beside
    another noun is the title of a book, a film or a body, not a document."""
    first = kind_indices[0]
    if first == 0 or view.tokens[first - 1].text not in {"«", '"', "“", "„"}:
        return False
    for index in kind_indices:
        token = view.tokens[index]
        if token.relation != "appos" or not 0 <= token.head < len(view.tokens):
            continue
        holder = view.tokens[token.head]
        if holder.pos == "NOUN" and holder.lemma not in words.document_nouns | words.reference_nouns:
            return True
    return False


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


def _pronoun_referred(
    view: SentenceView, index: int, words: AgreementWords
) -> tuple[str, list[int]] | None:
    """ "… подписали контракт. Он предусматривает …", "Ожидается, что его подписание
    состоится в марте": a personal pronoun stating terms, signed by a passive participle or
    held by a signing noun stands for the last document named in the sentence before that
    agrees with it in number and gender; not after a law or a decree."""
    pronoun = view.tokens[index]
    holder = pronoun.head
    possessive = _possessed_terms(view, index, words)  # "По его условиям …"
    held_by_signing = (
        0 <= holder < len(view.tokens)
        and view.tokens[holder].pos == "NOUN"
        and view.tokens[holder].lemma in words.sign_verbs
        and view.in_case(index, "Gen")
    )
    if not (
        held_by_signing
        or _states_terms(view, index, words)
        or _signed_by_participle(view, index, words)
        or _ending(view, index, words) is not None  # "решение выйти из него"
        or _cites_content(view, index, words)  # "В нём отражены …"
        or possessive
    ):
        return None
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position == 0 or _act_named(view, words, sentences_back=1):
        return None
    earlier = SentenceView.build(view.document, sentences[position - 1], view.words)
    for noun in reversed(range(len(earlier.tokens))):
        kind = _kind(earlier, noun, words)
        if kind is not None:
            named = earlier.tokens[kind[1][-1]]
            if _stands_for(named, pronoun, words) if possessive else _agrees(named, pronoun):
                return kind[0], [index]
        if earlier.tokens[noun].lemma in words.reference_nouns and _agrees(
            earlier.tokens[noun], pronoun
        ):  # "Подписание документа прошло в Ташкенте. Он предусматривает …"
            referred = _earlier_kind(view, words)
            return (referred, [index]) if referred else None
    return None


def _referred(view: SentenceView, index: int, words: AgreementWords) -> tuple[str, list[int]] | None:
    """ "Документ подписали …", "Документ вступит в силу", "Документ предусматривает …":
    the reference word, signed, in force or stating terms, is the document named before
    (its kind); plural and signed by a word governing it ("подписано двадцать документов",
    "подписанные документы"), it is a package of documents of its own, unless a law or a
    decree is what the report signs or the documents are only being prepared."""
    signed = (
        _signed_nearby(view, index, words)
        or _signed_before(view, index, words)
        or _signed_in_clause(view, index, words)
    )
    if not (
        signed
        or _in_force(view, index, words)
        or _states_terms(view, index, words)
        or _cites_content(view, index, words)  # "В документе говорится о …"
    ):
        return None
    if view.tokens[index].feats.get("Number") == "Plur":
        package_signed = (
            any(_signs(view, i, words) for i in [index, *view.ancestors(index)][:3])
            or _signed_before(view, index, words)
            or _signed_in_clause(view, index, words)
        )  # a signing word nearby, not one in another clause of the sentence
        if (
            package_signed
            and view.modality(index) == Modality.FACT  # "до подписания документов не дошло"
            and not _prepared(view, index, words)
            and not _act_named(view, words)
        ):
            return view.tokens[index].lemma, [index]
        return None
    if _act_named(view, words, sentences_back=1):
        return None  # "Президент подписал указ … Документ вступает в силу": the decree
    referred = _earlier_kind(view, words)
    if referred:
        return referred, [index]
    if (
        any(_signs(view, i, words) for i in [index, *view.ancestors(index)][:3])
        and view.modality(index) == Modality.FACT
        and _agreed_before(view, words)
    ):  # "Ведомства договорились о сотрудничестве. Подписание документа состоялось …"
        return view.tokens[index].lemma, [index]
    return None


def _agreed_before(view: SentenceView, words: AgreementWords) -> bool:
    """The sentence just before says its parties came to terms ("договорились о
    сотрудничестве"): the paper it signs is the one a reference word then stands for."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    if position == 0:
        return False
    before = SentenceView.build(view.document, sentences[position - 1], view.words)
    return any(  # on a subject ("о сотрудничестве"), not to do something ("собраться")
        token.lemma in words.agreeing_verbs
        and any(before.preposition(c) in words.subject_prepositions for c in before.children(i))
        for i, token in enumerate(before.tokens)
    )


def extract(view: SentenceView, words: AgreementWords) -> list[Claim]:
    return _claims(view, words, look_back=True)


def _claims(view: SentenceView, words: AgreementWords, look_back: bool) -> list[Claim]:
    """The sentence's documents, also one referred to by a word ("документ"); with
    `look_back`, parties and signatories carried over from the sentences around."""
    claims: list[Claim] = []
    claimed: list[int] = []  # the document nouns of the claims so far
    for index in range(len(view.tokens)):
        found = _kind(view, index, words)
        if not found and view.tokens[index].lemma in words.reference_nouns:
            found = _referred(view, index, words)
        elif not found and view.tokens[index].lemma in words.document_pronouns:
            found = _pronoun_referred(view, index, words)
        elif not found and _signed_paper(view, index, words):
            found = view.tokens[index].lemma, [index]
        if not found or _attached(view, index, words) or _named_in_another(view, index, words):
            continue
        kind, kind_indices = found
        if _is_title(view, kind_indices, words) or _restated(view, index, words):
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
            if is_party(mention) and _named_as_party(view, mention, index, words):
                arguments.append(view.entity_argument("parties", mention))
        if (
            _contested(view, index, words)
            or _only_reached(view, index, words)
            # a condition on observing a document presupposes it ("если Баку не вернётся к
            # выполнению соглашения"); one on signing or ending it only supposes it
            or (_supposed(view, index, words) and not _bound(view, index, words))
        ):
            continue
        signed = _signed_nearby(view, index, words)
        signed_before, context_date = signing_context(view, words)
        in_package, package_signers = (
            _package_signing(view, words) if look_back else (False, [])
        )
        signed = (
            signed or signed_before or in_package or _signed_before(view, index, words)
            or _signed_in_clause(view, index, words)
        )  # fmt: skip
        ending = _ending(view, index, words)
        if ending is not None:  # a concluded document suspended or left: its subject a party
            signed = True
            for child in view.children(_ending_clause(view, ending)):
                if view.tokens[child].relation.startswith("nsubj"):
                    arguments.extend(
                        view.entity_argument("parties", m)
                        for m in view.mentions_in(view.subtree(child))
                        if is_party(m)
                    )
        for child in _coordinated_signing(view, index, words):
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
            if _signs(view, child, words) and index in view.subtree(child):
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
                    arguments.extend(_bare_signers(view, child))
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
        term = _term(view, words)
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
        if modality == Modality.FACT and _future_auxiliary(view, index):
            modality = Modality.PLANNED
        stated = _states_terms(view, index, words)  # "Документ предусматривает …"
        terms = _under_terms(view, index, words) or stated
        holder = view.tokens[index].head
        if modality == Modality.FACT and (
            _talked_over(view, index, words)
            or (0 <= holder < len(view.tokens) and view.tokens[holder].lemma in words.modal_verbs)
        ):
            modality = Modality.PLANNED
        elif modality == Modality.FACT and _prepared(view, index, words):
            preparers, unnamed = _preparers(view, index, words)
            if unnamed and not preparers and not any(a.role == "parties" for a in arguments):
                continue  # "пишут, что металлурги готовят соглашение": nobody named prepares it
            arguments.extend(view.entity_argument("parties", m) for m in preparers)
            modality = Modality.PLANNED
        elif modality == Modality.PLANNED and (
            terms
            or _bound(view, index, words)  # "стороны будут соблюдать договор": in force
            or _signed_before(view, index, words)
            # "Документ вступит в силу": the document named before is signed already
            or (view.tokens[index].lemma in words.reference_nouns and _in_force(view, index, words))
            or _acts(view, index, words)  # "соглашения будут действовать и после выборов"
        ):
            modality = Modality.FACT
        bound = _bound(view, index, words) or _cites_content(view, index, words)
        if (
            modality == Modality.FACT
            and not signed
            and not horizon
            and len(arguments) < 3
            and not _in_force(view, index, words)
            and not bound
            and not (terms and look_back)
        ):
            continue  # a bare mention of "соглашение" with nothing known about it
        if (
            modality == Modality.NEGATED
            and ending is None
            and not (signed or bound or terms or _in_force(view, index, words))
            and view.tokens[index].relation.startswith("nsubj")
        ):
            continue  # "Протокол не является шагом вперёд": said of the document, not its end
        if look_back and not any(a.role in {"parties", "signatories"} for a in arguments):
            # a report restates its document paragraphs later; an earlier one only nearby
            back = _LOOK_BACK if earlier else _INTRODUCED_LOOK_BACK
            signers = _signers(view, index, words)
            signers += [m for m in _partners_meant(view, index, words) if m not in signers]
            signers = signers or package_signers  # a document listed from a signed package
            arguments.extend(view.entity_argument("parties", m) for m in signers)
            if not signers:
                arguments.extend(
                    _carried_over(view, kind, words, back) or _signed_next(view, kind, words)
                )
            if (terms or bound) and not signed:
                arguments.extend(_holders(view, index, words))
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
            (terms or bound) and not any(_signs(view, i, words) for i in [index, *view.ancestors(index)][:3])
        )  # its terms cited, no signing word of its own
        earlier_same = [c for c in claims if set(c.values("kind")) & same]
        if (
            restating
            and earlier_same
            # "один контракт будет подписан …, в уже подписанных контрактах …": a document
            # its own participle calls signed is not the one the sentence plans
            and not (
                _signed_by_own_participle(view, index, words)
                and all(c.modality == Modality.PLANNED for c in earlier_same)
            )
        ):
            # "нарушила договор, … запрещённую договором", "контракт продлён, … прописанные
            # в соглашении пункты": the same document again, under its kind or another
            continue
        again = _named_again(view, index, claimed, words)
        if again is not None:  # one paper named twice: its claim gains what this names
            first = claims[again]
            known = {(a.role, a.value) for a in first.arguments}
            added = [a for a in arguments if (a.role, a.value) not in known]
            claims[again] = view.claim("agreement", [*first.arguments, *added], first.modality)
            continue
        claimed.append(index)
        claims.append(view.claim("agreement", arguments, modality))
    return claims
