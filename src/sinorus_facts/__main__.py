"""``python -m sinorus_facts`` runs the command line."""

import sys

from sinorus_facts.cli import main

sys.exit(main())
