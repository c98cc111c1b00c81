"""occupation50: a deputy of a territory's chief is held where the chief is.

"Губернатор Севастополя X … сняты его заместитель Y", "Глава города X … Новым
вице-мэром назначен Y", "… об отставке бывшего заместителя главы Z": a deputy's post said
with no place of its own, whose chief is a territory's head (a governor, a mayor, a head of
a city), is held in the territory the report gave that chief in the sentence or the few
before. The chief is told by the deputy's word ("вице-губернатор", "замглавы"), by the
chief's post hung on it ("заместитель губернатора"), or by a possessive pronoun ("его
заместитель"). Not when the deputy's phrase has words of its own beyond adjectives
("вице-президент компании"), nor when posts of that chief named in between are held in
other places ("… вице-губернатор Калужской области …"): then the chief is unsure.
"""

from __future__ import annotations

from concord.claim import Argument, Claim, Mention
from concord.extract.occupation.places_meant import _acting_title_words
from concord.extract.occupation.post_claim import occupation_claim
from concord.extract.occupation.reading import both_sentences
from concord.extract.occupation.words import OccupationWords
from concord.extract.sentence_view import SentenceView

_LOOK_BACK = 6  # sentences before the deputy's where the chief may be named

# how the person holding a chief's post stands by its word
_HOLDER_RELATIONS = frozenset({"appos", "flat:name", "nmod", "nsubj", "nsubj:pass"})


def deputy_at_chief_place(view: SentenceView, claim: Claim, words: OccupationWords) -> Claim:
    """The claim with the place of its chief when it is a territory chief's deputy's post
    with no place; else the claim as it is."""
    position = next((a for a in claim.arguments if a.role == "position"), None)
    if position is None or position.span is None or claim.values("where") or not words.chief_of_deputy:
        return claim
    indices = view.token_indices(position.span.start, position.span.end)
    chiefs = _chiefs_meant(view, indices, words)
    if not chiefs:
        return claim
    alike = frozenset().union(*(words.chief_equivalents.get(chief, ()) for chief in chiefs)) - chiefs
    deputy_start = view.tokens[indices[0]].start
    holder = next((a for a in claim.arguments if a.role == "who"), None)
    earlier = [*view.sentences_before(_LOOK_BACK), view.sentence]
    places: list[Argument] = []
    for sentence in reversed(earlier):
        before = view if sentence is view.sentence else SentenceView.build(view.document, sentence, view.words)
        found, chief_found = _chief_places(before, chiefs, deputy_start, holder, words, alike)
        places = found + places
        if not chief_found:
            continue
        if len({_key(place) for place in places}) != 1:
            return claim  # posts of that chief held in more places than one: unsure
        evidence = claim.evidence if before is view else both_sentences(before, view)
        return Claim(claim.type, [*claim.arguments, places[-1]], evidence, claim.modality)
    if places and len({_key(place) for place in places}) == 1:
        # occupation54: "первый заместитель главы Первоуральска X … заместителя главы по
        # взаимодействию Y": other deputies of the same chief, all placed in one territory
        return Claim(claim.type, [*claim.arguments, places[-1]], claim.evidence, claim.modality)
    return claim


def _key(place: Argument) -> str:
    return place.value.lower()


def _chiefs_meant(view: SentenceView, indices: list[int], words: OccupationWords) -> frozenset[str]:
    """The chief's posts a deputy's phrase stands for: "вице-губернатор" → губернатор,
    "заместитель главы" → глава, "его заместитель" → any territory chief; none when the
    phrase has words beyond adjectives, an acting title and those. A duty told after "по"
    ("вице-мэр по городской среде") is no place."""
    duty = next((n for n, i in enumerate(indices) if view.tokens[i].lemma.lower() in words.duty_prepositions), None)
    acting = _acting_title_words(words)
    indices = [i for i in indices[:duty] if view.tokens[i].lemma.lower() not in acting]
    deputies = [
        i for i in indices
        if words.chief_of_deputy.get(view.tokens[i].lemma.lower(), view.tokens[i].lemma.lower())
        != view.tokens[i].lemma.lower()
    ]  # fmt: skip
    if len(deputies) == 1:
        deputy = deputies[0]
        rest = [i for i in indices if i != deputy and view.tokens[i].pos not in {"ADJ", "DET", "PUNCT"}]
        if not rest:
            return frozenset({words.chief_of_deputy[view.tokens[deputy].lemma.lower()]})
        return frozenset()
    bare = [i for i in indices if view.tokens[i].lemma.lower() in words.deputy_posts]
    if len(bare) != 1:
        return frozenset()
    deputy = bare[0]
    chief_words = set(words.chief_of_deputy.values())
    hung = [
        i for i in view.children(deputy)
        if view.tokens[i].lemma.lower() in chief_words and view.tokens[i].feats.get("Case") == "Gen"
    ]  # fmt: skip
    others = [
        i for i in indices
        if i != deputy and i not in hung and view.tokens[i].pos not in {"ADJ", "DET", "PUNCT"}
    ]  # fmt: skip
    if len(hung) == 1 and not set(view.children(hung[0])) & set(indices) and not others:
        return frozenset({view.tokens[hung[0]].lemma.lower()})
    if not hung and not others and any(
        view.tokens[c].pos == "PRON" and view.tokens[c].lemma in words.possessive_pronouns
        for c in view.children(deputy)
    ):
        return frozenset(chief_words)
    return frozenset()


