"""What the English says of a stated number besides its value, kept by the translation: its
unit of time or of measure, its bound (逾, 近, 约), a change's end or size (增长至, 增长了), an
ordinal (第4), a count of groups or a rate (6批, 每年), a range of years. Each rule compares the
two sides' ``Reading`` (numerals.py reads what stands around each number); a number the
source does not state is an added one, named as such there (``added_numbers``).
"""

import re
from collections import Counter

from .numerals import CLAUSE_END, NumberReader, Reading, Year, is_timed, number_order


def ordinal_problems(source: Reading, translation: Reading) -> list[str]:
    """A number the translation writes after an ordinal mark (第4家) that the source states
    as a count ("4 member units"): a reader reads "the fourth", a place, where the English
    gives a count (red team 47). An ordinal restates only the source's ordinals ("fourth",
    4th, "Part 4", "first")."""
    have, want = Counter(translation.marked), Counter(source.ordinals)
    stated = Counter(source.values)  # one the source has not is added (added_numbers), once
    return [
        f"number {value} is an ordinal in the translation (第{value}, {value}号: a place) "
        f"{have[value]} time(s), in the source {want[value]} (fourth, 4th, Part 4): where the "
        "English counts, a place says another thing; write the number as the source does"
        for value in sorted(have, key=number_order)
        if have[value] > want[value] and stated[value]
    ]


def ordinal_count_problems(source: Reading, translation: Reading) -> list[str]:
    """A number the source states only as an ordinal ("14th") that the translation counts
    with a measure word (十四个五年规划, 14个): a reader reads fourteen plans where the English
    gives a place (red team 65). 第十四个 and “十四五” are a place and a name. Not 1: 一个 and
    一名 are also the language's "a", which the English does not write as a number."""
    only = Counter(source.ordinals)
    stated = Counter(source.values)
    return [
        f"number {value} is a count in the translation (十四个, 14个: with a measure word), the "
        "English states it only as an ordinal (14th, second): write it as a place (第十四个) or "
        "as the source does"
        for value in sorted(set(translation.as_counts), key=number_order)
        if value != "1" and only[value] and only[value] == stated[value]
    ]


def measure_problems(source: Reading, translation: Reading) -> list[str]:
    """A number the source states, followed by a letter that no table of the language lists
    with what it counts (180波 for "180 speakers", 6弄 or 四会 for "6", "4"): the check
    cannot tell what a reader counts there, so it asks for a listed word (red team 51)."""
    stated = set(source.values)
    return [
        f"number {value} is followed by {letter}, which the number tables do not know: write "
        "the number as the source counts it, with a listed measure word (个, 家, 位, 年), or "
        f"list {letter} in languages.toml ([numerals] count_nouns) with what it counts"
        for value, letter in dict.fromkeys(translation.strange)
        if value in stated
    ]


def unit_problems(source: Reading, translation: Reading) -> list[str]:
    """A number of a unit of time the source states in another unit: 十个月 for "10 years"
    (red team 49). A number the source gives no unit keeps the translation's (十年 for "a
    decade")."""
    given: dict[str, set[str]] = {}
    for value, unit in source.units:
        given.setdefault(value, set()).add(unit)
    return [
        f"number {value} counts {unit}s in the translation, {' or '.join(sorted(given[value]))}s "
        "in the source: write the source's unit"
        for value, unit in dict.fromkeys(translation.units)
        if value in given and unit not in given[value]
    ]


def unit_missing_problems(source: Reading, translation: Reading) -> list[str]:
    """A unit of time the source gives a number as a noun ("5 years") that the translation
    does not: one the tables do not know (五个财季) is no year to the check, and may be none to
    a reader (red team 51)."""
    named = {value for value, _ in translation.units}
    kept = Counter(translation.units)
    return [
        f"number {value} counts {unit}s in the source, and the translation gives it no unit "
        "of time the check knows: write the source's unit after the number (年, 个月, 天)"
        for (value, unit), times in Counter(source.durations).items()
        if value in translation.values
        and value not in named
        and kept[value, unit] < times
        and value not in source.ordinals  # "the first day" is a place: 首日
    ]


BOUND_NAMES = {"more": "more than", "less": "less than", "about": "about"}


def _said_bounds(counts: Counter, value: str) -> str:
    said = [f"{BOUND_NAMES[kind]} ×{counts[value, kind]}" for kind in BOUND_NAMES]
    return ", ".join(text for text in said if not text.endswith("×0")) or "no bound"


def bound_problems(source: Reading, translation: Reading) -> list[str]:
    """A number the translation bounds otherwise than the source: "more" where the source
    says "less" (逾3000 for "nearly 3,000"), a bound the source does not give (76余家 for
    "76"), or none where it gives one (3000 for "nearly 3,000", 30项 for "more than 30"):
    the number is there and says another thing (red team 52). An "about" on either side
    leaves the other free (近3000 for "about 3,000"; 约3000 for "nearly 3,000")."""
    have, want = Counter(translation.bounds), Counter(source.bounds)
    problems = []
    for value in dict.fromkeys(source.values):
        if value not in translation.values or isinstance(value, Year):
            continue
        if any(
            have[value, kind] - want[value, kind] - want[value, "about"] > 0
            or want[value, kind] - have[value, kind] - have[value, "about"] > 0
            for kind in ("more", "less")
        ):
            problems.append(
                f"number {value} is bounded otherwise in the translation "
                f"({_said_bounds(have, value)}) than in the source ({_said_bounds(want, value)}):"
                " write the source's bound (more than: 逾, 超过, 30余, 以上; less than: 近, 不足, "
                "以下; about: 约, 左右)"
            )
    return problems


