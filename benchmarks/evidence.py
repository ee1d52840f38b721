"""Does every field that is not a default show its evidence? For claims files (or corpora
extracted on the spot): the claims whose bound is not "=", whose change is set, or whose
modality is not "actual", and how many of them lack the evidence entry of that field; and
whether every entry quotes the text (``text[start:end] == text``).

    python benchmarks/evidence.py ../shared/gold/news-dev/docs.jsonl ../shared/gold/news-ru/docs.jsonl

prints, per corpus, the claims that need an entry per field and those without one.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import sinorus_facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="JSONL corpora or folders")
    args = parser.parse_args()
    for corpus in args.corpora:
        texts = {}
        if corpus.suffix == ".jsonl":
            texts = {
                json.loads(line)["id"]: json.loads(line)["text"]
                for line in corpus.open(encoding="utf-8")
            }
        needed = {"bound": 0, "change": 0, "modality": 0}
        missing = {"bound": 0, "change": 0, "modality": 0}
        wrong_quote = 0
        for result in sinorus_facts.extract_many([corpus]):
            text = texts.get(result.doc_id)
            for claim in result.claims:
                fields = {f.field for f in claim.evidence.fields}
                for field, decided in (
                    ("bound", claim.bound != "="),
                    ("change", claim.change is not None),
                    ("modality", claim.modality != "actual"),
                ):
                    if decided:
                        needed[field] += 1
                        missing[field] += field not in fields
                if text is not None:
                    wrong_quote += sum(
                        text[f.start : f.end] != f.text for f in claim.evidence.fields
                    )
        parts = ", ".join(f"{k} {needed[k] - missing[k]}/{needed[k]}" for k in needed)
        print(
            f"{corpus}: evidence present for {parts}; entries not quoting the text: {wrong_quote}"
        )


if __name__ == "__main__":
    main()
