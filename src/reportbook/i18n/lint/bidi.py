"""Which characters may reorder what the reader sees: an allowlist of bidirectional classes.

A browser lays out text by the Unicode bidirectional algorithm. In a left-to-right page one
strong right-to-left letter (Hebrew maqaf U+05BE, class R) turns the neutrals and numbers
around it right-to-left: "由最初的\u05be24→\u05be76\u05be家" shows 76 → 24, while every check
read 24 → 76. Refusing format characters is not enough; so a translation may add only the
bidi classes its language lists (``bidi_classes`` in ``languages.toml``): for a left-to-right
language those that cannot start a right-to-left run. A character its source has may stay.

The direction is one way what is shown differs from what was read; a letter that looks like
a digit or a numeral is another, and ``blocks.py`` allows only the Unicode blocks a
language's translations use.
"""

import unicodedata

from ...languages import load_languages

CLASS_NAMES = {
    "R": "a right-to-left letter",
    "AL": "an Arabic letter",
    "AN": "an Arabic number",
}


def allowed_classes(lang: str | None) -> frozenset[str] | None:
    """The language's bidi classes, or None for a language with no list (the source's)."""
    language = load_languages().get(lang or "")
    classes = language.lint.bidi_classes if language else None
    return frozenset(classes) if classes is not None else None


def reordering(text: str, source: str, lang: str | None) -> list[str]:
    """The characters of ``text`` that ``source`` lacks and ``lang`` does not allow, sorted."""
    allowed = allowed_classes(lang)
    if allowed is None:
        return []
    in_source = set(source)
    return sorted(
        ch for ch in set(text) - in_source if unicodedata.bidirectional(ch) not in allowed
    )


def describe(ch: str) -> str:
    """'U+05BE (HEBREW PUNCTUATION MAQAF, bidi class R)'."""
    kind = unicodedata.bidirectional(ch)
    name = unicodedata.name(ch, "") or CLASS_NAMES.get(kind, "unnamed")
    return f"U+{ord(ch):04X} ({name}, bidi class {kind})"


def check_bidi(msgid: str, msgstr: str, lang: str | None):
    """The linter's check: each such character once, at the message's line; a control or
    format character (an override, an isolate) is the control-character check's to name."""
    from .checks import REFUSED_CATEGORIES  # checks imports this module

    for ch in reordering(msgstr, msgid, lang):
        if unicodedata.category(ch) in REFUSED_CATEGORIES:
            continue
        yield (
            "bidi",
            f"{describe(ch)} is not in the source and may not be in a {lang} translation: "
            "it would reorder the words and numbers around it on the page",
        )
