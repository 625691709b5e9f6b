"""Per-language settings (fonts, typography, labels) kept as data in ``data/languages.toml``,
read into frozen records whose keys and types are checked when the file is loaded."""

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

from .typecheck import KeyProblem, from_table

LANGUAGES_FILE = Path(str(files("reportbook").joinpath("data/languages.toml")))


class LanguagesError(Exception):
    """A mistake in languages.toml: ``location`` (file:line) and what is wrong."""

    def __init__(self, location: str, problem: str) -> None:
        super().__init__(f"{location}: {problem}")
        self.location, self.problem = location, problem


@dataclass(frozen=True, kw_only=True)
class PdfSettings:
    """A language's ``[<code>.pdf]`` table: faces and typography of its book (and e-book).
    The strings are CSS values, written into the book's style sheet."""

    body_fonts: tuple[str, ...] = field(metadata={"help": "the body text's font stack"})
    heading_fonts: tuple[str, ...] = field(metadata={"help": "the headings' font stack"})
    mono_fonts: tuple[str, ...] = field(metadata={"help": "code's font stack"})
    font_size: str = "10pt"
    line_height: str = "1.5"
    text_align: str = "start"
    hyphens: str = "manual"
    text_indent: str = "0"  # a paragraph after another
    first_indent: str = "0"  # a paragraph after a heading
    paragraph_spacing: str = "0.5em"
    emphasis_style: str = "italic"
    emphasis_weight: str = "inherit"
    # font-variant-numeric values; pdf/fonts.py checks that the faces have them
    text_figures: str = "normal"
    table_figures: str = "normal"
    reference_figures: str = "normal"
    # the faces whose figures print page numbers (contents, cross-references, index,
    # footers), before the language's own stack; none: the language's own faces
    page_number_fonts: tuple[str, ...] = ()
    # pad a page number shorter than the counting layout's placeholder with figure spaces
    pad_page_numbers: bool = False
    # a cross-reference's or footer's short number centred in the placeholder's room, the pad
    # split on both sides; the contents pad before it, so their numbers stand in a column
    centre_page_numbers: bool = False
    date_format: str = "long"  # a Babel date format or pattern

    def fonts(self, role: str) -> tuple[str, ...]:
        """The stack of a role: ``body``, ``heading`` or ``mono``."""
        return getattr(self, f"{role}_fonts")


@dataclass(frozen=True, kw_only=True)
class LintSettings:
    """A language's ``[<code>.lint]`` table: what the translation linter and the build's guard
    allow in text of this language. Read as a record, so a misspelt key is refused when the
    file is read: an allowlist must not fall open to "no rule"."""

    letters: str | None = field(
        default=None, metadata={"help": "its letters, as a regular-expression class"}
    )
    bidi_classes: tuple[str, ...] | None = field(
        default=None, metadata={"help": "the bidirectional classes a translation may add"}
    )
    blocks: tuple[str, ...] | None = field(
        default=None, metadata={"help": "the Unicode blocks a translation may add from"}
    )
    characters: str | None = field(
        default=None,
        metadata={
            "help": "a file of data/ listing the letters a translation may add, one a line: "
            "any other of its letters is refused unless the source has it"
        },
    )
    mark_categories: tuple[str, ...] | None = field(
        default=None,
        metadata={
            "help": "the general categories of combining marks (Mn, Mc, Me) a translation "
            "may add; unset: any"
        },
    )
    term_prefixes: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "letters that, right before a term's approved form, make another word of "
            "it (非智能制造: non-): refused unless the English says a negation"
        },
    )
    name_neighbours: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "letters that stand as words of their own beside a person's full name "
            "(陈大鹏在); any other letter there, beginning or ending no longer word, reads as "
            "part of the name (陈大鹏程): refused"
        },
    )
    look_alikes: str = field(
        default="",
        metadata={
            "help": "characters that look like digits or numerals and are none, as a "
            "regular-expression class: refused wherever a translation adds them"
        },
    )
    look_alike_numerals: dict = field(
        default_factory=dict,
        metadata={
            "help": "letters of the language that look like a numeral, each with the numeral: "
            "allowed only inside look_alike_words, and never touching a number"
        },
    )
    look_alike_digits: dict = field(
        default_factory=dict,
        metadata={
            "help": "Latin letters that look like a digit, each with the digit: a run of them "
            "standing alone is refused unless the source has it"
        },
    )
    unlike_numerals: str = field(
        default="",
        metadata={
            "help": "letters the glyph survey (i18n/lint/survey.py) finds close to a numeral "
            "that a maintainer judged a reader does not take for one: allowed"
        },
    )
    look_alike_words: tuple[str, ...] = field(
        default=(), metadata={"help": "the words a translation may write those letters in"}
    )
    dashes: tuple[str, ...] = field(
        default=(),
        metadata={"help": "the language's marks made of dashes, allowed between its letters"},
    )
    forms_of_address: tuple[str, ...] = field(
        default=(),
        metadata={"help": "words after a surname that address a person by it (韩女士, 陈总)"},
    )
    offices: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "the offices and titles a person holds (会长, 主任, 教授): one beside a "
            "person's name is one the People appendix gives that person"
        },
    )
    office_modifiers: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "words before an office that make it another office (副, 原, 名誉, 一级)"
        },
    )
    office_sources: dict = field(
        default_factory=dict,
        metadata={
            "help": "office (or word after one) → the source language's words it translates, "
            'plurals and phrases listed (会长: "President", "Presidents"; 主任: "directed by"): '
            "each office a translation states stands for one its source names"
        },
    )
    office_kinds: dict = field(
        default_factory=dict,
        metadata={
            "help": "kind → the words that make an office that kind (former: 原; honorary: "
            "名誉): said as often as the source says the kind"
        },
    )
    interface_alike: tuple[tuple[str, ...], ...] = field(
        default=(),
        metadata={
            "help": "groups of interface msgids (sphinx.po) that may share one translation "
            '("Go" and "search": 搜索); any other two translated alike are refused'
        },
    )
    standing: dict = field(
        default_factory=dict,
        metadata={
            "help": "kind → the words anywhere in a message that state a person's standing "
            "(deceased: 生前; former: 离任; succession: 接任): said no more often than the "
            "source says the kind"
        },
    )
    not_standing: tuple[str, ...] = field(
        default=(),
        metadata={"help": "words that hold a standing word and state no standing (代理商)"},
    )
    office_verbs: tuple[str, ...] = field(
        default=(),
        metadata={"help": "words after a name that give that person the office after them (任)"},
    )
    office_bodies: tuple[str, ...] = field(
        default=(),
        metadata={"help": "words that begin with an office word and name a body (委员会)"},
    )
    office_links: tuple[str, ...] = field(
        default=(),
        metadata={"help": "words between a body's name and its office (中国服装协会的会长)"},
    )
    office_suffixes: tuple[str, ...] = field(
        default=(),
        metadata={"help": "words after an office that make another role of it (会长助理)"},
    )
    office_leads: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "words a title beside a name may follow, besides a mark, a name and "
            "office_verbs (由, 该会)"
        },
    )
    body_words: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "words that stand for a body before its office (该会, 协会): a title "
            "begins after one only where one could begin before it"
        },
    )
    person_pointers: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "words that point back at a person named before (这位, this person): an "
            "office in their clause is that person's"
        },
    )
    office_joiners: tuple[str, ...] = field(
        default=(),
        metadata={"help": "words between two posts of one title (顾问、组长)"},
    )
    office_follows: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "words an office after a name may be followed by, besides a mark, a "
            "joiner and a name (陈大鹏会长作总结)"
        },
    )
    name_leads: tuple[str, ...] = field(
        default=(),
        metadata={"help": "words a person's name may follow, and no title (并非, 人名)"},
    )
    bracket_notes: tuple[str, ...] = field(
        default=(),
        metadata={"help": "words that begin a note in brackets after a name (见, 另见)"},
    )
    person_prefixes: tuple[str, ...] = field(
        default=(),
        metadata={"help": "words before a surname that name a person by it (老陈, 小韩)"},
    )

    @property
    def person_titles(self) -> tuple[str, ...]:
        """The words after a surname that name a person by it (蒋顾问, 陈会长): such a mention
        counts as naming the person."""
        return self.forms_of_address + self.offices


