"""Finding the post word that stands next to a person's name.

Left of the name ("министр иностранных дел Казахстана X"), right of it after a comma, dash
or bracket ("X, профессор университета"), right after it in a verbless headline, or where
the parse hangs the name on a post by apposition. These functions answer with a token
index only; they stop at what makes the post someone else's: another person between,
a person served ("советник Ивана Котова"), a relative ("сын мэра"), an issuer ("указом
президента"), a body named by its members ("совет директоров").
"""

from __future__ import annotations

from concord.analysis import Token
from concord.extract.occupation.reading import (
    WHERE_TYPES,
    mention_root,
    names_person,
    plural_genitive,
)
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import inside_genitive_list, is_position, is_post_by_form
from concord.extract.sentence_view import SentenceView

_WINDOW = 10


def post_left_of(view: SentenceView, first: int, words: OccupationWords) -> int | None:
    """Index of the post noun in the run of words right before a name, if any."""
    index = first - 1
    steps = 0
    crossed_person = False
    while index >= 0 and steps < _WINDOW:
        token = view.tokens[index]
        mention = view.mention_at(index)
        if (mention is not None and mention.type == "PER") or _name_part(view, index):
            crossed_person = True
            index -= 1
            steps += 1
            continue
        if (
            token.pos in {"PUNCT", "VERB", "AUX", "SCONJ", "PRON"}
            and token.text not in words.name_punctuation
            and not inside_genitive_list(view, index)
        ):
            return None
        if token.lemma in words.reign_prepositions and _opens_person(view, index + 1):
            if index + 1 == first:
                return None  # "глава правительства при Николя Саркози": not Саркози's post
            crossed_person = False  # "… при Николя Саркози Франсуа Фийон": inside the post
            index -= 1
            steps += 1
            continue
        if (
            token.pos == "ADP"
            and view.mention_at(index + 1) is None
            and token.lemma not in words.post_prepositions
        ):
            return None
        if _outside_names(view, index) and not _names_a_body(view, index, words) and (
            is_position(token.lemma, words.posts)
            or (
                _calling_reaches(view, index, first)
                and is_post_by_form(token, words.posts, opens_sentence=index == 0)
                and not plural_genitive(token)  # "лидер калужских коммунистов X"
            )
        ):
            if (
                crossed_person
                and token.feats.get("Number") != "Plur"
                and not _principal_between(view, index, first, words)
                and not _principal_post_between(view, index, first, words)
            ):
                return None  # "министр X и госсекретарь Y": the post is X's
            if _served_person(view, index, first) or _principal_before_holder(view, index, first, words):
                return None  # "работал заместителем Петра Лаврова": the name is whom he served
            if _joined_to_organisation(view, first):
                return None  # "сотрудники A и B": B is another body, whatever the NER says
            post = _post_in_names_case(view, index, _outer_post(view, index, words), first, words)
            if _another_argument(view, post, first):
                return None  # "Корреспондента «СЭ» Лексаков принял": the one he received
            if _issuer_post(view, post, first, words):
                return None  # "Указом президента X назначен": the post is the issuer's
            if _kin_of_holder(view, post, words):
                return None  # "Сын мэра Кирилл": the name is the son's, the post his father's
            return post
        index -= 1
        steps += 1
    return None


def _opens_person(view: SentenceView, index: int) -> bool:
    """A person's name starts at `index` (the token after a preposition)."""
    mention = view.mention_at(index)
    return (
        mention is not None
        and mention.type == "PER"
        and view.token_indices(mention.start, mention.end)[:1] == [index]
    )


def _principal_between(view: SentenceView, post: int, first: int, words: OccupationWords) -> bool:
    """ "пресс-секретарь Путина Дмитрий Песков", "спецпосланника Трампа Ричарда Уиткоффа": one
    person's name in the genitive stands right between a post held in someone's service and
    the name starting at `first`; it names whom the post serves, and the post is the later
    name's."""
    if view.tokens[post].lemma not in words.serving_posts:
        return False
    principal = view.mention_at(post + 1)
    if principal is None or principal.type != "PER":
        return False
    indices = view.token_indices(principal.start, principal.end)
    if indices[0] != post + 1 or indices[-1] != first - 1:
        return False
    if view.tokens[indices[-1]].feats.get("Case") != "Gen":
        return False
    holder = view.mention_at(first)
    if holder is None:
        return False
    holder_indices = view.token_indices(holder.start, holder.end)
    # a bare surname names the one served ("Путина"); with a full name, its case must differ
    # from the holder's ("президента Владимира Путина Дмитрий Песков")
    return len(indices) == 1 or view.tokens[holder_indices[-1]].feats.get("Case") != "Gen"


