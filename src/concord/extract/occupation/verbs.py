"""Posts a verb gives its subject or object, and the modality a verb gives a post.

"X назначен послом", "назначил X директором", "X был председателем думы", "X занимает пост
министра", "проработал на посту тренера", "покинул пост редактора", "обязанности директора
исполнял X", "X, назначенный послом", "после ухода X с поста главы Y", "X, который был
мэром Y"; each post of a career told by joined verbs is a claim of its own. Unlike a post
in apposition, a post a verb gives is negated or planned as the verb is.
"""

from __future__ import annotations

from dataclasses import replace

from concord.analysis import Token
from concord.claim import Argument, Claim, Mention, Modality
from concord.extract.occupation.appointers import with_appointer_organisation
from concord.extract.occupation.beside_name import issuing
from concord.extract.occupation.filters import held_post
from concord.extract.occupation.former import marked_former, verb_said_former
from concord.extract.occupation.leaving import replaced_holder
from concord.extract.occupation.memberships import memberships
from concord.extract.occupation.post_claim import occupation_claim
from concord.extract.occupation.reading import (
    SENTENCE_PART_ENDS,
    duties_nouns,
    has_copula,
    names_person,
    next_of,
    plural_genitive,
)
from concord.extract.occupation.replaced import opens_replaced, replaced_words
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import is_position, is_post_by_form, opens_acting_title
from concord.extract.sentence_view import SentenceView


def verb_claims(
    view: SentenceView, person: Mention, root: int, words: OccupationWords, exclude: int = -1
) -> list[Claim]:
    """The posts verbs give the person ("X назначен послом"), all but `exclude`, and the
    boards they join ("X избран в совет директоров Y")."""
    return [
        marked_former(view, _as_acting(
            view,
            verb,
            with_appointer_organisation(
                view, verb, occupation_claim(view, person, post, end, words, verb_modality(view, verb, words)),
                words,
            ),
            words,
        ), verb_said_former(view, verb, words))  # "ранее работал директором"
        for verb, post, end in posts_by_verb(view, root, words) + _posts_by_participle(
            view, root, words
        )
        if post != exclude and held_post(view, post, words) is not None
    ] + memberships(view, person, root, words)


def posts_by_verb(
    view: SentenceView, person_root: int, words: OccupationWords
) -> list[tuple[int, int, int]]:
    """ "X назначен послом", "X стал министром", "X занимает пост министра", and each post
    of a career told by verbs joined to the first ("работал министром, затем стал
    вице-премьером, а позже был назначен послом"): (verb, post, end of the post's phrase)."""
    decree_verb = _decree_subject_verb(view, person_root, words)
    if decree_verb is None:
        person_root = _subject_word(view, person_root, words)
    token = view.tokens[person_root]
    appointed = token.relation == "obj"  # "назначил X директором": the object's post
    first_verb = token.head
    if decree_verb is not None:
        # "Указом президента X назначен послом", "распоряжением губернатора X назначен":
        # X is the verb's subject, not the decree's nor its issuer's
        appointed, first_verb = False, decree_verb
    elif token.relation not in {"nsubj", "nsubj:pass"} and not appointed and not _misread_agent(view, token):
        return []
    if not 0 <= first_verb < len(view.tokens):
        return []
    if not appointed:
        first_verb = _verb_right_before(view, person_root, first_verb)
    verbs = [first_verb] if appointed else _career_verbs(view, first_verb, words)
    found = []
    for verb in verbs:
        post = _post_of_verb(view, verb, person_root, appointed, words)
        if post is not None:
            found.append(post)
            found.extend(_joined_posts(view, verb, post[1], words))
    return found


def _joined_posts(
    view: SentenceView, verb: int, post: int, words: OccupationWords
) -> list[tuple[int, int, int]]:
    """ "является президентом и генеральным директором компании": posts joined to the
    verb's post in its case are the same person's, each a post of its own (a post joined
    with a name of its own is that name's)."""
    case = view.tokens[post].feats.get("Case")
    joined = []
    for child in view.children(post):
        token = view.tokens[child]
        if (
            token.relation == "conj"
            and token.feats.get("Case") == case
            and is_position(token.lemma, words.posts)
            and view.mention_at(child) is None
            and not any(names_person(view, i) for i in view.subtree(child))
        ):
            end = max(view.subtree(child, skip=frozenset({"conj", "punct"})))
            joined.append((verb, child, end + 1))
    return joined


