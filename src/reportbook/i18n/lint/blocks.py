"""Which characters a translation may add: an allowlist of Unicode blocks per language.

A letter with no numeric value may look like a digit or a numeral: Latin ``Ƽ`` (U+01BC) is a
5, Cyrillic ``З`` a 3, Cherokee ``Ꮞ`` a 4, the Kangxi radical ``⼋`` (U+2F0B) is 八 and katakana
``ニ`` is 二. "增长至Ƽ76家" shows 576 and "过去⼋年" eight years, while the number checks read
76 and no number: they read digits and numerals, and a look-alike is neither. So a
translation may add only characters of the Unicode blocks its language lists (``blocks`` in
``[<lang>.lint]``, languages.toml): those its translations are written in. A character its
source has may stay (a name in Cyrillic, a Kangxi radical the English discusses).

Within its blocks, a language may list the letters a translation may add too (``characters``
in ``[<lang>.lint]``, a file of data/): for Chinese the 8,105 characters of the official table,
so a rare ideograph that looks like a numeral (亣 for 六, 丷 for 八) is refused though no list
of look-alikes names it.

A combining mark (Unicode's Mn, Mc, Me) sets itself on the character before it: one of an
allowed block stands between two characters that the reader sees side by side and the checks
read apart (the ideographic tone mark U+302A, a dot, in 过去〪＝〪年, X〪V, 十年〪半). So a
translation may add only the kinds of mark its language lists (``mark_categories``; for
Chinese none).

Blocks, not scripts: the look-alikes of Chinese numerals are Han (Kangxi radicals, CJK
compatibility ideographs) and so are the ideographs a Chinese text uses. The block a
character belongs to is fontTools' table of the Unicode database (``Blocks.txt``).
"""

import re
import unicodedata
from functools import cache

from fontTools.unicodedata import block

from ...languages import LANGUAGES_FILE, load_languages
from .bidi import reordering


def allowed_blocks(lang: str | None) -> frozenset[str] | None:
    """The language's blocks, or None for a language with no list (the source's)."""
    language = load_languages().get(lang or "")
    blocks = language.lint.blocks if language else None
    return frozenset(blocks) if blocks is not None else None


@cache
def allowed_letters(lang: str | None) -> tuple[re.Pattern, frozenset[str]] | None:
    """The language's letters and those of them a translation may add (``characters``), or
    None for a language with no list."""
    language = load_languages().get(lang or "")
    lint = language.lint if language else None
    if lint is None or not lint.characters or not lint.letters:
        return None
    path = LANGUAGES_FILE.parent / lint.characters
    lines = path.read_text("utf-8").splitlines()
    chars = frozenset(line.strip() for line in lines if line.strip() and line[0] != "#")
    return re.compile(f"[{lint.letters}]"), chars


def unlisted_mark(ch: str, lang: str | None) -> bool:
    """Whether ``ch`` is a combining mark of a kind the language does not list."""
    language = load_languages().get(lang or "")
    kinds = language.lint.mark_categories if language else None
    category = unicodedata.category(ch)
    return kinds is not None and category[0] == "M" and category not in kinds


def unlisted(ch: str, lang: str | None) -> bool:
    """Whether ``ch`` is one of the language's letters that its ``characters`` lack."""
    letters = allowed_letters(lang)
    return letters is not None and ch not in letters[1] and bool(letters[0].match(ch))


@cache
def look_alike(lang: str | None, letters: bool = False) -> re.Pattern | None:
    """The language's look-alikes of digits and numerals (``look_alikes`` and
    ``look_alike_numerals``) that are not its letters, refused wherever a translation adds
    them: halfwidth katakana ﾆ and ﾊ share a block with the full-width punctuation Chinese
    uses, and look like 二 and 八; the ordinal indicator º makes 76º look like 76°. With
    ``letters``, those that are its letters, words of its text (干, 丨), which the number check
    allows only inside a listed word and never touching a number (近干家, 三干, 丨76)."""
    language = load_languages().get(lang or "")
    lint = language.lint if language else None
    pattern = lint.look_alikes + re.escape("".join(lint.look_alike_numerals)) if lint else ""
    if not pattern:
        return None
    own = language.lint.letters
    if own is None:
        return None if letters else re.compile(f"[{pattern}]")
    return re.compile(f"(?{'=' if letters else '!'}[{own}])[{pattern}]")


def foreign(text: str, source: str, lang: str | None) -> list[str]:
    """The characters of ``text`` that ``source`` lacks, of a block ``lang`` does not list,
    among its look-alikes, letters not among its characters or marks of a kind it does not
    list, sorted."""
    allowed = allowed_blocks(lang)
    if allowed is None:
        return []
    looks = look_alike(lang)
    return sorted(
        ch
        for ch in set(text) - set(source)
        if block(ch) not in allowed
        or (looks is not None and looks.match(ch))
        or unlisted(ch, lang)
        or unlisted_mark(ch, lang)
    )


def describe(ch: str) -> str:
    """'U+01BC (LATIN CAPITAL LETTER TONE FIVE, block Latin Extended-B)'."""
    name = unicodedata.name(ch, "") or "unnamed"
    return f"U+{ord(ch):04X} ({name}, block {block(ch)})"


def check_blocks(msgid: str, msgstr: str, lang: str | None):
    """The linter's check: each such character once, at the message's line. A control or
    format character is the control-character check's to name, a right-to-left one the bidi
    check's."""
    from .checks import REFUSED_CATEGORIES  # checks imports this module

    named = set(reordering(msgstr, msgid, lang))
    for ch in foreign(msgstr, msgid, lang):
        if ch in named or unicodedata.category(ch) in REFUSED_CATEGORIES:
            continue
        if block(ch) not in (allowed_blocks(lang) or ()):
            why = "the language's translations use no character of its block"
        elif unlisted_mark(ch, lang):
            yield (
                "block",
                f"{describe(ch)} is not in the source and may not be in a {lang} translation: "
                f"it is a combining mark ({unicodedata.category(ch)}), which sets itself on the "
                "character before it, and the language's translations add none of its kind "
                "(mark_categories): the reader reads the characters on either side as touching "
                "and the checks read them apart (过去〪＝〪年 shows 过去＝年, X〪V shows XV): "
                "remove it",
            )
            continue
        elif unlisted(ch, lang):
            file = load_languages()[lang or ""].lint.characters
            yield (
                "block",
                f"{describe(ch)} is not in the source and may not be in a {lang} translation: "
                f"it is not among the characters the language's translations may use ({file}), "
                "and a rare character that looks like a numeral reads as a number the checks "
                "do not read: write the character the text means, or, if it needs this one (a "
                f"name's), ask a maintainer to add it to {file}",
            )
            continue
        else:
            why = "it looks like a digit, a numeral or a space (the language's look-alikes)"
        yield (
            "block",
            f"{describe(ch)} is not in the source and may not be in a {lang} translation: "
            f"{why} (a letter that looks like a digit or a numeral reads as a number the "
            "checks do not read)",
        )