def _principal_post_between(view: SentenceView, post: int, first: int, words: OccupationWords) -> bool:
    """occupation43: "пресс-секретарь президента Владимира Путина Дмитрий Песков",
    "советник министра обороны Сергея Шойгу Андрей Ильин": the principal comes with his own
    post in the genitive, hung on a post held in someone's service before it; his name in
    the genitive ends right before a name in another case, which holds the serving post."""
    if view.tokens[post].feats.get("Case") != "Gen":
        return False
    outer = _outer_post(view, post, words)
    if outer == post or view.tokens[outer].lemma not in words.serving_posts:
        return False
    principal = view.mention_at(first - 1)
    holder = view.mention_at(first)
    if principal is None or holder is None or principal.type != "PER" or principal is holder:
        return False
    indices = view.token_indices(principal.start, principal.end)
    if indices[-1] != first - 1 or any(
        view.tokens[i].feats.get("Case") != "Gen" for i in indices
    ):
        return False
    between = range(post + 1, indices[0])
    if any(names_person(view, i) for i in between):
        return False
    holder_case = view.tokens[view.token_indices(holder.start, holder.end)[-1]].feats.get("Case")
    return holder_case not in {None, "Gen"}


def _principal_before_holder(view: SentenceView, post: int, first: int, words: OccupationWords) -> bool:
    """The name at `first` is the one served when another person's name follows it at once
    and the post is that one's (`_principal_between`)."""
    mention = view.mention_at(first)
    if mention is None:
        return False
    after = view.token_indices(mention.start, mention.end)[-1] + 1
    return (
        post == first - 1
        and after < len(view.tokens)
        and names_person(view, after)
        and _principal_between(view, post, after, words)
    )


def _post_in_names_case(view: SentenceView, inner: int, outer: int, first: int, words: OccupationWords) -> int:
    """ "помощник губернатора Ивана Котова": a name in the genitive that agrees with the
    genitive post before it but not with the post that one hangs on is the inner post's
    holder (Котов is the governor; the assistant is someone else). A post in apposition
    agrees with its name; with all in one case ("помощника губернатора Ивана Котова") the
    outer post stays the name's. Only a nominative outer post: an animate accusative has the
    genitive's form ("называют заместителя министра X"), and an instrumental one is a
    predicate ("утвердил настоятелем собора протоиерея X")."""
    name_case = _name_case(view, first)
    if (
        outer != inner
        and name_case == "Gen"
        and view.tokens[inner].feats.get("Case") == name_case
        and view.tokens[outer].feats.get("Case") == "Nom"
    ):
        return inner
    if outer != inner and name_case == "Gen" and served_by_predicate(view, inner, outer, first, words):
        return inner
    return outer


def _name_case(view: SentenceView, first: int) -> str | None:
    """occupation44: the case of a name, read past its initials ("заместитель главы
    района по экономике В.В. Петров"): a bare letter has no ending, and the parse often
    gives it the genitive of the post before it."""
    mention = view.mention_at(first)
    indices = view.token_indices(mention.start, mention.end) if mention is not None else [first]
    for index in indices:
        token = view.tokens[index]
        if token.pos != "PUNCT" and not (len(token.text) == 1 and token.text.isalpha()):
            return token.feats.get("Case")
    return view.tokens[first].feats.get("Case")


