"""A statement of a number negated: 并未增长至76家 for "grew to 76" keeps every number, and says
the opposite (red team 52 row 09).

A translation's clause that holds a number the source states may say "not" no more often than
the whole English message does. The translation's negations are words as jieba cuts them
(``[zh_CN.numerals] negations``: 不, 未, 并未, 没有), so that a word that holds one says none
(不断 "constantly", 不仅 "not only", 无一例外); the English's are its ``negations`` (not, no,
never, without). Only clauses with a stated number are read: elsewhere a negation often says an
English word of its own ("left out" is 未收录), which is the reviewer's to read.
"""

import re
from bisect import bisect_right
from functools import cache

from ...languages import load_languages
from .numerals import NumberReader
from .segments import tagged_words

CLAUSE_MARKS = re.compile(r"[，。；：！？、,;:!?()（）\[\]【】\n]")


@cache
def _negations(lang: str) -> tuple[frozenset[str], re.Pattern | None]:
    """The language's negations: as words (a language the segmenter cuts) and as a pattern of
    whole words in Latin letters (not, n't)."""
    listed = load_languages()[lang].numerals.get("negations", []) if lang else []
    latin = [w for w in listed if w.isascii()]
    pattern = "|".join(
        re.escape(w) if w.startswith("n'") else rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])"
        for w in sorted(latin, key=len, reverse=True)
    )
    return frozenset(w for w in listed if not w.isascii()), re.compile(
        pattern, re.I
    ) if latin else None


def negation_problems(
    source: str,
    translation: str,
    stated: set[str],
    numbers: NumberReader,
    source_lang: str | None,
    lang: str | None,
) -> list[str]:
    """The translation's negations in clauses that hold a number of ``stated`` (the source's),
    when they are more than the English message's: one for each such clause."""
    known = load_languages()
    if lang not in known or source_lang not in known:
        return []
    words, _ = _negations(lang)
    _, english = _negations(source_lang)
    if not words or english is None or not any(ch in translation for w in words for ch in w):
        return []
    allowed = len(english.findall(source))
    starts, ends, _ = tagged_words(translation)
    breaks = [m.start() for m in CLAUSE_MARKS.finditer(translation)]
    negated: dict[int, list[str]] = {}  # a clause's index: its negations
    for start, end in zip(starts, ends, strict=True):
        if translation[start:end] in words:
            negated.setdefault(bisect_right(breaks, start), []).append(translation[start:end])
    bounds = [-1, *breaks, len(translation)]
    found = []
    for clause, said in negated.items():
        text = translation[bounds[clause] + 1 : bounds[clause + 1]]
        if stated & set(numbers.read(text)):
            found += said
    if len(found) <= allowed:
        return []
    return [
        f"the translation says 'not' ({', '.join(found)}) {len(found)} time(s) in clauses with "
        f"the source's numbers, the source {allowed}: a negated statement says the opposite; "
        "write what the English says"
    ]
