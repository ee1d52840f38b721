"""Reading files as they come: any common encoding, HTML through trafilatura, JSONL corpora.

For a text file the library's text is exactly what ``open(path, encoding=E).read()``
gives, E being the encoding it reports, so offsets index the text the user has.
"""

from __future__ import annotations

import codecs
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

import sinorus_facts
from sinorus_facts.errors import InputError, MissingExtraError
from sinorus_facts.ingest.reading import RawDocument, decode_bytes, read_jsonl, read_path

DATA = Path(__file__).resolve().parent / "data"

_RU = "Товарооборот России и Китая вырос на 15 процентов."
_EN = "Trade rose 15 percent to $107 billion.\n"

# (id, bytes of the file, the text read, the encoding reported)
_ENCODINGS: list[tuple[str, bytes, str, str]] = [
    ("utf8", _EN.encode("utf-8"), _EN, "utf-8"),
    ("utf8_with_bom_keeps_it", codecs.BOM_UTF8 + _EN.encode("utf-8"), "\ufeff" + _EN, "utf-8"),
    ("utf8_cyrillic", _RU.encode("utf-8"), _RU, "utf-8"),
    ("utf16_with_bom", _EN.encode("utf-16"), _EN, "utf-16"),
    ("utf16_little_endian_without_bom", _EN.encode("utf-16-le"), _EN, "utf-16-le"),
    ("utf16_big_endian_without_bom", _EN.encode("utf-16-be"), _EN, "utf-16-be"),
    ("utf32_with_bom", _EN.encode("utf-32"), _EN, "utf-32"),
    ("cp1251_russian", _RU.encode("cp1251"), _RU, "cp1251"),
    (
        "cp1251_mixed_with_english",
        "Gazprom (Газпром) shipped 38 bcm.".encode("cp1251"),
        "Gazprom (Газпром) shipped 38 bcm.",
        "cp1251",
    ),
    (
        "cp1252_quotes_dash_euro",
        "“Exports rose 5%,” he said — about €2bn.".encode("cp1252"),
        "“Exports rose 5%,” he said — about €2bn.",
        "cp1252",
    ),
    (
        "cp1252_accented_names",
        "Café owners in Zürich paid €3.".encode("cp1252"),
        "Café owners in Zürich paid €3.",
        "cp1252",
    ),
    (
        "latin1_where_cp1252_has_no_character",
        b"Caf\xe9 \x81 prices",
        "Caf\xe9 \x81 prices",
        "latin-1",
    ),
    (
        "windows_line_ends",
        b"Title\r\n\r\nTrade rose.\rIt fell.\r\n",
        "Title\n\nTrade rose.\nIt fell.\n",
        "utf-8",
    ),
    ("utf16_windows_line_ends", "A\r\nB\r\n".encode("utf-16"), "A\nB\n", "utf-16"),
]


