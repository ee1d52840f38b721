"""The roles of a figure in its sentence (sentences written for these tests): the Russian
and English parses' governing verb, tense, subject, negation, quotation and speaker (and
English's own: the verb the figure completes, the main clause's tense, the sentence's
verb; the tense, mood and voice an English verb's auxiliaries give); the Chinese clause's
tense marks; the modality and source the claim stage takes from them."""

from __future__ import annotations

import warnings

import pytest
import spacy

from sinorus_facts.claims.languages import quoted_spans
from sinorus_facts.claims.roles import (
    Roles,
    Verb,
    modality_from_roles,
    roles_en,
    roles_from_parse,
    roles_zh,
    verb_form,
)
from sinorus_facts.ingest import russian_syntax
from sinorus_facts.pipeline import languages
from sinorus_facts.pipeline.languages import extract_language
from sinorus_facts.quantities.finder import find_quantities

needs_parse = pytest.mark.skipif(
    not russian_syntax.available(), reason="the Russian parse needs the [ru] extra"
)

# verb, its lemma, the clause's tense, the verb an infinitive completes, subject, negated,
# quoted, the speaker's name, the verb of saying
RuRoles = tuple[
    str | None, str | None, str | None, str | None, str | None, bool, bool, str | None, str | None
]

_RU: list[tuple[str, str, str, RuRoles]] = [
    (
        "past-under-speech",
        (
            "Глава компании Иван Петров сообщил, что поставки угля в прошлом году превышали "
            "предусмотренные в соглашении объемы на 15%."
        ),
        "15%",
        (
            "превышали",
            "превышать",
            "past",
            None,
            "поставки угля",
            False,
            False,
            "Иван Петров",
            "сообщил",
        ),
    ),
    (
        "past",
        "В этом году поставки нефти выросли на 12%.",
        "12%",
        ("выросли", "вырасти", "past", None, "поставки нефти", False, False, None, None),
    ),
    (
        "future-auxiliary",
        "По контракту компания будет поставлять 20 млн тонн угля в год.",
        "20 млн тонн",
        ("поставлять", "поставлять", "future", None, "компания", False, False, None, None),
    ),
    (
        "future-perfective",
        "Экспорт вырастет на 7%, если спрос не упадет.",
        "7%",
        ("вырастет", "вырасти", "future", None, "Экспорт", False, False, None, None),
    ),
    (
        "quotation",
        (
            "«В следующем году мы поставим 3 млн тонн зерна», — сказал министр сельского "
            "хозяйства Олег Смирнов."
        ),
        "3 млн тонн",
        ("поставим", "поставить", "future", None, "мы", False, True, "Олег Смирнов", "сказал"),
    ),
    (
        "infinitive-of-a-plan",
        "Компания планирует увеличить выпуск до 40 тыс. машин.",
        "40 тыс. машин",
        (
            "увеличить",
            "увеличить",
            "present",
            "планирует",
            "Компания",
            False,
            False,
            None,
            None,
        ),
    ),
    (
        "conditional",
        "Без санкций товарооборот мог бы составить 300 млрд долларов.",
        "300 млрд долларов",
        ("составить", "составить", "conditional", "мог", "товарооборот", False, False, None, None),
    ),
    (
        "negated",
        "Импорт удобрений не превысил 2 млн тонн.",
        "2 млн тонн",
        ("превысил", "превысить", "past", None, "Импорт удобрений", True, False, None, None),
    ),
    (
        "present",
        "Завод выпускает 500 вагонов в месяц.",
        "500 вагонов",
        ("выпускает", "выпускать", "present", None, "Завод", False, False, None, None),
    ),
    (
        "speech-beside",
        "Порт в 2023 году перевалил 14 млн тонн грузов, заявил директор порта Павел Орлов.",
        "14 млн тонн",
        ("перевалил", "перевалить", "past", None, "Порт", False, False, "Павел Орлов", "заявил"),
    ),
]


