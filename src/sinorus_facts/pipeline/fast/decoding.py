"""Greedy decoding of spaCy's transition-based components (the parser, NER), step by step
with the GIL held.

spaCy 3.8.8 and later (built with Cython 3) decode in a ``nogil`` loop whose state
lookups (``StateC.B_``, called by every validity check of every move) each take the GIL
back and give it up again; on a model with 74 NER moves that is about 150 round trips per
token, and NER decoding costs about 60 µs a token, three times the parser's whole
prediction (spaCy 3.8.7 had no such cost). Stepping the same model from Python, with the
GIL held the whole time, makes those lookups cheap: the component's own step model scores
every state of the batch at once (``model.predict(states)``) and the component's own
transition system applies the best valid move (``transition_states``), so the weights,
features, moves and validity rules are spaCy's, and so are the annotations (a test checks
they are the same). NER and the parser each run about twice as fast.

Used by :mod:`sinorus_facts.pipeline.runner` for the components it runs itself; a
component this cannot step (beam search, another kind of pipe, another spaCy) runs as
spaCy runs it.

>>> from sinorus_facts.pipeline.loading import load_pipeline
>>> nlp = load_pipeline()
>>> doc = nlp("Rosneft sold oil to CNPC in Beijing.", disable=["ner"])
>>> [ent.text for ent in next(decode(nlp.get_pipe("ner"), [doc])).ents]
['Rosneft', 'CNPC', 'Beijing']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from spacy.tokens import Doc

__all__ = ["can_step", "decode", "minibatch"]

T = TypeVar("T")


def can_step(component: Any) -> bool:
    """Whether ``component`` is a greedy transition-based pipe this module can decode
    (spaCy's parser or NER with a beam of one).

    >>> from sinorus_facts.pipeline.loading import load_pipeline
    >>> nlp = load_pipeline()
    >>> [can_step(nlp.get_pipe(name)) for name in ("parser", "ner", "tagger")]
    [True, True, False]
    """
    needed = ("moves", "model", "transition_states", "set_annotations")
    if not all(hasattr(component, name) for name in needed):
        return False
    cfg = getattr(component, "cfg", None)
    return isinstance(cfg, dict) and cfg.get("beam_width", 1) == 1


def decode(
    component: Any, docs: Iterable[Doc], *, batch_size: int = 64, step: bool = True
) -> Iterator[Doc]:
    """``component.pipe(docs)``, decoded step by step (:func:`can_step` components, unless
    ``step`` is off; the others run as they are): the Docs, in order, annotated.

    Like spaCy's own ``pipe``, each batch is decoded in sub-batches of similar lengths.
    """
    if not step or not can_step(component):
        yield from (
            component.pipe(docs, batch_size=batch_size)
            if hasattr(component, "pipe")
            else map(component, docs)
        )
        return
    for batch in minibatch(docs, size=batch_size):
        in_order = list(batch)
        by_length = sorted(in_order, key=len)
        for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
            component.set_annotations(sub, _states(component, sub))
        yield from in_order


def minibatch(items: Iterable[T], *, size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), as spaCy's own ``minibatch``."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _states(component: Any, docs: list[Doc]) -> list[Any]:
    """The final parse states of ``docs``: every unfinished state moved by the best valid
    move of its scores, until all are final."""
    states: list[Any] = component.moves.init_batch(docs)
    if not any(len(doc) for doc in docs):
        return states
    if hasattr(component, "_ensure_labels_are_added"):
        component._ensure_labels_are_added(docs)
    model = component.model.predict(docs)
    unfinished = [state for state in states if not state.is_final()]
    while unfinished:
        unfinished = component.transition_states(unfinished, model.predict(unfinished))
    model.clear_memory()
    return states
