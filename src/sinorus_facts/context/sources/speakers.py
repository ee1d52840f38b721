"""Speakers across sentences: the speaker named after a quotation (however many sentences
it runs) or before it ('Putin said: "..."'), pronouns and descriptions resolved to the last
named speaker, surnames to full names.

These read the text only (cheap patterns), so they work on sentences the model never saw.

>>> text = "Russian political analyst Sergey Sanakoyev spoke. “Trade rose 15%,” Sanakoyev said."
>>> full_name(text, "Sanakoyev", 0)
'Sergey Sanakoyev'
>>> quote_speaker(text, text.index("15%"), len(text))
'Sanakoyev'
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from sinorus_facts.common.scans import scan, scan_back
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import POSSESSIVE_END, cue_entries, cue_words

__all__ = [
    "clean_name",
    "expand_acronym",
    "full_name",
    "inside_quote",
    "introduced_speaker",
    "is_person",
    "is_person_role",
    "last_organisation",
    "last_speaker",
    "named_later",
    "quote_opening",
    "quote_speaker",
    "resolve_description",
]

# A name: one to six capitalised words ("Li Hui", "Sergey Sanakoyev", "Russian Central
# Election Commission"), with "of"/"for"/"the" inside organisation names ("Federal Center
# for Agri-Food Export Development").
NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’.-]*){0,5}"

# A description standing for a speaker: "the Chinese envoy", "the corporation"; it ends
# before a comma, a preposition or a speech verb ("said the Chinese envoy at a meeting").
DESCRIPTION = r"[Tt]he\s+(?:[A-Za-z-]+\s+){{0,3}}?[a-z-]+(?=\s*[,.;:!?]|\s+(?:{stops})\b|\s*\Z)"

# Words a description stops before (speech verbs are added from the lexicon).
DESCRIPTION_STOPS = "at|in|on|of|to|for|with|from|during|after|before|who|when|while|as|and|but|that|referring|speaking|adding|noting"

# Words that may follow a speaker named after "said": "said Zhang at a meeting".
AFTER_SAID_NAME = (
    "at|in|on|during|after|when|while|who|according|adding|noting|referring|speaking|told|to"
)

# A role between an organisation and a person's name: "deputy", "CEO" in "Gazprom deputy
# CEO Elena Burmistrova told reporters".
ROLE_WORD = r"(?:[a-z][\w-]*|[A-Z]{2,})"

# A person's name of two or three capitalised words: "Elena Burmistrova".
PERSON = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}"

# One capitalised word of a person's name: "Nikolai", "Petrova", "D'yakov".
CAPITALISED_WORD = re.compile(r"[A-Z][a-z'’-]+")

# A preposition right before a name, which makes it a place or a thing, not a speaker: "to
# Harbin" in "a buyer on a tour to Harbin, acknowledged ...".
PLACE_BEFORE = re.compile(r"\b(?:to|in|at|from|near|into|across|via|of)\s+\Z")

# A preposition, and "the", before a name, which make it a place or a thing the clause
# speaks of, not a body a description after its comma gives a name: "in the Sea of Japan"
# in "drills in the Sea of Japan, the defence ministry said".
PLACE_OR_THING_BEFORE = re.compile(
    r"\b(?:to|in|at|from|near|into|across|via|of|on|off|over|through|with)\s+(?:the\s+)?\Z"
)

# Auxiliaries, which end no description of a speaker ("the cost of the plant is estimated").
AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would"}
)

# A person with a role set off by commas before a speech verb: "Ivan Petrov, spokesman for
# Russian Railways, said" (the person, not the body of the role).
APPOSED = (
    r"(?P<who4>"
    + PERSON.replace("{", "{{").replace("}", "}}")
    + r")\s*,\s+(?:the\s+)?[a-z][^,.;:\"“”\n]{{2,80}},\s+(?:{speech})\b"
)

OPENING_QUOTES = '“"‘«'
# A quotation mark that opens or closes a quotation in a paragraph (``inside_quote``).
QUOTE_MARK = re.compile('[“«”»"]')
CLOSING_QUOTES = '”"’»'

# How far after a closing quote its speaker may be named: '," Putin said at a meeting'.
AFTER_QUOTE_REACH = 200

# How far before an opening quote its speaker may be named: 'Putin said: "'.
BEFORE_QUOTE_REACH = 160


@lexicon_cache(maxsize=1)
def _speech() -> str:
    forms = sorted(cue_words("attribution", "speech_form"), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


# Forms of verbs of speech whose object is the listener: "told TASS", "informed Xinhua".
LISTENER_FORMS = frozenset({"told", "tells", "informed"})


@lexicon_cache(maxsize=1)
def _speech_before_speaker() -> str:
    """The forms of verbs of speech that a speaker's name may follow ("said Li Hui"), not
    those whose object is the listener ("told TASS")."""
    forms = sorted(cue_words("attribution", "speech_form") - LISTENER_FORMS, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@lexicon_cache(maxsize=1)
def _description() -> str:
    return DESCRIPTION.format(stops=f"{DESCRIPTION_STOPS}|{_speech()}")


@lexicon_cache(maxsize=1)
def _after_quote() -> re.Pattern[str]:
    # What follows a closing quote: ', Sanakoyev added', ' said the Chinese envoy',
    # ', he said'. Groups: who (a name), pronoun, description.
    speech, description = _speech(), _description()
    return re.compile(
        rf"[,.]?\s*(?:(?:{speech})\s+(?:(?P<who2>{NAME})|(?P<desc2>{description}))"
        rf"|(?:(?P<who>{NAME})|(?P<pron>he|she|they|it|we)|(?P<desc>{description}))\s*,?\s+(?:{speech})"
        rf"|(?:{NAME}\s+)?(?:{ROLE_WORD}\s+){{1,3}}(?P<who3>{PERSON})\s*,?\s+(?:{speech})"
        rf"|{APPOSED.format(speech=speech)})"
    )


@lexicon_cache(maxsize=1)
def _before_quote() -> re.Pattern[str]:
    # What ends right before an opening quote: 'Putin said: ', 'Zhang added, ',
    # 'said Li Hui: '. Groups as in _after_quote.
    speech, description = _speech(), _description()
    return re.compile(
        rf"(?:(?P<who>{NAME})|(?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ww]e)|(?P<desc>{description}))\s*,?\s+"
        rf"(?:{speech})(?:\s+(?:that|reporters|journalists|the\s+\w+))?\s*[:,]\s*\Z"
        rf"|(?:{speech})\s+(?P<who2>{NAME})\s*[:,]\s*\Z"
        rf"|{APPOSED.format(speech=speech)}(?:\s+(?:that|reporters|journalists))?\s*[:,]\s*\Z"
    )


@lexicon_cache(maxsize=1)
def _speaker_patterns() -> tuple[re.Pattern[str], ...]:
    speech = _speech()
    return (
        # "Zhang added", "Chinese Ambassador Li Hui said"
        re.compile(rf"(?P<who>{NAME})\s*,?\s+(?:has\s+|had\s+)?(?:{speech})\b"),
        # "said Alimov", "said Igor Ivanov, president of RIAC" (not "said China imported", nor
        # "told TASS": whom one tells is the listener)
        re.compile(
            rf"\b(?:{_speech_before_speaker()})\s+(?P<who>{NAME})(?=\s*(?:[,.;:!?]|\Z|\s+(?:{AFTER_SAID_NAME})\b))"
        ),
        # "according to Chinese Ambassador Li Hui"
        re.compile(rf"\baccording\s+to\s+(?P<who>{NAME})"),
        # "the agency quoted KazPort spokesman Pavel Orlov as saying"
        re.compile(
            rf"\b(?:quoted|cited)\s+(?:{NAME}\s+)?(?:{ROLE_WORD}\s+){{0,3}}(?P<who>{PERSON})\s+as\s+(?:saying|telling|stating)\b"
        ),
        # "..., declared the head of the analytical center at AgroTrans, Pavel Orlov."
        re.compile(
            rf"\b(?:{speech})\s+the\s+[^.;:!?\n]{{3,100}}?,\s+(?P<who>{PERSON})(?=\s*[.;]|\s*\Z)"
        ),
    )


@lexicon_cache(maxsize=1)
def _apposed_speaker() -> re.Pattern[str]:
    return re.compile(APPOSED.format(speech=_speech()))


@lexicon_cache(maxsize=1)
def _titled_name() -> re.Pattern[str]:
    # A person named with a title: "Chinese Ambassador Li Hui", "President Vladimir Putin".
    titles = sorted(
        (t for t in cue_words("attribution", "title") if t.isalpha() and len(t) > 3),
        key=len,
        reverse=True,
    )
    body = "|".join(re.escape(t.capitalize()) for t in titles)
    return re.compile(rf"\b(?:{body})\s+(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{0,2}})")


@lexicon_cache(maxsize=1)
def _name_with_role() -> re.Pattern[str]:
    # A person named with a role after: "Alexei Miller, head of Gazprom", "Igor Sechin, CEO of".
    roles = "|".join(
        re.escape(r) for r in sorted(cue_words("attribution", "person_role"), key=len, reverse=True)
    )
    return re.compile(
        rf"\b(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,2}}),\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?i:{roles})\b"
    )


def clean_name(name: str) -> str:
    """A name without leading titles: "Russian President Vladimir Putin" -> "Vladimir Putin".

    >>> clean_name("Chinese Ambassador Li Hui"), clean_name("SCO Secretary General Rashid Alimov")
    ('Li Hui', 'Rashid Alimov')
    >>> clean_name("Russian Economic Development Minister Maxim Oreshkin")
    'Maxim Oreshkin'
    """
    words = name.replace("’s", "").replace("'s", "").split()
    titles = cue_words("attribution", "title") | cue_words("attribution", "person_role")
    roles = [i for i, w in enumerate(words) if w.lower().strip(",") in titles]
    person = words[roles[-1] + 1 :] if roles else []
    if 1 <= len(person) <= 3 and not any(
        w.lower() in cue_words("attribution", "body_noun") for w in person
    ):
        return " ".join(person).strip(
            " ,.;:"
        )  # "Russian Economic Development Minister Maxim Oreshkin"
    while len(words) > 1 and (
        words[0].lower().strip(",") in titles or (words[0].isupper() and len(words) > 2)
    ):
        words = words[1:]
    return " ".join(words).strip(" ,.;:")


def inside_quote(text: str, paragraph_start: int, position: int) -> bool:
    """Whether ``position`` is inside a quotation opened earlier in its paragraph.

    >>> inside_quote('He said: "Trade rose 5%." Then', 0, 15)
    True
    """
    depth = 0
    straight_open = False
    for mark in scan(QUOTE_MARK, text, paragraph_start, position):
        char = mark.group()
        if char in "“«":
            depth += 1
        elif char in "”»":
            depth = max(0, depth - 1)
        elif char == '"':
            straight_open = not straight_open
    return depth > 0 or straight_open


def _closes(text: str, index: int) -> bool:
    """Whether the character at ``index`` closes a quotation (not the ’ of "Russia’s")."""
    return text[index] in CLOSING_QUOTES and (
        text[index] != "’" or not text[index + 1 : index + 2].isalpha()
    )


def _who(found: re.Match[str]) -> str | None:
    groups = found.groupdict()
    who = groups.get("who") or groups.get("who2") or groups.get("who3") or groups.get("who4")
    if who:
        return clean_name(who)
    return found.group("pron") or found.group("desc") or (found.groupdict().get("desc2"))


def quote_speaker(text: str, position: int, limit: int) -> str | None:
    """The speaker named right after the quotation that holds ``position``, if any; the
    quotation may run over several sentences ('"... 35%. This is good news," Putin said')."""
    for index in range(position, min(limit, len(text), position + 3000)):
        if _closes(text, index):
            found = _after_quote().match(
                text, index + 1, min(limit, len(text), index + AFTER_QUOTE_REACH)
            )
            return _who(found) if found else None
    return None


def introduced_speaker(text: str, quote_start: int) -> str | None:
    """The speaker named right before the quotation opening at ``quote_start``
    ('Putin said: "...'), if any.

    >>> introduced_speaker('Putin said: "Trade grew 35%."', 11)
    'Putin'
    """
    window = text[max(0, quote_start - BEFORE_QUOTE_REACH) : quote_start]
    found = _before_quote().search(window)
    return _who(found) if found else None


def quote_opening(text: str, paragraph_start: int, position: int) -> int | None:
    """Where the quotation that holds ``position`` opens (in its paragraph), if it does."""
    opened: list[int] = []
    straight: int | None = None
    for mark in scan(QUOTE_MARK, text, paragraph_start, position):
        index, char = mark.start(), mark.group()
        if char in "“«":
            opened.append(index)
        elif char in "”»" and opened:
            opened.pop()
        elif char == '"':
            straight = index if straight is None else None
    if opened:
        return opened[-1]
    return straight


@lexicon_cache(maxsize=1)
def _described_speaker() -> re.Pattern[str]:
    # "The Chinese envoy noted", "the ministry said"
    return re.compile(rf"(?P<desc>{_description()})\s*,?\s+(?:has\s+|had\s+)?(?:{_speech()})\b")


def last_speaker(
    text: str, start: int, position: int, *, descriptions: bool = False, persons: bool = False
) -> str | None:
    """The last named speaker in ``text[start:position]`` (for "he said", "the envoy
    said"); failing that, the last person named with a title ("Ambassador Li Hui") or a role
    ("Alexei Miller, head of Gazprom"). With
    ``descriptions``, a later described speaker ("The Chinese envoy noted") wins, returned
    as written ("the Chinese envoy"). With ``persons`` (for "he", "she"), a person named later
    as a sentence's subject, speaking or not, wins ("Nikolai Petrov toured the plant").

    >>> last_speaker("Zhang Hanhui spoke. The envoy said trade grew.", 0, 40, descriptions=True)
    'the envoy'
    """
    best: tuple[int, str] | None = None
    apposed = [m.span() for m in scan(_apposed_speaker(), text, start, position)]
    for match in scan_back(_apposed_speaker(), text, start, position):  # the last
        best = (match.start(), clean_name(match.group("who4")))
        break
    for pattern in _speaker_patterns():
        for match in scan_back(pattern, text, start, position):  # the last first
            if any(a < match.start() < b for a, b in apposed):
                continue  # "Russian Railways" in "Ivan Petrov, spokesman for Russian Railways, said"
            if PLACE_BEFORE.search(text, max(start, match.start() - 12), match.start()):
                continue  # "on a tour to Harbin, acknowledged": a place, not the speaker
            name = clean_name(match.group("who"))
            if (
                name.lower() in cue_words("attribution", "pronoun")
                or name.lower() in cue_words("attribution", "not_a_name")
                or not name[:1].isupper()
            ):
                continue  # ("That said, ..." names no "That")
            if best is None or match.start() > best[0]:
                best = (match.start(), name)
            break
    if descriptions:
        for match in scan_back(_described_speaker(), text, start, position):
            if set(match.group("desc").lower().split()) & AUXILIARIES:
                continue  # "the plant is estimated": no speaker
            if persons and not is_person_role(match.group("desc")):
                continue  # "he" is no "the customs service said"
            if best is None or match.start() > best[0]:
                named = NAME_BEFORE_APPOSITION.search(
                    text, max(start, match.start() - 60), match.start()
                )
                if named and not _a_name(named.group("who")):
                    named = None  # "In May, the ministry said": no name before
                # "Novak, the deputy prime minister, said": the man so described
                described = "the " + match.group("desc").split(maxsplit=1)[1]
                best = (match.start(), clean_name(named.group("who")) if named else described)
            break
    if persons:
        # "Nikolai Petrov toured the plant. Output rose 5%, he said": the last person the
        # article names as a sentence's subject, speaking or not, wins over a speaker before
        for match in scan_back(PERSON_SUBJECT, text, start, position):
            name = clean_name(match.group("who"))
            if _a_person(name):
                if best is None or match.start() > best[0]:
                    best = (match.start(), name)
                break
    if best is None:
        for pattern in (_titled_name(), _name_with_role()):
            for match in scan_back(pattern, text, start, position):
                if not _a_name(match.group("who")):
                    continue  # "In May, the deputy minister said": a time, not a name
                if best is None or match.start() > best[0]:
                    best = (match.start(), clean_name(match.group("who")))
                break
    return best[1] if best else None


# A person named as a sentence's subject: "Nikolai Petrov toured", "Economist Anna Belova
# praised", "On Monday, Governor Ivan Orlov visited" (a name of up to six capitalised words,
# titles and all, at a sentence's start or after its opening phrase, then a lower-case word).
PERSON_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n))(?:[A-Z][^,.;:!?\n]{{0,40}},\s+)?"
    rf"(?P<who>{NAME})\s+(?:[a-z]+ly\s+|then\s+|also\s+)?[a-z]{{2,}}\b",
    re.MULTILINE,
)


@lexicon_cache(maxsize=1)
def _not_person_words() -> frozenset[str]:
    """Words that make capitalised words no person's name: a place's, a body's or a
    country's name or adjective, a body or company noun, a time."""
    words = {w.lower() for e in cue_entries("entities") for w in e.words for w in w.split()}
    return frozenset(
        words
        | cue_words("attribution", "body_noun")
        | cue_words("attribution", "company_noun")
        | cue_words("context", "not_a_source")
    )


def _a_person(name: str) -> bool:
    """Whether ``name`` (titles taken off) reads as a person's: two or three capitalised words
    ("Nikolai Petrov"), none a place's, a body's or a time's ("Russian Railways", "In May")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(CAPITALISED_WORD.fullmatch(w) for w in words)
        and _a_name(name)
        and not {POSSESSIVE_END.sub("", w.lower()) for w in words} & _not_person_words()
    )


def is_person_role(description: str) -> bool:
    """Whether a description or a credited source names a person by a role: "the deputy
    minister", "deputy head of the customs service" (not "the customs service").

    >>> is_person_role("deputy head of the customs service"), is_person_role("the ministry")
    (True, False)
    """
    head = description.split(" of ", 1)[0].lower().split()
    return bool(head) and POSSESSIVE_END.sub("", head[-1]) in cue_words(
        "attribution", "person_role"
    )


def is_person(name: str) -> bool:
    """Whether a credited source is a person: a name ("Nikolai Petrov") or a role."""
    return _a_person(name) or is_person_role(name)


def _a_name(words: str) -> bool:
    """Whether capitalised words before a comma may be a name: not a time ("In May", "On
    Monday"), not words that open a clause ("However", "This year")."""
    lowered = words.lower().split()
    return not (set(lowered) & cue_words("context", "not_a_source") or lowered[0] in STOP_WORDS)


# A person's name right before a description set off by a comma: "Novak, " in "Novak, the
# deputy prime minister, said" (one to three capitalised words).
NAME_BEFORE_APPOSITION = re.compile(r"(?P<who>\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}),\s*\Z")


@lexicon_cache(maxsize=1)
def _press_office() -> re.Pattern[str]:
    """A press office after the body it speaks for, described or a pronoun: "the company's press
    service", "its press office" (the lexicon's press_office words)."""
    words = "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(cue_words("attribution", "press_office"), key=len, reverse=True)
    )
    return re.compile(
        rf"^(?:(?P<owner>(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)['’]s?\s+"
        rf"|(?P<pronoun>its|their)\s+|the\s+)(?:{words})$",
        re.IGNORECASE,
    )


def press_office_owner(said: str) -> str | None:
    """The body a press office described or named by a pronoun speaks for: "the company" for
    "the company's press service", "it" for "its press office" and for "the press service"
    (the body the article spoke of); None for anything else.

    >>> press_office_owner("the company's press service"), press_office_owner("its press office")
    ('the company', 'it')
    """
    found = _press_office().match(said.strip())
    if found is None:
        return None
    owner, pronoun = found.group("owner"), found.group("pronoun")
    return owner or SUBJECT_OF_POSSESSIVE[pronoun.lower() if pronoun else "its"]


# The subject pronoun of a possessive one: "its" press service speaks for "it".
SUBJECT_OF_POSSESSIVE = {"its": "it", "their": "they"}


def resolve_description(text: str, description: str, start: int, position: int) -> str | None:
    """The body a description stands for: "the ministry" -> the last "... Ministry ..." named
    before ``position``; a person's role ("the envoy") -> the last named speaker.

    >>> t = "The Russian Ministry of Energy met. Exports rose, the ministry said."
    >>> resolve_description(t, "the ministry", 0, 40)
    'Russian Ministry of Energy'
    """
    noun = POSSESSIVE_END.sub("", description.split()[-1].strip(".,").lower())
    if noun in cue_words("attribution", "person_role"):
        return last_speaker(text, start, position)
    of_its_kind = body_of_kind(text, description, start, position)
    if of_its_kind is not None:
        return of_its_kind
    pattern = re.compile(rf"(?P<name>{NAME})")
    best = None
    for match in scan_back(pattern, text, start, position):  # the last first
        words = match.group("name").split()
        if len(words) > 1 and any(
            POSSESSIVE_END.sub("", w.lower()) in (noun, f"{noun}s") for w in words
        ):  # ("the railway" is "Russian Railways")
            best = LEADING_THE.sub("", match.group("name"))
            break
    if best is None:
        # "Rosstat, the federal statistics agency," / "the statistics agency Rosstat"
        described = next(
            (
                m
                for m in scan_back(_described_name(noun), text, start, position)
                if m.group("name") is None
                or not PLACE_OR_THING_BEFORE.search(text, max(start, m.start() - 16), m.start())
            ),
            None,
        )
        if described is not None:
            best = LEADING_THE.sub("", described.group("name") or described.group("after"))
    if best is None and noun in cue_words("attribution", "company_noun"):
        best = last_organisation(text, start, position)
    if best is None and len(description.split()) == 2:
        # "the ministry" after "the defence ministry in Moscow said": the fuller description
        fuller = next(scan_back(_fuller_description(noun), text, start, position), None)
        best = fuller.group("words") if fuller is not None else None
    # (a name read with its possessive ending: "the Moscow Exchange's currency market")
    return POSSESSIVE_END.sub("", _without_full_stop(best)) if best else best


# A sentence's end that a run of capitalised words runs over: ". " of "the General
# Administration of Customs. Exports fell" (the name ends before it).
SENTENCE_END_IN_NAME = re.compile(r"(?<=[a-z])\.\s+")


@lexicon_cache(maxsize=1)
def _body_kinds() -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """The kinds of body of the bodies lexicon: their descriptions, and what their names match."""
    return tuple(
        (frozenset(w.lower() for w in e.words), re.compile(e.regex))
        for e in cue_entries("bodies")
        if e.regex
    )


def body_of_kind(text: str, description: str, start: int, position: int) -> str | None:
    """The body a description of its kind stands for: the last named before ``position`` whose
    name is of the kind the description says (lexicon bodies): "the statistics service" after
    "Rosstat", "the gas giant" after "Gazprom"; None where the description says no kind or no
    body of its kind was named (one of another kind never takes it).

    >>> body_of_kind("Rosstat said trade rose. The Federal Tax Service met. Exports fell, the statistics service said.", "the statistics service", 0, 80)
    'Rosstat'
    """
    kinds = _kinds_described(description)
    if not kinds:
        return None
    for match in scan_back(re.compile(rf"(?P<name>{NAME})"), text, start, position):
        name = SENTENCE_END_IN_NAME.split(match.group("name"), maxsplit=1)[0]
        if any(kind.search(name) for kind in kinds):
            # ("the Moscow Exchange's currency market": the exchange, not its possessive)
            return POSSESSIVE_END.sub("", _without_full_stop(LEADING_THE.sub("", name)))
    return None


def _kinds_described(description: str) -> list[re.Pattern[str]]:
    """What the names of the bodies a description fits match: "the federal statistics
    service" ends with a description of a statistics office.

    >>> [bool(k.search("Rosstat")) for k in _kinds_described("the federal statistics service")]
    [True]
    """
    words = description.lower().split()
    ends = {" ".join(words[i:]) for i in range(1, len(words))} | {description.lower()}
    return [names for descriptions, names in _body_kinds() if descriptions & ends]


@lexicon_cache
def _fuller_description(noun: str) -> re.Pattern[str]:
    """A description of a body with words before its noun, without its article: "defence
    ministry" in "the defence ministry in Moscow said", "regional tourism agency"."""
    return re.compile(rf"\b[Tt]he\s+(?P<words>(?:[a-z][\w-]*\s+){{1,3}}{re.escape(noun)})\b")


# A name that ends in an abbreviation keeps its stop: "U.S.", "Rosneft Co.", "Gazprom Ltd.".
ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.|\b(?:Co|Inc|Ltd|Corp|Jr|Sr|Bros|Dept|Plc|Ltda)\.)\Z")


