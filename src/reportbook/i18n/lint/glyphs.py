"""Which characters a translation may add: those its language's books can print.

The PDF step refuses a character that no font of its stack has (pdf/glyphs.py), but only
after the site is built, and it names the page, not the catalog: 鿰 (U+9FF0), an ideograph of
an allowed block that Noto Serif CJK SC lacks, passed every check and stopped the Chinese and
bilingual books. The linter refuses it first, at the catalog's line, with the same fonts (the
stacks of languages.toml, their character maps read once a run).

A message may be a heading or running text (a title, a caption, a paragraph: only the page
says which), so a character must be in both stacks: one the body faces have and the heading
faces lack would pass as a paragraph and stop the book as a title. Never code: a
translation's inline code is its source's (the code check). A phrase marked as another
language (``[…]{.language-en}``) is set in that language's faces, and judged by them; the
bilingual book sets the translation in its language's faces, as the one-language book does.
A character the source has is not the translator's doing.
"""

import unicodedata
from collections.abc import Iterator

from ...languages import Language, load_languages
from ...pdf.glyphs import TEXT_ROLES, drawn, language_for_tag, named, role_coverage
from .bidi import reordering
from .blocks import foreign
from .markup import Shape

ROLE_NAMES = {"body": "text", "heading": "heading"}


def check_glyphs(
    source: str, msgstr: str, tr: Shape, lang: str | None
) -> Iterator[tuple[str, str]]:
    """Each character ``msgstr`` adds to ``source`` (both as written and as read) that a face
    it would be set in lacks, once. A character another check names (a control or format
    character, one of a bidi class or block the language does not list) is left to it.
    Raises pdf.fonts.FontError when a family of the stacks is not installed."""
    from .checks import REFUSED_CATEGORIES  # checks imports this module

    language = load_languages().get(lang or "")
    if language is None:
        return
    # What the reader sees in the message's own language, and what only the markup has (a
    # hidden line, a link's target), judged by its faces too.
    runs = [(language, set(tr.unmarked) | (set(msgstr) - set(tr.text)))]
    runs += [(language_for_tag(tag, language), set(text)) for tag, text in tr.marked]
    done = set(source) | set(reordering(msgstr, source, lang)) | set(foreign(msgstr, source, lang))
    for setting, chars in runs:
        for ch in sorted(chars - done):
            if not drawn(ch) or unicodedata.category(ch) in REFUSED_CATEGORIES:
                continue
            lacking = [r for r in TEXT_ROLES if ord(ch) not in role_coverage(setting.code, r)]
            if lacking:
                done.add(ch)
                yield "glyph", _message(ch, lacking, setting, language)


def _message(ch: str, lacking: list[str], setting: Language, language: Language) -> str:
    stacks = " and ".join(ROLE_NAMES[r] for r in lacking) + " stack" + "s"[len(lacking) < 2 :]
    families = ", ".join(dict.fromkeys(f for r in lacking for f in setting.pdf.fonts(r)))
    where = ""
    if setting.code != language.code:
        where = f", used for a phrase marked {{.language-{setting.tag}}},"
    if lacking == ["heading"]:
        where += " (the message may be a title or a caption)"
    return (
        f"{named(ch)} is not in the source, and no font of the {setting.code} {stacks} "
        f"({families}){where} has it: the {language.code} book and the bilingual book would "
        "not build; write the text without it, or ask for a font that has it to be added to "
        f"the {setting.code} stacks in languages.toml"
    )
