"""Synthetic news corpora of any size from the FactRuEval devset, for the speed benchmarks.

Each document is a run of consecutive sentences from one devset text (so sentences keep
their context), published on a random day, with every person renamed consistently within
the document to a name drawn from a pool that grows with the corpus: resolution meets
new people all the time and old ones again, as in a real stream. Replacement names are
declined to the case of the name they replace, so the parser sees ordinary Russian.

Run: .venv/bin/python bench/corpus.py N OUT.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from razdel import sentenize

from concord.knowledge.morphology import parses

DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "factrueval2016" / "devset"

FIRST_NAMES = ["Алексей", "Андрей", "Борис", "Вадим", "Виктор", "Глеб", "Денис", "Егор", "Игорь", "Кирилл", "Леонид", "Максим", "Никита", "Олег", "Павел", "Роман", "Сергей", "Тимур", "Фёдор", "Юрий", "Анна", "Вера", "Дарья", "Елена", "Ирина", "Ксения", "Лидия", "Марина", "Наталья", "Ольга", "Полина", "Светлана", "Татьяна"]
SURNAME_STEMS = ["Бел", "Вол", "Гор", "Дуб", "Жук", "Зай", "Кор", "Лес", "Мор", "Нос", "Орл", "Пес", "Рыб", "Сом", "Тур", "Уш", "Хол", "Чиж", "Шум", "Щук", "Яр", "Бор", "Вет", "Гал", "Дор", "Ел", "Жар", "Кам", "Лип", "Мед"]
SURNAME_MIDDLES = ("", "ин", "ен", "ян", "ал", "ец", "уш", "ар")
MALE_ENDINGS = ("ов", "ев", "ин", "ский")


@dataclass
class Source:
    sentences: list[str]
    people: list[set[str]]  # the person names written in each sentence


def _person_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    return [
        [(span.start, span.stop) for span in tagger(text).spans if span.type == "PER"]
        for text in texts
    ]


def load_sources(devset: Path = DEVSET) -> list[Source]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(devset.glob("book_*.txt"))]
    sources = []
    for text, spans in zip(texts, _person_spans(texts), strict=True):
        sentences, people = [], []
        for sentence in sentenize(text):
            sentences.append(sentence.text)
            people.append(
                {text[a:b] for a, b in spans if sentence.start <= a and b <= sentence.stop}
            )
        sources.append(Source(sentences, people))
    return sources


def _case_and_gender(word: str) -> tuple[str, str]:
    for parse in parses(word.lower()):
        if {"Surn", "Name"} & parse.tag.grammemes or parse.tag.POS == "NOUN":
            gender = "femn" if parse.tag.gender == "femn" else "masc"
            return parse.tag.case or "nomn", gender
    return "nomn", "masc"


def _decline(word: str, case: str) -> str:
    for parse in parses(word.lower()):
        if {"Surn", "Name"} & parse.tag.grammemes and parse.tag.case == "nomn":
            inflected = parse.inflect({case})
            if inflected is not None:
                return inflected.word.capitalize()
    return word


class NamePool:
    """People of a corpus: about one new person per two documents, the rest recurring."""

    def __init__(self, randomness: random.Random) -> None:
        self.random = randomness
        self.people: list[tuple[str, str, str]] = []  # first name, surname, gender

    def _new_person(self) -> tuple[str, str, str]:
        first = self.random.choice(FIRST_NAMES)
        female = first.endswith("а") or first.endswith("я")
        stem = self.random.choice(SURNAME_STEMS) + self.random.choice(SURNAME_MIDDLES)
        ending = self.random.choice(MALE_ENDINGS)
        surname = stem.lower().capitalize() + ending
        if female:
            surname = surname[:-2] + "ская" if ending == "ский" else surname + "а"
        return first, surname, "femn" if female else "masc"

    def person(self, gender: str) -> tuple[str, str, str]:
        """Someone of this gender (the text around the name agrees with it)."""
        known = [person for person in self.people if person[2] == gender]
        if not known or self.random.random() < 0.5:
            person = self._new_person()
            while person[2] != gender:
                person = self._new_person()
            self.people.append(person)
            return person
        return self.random.choice(known)


def _rename(name: str, person: tuple[str, str, str]) -> str:
    words = name.split()
    case, _ = _case_and_gender(words[-1])
    first, surname, _ = person
    if len(words) == 1:
        return _decline(surname, case)
    return f"{_decline(first, case)} {_decline(surname, case)}"


def synthetic_documents(count: int, seed: int = 2016) -> Iterator[dict[str, str]]:
    """`count` JSON Lines records ({"title", "text", "published", "source", "url"})."""
    randomness = random.Random(seed)
    sources = [s for s in load_sources() if len(s.sentences) >= 4]
    pool = NamePool(randomness)
    start_day = date(2024, 1, 1)
    for number in range(count):
        source = randomness.choice(sources)
        length = randomness.randint(4, min(9, len(source.sentences)))
        first = randomness.randint(0, len(source.sentences) - length)
        renames: dict[str, tuple[str, str, str]] = {}
        sentences = []
        for sentence, people in zip(
            source.sentences[first : first + length],
            source.people[first : first + length],
            strict=True,
        ):
            # Longest first, ties by name: a set's order changes with the hash seed.
            for name in sorted(people, key=lambda name: (-len(name), name)):
                surname = name.split()[-1]
                stem = surname[: max(3, len(surname) - 2)].lower()  # "Бут" and "Бута"
                if stem not in renames:
                    renames[stem] = pool.person(_case_and_gender(name.split()[0])[1])
                sentence = sentence.replace(name, _rename(name, renames[stem]))
            sentences.append(sentence)
        published = start_day + timedelta(days=randomness.randint(0, 730))
        yield {
            "title": sentences[0][:120],
            "text": "\n\n".join(sentences[1:]),
            "published": published.isoformat(),
            "source": f"outlet-{number % 40}",
            "url": f"https://outlet-{number % 40}.example/news/{number}",
        }


def write_corpus(count: int, path: Path, seed: int = 2016) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in synthetic_documents(count, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    write_corpus(int(sys.argv[1]), Path(sys.argv[2]))
