"""The command line: ``sinorus-facts extract | show | review | review-to-gold`` (:mod:`sinorus_facts.cli.commands`)."""

from sinorus_facts.cli.commands import main

__all__ = ["main"]