@pytest.mark.parametrize(
    ("name", "data", "text", "encoding"), _ENCODINGS, ids=[e[0] for e in _ENCODINGS]
)
def test_file_reads_as_python_reads_it(
    tmp_path: Path, name: str, data: bytes, text: str, encoding: str
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    raw = read_path(path)
    with path.open(encoding=raw.encoding) as handle:
        python_reads = handle.read()
    assert (raw.text, raw.encoding, python_reads) == (text, encoding, text)


# Files without line ends to normalise: decoding and encoding again gives every byte back.
_LOSSLESS = [e for e in _ENCODINGS if b"\r" not in e[1]]


@pytest.mark.parametrize(
    ("name", "data", "text", "encoding"), _LOSSLESS, ids=[e[0] for e in _LOSSLESS]
)
def test_decoding_loses_nothing(name: str, data: bytes, text: str, encoding: str) -> None:
    decoded, found = decode_bytes(data)
    assert decoded.encode(found) == data


def test_offsets_of_a_cp1251_file_index_its_text(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "Газпром\n\nGazprom shipped 38 bcm of gas to China in 2020.\n".encode("cp1251")
    )
    text = path.read_text(encoding="cp1251")
    claims = sinorus_facts.extract_file(path)
    assert [
        text[c.evidence.quantity_start : c.evidence.quantity_end] == c.evidence.quantity
        for c in claims
    ] == [True]


# The page of tests/data/border_fair.html, as trafilatura extracts it.
_PAGE_TEXT = (
    "Border fair in Heihe signs deals worth 2.1 billion yuan\n"
    "HEIHE, June 20 (Northern Wire) -- A cross-border trade fair in Heihe closed on Wednesday with "
    "contracts worth 2.1 billion yuan, organizers said.\n"
    "More than 600 companies from both sides of the Amur River took part, up from 450 last year, the "
    "organizing committee said in a statement.\n"
    "Trade between Heilongjiang province and Russia reached 7.4 billion dollars in the first five months, "
    "according to local customs."
)


def test_html_page_gives_its_article_text_and_metadata() -> None:
    raw = read_path(DATA / "border_fair.html")
    assert (raw.text, raw.title, raw.url, raw.page_published, raw.encoding) == (
        _PAGE_TEXT,
        "Border fair in Heihe signs deals worth 2.1 billion yuan",
        "https://news.example.org/trade/heihe-fair-2019",
        date(2019, 6, 20),
        "utf-8",
    )


def test_read_of_html_carries_the_text_offsets_index(nlp: Language) -> None:
    document = sinorus_facts.read(DATA / "border_fair.html")
    claims = sinorus_facts.extract_file(DATA / "border_fair.html")
    found = [
        document.text[c.evidence.quantity_start : c.evidence.quantity_end] == c.evidence.quantity
        for c in claims
    ]
    assert (document.text == _PAGE_TEXT, found) == (True, [True] * 5)  # with "up from 450"


def test_html_page_date_dates_its_article_and_its_periods(nlp: Language) -> None:
    document = sinorus_facts.read(DATA / "border_fair.html")
    claims = sinorus_facts.extract_file(DATA / "border_fair.html")
    last = claims[-1]
    assert (
        [a.published for a in document.articles],
        last.period and (last.period.start, last.period.end),
    ) == ([date(2019, 6, 20)], (date(2019, 1, 1), date(2019, 5, 31)))


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    body = "<p>" + "Газпром поставил в Китай 38 млрд кубометров газа в 2020 году. " * 3 + "</p>"
    page = f'<html><head><meta charset="windows-1251"><title>Газ</title></head><body><article>{body}</article></body></html>'
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    raw = read_path(path)
    assert (raw.encoding, raw.text.startswith("Газпром поставил")) == ("windows-1251", True)


def test_html_without_the_extra_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Trade rose.</p></body></html>", encoding="utf-8")
    with pytest.raises(MissingExtraError, match=r"pip install 'sinorus-facts\[html\]'"):
        read_path(path)


_JSONL_LINES = [
    json.dumps(
        {
            "id": "a1",
            "text": "Exports rose 5%.",
            "published": "2019-03-01",
            "url": "https://x.example/a1",
        }
    ),
    "",
    "not json",
    json.dumps({"id": "a2", "text": "Imports fell.", "published": "March 1st"}),
    json.dumps({"text": "No id here."}),
]


def test_jsonl_corpus_reads_each_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(_JSONL_LINES) + "\n", encoding="utf-8")
    seen = [
        (d.doc_id, d.text, d.published) if isinstance(d, RawDocument) else str(d).split(":")[1]
        for d in read_jsonl(path)
    ]
    assert seen == [
        ("a1", "Exports rose 5%.", date(2019, 3, 1)),
        "3",
        "4",
        ("corpus.jsonl:5", "No id here.", None),
    ]


def test_missing_file_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"no such file: 'nowhere\.txt'"):
        read_path("nowhere.txt")
