"""Quantities in Russian news phrasing (sentences written for these tests): the decimal
comma, spaced thousands, scale and unit words in their cases, counts of things and of
people, changes, factors, from-to, ranges, and the traps that are no figure."""

from __future__ import annotations

import pytest

from sinorus_facts.quantities.ru import find_quantities
from tests.quantity_records import Q, Row, record

pytest.importorskip("pymorphy3")

_NUMBERS: list[Row] = [
    ("Выручка составила 12,75 млрд рублей.", [Q("12,75 млрд рублей", "12750000000", unit="RUB")]),
    ("Резервы достигли 1 250 млн долларов.", [Q("1 250 млн долларов", "1250000000", unit="USD")]),
    ("Импорт достиг $4,8 млрд.", [Q("$4,8 млрд", "4800000000", unit="USD")]),
    (
        "Вклад составил 3,1 триллиона юаней.",
        [Q("3,1 триллиона юаней", "3100000000000", unit="CNY")],
    ),
    (
        "По трубе прошло 9,6 млрд кубометров газа.",
        [Q("9,6 млрд кубометров", "9600000000", unit="m3")],
    ),
    ("Завод выпустит 4 млн тонн аммиака в год.", [Q("4 млн тонн", "4000000", unit="t/yr")]),
    ("Длина дороги — 715 километров.", [Q("715 километров", "715", unit="km")]),
    ("Доля рынка выросла до 17,5 процента.", [Q("17,5 процента", "17.5", unit="%")]),
]

_COUNTS: list[Row] = [
    ("Город посетили 18,4 тыс. туристов.", [Q("18,4 тыс. туристов", "18400", unit="person")]),
    (
        "Стороны обсудили 64 инвестиционных проекта.",
        [Q("64 инвестиционных проекта", "64", unit="count")],
    ),
    (
        "В регион прибыли около 1 200 военнослужащих.",
        [Q("1 200 военнослужащих", "1200", unit="person", bound="~")],
    ),
    (
        "Ярмарку представили более трех десятков компаний.",
        [Q("трех десятков компаний", "30", unit="count", bound=">")],
    ),
    ("Подписан 15-летний договор.", [Q("15-летний", "15", unit="year")]),
]

_CHANGES: list[Row] = [
    (
        "Поставки увеличились на 7,3% — до 41,2 млн тонн.",
        [Q("7,3%", "7.3", unit="%", change="increase"), Q("41,2 млн тонн", "41200000", unit="t")],
    ),
    (
        "Экспорт снизился на 2,5 процента, а импорт — на 4 процента.",
        [
            Q("2,5 процента", "2.5", unit="%", change="decrease"),
            Q("4 процента", "4", unit="%", change="decrease"),
        ],
    ),
    (
        "Оборот прибавил 9 процентов за квартал.",
        [Q("9 процентов", "9", unit="%", change="increase")],
    ),
    ("Цены оказались на 3,5% ниже прогноза.", [Q("3,5%", "3.5", unit="%", change="decrease")]),
    (
        "Ставка снизилась на 0,75 п.п. за месяц.",
        [Q("0,75 п.п.", "0.75", unit="pp", change="decrease")],
    ),
    (
        "Выпуск вырос с 51,3 до 55,9 млн тонн.",
        [Q("51,3 до 55,9 млн тонн", "55900000", unit="t", change="from_to", from_value="51300000")],
    ),
    (
        "Продажи выросли почти в три раза.",
        [Q("в три раза", "3", unit="x", bound="~", change="factor")],
    ),
    ("Компания хочет нарастить добычу вдвое.", [Q("вдвое", "2", unit="x", change="factor")]),
    ("Число рейсов выросло в 2,4 раза.", [Q("в 2,4 раза", "2.4", unit="x", change="factor")]),
    ("Инфляция замедлилась до 5,9%.", [Q("5,9%", "5.9", unit="%")]),
    (
        "Продажи оказались на треть больше плана.",
        [Q("треть", "33.33", unit="%", change="increase")],
    ),
    ("Отгрузки превысили план на 4%.", [Q("4%", "4", unit="%", change="increase")]),
    (
        "Добыча составила 14 млн тонн, на 1,5 млн больше.",
        [
            Q("14 млн тонн", "14000000", unit="t"),
            Q("1,5 млн", "1500000", unit="t", change="increase"),
        ],
    ),
]

