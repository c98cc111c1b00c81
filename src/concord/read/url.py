"""`concord ingest URL`: one web page fetched and read like an HTML (or text) file.

The page is as hostile as any input: the whole fetch has a deadline (not only each socket
read, so a server trickling bytes cannot hold the run), the body is capped at the size
the API accepts (2 MB) while it is read, only HTML and plain text are read, and redirects
are followed only to http(s) addresses. Every failure is one ReadError naming the URL.
"""

from __future__ import annotations

import dataclasses
import time
import urllib.error
import urllib.request
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urljoin, urlsplit

from concord.document import Document, ReadError
from concord.read.common import source_from_path
from concord.read.encoding import decode
from concord.read.html import declared_charset, parse_html
from concord.read.text import parse_text

MAX_BYTES = 2_000_000  # the same cap as POST /api/documents
TIMEOUT_SECONDS = 20.0
CHUNK = 65_536
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
USER_AGENT = "Concord (news reader; https://github.com/)"


def is_url(argument: str) -> bool:
    return argument.lower().startswith(("http://", "https://"))


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """urllib follows redirects to ftp: too, and refuses others with a muddled message;
    here only http(s) are followed, and anything else is one clear error."""

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
        headers: HTTPMessage,
    ) -> IO[bytes] | None:  # fmt: skip
        target = headers.get("Location") or headers.get("URI") or ""
        if urlsplit(urljoin(req.full_url, target)).scheme.lower() not in ("http", "https"):
            raise ReadError(req.full_url, f"redirected to a non-http address ({target[:200]})")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener() -> urllib.request.OpenerDirector:
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        _HttpOnlyRedirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def fetch(url: str, timeout: float | None = None, limit: int = MAX_BYTES) -> tuple[bytes, str]:
    """The page's body and its Content-Type; ReadError (naming `url`) on any failure.
    `timeout` (default TIMEOUT_SECONDS) bounds the whole fetch."""
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    if not is_url(url):
        raise ReadError(url, "not an http(s) address")
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with _opener().open(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            length = response.headers.get("Content-Length")
            if length is not None and length.isdigit() and int(length) > limit:
                raise ReadError(url, f"too large: {int(length)} bytes, the limit is {limit}")
            chunks: list[bytes] = []
            size = 0
            # read1: whatever has arrived, so a trickling server meets the deadline
            while chunk := response.read1(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ReadError(url, f"too large: over {limit} bytes")
                if time.monotonic() > deadline:
                    raise ReadError(url, f"timed out after {timeout:g} s")
                chunks.append(chunk)
            return b"".join(chunks), content_type
    except ReadError:
        raise
    except urllib.error.HTTPError as error:
        raise ReadError(url, f"HTTP error {error.code} {error.reason}") from None
    except TimeoutError:
        raise ReadError(url, f"timed out after {timeout:g} s") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise ReadError(url, f"timed out after {timeout:g} s") from None
        raise ReadError(url, f"unreachable ({error.reason})") from None
    except (OSError, ValueError) as error:  # a reset connection, a malformed address
        raise ReadError(url, f"unreachable ({error})") from None


def read_url(url: str, timeout: float | None = None, limit: int = MAX_BYTES) -> Document:
    """The page at `url` as a Document (HTML through the HTML reader, plain text as text),
    with `url` as its address and the site's host as its outlet when the page names none."""
    body, content_type = fetch(url, timeout, limit)
    media_type, _, parameters = content_type.partition(";")
    media_type = media_type.strip().lower()
    charset = _charset(parameters)
    if media_type in HTML_TYPES:
        document = parse_html(decode(body, url, charset or declared_charset(body)), url)
    elif media_type in TEXT_TYPES:
        document = parse_text(decode(body, url, charset), url)
    else:
        shown = media_type or "none"
        raise ReadError(url, f"not an HTML or text page (content type {shown})")
    host = urlsplit(url).hostname or url
    named = media_type in HTML_TYPES and document.source != source_from_path(url)
    source = document.source if named else host
    return dataclasses.replace(document, url=url, source=source, path=url)


def _charset(parameters: str) -> str | None:
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None