def served_by_predicate(view: SentenceView, inner: int, outer: int, first: int, words: OccupationWords) -> bool:
    """occupation43: "стал помощником губернатора Ивана Котова", "назначен советником главы
    республики Ивана Котова", "работала помощником депутата Думы Ивана Котова": after a
    predicate's post in the instrumental or dative, a genitive name the parse hangs on the
    genitive post (or its place) is that post's holder; an apposition to the predicate's post
    would share its case. Not after an active appointing verb ("назначил заместителем
    министра Ивана Котова"), where an accusative name has the genitive's form and is the
    one appointed."""
    if view.tokens[outer].feats.get("Case") not in {"Ins", "Dat"}:
        return False
    if view.tokens[inner].feats.get("Case") != "Gen":
        return False
    name_head = view.tokens[first].head
    if name_head != inner and name_head not in view.subtree(inner):
        return False
    verb = view.tokens[outer].head
    if not 0 <= verb < len(view.tokens):
        return True
    passive = any(view.tokens[c].relation == "nsubj:pass" for c in view.children(verb))
    return passive or view.tokens[verb].lemma not in words.appointing_verbs


def _served_person(view: SentenceView, post: int, first: int) -> bool:
    """A name in the genitive right after a post in another case is the person served, not
    the holder: "стал советником Ивана Котова" (a post in apposition agrees with its name);
    so is one after a predicate's post and a place ("министром … в правительстве X")."""
    mention = view.mention_at(first)
    if mention is None:
        return False
    cases = {view.tokens[i].feats.get("Case") for i in view.token_indices(mention.start, mention.end)}
    if cases != {"Gen"}:
        return False
    if post == first - 1:
        return view.tokens[post].feats.get("Case") in {"Nom", "Ins", "Dat"}
    # "работал министром финансов в правительстве Ивана Котова": a predicate's post with a
    # place between it and a genitive name is held under that person, not by him
    return view.tokens[post].feats.get("Case") in {"Ins", "Dat"} and any(
        view.tokens[i].pos == "ADP" for i in range(post + 1, first)
    )


def _another_argument(view: SentenceView, post: int, first: int) -> bool:
    """A post in an oblique case that is the object of a verb whose subject is the name in
    the nominative is someone else: a post in apposition agrees with its name in case, and
    two arguments of one verb are two people ("Корреспондента газеты X принял"). The parse
    may hang the name on the post; it is the subject still when the verb has none and
    agrees with the name."""
    mention = view.mention_at(first)
    if mention is None:
        return False
    name, word = view.tokens[mention_root(view, mention)], view.tokens[post]
    if (
        name.feats.get("Case") != "Nom"
        or word.feats.get("Case") in {None, "Nom"}
        or word.relation not in {"obj", "iobj", "obl"}
        or not 0 <= word.head < len(view.tokens)
    ):
        return False
    if name.relation == "nsubj" and name.head == word.head:
        return True
    verb = view.tokens[word.head]
    return (
        verb.feats.get("VerbForm") == "Fin"
        and not any(view.tokens[c].relation.startswith("nsubj") for c in view.children(word.head))
        and verb.feats.get("Number") == name.feats.get("Number")
        and verb.feats.get("Gender", name.feats.get("Gender")) == name.feats.get("Gender")
    )


def _calling_reaches(view: SentenceView, calling: int, first: int) -> bool:
    """A calling read by its form stands right before the name, or before its own genitive
    complement and then the name ("политолог Пермского университета X", "аспирант кафедры
    металлургии X"): every word between is the calling's, a noun or adjective in the
    genitive or a name's quote, and the name in the calling's case."""
    if calling == first - 1:
        return True
    own = set(view.subtree(calling))
    between = range(calling + 1, first)
    if view.tokens[calling].feats.get("Case") != view.tokens[first].feats.get("Case"):
        return False  # "Собаку соседа X не видел": the name is the verb's subject
    return all(
        i in own
        and (
            (view.tokens[i].feats.get("Case") == "Gen"
            and view.tokens[i].pos in {"NOUN", "ADJ", "PROPN", "DET"})
            or view.tokens[i].text in {"«", "»", '"'}
            # "критик газеты «Саратовские вести» X": the words of an organisation's name
            or ((named := view.mention_at(i)) is not None and named.type == "ORG")
        )
        for i in between
    ) and any(  # "народный артист России X": a title of a state, no place of work
        view.tokens[i].pos == "NOUN"
        and ((named := view.mention_at(i)) is None or named.type == "ORG")
        for i in between
    )


