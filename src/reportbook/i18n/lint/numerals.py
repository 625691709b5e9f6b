"""Numbers a reader sees, in reading order, so that different renderings of one number compare
equal and a swapped pair does not.

English: 3,000 / 3000 / 4 million / 1.2 billion / 14th / nine / twenty-one / 9 March 2025.
Chinese: 3000 / 400万 / 1.2亿 / 3千 / 一百四十七 / 十四五 (14 and 5) / 二〇二五 / 2025年3月9日.

How a language writes numbers is data (``[<lang>.numerals]`` in languages.toml): number and
scale words, month names and date patterns, and for positional numerals (一百四十七) the digits,
units and scales, with the idioms that begin with numeral characters but are not numbers
(十分 "very"). A text is read in one left-to-right pass of one regular expression, whose parts
never reach further than one token, and a positional run is read in one pass too: reading is
linear in the length of the text.
"""

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cache

from ...languages import load_languages

# Only the digits a reader of the report's languages reads as digits: ASCII and full-width.
# Python's \d is every script's (Bengali ৪ is 4 to Python, and looks like 8 to a reader).
DIGIT = "[0-9\uff10-\uff19]"
ARABIC = rf"{DIGIT}{{1,3}}(?:,{DIGIT}{{3}})+(?:\.{DIGIT}+)?|{DIGIT}+(?:\.{DIGIT}+)?"
NOT_AFTER = re.compile(r"[A-Za-z_.]")  # "v2", "H2O", "1.2.3": a label, not a number
# Dates and years say when, and a translation may move them (Chinese puts them first): the
# order of the other numbers is compared, the times only counted.
YEARS = range(1800, 2200)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _bounded(words) -> str:
    """Words match whole (not "four" in "fourteen"); a CJK character needs no boundary."""
    return rf"(?:{_alternation(words)})(?![A-Za-z])" if words else "(?!)"


def _date(pattern: str, index: int, months: str) -> str:
    parts = {
        "day": rf"(?P<d{index}_day>{DIGIT}{{1,2}})(?!{DIGIT})",
        "month": rf"(?P<d{index}_month>{months}|{DIGIT}{{1,2}}(?!{DIGIT}))",
        "year": rf"(?P<d{index}_year>{DIGIT}{{4}})(?!{DIGIT})",
    }
    out = []
    for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", pattern):
        out.append(r"\s+".join(re.escape(w) for w in literal.split(" ")))
        if name:
            out.append(parts[name])
    return "".join(out)


