"""What a stated number counts, by kind: people, things or attendances. 汇聚了6位专家，
设立了147个研发中心 for "set up 6 R&D centres, bringing together 147 experts" keeps both numbers
in order and trades their nouns (red team 52 row 06): 6 now counts people, 147 things.

Each language lists the words of each kind (``[xx.numerals] counted``): measure words and
nouns (位, 名, 专家; 家, 项, 中心; 人次) and English nouns (experts, speakers; centres,
projects; attendances). The first listed word after a stated count, in its clause and before
another number, says what it counts: a few words in English ("6 R&D centres"), a few letters
in a language the segmenter cuts (6个研发中心). A count the translation says of one kind and
the English only of another is refused (attendances may stand for people: ``ALSO_SAYS``);
where either side names no listed word, the count is the reviewer's (76 members: an
organisation, or a person).
"""

import re
from functools import cache

from ...languages import load_languages
from .numerals import NumberReader, is_timed
from .sides import Sides

KINDS = {
    "person": "people (位, 名: experts)",
    "thing": "things (项, 中心: centres)",
    "attendance": "attendances (人次: visits)",
}
# What a translation's kind may also say of the English's: attendances may count people (3万人次
# for "30,000 visitors" claims no more), people may not count attendances (red team 64: 近3000人
# for "nearly 3,000 attendances" claims 3,000 people came).
ALSO_SAYS = {"attendance": frozenset({"person"})}
ENGLISH_WORDS = 3  # words after a count that may name it: "6 R&D centres", "147 leading experts"
LETTERS = 8  # letters after a count that may name it: 6个研发中心
BREAK = re.compile(r"[,;:.!?()\[\]，。；：！？（）、\d]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z&'-]*")


@cache
def _words(lang: str) -> dict[str, str]:
    """Each listed word of the language: its kind."""
    listed = load_languages()[lang].numerals.get("counted", {}) if lang else {}
    return {word.lower(): kind for kind, words in listed.items() for word in words}


def counted_words(lang: str | None) -> frozenset[str]:
    """The language's listed nouns and measure words of every kind (人次, 专家, 中心)."""
    return frozenset(_words(lang)) if lang else frozenset()


def _kind_after(text: str, lang: str, spaced: bool) -> str | None:
    """The kind of the first listed word of ``text`` (what follows a count, to a break): of
    its first few words where the language is ``spaced`` (English), else of its letters."""
    words = _words(lang)
    if not words:
        return None
    cut = BREAK.search(text)
    text = text[: cut.start()] if cut else text
    if spaced:
        for word in LATIN_WORD.findall(text)[:ENGLISH_WORDS]:
            if (kind := words.get(word.lower())) is not None:
                return kind
        return None
    text = text[:LETTERS]
    longest = max(map(len, words))
    for at in range(len(text)):
        for size in range(min(longest, len(text) - at), 0, -1):
            if (kind := words.get(text[at : at + size])) is not None:
                return kind
    return None


def _kinds(
    reader: NumberReader, text: str, stated: set[str], lang: str, spaced: bool
) -> dict[str, set[str]]:
    """Of each stated count of ``text`` (not a year): the kinds it is said to count."""
    found: dict[str, set[str]] = {}
    for start, end in reader.spans(text):
        # Looked up before the number is read, which costs more
        kind = _kind_after(text[end : end + 60], lang, spaced)
        if kind is None:
            continue
        for value in reader.read(text[start:end]):
            if value in stated and not is_timed(value):
                found.setdefault(value, set()).add(kind)
    return found


def counted_kind_problems(sides: Sides) -> list[str]:
    """Each count the translation says of one kind, people or things, that the English says
    only of the other."""
    if not sides.known or not _words(sides.lang):
        return []
    have = _kinds(sides.numbers, sides.translation, sides.stated, sides.lang, spaced=False)
    if not have:
        return []
    want = _kinds(sides.english, sides.source, sides.stated, sides.source_lang, spaced=True)
    return [
        f"number {value} counts {' and '.join(KINDS[k] for k in sorted(kinds))} in the "
        f"translation, {' and '.join(KINDS[k] for k in sorted(want[value]))} in the English: "
        "each number counts what the English's does; write its noun beside it"
        for value, kinds in have.items()
        if value in want and not any(_says(kind, want[value]) for kind in kinds)
    ]


def _says(kind: str, wanted: set[str]) -> bool:
    """Whether a count the translation says of ``kind`` says what the English's does."""
    return kind in wanted or bool(ALSO_SAYS.get(kind, frozenset()) & wanted)
