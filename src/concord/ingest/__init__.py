"""Ingest: inputs read here, analysed in batches in-process, in worker processes or on
Dask, stored by one writer. `ingest_paths` is the whole run; runners say where it works;
`ingest_document` takes one document (the web app's POST, the Python API)."""

from concord.ingest.document import IngestedDocument, ingest_document
from concord.ingest.run import ANALYSIS_NICENESS, BATCH_SIZE, IngestCounts, ingest_paths
from concord.ingest.runners import open_runner
from concord.ingest.shutdown import Interrupted, interruptible

__all__ = [
    "ANALYSIS_NICENESS",
    "BATCH_SIZE",
    "IngestCounts",
    "IngestedDocument",
    "Interrupted",
    "ingest_document",
    "ingest_paths",
    "interruptible",
    "open_runner",
]