def _misread_agent(view: SentenceView, token: Token) -> bool:
    """ "Директором назначена Милана X, ранее занимавшая …": the parser read a woman's name
    ending in -а as the passive's agent, though the name is in the nominative: it is the
    passive verb's subject."""
    return (
        token.relation == "obl:agent"
        and token.feats.get("Case") == "Nom"
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].feats.get("Voice") == "Pass"
    )


def _verb_right_before(view: SentenceView, person_root: int, verb: int) -> int:
    """ "объявил, что директором назначен X": a name right after a verb of a clause inside
    the sentence, a verb with no subject of its own, is that verb's subject, though the
    parse hung it on the verb of the main clause."""
    before = min(view.subtree(person_root)) - 1
    if before < 0 or before == verb or view.tokens[before].pos != "VERB":
        return verb  # a copula ("директором был X") leaves the predicate the verb
    if view.subjects(before) or verb not in view.ancestors(before):
        return verb
    return before


def _subject_word(view: SentenceView, person_root: int, words: OccupationWords) -> int:
    """The word that stands in the clause for the name: the name's root, or the post or
    calling it stands by in apposition ("премьером станет глава партии X", "ректором избран
    физик X"), or the word for what the person is to another, and the rank between
    ("Предшественник Y генерал Z назначен …")."""
    token = view.tokens[person_root]
    climbed = {person_root}
    while (
        (token.relation == "appos" or _misread_apposition(view, token))
        and 0 <= token.head < len(view.tokens)
        and token.head not in climbed  # a parser's cycle
        and (
            is_post_by_form(view.tokens[token.head], words.posts)
            or (
                view.tokens[token.head].pos == "NOUN"
                and view.tokens[token.head].lemma.lower() in words.posts.not_posts
            )
            # occupation46: "И.о. руководителя фонда X избран директором": the acting word
            # the parser hangs the name on stands for the acting post, the verb's subject
            or opens_acting_title(view.tokens, token.head, person_root, words.posts)
        )
    ):
        climbed.add(token.head)
        person_root, token = token.head, view.tokens[token.head]
    return _post_over_genitives(view, person_root, words)


def _post_over_genitives(view: SentenceView, person_root: int, words: OccupationWords) -> int:
    """ "Экс-руководитель аппарата администрации X назначен …": a nominative name the
    parser hung on a genitive word of the post's phrase stands by the post that heads the
    phrase, the verb's subject."""
    token = view.tokens[person_root]
    if token.relation not in {"appos", "nmod"} or token.feats.get("Case") != "Nom":
        return person_root
    seen = {person_root}
    head = token.head
    while 0 <= head < len(view.tokens) and head not in seen:
        seen.add(head)
        word = view.tokens[head]
        if word.relation in {"nsubj", "nsubj:pass"}:
            return head if is_position(word.lemma, words.posts) else person_root
        if word.relation != "nmod" or word.feats.get("Case") != "Gen":
            return person_root
        head = word.head
    return person_root


def _misread_apposition(view: SentenceView, token: Token) -> bool:
    """ "Бывший министр X назначен главой": a name in the nominative the parser hung on
    the nominative post before it as a modifier stands by it as an apposition (a post's
    own modifier name would be in the genitive: "помощник Иванова")."""
    return (
        token.relation == "nmod"
        and token.pos == "PROPN"
        and token.feats.get("Case") == "Nom"
        and 0 <= token.head < len(view.tokens)
        and view.tokens[token.head].feats.get("Case") == "Nom"
    )


def _career_verbs(view: SentenceView, first_verb: int, words: OccupationWords) -> list[int]:
    """The subject's verb, the verbs (or copula posts) joined to it with no subject of
    their own, and its clauses of leaving an office."""
    verbs = [first_verb] + [
        child
        for child in view.subtree(first_verb)
        if view.tokens[child].relation == "conj"
        and (view.tokens[child].pos in {"VERB", "AUX"} or _copula_post(view, child, words))
        and not any(
            view.tokens[c].relation in {"nsubj", "nsubj:pass"} for c in view.children(child)
        )
    ]
    return verbs + _phase_infinitives(view, verbs, words) + _own_leaving_clauses(
        view, first_verb, words
    )


def _phase_infinitives(view: SentenceView, verbs: list[int], words: OccupationWords) -> list[int]:
    """ "X начинает исполнять обязанности директора", "продолжает работать тренером": the
    infinitive under a verb of beginning or going on shares its subject, so it tells the
    subject's post as a finite verb would."""
    return [
        child
        for verb in verbs
        if view.tokens[verb].lemma in words.phase_verbs
        for child in view.children(verb)
        if view.tokens[child].relation == "xcomp"
        and view.tokens[child].feats.get("VerbForm") == "Inf"
    ]


