"""Which language a document is in, when its source does not say: py3langid's guess.

py3langid ships its model in the wheel (4.6 MB, 140 languages, Russian, Ukrainian and
Kazakh told apart), loads in a third of a second and classifies a page in under a
millisecond, so detection costs nothing next to the Russian models.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import Any

UNDETERMINED = "und"  # ISO 639-2: the text does not say which language it is in

# Below this probability the guess is a coin toss among neighbours (a one-word headline
# scores 0.1-0.3 for each of Russian, Serbian, Macedonian, Ukrainian); whole articles of
# the FactRuEval devset score 0.998 and more for Russian.
MIN_CONFIDENCE = 0.5
# The model assumes every one of its 140 languages equally likely. Concord's input is
# mostly in the languages it has analysers for, so those are taken as this many times
# likelier: a short Russian sentence that scores 0.38 Russian, 0.30 Uzbek (model noise
# on short input) comes out Russian, while a Ukrainian or Kazakh sentence, which the
# model gives 0.99 and more, stays what it is.
FAVOURED_ODDS = 10.0
# Enough of an article to be sure of its language, and a bound on the work for a long one.
SAMPLE_CHARACTERS = 3_000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """Loaded on first use, once per process (each worker loads its own)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, favoured: Collection[str] = ()) -> str:
    """The text's language code, or UNDETERMINED when it has no letters or is too short
    for a confident guess (a date, a two-word English title). `favoured`: the languages
    expected (those with an analyser), weighed FAVOURED_ODDS to one."""
    sample = text[:SAMPLE_CHARACTERS]
    if not any(character.isalpha() for character in sample):
        return UNDETERMINED
    weights = {
        language: probability * (FAVOURED_ODDS if language in favoured else 1.0)
        for language, probability in _identifier().rank(sample)
    }
    language = max(weights, key=weights.__getitem__)
    confidence = weights[language] / sum(weights.values())
    if confidence < MIN_CONFIDENCE or language == "zxx":  # zxx: "no linguistic content"
        return UNDETERMINED
    return str(language)


def language_of(declared: str, text: str, favoured: Collection[str] = ()) -> str:
    """The stated language when there is one, else the detected one."""
    return declared or detect(text, favoured)
