"""Workers that are stopped end (issue 28, Ctrl-C with ``--n-process``): a worker takes
SIGTERM as its end whatever handler the command line had when it forked, and a worker that
outlives its SIGTERM is killed, so the parent never waits on it at exit."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from typing import Any

import pytest

from sinorus_facts.cli.interrupts import stopping_on_interrupt
from sinorus_facts.pipeline.parallel import _exit_with_parent, _Workers

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or "fork" not in multiprocessing.get_all_start_methods(),
    reason="POSIX signals and fork",
)


def _report_sigterm(parent: int, out: Any) -> None:
    _exit_with_parent(parent)
    out.put(signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)


@pytest.mark.issue(28)
def test_a_worker_ends_on_sigterm_whatever_the_command_line_set() -> None:
    context = multiprocessing.get_context("fork")
    out = context.SimpleQueue()
    with stopping_on_interrupt():  # the command line's handlers, inherited through fork
        worker = context.Process(target=_report_sigterm, args=(os.getpid(), out))
        worker.start()
        worker.join(timeout=30)
    assert out.get() is True


def _deaf_to_sigterm() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(120)


class _Pool:
    """What abort reads of a process pool: its processes, and shutdown."""

    def __init__(self, processes: dict[int, Any]) -> None:
        self._processes = processes

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


@pytest.mark.issue(28)
def test_a_worker_that_outlives_its_sigterm_is_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    context = multiprocessing.get_context("fork")
    deaf = context.Process(target=_deaf_to_sigterm)
    deaf.start()
    time.sleep(0.5)  # its handler is set
    workers = _Workers(1, None, 64)
    workers._pool = _Pool({deaf.pid: deaf})  # type: ignore[assignment]
    original = deaf.join
    monkeypatch.setattr(deaf, "join", lambda timeout=None: original(min(timeout or 1, 1)))
    started = time.monotonic()
    workers.abort()
    assert (deaf.is_alive(), time.monotonic() - started < 30) == (False, True)
