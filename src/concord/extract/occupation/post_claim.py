"""One occupation claim from a holder's name and a post word: who, position, where.

`occupation_claim` cuts the post's phrase (`positions.position_extent`), separates the post's
own words from the organisation after it (a board stays in the post: "член совета
директоров" at Аэрофлот; "глава МИД Киргизии" becomes the foreign minister of Kyrgyzstan),
picks the place of work inside the phrase, and falls back to `places_meant` and
`appointers` when the phrase names none. A post in apposition takes only its own negation.
`_HEAD_WORDS` is the one list of Russian words left in code (docs/notes/refactor-occupation.md).
"""

from __future__ import annotations

from dataclasses import replace

from concord.claim import Argument, Claim, Mention, Modality, Span
from concord.extract.occupation.appointers import electing_organisation
from concord.extract.occupation.former import marked_former, post_said_former
from concord.extract.occupation.places_meant import (
    board_owner,
    city_of_post,
    main_state,
    organisation_ending_post,
    organisation_named_before,
    organisation_of_kind,
    possessor_named_before,
    region_of_post,
    relative_owner,
    same_post_named_before,
    team_meant,
    territory_meant,
)
from concord.extract.occupation.reading import WHERE_TYPES
from concord.extract.occupation.regional_adjectives import place_by_adjective
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import PostExtent, is_position, position_extent
from concord.extract.sentence_view import SentenceView
from concord.knowledge.concepts import is_post_wording, post_concept, russian_post
from concord.knowledge.gazetteer import place_name
from concord.knowledge.transliteration import is_latin

# Words for whoever heads a body: "руководитель Минфина" is "глава Минфина".
_HEAD_WORDS = frozenset({"глава", "руководитель", "главы", "руководителя", "главой"})


