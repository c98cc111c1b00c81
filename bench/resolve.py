"""How consolidation cost grows with the corpus: 1k, 10k, 100k synthetic documents.

Run: .venv/bin/python bench/resolve.py [SIZES...]
Each synthetic document reports a few events (meetings, agreements, initiatives,
posts) drawn from a pool that grows with the corpus, so facts get several supporting
claims and the blocking index has real work. Prints seconds per size and the fitted
growth exponent (1.0 = linear). Baseline: the same claims compared against every
fact of their type (no blocking) on the smallest size, extrapolated.
"""

from __future__ import annotations

import random
import sys
import time

from measure import growth_exponent

from concord.claimtypes import CLAIM_TYPES
from concord.fact import ClaimRecord, Fact, Value
from concord.resolve.consolidation import MemoryFacts, consolidate, same_thing

BATCH = 32 * 4  # claims consolidated per call, as `concord ingest` files a batch of documents

GIVEN = ["Иван", "Анна", "Ерлан", "Мария", "Салли", "Крис", "Олег", "Дана", "Рустам", "Лейла"]
SURNAMES = ["Петров", "Смирнова", "Абдрахманов", "Купер", "Брайант", "Ганзориг", "Ким", "Сато",
            "Мюллер", "Дюпон", "Росси", "Новак", "Ахмедов", "Ли", "Чен", "Гарсия"]  # fmt: skip
PLACES = ["Лондон", "Астана", "Алматы", "Ташкент", "Баку", "Париж", "Берлин", "Пекин"]
KINDS = ["меморандум", "соглашение", "дорожная карта", "протокол"]


def synthetic_claims(documents: int, seed: int = 7) -> list[ClaimRecord]:
    rng = random.Random(seed)
    people = max(50, documents // 4)
    events = max(20, documents // 3)
    claims: list[ClaimRecord] = []
    for document in range(documents):
        published = f"20{20 + document * 6 // max(documents, 1):02d}-{1 + document % 12:02d}-{1 + document % 27:02d}"
        for _ in range(4):
            event = rng.randrange(events)
            a, b = event % people, (event * 7 + 3) % people
            place = PLACES[event % len(PLACES)]
            kind = rng.choice(["meeting", "agreement", "initiative", "occupation"])
            args: dict[str, list[Value]]
            if kind == "meeting":
                args = {
                    "participants": [
                        Value(f"{GIVEN[a % 10]} {SURNAMES[a % 16]}{a}", a, "PER"),
                        Value(f"{GIVEN[b % 10]} {SURNAMES[b % 16]}{b}", b, "PER"),
                    ],
                    "place": [Value(place, 10**6 + event % len(PLACES), "LOC")],
                    "date": [Value(f"{2020 + event % 6}-{1 + event % 12:02d}")],
                }
            elif kind == "agreement":
                args = {
                    "kind": [Value(KINDS[event % 4])],
                    "parties": [Value(f"org{event}", 2 * 10**6 + event, "ORG")],
                    "valid_until": [Value(str(2027 + rng.randrange(2)))],
                }
            elif kind == "initiative":
                args = {
                    "kind": [Value(rng.choice(["кампус", "центр", "школа"]))],
                    "organisations": [Value(f"org{event}", 2 * 10**6 + event, "ORG")],
                    "location": [Value(place, 10**6 + event % len(PLACES), "LOC")],
                }
            else:
                args = {
                    "who": [Value(f"{SURNAMES[a % 16]}{a}", a, "PER")],
                    "position": [Value(rng.choice(["министр", "посол", "глава"]))],
                }
            claims.append(ClaimRecord(len(claims) + 1, kind, f"d{document}", published, args))
    return claims


def time_blocked(claims: list[ClaimRecord]) -> tuple[float, int]:
    """The engine `concord ingest` runs, over the in-memory repository."""
    repository = MemoryFacts()
    started = time.perf_counter()
    for start in range(0, len(claims), BATCH):
        consolidate(repository, claims[start : start + BATCH], CLAIM_TYPES)
    return time.perf_counter() - started, len(repository.facts)


def time_all_pairs(claims: list[ClaimRecord]) -> float:
    """The naive baseline: every claim compared with every fact of its type."""
    facts: list[Fact] = []
    started = time.perf_counter()
    for claim in claims:
        fact = next((f for f in facts if same_thing(f, claim, CLAIM_TYPES)), None)
        if fact is None:
            facts.append(Fact(len(facts) + 1, claim.type, [claim]))
        else:
            fact.claims.append(claim)
    return time.perf_counter() - started


def main() -> None:
    sizes = [int(size) for size in sys.argv[1:]] or [1_000, 10_000, 100_000]
    timings = []
    for size in sizes:
        claims = synthetic_claims(size)
        seconds, facts = time_blocked(claims)
        timings.append((size, seconds))
        print(
            f"{size:>7} documents {len(claims):>7} claims → {facts:>6} facts in {seconds:7.2f} s "
            f"({len(claims) / seconds:,.0f} claims/s)"
        )
    if len(timings) > 1:
        print(f"growth exponent (log time / log size): {growth_exponent(timings):.2f}")
    smallest = sizes[0]
    baseline = time_all_pairs(synthetic_claims(smallest))
    print(f"baseline, all pairs without blocking, {smallest} documents: {baseline:.2f} s")


if __name__ == "__main__":
    main()
