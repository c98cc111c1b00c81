"""spaCy's English parse (ClearNLP labels) as the Universal Dependencies tree the extractors read.

The extractors were written against UD as the Russian parser gives it: the noun heads a
prepositional phrase and the preposition hangs from it as `case` ("in Tashkent": obl
Tashkent, case in), the copula hangs from its predicate, passive subjects are
`nsubj:pass`. spaCy's English models are trained on ClearNLP's conversion, where the
preposition heads its object (prep → pobj) and labels differ (dobj, nsubjpass, poss).
Relabelling alone would leave prepositions as heads, so the two places where the tree
shapes differ (prepositions, copulas) are re-headed first, then every label is mapped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# ClearNLP label → UD label, where the tree shape is the same in both schemes.
CLEARNLP_TO_UD: dict[str, str] = {
    "ROOT": "root",
    "nsubj": "nsubj",
    "nsubjpass": "nsubj:pass",
    "csubj": "csubj",
    "csubjpass": "csubj:pass",
    "dobj": "obj",
    "iobj": "iobj",
    "dative": "iobj",  # "gave him the book"; "gave it to him" is re-headed like a preposition
    "attr": "obj",  # only left when the verb is not "be" (re-headed below otherwise)
    "oprd": "xcomp",
    "acomp": "xcomp",
    "ccomp": "ccomp",
    "xcomp": "xcomp",
    "advcl": "advcl",
    "relcl": "acl:relcl",
    "acl": "acl",
    "aux": "aux",
    "auxpass": "aux:pass",
    "neg": "advmod",  # UD has no neg: "not" is an adverbial modifier
    "advmod": "advmod",
    "npadvmod": "obl:npmod",
    "amod": "amod",
    "nummod": "nummod",
    "quantmod": "advmod",
    "det": "det",
    "predet": "det:predet",
    "poss": "nmod:poss",
    "case": "case",
    "compound": "compound",
    "prt": "compound:prt",
    "appos": "appos",
    "nmod": "nmod",
    "conj": "conj",
    "cc": "cc",
    "preconj": "cc:preconj",
    "mark": "mark",
    "punct": "punct",
    "expl": "expl",
    "intj": "discourse",
    "parataxis": "parataxis",
    "meta": "dep",
    "dep": "dep",
    "prep": "obl",  # a preposition without an object ("the man he spoke of")
    "pobj": "obj",  # an object without a preposition above it (parser noise)
    "pcomp": "advcl",
    "agent": "obl",
}
# A nominal hanging from one of these is a verb's argument (obl), from anything else a
# noun's modifier (nmod), as UD tells them apart.
_PREDICATE_POS = {"VERB", "AUX", "ADJ", "ADV"}
_COPULA_COMPLEMENTS = {"attr", "acomp"}


@dataclass(frozen=True)
class ParsedWord:
    """One word as spaCy parsed it: sentence-relative head (own index for the root)."""

    lemma: str
    pos: str
    relation: str  # ClearNLP label
    head: int


def to_universal(words: list[ParsedWord]) -> list[tuple[int, str]]:
    """(head, UD relation) per word; head -1 for the root."""
    words = _participle_before_name_as_modifier(words)
    heads = [-1 if word.head == index else word.head for index, word in enumerate(words)]
    labels: list[str] = [CLEARNLP_TO_UD.get(word.relation, "dep") for word in words]

    def children(index: int) -> list[int]:
        return [child for child, head in enumerate(heads) if head == index]

    def move_dependents(old: int, new: int, keep: set[int]) -> None:
        for child in children(old):
            if child != new and child not in keep:
                heads[child] = new

    _name_after_comma_as_apposition(words, heads, labels)

    # Prepositions: the object takes the preposition's place, the preposition hangs from it.
    for index, word in enumerate(words):
        if not (
            word.relation in {"prep", "agent"}
            or (word.relation in {"dative", "conj"} and word.pos == "ADP")
        ):
            continue
        objects = [c for c in children(index) if words[c].relation in {"pobj", "pcomp"}]
        if not objects:
            continue
        noun = objects[0]
        governor = heads[index]
        heads[noun] = governor
        if words[noun].relation == "pcomp":  # "after meeting the minister": a clause
            labels[noun] = "advcl" if _is_predicate(words, governor) else "acl"
            labels[index] = "mark"
        else:
            labels[noun] = "obl" if _is_predicate(words, governor) else "nmod"
            if word.relation == "agent":
                labels[noun] = "obl:agent"
            labels[index] = "case"
        if word.relation == "conj":  # "in Tashkent and in Samarkand"
            labels[noun] = "conj"
        move_dependents(index, noun, set())
        heads[index] = noun

    # Copulas: "Lavrov is the minister" → minister heads, "is" is its cop.
    for index, word in enumerate(words):
        if word.lemma != "be" or word.pos not in {"AUX", "VERB"}:
            continue
        complements = [c for c in children(index) if words[c].relation in _COPULA_COMPLEMENTS]
        if not complements:
            continue
        predicate = complements[0]
        heads[predicate] = heads[index]
        labels[predicate] = labels[index]
        move_dependents(index, predicate, set())
        heads[index] = predicate
        labels[index] = "cop"
    return list(zip(heads, labels, strict=True))


def _name_after_comma_as_apposition(
    words: list[ParsedWord], heads: list[int], labels: list[str]
) -> None:
    """ "the Ambassador of the United Kingdom, Rob Fenn, met …", "met with the Minister of
    Foreign Affairs of Mongolia, Mr. Damien Tsogtbaatar, at …": the parser often hangs a
    name set off by commas after a noun phrase as an adverbial noun (npadvmod) of the
    verb or of the phrase; a run of proper nouns between two commas (or a comma and the
    end) that so follows a noun phrase names what the phrase says, so it becomes that
    phrase's apposition, as the name of a post is read elsewhere."""
    for index, word in enumerate(words):
        if word.relation != "npadvmod" or word.pos != "PROPN":
            continue
        run = [i for i in range(len(words)) if _hangs_from(heads, i, index)]
        first, last = min(run), max(run)
        if (
            len(run) != last - first + 1
            or any(words[i].pos != "PROPN" for i in run)
            or first < 2
            or words[first - 1].lemma != ","
            or (last + 1 < len(words) and words[last + 1].lemma not in {",", "."})
        ):
            continue
        phrase = _phrase_head(words, heads, first - 2)
        if phrase is not None and phrase != index:
            heads[index] = phrase
            labels[index] = "appos"


