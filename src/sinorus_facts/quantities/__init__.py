"""Quantities: numbers, units, bounds and changes read from text (the library's quantity layer).

:func:`~sinorus_facts.quantities.finder.find_quantities` reads a text with rules alone;
:func:`~sinorus_facts.quantities.reader.read_quantities` adds the nouns counts count, with
the parser run only where needed. Every matcher is built once from the lexicons and cached;
:func:`sinorus_facts.lexicons.reload_lexicons` forgets them (after editing a lexicon or
changing ``SINORUS_LEXICON_DIR``).
"""
