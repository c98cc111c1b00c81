"""The occupation extractor: `extract(view, words)` for one sentence.

For each person named, the post beside the name (left first, then right, then by the
tree), the posts stacked before it or in a second apposition, and the posts verbs give;
then the filters, the posts shared by listed names, the readings across two sentences,
the posts left told by a noun or a relative clause when no other reading gave them, and
places of work with no post; a place that is only a generic noun nothing resolved is
dropped last. The order matters: later readings add only what earlier
ones did not tell.
"""

from __future__ import annotations

from dataclasses import replace

from concord.claim import Claim, Mention
from concord.extract.occupation.acting_duties import acting_posts_by_duties
from concord.extract.occupation.appointers import at_remover
from concord.extract.occupation.appointing_nouns import posts_by_appointing_noun
from concord.extract.occupation.beside_name import (
    comma_before,
    is_rank,
    opens_list_item,
    post_after_in_headline,
    post_by_apposition,
    post_left_of,
    post_right_of,
    ranked_person_after,
    served_by_predicate,
)
from concord.extract.occupation.chief_place import deputy_at_chief_place
from concord.extract.occupation.coordination import (
    respective_places,
    shared_posts,
    with_paired_place,
)
from concord.extract.occupation.counterparts import counterpart_posts
from concord.extract.occupation.ending_nouns import noun_ended_posts, posts_left_by_noun_named
from concord.extract.occupation.filters import held_post, title_or_judgement
from concord.extract.occupation.gapped_places import gapped_places
from concord.extract.occupation.gapped_posts import gapped_posts
from concord.extract.occupation.leaving import ended_posts, posts_left_named
from concord.extract.occupation.person_named_before import (
    former_post_subject_posts,
    organisation_post_subject_posts,
    pronoun_subject_posts,
    subject_carried_posts,
)
from concord.extract.occupation.places_meant import (
    board_post_owners,
    kin_noun_resolved,
    names_own_place,
    without_generic_place,
)
from concord.extract.occupation.post_claim import occupation_claim
from concord.extract.occupation.post_named_before import (
    acting_for_post_before,
    deputy_at_principal_place,
    posts_named_before,
)
from concord.extract.occupation.reading import (
    CLAUSE_ENDS,
    SENTENCE_PART_ENDS,
    mention_root,
    names_person,
    next_of,
)
from concord.extract.occupation.replaced import replaced_between
from concord.extract.occupation.this_post import posts_held_by_this
from concord.extract.occupation.verbs import left_posts_by_noun, relative_clause_posts, verb_claims
from concord.extract.occupation.words import OccupationWords
from concord.extract.occupation.works_at import places_of_work
from concord.extract.positions import is_position
from concord.extract.sentence_view import SentenceView

# a comma or a dash lists one person's posts
LIST_MARKS = frozenset({",", "-", "–", "—"})


