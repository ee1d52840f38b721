"""Ctrl-C and SIGTERM for the command line (see :mod:`sinorus_facts.cli`): the handler that
records an interrupt and raises :class:`KeyboardInterrupt`, and the one line it ends with."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = [
    "INTERRUPTED",
    "ignore_interrupts",
    "in_main_thread",
    "interrupted",
    "new_command",
    "stop_requested",
    "stopping_on_interrupt",
]

# The line Ctrl-C prints, once.
INTERRUPTED = "sinorus-facts: interrupted"

_state = {"told": False, "requested": False}


def in_main_thread() -> bool:
    """Whether this is the main thread, the one signal handlers can be set in."""
    return threading.current_thread() is threading.main_thread()


def ignore_interrupts() -> None:
    """Ignore Ctrl-C from now on (in the main thread)."""
    if in_main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def interrupted() -> int:
    """What Ctrl-C ends in: a further one ignored while the run winds down, the message
    (once), exit code 130."""
    ignore_interrupts()
    if not _state["told"]:
        _state["told"] = True
        try:
            progress = sys.modules.get("sinorus_facts.cli.progress")
            if progress is not None:
                progress.clear_drawn()
            print(INTERRUPTED, file=sys.stderr, flush=True)
        except (OSError, ValueError):  # stderr closed or gone
            pass
    return 130


def new_command() -> None:
    """Begin a command: no interrupt told yet."""
    _state["told"] = False


def stop_requested() -> bool:
    """Whether Ctrl-C or SIGTERM came since the command began, even if the interrupt it
    raised was swallowed on the way (in a destructor, a callback of native code)."""
    return _state["requested"]


def _request_stop(signum: int, frame: object) -> None:
    _state["requested"] = True
    raise KeyboardInterrupt


@contextmanager
def stopping_on_interrupt() -> Iterator[None]:
    """Within the block, Ctrl-C and SIGTERM raise :class:`KeyboardInterrupt` and are
    recorded (:func:`stop_requested`); the handlers before are put back after it. A Ctrl-C
    the process was started to ignore (a background job) stays ignored."""
    _state["told"] = _state["requested"] = False
    if not in_main_thread():
        yield
        return
    previous: dict[int, Any] = {signal.SIGINT: signal.getsignal(signal.SIGINT)}
    if previous[signal.SIGINT] is signal.default_int_handler:
        signal.signal(signal.SIGINT, _request_stop)
    if hasattr(signal, "SIGTERM"):
        previous[signal.SIGTERM] = signal.signal(signal.SIGTERM, _request_stop)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
