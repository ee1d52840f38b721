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
from collections.abc import Sequence

from sinorus_facts.cli.interrupts import (
    INTERRUPTED,
    ignore_interrupts,
    in_main_thread,
    interrupted,
    new_command,
    stop_requested,
    stopping_on_interrupt,
)

__all__ = ["INTERRUPTED", "interrupted", "main", "stop_requested", "stopping_on_interrupt"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code. As the program itself (``argv`` None)
    it ignores Ctrl-C once the exit code is decided; called with arguments, it puts the
    Ctrl-C handler it found back."""
    new_command()
    previous = signal.getsignal(signal.SIGINT) if in_main_thread() else None
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
            ignore_interrupts()
        elif previous is not None:
            signal.signal(signal.SIGINT, previous)
    return code
