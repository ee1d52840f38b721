"""The command line: ``sinorus-facts extract | show | review | review-to-gold``
(:mod:`sinorus_facts.cli.commands`).

Ctrl-C ends a run with exit code 130 and one line on stderr wherever it lands: while the
library loads (the commands are imported inside :func:`main`), in the analysis, in a
worker process (workers ignore it; the parent stops them), on the progress line, in the
final move of an output file (``-o`` is then the old file or the whole new one), in a
``finally``. An interrupt that some library code swallows is still seen (the handler
records it) and stops the run at the next document. Once the exit code is decided, the
program ignores a further Ctrl-C, so the process ends as it decided. SIGTERM is read as
Ctrl-C.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

__all__ = ["interrupted", "main", "stop_requested", "stopping_on_interrupt"]

# The line Ctrl-C prints, once.
INTERRUPTED = "sinorus-facts: interrupted"

_state = {"told": False, "requested": False}


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _ignore_interrupts() -> None:
    if _main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def interrupted() -> int:
    """What Ctrl-C ends in: a further one ignored while the run winds down, the message
    (once), exit code 130."""
    _ignore_interrupts()
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
    if not _main_thread():
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code. As the program itself (``argv`` None)
    it ignores Ctrl-C once the exit code is decided; called with arguments, it puts the
    Ctrl-C handler it found back."""
    _state["told"] = False
    previous = signal.getsignal(signal.SIGINT) if _main_thread() else None
    try:
        try:
            from sinorus_facts.cli.commands import main as command

            code = command(argv)
        except KeyboardInterrupt:  # while the library loaded, or in the command's own ending
            code = interrupted()
    except KeyboardInterrupt:  # a second Ctrl-C, while the first was being answered
        code = interrupted()
    finally:
        if argv is None:
            _ignore_interrupts()
        elif previous is not None:
            signal.signal(signal.SIGINT, previous)
    return code
