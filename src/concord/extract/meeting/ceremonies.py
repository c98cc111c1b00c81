"""Credentials ceremonies told as lists: one meeting of the host with each envoy.

"The President received the credentials of the new ambassadors of A, X, and B, Y",
"Envoys presented their credentials to President Z. … The envoys were – Ambassador of A X,
Ambassador of B Y", "the following ambassadors handed Don Felipe the Letters: - X,
Ambassador of A - Y, …": the host (who takes the papers, or to whom they are handed) meets
each envoy one by one (the convention for a host who met several guests). The envoys may be
named in the sentences that follow the one about the papers, each told with an envoy's post
or a country beside the name; the list ends at the first sentence naming none. The host
named once stands for the ceremonies the report tells after.
"""

from __future__ import annotations

from concord.claim import Claim, Mention
from concord.extract.meeting.reading import NAME_PARTS
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView

# How many words before or after a name an envoy's post or country may stand: "Ambassador
# of France Alexandre Ziegler", "Mongolia's Ravdangiin Bold", "X (Nepal)", "Y from Tajikistan"
_ENVOY_WINDOW = 4
_HOST_ROLES = frozenset({"iobj"})  # "handed the President the Letters"
# A noun phrase hung on the envoys' verb with no preposition: "handed Don Felipe the
# Letters", "will present their credentials President X" (the parser's bare modifier)
_HANDED_TO_ROLES = frozenset({"obj", "obl:npmod"})
_PLACES = frozenset({"LOC", "LOCORG"})


def ceremony_meetings(views: list[SentenceView], words: MeetingWords) -> list[list[Claim]]:
    """For each sentence of the report (in order), the meetings of a credentials ceremony
    it names: the host with each envoy told there."""
    found: list[list[Claim]] = [[] for _ in views]
    if not words.ceremony_nouns:
        return found
    host: Mention | None = None
    met: set[tuple[int, int]] = set()
    position = 0
    while position < len(views):
        view = views[position]
        word = _ceremony_word(view, words)
        if word is None:
            position += 1
            continue
        host = (
            _host_in(view, word, words)
            or _host_receiving(views, position, words)
            or _host_welcoming_before(views, position, words)
            or host
        )
        if host is None:
            position += 1
            continue
        modality = view.modality(_governing_verb(view, word))
        envoys = [m for m in view.mentions if _named_person(view, m) and _other(m, host)
                  and not _holds_other_post(view, m, words)
                  and (_envoy_like(view, m, words) or _presenting(view, m, word))]  # fmt: skip
        envoys = envoys or _named_after_post(view, host, words)
        told, last = _envoys_told_after(views, position, host, words)
        envoys += told
        for envoy in envoys:
            pair = (min(_key(host), _key(envoy)), max(_key(host), _key(envoy)))
            if pair in met:
                continue
            met.add(pair)
            where = next(i for i in range(position, last + 1) if envoy in views[i].mentions)
            arguments = [
                views[where].entity_argument("participants", host),
                views[where].entity_argument("participants", envoy),
            ]
            found[where].append(views[where].claim("meeting", arguments, modality))
        position = last + 1
    return found


def _envoys_told_after(
    views: list[SentenceView], position: int, host: Mention, words: MeetingWords
) -> tuple[list[Mention], int]:
    """The envoys named in the sentences after the papers' one, and the last sentence that
    names them. One sentence naming no one (the post on the line below a name, a word on
    the ceremony) does not end the list; two in a row, or a sentence naming someone who is
    no envoy, do."""
    envoys: list[Mention] = []
    last = position
    quiet = 0
    for index in range(position + 1, min(len(views), position + 1 + words.ceremony_reach)):
        view = views[index]
        if _ceremony_word(view, words) is not None:
            break
        people = [m for m in view.mentions if _named_person(view, m) and _other(m, host)]
        if not people:
            quiet += 1
            if quiet > 1:
                break
            continue
        told = [
            m for m in people
            if _envoy_like(view, m, words) or _posted_below(views, index, words)
        ]  # fmt: skip
        if not told:
            break
        envoys += told
        last, quiet = index, 0
    return envoys, last


