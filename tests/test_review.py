"""The review page: the text exactly as read with its figures, period words and speaker
words marked and furniture dimmed; the title and date of the article at the top; one table
row a claim whose offsets point at its figure. Checked on pages made by hand with Python's
HTML parser, and on seed pages in headless Chromium (marked slow; skipped without it)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sinorus_facts.cli.commands import main
from sinorus_facts.models import Article, Claim, Document, DocumentWarning
from sinorus_facts.views.review import review_page
from tests.claim_factory import make_claim
from tests.conftest import SEEDS


class _Page(HTMLParser):
    """What the page shows: the text of ``#sf-text``, its marks (figure, period, speaker,
    furniture) with their offsets in that text, the rows of the claims table and the heading."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.marks: list[
            tuple[str, str, int, int, dict[str, str]]
        ] = []  # (kind, text, start, end, attrs)
        self.rows: list[dict[str, str]] = []
        self.heading = ""
        self.facts = ""
        self._open: list[tuple[str, str, int, dict[str, str]] | None] = []
        self._in_text = 0
        self._where = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        css = values.get("class", "").split()
        if values.get("id") == "sf-text":
            self._in_text = 1
            self._open.append(None)
            return
        if tag == "tr" and "sf-row" in css:
            self.rows.append(values)
        if tag in ("h1",) or "sf-facts" in css:
            self._where = "h1" if tag == "h1" else "facts"
        if self._in_text:
            self._in_text += 1
            kind = next(
                (k for k in ("fig", "period", "speaker", "furniture") if f"sf-{k}" in css), None
            )
            self._open.append((kind, tag, len(self.text), values) if kind else None)

    def handle_endtag(self, tag: str) -> None:
        self._where = ""
        if not self._in_text:
            return
        self._in_text -= 1
        opened = self._open.pop()
        if opened is not None:
            kind, _, start, values = opened
            self.marks.append((kind, self.text[start:], start, len(self.text), values))

    def handle_data(self, data: str) -> None:
        if self._in_text:
            self.text += data
        elif self._where == "h1":
            self.heading += data
        elif self._where == "facts":
            self.facts += data


def _read(page: str) -> _Page:
    reader = _Page()
    reader.feed(page)
    reader.close()
    return reader


def _kinds(page: _Page, kind: str) -> list[str]:
    return [text for k, text, *_ in page.marks if k == kind]


class _Spoken(Claim):
    """A claim that carries the offsets of its speaker's words, as claims will (issue 14)."""

    attribution_start: int | None = None
    attribution_end: int | None = None


_TEXT = (
    "Share this story\n\nTrade hits a record\n\nMay 31, 2018\n\n"
    "Trade grew 12 percent to $120bn in 2021, Li Wei said, and <will> reach $200bn next year.\nSubscribe"
)
_ARTICLE = Article(
    title="Trade hits a record",
    published=date(2018, 5, 31),
    start=0,
    end=len(_TEXT),
    title_start=_TEXT.index("Trade hits"),
    title_end=_TEXT.index("Trade hits") + 19,
)
_DOC = Document(
    doc_id="wire-0531.txt",
    text=_TEXT,
    articles=(_ARTICLE,),
    boilerplate=((0, 16), (_TEXT.index("Subscribe"), len(_TEXT))),
)
_LI = _TEXT.index("Li Wei")


def _claims(spoken: bool) -> list[Claim]:
    speaker = {"attribution": "Li Wei"}
    if spoken:
        speaker |= {"attribution_start": _LI, "attribution_end": _LI + 6}
    cls = _Spoken if spoken else Claim
    made = [
        make_claim(
            _TEXT,
            "12 percent",
            doc_id="wire-0531.txt",
            period=("2021-01-01", "2021-12-31", "in 2021"),
        ),
        make_claim(
            _TEXT, "$120bn", doc_id="wire-0531.txt", period=("2021-01-01", "2021-12-31", "in 2021")
        ),
        make_claim(
            _TEXT,
            "$200bn",
            doc_id="wire-0531.txt",
            modality="forecast",
            period=("2019-01-01", "2019-12-31", "next year"),
        ),
    ]
    return [cls(**(c.model_dump() | speaker)) for c in made]


# (id, speaker offsets given, expected figures, periods, speakers, furniture)
_PAGES = [
    (
        "speaker-offsets-marked",
        True,
        ["12 percent", "$120bn", "$200bn"],
        ["in 2021", "next year"],
        ["Li Wei"],
        ["Share this story", "Subscribe"],
    ),
    (
        "no-speaker-offsets-nothing-marked",
        False,
        ["12 percent", "$120bn", "$200bn"],
        ["in 2021", "next year"],
        [],
        ["Share this story", "Subscribe"],
    ),
]