_BOUNDS: list[Row] = [
    (
        "Контракт предусматривает поставку до 22 млрд кубометров.",
        [Q("22 млрд кубометров", "22000000000", unit="m3", bound="<=")],
    ),
    (
        "Вложено свыше 300 млрд рублей.",
        [Q("300 млрд рублей", "300000000000", unit="RUB", bound=">")],
    ),
    (
        "Плановый объем — 40-45 млн тонн.",
        [Q("40-45 млн тонн", "40000000", high="45000000", unit="t")],
    ),
    ("На долю лидеров приходится треть рынка.", [Q("треть", "33.33", unit="%")]),
]

_PRICES: list[Row] = [
    ("Баррель подорожал до $68,4 за баррель.", [Q("$68,4 за баррель", "68.4", unit="USD/bbl")]),
    ("Уголь стоил 95 долларов за тонну.", [Q("95 долларов за тонну", "95", unit="USD/t")]),
]

_TRAPS: list[Row] = [
    ("Учения пройдут 12-16 октября 2025 года.", []),
    ("Совещание состоялось 14 марта.", []),
    ("Данные обновлены 05.11.2024 в 14:20.", []),
    ("Маневры «Север-2024» завершились.", []),
    ("В 2023 году и в 2021-м ситуация была иной.", []),
    ("Модель Haval 6 Max вышла в продажу.", []),
    ("Лидеры двух стран обсудили торговлю.", []),
]


@pytest.mark.parametrize(("text", "expected"), _NUMBERS, ids=[t for t, _ in _NUMBERS])
def test_numbers_scales_units(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _COUNTS, ids=[t for t, _ in _COUNTS])
def test_counts(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _CHANGES, ids=[t for t, _ in _CHANGES])
def test_changes(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _BOUNDS, ids=[t for t, _ in _BOUNDS])
def test_bounds_ranges_shares(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _PRICES, ids=[t for t, _ in _PRICES])
def test_prices(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _TRAPS, ids=[t for t, _ in _TRAPS])
def test_traps(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


# A number in words with a scale word and a unit, in the case the preposition governs.
_WORD_SCALES: list[Row] = [
    (
        "Закуплено более двух миллионов тонн ячменя.",
        [Q("двух миллионов тонн", "2000000", unit="t", bound=">")],
    ),
    (
        "Сделка оценена почти в три миллиарда долларов.",
        [Q("три миллиарда долларов", "3000000000", unit="USD", bound="~")],
    ),
    ("Город принял пять тысяч туристов.", [Q("пять тысяч туристов", "5000", unit="person")]),
    ("Было названо около двух миллионов.", []),
    (
        "Добыто полтора миллиона тонн руды.",
        [Q("полтора миллиона тонн", "1500000", unit="t")],
    ),
    (
        "Импорт вырос в полтора раза.",
        [Q("в полтора раза", "1.5", unit="x", change="factor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _WORD_SCALES, ids=[t for t, _ in _WORD_SCALES])
def test_word_scales(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected


# A change in the future or the infinitive, as forecasts say it.
_FUTURE_CHANGES: list[Row] = [
    ("Добыча может вырасти на 3%.", [Q("3%", "3", unit="%", change="increase")]),
    ("Выпуск вырастет на 2,5%.", [Q("2,5%", "2.5", unit="%", change="increase")]),
    ("Экспорт может сократиться на 4%.", [Q("4%", "4", unit="%", change="decrease")]),
    ("Поставки снизятся на 1,2%.", [Q("1,2%", "1.2", unit="%", change="decrease")]),
    ("Цены могут упасть на 7%.", [Q("7%", "7", unit="%", change="decrease")]),
]


@pytest.mark.parametrize(("text", "expected"), _FUTURE_CHANGES, ids=[t for t, _ in _FUTURE_CHANGES])
def test_future_changes(text: str, expected: list[object]) -> None:
    assert [record(q) for q in find_quantities(text)] == expected
