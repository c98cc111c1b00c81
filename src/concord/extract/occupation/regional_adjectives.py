"""Where a region's or a city's post is held, told by an adjective made from a city's name.

"ярославский губернатор X", "Свердловский губернатор", "новосибирский мэр": Russian news
often names a governor or a mayor by the adjective of the region's capital or of the city
instead of "губернатор Ярославской области". Before a region's post the adjective stands
for the region ("Ярославская область"; "Пермский край" for the krais), before a city's
post for the city ("Новосибирск"). The adjective counts only when the dictionary knows the
city it is made from, so "бывший", "городской" or "сельский" are no places; a state's
adjective ("российский президент") is left to the post's own reading.
"""

from __future__ import annotations

from concord.extract.occupation.words import OccupationWords
from concord.extract.sentence_view import SentenceView
from concord.knowledge.gazetteer import is_state
from concord.knowledge.morphology import analyser, parses
from concord.knowledge.places import place_of_adjective


def place_by_adjective(
    view: SentenceView, post: int, words: OccupationWords
) -> tuple[int, str] | None:
    """(the adjective's index, the place) when the word right before a region's or a city's
    post word is a city's relative adjective; else None."""
    lemma = view.tokens[post].lemma.lower()
    regional = lemma in words.regional_posts
    if not (regional or lemma in words.city_posts) or post == 0:
        return None
    adjective = post - 1
    token = view.tokens[adjective]
    if token.pos != "ADJ":
        return None
    city = city_of_adjective(token.lemma.lower(), words)
    if city is None:
        return None
    if not regional or city in words.federal_cities:
        return adjective, city
    return adjective, _region_of(token.lemma.lower(), words)


def city_of_adjective(lemma: str, words: OccupationWords) -> str | None:
    """The city a relative adjective is made from ("ярославский" → "Ярославль"), when the
    dictionary knows it as a place and it is no state."""
    if lemma in words.broad_place_adjectives:
        return None
    irregular = dict(words.irregular_place_adjectives)
    if lemma in irregular:
        return irregular[lemma]
    state = place_of_adjective(lemma)
    if state is not None and is_state(state.capitalize()):
        return None  # "российский", "американский": a state's, read elsewhere
    for suffix in words.place_adjective_suffixes:
        stem = lemma[: -len(suffix)]
        if not lemma.endswith(suffix) or len(stem) < 2:
            continue
        stems = [stem] + [
            stem[: -len(was)] + becomes for was, becomes in words.place_stem_alternations
            if stem.endswith(was)
        ]  # "калуж-ский" → "калуг-а"
        for word in (base + ending for base in stems for ending in words.place_name_endings):
            if analyser().word_is_known(word) and any(
                "Geox" in parse.tag and parse.tag.case == "nomn" and "Name" not in parse.tag
                for parse in parses(word)
            ):
                return word.capitalize() if not is_state(word.capitalize()) else None
    return None


def _region_of(lemma: str, words: OccupationWords) -> str:
    """The region a city's adjective names before a region's post: "Ярославская область",
    "Пермский край"."""
    if lemma in words.krai_adjectives:
        return f"{lemma.capitalize()} {words.krai_noun}"
    parse = analyser().parse(lemma)[0]
    feminine = parse.inflect({"femn", "nomn"})
    name = feminine.word if feminine is not None else lemma
    return f"{name.capitalize()} {words.region_kind_noun}"
