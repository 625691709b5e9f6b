"""What a clause says of its stated numbers, beyond the numbers: "not", "maybe" and "fell".

并未增长至76家 for "grew to 76" keeps every number and says the opposite (red team 52 row 09);
预计增长至76家 makes the fact a forecast, 减少至76家 a growth a fall (red team 55). A
translation's clause that holds a number the source states may say each kind (``KINDS``) no
more often than the English clauses that state the same numbers. The translation's words are
words as jieba cuts them (``[zh_CN.numerals] negations``: 不, 未, 并未, 没有; ``forecasts``;
``falls``), so that a word that holds one says none (不断 "constantly", 不仅 "not only",
无一例外); the English's are its lists and patterns (not, no, never, un-: unmet; expected, will;
fell, cut). Only clauses with a stated number are read: elsewhere a negation often says an
English word of its own ("left out" is 未收录), which is the reviewer's to read.
"""

import re
from bisect import bisect_right
from functools import cache

from ...languages import load_languages
from .numerals import CLAUSE_END, NumberReader, shortened
from .segments import tagged_words

CLAUSE_MARKS = re.compile(r"[，。；：！？、,;:!?()（）\[\]【】\n]")


# What a clause may say of its numbers only where the English does: the data's keys for its
# words and patterns, and what a message calls it. A forecast (预计, 有望: "expected") and a
# fall (减少至76家 for "grew to 76") change a statement as a negation does (red team 55).
KINDS = {
    "not": ("negations", "negation_patterns", "'not'"),
    "maybe": ("forecasts", "forecast_patterns", "'maybe' (a forecast)"),
    "fall": ("falls", "fall_patterns", "'fell' (a fall)"),
}


@cache
def _letters(lang: str) -> frozenset[str]:
    """The letters the language's words of every kind are written with: a text with none says
    none of them."""
    return frozenset("".join(w for kind in KINDS for w in _words_of(lang, kind)[0]))


@cache
def _words_of(lang: str, kind: str = "not") -> tuple[frozenset[str], re.Pattern | None]:
    """The language's words of ``kind``: as words (a language the segmenter cuts) and as a
    pattern of whole words in Latin letters (not, n't) with its patterns (un-: unmet)."""
    words_key, patterns_key, _ = KINDS[kind]
    table = load_languages()[lang].numerals if lang else {}
    listed = table.get(words_key, [])
    latin = [re.escape(w) for w in sorted(filter(str.isascii, listed), key=len, reverse=True)]
    latin += table.get(patterns_key, [])
    pattern = "|".join(w if w.startswith("n'") else rf"(?<![A-Za-z]){w}(?![A-Za-z])" for w in latin)
    words = frozenset(w for w in listed if not w.isascii())
    return words, re.compile(pattern, re.I) if latin else None


def _english_clauses(english: NumberReader, text: str) -> list[tuple[str, set[str]]]:
    """The clauses of the English message with the numbers each states, each read once."""
    cuts = [0, *(m.end() for m in CLAUSE_END.finditer(text)), len(text)]
    pieces = (text[a:b] for a, b in zip(cuts, cuts[1:], strict=False))
    return [(clause, set(english.read(clause))) for clause in pieces if clause.strip()]


def clause_word_problems(
    source: str,
    translation: str,
    stated: set[str],
    numbers: NumberReader,
    english: NumberReader,
    source_lang: str | None,
    lang: str | None,
) -> list[str]:
    """Each clause of the translation that holds a number of ``stated`` (the source's) and
    says "not" more often than the English clauses that state the same numbers: a negation
    elsewhere in the English message (a term's "or none") allows none here (red team 54)."""
    known = load_languages()
    if lang not in known or source_lang not in known:
        return []
    if not any(ch in translation for ch in _letters(lang)):
        return []
    starts, ends, _ = tagged_words(translation)
    breaks = [m.start() for m in CLAUSE_MARKS.finditer(translation)]
    bounds = [-1, *breaks, len(translation)]
    english_clauses: list[tuple[str, set[str]]] | None = None
    problems = []
    for kind, (_, _, name) in KINDS.items():
        words, _ = _words_of(lang, kind)
        _, english_words = _words_of(source_lang, kind)
        if not words:
            continue
        said: dict[int, list[str]] = {}  # a clause's index: its words of the kind
        for start, end in zip(starts, ends, strict=True):
            if translation[start:end] in words:
                said.setdefault(bisect_right(breaks, start), []).append(translation[start:end])
        for clause, found in said.items():
            text = translation[bounds[clause] + 1 : bounds[clause + 1]]
            values = stated & set(numbers.read(text))
            if not values:
                continue
            if english_clauses is None:
                english_clauses = _english_clauses(english, source)
            allowed = english_words is not None and sum(
                len(english_words.findall(english_clause))
                for english_clause, english_values in english_clauses
                if values & english_values
            )
            if len(found) > allowed:
                where = shortened(text.strip())
                problems.append(
                    f"the translation says {name} ({', '.join(found)}) in the clause {where}, "
                    f"{len(found)} time(s), the English clauses with its numbers "
                    f"({', '.join(sorted(values))}) {int(allowed)}: it says another thing of "
                    "them; write what the English says"
                )
    return problems
