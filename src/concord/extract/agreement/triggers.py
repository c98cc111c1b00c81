"""Which words name a document, and which document a word without a kind stands for.

A document noun or a two-word kind (`kind_of`) names one; so does a paper made jointly
and signed ("подписана программа совместных действий": `signed_paper`). A reference
word ("документ") signed, in force or stating terms is the document named in the
sentences before (`referred_document`), or a package of documents when plural; a
personal pronoun ("Он предусматривает …", "его подписание") is the last document the
sentence before names that agrees with it (`pronoun_document`). Neither stands for a
law or a decree named just before. `document_named` applies the filters that leave a
noun no document of its own.
"""

from __future__ import annotations

from concord.analysis import Token
from concord.claim import Modality
from concord.extract.agreement.filters import not_its_own
from concord.extract.agreement.modality import ending_word, prepared
from concord.extract.agreement.reading import (
    INTRODUCED_LOOK_BACK,
    LOOK_BACK,
    agrees,
    governors,
    kind_of,
    sentences_before,
    signs,
)
from concord.extract.agreement.signing import (
    in_force,
    runs,
    signed_already,
    signed_by_participle,
    signed_in_clause,
    signed_nearby,
    signing_word_near,
)
from concord.extract.agreement.terms import cites_content, possessed_terms, states_terms
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView


def _no_joint_word(view: SentenceView, words: AgreementWords) -> bool:
    """A pre-filter of `signed_paper`, which every noun of every sentence asks: a paper
    off the document lists is one only when a joint word ("совместный") modifies it or
    its dependent, so a sentence with no joint word holds no such paper."""
    return words.joint_words.isdisjoint(view.lemmas)