def occupation_claim(
    view: SentenceView,
    person: Mention,
    post: int,
    stop: int,
    words: OccupationWords,
    modality: Modality | None = None,
    where_from: int | None = None,
) -> Claim:
    """The claim that `person` holds the post whose word is at `post`, its phrase ending
    before `stop`; the place is looked for from `where_from` (else right after the post)
    on. A post in apposition takes only its own negation unless `modality` is given."""
    extent = _with_leading_place(view, position_extent(view, post, stop, words.posts))
    own = [i for i in extent.post if view.tokens[i].lemma.lower() in words.own_possessives]
    if own and len(own) < len(extent.post):  # "своим председателем": the post, not "свой"
        extent = replace(extent, post=[i for i in extent.post if i not in own])
    value, span = view.phrase(extent.post)
    value = value.lower()
    for partner in view.mentions_in(extent.partners):  # "группы дружбы с Казахстаном"
        value = value.replace(partner.text.lower(), partner.text)
    arguments = [view.entity_argument("who", person), Argument("position", value, span)]
    where = _named_place(view, post, stop, extent, words, where_from)
    split = _post_in_organisation_name(view, extent, where, words)
    if split is not None:  # "министры обороны Германии" read as the organisation's name
        extent, where = split
        value, span = view.phrase(extent.post)
        value = value.lower()
        arguments[1] = Argument("position", value, span)
    body = _governing_body(view, extent, where, words)
    if body is not None:  # "первый заместитель председателя правления Сбербанка"
        body_tokens, where = body
        extent = replace(extent, post=list(range(extent.post[0], body_tokens[-1] + 1)))
        extent = replace(extent, organisation=[])
        value, span = view.phrase(extent.post)
        value = value.lower()
        arguments[1] = Argument("position", value, span)
    named = None if _ministry_named_short(where, words) else _post_named_with(view, span, where)
    if named is not None:  # "Chancellor of the Exchequer": the body is in the post's name
        value, span = named
        arguments[1] = Argument("position", value, span)
        where = []
    through = _post_through_organisation(view, span, where, words) if named is None else None
    if through is not None:  # "глава МИД Киргизии": the foreign minister, where Киргизия
        value, span, where = through
        arguments[1] = Argument("position", value, span)
        arguments += [place_argument(view, mention) for mention in where]
        where = []
    for mention in where:
        arguments.append(_place_of_work(view, mention, extent.organisation, words))
    by_adjective = (
        None if any(a.role == "where" for a in arguments) else place_by_adjective(view, post, words)
    )
    if by_adjective is not None:  # occupation48: "ярославский губернатор", "новосибирский мэр"
        adjective, place = by_adjective
        if adjective in extent.post:
            value, span = view.phrase([i for i in extent.post if i != adjective])
            arguments[1] = Argument("position", value.lower(), span)
        arguments.append(Argument("where", place, view.span_of([adjective])))
    # "российский президент": the country from the adjective; for a word read as a post by
    # its form alone ("американский видеоблогер") the adjective is a nationality
    elif (
        not where
        and extent.places
        and is_position(view.tokens[post].lemma, words.posts)
        and view.tokens[post].lemma not in words.nationality_posts
    ):
        token = view.tokens[extent.places[-1]]
        place = words.posts.place_of_adjective(token.lemma) or place_name(token.text) or ""
        place = place if place[:1].isupper() else place.capitalize()  # "United Kingdom"
        arguments.append(Argument("where", place, view.span_of(extent.places[-1:])))
    elif not where and extent.organisation:  # "глава британского ведомства"
        introduced = organisation_named_before(view, extent.organisation, words)
        owner = board_owner(view, extent.organisation, words)
        if owner is not None:  # "Председателем совета директоров избран X": as with
            # "совета директоров «Y»", the board stays in the post, the company is where
            value, span = view.phrase(list(range(extent.post[0], extent.organisation[-1] + 1)))
            arguments[1] = Argument("position", value.lower(), span)
            arguments.append(view.entity_argument("where", owner))
        elif introduced is not None:  # "гендиректор компании": the company the report named
            arguments.append(view.entity_argument("where", introduced))
        elif not _any_body(view, extent.organisation, words):  # "глава ведомства": none sure
            organisation, organisation_span = view.phrase(extent.organisation)
            arguments.append(Argument("where", organisation, organisation_span))
    if not any(argument.role == "where" for argument in arguments):
        arguments += _place_told_elsewhere(view, person, post, extent, bool(own), words)
    arguments[1] = _former_post(arguments[1], words)
    claim = view.claim(
        "occupation", arguments, _own_modality(view, post) if modality is None else modality
    )
    return marked_former(view, claim, post_said_former(view, post, words))


def _any_body(view: SentenceView, organisation: list[int], words: OccupationWords) -> bool:
    """The organisation is one noun for a body of any kind ("ведомства"): no place by itself."""
    nouns = [i for i in organisation if view.tokens[i].pos in {"NOUN", "PROPN", "ADJ"}]
    return len(nouns) == 1 and view.tokens[nouns[0]].lemma.lower() in words.any_organisation_nouns


def _named_place(
    view: SentenceView,
    post: int,
    stop: int,
    extent: PostExtent,
    words: OccupationWords,
    where_from: int | None,
) -> list[Mention]:
    """The place named in the post's phrase or by its possessor ("Germany's ambassador"):
    an organisation before a place, the first one; a party one is elected from ("депутат
    думы от КПРФ") only when nothing else is named."""
    tail_end = stop if stop > post else min(len(view.tokens), extent.post[-1] + 6)
    partners = set(extent.partners)
    where_tokens = [i for i in range(where_from or post + 1, tail_end) if i not in partners]
    possessors = [
        index
        for child in view.children(post)
        if view.tokens[child].relation in words.possessor_relations
        for index in view.subtree(child)
    ]
    candidates = view.mentions_in(possessors + where_tokens, WHERE_TYPES)
    elected_from = [
        m for m in candidates
        if view.preposition(view.token_indices(m.start, m.end)[0]) in words.party_prepositions
    ]  # fmt: skip
    if elected_from and (extent.organisation or len(elected_from) < len(candidates)):
        # "депутат городской думы от КПРФ": the body, not the party, is the place
        candidates = [m for m in candidates if m not in elected_from]
    organisations = [m for m in candidates if m.type == "ORG"]
    return (organisations or candidates)[:1]