def unit_added_problems(
    source: Reading, translation: Reading, english: NumberReader, source_text: str
) -> list[str]:
    """A unit the translation gives a number the source states with none: a unit of time
    (近3000小时 for "nearly 3,000 attendances", 30岁 for "30"; not for "the past decade",
    whose word is ten years), or a unit of measure where the English message names none
    (400万美元 for "4 million exposures"): the number counts another thing (red team 52)."""
    timed = {value for value, _ in source.units} | set(source.timed_words)
    stated = {value for value in source.values if not is_timed(value)}  # 9日晚: a date's time
    problems = [
        f"number {value} counts {unit}s in the translation, and the source gives it no unit "
        "of time: write the number as the source counts it"
        for value, unit in dict.fromkeys(translation.units)
        if value in stated
        and value not in timed
        and value not in source.ordinals  # "the 10th year": 第10年
        and value not in translation.marked
    ]
    named = english.measure_words_named
    if named is None or not named.search(source_text):
        problems += [
            f"number {value} is given in {unit} in the translation, and the English names no "
            "unit of measure: write the number as the source counts it"
            for value, unit in dict.fromkeys(translation.measured)
            if value in stated
        ]
    return problems


def growth_problems(source: Reading, translation: Reading) -> list[str]:
    """A number the translation makes a change's size where the source says its end (增长了76家
    for "grew to 76") or its end where the source says its size (增至24家 for "grew by 24"):
    the number is there and says another thing (red team 52)."""
    have, want = Counter(translation.growth), Counter(source.growth)
    said = {"to": "a change's end (增长至76家: grew to)", "by": "a change's size (增长了76家: by)"}
    problems = []
    for value in dict.fromkeys(source.values):
        for kind, other in (("by", "to"), ("to", "by")):
            if have[value, kind] > want[value, kind] and want[value, other] > have[value, other]:
                problems.append(
                    f"number {value} is {said[kind]} in the translation and {said[other]} in "
                    "the source: write the source's"
                )
    return problems


def span_problems(source: Reading, translation: Reading) -> list[str]:
    """A range of years the source gives (2021-2025) that the translation does not: its two
    years apart (2021年、2025年) read as two years, not the five between (red team 49)."""
    left = Counter((str(a), str(b)) for a, b in source.spans)
    left -= Counter((str(a), str(b)) for a, b in translation.spans)
    return [
        f"the source's range {first}–{last} is no range in the translation: join the years "
        "as the source does (2021—2025年, 2021至2025年)"
        for first, last in left
    ]


def said_problems(
    source: Reading,
    translation: Reading,
    numbers: NumberReader,
    source_text: str,
    english: NumberReader,
) -> list[str]:
    """A number the translation makes a count of groups (6批研发中心, 147组专家: batches,
    groups) or a rate (每年76家, 每个中心汇聚147位: a year, each), where the English says no
    such thing of it (batch, group; each, per, a year, in the clause that states the number,
    read by ``english``): the number is there, in order, and counts another thing (red teams
    49, 50: an "annual meeting" in the next sentence makes no rate of "from 24 to 76"). A
    number the source does not state is an added one, named as such (added_numbers)."""
    problems = []
    stated = set(source.values)
    # A count the translation adds names its own (两批24家, 两批、每批24家: counted_problems).
    said = [
        (translation.groups, numbers.collective_words, None, "a count of groups (批, 组: batches)"),
        (translation.rates, numbers.rate_words, PER_SLASH, "a rate (每, 年均: each, a year)"),
    ]
    for where, words, also, what in said:
        if not where or words is None:
            continue
        values = (translation.values[at] for at in where if at not in translation.counted)
        problems += [
            f"number {value} is {what} in the translation, and the English says no such thing "
            "of it: write the number as the source counts it"
            for value in dict.fromkeys(values)
            if value in stated
            and not any(
                words.search(clause) or (also and also.search(clause))
                for clause in _clauses(english, source_text, value)
            )
        ]
    return problems


# The English's own rate with a slash: "120 km/h", "5 yuan/kg" (120公里/小时).
PER_SLASH = re.compile(r"/\s*[^\W\d]")


def _clauses(reader: NumberReader, text: str, value: str) -> list[str]:
    """The clauses of ``text`` that state ``value``, as ``reader`` reads numbers: "76 a
    year" of "It grew from 24 to 76 a year. Its annual meeting…" is "It grew from 24 to 76 a
    year"."""
    found = []
    for start, end in reader.spans(text):
        if value in reader.read(text[start:end]):
            before = [m.end() for m in CLAUSE_END.finditer(text, 0, start)]
            after = CLAUSE_END.search(text, end)
            found.append(text[before[-1] if before else 0 : after.start() if after else len(text)])
    return found
