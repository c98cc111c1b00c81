"""Small questions every reading of ownership asks of a parsed sentence: which mention
types may own, where a name hangs its phrase, a noun's own or written-after name, a quoted
name the name finder left out, whether a phrase is a stake, a subject or bare, and how many
sentences a word may look back. The other modules build on these; this one imports none of
them but the lexicon.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView, clause_word, sentence_holding

LOOK_BACK = 3  # sentences in which a pronoun or a common noun finds its name


REPORT = 12  # sentences in which a common noun finds a name introduced by that noun


PARTIES = {"PER", "ORG", "LOCORG"}


THROUGH = frozenset({"appos", "flat", "flat:name", "flat:foreign", "compound"})


DASHES = {"-", "–", "—"}  # a hyphen written for a dash too


OPENING_QUOTES = {"«", "“", '"'}


CLOSING_QUOTES = {"»", "”", '"'}


CLOSING_MARKS = {"»", "\"", ")", "“", "”"}


def phrase_anchor(view: SentenceView, index: int) -> int:
    """The token a name hangs its phrase on: "банку ВТБ" → "банку"."""
    return view.climb(index, THROUGH)


def mention_head(view: SentenceView, mention: Mention) -> int:
    """The token of a name that the parser hangs outside it: "«Комплексные энергосистемы»"
    → "энергосистемы"."""
    indices = view.token_indices(mention.start, mention.end)
    return next((i for i in indices if view.tokens[i].head not in indices), indices[0])


def children_with(view: SentenceView, index: int, relations: tuple[str, ...]) -> list[int]:
    return [c for c in view.children(index) if view.tokens[c].relation.startswith(relations)]


def name_of(view: SentenceView, index: int) -> list[Mention]:
    """The name of a noun: its own, or one in apposition ("компании «X»")."""
    own = view.mention_at(index)
    if own is not None:
        return [own]
    named = [
        m for c in children_with(view, index, ("appos", "flat"))
        for m in [view.mention_at(c)] if m is not None
    ]  # fmt: skip
    return named[:1] or name_written_after(view, index)


def name_set_beside(view: SentenceView, index: int) -> list[Mention]:
    """The organisation's name a noun with no name of its own is set beside, after a comma
    or in brackets: "ООО «X» (предприятие группы Y)", "АО «X», компания Y, …"."""
    token = view.tokens[index]
    if token.relation != "appos" or not 0 <= token.head < len(view.tokens):
        return []
    if view.mention_at(index) is not None or any(
        view.mention_at(c) is not None for c in children_with(view, index, ("appos", "flat"))
    ):
        return []
    head = view.mention_at(token.head)
    return [head] if head is not None and head.type == "ORG" else []


def name_written_after(view: SentenceView, index: int) -> list[Mention]:
    """The name written right after a noun: "холдингу «Медиасфера»"."""
    for next_index in range(index + 1, min(index + 3, len(view.tokens))):
        mention = view.mention_at(next_index)
        if mention is not None:
            return [mention] if mention.type in PARTIES else []
        if view.tokens[next_index].pos != "PUNCT" or view.tokens[next_index].text == ",":
            return []
    return []


def preposition_on_the_way(view: SentenceView, index: int, stops: set[int]) -> bool:
    """Whether a word between `index` and the first of `stops` above it (or the root)
    takes a preposition; a parse with a cycle ends where it closes."""
    seen: set[int] = set()
    while 0 <= index < len(view.tokens) and index not in seen and index not in stops:
        seen.add(index)
        if view.preposition(index):
            return True
        index = view.tokens[index].head
    return False


def is_parent(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """"материнская компания", "головная структура": a company noun that names an owner."""
    return view.tokens[index].lemma in words.parent_nouns and any(
        view.tokens[c].lemma in words.parent_adjectives for c in view.children(index)
    )


def is_done_buyer(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    """ownership49: whether a buyer noun is the predicate of a past perfective "стать" that
    hangs on no other verb ("Покупателем завода стала Y": the sale is done and Y holds the
    plant; "может стать покупателем", "станет покупателем" are plans, "является
    покупателем" may be a deal still in the making)."""
    token = view.tokens[index]
    if token.lemma not in words.buyer_nouns:
        return False
    return became_in_past(view, index, words, {"xcomp", "csubj", "ccomp"})


def became_in_past(
    view: SentenceView, index: int, words: OwnershipWords, barred: set[str]
) -> bool:
    """Whether the noun, in the instrumental, is the predicate of a past perfective "стать"
    whose own relation is none of `barred` ("стала покупателем", not "может стать"): the
    change it names is done."""
    token = view.tokens[index]
    if token.feats.get("Case") != "Ins":
        return False
    verb = token.head
    if not 0 <= verb < len(view.tokens):
        return False
    head = view.tokens[verb]
    return (
        head.lemma in words.becoming_verbs
        and head.feats.get("Tense") == "Past"
        and head.feats.get("Aspect") == "Perf"
        and head.relation not in barred
    )


def is_subsidiary(view: SentenceView, index: int, words: OwnershipWords) -> bool:
    token = view.tokens[index]
    return token.lemma in words.subsidiary_nouns or (
        token.pos == "NOUN"
        and any(view.tokens[c].lemma in words.subsidiary_adjectives for c in view.children(index))
    )


def subsidiary_own_name(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """ "принадлежит «дочке» «Y» – компании «X»", "Структура ПАО «Y», ООО «X», приобрела":
    a subsidiary noun with its owner's name in the genitive and its own name set after a
    dash, or between commas, stands for its own name; the genitive names its owner, who is
    not the side of the verb."""
    if not is_subsidiary(view, index, words):
        return []
    owner = _name_starting_within(view, index + 1, words)
    if owner is None:
        return []
    after = _past_marks(view, view.token_indices(owner.start, owner.end)[-1] + 1)
    if after >= len(view.tokens) or view.tokens[after].text not in DASHES | {","}:
        return []
    own = _name_starting_within(view, after + 1, words)
    if own is None or own.type != "ORG" or own is owner or 0 <= owner.entity == own.entity:
        return []
    if view.tokens[after].text == ",":  # the apposition must close: "…, ООО «X», купила"
        closing = _past_marks(view, view.token_indices(own.start, own.end)[-1] + 1)
        if closing >= len(view.tokens) or view.tokens[closing].text not in DASHES | {",", ")"}:
            return []
    return [own]


def _name_starting_within(
    view: SentenceView, start: int, words: OwnershipWords
) -> Mention | None:
    """The name that starts after only quotes, a legal form or a company noun ("ПАО",
    "компании") from `start`."""
    for position in range(start, min(start + 4, len(view.tokens))):
        mention = view.mention_at(position)
        if mention is not None and mention.type in PARTIES:
            return mention
        token = view.tokens[position]
        if not (
            token.text in OPENING_QUOTES | CLOSING_QUOTES
            or token.lemma in words.company_nouns
            or (token.text.isupper() and token.text.isalpha() and len(token.text) <= 4)
        ):
            return None
    return None


def _past_marks(view: SentenceView, position: int) -> int:
    """The first position at or after `position` that is no closing quote or bracket."""
    while position < len(view.tokens) and view.tokens[position].text in CLOSING_QUOTES:
        position += 1
    return position


def bare_noun(view: SentenceView, index: int) -> bool:
    """A word outside any name, or a name that is that word alone ("Совладельцы" tagged as
    an organisation at the start of a sentence)."""
    mention = view.mention_at(index)
    return mention is None or view.token_indices(mention.start, mention.end) == [index]


def is_stake(view: SentenceView, phrase: list[int], words: OwnershipWords) -> bool:
    """A stake: "пакет", "доля", "25 %", and the percent in words ("20 процентов")."""
    return any(
        view.tokens[i].lemma in words.stake_nouns | words.share_symbols
        or view.tokens[i].text == "%"
        for i in phrase
    )


def is_subject(view: SentenceView, mention: Mention) -> bool:
    """The mention, or the noun it names ("Основатель сети Y"), is a clause's subject."""
    sentence = sentence_holding(view.document, mention.start)
    if sentence is None:
        return False
    tokens = sentence.tokens
    first = next((i for i, t in enumerate(tokens) if t.start >= mention.start), None)
    index = None if first is None else clause_word(tokens, first, THROUGH)
    return index is not None and tokens[index].relation.startswith("nsubj")


def partner_phrases(view: SentenceView, index: int, words: OwnershipWords) -> list[int]:
    """ "вместе с партнером Y", "совместно с Y", "с братом Y" on the verb at `index`."""
    phrases = []
    for child in view.children(index):
        token = view.tokens[child]
        if token.lemma in words.partner_adverbs:
            phrases += [
                c for c in children_with(view, child, ("obl", "nmod"))
                if view.preposition(c) in words.partner_prepositions
            ]  # fmt: skip
        elif token.relation.startswith("obl") and token.lemma in words.partner_nouns and (
            view.preposition(child) in words.partner_prepositions
        ):
            phrases.append(child)
    return phrases


def quoted_name(view: SentenceView, indices: list[int]) -> list[Mention]:
    """ "владельцем сети студий «Гибкость»": a capitalised quoted name the name finder
    left out, as an organisation with no document entity."""
    allowed = set(indices)
    for opening in sorted(allowed):
        if view.tokens[opening].text not in OPENING_QUOTES:
            continue
        closing = next(
            (i for i in range(opening + 1, min(opening + 5, len(view.tokens)))
             if view.tokens[i].text in CLOSING_QUOTES),
            None,
        )  # fmt: skip
        inner = range(opening + 1, closing or opening + 1)
        if not inner or not view.tokens[inner[0]].text[:1].isupper() or any(
            i not in allowed or view.mention_at(i) is not None
            or view.tokens[i].text in {",", "(", ")"}
            for i in inner
        ):
            continue
        start, end = view.tokens[inner[0]].start, view.tokens[inner[-1]].end
        text = view.document.document.text[start:end]
        return [Mention(start, end, text, "ORG", text)]
    return []


def in_brackets(view: SentenceView, index: int) -> bool:
    """Whether a token stands inside round brackets of its sentence."""
    depth = 0
    for token in view.tokens[:index]:
        depth += {"(": 1, ")": -1}.get(token.text, 0)
    return depth > 0


def name_ending_at(view: SentenceView, index: int, types: set[str]) -> list[Mention]:
    """The name whose last word is at `index` or just before it with only quotes between."""
    found = []
    for mention in view.mentions:
        tokens = view.token_indices(mention.start, mention.end)
        if mention.type in types and tokens and tokens[-1] <= index and all(
            view.tokens[i].pos == "PUNCT" for i in range(tokens[-1] + 1, index + 1)
        ) and index - tokens[-1] <= 2:
            found.append(mention)
    return [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end
                                        for o in found)][-1:]


def organisations_just_before(view: SentenceView, position: int, reach: int) -> list[Mention]:
    """Organisations whose name ends at most `reach` tokens before `position` with only
    punctuation (a closing quote, a comma) between: what a bracket or a relative clause
    read along the words describes."""
    found = []
    for mention in view.mentions:
        indices = view.token_indices(mention.start, mention.end)
        if mention.type != "ORG" or not indices or not position - reach <= indices[-1] < position:
            continue
        if all(view.tokens[i].pos == "PUNCT" for i in range(indices[-1] + 1, position)):
            found.append(mention)
    return found


def owner_of_name_before(view: SentenceView, index: int) -> bool:
    """ownership45: whether a word is a person's name in the genitive written right after an
    organisation's name ("компания «X» Петрова", "холдинг «X» Ивана Петрова"): it names
    the organisation's owner, whatever relation the parser gave it."""
    return organisation_before_owner(view, index) is not None


def organisation_before_owner(view: SentenceView, index: int) -> Mention | None:
    """ownership45: the organisation whose name is written right before a person's name in
    the genitive ("холдинг «X» Ивана Петрова": X), or None."""
    token = view.tokens[index]
    mention = view.mention_at(index)
    if mention is None or mention.type != "PER" or token.feats.get("Case") != "Gen":
        return None
    if view.preposition(index):
        return None
    before = view.token_indices(mention.start, mention.end)[0] - 1
    # past closing quotes and a bracketed short name ("меткомбинат (НЛМК) Владимира Y")
    while before >= 0 and view.tokens[before].text in CLOSING_MARKS:
        before -= 1
    named = view.mention_at(before) if before >= 0 else None
    return named if named is not None and named.type == "ORG" else None
