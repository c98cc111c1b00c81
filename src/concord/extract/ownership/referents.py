"""What a word with no name of its own stands for: a personal pronoun, a possessive or a
common noun ("ему", "банка", "этому правительству", "государство") finds the name given
before it in this sentence or the few before, by gender, by the noun it was introduced with
or by being the earlier clause's subject; names that were only told something, reported or
listed as brands are passed over.
"""

from __future__ import annotations

from concord.analysis import Sentence
from concord.claim import Mention
from concord.extract.ownership.clubs import named_as_league
from concord.extract.ownership.filters import common_noun_name
from concord.extract.ownership.reading import (
    CLOSING_QUOTES,
    LOOK_BACK,
    OPENING_QUOTES,
    PARTIES,
    REPORT,
    children_with,
    is_stake,
    is_subject,
    name_of,
    partner_phrases,
    subsidiary_own_name,
)
from concord.extract.ownership.sides import side_of
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import (
    SentenceView,
    name_gender,
    named_before,
    organisation_meant,
    place_meant,
    sentence_holding,
)
from concord.knowledge.gazetteer import canonical_place_in_any_case, is_state_in_any_case
from concord.knowledge.morphology import parses


def stand_in(
    view: SentenceView, index: int, words: OwnershipWords, exclude: list[Mention] | None = None
) -> list[Mention]:
    """The name a pronoun ("ему") or a common noun ("банка", "холдинг") with no name of its
    own stands for: the latest person named before for a pronoun; for a noun, the
    organisation `organisation_meant` finds in the sentences before."""
    token = view.tokens[index]
    if _named_itself(view, index, words):
        return []
    if token.lemma in words.latter_words:
        return _latter(view, index, exclude or [])
    if any(view.tokens[i].text in OPENING_QUOTES for i in _unprepositioned(view, index)):
        return []  # "сети студий растяжки «Гибкость»": named, though the name finder missed it
    following = view.mention_at(index + 1) if index + 1 < len(view.tokens) else None
    if following is not None and following.type == "ORG" and following.start == (
        view.tokens[index + 1].start
    ):
        return []  # "собственником отеля Hyatt Regency": named right after, however hung
    if token.lemma in words.standing_nouns and token.feats.get("Number", "Sing") == "Sing":
        # introduced by that noun in the last sentences, else earlier in the report ("Фонд
        # «X» …" five sentences before "Ранее фонд приобрел"), else the latest name
        # "пермской птицефабрики": a trade's plant only one the report gave as such, never
        # a name the adjective's stem is merely in ("Правительством Пермского края")
        trade = token.lemma in words.introduced_trade_nouns
        meant = None if trade else _named_by_its_adjective(view, index, exclude or [])
        # "отеля": only a name the report introduced as a hotel, never merely the latest one
        introduced_only = (
            words.introduced_only_nouns | words.introduced_media_nouns
            | words.introduced_trade_nouns
        )  # fmt: skip
        latest_back = None if token.lemma in introduced_only else LOOK_BACK
        for back, any_back in ((LOOK_BACK, None), (REPORT, latest_back)):
            meant = meant or organisation_meant(
                view.document, token.lemma, token.start, {"ORG"}, back,
                kin_groups=(
                    *view.words.organisation_kin, *words.standing_kin,
                    words.introduced_only_nouns, words.introduced_media_nouns,
                ),
                any_named_back=any_back, exclude=exclude or [],
                keep=lambda m: not _told(view, m, words) and not _brand_listed(view, m)
                and not named_as_league(view, m, words),  # ownership54: "клуба НХЛ «X»"
            )  # fmt: skip
        return [meant] if meant is not None else []
    if not (token.pos == "PRON" and token.lemma in words.personal_pronouns) and (
        token.lemma not in words.standing_people
    ):
        return []
    excluded = {(m.start, m.entity) for m in exclude or []}
    excluded_entities = {m.entity for m in exclude or [] if m.entity >= 0}
    found = [
        m for m in named_before(view.document, token.start, {"PER"}, LOOK_BACK)
        if (m.start, m.entity) not in excluded and m.entity not in excluded_entities
        and gender_agrees(view, index, m)
    ]  # fmt: skip
    if not found and token.pos == "PRON" and token.lemma in words.personal_pronouns:
        return _organisation_of_gender(view, index, excluded_entities)
    return found[-1:]


_NOMINAL_RELATIONS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"})


