"""occupation48: posts shared out over a list whose verb is said once (gapping).

"Министром финансов назначен X, министром экономики — Y", "Первым заместителем стал X,
заместителем — Z": after a clause of appointing, each further pair of a post in the
instrumental and a name in the nominative, joined by a dash, is the same verb said again
for that post and that person. The parse hangs such a pair anywhere (the post as an
apposition of the first name, the name as the post's subject), so it is read by word order:
the post opens its stretch of the list (after a comma, "а" or "и") and the name follows the
dash right after it.
"""

from __future__ import annotations

from concord.claim import Claim, Mention
from concord.extract.occupation.filters import held_post
from concord.extract.occupation.post_claim import occupation_claim
from concord.extract.occupation.reading import mention_root, names_person
from concord.extract.occupation.verbs import verb_modality
from concord.extract.occupation.words import OccupationWords
from concord.extract.positions import is_position
from concord.extract.sentence_view import SentenceView

_DASHES = frozenset({"—", "–", "-"})
_SEPARATORS = frozenset({",", ";"})


def gapped_posts(view: SentenceView, words: OccupationWords) -> list[Claim]:
    """Each person named after a dash whose stretch of the list opens with a post in the
    instrumental, in a sentence with a verb of taking a post said before the stretch."""
    claims = []
    for person in view.mentions:
        if person.type != "PER":
            continue
        found = _gapped_post(view, person, words)
        if found is None:
            continue
        verb, post, dash = found
        claims.append(
            occupation_claim(view, person, post, dash, words, verb_modality(view, verb, words))
        )
    return claims


def _gapped_post(
    view: SentenceView, person: Mention, words: OccupationWords
) -> tuple[int, int, int] | None:
    """(the verb said once, the post, the dash) for a name in the nominative right after a
    dash whose stretch opens with a post in the instrumental; else None."""
    first = view.token_indices(person.start, person.end)[0]
    dash = first - 1
    if dash < 2 or view.tokens[dash].text not in _DASHES:
        return None
    if view.tokens[mention_root(view, person)].feats.get("Case") != "Nom":
        return None
    start = dash - 1
    while start > 0 and view.tokens[start - 1].text not in _SEPARATORS:
        start -= 1
    if start == 0:
        return None  # no stretch before: the list opens the sentence, not a gapped pair
    if view.tokens[start].lemma.lower() in words.gapped_list_openers:
        start += 1
    post = start
    while post < dash and view.tokens[post].lemma.lower() in _acting_words(words):
        post += 1  # "врио главы Республики Марий Эл – Юрий Зайцев": the acting title's post
    token = view.tokens[post]
    if (
        post >= dash
        or not is_position(token.lemma, words.posts)
        or token.feats.get("Case") != ("Ins" if post == start else "Gen")
        or view.mention_at(post) is not None
        or any(names_person(view, i) for i in range(post, dash))
        or held_post(view, post, words) is None
    ):
        return None
    verb = next(
        (
            i for i in range(start - 1, -1, -1)
            if view.tokens[i].pos == "VERB" and view.tokens[i].lemma in words.role_verbs
        ),
        None,
    )  # fmt: skip
    if verb is None:
        return None
    return verb, post, dash


def _acting_words(words: OccupationWords) -> frozenset[str]:
    """The words an acting title opens with ("врио", "исполняющим обязанности")."""
    return words.posts.acting_words | {word for phrase in words.posts.acting_phrases for word in phrase}
