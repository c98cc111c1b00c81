"""The web server's connection pool holds a connection for each of its threads: with
SQLAlchemy's default (5 + 10) the 16th concurrent reader waited 30 s and got a 500."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.pool import QueuePool

from concord.store.database import open_database
from concord.web import app as web_app
from tests.conftest import new_database_url


def test_the_app_opens_its_store_with_a_connection_per_server_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Engine] = []

    def recording(url: str | None = None, **options: Any) -> Engine:
        opened.append(open_database(url, **options))
        return opened[-1]

    monkeypatch.setattr(web_app, "open_database", recording)
    web_app.create_app(new_database_url(tmp_path))
    (engine,) = opened
    assert isinstance(engine.pool, QueuePool)
    wanted = web_app.SERVER_THREADS + web_app.REFRESH_CONNECTIONS  # and the recomputes'
    assert engine.pool.size() == wanted == 48
    held = [engine.connect() for _ in range(wanted)]  # none waits
    assert engine.pool.checkedout() == wanted
    for connection in held:
        connection.close()
    engine.dispose()
