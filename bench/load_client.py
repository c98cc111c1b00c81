"""A small HTTP/1.1 keep-alive client on asyncio streams, for the load benchmark's readers.

The clients run on the same two cores as the server: fifty httpx clients in threads
spent about half a core on themselves, time the server then did not get. A real
deployment's readers sit on other machines, so the generator should cost as little as
it can. This one speaks only what the bench needs: GET, a status line, headers, a body
by Content-Length or chunked, one connection per client kept open.
"""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import quote, urlsplit


class LoadClient:
    """One connection to the server, reopened when the server closes it."""

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self._host = parts.hostname or "127.0.0.1"
        self._port = parts.port or 80
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        """The status of GET `path`, its body read whole; raises OSError or ValueError."""
        if self._writer is None or self._writer.is_closing():
            self._reader, self._writer = await asyncio.open_connection(self._host, self._port)
        assert self._reader is not None
        target = quote(path, safe="/?=&%")  # a request line is ASCII: "Москва" as %D0%9C…
        request = f"GET {target} HTTP/1.1\r\nHost: {self._host}\r\nAccept: */*\r\n\r\n"
        self._writer.write(request.encode())
        try:
            status, headers = await self._head(self._reader)
            await self._body(self._reader, headers)
        except (OSError, ValueError, asyncio.IncompleteReadError):
            await self.close()
            raise
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status

    @staticmethod
    async def _head(reader: asyncio.StreamReader) -> tuple[int, dict[str, str]]:
        block = await reader.readuntil(b"\r\n\r\n")
        lines = block.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        return status, headers

    @staticmethod
    async def _body(reader: asyncio.StreamReader, headers: dict[str, str]) -> None:
        if "content-length" in headers:
            await reader.readexactly(int(headers["content-length"]))
            return
        if headers.get("transfer-encoding", "").lower() != "chunked":
            raise ValueError("a response without a length the bench can read")
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)  # the chunk and its CRLF
            if size == 0:
                return

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError):
                await self._writer.wait_closed()
        self._reader = self._writer = None
