"""What a message contains, structurally: MyST parsed by markdown-it with MyST's own plugins.

The linter compares the ``Shape`` of a msgid with the ``Shape`` of its msgstr, so roles, links,
code and HTML are recognised the way Sphinx will recognise them, not by pattern matching.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

# The project's MyST extensions (source/conf.py) plus a few harmless ones, so that any syntax a
# translator might try is tokenised. "substitution" stays off: {{ }} is found as text instead.
MYST_EXTENSIONS = {
    "colon_fence",
    "attrs_inline",
    "deflist",
    "dollarmath",
    "fieldlist",
    "strikethrough",
    "tasklist",
}

# Roles whose content is literal: it must be identical in the translation.
LITERAL_ROLES = {
    "code",
    "math",
    "kbd",
    "samp",
    "file",
    "command",
    "program",
    "regexp",
    "sub",
    "sup",
    "mailheader",
    "makevar",
    "mimetype",
}
# Roles whose content is only text to be translated; only the role itself must stay.
TEXT_ROLES = {
    "abbr",
    "guilabel",
    "menuselection",
    "dfn",
    "emphasis",
    "strong",
    "title-reference",
    "t",
    "literal",
}
# Reference roles whose targets Sphinx lowercases before resolving them.
LOWERCASE_TARGET_ROLES = {
    "term",
    "ref",
    "numref",
    "keyword",
    "std:term",
    "std:ref",
    "std:numref",
    "std:keyword",
}
# Reference roles that show their target when no title is given.
SHOWN_TARGET_ROLES = {"term", "std:term", "index", "keyword"}
EXPLICIT_TARGET = re.compile(r"^(?P<text>.*?)\s*<(?P<target>[^<>]+)>$", re.S)
SUBSTITUTION = re.compile(r"\{\{.*?\}\}", re.S)
# Block tokens that other checks report on their own (directive, html).
SEPARATELY_CHECKED_BLOCKS = {"fence", "colon_fence", "html_block"}


@cache
def parser() -> MarkdownIt:
    return create_md_parser(MdParserConfig(enable_extensions=MYST_EXTENSIONS), RendererHTML)


@dataclass
class Role:
    name: str
    target: str | None  # what the role points at; None for text-only roles
    text: str  # what the reader sees

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.name, self.target)


@dataclass
class Shape:
    blocks: list[str] = field(default_factory=list)  # e.g. ["paragraph"], ["heading h2"]
    roles: list[Role] = field(default_factory=list)
    links: set[str] = field(default_factory=set)
    images: set[str] = field(default_factory=set)
    code: set[str] = field(default_factory=set)  # inline code, inline math, literal roles
    html: list[str] = field(default_factory=list)
    directives: list[str] = field(default_factory=list)  # info line of each fence / directive
    substitutions: set[str] = field(default_factory=set)
    text: str = ""  # the words a reader sees, for number and term checks


def split_target(content: str) -> tuple[str | None, str]:
    """``text <target>`` → (text, target); plain ``target`` → (None, target)."""
    m = EXPLICIT_TARGET.match(content.strip())
    if m and m.group("text"):
        return m.group("text"), m.group("target").strip()
    return None, content.strip()


def make_role(name: str, content: str) -> Role:
    if name in LITERAL_ROLES:
        return Role(name, content, content)
    if name in TEXT_ROLES:
        return Role(name, None, content)
    text, target = split_target(content)
    if text is None:
        # {term}`x` shows x; {ref}`x` shows the title of what x labels, not x itself
        text = target if name in SHOWN_TARGET_ROLES else ""
    if name in LOWERCASE_TARGET_ROLES:
        target = " ".join(target.lower().split())
    return Role(name, target, text)


def shape_of(message: str) -> Shape:
    message = unicodedata.normalize("NFC", message)
    shape = Shape(substitutions=set(SUBSTITUTION.findall(message)))
    words: list[str] = []
    for token in parser().parse(message):
        _block(token, shape)
        for child in token.children or []:
            _inline(child, shape, words)
    shape.text = " ".join(words)
    return shape


def _block(token: Token, shape: Shape) -> None:
    if token.type in ("fence", "colon_fence"):
        shape.directives.append(f"{token.markup}{token.info}".strip())
    elif token.type == "html_block":
        shape.html.append(token.content.strip())
    elif token.type == "code_block":
        shape.code.add(token.content.strip())
    if token.type == "inline" or token.nesting == -1 or token.type in SEPARATELY_CHECKED_BLOCKS:
        return
    name = token.type.removesuffix("_open")
    shape.blocks.append(f"{name} {token.tag}" if name == "heading" else name)


def _inline(token: Token, shape: Shape, words: list[str]) -> None:
    if token.type == "text":
        words.append(token.content)
    elif token.type == "myst_role":
        role = make_role(token.meta.get("name", ""), token.content)
        shape.roles.append(role)
        if role.name not in LITERAL_ROLES:
            words.append(role.text)
    elif token.type in ("code_inline", "math_inline"):
        shape.code.add(token.content)
    elif token.type == "html_inline":
        shape.html.append(token.content.strip())
    elif token.type == "link_open":
        shape.links.add(str(token.attrs.get("href", "")))
    elif token.type == "image":
        shape.images.add(str(token.attrs.get("src", "")))  # alt text comes as children
    for child in token.children or []:
        _inline(child, shape, words)
