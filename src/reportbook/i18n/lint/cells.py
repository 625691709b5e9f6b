"""A message that is a number alone: a table's cell ("24", "10 years", "14th"). Its
translation is the number, with at most its unit or measure word (24, 10年, 76家, “十四五”):
anything else is a word the English does not say of it. A time or a bound the checks read in
a sentence's clauses is allowed there when the English says no time at all, as a present is
its tense; a cell has no sentence, so 目前24家 ("currently 24") and 最初76家 ("initially 76")
traded the times of a table's rows, and 过去10年 made a forecast's "10 years" the past (red
team 65 rows 27, 28). An allowlist: only what a cell may hold passes."""

import re

from .counted import counted_words
from .numerals import NumberReader

# "24", "2,016", "10 years", "14th", "400 million": digits and at most a unit of time or a
# scale ("76 members" is a phrase: its noun is translated).
NUMBER_ALONE = re.compile(r"\s*\d[\d.,]*(?:st|nd|rd|th)?(?:\s+(?P<word>[A-Za-z]+))?\s*")
# What a reader reads as no word beside a cell's number: marks and spaces (a mark that
# changes the number, 76—, is the number checks').
PLAIN = re.compile(r"[\W_]+")


def cell_problems(msgid: str, translation: str, reader: NumberReader, lang: str) -> list[str]:
    """Of a ``msgid`` that is a number alone: the first stretch its translation says beside
    the number that is no measure word, unit or counted noun of the language's."""
    alone = NUMBER_ALONE.fullmatch(msgid)
    if not reader.measure_words or not alone:
        return []  # (a language with no measure words lists no cell's words: not read)
    word = (alone["word"] or "").lower()
    if word and word not in reader.time_units and word not in reader.scales:
        return []
    words = sorted(
        {*reader.measure_words, *reader.time_units, *counted_words(lang)}, key=len, reverse=True
    )
    cuts = [0, *(at for span in reader.spans(translation) for at in span), len(translation)]
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):  # what stands between numbers
        left = PLAIN.sub("", translation[start:end])
        while left:
            word = next((w for w in words if w and left.startswith(w)), None)
            if word is None:
                return [
                    f"{msgid.strip()!r} is a number alone (a table's cell): its translation is "
                    "the number, with at most its unit or measure word (10年, 76家); "
                    f"{PLAIN.sub('', translation[start:end])!r} says more of it than the "
                    "English does"
                ]
            left = left[len(word) :]
    return []
