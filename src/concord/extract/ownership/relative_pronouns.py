"""What a relative pronoun ("которой", "в который") or a pronoun object of an owning verb
("им владеет Y") stands for: the name right before the comma that opens the clause, or the
nearest thing (never a person) of the pronoun's gender.
"""

from __future__ import annotations

from concord.claim import Mention
from concord.extract.ownership.asides import subject_by_its_head
from concord.extract.ownership.reading import (
    CLOSING_MARKS,
    LOOK_BACK,
    OPENING_QUOTES,
    PARTIES,
    is_subject,
    name_ending_at,
)
from concord.extract.ownership.referents import gender_agrees, noun_gender
from concord.extract.ownership.words import OwnershipWords
from concord.extract.sentence_view import SentenceView, named_before


def relative_meant(view: SentenceView, index: int, words: OwnershipWords) -> list[Mention]:
    """The name a relative pronoun in the phrase at `index` stands for: the name right before
    the comma that opens its clause ("Y, которому принадлежит X", "X, 70 % акций которой
    принадлежит Y", "X, контрольный пакет которой …"); the parser often hangs the clause on
    another noun, the comma does not lie."""
    phrase = view.subtree(index)
    if not any(
        view.tokens[i].lemma in words.relative_pronouns
        and (i == index or view.tokens[i].relation.startswith("nmod"))
        for i in phrase
    ):
        return []
    before = min(phrase) - 1
    if before < 1 or view.tokens[before].text != ",":
        return []
    before -= 1
    while before > 0 and view.tokens[before].text in CLOSING_MARKS:
        before -= 1
    mention = view.mention_at(before)
    pronouns = [i for i in phrase if view.tokens[i].lemma in words.relative_pronouns]
    if mention is not None and pronouns and _plural_noun_meant(view, pronouns[0], mention, words):
        return []  # "активов «X», которые приобрели A и B": the assets, not X
    if mention is not None and mention.type == "PER" and pronouns and not gender_agrees(
        view, pronouns[0], mention
    ):  # "группа «X» Олега Y, которая …": not him, the name his genitive hangs on
        before = (view.token_indices(mention.start, mention.end) or [0])[0] - 1
        while before > 0 and view.tokens[before].text in CLOSING_MARKS:
            before -= 1
        mention = view.mention_at(before) if before > 0 else None
        return [mention] if mention is not None and mention.type == "ORG" else []
    return [mention] if mention is not None and mention.type in PARTIES | {"LOC"} else []


def thing_meant(view: SentenceView, pronoun: int, words: OwnershipWords) -> list[Mention]:
    """What a pronoun object of an owning verb stands for: a thing, never a person. Right
    after a bracket or a comma ("«X» (им владеет Y)") it is the name just before; else the
    latest organisation named before as a subject whose noun has the pronoun's gender
    ("Завод «X» … Его контролирует группа Y")."""
    token = view.tokens[pronoun]
    if token.lemma not in words.object_pronouns:  # "им" is now and then tagged an adverb
        return []
    if pronoun >= 2 and view.tokens[pronoun - 1].text in {"(", ","}:
        named = name_ending_at(view, pronoun - 2, {"ORG"})
        if named:
            return named
    gender = token.feats.get("Gender", "")
    if token.feats.get("Number", "Sing") != "Sing" or not gender:
        return []
    genders = {"Fem"} if gender == "Fem" else {"Masc", "Neut"}
    found = [
        m for m in named_before(view.document, token.start, {"ORG"}, LOOK_BACK)
        if noun_gender(view, m) in genders
        and (is_subject(view, m) or subject_by_its_head(view, m))
    ][-1:]  # fmt: skip
    if found and _nearer_noun(view, found[0], token.start, genders):
        return []  # "СОГАЗ мог купить пакет по цене, по которой его купил Y": the stake
    return found


