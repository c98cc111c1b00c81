"""Where a post is held when its own words do not say, from what the report named.

"мэр города" (the city named just before), "губернатор" (the region before), "гендиректор
компании" (the company the report introduced), "главный тренер" (the one club introduced),
"председатель совета директоров" (the company whose board it is), "банк «Заря»,
председатель правления которого X", "Его вице-президент X" (the organisation before the
pronoun), "президент X" (the document's main state). Each answers only when exactly one
place fits; otherwise the post stays without a place: a common noun for a kind of body
("компания", "школа", "администрация района") that none of them resolved is not kept as
the place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from concord.analysis import Sentence
from concord.claim import Argument, Claim, Mention, Span
from concord.extract.occupation.reading import WHERE_TYPES, is_kin_noun, organisation_of_noun
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import is_position
from concord.extract.relaying import relaying_outlet
from concord.extract.sentence_view import (
    SentenceView,
    holds_stem,
    introduced_as,
    named_before,
    place_meant,
)
from concord.knowledge.gazetteer import (
    canonical_city,
    is_state,
    is_state_in_any_case,
    names_of_place,
)

_TERRITORY_LOOK_BACK = 2  # sentences back where "мэр города" finds its city
_ORGANISATION_LOOK_BACK = 2  # sentences back where "глава ведомства" finds its body
_TEAM_LOOK_BACK = 3  # sentences back where "вратарь" finds the national team


def organisation_named_before(
    view: SentenceView, organisation: list[int], words: OccupationWords
) -> Mention | None:
    """ "Прежний гендиректор компании", "солистка театра": a generic noun alone stands for the
    organisation the report named before with that noun or a kin one ("клуб «Ротор»" for
    "команды"), or whose name holds it ("Сбербанк" for "банка"); no other will do."""
    content = [
        i for i in organisation
        if view.tokens[i].pos in {"NOUN", "PROPN", "ADJ"}
        and view.tokens[i].lemma.lower() not in words.legal_form_adjectives
    ]  # fmt: skip
    if len(content) != 1:
        return None  # "нового клуба", "британского ведомства": described, not referred to
    lemma = view.tokens[content[0]].lemma.lower()
    if lemma in words.any_organisation_nouns:  # "глава ведомства", "гендиректор организации"
        return _only_organisation_just_before(view, view.tokens[content[0]].start)
    if not is_kin_noun(view, lemma):
        return None
    acting = organisation_acting(view, lemma, view.tokens[content[0]].start, words)
    if acting is not None:  # occupation53
        return acting
    meant = organisation_of_noun(view, lemma, view.tokens[content[0]].start)
    if meant is not None:
        return meant
    return only_firm_in_report(view, lemma, view.tokens[content[0]].start, words)  # occupation54


def only_firm_in_report(
    view: SentenceView, noun: str, offset: int, words: OccupationWords
) -> Mention | None:
    """ "В Y вновь введена должность президента … Следующим президентом компании был X": a
    report about one firm refers to it by a kind noun ("компании", "завода", "банка") it never
    introduced it with; the noun then stands for the report's only organisation, named
    in an earlier sentence (one named in the noun's own sentence and not acting there,
    "Представители Y сообщили, что директором компании стал X", is left). Any other organisation anywhere in the report (a second firm, a ministry, a
    news agency quoted) leaves it unsure, and so does one introduced as another kind ("завод
    «Y»" for "банка"); nouns for public bodies, schools or clubs are not referred to so."""
    if noun not in words.report_firm_nouns:
        return None
    nouns = set().union({noun}, *(group for group in view.words.organisation_kin if noun in group))
    other_kinds = set(words.report_firm_nouns).union(
        *(group for group in view.words.organisation_kin if noun not in group),
        *words.post_organisation_kinds.values(),
    ) - nouns
    mentions = [
        m for m in view.document.mentions
        if m.type == "ORG" and not relaying_outlet(view.document, m, view.words)
    ]  # fmt: skip
    inner = [  # "совет директоров ОАО «Y»" and "ОАО «Y»" are one organisation: keep "ОАО «Y»"
        m for m in mentions
        if not any(o is not m and m.start <= o.start and o.end <= m.end for o in mentions)
    ]  # fmt: skip
    if len({_identity(m) for m in inner}) != 1:
        return None
    before = [m for m in inner if m.end <= offset]
    if not before or any(view.sentence.start <= m.start for m in before):
        return None  # named beside it in its own sentence, not acting (occupation29: "Представители Y")
    owner = before[-1]
    end = len(view.document.document.text)
    if introduced_as(view.document, owner, other_kinds, end):
        return None  # "завод «Y»" is not what "банка" means
    return owner


def organisation_acting(
    view: SentenceView, noun: str, offset: int, words: OccupationWords
) -> Mention | None:
    """ "Совет директоров «Y» назначил X главой компании", "Y объявила об отставке
    президента компании X", "Глава Y ушёл, а на его место назначен председатель компании X",
    "В пресс-службе Y сообщили, что назначена зампред банка X": a kind noun in a post's
    phrase stands for the organisation that acts or speaks in its own sentence, before it
    (the subject, or the owner of the board, voice or post that is the subject or the place
    the news is told in), over one the report introduced with the noun earlier: the news is
    that organisation's. Only when one organisation acts so, and none introduced as a kind
    of another group ("Банк «Y» подал иск к директору компании X"); an organisation merely
    named beside it ("Сотрудники Y встретились с директором компании X") is none."""
    if not words.acting_voices:
        return None
    nouns = set().union(*(group for group in view.words.organisation_kin if noun in group))
    other_kinds = set().union(*(group for group in view.words.organisation_kin if noun not in group))
    named = [
        m for m in view.mentions
        if m.type in {"ORG", "LOCORG"} and m.end <= offset
        and not relaying_outlet(view.document, m, view.words)
    ]  # fmt: skip
    acting = [m for m in named if _acts_in_sentence(view, m, words)]
    if len({_identity(m) for m in acting}) != 1:
        return None
    owner = acting[-1]
    if any(
        _identity(m) != _identity(owner) and not (m.start < owner.end and owner.start < m.end)
        and _named_as(view, m, nouns)
        for m in named
    ):  # "Председатель ЦБ назначил заседание совета Внешторгбанка … председателя правления
        return None  # банка X": the bank named by the noun is the one the noun means
    if introduced_as(view.document, owner, other_kinds, offset) and not introduced_as(
        view.document, owner, nouns, offset
    ):
        return None  # "Банк «Y»" for "компании": another kind of organisation
    return owner


def _named_as(view: SentenceView, mention: Mention, nouns: set[str]) -> bool:
    """The name holds one of the nouns ("Внешторгбанк") or follows one ("банка «Заря»")."""
    if any(holds_stem(mention.text, noun) for noun in nouns):
        return True
    before = [t for t in view.tokens if t.end <= mention.start and t.pos != "PUNCT"]
    return bool(before) and before[-1].lemma.lower() in nouns


def _identity(mention: Mention) -> object:
    return mention.entity if mention.entity >= 0 else mention.normal.lower()


def _acts_in_sentence(view: SentenceView, mention: Mention, words: OccupationWords) -> bool:
    """The organisation is its clause's subject, or owns the board, voice or post that is
    ("совет директоров Y назначил", "Глава Y ушёл"), or the voice the news is told in ("в
    пресс-службе Y сообщили")."""
    indices = view.token_indices(mention.start, mention.end)
    heads = [i for i in indices if view.tokens[i].head not in indices]
    if len(heads) != 1:
        return False
    head = view.tokens[heads[0]]
    if head.lemma.lower() in words.acting_voices | words.board_words:
        return False  # "пресс-служба Y" as one name: Y inside it is the organisation
    subject = {"nsubj", "nsubj:pass"}
    if head.relation in subject:
        return True
    if head.relation != "nmod" or not 0 <= head.head < len(view.tokens):
        return False
    owner = view.tokens[head.head]
    lemma = owner.lemma.lower()
    while lemma in words.board_words and owner.relation == "nmod" and owner.head >= 0:
        owner = view.tokens[owner.head]  # "председатель совета директоров Y"
        lemma = owner.lemma.lower()
    if lemma in words.acting_voices:
        return owner.relation in subject | {"obl"}
    if lemma in words.board_words or is_position(lemma, words.posts):
        # one head of it ("Глава Y ушёл"), not its staff ("Сотрудники Y встретились")
        return owner.relation in subject and owner.feats.get("Number") != "Plur"
    return False


def _only_organisation_just_before(view: SentenceView, offset: int) -> Mention | None:
    """The organisation a noun for a body of any kind stands for: the one organisation
    named in its sentence before it or in the sentence before (not the outlet relaying the
    news); two or more leave it unsure."""
    since = (view.sentences_before(_ORGANISATION_LOOK_BACK) or [view.sentence])[0].start
    named = [
        m for m in view.document.mentions
        if m.type == "ORG" and since <= m.start and m.end <= offset
        and not relaying_outlet(view.document, m, view.words)
    ]  # fmt: skip
    entities = {m.entity if m.entity >= 0 else m.normal for m in named}
    return named[-1] if len(entities) == 1 else None


def board_owner(
    view: SentenceView, organisation: list[int], words: OccupationWords
) -> Mention | None:
    """The organisation a board with no owner named belongs to: the one the report
    introduced as a company, a bank, …, when the look-back finds exactly one (a fund named
    as a new director's employer beside the company makes it unsure: none)."""
    content = [i for i in organisation if view.tokens[i].pos in {"NOUN", "PROPN", "ADJ"}]
    if not _names_a_board(view, content, words):
        return None
    return _only_organisation_meant(view, words.board_owner_nouns, view.tokens[content[0]].start)


def _names_a_board(view: SentenceView, content: list[int], words: OccupationWords) -> bool:
    """ "совета директоров", "наблюдательного совета", "правления": a company's board, no
    more (not "совета ветеранов", "совета при губернаторе")."""
    lemmas = [view.tokens[i].lemma.lower() for i in content]
    return (
        bool(lemmas)
        and all(lemma in words.board_words for lemma in lemmas)
        and any(lemma in words.governing_bodies for lemma in lemmas)
    )


def relative_owner(view: SentenceView, post: int, words: OccupationWords) -> Mention | None:
    """ "банк «Заря», председатель правления которого X": a relative pronoun in the genitive
    inside the post's phrase says whose post it is, the organisation or place named right
    before the clause's comma."""
    pronoun = next(
        (
            i
            for i in view.subtree(post, skip=frozenset({"appos", "acl:relcl", "conj"}))
            if view.tokens[i].lemma in words.relative_pronouns
            and view.tokens[i].feats.get("Case") == "Gen"
        ),
        None,
    )
    if pronoun is None:
        return None
    comma = next((i for i in range(min(post, pronoun), -1, -1) if view.tokens[i].text == ","), None)
    if comma is None:
        return None
    before = comma - 1
    while before >= 0 and view.tokens[before].pos == "PUNCT":
        before -= 1  # the closing quote of "«Заря»"
    named = view.mention_at(before) if before >= 0 else None
    return named if named is not None and named.type in WHERE_TYPES else None


def possessor_named_before(
    view: SentenceView, post: int, words: OccupationWords
) -> Mention | None:
    """ "Проект поддержал банк «Заря». Его вице-президент X": a pronoun before the post says
    whose post it is; when the nearest name before it is an organisation's, the post is held
    there (when it is a person's, "его заместитель", the post is no place's)."""
    pronoun = next(
        (
            child
            for child in view.children(post)
            if child < post
            and view.tokens[child].pos == "PRON"
            and view.tokens[child].lemma in words.possessive_pronouns
        ),
        None,
    )
    if pronoun is None:
        return None
    named = named_before(view.document, view.tokens[pronoun].start, {"PER", "ORG"}, 1)
    return named[-1] if named and named[-1].type == "ORG" else None


def organisation_of_kind(
    view: SentenceView, post: int, words: OccupationWords, phrase: Sequence[int] = ()
) -> Mention | None:
    """ "Футбольный клуб «Y» … Главный тренер X": a post held only at one kind of
    organisation (a coach at a club, a rector at a university), said with none, is held at
    the organisation the report introduced as that kind, when it introduced exactly one
    (two clubs in a match report leave the coach without place). The kind is read off the
    post word, else off the post's phrase (occupation49): its last noun of a kind, or a
    two-word form of one ("главный врач"), so "исполняющий обязанности главного врача"
    and "заместитель главного врача" are held at the hospital the report named."""
    kinds = words.post_organisation_kinds.get(view.tokens[post].lemma.lower(), ())
    if not kinds:
        kinds = _kinds_in_phrase(view, phrase, words)
        if kinds and _kind_said_with(view, post, phrase, kinds):
            return None  # "главный врач первой больницы", "… врача в клинической больнице"
    if not kinds:
        return None
    return _only_organisation_meant(view, kinds, view.tokens[post].start)


def _kind_said_with(
    view: SentenceView, post: int, phrase: Sequence[int], kinds: Iterable[str]
) -> bool:
    """A noun of the kinds (or a kin one) in the post's phrase ("главный врач первой
    больницы") or on the word the post hangs on ("работал заместителем главного врача в
    клинической больнице"): the sentence says at which body the post is held, even with no
    name the name finder found, so no body is taken from before."""
    nouns = set(kinds).union(
        *(group for group in view.words.organisation_kin if group & set(kinds))
    )
    head = view.tokens[post].head
    return any(
        token.lemma.lower() in nouns and (i in phrase or (head >= 0 and token.head == head))
        for i, token in enumerate(view.tokens)
    )


def _kinds_in_phrase(
    view: SentenceView, phrase: Sequence[int], words: OccupationWords
) -> tuple[str, ...]:
    """The organisation kinds of the phrase's last post word that has some: a one-word
    post ("главврача") or a head noun with its modifier ("главного врача")."""
    for index in reversed(phrase):
        lemma = view.tokens[index].lemma.lower()
        key = lemma if lemma in words.post_organisation_kinds else ""
        for child in view.children(index):
            paired = words.post_kind_phrases.get((view.tokens[child].lemma.lower(), lemma))
            key = paired if paired is not None and child in phrase else key
        if key:
            return words.post_organisation_kinds.get(key, ())
    return ()


def _only_organisation_meant(
    view: SentenceView, nouns: Iterable[str], offset: int
) -> Mention | None:
    """The one organisation the report introduced by any of these nouns before the offset;
    none when it introduced two (names overlapping the first, "совет директоров ОАО «X»"
    and "ОАО «X»", are one)."""
    found: dict[int, Mention] = {}
    for noun in nouns:
        meant = organisation_of_noun(view, noun, offset)
        if meant is not None:
            found[meant.entity if meant.entity >= 0 else meant.start] = meant
    if len(found) != 1:
        return None
    owner = next(iter(found.values()))
    around = _overlapping(view, owner)
    another = any(
        organisation_of_noun(view, noun, offset, exclude=around) is not None for noun in nouns
    )
    return None if another else owner


def _overlapping(view: SentenceView, owner: Mention) -> list[Mention]:
    """The owner and the names around it ("совет директоров ОАО «X»" holding "ОАО «X»"):
    one organisation, not a second candidate."""
    return [
        m for m in view.document.mentions
        if m is owner or (m.start < owner.end and owner.start < m.end)
    ]  # fmt: skip


def territory_meant(
    view: SentenceView, post_phrase: list[int], words: OccupationWords
) -> Mention | None:
    """ "мэр города", "глава района" with no name of the place: the place of that kind the
    report named just before; "министр региона", a region of any kind ("… области"). A
    place shows its kind by its name or by another name of it ("министр … республики" after
    "Франции", the Французская Республика; "прокурор области" after "Оренбуржье"). A noun with words of
    its own ("соседней области", "района Москвы") or plural ("глав районов") is none."""
    nouns = [
        i for i in post_phrase
        if view.tokens[i].lemma.lower() in words.territory_nouns | words.any_region_nouns
        and view.tokens[i].feats.get("Number") == "Sing"
        and view.tokens[i].feats.get("Case") == "Gen"
        and view.mention_at(i) is None
    ]  # fmt: skip
    if len(nouns) != 1 or nouns[0] != post_phrase[-1] or view.children(nouns[0]):
        return None
    noun = view.tokens[nouns[0]]
    lemma = noun.lemma.lower()
    if lemma in words.any_region_nouns:  # "министр финансов региона"
        return place_meant(
            view.document, "", noun.start, words.region_nouns, _TERRITORY_LOOK_BACK,
            of_any_kind=True, other_names=names_of_place,
        ) or _only_territory_of_kind(view, noun.start, words.region_nouns)
    meant = place_meant(
        view.document, lemma, noun.start, words.territory_nouns, _TERRITORY_LOOK_BACK,
        city_nouns=words.city_nouns, is_state=is_state_in_any_case,
        is_known_city=lambda name: canonical_city(name) is not None,
        other_names=names_of_place,
    )  # fmt: skip
    if meant is not None or lemma in words.city_nouns:
        return meant  # a city's name shows no kind: one named long before is no sure referent
    return _only_territory_of_kind(view, noun.start, (lemma,))


def _only_territory_of_kind(view: SentenceView, offset: int, kinds: Iterable[str]) -> Mention | None:
    """ "В администрации Череповецкого района … (three sentences on) Прежний глава
    администрации района X": past the look-back, a district's or a region's noun still
    stands for the place of its kind when the report named exactly one before it (its
    name holds the noun's stem); two of them leave it unsure."""
    named = [
        m for m in named_before(view.document, offset, {"LOC", "LOCORG"}, len(view.document.sentences))
        if any(holds_stem(m.normal, kind) for kind in kinds)
    ]  # fmt: skip
    places = {m.entity if m.entity >= 0 else m.normal for m in named}
    return named[-1] if len(places) == 1 else None


def organisation_ending_post(
    view: SentenceView, post_phrase: list[int], words: OccupationWords
) -> Mention | None:
    """ "МГУ … ректор вуза X", "… в 12-й больнице. Главный врач больницы X": a post whose
    words end in a bare noun for a kind of organisation (the parse keeps it among the
    post's words) is held at the organisation the report named with that noun or a kin one;
    else at the one organisation named in its sentence or the one before, when that name
    says it is no other kind ("Сбербанк" is no university). A noun with words of its own
    ("вуза страны") or plural is none."""
    last = post_phrase[-1]
    token = view.tokens[last]
    lemma = token.lemma.lower()
    if (
        len(post_phrase) < 2
        or token.feats.get("Case") != "Gen"
        or token.feats.get("Number") != "Sing"
        or view.children(last)
        or view.mention_at(last) is not None
        or not is_kin_noun(view, lemma)
    ):
        return None
    named = organisation_named_before(view, [last], words)
    if named is not None:
        return named
    only = _only_organisation_just_before(view, token.start)
    if only is None or _says_another_kind(view, only, lemma):
        return None
    return only


def _says_another_kind(view: SentenceView, mention: Mention, noun: str) -> bool:
    """The name holds a noun of another kind of organisation than the noun's own."""
    own = set().union(*(group for group in view.words.organisation_kin if noun in group))
    return any(
        holds_stem(mention.normal, kind)
        for group in view.words.organisation_kin
        for kind in group
        if kind not in own and len(kind) > 3
    )


def region_of_post(
    view: SentenceView, post_phrase: list[int], words: OccupationWords
) -> Mention | None:
    """ "губернатор X", "вице-губернаторы" with no place: a region's post (lexicon
    `regional_posts`) is held in the region ("… области", "… края") the report named just
    before. A post with words of its own beyond its adjectives ("губернатор Калифорнии") is
    none."""
    post = _lone_post(view, post_phrase, words.regional_posts, words)
    if post is None:
        return None
    return place_meant(
        view.document, "", view.tokens[post].start, words.region_nouns,
        _TERRITORY_LOOK_BACK, of_any_kind=True,
    )  # fmt: skip


def city_of_post(
    view: SentenceView, post_phrase: list[int], words: OccupationWords
) -> Mention | None:
    """ "В Горячем Ключе … сообщил мэр X": a city's post (lexicon `city_posts`) said with no
    place is held in the city the report named in its sentence or the two before, as "мэр
    города" is: a place whose name holds no territory noun and is no state."""
    post = _lone_post(view, post_phrase, words.city_posts, words)
    if post is None or not words.city_nouns:
        return None
    return place_meant(
        view.document, min(words.city_nouns), view.tokens[post].start, words.territory_nouns,
        _TERRITORY_LOOK_BACK, city_nouns=words.city_nouns, is_state=is_state_in_any_case,
        is_known_city=lambda name: canonical_city(name) is not None,
    )  # fmt: skip


def _lone_post(
    view: SentenceView, post_phrase: list[int], posts: frozenset[str], words: OccupationWords
) -> int | None:
    """The one word of `posts` in the phrase when its other words are only adjectives or
    the words of an acting title: "врио губернатора", "и. о. мэра" are the region's or the
    city's post as "губернатор" is."""
    found = [i for i in post_phrase if view.tokens[i].lemma.lower() in posts]
    acting = _acting_title_words(words)
    if len(found) != 1 or any(
        view.tokens[i].pos not in {"ADJ", "DET"} and view.tokens[i].lemma.lower() not in acting
        for i in post_phrase
        if i != found[0]
    ):
        return None
    return found[0]


def _acting_title_words(words: OccupationWords) -> frozenset[str]:
    """The words an acting title is written with ("врио", "исполняющий обязанности",
    "и. о.")."""
    return words.posts.acting_words | {word for phrase in words.posts.acting_phrases for word in phrase}


def main_state(
    view: SentenceView, holder: Mention, post: int, words: OccupationWords
) -> list[Argument]:
    """ "президент Александр Лукашенко" in a text about Belarus: a post only a state has,
    said without its country, is held in the state the holder's name follows elsewhere
    in the document ("президент Украины Виктор Янукович"), else in the state the document
    names most often."""
    head = view.tokens[post].lemma
    following = view.tokens[post + 1].lemma if post + 1 < len(view.tokens) else ""
    if (head, "") not in words.state_head_posts and (
        (head, following) not in words.state_head_posts
    ):
        return []
    counts: dict[int, list[Mention]] = {}
    for mention in view.document.mentions:
        if (
            mention.type in {"LOC", "LOCORG"}
            and mention.entity >= 0
            and is_state(view.document.entities[mention.entity].name)
        ):
            counts.setdefault(mention.entity, []).append(mention)
    if not counts:
        return []
    text = view.document.document.text
    for other in view.document.mentions:
        if holder.entity < 0 or other.entity != holder.entity:
            continue
        for mentions in counts.values():
            before = [
                m for m in mentions if m.end <= other.start and not text[m.end : other.start].strip()
            ]
            if before:
                return [view.entity_argument("where", before[0])]
    mentions = max(counts.values(), key=len)  # ties: the state named first
    if len(mentions) < 2 and (
        (head, "") in words.state_cabinet_posts or (head, following) in words.state_cabinet_posts
    ):
        return []
    guess = view.document.entities[mentions[0].entity].name
    if any(state != guess for state in _states_in_sentence(view, words)):
        return []  # "президент X разрешил американским компаниям торговать с Кубой"
    return [view.entity_argument("where", mentions[0])]


def _states_in_sentence(view: SentenceView, words: OccupationWords) -> set[str]:
    """The states a sentence names, by name or by adjective ("американские компании")."""
    states = {
        view.document.entities[m.entity].name
        for m in view.mentions
        if m.type in {"LOC", "LOCORG"}
        and m.entity >= 0
        and is_state(view.document.entities[m.entity].name)
    }
    for token in view.tokens:
        place = words.posts.place_of_adjective(token.lemma) if token.pos == "ADJ" else None
        if place and is_state(place):
            states.add(place)
    return states


def team_meant(view: SentenceView, post: int, words: OccupationWords) -> Argument | None:
    """ "Сборная … Вратарь X", "Игорь Петров (второй тренер)": a team's post said with no
    place is held at the national team named in its sentence before it or in the few
    sentences before, the latest naming, when the namings there name no two countries'
    teams ("сборная" alone agrees with any one country's). The team has no name of its own, so the place is its
    wording ("сборной команды") unless the name finder took it for an organisation."""
    if view.tokens[post].lemma.lower() not in words.team_posts:
        return None
    offset = view.tokens[post].start
    sentences = [s for s in view.document.sentences if s.start < offset][-_TEAM_LOOK_BACK - 1 :]
    namings = [
        naming
        for sentence in sentences
        for index, token in enumerate(sentence.tokens)
        if token.start < offset
        and (naming := _team_naming(view, sentence, index, words)) is not None
    ]
    countries = {country for _, country in namings if country}
    if not namings or len(countries) > 1:
        return None
    return namings[-1][0]  # the latest: an opponent ("со сборной США") is named in passing


def _team_naming(
    view: SentenceView, sentence: Sentence, index: int, words: OccupationWords
) -> tuple[Argument, str] | None:
    """The place a national team's word at `index` names, and its country's name if said:
    the organisation the name finder found there, else the word with the team noun it
    describes."""
    token = sentence.tokens[index]
    if token.lemma.lower() not in words.national_team_nouns:
        return None
    head = sentence.tokens[token.head] if 0 <= token.head < len(sentence.tokens) else None
    described = head is not None and head.lemma.lower() in words.team_nouns and token.head > index
    if token.pos != "NOUN" and not described:
        return None  # "сборный пункт": not a team
    named = next(
        (
            m for m in view.document.mentions
            if m.type == "ORG" and m.start <= token.start < m.end
        ),
        None,
    )  # fmt: skip
    country = next(
        (
            m.normal or m.text for m in view.document.mentions
            if m.type in {"LOC", "LOCORG"} and token.end < m.start <= token.end + 1 + (
                head.end - token.end if described and head is not None else 0
            )
        ),
        "",
    )  # fmt: skip
    if named is not None:
        return view.entity_argument("where", named), country
    end = head.end if described and head is not None else token.end
    text = view.document.document.text[token.start : end]
    return Argument("where", text.lower(), Span(token.start, end, text)), country


def kin_noun_resolved(view: SentenceView, claims: list[Claim], words: OccupationWords) -> list[Claim]:
    """ "Председатель правления Boeing X назначен генеральным директором компании",
    "Совет директоров Y объявил, что директором компании назначен X": a kind noun
    ("компания", "банк", "клуб") the report named no organisation by is the organisation
    the holder's other post in the sentence names, when one only; else the one whose
    governing board speaks in the sentence. Not an organisation merely named beside it
    ("Сотрудники Сбербанка встретились с директором компании X": another company)."""
    return [_with_kin_noun_resolved(view, claim, claims, words) for claim in claims]


def _with_kin_noun_resolved(
    view: SentenceView, claim: Claim, claims: list[Claim], words: OccupationWords
) -> Claim:
    place = next((a for a in claim.arguments if a.role == "where"), None)
    noun = None if place is None else _kin_noun_of(view, place)
    if place is None or noun is None:
        return claim
    owner = _holder_organisation(view, claim, claims) or _speaking_board_owner(view, noun, words)
    if owner is None:
        return claim
    arguments = [view.entity_argument("where", owner) if a is place else a for a in claim.arguments]
    return replace(claim, arguments=arguments)


def board_post_owners(view: SentenceView, claims: list[Claim], words: OccupationWords) -> list[Claim]:
    """ "Добыча «Северной нефти» растёт, заявил заместитель председателя правления
    компании X", "В «Заре» перемены … заявление председателя правления X": a post of an
    organisation's governing board (lexicon `governing_board_phrases`) that names no
    organisation, or only a kind noun ("компании"), is held at the organisation the sentence
    names before the post, or, when the sentence names none there, the sentence before:
    a board is always some one organisation's, and a report names the one it speaks of.
    Two organisations there leave the post without place."""
    return [_with_board_owner(view, claim, words) for claim in claims]


def _with_board_owner(view: SentenceView, claim: Claim, words: OccupationWords) -> Claim:
    position = next((a for a in claim.arguments if a.role == "position"), None)
    place = next((a for a in claim.arguments if a.role == "where"), None)
    if position is None or position.span is None:
        return claim
    if place is not None and _kin_noun_of(view, place) is None:
        return claim  # "председатель правления «Зари»": the post names its organisation
    post_words = view.token_indices(position.span.start, position.span.end)
    lemmas = {view.tokens[i].lemma.lower() for i in post_words}
    if not any(phrase <= lemmas for phrase in words.governing_board_phrases):
        return claim
    owner = _one_organisation_before(view, position.span.start, words)
    if owner is None:
        return claim
    kept = [argument for argument in claim.arguments if argument is not place]
    return replace(claim, arguments=[*kept, view.entity_argument("where", owner)])


def _one_organisation_before(
    view: SentenceView, offset: int, words: OccupationWords
) -> Mention | None:
    """The one organisation named in the sentence before `offset`, else in the sentence
    before it; names inside one another ("исполкома СБР", "СБР") count as one, the
    innermost standing for it; a board named as if an organisation ("Набсовет решил") and
    an outlet relaying the news ("сообщает ТАСС со ссылкой на …") are none."""
    def may_hold(mention: Mention) -> bool:
        return not _is_a_board_only(view, mention, words) and not relaying_outlet(
            view.document, mention, view.words
        )

    named = [
        m for m in view.document.mentions
        if m.type == "ORG" and view.sentence.start <= m.start and m.end <= offset
        and may_hold(m)
    ]  # fmt: skip
    if not named:
        named = [
            m for m in named_before(view.document, view.sentence.start, {"ORG"}, 1)
            if may_hold(m)
        ]  # fmt: skip
    groups: list[list[Mention]] = []
    for mention in sorted(named, key=lambda m: m.start):
        if groups and any(m.start < mention.end and mention.start < m.end for m in groups[-1]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    innermost = [min(group, key=lambda m: m.end - m.start) for group in groups]
    if len({m.entity if m.entity >= 0 else m.normal.lower() for m in innermost}) != 1:
        return None
    return innermost[-1]


def _is_a_board_only(view: SentenceView, mention: Mention, words: OccupationWords) -> bool:
    """The mention's words are only a board's ("Набсовет", "Совет директоров")."""
    board = words.board_words.union(*words.governing_board_phrases)
    lemmas = [
        token.lemma.lower()
        for sentence in view.document.sentences
        if sentence.start <= mention.start < sentence.end
        for token in sentence.tokens
        if mention.start <= token.start < mention.end and token.pos != "PUNCT"
    ]
    return bool(lemmas) and all(lemma in board for lemma in lemmas)


def _kin_noun_of(view: SentenceView, place: Argument) -> int | None:
    """The place's one word when it is a bare lowercase kind noun of an organisation."""
    if place.entity is not None or place.span is None:
        return None
    indices = _place_words(view, place.span)
    if len(indices) != 1:
        return None
    token = view.tokens[indices[0]]
    if not token.text.islower() or view.mention_at(indices[0]) is not None:
        return None
    return indices[0] if is_kin_noun(view, token.lemma.lower()) else None


def _holder_organisation(view: SentenceView, claim: Claim, claims: list[Claim]) -> Mention | None:
    """The one organisation the same holder's other posts in the sentence are held at."""
    holder = claim.values("who")
    owners: dict[int, Mention] = {}
    for other in claims:
        if other is claim or other.values("who") != holder:
            continue
        for argument in other.arguments:
            if argument.role != "where" or argument.entity is None or argument.span is None:
                continue
            indices = view.token_indices(argument.span.start, argument.span.end)
            if not indices:
                continue  # a place named in an earlier sentence ("глава региона")
            mention = view.mention_at(indices[0])
            if mention is not None and mention.type == "ORG" and mention.entity >= 0:
                owners[mention.entity] = mention
    return next(iter(owners.values())) if len(owners) == 1 else None


def _speaking_board_owner(view: SentenceView, noun: int, words: OccupationWords) -> Mention | None:
    """The organisation whose board is a subject in the sentence ("Совет директоров Y
    объявил …"), when it is the only organisation the sentence names before the noun."""
    before = [m for m in view.mentions if m.type == "ORG" and m.end <= view.tokens[noun].start]
    if len({m.entity if m.entity >= 0 else m.normal for m in before}) != 1:
        return None
    owner = before[-1]
    for index in view.token_indices(owner.start, owner.end):
        for head in view.ancestors(index):  # up through the board's words only
            if view.tokens[head].lemma.lower() not in words.board_words:
                break
            if view.tokens[head].relation in {"nsubj", "nsubj:pass"}:
                return owner
    return None


def _place_words(view: SentenceView, span: Span) -> list[int]:
    """The place's words in this sentence, punctuation left out."""
    return [
        i for i in view.token_indices(span.start, span.end)
        if view.tokens[i].pos != "PUNCT"
    ]  # fmt: skip


def names_own_place(view: SentenceView, claim: Claim, words: OccupationWords) -> bool:
    """The claim has a place of work of its own that is more than generic nouns for a kind
    of body ("заместитель председателя правительства" names none: the government is
    whichever the next words place)."""
    return any(
        argument.role == "where" and not _names_a_kind_only(view, argument, words)
        for argument in claim.arguments
    )


def without_generic_place(view: SentenceView, claim: Claim, words: OccupationWords) -> Claim:
    """ "директор школы", "заместитель главы администрации района", "директор компании" with
    no company resolved: a place of only common nouns for a kind of body or territory names
    no one body, and would stand against the named one another report gives; the post is
    kept without it. Run after every reading that resolves such a noun (an appointing
    board's company, the organisation named before); a name or a describing word of its
    own ("гимназия «Эрудит»", "районная администрация") keeps the place."""
    if not any(argument.role == "position" for argument in claim.arguments):
        return claim
    kept = []
    for argument in claim.arguments:
        if argument.role != "where" or not _names_a_kind_only(view, argument, words):
            kept.append(argument)
            continue
        territory = _territory_of_body(view, argument, words)
        if territory is not None:  # "правительство края": the region named before
            kept.append(view.entity_argument("where", territory))
    if kept == claim.arguments:
        return claim
    return replace(claim, arguments=kept)


def _territory_of_body(view: SentenceView, place: Argument, words: OccupationWords) -> Mention | None:
    """ "Председатель правительства края X", "глава администрации района" after the region
    or district was named: a territory's governing body said by its common nouns is held in
    the territory of that kind the report named just before (the body has no name of its
    own to give)."""
    if place.span is None:
        return None
    indices = _place_words(view, place.span)
    if len(indices) != 2 or view.tokens[indices[0]].lemma.lower() not in words.territory_body_nouns:
        return None
    if view.tokens[indices[1]].head != indices[0]:
        return None
    return territory_meant(view, indices, words)


def _names_a_kind_only(view: SentenceView, place: Argument, words: OccupationWords) -> bool:
    """The place is written by the sentence and is only generic lowercase nouns."""
    if place.entity is not None or place.span is None:
        return False
    generic = (
        words.generic_body_nouns | words.any_organisation_nouns | words.territory_nouns
        | words.any_region_nouns | words.board_words
        | frozenset().union(*view.words.organisation_kin)
    )  # fmt: skip
    indices = _place_words(view, place.span)
    return bool(indices) and all(
        view.tokens[i].pos == "NOUN"
        and view.tokens[i].text.islower()
        and view.tokens[i].lemma.lower() in generic
        and view.mention_at(i) is None
        for i in indices
    )


# occupation55: how far back a bare post looks for the same post said with its organisation
_SAME_POST_LOOK_BACK = 3


def same_post_named_before(
    view: SentenceView, post: int, phrase: Sequence[int], words: OccupationWords
) -> Mention | None:
    """ "Старший вице-президент «Y» по производству X … вице-президент по инжинирингу Z": a
    post said with no place is held at the organisation the report said the same post word
    with in the sentences just before, when it said the word with only that one (two firms'
    directors leave it without place) and this sentence names no other before the post.
    Not for a state's, region's or city's post (their own readings), a post of one kind of
    organisation (a coach, a rector: `organisation_of_kind` decides), nor a principal's side
    ("заместитель", "советник"): a deputy is another post of the organisation."""
    lemma = view.tokens[post].lemma.lower()
    if (
        view.tokens[post].pos != "NOUN"
        or lemma in words.same_post_relational
        or lemma in words.regional_posts
        or lemma in words.city_posts
        or any(head == lemma for head, _ in words.state_head_posts)
        or lemma in words.post_organisation_kinds
        or _kinds_in_phrase(view, phrase, words)
    ):
        return None
    found: dict[object, Mention] = {}
    for sentence in view.sentences_before(_SAME_POST_LOOK_BACK):
        _said_with(
            SentenceView.build(view.document, sentence, view.words),
            lemma,
            len(sentence.tokens),
            found,
        )
    _said_with(view, lemma, post, found)
    if len(found) != 1:
        return None
    owner = next(iter(found.values()))
    around = {id(m) for m in _overlapping(view, owner)}
    first = view.tokens[0].start
    others = [
        m for m in view.document.mentions
        if m.type == "ORG" and first <= m.start < view.tokens[post].start
        and id(m) not in around and _identity(m) != _identity(owner)
    ]  # fmt: skip
    return None if others else owner


def _said_with(view: SentenceView, lemma: str, stop: int, found: dict[object, Mention]) -> None:
    """The organisations a post word of this lemma before `stop` is said with: named in a
    genitive or apposition of the word ("вице-президент «Y»", "директор завода «Y»")."""
    for index, token in enumerate(view.tokens[:stop]):
        if token.lemma.lower() != lemma:
            continue
        owned = [
            i
            for child in view.children(index)
            if view.tokens[child].relation in {"nmod", "appos"}
            for i in view.subtree(child)
        ]
        for mention in view.mentions_in(owned, {"ORG"}):
            found[_identity(mention)] = mention
