"""Bounds and changes: the words around a figure that make it a limit, an approximation or
the size of a change (bounds.json, changes.json).

"more than 40%" is a bound, "rose 15%" a change told by a verb, "a 15% rise" a change told
by a noun (flag ``change_noun``: the figure names a change rather than reports one),
"+0.4%" a change told by its sign. Phrasal verbs such as "gave up 230 metres" are no change.

>>> from sinorus_facts.quantities.finder import find_quantities
>>> [(q.text, q.bound, q.change) for q in find_quantities("Exports rose about 5%, to ~3 bn.")]
[('about 5%', '~', 'increase'), ('~3 bn', '~', None)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sinorus_facts.lexicons import CueEntry, PatternEntry, lexicon_cache, load_lexicon
from sinorus_facts.quantities.exclusions import is_year_like
from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.units import _alternation

__all__ = ["CueReader", "cue_reader"]

# A run of Latin letters: "soared" in "soared by a factor of 27".
LETTERS = re.compile(r"[A-Za-z]+")
# A digit: the "2" of "a 2% rise".
DIGIT = re.compile(r"\d")

# A level, not a change, follows these words: "rise only to 2.4%", "from 7.15%", "at $2".
LEVEL_BEFORE = re.compile(
    r"\b(?:to|from|at|of)[ \u00a0]+(?:(?:a|an|the|some)[ \u00a0]+)?\Z", re.IGNORECASE
)

# How far before a figure a change verb of "<verb> ... by <figure>" is looked for:
# "increased cross-border grain shipments to Kazakhstan by 18%".
BY_VERB_REACH = 90

# Kinds of unit whose figure a sign or a change noun makes a change.
CHANGING_KINDS = frozenset({"percent", "currency", "other"})


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _cue_table(entries: Iterable[CueEntry]) -> dict[str, CueEntry]:
    table: dict[str, CueEntry] = {}
    for entry in entries:
        for word in entry.words:
            table.setdefault(_norm(word), entry)
    return table


def _ending_pattern(table: dict[str, CueEntry]) -> re.Pattern[str]:
    """A cue that ends right before a figure, with blanks and maybe an article between;
    a cue that ends in a sign ("~", "sub-") may be glued to the figure."""
    return re.compile(
        rf"(?:^|(?<=[\s(\"“'‘\[]))(?P<cue>{_alternation(list(table))})"
        r"(?:(?<=[~≈\-])[ \u00a0]*|[ \u00a0]+(?:(?:a|an|the|some)[ \u00a0]+)?)\Z",
        re.IGNORECASE,
    )


# Bound cues that are also prepositions: with an article before the figure they name what
# the figure falls under ("under a $2 billion contract", "under the $400 billion deal"),
# no bound ("fell below the 5% mark" keeps its bound).
PREPOSITIONS_OF_PLACE = frozenset({"under"})

# An article between a cue and its figure: the " a " of "under a $2 billion contract".
ARTICLE_BETWEEN = re.compile(r"[ \u00a0](?:a|an|the)[ \u00a0]+\Z", re.IGNORECASE)

# "short of" after a verb of change: "fell short of the target" compares with an aim, no
# fall ("fell short of", "came up just short of").
SHORT_OF = re.compile(
    r"[ \u00a0]+(?:just[ \u00a0]+|well[ \u00a0]+|far[ \u00a0]+)?short[ \u00a0]+of\b", re.IGNORECASE
)


@lexicon_cache(maxsize=1)
def _aim_after() -> re.Pattern[str]:
    """A noun of an aim right after a figure (number_names.json 'aim_noun'): " target" in
    "fell short of the 900,000 target", " forecast" in "beat the $5 billion forecast"."""
    words = sorted(
        (
            w
            for e in load_lexicon("number_names").entries
            if isinstance(e, PatternEntry) and e.label == "aim_noun"
            for w in e.words
        ),
        key=len,
        reverse=True,
    )
    return re.compile(rf"[ \u00a0]+(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


# The bound cue that, after a change, says what a figure rose or fell to.
UP_TO = "up to"

# "times" right after a multiplier's number: " times" in "by a factor of 27 times".
TIMES_AFTER = re.compile(r"[ \u00a0]+times\b", re.IGNORECASE)

# " to" and a figure right after a change word: the "up" of "up to $310 million" opens the next figure.
UP_TO_AFTER = re.compile(r"[ \u00a0]+to[ \u00a0]+(?=[\d$€£¥])")


# A negation right before a verb of exceeding ("will hardly exceed", "can scarcely top",
# "never surpassed", "won't exceed"): the figure is at most what is named.
NEGATED_BEFORE = re.compile(
    r"\b(?:not(?!\s+(?:only|just|merely)\b)|never|hardly|scarcely|no\s+longer)\s+(?:\w+\s+)?\Z"
    r"|n['’]t\s+\Z",
    re.IGNORECASE,
)


class CueReader:
    """Reads bounds and changes around a mention, with patterns built once."""

    def __init__(self) -> None:
        bounds = [e for e in load_lexicon("bounds").entries if isinstance(e, CueEntry)]
        changes = [e for e in load_lexicon("changes").entries if isinstance(e, CueEntry)]
        self._bound_before = _cue_table(e for e in bounds if e.position == "before")
        self._bound_after = _cue_table(e for e in bounds if e.position == "after")
        self._change_before = _cue_table(
            e
            for e in changes
            if e.position == "before"
            and e.label != "by_only"
            and (e.change in ("increase", "decrease") or e.label == "not_a_change")
        )
        self._change_after = _cue_table(
            e for e in changes if e.position == "after" and e.label != "after_rise"
        )
        self._change_around = _cue_table(
            e for e in changes if e.position == "around" and e.value is None
        )
        # verbs of change, and those that give one only through "by" ("raised ... by 44%")
        by_verb_entries = [
            e
            for e in changes
            if e.id in ("increase_verbs", "decrease_verbs") or e.label == "by_only"
        ]
        verbs = [
            w for e in by_verb_entries if e.label != "by_only" for w in e.words if " " not in w
        ]
        by_verbs = [w for e in by_verb_entries for w in e.words if " " not in w]
        self._by_verbs = {w.lower(): e for e in by_verb_entries for w in e.words}
        # A bound right before a figure: "more than ", "up to ", "exceeds ", "~", "sub-".
        self.bound_before = _ending_pattern(self._bound_before)
        # A change verb right before a figure (or its bound): "increased by ", "up ".
        self.change_before = _ending_pattern(self._change_before)
        # A bound after a figure: " or more", "-plus", "+".
        self.bound_after = re.compile(
            rf"[ \u00a0]*(?:{_alternation(list(self._bound_after))})", re.IGNORECASE
        )
        adjectives = _alternation(
            [w for e in changes if e.label == "change_adjective" for w in e.words]
        )
        # A change after a figure: " increase", " growth", " higher", " times more", "-fold";
        # maybe a word between: " annual increase".
        self.change_after = re.compile(
            rf"[ \u00a0]*(?:(?:{adjectives})[ \u00a0]+)?(?P<cue>{_alternation(list(self._change_after))})",
            re.IGNORECASE,
        )
        # "by" right before a figure, maybe with an article and a word between: "grow exports
        # by 12 per cent", "fell by a cumulative 60%".
        self.by_before = re.compile(
            rf"\bby[ \u00a0]+(?:(?:a|an)[ \u00a0]+)?(?:(?:{adjectives})[ \u00a0]+)?\Z",
            re.IGNORECASE,
        )
        # A multiplier's word after a figure of growth: " times" in "grew 3.4 times".
        self.times_after_rise = re.compile(
            rf"[ \u00a0]+(?:{_alternation([w for e in changes if e.label == 'after_rise' for w in e.words])})(?![\w-])",
            re.IGNORECASE,
        )
        # A change said right before "up to": a figure of change ("by 40% ", "3.4 times ")
        # or a change verb ("rose "), after which "up to" says what the figure rose to
        # (a level reached), not a bound: "increased by 40% up to $310 million".
        self.change_before_up_to = re.compile(
            rf"(?:\d[ \u00a0]*(?:%|percent|per[ \u00a0]+cent|times)|\b(?:{_alternation(verbs)}))[ \u00a0]*,?[ \u00a0]*\Z",
            re.IGNORECASE,
        )
        # A multiplier's words right before a number: "by a factor of " in "rose by a factor
        # of 12", "by a factor of 27 times".
        self.factor_before = re.compile(
            rf"\b(?:{_alternation([w for e in changes if e.label == 'factor_before' for w in e.words])})[ \u00a0]+\Z",
            re.IGNORECASE,
        )
        # A change noun a few words before a percent: "growth exceeds 35%", "a rise of 5%".
        self.change_around = re.compile(
            rf"\b(?P<cue>{_alternation(list(self._change_around))})(?:[ \u00a0]+[A-Za-z']+){{0,3}}[ \u00a0]*\Z",
            re.IGNORECASE,
        )
        # A word that stands between a change and its figure and leaves the change as it is,
        # right before the figure: " only " in "grew by only 2.5%", " a mere " in "fell by a
        # mere 1.5%"; and a word that opens a range there: " between " in "grow between 5 and 7
        # percent".
        self.range_opening_before = re.compile(
            rf"(?<=[ \u00a0])(?:{_alternation([w for e in changes if e.label == 'range_opening' for w in e.words]) or '(?!)'})[ \u00a0]+\Z",
            re.IGNORECASE,
        )
        self.focus_before = re.compile(
            rf"(?<=[ \u00a0])(?:{_alternation([w for e in changes if e.label == 'focus' for w in e.words]) or '(?!)'})[ \u00a0]+\Z",
            re.IGNORECASE,
        )
        # A change verb a few words before "by": "grow sales by".
        # (up to six words between, hyphenated ones too: "increased cross-border grain shipments to Kazakhstan by")
        self.by_verb = re.compile(
            rf"\b(?P<cue>{_alternation(by_verbs)})(?=(?:[ \u00a0]+[A-Za-z'’-]+){{0,6}}[ \u00a0]+by[ \u00a0]+"
            rf"(?:(?:a|an)[ \u00a0]+)?(?:(?:{adjectives})[ \u00a0]+)?\Z)",
            re.IGNORECASE,
        )

    # ------------------------------------------------------------------------------------
    def read(self, text: str, mention: QuantityMention) -> QuantityMention:
        """``mention`` with the bound and change its neighbourhood gives it."""
        end = mention.end
        after_bound = self.bound_after.match(text, end)
        if after_bound and not text[after_bound.end() : after_bound.end() + 1].isalnum():
            entry = self._bound_after[_norm(after_bound.group(0))]
            mention = _cued(
                mention.with_(bound=entry.bound or "=", end=after_bound.end()),
                "bound",
                _trimmed(text, after_bound.start(), after_bound.end()),
                f"bounds.{entry.id}",
            )
            end = after_bound.end()
        after_change = self.change_after.match(text, end)
        if after_change:
            entry = self._change_after[_norm(after_change.group("cue"))]
            # "by 40% up to $310 million": "up" says the 40% is a rise; "up to" belongs to the next figure
            change_end = end if UP_TO_AFTER.match(text, after_change.end()) else after_change.end()
            cue = (after_change.start("cue"), after_change.end("cue"))
            if entry.change == "factor" and mention.unit is None and not mention.scaled:
                mention = mention.with_(
                    unit="x", unit_kind="multiplier", change="factor", end=after_change.end()
                )
                mention = _cued(mention, "change", cue, f"changes.{entry.id}")
            elif entry.change in ("increase", "decrease") and mention.unit_kind in (
                "percent",
                "currency",
            ):
                mention = mention.with_(
                    change=entry.change, end=change_end, flags=(*mention.flags, "change_noun")
                )
                mention = _cued(mention, "change", cue, f"changes.{entry.id}")
        mention = self.read_bound_before(text, mention)
        if mention.change is None and self._factor_before(text, mention):
            times = TIMES_AFTER.match(text, mention.number_end)
            mention = mention.with_(
                unit="x",
                unit_kind="multiplier",
                change="factor",
                counted=None,
                end=max(mention.end, times.end() if times else mention.number_end),
            )
            found = self.factor_before.search(text[max(0, mention.start - 24) : mention.start])
            if found is not None:
                begin = max(0, mention.start - 24) + found.start()
                mention = _cued(
                    mention, "change", _trimmed(text, begin, mention.start), "changes.factor_before"
                )
        if mention.change is None:
            mention = self._change_before_figure(text, mention)
        if (
            mention.change == "increase"
            and mention.unit is None
            and not (mention.scaled or mention.word_number)
        ):
            rise = self.times_after_rise.match(text, mention.end)
            if rise:  # "grew 3.4 times": the multiplier of a rise
                mention = mention.with_(
                    unit="x", unit_kind="multiplier", change="factor", end=rise.end()
                )
                mention = _cued(
                    mention,
                    "change",
                    _trimmed(text, rise.start(), rise.end()),
                    "changes.after_rise",
                )
        return mention.with_(text=text[mention.start : mention.end])

    def _factor_before(self, text: str, mention: QuantityMention) -> bool:
        """Whether "by a factor of" stands right before a number that measures nothing else
        (no unit, or the "times" of "27 times"), after a verb of change."""
        plain = mention.unit is None or (
            mention.unit == "count" and (mention.counted or "").lower() == "times"
        )
        found = self.factor_before.search(text[max(0, mention.start - 24) : mention.start])
        if not plain or mention.scaled or found is None:
            return False
        # only of a change: "soared by a factor of 27", not "faster by a factor of 2.5e-5"
        before = text[
            max(0, mention.start - 24 - BY_VERB_REACH) : mention.start - len(found.group(0))
        ]
        return any(w.lower() in self._by_verbs for w in LETTERS.findall(before)[-6:])

    def _change_before_figure(self, text: str, mention: QuantityMention) -> QuantityMention:
        left = mention.start
        focus = self.focus_before.search(text, max(0, left - 40), left)
        if focus is not None:
            left = focus.start()  # "rose just 2%": the change is read before "just"
        opening = self.range_opening_before.search(text, max(0, left - 40), left)
        if opening is not None and not is_year_like(
            text[mention.number_start : mention.number_end]
        ):
            left = opening.start()  # "grow between 5 and 7 percent", not "grew between 2015 and"
        window = text[max(0, left - 40) : left]
        if "signed" in mention.flags and mention.unit_kind in CHANGING_KINDS:
            signed = mention.with_(
                change="decrease" if mention.value < 0 else "increase", value=abs(mention.value)
            )
            return _cued(signed, "change", (mention.start, mention.start + 1), "changes.sign")
        verb = self.change_before.search(window)
        if verb and SHORT_OF.match(text, max(0, left - 40) + verb.end("cue")):
            return mention  # "fell short of the 90 million tonne target": no fall
        if verb:
            entry = self._change_before[_norm(verb.group("cue"))]
            if entry.change is None or (
                entry.label == "not_for_money" and mention.unit_kind == "currency"
            ):
                return mention
            flags = (*mention.flags, "change_noun") if entry.label == "noun" else mention.flags
            begin = max(0, left - 40)
            cue = (begin + verb.start("cue"), begin + verb.end("cue"))
            return _cued(
                mention.with_(change=entry.change, flags=flags),
                "change",
                cue,
                f"changes.{entry.id}",
            )
        if self.by_before.search(window):
            by_verb = self.by_verb.search(text[max(0, left - BY_VERB_REACH) : left])
            if by_verb:
                entry = self._by_verbs[by_verb.group("cue").lower()]
                begin = max(0, left - BY_VERB_REACH)
                cue = (begin + by_verb.start("cue"), begin + by_verb.end("cue"))
                return _cued(
                    mention.with_(change=entry.change), "change", cue, f"changes.{entry.id}"
                )
        if mention.unit_kind == "percent" and not LEVEL_BEFORE.search(window):
            noun = self.change_around.search(window)
            if noun and not DIGIT.search(noun.group(0)):
                entry = self._change_around[_norm(noun.group("cue"))]
                begin = max(0, left - 40)
                cue = (begin + noun.start("cue"), begin + noun.end("cue"))
                changed = mention.with_(change=entry.change, flags=(*mention.flags, "change_noun"))
                return _cued(changed, "change", cue, f"changes.{entry.id}")
        return mention

    def read_bound_before(self, text: str, mention: QuantityMention) -> QuantityMention:
        """``mention`` with a bound read right before it ("more than", "~"), span widened."""
        window_start = max(0, mention.start - 40)
        found = self.bound_before.search(text[window_start : mention.start])
        if not found:
            return mention.with_(text=text[mention.start : mention.end])
        entry = self._bound_before[_norm(found.group("cue"))]
        if _norm(found.group("cue")) == UP_TO and self.change_before_up_to.search(
            text, window_start, window_start + found.start("cue")
        ):
            return mention.with_(
                text=text[mention.start : mention.end]
            )  # "rose by 40% up to": the level reached
        if _norm(found.group("cue")) in PREPOSITIONS_OF_PLACE and ARTICLE_BETWEEN.search(
            found.group(0)
        ):
            return mention.with_(
                text=text[mention.start : mention.end]
            )  # "under a $2 billion contract": the deal it falls under, no bound
        if ARTICLE_BETWEEN.search(found.group(0)) and _aim_after().match(text, mention.end):
            return mention.with_(
                text=text[mention.start : mention.end]
            )  # "fell short of the 900,000 target", "exceeded the $5 billion forecast": the aim's own figure
        start = window_start + found.start("cue")
        bound: str = entry.bound or "="
        if entry.id == "exceed_verbs" and NEGATED_BEFORE.search(text, max(0, start - 30), start):
            bound = "<="  # "will hardly exceed 35,000 cars", "never topped": at most
        if mention.bound != "=" and bound == "~":
            bound = mention.bound  # "some hundreds of" stays "more than"
        cue = (start, window_start + found.end("cue"))
        bounded = mention.with_(bound=bound, start=start, text=text[start : mention.end])
        return _cued(bounded, "bound", cue, f"bounds.{entry.id}")

    def change_after_factor(self, text: str, end: int) -> int:
        """The end of an increase cue after a multiplier ("fourfold increase"), or ``end``."""
        after = self.change_after.match(text, end)
        if after and self._change_after[_norm(after.group("cue"))].change == "increase":
            return after.end()
        return end

    def glued_bound_before(self, text: str, start: int) -> bool:
        """Whether a bound glued to the number ends at ``start`` ("sub-" in "sub-7 nm")."""
        found = self.bound_before.search(text[max(0, start - 12) : start])
        return bool(found and found.group("cue")[-1:] in "-~≈")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the blanks and hyphens at its ends (" or more" -> "or more")."""
    while start < end and text[start] in " \u00a0-":
        start += 1
    while end > start and text[end - 1] in " \u00a0":
        end -= 1
    return start, end


def _cued(
    mention: QuantityMention, field: str, span: tuple[int, int], rule: str
) -> QuantityMention:
    """``mention`` with the words at ``span`` recorded as what decided its ``field``."""
    kept = tuple(c for c in mention.cues if c[0] != field)
    return mention.with_(cues=(*kept, (field, span[0], span[1], rule)))


@lexicon_cache(maxsize=1)
def cue_reader() -> CueReader:
    """The cue reader built from the installed lexicons (cached)."""
    return CueReader()