def _without_full_stop(name: str) -> str:
    """A name without the full stop of the sentence it was found at the end of: "Bank of
    Russia." in "..., according to the Bank of Russia." is "Bank of Russia"."""
    if name.endswith(".") and not ABBREVIATION_END.search(name):
        return name[:-1].rstrip()
    return name


def _described_name(noun: str) -> re.Pattern[str]:
    """A name given a description with ``noun``: before it ("Rosstat, the federal statistics
    agency") or after it ("the statistics agency Rosstat")."""
    described = rf"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){{0,4}}?{re.escape(noun)}"
    return re.compile(
        rf"(?P<name>{NAME}),\s+{described}\b|\b{described}\s+(?P<after>{NAME})",
    )


# The role given after a person's name, up to the next comma or stop: "trade representative of
# Russia in China" in "said Oleg Petrov, trade representative of Russia in China."
ROLE_AFTER_NAME = re.compile(r"\s*,\s+(?P<role>[^,.;:()\n]{3,100})")

# A role written as a title before a person's name: "Deputy Energy Minister Pavel Sorokin".
ROLE_BEFORE_NAME = re.compile(
    r"\b(?P<role>(?:[A-Z][a-z-]+\s+){0,4}[A-Z][a-z-]+)\s+(?P<who>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\b"
)


