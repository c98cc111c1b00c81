"""The post a counterpart holds: "Prime Minister X held talks with his Japanese
counterpart Y" says that Y is the prime minister, of Japan. The counterpart word stands
right before Y's name (a comma between or not); the post is the one read for the
person named last before the word in the same sentence, the state the people's adjective
before the word. A person whose own post the sentence gave keeps it."""

from __future__ import annotations

from concord.claim import Argument, Claim, Mention
from concord.extract.occupation.words import OccupationWords
from concord.extract.sentence_view import SentenceView


def counterpart_posts(
    view: SentenceView, claims: list[Claim], words: OccupationWords
) -> list[Claim]:
    """Occupation claims of the people named as someone's counterpart."""
    if not words.counterpart_nouns:
        return []
    found: list[Claim] = []
    for index, token in enumerate(view.tokens):
        if token.lemma.lower() not in words.counterpart_nouns:
            continue
        person = _named_after(view, index)
        if person is None or any(_holder_start(claim) == person.start for claim in claims):
            continue
        holder = _post_read_before(claims, token.start)
        if holder is None:
            continue
        arguments = [view.entity_argument("who", person), _position(holder)]
        state = _state_before(view, index, words)
        if state is not None:
            arguments.append(state)
        found.append(view.claim("occupation", arguments, holder.modality))
    return found


def _named_after(view: SentenceView, index: int) -> Mention | None:
    """The person named right after the counterpart word ("counterpart, Takeshi Iwaya")."""
    following = index + 1
    if following < len(view.tokens) and view.tokens[following].text == ",":
        following += 1
    people = view.mentions_in([following], {"PER"}) if following < len(view.tokens) else []
    return people[0] if people and people[0].start == view.tokens[following].start else None


def _holder_start(claim: Claim) -> int | None:
    who = next((a for a in claim.arguments if a.role == "who"), None)
    return who.span.start if who is not None and who.span is not None else None


def _post_read_before(claims: list[Claim], before: int) -> Claim | None:
    """The claim of the person named last before `before` (the counterpart's other side)."""
    earlier = [
        claim
        for claim in claims
        if (start := _holder_start(claim)) is not None
        and start < before
        and any(a.role == "position" for a in claim.arguments)
    ]
    return max(earlier, key=lambda claim: _holder_start(claim) or 0) if earlier else None


def _position(claim: Claim) -> Argument:
    return next(a for a in claim.arguments if a.role == "position")


def _state_before(view: SentenceView, index: int, words: OccupationWords) -> Argument | None:
    """The state of the people's adjective before the word ("his South Korean counterpart")."""
    for size in (2, 1):
        first = index - size
        if first < 0:
            continue
        adjective = " ".join(t.text for t in view.tokens[first:index])
        state = words.posts.place_of_adjective(adjective.lower())
        if state:
            return Argument("where", state, view.span_of(list(range(first, index))))
    return None
