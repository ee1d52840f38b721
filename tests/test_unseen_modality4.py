"""Fact, forecast or target on news the rules were not written from (issue 24, fourth
round): a named project as the subject of a future capacity ("Power of Siberia 2 will carry
50 bcm a year" is its design, a target); the figure of an aim that was met ("the $200
billion target was reached": the aim's figure, a target) against the aim reached as an
object ("reached the target of 1.5 million": what was reached, a fact); counts compared
with an aim ("beat the 600,000 forecast, reaching 720,000"; "fell short of the 900,000
target": the aim's figure, no bound and no fall; "missed the quota by 10%": the shortfall,
a fact and a fall); the size of a thing whose cost is expected ("the 2,600-km pipeline is
expected to cost": its size a fact, the cost a forecast); a Russian future told by an
observer ("считают аналитики": a forecast) against one told of a company's own output
(a target).
Every row is a short article of our own (new wording, figures and names), its publication
date, and every claim as (quantity, modality) or (quantity, modality, bound, change), in
text order.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

Claimed = tuple[str, ...]
Row = tuple[str, str, str, list[Claimed]]


def _claims(text: str, published: str, with_terms: bool) -> list[Claimed]:
    out: list[Claimed] = []
    for c in sinorus_facts.extract(text, published=published):
        if with_terms:
            out.append((c.evidence.quantity, c.modality, c.bound, c.change or "-"))
        else:
            out.append((c.evidence.quantity, c.modality))
    return out


_ROWS: list[Row] = [
    (
        "named_project_capacity",
        "Power of Siberia 2 will carry 50 bcm a year once finished, Gazprom said. Arctic LNG 2 will produce 19.8 million tonnes a year at full capacity. Power of Siberia carried 31 bcm last year.",
        "2025-10-14",
        [
            ("50 bcm a year", "target"),
            ("19.8 million tonnes a year", "target"),
            ("31 bcm", "actual"),
        ],
    ),
    (
        "named_project_expected_or_dated",
        "Yamal LNG will ship 18 million tonnes this year, traders said. Power of Siberia 2 is expected to carry 44 bcm a year by the early 2030s. Novatek will supply 3 million tonnes a year to CNOOC.",
        "2025-02-11",
        [
            ("18 million tonnes", "forecast"),
            ("44 bcm a year", "forecast"),
            ("3 million tonnes a year", "target"),
        ],
    ),
    (
        "aim_met",
        "The $250 billion trade target was reached in 2024, a year early. The 4 million tonne quota for pork was met in November. Chinese tour groups reached the target of 900,000 visits last year.",
        "2025-03-18",
        [
            ("$250 billion", "target"),
            ("4 million tonne", "target"),
            ("900,000 visits", "actual"),
        ],
    ),
    (
        "counts_beat_or_short",
        "Car sales to Russia beat the 640,000 forecast, reaching 715,000 in 2024. Tourist arrivals fell short of the 950,000 target. Truck exports exceeded the $3 billion forecast.",
        "2025-02-04",
        [
            ("640,000", "forecast", "=", "-"),
            ("715,000", "actual", "=", "-"),
            ("950,000", "target", "=", "-"),
            ("$3 billion", "forecast", "=", "-"),
        ],
    ),
    (
        "short_of_no_aim",
        "Grain shipments fell short of 2 million tonnes. Coal exports to China fell short of the 95 million tonne goal set by Moscow.",
        "2025-01-20",
        [
            ("short of 2 million tonnes", "actual", "<", "-"),
            ("95 million tonne", "target", "=", "-"),
        ],
    ),
    (
        "missed_or_beat_by",
        "Rosneft missed its export quota by 8% last year. The Chita refinery beat its output plan by 120,000 tonnes. Russian Railways exceeded the freight target by 6%.",
        "2025-01-29",
        [
            ("8%", "actual", "=", "decrease"),
            ("120,000 tonnes", "actual", "=", "increase"),
            ("6%", "actual", "=", "increase"),
        ],
    ),
    (
        "size_of_thing_expected_cost",
        "The 2,600-km pipeline is expected to cost $14 billion, analysts at VTB said. The 1,900-metre bridge will cost 21 billion roubles.",
        "2025-06-23",
        [
            ("2,600-km", "actual"),
            ("$14 billion", "forecast"),
            ("1,900-metre", "actual"),
            ("21 billion roubles", "target"),
        ],
    ),
    (
        "ru_future_by_speaker",
        "Добыча компании в 2026 году составит около 185 млн т, сообщили в Роснефти. Экспорт угля в Китай вырастет до 105 млн т, считают аналитики. По мнению экспертов, товарооборот превысит 260 млрд долларов.",
        "2025-11-05",
        [
            ("185 млн т", "target"),
            ("105 млн т", "forecast"),
            ("260 млрд долларов", "forecast"),
        ],
    ),
    (
        "ru_plan_with_observer",
        "Аналитики отмечают, что компания планирует поставить в Китай 6 млн т угля. В прошлом году экспорт составил 4,2 млн т, считают эксперты.",
        "2025-11-05",
        [
            ("6 млн т", "target"),
            ("4,2 млн т", "actual"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), _ROWS, ids=[r[0] for r in _ROWS]
)
def test_unseen_modality4(
    nlp: Language, name: str, text: str, published: str, expected: list[Claimed]
) -> None:
    with_terms = any(len(claim) == 4 for claim in expected)
    assert _claims(text, published, with_terms) == expected