def _post_of_verb(
    view: SentenceView, verb: int, person_root: int, appointed: bool, words: OccupationWords
) -> tuple[int, int, int] | None:
    """The post one verb gives the person (its subject, or its object when `appointed`):
    (verb, post, end of the post's phrase), or None."""
    acting = _acting_post(view, verb, words)
    if not appointed and acting is not None and _appointee_below(view, verb, words):
        return None  # occupation49: "ушёл X, исполнять обязанности главы назначена Y": Y's
    if not appointed and acting is not None:
        # "Исполняющим обязанности начальника был полковник X", "обязанности директора
        # исполнял X": the post whose duties the subject performs
        end = max(view.subtree(acting, skip=frozenset({"conj", "punct"})))
        return verb, acting, end + 1
    if not appointed and _copula_post(view, verb, words):
        # "X восемь лет был председателем думы", "заведовал кафедрой, затем был
        # проректором": the post is the copula's predicate, its subject's
        end = max(view.subtree(verb, skip=frozenset({"nsubj", "conj", "cop", "punct"})))
        return verb, verb, end + 1
    office = _office_held(view, verb, words)
    if view.tokens[verb].lemma not in words.role_verbs and office is None:
        return None
    own = set(_without_joined(view, verb, words)) | {verb}
    if view.tokens[verb].lemma not in words.role_verbs and office is not None:
        own = set(view.subtree(office))  # "проработал на посту тренера": that post only
    # the appointer (subject) and the appointed (object) each keep out of the other's post
    others = [
        c
        for c in view.children(verb)
        if c != person_root
        and view.tokens[c].relation in {"nsubj", "nsubj:pass", "obj"}
        and (appointed or any(names_person(view, i) for i in view.subtree(c)))
    ]
    if not appointed and others and not replaced_holder(view, verb, words):
        return None  # "Губернатор X назначил Y министром": the post is Y's
    if not appointed and _appointing_subject(view, verb, person_root, words):
        return None  # "президент X своим указом назначил начальником управления Y"
    if not appointed and view.tokens[verb].lemma in words.appointing_verbs and any(
        view.tokens[c].relation == "obj" and is_position(view.tokens[c].lemma, words.posts)
        for c in view.children(verb)
    ):
        return None  # "Губернатор X назначил нового министра": the post is someone else's
    if not appointed and view.tokens[verb].lemma in words.appointing_verbs and any(
        _acting_appointee(view, c, words) for c in view.children(verb)
    ):
        return None  # "Глава X назначил временно исполняющего обязанности министра"
    for other in others:
        own -= set(view.subtree(other))
    if not appointed:  # "X, заслуженный тренер, стал директором": the apposition is X's own
        own -= set(view.subtree(person_root))
    for child in sorted(own):
        if view.tokens[verb].lemma in words.predicate_verbs and view.tokens[child].head != verb:
            continue
        if (
            child != person_root
            and (
                is_position(view.tokens[child].lemma, words.posts)
                # occupation44: "работал в качестве зама главы региона": the deputy's post
                or _deputy_over_post(view, child, words)
            )
            and view.mention_at(child) is None
            and not _inside_body(view, child, verb, words)
            and not issuing(view, child, words)  # "распоряжением губернатора X утверждён"
        ):
            # occupation47: neither the one replaced ("вместо X") nor the subject's own name
            # the parse hung inside the post ("распоряжением губернатора X назначен
            # заместителем", the decree a conjunct of the post) is another holder
            keep_out = replaced_words(view, child, words) | set(view.subtree(person_root))
            if not appointed and any(
                names_person(view, i) and i != person_root and i not in keep_out
                for i in view.subtree(child)
            ):
                return None  # "назначил своим заместителем Артёма Белых": Белых is the deputy
            phrase = [i for i in _without_joined(view, child, words) if i in own]
            return verb, child, max(phrase) + 1
    return None if appointed else _fronted_predicate(view, verb, words)


def _deputy_over_post(view: SentenceView, index: int, words: OccupationWords) -> bool:
    """occupation44: a bare deputy noun the lexicon keeps out of the posts ("зам") is a post
    when the post it is deputy to hangs on it ("зама главы региона"), so the chief's post
    is not taken for the deputy's own."""
    return view.tokens[index].lemma in words.deputy_posts and any(
        view.tokens[c].relation == "nmod"
        and view.tokens[c].feats.get("Case") == "Gen"
        and is_position(view.tokens[c].lemma, words.posts)
        for c in view.children(index)
    )