@dataclass(frozen=True, kw_only=True)
class Language:
    code: str  # Sphinx's code, e.g. "zh_CN"
    tag: str  # BCP 47 tag for lang attributes, e.g. "zh-CN"
    name: str  # the language's name in itself, for the switcher
    babel_locale: str
    source: bool = False  # the sources are written in it; the others come from catalogs
    collation: str = "alphabetical"  # how sorted lists (glossary, index) order this language
    plural_forms: str | None = None  # the Plural-Forms header its catalogs must have
    pdf: PdfSettings  # fonts and typography for the book
    labels: dict = field(default_factory=dict)  # short interface texts the toolchain prints
    numerals: dict = field(default_factory=dict)  # how numbers are written, for the linter
    lint: LintSettings = field(default_factory=LintSettings)  # for the linter and the guard

    @property
    def primary_subtag(self) -> str:
        """The tag's language part, lowercase (``zh`` of ``zh-CN``), to match tags by it."""
        return self.tag.split("-")[0].lower()


@cache
def load_languages() -> dict[str, Language]:
    return read_languages(LANGUAGES_FILE)


def read_languages(path: Path) -> dict[str, Language]:
    return parse_languages(path.read_text("utf-8"), str(path))


def parse_languages(text: str, origin: str = "languages.toml") -> dict[str, Language]:
    """The languages of a ``languages.toml`` text; ``origin`` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LanguagesError(origin, str(error)) from None
    languages = {}
    for code, entry in data.items():
        table = code
        try:
            if not isinstance(entry, dict):
                raise KeyProblem("", "must be a table")
            table = f"{code}.pdf"
            pdf = from_table(PdfSettings, entry.get("pdf", {}))
            table = f"{code}.lint"
            lint = from_table(LintSettings, entry.get("lint", {}))
            for key in () if entry.get("source") else ("bidi_classes", "blocks"):
                if getattr(lint, key) is None:  # the guard's allowlists: no list, no translation
                    raise KeyProblem(key, "missing: a translated language must list it")
            table = code
            languages[code] = from_table(Language, entry, code=code, pdf=pdf, lint=lint)
        except KeyProblem as problem:
            line = key_line(text, table, problem.key)
            location = f"{origin}:{line}" if line else origin
            key = f" {problem.key}" if problem.key else ""
            raise LanguagesError(location, f"[{table}]{key}: {problem}") from None
    return languages


def key_line(text: str, table: str, key: str) -> int | None:
    """The line of ``key =`` in ``[table]`` (of the table's header when ``key`` is not
    there): tomllib gives no positions."""
    header = None
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.split("#")[0].strip()
        if stripped.startswith("["):
            inside = stripped == f"[{table}]"
            header = number if inside else header
        elif inside and key and re.match(rf'"?{re.escape(key)}"?\s*=', stripped):
            return number
    return header


def source_language() -> str:
    """The language the sources are written in (``source = true`` in its table)."""
    (code,) = [code for code, language in load_languages().items() if language.source]
    return code


def get_language(code: str) -> Language:
    return load_languages()[code]
