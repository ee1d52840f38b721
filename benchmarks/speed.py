"""Speed and memory of sinorus-facts as a user runs it, beside the full spaCy pipeline.

Every measurement is a whole process (a fresh interpreter, start-up and model loading
included), timed from outside, on the same corpus written to a JSONL file:

  library  ``sinorus_facts.extract_many`` over every text (one process);
  spacy    en_core_web_sm, all of it (tagger, parser, NER, ...), ``nlp.pipe(texts,
           batch_size=16)`` over every text.

Two corpora are built at run time: the seed articles (``seeds/*.txt``) repeated, and the
news-dev passages (``../shared/gold/news-dev/docs.jsonl``, read where it lies, never
copied) repeated, each to at least ``--words`` words. ``--corpora news-ru news-zh`` builds
the Russian and Chinese passages (``../shared/gold/news-ru``, ``news-zh``) repeated the same
way; they are read by the library alone (the English spaCy pipeline is no baseline for them),
and a Chinese "word" is a character (Chinese writes no blanks between words). The machine may be shared, so every
round measures both contenders on a corpus one after the other, the ratio (spacy's
seconds / the library's) is taken within the round, and the report gives min / median /
max over ``--rounds``. Peak memory is the process's maximum resident set size
(``ru_maxrss`` of the child, from ``os.wait4``).

``--profile`` then runs the library once more in this process and prints where the time
goes, stage by stage: the cheap pass (reading, splitting, picking candidate sentences),
each component of the pipeline, and the assembly of claims per document.
``--startup`` times a whole ``sinorus_facts extract`` of a one-line file whose figure has a
unit word the lexicon lacks, beside loading the model alone.
``--baseline PYTHON`` adds a third contender to every round: the library as the Python
interpreter ``PYTHON`` imports it (the virtual environment of an earlier checkout, installed
with ``pip install -e``), so that a change's cost is read as the fall of its ratio, measured
in the same rounds as the ratio it is compared with.

    python benchmarks/speed.py --words 200000 --rounds 3 --profile --startup
    python benchmarks/speed.py --words 5000 --rounds 1 --corpora seeds --json   # a quick check
    python benchmarks/speed.py --baseline ../old/.venv/bin/python   # beside an earlier checkout

Run from the project root (or give ``--seeds DIR`` / ``--news FILE``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CONTENDERS = ("library", "spacy")
CORPORA = ("seeds", "news")
# Corpora of other languages (not measured by default): the passages of each repeated.
LANGUAGE_CORPORA = {
    "news-ru": Path("gold") / "news-ru" / "docs.jsonl",
    "news-zh": Path("gold") / "news-zh" / "docs.jsonl",
}
SPACY_BATCH = 16

# Where the shared evaluation data lies: beside the checkout (CI), or beside the folder of
# worktrees.
NEWS_CANDIDATES = (ROOT.parent / "shared", ROOT.parent.parent / "shared")
NEWS_DEV = Path("gold") / "news-dev" / "docs.jsonl"

# The one line of the start-up check: a figure whose unit word the unit lexicon lacks, so
# the fallback unit table is consulted.
# Start-up is timed this many times (each whole process in turn with the model alone).
STARTUP_RUNS = 3

STARTUP_LINE = (
    "The crane lifts loads of 40 kilonewtons in a field of 5 teslas, the institute said.\n"
)


def _news_path(given: Path | None, relative: Path = NEWS_DEV) -> Path | None:
    if given is not None:
        return given
    for base in NEWS_CANDIDATES:
        if (base / relative).is_file():
            return base / relative
    return None


def _size(text: str) -> int:
    """The words of a text; for a text without blanks between words (Chinese), its
    characters."""
    words = len(text.split())
    return words if words * 20 > len(text) else len(text)


def _repeat(texts: list[tuple[str, str]], words: int) -> list[dict[str, str]]:
    """Copies of ``texts`` in order until the corpus holds ``words`` words; each copy has
    its own id."""
    corpus: list[dict[str, str]] = []
    total = copy = 0
    while total < words:
        for name, text in texts:
            corpus.append({"id": f"copy{copy}-{name}", "text": text})
            total += _size(text)
            if total >= words:
                break
        copy += 1
    return corpus


def build_corpus(seeds: Path, words: int) -> list[dict[str, str]]:
    """The seed articles repeated to ``words`` words."""
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed articles (*.txt) in {seeds}")
    return _repeat(texts, words)


def build_news_corpus(path: Path, words: int) -> list[dict[str, str]]:
    """The news-dev passages (read from ``path`` now) repeated to ``words`` words."""
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if not rows:
        raise SystemExit(f"no passages in {path}")
    return _repeat([(str(r["id"]), str(r["text"])) for r in rows], words)


# -- one measurement, in a child process ------------------------------------------------


def _read_corpus(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _child_library(corpus_file: Path) -> int:
    import sinorus_facts

    corpus = _read_corpus(corpus_file)
    return sum(len(r.claims) for r in sinorus_facts.extract_many(corpus))


def _load_full_model() -> Any:
    import spacy

    from sinorus_facts.pipeline.loading import MODEL_PACKAGES

    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("en_core_web_sm is not installed")


def _child_spacy(corpus_file: Path) -> int:
    nlp = _load_full_model()
    corpus = _read_corpus(corpus_file)
    return sum(
        len(doc.ents) for doc in nlp.pipe((d["text"] for d in corpus), batch_size=SPACY_BATCH)
    )


CHILDREN: dict[str, Callable[[Path], int]] = {"library": _child_library, "spacy": _child_spacy}


def _whole_process(command: list[str]) -> dict[str, Any]:
    """Run ``command`` to its end: wall seconds, CPU seconds and peak MB of that process
    (and its workers), and the last line it printed."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        printed, errors = out.read(), err.read()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{errors[-3000:]}")
    scale = (
        1024 * 1024 if sys.platform == "darwin" else 1024
    )  # ru_maxrss: bytes on macOS, KiB elsewhere
    lines = printed.strip().splitlines()
    return {
        "seconds": round(seconds, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_mb": round(usage.ru_maxrss / scale),
        "printed": lines[-1] if lines else "",
    }


BASELINE = "baseline"  # the library as another interpreter imports it (``--baseline``)


def measure(
    contender: str, corpus_file: Path, words: int, python: str = sys.executable
) -> dict[str, Any]:
    """One whole process of ``contender`` over the corpus file (the library: as ``python``
    imports it)."""
    child = "library" if contender == BASELINE else contender
    done = _whole_process([python, __file__, "--child", child, "--corpus-file", str(corpus_file)])
    return {
        "contender": contender,
        "words": words,
        "seconds": done["seconds"],
        "cpu_s": done["cpu_s"],
        "words_per_s": round(words / done["seconds"]),
        "peak_mb": done["peak_mb"],
        "found": int(done["printed"] or 0),
    }


# -- where the time goes -------------------------------------------------------------------


class _Clock:
    """Seconds per stage, each stage's own (what feeds it taken off)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started

        return wrapper


class _TimedComponent:
    """A pipeline component whose own time is counted: the time of each batch it yields,
    less the time it spent waiting for the Docs that feed it."""

    def __init__(self, name: str, component: Any, clock: _Clock) -> None:
        self.name, self._component, self._clock = name, component, clock

    def __call__(self, doc: Any) -> Any:
        started = time.perf_counter()
        try:
            return self._component(doc)
        finally:
            self._clock.seconds[self.name] += time.perf_counter() - started

    def __getattr__(self, attribute: str) -> Any:
        if (
            attribute == "transition_states"
        ):  # hidden, so the runner calls ``pipe`` (which decodes as it would)
            raise AttributeError(attribute)
        return getattr(self._component, attribute)  # memory_zone, get_error_handler, ...

    def pipe(self, docs: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        waited = [0.0]

        def fed() -> Iterator[Any]:
            source = iter(docs)
            while True:
                started = time.perf_counter()
                try:
                    doc = next(source)
                except StopIteration:
                    return
                finally:
                    waited[0] += time.perf_counter() - started
                yield doc

        from sinorus_facts.pipeline.fast.decoding import decode

        produced = decode(
            self._component, fed(), **kwargs
        )  # as the runner runs it: stepped, or its own pipe
        while True:
            started, before = time.perf_counter(), waited[0]
            try:
                doc = next(produced)
            except StopIteration:
                return
            finally:
                self._clock.seconds[self.name] += (
                    time.perf_counter() - started - (waited[0] - before)
                )
            yield doc


CHEAP, DOCS, CLAIMS = (
    "cheap pass (read, split, candidates)",
    "make the sentence Docs",
    "claims per document (build_claims)",
)


def profile_library(corpus: list[dict[str, str]]) -> list[tuple[str, float]]:
    """Seconds per stage of one run of the library over ``corpus``, in this process."""
    import sinorus_facts
    from sinorus_facts.pipeline import runner

    clock = _Clock()
    started = time.perf_counter()
    nlp = sinorus_facts.load_pipeline(None)  # the cache key extract_many uses
    loading = time.perf_counter() - started
    names = list(nlp.pipe_names)
    components = nlp._components  # (a benchmark may look inside)
    original = (runner._prepare, runner._finish, runner._sentence_doc)
    nlp._components = [
        (name, _TimedComponent(name, component, clock)) for name, component in components
    ]
    runner._prepare = clock.timed(CHEAP, runner._prepare)
    runner._finish = clock.timed(CLAIMS, runner._finish)
    runner._sentence_doc = clock.timed(DOCS, runner._sentence_doc)
    try:
        started = time.perf_counter()
        for _ in sinorus_facts.extract_many(corpus):
            pass
        total = time.perf_counter() - started
    finally:
        nlp._components = components
        runner._prepare, runner._finish, runner._sentence_doc = original
    rows = [("load the pipeline", loading)] + [
        (name, clock.seconds[name]) for name in (CHEAP, DOCS, *names, CLAIMS)
    ]
    rows.append(
        ("the rest (choosing sentences for NER, grouping)", total - sum(s for _, s in rows[1:]))
    )
    rows.append(("total (after loading)", total))
    return rows


def startup(news_file: Path | None, runs: int = STARTUP_RUNS) -> dict[str, float]:
    """Whole-process seconds, the median of ``runs`` runs taken in turn: ``sinorus_facts
    extract`` of one line with a unit word the lexicon lacks, and loading en_core_web_sm
    alone."""
    load_model = (
        "import spacy\nfrom sinorus_facts.pipeline.loading import _find_model\n"
        "spacy.load(_find_model(), exclude=['senter'])"
    )
    extracts, models = [], []
    with tempfile.TemporaryDirectory() as folder:
        line = Path(folder) / "one-line.txt"
        line.write_text(STARTUP_LINE, encoding="utf-8")
        for _ in range(runs):
            extracts.append(
                _whole_process(
                    [
                        sys.executable,
                        "-m",
                        "sinorus_facts",
                        "extract",
                        str(line),
                        "-o",
                        str(Path(folder) / "out.jsonl"),
                        "--quiet",
                    ]
                )
            )
            models.append(_whole_process([sys.executable, "-c", load_model]))
    return {
        "extract one line": statistics.median(e["seconds"] for e in extracts),
        "load the model alone": statistics.median(m["seconds"] for m in models),
        "extract peak MB": max(e["peak_mb"] for e in extracts),
        "runs": runs,
    }


# -- the report ------------------------------------------------------------------------------


def _spread(values: list[float], digits: int = 2) -> str:
    return f"{min(values):.{digits}f} / {statistics.median(values):.{digits}f} / {max(values):.{digits}f}"


def report(rounds: dict[str, list[dict[str, dict[str, Any]]]]) -> str:
    """Per corpus: seconds and peak memory of each contender, and the ratio (min / median /
    max over the rounds)."""
    header = (
        f"{'corpus':<7} {'contender':<9} {'seconds min / median / max':<28} {'words/s':>8} "
        f"{'peak MB':>8} {'found':>7}"
    )
    lines = [header]
    for corpus, measured in rounds.items():
        for name in measured[0]:
            runs = [r[name] for r in measured]
            lines.append(
                f"{corpus:<7} {name:<9} {_spread([x['seconds'] for x in runs]):<28} "
                f"{statistics.median(x['words_per_s'] for x in runs):>8.0f} "
                f"{max(x['peak_mb'] for x in runs):>8} {runs[0]['found']:>7}"
            )
    lines.append(f"\n{'ratio (spacy s / library s)':<34} {'min / median / max':<22} words  rounds")
    for corpus, measured in rounds.items():
        for library in ("library", BASELINE):
            if all(library in r and "spacy" in r for r in measured):
                ratios = [r["spacy"]["seconds"] / r[library]["seconds"] for r in measured]
                label = corpus if library == "library" else f"{corpus}, baseline"
                lines.append(
                    f"{label:<34} {_spread(ratios):<22} {measured[0][library]['words']:>6} {len(measured):>6}"
                )
        if all("library" in r and BASELINE in r for r in measured):
            change = [r[BASELINE]["seconds"] / r["library"]["seconds"] for r in measured]
            lines.append(f"{corpus + ', baseline s / library s':<34} {_spread(change):<22}")
            # CPU seconds (user + system) of each whole process: less moved by the load of
            # a shared machine than the wall clock
            cpu = [r[BASELINE]["cpu_s"] / r["library"]["cpu_s"] for r in measured]
            lines.append(f"{corpus + ', baseline CPU / library CPU':<34} {_spread(cpu):<22}")
    lines.append(f"\n{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end")
    return "\n".join(lines)


def _corpus_of(name: str, args: argparse.Namespace) -> list[dict[str, str]] | None:
    if name == "seeds":
        return build_corpus(args.seeds, args.words)
    if name in LANGUAGE_CORPORA:
        path = _news_path(None, LANGUAGE_CORPORA[name])
        return build_news_corpus(path, args.words) if path is not None else None
    news = _news_path(args.news)
    return build_news_corpus(news, args.words) if news is not None else None


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with ``--child``, one measured process) and print the report."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--words", type=int, default=200_000, help="size of each corpus (default 200000)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of measurements (default 3)")
    parser.add_argument(
        "--corpora", nargs="+", default=list(CORPORA), choices=[*CORPORA, *LANGUAGE_CORPORA]
    )
    parser.add_argument("--contenders", nargs="+", default=list(CONTENDERS), choices=CONTENDERS)
    parser.add_argument(
        "--seeds", type=Path, default=ROOT / "seeds", help="folder of seed articles"
    )
    parser.add_argument(
        "--news", type=Path, default=None, help="news-dev docs.jsonl (default: ../shared)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="print where the library's time goes"
    )
    parser.add_argument(
        "--startup", action="store_true", help="time the start-up of a one-line extract"
    )
    parser.add_argument(
        "--json", action="store_true", help="print every measurement as a JSON line too"
    )
    parser.add_argument(
        "--baseline",
        metavar="PYTHON",
        help="also time the library as this interpreter imports it (an earlier checkout)",
    )
    parser.add_argument("--child", choices=CONTENDERS, help=argparse.SUPPRESS)
    parser.add_argument("--corpus-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(CHILDREN[args.child](args.corpus_file))
        return 0
    rounds: dict[str, list[dict[str, dict[str, Any]]]] = {}
    corpora: dict[str, list[dict[str, str]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name in args.corpora:
            corpus = _corpus_of(name, args)
            if corpus is None:
                print(f"{name}: its passages are not beside the project; skipped", file=sys.stderr)
                continue
            corpora[name] = corpus
            path = Path(folder) / f"{name}.jsonl"
            path.write_text("".join(json.dumps(d) + "\n" for d in corpus), encoding="utf-8")
            words = sum(_size(d["text"]) for d in corpus)
            rounds[name] = []
            contenders = ["library"] if name in LANGUAGE_CORPORA else list(args.contenders)
            if args.baseline and "library" in contenders:
                contenders.insert(contenders.index("library") + 1, BASELINE)
            for number in range(args.rounds):
                measured = {}
                for contender in contenders:
                    python = args.baseline if contender == BASELINE else sys.executable
                    measured[contender] = measure(contender, path, words, python)
                    if args.json:
                        print(
                            json.dumps(
                                {"corpus": name, "round": number + 1, **measured[contender]}
                            ),
                            flush=True,
                        )
                rounds[name].append(measured)
    print(report(rounds))
    if args.startup:
        print("\nstart-up, whole process (s):", json.dumps(startup(args.news)))
    if args.profile:
        for name, corpus in corpora.items():
            print(
                f"\nwhere the library's time goes, {name} ({sum(len(d['text'].split()) for d in corpus)} words):"
            )
            for stage, seconds in profile_library(corpus):
                print(f"  {stage:<48} {seconds:8.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
