"""What a clause says of its stated numbers, beyond the numbers: "not", "maybe", "fell" and
"one of".

并未增长至76家 for "grew to 76" keeps every number and says the opposite (red team 52 row 09);
预计增长至76家 makes the fact a forecast, 减少至76家 a growth a fall (red team 55). A
translation's clause that holds a number the source states may say each kind (``KINDS``) no
more often than the English clauses that state the same numbers. The translation's words are
words as jieba cuts them (``[zh_CN.numerals] negations``: 不, 未, 并未, 没有; ``forecasts``;
``falls``), so that a word that holds one says none (不断 "constantly", 不仅 "not only",
无一例外); the English's are its lists and patterns (not, no, never, un-: unmet; expected, will;
fell, cut). Only clauses with a stated number are read so; each kind anywhere else is counted
over the whole message (``qualifier_problems``: 未能发挥重要作用, red team 77).

And when a number holds: 由最初的24家增长至76家 says 24 of the start. 目前为24家，最初则为76家
keeps both numbers in order and says each of the other's time (red team 55 row 04). A word of
a time (``times``: 最初, 目前; initial, now) says it of the stated count nearest to it in its
clause (a year is a time itself, not a count). A translation may say the start of a count only
where the English says it too, or says no time in the clauses with that count; and "now" of a
count the English says of the start never (a present is the tense of most of the English's
sentences: 增长至目前的76家 for "grew to 76").
"""

import re
from bisect import bisect_left, bisect_right
from functools import cache

from ...languages import load_languages
from .numerals import CLAUSE_END, NumberReader, is_timed, shortened
from .segments import tagged_words
from .sides import Sides

# Brackets end no clause of a translation: an aside says what it says of the numbers beside it
# (red team 65: 增长至76家（实则并未增长） "(in fact it did not grow)", 2016年（所谓）). They end
# the English's (CLAUSE_END), whose aside allows nothing outside it (red team 54: "(for few
# people or none)" allowed no 并未 before it).
CLAUSE_MARKS = re.compile(r"[，。；：！？、,;:!?\n]")


# What a clause may say of its numbers only where the English does: the data's keys for its
# words and patterns, and what a message calls it. A forecast (预计, 有望: "expected") and a
# fall (减少至76家 for "grew to 76") change a statement as a negation does (red team 55).
KINDS = {
    "not": ("negations", "negation_patterns", "'not'"),
    "maybe": ("forecasts", "forecast_patterns", "'maybe' (a forecast)"),
    "fall": ("falls", "fall_patterns", "'fell' (a fall)"),
    # 6个研发中心之一 "one of 6 centres" for "set up 6 centres" (red team 64).
    "one": ("one_of", "one_of_patterns", "'one of' (one of a count)"),
    # 全部4家 "all 4", 仅4家 "only 4" for "4 new members" (red team 65).
    "all": ("all_of", "all_of_patterns", "'all' (all of a count)"),
    "only": ("only", "only_patterns", "'only' (only a count)"),
}


@cache
def _letters(lang: str) -> frozenset[str]:
    """The letters the language's words of every kind are written with: a text with none says
    none of them."""
    return frozenset("".join(w for kind in KINDS for w in words_of(lang, kind)[0]))


@cache
def words_of(lang: str, kind: str = "not") -> tuple[frozenset[str], re.Pattern | None]:
    """The language's words of ``kind``: as words (a language the segmenter cuts) and as a
    pattern of whole words in Latin letters (not, n't) with its patterns (un-: unmet)."""
    words_key, patterns_key, _ = KINDS[kind]
    table = load_languages()[lang].numerals if lang else {}
    return _split(table.get(words_key, []), table.get(patterns_key, []))


def _split(listed: list[str], patterns: list[str] = ()) -> tuple[frozenset[str], re.Pattern | None]:
    """``listed`` as the words of a language the segmenter cuts, and a pattern of the words in
    Latin letters, whole, with ``patterns`` (regular expressions)."""
    latin = [re.escape(w) for w in sorted(filter(str.isascii, listed), key=len, reverse=True)]
    latin += patterns
    pattern = "|".join(w if w.startswith("n'") else rf"(?<![A-Za-z]){w}(?![A-Za-z])" for w in latin)
    words = frozenset(w for w in listed if not w.isascii())
    return words, re.compile(pattern, re.I) if latin else None


def _english_clauses(english: NumberReader, text: str) -> list[tuple[str, set[str]]]:
    """The clauses of the English message with the numbers each states, each read once."""
    cuts = [0, *(m.end() for m in CLAUSE_END.finditer(text)), len(text)]
    pieces = (text[a:b] for a, b in zip(cuts, cuts[1:], strict=False))
    return [(clause, set(english.read(clause))) for clause in pieces if clause.strip()]


