"""Quantities: numbers, units, bounds and changes read from text (the library's quantity layer).

:func:`~sinorus_facts.quantities.finder.find_quantities` reads a text with rules alone;
:func:`~sinorus_facts.quantities.reader.read_quantities` adds the nouns counts count, with
the parser run only where needed. Every matcher is built once from the lexicons and cached;
:func:`clear_caches` forgets them (after editing a lexicon or changing
``SINORUS_LEXICON_DIR``).
"""

from __future__ import annotations

__all__ = ["clear_caches"]


def clear_caches() -> None:
    """Forget every matcher built from the lexicons, and the lexicons themselves."""
    from sinorus_facts.lexicons import clear_lexicon_cache
    from sinorus_facts.quantities import (
        cores,
        counted,
        cues,
        exclusions,
        finder,
        numbers,
        tagged,
        units,
    )

    for cached in (
        units.unit_matcher, units.quantulum_surfaces, cores.core_finder, cues.cue_reader,
        exclusions.name_rules, exclusions._months, exclusions._lexicon_patterns, exclusions._year_nouns,
        finder.quantity_finder, numbers.number_word_table, counted.person_nouns, tagged.time_words,
        tagged.partitive_pronouns,
    ):
        cached.cache_clear()
    clear_lexicon_cache()
