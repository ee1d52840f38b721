"""How many articles get the publication date their gold row gives, from the page alone.

    python benchmarks/article_dates.py --gold ../shared/gold/seeds.jsonl seeds
    python benchmarks/article_dates.py --gold ../shared/gold/news-dev/gold.jsonl \
        ../shared/gold/news-dev/docs.jsonl --withhold-published

Gold rows of kind ``article`` give each article's first line (``quote``) and its date
(``published``, null where the page gives none). Each document is read with
:func:`sinorus_facts.read`; an article is matched by its first line, and counts as dated
when the library's ``published`` (or, for a page without a printed date, nothing) equals the
gold. ``--withhold-published`` drops the ``published`` field of a JSONL corpus, so that only
the page's own text can date it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import sinorus_facts


def _documents(paths: list[str], *, withhold: bool) -> dict[str, sinorus_facts.Document]:
    documents = {}
    for name in paths:
        path = Path(name)
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row: dict[str, Any] = json.loads(line)
                    published = None if withhold else row.get("published")
                    documents[row["id"]] = sinorus_facts.read(
                        row["text"], doc_id=row["id"], published=published
                    )
        else:
            for file in sorted(path.iterdir()) if path.is_dir() else [path]:
                documents[file.name] = sinorus_facts.read(file)
    return documents


def main(argv: list[str] | None = None) -> int:
    """Print how many gold articles are dated as the gold says."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help="a folder of files, files, or a JSONL corpus")
    parser.add_argument("--gold", required=True)
    parser.add_argument("--withhold-published", action="store_true")
    args = parser.parse_args(argv)
    documents = _documents(args.inputs, withhold=args.withhold_published)
    rows = [
        json.loads(line)
        for line in Path(args.gold).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    right, total, dated, dated_right, misses = 0, 0, 0, 0, []
    for row in (r for r in rows if r.get("kind") == "article"):
        document = documents.get(str(row["doc"]).rsplit("/", 1)[-1])
        if document is None:
            continue
        total += 1
        first = " ".join(row["quote"].split())[:40]
        article = next(
            (
                a
                for a in document.articles
                if " ".join(document.text[a.start : a.end].split()).find(first) != -1
            ),
            None,
        )
        found = article.published.isoformat() if article is not None and article.published else None
        dated += row.get("published") is not None
        if found == row.get("published"):
            right += 1
            dated_right += row.get("published") is not None
        else:
            misses.append(f"  {row['doc']}: {first!r}: {found} != {row.get('published')}")
    print(
        f"articles dated as the gold says: {right} of {total}; of the {dated} the gold dates, {dated_right}"
    )
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
