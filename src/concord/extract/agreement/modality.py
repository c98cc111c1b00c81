"""Whether a document is reported, planned, supposed or ended.

The sentence view gives the clause's modality; a document adds its own readings: an
auxiliary the tagger marks present ("Будет подписано"), talks or a signing neared
("переговоры о заключении", "близки к подписанию"), a modal verb, a document being
prepared (planned); terms cited, in force or acted under (a fact whatever the tense);
a suspending or leaving word (`ending_word`: negated, its subject a party); a condition
("если", "в случае подписания": `supposed`, which the filters drop).
"""

from __future__ import annotations

from itertools import pairwise

from concord.claim import Modality
from concord.extract.agreement.reading import governors, head_of
from concord.extract.agreement.signing import acts, in_force, signed_already
from concord.extract.agreement.terms import bound_by
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView


def ending_word(view: SentenceView, index: int, words: AgreementWords) -> int | None:
    """The word suspending, denouncing or leaving the document, among its three nearest
    governors ("приостановила действие соглашения", "вышла из договора")."""
    return next(
        (i for i in governors(view, index, 3) if view.tokens[i].lemma in words.ending_words),
        None,
    )


def ending_clause(view: SentenceView, ending: int) -> int:
    """ "Польша объявила о выходе из конвенции": an ending noun without a subject of its own
    that is the object of a verb ends the document for that verb's subject."""
    token = view.tokens[ending]
    holder = token.head
    if (
        token.pos == "NOUN"
        and not view.subjects(ending)
        and 0 <= holder < len(view.tokens)
        and view.tokens[holder].pos == "VERB"
    ):
        return holder
    return ending


def talks_word(view: SentenceView, index: int, words: AgreementWords) -> int | None:
    """The word of talks, drafts or proposals holding the document among its three nearest
    governors ("переговоры о заключении договора", "обмен проектами меморандума", "contract
    talks"), or a draft word on the document itself ("draft agreement"); None when the
    talks reach it through its terms, its keeping or its end ("переговоры об изменении
    условий контракта", "консультации о выполнении соглашения"): those are about a document
    concluded before, not a new one."""
    new = any(view.tokens[c].lemma in words.new_words for c in view.children(index))
    for position in governors(view, index, 3):
        lemma = view.tokens[position].lemma
        if lemma in words.terms_nouns and new:
            continue  # "прорабатывает условия нового контракта": the new one's terms
        if (
            lemma in words.terms_nouns
            or lemma in words.binding_words
            or lemma in words.ending_words
        ):
            return None
        if lemma in words.talks_nouns or (
            lemma in words.talks_verbs and view.tokens[position].pos == "VERB"
        ):
            return position
    return _draft_word(view, index, words)


def _draft_word(view: SentenceView, index: int, words: AgreementWords) -> int | None:
    """A draft word on the document itself ("draft agreement", "proposed deal")."""
    return next(
        (
            child
            for child in view.children(index)
            if view.tokens[child].lemma in words.draft_words
            and view.tokens[child].relation in {"amod", "compound"}
        ),
        None,
    )


def concluded_already(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "переговоры по действующему контракту", "talks on the existing deal": a document its
    own words call signed, in force or older than the new one is not planned by talks."""
    return (
        signed_already(view, index, words)
        or in_force(view, index, words)
        or any(view.tokens[c].lemma in words.earlier_words for c in view.children(index))
    )


def talked_over(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "готовы начать переговоры о заключении договора", "близки к подписанию контракта": a
    document under talks, drafted or proposed, or whose signing the sides are near, is
    planned; one concluded already is not."""
    if talks_word(view, index, words) is not None and not concluded_already(view, index, words):
        return True
    above = governors(view, index, 3)
    return any(  # the signing word itself hangs on the nearing word, not beside it
        view.tokens[signing].lemma in words.sign_verbs
        and view.tokens[signing].relation != "conj"
        and view.tokens[holder].lemma in words.approaching_words
        for signing, holder in pairwise(above)
    )


def awaiting_approval(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Заседание для ратификации соглашения", "Соглашение передано для окончательного
    утверждения", "The agreement now needs the approval of parliament": a document whose
    ratification, entry into force or approval is a purpose or a need is still ahead of
    that step, planned; one ratified or approved is told by other words."""
    above = governors(view, index, 2)
    steps = [i for i in above if view.tokens[i].lemma in words.approval_nouns]
    steps += [
        child
        for verb in above[:1]
        if view.tokens[verb].pos == "VERB"
        for child in view.children(verb)
        if view.tokens[child].lemma in words.approval_nouns
    ]
    if any(view.preposition(step) in words.purpose_prepositions for step in steps):
        return True
    holder = head_of(view, index)
    return (
        holder is not None
        and view.tokens[holder].lemma in words.needing_verbs
        and view.tokens[index].relation.startswith("nsubj")
        and any(view.tokens[c].lemma in words.approval_nouns for c in view.children(holder))
    )


def prepared(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Москва и Пекин готовят новое соглашение", "готовящееся соглашение": a document
    being prepared is planned."""
    return any(
        view.tokens[i].lemma in words.preparing_words for i in governors(view, index, 2)
    ) or any(
        view.tokens[c].lemma in words.preparing_words and view.tokens[c].relation in {"amod", "acl"}
        for c in view.children(index)
    )


def supposed(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "если бы контракт был расторгнут", "в случае подписания соглашения": the
    document's clause, up to its verb, is a condition ("если") or hangs on "в случае"."""
    for position in view.clause_governors(index, 3, shared_subordinator=True):
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


def intended(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "могут подписать меморандум", "намерен подписать контракт", "may be signed": a modal
    or intending word holding the document or its signing infinitive, or a modal auxiliary
    of the signing, plans the document; a modal over a verb of saying above it does not
    ("может подтвердить, что договор подписан")."""
    chain = view.clause_governors(index, 3)
    for below, above in pairwise(chain):
        if view.tokens[above].lemma in words.modal_verbs and (
            below == index
            or (
                view.tokens[below].lemma in words.sign_verbs
                and (
                    view.tokens[below].feats.get("VerbForm") == "Inf"
                    or _passive_infinitive(view, below)
                )
            )
        ):
            return True
    if _possible_signing(view, chain, words):
        return True
    return any(
        view.tokens[child].lemma in words.modal_verbs
        and view.tokens[child].relation.startswith("aux")
        for position in chain[:2]
        for child in view.children(position)
    )


def _passive_infinitive(view: SentenceView, position: int) -> bool:
    """agreement29: "Также могут быть подписаны соглашения …, меморандумы …": a signing
    participle with the infinitive auxiliary "быть" is the passive infinitive a modal verb
    holds (the parser hangs the participle on the modal as its complement)."""
    return view.tokens[position].feats.get("VerbForm") == "Part" and any(
        view.tokens[child].lemma == view.words.future_auxiliary
        and view.tokens[child].relation.startswith("aux")
        and view.tokens[child].feats.get("VerbForm") == "Inf"
        for child in view.children(position)
    )


def _possible_signing(view: SentenceView, chain: list[int], words: AgreementWords) -> bool:
    """ "Подписание протокола возможно на следующей неделе", a headline's "X: подписание
    протокола возможно …" (agreement26): a signing noun with a modal predicate above it,
    no verb between them (the parser may hang the noun on the headline's name), is a
    signing to come."""
    for number, position in enumerate(chain):
        token = view.tokens[position]
        if token.pos != "NOUN" or token.lemma not in words.sign_verbs:
            continue
        for above in chain[number + 1 :]:
            if view.tokens[above].lemma in words.modal_verbs:
                return True
            if view.tokens[above].pos == "VERB":
                return False
    return False


def ordered_signing(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "поручило МИД подписать меморандум", "решение о продлении контракта", "hopes to sign
    a contract", "договорились о подписании контракта", "запланировано подписание коммюнике
    и ряда документов": a signing infinitive, gerund or noun holding the document (through a
    counted or joined paper too), itself held by an order, decision, approval, hope, plan or
    expectation or the sides' arrangement, is a signing to come (an arranged extension is
    done). A signing joined to another verb ("поручено провести переговоры и подписать
    соглашение") takes that verb's holder."""
    for signing in governors(view, index, 3):
        token = view.tokens[signing]
        if token.lemma not in words.sign_verbs or not _signing_form(view, signing):
            continue
        holder = head_of(view, signing)
        if holder is not None and token.relation == "conj":
            holder = head_of(view, holder)
        if holder is None:
            return False
        lemma = view.tokens[holder].lemma
        return lemma in words.ordering_words or (
            lemma in words.arranging_words and token.lemma not in words.extending_words
        )
    return False


def _signing_form(view: SentenceView, position: int) -> bool:
    """A signing named, not done: a noun, an infinitive or a gerund ("interested in signing",
    which the tagger gives as a participle under its preposition)."""
    token = view.tokens[position]
    if token.pos == "NOUN" or token.feats.get("VerbForm") in {"Inf", "Ger"}:
        return True
    return token.feats.get("VerbForm") == "Part" and any(
        view.tokens[child].relation == "mark" and view.tokens[child].pos == "ADP"
        for child in view.children(position)
    )


def narrated_past(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Напомним, что соглашение было подписано ещё в 2011 году": a narrator's formula in
    the first person plural looks ahead only in form; the clause it introduces keeps its
    own past tense."""
    chain = view.clause_governors(index, 3)
    for number, position in enumerate(chain):
        token = view.tokens[position]
        if token.feats.get("Tense") != "Fut":
            continue
        return (
            token.lemma in words.narrating_verbs
            and token.feats.get("Person") == "1"
            and token.feats.get("Number") == "Plur"
            and any(_told_in_past(view, below) for below in chain[:number])
        )
    return False


def _told_in_past(view: SentenceView, position: int) -> bool:
    """A past form with no auxiliary "быть" looking ahead: "был подписан", not "будет
    подписан" (whose participle is past too)."""
    return view.tokens[position].feats.get("Tense") == "Past" and not any(
        view.tokens[child].lemma == view.words.future_auxiliary
        and view.tokens[child].relation.startswith("aux")
        and view.tokens[child].feats.get("Tense") != "Past"
        for child in view.children(position)
    )


def future_auxiliary(view: SentenceView, index: int) -> bool:
    """ "Будет подписано соглашение": the tagger at times marks the auxiliary's future form
    present; an auxiliary "быть" in the present has no other reading (the present "есть" is
    no auxiliary). Kept to documents: other claims were measured with the tagger as it is."""
    chain = [index, *governors(view, index, 2)]
    return any(
        view.tokens[child].lemma == view.words.future_auxiliary
        and view.tokens[child].relation.startswith("aux")
        and view.tokens[child].feats.get("Tense") == "Pres"
        for position in chain
        for child in view.children(position)
    )


def aimed_at(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "Мы стремимся …, чтобы перейти к подписанию соглашения" (agreement26): a document
    whose signing is told in a purpose clause (a purpose mark on a word above the signing
    word) is aimed at, so planned; a document no signing word holds there ("чтобы найти
    путь к мирному соглашению") is only a goal, and is left as it was read."""
    chain = view.clause_governors(index, 3)
    for number, position in enumerate(chain):
        purpose = any(
            view.tokens[child].lemma in words.purpose_marks
            and view.tokens[child].relation == "mark"
            for child in view.children(position)
        )
        if purpose and not _instead(view, position, words):
            return any(view.tokens[i].lemma in words.sign_verbs for i in chain[: number + 1])
    return False


def _instead(view: SentenceView, position: int, words: AgreementWords) -> bool:
    """ "заключён без того, чтобы …", "вместо того, чтобы …": a clause a preposition of
    lack or replacement opens is no purpose."""
    holder = view.tokens[position].head
    return (
        0 <= holder < len(view.tokens)
        and view.preposition(holder) in words.not_purpose_prepositions
    )


def told_not(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """ "X не исключает, что соглашение может быть подписано", "X не уточнил содержание
    протокола" (agreement26): the negation sits on a verb of saying above the document,
    none below it, so it denies the telling, not the document."""
    for position in view.clause_governors(index, 2):
        negated = any(view.tokens[c].lemma in view.words.negations for c in view.children(position))
        if not negated:
            continue
        return position != index and view.tokens[position].lemma in words.speech_verbs
    return False


def initialled(view: SentenceView, index: int, words: AgreementWords) -> bool:
    """agreement29: "Москва и Минск парафировали генеральный контракт", "парафированное
    соглашение", "завизировали проект протокола": a document whose nearest signing-like
    word initials it (the text agreed, no signature yet), or which an initialled participle
    qualifies, is still to be signed; a signing word nearer to it ("подписали парафированное
    соглашение") is told by that word."""
    for position in governors(view, index, 3):
        lemma = view.tokens[position].lemma
        if lemma in words.initialling_words:
            return True
        if lemma in words.sign_verbs:
            return False
    return any(
        view.tokens[child].lemma in words.initialling_words
        and view.tokens[child].relation in {"amod", "acl"}
        for child in view.children(index)
    )


def document_modality(
    view: SentenceView, index: int, words: AgreementWords, ending: int | None, terms: bool
) -> tuple[Modality, bool]:
    """The document's modality, and whether it is planned because it is being prepared
    (the extractor then looks for who prepares it)."""
    if ending is None and _draft_word(view, index, words) is not None:
        return Modality.PLANNED, False  # "the draft agreement the teams have reached"
    modality = Modality.NEGATED if ending is not None else view.modality(index)
    if modality == Modality.NEGATED and ending is None and told_not(view, index, words):
        modality = Modality.FACT  # read on below as the clause's own words give it
    if modality == Modality.FACT and aimed_at(view, index, words):
        return Modality.PLANNED, False
    if modality == Modality.FACT and future_auxiliary(view, index):
        modality = Modality.PLANNED
    if modality == Modality.FACT:
        if (
            initialled(view, index, words)
            or talked_over(view, index, words)
            or awaiting_approval(view, index, words)
            or intended(view, index, words)
            or ordered_signing(view, index, words)
        ):
            return Modality.PLANNED, False
        if prepared(view, index, words):
            return Modality.PLANNED, True
    elif modality == Modality.PLANNED and (
        terms
        or bound_by(view, index, words)  # "стороны будут соблюдать договор": in force
        or signed_already(view, index, words)
        # "Документ вступит в силу": the document named before is signed already
        or (view.tokens[index].lemma in words.reference_nouns and in_force(view, index, words))
        or acts(view, index, words)  # "соглашения будут действовать и после выборов"
        or narrated_past(view, index, words)  # "Напомним, что договор был подписан …"
    ):
        return Modality.FACT, False
    return modality, False
