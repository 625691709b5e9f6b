"""Look-alikes of numerals standing where a numeral would: a reader reads a number, the
checker a word or a mark (red team 18).

An ideograph that looks like a numeral (``look_alike_numerals`` of ``[<lang>.lint]``: 干 like
千, 丨 like 1, 白 like 百) is a word of the language (干部, 土地, 明白), and alone it is the
numeral to a reader: 近干家 looks like 近千家, 第丨名 like 第1名, 超忆元 like 超亿元. So a
translation may write one only inside a word the language lists (``look_alike_words``) or an
idiom of its numerals (一干二净): an allowlist. A segmenter's dictionary would not do: jieba's
has 白家, a family name, so 近白家 (近百家) would pass. Touching a number, the number reader
refuses a look-alike, listed word or not (三千干部: numerals.py).

A dash or a mathematical symbol (Unicode's Pd and Sm: — ― － for 一, ＋ for 十, ＝ for 二, ｜
for 丨) touching a letter of the language stands where a reader reads a numeral: 过去＋年
looks like 过去十年, 第—名 like 第一名. It is refused there, unless it is one of the
language's ``dashes`` (the Chinese dash, ——). Next to a number the number reader judges it: a
range between two numbers (2021—2025年), a sign (−24).

A run of Latin letters that look like digits (``look_alike_digits``: l and I like 1, O and o
like 0, ASCII or full-width), no part of a longer word, stands alone where a number would:
过去lO年 looks like 过去10年, 第IO届 like 第10届. It is refused unless the English has the same
run (IO for input/output, type O, the pronoun I). Touching a number the number reader judges
it (l76, 一O): numerals.py.
"""

import re
import unicodedata
from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from functools import cache

from ...languages import load_languages

# Letters of a cased script (Latin, Greek, Cyrillic, full-width Latin): a word's, where a
# run of look-alike letters is part of a longer word (AI, Logo, iOS).
CASED = ("Lu", "Ll", "Lt", "Lm")
# Dashes, mathematical symbols and connectors: — ― － ＋ ＝ ｜ _ (其中_等奖: red team 35).
SYMBOLS = frozenset({"Pd", "Sm", "Pc"})
# A run of one character that is neither a word's nor a space: a symbol, or one written twice
# (——, the Chinese dash), judged whole.
RUN = re.compile(r"([^\w\s]|_)\1*")  # _ is a word character to Python
# Every character a reader sees as white space (Unicode's White_Space, Python's str.isspace; all
# below U+3001): "1 024", "1\u202f024", "1\u00a0024" and "1\t024" are 1024 to a reader, and a
# browser or the PDF shows a tab as a space. Not the line break, which the checks' text puts
# between blocks only (markup.py reads a line break inside a paragraph as the space it shows).
SPACES = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch != "\n")


@dataclass(frozen=True)
class LookAlikes:
    """The language's ideographs that look like numerals, the words they may stand in, and
    what a symbol may touch."""

    numerals: dict[str, str]  # 干 → 千
    letters: re.Pattern  # the language's letters: a symbol touching one reads as a numeral
    dashes: tuple[str, ...] = ()  # ——: the language's marks made of dashes
    # Each look-alike's places in the listed words: 干 → (若干, 1), (干预, 0), …
    places: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    digits: dict[str, str] = field(default_factory=dict)  # Latin letters like digits: l → 1
    latin: re.Pattern | None = None  # a run of them: lO, ＩＯ

    def listed(self, text: str, at: int) -> bool:
        """The look-alike at ``at`` is inside one of the listed words (若干, 干预)."""
        return any(
            at >= i and text.startswith(word, at - i) for word, i in self.places.get(text[at], ())
        )

    def symbols(self, text: str) -> Iterator[tuple[int, int]]:
        """Each run of one dash or mathematical symbol, as (start, end), that touches a letter
        of the language past any spaces, or past punctuation (过去＋年, 第 — 名, 过去（＋）年,
        过去·＋·年) and is not one of the language's dashes (——; a run of three is none)."""
        for m in RUN.finditer(text):
            if unicodedata.category(m[1]) not in SYMBOLS or m[0] in self.dashes:
                continue
            start, end = m.span()
            first, last = beside(text, start, -1), beside(text, end, 1)
            if self.letters.search(text[first : first + 1] + text[last : last + 1]):
                yield start, end
            elif self.letters.search(_through(text, first, -1) + _through(text, last, 1)):
                yield start, end  # 过去（＋）年, “＋”等奖: brackets and quotes hide nothing

    def digit(self, ch: str) -> str:
        """The digit a Latin letter looks like, read as its base letter (Ò, Ø and ı as O and
        I): a mark on a letter does not make it less like a digit to a reader."""
        return self.digits.get(ch) or self.digits[base_letter(ch)]

    def latin_numbers(self, text: str) -> Iterator[tuple[int, int]]:
        """Each run of Latin letters that look like digits (lO, ＩＯ, lØ), as (start, end), that
        is no part of a longer word of a cased script (AI, Logo, iOS)."""
        if self.latin is None:
            return
        for m in self.latin.finditer("".join(map(base_letter, text))):
            start, end = m.span()
            if not any(0 <= at < len(text) and cased(text[at]) for at in (start - 1, end)):
                yield start, end