def extract(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """Every occupation claim one sentence tells, in the words of its language."""
    claims = [
        claim
        for person in view.mentions
        if person.type == "PER"
        for claim in _posts_of_person(view, person, words)
    ]
    claims = [claim for claim in claims if not title_or_judgement(view, claim, words)]
    claims.extend(shared_posts(view, claims, words))
    claims = [with_paired_place(view, claim, words) for claim in claims]
    claims = respective_places(view, claims, words)
    claims.extend(gapped_places(view, claims))  # occupation42
    claims.extend(pronoun_subject_posts(view, words))
    claims.extend(former_post_subject_posts(view, words))
    claims.extend(organisation_post_subject_posts(view, words))
    claims.extend(_not_told(claims, subject_carried_posts(view, words)))
    claims.extend(posts_named_before(view, words))
    claims.extend(_not_told(claims, posts_held_by_this(view, words)))  # occupation51
    claims.extend(acting_for_post_before(view, words))
    claims = [deputy_at_principal_place(view, claim, words) for claim in claims]
    claims.extend(_not_told(claims, left_posts_by_noun(view, words)))
    claims.extend(_not_told(claims, relative_clause_posts(view, words)))
    claims.extend(_not_told(claims, posts_by_appointing_noun(view, words)))
    claims.extend(_not_told(claims, posts_left_named(view, words)))
    claims.extend(_not_told(claims, posts_left_by_noun_named(view, words)))
    claims.extend(_not_told(claims, acting_posts_by_duties(view, words)))
    claims.extend(_not_told(claims, gapped_posts(view, words)))
    claims = noun_ended_posts(view, ended_posts(view, claims, words), words)
    claims.extend(counterpart_posts(view, claims, words))
    claims = kin_noun_resolved(view, claims, words)
    claims = board_post_owners(view, claims, words)
    claims = [without_generic_place(view, claim, words) for claim in claims]
    claims = [deputy_at_chief_place(view, claim, words) for claim in claims]  # occupation50
    return claims + places_of_work(view, claims, words)


def _posts_of_person(view: SentenceView, person: Mention, words: OccupationWords) -> list[Claim]:
    """One person's posts within the sentence: the post left of the name with the posts
    stacked before it and a second one after it; else the post right of it (or after it in
    a headline); else the one the tree stands it by; and the posts verbs give the person."""
    indices = view.token_indices(person.start, person.end)
    first, last = indices[0], indices[-1]
    claims = []
    post = held_post(view, post_left_of(view, first, words), words)
    if post is not None and replaced_between(view, post, first, words):
        post = None  # occupation47: "стал представителем президента вместо X": not X's
    if post is not None:
        # "министры … Казахстана X и Великобритании Y": Y's place is after X
        others = [i for i in range(post + 1, first) if names_person(view, i)]
        where_from = others[-1] + 1 if others else None
        if others and all(  # "депутаты Госдумы X и Y": the place before both is Y's too
            view.tokens[i].pos in {"CCONJ", "PUNCT"} for i in range(others[-1] + 1, first)
        ):
            where_from = None
        nearest = at_remover(
            view, post, occupation_claim(view, person, post, first, words, where_from=where_from), words
        )
        earlier = _earlier_posts(view, person, post, nearest, words)
        claims.append(_with_earlier_place(nearest, earlier))
        claims.extend(earlier)
        claims.extend(_apposition_after(view, person, last, words))
        return claims + verb_claims(view, person, mention_root(view, person), words, exclude=post)
    post = held_post(view, post_right_of(view, last, words), words)
    if post is None:
        post = held_post(view, post_after_in_headline(view, last, words), words)
    if post is not None:
        stop = next_of(view, post + 1, CLAUSE_ENDS)
        if not ranked_person_after(view, stop, words):
            claims.append(occupation_claim(view, person, post, stop, words))
        claims.extend(_post_after_now(view, person, stop, words))
        return claims + verb_claims(view, person, mention_root(view, person), words, exclude=post)
    root = mention_root(view, person)
    post = held_post(view, post_by_apposition(view, root, words), words)
    if post is not None and post < first:
        return [occupation_claim(view, person, post, first, words)]
    return verb_claims(view, person, root, words)


def _earlier_posts(
    view: SentenceView, person: Mention, post: int, nearest: Claim, words: OccupationWords
) -> list[Claim]:
    """ "бывший глава A и совладелец B X", "представитель A полковник X": posts stacked
    before one name are each the person's, the farther one ending where the nearer begins."""
    claims: list[Claim] = []
    for _ in range(2):
        earlier = held_post(view, post_left_of(view, post, words), words)
        comma = comma_before(view, post)
        if earlier is None and comma is not None:
            # "депутат собрания A, сопредседатель движения B X": posts listed with commas
            earlier = held_post(view, post_left_of(view, comma, words), words)
        if earlier is None and not claims and is_rank(view, post, words):
            earlier = held_post(view, _post_over_rank(view, person, post, words), words)
        if earlier is None:
            break
        if opens_list_item(view, earlier) and not is_rank(view, post, words):
            break
        if view.tokens[earlier].feats.get("Number") == "Plur":
            break  # "заявил журналистам пресс-секретарь X": the plural is whom he told
        if _two_holders(view, person, earlier, post):
            break  # "подписали глава региона и учредители компании X и Y"
        if _governs_genitive_name(view, person, earlier):
            break  # "помощник губернатора Ивана Котова": the assistant is someone else
        if served_by_predicate(view, post, earlier, mention_root(view, person), words):
            break  # occupation43: "стал помощником губернатора Ивана Котова": likewise
        claim = occupation_claim(view, person, earlier, post, words)
        if _deputy_listed_before(view, earlier, post, words) and not names_own_place(view, claim, words):
            claim = _at_place_of(claim, claims[-1] if claims else nearest)
        claims.append(claim)
        post = earlier
    return claims


def _post_over_rank(view: SentenceView, person: Mention, rank: int, words: OccupationWords) -> int | None:
    """occupation45: "начальник управления по борьбе с … преступлениями МВД генерал-майор
    полиции X": a post too long for the run of words before the rank (its prepositions end
    that run) is the one the parser stands the rank or the name by in apposition, when
    nothing between them is a clause's border, a verb or another person; or, when the
    parser made both the verb's subjects, the subject right before the rank."""
    root = mention_root(view, person)
    candidates = [
        view.tokens[word].head for word in (rank, root) if view.tokens[word].relation == "appos"
    ]
    relation = view.tokens[rank].relation
    if relation.startswith("nsubj"):
        candidates += [
            i for i in range(rank - 1, -1, -1)
            if view.tokens[i].relation == relation and view.tokens[i].head == view.tokens[rank].head
        ][:1]
    for head in candidates:
        if not 0 <= head < rank:
            continue
        between = range(head + 1, rank)
        if (
            is_position(view.tokens[head].lemma, words.posts)
            and view.tokens[head].feats.get("Number") != "Plur"
            and not any(view.tokens[i].text in CLAUSE_ENDS for i in between)
            and not any(view.tokens[i].pos in {"VERB", "AUX"} for i in between)
            and not any(names_person(view, i) for i in between)
        ):
            return head
    return None


def _at_place_of(claim: Claim, later: Claim) -> Claim:
    """The claim held where the later post is, in place of a generic body of its own."""
    place = [a for a in later.arguments if a.role == "where"]
    if not place:
        return claim
    kept = [a for a in claim.arguments if a.role != "where"]
    return replace(claim, arguments=[*kept, *place])


def _deputy_listed_before(view: SentenceView, deputy: int, post: int, words: OccupationWords) -> bool:
    """ "первый вице-губернатор, министр сельского хозяйства области X", "заместитель
    главы администрации, начальник управления X": a deputy's title listed with a comma or
    a dash before the same person's next post serves the head of the body that post is in,
    so with no place of its own it is held there too ("глава A и заместитель B": "и" joins
    posts that may be in different places)."""
    lemma = view.tokens[deputy].lemma
    between = range(deputy + 1, post)
    return (
        lemma.startswith(words.deputy_title_starts)
        and bool(words.deputy_title_starts)
        and any(view.tokens[i].text in LIST_MARKS for i in between)
        and not any(view.tokens[i].pos == "CCONJ" for i in between)
    )


def _two_holders(view: SentenceView, person: Mention, earlier: int, post: int) -> bool:
    """Posts joined by "и" are two people's, not one person's two posts, when the
    nearer one is plural while the earlier is not ("глава региона и учредители компании X
    и Y"), or when they are the subject of a plural verb and one name follows ("Документ
    подписали глава региона и директор завода X"): one holder of both takes a singular
    verb ("глава A и совладелец B X заявил")."""
    if (
        view.tokens[post].relation != "conj" or view.tokens[post].head != earlier
        or not any(view.tokens[child].relation == "cc" for child in view.children(post))
    ):  # fmt: skip
        return False  # a comma lists one person's posts ("Глава района, секретарь …")
    numbers = (view.tokens[earlier].feats.get("Number"), view.tokens[post].feats.get("Number"))
    if numbers == ("Sing", "Plur"):
        return True
    verb = view.tokens[earlier].head
    root = mention_root(view, person)
    return (
        view.tokens[earlier].relation.startswith("nsubj")
        and 0 <= verb < len(view.tokens)
        and view.tokens[verb].feats.get("Number") == "Plur"
        and view.tokens[root].relation != "conj"
        and not any(view.tokens[child].relation == "conj" for child in view.children(root))
    )


def _governs_genitive_name(view: SentenceView, person: Mention, earlier: int) -> bool:
    """A name in the genitive after a post not in the genitive is that post's complement
    (whom the post serves), not its holder: posts stacked in apposition share the name's
    case. Only a nominative post: an accusative or instrumental one may be a verb's
    ("утвердил настоятелем собора протоиерея X", the name an accusative in the genitive's
    form)."""
    name_case = view.tokens[mention_root(view, person)].feats.get("Case")
    return name_case == "Gen" and view.tokens[earlier].feats.get("Case") == "Nom"


def _with_earlier_place(nearest: Claim, earlier: list[Claim]) -> Claim:
    """ "представитель вооружённых сил полковник X": a post with no place of work of its
    own, stacked after one that has one, is held there too."""
    if nearest.values("where"):
        return nearest
    place = next((a for c in earlier for a in c.arguments if a.role == "where"), None)
    if place is None:
        return nearest
    return replace(nearest, arguments=[*nearest.arguments, place])


def _apposition_after(
    view: SentenceView, person: Mention, last: int, words: OccupationWords
) -> list[Claim]:
    """ "Искусствовед X, профессор университета, считает": a name with a post before it
    may have a second post after it, in apposition, when no other person is named in it
    ("министр X, его заместитель Y": the post is Y's)."""
    post = held_post(view, post_right_of(view, last, words), words)
    if post is None or view.tokens[post].feats.get("Number") == "Plur":
        return []  # "X, представители Y": a plural opens another group, not X's post
    stop = next_of(view, post + 1, CLAUSE_ENDS)
    if any(names_person(view, i) for i in range(post, stop)) or ranked_person_after(
        view, stop, words
    ):
        return []  # "X, начальник штаба, полковник Y": the post is Y's
    return [occupation_claim(view, person, post, stop, words)]


def _post_after_now(
    view: SentenceView, person: Mention, stop: int, words: OccupationWords
) -> list[Claim]:
    """ "X, бывший глава района, ныне заместитель губернатора": after the first apposition,
    a comma and a word for "now" open the post held today."""
    post = stop + 2
    if (
        post >= len(view.tokens)
        or view.tokens[stop].text != ","
        or view.tokens[stop + 1].lemma not in words.now_words
        or not is_position(view.tokens[post].lemma, words.posts)
        or view.mention_at(post) is not None
        or held_post(view, post, words) is None
    ):
        return []
    end = next_of(view, post + 1, SENTENCE_PART_ENDS)
    return [occupation_claim(view, person, post, end, words)]


def _not_told(told: list[Claim], found: list[Claim]) -> list[Claim]:
    """The claims found that give a person a post no claim told already gives them."""
    said = {(c.values("who")[0], " ".join(c.values("position"))) for c in told if c.values("who")}
    return [
        claim
        for claim in found
        if (claim.values("who")[0], " ".join(claim.values("position"))) not in said
    ]
