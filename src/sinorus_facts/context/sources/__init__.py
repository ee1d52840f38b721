"""Who gives each figure, read with the article: the source a figure's own sentence names,
resolved across the article (:mod:`~sinorus_facts.context.sources.credit`, with the
quotation and name helpers of :mod:`~sinorus_facts.context.sources.speakers`), and the
source a report gives the figures that name none
(:mod:`~sinorus_facts.context.sources.carry`). The sentence's own cue is found by
:mod:`sinorus_facts.claims.attribution`.
"""

from sinorus_facts.context.sources.carry import headline_source, inherit_sources, stated_source
from sinorus_facts.context.sources.credit import credit

__all__ = ["credit", "headline_source", "inherit_sources", "stated_source"]
