"""Names of vehicles, works and products are not organisations or places.

"Шаттл «Дискавери»", "корабль «Союз»", "автомобиль «Таврия»", "фильм «Москва»": the
NER model reads such quoted names as organisations or places. A name that the text
once introduces with a product noun names the product wherever it recurs in the
document ("после «Дискавери»"); a common-noun abbreviation ("СМИ", "вуз") names no
one at all.
"""

from __future__ import annotations

from concord.analysis import Sentence
from concord.claim import Mention
from concord.nlp.phrases import normalise_phrase

PRODUCT_NOUNS = {
    "шаттл", "корабль", "звездолёт", "звездолет", "самолёт", "самолет", "лайнер", "судно",
    "теплоход", "пароход", "яхта", "ледокол", "подлодка", "ракета", "спутник", "зонд",
    "марсоход", "луноход", "телескоп", "автомобиль", "фильм", "сериал", "мультфильм",
    "песня", "альбом", "сингл", "роман", "повесть", "спектакль", "опера", "балет", "картина",
}  # fmt: skip
COMMON_ABBREVIATIONS = {"сми", "вуз", "оао", "зао", "ооо", "пао", "нко", "жкх", "аэс", "гэс", "тэц"}
_OPENING_QUOTES = {"«", "“", '"', "„"}
_CLOSING_QUOTES = {"»", "”", '"', "“"}


def without_products(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Mentions other than people, minus product names and common-noun abbreviations."""
    products = product_names(sentences)
    return [
        mention
        for mention in mentions
        if mention.type == "PER"
        or (
            _key(mention.normal) not in products
            and mention.text.lower() not in COMMON_ABBREVIATIONS
        )
    ]


def product_names(sentences: list[Sentence]) -> set[str]:
    """Quoted names right after a product noun: "шаттлы «Индевор»" gives "индевор"."""
    found = set()
    for sentence in sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens[:-2]):
            if token.pos not in {"NOUN", "PROPN"} or token.lemma not in PRODUCT_NOUNS:
                continue
            if tokens[index + 1].text not in _OPENING_QUOTES:
                continue
            first = index + 2
            last = first
            while last < len(tokens) and tokens[last].text not in _CLOSING_QUOTES:
                last += 1
            if last < len(tokens) and last > first:
                found.add(_key(normalise_phrase(tokens[first:last], first)))
    return found


def _key(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").strip("«»“”„\" ").split())