def _posted_below(views: list[SentenceView], index: int, words: MeetingWords) -> bool:
    """ "His Excellency X" on a line of its own, "Ambassador of A" on the next: a line with
    no verb, followed by one that opens with an envoy's post and names no one."""
    view = views[index]
    if any(token.pos == "VERB" for token in view.tokens) or index + 1 >= len(views):
        return False
    below = views[index + 1]
    opening = below.tokens[:_ENVOY_WINDOW]
    return not any(m.type == "PER" for m in below.mentions) and any(
        token.lemma.lower() in words.envoy_nouns for token in opening
    )


def _ceremony_word(view: SentenceView, words: MeetingWords) -> int | None:
    """The noun of the papers handed over ("credentials", "letters of credence") or a verb
    of accrediting, if the sentence has one."""
    for index, token in enumerate(view.tokens):
        lemma = token.lemma.lower()
        if lemma in words.ceremony_nouns or (
            token.pos == "VERB" and lemma in words.ceremony_verbs - words.host_verbs
        ):
            return index
    return None


def _governing_verb(view: SentenceView, index: int) -> int:
    """The verb the papers' noun hangs on (the word itself if none): its tense tells
    whether the ceremony took place or is to come."""
    for ancestor in view.ancestors(index):
        if view.tokens[ancestor].pos in {"VERB", "AUX"}:
            return ancestor
    return index


def _host_in(view: SentenceView, word: int, words: MeetingWords) -> Mention | None:
    """The person who takes the papers: the subject of a verb of receiving or accrediting,
    the one they are handed to ("presented their credentials to President Z", "handed Don
    Felipe the Letters")."""
    for mention in view.mentions:
        if mention.type != "PER":
            continue
        head = _name_head(view, mention)
        if head is None:
            continue
        if _receiving_subject(view, head, words):
            return mention
        if view.tokens[head].relation in _HOST_ROLES or _handed_to(view, head, words):
            return mention
        if _in_destination(view, head, words) and not _titled_envoy(view, mention, words):
            return mention
    return None


def _handed_to(view: SentenceView, head: int, words: MeetingWords) -> bool:
    """ "the following ambassadors handed Don Felipe the Letters", "will present their
    credentials President X": a name hung with no preposition on a verb whose subject is
    the envoys, or in apposition to the papers that verb hands over."""
    governor = view.tokens[head].head
    relation = view.tokens[head].relation
    if (
        relation == "appos"
        and 0 <= governor < len(view.tokens)
        and view.tokens[governor].lemma.lower() in words.ceremony_nouns
    ):  # "will present their credentials President X": the one they go to, without "to"
        relation, governor = view.tokens[governor].relation, view.tokens[governor].head
    return (
        relation in _HANDED_TO_ROLES
        and 0 <= governor < len(view.tokens)
        and any(view.tokens[s].lemma.lower() in words.envoy_nouns for s in view.subjects(governor))
    )


def _in_destination(view: SentenceView, head: int, words: MeetingWords) -> bool:
    """ "presented credentials to the King of Spain Felipe VI": the name, or a phrase it
    hangs in short of the verb, opens with "to"."""
    for node in [head, *view.ancestors(head)]:
        if view.tokens[node].pos in {"VERB", "AUX"}:
            return False
        if view.preposition(node) in words.destination_prepositions:
            return True
    return False


def _host_receiving(
    views: list[SentenceView], position: int, words: MeetingWords
) -> Mention | None:
    """A host the sentences after the papers' name as the subject of a verb of receiving:
    "… presented their Letters to the King. Don Felipe first received the Ambassador of A"."""
    for view in views[position + 1 : position + 1 + words.ceremony_reach]:
        host = _receiving_host(view, words)
        if host is not None:
            return host
    return None


