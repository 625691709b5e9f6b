"""What a message contains, structurally: MyST parsed by markdown-it with MyST's own plugins.

The linter compares the ``Shape`` of a msgid with the ``Shape`` of its msgstr, so roles, links,
code and HTML are recognised the way Sphinx will recognise them, not by pattern matching. The
text is parsed exactly as Sphinx receives it: no Unicode normalisation, which Sphinx does not
apply either (a look-alike backtick normalised into a real one would make the linter see a
different message from the one Sphinx publishes), and with the project's own MyST settings
(``myst_*`` in conf.py, see ``project_settings``).
"""

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

from ...languages import load_languages

# Used only when the project's settings are not known (compare() called without them): the
# project's extensions plus a few harmless ones, so that any syntax a translator might try is
# tokenised. "substitution" stays off: {{ }} is found as text instead.
MYST_EXTENSIONS = (
    "colon_fence",
    "attrs_inline",
    "deflist",
    "dollarmath",
    "fieldlist",
    "strikethrough",
    "tasklist",
)
DEFAULT_SETTINGS = (("enable_extensions", MYST_EXTENSIONS),)

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
# Reference roles whose targets Sphinx writes with each run of spaces as one (XRefRole's
# process_link), and of those the ones it lowercases (sphinx.domains.std: ref and numref; a
# term's or a keyword's target is kept in its case, and the build's guard compares it so:
# red team 61, {term}`联盟 <alliance>` for <Alliance>).
SPACED_TARGET_ROLES = {"term", "keyword", "std:term", "std:keyword"}
LOWERCASE_TARGET_ROLES = {"ref", "numref", "std:ref", "std:numref"}
# Reference roles that show their target when no title is given.
SHOWN_TARGET_ROLES = {"term", "std:term", "index", "keyword"}
# What a reference with no text of its own ({ref}`label`, {numref}`label`) stands for where
# what it shows is not known: a mark that is no letter, digit or space, so that no name or
# term is read across it (闻{ref}`x`力生 is not 闻力生). The number check reads it as a break
# (checks.numbers_text): 7{ref}`x`6 is not 76.
STAND_IN = "\ufffc"
# Block tokens that other checks report on their own (directive, html).
SEPARATELY_CHECKED_BLOCKS = {"fence", "colon_fence", "html_block"}


LINE_END = re.compile(r"\r\n?|\n")
Settings = tuple[tuple[str, object], ...]  # MdParserConfig keyword arguments, hashable


def settings_of(values: dict[str, object]) -> Settings:
    """Parser settings from ``myst_*`` configuration values (a Sphinx config's, or conf.py's);
    the guard inside Sphinx passes ``app.config``'s, so both sides parse alike."""
    names = {f.name for f in fields(MdParserConfig)} - {"substitutions"}
    found = {}
    for key, value in values.items():
        name = key.removeprefix("myst_")
        if key.startswith("myst_") and name in names:
            found[name] = tuple(value) if isinstance(value, (list, set)) else value
    return tuple(sorted(found.items()))