def _said_by_value(
    clauses: list[tuple[str, set[str]]], pattern: re.Pattern | None
) -> dict[str, list[tuple[int, int]]]:
    """Of each number: the English clauses that state it and say a word of ``pattern``, as
    (clause, how often), each clause searched once."""
    found: dict[str, list[tuple[int, int]]] = {}
    for at, (clause, values) in enumerate(clauses):
        if pattern and (times := len(pattern.findall(clause))):
            for value in values:
                found.setdefault(value, []).append((at, times))
    return found


def _allowed(said: dict[str, list[tuple[int, int]]], values: set[str], needed: int) -> int:
    """How often the English clauses with any of ``values`` say the kind, counted until
    ``needed``: each clause counts once, and every clause visited but a repeat adds one or
    more (red team 56: every translated clause against every English one took minutes)."""
    seen: set[int] = set()
    total = 0
    for value in values:
        for at, times in said.get(value, ()):
            if at not in seen:
                seen.add(at)
                total += times
                if total >= needed:
                    return total
    return total


def clause_word_problems(sides: Sides) -> list[tuple[str, str]]:
    """(kind, message) for each clause of the translation that holds a number of ``stated``
    (the source's) and says "not" more often than the English clauses that state the same
    numbers: a negation elsewhere in the English message (a term's "or none") allows none here
    (red team 54)."""
    if not sides.known:
        return []
    source, translation, stated, numbers, english, source_lang, lang = sides
    if not any(ch in translation for ch in _letters(lang)):
        return []
    starts, ends, _ = tagged_words(translation)
    breaks = [m.start() for m in CLAUSE_MARKS.finditer(translation)]
    bounds = [-1, *breaks, len(translation)]
    english_clauses: list[tuple[str, set[str]]] | None = None
    english_said: dict[str, list[tuple[int, int]]] | None = None
    problems = []
    for kind, (_, _, name) in KINDS.items():
        words, _ = words_of(lang, kind)
        _, english_words = words_of(source_lang, kind)
        if not words:
            continue
        english_said = None  # the kind's, read at its first clause with a number
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
            if english_said is None:
                english_said = _said_by_value(english_clauses, english_words)
            allowed = _allowed(english_said, values, len(found))
            if len(found) > allowed:
                where = shortened(text.strip())
                problems.append(
                    (
                        kind,
                        f"the translation says {name} ({', '.join(found)}) in the clause {where}, "
                        f"{len(found)} time(s), the English clauses with its numbers "
                        f"({', '.join(sorted(values))}) {int(allowed)}: it says another thing of "
                        "them; write what the English says",
                    )
                )
    return problems


def qualifier_problems(
    source: str, translation: str, source_lang: str, lang: str, said: frozenset[str] = frozenset()
) -> list[str]:
    """Each kind (``KINDS``: "not", "maybe", "fell", "all", "only"; "one of" is said of a count
    only) the translation
    says more often than its whole English message, but those of ``said`` (kinds the clause
    check has found already): 未能发挥重要作用 for "played an important role", 不断减弱 for "grew
    stronger", 全部生产线 for "some lines" (red team 77). No number changes, so the clause check
    above does not read them. Read as that check reads a clause (jieba's words, so 不断 and 不仅
    say none; the English's words and patterns, so "unmanned" allows 无人化), over the message:
    a word the English says in a clause of its own allows one anywhere, for a translation may
    move it."""
    if not source_lang or not lang or source_lang not in load_languages():
        return []
    if not any(ch in translation for ch in _letters(lang)):
        return []
    starts, ends, _ = tagged_words(translation)
    cut = [translation[a:b] for a, b in zip(starts, ends, strict=True)]
    problems = []
    for kind, (_, _, name) in KINDS.items():
        if kind == "one":  # "a ministry of the government" is 政府部委之一: of a count only
            continue
        words, _ = words_of(lang, kind)
        _, english = words_of(source_lang, kind)
        found = [word for word in cut if word in words]
        allowed = len(english.findall(source)) if english else 0
        if kind in said or len(found) <= allowed:
            continue
        problems.append(
            f"the translation says {name} ({', '.join(found)}) {len(found)} time(s), its "
            f"English {allowed}: it says another thing than the English (the opposite, a "
            "forecast, a fall, a part or the whole); write what the English says (where the "
            'English says it with a word of its own, "limp" for 不挺括, record why with '
            "# lint-ignore: qualifier — <why>)"
        )
    return problems


TIMES = {"start": "the start", "now": "now"}


@cache
def _time_words(lang: str) -> dict[str, tuple[frozenset[str], re.Pattern | None]]:
    """The language's words of each time, as ``words_of`` reads a kind's."""
    table = load_languages()[lang].numerals.get("times", {}) if lang else {}
    return {time: _split(table.get(time, [])) for time in TIMES}


def _said_of(word: str, words: frozenset[str]) -> bool:
    """A word as jieba cuts it is one of ``words``, or begins with one of two letters or more
    (迄今已有 is one word to jieba)."""
    return word in words or any(word[:n] in words for n in range(2, len(word)))