def _appointing_subject(view: SentenceView, verb: int, person_root: int, words: OccupationWords) -> bool:
    """occupation44: the subject of an active appointing verb is the one who appoints, never
    the holder of the post the verb gives ("президент X своим указом назначил начальником
    управления Y"), even when the parse hangs the appointee's name elsewhere and leaves the
    verb no object to keep the post out of the subject's hands."""
    token = view.tokens[verb]
    return (
        token.lemma in words.appointing_verbs
        and token.feats.get("Voice") != "Pass"
        and not token.text.lower().endswith(("ся", "сь"))
        and view.tokens[person_root].relation == "nsubj"
    )


def _without_joined(view: SentenceView, root: int, words: OccupationWords) -> list[int]:
    """occupation43: the words of a post or a verb's phrase without what a conjunction joins
    to it — another post, another person, another verb ("директором завода и председателем
    совета") — but with the nouns joined inside the post's remit ("министром образования и
    науки", "министром по делам молодежи и спорта"): a remit noun is no post of its own."""
    found, stack = {root}, [root]
    while stack:
        for child in view.children(stack.pop()):
            if child in found:
                continue
            token = view.tokens[child]
            if token.relation == "parataxis":
                continue  # occupation46: "…директором учреждения, сообщает ТАСС": the source's
            if opens_replaced(view, child, words):
                continue  # occupation47: "директором школы вместо X": the one replaced
            if token.relation == "conj" and (
                token.head == root
                or view.tokens[token.head].pos in {"VERB", "AUX"}
                or token.pos not in {"NOUN"}
                or is_position(token.lemma, words.posts)
                or names_person(view, child)
                or view.mention_at(child) is not None
            ):
                continue
            found.add(child)
            stack.append(child)
    return sorted(found)


def _acting_appointee(view: SentenceView, child: int, words: OccupationWords) -> bool:
    """occupation42: an acting participle standing for a person ("назначил временно
    исполняющего обязанности министра") is the one appointed, whatever relation the parse
    gave it; only in the instrumental ("назначен исполняющим обязанности") is it the post
    said of the subject."""
    token = view.tokens[child]
    return (
        token.lemma.lower() in words.posts.acting_words
        and token.pos in {"VERB", "ADJ", "NOUN"}
        and token.feats.get("Case") in {"Acc", "Gen"}
        and token.relation in {"obj", "xcomp"}
    )


def _fronted_predicate(view: SentenceView, verb: int, words: OccupationWords) -> tuple[int, int, int] | None:
    """ "Директором театра назначен X, стало известно в пятницу": the instrumental post
    before the verb, which the parser hung on the reporting clause after it, is still the
    role verb's predicate."""
    outer = view.tokens[verb].head
    if (
        view.tokens[verb].lemma not in words.role_verbs
        or view.tokens[verb].relation not in {"ccomp", "parataxis", "advcl", "conj"}
        # the reporting clause comes after (a true "conj" never hangs on a later word)
        or not verb < outer < len(view.tokens)
    ):
        return None
    for child in view.children(outer):
        token = view.tokens[child]
        if (
            child < verb
            and token.pos == "NOUN"
            and token.feats.get("Case") == "Ins"
            and token.relation in {"obl", "xcomp"}
            and is_position(token.lemma, words.posts)
            and view.mention_at(child) is None
        ):
            end = max(view.subtree(child, skip=frozenset({"conj", "punct"})))
            return verb, child, end + 1
    return None


def _own_leaving_clauses(view: SentenceView, verb: int, words: OccupationWords) -> list[int]:
    """ "X заявил, что покинет пост министра": a clause of leaving an office with no subject
    of its own, under the verb of the person's saying, tells the speaker's own office."""
    return [
        child
        for child in view.children(verb)
        if view.tokens[child].relation == "ccomp"
        and view.tokens[child].lemma in words.leaving_verbs
        and _office_held(view, child, words) is not None
        and not any(
            view.tokens[c].relation in {"nsubj", "nsubj:pass"} for c in view.children(child)
        )
    ]


