"""Adjectives made from place names: the knowledge lives in `concord.knowledge.places`
(entity matching needs it too); kept here for the stages that import it from nlp."""

from __future__ import annotations

from concord.knowledge.places import is_place_word, place_of_adjective

__all__ = ["is_place_word", "place_of_adjective"]
