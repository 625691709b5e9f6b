"""Numbers a reader sees, as values, so different renderings of one number compare equal.

English: 3,000 / 3000 / 4 million / 1.2 billion / 14th / nine / 12%.
Chinese: 3000 / 400万 / 1.2亿 / 3千 / 一百四十七 / 十四五 (read as 14 and 5) / 两.
"""

import re
import unicodedata
from decimal import Decimal

WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
}  # not "one": in English it is as often a pronoun ("no one", "one of") as a number
SCALES_EN = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_SCALES = {"万": 10**4, "亿": 10**8}
CN_CHARS = "".join([*CN_DIGITS, *CN_UNITS, *CN_SCALES])

EN_NUMBER = re.compile(
    r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?:st|nd|rd|th)\b)?(?:\s*(?P<scale>thousand|million|billion|trillion)\b)?",
    re.I,
)
EN_WORD = re.compile(r"\b(" + "|".join(WORDS) + r")\b", re.I)
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
UNITS = {
    "one": 1,
    **{w: WORDS[w] for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine")},
}
EN_COMPOUND = re.compile(rf"\b({TENS})[- ]({'|'.join(UNITS)})\b", re.I)
ZH_ARABIC = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<units>[十百千万亿]*)"
)
ZH_NUMERAL = re.compile(f"[{CN_CHARS}]+")


def _value(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _canonical(value: Decimal) -> Decimal:
    return value.normalize()


def english_numbers(text: str) -> set[Decimal]:
    text = unicodedata.normalize("NFKC", text)
    values = set()
    for m in EN_NUMBER.finditer(text):
        value = _value(m.group("num"))
        if m.group("scale"):
            value *= SCALES_EN[m.group("scale").lower()]
        values.add(_canonical(value))
    for m in EN_COMPOUND.finditer(text):  # twenty-one
        values.add(Decimal(WORDS[m.group(1).lower()] + UNITS[m.group(2).lower()]))
    for m in EN_WORD.finditer(EN_COMPOUND.sub(" ", text)):
        values.add(Decimal(WORDS[m.group(1).lower()]))
    return values


def parse_chinese(run: str) -> int | None:
    """Value of a well-formed Chinese numeral (一百四十七, 十四, 三千万), else None."""
    total, section, digit = 0, 0, None
    for ch in run:
        if ch in CN_DIGITS:
            if digit is not None and run not in ("零",):
                # two digits in a row (二〇二五) are read digit by digit below
                return None
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        else:  # 万, 亿
            section += digit or 0
            if section == 0:
                return None
            total += section * CN_SCALES[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def _chinese_values(run: str) -> set[int]:
    """A run may be one numeral or several side by side ("十四五" → 14, 5; "二〇二五" → 2025)."""
    if all(ch in CN_DIGITS for ch in run) and len(run) > 1:
        return {int("".join(str(CN_DIGITS[ch]) for ch in run))}
    whole = parse_chinese(run)
    if whole is not None:
        return {whole}
    values, i = set(), 0
    while i < len(run):  # longest well-formed numeral from each position
        for j in range(len(run), i, -1):
            value = parse_chinese(run[i:j])
            if value is not None:
                values.add(value)
                i = j
                break
        else:
            i += 1
    return values


def chinese_numbers(text: str) -> set[Decimal]:
    """Every value a Chinese (or mixed) text states; English renderings count too."""
    text = unicodedata.normalize("NFKC", text)
    values = english_numbers(text)
    for m in ZH_ARABIC.finditer(text):
        value = _value(m.group("num"))
        for unit in m.group("units"):
            value *= {**CN_UNITS, **CN_SCALES}[unit]
        values.add(_canonical(value))
    for m in ZH_NUMERAL.finditer(ZH_ARABIC.sub(" ", text)):
        values |= {Decimal(v) for v in _chinese_values(m.group())}
    return values


def missing_numbers(source: str, translation: str) -> list[str]:
    """Numbers of the English source that the translation does not state in any form."""
    have = chinese_numbers(translation)
    return sorted((f"{v:f}" for v in english_numbers(source) - have), key=Decimal)