@pytest.mark.parametrize(
    ("spoken", "figures", "periods", "speakers", "furniture"),
    [p[1:] for p in _PAGES],
    ids=[p[0] for p in _PAGES],
)
def test_review_page_marks(
    spoken: bool, figures: list[str], periods: list[str], speakers: list[str], furniture: list[str]
) -> None:
    page = _read(review_page(_DOC, _claims(spoken)))
    assert (
        page.text,
        _kinds(page, "fig"),
        _kinds(page, "period"),
        _kinds(page, "speaker"),
        _kinds(page, "furniture"),
    ) == (_TEXT, figures, periods, speakers, furniture)


def test_rows_point_at_their_figures() -> None:
    page = _read(review_page(_DOC, _claims(False)))
    marks = {
        values["id"]: (text, start, end)
        for kind, text, start, end, values in page.marks
        if kind == "fig"
    }
    assert [
        (marks[r["data-target"]], r["data-quantity"], int(r["data-start"]), int(r["data-end"]))
        for r in page.rows
    ] == [
        ((q, _TEXT.index(q), _TEXT.index(q) + len(q)), q, _TEXT.index(q), _TEXT.index(q) + len(q))
        for q in ("12 percent", "$120bn", "$200bn")
    ]


def test_heading_is_the_articles_title_and_date_with_warnings() -> None:
    warning = DocumentWarning(
        document="wire-0531.txt", kind="text_cut", message="text cut: <1 sentence>"
    )
    shown = review_page(_DOC, _claims(False), warnings=[warning])
    page = _read(shown)
    assert (
        page.heading,
        page.facts,
        "<title>Trade hits a record</title>" in shown,
        '<li class="sf-warning">text cut: &lt;1 sentence&gt;</li>' in shown,
    ) == ("Trade hits a record", "31 May 2018 · 3 claims · wire-0531.txt", True, True)


def test_claims_of_other_documents_or_offsets_left_out() -> None:
    other = make_claim(_TEXT, "$120bn", doc_id="other.txt")
    moved = make_claim(_TEXT.replace("$120bn", "$1.2bn"), "$1.2bn", doc_id="wire-0531.txt")
    assert _read(review_page(_DOC, [other, moved])).rows == []


def test_page_needs_no_network() -> None:
    shown = review_page(_DOC, _claims(True))
    assert [
        needle for needle in ("http://", "https://", "src=", "<link", "@import") if needle in shown
    ] == []


def test_cli_show_writes_the_review_page(seed_claims, tmp_path: Path) -> None:
    from sinorus_facts import read

    path = SEEDS / "001_9ba1684f5d8b9a0c.txt"
    out = tmp_path / "out.html"
    code = main(["show", str(path), "--html", str(out)])
    page = _read(out.read_text(encoding="utf-8"))
    assert (
        code,
        page.text,
        [r["data-quantity"] for r in page.rows],
        page.heading != path.name,
    ) == (0, read(path).text, [c.evidence.quantity for c in seed_claims[path.name]], True)


def _chromium() -> str | None:
    return next(
        (
            found
            for name in ("chromium", "chromium-browser", "google-chrome")
            if (found := shutil.which(name))
        ),
        None,
    )


def _browser(binary: str, page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    profile = tempfile.mkdtemp(prefix="sf-chromium-")
    try:
        return subprocess.run(
            [
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--hide-scrollbars",
                "--window-size=1600,1000",
                *extra,
                page.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["000_79b10f59d3d06036.txt", "002_f90369ab53388314.txt"])
def test_review_page_in_chromium(seed_claims, tmp_path: Path, name: str) -> None:
    binary = _chromium()
    if binary is None:
        pytest.skip("headless Chromium is not installed (apt-get install -y chromium)")
    out, shot = tmp_path / "review.html", tmp_path / "review.png"
    assert main(["show", str(SEEDS / name), "--html", str(out)]) == 0
    dom = _read(_browser(binary, out, "--dump-dom").stdout)
    _browser(binary, out, f"--screenshot={shot}")
    claims = seed_claims[name]
    marks = {
        values["id"]: (start, end) for kind, _, start, end, values in dom.marks if kind == "fig"
    }
    rows = [(int(r["data-start"]), int(r["data-end"])) for r in dom.rows]
    from sinorus_facts import read

    assert (
        dom.text == read(SEEDS / name).text,
        len(dom.rows),
        rows,
        [marks[r["data-target"]] for r in dom.rows],
        [dom.text[s:e] for s, e in rows],
        shot.read_bytes()[:8],
        shot.stat().st_size > 20_000,
    ) == (
        True,
        len(claims),
        [(c.evidence.quantity_start, c.evidence.quantity_end) for c in claims],
        rows,
        [c.evidence.quantity for c in claims],
        b"\x89PNG\r\n\x1a\n",
        True,
    )