def _projection(r: Roles) -> RuRoles:
    return (
        r.verb.text if r.verb else None,
        r.verb.lemma if r.verb else None,
        r.tense,
        r.governor.text if r.governor else None,
        r.subject.text if r.subject else None,
        r.negated,
        r.quoted,
        r.speaker.name if r.speaker else None,
        r.speech.text if r.speech else None,
    )


@pytest.fixture(scope="module")
def ru_nlp() -> spacy.language.Language:
    nlp = spacy.blank("ru")
    nlp.add_pipe("sinorus_ru_syntax")
    return nlp


@needs_parse
@pytest.mark.parametrize(
    ("sentence", "figure", "expected"), [r[1:] for r in _RU], ids=[r[0] for r in _RU]
)
def test_russian_roles(
    ru_nlp: spacy.language.Language, sentence: str, figure: str, expected: RuRoles
) -> None:
    start = sentence.index(figure)
    doc = ru_nlp(sentence)
    roles = roles_from_parse(
        "ru", doc, start, start + len(figure), quotes=quoted_spans("ru", sentence)
    )
    assert _projection(roles) == expected


@needs_parse
def test_the_component_sets_a_tree(ru_nlp: spacy.language.Language) -> None:
    doc = ru_nlp("Экспорт зерна вырос на 8%.")
    assert [(t.text, t.dep_, t.head.text, t.pos_, t.lemma_) for t in doc] == [
        ("Экспорт", "nsubj", "вырос", "NOUN", "экспорт"),
        ("зерна", "nmod", "Экспорт", "NOUN", "зерно"),
        ("вырос", "ROOT", "вырос", "VERB", "вырасти"),
        ("на", "case", "%", "ADP", "на"),
        ("8", "nummod", "%", "NUM", "8"),
        ("%", "obl", "вырос", "PUNCT", "%"),
        (".", "punct", "вырос", "PUNCT", "."),
    ]


# the modality and source of a figure of a Russian report, read with the parse
_RU_CLAIMS: list[tuple[str, str, str, tuple[str, str | None]]] = [
    (
        "past-verb-beats-a-contract-noun",
        (
            "Генеральный директор компании Сергей Волков на прошлой неделе сообщил, что продажи "
            "угля опережали согласованные в контракте объемы на 18%."
        ),
        "18%",
        ("actual", "Сергей Волков"),
    ),
    (
        "future-verb-makes-a-target",
        "Экспорт пшеницы в Китай вырастет на 7%.",
        "7%",
        ("target", None),
    ),
    (
        "design-word-on-the-figure-stays-a-target",
        "Газопровод проектной мощностью 38 млрд кубометров в год введен в строй в 2019 году.",
        "38 млрд кубометров",
        ("target", None),
    ),
    (
        "contract-as-the-verb's-dependent-stays-a-target",
        "По контракту компания поставляет 20 млн тонн угля в год.",
        "20 млн тонн",
        ("target", None),
    ),
    (
        "forecast-cue-wins",
        "Без санкций товарооборот мог бы составить 300 млрд долларов.",
        "300 млрд долларов",
        ("forecast", None),
    ),
    (
        "quotation-speaker",
        (
            "«В следующем году мы поставим 3 млн тонн зерна», — сказал министр сельского "
            "хозяйства Олег Смирнов."
        ),
        "3 млн тонн",
        ("target", "Олег Смирнов"),
    ),
]


@needs_parse
@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [r[1:] for r in _RU_CLAIMS],
    ids=[r[0] for r in _RU_CLAIMS],
)
def test_russian_claims_from_roles(
    sentence: str, figure: str, expected: tuple[str, str | None]
) -> None:
    claims = extract_language(sentence, "ru", doc_id="t", published="2024-05-01")
    assert [(c.modality, c.attribution) for c in claims if c.evidence.quantity == figure] == [
        expected
    ]


