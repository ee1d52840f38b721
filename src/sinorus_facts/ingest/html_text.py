"""The text of an HTML page when trafilatura gives none (a page nested deeper than its
parser goes, a page that is not an article): every text node outside scripts, styles and
the page's head, a blank line at the end of each block element.

The standard library's event parser keeps no tree, so no depth of nesting stops it, and
it expands no entity a page defines for itself.

>>> page = "<html><head><title>T</title><script>var x = 1;</script></head><body>" + (
...     "<div>" * 300) + "<p>Exports rose 5%.</p><p>Imports fell.</p>" + ("</div>" * 300) + "</body></html>"
>>> plain_text(page)
'Exports rose 5%.\\n\\nImports fell.'
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["plain_text"]

# Elements whose content is not text of the page.
SKIPPED = frozenset({"script", "style", "head", "noscript", "template", "svg", "iframe", "object"})

# Elements that end a paragraph of text: "<p>", "<div>", "<li>", "<h2>", "<br>".
BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "figcaption",
        "figure",
        "main",
        "aside",
        "nav",
        "hr",
    }
)

# Blanks inside a line ("Exports \t rose"), and a run of blank lines.
INLINE_BLANKS = re.compile(r"[^\S\n]+")
BLANK_LINES = re.compile(r"\s*\n\s*\n\s*")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def plain_text(html: str) -> str:
    """The text of the page, paragraphs apart by a blank line (see the module)."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    lines = (INLINE_BLANKS.sub(" ", line).strip() for line in "".join(collector.parts).split("\n"))
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