def named_later(text: str, description: str, position: int, end: int) -> str | None:
    """The person an indefinite description ("a Russian trade official") stands for, where
    the article names them later with a role that shares its lower-case words ("Oleg Petrov,
    trade representative of Russia in China").

    >>> named_later("Trade rose, a Russian trade official said. It grew, said Oleg Petrov, trade envoy of Russia.",
    ...             "a Russian trade official", 12, 90)
    'Oleg Petrov'
    >>> named_later("It rose, a deputy energy minister said. Deputy Energy Minister Pavel Sorokin added",
    ...             "a deputy energy minister", 10, 80)
    'Pavel Sorokin'
    """
    words = description.split()
    if (
        len(words) < 3
        or words[0].lower() not in ("a", "an")
        or words[-1].lower() not in cue_words("attribution", "person_role")
    ):
        return None
    telling = {
        w for w in words[1:-1] if w.islower() and w not in cue_words("attribution", "person_role")
    }
    if not telling:
        return None
    for match in scan(_name_with_role(), text, position, end):
        role = ROLE_AFTER_NAME.match(text, match.end("who"), end)
        if role is not None and telling & set(role.group("role").split()):
            return clean_name(match.group("who"))
    for match in scan(ROLE_BEFORE_NAME, text, position, end):
        # "Deputy Energy Minister Pavel Sorokin" for "a Russian deputy energy minister"
        titled = match.group("role").lower().split()
        if titled[-1] == words[-1].lower() and telling & set(titled):
            return match.group("who")
    return None