def _acting_post(view: SentenceView, verb: int, words: OccupationWords) -> int | None:
    """The post in "исполнял обязанности директора" or "(был) исполняющим обязанности
    директора": a verb or copula predicate of acting with a duties noun ("обязанность")
    whose genitive is a post."""
    token = view.tokens[verb]
    if token.lemma.lower() not in words.posts.acting_words or not (
        token.pos == "VERB" or has_copula(view, verb)
    ):
        return None
    duties = duties_nouns(words)
    for child in view.children(verb) + _duties_under_decree(view, verb, words):
        if view.tokens[child].lemma.lower() not in duties:
            continue
        return next(
            (
                i
                for i in view.children(child)
                if is_position(view.tokens[i].lemma, words.posts) and view.mention_at(i) is None
            ),
            None,
        )
    return None


def _duties_under_decree(view: SentenceView, verb: int, words: OccupationWords) -> list[int]:
    """occupation48: "Согласно приказу министра обязанности начальника исполняет X": the
    parse hangs the duties noun on the fronted decree's genitive chain (the issuer's post)
    rather than on the verb; the nouns of that chain are candidates for the verb's duties."""
    found = []
    for child in view.children(verb):
        if view.tokens[child].lemma.lower() not in words.issuing_nouns:
            continue
        chain = [child]
        while chain:
            word = chain.pop()
            for below in view.children(word):
                if view.tokens[below].relation == "nmod" and view.tokens[below].pos == "NOUN":
                    found.append(below)
                    chain.append(below)
    return found


def _copula_post(view: SentenceView, index: int, words: OccupationWords) -> bool:
    """A post noun that is the predicate of a copula ("был председателем", "является
    директором"), not itself a name."""
    return (
        view.tokens[index].pos == "NOUN"
        and is_position(view.tokens[index].lemma, words.posts)
        and view.mention_at(index) is None
        and has_copula(view, index)
    )


def _office_held(view: SentenceView, verb: int, words: OccupationWords) -> int | None:
    """ "на посту главного тренера", "в должности президента": an office noun in the
    locative on the verb, holding a post in its genitive; or the office a verb of leaving
    names ("покинул пост редактора", "ушёл с поста министра")."""
    leaving = view.tokens[verb].lemma in words.leaving_verbs
    moving = view.tokens[verb].lemma in words.moving_verbs
    for child in view.children(verb):
        token = view.tokens[child]
        if leaving and token.lemma in words.leaving_office_nouns and token.relation == "obj":
            return child
        if token.lemma not in words.office_nouns:
            continue
        if moving and _office_moved_to(view, child, words):
            return child
        if (
            token.relation == "obl"
            and token.feats.get("Case") == "Loc"
            and view.preposition(child) in words.office_prepositions
        ):
            return child
        if leaving and (
            token.relation == "obj"
            or (
                token.relation == "obl"
                and view.preposition(child) in words.leaving_prepositions
            )
        ):
            return child
    return None


def _office_moved_to(view: SentenceView, office: int, words: OccupationWords) -> bool:
    """ "перешёл на должность главного редактора", "переведён на пост прокурора района": the
    office a verb of moving goes to, in the accusative after its preposition (the
    locative, "на посту", is held; this one is taken up)."""
    token = view.tokens[office]
    return (
        token.relation == "obl"
        and token.feats.get("Case") == "Acc"
        and view.preposition(office) in words.moving_prepositions
    )


def _decree_subject_verb(view: SentenceView, root: int, words: OccupationWords) -> int | None:
    """A nominative name the parse hangs on a decree's noun in another case ("Указом
    президента Андрей Соколов назначен"), or on a genitive of it (occupation47: the
    issuer's post, "Указом главы республики X назначен"), is the subject of the verb the
    decree's noun stands under (occupation47: however far the parse hangs it, as a
    conjunct of the post: "распоряжением губернатора X назначен первым заместителем"):
    that verb, when it has no subject of its own, else None. An apposition agrees in case,
    so the name in the nominative stands by no word in another case."""
    token = view.tokens[root]
    if token.relation not in {"appos", "nmod"} or token.feats.get("Case") != "Nom":
        return None
    seen, head = {root}, token.head
    while 0 <= head < len(view.tokens) and head not in seen:
        seen.add(head)
        word = view.tokens[head]
        if word.lemma.lower() in words.issuing_nouns:
            if word.feats.get("Case") in {None, "Nom"}:
                return None
            verb = next((i for i in view.ancestors(head) if view.tokens[i].pos == "VERB"), None)
            return verb if verb is not None and not view.subjects(verb) else None
        if word.relation != "nmod" or word.feats.get("Case") != "Gen":
            return None
        head = word.head
    return None