@cache
def look_alikes(lang: str | None) -> LookAlikes | None:
    """The language's, or None for one that lists no look-alikes of its letters (English:
    a hyphen between letters is a word's, and "I" is the pronoun)."""
    language = load_languages().get(lang or "")
    if language is None or not language.lint.look_alike_numerals or not language.lint.letters:
        return None
    lint = language.lint
    places = {
        ch: tuple((w, i) for w in lint.look_alike_words for i, c in enumerate(w) if c == ch)
        for ch in lint.look_alike_numerals
    }
    digits = dict(lint.look_alike_digits)
    latin = re.compile(f"[{re.escape(''.join(digits))}]+") if digits else None
    return LookAlikes(
        dict(lint.look_alike_numerals),
        re.compile(f"[{lint.letters}]"),
        lint.dashes,
        places,
        digits,
        latin,
    )


@cache
def base_letter(ch: str) -> str:
    """A Latin letter without its marks (Ò as O, ı as I, Ø as O), as a reader reads it at a
    glance; any other character as it is. Unicode decomposes most (Ò is O and a grave); the
    rest it names after their letter (LATIN CAPITAL LETTER O WITH STROKE)."""
    decomposed = unicodedata.normalize("NFD", ch)[0]
    if decomposed != ch:
        return decomposed
    named = LATIN_NAME.match(unicodedata.name(ch, ""))
    if named is None:
        return ch
    return named[2] if named[1] == "CAPITAL" else named[2].lower()


LATIN_NAME = re.compile(r"LATIN (CAPITAL|SMALL) LETTER (?:DOTLESS )?([A-Z])(?: WITH .+)?$")
# Full-width ASCII (Ａ, ５, ！) as the ASCII character a reader reads.
FULL_WIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}


def read_letters(text: str) -> str:
    """``text`` with each Latin letter as a reader reads it: a full-width one as ASCII
    (ｆｉｖｅ is five) and one with marks as its base letter (fíve is five). One character
    for one, so a match's place in it is the text's."""
    return text if text.isascii() else "".join(map(_read_letter, text))


@cache
def _read_letter(ch: str) -> str:
    if not ch.isalpha():
        return ch
    if ord(ch) in FULL_WIDTH:
        return FULL_WIDTH[ord(ch)]
    return base_letter(ch) if unicodedata.name(ch, "").startswith("LATIN ") else ch


# Chinese letters, and what a reader reads past between two of them inside a word: spaces,
# dots, marks and symbols (曹 学君, 曹·学君, 曹．学君, 两 番, 公元 前: red teams 36, 38), up to
# three; not the punctuation that ends a clause or lists (，。、；：！？), nor brackets or
# quotation marks, which set words apart.
HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
APART = "，。、；：！？,;:!?（）【】《》「」『』“”‘’()\\[\\]\n"
GAP = re.compile(f"(?<={HAN})[^\\w{APART}]{{1,3}}(?={HAN})")


def closed(text: str) -> str:
    """``text`` with the gaps inside its words closed, as a reader reads them: rules that read
    words of several letters (names, 两番, 公元前) read this. A combining mark stays: it is
    no gap, and its own rule judges it."""
    return GAP.sub(lambda m: m[0] if any(map(_combining, m[0])) else "", text)