# the tense, negation and quotation of a Chinese figure's clause
_ZH: list[tuple[str, str, str, tuple[str | None, bool, bool]]] = [
    ("past-mark", "今年前五个月两国贸易额已经达到950亿美元。", "950亿美元", ("past", False, False)),
    ("future-mark", "该项目投产后年产量将达到300万吨。", "300万吨", ("future", False, False)),
    ("past-after-verb", "中方企业去年承建了12个项目。", "12个项目", ("past", False, False)),
    ("negated", "去年该港口的集装箱吞吐量没有超过80万标箱。", "80万标箱", (None, True, False)),
    ("word-with-a-future-character", "进口主要来自日本(13%)。", "13%", (None, False, False)),
    (
        "word-with-a-past-character",
        "通过管道每年输送原油500万吨。",
        "500万吨",
        (None, False, False),
    ),
    (
        "quotation",
        "他表示:“两国旅游合作今年将恢复到200万人次的水平。”",
        "200万人次",
        ("future", False, True),
    ),
    ("other-clause", "新厂将于明年投产,年产能为5万辆。", "5万辆", (None, False, False)),
]


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"), [r[1:] for r in _ZH], ids=[r[0] for r in _ZH]
)
def test_chinese_roles(sentence: str, figure: str, expected: tuple[str | None, bool, bool]) -> None:
    start = sentence.index(figure)
    roles = roles_zh(sentence, start, start + len(figure), quotes=quoted_spans("zh", sentence))
    assert (roles.tense, roles.negated, roles.quoted) == expected


_ZH_CLAIMS: list[tuple[str, str, str, str]] = [
    ("past", "今年前五个月两国贸易额已经达到950亿美元。", "950亿美元", "actual"),
    ("future", "该项目投产后年产量将达到300万吨。", "300万吨", "target"),
    ("forecast-cue-wins", "业内人士预计,明年销量将增长15%。", "15%", "forecast"),
]


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"), [r[1:] for r in _ZH_CLAIMS], ids=[r[0] for r in _ZH_CLAIMS]
)
def test_chinese_claims_from_roles(sentence: str, figure: str, expected: str) -> None:
    claims = extract_language(sentence, "zh", doc_id="t", published="2024-05-01")
    assert [c.modality for c in claims if c.evidence.quantity == figure] == [expected]


def _verb(tense: str) -> Verb:
    return Verb("x", "x", 8, 9, tense)


# what the modality of the cue windows becomes with the roles (no parse needed)
_MODALITY: list[tuple[str, str, str, Roles | None, bool, str]] = [
    ("no-roles", "Экспорт вырастет на 5%", "actual", None, False, "actual"),
    ("future", "Экспорт вырастет на 5%", "actual", Roles(verb=_verb("future")), False, "target"),
    (
        "conditional",
        "Экспорт вырос бы на 5%",
        "actual",
        Roles(verb=_verb("conditional")),
        False,
        "target",
    ),
    (
        "negated-future",
        "Экспорт не вырастет на 5%",
        "actual",
        Roles(verb=_verb("future"), negated=True),
        False,
        "actual",
    ),
    (
        "forecast-kept",
        "Ожидается рост на 5%",
        "forecast",
        Roles(verb=_verb("past")),
        True,
        "forecast",
    ),
    (
        "past-with-a-plan-word-elsewhere",
        "По плану экспорт вырос на 5%",
        "target",
        Roles(verb=_verb("past"), scope=((12, 18),)),
        False,
        "actual",
    ),
    (
        "past-with-a-plan-word-in-scope",
        "По плану экспорт вырос на 5%",
        "target",
        Roles(verb=_verb("past"), scope=((3, 8),)),
        False,
        "target",
    ),
    (
        "infinitive-of-a-future",
        "Экспорт будет расти на 5%",
        "actual",
        Roles(verb=_verb("infinitive"), governor=_verb("future")),
        False,
        "target",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "window", "roles", "forecast", "expected"),
    [r[1:] for r in _MODALITY],
    ids=[r[0] for r in _MODALITY],
)
def test_modality_from_roles(
    sentence: str, window: str, roles: Roles | None, forecast: bool, expected: str
) -> None:
    assert modality_from_roles("ru", sentence, window, roles, forecast=forecast) == expected