def _inside_body(view: SentenceView, post: int, verb: int, words: OccupationWords) -> bool:
    """ "избран в совет директоров": a post word naming a board's members is the board,
    not a post of the one who joins it (membership gives that: `memberships`); nor is a
    plural one a gathering a noun names by its members ("избран на съезд судей")."""
    index = view.tokens[post].head
    if plural_genitive(view.tokens[post]) and 0 <= index < len(view.tokens) and index != verb:
        head = view.tokens[index]
        if head.pos == "NOUN" and not is_position(head.lemma, words.posts):
            return True
    for above in view.ancestors(post):
        if above == verb:
            return False
        if view.tokens[above].lemma in words.governing_bodies | words.membership_nouns:
            return True
    return False


def _posts_by_participle(
    view: SentenceView, person_root: int, words: OccupationWords
) -> list[tuple[int, int, int]]:
    """ "X, ранее работавшая заместителем директора Y", "X, назначенный послом": a role
    verb's participle on the name gives the post in its instrumental complement."""
    found = []
    for verb in _participles_of(view, person_root):
        token = view.tokens[verb]
        office_only = token.lemma in words.office_holding_verbs - words.role_verbs
        if token.lemma not in words.role_verbs and not office_only:
            continue
        for child in view.children(verb):
            post = _office_post(view, child, words) if (
                view.tokens[child].lemma in words.office_nouns | words.held_office_nouns
            ) else child  # "X, занимавший должность директора Y": the office's post
            if office_only and post == child:
                continue  # "X, находившийся в Москве": such a verb gives a post by its office only
            if (
                post is not None
                and (post != child or view.tokens[child].feats.get("Case") == "Ins")
                and is_position(view.tokens[post].lemma, words.posts)
                and view.mention_at(post) is None
                and not any(names_person(view, i) for i in view.subtree(post))
            ):
                found.append((verb, post, max(_without_joined(view, post, words)) + 1))
                break
    return found


def _participles_of(view: SentenceView, person_root: int) -> list[int]:
    """The participles on the name: those the parse hangs on it, and the one that opens
    the phrase right after the name's comma and agrees with the name in case and number,
    wherever the parse hung it ("X, ранее занимавший должность Y, возглавил банк")."""
    found = [
        verb for verb in view.children(person_root)
        if view.tokens[verb].relation == "acl"
        and view.tokens[verb].feats.get("VerbForm") == "Part"
    ]  # fmt: skip
    name = view.tokens[person_root]
    last = person_root
    while (  # the name's own later words ("Пётр Иванович Иванов")
        last + 1 < len(view.tokens)
        and view.tokens[last + 1].head == person_root
        and view.tokens[last + 1].pos == "PROPN"
    ):
        last += 1
    if last + 1 >= len(view.tokens) or view.tokens[last + 1].text != ",":
        return found
    for index in range(last + 2, min(last + 4, len(view.tokens))):
        token = view.tokens[index]
        if token.feats.get("VerbForm") == "Part":
            agrees = all(
                token.feats.get(feature) == name.feats.get(feature) for feature in ("Case", "Number")
            )
            if agrees and index not in found:
                found.append(index)
            break
        if token.pos != "ADV":  # "X, ранее занимавший": only an adverb before it
            break
    return found


def _office_post(view: SentenceView, office: int, words: OccupationWords) -> int | None:
    """The post an office noun holds in its genitive ("должность первого заместителя")."""
    return next(
        (
            child for child in view.children(office)
            if view.tokens[child].feats.get("Case") == "Gen"
            and is_position(view.tokens[child].lemma, words.posts)
        ),
        None,
    )  # fmt: skip


def verb_modality(view: SentenceView, verb: int, words: OccupationWords) -> Modality:
    """The verb's modality, except that one who will leave a post ("покинет пост
    редактора") holds it now."""
    modality = view.modality(verb)
    if modality is Modality.PLANNED and view.tokens[verb].lemma in words.leaving_verbs:
        return Modality.FACT
    head = view.tokens[verb].head
    if (
        modality is Modality.FACT
        and view.tokens[verb].lemma not in words.leaving_verbs
        and 0 <= head < len(view.tokens)
        and view.tokens[head].lemma in words.possibility_verbs
    ):
        return Modality.PLANNED
    return modality


def _as_acting(view: SentenceView, verb: int, claim: Claim, words: OccupationWords) -> Claim:
    """ "обязанности директора исполнял X": the post is an acting one, said as the acting
    participle's phrase ("исполняющий обязанности директора")."""
    if not words.acting_title or (
        (
            view.tokens[verb].pos != "VERB"
            # occupation41: an infinitive too ("начинает исполнять обязанности директора")
            or view.tokens[verb].feats.get("VerbForm") not in {"Fin", "Inf"}
            or _acting_post(view, verb, words) is None
        )
        and not _post_of_acting_infinitive(view, verb, claim, words)
    ):
        return claim
    arguments = [
        replace(a, value=f"{words.acting_title} {as_written(view, a)}")
        if a.role == "position" and not a.value.startswith(words.acting_title)
        else a
        for a in claim.arguments
    ]
    return replace(claim, arguments=arguments)


