"""When each figure holds, read with the article: the period a report gives its
breakdowns, what "in the same period" and "that year" point back to
(:mod:`~sinorus_facts.context.frames.reports`), and the days of a dated event
(:mod:`~sinorus_facts.context.frames.events`). A figure's period within its own sentence
is decided in :mod:`sinorus_facts.periods`.
"""

from sinorus_facts.context.frames.events import date_events
from sinorus_facts.context.frames.reports import inherit_periods

__all__ = ["date_events", "inherit_periods"]