def _latter(view: SentenceView, index: int, exclude: list[Mention]) -> list[Mention]:
    """What "последняя" standing alone (a subject or an object, no noun of its own) means:
    the body named last before it, in its sentence or the one before, whose gender agrees
    (an organisation's by the noun it was given with, "компании «X»"); none when the
    gender is not known: "the latter" must point at one body, not merely the latest name."""
    token = view.tokens[index]
    gender = token.feats.get("Gender", "")
    if (
        token.pos != "ADJ" or token.relation not in _NOMINAL_RELATIONS
        or token.feats.get("Number", "Sing") != "Sing" or gender not in {"Masc", "Fem", "Neut"}
    ):  # fmt: skip
        return []
    excluded = {(m.start, m.entity) for m in exclude}
    for mention in reversed(named_before(view.document, token.start, {"ORG", "PER"}, 1)):
        if (mention.start, mention.entity) in excluded:
            continue
        known = noun_gender(view, mention) if mention.type == "ORG" else name_gender(
            view.document, mention
        )
        if known == gender:
            return [mention]
    return []


def _named_itself(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """Whether a word has a name of its own (its own, or one beside it with a number or in
    apposition). A common noun the name finder took for a name ("Верфь", "Ретейлеру")
    has none: it still stands for the body named before."""
    named = view.mention_at(index)
    return (named is not None and not common_noun_name(view, named, words)) or any(
        view.tokens[c].relation in {"nummod", "appos", "flat"} for c in view.children(index)
    )


def noun_gender(view: SentenceView, mention: Mention) -> str:
    """The gender of the common noun a name is given with ("сеть «X»", "компании X"), or ''."""
    sentence = sentence_holding(view.document, mention.start)
    if sentence is None:
        return ""
    tokens = sentence.tokens
    indices = sentence.token_indices(mention.start, mention.end)
    if not indices:
        return ""
    if len(indices) > 1 and tokens[indices[0]].pos == "NOUN" and (
        tokens[indices[0]].feats.get("Number") == "Sing"
    ):  # the noun in the name: "Группа «X»", "Корпорация развития …"
        return tokens[indices[0]].feats.get("Gender", "")
    before = indices[0] - 1
    while before >= 0 and tokens[before].text in OPENING_QUOTES:
        before -= 1
    if before < 0 or tokens[before].pos != "NOUN" or tokens[before].feats.get("Number") != "Sing":
        return ""
    return tokens[before].feats.get("Gender", "")


def gender_agrees(view: SentenceView, pronoun: int, person: Mention) -> bool:
    """Whether a singular pronoun may stand for a person: "ей" never for a man, "ему" never
    for a woman ("Группа «X» Петра Y объединит принадлежащие ей заводы": the group's, not
    his). A pronoun or a name whose gender is not known agrees with anything."""
    feats = view.tokens[pronoun].feats
    gender = feats.get("Gender", "")
    if feats.get("Number", "Sing") != "Sing" or gender not in {"Masc", "Fem"}:
        return True
    person_gender = name_gender(view.document, person)
    return person_gender not in {"Masc", "Fem"} or person_gender == gender


def subject_side(
    view: SentenceView, verb: int, words: OwnershipWords, exclude: list[Mention] | None = None
) -> list[Mention]:
    """Who the verb's first subject names: its own name, the names in its phrase, or the
    name a pronoun or common noun stands for."""
    subjects = view.subjects(verb)
    if not subjects:
        return []
    return (
        subsidiary_own_name(view, subjects[0], words)
        or name_of(view, subjects[0])
        or side_of(view, view.subtree(subjects[0]), PARTIES)
        or stand_for(view, subjects[0], words, exclude=exclude)
    )


def stand_for(
    view: SentenceView, index: int, words: OwnershipWords, exclude: list[Mention] | None = None
) -> list[Mention]:
    """What a word with no name of its own stands for: a personal pronoun for the person
    named last as a subject before it ("Основатель сети «X» Y … Кроме того, ему
    принадлежат"); a plural person noun ("предприниматели") for every person named before;
    a place noun ("регион", "области") for the place named before; else as `stand_in`."""
    token = view.tokens[index]
    if _named_itself(view, index, words):
        return []
    excluded = {m.entity for m in exclude or [] if m.entity >= 0}
    if token.pos in {"PRON", "DET"} and token.lemma in words.personal_pronouns:
        people = [
            m for m in named_before(view.document, token.start, {"PER"}, LOOK_BACK)
            if m.entity not in excluded and not _inside_partner_phrase(view, m, words)
            and gender_agrees(view, index, m)
        ]  # fmt: skip
        subjects = [m for m in people if is_subject(view, m)]
        if subjects:
            return subjects[-1:]
    if token.lemma in words.standing_people and token.feats.get("Number") == "Plur":
        people = named_before(view.document, token.start, {"PER"}, LOOK_BACK)
        distinct = list({m.entity: m for m in reversed(people) if m.entity not in excluded}.values())
        return sorted(distinct, key=lambda m: m.start) if len(distinct) > 1 else []
    if token.lemma in words.place_nouns and token.feats.get("Number", "Sing") == "Sing":
        # a place named by this very noun ("Ярославская область") anywhere before it
        named_so = place_meant(view.document, token.lemma, token.start, (), 10**6, whole_noun=True)
        if named_so is not None:
            return [named_so]
        return named_before(view.document, token.start, {"LOC", "LOCORG"}, LOOK_BACK)[-1:]
    if token.lemma in words.state_nouns and token.feats.get("Number", "Sing") == "Sing":
        if any(view.tokens[c].lemma in words.demonstratives for c in view.children(index)):
            return _body_named_before(view, index)
        return state_meant(view, index)
    return stand_in(view, index, words, exclude)


def state_meant(view: SentenceView, index: int) -> list[Mention]:
    """The country a bare "государство" or "правительство" stands for: the state the report
    names most often up to the end of this sentence (the latest of equals); none when the
    noun has a name or a place hanging on it ("правительство области") or no state is
    named."""
    if any(view.tokens[c].relation.startswith("nmod") for c in view.children(index)):
        return []
    sentence = sentence_holding(view.document, view.tokens[index].start)
    end = sentence.end if sentence is not None else view.tokens[index].start
    states = [
        m for m in view.document.mentions
        if m.type in {"LOC", "LOCORG"} and m.start < end
        and is_state_in_any_case(m.normal)
    ]  # fmt: skip
    if not states:
        return []
    counts: dict[str, int] = {}
    for mention in states:
        key = canonical_place_in_any_case(mention.normal) or mention.normal
        counts[key] = counts.get(key, 0) + 1
    best = max(counts.values())
    return [
        next(
            m for m in reversed(states)
            if counts[canonical_place_in_any_case(m.normal) or m.normal] == best
        )
    ]  # fmt: skip


def stake_company(view: SentenceView, phrase: list[int], words: OwnershipWords) -> list[Mention]:
    """ "владеет 74 % акций аэропорта", "40 % уставного капитала оператора": the company
    of a stake, named before by its noun; the shares or the capital are not the company."""
    if not is_stake(view, phrase, words):
        return []
    nouns = [
        i for i in phrase
        if view.tokens[i].pos == "NOUN"
        and view.tokens[i].lemma not in words.stake_nouns | words.capital_nouns
        and view.tokens[i].feats.get("Case") == "Gen" and not view.preposition(i)
    ]  # fmt: skip
    return stand_in(view, nouns[0], words) if nouns else []


def _named_by_its_adjective(
    view: SentenceView, index: int, exclude: list[Mention]
) -> Mention | None:
    """ "салехардского предприятия" after "ОАО «Салехардский речной порт»": a relational
    adjective on a bare noun repeats a word of the name it stands for; the latest
    organisation named before whose name holds the adjective's stem."""
    stems = [
        view.tokens[c].lemma.lower()[:-2] for c in children_with(view, index, ("amod",))
        if view.tokens[c].pos == "ADJ" and len(view.tokens[c].lemma) >= 8
        and not any("Qual" in p.tag.grammemes for p in parses(view.tokens[c].text.lower()))
    ]  # fmt: skip
    if not stems:
        return None
    excluded = {m.entity for m in exclude if m.entity >= 0}
    found = [
        m for m in named_before(view.document, view.tokens[index].start, {"ORG"}, REPORT)
        if m.entity not in excluded
        and any(word.lower().strip("«»\"").startswith(stem) for word in m.text.split()
                for stem in stems)
    ]  # fmt: skip
    return found[-1] if found else None


def _organisation_of_gender(view: SentenceView, pronoun: int, excluded: set[int]) -> list[Mention]:
    """With no person the pronoun's gender fits, the latest organisation whose own noun
    does ("Предприниматель Y продал сеть «X». Ей принадлежат …": the chain's)."""
    feats = view.tokens[pronoun].feats
    gender = feats.get("Gender", "")
    if feats.get("Number", "Sing") != "Sing" or gender not in {"Masc", "Fem"} or (
        feats.get("Case") != "Dat"  # the owner's case, "ей принадлежат"; "его купил" is a thing
    ):
        return []
    found = [
        m for m in named_before(view.document, view.tokens[pronoun].start, {"ORG"}, LOOK_BACK)
        if m.entity not in excluded and noun_gender(view, m) == gender
    ]  # fmt: skip
    subjects = [m for m in found if is_subject(view, m)]
    return (subjects or found)[-1:]


def _told(view: SentenceView, mention: Mention, words: OwnershipWords) -> bool:
    """Whether a name is the one told something: a bare dative hanging on a speech verb
    ("рассказал «Вестнику»", the outlet that reports, not the firm reported on)."""
    sentence = sentence_holding(view.document, mention.start)
    if sentence is None:
        return False
    indices = sentence.token_indices(mention.start, mention.end)
    tokens = sentence.tokens
    heads = [i for i in indices if tokens[i].head not in indices]
    if not heads or tokens[heads[0]].feats.get("Case") != "Dat":
        return False
    verb = tokens[heads[0]].head
    has_preposition = any(
        tokens[c].relation == "case" for c in range(len(tokens)) if tokens[c].head == heads[0]
    )
    return 0 <= verb < len(tokens) and tokens[verb].lemma in words.speech_verbs and not (
        has_preposition
    )


def _brand_listed(view: SentenceView, mention: Mention) -> bool:
    """Whether a name is an item of a bracketed list opened by a plural common noun right
    after another name ("«X» (магазины «A», «B» и др.)"): a brand of X, not the company a
    later "сети" or "компании" stands for."""
    sentence = sentence_holding(view.document, mention.start)
    if sentence is None:
        return False
    indices = sentence.token_indices(mention.start, mention.end)
    tokens = sentence.tokens
    opening = next(
        (i for i in range(indices[0] - 1, -1, -1) if tokens[i].text in {"(", ")"}), None
    ) if indices else None  # fmt: skip
    if opening is None or tokens[opening].text != "(" or opening + 1 >= len(tokens):
        return False
    first = tokens[opening + 1]
    return (
        first.pos == "NOUN" and first.text.islower() and first.feats.get("Number") == "Plur"
        and opening > 0 and _ends_a_name(sentence, opening - 1)
    )  # fmt: skip


def _ends_a_name(sentence: Sentence, index: int) -> bool:
    """Whether the token at `index` (or the quote it closes) is the last of a name."""
    token = sentence.tokens[index]
    return token.text in CLOSING_QUOTES or token.pos == "PROPN"


def _unprepositioned(view: SentenceView, index: int) -> list[int]:
    """The words after a noun that hang on it with no preposition between ("сети студий
    растяжки «X»", not "сетью через компанию «W»")."""
    found: list[int] = []
    stack = [c for c in view.children(index) if c > index]
    seen = {index, *stack}  # the parser's trees may hold a cycle
    while stack:
        child = stack.pop()
        if view.preposition(child):
            continue
        found.append(child)
        children = [c for c in view.children(child) if c not in seen]
        seen.update(children)
        stack.extend(children)
    return found


def _body_named_before(view: SentenceView, index: int) -> list[Mention]:
    """What "этому правительству" points back to: the place hanging on the latest earlier
    use of the same noun ("правительство Томской области"); none when there is none."""
    lemma = view.tokens[index].lemma
    for sentence in reversed(view.document.sentences):
        if sentence.start >= view.tokens[index].start:
            continue
        for position in reversed(range(len(sentence.tokens))):
            if sentence.tokens[position].lemma != lemma:
                continue
            following = sentence.tokens[position + 1 : position + 2]
            if not following:
                continue
            places = [
                m for m in view.document.mentions
                if m.type in {"LOC", "LOCORG"} and m.start == following[0].start
            ]  # fmt: skip
            if places:
                return places[:1]
    return []


def _inside_partner_phrase(view: SentenceView, mention: Mention, words: OwnershipWords) -> bool:
    """A partner of this sentence's verbs is no pronoun's antecedent ("вместе с партнером Y
    он владеет": "он" is not Y)."""
    if not view.sentence.start <= mention.start < view.sentence.end:
        return False
    mention_tokens = set(view.token_indices(mention.start, mention.end))
    return any(
        mention_tokens & set(view.subtree(phrase))
        for verb in range(len(view.tokens))
        for phrase in partner_phrases(view, verb, words)
    )


def abbreviation_meant(
    view: SentenceView, mention: Mention, words: OwnershipWords, exclude: list[Mention]
) -> list[Mention] | None:
    """What a name that is only a kind's abbreviation stands for ("«X», входящего в ГК"
    after "группой компаний «Y»": Y): the organisation the report introduced as that kind
    in this sentence or the few before, or no one (the abbreviation names no body). None
    when the mention is a name of its own."""
    kind = dict(words.kind_abbreviations).get(
        "".join(c for c in mention.text.lower() if c.isalnum())
    )
    if kind is None:
        return None
    meant = organisation_meant(
        view.document, kind, mention.start, {"ORG"}, LOOK_BACK,
        kin_groups=view.words.organisation_kin,
        keep=lambda m: m.start != mention.start and not _told(view, m, words),
        exclude=exclude,
    )  # fmt: skip
    return [meant] if meant is not None else []