# How far after a description, in characters, the name it stands for may come first: the
# sentence after ("The ministry said ... The Russian Ministry of Agriculture added ...").
NAMED_AFTER_REACH = 400


def named_after(text: str, description: str, position: int, end: int) -> str | None:
    """The body a definite description stands for where the article names it only after it:
    the first name with the description's noun after ``position`` (within NAMED_AFTER_REACH).

    >>> named_after("The ministry said it rose. The Russian Ministry of Agriculture added", "the ministry", 4, 80)
    'Russian Ministry of Agriculture'
    """
    words = description.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    noun = words[1].lower().strip(".,")
    if noun not in cue_words("attribution", "body_noun"):
        return None
    pattern = re.compile(rf"(?P<name>{NAME})")
    for match in scan(pattern, text, position, min(end, position + NAMED_AFTER_REACH)):
        name = LEADING_THE.sub("", match.group("name"))
        if len(name.split()) > 1 and noun in (w.lower() for w in name.split()):
            return _without_full_stop(name)
    return None


@lexicon_cache(maxsize=1)
def _organisations() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {
        w: e.label for e in cue_entries("entities") if e.kind == "organisation" for w in e.words
    }
    # Any organisation of the entities lexicon, longest name first: "Gazprom Neft", "Gazprom".
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])"), names