def _place_told_elsewhere(
    view: SentenceView,
    person: Mention,
    post: int,
    extent: PostExtent,
    own: bool,
    words: OccupationWords,
) -> list[Argument]:
    """The place of a post whose phrase names none, from the first reading that finds one:
    the electors of an own post, a relative pronoun's antecedent, a possessive pronoun's
    organisation, the one organisation of the post's kind, the territory or region named
    before, the document's main state."""
    if own:
        electors = electing_organisation(view, post)
        if electors is not None:  # "Депутаты думы Y избрали своим председателем X"
            return [_place_of_work(view, electors, [], words)]
    antecedent = relative_owner(view, post, words)
    if antecedent is not None:  # "банк «Заря», председатель правления которого X"
        return [_place_of_work(view, antecedent, [], words)]
    owner = possessor_named_before(view, post, words)
    if owner is not None:  # "Его вице-президент X" after a sentence naming a bank
        return [view.entity_argument("where", owner)]
    kind_owner = None if extent.organisation else organisation_of_kind(view, post, words, extent.post)
    if kind_owner is not None:  # "Клуб «Y» … Главный тренер X покинул команду"
        return [view.entity_argument("where", kind_owner)]
    team = None if extent.organisation else team_meant(view, post, words)
    if team is not None:  # "Сборная … Вратарь X": the national team the report named
        return [team]
    territory = territory_meant(view, extent.post, words)
    if territory is not None:  # "Депутаты Ишима приняли отставку главы города X"
        return [view.entity_argument("where", territory)]
    region = region_of_post(view, extent.post, words)
    if region is not None:  # "В Тверской области … Губернатор X подписал указ"
        return [view.entity_argument("where", region)]
    city = city_of_post(view, extent.post, words)
    if city is not None:  # "В Горячем Ключе … сообщил мэр X"
        return [view.entity_argument("where", city)]
    ending = organisation_ending_post(view, extent.post, words)
    if ending is not None:  # "МГУ … ректор вуза X"
        return [view.entity_argument("where", ending)]
    same = None if extent.organisation else same_post_named_before(view, post, extent.post, words)
    if same is not None:  # "Вице-президент «Y» по производству … вице-президент по X Z"
        return [view.entity_argument("where", same)]
    if any(
        view.tokens[i].lemma.lower() in words.territory_nouns | words.any_region_nouns
        for i in extent.post
    ):
        return []  # "министр финансов региона" with no region named: a region's, not a state's
    return main_state(view, person, post, words)


def _own_modality(view: SentenceView, post: int) -> Modality:
    """A post in apposition is what it is whatever the sentence's verb says: only a
    negation of the post noun itself ("не министр") negates it."""
    negations = view.words.negations
    if any(view.tokens[child].lemma in negations for child in view.children(post)):
        return Modality.NEGATED
    return Modality.FACT


def _with_leading_place(view: SentenceView, extent: PostExtent) -> PostExtent:
    """ "Almaty Mayor", "UK Foreign Secretary": an English post phrase opening with a
    place's name is the post held there, as "аким Алматы" is."""
    if extent.places or len(extent.post) < 2:
        return extent
    first = view.tokens[extent.post[0]]
    if not is_latin(first.text) or not first.text[:1].isupper() or not place_name(first.text):
        return extent
    return replace(extent, post=extent.post[1:], places=[extent.post[0]])


def _post_in_organisation_name(
    view: SentenceView, extent: PostExtent, where: list[Mention], words: OccupationWords
) -> tuple[PostExtent, list[Mention]] | None:
    """ "министры обороны Германии": the name finder may take the post's own lowercase
    words and the state after them for an organisation; the words are the post's, the
    state is where it is held."""
    after = extent.post[-1] + 1
    named = view.mention_at(after) if after < len(view.tokens) else None
    if named is None or named.type != "ORG":
        return None
    indices = view.token_indices(named.start, named.end)
    inner = next(
        (
            m
            for m in view.mentions
            if m.type in {"LOC", "LOCORG"} and named.start < m.start and m.end == named.end
        ),
        None,
    )
    if inner is None or not indices or indices[0] != after:
        return None
    own = [i for i in indices if view.tokens[i].end <= inner.start]
    if not own or any(
        not view.tokens[i].text[:1].islower()
        or view.tokens[i].pos not in {"NOUN", "ADJ"}
        or view.tokens[i].lemma in words.posts.organisation_nouns
        for i in own
    ):
        return None
    # "… Германии X и Франции Y": Y's place is his own, after X
    place = [inner] if not where or where[0] is named else where
    return replace(extent, post=[*extent.post, *own], organisation=[]), place


