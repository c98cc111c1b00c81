"""Search by dictionary form: SQLite's FTS5 table holds a lemmatised copy of each document,
and a query is lemmatised the same way, so "Кошербаев" finds "Кошербаевым". Snippets are
cut from the original text, escaped, with the words that matched in <mark>.

A word is indexed under every dictionary form pymorphy offers for it (at most
LEMMAS_PER_WORD), and a query word matches any of its own: "стали" may be a form of
"стать" or of "сталь", and guessing one would lose the other on either side."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import lru_cache

# Letters and digits, as FTS5's unicode61 tokenizer splits them (an underscore separates).
WORD = re.compile(r"[^\W_]+")

LEMMAS_PER_WORD = 3

# Around the first hit: this many characters before and after, widened to whole words.
SNIPPET_BEFORE = 80
SNIPPET_AFTER = 160
WORD_REACH = 30


# Written by the writer for each new document, and by migration 0008 for the stored ones.
INDEX_INSERT = "INSERT INTO documents_fts (id, title, text) VALUES (:id, :title, :text)"


@lru_cache(maxsize=200_000)
def lemmas_of(word: str) -> tuple[str, ...]:
    """The word's distinct dictionary forms, most probable first; the word itself, lower
    case, when pymorphy has none."""
    from concord.knowledge.morphology import parses  # pymorphy loads only when searching

    lowered = word.lower()
    forms: list[str] = []
    for parse in parses(lowered):
        if parse.normal_form not in forms:
            forms.append(parse.normal_form)
        if len(forms) == LEMMAS_PER_WORD:
            break
    return tuple(forms) or (lowered,)


def lemmatised(text: str) -> str:
    """What the full-text table indexes for `text`: every word's dictionary forms."""
    return " ".join(" ".join(lemmas_of(m.group())) for m in WORD.finditer(text))


def indexed_row(document_id: str, title: str, text: str) -> dict[str, str]:
    """The parameters of INDEX_INSERT for one document."""
    return {"id": document_id, "title": lemmatised(title or ""), "text": lemmatised(text or "")}


def query_lemmas(query: str) -> list[tuple[str, ...]]:
    """Each query word's dictionary forms, in the query's order."""
    return [lemmas_of(m.group()) for m in WORD.finditer(query)]


def most_probable_forms(query: str) -> str:
    """The query with each word in its likeliest dictionary form: PostgreSQL's stemmer
    cuts "Кошербаев" and "Кошербаевым" differently, but both queries reach the same stem
    through "кошербаев"."""
    return " ".join(forms[0] for forms in query_lemmas(query))


def match_expression(query: str) -> str | None:
    """An FTS5 query: every word, in any of its dictionary forms. None for a query with no
    words. Lemmas are letters and digits only, so quoting them cannot break the syntax."""
    words = query_lemmas(query)
    if not words:
        return None
    return " AND ".join("(" + " OR ".join(f'"{form}"' for form in forms) + ")" for forms in words)


def _words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    return WORD.finditer(text, start, len(text) if end is None else end)


def snippet(text: str, query: str, length: int = SNIPPET_BEFORE + SNIPPET_AFTER) -> str:
    """HTML: the original text around the first word sharing a dictionary form with a
    query word, escaped, every such word in the window in <mark>; without a hit (the title
    matched), the text's beginning."""
    wanted = {form for forms in query_lemmas(query) for form in forms}
    first = next((m for m in _words(text) if wanted & set(lemmas_of(m.group()))), None)
    if first is None:
        start, end = 0, min(len(text), length)
    else:
        start = max(0, first.start() - SNIPPET_BEFORE)
        end = min(len(text), first.end() + SNIPPET_AFTER)
    start = _word_boundary(text, start, backwards=True)
    end = _word_boundary(text, end, backwards=False)
    pieces = ["…"] if start > 0 else []
    position = start
    for match in _words(text, start, end):
        if first is not None and wanted & set(lemmas_of(match.group())):
            pieces.append(html.escape(text[position : match.start()]))
            pieces.append(f"<mark>{html.escape(match.group())}</mark>")
            position = match.end()
    pieces.append(html.escape(text[position:end]))
    if end < len(text):
        pieces.append("…")
    return "".join(pieces).strip()


def _word_boundary(text: str, position: int, backwards: bool) -> int:
    """`position` moved off the middle of a word: back to its start, or on to its end,
    at most WORD_REACH characters (a text without spaces still gives a short snippet)."""
    limit = max(0, position - WORD_REACH) if backwards else min(len(text), position + WORD_REACH)
    if backwards:
        while position > limit and not text[position - 1].isspace():
            position -= 1
        return position
    while position < limit and not text[position].isspace():
        position += 1
    return position