def test_russian_without_the_parse_warns_and_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pymorphy3")
    monkeypatch.setattr(russian_syntax, "available", lambda: False)
    languages._russian_parser.cache_clear()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            claims = extract_language(
                "Экспорт пшеницы в Китай вырос на 7%.", "ru", doc_id="t", published="2024-05-01"
            )
    finally:
        languages._russian_parser.cache_clear()
    assert (
        [(c.value, c.modality) for c in claims],
        [str(w.message).startswith(languages.NO_PARSE_WARNING) for w in caught],
    ) == ([(7.0, "actual")], [True])


# English: the verb's lemma, the clause's tense (TENSES), the verb's auxiliaries, passive,
# the lemma of the verb an infinitive completes, the subject, negated, quoted, the
# speaker's name, the verb of saying; then the verb the figure completes, the tense of the
# main clause that asserts it, whether the sentence's verb is past, that verb's lemma
EnRoles = tuple[
    tuple[
        str | None,
        str | None,
        tuple[str, ...],
        bool,
        str | None,
        str | None,
        bool,
        bool,
        str | None,
        str | None,
    ],
    tuple[str | None, str | None, bool, str | None],
]

_EN: list[tuple[str, str, str, EnRoles]] = [
    (
        "past",
        "Coal shipments to the port rose 12% in March.",
        "12%",
        (
            (
                "rise",
                "past",
                (),
                False,
                None,
                "Coal shipments to the port",
                False,
                False,
                None,
                None,
            ),
            ("rise", "past", True, "rise"),
        ),
    ),
    (
        "negated",
        "Fertiliser imports did not exceed 2 million tonnes last year.",
        "did not exceed 2 million tonnes",
        (
            (
                "exceed",
                "past",
                ("did",),
                False,
                None,
                "Fertiliser imports",
                True,
                False,
                None,
                None,
            ),
            ("exceed", "past", True, "exceed"),
        ),
    ),
    (
        "conditional-is-the-clause's-future",
        "Grain exports could reach 9 million tonnes next season.",
        "9 million tonnes",
        (
            (
                "reach",
                "conditional",
                ("could",),
                False,
                None,
                "Grain exports",
                False,
                False,
                None,
                None,
            ),
            ("reach", "future", False, "reach"),
        ),
    ),
    (
        "perfect",
        "The refinery has processed 6 million tonnes of crude since January.",
        "6 million tonnes",
        (
            ("process", "past", ("has",), False, None, "The refinery", False, False, None, None),
            ("process", "perfect", False, "process"),
        ),
    ),
    (
        "infinitive-of-a-plan",
        "The company plans to raise output to 35,000 tonnes.",
        "35,000 tonnes",
        (
            ("raise", "present", ("to",), False, "plan", "The company", False, False, None, None),
            ("raise", None, False, "plan"),
        ),
    ),
    (
        "quotation-and-its-speaker",
        '"We will ship 3 million tonnes of grain," said Igor Zhukov.',
        "3 million tonnes",
        (
            ("ship", "future", ("will",), False, None, "We", False, True, "Igor Zhukov", "said"),
            ("ship", "future", False, "say"),
        ),
    ),
    (
        "speech-after-the-clause",
        "The terminal handled 14 million tonnes of cargo in 2023, port director Pavel Orlov said.",
        "14 million tonnes",
        (
            (
                "handle",
                "past",
                (),
                False,
                None,
                "The terminal",
                False,
                False,
                "Pavel Orlov",
                "said",
            ),
            ("handle", "past", False, "say"),
        ),
    ),
    (
        "reported-clause-has-no-clause-tense",
        "Officials said that freight traffic was up 8 percent.",
        "8 percent",
        (
            ("be", "past", (), False, None, "freight traffic", False, False, None, "said"),
            ("be", None, False, "say"),
        ),
    ),
    (
        "passive",
        "The bridge was built for $350 million.",
        "$350 million",
        (
            ("build", "past", ("was",), True, None, "The bridge", False, False, None, None),
            ("build", "past", True, "build"),
        ),
    ),
    (
        "a-size-before-its-noun-has-no-clause-tense",
        "The 1,200-km pipeline will carry 10 bcm of gas a year.",
        "1,200-km",
        (
            (
                "carry",
                "future",
                ("will",),
                False,
                None,
                "The 1,200-km pipeline",
                False,
                False,
                None,
                None,
            ),
            ("carry", None, False, "carry"),
        ),
    ),
    (
        "figure-as-subject",
        "Sixty percent of the cargo is grain.",
        "Sixty percent",
        (
            (
                "be",
                "present",
                (),
                False,
                None,
                "Sixty percent of the cargo",
                False,
                False,
                None,
                None,
            ),
            ("be", "present", False, "be"),
        ),
    ),
]