def _kin_of_holder(view: SentenceView, post: int, words: OccupationWords) -> bool:
    """A post in the genitive after a word for a person that is no post (a relative, a
    friend, a rival: "вдова губернатора Анна X", "младший сын мэра X") is the post of
    someone else, the one the name stands by is related to."""
    if view.tokens[post].feats.get("Case") != "Gen":
        return False
    index = post - 1
    while index >= 0 and view.tokens[index].pos in {"ADJ", "DET"}:
        index -= 1  # "младший сын мэра"
    return (
        index >= 0
        and view.tokens[index].pos == "NOUN"
        and view.tokens[index].lemma.lower() in words.posts.not_posts
    )


def _name_part(view: SentenceView, index: int) -> bool:
    """ "Брюно Ле Мэр": a word the parse joins to a person's name as its part ("Мэр") is
    the name, even when the name finder left it out."""
    token = view.tokens[index]
    head = view.mention_at(token.head) if 0 <= token.head < len(view.tokens) else None
    return (
        token.relation == "flat:name"
        and token.text[:1].isupper()
        and head is not None
        and head.type == "PER"
    )


def _issuer_post(view: SentenceView, post: int, first: int, words: OccupationWords) -> bool:
    """ "Указом президента Андрей Соколов назначен послом": a post in the genitive of a
    document's noun, before a name in another case, names whoever issued the document, not
    the person named ("указом президента России Владимира Путина": the same case, his)."""
    name_case = view.tokens[first].feats.get("Case")
    return (
        issuing(view, post, words)
        and name_case is not None
        and name_case != view.tokens[post].feats.get("Case")
    )


def issuing(view: SentenceView, post: int, words: OccupationWords) -> bool:
    """A post in the genitive right after a document's noun: "приказом министра";
    occupation43: also past the post's own genitive adjectives ("приказом генерального
    прокурора прокурором района назначен X", "решением первого заместителя министра"):
    the issuer's post, not the appointee's."""
    if view.tokens[post].feats.get("Case") != "Gen":
        return False
    start = post
    while start > 0 and view.tokens[start - 1].pos == "ADJ" and (
        view.tokens[start - 1].feats.get("Case") == "Gen" and view.tokens[start - 1].head == post
    ):
        start -= 1
    return start > 0 and view.tokens[start - 1].lemma.lower() in words.issuing_nouns


def _joined_to_organisation(view: SentenceView, first: int) -> bool:
    """A "name" the parse joins by a conjunction to an organisation right before it is
    one more organisation ("сотрудники Минприроды и Рыбнадзора")."""
    if first < 2 or view.tokens[first - 1].pos != "CCONJ":
        return False
    mention = view.mention_at(first)
    if mention is None:
        return False
    root = mention_root(view, mention)
    head = view.tokens[root].head
    joined = view.mention_at(head) if 0 <= head < len(view.tokens) else None
    return (
        view.tokens[root].relation == "conj"
        and joined is not None
        and joined.type == "ORG"
        and view.mention_at(first - 2) is joined
    )


def _outside_names(view: SentenceView, index: int) -> bool:
    """A word no name holds, or one the NER ran into an organisation's name in front of
    the organisation's own mention ("Экс-председатель Верховного собрания X" tagged as
    one organisation, the body inside it a mention of its own): a post, not a name."""
    mention = view.mention_at(index)
    if mention is None:
        return True
    following = view.mention_at(index + 1) if index + 1 < len(view.tokens) else None
    return (
        mention.type == "ORG"
        and view.token_indices(mention.start, mention.end)[0] == index
        and following is not None
        and following is not mention
        and following.start >= view.tokens[index].end
    )


def _names_a_body(view: SentenceView, index: int, words: OccupationWords) -> bool:
    """ "совет директоров", "совет старейшин": a plural genitive post after an
    organisation noun names the body, not anyone's post."""
    token = view.tokens[index]
    return (
        index > 0
        and token.feats.get("Case") == "Gen"
        and token.feats.get("Number") == "Plur"
        and view.tokens[index - 1].lemma in words.posts.organisation_nouns
    )


