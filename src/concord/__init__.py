"""Concord: news reports in, a source-linked record of claims out.

The Python API (README, "Python API"):

    analysed = concord.analyse(text)        # one text through the pipeline, nothing stored
    analysed.to_json()                      # sentences, tokens, entities, dates, claims
    store = concord.open_store(url)         # a store: facts(), conflicts(), ingest(paths) ...

`import concord` stays cheap: the two functions import what they need when first called,
so a program that only imports the package (or only opens a store) never loads the
language models, SQLAlchemy's dialects or the readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concord.analysis import AnalysedDocument
    from concord.api import Store

__version__ = "0.1.0"

__all__ = ["__version__", "analyse", "open_store"]


def analyse(
    text: str, language: str | None = None, published: str | None = None, title: str = ""
) -> AnalysedDocument:
    """`text` through the whole pipeline (sentences, names, dates, claims); nothing stored.

    `language` is an ISO code ("ru"); by default detected from the text. `published` is
    the ISO date relative dates ("вчера", "в пятницу") resolve against. The models load on
    the first call (a few seconds) and are shared by later calls in this process.
    """
    # Lazy: these modules bring in the NLP stack, which `import concord` must not load.
    from concord.document import Document
    from concord.pipeline import analyse_shared
    from concord.read.common import declared_language

    document = Document(
        text=text, title=title, published=published, language=declared_language(language)
    )
    return analyse_shared(document)


def open_store(url: str | None = None) -> Store:
    """The store at a SQLAlchemy URL (default: $CONCORD_DB, else sqlite:///concord.db),
    created if empty; its methods are the queries the command line prints, and ingest."""
    # Lazy: SQLAlchemy and the store's modules load only for programs that use a store.
    from concord.api import Store

    return Store(url)