def _governing_body(
    view: SentenceView, extent: PostExtent, where: list[Mention], words: OccupationWords
) -> tuple[list[int], list[Mention]] | None:
    """The tokens of a board or service named right after the post and the organisation it
    belongs to: "член совета директоров «Аэрофлота»" is the post "член совета директоров"
    at Аэрофлот, whether the name finder took the board into the organisation's name or
    not."""
    if not where or not words.governing_bodies:
        return None
    end = extent.post[-1]
    mention = where[0]
    indices = view.token_indices(mention.start, mention.end)
    if extent.organisation and extent.organisation[0] == end + 1:
        body = list(extent.organisation)
        inner = mention
        gap = range(body[-1] + 1, indices[0])
    else:
        nested = next(
            (
                other
                for other in view.mentions
                if other.type == "ORG" and other.start > mention.start and other.end <= mention.end
            ),
            None,
        )
        if nested is None:
            return None
        inner = nested
        body = [i for i in indices if view.tokens[i].end <= inner.start]
        gap = range(end + 1, indices[0])
    body = [i for i in body if view.tokens[i].pos != "PUNCT"]
    own_word = next(  # "совета банка «Заря»": the bank's own word is the place's
        (
            position
            for position, i in enumerate(body)
            if view.tokens[i].lemma in words.posts.organisation_nouns - words.governing_bodies
        ),
        len(body),
    )
    body = body[:own_word]
    if (
        not body
        or any(view.tokens[i].pos != "PUNCT" for i in gap)
        or any(view.tokens[i].pos not in {"NOUN", "ADJ"} for i in body)
        or not any(view.tokens[i].lemma in words.governing_bodies for i in body)
    ):
        return None
    return body, [inner]


def _post_named_with(
    view: SentenceView, post: Span, where: list[Mention]
) -> tuple[str, Span] | None:
    """The post's words up to the end of the organisation after it, when together they
    are exactly a post the concept table knows ("Chancellor of the Exchequer")."""
    if not where or where[0].start < post.end:
        return None
    start = post.start - view.sentence.start
    end = where[0].end - view.sentence.start
    text = view.sentence.text[start:end]
    if not is_post_wording(text):
        return None
    return text.lower(), Span(post.start, where[0].end, text)


def _post_through_organisation(
    view: SentenceView, post: Span, where: list[Mention], words: OccupationWords
) -> tuple[str, Span, list[Mention]] | None:
    """ "глава МИД Киргизии": a generic post word ("глава", "руководитель") and the
    organisation after it are together a post the concept table knows, the rest of the
    organisation only saying whose it is. The post is then the concept's own wording
    ("министр иностранных дел") and where it is held, the place inside the organisation.
    Ministries only: a ministry named by its abbreviation ("МИД", "Минфин") is how Russian
    news names its minister, while "глава правительства Израиля" is annotated (FactRuEval)
    as the head of a body, and stays so."""
    if not where or where[0].type != "ORG" or where[0].start < post.end:
        return None
    if post.text.lower() not in _HEAD_WORDS:
        return None
    start = post.start - view.sentence.start
    end = where[0].end - view.sentence.start
    text = view.sentence.text[start:end]
    concept = post_concept("глава" + view.sentence.text[start + len(post.text) : end])
    if concept is None or not russian_post(concept).startswith("министр "):
        return None  # "глава правительства Израиля" stays the head of that government
    places = [
        mention
        for mention in view.document.mentions
        if mention.type in {"LOC", "LOCORG"}
        and where[0].start <= mention.start
        and mention.end <= where[0].end
    ]
    if not places and _ministry_named_short(where, words):
        return None  # "глава МИД X": nothing says whose; the post stays held at the ministry
    return russian_post(concept), Span(post.start, where[0].end, text), places[:1]