# Participles written before a guest's post or name as its attribute ("visiting"), by lemma.
_ATTRIBUTE_PARTICIPLES = frozenset({"visit"})
# The preposition a participle so parsed hangs on as a clause (pcomp): "met with visiting X".
_PARTICIPLE_PREPOSITIONS = frozenset({"with"})


def _participle_before_name_as_modifier(words: list[ParsedWord]) -> list[ParsedWord]:
    """ "met with visiting Foreign Minister X", "received visiting Prime Minister Y": the
    parser makes "visiting" a clause with the guest as its object, so the guest is no
    companion of the meeting. When such a participle stands right before its object, the
    object is a proper noun (a post or name written in capitals) and the participle hangs
    on "with" or on a verb, the object takes the participle's place and the participle
    becomes its attribute."""
    rewritten = list(words)
    for index, word in enumerate(words):
        noun = _object_right_after(words, index)
        if noun is None:
            continue
        rewritten[noun] = replace(
            words[noun], head=word.head, relation="pobj" if word.relation == "pcomp" else "dobj"
        )
        rewritten[index] = replace(word, head=noun, relation="amod")
        for child, other in enumerate(words):
            if other.head == index and child not in {noun, index}:
                rewritten[child] = replace(other, head=noun)
    return rewritten


def _object_right_after(words: list[ParsedWord], index: int) -> int | None:
    """The proper-noun object of an attribute participle whose phrase starts right after
    it, when the participle hangs as "with"'s clause or a verb's complement."""
    word = words[index]
    if word.pos != "VERB" or word.lemma not in _ATTRIBUTE_PARTICIPLES or word.head == index:
        return None
    above = words[word.head]
    if not (
        (word.relation == "pcomp" and above.lemma in _PARTICIPLE_PREPOSITIONS)
        or (word.relation == "xcomp" and above.pos == "VERB")
    ):
        return None
    objects = [
        c for c, other in enumerate(words) if other.head == index and other.relation == "dobj"
    ]
    if len(objects) != 1 or words[objects[0]].pos != "PROPN":
        return None
    heads = [-1 if c == index else w.head for c, w in enumerate(words)]
    first = min(i for i in range(len(words)) if _hangs_from(heads, i, objects[0]))
    return objects[0] if first == index + 1 else None


def _hangs_from(heads: list[int], index: int, top: int) -> bool:
    """Whether a word is `top` or lies below it (a cycle stops the climb)."""
    seen: set[int] = set()
    while index not in seen and index >= 0:
        if index == top:
            return True
        seen.add(index)
        index = heads[index]
    return False


def _phrase_head(words: list[ParsedWord], heads: list[int], index: int) -> int | None:
    """The noun heading the phrase a word ends: climbing from it through nouns and
    prepositions, the highest noun met before a verb (None when the word is no noun)."""
    if words[index].pos not in _NOMINAL_POS:
        return None
    found, seen = index, {index}
    current = heads[index]
    while current >= 0 and current not in seen and words[current].pos in _NOMINAL_POS | {"ADP", "DET"}:
        seen.add(current)
        if words[current].pos in _NOMINAL_POS:
            found = current
        current = heads[current]
    return found


_NOMINAL_POS = frozenset({"NOUN", "PROPN"})


def _is_predicate(words: list[ParsedWord], index: int) -> bool:
    return index < 0 or words[index].pos in _PREDICATE_POS