def _host_welcoming_before(
    views: list[SentenceView], position: int, words: MeetingWords
) -> Mention | None:
    """A host the sentence before the papers' names as the subject of a verb of receiving:
    "Governor General X welcomed three heads of mission. The following presented their
    credentials: …"."""
    return _receiving_host(views[position - 1], words) if position > 0 else None


def _receiving_host(view: SentenceView, words: MeetingWords) -> Mention | None:
    """The person a sentence names as the subject of a verb of receiving, no envoy."""
    for mention in view.mentions:
        head = _name_head(view, mention) if mention.type == "PER" else None
        if (
            head is not None
            and _receiving_subject(view, head, words)
            and not _titled_envoy(view, mention, words)
        ):
            return mention
    return None


def _receiving_subject(view: SentenceView, head: int, words: MeetingWords) -> bool:
    """The subject of a verb of receiving or accrediting ("X received the credentials"),
    or of the clause such a verb's participle opens ("Receiving the envoy, X said")."""
    governor = view.tokens[head].head
    if not view.tokens[head].relation.startswith("nsubj") or not 0 <= governor < len(view.tokens):
        return False
    return view.tokens[governor].lemma.lower() in words.ceremony_verbs or any(
        view.tokens[child].relation == "advcl"
        and view.tokens[child].lemma.lower() in words.ceremony_verbs
        for child in view.children(governor)
    )


def _presenting(view: SentenceView, mention: Mention, word: int) -> bool:
    """ "Dario Item presents credentials to the King": the subject of the verb the papers
    hang on hands them over."""
    head = _name_head(view, mention)
    verb = _governing_verb(view, word)
    return head is not None and head in view.subjects(verb) and verb != word


def _named_after_post(view: SentenceView, host: Mention, words: MeetingWords) -> list[Mention]:
    """ "Receiving credentials from the Mexican Ambassador, the President congratulated Mr.
    X": the envoy told by a post with no name beside it, and named elsewhere in the
    sentence; the one person other than the host, or no one."""
    named = {i for m in view.mentions for i in view.token_indices(m.start, m.end)}
    posts = [
        i for i, token in enumerate(view.tokens)
        if token.lemma.lower() in words.envoy_nouns and token.feats.get("Number") != "Plur"
        and i not in named and not any(c in named for c in view.children(i))
    ]  # fmt: skip
    others = [
        m for m in view.mentions
        if _named_person(view, m) and _other(m, host) and not _holds_other_post(view, m, words)
    ]  # fmt: skip
    return others if posts and len(others) == 1 else []


def _named_person(view: SentenceView, mention: Mention) -> bool:
    """A person's name, not one the tagger glued to the verb that opens it ("Welcoming
    Papua New Guinea's Ambassador …" tagged as one name): such a span names no envoy. A
    verb inside a name ("Omar Said Omar al Kathiri") is the parser's, and keeps it."""
    indices = view.token_indices(mention.start, mention.end)
    return mention.type == "PER" and not (indices and view.tokens[indices[0]].pos == "VERB")


def _name_head(view: SentenceView, mention: Mention) -> int | None:
    """The word of the name that the rest of the sentence hangs it by."""
    indices = view.token_indices(mention.start, mention.end)
    inside = set(indices)
    heads = [i for i in indices if view.tokens[i].head not in inside]
    return heads[0] if heads else None


