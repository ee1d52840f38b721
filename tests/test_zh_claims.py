"""Claims of short Chinese reports (written for these tests): the report's period and
source carried to its breakdowns, a month of the same report, a speaker, a forecast, the
writer's background, a page dated by its dateline."""

from __future__ import annotations

import pytest

from sinorus_facts.pipeline.languages import extract_language

Row = tuple[
    str, str | None, list[tuple[str, float, str | None, str | None, str | None, str, str | None]]
]

_REPORTS: list[Row] = [
    (
        "新华社北京4月9日电 海关总署9日发布的数据显示,一季度中俄贸易额为540.2亿美元。",
        "2025-04-09",
        [("540.2亿美元", 540.2e8, "USD", None, "2025-01-01", "actual", "海关总署")],
    ),
    (
        "商务部数据显示,今年上半年,两国贸易额为1520亿元人民币。",
        "2024-07-20",
        [("1520亿元人民币", 1520e8, "CNY", None, "2024-01-01", "actual", "商务部")],
    ),
    (
        (
            "中新社北京3月9日电 据中国海关总署统计,2025年1-2月,中俄贸易额为352.6亿美元,同比下降5.1%。"
            "其中,中国对俄出口160.2亿美元。2023年,两国贸易额增长26.3%。"
        ),
        None,
        [
            ("352.6亿美元", 352.6e8, "USD", None, "2025-01-01", "actual", "中国海关总署"),
            ("5.1%", 5.1, "%", "decrease", "2025-01-01", "actual", "中国海关总署"),
            ("160.2亿美元", 160.2e8, "USD", None, "2025-01-01", "actual", "中国海关总署"),
            ("26.3%", 26.3, "%", "increase", "2023-01-01", "actual", None),
        ],
    ),
    (
        "该公司总经理王明表示,预计今年客流量将超过80万人次。",
        "2024-04-02",
        [("80万人次", 8e5, "person", None, "2024-01-01", "forecast", "王明")],
    ),
    (
        "今年前8个月,约有9.6万人次中国游客赴俄。他表示,预计2022年全年将超过15万人次。",
        None,
        [
            ("9.6万人次", 9.6e4, "person", None, "2022-01-01", "actual", None),
            ("15万人次", 1.5e5, "person", None, "2022-01-01", "forecast", None),
        ],
    ),
    (
        "中俄“北部联合”军演于9日结束,双方共派出舰艇14艘、飞机20余架。",
        "2024-07-15",
        [
            ("14艘", 14.0, "count", None, "2024-07-09", "actual", None),
            ("20余架", 20.0, "count", None, "2024-07-09", "actual", None),
        ],
    ),
    (
        "2012年3月1日,该管道正式投产,设计年输气量120亿立方米。协会12日表示,今年游客增加3万人次。",
        "2024-04-15",
        [
            ("120亿立方米", 120e8, "m3/yr", None, None, "target", None),
            ("3万人次", 3e4, "person", None, "2024-01-01", "actual", "协会"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), _REPORTS, ids=[t[:20] for t, _, _ in _REPORTS]
)
def test_reports(text: str, published: str | None, expected: list[object]) -> None:
    claims = extract_language(text, "zh", doc_id="t", published=published)
    found = [
        (
            c.evidence.quantity,
            c.value,
            c.unit,
            c.change,
            c.period.start.isoformat() if c.period and c.period.start else None,
            c.modality,
            c.attribution,
        )
        for c in claims
    ]
    assert found == expected