def _outer_post(view: SentenceView, post: int, words: OccupationWords) -> int:
    """ "заместитель министра иностранных дел": the post is the deputy's, not the
    minister's — climb while a post stands in the genitive of another post."""
    while (
        post > 0
        and view.tokens[post].feats.get("Case") == "Gen"
        and view.mention_at(post - 1) is None
        and is_position(view.tokens[post - 1].lemma, words.posts)
    ):
        post -= 1
    # "помощник главного тренера X": the post is the assistant's, past the genitive's adjective
    before = post - 1
    while before > 0 and view.tokens[before].pos == "ADJ" and (
        view.tokens[before].feats.get("Case") == "Gen"
    ):
        before -= 1
    if (
        before < post - 1
        and view.tokens[post].feats.get("Case") == "Gen"
        and view.mention_at(before) is None
        and is_position(view.tokens[before].lemma, words.posts)
        and (
            view.tokens[before].feats.get("Case") != "Gen"
            # occupation43: "по словам заместителя генерального директора X", "и.о.
            # пресс-секретаря российского лидера X": all in the genitive, the inner post
            # hangs on the outer one
            or view.tokens[post].head == before
        )
    ):
        return _outer_post(view, before, words)
    if _calling_of_post(view, post, words):
        return post - 1  # "ассистент режиссёра X": the assistant's calling, not the director's
    return post


def _calling_of_post(view: SentenceView, post: int, words: OccupationWords) -> bool:
    """A post in the genitive that hangs on a calling right before it, read by the calling's
    form ("ассистент режиссёра", "охранник президента"), names whose calling it is."""
    calling = post - 1
    return (
        calling >= 0
        and view.tokens[post].feats.get("Case") == "Gen"
        and view.tokens[post].head == calling
        and view.mention_at(calling) is None
        and view.tokens[calling].feats.get("Case") not in {None, "Gen"}
        and is_post_by_form(view.tokens[calling], words.posts, opens_sentence=calling == 0)
    )


def post_right_of(view: SentenceView, last: int, words: OccupationWords) -> int | None:
    """ "Name, post of Org," or "Name - post of Org" or "Name (post of Org)": a post in the
    name's case right after a comma, dash or opening bracket that follows the name."""
    case = view.tokens[last].feats.get("Case", "Nom")
    last = _after_written_name(view, last)
    if last + 2 < len(view.tokens) and view.tokens[last + 1].text in {",", "-", "–", "—", "("}:
        for index in range(last + 2, min(last + 2 + 4, len(view.tokens))):
            token = view.tokens[index]
            if token.pos in {"PUNCT", "CCONJ"}:
                # ", а также заместитель министра Y": the post opens the list's next item
                return None
            if token.lemma in words.relative_pronouns or token.feats.get("VerbForm") == "Fin":
                # "X, которого поддерживает акционер Y": a clause with its own subject
                return None
            same_case = token.feats.get("Case", "Nom") in {case, "Nom"}
            # "X, исполняющий обязанности официального представителя Y": the acting words
            # hold the post in the genitive
            acting = any(
                view.tokens[i].lemma in words.posts.acting_words for i in range(last + 2, index)
            )
            if (same_case or acting) and is_post_by_form(token, words.posts):
                if _subject_of_next_clause(token, case) or _post_of_next_name(view, index):
                    return None
                return index
    return None


def _subject_of_next_clause(token: Token, name_case: str) -> bool:
    """ "По словам X, некоторые наблюдатели считают": a post in the nominative after a name in
    another case is in apposition only by a misread case; as a verb's subject it opens a
    clause of its own."""
    return (
        name_case != "Nom" and token.feats.get("Case") == "Nom" and token.relation == "nsubj"
    )


def _post_of_next_name(view: SentenceView, post: int) -> bool:
    """ "в постановке X, режиссёр Y": a post followed by a name in its own case is that
    name's post (a name in the genitive after it is whom the holder serves)."""
    following = view.mention_at(post + 1)
    return (
        following is not None
        and following.type == "PER"
        and view.tokens[post + 1].feats.get("Case") == view.tokens[post].feats.get("Case")
    )