def _combining(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def cased(ch: str) -> bool:
    return unicodedata.category(ch) in CASED


def past_spaces(text: str, at: int, step: int) -> int:
    """The first index from ``at`` on (``step`` 1) or back (-1) that is no white space: a
    browser and the PDF show a run of spaces as one, so what stands past any run of them is
    beside to a reader (过去  ＋  年 shows 过去 ＋ 年). Every rule that looks beside a character
    does so here."""
    while 0 <= at < len(text) and text[at] in SPACES:
        at += step
    return at


def beside(text: str, at: int, step: int) -> int:
    """The index of the character before ``at`` (``step`` -1) or at ``at`` (1), past any run
    of spaces but no line break; ``len(text)`` past either end, where ``text[…]`` is "" as a
    slice."""
    at = past_spaces(text, at - 1 if step < 0 else at, step)
    return at if 0 <= at < len(text) else len(text)


ENCLOSING = frozenset({"Ps", "Pe", "Pi", "Pf"})  # brackets and quotation marks
STRAIGHT_QUOTES = "\"'"  # quotation marks too, though Unicode files them with the commas


def encloses(ch: str) -> bool:
    return unicodedata.category(ch) in ENCLOSING or ch in STRAIGHT_QUOTES


def past_enclosing(text: str, at: int, step: int, marks: Container[str] | None = None) -> int:
    """As ``past_spaces``, and past brackets and quotation marks (of ``marks`` only, if
    given): they set a number or a numeral off but do not part it from what they enclose it
    with, to a reader (76（K）is 76K, 第（一）名 is 第一名, “一”等奖 is 一等奖, 过去（＋）年 looks
    like 过去十年)."""
    at = past_spaces(text, at, step)
    while 0 <= at < len(text) and encloses(text[at]) and (marks is None or text[at] in marks):
        at = past_spaces(text, at + step, step)
    return at


def _through(text: str, at: int, step: int) -> str:
    """The character past the punctuation (and spaces) from ``at`` on, the way ``step`` goes,
    if there is any; else "": brackets, quotation marks and dots around a symbol hide it from
    no reader (过去（＋）年, 过去·＋·年, 过去…＋…年 all read as 过去十年)."""
    moved = False
    while 0 <= at < len(text) and (encloses(text[at]) or unicodedata.category(text[at])[0] == "P"):
        at, moved = past_spaces(text, at + step, step), True
    return text[at] if moved and 0 <= at < len(text) else ""


def around(text: str, start: int, end: int, enclosed: bool = False) -> str:
    """``text[start:end]`` with what stands beside it, past any spaces: the span a finding
    shows (近干家, 第 — 名). If ``enclosed`` and it stands alone in brackets or quotation
    marks, what stands past them (过去（I）年): a reader reads it with that."""
    first, last = beside(text, start, -1), beside(text, end, 1)
    marks = text[first : first + 1] + text[last : last + 1]
    if enclosed and len(marks) == 2 and all(map(encloses, marks)):
        first = max(past_enclosing(text, first, -1), 0)
        last = min(past_enclosing(text, last, 1), len(text) - 1)
    return text[first if first < len(text) else start : last + 1]


def _named(ch: str) -> str:
    return f"{ch!r} (U+{ord(ch):04X} {unicodedata.name(ch, '')})".replace(" )", ")")


def look_alike_why(kind: str, span: str, ch: str, numeral: str) -> str:
    """The finding of a look-alike standing where a numeral would (``kind`` "unlisted" for an
    ideograph outside the listed words, "unlisted-value" for one that looks like a numeral the
    checker reads only by its Unicode value, 甘 like 廿, "symbol" for a dash or a symbol,
    "latin" for a run of Latin letters: ``span`` the run, ``ch`` it with what stands beside
    it, ``numeral`` the digits it looks like)."""
    if kind == "latin":
        alike = ", ".join(
            dict.fromkeys(f"{c} like {d}" for c, d in zip(span, numeral, strict=True))
        )
        one = len(span) == 1
        letters, digits, s = ("letter", "digit", "s") if one else ("letters", "digits", "")
        return (
            f"{ch!r}: the Latin {letters} {span!r} stand{s} alone where a number would and "
            f"look{s} like the {digits} {numeral} ({alike}): a reader reads {numeral} "
            f"(过去lO年 looks like 过去10年) and the checker reads no number: write {numeral} if "
            "the English has the number; else use words"
        )
    if kind in ("unlisted", "unlisted-value"):
        write = numeral or "the numeral"
        if kind == "unlisted-value":  # 廿 is refused too: the number in the numerals read
            value = unicodedata.numeric(numeral)
            shown = int(value) if value == int(value) else value
            numeral = f"{numeral} ({shown})"
            write = f"{shown} in digits or in the language's numerals"
        return (
            f"{span!r}: {_named(ch)} looks like the numeral {numeral or '?'} and is a word only "
            "inside the words the language lists (look_alike_words): alone a reader reads the "
            "numeral (近干家 looks like 近千家, 第丨名 like 第1名) and the checker reads no "
            f"number: write {write} if the English has the number; else use "
            "another word, or have a maintainer add the word to look_alike_words"
        )
    return (
        f"{span!r}: {_named(ch)}, a dash or a symbol touching an ideograph, reads as a numeral "
        "there (过去＋年 looks like 过去十年, 第—名 like 第一名) and the checker reads none: write "
        "the numeral if the English has the number; a dash as —— (or between two numbers: "
        "2021—2025年); else use words"
    )
