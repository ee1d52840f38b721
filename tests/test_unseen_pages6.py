"""Pages as analysts save them (issues 24/25, sixth round): wire stories with their menus,
share buttons, captions and "Read also" links, feeds of short items, interviews in question
and answer form, statistics releases with lists, pages with readers' comments, pages of two
languages, live blogs. Each row is a page written for this file (names and figures are our
own) with what the library must read of it: the furniture's figures give no claim (or one
marked ``in_comment``), the article's figures get their category and source.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import sinorus_facts


def _page(tmp_path: Path, name: str, text: str) -> list[sinorus_facts.Claim]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return sinorus_facts.extract_file(path)


def _claimed(claims: list[sinorus_facts.Claim], quantity: str) -> list[sinorus_facts.Claim]:
    return [c for c in claims if quantity in c.evidence.quantity and not c.in_comment]


# Furniture: links to other stories under a header ("Read also" on its own line, "Читайте
# также:", "相关新闻"), links to the outlet's other stories ("More from ...:"), counters of
# readers, views and subscribers, donation and newsletter boxes, and readers' comments under
# a "Comments (N)" line: none of their figures is the article's.
_FURNITURE: list[tuple[str, str, str, list[str], list[str]]] = [
    (
        "read-also-alone-on-its-line",
        "p.txt",
        (
            "Coal exports rise\nVLADIVOSTOK, June 14. /TASS/. Russian Railways shipped 28.1 mln tons"
            " of coal to China in January-May 2024, the company said.\nRead also\nRussia, China to"
            " lift rail freight to 120 mln tons by 2030\nTransit via the border crossings rose 7% to"
            " 40.3 mln tons, the company said.\n"
        ),
        ["120 mln tons"],
        ["28.1 mln tons", "7%", "40.3 mln tons"],
    ),
    (
        "comments-after-a-counted-header",
        "p.txt",
        (
            "Trade with China slows\nMoscow, 8 July 2024\nTrade between Russia and China rose 2.1% to"
            " $110.4 billion in January-June, China's customs said.\n\nComments (3)\nPetr_M: We"
            " waited 5 months for a payment. Banks take 4% now.\nanna88 2 days ago\nExports will hit"
            " $280 billion next year.\nReply | Like 9\nLoad more comments\n"
        ),
        ["5 months", "4%", "$280 billion"],
        ["2.1%", "$110.4 billion"],
    ),
    (
        "a-page-of-comments-only",
        "p.txt",
        (
            'Comments on "Chinese machines flood Russian plants"\nShow 3 comments\nPavel K.'
            " 12 hours ago\nOur plant buys 80% of its machines from China now.\nReply\n"
        ),
        ["80%"],
        [],
    ),
    (
        "readers-views-and-subscribers",
        "p.txt",
        (
            "Pork exports double\n28.06.2024, 09:05\nRussian pork shipments to China doubled in"
            " January-May to 38,000 tonnes, according to the Agroexport center.\nShare | Print |"
            " 2,045 views\nLoad more | 1,377 readers online\nJoin over 120,000 subscribers of our"
            " newsletter.\nOur journalism is free. Support us with a donation of 7 euros a month.\n"
        ),
        ["2,045", "1,377", "120,000", "7 euros"],
        ["38,000 tonnes"],
    ),
    (
        "live-blog-reader-counter",
        "p.txt",
        (
            "LIVE: State visit, day 2\nUpdated 17 May 2024, 15:40\n\n14:05\nRosatom said the"
            " contracts are worth about $1.9 billion.\n\n09:10\nGood morning and welcome to our live"
            " coverage. 3,118 readers are following this blog.\n"
        ),
        ["3,118"],
        ["$1.9 billion"],
    ),
    (
        "russian-read-also-line",
        "p.txt",
        (
            'Интерфакс\nПоставки газа выросли\nМосква. 2 января. INTERFAX.RU - "Газпром" в 2023'
            " году поставил в Китай 21,5 млрд кубометров газа, сообщил глава компании Алексей"
            " Миллер.\nЧитайте также: Китай в 2023 году увеличил импорт СПГ на 14%\nТеги: Газпром,"
            " Китай\n"
        ),
        ["14%"],
        ["21,5 млрд кубометров"],
    ),
    (
        "chinese-related-news-list",
        "p.txt",
        (
            "中俄贸易额增长\n2024年06月07日 10:15 来源：人民网\n据海关总署统计，今年前5个月，中俄双边贸易额"
            "达到950.2亿美元，同比增长2.1%。\n相关新闻\n中俄贸易额去年突破2300亿美元\n责任编辑：李明\n"
        ),
        ["2300亿美元"],
        ["950.2亿美元", "2.1%"],
    ),
    (
        "more-from-the-outlet",
        "p.html",
        (
            "<html><body><h1>Navies hold joint drills</h1><div>Updated 14:22, 21-Jul-2024</div>"
            "<p>The navies of China and Russia launched joint drills on Sunday, with 12 warships"
            " taking part, China's Ministry of National Defense said.</p>"
            "<div class='more'>More from CGTN: China's defense budget to grow 7.4% in 2024</div>"
            "</body></html>"
        ),
        ["7.4%"],
        ["12 warships"],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "furniture", "figures"),
    [r[1:] for r in _FURNITURE],
    ids=[r[0] for r in _FURNITURE],
)
def test_furniture_gives_no_claim(
    nlp: Language, tmp_path: Path, name: str, text: str, furniture: list[str], figures: list[str]
) -> None:
    claims = _page(tmp_path, name, text)
    for quantity in furniture:
        assert not _claimed(claims, quantity), quantity
    for quantity in figures:
        assert _claimed(claims, quantity), quantity


def test_comments_are_marked(nlp: Language, tmp_path: Path) -> None:
    text = (
        "Trade with China slows\nMoscow, 8 July 2024\nTrade between Russia and China rose 2.1%"
        " in January-June, China's customs said.\n\nComments (2)\nPetr_M: Banks take 4% now."
        "\nanna88 2 days ago\nExports will hit $280 billion next year.\n"
    )
    claims = _page(tmp_path, "p.txt", text)
    assert [(c.evidence.quantity, c.in_comment) for c in claims] == [
        ("2.1%", False),
        ("4%", True),
        ("$280 billion", True),
    ]


# Records: a change after a sum ("58.6 billion yuan (about ...), up 9.7 percent") is the sum's
# change, of its category, and "the figure accounted for" a share of it too; a border is
# geography whatever verb has it; a press office credits the body it speaks for; the answers
# of an interview are the person interviewed; "the bourse", "the airline" stand for the
# exchange and the airline the article named.
_RECORDS: list[tuple[str, str, str, list[tuple[str, str, str | None]]]] = [
    (
        "change-after-a-sum-with-its-conversion",
        "p.txt",
        (
            "Harbin trade up\nHARBIN, April 22 (Xinhua) -- Trade between Heilongjiang Province and"
            " Russia totaled 61.2 billion yuan (about 8.6 billion U.S. dollars) in the first quarter,"
            " up 8.3 percent year on year, according to Harbin Customs.\nThe figure accounted for"
            " 69.5 percent of the province's total foreign trade, the customs said.\n"
        ),
        [
            ("61.2 billion yuan", "trade", "Harbin Customs"),
            ("8.6 billion", "trade", "Harbin Customs"),
            ("8.3 percent", "trade", "Harbin Customs"),
            ("69.5 percent", "trade", "Harbin Customs"),
        ],
    ),
    (
        "a-border-shared-is-geography",
        "p.txt",
        "Amur region profile\nThe Amur region shares a border of about 1,250 km with China.\n",
        [("1,250 km", "geography", None)],
    ),
    (
        "press-service-of-the-company",
        "p.txt",
        (
            "Coal to China\nVLADIVOSTOK, June 14. /TASS/. Russian Railways shipped 29.8 mln tons of"
            " coal to China in January-May, the company's press service told TASS.\nTransit rose by"
            " 5% to 41.7 mln tons, the press service said.\n"
        ),
        [
            ("29.8 mln tons", "energy", "Russian Railways"),
            ("5%", "trade", "Russian Railways"),
            ("41.7 mln tons", "trade", "Russian Railways"),
        ],
    ),
    (
        "interview-with-dashes",
        "p.txt",
        (
            'Interview\n"Grain to China will grow"\nPublished 15 May 2024\nDeputy Agriculture'
            " Minister Oleg Gromov spoke to our correspondent about grain exports.\n- How much grain"
            " did Russia ship to China last year?\n- About 2.9 million tonnes, a record.\n- What"
            " share of that is barley?\n- Roughly 35%.\n"
        ),
        [("2.9 million tonnes", "trade", "Oleg Gromov"), ("35%", "trade", "Oleg Gromov")],
    ),
    (
        "interview-named-at-the-end",
        "p.txt",
        (
            'Interview: "Yuan is the norm"\n10.09.2024 18:20\nQ: How much of your trade with China'
            " is settled in national currencies?\nA: More than 92%. Five years ago it was under 20%."
            "\nQ: And the volume?\nA: We expect turnover of about $235 billion this year, said Deputy"
            " Economy Minister Dmitry Volkov.\n"
        ),
        [
            ("More than 92%", "finance", "Dmitry Volkov"),
            ("under 20%", "finance", "Dmitry Volkov"),
            ("about $235 billion", "trade", "Dmitry Volkov"),
        ],
    ),
    (
        "interview-introduced-with-a-title-and-a-country",
        "p.txt",
        (
            'Interview\nAnna Kovaleva: "Flights will grow"\nRussian Consul General in Harbin'
            " Anna Kovaleva answered questions from our readers.\nQuestion: How many Russians"
            " study in Harbin?\nAnswer: About 4,000 students.\n"
        ),
        [("4,000", "demographics", "Anna Kovaleva")],
    ),
    (
        "live-blog-entries-are-reports-of-their-own",
        "p.txt",
        (
            "LIVE: Forum in Vladivostok\nVladivostok, 5 September 2024\n\n11:45\nPutin says"
            " trade with China grew 24% last year.\n\n11:20\nA Chinese delegation of 250"
            " business people arrived.\n"
        ),
        [("24%", "trade", "Putin"), ("250", "demographics", None)],
    ),
    (
        "interview-turns-opened-by-the-name",
        "p.txt",
        (
            "Q&A\nPublished: 20 Jun 2024\nWe spoke with Anton Belov, head of the Far East"
            " Development Fund, at the forum.\nHow much have you invested with Chinese partners?"
            "\nBelov: More than $3 billion in over 20 projects.\n"
        ),
        [("$3 billion", "investment", "Anton Belov"), ("20 projects", "investment", "Anton Belov")],
    ),
    (
        "the-bourse-after-the-exchange",
        "p.txt",
        (
            "Yuan trading\nNovember 12, 2024\nThe yuan's share of currency trading reached 98.7% in"
            " October, Moscow Exchange said. Yuan bond sales rose 14%, the bourse said.\n"
        ),
        [("98.7%", "finance", "Moscow Exchange"), ("14%", "finance", "Moscow Exchange")],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), [r[1:] for r in _RECORDS], ids=[r[0] for r in _RECORDS]
)
def test_records(
    nlp: Language,
    tmp_path: Path,
    name: str,
    text: str,
    expected: list[tuple[str, str, str | None]],
) -> None:
    claims = _page(tmp_path, name, text)
    for quantity, category, attribution in expected:
        (claim,) = [c for c in claims if quantity in c.evidence.quantity]
        assert (claim.category, claim.attribution) == (category, attribution), quantity


# A page of two languages: the sentences in Russian or Chinese are read by the reader of their
# language (Russian numbers, scale words and changes), in the page's article and date.
def test_page_of_two_languages(nlp: Language, tmp_path: Path) -> None:
    text = (
        "Beef imports from Russia surge\nOctober 14, 2024\nChina's imports of Russian beef rose"
        " 48 percent to 95,000 tonnes in the first nine months, the General Administration of"
        " Customs said.\nИмпорт российской говядины в Китай вырос на 48% до 95 тыс. тонн за"
        " девять месяцев, сообщило Главное таможенное управление КНР.\n"
    )
    claims = _page(tmp_path, "p.txt", text)
    got = [(c.evidence.quantity, c.value, c.unit, c.change) for c in claims]
    assert got[2:] == [("48%", 48.0, "%", "increase"), ("95 тыс. тонн", 95000.0, "t", None)]
    for claim in claims:
        assert claim.period is not None
        assert (claim.period.start.isoformat(), claim.period.end.isoformat()) == (
            "2024-01-01",
            "2024-09-30",
        )


# "data show" read as one noun by the parse ("Chinese customs data show."): the words of a
# body's name before the data are the source; a country's or a kind's data name none.
_DATA_SHOW: list[tuple[str, str, str | None]] = [
    (
        "customs-data-show-at-the-end",
        "Russian exports rose 11% to $126.4 billion in 2023, Chinese customs data show.",
        "Chinese customs",
    ),
    (
        "a-named-body-data-show-first",
        "Rosstat data show industrial output rose 3.5% in 2023.",
        "Rosstat",
    ),
    ("official-data-show-names-no-body", "Official data show output rose 3.5% in 2023.", None),
]


@pytest.mark.parametrize(
    ("text", "source"), [r[1:] for r in _DATA_SHOW], ids=[r[0] for r in _DATA_SHOW]
)
def test_data_show(nlp: Language, text: str, source: str | None) -> None:
    claims = sinorus_facts.extract(text, published="2024-02-09")
    assert claims
    assert {c.attribution for c in claims} == {source}