def _en_projection(r: Roles) -> EnRoles:
    return (
        (
            r.verb.lemma if r.verb else None,
            r.tense,
            r.verb.auxiliaries if r.verb else (),
            r.verb.passive if r.verb else False,
            r.governor.lemma if r.governor else None,
            r.subject.text if r.subject else None,
            r.negated,
            r.quoted,
            r.speaker.name if r.speaker else None,
            r.speech.text if r.speech else None,
        ),
        (
            r.completes.lemma if r.completes else None,
            r.clause_tense,
            r.told_past,
            r.sentence_verb.lemma if r.sentence_verb else None,
        ),
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"), [r[1:] for r in _EN], ids=[r[0] for r in _EN]
)
def test_english_roles(
    nlp: spacy.language.Language, sentence: str, figure: str, expected: EnRoles
) -> None:
    mention = next(q for q in find_quantities(sentence) if q.text == figure)
    doc = nlp(sentence)
    quotes = quoted_spans("en", sentence)
    roles = roles_en(doc, mention, quotes=quotes)
    assert _en_projection(roles) == expected
    # the language's reader of a parse reads the same verb, subject, negation and speaker
    # from the figure's span
    generic = roles_from_parse("en", doc, mention.start, mention.end, quotes=quotes)
    assert (generic.verb, generic.subject, generic.negated, generic.speaker) == (
        roles.verb,
        roles.subject,
        roles.negated,
        roles.speaker,
    )


# what an English verb's tag and auxiliaries say: the verb, then future (or hypothetical),
# modal, past, perfect, passive, "to"
_FORMS: list[tuple[str, str, str, tuple[bool, bool, bool, bool, bool, bool]]] = [
    (
        "modal",
        "Wheat sales may climb next year.",
        "climb",
        (True, True, False, False, False, False),
    ),
    (
        "past",
        "Wheat sales climbed last year.",
        "climbed",
        (False, False, True, False, False, False),
    ),
    (
        "perfect",
        "Wheat sales have climbed since May.",
        "climbed",
        (False, False, False, True, False, False),
    ),
    (
        "past-passive",
        "The terminal was opened in May.",
        "opened",
        (False, False, True, False, True, False),
    ),
    (
        "to-infinitive",
        "The firm wants to double its fleet.",
        "double",
        (False, False, False, False, False, True),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"), [r[1:] for r in _FORMS], ids=[r[0] for r in _FORMS]
)
def test_english_verb_form(
    nlp: spacy.language.Language,
    sentence: str,
    word: str,
    expected: tuple[bool, bool, bool, bool, bool, bool],
) -> None:
    verb = next(t for t in nlp(sentence) if t.text == word)
    form = verb_form(verb)
    assert (
        form.future,
        form.modal,
        form.past,
        form.perfect,
        form.passive,
        form.infinitive,
    ) == expected