def _counts_of(reader: NumberReader, text: str, stated: set[str]) -> list[tuple[int, int, str]]:
    """Where ``text`` states a count of ``stated`` (no year, no date): (start, end, value)."""
    found = []
    for start, end in reader.spans(text):
        for value in reader.read(text[start:end]):
            if value in stated and not is_timed(value):
                found.append((start, end, value))
    return found


def _nearest(counts: list[tuple[int, int, str]], firsts: list[int], start: int, end: int) -> str:
    """The count nearest to the word at ``start:end`` (``firsts``: where each count begins, in
    order); the one after it where two are as near."""
    after = bisect_left(firsts, end)
    return min(
        counts[max(after - 1, 0) : after + 1],
        key=lambda c: (c[0] - end, 0) if c[0] >= end else (start - c[1], 1),
    )[2]


def _time_words_at(text: str, lang: str, segmented: bool) -> list[tuple[int, int, str]]:
    """Where ``text`` says a time: (start, end, time), in order."""
    found = []
    lists = _time_words(lang)
    if segmented:
        letters = {ch for words, _ in lists.values() for w in words for ch in w}
        if not letters & set(text):
            return []
        starts, ends, _ = tagged_words(text)
        for s, e in zip(starts, ends, strict=True):
            for time, (words, _) in lists.items():
                if _said_of(text[s:e], words):
                    found.append((s, e, time))
        return found
    for time, (_, pattern) in lists.items():
        found += [(*m.span(), time) for m in pattern.finditer(text)] if pattern else []
    return sorted(found)


def _times_said(
    text: str,
    at: list[tuple[int, int, str]],
    reader: NumberReader,
    stated: set[str],
    segmented: bool,
) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, list[str]]]:
    """Of each count: the times said of it (by the words ``at``), the times said in a clause
    that states it, and the words that said its times. Only the clauses with a word of a time
    are read."""
    said: dict[str, set[str]] = {}
    around: dict[str, set[str]] = {}
    said_by: dict[str, list[str]] = {}
    if not at:
        return said, around, said_by
    marks = CLAUSE_MARKS if segmented else CLAUSE_END
    cuts = [0, *(m.end() for m in marks.finditer(text)), len(text)]
    by_clause: dict[int, list[tuple[int, int, str]]] = {}
    for s, e, time in at:
        by_clause.setdefault(bisect_right(cuts, s) - 1, []).append((s, e, time))
    for clause, found in by_clause.items():
        a, b = cuts[clause], cuts[clause + 1]
        counts = [(s + a, e + a, v) for s, e, v in _counts_of(reader, text[a:b], stated)]
        if not counts:
            continue
        firsts = [c[0] for c in counts]
        for s, e, time in found:
            value = _nearest(counts, firsts, s, e)
            said.setdefault(value, set()).add(time)
            said_by.setdefault(value, []).append(text[s:e])
        times = {time for _, _, time in found}
        for _, _, each in counts:
            around.setdefault(each, set()).update(times)
    return said, around, said_by


def time_problems(sides: Sides) -> list[str]:
    """Each count of ``stated`` that the translation says of a time the English does not say
    of it (目前为24家，最初则为76家 for "grew from the initial 24 to 76"); or else a message that
    says a time the English does not, and not the English's: a table's two descriptions
    traded (联盟目前的成员数量 for "Members of the Alliance at its founding", red team 56)."""
    if not sides.known:
        return []
    source, translation, stated, numbers, english, source_lang, lang = sides
    at = _time_words_at(translation, lang, segmented=True)
    if not at:
        return []
    english_at = _time_words_at(source, source_lang, segmented=False)
    said, _, words = _times_said(translation, at, numbers, stated, segmented=True)
    english_said, english_around, _ = _times_said(
        source, english_at, english, stated, segmented=False
    )
    problems = []
    for value, times in said.items():
        own = english_said.get(value, set())
        for time in sorted(times - own):
            if time == "start" and not english_around.get(value):
                continue  # the English says no time in the clauses with the count
            if time == "now" and "start" not in own:
                continue  # a present is the English's tense too: 增长至目前的76家
            elsewhere = ", ".join(TIMES[t] for t in sorted(own)) or "no time"
            listed = ", ".join(sorted(set(words[value])))
            problems.append(
                f"the translation says {value} of {TIMES[time]} ({listed}), "
                f"the English says it of {elsewhere}: each number holds when the English "
                "says it does; write the English's time beside its number"
            )
    have = {time for _, _, time in at}
    want = {time for _, _, time in english_at}
    if not problems and have - want and want - have:
        listed = ", ".join(sorted({translation[s:e] for s, e, t in at if t not in want}))
        problems.append(
            f"the translation says {' and '.join(TIMES[t] for t in sorted(have - want))} "
            f"({listed}) where the English says "
            f"{' and '.join(TIMES[t] for t in sorted(want - have))}: write the English's time"
        )
    return problems
