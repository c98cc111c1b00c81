"""Each language's words, one data module per language; the tree logic that reads them
lives in the extractors and is the same for every language.

A language is added by writing its module here (one words object per extractor, plus
the shared `LANGUAGE`), listing it below and binding its extractors in the claim type
specs (`concord.claimtypes`)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from concord.extract.language import LanguageWords
from concord.extract.lexicons import en, ru

LANGUAGES: Mapping[str, LanguageWords] = MappingProxyType({"ru": ru.LANGUAGE, "en": en.LANGUAGE})
