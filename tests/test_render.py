"""Showing evidence: the rendered HTML keeps the text exactly and marks each figure with its label."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from spacy.language import Language

from sinorus_facts.cli.commands import main
from sinorus_facts.models import Claim, Document
from sinorus_facts.views.render import highlight, render_document, render_evidence
from tests.claim_factory import make_claim
from tests.conftest import SEEDS

Mark = tuple[str, str, str]  # (the figure's text, its label, its modality class)


class _Reader(HTMLParser):
    """What a reader sees in the text part of a page: its text (labels left out), the marks
    with their labels, and the underlined periods."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.marks: list[Mark] = []
        self.claim_ids: list[str] = []
        self.periods: list[str] = []
        self._stack: list[str] = []
        self._mark: list[str] | None = None
        self._period: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        css = dict(attrs).get("class") or ""
        if css == "sf-text":
            self.texts.append("")
        if self._inside("sf-text") and tag == "mark":
            self._mark = ["", "", css.split()[-1]]
            self.claim_ids.append(dict(attrs).get("data-claim-id") or "")
        if self._inside("sf-text") and css == "sf-period":
            self._period = []
        self._stack.append(css)

    def handle_endtag(self, tag: str) -> None:
        css = self._stack.pop()
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark[0], self._mark[1], self._mark[2]))
            self._mark = None
        if css == "sf-period" and self._period is not None:
            self.periods.append("".join(self._period))
            self._period = None

    def handle_data(self, data: str) -> None:
        if not self._inside("sf-text"):
            return
        if self._inside("sf-label"):
            if self._mark is not None:
                self._mark[1] += data
            return
        self.texts[-1] += data
        if self._mark is not None:
            self._mark[0] += data
        if self._period is not None:
            self._period.append(data)

    def _inside(self, css: str) -> bool:
        return css in self._stack


def _read(page: str) -> _Reader:
    reader = _Reader()
    reader.feed(page)
    reader.close()
    return reader


_WIRE = (
    "BEIJING, May 31 (Xinhua) -- Trade hit $107bn in 2019 and is seen at $120bn next year, Li said."
)
_ESCAPED = 'Exports of "A&B" <pipes> rose 5% to 3,000 km, up from <2,800 km>.'

# (id, text, claims, expected marks, expected underlined periods)
_HAND_MADE: list[tuple[str, str, list[Claim], list[Mark], list[str]]] = [
    (
        "actual-and-forecast",
        _WIRE,
        [
            make_claim(
                _WIRE, "$107bn", category="trade", period=("2019-01-01", "2019-12-31", "in 2019")
            ),
            make_claim(
                _WIRE,
                "$120bn",
                category="trade",
                modality="forecast",
                period=("2020-01-01", "2020-12-31", "next year"),
            ),
        ],
        [
            ("$107bn", "trade · actual · 2019", "sf-actual"),
            ("$120bn", "trade · forecast · 2020", "sf-forecast"),
        ],
        ["in 2019", "next year"],
    ),
    (
        "escaped-text",
        _ESCAPED,
        [
            make_claim(_ESCAPED, "5%", category="infrastructure", modality="target"),
            make_claim(_ESCAPED, "3,000 km", category="infrastructure"),
        ],
        [
            ("5%", "infrastructure · target", "sf-target"),
            ("3,000 km", "infrastructure · actual", "sf-actual"),
        ],
        [],
    ),
    (
        "period-overlapping-a-figure-is-not-underlined",
        _WIRE,
        [
            make_claim(
                _WIRE,
                "$107bn",
                category="trade",
                period=("2019-01-01", "2019-12-31", "$107bn in 2019"),
            )
        ],
        [("$107bn", "trade · actual · 2019", "sf-actual")],
        [],
    ),
    (
        "claim-of-another-document-left-out",
        _WIRE,
        [make_claim(_WIRE, "$107bn", doc_id="other", category="trade")],
        [],
        [],
    ),
    (
        "offsets-that-do-not-fit-left-out",
        _WIRE,
        [make_claim(_WIRE.replace("$107bn", "$1.07bn"), "$1.07bn", category="trade")],
        [],
        [],
    ),
    (
        "a-period-of-months",
        _WIRE,
        [
            make_claim(
                _WIRE, "$107bn", category="trade", period=("2019-01-01", "2019-04-30", "in 2019")
            )
        ],
        [("$107bn", "trade · actual · 2019-01 – 2019-04", "sf-actual")],
        ["in 2019"],
    ),
    (
        "a-month",
        _WIRE,
        [
            make_claim(
                _WIRE, "$107bn", category="trade", period=("2016-02-01", "2016-02-29", "in 2019")
            )
        ],
        [("$107bn", "trade · actual · 2016-02", "sf-actual")],
        ["in 2019"],
    ),
    (
        "days",
        _WIRE,
        [
            make_claim(
                _WIRE, "$107bn", category="trade", period=("2019-05-30", "2019-05-31", "in 2019")
            )
        ],
        [("$107bn", "trade · actual · 2019-05-30 – 2019-05-31", "sf-actual")],
        ["in 2019"],
    ),
    (
        "years",
        _WIRE,
        [
            make_claim(
                _WIRE, "$107bn", category="trade", period=("2011-01-01", "2017-12-31", "in 2019")
            )
        ],
        [("$107bn", "trade · actual · 2011–2017", "sf-actual")],
        ["in 2019"],
    ),
]


