"""Words as a segmenter reads them, with their parts of speech (jieba.posseg, which the Chinese
search already uses): where a numeral is a letter of a proper noun (三亚, 九江, 四川), which a
reader reads as a name and no number, and where a word begins after a number (76零售商).

Only ever used to make the checks stricter: a numeral in such a word does not stand for a
number of the English's, but still counts as one the translation adds. jieba's tags do not tell
a name from a number a reader reads (三万人 and 七中全会 are proper nouns to it, 近百家 an
idiom), so they never let a numeral go unread.
"""

import logging
from bisect import bisect_right
from functools import cache, lru_cache


@cache
def _tokenizer():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # "Building prefix dict…" on every first use
    # Its own dictionary, apart from the one the search may add words to.
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


@lru_cache(maxsize=64)  # the number checks read a message's text more than once
def tagged_words(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
    """The words of ``text``: their starts, their ends and their parts of speech, in order."""
    starts, ends, flags, at = [], [], [], 0
    # Dictionary words only: its guesses at unknown words (HMM) cost three times as much.
    for pair in _tokenizer().cut(text, HMM=False):
        starts.append(at)
        at += len(pair.word)
        ends.append(at)
        flags.append(pair.flag)
    return tuple(starts), tuple(ends), tuple(flags)


LONGEST = 8  # letters of the longest dictionary word looked for around a numeral


def _listed_around(text: str, start: int, end: int, tags: frozenset[str]) -> bool:
    """Whether the dictionary has a word of ``tags`` that holds ``text[start:end]`` and more:
    only then is the text segmented (a few lookups against 40 µs, for every message with a
    numeral: 一个 is none)."""
    tag_of = _tokenizer().word_tag_tab
    for first in range(max(0, start - LONGEST + 1), start + 1):
        for last in range(end, min(len(text), first + LONGEST) + 1):
            if last - first > end - start and tag_of.get(text[first:last]) in tags:
                return True
    return False


def word_around(text: str, start: int, end: int, tags: frozenset[str]) -> str | None:
    """The word of one of ``tags`` (parts of speech) that holds ``text[start:end]`` and more,
    as the segmenter cuts the text; None where there is none."""
    if not _listed_around(text, start, end, tags):
        return None
    starts, ends, flags = tagged_words(text)
    index = bisect_right(starts, start) - 1
    if index < 0 or ends[index] < end or ends[index] - starts[index] == end - start:
        return None
    return text[starts[index] : ends[index]] if flags[index] in tags else None


def begins_word(text: str, at: int) -> bool:
    """A word of the dictionary, of two letters or more, begins at ``at`` (零售商, 世纪): most
    often a noun a number counts with no measure word between (76零售商). Any part of speech
    passes (弄成, a verb: 76余弄成员; judging verbs was tried in 0e71080 and refused a number
    before a verb, 24 带有). Only whole slices are looked up: at the text's end, 76弄 finds no
    word of two letters (red team 53)."""
    tab = _tokenizer().word_tag_tab
    sizes = range(2, min(LONGEST, len(text) - at) + 1)
    return any(text[at : at + size] in tab for size in sizes)


def longer_word(text: str, start: int, end: int, before: bool) -> bool:
    """A word of the dictionary longer than ``text[start:end]`` ends at ``end`` (``before``:
    签约 holds 约) or begins at ``start`` (上下游 holds 上下): the shorter one is no word there."""
    tab = _tokenizer().word_tag_tab
    sizes = range(end - start + 1, LONGEST + 1)
    if before:
        return any(end - size >= 0 and text[end - size : end] in tab for size in sizes)
    return any(start + size <= len(text) and text[start : start + size] in tab for size in sizes)