def _appointee_below(view: SentenceView, verb: int, words: OccupationWords) -> bool:
    """occupation49: a verb of appointing the parse hangs after an acting infinitive (its
    conjunct or aside) with a person of its own appointed: the duties are that person's,
    not those of the subject the infinitive is joined to."""
    for child in view.children(verb):
        token = view.tokens[child]
        if (
            child > verb
            and token.relation in {"conj", "parataxis"}
            and token.lemma in words.appointing_verbs
            and any(
                view.tokens[c].relation in {"nsubj:pass", "obj"}
                and any(names_person(view, i) for i in view.subtree(c))
                for c in view.children(child)
            )
        ):
            return True
    return False


def _post_of_acting_infinitive(
    view: SentenceView, verb: int, claim: Claim, words: OccupationWords
) -> bool:
    """occupation49: "Временно исполнять обязанности главы района назначили X": the verb of
    appointing governs an infinitive of acting, and the claim's post is that infinitive's,
    so the appointee acts in it (not "глава района")."""
    if view.tokens[verb].lemma not in words.appointing_verbs:
        return False
    spans = [a.span for a in claim.arguments if a.role == "position" and a.span is not None]
    for child in view.children(verb):
        token = view.tokens[child]
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Inf":
            continue
        post = _acting_post(view, child, words)
        if post is not None and any(
            s.start <= view.tokens[post].start < s.end for s in spans
        ):
            return True
    return False


def as_written(view: SentenceView, argument: Argument) -> str:
    """An argument's words as the sentence has them (a post in the genitive)."""
    if argument.span is None:
        return argument.value
    indices = view.token_indices(argument.span.start, argument.span.end)
    return " ".join(view.tokens[i].text for i in indices) or argument.value


