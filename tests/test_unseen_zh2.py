"""Chinese news it has not seen, second round (issue 29): passages written for this file in
the genres the first round (tests/test_unseen_zh.py) covered less: border ports and bridges
(黑河, 满洲里, 绥芬河, 二连浩特), trucks and trains, cross-border e-commerce, soybeans and beef,
car exports (乘联会), students (留学生), an ambassador's interview, an outlet's report. The
families: goods carried ("进出口货物", "货车") are trade before the port's infrastructure; a
design capacity a year ("设计年通过能力") is a rate per year; "截至11月中旬，<place>今年累计"
runs from January to the 20th; "2024/2025学年" from September to August; "X在接受Y采访时表示"
names X; "据<outlet>报道" citing no one credits the outlet, as English credits "according
to Reuters". Each passage lists every figure it holds; each row checks one figure's fields,
its change too.
"""

from __future__ import annotations

import functools

import pytest

from sinorus_facts.models import Claim
from sinorus_facts.pipeline.languages import extract_language

# (passage, the figure as quoted, value, unit, bound, change, period start, period end,
# modality, source, category)
Row = tuple[
    str, str, float, str | None, str, str | None, str | None, str | None, str, str | None, str
]

LANGUAGE = "zh"

_PASSAGES: dict[str, tuple[str, str | None]] = {
    "z01-heihe-bridge": (
        "新华社哈尔滨1月18日电（记者 张明）记者从黑河海关获悉，2024年经黑龙江（黑河）公路大桥进出口货物42.6万吨，同比增长35%。其中，出口货物18.2万吨。大桥设计年通过能力为300万吨。",
        "2025-01-18",
    ),
    "z02-manzhouli-trains": (
        "据满洲里海关统计，今年前三季度，经满洲里口岸进出境中欧班列3600列，同比增长8.2%，运送货物38万标箱。",
        "2024-10-16",
    ),
    "z03-suifenhe-ecommerce": (
        "绥芬河市商务局介绍，上半年绥芬河跨境电商进出口额达到12.5亿元，同比增长46%。预计下半年跨境电商进出口额将超过15亿元。",
        "2024-07-22",
    ),
    "z04-erlian-trucks": (
        "截至11月中旬，二连浩特公路口岸今年累计验放进出境货车12.3万辆次，同比增长21%。",
        "2024-11-20",
    ),
    "z05-soy-beef": (
        "海关总署数据显示，1-11月我国自俄罗斯进口大豆72万吨，同比下降12%；进口牛肉5.6万吨，增长1.3倍。俄罗斯猪肉对华出口量为11万吨。",
        "2024-12-20",
    ),
    "z07-cpca": (
        "乘联会数据显示，10月我国汽车对俄罗斯出口9.8万辆，环比增长6%。1-10月累计出口超过90万辆。",
        "2024-11-12",
    ),
    "z08-students": (
        "教育部国际司负责人表示，目前在华俄罗斯留学生超过5.6万人，在俄中国留学生约6.6万人。2024/2025学年，两国互派留学生总数突破12万人。",
        "2025-03-10",
    ),
    "z10-ambassador-quote": (
        "俄罗斯驻华大使莫尔古洛夫在接受人民日报记者采访时表示：“今年前10个月，俄中贸易额超过2000亿美元。”他还说，全年贸易额有望超过2400亿美元。",
        "2024-11-25",
    ),
    "z13-sputnik-relay": (
        "据俄罗斯卫星通讯社报道，俄罗斯对华小麦出口量在2024年增长40%，达到35万吨。",
        "2025-01-28",
    ),
}

