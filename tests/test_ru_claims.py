"""Claims of short Russian reports (written for these tests): the report's period carried
to its breakdowns, the source named after its figures and carried through the report, a
quotation's speaker, a forecast, a source in the nominative, the writer's background."""

from __future__ import annotations

import pytest

from sinorus_facts.pipeline.languages import extract_language

pytest.importorskip("pymorphy3")

Row = tuple[
    str, str | None, list[tuple[str, float, str | None, str | None, str | None, str, str | None]]
]

_REPORTS: list[Row] = [
    (
        (
            "Экспорт зерна в Китай за январь–март 2025 года вырос на 9,1%, до 1,4 млн тонн. "
            "Об этом свидетельствуют данные Федеральной таможенной службы."
        ),
        "2025-04-20",
        [
            ("9,1%", 9.1, "%", "increase", "2025-01-01", "actual", "Федеральная таможенная служба"),
            (
                "1,4 млн тонн",
                1.4e6,
                "t",
                None,
                "2025-01-01",
                "actual",
                "Федеральная таможенная служба",
            ),
        ],
    ),
    (
        (
            "Москва. 12 марта. Экспорт угля в Китай в феврале 2025 года снизился на 4,4%, сообщили в Минэнерго. "
            "Поставки в 2024 году составили 95 млн тонн."
        ),
        None,
        [
            ("4,4%", 4.4, "%", "decrease", "2025-02-01", "actual", "Минэнерго"),
            ("95 млн тонн", 95e6, "t", None, "2024-01-01", "actual", None),
        ],
    ),
    (
        (
            "Товарооборот двух стран в январе–мае 2024 года вырос на 6,1%, до $98,4 млрд. Об этом сообщает "
            "Интерфакс, ссылаясь на статистику Главного таможенного управления КНР. Экспорт увеличился на 3,2%. "
            "В 2022 году оборот составил $190 млрд."
        ),
        "2024-06-07",
        [
            (
                "6,1%",
                6.1,
                "%",
                "increase",
                "2024-01-01",
                "actual",
                "Главное таможенное управление КНР",
            ),
            (
                "$98,4 млрд",
                98.4e9,
                "USD",
                None,
                "2024-01-01",
                "actual",
                "Главное таможенное управление КНР",
            ),
            (
                "3,2%",
                3.2,
                "%",
                "increase",
                "2024-01-01",
                "actual",
                "Главное таможенное управление КНР",
            ),
            ("$190 млрд", 190e9, "USD", None, "2022-01-01", "actual", None),
        ],
    ),
    (
        "«Мы ожидаем, что в этом году поставки превысят 40 млн тонн», — заявил министр Игорь Петров.",
        "2025-03-02",
        [("40 млн тонн", 40e6, "t", None, "2025-01-01", "forecast", "Игорь Петров")],
    ),
    (
        "По словам Сергея Орлова, компании подписали контракт на поставку 12 млрд кубометров газа в год.",
        "2025-03-02",
        [("12 млрд кубометров", 12e9, "m3/yr", None, None, "target", "Сергей Орлов")],
    ),
    (
        "Продажи в марте выросли до 4,2 млрд, а выручка — до 6,7 млрд рублей, сообщили в компании «Восход».",
        "2025-04-10",
        [
            ("4,2 млрд", 4.2e9, "RUB", None, "2025-03-01", "actual", "компания «Восход»"),
            ("6,7 млрд рублей", 6.7e9, "RUB", None, "2025-03-01", "actual", "компания «Восход»"),
        ],
    ),
    (
        (
            "«За восемь месяцев отгружено 3,4 млн тонн. Это больше, чем годом ранее», — отметил глава "
            "ассоциации Павел Зуев."
        ),
        "2024-09-20",
        [("3,4 млн тонн", 3.4e6, "t", None, "2024-01-01", "actual", "глава ассоциации Павел Зуев")],
    ),
    (
        "Экспорт за январь — июль 2022 года достиг 61 млн тонн, что меньше на 3%.",
        None,
        [
            ("61 млн тонн", 61e6, "t", None, "2022-01-01", "actual", None),
            ("3%", 3.0, "%", "decrease", "2022-01-01", "actual", None),
        ],
    ),
    (
        (
            "В учениях «Рубеж-2025» примут участие около 1 600 военнослужащих. Маневры пройдут с 4 по 8 "
            "октября, в них задействуют 45 единиц техники."
        ),
        "2025-09-20",
        [
            ("1 600 военнослужащих", 1600.0, "person", None, "2025-10-04", "target", None),
            ("45 единиц", 45.0, "count", None, "2025-10-04", "target", None),
        ],
    ),
    (
        "12-13 марта отгрузки превысят план на 4,5% и на 6,1% соответственно.",
        "2025-03-10",
        [
            ("4,5%", 4.5, "%", "increase", "2025-03-12", "target", None),
            ("6,1%", 6.1, "%", "increase", "2025-03-13", "target", None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), _REPORTS, ids=[t[:40] for t, _, _ in _REPORTS]
)
def test_reports(text: str, published: str | None, expected: list[object]) -> None:
    claims = extract_language(text, "ru", doc_id="t", published=published)
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
