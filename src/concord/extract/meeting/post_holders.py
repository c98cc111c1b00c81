"""A side named by a post alone stands for the one person the report named with that post.

"Secretary-General Ban Ki-moon … The Secretary-General met with Y", "Visiting Sri Lankan
Prime Minister Ranil Wickremesinghe … the Sri Lankan PM also met Y": English names a side
by its post's words written before the name (compounds and adjectives), and later by
those words alone. The side is the person whose introduction holds every word of the
bare post (an abbreviation read as its words); when two people of the report hold it,
the post names nobody. Russian introduces posts by genitives (`introduced.py`), so its
lexicon leaves `post_modifier_relations` empty and these readings stay silent.
"""

from __future__ import annotations

from concord.analysis import AnalysedDocument, Token
from concord.claim import Mention
from concord.extract.meeting.introduced import (
    bare_post_holder,
    counterpart_of_country,
    holder_by_concept,
    introduction_lemmas,
    posts_introduced,
)
from concord.extract.meeting.reading import CLAUSES
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView, sentence_holding

_BARE_POST_RELATIONS = frozenset({"det", "punct", "case"})  # besides the post's modifiers


def posts_or_holder(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """The people a nameless side's post stands for: those introduced with its holder
    ("глава госкорпорации"), else the one person named with the same post words."""
    found = posts_introduced(view, index, words)
    if found:
        return found
    holder = holder_by_post(view, index, words) or holder_by_concept(view, index, words)
    return [holder] if holder is not None else []


def holder_of_bare_post(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """A companion or a meeting's genitive named by a post alone ("встретился с
    министром", "встреча президента с Y"): the people `posts_or_holder` finds, else the
    person introduced with that post or an equivalent one."""
    found = posts_or_holder(view, index, words)
    if found:
        return found
    holder = bare_post_holder(view, index, words) or counterpart_of_country(view, index, words)
    return [holder] if holder is not None else []


def noun_companion_holders(view: SentenceView, noun: int, words: MeetingWords) -> list[Mention]:
    """ "провёл переговоры с норвежским премьером": a companion hung on the meeting noun a
    light verb holds, named by a post or a counterpart word alone, as its holder (the
    verb's own companions are read by `holder_of_bare_post` already) (meeting32)."""
    found: list[Mention] = []
    for child in view.children(noun):
        if view.tokens[child].relation != "nmod" or (
            view.preposition(child) not in words.companion_prepositions
        ):
            continue
        if view.mentions_in(view.subtree(child, CLAUSES)):
            continue
        found.extend(holder_of_bare_post(view, child, words))
    return found


def conjunct_holders(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """ "between the UN chief and the Secretary General of NATO, Anders Fogh Rasmussen":
    each conjunct of a side that is a bare post with no name of its own, as its holder."""
    found: list[Mention] = []
    conjuncts = [c for c in view.children(index) if view.tokens[c].relation == "conj"]
    for conjunct in [index, *conjuncts]:
        own = [conjunct, *(i for c in own_children(view, conjunct) for i in view.subtree(c))]
        if any(m.type == "PER" for m in view.mentions_in(own)):
            continue
        holder = holder_by_post(view, conjunct, words)
        if holder is not None:
            found.append(holder)
    return found


def possessing_holder(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """ "In the UN chief's meeting with Y": a possessive bare post on a meeting noun."""
    for child in view.children(index):
        if view.tokens[child].relation == "nmod:poss":
            holder = holder_by_post(view, child, words)
            return [holder] if holder is not None else []
    return []


def named_possessor(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """ "X's talks with Y", "Putin's meeting with his counterpart, Z": the person a meeting
    noun's possessor names is the side the companion met (a pronoun names nobody here)."""
    return [
        m
        for child in view.children(index)
        if view.tokens[child].relation in words.named_possessor_relations
        for m in view.mentions_in(view.subtree(child, CLAUSES), {"PER"})
    ]


def own_children(view: SentenceView, index: int) -> list[int]:
    """A side's dependents other than the conjuncts joined to it and what belongs to them:
    the parser hangs the name after a list on its first word ("the UN chief and the
    Secretary General of NATO, Anders Fogh Rasmussen"), but it names the last."""
    children = view.children(index)
    joined = [c for c in children if view.tokens[c].relation == "conj"]
    first_joined = min(joined, default=len(view.tokens))
    return [
        c
        for c in children
        if view.tokens[c].relation not in {"conj", "cc"}
        and not (view.tokens[c].relation == "appos" and c > first_joined)
    ]


def holder_by_post(view: SentenceView, index: int, words: MeetingWords) -> Mention | None:
    """The one person named before `index` in this report whose post holds every word of
    the bare post at `index` ("the Secretary-General", "the Sri Lankan PM"): looked for
    among posts written on the names, and only when none holds it among the words written
    before the names; two holders at one step name nobody."""
    if not words.post_modifier_relations:
        return None
    post = bare_post_words(view, index, words)
    if not post:
        return None
    offset = view.tokens[index].start
    head = view.tokens[index].head
    named_on = view.mention_at(head) if 0 <= head < len(view.tokens) else None
    earlier = [  # not the name the post hangs on: its apposition is this very post
        m
        for m in view.document.mentions
        if m.type == "PER" and m.start < offset and m.entity >= 0 and m != named_on
    ]
    for loose in (False, True):  # the post written on the name first, then the words before
        holders: dict[int, Mention] = {}
        for mention in earlier:
            if _holds(post, introduction_words(view.document, mention, words, loose), words):
                holders[mention.entity] = mention
        if holders:
            return next(iter(holders.values())) if len(holders) == 1 else None
    return None


def _holds(post: frozenset[str], introduction: frozenset[str], words: MeetingWords) -> bool:
    """Every word of the bare post is in the introduction; a generic head ("the UN chief")
    stands for whatever post the introduction names."""
    if introduction & words.person_nouns:
        post -= words.generic_post_heads
    return bool(post) and post <= introduction


def bare_post_words(view: SentenceView, index: int, words: MeetingWords) -> frozenset[str]:
    """The words of a post written without a name ("the Sri Lankan PM": sri, lankan,
    prime, minister), or none when the word is no post, lies in a name, or has a
    dependent that tells another holder apart ("the President of Niger")."""
    token = view.tokens[index]
    if token.pos not in {"NOUN", "PROPN"} or names_person(view, index):
        return frozenset()
    modifiers: list[int] = []
    for child in own_children(view, index):
        relation = view.tokens[child].relation
        if relation in words.post_modifier_relations:
            if names_person(view, child):
                return frozenset()  # "Prime Minister Modi": a side with its own name
            modifiers.extend(_modifier_chain(view.tokens, child, words))
        elif relation not in _BARE_POST_RELATIONS:
            return frozenset()
    found = _spelled_out([view.tokens[i].lemma for i in [index, *modifiers]], words)
    found -= words.unspecific_post_words
    if not found & words.person_nouns:
        return frozenset()
    return found


def names_person(view: SentenceView, index: int) -> bool:
    """Whether the token lies in a person's name."""
    mention = view.mention_at(index)
    return mention is not None and mention.type == "PER"


def introduction_words(
    document: AnalysedDocument, mention: Mention, words: MeetingWords, loose: bool = False
) -> frozenset[str]:
    """The words a person's name is written with as a post: the modifiers before the name
    ("Niger's Foreign Minister Mohamed Bazoum"), the post the name is in apposition to
    ("the Foreign Minister of France, Laurent Fabius"), a post in apposition after it
    ("António Guterres, Secretary-General"); `loose`, also the words before the name back
    to a verb or another person, however the parser hung them ("President of the
    Republic, General Michel Aoun")."""
    sentence = sentence_holding(document, mention.start)
    if sentence is None:
        return frozenset()
    tokens = sentence.tokens
    inside = set(sentence.token_indices(mention.start, mention.end))
    if not inside:
        return frozenset()
    posts: list[int] = []
    for position in sorted(inside):
        for child, token in enumerate(tokens):
            if token.head != position or child in inside:
                continue
            if token.relation in words.post_modifier_relations and token.start < mention.start:
                posts.extend(_modifier_chain(tokens, child, words))
            elif token.relation == "appos":
                posts.extend(_post_phrase(tokens, child, words))
        head = tokens[position].head
        if tokens[position].relation == "appos" and 0 <= head < len(tokens) and head not in inside:
            joined = [  # "the UN chief and the Secretary General of NATO, X": the last post
                i for i, t in enumerate(tokens) if t.head == head and t.relation == "conj" and i < position
            ]
            posts.extend(_post_phrase(tokens, max(joined, default=head), words))
    written = [tokens[i].lemma for i in sorted(set(posts))]
    before = [lemma for lemma, _ in introduction_lemmas(document, mention)] if loose else []
    return _spelled_out(written + before, words) | _initialisms(written)


def _post_phrase(tokens: list[Token], head: int, words: MeetingWords) -> list[int]:
    """A post's head word and the modifiers written before it."""
    found = [head]
    for child, token in enumerate(tokens):
        if token.head == head and token.relation in words.post_modifier_relations:
            found.extend(_modifier_chain(tokens, child, words))
    return found


def _modifier_chain(tokens: list[Token], start: int, words: MeetingWords) -> list[int]:
    """A modifier with its own modifiers ("Sri" on "Lankan"), each word once."""
    found: list[int] = []
    queue, seen = [start], set()
    while queue:
        current = queue.pop()
        if current in seen:
            continue
        seen.add(current)
        found.append(current)
        queue.extend(
            child
            for child, token in enumerate(tokens)
            if token.head == current and token.relation in words.post_modifier_relations
        )
    return found


def _initialisms(written: list[str]) -> frozenset[str]:
    """ "un" of "United Nations", "eu" of "European Union": the initials of two to four
    capitalised words written in a row, as a body is abbreviated before a post."""
    found: set[str] = set()
    for first in range(len(written)):
        for size in (2, 3, 4):
            run = written[first : first + size]
            if len(run) == size and all(word[:1].isupper() and word.isalpha() for word in run):
                found.add("".join(word[0] for word in run).lower())
    return frozenset(found)


def _spelled_out(written: list[str], words: MeetingWords) -> frozenset[str]:
    """Lower-case words, hyphenated ones split, abbreviations read as their words."""
    found: set[str] = set()
    for text in written:
        for part in text.lower().replace("–", "-").split("-"):
            part = part.strip(".")
            if part:
                found.update(words.post_abbreviations.get(part, (part,)))
    return frozenset(found)


def name_after_post(view: SentenceView, index: int, words: MeetingWords) -> list[Mention]:
    """ "a telephone conversation with his Turkish counterpart Recep Tayyip Erdogan": the
    parser may hang the name that follows a post on the verb; a person named right after
    the last word of a side that ends in a post is that side."""
    last = max(view.subtree(index, CLAUSES))
    if view.tokens[last].lemma.lower() not in words.posts_before_names:
        return name_after_dashed_post(view, index, last, words)
    named = view.mention_at(last + 1) if last + 1 < len(view.tokens) else None
    return [named] if named is not None and named.type == "PER" else []


_DASHES = frozenset({"–", "—", "-"})


def name_after_dashed_post(
    view: SentenceView, index: int, last: int, words: MeetingWords
) -> list[Mention]:
    """ "встреча с Председателем Правления – Генеральным директором X": one person holds
    two posts joined by a dash, and the parser may hang the second post and the name
    elsewhere; when the side ends in a post with no name, the person named right after a
    second post in that post's case is the side."""
    tokens = view.tokens
    if last + 1 >= len(tokens) or tokens[last + 1].text not in _DASHES:
        return []
    posts = [
        i
        for i in view.subtree(index, CLAUSES)
        if tokens[i].lemma in words.referring_nouns
        and max(view.subtree(i, CLAUSES)) == last
        and not view.mentions_in(view.subtree(i, CLAUSES), {"PER"})
    ]
    if not posts:
        return []
    case = tokens[posts[-1]].feats.get("Case")
    position = last + 2
    while (
        position < len(tokens)
        and tokens[position].pos in {"ADJ", "NOUN"}
        and tokens[position].feats.get("Case") == case
    ):
        position += 1
    if position == last + 2 or position >= len(tokens) or tokens[position - 1].pos != "NOUN":
        return []
    named = view.mention_at(position)
    return [named] if named is not None and named.type == "PER" else []