_ROWS: list[Row] = [
    (
        "z01-heihe-bridge",
        "42.6万吨",
        426000.0,
        "t",
        "=",
        None,
        "2024-01-01",
        "2024-12-31",
        "actual",
        "黑河海关",
        "trade",
    ),
    (
        "z01-heihe-bridge",
        "35%",
        35.0,
        "%",
        "=",
        "increase",
        "2024-01-01",
        "2024-12-31",
        "actual",
        "黑河海关",
        "trade",
    ),
    (
        "z01-heihe-bridge",
        "18.2万吨",
        182000.0,
        "t",
        "=",
        None,
        "2024-01-01",
        "2024-12-31",
        "actual",
        "黑河海关",
        "trade",
    ),
    (
        "z01-heihe-bridge",
        "300万吨",
        3000000.0,
        "t/yr",
        "=",
        None,
        None,
        None,
        "target",
        "黑河海关",
        "infrastructure",
    ),
    (
        "z02-manzhouli-trains",
        "3600列",
        3600.0,
        "count",
        "=",
        None,
        "2024-01-01",
        "2024-09-30",
        "actual",
        "满洲里海关",
        "trade",
    ),
    (
        "z02-manzhouli-trains",
        "8.2%",
        8.2,
        "%",
        "=",
        "increase",
        "2024-01-01",
        "2024-09-30",
        "actual",
        "满洲里海关",
        "trade",
    ),
    (
        "z02-manzhouli-trains",
        "38万标箱",
        380000.0,
        "TEU",
        "=",
        None,
        "2024-01-01",
        "2024-09-30",
        "actual",
        "满洲里海关",
        "trade",
    ),
    (
        "z03-suifenhe-ecommerce",
        "12.5亿元",
        1250000000.0,
        "CNY",
        "=",
        None,
        "2024-01-01",
        "2024-06-30",
        "actual",
        "绥芬河市商务局",
        "trade",
    ),
    (
        "z03-suifenhe-ecommerce",
        "46%",
        46.0,
        "%",
        "=",
        "increase",
        "2024-01-01",
        "2024-06-30",
        "actual",
        "绥芬河市商务局",
        "trade",
    ),
    (
        "z03-suifenhe-ecommerce",
        "15亿元",
        1500000000.0,
        "CNY",
        ">",
        None,
        "2024-07-01",
        "2024-12-31",
        "forecast",
        "绥芬河市商务局",
        "trade",
    ),
    (
        "z04-erlian-trucks",
        "12.3万辆次",
        123000.0,
        "count",
        "=",
        None,
        "2024-01-01",
        "2024-11-20",
        "actual",
        None,
        "trade",
    ),
    (
        "z04-erlian-trucks",
        "21%",
        21.0,
        "%",
        "=",
        "increase",
        "2024-01-01",
        "2024-11-20",
        "actual",
        None,
        "trade",
    ),
    (
        "z05-soy-beef",
        "72万吨",
        720000.0,
        "t",
        "=",
        None,
        "2024-01-01",
        "2024-11-30",
        "actual",
        "海关总署",
        "trade",
    ),
    (
        "z05-soy-beef",
        "12%",
        12.0,
        "%",
        "=",
        "decrease",
        "2024-01-01",
        "2024-11-30",
        "actual",
        "海关总署",
        "trade",
    ),
    (
        "z05-soy-beef",
        "5.6万吨",
        56000.0,
        "t",
        "=",
        None,
        "2024-01-01",
        "2024-11-30",
        "actual",
        "海关总署",
        "trade",
    ),
    (
        "z05-soy-beef",
        "增长1.3倍",
        2.3,
        "x",
        "=",
        "factor",
        "2024-01-01",
        "2024-11-30",
        "actual",
        "海关总署",
        "trade",
    ),
    (
        "z05-soy-beef",
        "11万吨",
        110000.0,
        "t",
        "=",
        None,
        "2024-01-01",
        "2024-11-30",
        "actual",
        "海关总署",
        "trade",
    ),
    (
        "z07-cpca",
        "9.8万辆",
        98000.0,
        "count",
        "=",
        None,
        "2024-10-01",
        "2024-10-31",
        "actual",
        "乘联会",
        "trade",
    ),
    (
        "z07-cpca",
        "6%",
        6.0,
        "%",
        "=",
        "increase",
        "2024-10-01",
        "2024-10-31",
        "actual",
        "乘联会",
        "trade",
    ),
    (
        "z07-cpca",
        "90万辆",
        900000.0,
        "count",
        ">",
        None,
        "2024-01-01",
        "2024-10-31",
        "actual",
        "乘联会",
        "trade",
    ),
    (
        "z08-students",
        "5.6万人",
        56000.0,
        "person",
        ">",
        None,
        "2025-03-01",
        "2025-03-31",
        "actual",
        "教育部国际司负责人",
        "other",
    ),
    (
        "z08-students",
        "6.6万人",
        66000.0,
        "person",
        "~",
        None,
        "2025-03-01",
        "2025-03-31",
        "actual",
        "教育部国际司负责人",
        "other",
    ),
    (
        "z08-students",
        "12万人",
        120000.0,
        "person",
        ">",
        None,
        "2024-09-01",
        "2025-08-31",
        "actual",
        "教育部国际司负责人",
        "other",
    ),
    (
        "z10-ambassador-quote",
        "2000亿美元",
        200000000000.0,
        "USD",
        ">",
        None,
        "2024-01-01",
        "2024-10-31",
        "actual",
        "莫尔古洛夫",
        "trade",
    ),
    (
        "z10-ambassador-quote",
        "2400亿美元",
        240000000000.0,
        "USD",
        ">",
        None,
        "2024-01-01",
        "2024-12-31",
        "forecast",
        "莫尔古洛夫",
        "trade",
    ),
    (
        "z13-sputnik-relay",
        "40%",
        40.0,
        "%",
        "=",
        "increase",
        "2024-01-01",
        "2024-12-31",
        "actual",
        "俄罗斯卫星通讯社",
        "trade",
    ),
    (
        "z13-sputnik-relay",
        "35万吨",
        350000.0,
        "t",
        "=",
        None,
        "2024-01-01",
        "2024-12-31",
        "actual",
        "俄罗斯卫星通讯社",
        "trade",
    ),
]


@functools.cache
def _claims(passage: str) -> tuple[Claim, ...]:
    text, published = _PASSAGES[passage]
    return tuple(extract_language(text, LANGUAGE, doc_id=passage, published=published))


def _fields(claim: Claim) -> tuple[object, ...]:
    period = claim.period
    return (
        claim.evidence.quantity,
        claim.value,
        claim.unit,
        claim.bound,
        claim.change,
        period.start.isoformat() if period and period.start else None,
        period.end.isoformat() if period and period.end else None,
        claim.modality,
        claim.attribution,
        claim.category,
    )


@pytest.mark.parametrize("passage", sorted(_PASSAGES))
def test_every_figure_and_no_other(passage: str) -> None:
    """The passage's figures, in order: none missed, none added."""
    expected = [row[1] for row in _ROWS if row[0] == passage]
    assert [c.evidence.quantity for c in _claims(passage)] == expected


@pytest.mark.parametrize("row", _ROWS, ids=[f"{row[0]}:{row[1]}" for row in _ROWS])
def test_each_field(row: Row) -> None:
    """Each figure's value, unit, bound, change, period, modality, source and category."""
    passage, quote = row[0], row[1]
    found = [c for c in _claims(passage) if c.evidence.quantity == quote]
    assert found, f"{quote!r} not read in {passage}"
    assert _fields(found[0]) == row[1:]