def own_document(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "подписали четыре двусторонних документа", "промежуточный документ", "документ о
    партнерстве", "такой же документ", "пакет документов": a reference word counted, held
    by a package noun, or described by words of its own names a paper of its own, not the
    one told before; "данный документ", "подписанный документ" restate that one."""
    holder = view.tokens[index].head
    if 0 <= holder < len(view.tokens) and view.tokens[holder].lemma in words.package_nouns:
        return True
    if any(view.tokens[c].relation.startswith("nummod") for c in view.children(index)):
        return True
    return described(view, index, words) and two_sided(view, index, words)


def described(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "промежуточный документ", "такой же документ", "документ о партнерстве": an
    adjective, a word of another paper or a topic of its own on the reference word."""
    for child in view.children(index):
        token = view.tokens[child]
        if token.relation == "det" and token.lemma in words.another_words:
            return True
        if (
            token.relation == "amod"
            and token.lemma not in words.restating_words
            and token.feats.get("VerbForm") != "Part"
        ):
            return True
        if token.relation == "nmod" and view.preposition(child) in words.describing_prepositions:
            return True
    return False


def two_sided(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Мэры двух городов подписали документ о …", "подписал с президентом Литвы документ",
    "совместный документ": sides named (several subjects, a party after "с" or "между", a
    joint word) on the paper or the words above it; "Губернатор подписал документ о
    выплатах" is one official's act, no agreement."""
    for position in [index, *governors(view, index, 2)]:
        for child in view.children(position):
            token = view.tokens[child]
            if view.preposition(child) in words.party_prepositions:
                return True
            if token.relation == "amod" and token.lemma in words.joint_words:
                return True
            if token.relation.startswith("nsubj") and (
                token.feats.get("Number") == "Plur"
                or any(view.tokens[c].relation == "conj" for c in view.children(child))
            ):
                return True
    return False


def signed_only(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "подписали сделку", "сделка была заключена", "подписание сделки": a noun that names
    a signed document only when a signing word holds it directly (its object, its passive
    subject or its genitive) or it runs for a term or is in force (`runs`), not a
    transaction spoken of ("сделка по покупке")."""
    token = view.tokens[index]
    if token.lemma not in words.signed_only_nouns or token.pos != "NOUN":
        return False
    holder = token.head
    held = (
        0 <= holder < len(view.tokens)
        and signs(view, holder, words)
        and (token.relation in {"obj", "nsubj:pass"} or view.tokens[holder].pos == "NOUN")
    )
    # agreement30: "срок действия зерновой сделки", "сделка, которая будет действовать"
    return held or signed_by_participle(view, index, words) or runs(view, index, words)


def signed_paper(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Подписана программа совместных действий", "подписи под совместными заявлениями": a
    noun outside the document nouns is a document when it is made jointly and a verb or a
    noun of putting a signature holds it; a unilateral act or an addressed paper is not."""
    token = view.tokens[index]
    if (
        token.pos != "NOUN"
        or _no_joint_word(view, words)
        or token.lemma in words.act_nouns
        or token.lemma in words.reference_nouns
        or token.lemma in words.package_nouns  # "пакет двусторонних документов": the papers
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
            kind_of(view, child, words) is None
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


def act_named(view: SentenceView, words: AgreementWords, sentences_back: int = LOOK_BACK) -> bool:
    """A law, a decree or a bill named in the sentence or the ones just before: a bare
    "документ" may be that act rather than a signed agreement."""
    sentences = view.document.sentences
    position = sentences.index(view.sentence)
    return any(
        token.lemma in words.act_nouns
        for sentence in sentences[max(0, position - sentences_back) : position + 1]
        for token in sentence.tokens
    )


def stands_for(noun: Token, pronoun: Token, words: AgreementWords) -> bool:
    """Whether a possessive pronoun agrees with the noun; one without number and gender
    ("его" in "по его условиям") by the forms its lemma has."""
    if pronoun.feats.get("Number") or pronoun.lemma not in words.pronoun_forms:
        return agrees(noun, pronoun)
    number, genders = words.pronoun_forms[pronoun.lemma]
    return noun.feats.get("Number") == number and (
        number == "Plur" or noun.feats.get("Gender") in genders
    )


def kind_named_before(view: SentenceView, words: AgreementWords) -> str | None:
    """The kind of the document named last in the sentences before this one."""
    found = None
    for earlier in sentences_before(view, LOOK_BACK):
        for index in range(len(earlier.tokens)):
            kind = kind_of(earlier, index, words)
            if kind:
                found = kind[0]
    return found


def pronoun_document(
    view: SentenceView, index: int, words: AgreementWords
) -> tuple[str, list[int]] | None:
    """ "… подписали контракт. Он предусматривает …", "Ожидается, что его подписание
    состоится в марте": a personal pronoun stating terms, signed by a passive participle or
    held by a signing noun stands for the last document named in the sentence before that
    agrees with it in number and gender; not after a law or a decree."""
    pronoun = view.tokens[index]
    holder = pronoun.head
    possessive = possessed_terms(view, index, words)  # "По его условиям …"
    held_by_signing = (
        0 <= holder < len(view.tokens)
        and view.tokens[holder].pos == "NOUN"
        and view.tokens[holder].lemma in words.sign_verbs
        and view.in_case(index, "Gen")
    )
    if not (
        held_by_signing
        or states_terms(view, index, words)
        or signed_by_participle(view, index, words)
        or ending_word(view, index, words) is not None  # "решение выйти из него"
        or cites_content(view, index, words)  # "В нём отражены …"
        or possessive
    ):
        return None
    before = sentences_before(view, 1)
    if not before or act_named(view, words, sentences_back=1):
        return None
    earlier = before[0]
    for noun in reversed(range(len(earlier.tokens))):
        kind = kind_of(earlier, noun, words)
        if kind is not None:
            named = earlier.tokens[kind[1][-1]]
            if stands_for(named, pronoun, words) if possessive else agrees(named, pronoun):
                return kind[0], [index]
        if earlier.tokens[noun].lemma in words.reference_nouns and agrees(
            earlier.tokens[noun], pronoun
        ):  # "Подписание документа прошло в Ташкенте. Он предусматривает …"
            referred = kind_named_before(view, words)
            return (referred, [index]) if referred else None
    return None


def referred_document(
    view: SentenceView, index: int, words: AgreementWords
) -> tuple[str, list[int]] | None:
    """ "Документ подписали …", "Документ вступит в силу", "Документ предусматривает …":
    the reference word, signed, in force or stating terms, is the document named before
    (its kind); plural and signed by a word governing it ("подписано двадцать документов",
    "подписанные документы"), it is a package of documents of its own, unless a law or a
    decree is what the report signs or the documents are only being prepared."""
    signed = (
        signed_nearby(view, index, words)
        or signed_already(view, index, words)
        or signed_in_clause(view, index, words)
    )
    if not (
        signed
        or in_force(view, index, words)
        or states_terms(view, index, words)
        or cites_content(view, index, words)  # "В документе говорится о …"
    ):
        return None
    if (
        own_document(view, index, words)
        and (signed or signing_word_near(view, index, words))
        and not prepared(view, index, words)
        and not act_named(view, words, sentences_back=1)
    ):
        return view.tokens[index].lemma, [index]
    if view.tokens[index].feats.get("Number") == "Plur":
        package_signed = (
            signing_word_near(view, index, words)
            or signed_already(view, index, words)
            or signed_in_clause(view, index, words)
        )  # a signing word nearby, not one in another clause of the sentence
        if (
            package_signed
            and view.modality(index) == Modality.FACT  # "до подписания документов не дошло"
            and not prepared(view, index, words)
            and not act_named(view, words)
        ):
            return view.tokens[index].lemma, [index]
        return None
    if act_named(view, words, sentences_back=1):
        return None  # "Президент подписал указ … Документ вступает в силу": the decree
    referred = kind_named_before(view, words)
    if referred:
        return referred, [index]
    if (
        signing_word_near(view, index, words)
        and view.modality(index) == Modality.FACT
        and agreed_before(view, words)
    ):  # "Ведомства договорились о сотрудничестве. Подписание документа состоялось …"
        return view.tokens[index].lemma, [index]
    return None


def agreed_before(view: SentenceView, words: AgreementWords) -> bool:
    """The sentence just before says its parties came to terms ("договорились о
    сотрудничестве"): the paper it signs is the one a reference word then stands for."""
    sentences = sentences_before(view, 1)
    if not sentences:
        return False
    before = sentences[0]
    return any(  # on a subject ("о сотрудничестве"), not to do something ("собраться")
        token.lemma in words.agreeing_verbs
        and any(before.preposition(c) in words.subject_prepositions for c in before.children(i))
        for i, token in enumerate(before.tokens)
    )


def document_named(
    view: SentenceView, index: int, words: AgreementWords
) -> tuple[str, list[int]] | None:
    """The kind of document a word names or stands for, and the words naming it; None for
    a word naming none, or a paper that is not one of its own."""
    found = kind_of(view, index, words)
    lemma = view.tokens[index].lemma
    if not found and lemma in words.reference_nouns:
        found = referred_document(view, index, words)
    elif not found and lemma in words.document_pronouns:
        found = pronoun_document(view, index, words)
    elif not found and (signed_only(view, index, words) or signed_paper(view, index, words)):
        found = lemma, [index]
    elif not found and lemma in words.plan_heads:
        found = restated_plan(view, index, words)
    if not found or not_its_own(view, index, found[1], words):
        return None
    if unsigned_declaration(view, found[0], words) or unsigned_plan(view, index, found[0], words):
        return None
    return found


def restated_plan(
    view: SentenceView, index: int, words: AgreementWords
) -> tuple[str, list[int]] | None:
    """agreement28: "подписали программу межрегионального сотрудничества … . Программа
    включает около 70 направлений": a bare plan noun ("программа", "план") with no genitive
    of its own restates the plan of that noun a sentence before named (nearest first), as
    "документ" restates a document; `unsigned_plan` still asks for a signature near it."""
    token = view.tokens[index]
    if token.pos != "NOUN":
        return None
    for before in reversed(sentences_before(view, INTRODUCED_LOOK_BACK)):
        for position in range(len(before.tokens) - 1, -1, -1):
            if before.tokens[position].lemma != token.lemma:
                continue
            named = kind_of(before, position, words)
            if named and named[0] in words.plan_compounds.values():
                return named[0], [index]
    return None


def unsigned_declaration(view: SentenceView, kind: str, words: AgreementWords) -> bool:
    """ "Лидеры приняли совместную декларацию", "Об утверждении документа сообщил …",
    "Декларация фиксирует итоги встречи": a declaration no one is said to sign, in this
    sentence or the ones just before, was adopted or published, not signed as an agreement;
    "подписали декларацию о партнерстве" and what follows it stay."""
    if words.signature_only_nouns.isdisjoint(kind.lower().split()):
        return False
    return not _signature_near(view, words)


def unsigned_plan(view: SentenceView, index: int, kind: str, words: AgreementWords) -> bool:
    """agreement27: "Администрация утвердила план мероприятий", "разрабатывается проект
    плана": a plan no one is said to sign, in this sentence or the ones just before, is one
    body's plan or a draft, not a joint document; "подписали план развития" stays."""
    return (
        kind in words.plan_compounds.values()
        and not _signature_near(view, words)
        and not _approved_by_sides(view, index, words)
    )


def _approved_by_sides(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """agreement28: "Вузы утвердили программу сотрудничества", "Томск и Осака приняли план
    …": a plan a signing word holds whose subject is several sides (plural or joined) is
    approved by both, a joint document; "Администрация утвердила план" is one body's."""
    head = view.tokens[index].head
    if not 0 <= head < len(view.tokens) or not signs(view, head, words):
        return False
    for child in view.children(head):
        token = view.tokens[child]
        if not token.relation.startswith("nsubj") or token.lemma in words.one_body_plurals:
            continue
        joined = any(view.tokens[c].relation == "conj" for c in view.children(child))
        if joined or token.feats.get("Number") == "Plur":
            return True
    return False


def _signature_near(view: SentenceView, words: AgreementWords) -> bool:
    """A word of putting a signature in the sentence or the `LOOK_BACK` ones before."""
    signing = words.signature_verbs | words.signature_nouns | words.signed_participles
    return any(
        not signing.isdisjoint(sentence.lemmas)
        for sentence in [*sentences_before(view, LOOK_BACK), view]
    )