def project_settings(source: Path) -> Settings:
    """The ``myst_*`` values of ``source/conf.py`` that markdown-it's parsing depends on.

    Read as literals from the file, not by running it: the linter needs the settings, not the
    project's code. A value that is not a literal is left at MyST's default.
    """
    conf = Path(source) / "conf.py"
    if not conf.is_file():
        return DEFAULT_SETTINGS
    values = {}
    for node in ast.parse(conf.read_text("utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.startswith("myst_"):
                try:
                    values[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return settings_of(values)


_PARSERS: dict[str, MarkdownIt] = {}


def parser(settings: Settings = DEFAULT_SETTINGS) -> MarkdownIt:
    """One parser per distinct settings (keyed by repr: a setting may be a dict)."""
    key = repr(settings)
    if key not in _PARSERS:
        _PARSERS[key] = _new_parser(settings)
    return _PARSERS[key]


def _new_parser(settings: Settings) -> MarkdownIt:
    config = dict(settings)
    # "substitution" would render {{ }} templates written in translations; the guard refuses
    # a project that enables it, and the linter never parses with it.
    extensions = set(config.get("enable_extensions", ())) - {"substitution"}
    config["enable_extensions"] = extensions
    return create_md_parser(MdParserConfig(**config), RendererHTML)


def substitutions(message: str) -> set[str]:
    """Every ``{{ ... }}`` in the text, found in one pass (a regex with ``.*?`` is quadratic
    on a message of many ``{{`` and no ``}}``)."""
    found, start = set(), message.find("{{")
    while start != -1:
        end = message.find("}}", start + 2)
        if end == -1:
            break
        found.add(message[start : end + 2])
        start = message.find("{{", end + 2)
    return found


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
    # Every reference in reading order, as (role or "link", target, text shown; None for a
    # link): for the order of references whose text no check ties to their target.
    references: list[tuple[str, str, str | None]] = field(default_factory=list)
    images: set[str] = field(default_factory=set)
    code: set[str] = field(default_factory=set)  # inline code, inline math, literal roles
    html: list[str] = field(default_factory=list)
    directives: list[str] = field(default_factory=list)  # info line of each fence / directive
    substitutions: set[str] = field(default_factory=set)
    # The words the message itself writes, for the checks of its characters: a reference with
    # no text of its own adds none.
    text: str = ""
    # The words a reader sees, for the number, name and term checks: each reference with no
    # text of its own as what it shows (shape_of's ``shows``: its target's title, a caption
    # label and its number), or STAND_IN where that is not known; and where each one is in
    # ``shown``, as (start, end, role).
    shown: str = ""
    depth: int = 0  # how deep its markup nests (**a *b* c** is 2)
    filled: list[tuple[int, int, Role]] = field(default_factory=list)
    # Where each {numref} with text of its own is in ``shown``, as (start, end, role): Sphinx
    # writes the number in place of its %s (表%s shows 表1), so it ends in a number too.
    numbered: list[tuple[int, int, Role]] = field(default_factory=list)
    foreign: str = ""  # the words of phrases marked as another language ([…]{.language-en})
    # What a reader sees, apart by the language it is set in (the book sets a phrase marked
    # [10 years]{.language-en} in that language's faces): the message's own language's text,
    # and (tag, text) of each marked stretch, the innermost mark's.
    unmarked: str = ""
    marked: list[tuple[str, str]] = field(default_factory=list)
    # (tag, text) of each span marked as a language, whole, in reading order.
    spans: list[tuple[str, str]] = field(default_factory=list)
    # Lines MyST reads and never shows (link reference definitions, comments),
    # as written: an alt text or an index entry is published as written, and shows them.
    hidden: list[str] = field(default_factory=list)
    # What MyST reads as markup, named for a reader (CONSTRUCTS), in reading order: what a
    # text published as written would show and the checks would not read.
    markup: list[str] = field(default_factory=list)


WHITESPACE_RUN = re.compile(r"\s+")  # sphinx.roles' ws_re
NUMREF_ROLES = {"numref", "std:numref"}


def split_target(content: str) -> tuple[str | None, str]:
    """``text <target>`` → (text, target); plain ``target`` → (None, target).

    Reads what the ``explicit_title_re`` of Sphinx's ReferenceRole (which XRefRole, and so
    {ref}, {numref}, {term} and {doc}, use) reads: ``^(.+?)\\s*(?<!\\x00)<(.*?)>$``, by
    string search: that regex takes minutes on a target padded with many spaces. The text ends
    at the first ``<`` after its first character; the spaces before that ``<`` go, unless they
    are all the text (`` <x>`` has the text " ", which Sphinx shows as a blank link). Nothing
    else is stripped: MyST passes the role's content as written, so a space after the ``>``
    makes the whole content the target, and spaces inside ``< >`` stay in it.
    """
    body = content.removesuffix("\n")  # ``$`` matches before a last line end too
    opening = body.find("<", 1)
    while opening != -1 and body[opening - 1] == "\x00":  # an escaped "<" is text
        opening = body.find("<", opening + 1)
    if not body.endswith(">") or opening == -1:
        return None, content
    # str.rstrip strips what re's \s matches; ``.+?`` takes one character at least
    text = body[:opening].rstrip() or body[0]
    return text, body[opening + 1 : -1]


def make_role(name: str, content: str) -> Role:
    if name in LITERAL_ROLES:
        return Role(name, content, content)
    if name in TEXT_ROLES:
        return Role(name, None, content)
    text, target = split_target(content)
    if text is None:
        # {term}`x` shows x; {ref}`x` shows the title of what x labels, not x itself
        text = target if name in SHOWN_TARGET_ROLES else ""
    if name in LOWERCASE_TARGET_ROLES:  # as Sphinx's XRefRole: lowered, each run of spaces one
        target = WHITESPACE_RUN.sub(" ", target.lower())
    elif name in SPACED_TARGET_ROLES:
        target = WHITESPACE_RUN.sub(" ", target)
    return Role(name, target, text)


# The constructs of MyST as a translator would name them (None: text). A block is named by its
# outermost token, other types by their own (humanised).
CONSTRUCTS: dict[str, str | None] = {
    "paragraph_open": None,
    "inline": None,
    "text": None,
    "softbreak": None,
    "hardbreak": None,
    "span_open": "a span with attributes",
    "footnote_ref": "a footnote reference",
    "em_open": "emphasis",
    "strong_open": "strong emphasis",
    "s_open": "strikethrough",
    "link_open": "a link",
    "image": "an image",
    "myst_role": "a role",
    "code_inline": "inline code",
    "math_inline": "math",
    "html_inline": "HTML",
    "heading_open": "a heading",
    "bullet_list_open": "a list",
    "ordered_list_open": "a list",
    "blockquote_open": "a block quote",
    "hr": "a thematic break",
    "code_block": "an indented code block",
    "fence": "a code fence",
    "colon_fence": "a directive",
    "html_block": "HTML",
    "myst_line_comment": "a comment",
    "myst_target": "a label",
    "myst_block_break": "a block break",
    "front_matter": "front matter",
    "dl_open": "a definition list",
    "math_block": "math",
    "footnote_reference_open": "a footnote",
    "table_open": "a table",
    "field_list_open": "a field list",
}
LANGUAGE_SPAN = "a language span"


def language_classes() -> frozenset[str]:
    """The classes that mark a phrase as in a language the project lists (``language-en``):
    the only ones a translation may add (doctree.allowed_classes)."""
    return frozenset(f"language-{language.tag}" for language in load_languages().values())


def _construct(token: Token) -> str | None:
    if token.nesting == -1:
        return None
    if token.type == "link_open" and token.markup == "autolink":
        return "an autolink"
    if token.type == "span_open" and set(token.attrs) == {"class"}:
        classes = set(str(token.attrs["class"]).split())
        if classes and classes <= language_classes():
            return LANGUAGE_SPAN
    return CONSTRUCTS.get(token.type, token.type.removesuffix("_open").replace("_", " "))


# Block tokens whose lines MyST reads and never shows. (Front matter too, but MyST runs it: the
# build's guard refuses it as a directive, guard.RUNS_WHEN_PARSED.)
HIDING_BLOCKS = {"myst_line_comment"}


def plain_shape(message: str) -> Shape:
    """A message published as written, never read as MyST (an interface text): all its
    characters are the text a reader sees, and it has no markup."""
    return Shape(text=message, shown=message, unmarked=message)


Shows = Callable[[Role], str | None]  # what a reference with no text of its own shows


def shape_of(
    message: str, settings: Settings = DEFAULT_SETTINGS, shows: Shows | None = None
) -> Shape:
    """What ``message`` contains; ``shows`` says what a reference with no text of its own
    shows (None where it does not know: STAND_IN)."""
    shape = Shape(substitutions=substitutions(message))
    words: list[str] = []
    seen: list[str] = []  # each block's text as the reader sees it, for shape.shown
    at = 0  # where the next block starts in shape.shown
    foreign: list[str] = []
    unmarked: list[str] = []
    env: dict = {}
    hidden: list[list[int]] = []  # [first line, line after] of each hidden block
    for token in parser(settings).parse(message, env):
        if token.type in HIDING_BLOCKS and token.map:
            hidden.append(token.map)
        _block(token, shape)
        pieces: list[str] = []  # one block's text, as the reader sees it: pieces side by side
        # the pieces of references with no text of their own, and of {numref}s with their own
        fills: list[tuple[int, Role]] = []
        own: list[str] = []  # the pieces set in the message's own language
        tags: list[str | None] = []  # each open span's language (None: the message's)
        opened: list[tuple[str | None, int]] = []  # each open span's own tag, where it starts
        shape.depth = max(shape.depth, token.level, *(c.level for c in token.children or []))
        for child in token.children or []:
            if child.type == "span_open":
                tags.append(_language_tag(child) or (tags[-1] if tags else None))
                opened.append((_language_tag(child), len(pieces)))
            elif child.type == "span_close" and tags:
                tags.pop()
                tag, first = opened.pop()
                if tag:
                    shape.spans.append((tag, "".join(pieces[first:])))
            start = len(pieces)
            _inline(child, shape, pieces, fills)
            shown = "".join(pieces[start:])
            if tags and tags[-1] and shown:
                shape.marked.append((tags[-1], shown))
            else:
                own.append(shown)
        words.append("".join(pieces))
        block, places = _fill(pieces, fills, shows, at)
        if block:
            seen.append(block)
            shape.filled += [p for p in places if not p[2].text]
            shape.numbered += [p for p in places if p[2].text]
            at += len(block) + 1  # and the line break that joins it to the next
        unmarked.append("".join(own))
        foreign += _foreign(token.children or [])
    shape.text = "\n".join(w for w in words if w)
    shape.shown = "\n".join(seen)
    shape.unmarked = "\n".join(w for w in unmarked if w)
    shape.foreign = "\n".join(foreign)
    # markdown-it records each link reference definition (a repeated label too) in env only.
    hidden += [d["map"] for d in env.get("references", {}).values()]
    hidden += [d["map"] for d in env.get("duplicate_refs", [])]
    lines = LINE_END.split(message)  # as markdown-it splits them
    shape.hidden = ["\n".join(lines[start:end]).strip() for start, end in sorted(hidden)]
    return shape


def _fill(
    pieces: list[str], fills: list[tuple[int, Role]], shows: Shows | None, at: int
) -> tuple[str, list[tuple[int, int, Role]]]:
    """One block's text with each reference with no text of its own as what it shows, and
    where each one (and each {numref} with text of its own) is, the block starting at ``at``
    of ``shape.shown``."""
    roles = dict(fills)
    text, places = [], []
    for i, piece in enumerate(pieces):
        if i in roles:
            if not roles[i].text:
                piece = (shows(roles[i]) if shows else None) or STAND_IN
            places.append((at, at + len(piece), roles[i]))
        text.append(piece)
        at += len(piece)
    return "".join(text), places


def _foreign(children: list[Token]) -> list[str]:
    """The text inside spans marked as another language (a class ``language-xx``): where a
    translation quotes the source's words as they are."""
    texts: list[str] = []
    marked: list[bool] = []  # one entry per open span: is it marked, or inside one that is
    for token in children:
        if token.type == "span_open":
            classes = str(token.attrs.get("class", "")).split()
            marked.append(any(marked) or any(c.startswith("language-") for c in classes))
        elif token.type == "span_close" and marked:
            marked.pop()
        elif token.type == "text" and any(marked):
            texts.append(token.content)
    return texts


def _language_tag(span: Token) -> str | None:
    """The language a span marks (``language-en``: ``en``); of several, the last, as the
    book reads them (pdf/glyphs.py)."""
    classes = str(span.attrs.get("class", "")).split()
    tags = [c.removeprefix("language-") for c in classes if c.startswith("language-")]
    return tags[-1] if tags else None


def _block(token: Token, shape: Shape) -> None:
    if token.level == 0 and (construct := _construct(token)):  # a list, not its items
        shape.markup.append(construct)
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


def _inline(token: Token, shape: Shape, words: list[str], fills: list[tuple[int, Role]]) -> None:
    if construct := _construct(token):
        shape.markup.append(construct)
    if token.type == "text":
        words.append(token.content)
    elif token.type == "softbreak":  # a line break inside a paragraph shows as a space
        words.append(" ")
    elif token.type == "hardbreak":
        words.append("\n")
    elif token.type == "myst_role":
        role = make_role(token.meta.get("name", ""), token.content)
        shape.roles.append(role)
        if role.target is not None and role.name not in LITERAL_ROLES:
            shape.references.append((role.name, role.target, role.text))
        if role.name not in LITERAL_ROLES:
            # Sphinx fills its text in, or a {numref}'s number
            if role.target is not None and (not role.text or role.name in NUMREF_ROLES):
                fills.append((len(words), role))
            words.append(role.text)
    elif token.type in ("code_inline", "math_inline"):
        shape.code.add(token.content)
    elif token.type == "html_inline":
        shape.html.append(token.content.strip())
    elif token.type == "link_open":
        shape.links.add(str(token.attrs.get("href", "")))
        shape.references.append(("link", str(token.attrs.get("href", "")), None))
    elif token.type == "image":
        shape.images.add(str(token.attrs.get("src", "")))  # alt text comes as children
    for child in token.children or []:
        _inline(child, shape, words, fills)