@pytest.mark.parametrize(
    ("text", "claims", "marks", "periods"),
    [h[1:] for h in _HAND_MADE],
    ids=[h[0] for h in _HAND_MADE],
)
def test_document_text_is_kept_and_figures_marked(
    text: str, claims: list[Claim], marks: list[Mark], periods: list[str]
) -> None:
    shown = _read(render_document(Document(doc_id="doc", text=text), claims).html)
    assert (shown.texts, shown.marks, shown.periods) == ([text], marks, periods)


def test_two_claims_of_one_figure_are_one_mark_with_both_ids() -> None:
    claims = [
        make_claim(_WIRE, "$107bn", category="trade", id="c-1"),
        make_claim(_WIRE, "$107bn", category="trade", id="c-2"),
    ]
    shown = _read(render_document(Document(doc_id="doc", text=_WIRE), claims).html)
    assert (shown.marks, shown.claim_ids) == (
        [("$107bn", "trade · actual", "sf-actual")],
        ["c-1 c-2"],
    )


def test_evidence_shows_each_sentence_once_with_its_marks() -> None:
    first = "Russia shipped 86 mln t of crude in 2022."
    claims = [
        make_claim(first, "86 mln t", doc_id="a", category="energy"),
        make_claim(_WIRE, "$107bn", doc_id="b", category="trade"),
        make_claim(_WIRE, "$120bn", doc_id="b", category="trade", modality="forecast"),
    ]
    shown = _read(render_evidence(claims).html)
    assert (shown.texts, shown.marks) == (
        [first, _WIRE],
        [
            ("86 mln t", "energy · actual", "sf-actual"),
            ("$107bn", "trade · actual", "sf-actual"),
            ("$120bn", "trade · forecast", "sf-forecast"),
        ],
    )


def test_page_is_standalone_and_inline_view_is_the_fragment(tmp_path: Path) -> None:
    shown = render_document(Document(doc_id="doc", text=_WIRE, title="Trade <up>"), [])
    saved = shown.save(tmp_path / "page.html").read_text(encoding="utf-8")
    head = saved.split("<body>")[0]
    assert (
        head.startswith("<!DOCTYPE html>"),
        '<meta charset="utf-8">' in head,
        "<title>Trade &lt;up&gt;</title>" in head,
        shown._repr_html_() == shown.html,
        saved.count(shown.html),
    ) == (True, True, True, True, 1)


# News texts written for these tests, with the marks the reader must see.
_NEWS_WIRE = [
    (
        "trade-and-forecast",
        (
            "MOSCOW, Feb 3 -- Russian-Chinese trade grew 12 percent to $120bn in 2021, and the two sides "
            "expect it to reach $200bn by 2024, the ministry said."
        ),
        "2022-02-03",
        [
            ("12 percent", "trade · actual · 2021", "sf-actual"),
            ("$120bn", "trade · actual · 2021", "sf-actual"),
            ("$200bn", "trade · forecast · 2024", "sf-forecast"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "marks"), [n[1:] for n in _NEWS_WIRE], ids=[n[0] for n in _NEWS_WIRE]
)
def test_news_text_highlighted(nlp: Language, text: str, published: str, marks: list[Mark]) -> None:
    shown = _read(highlight(text, published=published).html)
    assert (shown.texts, shown.marks) == ([text], marks)


def test_seed_page_keeps_its_text_and_marks_every_claim(seed_claims) -> None:
    from sinorus_facts import read

    path = SEEDS / "000_79b10f59d3d06036.txt"
    claims = seed_claims[path.name]
    shown = _read(render_document(read(path), claims).html)
    assert (shown.texts, [m[0] for m in shown.marks]) == (
        [read(path).text],
        [c.evidence.quantity for c in claims],
    )


def test_cli_show_writes_the_page(seed_claims, tmp_path: Path) -> None:
    from sinorus_facts import read

    path = SEEDS / "001_9ba1684f5d8b9a0c.txt"
    out = tmp_path / "out.html"
    code = main(["show", str(path), "--html", str(out)])
    shown = _read(out.read_text(encoding="utf-8"))
    assert (code, shown.texts, [m[0] for m in shown.marks]) == (
        0,
        [read(path).text],
        [c.evidence.quantity for c in seed_claims[path.name]],
    )


# (arguments after "show", what the one line on stderr says)
_CLI_ERRORS = [
    ([str(SEEDS)], "is a folder; show takes one .txt or .html file"),
    (["no/such/file.txt"], "no such file: 'no/such/file.txt'"),
    ([str(SEEDS / "000_79b10f59d3d06036.txt"), "--published", "31/05/2018"], "published"),
]


@pytest.mark.parametrize(("args", "message"), _CLI_ERRORS, ids=["folder", "missing", "bad-date"])
def test_cli_show_errors(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["show", *args])
    err = capsys.readouterr().err
    assert (code, err.startswith("sinorus-facts: "), message in err, err.count("\n")) == (
        2,
        True,
        True,
        1,
    )
