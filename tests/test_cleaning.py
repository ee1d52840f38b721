"""Page furniture: lines that are no article are marked (never removed, offsets stay), and
nothing in the furniture of the seed pages becomes a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

import sinorus_facts
from sinorus_facts.ingest.cleaning import boilerplate_spans, is_boilerplate_line

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_FURNITURE = [
    "Subscribe",
    "Start a Free Trial",
    "Related Articles",
    "Share",
    "Back to top",
    "Top Bottom",
    "• Audio Only",
    "News > Business",
    "Home | World | Markets",
    "12 Comments",
    "0",
    "4,213 views",
    "IMG_20190312_0945.jpg",
    "harbin-fair-2019.png caption",
    "https://example.org/news/2019/03/12/fair",
    "www.example.org/trade",
    "desk@news.example.org",
    "© Reuters / Maxim Shemetov",
    "Photo: TASS",
    "READ MORE: Border trade hits new high",
    "Tags: trade, energy",
    "Editor: Wang Li",
    "Source: Eastern Trade Review",
    "Click on the button below to create your account and get access to 500 articles.",
    "Leaders meet in Sochi on May 14, 2018. | Photo: Reuters",
    "The views and opinions expressed here do not necessarily reflect those of the site.",
]

_ARTICLE_LINES = [
    "Trade rose 5 percent to $107 billion in 2017.",
    "Gazprom will ship 38 bcm a year, the company said.",
    "Source: Xinhua | 2019-03-12 10:14:16 | Editor: huaxia",
    "Russia and China share a 4,300-kilometer border.",
    "More than 1,200 comments were filed by the public during the review.",
    "Related talks will continue in Beijing next month, officials said.",
]


@pytest.mark.parametrize("line", _FURNITURE, ids=_FURNITURE)
def test_furniture_line(line: str) -> None:
    assert is_boilerplate_line(line) is True


@pytest.mark.parametrize("line", _ARTICLE_LINES, ids=_ARTICLE_LINES)
def test_article_line(line: str) -> None:
    assert is_boilerplate_line(line) is False


def test_furniture_is_marked_without_moving_offsets() -> None:
    text = "Gas deal signed\r\nShare\n\nGazprom will ship gas.\n0\nComments\n"
    assert [text[s:e] for s, e in boilerplate_spans(text)] == ["Share", "0", "Comments"]


# Furniture of the seed pages (file, text) that must not become a claim.
_SEED_FURNITURE = [
    (
        "000_79b10f59d3d06036.txt",
        "Click on the button below to create your account and get immediate access to thousands of articles.",
    ),
    ("000_79b10f59d3d06036.txt", "Start a Free Trial"),
    ("000_79b10f59d3d06036.txt", "silkroadweekly@xinhua.org"),
    (
        "000_79b10f59d3d06036.txt",
        "Xinhua Silk Road - Belt and Road Portal, China's silk road economic belt and 21st Century",
    ),
    ("001_9ba1684f5d8b9a0c.txt", "May 12\n16:20 2017"),
    ("002_f90369ab53388314.txt", "1034202091.jpg"),
    ("002_f90369ab53388314.txt", "15:30 17.11.2017(updated 15:36 17.11.2017)Get short URL"),
    (
        "002_f90369ab53388314.txt",
        "https://sputniknews.com/military/201711171059188661-russia-china-missile-strike/",
    ),
    ("002_f90369ab53388314.txt", "FOREIGN201801020750000549001697170.jpg"),
    ("002_f90369ab53388314.txt", "http://en.people.cn/n3/2018/0102/c90000-9310371.html"),
    ("002_f90369ab53388314.txt", "sino-SovietAlliance-china-soviet-propaganda-001.jpg"),
    ("002_f90369ab53388314.txt", "upload_2018-3-19_12-6-17.png"),
    ("002_f90369ab53388314.txt", "Source: Xinhua | 2018-03-19 10:14:16 | Editor: huaxia"),
    ("002_f90369ab53388314.txt", "XxjidwE005001_20180319_BNMFN0A002_11n.jpg"),
    ("004_481d47791ed4225a.txt", "Published 16 November 2018"),
    ("004_481d47791ed4225a.txt", "Comment\n0\nComments\nPost with no comments."),
    ("004_481d47791ed4225a.txt", "Nov. 15, 2018. | Photo: Reuters"),
]


@pytest.mark.parametrize(
    ("name", "furniture"), _SEED_FURNITURE, ids=[f"{n[:3]}:{f[:30]}" for n, f in _SEED_FURNITURE]
)
def test_seed_furniture_gives_no_claim(seed_claims, name: str, furniture: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    start = text.find(furniture)
    end = start + len(furniture)
    inside = [
        c.evidence.quantity
        for c in seed_claims[name]
        if c.evidence.quantity_start < end and start < c.evidence.quantity_end
    ]
    assert (start >= 0, inside) == (True, [])


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_no_seed_claim_comes_from_a_furniture_line(seed_claims, name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    spans = boilerplate_spans(text)
    inside = [
        c.evidence.quantity
        for c in seed_claims[name]
        if any(s <= c.evidence.quantity_start < e for s, e in spans)
    ]
    assert inside == []


# (id, page, the figures found in it): the headlines listed under a header of links are
# other articles, and their figures none of this one's; the list ends at the first line of text.
_LINK_LISTS = [
    (
        "related-headlines-after-the-article",
        (
            "Rail freight rose 6% in May.\n\nRelated:\nPort of Vanino adds 2 berths\n"
            "Harbin fair to host 1,800 exhibitors\n"
        ),
        ["6%"],
    ),
    (
        "read-more-then-text-again",
        (
            "Coal exports rose 4% in 2023.\nRead more\n\nGrain deals top $2 billion\n\n"
            "Timber exports fell 9% in 2023.\n"
        ),
        ["4%", "9%"],
    ),
    (
        "a-list-header-inside-a-sentence-is-text",
        "Related talks on grain ended with a deal for 3 million tonnes.\n",
        ["3 million tonnes"],
    ),
]


@pytest.mark.parametrize(
    ("page", "figures"), [r[1:] for r in _LINK_LISTS], ids=[r[0] for r in _LINK_LISTS]
)
def test_headlines_of_a_list_of_links_give_no_claim(page: str, figures: list[str]) -> None:
    found = [c.evidence.quantity for c in sinorus_facts.extract(page, published="2024-06-01")]
    assert found == figures