@dataclass(frozen=True)
class NumberReader:
    """Reads the numbers of a text written in one or more languages (a translation may mix)."""

    pattern: re.Pattern
    words: dict[str, int]
    compound_units: dict[str, int]
    scales: dict[str, int]
    months: dict[str, int]
    digits: dict[str, int]
    units: dict[str, int]
    run_scales: dict[str, int]
    date_count: int

    @classmethod
    def of(cls, tables: list[dict]) -> "NumberReader":
        def merged(key: str) -> dict:
            found: dict = {}
            for table in tables:
                found.update(table.get(key, {}))
            return found

        words = {k.lower(): v for k, v in merged("words").items()}
        compound = {k.lower(): v for k, v in merged("compound_units").items()}
        months = {k.lower(): v for k, v in merged("months").items()}
        digits, units = merged("digits"), merged("units")
        # The scales of positional numerals (万 in 三千万); they and the units also follow
        # Arabic digits (400万, 3千), as word scales do after a space (4 million).
        run_scales = {k: v for t in tables if "digits" in t for k, v in t["scales"].items()}
        scales = {k.lower(): v for k, v in {**merged("scales"), **units}.items()}
        dates = [d for table in tables for d in table.get("dates", [])]
        idioms = [i for table in tables for i in table.get("idioms", [])]
        ordinals = [o for table in tables for o in table.get("ordinal_suffixes", [])]
        tens = [w for w, v in words.items() if 20 <= v <= 90 and v % 10 == 0]
        alternatives = [
            _date(d, i, _bounded(months) if months else "(?!)") for i, d in enumerate(dates)
        ]
        if idioms:
            alternatives.append(f"(?P<idiom>{_alternation(idioms)})")
        alternatives.append(
            rf"(?P<num>{ARABIC})(?:{_bounded(ordinals)})?"
            rf"(?P<scale>(?:\s*{_bounded(scales)})*)"
        )
        if tens and compound:
            alternatives.append(
                rf"(?<![A-Za-z])(?P<tens>{_bounded(tens)})[- ](?P<unit>{_bounded(compound)})"
            )
        if words:
            alternatives.append(rf"(?<![A-Za-z])(?P<word>{_bounded(words)})")
        if digits:
            alternatives.append(f"(?P<run>[{re.escape(''.join([*digits, *units, *run_scales]))}]+)")
        return cls(
            re.compile("|".join(f"(?:{a})" for a in alternatives), re.I),
            words,
            compound,
            scales,
            months,
            digits,
            units,
            run_scales,
            len(dates),
        )

    def read(self, text: str) -> list[str]:
        """Every number of ``text`` in order, canonical: "3000", "0.5", a date "2025-03-09"."""
        values: list[str] = []
        for m in self.pattern.finditer(text):
            groups = m.groupdict()
            if date := self._date_value(groups):
                values.append(date)
            elif groups.get("idiom") is not None:
                continue
            elif groups["num"] is not None:
                if m.start() and NOT_AFTER.match(text[m.start() - 1]):
                    continue
                values.append(self._arabic(groups["num"], groups["scale"]))
            elif groups.get("tens") is not None:
                tens = self.words[groups["tens"].lower()]
                values.append(str(tens + self.compound_units[groups["unit"].lower()]))
            elif groups.get("word") is not None:
                values.append(str(self.words[groups["word"].lower()]))
            elif groups.get("run") is not None:
                values += self._positional(groups["run"])
        return values

    def _date_value(self, groups: dict) -> str | None:
        for i in range(self.date_count):
            year = groups[f"d{i}_year"]
            if year is None:
                continue
            month = groups[f"d{i}_month"]
            month = self.months.get(month.lower()) or int(month)
            day = groups.get(f"d{i}_day")
            return f"{int(year):04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
        return None

    def _arabic(self, number: str, scale: str) -> str:
        with localcontext() as exact:  # every digit counts, however long the number
            exact.prec = len(number) + len(scale) * 13 + 28
            value = Decimal(number.replace(",", ""))
            for word in re.findall(r"[^\W\d_]+", scale):  # a scale a token: "thousand", "万"
                for ch in [word] if word.lower() in self.scales else word:
                    value *= self.scales[ch.lower()]
            text = f"{value:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text

    def _positional(self, run: str) -> list[str]:
        """A run may be one numeral or several side by side: "十四五" → 14, 5."""
        digits = self.digits
        if len(run) > 1 and all(ch in digits for ch in run):  # 二〇二五 → 2025
            return ["".join(str(digits[ch]) for ch in run).lstrip("0") or "0"]
        values: list[str] = []
        total = section = 0
        digit: int | None = None
        started = False

        def finish() -> None:
            if started:
                values.append(str(total + section + (digit or 0)))

        for ch in run:
            if ch in digits:
                if digits[ch] == 0 and (total or section):
                    continue  # 零 holds a place: 一百零五
                if digit is not None:  # two digits in a row: a new numeral starts
                    finish()
                    total = section = 0
                digit, started = digits[ch], True
            elif ch in self.units:
                section += (1 if digit is None else digit) * self.units[ch]
                digit, started = None, True
            else:  # 万, 亿
                section += digit or 0
                total += section * self.run_scales[ch]  # a scale alone (万) adds nothing
                section, digit = 0, None
        finish()
        return values


@cache
def reader(*languages: str) -> NumberReader:
    """The reader for text in these languages (first the translation's, then the source's)."""
    known = load_languages()
    return NumberReader.of([known[lang].numerals for lang in languages if lang in known])


def number_problems(source: list[str], translation: list[str]) -> list[str]:
    """What a reader would notice: a number dropped or changed, or numbers in another order.

    The source's numbers must all be there, each as often, and in the source's order; numbers
    the translation adds are ``added_numbers``' concern.
    """
    want, have = Counter(source), Counter(translation)
    problems = []
    for value in sorted(want, key=_order):
        if not have[value]:
            problems.append(f"number {value} of the source is missing")
        elif have[value] < want[value]:
            problems.append(
                f"number {value} is in the source {want[value]} times, "
                f"in the translation {have[value]}"
            )
    if not problems and not _in_order(_untimed(source), _untimed(translation)):
        problems.append(
            f"numbers in another order: the source reads {', '.join(source)}; "
            f"the translation reads {', '.join(translation)}"
        )
    return problems


@cache
def may_add(lang: str | None) -> frozenset[str]:
    """The numbers a translation into ``lang`` may add (``may_add`` in its numerals table)."""
    language = load_languages().get(lang or "")
    return frozenset(map(str, language.numerals.get("may_add", []) if language else []))


def added_numbers(source: list[str], translation: list[str], allowed: frozenset[str]) -> list[str]:
    """Numbers the translation states more often than the source, other than ``allowed``: a
    fact ("过去8年" for "in recent years") the reader of the source is not given."""
    want, have = Counter(source), Counter(translation)
    problems = []
    for value in sorted(have - want, key=_order):
        if value in allowed:
            continue
        if want[value]:
            problems.append(
                f"number {value} is in the translation {have[value]} times, "
                f"in the source {want[value]}"
            )
        else:
            problems.append(f"number {value} is not in the source")
    return problems


def _order(value: str) -> tuple:
    try:
        return (0, Decimal(value), value)
    except ArithmeticError:
        return (1, Decimal(0), value)  # a date


def _untimed(values: list[str]) -> list[str]:
    return [v for v in values if "-" not in v and not (v.isdigit() and int(v) in YEARS)]


def _in_order(source: list[str], translation: list[str]) -> bool:
    """``source`` is a subsequence of ``translation`` (one pass)."""
    rest = iter(translation)
    return all(any(value == seen for seen in rest) for value in source)
