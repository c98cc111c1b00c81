"""Stopping an ingest cleanly: SIGTERM and SIGINT end the run with a summary of what was
stored, and worker processes never outlive the process that started them (a killed
ingest used to leave its workers running, holding their models and the caller's pipe)."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from concord.ingest.run import IngestCounts

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_PARENT_POLL_SECONDS = 0.5


class Interrupted(BaseException):
    """Raised in the main thread by SIGTERM or SIGINT. A BaseException, so that no
    `except Exception` on the way (a batch's retry, a refused write) swallows it."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal.Signals(signal_number).name)
        self.signal_number = signal_number
        self.counts: IngestCounts | None = None  # what was stored before it came

    @property
    def exit_code(self) -> int:
        """The shell's convention: 128 + the signal (130 for SIGINT, 143 for SIGTERM)."""
        return 128 + self.signal_number


def _raise_interrupted(signal_number: int, frame: FrameType | None) -> None:
    # a second signal while the workers are being stopped must not break the summary
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise Interrupted(signal_number)


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGTERM and SIGINT raise Interrupted inside the block (main thread only; elsewhere
    the block runs unchanged)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}
    for number in previous:
        signal.signal(number, _raise_interrupted)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def die_with_parent(parent: int) -> None:
    """In a worker process: end when the parent ends, however it ends. Linux delivers
    SIGKILL on the parent's death (prctl); elsewhere, and as a second line, a thread
    notices the parent is gone (the worker is re-parented) and exits. Ctrl-C reaches
    the whole process group: the parent handles it and ends the workers itself.
    `parent` is the pid the parent gave: one that died while this worker was still
    starting is noticed too."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect, or earlier
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_SECONDS)
    os._exit(1)