def _envoy_like(view: SentenceView, mention: Mention, words: MeetingWords) -> bool:
    """Told as an envoy: an envoy's post or a country beside the name (not the country
    itself, "Ambassador of Antigua", a name the tagger may take for a person's)."""
    indices = view.token_indices(mention.start, mention.end)
    if not indices or _country_of_post(view, mention, words):
        return False
    first, last = indices[0], indices[-1]
    around = [
        i for i in range(max(0, first - _ENVOY_WINDOW), min(len(view.tokens), last + 1 + _ENVOY_WINDOW))
        if i < first or i > last
    ]  # fmt: skip
    before = [i for i in around if i < first]
    if any(view.tokens[i].lemma.lower() in words.absent_envoy_words for i in before):
        return False  # "the previous ambassador, X, passed away": not at the ceremony
    if any(view.tokens[i].lemma.lower() in words.envoy_nouns for i in around):
        return True
    return any(m.type in _PLACES for m in view.mentions_in(around))


def _titled_envoy(view: SentenceView, mention: Mention, words: MeetingWords) -> bool:
    """An envoy's post told before the name ("Ambassador X", "the envoy of A, X"): what
    follows the name may be the guest the host receives ("X received the Ambassador")."""
    indices = view.token_indices(mention.start, mention.end)
    if not indices:
        return False
    before = range(max(0, indices[0] - _ENVOY_WINDOW), indices[0])
    return any(view.tokens[i].lemma.lower() in words.envoy_nouns for i in before)


def _country_of_post(view: SentenceView, mention: Mention, words: MeetingWords) -> bool:
    """ "Ambassador of Antigua and Barbuda": a name hung on an envoy's post by "of"."""
    head = _name_head(view, mention)
    if head is None:
        return False
    indices = view.token_indices(mention.start, mention.end)
    governor = view.tokens[head].head
    if _joined_to_country(view, indices[0], head, governor, words):
        return True
    return (
        indices[0] > 0
        and view.tokens[indices[0] - 1].lemma.lower() in words.envoy_country_prepositions
        and 0 <= governor < len(view.tokens)
        and view.tokens[governor].lemma.lower() in words.envoy_nouns
    )


def _joined_to_country(
    view: SentenceView, first: int, head: int, governor: int, words: MeetingWords
) -> bool:
    """ "Ambassador of Antigua and Barbuda": the parser may hang the second country on the
    post as a conjunct; it follows the post's own "of" phrase and a conjunction at once
    ("Ambassador of Norway Ingrid Solberg", a name after the country, is no such)."""
    return (
        view.tokens[head].relation == "conj"
        and first >= 2
        and view.tokens[first - 1].pos == "CCONJ"
        and 0 <= governor < len(view.tokens)
        and view.tokens[governor].lemma.lower() in words.envoy_nouns
        and any(
            view.preposition(child) in words.envoy_country_prepositions and child == first - 2
            for child in view.children(governor)
        )
    )


def _holds_other_post(view: SentenceView, mention: Mention, words: MeetingWords) -> bool:
    """A name in apposition to a post that is no envoy's ("accompanied by the Minister of
    Foreign Affairs, X"): someone at the ceremony, not one of the envoys."""
    head = _name_head(view, mention)
    if head is not None and any(  # "President Joe Biden": a title of another post
        view.tokens[c].relation in NAME_PARTS | {"compound"}
        and _other_post(view.tokens[c].lemma, words)
        for c in view.children(head)
    ):
        return True
    if head is None or view.tokens[head].relation not in NAME_PARTS | {"appos"}:
        return False
    post = view.tokens[view.tokens[head].head] if view.tokens[head].head >= 0 else None
    return (
        post is not None
        and post.lemma.lower() in words.person_nouns
        and post.lemma.lower() not in words.envoy_nouns
    )


def _other_post(lemma: str, words: MeetingWords) -> bool:
    """A post that is a person's but no envoy's ("president", "minister")."""
    return lemma.lower() in words.person_nouns and lemma.lower() not in words.envoy_nouns


def _key(mention: Mention) -> int:
    """The person a name stands for: its entity, or where it stands if it has none."""
    return mention.entity if mention.entity >= 0 else -1 - mention.start


def _other(mention: Mention, host: Mention) -> bool:
    return _key(mention) != _key(host)
