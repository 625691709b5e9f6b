"""Words that say a number with no numeral: a multiple (翻番, "doubled"), a share (半数, "half"),
a rank (冠军, "champion"), a date counted from another (次年, "the following year") or a relation
between people (之子, "son of"), another party (对手, "a rival") or a deputy (副). The number
checks read none of them, so a translation could add one and change what a sentence says, or
whose numbers they are, while every number stays (red team 52 rows 02, 03, 04, 08; red team 56
row 03; red team 62 row 13: 专家组组长 for "Deputy Leader of the expert group").

Each language lists its words by kind (``[xx.numerals] unnumbered``), and a translation says a
kind no more often than its source does (a deputy exactly as often). The source's lists are
generous: a word there only lets the translation say the kind, so a loose English word costs
nothing but a reviewer's look.

Words that state a person's standing are counted the same way (``[xx.lint] standing``): the
late (生前), leaving office (离任), an honorary post (荣誉职务), acting for another (主持全面工作),
succeeding another (接任). No number or office word changes when one is added, yet it says what
the English does not of a person (red team 76 rows 04-06, 10, 14).
"""

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ...languages import load_languages

KINDS = {
    "double": "a doubling (翻番: doubled)",
    "half": "a half (半数: half)",
    "first": "a first place (冠军: champion)",
    "second": "a second place (亚军: runner-up)",
    "third": "a third place (季军: third place)",
    "next": "a date after another (次年: the following year)",
    "previous": "a date before another (前年: the year before)",
    "kin": "a relative (之子: son of)",
    "rival": "another party (对手: a rival)",
    "deputy": "a deputy (副: vice-, deputy)",
    "past": "the past (过去: past, last)",
    "later": "a date after another (五年后: five years later)",
}
# Kinds a translation says exactly as often as its source: one word says it (副), so a word
# left out changes the sentence as much as one added (red team 62: 专家组组长 for "Deputy
# Leader of the expert group" made the deputy the leader).
BOTH_WAYS = frozenset({"deputy"})
STANDING = {
    "deceased": "a person's death (生前: the late)",
    "former": "a person's leaving an office (离任: former, retired)",
    "honorary": "an honorary post (荣誉职务: honorary)",
    "acting": "acting for another (主持全面工作: acting, runs)",
    "succession": "one person succeeding another (接任: succeeded)",
    "she": "a woman (她: she)",
}


@dataclass(frozen=True, eq=False)  # hashed as itself: a key of the caches below
class Table:
    """A table of words by kind in each language's settings, the phrases that hold one of its
    words and say none of the kind, how each kind is named in a message, and why saying one
    the source does not say matters."""

    words: Callable[[object], dict]
    not_said: Callable[[object], list]
    kinds: dict
    why: str
    both_ways: frozenset = frozenset()


UNNUMBERED = Table(
    lambda language: language.numerals.get("unnumbered", {}),
    lambda language: language.numerals.get("not_unnumbered", []),
    KINDS,
    "such a word changes what the sentence says, or of whom, while every number stays",
    BOTH_WAYS,
)
STANDINGS = Table(
    lambda language: language.lint.standing,
    lambda language: language.lint.not_standing,
    STANDING,
    "such a word changes what the sentence says of a person while every name and office stays",
)


@cache
def _patterns(languages: tuple[str, ...], table: Table = UNNUMBERED) -> dict[str, re.Pattern]:
    """A pattern for each kind, of the words of every one of ``languages``, longest first: a
    word of Latin letters stands whole (not "son" of "person")."""
    known = load_languages()
    words: dict[str, set[str]] = {}
    for lang in languages:
        for kind, listed in table.words(known[lang]).items():
            words.setdefault(kind, set()).update(listed)
    return {
        kind: re.compile(
            "|".join(
                rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" if w.isascii() else re.escape(w)
                for w in sorted(listed, key=len, reverse=True)
            ),
            re.IGNORECASE,
        )
        for kind, listed in words.items()
    }


@cache
def _not_said(languages: tuple[str, ...], table: Table = UNNUMBERED) -> re.Pattern | None:
    """The phrases that hold a listed word and say none of its kind (副作用, "vice versa")."""
    known = load_languages()
    words = {w for lang in languages for w in table.not_said(known[lang])}
    if not words:
        return None
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))), re.I)


def _meant(text: str, languages: tuple[str, ...], table: Table = UNNUMBERED) -> str:
    """``text`` without the phrases that say no kind."""
    phrases = _not_said(languages, table)
    return text if phrases is None else phrases.sub(" ", text)


def said(text: str, languages: tuple[str, ...], table: Table = UNNUMBERED) -> Counter:
    """How often ``text`` says each kind, past the phrases that say none."""
    text = _meant(text, languages, table)
    counts: Counter = Counter()
    for kind, pattern in _patterns(languages, table).items():
        counts[kind] = len(pattern.findall(text))
    return counts


def unnumbered_problems(source: str, translation: str, source_lang: str, lang: str) -> list[str]:
    """The kinds the translation says more often than the source: a word it adds (半数成员 for
    "members"; 次年成立 for "founded in 2016"). The translation's own words and the source's
    (an English phrase kept) both count. A kind said both ways (BOTH_WAYS) is said as often:
    not more often in either language (an English phrase quoted beside its translation,
    "[Vice President]{.language-en}（副会长）", says it once), nor less often in both."""
    return table_problems(source, translation, source_lang, lang, UNNUMBERED)


def standing_problems(source: str, translation: str, source_lang: str, lang: str) -> list[str]:
    """The standings of a person the translation states more often than the source: 生前 for
    "Jiang proposed", 后由韩晶接任 where the English names no successor."""
    return table_problems(source, translation, source_lang, lang, STANDINGS)


def table_problems(
    source: str, translation: str, source_lang: str, lang: str, table: Table
) -> list[str]:
    """The kinds of ``table`` the translation says more often than the source (or, for a kind
    said both ways, less often)."""
    if lang not in load_languages() or source_lang not in load_languages():
        return []
    want, own = said(source, (source_lang,), table), said(translation, (lang,), table)
    kept = said(translation, (source_lang,), table)
    problems = []
    for kind in dict.fromkeys([*own, *kept, *want]):  # every kind, said or not
        times = own[kind] + kept[kind]
        named = table.kinds.get(kind, kind)
        if kind in table.both_ways and times < want[kind]:
            shown = _meant(source, (source_lang,), table)
            word = _patterns((source_lang,), table)[kind].search(shown).group()
            problems.append(
                f"the translation says {named} {times} time(s), the source {want[kind]} "
                f"({word}): leaving the word out changes of whom the sentence speaks as much "
                "as adding it; write what the English says"
            )
            continue
        times = max(own[kind], kept[kind]) if kind in table.both_ways else times
        if times > want[kind]:
            shown = _meant(translation, (lang, source_lang), table)
            word = _patterns((lang, source_lang), table)[kind].search(shown).group()
            problems.append(
                f"the translation says {named} {times} time(s) ({word}), the source "
                f"{want[kind]}: {table.why}; write what the English says"
            )
    return problems
