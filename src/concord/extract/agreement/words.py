"""`AgreementWords`: what a language gives the reading of signed documents.

Each field is a word list (or a small mapping) that `extract/lexicons/ru.py` and `en.py`
fill in; the comment above a field gives the sentences it serves. A field a language
leaves empty switches that reading off for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType


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
    # agreement28: "продлили договор на 5 лет", "рассчитан на пять лет": a count after these
    # prepositions held by a signing word or one of `term_verbs` is the term (`valid_for`)
    term_prepositions: frozenset[str] = frozenset()
    term_verbs: frozenset[str] = frozenset()
    # agreement28: "власти утвердили план мероприятий": plural subjects that are one body, not
    # several sides approving a plan together
    one_body_plurals: frozenset[str] = frozenset()
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
    # "готовы начать переговоры о заключении договора", "процесс согласования деталей
    # контракта", "обмен проектами меморандума", "contract talks": talks on a document, its
    # draft or a proposal for it plan it (nouns, and verbs of talking it over)
    talks_nouns: frozenset[str] = frozenset()
    talks_verbs: frozenset[str] = frozenset()
    # "draft agreement": a word modifying the document that makes it a draft
    draft_words: frozenset[str] = frozenset()
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
    # "прорабатывает условия нового контракта": a document its own words call new, whose
    # terms are talked over, is still to be signed
    new_words: frozenset[str] = frozenset()
    # "для ратификации соглашения", "передано для окончательного утверждения", "needs the
    # approval of parliament": a step still ahead of a document (nouns of the step, the
    # prepositions of a purpose and the verbs of a need that hold it)
    approval_nouns: frozenset[str] = frozenset()
    purpose_prepositions: frozenset[str] = frozenset()
    needing_verbs: frozenset[str] = frozenset()
    # "в договоре предусмотрено …": the document holding its terms
    content_prepositions: frozenset[str] = frozenset()
    # "может быть подписан договор", "намерен подписать контракт", "may be signed": a modal
    # or intending word holding the document or its signing plans it
    modal_verbs: frozenset[str] = frozenset()
    # "поручило МИД подписать меморандум", "решение о продлении контракта", "approved the
    # signing of an agreement", "hopes to sign a contract": an order, decision, approval or
    # hope over a signing word plans the document that signing names
    ordering_words: frozenset[str] = frozenset()
    # "договорились о подписании контракта": sides agreeing on a signing set it to come; an
    # extension they agree on ("договорились о продлении контракта") is reported as done
    arranging_words: frozenset[str] = frozenset()
    extending_words: frozenset[str] = frozenset()
    # "Напомним, что соглашение было подписано": a narrator's formula in the first person
    # plural, future in form, that leaves the past clause it introduces a fact
    narrating_verbs: frozenset[str] = frozenset()
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
    # "подписали четыре двусторонних документа", "промежуточный документ", "документ о
    # партнерстве", "такой же документ", "пакет документов" (agreement23): a reference word
    # counted, held by a package noun, described by an adjective of its own, by another
    # word, or by its topic names a document of its own, not the one told before; the
    # restating words ("данный", "указанный") and participles ("подписанный") describe none
    package_nouns: frozenset[str] = frozenset()
    restating_words: frozenset[str] = frozenset()
    another_words: frozenset[str] = frozenset()
    describing_prepositions: frozenset[str] = frozenset()
    # "подписали сделку", "сделка была заключена" (agreement23): a noun naming a signed
    # document only when a signing word holds it directly; elsewhere ("сделка по
    # покупке", "в рамках сделки") it is a transaction, no paper
    signed_only_nouns: frozenset[str] = frozenset()
    # "подписали декларацию о партнерстве" (agreement25): a joint declaration is an
    # agreement only when signed (gold.md, agreement18); one adopted, approved or published
    # at a summit ("лидеры приняли декларацию", "утверждение итоговой декларации") is none,
    # nor are the later sentences about it, so a noun of this class needs a word of putting
    # a signature (`signature_verbs`, `signature_nouns`, `signed_participles`) in its
    # sentence or the ones just before
    signature_only_nouns: frozenset[str] = frozenset()
    # "Memoranda": forms an analyser leaves as written, and the document noun they are
    document_forms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # agreement27: "подписали план развития Союзного государства", "план мероприятий по
    # реализации соглашения": a plan noun with the genitive it heads (adjectives between
    # allowed) is a joint document like a memorandum, but only where someone signs it; a
    # plan one body adopts or approves ("утвердили план мероприятий к празднику") is none,
    # so these kinds need a word of putting a signature as `signature_only_nouns` do
    plan_compounds: Mapping[tuple[str, str], str] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # agreement27: "срок его действия истекает 1 апреля 2009 года": a date an expiry word
    # holds is the day the document's term runs out (its `valid_until`), not its signing day
    expiry_words: frozenset[str] = frozenset()
    # agreement26: "Грушко сообщил о продлении сделки", "X не исключает, что соглашение
    # может быть подписано": the one who tells of a signing is no signer of it, and a
    # negation on the telling verb denies nothing of the document; a name opening a
    # headline before a colon ("Семашко: подписание …") is its speaker too
    speech_verbs: frozenset[str] = frozenset()
    speaker_marks: frozenset[str] = frozenset()
    # agreement26: "продлевающее пребывание флота после 2017 года", "не будет продлен после
    # 22 июля": a date after these words bounds a term, it is no day of signing
    boundary_prepositions: frozenset[str] = frozenset()
    # agreement26: "чтобы перейти к подписанию соглашения": a document in a purpose
    # clause is aimed at, planned
    purpose_marks: frozenset[str] = frozenset()
    not_purpose_prepositions: frozenset[str] = frozenset()  # "без того, чтобы"
    # agreement29: "Москва и Минск парафировали генеральный контракт": an initialled
    # document has its text agreed but is not yet signed, so it is planned
    initialling_words: frozenset[str] = frozenset()
    # agreement29: "подписали план мероприятий на 2027 год": a lone year after these
    # prepositions, with a year word after it, is the period the document covers (its
    # `valid_until`), not the day it was signed
    period_prepositions: frozenset[str] = frozenset()
    year_words: frozenset[str] = frozenset()
    # agreement30: "срок действия зерновой сделки истекает": a noun of the document's running
    # held by a term noun; a `signed_only_nouns` noun in its genitive is a document in force
    running_nouns: frozenset[str] = frozenset()

    @cached_property
    def plan_heads(self) -> frozenset[str]:
        """The plan nouns of `plan_compounds` ("план", "программа"): bare, they may restate
        a plan named before."""
        return frozenset(first for first, _ in self.plan_compounds)

    @cached_property
    def compounds_ending_in(self) -> Mapping[str, tuple[tuple[str, str], ...]]:
        """`compound_kinds` by their second lemma, each as (first lemma, kind) in the order
        of `compound_kinds`: every word of a sentence is tested, and only those ending a
        compound need their word before read."""
        ending_in: dict[str, list[tuple[str, str]]] = {}
        for (first, second), kind in self.compound_kinds.items():
            ending_in.setdefault(second, []).append((first, kind))
        return {second: tuple(pairs) for second, pairs in ending_in.items()}