def _ministry_named_short(where: list[Mention], words: OccupationWords) -> bool:
    """ "МИД", "Минфина": the organisation after the post is a ministry by its short name
    alone. The benchmark keeps such a ministry as the place of the head's post ("глава",
    "японский МИД"); read into the post ("глава мид") the post would hold no place at all."""
    pattern = words.ministry_short_name
    return bool(
        pattern is not None
        and where
        and where[0].type == "ORG"
        and pattern.fullmatch(where[0].text.lower())
    )


def place_argument(view: SentenceView, mention: Mention) -> Argument:
    """A place by its usual name ("РК" inside "МИД РК" is Казахстан)."""
    argument = view.entity_argument("where", mention)
    return replace(argument, value=place_name(argument.value) or argument.value)


def _place_of_work(
    view: SentenceView, mention: Mention, described_by: list[int], words: OccupationWords
) -> Argument:
    """The organisation as the text names it in full: its generic word in front
    ("движение «Левый фронт»") and the country after it ("Исламский комитет России")."""
    argument = view.entity_argument("where", mention)
    indices = view.token_indices(mention.start, mention.end)
    parts = [argument.value]
    start, end = mention.start, mention.end
    before = indices[0] - 1
    if not described_by and before >= 0 and words.posts.place_of_adjective(
        view.tokens[before].lemma
    ):
        parts.insert(0, view.tokens[before].text.lower())  # "японский МИД"
        start = view.tokens[before].start
    gap = (
        [i for i in range(described_by[-1] + 1, indices[0]) if view.tokens[i].pos != "PUNCT"]
        if (described_by)
        else [0]
    )
    if described_by and not gap and argument.value.lower() != view.tokens[described_by[0]].lemma:
        description, _ = view.phrase(described_by)
        parts.insert(0, description.lower())
        start = view.tokens[described_by[0]].start
    following = view.mention_at(indices[-1] + 1)
    if following is not None and following.type in {"LOC", "LOCORG"}:
        parts.append(following.text)
        end = following.end
    territory = _territory_after(view, view.token_indices(start, end)[-1], words)
    if territory is not None:
        parts.append(view.document.document.text[view.tokens[territory[0]].start : territory[1]])
        end = territory[1]
    if len(parts) == 1:
        return argument
    return Argument("where", " ".join(parts), view.text_span(start, end), argument.entity)


def _territory_after(
    view: SentenceView, last: int, words: OccupationWords
) -> tuple[int, int] | None:
    """ "МЧС по Москве и Подмосковью": the preposition's token and the end of the places
    (one, or two joined by a conjunction) an organisation's branch serves."""
    preposition = last + 1
    if preposition + 1 >= len(view.tokens) or (
        view.tokens[preposition].lemma not in words.territory_prepositions
    ):
        return None
    place = view.mention_at(preposition + 1)
    if place is None or place.type not in {"LOC", "LOCORG"}:
        return None
    end = place.end
    after = view.token_indices(place.start, place.end)[-1] + 1
    if after + 1 < len(view.tokens) and view.tokens[after].pos == "CCONJ":
        second = view.mention_at(after + 1)
        if second is not None and second.type in {"LOC", "LOCORG"}:
            end = second.end
    return preposition, end


def _former_post(position: Argument, words: OccupationWords) -> Argument:
    """ "экс-губернатор": the post held is "губернатор", as for "бывший губернатор". The
    post's text (what the benchmark compares) keeps the prefix: FactRuEval annotates whole
    words ("Экс-председатель") and leaves "бывший" out of the post (two of the tuning
    half's three former posts)."""
    value = position.value
    for prefix in words.former_prefixes:
        if value.startswith(prefix) and len(value) > len(prefix):
            return replace(position, value=value[len(prefix) :])
    return position