def _plural_noun_meant(
    view: SentenceView, pronoun: int, mention: Mention, words: OwnershipWords
) -> bool:
    """Whether a plural relative pronoun after a one-word-named genitive stands for the plural
    noun the name hangs on ("активов «X», которые …"), not for the name. Shares are the
    exception: "акций «X», которые купил Y" still makes Y a holder in X."""
    if view.tokens[pronoun].feats.get("Number") != "Plur":
        return False
    indices = view.token_indices(mention.start, mention.end)
    if not indices or view.tokens[indices[-1]].feats.get("Number") == "Plur":
        return False
    noun = indices[0] - 1
    while noun > 0 and view.tokens[noun].text in OPENING_QUOTES:
        noun -= 1
    token = view.tokens[noun]
    return (
        noun >= 0 and token.pos == "NOUN" and token.feats.get("Number") == "Plur"
        and token.lemma not in words.stake_nouns
        and view.tokens[indices[-1]].feats.get("Case") == "Gen"
    )


def _nearer_noun(view: SentenceView, named: Mention, end: int, genders: set[str]) -> bool:
    """Whether a singular common noun of the pronoun's gender, a subject or an object and not
    a name's own noun, stands between a name and a pronoun in the pronoun's sentence: the
    pronoun then stands for that noun, not the name."""
    tokens = view.tokens  # within the pronoun's sentence: across sentences the topic wins
    for position, token in enumerate(tokens):
        if not named.end <= token.start < end or token.pos != "NOUN":
            continue
        if token.relation not in {"obj", "nsubj", "nsubj:pass"}:
            continue  # "с 1960 года": only a subject or an object is referred back to
        if token.feats.get("Number") != "Sing" or token.feats.get("Gender") not in genders:
            continue
        following = range(token.start, tokens[min(position + 2, len(tokens) - 1)].end)
        if not any(
            m.start in following or m.start <= token.start < m.end for m in view.mentions
        ):
            return True
    return False


def opens_clause_of(view: SentenceView, verb: int, mention: Mention, words: OwnershipWords) -> bool:
    """ownership48: whether the verb at `verb` stands in a relative clause opened right after
    `mention` (its closing quotes, a comma, a preposition maybe, then "который" hung in the
    verb's phrase): "владельцы «X», которой принадлежат магазины «Y»" — the clause speaks of
    X itself, so X owns Y though an owner noun holds X. ownership49: so does a participle
    written right after the comma ("акционером компании «X», владеющей заводом «Y»")."""
    indices = view.token_indices(mention.start, mention.end)
    if not indices:
        return False
    after = indices[-1] + 1
    while after < verb and view.tokens[after].text in CLOSING_MARKS:
        after += 1
    if after >= verb or view.tokens[after].text != ",":
        return False
    after += 1
    if after == verb and view.tokens[verb].feats.get("VerbForm") == "Part":
        return True  # ownership49: "акционером компании «X», владеющей заводом «Y»"
    if after < verb and view.tokens[after].pos == "ADP":  # ", в которую входят"
        after += 1
    return (
        after < verb
        and view.tokens[after].lemma in words.relative_pronouns
        and after in view.subtree(verb)
    )


def participle_after_comma(view: SentenceView, index: int) -> bool:
    """ownership49: whether the word opens a participle phrase right after a comma
    ("«X», владеющей заводом «Y»"): a phrase that only describes the name before it."""
    return (
        0 < index < len(view.tokens)
        and view.tokens[index].feats.get("VerbForm") == "Part"
        and view.tokens[index - 1].text == ","
    )


def in_participle_phrase(view: SentenceView, participle: int, word: int) -> bool:
    """ownership49: whether the word after a participle stands in its phrase: no comma
    between them, or (a list: "владеющей A, B и C") in the participle's subtree with no
    finite verb after a comma ("«X», владеющей заводом «Y», стала «Z»": Z is past the
    phrase, wherever the parser hangs it)."""
    commas = [j for j in range(participle, word) if view.tokens[j].text == ","]
    if not commas:
        return True
    closed = any(
        view.tokens[j].pos in {"VERB", "AUX"} and view.tokens[j].feats.get("VerbForm") != "Part"
        for j in range(commas[0], word)
    )
    return not closed and word in view.subtree(participle)
