"""Fact, forecast or target on news the rules were not written from (issue 24): who says a
figure (a plan, quota or contract term is a target; an analyst's, bank's or ministry's
expectation a forecast; "is set to", "stands to", "is seen rising"); commitments ("will
lend", "has committed to pump", "signed up to buy", "the contract provides for", a deal
named a sentence earlier, a loan's rate and term); the past of a future ("was expected to
reach ... but came in at", "fell short of the 1.2 million target", "exceeded the forecast
of 8% growth", "reached the target"); facts that look like plans ("which cost", "the
existing line", "so far", "against 1.1 million sold"); negation and conditions; headlines.
Every row is a short article of our own (new wording, figures and names), its publication
date, and every claim as (quantity, modality), or (quantity, modality, period start,
period end) where the period matters, in text order.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

Claimed = tuple[str, ...] | tuple[str, str, str | None, str | None]
Row = tuple[str, str, str, list[Claimed]]


def _claims(text: str, published: str, with_period: bool) -> list[Claimed]:
    out: list[Claimed] = []
    for c in sinorus_facts.extract(text, published=published):
        if with_period:
            period = c.period
            out.append(
                (
                    c.evidence.quantity,
                    c.modality,
                    period.start.isoformat() if period and period.start else None,
                    period.end.isoformat() if period and period.end else None,
                )
            )
        else:
            out.append((c.evidence.quantity, c.modality))
    return out


_ROWS: list[Row] = [
    (
        "who_expects",
        "Sberbank analysts expect Russia-China trade to reach $260 billion next year. The Ministry of Economic Development projects exports to China to grow 7% in 2026. Beijing aims to bring bilateral trade to $300 billion by 2030, Vice Premier Ding said.",
        "2025-09-12",
        [
            ("$260 billion", "forecast", "2026-01-01", "2026-12-31"),
            ("7%", "forecast", "2026-01-01", "2026-12-31"),
            ("$300 billion", "target", "2030-01-01", "2030-12-31"),
        ],
    ),
    (
        "set_to_family",
        "China's imports of Russian coal are set to rise 12% this year, traders said. Rosneft is on track to ship 45 million tonnes of crude to China in 2025. Chinese carmakers are poised to take 60% of the Russian market. Russian farmers stand to earn $2 billion from new barley sales. Tourist flows could reach 3 million trips next year.",
        "2025-03-14",
        [
            ("12%", "forecast"),
            ("45 million tonnes", "forecast"),
            ("60%", "forecast"),
            ("$2 billion", "forecast"),
            ("3 million trips", "forecast"),
        ],
    ),
    (
        "modals_family",
        "Coal deliveries to China may top 95 million tonnes this year, an industry source said. Analysts at Raiffeisen said growth in trade might slow to 3%. A new tariff would cut grain shipments by 15%, the union warned. Trade turnover is likely to fall 5% in 2025. Pork exports to China are projected to double to 150,000 tonnes. Russian LNG sales to Asia are forecast to climb 8% next year. Soybean imports are estimated to total 2.4 million tonnes this season.",
        "2025-05-20",
        [
            ("top 95 million tonnes", "forecast"),
            ("3%", "forecast"),
            ("15%", "forecast"),
            ("5%", "forecast"),
            ("double", "forecast"),
            ("150,000 tonnes", "forecast"),
            ("8%", "forecast"),
            ("2.4 million tonnes", "forecast"),
        ],
    ),
    (
        "plan_quota_target",
        "The government has set a quota of 3 million tonnes for wheat exports to China in 2026. Rosatom plans to build four reactors in Jiangsu at a cost of $7 billion. The regional budget allocates 4.5 billion roubles for the new border crossing. The target is to raise Chinese tourist arrivals to 2.5 million a year.",
        "2025-11-03",
        [
            ("3 million tonnes", "target"),
            ("four reactors", "target"),
            ("$7 billion", "target"),
            ("4.5 billion roubles", "target"),
            ("2.5 million", "target"),
        ],
    ),
    (
        "commitments_deal",
        "MOSCOW, July 8 -- Novatek signed a 20-year contract with Sinopec on Tuesday. Under the deal, Novatek will supply 3 million tonnes of LNG a year. The Russian company agreed to deliver the first cargo within 18 months. Sinopec pledged to invest $1.5 billion in the Arctic terminal.",
        "2025-07-08",
        [
            ("20-year", "target"),
            ("3 million tonnes of LNG a year", "target"),
            ("$1.5 billion", "target"),
        ],
    ),
    (
        "commitments_verbs",
        "China's Exim Bank will lend Russian Railways 40 billion yuan for the new line, the bank said. Gazprom has committed to pump 10 bcm a year through the Far Eastern route. Chinese partners promised to finance 70% of the project. The operator is obliged to carry 25 million tonnes of freight annually. The contract provides for deliveries of 2 million tonnes of grain over five years. The roadmap envisages trade in farm goods of $15 billion by 2030. The agreement calls for 12 flights a week between Harbin and Vladivostok.",
        "2025-06-17",
        [
            ("40 billion yuan", "target"),
            ("10 bcm a year", "target"),
            ("70%", "target"),
            ("25 million tonnes of freight annually", "target"),
            ("2 million tonnes", "target"),
            ("over five years", "target"),
            ("$15 billion", "target"),
            ("12 flights a week", "target"),
        ],
    ),
    (
        "deal_named_earlier",
        "Rosneft and CNPC extended their oil supply agreement on Friday. Rosneft will ship 2.5 million tonnes of crude via Kazakhstan. The deal is worth about $85 billion over ten years.",
        "2025-02-21",
        [
            ("2.5 million tonnes", "target", None, None),
            ("about $85 billion", "target", None, None),
        ],
    ),
    (
        "deal_value_term",
        "The two sides agreed a $12 billion loan with a tenor of 15 years. The interest rate is 3.4%. The contract, valued at 500 billion roubles, runs for 25 years.",
        "2025-04-02",
        [
            ("$12 billion", "target"),
            ("15 years", "target"),
            ("3.4%", "target"),
            ("500 billion roubles", "target"),
            ("25 years", "target"),
        ],
    ),
    (
        "past_of_future",
        "Bilateral trade was expected to reach $250 billion in 2024 but came in at $245 billion. Wheat exports to China had been projected at 1 million tonnes for the season. Gazprom planned to ship 22 bcm last year but delivered 20.5 bcm. The target of $200 billion set in 2019 was met two years early.",
        "2025-03-03",
        [
            ("$250 billion", "forecast", "2024-01-01", "2024-12-31"),
            ("$245 billion", "actual", "2024-01-01", "2024-12-31"),
            ("1 million tonnes", "forecast", None, None),
            ("22 bcm", "target", "2024-01-01", "2024-12-31"),
            ("20.5 bcm", "actual", "2024-01-01", "2024-12-31"),
            ("$200 billion", "target", None, None),
            ("two years", "actual", None, None),  # a span of years holds whenever it is said
        ],
    ),
    (
        "fell_short",
        "Car exports to Russia fell short of the 1.2 million target, totalling 1.05 million vehicles in 2024. Grain shipments exceeded the forecast of 8% growth, rising 11%. Tourist arrivals reached the target of 1.5 million last year.",
        "2025-01-28",
        [
            ("1.2 million", "target"),
            ("1.05 million vehicles", "actual"),
            ("8% growth", "forecast"),
            ("11%", "actual"),
            ("1.5 million", "actual"),
        ],
    ),
    (
        "facts_like_plans",
        "Chinese investors have already invested $4.2 billion in the Primorye special zone. The plant, which cost $1.1 billion, opened in March. The capacity of the existing line is 30 million tonnes a year. Russia delivered 6.3 bcm under the contract last year. The first batch of 200 buses arrived in Kazan on Monday. So far, 14 of the planned 40 locomotives have been handed over.",
        "2025-05-06",
        [
            ("$4.2 billion", "actual"),
            ("$1.1 billion", "actual"),
            ("30 million tonnes a year", "target"),
            ("6.3 bcm", "actual"),
            ("200 buses", "actual"),
            ("14 of the planned 40 locomotives", "actual"),
            ("40 locomotives", "target"),
        ],
    ),
    (
        "negation_conditions",
        "Oil shipments via the pipeline will not exceed 30 million tonnes this year, Transneft said. Trade is unlikely to top $240 billion in 2025. If sanctions are lifted, trade could reach $350 billion by 2030. Without the deal, exports would fall by 20%, the exporters' union said.",
        "2025-04-22",
        [
            ("will not exceed 30 million tonnes", "forecast"),
            ("top $240 billion", "forecast"),
            ("$350 billion", "forecast"),
            ("20%", "forecast"),
        ],
    ),
    (
        "headline_supply",
        "Russia to supply 10 bcm more gas to China\n\nMOSCOW, Sept 2 (Reuters) - Gazprom and CNPC signed a memorandum on Tuesday on additional supplies via the Far Eastern route, Gazprom chief executive Alexei Miller said.",
        "2025-09-02",
        [
            ("10 bcm", "target"),
        ],
    ),
    (
        "headline_seen",
        "China's car exports seen rising 20%\n\nBEIJING, Jan 15 - China's car exports to Russia will grow by a fifth this year, the China Passenger Car Association said on Wednesday, after they fell 10% in 2024.",
        "2025-01-15",
        [
            ("20%", "forecast"),
            ("a fifth", "forecast"),
            ("10%", "actual"),
        ],
    ),
    (
        "bank_loan_article",
        "BEIJING, May 12 -- Bank of China will extend a 30 billion yuan credit line to VTB, the two banks said on Monday. The facility carries an interest rate of 4.1% and a term of seven years. VTB has drawn 5 billion yuan under an earlier line.",
        "2025-05-12",
        [
            ("30 billion yuan", "target"),
            ("4.1%", "target"),
            ("seven years", "target"),
            ("5 billion yuan", "actual"),
        ],
    ),
    (
        "investment_fund",
        "The Russia-China Investment Fund will invest up to $2 billion in agricultural projects over the next three years, its chief executive said. The fund, launched in 2012 with $1 billion of capital, has so far invested in 30 projects. Its partners intend to double the fund's size to $4 billion.",
        "2025-10-10",
        [
            ("up to $2 billion", "target", "2026-01-01", "2028-12-31"),
            ("$1 billion", "actual", "2012-01-01", "2012-12-31"),
            ("30 projects", "actual", None, "2025-10-10"),
            ("double the", "target", None, None),
            ("$4 billion", "target", None, None),
        ],
    ),
    (
        "grain_quota",
        "China raised its quota for Russian barley imports to 2 million tonnes for 2025. Exporters shipped 1.4 million tonnes under the quota in 2024. The agriculture ministry estimates the harvest at 135 million tonnes, while analysts at SovEcon expect 131 million tonnes.",
        "2025-02-05",
        [
            ("2 million tonnes", "target", "2025-01-01", "2025-12-31"),
            ("1.4 million tonnes", "actual", "2024-01-01", "2024-12-31"),
            ("135 million tonnes", "forecast", None, None),
            ("131 million tonnes", "forecast", None, None),
        ],
    ),
    (
        "car_outlook",
        "Chinese brands are expected to sell 1.1 million cars in Russia this year, Autostat predicts. Sales slipped 15% in the first quarter to 240,000 units. Haval plans to lift output at its Tula plant to 150,000 vehicles by 2026. Analysts think the market could shrink by as much as 25%.",
        "2025-04-15",
        [
            ("1.1 million cars", "forecast"),
            ("15%", "actual"),
            ("240,000 units", "actual"),
            ("150,000 vehicles", "target"),
            ("as much as 25%", "forecast"),
        ],
    ),
    (
        "tourism_forecast",
        "Russia's tourism agency forecasts 2 million visits by Chinese tourists in 2025. The visa-free group scheme brought 1.2 million Chinese visitors last year. Hotel chains in Vladivostok are betting on 30% growth in bookings this summer.",
        "2025-03-20",
        [
            ("2 million visits", "forecast"),
            ("1.2 million Chinese visitors", "actual"),
            ("30% growth", "forecast"),
        ],
    ),
    (
        "military_procurement",
        "Beijing has ordered 24 Su-35 fighters from Moscow in a deal worth $2 billion. The first four jets were delivered in 2016. Russia will deliver the remaining aircraft by 2027, Rostec said.",
        "2016-12-20",
        [
            ("24 Su-35 fighters", "target"),
            ("$2 billion", "target"),
            ("four jets", "actual"),
        ],
    ),
    (
        "infrastructure",
        "The 1,080-metre bridge across the Amur will cost 19 billion roubles, the developer said. Construction began in 2016. The bridge is designed to handle 3 million tonnes of cargo a year. The existing ferry crossing carries 400,000 tonnes a year.",
        "2019-06-02",
        [
            ("1,080-metre", "actual"),
            ("19 billion roubles", "target"),
            ("3 million tonnes of cargo a year", "target"),
            ("400,000 tonnes a year", "actual"),
        ],
    ),
    (
        "pipeline_project",
        "Gazprom said the new pipeline via Mongolia is expected to cost $13.6 billion. Mongolia stands to collect about $1 billion a year in transit fees. Talks on the price have dragged on for a decade.",
        "2025-09-03",
        [
            ("$13.6 billion", "forecast"),
            ("about $1 billion a year", "forecast"),
            ("a decade", "actual"),
        ],
    ),
    (
        "wire_oil_exports",
        "BEIJING, March 20 (Reuters) - China's imports of Russian crude rose 8% in February to 2.3 million barrels per day, customs data showed on Thursday. Traders expect volumes to ease in March as refiners cut runs. Russia remained China's top supplier for a third year.",
        "2025-03-20",
        [
            ("8%", "actual"),
            ("2.3 million barrels per day", "actual"),
        ],
    ),
    (
        "state_media_trade_target",
        "MOSCOW, Nov. 6 (Xinhua) -- China and Russia have agreed to raise bilateral trade to 300 billion U.S. dollars by 2030, Russian Deputy Prime Minister Alexei Overchuk said Wednesday. Trade between the two countries hit a record 240 billion dollars last year, he said. The sides also plan to double trade in agricultural products within five years.",
        "2024-11-06",
        [
            ("300 billion U.S. dollars", "target", "2030-01-01", "2030-12-31"),
            ("240 billion dollars", "actual", "2023-01-01", "2023-12-31"),
            # "within five years" is the span ahead, no figure (periods3)
            ("double", "target", "2025-01-01", "2029-12-31"),
        ],
    ),
    (
        "business_press_car",
        "Chinese car brands could lose up to a third of their Russian market share next year as the recycling fee rises, Kommersant reports. Their share stood at 57% in 2024. Dealers forecast sales of Chinese cars to shrink to 700,000 units, against 1.1 million units sold last year.",
        "2025-02-12",
        [
            ("up to a third", "forecast"),
            ("57%", "actual"),
            ("700,000 units", "forecast"),
            ("1.1 million units", "actual"),
        ],
    ),
    (
        "analyst_grain",
        "Russia's wheat exports to China might reach 2 million tonnes in the 2025/26 season, IKAR said, up from 300,000 tonnes a year ago. China has so far bought 450,000 tonnes. The Russian Grain Union hopes to ship 5 million tonnes of grain to China annually by 2030.",
        "2025-08-14",
        [
            ("2 million tonnes", "forecast"),
            ("300,000 tonnes", "actual"),
            ("450,000 tonnes", "actual"),
            ("5 million tonnes of grain to China annually", "target"),
        ],
    ),
    (
        "bank_loan2",
        "VTB has signed a 15-year loan agreement with a consortium of Chinese banks for 25 billion yuan, the bank said on Monday. The loan will finance the purchase of 60 locomotives. The first tranche of 8 billion yuan was disbursed last week.",
        "2025-06-30",
        [
            ("15-year", "target"),
            ("25 billion yuan", "target"),
            ("60 locomotives", "target"),
            ("8 billion yuan", "actual"),
        ],
    ),
    (
        "tourism2",
        "Russia expects Chinese tourist arrivals to top 1.5 million this year, the head of Rosturizm said, after 1.2 million came in 2024. Visa-free group travel has been extended until 2026. Moscow hopes to attract 5 million Chinese visitors a year by 2030.",
        "2025-04-08",
        [
            ("top 1.5 million", "forecast", "2025-01-01", "2025-12-31"),
            ("1.2 million", "actual", "2024-01-01", "2024-12-31"),
            ("5 million Chinese visitors a year", "target", "2030-01-01", "2030-12-31"),
        ],
    ),
    (
        "military2",
        "Russia and China will hold joint naval drills in the Sea of Japan in July, involving 12 warships and 40 aircraft, the defence ministry said. Last year's exercise involved 10 ships. The drills are scheduled to last five days.",
        "2025-06-20",
        [
            ("12 warships", "target"),
            ("40 aircraft", "target"),
            ("10 ships", "actual"),
            ("five days", "target"),
        ],
    ),
    (
        "infrastructure2",
        "The Nizhneleninskoye-Tongjiang rail bridge, which cost 9 billion roubles, can carry up to 21 million tonnes of cargo a year. It handled 3.5 million tonnes in 2024. Russian Railways plans to expand throughput to 8 million tonnes by 2027.",
        "2025-03-11",
        [
            ("9 billion roubles", "actual"),
            ("up to 21 million tonnes of cargo a year", "target"),
            ("3.5 million tonnes", "actual"),
            ("8 million tonnes", "target"),
        ],
    ),
    (
        "energy_contract_value",
        "The 30-year contract is worth $400 billion, Gazprom said. Deliveries under the deal started in December 2019 and reached 38 bcm in 2024. The contract provides for supplies of 38 bcm a year.",
        "2025-01-09",
        [
            ("30-year", "target"),
            ("$400 billion", "target"),
            ("38 bcm", "actual"),
            ("38 bcm a year", "target"),
        ],
    ),
    (
        "running_total",
        "Chinese investors have put $2.8 billion into the Far East advanced development zones so far, the ministry said. Total Chinese investment in the region is projected to reach $10 billion by 2028.",
        "2025-05-15",
        [
            ("$2.8 billion", "actual"),
            ("$10 billion", "forecast"),
        ],
    ),
    (
        "would_fall",
        "Without the agreement, Russian coal exports to China would fall by 15 million tonnes a year, the coal union said. If the tariff is cut to 3%, exports could rise to 60 million tonnes. Shipments will not exceed 50 million tonnes this year, analysts said.",
        "2025-07-21",
        [
            ("15 million tonnes a year", "forecast", None, None),
            ("3%", "forecast", None, None),
            ("60 million tonnes", "forecast", None, None),
            ("will not exceed 50 million tonnes", "forecast", "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "headline_lends",
        "China lends Russia $5 billion for Arctic LNG project\n\nThe loan from China Development Bank runs for 15 years.",
        "2024-05-20",
        [
            ("$5 billion", "target"),
            ("15 years", "target"),
        ],
    ),
    (
        "headline_plans",
        "Rosatom plans $3 billion nuclear plant in Tianwan\n\nThe plant would generate 9 billion kWh a year.",
        "2024-05-20",
        [
            ("$3 billion", "target"),
            ("9 billion kWh a year", "target"),
        ],
    ),
    (
        "held_wordings1",
        "Soybean shipments from Russia are seen at 1.3 million tonnes in 2026, the Oil World newsletter said. Russian fishermen stand to lose $400 million if the ban stays. The Chinese side has committed to buy 800,000 tonnes of Russian pork by 2028. Two Russian airlines plan to add 40 weekly flights to China.",
        "2025-10-01",
        [
            ("1.3 million tonnes", "forecast"),
            ("$400 million", "forecast"),
            ("800,000 tonnes", "target"),
            ("Two Russian airlines", "actual"),
            ("40 weekly flights", "target"),
        ],
    ),
    (
        "held_wordings2",
        "Rail freight to China was forecast to grow 10% last year but rose only 4%. Imports of Russian LNG fell short of the 8 million tonne quota. Tourist arrivals beat the forecast of 600,000 visitors. Bilateral payments in yuan hit the 95% goal in 2024.",
        "2025-02-14",
        [
            ("10%", "forecast"),
            ("4%", "actual"),
            ("8 million tonne", "target"),
            ("600,000 visitors", "forecast"),
            ("95%", "actual"),
        ],
    ),
    (
        "held_wordings3",
        "Harbin Electric has signed up to supply 12 turbines to a Siberian power plant. The power plant will generate 4 billion kWh a year once finished, the builder said. The 4,000-tonne ferry can carry 1,500 tonnes of cargo per trip.",
        "2025-08-08",
        [
            ("12 turbines", "target"),
            ("4 billion kWh a year", "target"),
            ("4,000-tonne", "actual"),
            ("1,500 tonnes", "target"),
        ],
    ),
    (
        "held_wordings4",
        "Gazprombank and China Construction Bank agreed on a syndicated loan for the Amur gas chemical complex. The loan carries a rate of 3.9% and a maturity of 12 years. Russia's key rate stands at 17%.",
        "2025-09-19",
        [
            ("3.9%", "target"),
            ("12 years", "target"),
            ("17%", "actual"),
        ],
    ),
    (
        "held_wordings5",
        "Chinese carmakers sold 905,000 vehicles in Russia in 2024, after sales doubled in 2023. Analysts at Autostat expect a 25% decline this year, against 58% growth in 2024. Sales have so far fallen 28% this year.",
        "2025-07-02",
        [
            ("905,000 vehicles", "actual"),
            ("doubled", "actual"),
            ("25% decline", "forecast"),
            ("58% growth", "actual"),
            ("28%", "actual"),
        ],
    ),
    (
        "estimate_at_or_that",
        "The farm ministry estimates this year's barley crop at 21 million tonnes. Economists at Alfa-Bank estimate that Chinese yuan made up 34% of Russia's imports settlements in June.",
        "2025-08-20",
        [
            ("21 million tonnes", "forecast"),
            ("34%", "actual"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), _ROWS, ids=[r[0] for r in _ROWS]
)
def test_unseen_modality(
    nlp: Language, name: str, text: str, published: str, expected: list[Claimed]
) -> None:
    with_period = any(len(claim) == 4 for claim in expected)
    assert _claims(text, published, with_period) == expected
