"""Quantities in Chinese news phrasing (sentences written for these tests): scale
characters with digits, numerals in characters, measure words, counts of people, changes
right after their verb, 倍 after a rise, from-to, rates, and the traps that are no figure."""

from __future__ import annotations

import pytest

from sinorus_facts.quantities.zh import find_quantities
from tests.quantity_records import Q, Row, record

_NUMBERS: list[Row] = [
    ("出口额为318.6亿美元。", [Q("318.6亿美元", "31860000000", unit="USD")]),
    ("进出口总值3275亿4500万元。", [Q("3275亿4500万元", "327545000000", unit="CNY")]),
    ("全年贸易额达到1.2万亿元。", [Q("1.2万亿元", "1200000000000", unit="CNY")]),
    ("该港口吞吐煤炭860万吨。", [Q("860万吨", "8600000", unit="t")]),
    ("项目总长约1240公里。", [Q("1240公里", "1240", unit="km", bound="~")]),
]

_COUNTS: list[Row] = [
    (
        "双方共派出9艘舰艇和两架直升机。",
        [Q("9艘", "9", unit="count"), Q("两架", "2", unit="count")],
    ),
    ("今年接待了超过6.3万中国游客。", [Q("6.3万中国游客", "63000", unit="person", bound=">")]),
    ("春节期间出境游达到120万人次。", [Q("120万人次", "1200000", unit="person")]),
    ("合作期限为25年。", [Q("25年", "25", unit="year")]),
    ("代表团停留了12天左右。", [Q("12天左右", "12", unit="day", bound="~")]),
]

_CHANGES: list[Row] = [
    ("出口同比增长18.4%。", [Q("18.4%", "18.4", unit="%", change="increase")]),
    ("进口值略降0.7%。", [Q("0.7%", "0.7", unit="%", change="decrease")]),
    ("客流量比上年增长2倍。", [Q("增长2倍", "3", unit="x", change="factor")]),
    ("销量翻了一番。", [Q("翻了一番", "2", unit="x", change="factor")]),
    (
        "人数从4万人次增至6万人次。",
        [Q("从4万人次增至6万人次", "60000", unit="person", change="from_to", from_value="40000")],
    ),
    ("占同期外贸总值的3.1%。", [Q("3.1%", "3.1", unit="%")]),
    ("份额提高了0.8个百分点。", [Q("0.8个百分点", "0.8", unit="pp", change="increase")]),
    ("运量同比增长三成。", [Q("三成", "30", unit="%", change="increase")]),
    ("贸易额增长了百分之十二。", [Q("百分之十二", "12", unit="%", change="increase")]),
]

_RATES: list[Row] = [
    ("管道每年输送220亿立方米天然气。", [Q("220亿立方米", "22000000000", unit="m3/yr")]),
    ("设计年输油能力900万吨。", [Q("900万吨", "9000000", unit="t/yr")]),
]

_PRICES: list[Row] = [
    ("原油价格为每桶66.2美元。", [Q("66.2美元", "66.2", unit="USD/bbl")]),
    ("动力煤报价105美元/吨。", [Q("105美元/吨", "105", unit="USD/t")]),
]

_TRAPS: list[Row] = [
    ("2022年3月15日,双方举行会谈。", []),
    ("第6届博览会在哈尔滨开幕。", []),
    ("更新时间:2021-09-14 16:02 阅读:3517", []),
    ("前8个月,中俄两国贸易保持增长。", []),
    ("他发表了一篇文章。", []),
    ("该市一举成为区域中心。", []),
]


@pytest.mark.parametrize(("text", "expected"), _NUMBERS, ids=[t for t, _ in _NUMBERS])
def test_numbers_scales_units(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _COUNTS, ids=[t for t, _ in _COUNTS])
def test_counts_and_durations(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _CHANGES, ids=[t for t, _ in _CHANGES])
def test_changes(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _RATES, ids=[t for t, _ in _RATES])
def test_rates(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _PRICES, ids=[t for t, _ in _PRICES])
def test_prices(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _TRAPS, ids=[t for t, _ in _TRAPS])
def test_traps(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected
