"""Does the ledger account for every number? For a gold set: the gold figures that are not
claims, and how many of them the ledger (``DocumentResult.rejected``) holds with a reason.

    python benchmarks/ledger.py ../shared/gold/news-dev/docs.jsonl ../shared/gold/news-dev/gold.jsonl

prints the gold claims, those matched by no claim, those of them in the ledger (by reason),
and those in neither (the text of each: a figure the quantity layer never read).
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

import sinorus_facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docs", type=Path, help="a JSONL corpus (docs.jsonl)")
    parser.add_argument("gold", type=Path, help="its gold file (gold.jsonl)")
    args = parser.parse_args()
    gold = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    claims = [g for g in gold if g.get("kind") == "claim"]
    results = {r.doc_id: r for r in sinorus_facts.extract_many([args.docs])}
    unmatched, reasons, unread = [], collections.Counter[str](), []
    for row in claims:
        result = results.get(row["doc"])
        spans = (
            [(c.evidence.quantity_start, c.evidence.quantity_end) for c in result.claims]
            if result
            else []
        )
        if any(s < row["end"] and row["start"] < e for s, e in spans):
            continue
        unmatched.append(row)
        found = [
            r
            for r in (result.rejected if result else ())
            if r.start < row["end"] and row["start"] < r.end
        ]
        if found:
            reasons[found[0].reason] += 1
        else:
            unread.append(row["quote"])
    print(
        f"gold claims {len(claims)}, not claims {len(unmatched)}, in the ledger {sum(reasons.values())}, "
        f"in neither {len(unread)}"
    )
    for reason, count in reasons.most_common():
        print(f"  {reason:20} {count}")
    for quote in unread:
        print(f"  never read: {quote!r}")


if __name__ == "__main__":
    main()