@lexicon_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    """The names of organisations and news agencies of the entities lexicon."""
    return frozenset(
        w for e in cue_entries("entities") if e.kind in ("organisation", "ignore") for w in e.words
    )


def last_organisation(text: str, start: int, position: int) -> str | None:
    """The last organisation of the entities lexicon named in ``text[start:position]``
    (what "the company said" stands for).

    >>> last_organisation("Gazprom pumped more gas, the company said.", 0, 25)
    'Gazprom'
    """
    pattern, names = _organisations()
    found = next(scan_back(pattern, text, start, position), None)
    return names[found.group(0)] if found else None


# "The Russian Ministry" -> "Russian Ministry".
LEADING_THE = re.compile(r"^The\s+")

# A possessive ending: "center's" -> "center".

# A surname after an initial: "P.Orlov", "P. Orlov".
INITIAL_SURNAME = re.compile(r"(?P<initial>[A-Z])\.\s?(?P<surname>[A-Z][a-z'’-]+)")

# An acronym as a source: "GAC", "RDIF", "CNPC" (two to six capitals, digits after the first).
ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")


# A name introduced with its acronym in brackets: "the Centre for Arctic Studies (CAS)".
INTRODUCED_ACRONYM = re.compile(rf"(?P<full>{NAME})\s*\(\s*(?P<acronym>{ACRONYM.pattern})\s*\)")


