"""`concord ingest URL`: a page fetched from a local HTTP server (a thread in the test)
and read by the HTML reader; the ways a fetch fails are each one error line naming the
URL (read/url.py)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

import concord.pipeline
import concord.read.url
from concord.cli import app
from concord.document import ReadError
from concord.pipeline import Pipeline
from concord.read.url import MAX_BYTES, read_url
from tests.conftest import new_database_url

PAGE = """<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Встреча в Казани</title>
<meta property="og:site_name" content="Волжский вестник"></head>
<body><nav><a href="/">Главная</a></nav>
<article><h1>Встреча в Казани</h1>
<p>Министр культуры Анна Смирнова встретилась в Казани с послом Игорем Сидоровым 3 марта.</p>
<p>Стороны обсудили программу обменов между музеями и гастроли театров в следующем году.
По словам министра, первые выставки откроются уже весной.</p>
<p>Посол отметил, что интерес к совместным проектам растёт с каждым годом.</p>
</article><footer>© Волжский вестник</footer></body></html>
"""


class Pages(BaseHTTPRequestHandler):
    """The test site: an article, plain text, a slow page, a trickle, huge pages, an
    image, a 404 and redirects."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def answer(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/article.html":
            self.answer(PAGE.encode(), "text/html; charset=utf-8")
        elif self.path == "/note.txt":
            self.answer("Анна Смирнова встретилась в Казани с Игорем Сидоровым.".encode("cp1251"),
                        "text/plain; charset=windows-1251")  # fmt: skip
        elif self.path == "/slow":
            time.sleep(3)
            self.answer(PAGE.encode(), "text/html")
        elif self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>.</p>")
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/huge":
            self.answer(b"<p>" + b"x" * (MAX_BYTES + 10), "text/html")
        elif self.path == "/huge-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(MAX_BYTES // 65_536 + 2):
                self.wfile.write(b"x" * 65_536)
        elif self.path == "/image.png":
            self.answer(b"\x89PNG\r\n\x1a\n", "image/png")
        elif self.path == "/to-article":
            self.redirect("/article.html")
        elif self.path == "/to-ftp":
            self.redirect("ftp://127.0.0.1/article.html")
        elif self.path == "/to-file":
            self.redirect("file:///etc/passwd")
        else:
            self.answer(b"not here", "text/plain", status=404)

    def redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client giving up on the slow pages (as it should) is no news."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), Pages)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def shared(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """The store's ingest on the test run's models instead of loading another copy."""
    monkeypatch.setattr(concord.pipeline, "_SHARED", pipeline)
    return pipeline


def test_a_page_is_read_with_its_address_and_outlet(site: str) -> None:
    document = read_url(f"{site}/article.html")
    assert document.url == f"{site}/article.html"
    assert document.source == "Волжский вестник" and document.language == "ru"
    assert "Анна Смирнова встретилась в Казани" in document.text
    assert "Главная" not in document.text


def test_plain_text_is_decoded_by_its_declared_charset(site: str) -> None:
    document = read_url(f"{site}/note.txt")
    assert document.text.startswith("Анна Смирнова") and document.source == "127.0.0.1"


def test_a_redirect_to_http_is_followed_and_the_given_address_kept(site: str) -> None:
    assert read_url(f"{site}/to-article").url == f"{site}/to-article"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP error 404"),
        ("/huge", f"too large: {MAX_BYTES + 13} bytes, the limit is {MAX_BYTES}"),
        ("/huge-unannounced", f"too large: over {MAX_BYTES} bytes"),
        ("/image.png", "not an HTML or text page (content type image/png)"),
        ("/to-ftp", "redirected to a non-http address (ftp://127.0.0.1/article.html)"),
        ("/to-file", "redirected to a non-http address (file:///etc/passwd)"),
        ("/slow", "timed out after 0.5 s"),
        ("/trickle", "timed out after 0.5 s"),
    ],
)
def test_each_failure_is_one_reason_naming_the_url(site: str, path: str, reason: str) -> None:
    with pytest.raises(ReadError) as raised:
        read_url(f"{site}{path}", timeout=0.5)
    assert raised.value.location == f"{site}{path}"
    assert raised.value.reason.startswith(reason)


def test_an_unreachable_server_is_named() -> None:
    address = f"http://127.0.0.1:{free_port()}/page"
    with pytest.raises(ReadError, match="unreachable") as raised:
        read_url(address)
    assert raised.value.location == address


def test_ingest_stores_a_page_and_reports_failures_by_url(
    shared: Pipeline, site: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(concord.read.url, "TIMEOUT_SECONDS", 0.5)
    url = new_database_url(tmp_path)
    runner = CliRunner()
    page, missing, slow = f"{site}/article.html", f"{site}/missing", f"{site}/slow"
    result = runner.invoke(app, ["ingest", page, missing, slow, "--db", url])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"error: {missing}: HTTP error 404 Not Found" in lines
    assert f"error: {slow}: timed out after 0.5 s" in lines
    assert any(line.startswith(f"{page}: ") and "claims" in line for line in lines)
    stored = concord.open_store(url)
    with stored:
        facts = stored.facts(type="meeting")
    assert facts and facts[0]["sources"][0]["url"] == page
    assert runner.invoke(app, ["ingest", page, "--db", url]).exit_code == 0  # known: a no-op