def _after_written_name(view: SentenceView, last: int) -> int:
    """ "Скотт Хоровитц (Scott Horowitz), бывший астронавт": the name as written in its own
    script, in brackets after it, is still the name; the post comes after the bracket."""
    mention = view.mention_at(last)
    if last + 3 >= len(view.tokens) or view.tokens[last + 1].text != "(":
        return last
    inner = view.mention_at(last + 2)
    if inner is None or inner is mention or inner.type != "PER":
        return last
    close = view.token_indices(inner.start, inner.end)[-1] + 1
    if close < len(view.tokens) and view.tokens[close].text == ")":
        return close
    return last


def post_after_in_headline(
    view: SentenceView, last: int, words: OccupationWords
) -> int | None:
    """ "Иван Петров Президент ФИДЕ": a headline (no verb) puts the post right after the
    name, with no punctuation, in the name's case and followed by where it is held."""
    following = last + 1
    if following + 1 >= len(view.tokens) or any(
        token.pos in {"VERB", "AUX"} for token in view.tokens
    ):
        return None
    token = view.tokens[following]
    case = view.tokens[last].feats.get("Case", "Nom")
    if (
        view.mention_at(following) is not None
        or not is_position(token.lemma, words.posts)
        or token.feats.get("Case", "Nom") != case
    ):
        return None
    for index in range(following + 1, min(following + 4, len(view.tokens))):
        place = view.mention_at(index)
        if place is not None:
            return following if place.type in WHERE_TYPES else None
        if view.tokens[index].pos not in {"NOUN", "ADJ"} and (
            view.tokens[index].text not in words.name_punctuation
        ):
            return None
    return None


def post_by_apposition(view: SentenceView, person_root: int, words: OccupationWords) -> int | None:
    """The tree's answer when the words between post and name are too many to walk
    ("сопредседатель комиссии по торгово-экономическому, научно-техническому … Крис Брайант")."""
    token = view.tokens[person_root]
    head = token.head
    if (
        token.relation == "appos"
        and 0 <= head < len(view.tokens)
        and view.mention_at(head) is None
        and is_position(view.tokens[head].lemma, words.posts)
        and not _someone_else_between(view, head, person_root)
        and not _issuer_post(view, head, person_root, words)
        and not _another_argument(view, head, person_root)
        and not _served_person(view, head, person_root)  # "X, советник Сергея Иванова"
    ):
        return head
    return None


def _someone_else_between(view: SentenceView, post: int, person: int) -> bool:
    """Another person or a verb between a post and a name: the post is not this name's."""
    low, high = sorted((post, person))
    mention = view.mention_at(person)
    for index in range(low + 1, high):
        between = view.mention_at(index)
        if between is not None and between.type == "PER" and between is not mention:
            return True
        if between is None and view.tokens[index].pos in {"VERB", "AUX"}:
            return True
    return False


def is_rank(view: SentenceView, index: int, words: OccupationWords) -> bool:
    """A military or police rank ("генерал-майор", "полковник юстиции")."""
    return view.tokens[index].lemma.lower() in words.rank_words


def ranked_person_after(view: SentenceView, comma: int, words: OccupationWords) -> bool:
    """ ", генерал-майор милиции X": after the comma a rank (its service in the genitive)
    and a person's name open the next item of a list of "post, rank Name" items."""
    index = comma + 1
    if comma >= len(view.tokens) or view.tokens[comma].text != ",":
        return False
    if index >= len(view.tokens) or not is_rank(view, index, words):
        return False
    index += 1
    while index < len(view.tokens) and view.mention_at(index) is None and (
        view.tokens[index].feats.get("Case") == "Gen" and view.tokens[index].pos == "NOUN"
    ):
        index += 1
    mention = view.mention_at(index) if index < len(view.tokens) else None
    return mention is not None and mention.type == "PER"


def comma_before(view: SentenceView, post: int) -> int | None:
    """The comma right before a post's words (its adjectives skipped), if there is one."""
    index = post - 1
    while index > 0 and view.tokens[index].pos == "ADJ":
        index -= 1
    return index if index > 0 and view.tokens[index].text == "," else None


def opens_list_item(view: SentenceView, post: int) -> bool:
    """ "X, капитан A Y и защитник B Z": a post right after another person's name and a
    comma opens an item of a list of people, not an earlier post of Z."""
    comma = comma_before(view, post)
    if comma is None:
        return False
    before = view.mention_at(comma - 1)
    return before is not None and before.type == "PER"
