"""Numbers a reader sees, in reading order, so that different renderings of one number compare
equal and a swapped pair does not.

English: 3,000 / 3000 / 4 million / 1.2 billion / 14th / nine / twenty-one / first / single /
9 March 2025 / in 2016 (a year).
Chinese: 3000 / 400万 / 1.2亿 / 3千 / 一百四十七 / 一百五 (150) / 十四五 (14 and 5) / 二〇二五 /
首先 / 2025年3月9日 / 2016年 (a year; 2016家 is a count).

How a language writes numbers is data (``[<lang>.numerals]`` in languages.toml): number and
scale words, month names and date patterns, and for positional numerals (一百四十七) the digits,
units and scales, with the idioms that begin with numeral characters but are not numbers
(十分 "very") and the variant forms read as a numeral (``variants``: 両 is 两). A text is read
in one left-to-right pass of one regular expression, whose parts never reach further than one
token, and a positional run is read in one pass too: reading is linear in the length of the
text.

What binds to a number is read with it or refused, never left out: a sign or a percent sign
("−24", "76%"), digits joined by a space or a grouping mark ("1 024" is 1024). A character the
Unicode database gives a numeric value (萬, 兆, ½, ①, Bengali ৪) that the language's data does not
read, anything else next to a number ("24+", "$24", "3D"), a letter before one (a label, "v2",
not read as a number, which a reader may read as one: "l76" is 176; past spaces after it, a
letter that is not of the translation's own words: 40 K) and numbers joined by other marks
("1/24", "9:30", 76.000.000, 十.五, and a number Sphinx writes or a reference shows: 表%s.5;
no digit is skipped) or by nothing, where a number in digits ends at its unit or scale or
digits touch the language's numerals (3千五 and 7六 are 3500 and 76 to a reader), are refused
("unread"), unless the source has the same. So are a word
the data says changes the number it touches (负76, 两成, 两倍, 10年半, 十分之三:
``changes_before``, ``changes_after``, ``changes_past_measure``), a range dash with no
number beyond it (十－ reads as 十一: ``ranges``), two numerals side by side, which a reader
reads as an estimate (三四 "three or four"; not a year read digit by digit, 二〇二五:
``positional_digits``, ``side_by_side``; a zero that holds no place, 七十六〇〇 for 7600:
``zero_words``), and an estimate before a unit (数十, 上百:
``estimates_before``). An approximator before a scale is part of the number (180多万 is
1800000: ``approximators``), and so is a decimal point between numerals (十点五 is 10.5:
``decimal_points``); a word that joins two numbers (三比五, the ratio 3:5: ``joins``) is
refused unless the source joins the same. So is a word that looks like a numeral or a digit
touching a number (三干 looks like 三千, 丨76 like 176: the ``look_alike_numerals`` of
``[<lang>.lint]``); so is one outside the words the language lists for them, and a dash or a
symbol touching its letters, and a run of Latin letters that look like digits, where a reader
reads a numeral alone (近干家 looks like 近千家, 过去＋年 like 过去十年, 过去lO年 like 过去10年:
lookalikes.py). An idiom followed by one of its
``idiom_breakers`` (十分之, 十分钟, 十分以上) or after one of its ``idiom_breakers_before``
(扣十分) is read as numerals, and so is an adverb of ``idioms_before_word`` with no word after
it (评分为十分。 "scored ten").

A number is a year only where it is written as one (``year_after``, ``bare_years``: 2016年,
"in 2016"); a numeral that names a place (``ordinal_before``, ``ordinal_after``: 第二, 二级,
二是) is no count a translation may add; beside a word that says a number is all there is
(``alone``: "a single report"), a translation adds no count of another. What it adds is what
no number of the source's pairs with, each in order with one written as it is first ("two"
with 两, 2 with 2: ``unpaired``). A Roman numeral (``unread_words``: ii, XIV, in any case) is
refused unless the source has the same, and so is a run of its letters (``roman_letters``),
in any order, where a numeral names a place (第V部分 is "Part 5", 第XIIII届 "the 14th").
Text is read as its reader sees it: any white space is a space (a tab too, which a browser
shows as one), and full-width letters are the Latin ones (ＩＩ is II).
"""

import re
import unicodedata
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from functools import cache
from typing import NamedTuple

from ...languages import load_languages
from .blocks import look_alike
from .lookalikes import (
    CASED,
    FULL_WIDTH,
    SPACES,
    LookAlikes,
    around,
    beside,
    closed,
    look_alike_why,
    look_alikes,
    past_enclosing,
    past_spaces,
    read_letters,
)
from .segments import begins_word, longer_word, word_around

# Only the digits a reader of the report's languages reads as digits: ASCII and full-width.
# Python's \d is every script's (Bengali ৪ is 4 to Python, and looks like 8 to a reader).
DIGIT = "[0-9\uff10-\uff19]"
DIGITS = frozenset("0123456789０１２３４５６７８９")
SPACE = f"[{SPACES}]"
# Groups of three joined by one kind of mark, throughout: 3,000 / 3，000 / 1 024 000.
GROUP = f"[,\uff0c{SPACES}]"
GROUPED = rf"{DIGIT}{{1,3}}(?P<group>{GROUP}){DIGIT}{{3}}(?:(?P=group){DIGIT}{{3}})*(?!{DIGIT})"
GROUP_MARK = re.compile(GROUP)
DECIMAL = rf"(?:[.\uff0e]{DIGIT}+)?"  # 1.5, １．５
ARABIC = rf"(?:{GROUPED}|{DIGIT}+){DECIMAL}"
# Full-width Latin letters and digits as the ASCII ones a reader reads (ＩＶ is IV): one character
# for one, so a match's place is the text's.
WIDE = str.maketrans(FULL_WIDTH)
NOT_AFTER = re.compile(r"[_.]")  # 表%s.5, "file_2": what stands before the mark decides
# Where Sphinx writes a number into a caption label or a {numref} title ("Table %s", "Fig.
# {number}"): a numeral next to one is part of the number shown (表%s一 shows 表3一).
PLACEHOLDER_BEFORE = re.compile(r"(?:%[sd]|\{number\})$")
PLACEHOLDER_AFTER = re.compile(r"%[sd]|\{number\}")
PLACEHOLDER = re.compile(r"%[sd]|\{number\}")
# Letters of a cased script (lookalikes.CASED: Latin, Greek, Cyrillic, full-width Latin): after
# a number they bind to it ("3D", "76K"); before it they make a label ("v2", "H2O") that is not
# read as a number, and a reader may still read one there ("l76" is 176, "Ｏ3" 03, "S76" 576).
# Dates and years say when, and a translation may move them (Chinese puts them first): the
# order of the other numbers is compared, and that of the years among themselves and of the
# dates among themselves (founded in 2016, met in 2025: two years cannot trade facts). A date
# may move past a year of its own ("the 2025 meeting on 9 March 2025" is 2025年3月9日…
# 2025年年会), not past another. A year is four digits of this range written as the language
# writes a year (2016年, "in 2016": ``year_after``, ``bare_years``); 2016家 is a count, which
# keeps its place, and is not the source's year.
YEARS = range(1800, 2200)
# No number a report states has more digits, or is this large (a billion billion): beyond it a
# number is refused unread ("large"), never built, so that 1亿亿亿… or a run of thousands of
# digits costs no more than any other text to read.
MAX_DIGITS = 18
LIMIT = 10**MAX_DIGITS


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Under re.I, Python's patterns equate these with ASCII letters (ſeptember matches
# September, mıllıon million), but str.lower() keeps them: the tables, keyed by ASCII
# words, are looked up through ``_fold``, the way the pattern matched.
RE_I_LETTERS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
# A scale group's tokens: a word of (those) Latin letters, or one other letter, so that
# "million万" is million and 万 (a word scale ends at no Latin letter only).
SCALE_TOKEN = re.compile(f"[A-Za-z{''.join(RE_I_LETTERS)}]+|[^\\W\\d_]")
RE_I_FOLD = str.maketrans(RE_I_LETTERS)


def _fold(word: str) -> str:
    return word.translate(RE_I_FOLD).lower()


def _bounded(words) -> str:
    """Words match whole (not "four" in "fourteen"); a CJK character needs no boundary."""
    return rf"(?:{_alternation(words)})(?![A-Za-z])" if words else "(?!)"


def _preceded(breakers, exceptions) -> str:
    """Not right after one of ``breakers`` (past any spaces), unless after one of the
    ``exceptions`` that ends in it: 扣十分 is "deduct ten", 折扣十分优惠 "a very good discount"."""
    if not breakers:
        return ""
    spaces = ("", SPACE)  # lookbehinds are of one width: without a space, and with one
    ends = [e for e in exceptions if e.endswith(tuple(breakers))]
    # One lookbehind for each width, not each word: the idioms repeat them by the hundred, and
    # a pattern of one per word took seconds to compile in every process.
    unless = [f"(?<=(?:{words}){s})" for words in _by_width(ends) for s in spaces]
    after = "".join(f"(?<!(?:{words}){s})" for words in _by_width(breakers) for s in spaces)
    # Past two spaces or more a lookbehind cannot see what stands before them, and a reader
    # sees one space: not the idiom, so the numeral is read (扣  十分 is "deduct ten").
    after += f"(?<!{SPACE}{SPACE})"
    return f"(?:{'|'.join([*unless, after])})"


def _by_width(words) -> list[str]:
    """Alternations of ``words`` that each hold words of one length (a lookbehind's must)."""
    widths = sorted({len(w) for w in words})
    return [_alternation({w for w in words if len(w) == n}) for n in widths]


