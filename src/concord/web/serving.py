"""`concord serve`: one server process by default, or `workers` uvicorn worker processes.

Several processes use both cores for readers (SQLite readers in several processes are
fine: WAL, each process its own connections). The trade-off: each worker holds its own
connection pool, its own cached answers (the front page is computed once per worker and
state of the store), its own analysis process for POSTs (models loaded in each: about
330 MB apiece) and its own throttle of wrong tokens (a guesser gets `workers` times the
tries); and a POST answered by one worker is on another worker's cached pages only after
their staleness bound."""

from __future__ import annotations

import gc
import os

from fastapi import FastAPI

from concord.web.app import create_app

ANALYSIS_PROCESSES = 1  # per server process: a POST's analysis off the server's GIL
STALE_SECONDS = 8.0  # kept pages and answers may be this old while recomputed
REFRESH_SECONDS = 4.0  # and are recomputed at most this often while writes go on
_DATABASE_VARIABLE = "CONCORD_DB"


def served_app() -> FastAPI:
    """The app as `concord serve` runs it; the factory each worker process calls (the
    store's URL reaches it through CONCORD_DB)."""
    app = create_app(
        os.environ.get(_DATABASE_VARIABLE),
        analysis_processes=ANALYSIS_PROCESSES,
        stale_seconds=STALE_SECONDS,
        refresh_seconds=REFRESH_SECONDS,
    )
    app.state.analysis.start()  # not on the first POST: the models take seconds to load
    # What start-up built lives as long as the process: kept out of the collector's full
    # passes, which walked its 130,000 objects (75 ms) in the middle of a request.
    gc.freeze()
    return app


def serve(host: str, port: int, database_url: str | None, workers: int) -> None:
    import uvicorn

    if database_url is not None:
        os.environ[_DATABASE_VARIABLE] = database_url  # inherited by the worker processes
    if workers == 1:
        uvicorn.run(served_app(), host=host, port=port, log_level="warning")
    else:
        uvicorn.run(
            "concord.web.serving:served_app", factory=True, workers=workers,
            host=host, port=port, log_level="warning",
        )  # fmt: skip
