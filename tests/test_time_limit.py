"""A time limit on a piece of work's store queries: a long query stops and is reported
(a 503 from the web), the connection stays usable, and work without a limit runs on."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from concord.store.database import open_database
from concord.store.time_limit import QueryTimeLimit, query_time_limit
from concord.web.app import create_app
from concord.web.sessions import Store

# Counts to a hundred million: tens of seconds on either database.
LONG_QUERY = (
    "WITH RECURSIVE counted(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counted "
    "WHERE n < 100000000) SELECT count(*) FROM counted"
)
SHORT_QUERY = LONG_QUERY.replace("100000000", "1000")


def test_a_query_past_its_limit_stops_and_the_store_goes_on(database_url: str) -> None:
    engine = open_database(database_url)
    try:
        with (
            query_time_limit(0.3),
            engine.connect() as connection,
            pytest.raises(QueryTimeLimit),
        ):
            connection.exec_driver_sql(LONG_QUERY)
        with query_time_limit(60), engine.connect() as connection:
            assert connection.exec_driver_sql(SHORT_QUERY).scalar() == 1000
        with engine.connect() as connection:  # no limit at all
            assert connection.exec_driver_sql(SHORT_QUERY).scalar() == 1000
    finally:
        engine.dispose()


def test_an_inner_limit_replaces_the_outer_one_for_its_block(database_url: str) -> None:
    engine = open_database(database_url)
    try:
        with query_time_limit(0.0), query_time_limit(60), engine.connect() as connection:
            assert connection.exec_driver_sql(SHORT_QUERY).scalar() == 1000
    finally:
        engine.dispose()


def test_a_request_past_its_limit_is_a_503_with_the_security_headers(database_url: str) -> None:
    app = create_app(database_url, query_seconds=0.3)

    @app.get("/slow")
    def slow(store: Store) -> int:  # a route whose query runs long, in a worker thread
        return int(store.execute(text(LONG_QUERY)).scalar_one())

    client = TestClient(app)
    answer = client.get("/slow")
    assert answer.status_code == 503
    assert "too long" in answer.json()["detail"]
    assert answer.headers["x-content-type-options"] == "nosniff"
    page = client.get("/slow", headers={"accept": "text/html"})
    assert page.status_code == 503 and "too long" in page.text
    assert client.get("/api/facts").status_code == 200  # the next request is served