def expand_acronym(text: str, name: str, start: int, end: int) -> str:
    """The name an acronym was introduced with in ``text[start:end]``: "GAC" after
    "the General Administration of Customs (GAC)"; the name itself otherwise.

    >>> expand_acronym("the General Administration of Customs (GAC) said. The GAC said", "GAC", 0, 60)
    'General Administration of Customs'
    """
    if not ACRONYM.fullmatch(name):
        return name
    introduced = re.compile(rf"(?P<full>{NAME})\s*\(\s*{re.escape(name)}\s*\)")
    found = next(scan(introduced, text, start, end), None)
    if found is None:
        # a misspelt acronym, its letters swapped ("CASS" introduced, "CSAS" written later)
        found = next(
            (
                m
                for m in scan(INTRODUCED_ACRONYM, text, start, end)
                if sorted(m.group("acronym")) == sorted(name) and m.group("acronym") != name
            ),
            None,
        )
    return LEADING_THE.sub("", found.group("full")) if found else name


def full_name(text: str, name: str, start: int, end: int | None = None) -> str:
    """The fullest form of a one-word ``name`` in ``text[start:end]`` ("Zhang" ->
    "Zhang Hanhui", "Putin" -> "Vladimir Putin"); the name itself if none."""
    end = len(text) if end is None else end
    initial = INITIAL_SURNAME.fullmatch(name.strip())
    if initial is not None:
        # "P.Orlov" -> "Pavel Orlov": the full name of that surname with that initial
        given = next(
            scan(
                re.compile(
                    rf"\b(?P<given>{initial.group('initial')}[a-z'’-]+)\s+{re.escape(initial.group('surname'))}\b"
                ),
                text,
                start,
                end,
            ),
            None,
        )
        return f"{given.group('given')} {initial.group('surname')}" if given else name
    if " " in name.strip() or not name[:1].isupper() or name in _bodies():
        return (
            name  # (an organisation's one word is its name: "Rosneft", not "Rosneft Deutschland")
        )
    titles = cue_words("attribution", "title")
    surname = re.escape(name)
    # "Vladimir Putin" (given name first) or "Zhang Hanhui" (family name first); the
    # lookahead lets "Ambassador Li" be skipped without hiding a later "Li Hui".
    pattern = re.compile(
        rf"\b(?P<before>[A-Z][a-z'’-]+)\s+(?={surname}\b)|\b{surname}\s+(?P<after>[A-Z][a-z'’-]+)\b"
    )
    for match in scan(pattern, text, start, end):
        other = match.group("before") or match.group("after")
        lowered = other.lower()
        if (
            lowered in titles
            or lowered in cue_words("attribution", "pronoun")
            or lowered in cue_words("attribution", "not_a_name")
            or lowered in cue_words("context", "not_a_source")
        ):
            continue  # (nor a time: "On Monday Novak told reporters" names no "Monday Novak")
        if match.group("after") and lowered in _speech_words():
            continue
        return f"{other} {name}" if match.group("before") else f"{name} {other}"
    return name


@lexicon_cache(maxsize=1)
def _speech_words() -> frozenset[str]:
    return frozenset(w.lower() for w in cue_words("attribution", "speech_form") if " " not in w)