def left_posts_by_noun(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """ "после ухода X с поста главы Y": a noun of leaving whose genitive names the person
    and whose office ("с поста", "с должности") holds the post; held until the leaving.
    "после ухода X на пост министра", "назначение X на должность директора": a noun of
    moving whose office follows "на" holds the post the person moves to."""
    claims: list[Claim] = []
    for index, token in enumerate(view.tokens):
        prepositions = _office_prepositions_of_noun(token.lemma, words)
        if not prepositions:
            continue
        children = view.children(index)
        people = [
            mention
            for c in children
            if view.tokens[c].relation == "nmod"
            and view.tokens[c].feats.get("Case") == "Gen"
            and (mention := view.mention_at(c)) is not None
            and mention.type == "PER"
        ]
        offices = [
            c
            for c in children
            if view.tokens[c].lemma in words.office_nouns
            and view.preposition(c) in prepositions
        ]
        if len(people) != 1 or not offices:
            continue
        post = next(
            (
                c
                for c in view.children(offices[0])
                if view.tokens[c].relation == "nmod"
                and is_position(view.tokens[c].lemma, words.posts)
                and view.mention_at(c) is None
            ),
            None,
        )
        if post is not None:
            stop = max(view.subtree(post)) + 1
            claims.append(occupation_claim(view, people[0], post, stop, words))
    return claims


def _office_prepositions_of_noun(lemma: str, words: OccupationWords) -> frozenset[str]:
    """The prepositions before an office that a noun of leaving or moving takes."""
    prepositions: frozenset[str] = frozenset()
    if lemma in words.leaving_nouns:
        prepositions |= words.leaving_prepositions
    if lemma in words.entering_nouns:
        prepositions |= words.entering_prepositions
    return prepositions


DESCRIBING_RELATIONS = frozenset({"amod", "advmod", "det", "nummod"})


def relative_clause_posts(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """ "X, который в 2015–2020 годах был мэром Y": a post in the instrumental after a copula
    in a relative clause on a name is that person's (the parser often loses the clause's
    attachment, so it is read by order: name, comma, relative pronoun, clause to the next
    comma)."""
    claims: list[Claim] = []
    tokens = view.tokens
    for person in view.mentions:
        if person.type != "PER":
            continue
        last = view.token_indices(person.start, person.end)[-1]
        pronoun = last + 2
        if (
            pronoun >= len(tokens)
            or tokens[last + 1].text != ","
            or tokens[pronoun].lemma not in words.relative_pronouns
            or tokens[pronoun].feats.get("Case") != "Nom"
        ):
            continue
        end = next_of(view, pronoun + 1, SENTENCE_PART_ENDS)
        copula = next(
            (
                i
                for i in range(pronoun + 1, end)
                if tokens[i].lemma in words.copulas or _appointed_passive(view, i, words)
            ),
            None,
        )
        if copula is None:
            claims.extend(_office_in_relative_clause(view, person, pronoun, end, words))
            continue
        told = copula  # the auxiliary's tense is the clause's ("был назначен")
        if copula + 1 < end and _appointed_passive(view, copula + 1, words):
            copula += 1  # occupation45: "который был назначен начальником": the participle's post
        post = _predicate_noun(view, copula + 1, end)
        if (
            post < end
            and (tokens[post].feats.get("Case") == "Ins" or _unchanging_deputy(view, post, words))
            and is_position(tokens[post].lemma, words.posts)
            and view.mention_at(post) is None
            and held_post(view, post, words) is not None
        ):
            modality = view.modality(told)
            if told != copula and modality == Modality.PLANNED and tokens[told].feats.get("Tense") == "Past":
                # "сменит X, который был назначен …": the parser joined the clause to the main
                # verb's future; the clause's own past auxiliary tells a fact
                modality = Modality.FACT
            claims.append(occupation_claim(view, person, post, end, words, modality))
            claims.extend(
                occupation_claim(view, person, joined, joined_end, words, modality)
                for _, joined, joined_end in _joined_posts(view, copula, post, words)
            )
    return claims


def _appointed_passive(view: SentenceView, index: int, words: OccupationWords) -> bool:
    """occupation45: "X, который месяц назад был назначен начальником управления": the
    passive participle of an appointing verb gives the relative pronoun's antecedent the
    post in the instrumental, as a copula does."""
    token = view.tokens[index]
    return token.lemma in words.appointing_verbs and token.feats.get("Voice") == "Pass"


def _unchanging_deputy(view: SentenceView, index: int, words: OccupationWords) -> bool:
    """occupation45: "X, которая работает замглавы города": a deputy's title that does not
    decline ("замглавы") shows no instrumental, and the parser tags it as it likes."""
    token = view.tokens[index]
    return (
        bool(words.deputy_title_starts)
        and token.lemma.startswith(words.deputy_title_starts)
        and token.text.lower() == token.lemma.lower()
    )


def _office_in_relative_clause(
    view: SentenceView, person: Mention, pronoun: int, end: int, words: OccupationWords
) -> list[Claim]:
    """ "X, который ранее занимал пост главы района": in a relative clause on a name with no
    copula, an office noun held by a verb of holding ("занимать", "находиться в") or moved
    to ("который переходит на должность министра") gives the post in its genitive; a career
    told this way is as much a fact as the post named now."""
    for office in range(pronoun + 1, end):
        verb = view.tokens[office].head
        if (
            view.tokens[office].lemma not in words.office_nouns | words.held_office_nouns
            or not pronoun < verb < end
            or not (
                view.tokens[verb].lemma in words.office_holding_verbs
                or (view.tokens[verb].lemma in words.moving_verbs and _office_moved_to(view, office, words))
            )
        ):
            continue
        post = held_post(view, _office_post(view, office, words), words)
        if post is None or view.mention_at(post) is not None:
            return []
        claim = occupation_claim(view, person, post, end, words, _holding_modality(view, verb))
        return [marked_former(view, claim, verb_said_former(view, verb, words))]
    return []


def _holding_modality(view: SentenceView, verb: int) -> Modality:
    """The verb's modality, except that a post held in the past is a fact whatever the
    clause it hangs in looks ahead to ("обязанности будет исполнять X, которая до недавнего
    времени занимала должность помощника прокурора")."""
    modality = view.modality(verb)
    if modality is Modality.PLANNED and view.tokens[verb].feats.get("Tense") == "Past":
        return Modality.FACT
    return modality


def _predicate_noun(view: SentenceView, start: int, end: int) -> int:
    """The predicate's noun after a copula, past the words that describe it: "был первым
    заместителем", "является управляющим директором" (the adjective or participle hangs on
    the noun; the noun is what the post is)."""
    index = start
    while (
        index < end - 1
        and view.tokens[index].relation in DESCRIBING_RELATIONS
        and view.tokens[index].head > index
    ):
        index += 1
    return index
