"""Before rendering, every character of the book is checked against the fonts that will set
it, so a missing glyph is an error naming the character and its place, not a blank box."""

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from docutils import nodes
from sphinx import addnodes

from ..languages import Language, get_language, load_languages
from .book import LANGUAGE_CLASS
from .fonts import FontError, coverage

# Characters the layout consumes without drawing a glyph: controls, format characters such
# as soft hyphens and zero-width spaces, and line/paragraph separators.
UNDRAWN = {"Cc", "Cf", "Zl", "Zp"}
MONO = (nodes.literal, nodes.literal_block, nodes.doctest_block)
HEADING = (nodes.title, nodes.rubric)
# The roles that may set a translation's words: a message may be a heading or running text,
# and which one only the page says; never code, since a translation's code is its source's.
TEXT_ROLES = ("body", "heading")


def drawn(char: str) -> bool:
    """The layout draws a glyph for it: not a control, format character or space."""
    return unicodedata.category(char) not in UNDRAWN and not char.isspace()


def named(char: str) -> str:
    """``U+9FF0 '鿰' (CJK UNIFIED IDEOGRAPH-9FF0)``"""
    return f"U+{ord(char):04X} {char!r} ({unicodedata.name(char, 'unnamed')})"


@cache
def role_coverage(code: str, role: str) -> frozenset[int]:
    """``coverage`` of a language's stack, read once a process: the translation linter asks
    for every message of every catalog."""
    return coverage(get_language(code), role)


@dataclass(frozen=True)
class Missing:
    char: str
    docname: str
    section: str

    def __str__(self) -> str:
        where = f"{self.docname}, section {self.section!r}" if self.section else self.docname
        return f"{named(self.char)} in {where}"


class MissingGlyphError(FontError):
    category = "PDF missing glyph"


def language_for_tag(tag: str, default: Language) -> Language:
    tag = tag.lower()
    languages = load_languages().values()
    for language in languages:
        if language.tag.lower() == tag:
            return language
    for language in languages:
        if language.primary_subtag == tag.split("-")[0]:
            return language
    return default


def role_of(node: nodes.Element, role: str) -> str:
    if isinstance(node, MONO) or "code" in node.get("classes", ()):
        return "mono"
    if isinstance(node, HEADING):
        return "heading"
    return role


def find_missing(tree: nodes.Node, book_language: Language, root_doc: str) -> list[Missing]:
    """Each character no font of its stack has, once per character, with its first place."""
    covered: dict[tuple[str, str], frozenset[int]] = {}
    missing: dict[str, Missing] = {}
    stack = [(tree, book_language, "body", root_doc, "")]
    while stack:
        node, language, role, docname, section = stack.pop()
        if isinstance(node, nodes.Text):
            key = (language.code, role)
            if key not in covered:
                covered[key] = coverage(language, role)
            for char in set(str(node)) - missing.keys():
                if ord(char) not in covered[key] and drawn(char):
                    missing[char] = Missing(char, docname, section)
            continue
        if isinstance(node, addnodes.start_of_file):
            docname, section = node["docname"], ""
        if isinstance(node, nodes.section) and node.children:
            section = node[0].astext()
        for cls in node.get("classes", ()):
            if cls.startswith(LANGUAGE_CLASS):
                language = language_for_tag(cls[len(LANGUAGE_CLASS) :], book_language)
        role = role_of(node, role)
        stack.extend((child, language, role, docname, section) for child in reversed(node.children))
    return list(missing.values())


def check_text(texts: Iterable[tuple[str, str]], language: Language) -> list[Missing]:
    """Text the templates print (cover, labels), as (place, text) pairs."""
    covered = coverage(language, "body") | coverage(language, "heading")
    return [
        Missing(char, place, "")
        for place, text in texts
        for char in sorted(set(text))
        if ord(char) not in covered and drawn(char)
    ]


def require_glyphs(missing: list[Missing]) -> None:
    if missing:
        lines = "\n  ".join(map(str, missing))
        raise MissingGlyphError(
            f"no installed font of the book has these characters "
            f"(add a font that has them to the stack in "
            f"reportbook/data/languages.toml, or change the text):\n  {lines}"
        )
