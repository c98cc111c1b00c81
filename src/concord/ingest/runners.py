"""Where batches are analysed: in this process, in a pool of worker processes, or on a
Dask cluster. Each runner yields outcomes in the order the batches came, keeps only a
few batches in flight (memory stays flat however long the stream) and turns a lost
worker into failures of that batch's documents rather than the end of the run."""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any, Protocol

from concord.document import Document
from concord.ingest.work import (
    AnalysisFailure,
    Outcome,
    analyse_batch,
    describe,
    load_models,
    single_threaded_numerics,
)

Batch = list[Document]
LOCAL_HOST = "127.0.0.1"


class Runner(Protocol):
    def run(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]: ...

    def close(self) -> None: ...

    def terminate(self) -> None:
        """Stop now (an interrupted run): work in flight is dropped, not waited for."""
        ...


def _lost(batch: Batch, error: BaseException) -> list[Outcome]:
    return [AnalysisFailure(document, f"worker lost ({describe(error)})") for document in batch]


def _in_order(
    batches: Iterable[Batch],
    submit: Callable[[Batch], Any],
    result: Callable[[Any], list[Outcome]],
    in_flight: int,
) -> Iterator[list[Outcome]]:
    """Submit ahead up to `in_flight` batches, hand back results first-in first-out."""
    pending: deque[tuple[Batch, Any]] = deque()
    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= in_flight:
            yield _take(pending.popleft(), result)
    while pending:
        yield _take(pending.popleft(), result)


def _take(item: tuple[Batch, Any], result: Callable[[Any], list[Outcome]]) -> list[Outcome]:
    batch, handle = item
    try:
        return result(handle)
    except Exception as error:
        return _lost(batch, error)


class InProcess:
    """The models in this process: the simplest run, and the reference for the others."""

    def __init__(self) -> None:
        from concord import pipeline

        self.models = pipeline.Pipeline()

    def run(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        for batch in batches:
            yield analyse_batch(batch, self.models)

    def close(self) -> None:
        pass

    def terminate(self) -> None:
        pass


class ProcessPool:
    """N worker processes, each loading the models once; this process only reads and
    writes the store. Workers are started fresh ('spawn'), never forked from a process
    that holds database connections or a progress thread."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        single_threaded_numerics()  # inherited by the workers
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=get_context("spawn"),
            initializer=load_models,
            initargs=(os.getpid(),),
        )

    def _submit(self, batch: Batch) -> Future[list[Outcome]] | BaseException:
        try:
            return self.pool.submit(analyse_batch, batch)
        except BrokenProcessPool as error:  # a worker died: later batches get a new pool
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._start()
            return error

    @staticmethod
    def _result(handle: Future[list[Outcome]] | BaseException) -> list[Outcome]:
        if isinstance(handle, BaseException):
            raise handle
        return handle.result()

    def run(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        return _in_order(batches, self._submit, self._result, in_flight=2 * self.workers)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        processes = list(self.pool._processes.values())  # no public way to stop a busy pool
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.kill()
        # The pool's manager thread may trip over the pipes of the workers just killed
        # (EBADF): that is this shutdown, not news for the user, and it must not print
        # after the run's summary. Wait for the thread with its errors kept quiet.
        previous = threading.excepthook
        threading.excepthook = _quiet_os_errors(previous)
        try:
            self.pool.shutdown(wait=True, cancel_futures=True)
        finally:
            threading.excepthook = previous


class DaskCluster:
    """Batches as Dask tasks: `local` starts a LocalCluster of `workers` processes on this
    machine, anything else is a scheduler address (tcp://host:8786) of a running cluster
    whose workers have Concord installed. Results come back here and go through the
    one writer, so the store is the same as after an in-process run."""

    def __init__(self, address: str, workers: int) -> None:
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if address == "local":
            single_threaded_numerics()
            # Dask moves pickles: whoever reaches the scheduler runs code as this user. The
            # local cluster listens on the loopback interface only (see docs/notes/hostile.md).
            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                host=LOCAL_HOST,
            )
            self.client = Client(self.cluster)
        else:
            self.client = Client(address)
        self.in_flight = 2 * max(1, len(self.client.scheduler_info()["workers"]))

    def run(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        return _in_order(
            batches,
            lambda batch: self.client.submit(analyse_batch, batch, pure=False),
            lambda future: future.result(),
            in_flight=self.in_flight,
        )

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def terminate(self) -> None:
        self.close()


def open_runner(workers: int = 1, dask: str | None = None) -> Runner:
    if dask:
        return DaskCluster(dask, workers)
    if workers > 1:
        return ProcessPool(workers)
    return InProcess()


def _quiet_os_errors(
    previous: Callable[[threading.ExceptHookArgs], Any],
) -> Callable[[threading.ExceptHookArgs], Any]:
    def hook(arguments: threading.ExceptHookArgs) -> Any:
        if not issubclass(arguments.exc_type, OSError):
            return previous(arguments)
        return None

    return hook
