"""How a language orders and groups sorted lists (the glossary, the index).

The collation is per-language data (``collation`` in languages.toml). Each one spells a term
as lower-case Latin letters: "alphabetical" spells it as it is written, "pinyin" spells Chinese
characters in their pinyin (``智能制造`` → ``zhi neng zhi zao``), so a Chinese list sorts and
groups the way a Chinese dictionary does rather than by code point.
"""

import unicodedata
from collections.abc import Callable


def _alphabetical(text: str) -> str:
    return text


def _pinyin(text: str) -> str:
    # Imported here: pypinyin loads its dictionary on import, which only Chinese builds need.
    from pypinyin import Style, lazy_pinyin

    # Characters without a reading (Latin words, digits) come back unchanged, as their own part.
    return " ".join(part.strip() for part in lazy_pinyin(text, style=Style.NORMAL) if part.strip())


COLLATIONS: dict[str, Callable[[str], str]] = {"alphabetical": _alphabetical, "pinyin": _pinyin}


def check(name: str) -> None:
    if name not in COLLATIONS:
        raise ValueError(f"unknown collation {name!r} (known: {', '.join(sorted(COLLATIONS))})")


# Opening quotes and brackets do not decide where a term is filed: “十四五” goes under S.
LEADING_PUNCTUATION = {"Ps", "Pi", "Pf", "Po", "Pd"}


def spelling(text: str, collation: str) -> str:
    text = text.removeprefix("\N{RIGHT-TO-LEFT MARK}")
    while text[:1] and unicodedata.category(text[0]) in LEADING_PUNCTUATION and len(text) > 1:
        text = text[1:]
    return unicodedata.normalize("NFD", COLLATIONS[collation](text).lower())


def sort_key(text: str, collation: str) -> tuple[int, str, str]:
    """Symbols first (as Sphinx does), then by spelling; the text itself breaks ties."""
    spelled = spelling(text, collation)
    letter = spelled[:1]
    return (1 if letter.isalpha() or letter == "_" else 0), spelled, text


def initial(text: str, collation: str) -> str | None:
    """The letter a term is filed under, or None for symbols and digits."""
    letter = spelling(text, collation)[:1].upper()
    return letter if letter.isalpha() or letter == "_" else None