def _words(words) -> str:
    """Words whose spaces may be any spaces: "per cent"."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(f"{SPACE}+".join(map(re.escape, w.split())) for w in ordered)


def _any_word(words: list[str]) -> re.Pattern | None:
    """Any of ``words`` as a whole word, in any case (the English's "batch", "per")."""
    if not words:
        return None
    return re.compile(rf"(?<![A-Za-z])(?:{_alternation(words)})(?![A-Za-z])", re.I)


def _named(ch: str) -> str:
    return f"{ch!r} (U+{ord(ch):04X} {unicodedata.name(ch, '')})".replace(" )", ")")


def shortened(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


class Unread(NamedTuple):
    """What a reader reads as part of a number and the checker does not: ``span`` as the text
    has it (a source with the same span allows it), and the character ``ch`` that binds to a
    number (``kind`` "neighbour"), joins two ("joined"; none where they touch: 3千五, 7六),
    is a numeral ("numeral"), a word that states a number ("number-word") or one of the
    language's number words split by a gap ("split-word", 首 · 度); for an
    estimate ("estimate"), ``ch`` is the two numerals and ``values`` what they say ("3 or 4");
    a look-alike that stands where a numeral would, an ideograph outside the listed words
    ("unlisted", ``values`` the numeral it looks like; "unlisted-value" where that numeral is
    one the checker reads only by its value, 廿 for 甘), a dash or symbol ("symbol") or a run of
    Latin letters ("latin": ``ch`` the run with what stands beside it, ``values`` the digits)."""

    span: str
    kind: str
    ch: str
    values: str = ""

    @property
    def why(self) -> str:  # written only for what is reported: a text may have many
        if self.kind in ("unlisted", "unlisted-value", "symbol", "latin"):  # 近干家, 过去＋年
            return look_alike_why(self.kind, self.span, self.ch, self.values)
        if self.kind == "numeral":
            value = unicodedata.numeric(self.ch)
            shown = int(value) if value == int(value) else value
            return (
                f"{_named(self.ch)} is a numeral ({shown}) the checker does not read: write "
                "the number in digits or in the language's numerals"
            )
        if self.kind == "number-word":
            return (
                f"{shortened(self.span)} states a number the checker does not read (the language's "
                "unread_words): write the number in digits or in the language's numerals"
            )
        if self.kind == "split-word":
            return (
                f"{shortened(self.span)} is split by a gap, which a reader reads as the number "
                "word it spells and the checker does not (the language's number words): write "
                "the word whole, or the number as the source does"
            )
        if self.kind == "spoken":
            return (
                f"{shortened(self.span)} spells out a numeral in Latin letters (the language's "
                "numerals as its collation spells them: qian for 千), which the checker does not "
                "read: write the number as the source does"
            )
        if self.kind == "roman":
            return (
                f"{shortened(self.span)} is a Roman numeral where a numeral names a place (第V部分 "
                "is Part 5, V级 level 5: the language's ordinal_before and ordinal_after), which "
                "the checker does not read: write the number as the source does"
            )
        if self.kind == "look-alike":
            return (
                f"{shortened(self.span)}: {_named(self.ch)} looks like a numeral or a digit and is "
                "read as a word (the language's look_alike_numerals): next to a number a reader "
                "may read it as part of the number (三干 looks like 三千, 丨76 like 176): write "
                "the number as the source does"
            )
        if self.kind == "changed":
            return (
                f"{shortened(self.span)}: {self.ch!r} changes the number it touches (a sign, a "
                "fraction, a half, a multiple, an estimate), and the checker does not read it: "
                "write the number as the source does, or record why with # lint-ignore: number "
                "— reason"
            )
        if self.kind == "estimate":
            return (
                f"{shortened(self.span)}: numerals side by side ({self.ch}) read as an estimate, "
                f"'{self.values}', not as one number: write the number in digits, or as one "
                "numeral with its units"
            )
        if self.kind == "zero":
            return (
                f"{shortened(self.span)}: {_named(self.ch)} holds no place here (a zero stands "
                "between a unit above ten and a digit: 一百零五 is 105), so the numerals stand "
                "side by side, which a reader reads as one number (七十六〇〇 looks like 7600) "
                "and the checker does not: write the number in digits, or as one numeral with "
                "its units"
            )
        if self.kind == "scales":
            return (
                f"{shortened(self.span)}: {self.ch!r}, a scale after a scale no smaller than it, "
                "is no number the checker reads (万亿 is; 亿亿 and 亿万 are not): write the "
                "number in digits"
            )
        if self.kind == "padded":
            return (
                f"{shortened(self.span)}: a zero the value does not need (076, 3.0, 180.00) "
                "makes a number read as another thing, a code or a version (3.0定位 for 三大定位), "
                "and the checker reads only the value: write the number as the source does"
            )
        if self.kind == "range":
            return (
                f"{shortened(self.span)}: {_named(self.ch)} next to a number is a range only "
                "between two numbers; alone it may read as a numeral (十－ looks like 十一): "
                "write the number as the source does"
            )
        if self.kind == "large":
            return (
                f"{shortened(self.span)}: a number of more than {MAX_DIGITS} digits, or of "
                f"10^{MAX_DIGITS} or more, is larger than any a report states, and the checker "
                "does not read it: write the number as the source does"
            )
        if self.kind == "joined" and not self.ch:  # nothing between: 3千五, 7六
            return (
                f"{shortened(self.span)}: numbers joined with nothing between them read as one "
                "number to a reader (3千五 is 3500, 7六 is 76) and as two to the checker: a "
                "number in digits ends at its unit or scale (3千, 5万), and digits do not touch "
                "the language's numerals; write the number whole, in digits or in numerals "
                "(3500 or 三千五百)"
            )
        if self.kind == "joined":
            return (
                f"{shortened(self.span)}: numbers joined by {_named(self.ch)} may read as one "
                "number (1 024, 1/24, 9:30): write the source's number, or separate the "
                "numbers with words"
            )
        return (
            f"{shortened(self.span)}: {_named(self.ch)} next to the number may change what it "
            "says, and the checker does not read it: write the number as the source does"
        )


class Year(str):
    """A number written as a year (2016年, "in 2016"): equal to the same year only, so that a
    year the source states is not found in a count (2016家), nor a count in a year."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Year) and str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(("year", str(self)))

    def __repr__(self) -> str:
        return f"Year({str(self)!r})"


class Reading(NamedTuple):
    """``values`` in order; ``words``: those written as the first language's numeral words alone
    (一家, 两所; not a range's end nor joined to a number or a label), which ``may_add`` may
    allow; ``places``: those that name a place, not a count (第二, 二级, 二是), which may only
    restate a number of the source's; ``alone``: the words that say a number is all there is
    ("single"), with their values; ``forms``: how each value is written, one for each:
    "digits" (76, a date), "word" and "place" (as above), "counting" (a word that counts the
    number after it, past one measure word: 两个十年, 两批24家; with those spans in ``counts``),
    or "numeral" (any other word or numeral: "two", "first", 一至76, 十点五), or "name" (a
    numeral that is a letter of a name, 三亚 or 九江: with the name in ``names``)."""

    values: list[str]
    unread: list[Unread]
    words: list[str] = []
    places: list[str] = []
    alone: list[tuple[str, str]] = []
    forms: list[str] = []
    counts: list[tuple[str, str]] = []
    counted: list[int] = []  # where in values the words of ``counts`` and what they count are
    held: list[str] = []  # numerals in a word that says no "one" (这一, 统一: ``not_ones``)
    names: list[tuple[str, str]] = []  # (value, name): 三亚 holds a 3 that no reader reads
    # Those written as ordinals: "fourth", 4th, "Part 4", 第四 (a place of ``places``, an
    # ordinal word or suffix); and those after an ordinal mark only (第四, 第4).
    ordinals: list[str] = []
    marked: list[str] = []
    # (value, unit) of a number of a unit of time (10年: "year"; "10 years"), and where in
    # values a collective measure counts (6批) or a rate word stands before (每年76家).
    units: list[tuple[str, str]] = []
    groups: list[int] = []
    rates: list[int] = []
    spans: list[tuple[str, str]] = []  # (first, last) of each range of years
    # Of ``units``, those a noun states ("5 years", 五年), not a modifier ("Five-Year Plan",
    # which 十四五 abbreviates): the source's need the unit in the translation.
    durations: list[tuple[str, str]] = []
    # (value, letter) of a number followed by a letter no table knows: 180波 (red team 51)
    strange: list[tuple[str, str]] = []
    # (value, kind) of a number a word bounds: "more" (逾3000, 30余, "more than 30"), "less"
    # (近3000, "nearly"), "about" (约, "about"); a number may have two (约30余).
    bounds: list[tuple[str, str]] = []
    # (value, "to" or "by") of a number a change reaches (增长至76家, "grew to 76") or changes
    # by (增长了76家, "grew by 24").
    growth: list[tuple[str, str]] = []
    # Values of a number word that is a span of time by itself ("decade": ten years), and
    # (value, unit) of a number given in a unit of measure (400万美元: 美元).
    timed_words: list[str] = []
    measured: list[tuple[str, str]] = []
    # Values said with a measure word and no ordinal mark (十四个, 14个, 一名): counts.
    as_counts: list[str] = []

    @property
    def shown(self) -> list[str]:
        """The values a reader reads as numbers: not a numeral that is a letter of a name."""
        return [
            value for value, form in zip(self.values, self.forms, strict=True) if form != "name"
        ]

    def without_names(self, spelt: frozenset[str]) -> "Reading":
        """Without the numerals of the names in ``spelt`` (四川, where the English says
        Sichuan): the source's own, which add no number."""
        if not spelt:
            return self
        values, forms, names = [], [], []
        held = iter(self.names)  # one for each value written as a name, in order
        for value, form in zip(self.values, self.forms, strict=True):
            if form == "name":
                pair = next(held)
                if pair[1] in spelt:
                    continue
                names.append(pair)
            values.append(value)
            forms.append(form)
        return self._replace(values=values, forms=forms, names=names)


PADDED = re.compile(r"0[0-9]|.*[.\uff0e][0-9]*0$")  # (digits made ASCII, group marks gone)


def _padded(number: str) -> list[Unread]:
    """Digits with a zero their value does not need, leading (076) or trailing a fraction
    (3.0, 180.00): the checker compares values, and 3.0定位 for 三大定位 reads as a version
    (red team 64 row 07). A source that writes the same digits allows them ("Industry 4.0")."""
    plain = GROUP_MARK.sub("", number).translate(WIDE)
    return [Unread(number, "padded", number)] if PADDED.match(plain) else []


def _date(pattern: str, index: int, months: str) -> str:
    parts = {
        "day": rf"(?P<d{index}_day>{DIGIT}{{1,2}})(?!{DIGIT})",
        "month": rf"(?P<d{index}_month>{months}|{DIGIT}{{1,2}}(?!{DIGIT}))",
        "year": rf"(?P<d{index}_year>{DIGIT}{{4}})(?!{DIGIT})",
    }
    out = []
    for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", pattern):
        out.append(f"{SPACE}+".join(re.escape(w) for w in literal.split(" ")))
        if name:
            out.append(parts[name])
    return "".join(out)


def _with_variants(table: dict) -> dict:
    """The table with each of its ``variants`` (両 for 两) a numeral of the same value, a
    digit, a unit or a scale as its numeral is: read as it, so every rule of it applies."""
    variants = table.get("variants", {})
    if not variants:
        return table
    table = dict(table)
    for key in ("digits", "units", "scales"):
        values = table.get(key, {})
        table[key] = values | {v: values[n] for v, n in variants.items() if n in values}
    return table


def _with_firsts(table: dict) -> dict:
    """The table with its ``first_prefixes`` (首, 头) before each measure word and each word of
    ``first_after`` number words of 1: 首批, 头名, 首度, 首日 say "the first" (red team 40),
    except ``not_firsts`` (首页 "home page", 头条 "headline")."""
    prefixes = table.get("first_prefixes", [])
    after = [*table.get("measure_words", []), *table.get("one_measures", [])]
    after += table.get("first_after", [])
    firsts = {p + a for p in prefixes for a in after} - set(table.get("not_firsts", []))
    if not firsts:
        return table
    return table | {"words": dict.fromkeys(sorted(firsts), 1) | table.get("words", {})}


def _measures(table: dict) -> list[str]:
    """Every word a table gives for what may follow a number of the language: its measure
    words, collectives, units of time, ordinal marks after, changes, scales and units, and
    the nouns a number counts with no measure word (``count_nouns``)."""
    lists = (
        "measure_words",
        "one_measures",
        "stated_measures",
        "collectives",
        "changes_after",
        "ordinal_marks_after",
        "ordinal_after",
        "approximations",
        "count_nouns",
        "units_of_measure",
        "particles",
    )
    words = [word for key in lists for word in table.get(key, [])]
    words += [*table.get("time_units", {}), *table.get("units", {}), *table.get("scales", {})]
    return sorted(set(words), key=len, reverse=True)


# (word, kind) pairs by the letter that meets the number: the last letter of a word before it,
# the first of a word after it, longest first. A lookup reads only the words of that letter: a
# scan of every word for every number made a 0.8 MB catalog cost over a minute (red team 54).
WordIndex = dict[str, tuple[tuple[str, str], ...]]


def _indexed(pairs, before: bool) -> WordIndex:
    index: dict[str, list[tuple[str, str]]] = {}
    for word, kind in sorted(pairs, key=lambda pair: (-len(pair[0]), pair)):
        index.setdefault(word[-1] if before else word[0], []).append((word, kind))
    return {letter: tuple(words) for letter, words in index.items()}


def _bounds(tables: list[dict], key: str, before: bool) -> WordIndex:
    """(word, kind) of every table's ``key``: 不超过 (less) is found before 超过 (more)."""
    pairs = {(w.lower(), kind) for t in tables for kind, ws in t.get(key, {}).items() for w in ws}
    return _indexed(pairs, before)


def _by_first_letter(table: dict[str, str]) -> WordIndex:
    """``table``'s (word, value) pairs by their first letter, in the table's order."""
    index: dict[str, list[tuple[str, str]]] = {}
    for word, value in table.items():
        index.setdefault(word[:1], []).append((word, value))
    return {letter: tuple(pairs) for letter, pairs in index.items()}


def _ends_with(text: str, end: int, words: tuple[str, ...]) -> bool:
    """One of ``words`` ends at ``end`` in ``text``, in any case: only their length is read."""
    longest = max(map(len, words), default=0)
    return text[max(0, end - longest) : end].lower().endswith(words)


def _growth(tables: list[dict]) -> WordIndex:
    """(word, "to" or "by") of every table's growth words, longest first: a verb of change
    with a mark of its end (增长至, 降到) is "to", the verb alone or with 了 (增长了) "by"."""
    pairs = set()
    for table in tables:
        verbs = table.get("growth_by", [])
        pairs |= {(w.lower(), "to") for w in table.get("growth_to", [])}
        pairs |= {(v + mark, "to") for v in verbs for mark in table.get("growth_to_marks", [])}
        pairs |= {(v.lower(), "by") for v in verbs}
        pairs |= {(v + "了", "by") for v in verbs if not v.isascii()}
    return _indexed(pairs, before=True)


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
    signs: dict[str, str]
    marks: dict[str, str]
    neutral: frozenset[str]
    separating: re.Pattern
    not_numerals: frozenset[str]
    ranges: frozenset[str] = frozenset()
    changes_before: tuple[str, ...] = ()
    changes_before_years: tuple[str, ...] = ()  # 前2016年: a year "before", or BC
    changes_after_years: tuple[str, ...] = ()  # 2016年以前: before, after or about a year
    changes_after: tuple[str, ...] = ()
    changes_past_measure: tuple[str, ...] = ()
    not_changes: tuple[str, ...] = ()
    positional_digits: int = 0
    side_by_side: frozenset[str] = frozenset()
    zero_words: tuple[str, ...] = ()  # 零售: a word, not a numeral's zero
    approximators: frozenset[str] = frozenset()
    estimates_before: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()
    own_words: frozenset[str] = frozenset()
    joins: dict[str, str] = field(default_factory=dict)
    look_alikes: re.Pattern | None = None  # 干, 乇, 丨: words that look like numerals
    standing: LookAlikes | None = None  # where a look-alike may stand: 若干, not 近干家
    # How the text's own language writes a year (2016年; "in 2016"), and a place (第二, 二级).
    year_after: tuple[str, ...] = ()
    bare_years: str = ""  # "anywhere" (in 2016), "opening" (2025，中国服装协会), or never
    ordinal_before: tuple[str, ...] = ()
    ordinal_after: tuple[str, ...] = ()
    not_places: tuple[str, ...] = ()  # 之一是, 同一级: words that end in a numeral
    not_place_words: tuple[str, ...] = ()  # 代表, 试图: words that end in an ordinal_before
    alone: frozenset[str] = frozenset()  # "single": the number is all there is
    unread_words: re.Pattern | None = None  # 皕, 花甲, III: a number with no numeral it reads
    roman_letters: re.Pattern | None = None  # a run of a Roman numeral's letters: V, XIIII
    # Where one stands in a place: after the ordinal_before of every language the text may mix
    # (第V部分; "Part V" kept in English in a Chinese text).
    roman_before: tuple[str, ...] = ()
    scale_leads: dict[str, int] = field(default_factory=dict)  # "one" of "one million"
    # A translation's own letters: past a space, one begins a word of its language (Greek "1
    # πανεπιστήμιο"), not a letter bound to the number (Chinese 40 K). None for a source, whose
    # letters past a space are all bound, so that what it writes (5 G) allows the same.
    own_letters: re.Pattern | None = None
    # What a numeral word a translation adds must stand before to count something (一家, 两个),
    # or begin (一律, 一并); empty: any numeral word counts (a language with no list).
    measure_words: tuple[str, ...] = ()
    one_measures: tuple[str, ...] = ()  # measures of time that only 一 may count (一年)
    each: tuple[str, ...] = ()  # 各, 每: "each" between a count and the number it counts
    numeral_words: tuple[str, ...] = ()
    not_ones: tuple[str, ...] = ()  # 这一, 统一: words whose 一 is no "one" of the English's
    first_prefixes: tuple[str, ...] = ()  # 首, 头: after a numeral, measure words (一首歌)
    # Parts of speech (the segmenter's) of names whose numeral is a letter (三亚, 四川).
    name_tags: frozenset[str] = frozenset()
    stated_measures: tuple[str, ...] = ()  # 周年: even 一 before one states a number (一周年)
    dated_before: tuple[str, ...] = ()  # 后: 一 and a measure of time after it state a span
    ordinal_words: frozenset[str] = frozenset()  # first, second: an ordinal of the text's
    ordinal_marks: tuple[str, ...] = ()  # 第: the number after it is an ordinal
    changes_first: tuple[str, ...] = ()  # 成: read first after a numeral (四成员工)
    ordinal_marks_after: tuple[str, ...] = ()  # 号, 级: the number before it is an ordinal
    time_units: dict[str, str] = field(default_factory=dict)  # 年: "year", years: "year"
    collectives: tuple[str, ...] = ()  # 批, 组: a count of groups, not of items
    collective_words: re.Pattern | None = None  # batch, group: the English says groups
    rates_before: tuple[str, ...] = ()  # 每, 年均: a number after it is a rate
    rate_words: re.Pattern | None = None  # each, per, a year: the English says a rate
    group_nouns: tuple[str, ...] = ()  # 团队: a count of groups past a measure word
    not_rated_after: tuple[str, ...] = ()  # 这: a number after it names things given
    approximations: tuple[str, ...] = ()  # 多, 余: "-odd" between a number and its unit
    # What may follow a number (字, 节, 号, 年, 人: every table's words that say what it
    # counts, and ``count_nouns``): another letter says what the check does not know.
    measures: tuple[str, ...] = ()
    # (word, kind) of the words that bound a number before and after it, longest first: kind
    # "more" (逾, 30余, 以上), "less" (近, 不足), "about" (约, 左右) or "none" (最近).
    bounds_before: WordIndex = field(default_factory=dict)
    bounds_after: WordIndex = field(default_factory=dict)
    loose_before_time: tuple[str, ...] = ()  # "over 10 years", 近三年: "during", "the past"
    # (word, kind) of the words before a number that say it is a change's end, "to" (增长至,
    # 达到; "grew to") or its size, "by" (增长了, 新增; "grew by"), longest first.
    growth: WordIndex = field(default_factory=dict)
    measures_after: WordIndex = field(default_factory=dict)  # ``measures`` by their first letter
    units_by_first: WordIndex = field(default_factory=dict)  # ``time_units`` likewise
    # Units of measure a number may be given in (元, 公里), longest first; and the words of
    # every language's, as a pattern (yuan, km: the English may name one anywhere).
    units_of_measure: tuple[str, ...] = ()
    measure_words_named: re.Pattern | None = None
    # The translation's numerals as its collation spells them in Latin letters: 千 qian, 十 shi.
    spoken: re.Pattern | None = None

    @classmethod
    def of(
        cls,
        tables: list[dict],
        look_alikes: re.Pattern | None = None,
        standing: LookAlikes | None = None,
        own_letters: re.Pattern | None = None,
    ) -> "NumberReader":
        tables = [_with_firsts(_with_variants(table)) for table in tables]

        def merged(key: str) -> dict:
            found: dict = {}
            for table in tables:
                found.update(table.get(key, {}))
            return found

        def merged_list(key: str) -> list[str]:
            return [item for table in tables for item in table.get(key, [])]

        words = {k.lower(): v for k, v in merged("words").items()}
        tens = [w for w, v in words.items() if 20 <= v <= 90 and v % 10 == 0]  # not "twentieth"
        # Number words a scale word multiplies ("two million"), and scale_leads ("one million").
        leads = words | {k.lower(): v for k, v in merged("scale_leads").items()}
        words |= {k.lower(): v for k, v in merged("ordinals").items()}  # first, firstly
        compound = {k.lower(): v for k, v in merged("compound_units").items()}
        months = {k.lower(): v for k, v in merged("months").items()}
        digits, units = merged("digits"), merged("units")
        # The scales of positional numerals (万 in 三千万); they and the units also follow
        # Arabic digits (400万, 3千), as word scales do after a space (4 million).
        run_scales = {k: v for t in tables if "digits" in t for k, v in t["scales"].items()}
        scales = {k.lower(): v for k, v in {**merged("scales"), **units}.items()}
        dates, idioms = merged_list("dates"), merged_list("idioms")
        # Where a numeral would start, a word that begins with a zero is a word (零售商, 5零售商;
        # 零售 is no 0); inside a numeral, ``_zeros`` leaves it to the word (一万零售商).
        idioms += merged_list("zero_words")
        ordinals = merged_list("ordinal_suffixes")
        signs, marks, mark_prefixes = merged("signs"), merged("marks"), merged("mark_prefixes")
        marks = {k.lower(): v for k, v in marks.items()}
        alternatives = [
            _date(d, i, _bounded(months) if months else "(?!)") for i, d in enumerate(dates)
        ]
        if idioms:
            # An idiom followed by one of its breakers is a numeral (十分之三, 十分钟, 十分以上),
            # and so is one after a breaker before it (扣十分), unless that ends another word
            # (折扣十分优惠), and an adverb with no word after it to modify (评分为十分。).
            breakers, before = merged("idiom_breakers"), merged("idiom_breakers_before")
            not_breakers = merged_list("not_idiom_breakers")
            adverbs = set(merged_list("idioms_before_word"))
            ordered = sorted(idioms, key=len, reverse=True)
            # After a word that takes a numeral (第, 星期, 周) an idiom's first numeral is that
            # word's: 星期一举行 is "held on Monday", not 星期 and 一举 (red team 47), unless the
            # word ends another (代表).
            takers = merged_list("ordinal_before")
            numerals = {*digits, *units, *run_scales}
            not_takers = [*not_breakers, *merged_list("not_place_words")]
            # An idiom that ends in a numeral is none before another (近万一千 is 11000, not
            # 万一 "just in case"): the numerals read as one.
            numeral = (
                f"(?!{SPACE}*(?:{DIGIT}|[{re.escape(''.join([*digits, *units, *run_scales]))}]))"
            )
            # An English idiom starts a word: not the "at first" of "that first".
            idiom = "|".join(
                ("(?<![A-Za-z])" if w[0].isascii() else "")
                + (
                    f"(?={re.escape(w)})"  # the idiom first: the lookbehinds are many
                    + _preceded([*before.get(w, []), *takers], not_takers)
                    if w[0] in numerals
                    else _preceded(before.get(w, []), not_breakers)
                )
                + re.escape(w)
                + (numeral if w[-1] in {*digits, *units, *run_scales} else "")
                + (f"(?!{_alternation(breakers[w])})" if breakers.get(w) else "")
                + (r"(?=[^\W\d_])" if w in adverbs else "")
                for w in ordered
            )
            alternatives.append(f"(?P<idiom>{idiom})")
        # An approximator between a number and a scale is part of the number: the scale
        # multiplies it (180多万 is 1.8 million and more, 十几万 a hundred thousand and more).
        approximators = "".join(merged_list("approximators"))
        approx = f"(?:[{re.escape(approximators)}](?={_alternation(scales)}))?"
        approx = approx if approximators else ""
        scale = rf"(?P<scale>(?:{SPACE}*{approx}{_bounded(scales)})*)"
        numbers = [rf"(?P<num>{ARABIC})(?P<nth>{_bounded(ordinals)})?{scale}"]
        if tens and compound:
            numbers.append(
                rf"(?<![A-Za-z])(?P<tens>{_bounded(tens)})[- ](?P<unit>{_bounded(compound)})"
            )
        word_scales = [w for w in scales if w.isascii()]  # after a space: not 万 of 首次 万
        if leads and word_scales:
            numbers.append(
                rf"(?<![A-Za-z])(?P<lead>{_bounded(leads)})"
                rf"(?P<lead_scale>(?:{SPACE}+{_bounded(word_scales)})+)"
            )
        if words:
            numbers.append(rf"(?<![A-Za-z])(?P<word>{_bounded(words)})")
        if digits:
            numerals = f"[{re.escape(''.join([*digits, *units, *run_scales]))}]"
            scaled = f"[{re.escape(''.join([*units, *run_scales]))}]"
            inner = f"|[{re.escape(approximators)}](?={scaled})" if approximators else ""
            numbers.append(f"(?P<run>{numerals}(?:{numerals}{inner})*)")
        # A sign binds where it cannot be a range's dash: not after a digit or a letter.
        sign = f"(?:(?<![0-9A-Za-z\\uff10-\\uff19])(?P<sign>{_alternation(signs) or '(?!)'}))?"
        prefix = f"(?P<prefix>{_alternation(mark_prefixes) or '(?!)'})?"  # 百分之七十六
        symbols = [m for m in marks if not m[0].isalpha()]
        named = [m for m in marks if m[0].isalpha()]
        mark = (
            f"(?P<mark>{SPACE}*(?:{_alternation(symbols) or '(?!)'})"
            f"|{SPACE}+(?:{_words(named) or '(?!)'})(?![A-Za-z]))?"
        )
        # A decimal point between two numbers (十点五, 10点5 are 10.5; 三点五亿 is 3.5 × 10⁸):
        # digits after it, read one by one, then scales; not before a numeral or one of the
        # words that make the numbers after it no fraction (九点三十分 is a time).
        fraction = ""
        if points := merged_list("decimal_points"):
            stops = [f"[{re.escape(''.join([*digits, *units, *run_scales]))}]", DIGIT]
            stops += map(re.escape, merged_list("not_decimal_before"))
            fraction = (
                f"(?:(?P<point>{_alternation(points)})"
                f"(?P<fraction>(?:{DIGIT}|[{re.escape(''.join(digits))}])+)"
                f"(?P<fraction_scale>[{re.escape(''.join(run_scales))}]*)(?!{'|'.join(stops)}))?"
            )
        numbers_alternation = "|".join(f"(?:{n})" for n in numbers)
        alternatives.append(f"{sign}{prefix}(?:{numbers_alternation}){fraction}{mark}")
        unread = merged_list("unread_words")
        roman = re.escape("".join(merged_list("roman_letters")))
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
            signs,
            {**marks, **mark_prefixes},
            frozenset("".join(merged_list("neutral"))),
            # A separator, a line break between blocks, a letter (a word: "24 to 76") keeps two
            # numbers apart; a tab does not: it shows as a space.
            re.compile(f"{_alternation(merged_list('separators'))}|\\n|[^\\W\\d_]"),
            frozenset(merged_list("not_numerals")),
            frozenset("".join(merged_list("ranges"))),
            tuple(merged_list("changes_before")),
            tuple(merged_list("changes_before_years")),
            tuple(merged_list("changes_after_years")),
            tuple(merged_list("changes_after")),
            tuple(merged_list("changes_past_measure")),
            tuple(merged_list("not_changes")),
            max((t["positional_digits"] for t in tables if "positional_digits" in t), default=0),
            frozenset(merged_list("side_by_side")),
            tuple(merged_list("zero_words")),
            frozenset(approximators),
            tuple(merged_list("estimates_before")),
            tuple(merged_list("range_words")),
            # The first table's number words (a translation's own language; the source's may
            # follow): only those, and its positional numerals, are what ``may_add`` allows.
            frozenset(k.lower() for k in tables[0].get("words", {})) if tables else frozenset(),
            merged("joins"),
            look_alikes,
            standing,
            # A year, a place and "single" are the text's own language's way of writing.
            tuple(tables[0].get("year_after", [])) if tables else (),
            tables[0].get("bare_years", "") if tables else "",
            tuple(tables[0].get("ordinal_before", [])) if tables else (),
            tuple(tables[0].get("ordinal_after", [])) if tables else (),
            tuple(tables[0].get("not_places", [])) if tables else (),
            tuple(tables[0].get("not_place_words", [])) if tables else (),
            frozenset(w.lower() for w in tables[0].get("alone", [])) if tables else frozenset(),
            re.compile("|".join(f"(?:{w})" for w in unread)) if unread else None,
            re.compile(rf"(?<![A-Za-z])[{roman}]+(?![A-Za-z])", re.I) if roman else None,
            tuple(merged_list("ordinal_before")),
            leads,
            own_letters,
            tuple(tables[0].get("measure_words", [])) if tables else (),
            tuple(tables[0].get("one_measures", [])) if tables else (),
            tuple(tables[0].get("each", [])) if tables else (),
            tuple(tables[0].get("numeral_words", [])) if tables else (),
            tuple(tables[0].get("not_ones", [])) if tables else (),
            tuple(tables[0].get("first_prefixes", [])) if tables else (),
            frozenset(tables[0].get("name_tags", [])) if tables else frozenset(),
            tuple(tables[0].get("stated_measures", [])) if tables else (),
            tuple(tables[0].get("dated_before", [])) if tables else (),
            frozenset(k.lower() for k in merged("ordinals")),
            tuple(tables[0].get("ordinal_marks", [])) if tables else (),
            tuple(merged_list("changes_first")),
            tuple(tables[0].get("ordinal_marks_after", [])) if tables else (),
            # every language's: the translation quotes "[5 years]{.language-en}" too
            {k.lower(): v for k, v in merged("time_units").items()},
            tuple(tables[0].get("collectives", [])) if tables else (),
            _any_word(merged_list("collective_words")),
            tuple(tables[0].get("rates_before", [])) if tables else (),
            _any_word(merged_list("rate_words")),
            tuple(tables[0].get("group_nouns", [])) if tables else (),
            tuple(tables[0].get("not_rated_after", [])) if tables else (),
            tuple(tables[0].get("approximations", [])) if tables else (),
            tuple(_measures(tables[0])) if tables else (),
            # every language's: the translation quotes "[more than 30]{.language-en}" too
            bounds_before=_bounds(tables, "bounds_before", before=True),
            bounds_after=_bounds(tables, "bounds_after", before=False),
            loose_before_time=tuple(merged_list("loose_before_time")),
            growth=_growth(tables),
            units_by_first=_by_first_letter(
                {k.lower(): v for k, v in merged("time_units").items()}
            ),
            measures_after=_indexed(((w, "") for w in _measures(tables[0])), False)
            if tables
            else {},
            units_of_measure=tuple(
                sorted(tables[0].get("units_of_measure", []) if tables else [], key=len)[::-1]
            ),
            measure_words_named=_any_word(merged_list("units_of_measure")),
        )

    def read(self, text: str) -> list[str]:
        """Every number of ``text`` in order, canonical: "3000", "0.5", "-24", "76%", a date
        "2025-03-09"."""
        return self.reading(text).values

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` has a number, as (start, end), with all that is read with it (3 000,
        3，000, 180多万, 76%, 百分之七十六, 十点五, 9 March 2025, 2025年3月9日), and where it has
        an idiom that begins with numerals (十分): cut inside one, the text states a number
        the checks never read (20… for 2035, 七十… for 七十六, 十… for 十分)."""
        return [m.span() for m in self.pattern.finditer(read_letters(text))]

    def reading(self, text: str) -> Reading:
        """The numbers of ``text`` and what binds to them that is not read."""
        values: list[str] = []
        unread: list[Unread] = []
        words: list[str] = []
        places: list[str] = []
        held: list[str] = []
        names: list[tuple[str, str]] = []
        ordinals: list[str] = []
        marked: list[str] = []
        units: list[tuple[str, str]] = []
        durations: list[tuple[str, str]] = []
        strange: list[tuple[str, str]] = []
        bounds: list[tuple[str, str]] = []
        growth: list[tuple[str, str]] = []
        timed_words: list[str] = []
        measured: list[tuple[str, str]] = []
        as_counts: list[str] = []
        grouped: list[int] = []
        rates: list[int] = []
        spans: list[tuple[str, str]] = []  # ranges of years: 2021—2025年, "2021-2025"
        alone: list[tuple[str, str]] = []
        forms: list[str] = []
        counts: list[tuple[str, str]] = []
        counted: list[int] = []
        # The last numeral word's index in forms, its values' count, its start and where a
        # number it counts would begin (两批24家): that number is read next.
        counting: tuple[int, int, int, int] | None = None
        # The last number of a year's form, its index in values and its end: a range of two
        # is of years if either end is written as one (2021—2025年; 2021-2025 opening a text).
        range_start: tuple[int, int] | None = None
        first = re.search(r"[^\W_]", text)  # a number that opens the text has nothing before
        opening = first.start() if first else -1
        previous = None  # the match of the last Arabic number or date, for digits joined to it
        spoken = None  # the match of the last number written in the language's numerals
        last = None  # the last number's start, end and last value, for a word joining two
        idioms: list[tuple[int, int]] = []  # 一干二净: words, numerals and look-alikes alike
        # The last number's start, end and where its refusal is, if numbers touching it were
        # refused: a numeral touching it (3千五, 7六) joins them.
        touched: tuple[int, int, int | None] = (-1, -1, None)
        chains: dict[int, tuple[int, int]] = {}  # where in unread: the chain's start and end
        # English words as a reader reads them (ｅｉｇｈｔ, fíve); the text's own for the rest.
        for m in self.pattern.finditer(read_letters(text)):
            groups = m.groupdict()
            digits = True  # digits, which another number's may join ("1 024")
            date = None
            if groups["num"] is not None:
                at = m.start("num")
                before = text[at - 1] if at else ""
                # No digit is skipped. After a mark, digits before it (1.2.3, 76.000.000) or
                # numerals (一.5) join the number (below); a number Sphinx writes (表%s.5
                # shows 表1.5) or a reference's text (the line break numbers_text puts there)
                # does too. After anything else the digits are read: No.1 states a 1.
                shown = self._shown_before(text, at - 1) if NOT_AFTER.match(before) else None
                if shown is not None:
                    unread.append(Unread(text[shown : m.end()], "joined", before))
                    continue
                mark = text[at - 2 : at - 1] if NOT_AFTER.match(before) else "0"
                if (
                    not self._is_numeral(mark or " ")
                    and unicodedata.category(mark or " ") not in CASED
                ):
                    # Not after digits, numerals (joined, below) nor a word (No.1): 第.5名 may
                    # read as 0.5 or as 5.
                    unread.append(Unread(text[at - 1 : m.end()], "neighbour", before))
                if before and unicodedata.category(before) in CASED:
                    # A label, not a number; the same label the source has may stay.
                    label = text[m.start("num") - 1 : m.end()]
                    unread.append(Unread(label, "neighbour", before))
                    continue
                found = [self._arabic(groups["num"], groups["scale"])]
                if found[0] is not None:  # one too large is said to be so, once
                    unread += self._scale_order(text[m.start("num") : m.end()], groups["scale"])
                    if not self._joined_by_mark(text, m.start("num"), m.end("num")):
                        unread += _padded(groups["num"])  # (joined: refused as that)
            elif date := self._date_value(groups):
                found = [date]
            elif groups.get("idiom") is not None:
                idioms.append(m.span())
                continue
            elif groups.get("word") is not None and self._no_first(text, m.start()):
                continue  # 龙头个股, 榜首位置, 两首作品: no "first" there
            else:
                digits = False
                found = self._words_or_run(groups)
                if groups.get("run"):
                    run = m.start("run"), m.end("run")
                    unread += self._estimate(groups["run"]) or self._zeros(text, *run)
            # A chain of numbers touching (3千零5) is one number joined, refused once.
            if self._touching(text, touched[1], m):
                start, _, index = touched
                if index is None:
                    index = len(unread)
                    unread.append(Unread("", "joined", ""))  # its span is the whole chain's
                chains[index] = (start, m.end())
                touched = (start, m.end(), index)
            else:
                touched = (m.start(), m.end(), None)
            unread += self._mixed_fraction(m, groups)
            if groups.get("point") and found[-1] is not None:
                if found[-1].isdigit():
                    found[-1] = self._decimal(found[-1], groups)
                else:  # 1.5点5: a second decimal point, no number a reader reads
                    unread.append(Unread(m.group(), "joined", groups["point"]))
            if None in found:  # a number too large to read
                unread.append(Unread(m.group(), "large", ""))
                found = [value for value in found if value is not None]
            if found and groups.get("sign"):
                found[0] = self.signs[groups["sign"]] + found[0]
            for affix in ("prefix", "mark"):
                if found and groups.get(affix):
                    found[-1] += self.marks[" ".join(_fold(groups[affix]).split())]
            year_form = self._year_form(m, groups, found)
            opens = m.start() == opening
            if year_form and range_start and self._year_range(text[range_start[1] : m.start()]):
                spans.append((values[range_start[0]], found[0]))  # 2021年—2025年 too
            if year_form and range_start and self._range(text[range_start[1] : m.start()]):
                if self._year_written(text, m, groups, opens):
                    values[range_start[0]] = Year(values[range_start[0]])
                if isinstance(values[range_start[0]], Year):
                    found = [Year(found[0])]
            elif year_form and self._year_written(text, m, groups, opens):
                found = [Year(found[0])]
            if found and last is not None:
                gap = text[last[1] : m.start()].strip(SPACES)
                if gap in self.joins:  # 三比五 is the ratio 3:5, as the English writes it
                    ratio = f"{last[2]}{self.joins[gap]}{found[0]}"
                    unread.append(Unread(text[last[0] : m.end()], "joined", gap, ratio))
            # A date ends in its unit: 2025年3月9日比2024年 is "than", no ratio.
            last = (m.start(), m.end(), found[-1]) if found and not date else None
            range_start = (len(values), m.end()) if year_form else None
            values += found
            word = _fold(groups.get("word") or "")
            placed = self._ordinal_marked(text, m.start(), m.end())
            if placed:
                marked += found
            at = past_spaces(text, m.end(), 1)
            after = text[at : at + 16].lower()  # (a slice: not the rest of the text)
            modifier = after.startswith("-")
            after = after.lstrip("-")
            if after.startswith(self.approximations):  # 二十多年, 30余年, "ten-odd years"
                word = next(w for w in self.approximations if after.startswith(w))
                after = after[len(word) :].lstrip(" -")
            if found and not isinstance(found[-1], Year):
                unit = self._unit_of(after)
                if unit:
                    units.append((found[-1], unit))
                    age = AGE.match(text, past_spaces(text, m.end(), 1))  # 5 years old: 5岁
                    durations += [] if modifier or age else [(found[-1], unit)]
                bounds += [(found[-1], kind) for kind in self._bounds(text, m, timed=bool(unit))]
                if kind := self._growth(text, m.start()):
                    growth.append((found[0], kind))
                if word in self.time_units:  # "the past decade": ten years
                    timed_words.append(found[-1])
                if self.units_of_measure and after.startswith(self.units_of_measure):
                    measure = next(w for w in self.units_of_measure if after.startswith(w))
                    measured.append((found[-1], measure))
            at = range(len(values) - len(found), len(values))
            if self._grouped(text, m.end()):
                grouped += at
            if self._rated(text, m.start(), m.end()):
                rates += at
            if (
                groups.get("nth")
                or _fold(m.group()).endswith(tuple(self.ordinal_words))  # twenty-first
                or self._place(text, *m.span())
            ):
                ordinals += found
            if word in self.alone:
                alone += [(word, value) for value in found]
            own = not groups.get("point") and (groups.get("run") or word in self.own_words)
            form = "digits" if digits else "numeral"
            if own and not self._joined_word(text, m.start(), m.end()):
                if self._place(text, m.start(), m.end()):
                    places += found
                    form = "place"
                else:
                    words += found
                    # A number word (首批) counts nothing: a measure word after it is its own
                    # (首批次 is "the first batch").
                    words_only = self.measure_words and not groups.get("run")
                    counts_something = self._held if words_only else self._counts
                    form = "word" if counts_something(text, m.start(), m.end()) else "bare"
                    if self.not_ones and self._held(text, m.start(), m.end(), self.not_ones):
                        held += found
            # A numeral of a name (三亚) is none to a reader; one a neighbour binds to is
            # refused for that, once.
            neighbours = self._neighbours(text, m.start(), m.end())
            if not neighbours and (name := self._name_around(text, m, groups)):
                form = "name"
                names += [(value, name) for value in found]
            # (a name's numeral is none: 三亚)
            if (digits or groups.get("run")) and form in ("digits", "bare") and not date:
                if letter := self._strange_after(text, m.end()):
                    # (a percentage's unit is its %: 24%的成员)
                    strange += [
                        (value, letter)
                        for value in found
                        if not isinstance(value, Year) and not value.endswith("%")
                    ]
            # A number right after a word (past a measure word) is counted by it, unless it
            # is one digit numeral, a count of its own: 一年一度 "yearly", 一举两得, 三衣两裤.
            if counting and found and m.start() == counting[3]:
                if not (m.end() - m.start() == 1 and text[m.start()] in self.digits):
                    index, size, start, _ = counting
                    forms[index : index + size] = ["counting"] * size
                    counts += [(v, text[start : m.end()]) for v in values[index : index + size]]
                    counted += [
                        *range(index, index + size),
                        *range(len(values) - len(found), len(values)),
                    ]
            counting = None
            if form == "word":
                counting = (len(forms), len(found), m.start(), self._counted_at(text, m.end()))
            forms += [form] * len(found)
            if not placed and self._counted_by_measure(text, m.end(), form, found):
                as_counts += found
            unread += neighbours
            if found:
                unread += self._changes(text, m.start(), m.end(), is_timed(found[0]))
            # Numerals with only spaces between them (一 二, 二十四 两家) read as one run: the
            # estimate 一二, a number the checks read as two.
            around = [x for x in (previous, spoken) if x is not None and x.end() <= m.start()]
            nearest = max(around, key=lambda x: x.end()) if around else None
            # So do numerals joined by a mark that separates nothing (十.五, 十:五, 10.五 read
            # as 10.5 and 10:5), as digits are (below).
            if nearest is not None and (groups.get("run") or nearest is spoken):
                gap = text[nearest.end() : m.start()]
                if gap and self._joins(gap):
                    mark = next((ch for ch in gap if ch not in SPACES), gap[0])
                    span = text[nearest.start() : m.end()]
                    written = "".join(ch for ch in span if ch not in SPACES)
                    unread.append(Unread(span, "joined", mark, written))
            if groups.get("run"):
                spoken = m
            if digits:
                gap = text[previous.end() : m.start()] if previous else ""
                if gap and self._joins(gap):
                    mark = next((ch for ch in gap if ch not in SPACES), gap[0])
                    span = text[previous.start() : m.end()]
                    written = "".join(ch for ch in span if ch not in SPACES)  # "3:5", "1/24"
                    unread.append(Unread(span, "joined", mark, written))
                previous = m
        for index, (start, end) in chains.items():  # set once: a long chain costs no more
            unread[index] = Unread(text[start:end], "joined", "")
        unread += self._numerals(text)
        unread += self._placeholder_neighbours(text)
        unread += self._look_alikes(text, idioms)
        unread += self._symbol_look_alikes(text)
        unread += self.spoken_numerals(text)
        refused = {u.span for u in unread}  # 第I届, II: a Roman numeral's finding names them
        unread += [u for u in self.latin_look_alikes(text) if u.span not in refused]
        return Reading(
            values,
            unread,
            words,
            places,
            alone,
            forms,
            counts,
            counted,
            held,
            names,
            ordinals,
            marked,
            units,
            grouped,
            rates,
            spans,
            durations,
            strange,
            bounds,
            growth,
            timed_words,
            measured,
            as_counts,
        )

    @staticmethod
    def _shown_before(text: str, at: int) -> int | None:
        """Where a number Sphinx writes (``%s``) or a reference's text (a line break:
        numbers_text) right before the mark at ``at`` starts: what the reader reads with the
        digits after the mark (表%s.5 shows 表1.5); None if there is none."""
        if at > 0 and text[at - 1] == "\n":
            return at
        label = PLACEHOLDER_BEFORE.search(text[max(0, at - 9) : at])
        return at - len(label.group()) if label else None

    def _year_form(self, m: re.Match, groups: dict, found: list[str]) -> bool:
        """Four digits of the years' range, read digit by digit, with nothing bound to them: a
        year if the language writes one so (``_year_written``). 2,016, 2016万, 2016th, −2016
        and 两千零一十六 are counts."""
        if len(found) != 1 or not _in_years(found[0]):
            return False
        if any(groups.get(k) for k in ("sign", "prefix", "mark", "point")):
            return False
        if groups["num"] is not None:
            number = groups["num"]
            return m.end("num") == m.end() and all(ch in DIGITS for ch in number)
        return bool(groups.get("run")) and all(ch in self.digits for ch in groups["run"])

    def _year_written(self, text: str, m: re.Match, groups: dict, opens: bool) -> bool:
        """A year's mark after it, past any spaces (2016年, 2016年度); or digits with no letter
        right after them, where the language writes years so: anywhere ("in 2016",
        "2016–2020"), or opening the text (2025，中国服装协会, a table's 2016)."""
        at = past_spaces(text, m.end(), 1)
        after = text[at : at + 8]
        if after.startswith(self.year_after):  # never, if the language has none
            return True
        if groups["num"] is None or text[m.end() : m.end() + 1].isalpha():
            return False
        return self.bare_years == "anywhere" or (self.bare_years == "opening" and opens)

    def _range(self, gap: str) -> bool:
        """Only a range's dash or word between two numbers (2021—2025年, 2021至2025年)."""
        gap = gap.strip(SPACES)
        return gap in self.ranges or gap in self.range_words

    def _year_range(self, gap: str) -> bool:
        """A range's dash or word between two years, past the first one's mark (2021年—2025年,
        2021年至2025年)."""
        gap = gap.strip(SPACES)
        mark = next((w for w in self.year_after if gap.startswith(w)), "")
        return self._range(gap[len(mark) :])

    def _place(self, text: str, start: int, end: int, words: tuple[str, ...] | None = None) -> bool:
        """A numeral that names a place, not a count, past any spaces, brackets and quotation
        marks: 第二, 二级, 二是, "Part V", 表二, 第（一）名, “一”等奖 (after one of ``words``, else
        the text's language's ``ordinal_before``, unless it ends one of ``not_place_words``:
        代表一家); not one that ends a word (之一是 "one of … is", 同一级 "the same level")."""
        first, last = self._beside(text, start - 1, -1) + 1, self._beside(text, end, 1)
        before, after = text[max(0, first - 16) : first], text[last : last + 8]
        places = self.ordinal_before if words is None else words
        folded = before.casefold()
        if not before.endswith(places) and not folded.endswith(self._folded(places)):
            places = ()  # (most numbers: no word of a place before them)
        for place in places:
            edge = before[-len(place) - 1 : -len(place)]
            inside = place.isascii() and edge.isascii() and edge.isalpha()  # "SubPart V"
            # An English word in any case: "Part 4", "see part 4".
            ends = before.casefold().endswith(place.casefold()) if place.isascii() else None
            if (
                (ends or before.endswith(place))
                and not inside
                and not before.endswith(self.not_place_words)
            ):
                return True
        word = text[max(0, start - 8) : end]
        return after.startswith(self.ordinal_after) and not word.endswith(self.not_places)

    @staticmethod
    @cache
    def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(word.casefold() for word in words)

    def _counts(self, text: str, start: int, end: int) -> bool:
        """A numeral word that counts something with a measure word past any spaces (一家,
        两个, 一番), or is part of a word: one that ends in it (这一, 之一, 统一: the language's
        ``not_places``) or holds it (一律, 一并, 一年一度: ``numeral_words``). Not one that states a
        number on its own (乘以二, 排名一, 其二, 高一), nor one counting a span of time or a
        place (后两年, 一层, 两周年): those words are no measure words; only 一 may stand
        before a measure of time (``one_measures``: 回顾一年的工作, "the year's work")."""
        if not self.measure_words:
            return True
        at = past_spaces(text, end, 1)
        after = text[at : at + 8]
        if after.startswith(self.stated_measures):  # 一周年 "the first anniversary"
            return self._held(text, start, end)
        if after.startswith(self.one_measures):
            # 一 before a measure of time is "a" (回顾一年的工作, the year's work), but not after
            # a date's "after" (2016年后一年, a year after 2016); 两 counts (两个小时: red team 47).
            before = text[: past_spaces(text, start - 1, -1) + 1]
            one = self.digits.get(text[start:end]) == 1 and not before.endswith(self.dated_before)
            return one or self._held(text, start, end)
        return (
            after.startswith(self.measure_words)
            or (  # 两成, 两倍: the changes rule judges them (not 成功, 成员: no change, no count)
                after.startswith(self.changes_after) and not after.startswith(self.not_changes)
            )
            or self._held(text, start, end)
        )

    def _counted_by_measure(self, text: str, end: int, form: str, found: list[str]) -> bool:
        """A number that a measure word right after it makes a count (十四个, 14个, 一名), not
        a place (第十四个, 一级), a year or a date."""
        if not self.measure_words or form not in ("word", "digits") or not found:
            return False
        if is_timed(found[-1]):
            return False
        return text.startswith(self.measure_words, past_spaces(text, end, 1))

    def _held(self, text: str, start: int, end: int, words: tuple[str, ...] = ()) -> bool:
        """A word found in the stretch around a number holds it: 这一, 一年一度, 首先 (one of
        ``words``, else of ``not_places`` and ``numeral_words``)."""
        return any(
            word in text[max(0, start - len(word) + 1) : start + len(word)]
            for word in (words or (*self.not_places, *self.numeral_words))
        )

    def _ordinal_marked(self, text: str, start: int, end: int) -> bool:
        """The number at ``start`` stands after an ordinal mark (第4, 第 四, 第（四）) or
        before one (4号, 6级, 一等奖)."""
        first, last = self._beside(text, start - 1, -1) + 1, self._beside(text, end, 1)
        marked_before = bool(self.ordinal_marks) and text[max(0, first - 4) : first].endswith(
            self.ordinal_marks
        )
        marked_after = bool(self.ordinal_marks_after) and text[last:].startswith(
            self.ordinal_marks_after
        )
        return marked_before or marked_after

    @staticmethod
    def _unit(after: str, word: str) -> bool:
        """``after`` begins with the unit ``word``, as a word: "years", not "yearly"; 年, not
        年代 (a decade) or 年级 (a school year); 周, not 周年 (an anniversary: 10周年 for "its
        10 years" counts no weeks)."""
        if not after.startswith(word):
            return False
        rest = after[len(word) : len(word) + 1]
        return not (rest.isascii() and rest.isalpha()) and rest not in ("代", "级", "度", "年")

    def _unit_of(self, after: str) -> str | None:
        """The unit of time ``after`` begins with (lower case), or None: only the units of its
        first letter are tried (the longest first, as listed)."""
        for word, unit in self.units_by_first.get(after[:1], ()):
            if self._unit(after, word):
                return unit
        return None

    def _strange_after(self, text: str, end: int) -> str:
        """The letter after the number ending at ``end``, past spaces, if it is of the
        language's own letters, begins no word of ``measures`` and stands alone, as a measure
        word does (180波, 6弄, 四会 for "4"). A word of the dictionary is taken for the noun the
        number counts, as a reader reads it (76零售商, 21世纪): its meaning is the reviewer's
        (segments.begins_word says what it lets through)."""
        if not self.measures:
            return ""
        at = past_spaces(text, end, 1)
        # past a closing mark and "-odd" (“180”波, 180余波 are 180 waves too: red team 53)
        while at < len(text) and (text[at] in CLOSING_MARKS or text[at] in self.approximations):
            at = past_spaces(text, at + 1, 1)
        after = text[at : at + 8]
        if not after or not after[0].isalpha() or after[0].isascii():
            return ""
        if after.startswith(self.measures) or begins_word(text, at):
            return ""
        # (a zero the reader reads as the number's begins the word: 七十六零售商 is 76 零售商)
        if at == end and text[end - 1] == "零" and begins_word(text, end - 1):
            return ""
        return after[0]

    def _bounds(self, text: str, m: re.Match, timed: bool) -> list[str]:
        """The kinds of bound the words around the number ``m`` give it: before it (逾3000,
        "nearly 3,000"), inside it (400多万) and after it (30余项, 76家以上, "30-odd"). Past
        spaces, quotes and brackets (逾“3000”, 76家（以上）: red team 65), and after it past two
        measure words (3000人次左右)."""
        kinds = []
        at = past_spaces(text, m.start() - 1, -1)
        while at >= 0 and text[at] in ENCLOSING_MARKS:
            at = past_spaces(text, at - 1, -1)
        if article := ARTICLE.search(text, max(0, at - 3), at + 1):  # "nearly a thousand"
            at = past_spaces(text, article.start() - 1, -1)
        kind = self._bound_word(text, at + 1, self.bounds_before, before=True)
        if kind and timed and _ends_with(text, at + 1, self.loose_before_time):
            kind = "about"
        kinds += [kind] if kind else []
        inside = m.group()  # 400多万: the bound between the number and its scale
        kinds += [k for ch in inside[1:] for w, k in self.bounds_after.get(ch, ()) if w == ch][:1]
        at = self._past_enclosing(text, m.end())
        if text[at : at + 1] == "-":  # "30-odd"
            at += 1
        for skipped in range(3):
            if kind := self._bound_word(text, at, self.bounds_after, shortest=min(skipped, 1) + 1):
                return [*kinds, kind]
            candidates = self.measures_after.get(text[at : at + 1], ())
            measure = next((w for w, _ in candidates if text.startswith(w, at)), None)
            if measure is None and skipped == 0:  # "ten points or more": an English noun
                measure = (LATIN_WORD.match(text, at) or [""])[0]
            if not measure:
                break
            at = self._past_enclosing(text, at + len(measure))
        return kinds

    @staticmethod
    def _past_enclosing(text: str, at: int) -> int:
        """The first index from ``at`` on past spaces, quotes and brackets."""
        at = past_spaces(text, at, 1)
        while at < len(text) and text[at] in ENCLOSING_MARKS:
            at = past_spaces(text, at + 1, 1)
        return at

    def _growth(self, text: str, start: int) -> str | None:
        """Whether the number at ``start`` is a change's end, "to" (增长至76家, "grew to 76"),
        or its size, "by" (增长了76家, "grew by 24"): the word right before it, past spaces,
        quotes and a bound (增长至近76家). None where it is neither."""
        at = past_spaces(text, start - 1, -1)
        while at >= 0 and text[at] in OPENING_MARKS:
            at = past_spaces(text, at - 1, -1)
        candidates = self.bounds_before.get(text[at : at + 1].lower(), ())
        bound = next((w for w, _ in candidates if _ends_with(text, at + 1, (w,))), "")
        if bound:
            at = past_spaces(text, at - len(bound), -1)
        # A few letters of the language may stand between: 增长了整整76家, 增长至目前的76家
        # (red team 54); not a mark, a space, a numeral or a Latin letter.
        for gap in range(GROWTH_GAP + 1):
            if gap and (at + 1 - gap < 0 or not self._plain_letter(text[at + 1 - gap])):
                break
            if kind := self._bound_word(text, at + 1 - gap, self.growth, before=True):
                return kind
        return None

    def _plain_letter(self, ch: str) -> bool:
        """A letter of a language written without spaces, and no numeral: 整, 的."""
        return ch.isalpha() and not ch.isascii() and not self._is_numeral(ch)

    @staticmethod
    def _bound_word(
        text: str, at: int, words: WordIndex, before: bool = False, shortest: int = 1
    ) -> str | None:
        """The kind of the longest of ``words`` that ends (``before``) or begins at ``at``, as
        a word: not the end of a longer word of the dictionary (签约3家) nor, after the
        number, the start of one (76家上下游), nor a part of an English word (moreover). None
        where there is none, or it says "none" (最近)."""
        letter = (text[at - 1 : at] if before and at > 0 else text[at : at + 1]).lower()
        for word, kind in words.get(letter, ()):
            if len(word) < shortest:
                continue
            start, end = (at - len(word), at) if before else (at, at + len(word))
            if start < 0 or text[start:end].lower() != word:
                continue
            if word.isascii():
                outside = text[start - 1 : start] if before else text[end : end + 1]
                if outside.isascii() and outside.isalpha():
                    return None
            elif (before or len(word) > 1) and longer_word(text, start, end, before):
                return None  # (30余家: 余 right after the number is its own, 余家 or not)
            return None if kind == "none" else kind
        return None

    def _grouped(self, text: str, end: int) -> bool:
        """The number ending at ``end`` counts groups: a collective measure word right after
        it (6批, 180支), or a noun of groups in its clause a few letters on (147个专家团队)."""
        at = past_spaces(text, end, 1)
        after = text[at : at + 8]
        if after.startswith(self.collectives):
            return True
        clause = re.split(r"[^\w]", after)[0]
        return any(noun in clause for noun in self.group_nouns)

    def _rated(self, text: str, start: int, end: int) -> bool:
        """A rate word stands before the number at ``start``, in its clause, a few letters
        before it: 每年76家 ("76 a year"), 每个中心汇聚147位 ("147 per centre"), 年均两个点."""
        before = text[max(0, start - 12) : start]
        clause = re.split(r"[^\w]", before)[-1]  # a mark ends the clause: 每年，76家
        # and a number before it has the rate: 每批24家增长至76家 says 24 a batch, not 76
        # (not one right after a rate word: 每一个中心 and 每两年 are the rate's own)
        numbers = [
            at
            for at, ch in enumerate(clause)
            if self._is_numeral(ch) and not clause[:at].endswith(self.rates_before)
        ]
        clause = clause[numbers[-1] + 1 :] if numbers else clause
        if self.not_rated_after and clause.endswith(self.not_rated_after):
            return False
        return any(word in clause for word in self.rates_before) or self._per_after(text, end)

    def _per_after(self, text: str, end: int) -> bool:
        """A slash and a unit of time after the number, a few letters on, make it a rate:
        147位/年, 147位 / 年 are "147 a year" (red teams 51, 53). Not a slash between nouns
        (研究员/专家) or numbers (2021/2022), nor another unit's (5元/公斤: the English's own)."""
        per = re.search(r"\s*[/／\\]\s*", text[end : end + 10])
        if not per or re.search(r"[^\w\s]", text[end : end + per.start()]):
            return False
        rest = text[end + per.end() : end + per.end() + 8].lower()
        return self._unit_of(rest) is not None

    def _name_around(self, text: str, m: re.Match, groups: dict) -> str | None:
        """The name a lone numeral is a letter of, as the segmenter reads it (三亚, 九江, 四川:
        one of ``name_tags``): a reader reads no number there. One numeral only: 三万人 and
        七中全会 are proper nouns to the segmenter too, and numbers to a reader."""
        run = groups.get("run")
        if not self.name_tags or not run or len(run) != 1 or m.group() != run:
            return None
        name = word_around(text, m.start(), m.end(), self.name_tags)
        # One with a look-alike (三丙, 三伯) looks like a number: refused for that, once.
        alike = self.standing.numerals if self.standing is not None else {}
        return None if not name or any(ch in alike for ch in name) else name

    def _ends_word(self, text: str, start: int) -> bool:
        """The letter at ``start`` ends one of ``not_place_words`` (龙头, 榜首)."""
        return text[max(0, start - 8) : start + 1].endswith(self.not_place_words)

    def _no_first(self, text: str, start: int) -> bool:
        """The number word at ``start`` says no "first": its letter ends a word (龙头个股,
        榜首位置), or is a measure word after a numeral (两首作品 "two works", 三头牛)."""
        if self._ends_word(text, start):
            return True
        before = past_spaces(text, start - 1, -1)
        return text[start] in self.first_prefixes and before >= 0 and self._is_numeral(text[before])

    def _placeholder_neighbours(self, text: str) -> list[Unread]:
        """What binds to a number Sphinx writes in place of ``%s`` or ``{number}`` (a caption's
        label, a {numref} title), judged as for a number: 表%sO shows "表1O" (Table 10) and
        表l%s "表l1" (11)."""
        found = []
        for m in PLACEHOLDER.finditer(text):
            before = text[m.start() - 1] if m.start() else ""
            if before and unicodedata.category(before) in CASED:
                found.append(Unread(text[m.start() - 1 : m.end()], "neighbour", before))
            found += self._neighbours(text, m.start(), m.end())
        return found

    def _look_alikes(self, text: str, idioms: list[tuple[int, int]]) -> list[Unread]:
        """A word that looks like a numeral or a digit (``look_alikes``), touching a number past
        any spaces: a reader reads it as part of the number (三干 looks like 三千, 乇十年 like
        七十年, 丨76 like 176), the checker as a word. Not inside an idiom (一干二净)."""
        if self.look_alikes is None:
            return []
        inside = {at for start, end in idioms for at in range(start, end)}
        found = []
        for m in self.look_alikes.finditer(text):
            if m.start() in inside:
                continue
            for step in (-1, 1):
                at = past_spaces(text, m.start() + step, step)
                if not 0 <= at < len(text) or at in inside:
                    continue
                # The number Sphinx writes for a placeholder: 丨%s shows 丨3.
                if step < 0:
                    label = PLACEHOLDER_BEFORE.search(text[max(0, at - 7) : at + 1])
                else:
                    label = PLACEHOLDER_AFTER.match(text, at)
                if label or self._is_numeral(text[at]):
                    if label:
                        at += -len(label.group()) + 1 if step < 0 else len(label.group()) - 1
                    while 0 <= at + step < len(text) and self._is_numeral(text[at + step]):
                        at += step
                    span = text[min(at, m.start()) : max(at, m.start()) + 1]
                    found.append(Unread(span, "look-alike", m.group()))
                    break
            else:  # touching no number: a word only where the language lists it (若干, not 近干家)
                found += self._unlisted_look_alike(text, m.start())
        return found

    def _unlisted_look_alike(self, text: str, at: int) -> list[Unread]:
        """A look-alike outside the words the language lists for it (``look_alike_words``):
        alone, a reader reads the numeral (近干家 looks like 近千家, 第丨名 like 第1名)."""
        if self.standing is None or self.standing.listed(text, at):
            return []
        ch = text[at]
        numeral = self.standing.numerals.get(ch, "")
        # One like a numeral the checker reads only by its value (甘 like 廿): write the value.
        kind = "unlisted-value" if numeral and numeral not in self._read() else "unlisted"
        return [Unread(around(text, at, at + 1), kind, ch, numeral)]

    def _symbol_look_alikes(self, text: str) -> list[Unread]:
        """A dash or a mathematical symbol touching a letter of the language and no number:
        a reader reads a numeral (过去＋年, 第—名), the checker a mark. Next to a number, past
        brackets and quotation marks too, the range and neighbour rules judge it (2021—2025年,
        十—年, （＋）76)."""
        if self.standing is None:
            return []
        return [
            Unread(around(text, start, end), "symbol", text[start])
            for start, end in self.standing.symbols(text)
            if not self.beside_number(text, start, -1, enclosed=True)
            and not self.beside_number(text, end, 1, enclosed=True)
        ]

    def latin_look_alikes(self, text: str) -> list[Unread]:
        """A run of Latin letters that look like digits, no part of a longer word: a reader
        reads a number (过去lO年, 第IO届), the checker letters. Not where a number's neighbour
        rules refuse it already: right before digits (l76) or a placeholder (O%s), after a
        number (一O, 一 O) or a placeholder (%sO, %s O)."""
        if self.standing is None:
            return []
        found = []
        for start, end in self.standing.latin_numbers(text):
            edge = past_spaces(text, start - 1, -1) + 1
            before = text[max(0, edge - 7) : edge]
            if (
                text[end : end + 1] in DIGITS
                or PLACEHOLDER_AFTER.match(text, end)
                or (before and self._is_numeral(before[-1]))
                or PLACEHOLDER_BEFORE.search(before)
            ):
                continue
            run = text[start:end]
            digits = "".join(self.standing.digit(ch) for ch in run)
            found.append(Unread(run, "latin", around(text, start, end, enclosed=True), digits))
        return found

    def spoken_numerals(self, text: str, anywhere: bool = False) -> list[Unread]:
        """A Latin word that is the language's numerals spelt out, beside a letter of the
        language or a digit past any spaces, brackets and quotation marks (近qian家, 过去 shi 年,
        第èr名, shiwu年, 近（qian）家): a reader of
        the language reads the number, the checker a word. Read as a reader reads letters:
        with marks, in full width, in any case. A name set apart ((Liu Zheng'an)) is a name.
        ``anywhere``: every such word, wherever it stands (the words an English text has)."""
        if self.spoken is None or self.standing is None:
            return []
        folded = read_letters(text).translate(WIDE)
        found = []
        for m in self.spoken.finditer(folded):
            # Alone in brackets or quotation marks, it is read with what stands past them
            # (近（qian）家); a name with a gloss beside it is a name (刘正安（Liu Zheng'an）).
            shown = around(text, m.start(), m.end(), enclosed=True)
            ends = shown[0] + shown[-1]
            if anywhere or self.standing.letters.search(ends) or DIGITS & set(ends):
                found.append(Unread(text[m.start() : m.end()], "spoken", shown))
        return found

    def beside_number(self, text: str, at: int, step: int, enclosed: bool = False) -> bool:
        """A numeral or a format's placeholder before ``at`` (``step`` -1) or from it on (1),
        past any spaces (十—, —%s), and past brackets and quotation marks if ``enclosed``
        (（＋）76)."""
        if enclosed:
            at = self._beside(text, at - 1 if step < 0 else at, step)
        else:
            at = beside(text, at, step)
        if not 0 <= at < len(text):
            return False
        if step < 0:
            label = PLACEHOLDER_BEFORE.search(text[max(0, at - 7) : at + 1])
        else:
            label = PLACEHOLDER_AFTER.match(text, at)
        return bool(label) or self._is_numeral(text[at])

    def _counted_at(self, text: str, end: int) -> int:
        """Where a number that a numeral word ending at ``end`` counts would begin: past one
        measure word, spaces, brackets and quotation marks, and a word for "each" with up to
        two letters after it (两个十年 is twenty years, 两批24家 two batches of 24, 两个“十年”,
        两批各24家, 两批、每批24家: red team 38; 两批均为24家, 两批都是24家: red team 47)."""
        at = self._beside(text, end, 1)
        if at < len(text) and unicodedata.category(text[at]) == "Lo":
            at = self._beside(text, at + 1, 1)
        after = text[at : at + 3].lstrip("、，")  # 两批、每批24家
        for word in sorted(self.each, key=len, reverse=True):  # 各自 before 各
            if after.startswith(word):
                at += len(text[at : at + 3]) - len(after) + len(word)
                # 每批, 均为, 都是, 分别有: a measure word or a verb, not a numeral
                for _ in range(2):
                    if at < len(text) and self._letter(text[at]):
                        at += 1
                return self._beside(text, at, 1)
        return at

    def _letter(self, ch: str) -> bool:
        """A letter of a word, not a numeral (批 of 每批, 为 of 均为)."""
        return unicodedata.category(ch) == "Lo" and not self._is_numeral(ch)

    def _joined_word(self, text: str, start: int, end: int) -> bool:
        """A numeral word that is part of a longer number or label, not a measure word's count:
        a range's end (一—76, 76～两, 一至76), next to digits (一76) or to a format's
        placeholder (表%s一), or joined by one mark to a number or a placeholder (表一.%s shows
        "表一.3", 一.5)."""
        for step, at in ((-1, start - 1), (1, end)):
            at = past_spaces(text, at, step)
            if not 0 <= at < len(text):
                continue
            if text[at] in self.ranges or text[at] in DIGITS:  # 一—76, 一76 (176?)
                return True
            beyond = at + step
            if unicodedata.category(text[at])[0] not in "PS" or not 0 <= beyond < len(text):
                continue
            if text[beyond] in "%{":  # 表一.%s, 图一、%s: a label of the number shown
                return True
            if self._is_numeral(text[beyond]) and not self.separating.match(text[at]):
                return True  # 一.5, 一:76; not 之一，76家 nor 第一（76分）
        before, after = text[max(0, start - 8) : start], text[end : end + 8]
        if PLACEHOLDER_BEFORE.search(before) or PLACEHOLDER_AFTER.match(after):
            return True
        return any(before.endswith(w) or after.startswith(w) for w in self.range_words)

    def _neighbours(self, text: str, start: int, end: int) -> list[Unread]:
        """Punctuation or a symbol next to a number, past any spaces and the neutral brackets
        and quotation marks, that the data does not declare neutral ("24+", "$24", "≈24",
        76（%）); right after it, a letter of a cased script ("3D", "76K", 76（K）) or a
        combining mark (a stroke through the last digit): what the reader reads with the
        number, the checker not."""
        found = []
        for step, at in ((-1, start - 1), (1, end)):
            enclosed = self._beside(text, at, step) != past_spaces(text, at, step)
            at = self._beside(text, at, step)
            if 0 <= at < len(text) and text[at] in self.ranges:
                # A bracket parts a dash from the number: （约3.5%）——, the sentence's dash.
                if not enclosed and not self._number_beyond(text, at, step):
                    span = text[min(at, start) : max(at + 1, end)]
                    found.append(Unread(span, "range", text[at]))
                continue
            if not 0 <= at < len(text) or text[at] in self.neutral:
                continue
            ch, category = text[at], unicodedata.category(text[at])
            # After digits, numerals or a placeholder (not "a pair of"), a letter binds past
            # spaces too (40 K reads as 40K), unless it begins a word of the translation's own
            # language; past brackets, after digits or a placeholder only: 76（K）is a table's
            # unit, 统一（“Full-time”）a word and its gloss. A combining mark binds only touching.
            letter = (
                step > 0
                and category in CASED
                and (at == end or self._bound_past(text, at, end, digits_only=enclosed))
            )
            attached = (at == end and category[0] == "M") or letter
            if category[0] not in "PS" and not attached:
                continue  # a word, a space, a numeral (_numerals judges it)
            beyond = past_spaces(text, at + step, step)
            if not (0 <= beyond < len(text) and text[beyond] in DIGITS):  # else _joins judges
                found.append(Unread(text[min(at, start) : max(at + 1, end)], "neighbour", ch))
        return found

    def before_number(self, text: str, at: int) -> bool:
        """A number starts at ``at``, past spaces, brackets and quotation marks (负76, 负）76)."""
        at = self._beside(text, at, 1)
        return at < len(text) and self._is_numeral(text[at])

    def _beside(self, text: str, at: int, step: int) -> int:
        """The first index from ``at`` on (``step`` 1) or back (-1) past spaces and the
        brackets and quotation marks the data declares neutral: what stands there is beside a
        number to a reader. A bracket that is not neutral is a neighbour itself."""
        return past_enclosing(text, at, step, self.neutral)

    def _bound_past(self, text: str, at: int, end: int, digits_only: bool = False) -> bool:
        """The letter at ``at``, past spaces after a number that ends at ``end`` in a digit, a
        numeral (unless ``digits_only``) or a placeholder, and no letter of the translation's
        own language."""
        if self.own_letters is not None and self.own_letters.match(text[at]):
            return False
        before = text[max(0, end - 9) : end]
        last = before[-1:] or " "
        numeral = last in DIGITS if digits_only else self._is_numeral(last)
        return numeral or bool(PLACEHOLDER_BEFORE.search(before))

    def _is_numeral(self, ch: str) -> bool:
        return ch in DIGITS or ch in self.digits or ch in self.units or ch in self.run_scales

    def _number_beyond(self, text: str, at: int, step: int) -> bool:
        """A number on the far side of the dash at ``at`` (past any spaces): the dash is a
        range's. Before the dash, the first number may end in one unit word (2021年—2025年)."""
        beyond = past_spaces(text, at + step, step)
        if not 0 <= beyond < len(text):
            return False
        if self._is_numeral(text[beyond]):
            return True
        unit = step < 0 and unicodedata.category(text[beyond]) == "Lo"
        return unit and beyond > 0 and self._is_numeral(text[beyond - 1])

    def _changes(self, text: str, start: int, end: int, year: bool = False) -> list[Unread]:
        """A word the data says changes the number it touches past any spaces, brackets and
        quotation marks (负76, 两成, 10年半, 十年 半, （负）76, 76（倍）), or the ``year`` it
        touches, or a date (前2016年, 2016年以前, 3月9日以前), unless it begins or ends a word
        that does not (成员, 肩负, 此前)."""
        found = []
        first, last = self._beside(text, start - 1, -1) + 1, self._beside(text, end, 1)
        # Read with the gaps inside words closed: 公元 前2016 is 公元前2016 (red team 38).
        before, after = closed(text[max(0, first - 16) : first]), text[last : last + 8]
        # Before a unit or a scale with no digit, an estimate: 数十 "some tens", 上百 "over a
        # hundred", 成千 "thousands" (not 桌上十本书, "ten books on the table").
        estimates = [e[:-1] for e in self.estimates_before if e[-1] == text[start]]
        years = self.changes_before_years if year else ()
        words = (*self.changes_before, *estimates, *years)
        for word in words if before.endswith(words) else ():  # (most numbers: none)
            if before.endswith(word) and not any(
                before.endswith(w) for w in self.not_changes if w.endswith(word)
            ):
                found.append(Unread(word + text[first:end], "changed", word))
        measure = after[:1] if after[:1] and unicodedata.category(after[:1]) == "Lo" else ""
        measure = "" if measure and self._is_numeral(measure) else measure
        bare = last == end and self._is_numeral(text[end - 1])  # 四成员工, not 9日成立
        past = past_spaces(after, 1, 1) if measure else 0
        # A year's own: past its unit too, and past brackets there (2016年（以前）).
        starts = (last, self._beside(text, last + 1, 1)) if year and measure else (last,)
        for word in self.changes_after_years if year else ():
            at = next((at for at in starts if text.startswith(word, at)), None)
            if at is not None:
                found.append(Unread(text[start : at + len(word)], "changed", word))
        if not after.startswith(self.changes_after) and not (
            measure and after[past:].startswith(self.changes_past_measure)
        ):
            return found  # (most numbers: no word after them changes them)
        for word in self.changes_after:
            at = 0 if after.startswith(word) else None
            if at is None and measure and word in self.changes_past_measure:
                beyond = past_spaces(after, 1, 1)
                at = beyond if after[beyond:].startswith(word) else None
            if at is None:
                continue
            first = bare and at == 0 and word in self.changes_first
            if not first and any(
                after[at:].startswith(w) for w in self.not_changes if w.startswith(word)
            ):
                continue
            found.append(Unread(text[start : last + at + len(word)], "changed", word))
        return found

    def _touching(self, text: str, end: int, m: re.Match) -> bool:
        """Numerals touching with nothing between them, which a reader reads as one number and
        the regular expression splits in two (``end`` is the last number's): after a number in
        digits with a unit or a scale, which ends it (3千五 and 3千5百 are 3500 to a reader, 3万5
        35000), and digits beside the language's numerals in either order (7六, 一76, 76〇,
        十5). A word that begins with 零 is a word, no number (5零售商: ``zero_words``)."""
        at = m.start()
        return 0 < at == end and self._is_numeral(text[at - 1]) and self._is_numeral(text[at])

    def _mixed_fraction(self, m: re.Match, groups: dict) -> list[Unread]:
        """Digits beside the language's numerals after a decimal point (3点5五, 十点五5), as
        ``_touching`` refuses them elsewhere."""
        fraction = groups.get("fraction") or ""
        if any(ch in DIGITS for ch in fraction) and any(ch not in DIGITS for ch in fraction):
            return [Unread(m.group(), "joined", "")]
        return []

    def _joined_by_mark(self, text: str, start: int, end: int) -> bool:
        """Whether the digits at ``start:end`` touch others across one mark that joins them
        (76.000.000, 76_000, 1/24, 9:30)."""
        before, after = text[max(0, start - 2) : start], text[end : end + 2]
        return (len(before) == 2 and before[0] in DIGITS and self._joins(before[1])) or (
            len(after) == 2 and after[1] in DIGITS and self._joins(after[0])
        )

    def _joins(self, gap: str) -> bool:
        """Two numbers with nothing but spaces or marks between them the data does not call
        separators ("1 024", "1/24", "9:30", "1’024") may be one number to a reader; a word
        or a line break keeps them apart."""
        return not self.separating.search(gap)

    def _read(self) -> set[str]:
        """The numeral characters the checker reads: the digits, units and scales."""
        return DIGITS | self.digits.keys() | self.units.keys() | self.run_scales.keys()

    def _numerals(self, text: str) -> list[Unread]:
        """Characters the Unicode database gives a numeric value that the data does not read:
        萬 and 兆 are scales, ½ a half, ① a one to a reader. The data's ``not_numerals`` are
        words (参加), unless they touch a numeral, and its look-alikes (伍, 陆) are judged as
        look-alikes, written only inside listed words; its ``unread_words`` (patterns) state a
        number with no numeral it reads (皕, 半打, 花甲, 乙巳年, III)."""
        read = self._read()
        found = []
        for ch in sorted(set(text)):
            value = unicodedata.numeric(ch, None)
            if value is None or ch in read:
                continue
            if self.standing is not None and ch in self.standing.numerals:
                continue  # a look-alike too (伍 of 队伍): its own rules judge it, once
            if ch in self.not_numerals:
                numeral = f"[{re.escape(''.join(read))}]"
                if not re.search(f"{numeral}{re.escape(ch)}|{re.escape(ch)}{numeral}", text):
                    continue
            found.append(Unread(ch, "numeral", ch))
        # As a reader reads them: full-width ＩＶ is IV, óne is one (the spans are the text's).
        folded = read_letters(text).translate(WIDE)
        if self.unread_words is not None:
            for m in self.unread_words.finditer(folded):
                found.append(Unread(text[m.start() : m.end()], "number-word", m[0]))
            # And with the gaps inside words closed, as a reader reads them (两 番, 花 甲).
            seen = {u.ch for u in found if u.kind == "number-word"}
            for m in self.unread_words.finditer(closed(folded)):
                if m[0] not in seen:
                    found.append(Unread(m[0], "number-word", m[0]))
        found += self._split_words(folded)
        if self.roman_letters is not None:  # 第V部分 is "Part 5"; 维生素C, the pronoun I are words
            stated = {(u.span, u.kind) for u in found}
            for m in self.roman_letters.finditer(folded):
                if PLACEHOLDER.match(folded, m.end()):
                    continue  # 表l%s: the placeholder's neighbour, judged there
                if (text[m.start() : m.end()], "number-word") in stated:
                    continue  # XIV, ii: a Roman numeral's own finding names it
                if self._place(folded, m.start(), m.end(), self.roman_before):
                    found.append(Unread(text[m.start() : m.end()], "roman", m[0]))
        return found

    def _split_words(self, text: str) -> list[Unread]:
        """The language's number words split by a gap (首 · 度, 头．名), which the reader reads
        as the word and the pattern does not: unread, unless the source has the same."""
        joined = closed(text)
        if joined == text:
            return []
        found = []
        for word in self.words:
            at = joined.find(word)
            if len(word) > 1 and not word.isascii() and at >= 0 and word not in text:
                if not self._ends_word(joined, at):
                    found.append(Unread(word, "split-word", word))
        return found

    def _estimate(self, run: str) -> list[Unread]:
        """Two digits side by side with no unit between are an estimate (三四 "three or four",
        三四十 "thirty or forty"), unless the run is read digit by digit (a year, a code:
        ``positional_digits`` or more, or with a zero: 二〇二五) or is one of the names the
        data writes that way (“十四五”, the 14th Five-Year Plan)."""
        digits = self.digits
        if run in self.side_by_side:
            return []
        if all(ch in digits for ch in run) and (
            len(run) >= self.positional_digits or any(digits[ch] == 0 for ch in run)
        ):
            return []
        scales = self.run_scales
        for first, second in zip(run, run[1:], strict=False):
            if first in scales and second in scales and scales[second] <= scales[first]:
                return [Unread(run, "scales", first + second)]
            if digits.get(first) and digits.get(second):  # 零 holds a place: 一百零五
                values = f"{digits[first]} or {digits[second]}"
                return [Unread(run, "estimate", first + second, values)]
        return []

    def _scale_order(self, span: str, scale: str | None) -> list[Unread]:
        """Scales after digits each larger than the one before (4百万, 4千万, 3万亿), as in a
        numeral (``_estimate``): 4万百 is no number a reader reads, and the checker would
        multiply it (red team 64: 4万百次 for 400万次)."""
        places = self.units | self.run_scales  # 十, 百, 千 and 万, 亿
        tokens = [t for t in SCALE_TOKEN.findall(scale or "") if t in places]
        for first, second in zip(tokens, tokens[1:], strict=False):
            if places[second] <= places[first]:
                return [Unread(span, "scales", first + second)]
        return []

    def _zeros(self, text: str, start: int, end: int) -> list[Unread]:
        """In a numeral of units, a zero that holds no place: one holds a place only between a
        unit or a scale above ten and a digit (一百零五, 十万〇五). Any other (七十六〇〇, 十〇,
        一千〇〇〇, 三〇万) shows numerals side by side, which a reader reads as one number
        (7600), and which the checker would read as the numeral before it. Not in digits alone,
        read digit by digit (二〇二五), nor a last 零 that begins a word (``zero_words``: 零售)."""
        run = text[start:end]
        places = self.units | self.run_scales
        if not any(ch in places for ch in run):
            return []
        for at, ch in enumerate(run):
            if self.digits.get(ch, 1) != 0:
                continue
            before, after = run[at - 1 : at], run[at + 1 : at + 2]
            if places.get(before, 0) > 10 and self.digits.get(after):
                continue
            if at == len(run) - 1 and text.startswith(self.zero_words, start + at):
                continue
            return [Unread(run, "zero", ch)]
        return []

    def _decimal(self, whole: str, groups: dict) -> str | None:
        """十点五 → 10.5, 十点零五 → 10.05, 三点五亿 → 350000000."""
        fraction = groups["fraction"]
        digits = "".join(str(self.digits[ch] if ch in self.digits else int(ch)) for ch in fraction)
        return self._arabic(f"{whole}.{digits}", groups["fraction_scale"])

    def _words_or_run(self, groups: dict) -> list[str | None]:
        if groups.get("tens") is not None:
            tens = self.words[_fold(groups["tens"])]
            return [str(tens + self.compound_units[_fold(groups["unit"])])]
        if groups.get("lead") is not None:
            lead = str(self.scale_leads[_fold(groups["lead"])])
            return [self._arabic(lead, groups["lead_scale"])]  # "one million" as 1 million
        if groups.get("word") is not None:
            return [str(self.words[_fold(groups["word"])])]
        return self._positional(groups["run"])

    def _date_value(self, groups: dict) -> str | None:
        for i in range(self.date_count):
            year = groups[f"d{i}_year"]
            if year is None:
                continue
            month = groups[f"d{i}_month"]
            month = self.months.get(_fold(month)) or int(month)
            day = groups.get(f"d{i}_day")
            return f"{int(year):04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
        return None

    def _arabic(self, number: str, scale: str) -> str | None:
        """The value of digits and the scales after them, or None when it is too large."""
        if sum(ch in DIGITS for ch in number) > MAX_DIGITS:
            return None
        if not scale and number.isascii() and number.isdigit():
            return number.lstrip("0") or "0"  # the common case, without Decimal
        with localcontext() as exact:  # every digit counts: the bound keeps them few
            exact.prec = 2 * MAX_DIGITS + 28
            value = Decimal(GROUP_MARK.sub("", number).replace("\uff0e", "."))
            for word in SCALE_TOKEN.findall(scale):  # a scale a token: "thousand", "万"
                if word not in self.approximators:  # 多 of 180多万 says "and more"
                    value *= self.scales[_fold(word)]
                    if value >= LIMIT:  # before the next scale: 亿亿亿… stops here
                        return None
            text = f"{value:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text

    def _positional(self, run: str) -> list[str | None]:
        """A run may be one numeral or several side by side: "十四五" → 14, 5 (and an estimate,
        "fourteen or fifteen", but where the data names it: ``_estimate``). A numeral too
        large to read (None) is never built: its total stops growing at LIMIT."""
        digits = self.digits
        if len(run) > 1 and all(ch in digits for ch in run):  # 二〇二五 → 2025
            if len(run) > MAX_DIGITS:
                return [None]
            return ["".join(str(digits[ch]) for ch in run).lstrip("0") or "0"]
        values: list[str | None] = []
        total = section = 0
        digit: int | None = None
        started = False
        largest = 0  # the largest scale so far: a total grows by a few scales, not by a run
        # The unit or scale a digit follows with no 零 between: a last digit with no unit of
        # its own counts the next lower unit (一百五 is 150, 两千五 2500, 一万五 15000; 十五 15).
        after = 0

        def finish() -> None:
            if started:
                value = total + section + (digit or 0) * max(after // 10, 1)
                values.append(str(value) if value < LIMIT else None)

        for ch in run:
            if ch in self.approximators:  # 十几万: the 几 says "and some", the 万 multiplies
                continue
            if ch in digits:
                if digits[ch] == 0 and (total or section):
                    after = 0
                    continue  # 零 holds a place: 一百零五
                if digit is not None:  # two digits in a row: a new numeral starts
                    finish()
                    total = section = after = 0
                digit, started = digits[ch], True
            elif ch in self.units:
                section += (1 if digit is None else digit) * self.units[ch]
                digit, started, after = None, True, self.units[ch]
            else:  # 万, 亿 multiply their section (一亿五千万), or what is before them when
                # it ends in a scale (三万亿 is 3 × 10¹²); alone, a scale is its value (万人)
                section, scale = section + (digit or 0), self.run_scales[ch]
                if section:
                    total += section * scale
                elif scale > largest:  # not 亿亿 or 亿万 (_estimate refuses them)
                    total = (total or 1) * scale
                largest = max(largest, scale)
                total = min(total, LIMIT)  # beyond the bound the value is refused
                section, digit, started, after = 0, None, True, scale
        finish()
        return values


@cache
def reader(*languages: str, translation: bool = False) -> NumberReader:
    """The reader for text in these languages (first the translation's, then the source's);
    for a ``translation``, its own letters are its words, never a number's unit (1 πανεπιστήμιο)."""
    known = load_languages()
    tables = [known[lang].numerals for lang in languages if lang in known]
    if not languages:
        return NumberReader.of(tables)
    first = languages[0]
    letters = known[first].lint.letters if first in known and translation else None
    own = re.compile(f"[{letters}]") if letters else None
    found = NumberReader.of(tables, look_alike(first, letters=True), look_alikes(first), own)
    return replace(found, spoken=spoken_numerals(first)) if translation else found


@cache
def spoken_numerals(lang: str) -> re.Pattern | None:
    """The language's numerals (digits, units, scales) spelt in Latin letters as its collation
    spells them (pinyin for Chinese: yi, er, qian…), one or more as a whole word; None for a
    language its collation spells as written."""
    from ...site.collation import COLLATIONS  # here: the site package imports the checks

    language = load_languages().get(lang)
    if language is None:
        return None
    spell, table = COLLATIONS[language.collation], language.numerals
    numerals = [*table.get("digits", {}), *table.get("units", {}), *table.get("scales", {})]
    spelt = {spell(ch).strip().casefold() for ch in numerals} - {ch.casefold() for ch in numerals}
    words = sorted((w for w in spelt if w.isascii() and w.isalpha()), key=len, reverse=True)
    if not words:
        return None
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(words)})+(?![A-Za-z])", re.I)


ARTICLE = re.compile(r"(?<![A-Za-z])an?$", re.I)  # searched up to the number: "a thousand"
LATIN_WORD = re.compile(r"[A-Za-z]+")
GROWTH_GAP = 4  # letters between a verb of change and its number: 增长至目前的76家

# Marks that open what a number stands in: the bound before them still binds it (逾“3000”).
OPENING_MARKS = "“‘「『（(【〔《〈\"'"

# Marks that close what a number stands in: the letter after them still follows it.
CLOSING_MARKS = "”’」』）)】〕》〉\"'"
ENCLOSING_MARKS = OPENING_MARKS + CLOSING_MARKS

# An age, no span of time: "5 years old", "18 years of age" (5岁, 年满18周岁; red team 53).
AGE = re.compile(r"-?[a-z]+[\s-]+(?:old|of age)\b", re.IGNORECASE)

# What ends a clause of English: a mark, a line break (between blocks), or "and" / "while"
# before another statement is not counted (the clause is the lenient side).
CLAUSE_END = re.compile(r"[,;:.!?()\[\]\n]\s|[;:!?()\[\]\n]")


def spelt_names(lang: str | None, translation: Reading, source_text: str) -> frozenset[str]:
    """The names of ``translation`` (三亚, 四川) whose spelling in the language's collation
    (san ya, si chuan) the source has as its words (Sanya, Sichuan): the English's own names."""
    from ...site.collation import COLLATIONS  # here: the site package imports the checks

    language = load_languages().get(lang or "")
    if language is None or not translation.names:
        return frozenset()
    spell, words = COLLATIONS[language.collation], read_letters(source_text).casefold()
    return frozenset(
        name
        for _, name in translation.names
        if re.search(
            "(?<![a-z])" + "[-' ]?".join(map(re.escape, spell(name).split())) + "(?![a-z])", words
        )
    )


def number_problems(
    source: list[str], translation: list[str], names: dict[str, str] | None = None
) -> list[str]:
    """What a reader would notice: a number dropped or changed, or numbers in another order.

    The source's numbers must all be there, each as often, and in the source's order; a year
    as a year (2016年), a count as a count. ``translation`` is what a reader reads as numbers
    (``Reading.shown``); where a numeral of a name stands for a missing one, ``names`` (value:
    name) says so. Numbers the translation adds are ``added_numbers``' concern.
    """
    want, have = Counter(source), Counter(translation)
    names = names or {}
    problems = []
    for value in sorted(want, key=number_order):
        in_name = value in names and (
            f": the {value} of {shortened(names[value])} is a letter of a name (a proper noun to "
            "the language's segmenter), which a reader reads as no number; write the number "
            "apart from it"
        )
        if not have[value]:
            seen = have[_twin(value)] and (
                f": the translation has {value}, but "
                + ("not as a year" if isinstance(value, Year) else "as a year")
            )
            problems.append(
                f"{_kind(value)} {value} of the source is missing{seen or in_name or ''}"
            )
        elif have[value] < want[value]:
            problems.append(
                f"{_kind(value)} {value} is in the source {want[value]} times, "
                f"in the translation {have[value]}{in_name or ''}"
            )
    if not problems and not _in_order(_untimed(source), _untimed(translation)):
        problems.append(
            f"numbers in another order: the source reads {', '.join(source)}; "
            f"the translation reads {', '.join(translation)}"
        )
    for kind, times in (("years", _years), ("dates", _dates)):
        if not problems and not _in_order(times(source), times(translation)):
            problems.append(
                f"{kind} in another order: the source reads {', '.join(times(source))}; "
                f"the translation reads {', '.join(times(translation))}"
            )
    return problems


def unread_problems(source: list[Unread], translation: list[Unread]) -> list[str]:
    """What the translation binds to its numbers that the checker does not read, unless the
    source has the same ("3D", an English "1/24")."""
    allowed = {u.span for u in source}
    # Numbers joined as the source joins them: 三比五 for "3:5".
    joined = {u.values for u in source if u.kind == "joined" and u.values}
    return [
        u.why
        for u in dict.fromkeys(translation)
        if u.span not in allowed and not (u.kind == "joined" and u.values in joined)
    ]


@cache
def may_add(lang: str | None) -> frozenset[str]:
    """The numbers a translation into ``lang`` may add (``may_add`` in its numerals table)."""
    language = load_languages().get(lang or "")
    return frozenset(map(str, language.numerals.get("may_add", []) if language else []))


ONES = ("one", "once")  # English words for one that are often no number (unread_words)


def added_numbers(
    source: Reading, translation: Reading, allowed: frozenset[str], named: bool = False
) -> list[str]:
    """Numbers the translation states more often than the source: a fact ("过去8年" for "in
    recent years") the reader of the source is not given. What no number of the source's pairs
    with (``unpaired``) is added: a number of ``allowed`` may be, as a numeral word that
    counts something (一家, 两所) or is part of a word (这一), never in digits (仅1家, 表2.%s)
    nor alone (乘以二: a "bare" one), unless the English's "one" is read as it (一。 for "One.");
    a place (第一, 一级) may restate a number of the source's, never add one. Where another
    finding ``named`` the message's numbers already, a bare one is not named again."""
    counted = ("word", "counting", "bare") if named else ("word", "counting")
    want, have = Counter(source.values), Counter(translation.values)
    # The English's "one" and "once" are often no number, so none is required; but where the
    # translation has fewer ones, the one may have become the 两 it adds (只有两字之差 for
    # "differ in one character", red team 36): that two is not allowed.
    # (The translation's ones that the English's own ones pair with are theirs: 前者, "first";
    # a one held in a word, 这一 "this", 统一 "unify", is none: red team 38.)
    ones = sum(u.kind == "number-word" and u.span.casefold() in ONES for u in source.unread)
    if ones > have["1"] - translation.held.count("1") - want["1"] and not named:
        allowed = allowed - {"2"}
    left: dict[str, list[str]] = {}
    for value, form in unpaired(source, translation):
        left.setdefault(value, []).append(form)
    problems = []
    for value in sorted(left, key=number_order):
        unexplained = [
            form
            for form in left[value]
            if not (form in counted and value in allowed or form == "place" and want[value])
            # A name's numeral the source wants is named missing (number_problems), once.
            and not (form == "name" and want[value])
        ]
        # What is left may be bare ones the English's "one" reads as (一。 for "One.").
        spare_ones = ones if value == "1" else 0
        if all(form == "bare" for form in unexplained) and len(unexplained) <= spare_ones:
            continue
        if want[value]:
            digits = value in allowed and "digits" in left[value]
            problems.append(
                f"{_kind(value)} {value} is in the translation {have[value]} times, "
                f"in the source {want[value]}"
                + (
                    f": one is added in digits (the source's {value} pairs first with a number "
                    "written as it is, a word with a numeral word, digits with digits; a "
                    f"translation adds {value} only as a numeral word)"
                    if digits
                    else ""
                )
            )
        else:
            seen = want[_twin(value)] and (
                f": the source's {value} is " + ("no year" if isinstance(value, Year) else "a year")
            )
            name = "name" in unexplained and dict(translation.names).get(value)
            spelt = name and (
                f": the {value} of {shortened(name)}, a name the English does not spell (in the "
                "letters of its collation: Sichuan for 四川), may read as a number; write the "
                "name as the English does, or record why with # lint-ignore: added-number — "
                "reason"
            )
            problems.append(f"{_kind(value)} {value} is not in the source{seen or spelt or ''}")
    return problems


def counted_problems(source: Reading, translation: Reading, allowed: frozenset[str]) -> list[str]:
    """A numeral word the translation adds (``may_add``) that counts the number after it
    changes that number, which is still there in order: 过去两个十年 for "the past ten years"
    is twenty years, 两批24家 for "the initial 24" two batches of 24. Any other number added
    is refused as such (``added_numbers``); one of it is the number (一批24家 "a batch of
    24", 一个十年 "a decade")."""
    left = Counter(
        value
        for value, form in unpaired(source, translation)
        if form == "counting" and value in allowed and value != "1"
    )
    problems = []
    for value, span in translation.counts:
        if left[value]:
            left[value] -= 1
            problems.append(
                f"{shortened(span)}: the added {value} counts the number after it, which it "
                f"multiplies ({value} times that number: 两个十年 is twenty years), and the "
                "checker does not read it: write the number as the source does, or record "
                "why with # lint-ignore: number — reason"
            )
    return problems


def unpaired(source: Reading, translation: Reading) -> list[tuple[str, str]]:
    """The translation's numbers that no number of the source's pairs with, as (value, form).

    A number of the source's pairs with one of the same value written as it is (a word with a
    word or a numeral: "two" with 两, "first" with 第一; digits with digits) before one written
    otherwise, so that what a translation may add (两) is left over only where no number of
    the source's is written as it: "two parts" with 两个环节 and 其中2家 pairs "two" with 两 and
    leaves the digit 2 over. The numbers pair in order (the source's "2 parts and 3 members"
    with 两个环节和3家成员，其中2家 pairs 2 with 两); years and dates, which may move, and numbers
    out of order (refused by ``number_problems``) pair by value."""
    src = list(zip(source.values, source.forms, strict=True))
    tr = list(zip(translation.values, translation.forms, strict=True))
    untimed = [x for x in src if not is_timed(x[0])], [x for x in tr if not is_timed(x[0])]
    timed = [x for x in src if is_timed(x[0])], [x for x in tr if is_timed(x[0])]
    left = _paired_in_order(*untimed)
    return (_paired_by_value(*untimed) if left is None else left) + _paired_by_value(*timed)


# Numbers written in words or numerals, in the order a number of the source's pairs with them:
# what a translation may not add (a range's end 一至76, "First" kept in English) before a place,
# and a place before a word (一家), so that what is left over is what may be added if any is.
# A word that counts the number after it (两批24家) pairs last: in order, the source's "two"
# pairs with it only where no other two can (the source's "two parts; the initial 24" with
# 两个环节；最初的两批24家 leaves 两批 over, which ``counted_problems`` refuses).
SPELLED = ("numeral", "place", "bare", "word", "counting")


def _pairs_with(form: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The forms a number written in ``form`` pairs with: those written alike (digits with
    digits, a word with a word or a numeral), and then the others."""
    return (("digits",), SPELLED) if form == "digits" else (SPELLED, ("digits",))


def _paired_in_order(
    source: list[tuple[str, str]], translation: list[tuple[str, str]]
) -> list[tuple[str, str]] | None:
    """What is left over when the source's numbers pair in order, each with the first number
    after the last one paired of its value and of the first form it pairs with that leaves
    room for the rest to pair in order; None if they are not in order. Linear: each position
    is passed once."""
    latest = []  # the last position each can take with the rest still in order after it
    at = len(translation)
    for value, _ in reversed(source):
        at -= 1
        while at >= 0 and translation[at][0] != value:
            at -= 1
        if at < 0:
            return None
        latest.append(at)
    latest.reverse()
    positions: dict[tuple[str, str], deque[int]] = {}
    for i, (value, form) in enumerate(translation):
        positions.setdefault((value, form), deque()).append(i)
    paired, after = set(), -1
    for (value, form), last in zip(source, latest, strict=True):
        alike, otherwise = _pairs_with(form)
        for candidate in (*alike, *otherwise):
            queue = positions.get((value, candidate), deque())
            while queue and queue[0] <= after:
                queue.popleft()
            if queue and queue[0] <= last:  # at ``last`` at the latest: one always is
                after = queue.popleft()
                break
        paired.add(after)
    return [x for i, x in enumerate(translation) if i not in paired]


def _paired_by_value(
    source: list[tuple[str, str]], translation: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """What is left over when the source's numbers pair by value: each first with one
    written alike, then with one written otherwise (``_pairs_with``)."""
    left = Counter(translation)
    unpaired = list(source)
    for alike in (0, 1):
        rest = []
        for value, form in unpaired:
            forms = _pairs_with(form)[alike]
            found = next((f for f in forms if left[value, f]), None)
            if found is None:
                rest.append((value, form))
            else:
                left[value, found] -= 1
        unpaired = rest
    return list(left.elements())


def alone_problems(
    alone: list[tuple[str, str]], source: list[str], translation: list[str], words: list[str]
) -> list[str]:
    """Beside a word of the source's that says a number is all there is ("a single report"),
    a count of another number the translation adds (依据两篇报道，其中一篇) changes the
    source's number, though ``may_add`` allows the count elsewhere."""
    want, have = Counter(source), Counter(translation)
    said = dict(alone)
    return [
        f"the source's {word!r} says there is {count}: the translation adds a count of "
        f"{value} beside it"
        for word, count in said.items()
        for value in sorted(set(words) - set(said.values()), key=number_order)
        if have[value] > want[value]
    ]


def number_order(value: str) -> tuple:
    try:
        return (0, Decimal(value), value)
    except ArithmeticError:
        return (1, Decimal(0), value)  # a date


def _years(values: list[str]) -> list[str]:
    """The years, a date's among them: a date may move past a year of its own (2025年3月9日…
    2025年年会), not past another (成立于2025年3月9日…2016年年会 trades the facts' years)."""
    return [str(v)[:4] for v in values if isinstance(v, Year) or "-" in v[1:]]


def _kind(value: str) -> str:
    return "year" if isinstance(value, Year) else "number"


def _twin(value: str) -> str:
    """The same value as the other kind: a count for a year (2016家 for 2016年), a year for a
    count."""
    return str(value) if isinstance(value, Year) else Year(value)


def _in_years(value: str) -> bool:
    # Four digits first: int() refuses a string of more than 4300 digits (1亿亿亿…).
    return len(value) == 4 and value.isdigit() and int(value) in YEARS


def _dates(values: list[str]) -> list[str]:
    return [v for v in values if "-" in v[1:]]


def is_timed(value: str) -> bool:
    """A year or a date: the numbers that may move past the others."""
    return isinstance(value, Year) or "-" in value[1:]


def _untimed(values: list[str]) -> list[str]:
    return [v for v in values if "-" not in v[1:] and not isinstance(v, Year)]


def _in_order(source: list[str], translation: list[str]) -> bool:
    """``source`` is a subsequence of ``translation`` (one pass)."""
    rest = iter(translation)
    return all(any(value == seen for seen in rest) for value in source)