def _chief_places(
    view: SentenceView,
    chiefs: frozenset[str],
    before: int,
    deputy: Argument | None,
    words: OccupationWords,
    alike: frozenset[str] = frozenset(),
) -> tuple[list[Argument], bool]:
    """The places of the posts of those chiefs or their deputies the sentence names before
    offset `before`, in text order, and whether a chief's own post (not one hung on a
    deputy's noun, "заместитель главы Перми") is among them. The deputy's own earlier post
    is none ("Глава администрации района X … назначен заместителем главы" of the city).
    occupation54: a post `alike` the chiefs ("мэр" for "глава") counts only when held in a
    territory named ("мэр Y"), not at a body ("глава департамента")."""
    places: list[Argument] = []
    chief_found = False
    chiefs_told = chiefs
    chiefs = chiefs | alike
    for post, token in enumerate(view.tokens):
        if token.start >= before:
            break
        lemma = token.lemma.lower()
        head = token.head
        on_deputy = 0 <= head < len(view.tokens) and view.tokens[head].lemma.lower() in words.deputy_posts
        is_chief = lemma in chiefs and not on_deputy
        if lemma not in chiefs and words.chief_of_deputy.get(lemma) not in chiefs:
            continue
        holder = _holder(view, post, words)
        if holder is None or _same_person(holder, deputy):
            continue
        first = view.token_indices(holder.start, holder.end)[0]
        stop = first if first > post else max(view.subtree(post, skip=frozenset({"conj", "punct"}))) + 1
        where = [a for a in occupation_claim(view, holder, post, stop, words).arguments if a.role == "where"]
        if not where:
            continue
        if (lemma in alike or words.chief_of_deputy.get(lemma) in alike) and (
            lemma not in chiefs_told and words.chief_of_deputy.get(lemma) not in chiefs_told
        ) and not _in_territory(view, where[0]):
            continue
        places.append(where[0])
        chief_found = chief_found or is_chief
    return places, chief_found


def _in_territory(view: SentenceView, place: Argument) -> bool:
    """The place is a territory's name ("Междуреченска"), not a body's."""
    if place.span is None:
        return False
    found = view.document.mentions
    return any(
        m.type in {"LOC", "LOCORG"} and m.start <= place.span.start and place.span.end <= m.end for m in found
    )


def _same_person(mention: Mention, person: Argument | None) -> bool:
    if person is None:
        return False
    if person.entity is not None and person.entity >= 0 and mention.entity >= 0:
        return mention.entity == person.entity
    return mention.normal.lower() == person.value.lower()


def _holder(view: SentenceView, post: int, words: OccupationWords) -> Mention | None:
    """The person named by the post's word: right after it, or hung on it or its head, or
    the subject of the verb an office noun holding it hangs on ("X оставил пост мэра Y")."""
    head = view.tokens[post].head
    near = [*view.children(post), post + 1]
    if 0 <= head < len(view.tokens):
        near += [head, *view.children(head)]
        verb = view.tokens[head].head
        if view.tokens[head].lemma.lower() in words.office_nouns and 0 <= verb < len(view.tokens):
            near += [c for c in view.children(verb) if view.tokens[c].relation == "nsubj"]  # occupation54
    for i in near:
        if 0 <= i < len(view.tokens) and (i == head or view.tokens[i].relation in _HOLDER_RELATIONS):
            mention = view.mention_at(i)
            if mention is not None and mention.type == "PER":
                return mention
    return None
