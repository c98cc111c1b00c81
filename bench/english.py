"""English documents per second: Concord's English analyser (and the whole pipeline with the
extractors) beside plain `nlp.pipe` of the same spaCy model over the same texts, same run.

The texts are short news-style paragraphs made here from written templates (names,
places, figures and dates varied), so the bench needs no corpus.

Run: .venv/bin/python bench/english.py [documents] [rounds]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from concord.document import Document

PEOPLE = ["Maria Lindqvist", "Tomasz Nowicki", "Aigerim Sadykova", "Rustam Karimov", "Helen Ward"]
PLACES = ["Tashkent", "Astana", "Bishkek", "Samarkand", "Almaty"]
COUNTRIES = ["Uzbekistan", "Kazakhstan", "Kyrgyzstan", "Germany", "Poland"]
BODIES = ["the Asian Development Bank", "the European Union", "Nordic Rail", "Steppe Energy"]
TEMPLATES = [
    "Foreign Minister {person} met her counterpart from {country} in {place} on Thursday. "
    "The two sides discussed transport links and signed a memorandum of understanding on "
    "water management, the ministry said in a statement.",
    "{body} will invest ${amount} billion in a new rail corridor between {place} and the "
    "border with {country}, officials said on Monday. Construction is due to start in 2027.",
    "Exports from {country} rose {share} percent last year to {count} billion dollars, "
    "according to figures published by the statistics office in {place} yesterday.",
    "{person}, the head of {body}, told reporters in {place} that more than {count}0 "
    "companies had applied for the programme, and 12 of the 30 projects were approved.",
    "Talks between {country} and {body} on a roadmap for 2025-2030 will resume next month "
    "in {place}, a spokesperson for {person} said.",
]


def texts(count: int) -> list[str]:
    """`count` distinct paragraphs, two templates to a document."""
    made = []
    for index in range(count):
        values = {
            "person": PEOPLE[index % len(PEOPLE)],
            "place": PLACES[(index // 2) % len(PLACES)],
            "country": COUNTRIES[(index // 3) % len(COUNTRIES)],
            "body": BODIES[index % len(BODIES)],
            "amount": f"{1 + index % 9}.{index % 10}",
            "share": str(3 + index % 40),
            "count": str(2 + index % 20),
        }
        first = TEMPLATES[index % len(TEMPLATES)].format(**values)
        second = TEMPLATES[(index + 2) % len(TEMPLATES)].format(**values)
        made.append(f"{first}\n\n{second}")
    return made


def best_rate(run: Callable[[], object], documents: int, rounds: int) -> float:
    """Documents per second of the fastest round."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return documents / best


def main(count: int = 200, rounds: int = 3) -> None:
    from concord.nlp.english import EnglishAnalyser
    from concord.pipeline import Pipeline

    corpus = texts(count)
    analyser = EnglishAnalyser()
    model = analyser.model
    pipeline = Pipeline(analysers={"en": lambda: analyser})
    items = [(Document(text=text, language="en", published="2026-11-29"), ()) for text in corpus]
    documents = [document for document, _ in items]
    list(model.pipe(corpus[:20]))  # warm up
    rates = {
        "spaCy nlp.pipe": best_rate(lambda: list(model.pipe(corpus)), count, rounds),
        "Concord English analyser": best_rate(lambda: analyser.annotate_many(items), count, rounds),
        "Concord pipeline (analyser + extractors)": best_rate(
            lambda: list(pipeline.analyse_many(documents)), count, rounds
        ),
    }
    characters = sum(len(text) for text in corpus)
    print(f"{count} documents, {characters / count:.0f} characters each, best of {rounds}")
    for name, rate in rates.items():
        print(f"{name:<42} {rate:8.1f} documents/s")
    overhead = rates["spaCy nlp.pipe"] / rates["Concord English analyser"]
    print(f"analyser time / nlp.pipe time: {overhead:.2f}")


if __name__ == "__main__":
    arguments = [int(argument) for argument in sys.argv[1:3]]
    main(*arguments)
