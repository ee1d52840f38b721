"""Many processes on one machine: documents are shared out in chunks to worker processes,
each running the whole single-process path (:func:`~sinorus_facts.pipeline.runner.run`,
model loaded once per worker), and results come back in input order.

Whole documents travel, not sentences: reading, the cheap pass and the claim assembly run
in the workers too, so nothing but ordering is left to the parent. At most a few chunks
per worker are in flight, so memory stays bounded however long the corpus. A worker that
dies (killed for memory, a crash in native code) loses no document: its chunk is retried
one document at a time, and only a document that kills a worker on its own gets an error.

>>> from sinorus_facts.ingest.reading import RawDocument
>>> results = run_parallel([Job("a", raw=RawDocument("a", "Exports rose 5%."))], model=None, n_process=2)
>>> [(r.doc_id, len(r.claims)) for r in results]
[('a', 1)]
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from sinorus_facts.models import DocumentError, DocumentResult
from sinorus_facts.pipeline import BATCH_SIZE
from sinorus_facts.pipeline.loading import load_pipeline
from sinorus_facts.pipeline.runner import Job, run, warm_up

__all__ = ["run_parallel"]

# Documents (and characters) per chunk sent to a worker, and chunks in flight per worker.
CHUNK_DOCUMENTS = 8
CHUNK_CHARACTERS = 200_000
IN_FLIGHT_PER_WORKER = 3

# Seconds between two checks, in a worker, that the parent process is still there.
PARENT_CHECK_SECONDS = 1.0

_Chunk = list[Job]


def _analyse_chunk(jobs: _Chunk, model: str | None, batch_size: int) -> list[DocumentResult]:
    """In a worker: the results of one chunk (the pipeline is loaded once per process)."""
    return list(run(load_pipeline(model), jobs, batch_size=batch_size))


def _size(job: Job) -> int:
    if job.raw is not None:
        return len(job.raw.text)
    if job.document is not None:
        return len(job.document.text)
    return 0


def _chunks(jobs: Iterable[Job]) -> Iterator[_Chunk]:
    chunk: _Chunk = []
    characters = 0
    for job in jobs:
        chunk.append(job)
        characters += _size(job)
        if len(chunk) >= CHUNK_DOCUMENTS or characters >= CHUNK_CHARACTERS:
            yield chunk
            chunk, characters = [], 0
    if chunk:
        yield chunk


def _exit_with_parent(parent: int) -> None:
    """In a worker, at its start: ignore Ctrl-C (the parent answers it and stops the
    workers), and end when the process that started it has gone (killed without the time
    to stop its workers), instead of waiting for work forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        # the parent stops a worker with SIGTERM: it ends there, whatever it was doing (the
        # command line's handler, inherited through fork, would raise KeyboardInterrupt
        # into a worker blocked sending its result, which then tries to send that instead)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="sinorus-facts-watch-parent", daemon=True).start()


def _start_method() -> str:
    """'fork' where it is safe (POSIX, one thread): workers share the parent's loaded model
    and start at once; else 'spawn' (each worker loads the model itself)."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform != "darwin" and threading.active_count() == 1:
        return "fork"
    return "spawn"


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C held back from this thread while a worker may be started: the worker starts
    with it blocked (and ignores it once started), the parent gets it after the block."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


class _Workers:
    """A process pool that is replaced when one of its workers dies."""

    def __init__(self, n_process: int, model: str | None, batch_size: int) -> None:
        self.n_process, self.model, self.batch_size = n_process, model, batch_size
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, chunk: _Chunk) -> Future[list[DocumentResult]]:
        if self._pool is None:
            context = multiprocessing.get_context(_start_method())
            self._pool = ProcessPoolExecutor(
                self.n_process,
                mp_context=context,
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
        try:
            with _interrupts_held():  # a worker is started on a submission
                return self._pool.submit(_analyse_chunk, chunk, self.model, self.batch_size)
        except BrokenProcessPool:
            self.replace()
            return self.submit(chunk)

    def replace(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None

    def abort(self) -> None:
        """Stop the workers now, their chunks unfinished (Ctrl-C, or the reader went away)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()  # a worker that did not end: never wait on it at exit
                process.join(timeout=5)

    def results(self, chunk: _Chunk, future: Future[list[DocumentResult]]) -> list[DocumentResult]:
        """The chunk's results; when its worker died, each document again on its own."""
        try:
            return future.result()
        except BrokenProcessPool:
            self.replace()
        results = []
        for job in chunk:
            try:
                results.extend(self.submit([job]).result())
            except BrokenProcessPool:
                self.replace()
                reason = (
                    "the worker process analysing this document died (out of memory, or a crash)"
                )
                results.append(
                    DocumentResult(
                        doc_id=job.doc_id,
                        error=DocumentError(document=job.doc_id, stage="extract", reason=reason),
                    )
                )
        return results


def run_parallel(
    jobs: Iterable[Job], *, model: str | None, n_process: int, batch_size: int = BATCH_SIZE
) -> Iterator[DocumentResult]:
    """One result per job, in input order, from ``n_process`` worker processes."""
    warm_up(load_pipeline(model))  # a missing model fails here, once; forked workers inherit it all
    workers = _Workers(n_process, model, batch_size)
    in_flight: deque[tuple[_Chunk, Future[list[DocumentResult]]]] = deque()
    try:
        for chunk in _chunks(jobs):
            in_flight.append((chunk, workers.submit(chunk)))
            while len(in_flight) >= IN_FLIGHT_PER_WORKER * n_process:
                yield from workers.results(*in_flight.popleft())
        while in_flight:
            yield from workers.results(*in_flight.popleft())
    except BaseException:  # Ctrl-C, or the reader stopped reading: no chunk waited for
        workers.abort()
        raise
    finally:
        workers.close()
