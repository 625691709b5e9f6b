"""Compare one msgstr with its msgid. Each check returns (check name, what is wrong) pairs."""

import html
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial

from ...languages import load_languages
from .bidi import check_bidi
from .blocks import check_blocks
from .cells import cell_problems
from .clause_words import (
    clause_word_problems,
    qualifier_problems,
    time_problems,
)
from .counted import counted_kind_problems
from .frames import (
    bound_problems,
    growth_problems,
    measure_problems,
    ordinal_count_problems,
    ordinal_problems,
    said_problems,
    span_problems,
    unit_added_problems,
    unit_missing_problems,
    unit_problems,
)
from .glyphs import check_glyphs
from .joined import joined_problems, name_joined_problems
from .lookalikes import FULL_WIDTH, around, beside, closed, read_letters
from .markup import (
    DEFAULT_SETTINGS,
    LANGUAGE_SPAN,
    LITERAL_ROLES,
    Settings,
    Shape,
    language_classes,
    plain_shape,
    shape_of,
)
from .names import DOC_ROLES, NUMREF_ROLES, REF_ROLES, Misnamed, NameBase
from .numerals import (
    PLACEHOLDER,
    PLACEHOLDER_AFTER,
    PLACEHOLDER_BEFORE,
    WIDE,
    NumberReader,
    Unread,
    added_numbers,
    alone_problems,
    counted_problems,
    may_add,
    number_problems,
    reader,
    spelt_names,
    unread_problems,
)
from .offices import (
    kind_problems,
    misheld,
    office_reader,
    office_source_words,
    requoted_offices,
    role_count_problems,
    role_unframed,
    unframed,
    unnamed_offices,
)
from .quantities import standing_problems, unnumbered_problems
from .sides import Sides
from .survey import look_alike
from .termbase import GLOSSARY_DOMAIN, TERM_ROLES, TermBase, essentials

Finding = tuple[str, str]
UNSAFE_URL = re.compile(
    r"(?P<scheme>javascript|vbscript)\s*:|(?P<file>file):/|(?P<data>data):[\w.+-]+/[\w.+-]+[;,]",
    re.I,
)
NOQA = re.compile(r"#\s*noqa", re.I)
# Every check is linear, but a translation a hundred times its source would still typeset for
# hours. The report's longest msgstr has under 700 characters, at most 1.6 times its msgid.
MAX_LENGTH = 10_000  # characters, of a msgid (a catalog may hold any msgid) or a msgstr
MAX_RATIO, RATIO_ALLOWANCE = 3, 200  # at most 3 × the msgid's length + 200 characters
# markdown-it scans from each "[" for its "]": quadratic in the number of "[" without one. The
# report's messages have at most 12 "[" each; a message with more than this is not parsed.
MAX_BRACKETS = 100
# Block parsing runs every block rule on each line, and MyST's definition lists parse each
# definition again: linear, but about 30 µs a line, so a catalog of many-line messages took
# a minute a megabyte. The report's messages have one line each (Sphinx joins a paragraph's).
MAX_LINES = 100
# Sphinx parses a msgstr into a tree recursively, a level a nesting: 500 nested emphases end
# the build in a RecursionError and Sphinx's crash report (red team 39). The report nests 2.
MAX_DEPTH = 20
# A reference's own text shows a title or a few words (the report's longest has 80
# characters, in English); the name and title checks read it letter by letter against every
# title, so 200 10,000-letter texts took four minutes (red team 39). A message's references'
# texts together have at most this many.
MAX_REFERENCE_TEXT = 200
ALLOWED_CONTROLS = {"\n", "\t"}
# Characters a translation may not add: controls, format characters (bidi overrides and
# isolates, zero-width ones), private use (any glyph a font gives it), surrogates,
# unassigned, line and paragraph separators. The build's own boundary (i18n/doctree.py)
# refuses the same.
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})
UNNAMED = {
    "Cc": "a control character",
    "Cf": "a format character",
    "Co": "a private-use character",
    "Cs": "a surrogate",
    "Cn": "an unassigned code point",
}


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _role(name: str, target: str | None, text: str = "") -> str:
    if text and target is not None:
        return f"{{{name}}}`{text} <{target}>`"
    return f"{{{name}}}`{target}`" if target is not None else f"{{{name}}}"


def check_roles(src: Shape, tr: Shape) -> Iterator[Finding]:
    want, have = {r.key for r in src.roles}, {r.key for r in tr.roles}
    for name, target in sorted(want - have, key=str):
        yield "role", f"reference {_role(name, target)} of the source is missing or retargeted"
    for name, target in sorted(have - want, key=str):
        yield "role", f"reference {_role(name, target)} is not in the source"


def blank_reference(role: str, text: str) -> str:
    """The message for a reference whose own text shows nothing (`check` and the build's guard
    say the same)."""
    return (
        f"the reference {role} has the text {text!r}, which shows nothing: Sphinx shows a "
        "blank link there, not its target's title; write the text the English shows, or no "
        "text at all (then it shows its target's title)"
    )


def check_blank_references(src: Shape, tr: Shape) -> Iterator[Finding]:
    blank = {r.key for r in src.roles if r.text and shows_nothing(r.text)}
    for role in tr.roles:
        if role.target is not None and role.name not in LITERAL_ROLES and role.text:
            if shows_nothing(role.text) and role.key not in blank:
                yield "role", blank_reference(_role(role.name, role.target), role.text)


# Sphinx fills a {numref} title with the number: "%" formatting, or str.format when the title
# has "{name}" or the word "number". A title with other fields crashes the build ("{number:d}"),
# or pads ("{number:>99999999}") or drops the number ("%.0s").
NUMREF_FIELDS = re.compile(r"%.|%$|\{[^{}]*\}|[{}]|number")


def numref_fields(title: str | None) -> list[str]:
    """What Sphinx's numref formatting reads in a title; a title-less reference uses the
    caption label (``Table %s``)."""
    return sorted(NUMREF_FIELDS.findall(title)) if title else ["%s"]


def check_numref_titles(src: Shape, tr: Shape) -> Iterator[Finding]:
    wanted = {r.target: numref_fields(r.text) for r in src.roles if r.name in NUMREF_ROLES}
    for role in tr.roles:
        if role.name in NUMREF_ROLES and role.target in wanted:
            if numref_fields(role.text) != wanted[role.target]:
                yield (
                    "role",
                    f"the title of {_role(role.name, role.target)} must keep the source's "
                    f"number placeholder ({', '.join(wanted[role.target])}) and no other "
                    "{ } or % field",
                )


def _set_check(check: str, what: str, want: set[str], have: set[str]) -> Iterator[Finding]:
    for item in sorted(want - have):
        yield check, f"{what} {_short(item)!r} of the source is missing or changed"
    for item in sorted(have - want):
        yield check, f"{what} {_short(item)!r} is not in the source"


def check_links(src: Shape, tr: Shape) -> Iterator[Finding]:
    yield from _set_check("link", "link target", src.links, tr.links)


def check_images(src: Shape, tr: Shape) -> Iterator[Finding]:
    yield from _set_check("image", "image", src.images, tr.images)


def check_code(src: Shape, tr: Shape) -> Iterator[Finding]:
    yield from _set_check("code", "literal", src.code, tr.code)


def check_html(src: Shape, tr: Shape) -> Iterator[Finding]:
    allowed = {" ".join(h.split()) for h in src.html}
    for snippet in tr.html:
        if " ".join(snippet.split()) not in allowed:
            yield "html", f"HTML not in the source: {_short(snippet)!r}"


def check_directives(src: Shape, tr: Shape) -> Iterator[Finding]:
    for info in tr.directives:
        if info not in src.directives:
            yield "directive", f"directive or code fence not in the source: {_short(info)!r}"


def check_substitutions(src: Shape, tr: Shape) -> Iterator[Finding]:
    for sub in sorted(tr.substitutions - src.substitutions):
        yield "substitution", f"substitution {_short(sub)!r} is not in the source"


def shows_nothing(text: str) -> bool:
    """Only spaces of any kind (U+3000, U+00A0) and invisible characters: MyST reads a
    paragraph where a reader sees none."""
    return not any(not ch.isspace() and unicodedata.category(ch)[0] not in "ZC" for ch in text)


def check_structure(src: Shape, tr: Shape) -> Iterator[Finding]:
    if tr.blocks and not shows_nothing(src.text) and shows_nothing(tr.text):
        yield (
            "structure",
            f"the source is {', '.join(src.blocks)}; the translation shows nothing (only "
            "spaces), so the page would show an empty heading or paragraph",
        )
    elif tr.text.rstrip().endswith("::") and not src.text.rstrip().endswith("::"):
        # reStructuredText's literal-block marker: Sphinx's Locale transform adds a block
        # after it, the translation no longer parses as a title, and the English stays.
        yield (
            "structure",
            "the translation ends with '::', which Sphinx reads as the start of a literal "
            "block: it would publish the English; end it as the source does",
        )
    elif src.blocks != tr.blocks:
        yield (
            "structure",
            (
                f"block structure changed: the source is {', '.join(src.blocks)}; "
                f"the translation is {', '.join(tr.blocks) or 'empty'}"
            ),
        )


# Markup that carries an id, a class or a footnote of its own, which the build's guard refuses
# where a translation adds it (i18n/doctree.py); a language span is the untranslated check's.
ATTRIBUTES = ("a span with attributes", "a footnote reference")


def check_added_markup(src: Shape, tr: Shape) -> Iterator[Finding]:
    """A span with attributes ({#id}, {.class}) or a footnote reference the source does not
    have, named with its line before any build (red team 46: check passed what only the
    build refused, where the English had markup of its own; where it has none, the
    plain-text check names any markup)."""
    if not src.markup:
        return
    have, want = Counter(tr.markup), Counter(src.markup)
    for kind in ATTRIBUTES:
        if have[kind] > want[kind]:
            yield (
                "markup",
                f"the translation adds {kind} the source does not have: a catalog may not add "
                "ids, classes or footnotes, and the build refuses them; write the text only",
            )


SHAPE_CHECKS: list[Callable[[Shape, Shape], Iterator[Finding]]] = [
    check_structure,
    check_added_markup,
    check_roles,
    check_blank_references,
    check_numref_titles,
    check_links,
    check_images,
    check_code,
    check_html,
    check_directives,
    check_substitutions,
]


# What markdown-it decodes as a character reference; Python's html.unescape decodes the same.
CHARACTER_REFERENCE = re.compile(
    r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});"
)
AS_WRITTEN = (
    "an alt text, a toctree caption, an index entry or an interface text shows it as written"
)


# Markup whose adding another check of compare() refuses (role, link, image, code, html,
# directive, structure): there, the plain-text check leaves it to them, not to say it twice.
REFUSED_ELSEWHERE = {
    "a role",
    "a link",
    "an autolink",
    "an image",
    "inline code",
    "math",
    "HTML",
    "a code fence",
    "a directive",
    "a heading",
    "a list",
    "a block quote",
    "a thematic break",
    "an indented code block",
    "a comment",
    "a label",
    "a block break",
    "front matter",
    "a definition list",
    "a footnote",
    "a table",
    "a field list",
}


def check_plain_text(
    msgid: str, msgstr: str, src: Shape, tr: Shape, as_written: bool = False
) -> Iterator[Finding]:
    """A page's message is read as MyST, except an image's alt text, a toctree's caption and
    an index entry's parts: Sphinx publishes those as written. The checks read one text for
    both, so a translation may not add what the two readings show differently: a line MyST
    hides (a link reference definition, a comment), a character reference MyST decodes
    (``&#55;`` reads as 7), and, where the msgid reads the same both ways (it has no markup,
    as every text published as written has), any markup at all: ``[附录]{title="…"}`` reads
    as 附录 and is published whole. On a page a span may mark a language
    (``[…]{.language-en}``); a translation known to be published ``as_written`` (the build's
    guard) may not have one either, and every markup is named here, since no other check
    reads that text."""
    for line in dict.fromkeys(tr.hidden):
        if line not in src.hidden:
            yield (
                "plain-text",
                f"{_short(line)!r} is hidden when read as MyST (a link reference definition "
                f"or a comment), but {AS_WRITTEN}: remove it",
            )
    # The msgid is judged as on a page (its language spans are its own): the build's guard
    # then refuses at least what the linter and the gate do.
    if _misread(msgid, src, False) is None and (found := _misread(msgstr, tr, as_written)):
        written, read = found
        named = [m for m in tr.markup if as_written or m != LANGUAGE_SPAN]
        if written.count("\\") > read.count("\\"):
            named.append("a backslash escape")
        if as_written or not named or set(named) - REFUSED_ELSEWHERE:
            yield (
                "plain-text",
                f"{_short(written)!r} reads as {_short(read)!r} in MyST "
                f"({', '.join(dict.fromkeys(named)) or 'markup'}), but the source has no "
                f"markup, and {AS_WRITTEN}: write plain text",
            )
    yield from check_character_references(msgid, msgstr)


def _language_span() -> re.Pattern:
    """``[text]{.language-<tag>}`` of a language the project lists (read when called: a test
    adds one): its markup hides only a class the build allows, no word or number."""
    classes = "|".join(re.escape(c) for c in sorted(language_classes()))
    return re.compile(rf"\[([^\[\]]*)\]\{{[ \t]*\.(?:{classes})[ \t]*\}}")


def _misread(message: str, shape: Shape, as_written: bool) -> tuple[str, str] | None:
    """Where MyST reads ``message`` otherwise than a reader of it as written: the stretch
    that differs, (as written, as MyST reads it), or None if the two read the same. The same
    means the same characters, give or take whitespace (MyST trims lines), the character
    references (refused on their own) and the lines MyST hides (named on their own)."""
    written = message
    while not as_written and (stripped := _language_span().sub(r"\1", written)) != written:
        written = stripped  # a span in a span comes out on the next pass
    for line in shape.hidden:
        written = written.replace(line, "", 1)
    written = " ".join(CHARACTER_REFERENCE.sub(lambda m: html.unescape(m[0]), written).split())
    read = " ".join(shape.text.split())
    if written == read:
        return None
    start = len(os.path.commonprefix([written, read]))
    end = len(os.path.commonprefix([written[start:][::-1], read[start:][::-1]]))
    return written[start : len(written) - end], read[start : len(read) - end]


def check_character_references(msgid: str, msgstr: str) -> Iterator[Finding]:
    """The references MyST decodes that the msgid does not have, in one finding."""
    allowed = set(CHARACTER_REFERENCE.findall(msgid))
    added = [r for r in dict.fromkeys(CHARACTER_REFERENCE.findall(msgstr)) if r not in allowed]
    added = [r for r in added if html.unescape(r) != r]  # else MyST shows it as written too
    if added:
        more = " …" if len(added) > 5 else ""
        yield (
            "plain-text",
            f"character references {' '.join(added[:5])}{more} read as "
            f"{''.join(html.unescape(r) for r in added[:5])!r}{more} in MyST, but {AS_WRITTEN}: "
            "type the characters themselves",
        )


def as_written_problems(source: str, text: str) -> list[Finding]:
    """The build's guard on a text Sphinx publishes as written (an image's alt text, a
    toctree's caption, a part of an index entry): what ``check_plain_text`` refuses, or the
    length limits it exceeds."""
    if found := list(check_length(source, text)):
        return found
    src, tr = shape_of(source), shape_of(text)
    return list(check_plain_text(source, text, src, tr, as_written=True))


# Sphinx's index files an entry "a (b)" that has no sub-entries under an entry "a", as its
# sub-entry "(b)" (IndexEntries.create_index groups "f() (in module m)" so).
INDEX_GROUPED = re.compile(r"(.*) ([(][^()]*[)])")


def index_change(source: str, text: str) -> str | None:
    """Why Sphinx's index would file ``text``, the translation of an entry's text (a glossary
    term, an approved name, a part of an index entry), otherwise than ``source``, or None: a
    ';' starts a sub-entry (国家数据局;数据孤岛 files 数据孤岛 under 国家数据局), and so does
    ' (…)' after another entry's text (国家数据局 (数据孤岛))."""
    if (added := text.count(";") - source.count(";")) != 0:
        return (
            "has ';', which the index reads as another level: write it without one"
            if added > 0
            else "drops the source's ';', which the index reads as another level"
        )
    if INDEX_GROUPED.match(text) and not INDEX_GROUPED.match(source):
        return (
            "has ' (…)', which the index files as a sub-entry of an entry named as the text "
            "before it: write it without the space before '(', or with the language's brackets"
        )
    return None


# A decimal reference, its leading zeros apart: html.unescape reads all its digits with int(),
# which refuses 4,300 and more (zeros too). Eight significant digits or more name no
# character, which it decodes as U+FFFD; fewer are passed on without the zeros.
DECIMAL_REFERENCE = re.compile(r"&#0*([0-9]+)(;?)")


def _unescape(text: str) -> str:
    def shorter(m: re.Match) -> str:
        return "\ufffd" if len(m[1]) > 7 else f"&#{m[1]}{m[2]}"

    return html.unescape(DECIMAL_REFERENCE.sub(shorter, text))


# A web address written as text: no link on the page, but PDF viewers and e-readers make one
# of it (red team 34). Read as a reader reads it (ｈｔｔｐｓ：／／ is https://).
# Wherever it begins: PDF viewers find "http" and "www." inside a word too (详见https://…,
# .https://…, éwww.…: red teams 35, 37). An e-mail address is made a link too, its domain
# in any script (huiwu@联盟.中国).
# The runs before :// and @ are bounded (a scheme's letters, an address's 64 before @): else
# a long run with neither is scanned to its end from each of its letters (red team 48: 2.6 s
# for one message of 10,000 characters).
WEB_ADDRESS = re.compile(
    r"(?:[a-z][a-z0-9+.-]{0,31}://|www\.|mailto:)[^\s<>\"'`）)\]，。；]+"
    r"|[\w.%+-]{1,64}@[\w-]+(?:\.[\w-]+)+",
    re.I,
)

# And a bare domain, which chat apps and mail readers make a link (red team 64 row 12:
# pay-alliance.com/join in plain text): ASCII labels and dots, and a last label that viewers
# take for a domain's, a country's two letters or a common generic one (not env.config). A
# match begins only where no letter, digit or dot is before it, so a long run is scanned once.
GENERIC_DOMAINS = (
    "com net org info biz edu gov mil int io co me app dev top xyz site online shop store vip "
    "club tech cloud link live pro wang ren ltd group news blog mobi asia name work art fun icu"
)
BARE_DOMAIN = re.compile(
    r"(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    rf"(?:[a-z]{{2}}|{'|'.join(GENERIC_DOMAINS.split())})(?![\w-])"
    r"(?:/[^\s<>\"'`）)\]，。；]*)?",
    re.I | re.A,
)


def check_urls(msgid: str, msgstr: str) -> Iterator[Finding]:
    allowed = {m.group().lower() for m in UNSAFE_URL.finditer(_unescape(msgid))}
    for m in UNSAFE_URL.finditer(_unescape(msgstr)):
        if m.group().lower() not in allowed:
            scheme = (m.group("scheme") or m.group("file") or m.group("data")).lower()
            yield "url-scheme", f"{scheme}: URLs are not allowed in translations"


def _as_read(text: str) -> str:
    """Latin letters and ASCII marks as a reader reads them: ｈｔｔｐｓ：／／ is https://."""
    return read_letters(text).translate(FULL_WIDTH)


def _addresses(text: str) -> list[str]:
    read = _as_read(text)
    found = [*WEB_ADDRESS.finditer(read), *BARE_DOMAIN.finditer(WEB_ADDRESS.sub(" ", read))]
    return [m.group().lower().rstrip(".,:;") for m in found]


def check_addresses(src: Shape, tr: Shape) -> Iterator[Finding]:
    """The web addresses a reader sees in the text (not a link's target: the link checks')."""
    given = set(_addresses(src.text))
    for address in _addresses(tr.text):
        if address not in given:
            yield (
                "url-scheme",
                f"{address!r} is a web address the English does not give: a translation "
                "gives only the English's addresses (a reader's viewer may make it a link)",
            )


# A message of fewer words may stay as it is unless the translation keeps one of them that is
# an everyday word, all small letters ("Editorial note", "Closing summary"): a heading kept as
# English would be counted translated (red team 50). Names ("Chen Dapeng"), acronyms ("CAD",
# "DeepSeek-R1"), numbers and references may stay; so, unread, may one capitalised word
# ("Glossary" is a name's shape).
MIN_WORDS = 3
EVERYDAY_WORD = re.compile(r"[a-z]+")


def _letters(lang: str | None) -> str | None:
    """The language's letters, a character class (``letters`` in its lint table)."""
    language = load_languages().get(lang or "")
    return language.lint.letters if language else None


def check_untranslated(
    src: Shape, tr: Shape, lang: str | None, source_lang: str | None
) -> Iterator[Finding]:
    """A translation of source words with none of its language's letters is the source
    text: the page would show it counted as translated, and unmarked."""
    letters, source_letters = _letters(lang), _letters(source_lang)
    if not letters or not source_letters:
        return
    words = re.findall(rf"\b[{source_letters}]{{2,}}\b", src.text)
    if len(words) < MIN_WORDS:
        kept = {w.casefold() for w in re.findall(rf"\b[{source_letters}]{{2,}}\b", tr.text)}
        if not any(w in kept for w in words if EVERYDAY_WORD.fullmatch(w)):
            return
    if not re.search(f"[{letters}]", tr.text):
        yield (
            "untranslated",
            "the translation has none of the language's letters: the page would show the "
            "English, counted as translated; leave msgstr empty to keep the English (the page "
            "then marks it)",
        )
    elif run := _source_words_left(tr, letters, source_letters):
        yield (
            "untranslated",
            f"{run!r} is the source's language, unmarked: words of it in a row "
            "outside a phrase marked as the source's ([…]{.language-en}) are the English left "
            "as it is, which the page would show counted as translated; translate them, or "
            "mark a quotation of the English",
        )


# How much of a message's English a translation may show, marked or not, before it counts as
# the English kept (the report's glossed official names keep up to 22 %); more needs
# "# lint-ignore: untranslated — reason", which stats lists for the reviewer (an editorial
# note quoting the English it discusses).
KEPT_SHARE = 0.25
CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def check_english_kept(
    src: Shape, tr: Shape, lang: str | None, source_lang: str | None
) -> Iterator[Finding]:
    """Words of the source's language a translation shows, as a reader reads them (full-width
    or accented letters, joined by any mark: ｆｉｖｅ, five-year, five\u00a0years), in a
    phrase marked as any language or not: much of the English message's words is the English
    kept whole, with a Chinese word or a gloss beside it (red teams 33, 34). A name kept as
    the English writes it (fewer than LONGEST_NAME capitalised words: One Million Steps) is
    not counted as kept. And a phrase marked as the source's language quotes the message:
    its words are the message's own (red team 35)."""
    letters, source_letters = _letters(lang), _letters(source_lang)
    if not letters or not source_letters:
        return
    word, own = re.compile(rf"[{source_letters}]{{2,}}"), re.compile(f"[{letters}]")
    run = re.compile(rf"[{source_letters}]+(?:[^\w\n]+[{source_letters}]+)*")

    def words(text: str, names: bool) -> Counter:  # not the translation's own (French words)
        found = Counter()
        read = WEB_ADDRESS.sub(" ", _as_read(text))  # an address is no words
        read = CAMEL_CASE.sub(" ", read)  # ListenToRelevantOpinions is four words
        for m in run.finditer(read):
            ws = [w for w in word.findall(m[0]) if not own.search(w)]
            if names or len(ws) >= LONGEST_NAME or any(w[0].islower() for w in ws):
                found.update(w.lower() for w in ws)
        return found

    source, shown = words(src.text, True), words(tr.text, False)
    # A phrase marked as the source's language quotes the English: its words are the
    # message's ("[twentyfold]{.language-en}", a number no check reads, is none of them).
    tag = load_languages()[source_lang].tag if source_lang in load_languages() else None
    quoted = Counter()
    for marked_as, text in tr.marked:
        if marked_as == tag:
            quoted.update(words(text, True))
    if unquoted := sorted(quoted.keys() - source.keys()):
        yield (
            "untranslated",
            f"{', '.join(unquoted[:5])!r}, in a phrase marked as the source's language, is not "
            "in the English message: such a phrase quotes the English; translate the words, or "
            "record why with # lint-ignore: untranslated — reason",
        )
    elif misquoted := _misquoted(src, tr, tag, word, own):  # red team 76: its words, reordered
        yield (
            "untranslated",
            f"{_short(misquoted)!r}, in a phrase marked as the source's language, is not a "
            "phrase of the English message: such a phrase quotes the English as it stands, "
            "its words in their order (President of the Federation, from Vice President of "
            "the Federation and President of the Association, says another office); quote "
            "it whole or translate it",
        )
    kept = sum((source & shown).values())
    if kept >= MIN_WORDS and kept >= KEPT_SHARE * sum(source.values()):
        yield (
            "untranslated",
            f"the translation shows {kept} of the English message's "
            f"{sum(source.values())} words: the English kept, which the page would show counted "
            "as translated; translate it, or record why with # lint-ignore: untranslated — "
            "reason (a quotation of the English under discussion)",
        )


def _misquoted(src: Shape, tr: Shape, tag, word: re.Pattern, own: re.Pattern) -> str | None:
    """The first phrase marked as the source's language whose words are not a run of the
    English message's words in order."""

    def run(text: str) -> str:
        words = (w.lower() for w in word.findall(_as_read(text)) if not own.search(w))
        return " " + " ".join(words) + " "

    english = run(src.text)
    for marked_as, text in tr.marked:
        if marked_as == tag and run(text).strip() and run(text) not in english:
            return text
    return None


def _source_words_left(tr: Shape, letters: str, source_letters: str) -> str | None:
    """The first run of words in the source's letters outside the phrases marked as another
    language that reads as its sentences ("Speakers from 成员单位": a lower-case word, or four
    words or more), in a language whose letters are not the source's (a run of its own
    letters is its own words): one word of its own counted a translation as translated. A
    word (AI, CAD) or a short name, capitalised, fewer than four words (Noto Serif), stays."""
    own = re.compile(f"[{letters}]")
    text = tr.text
    for phrase in sorted(filter(None, tr.foreign.split("\n")), key=len, reverse=True):
        text = text.replace(phrase, "\n")
    word = rf"[{source_letters}][{source_letters}0-9'’.-]*"
    # From a word's first letter only, so a long word is read once (linear).
    start = rf"(?<![{source_letters}0-9'’.-])"
    for run in re.finditer(rf"{start}{word}(?:[,;:]?[ \t]+{word})+", text):  # not {number:d}
        words = re.findall(word, run.group())
        if own.search(run.group()):  # the translation's own letters: a French one's words
            continue
        if len(words) >= LONGEST_NAME or any(w[0].islower() and len(w) > 1 for w in words):
            return run.group()
    return None


# Words in a row kept as a name (Noto Serif, One Million Steps, First-Level Inspector): each
# capitalised, fewer than this; a lower-case word (from, whose) is a sentence's.
LONGEST_NAME = 4


# Words that change the numbers of their message wherever they stand, by their key in the
# languages' numerals, and what the translation's reader takes from them.
WHEREVER = {
    "calendars": "names a calendar or an era the English does not: its years and dates are "
    "other days (2025年3月9日（农历） is 6 April 2025); write them as the English does",
    "negatives": "makes a number negative where the English has no negative (76（负）家, "
    "负值76 are −76); write the number as the English does",
}


def check_wherever(
    src: Shape, tr: Shape, lang: str | None, source_lang: str | None
) -> Iterator[Finding]:
    """A calendar, an era or a sign (the languages' ``calendars``, ``negatives``) that the
    translation names where the English names none, wherever it stands, outside the words
    that hold it and say no such thing (``not_negatives``: 负责, 肩负). Right before a number
    (负76), the number's own rule names it (``changes_before``)."""
    known = load_languages()
    mine = known[lang].numerals if lang in known else {}
    theirs = known[source_lang].numerals if source_lang in known else {}
    shown = _as_abbreviated(closed(tr.shown))
    english = _as_abbreviated(src.shown)
    numbers = reader(*[x for x in (lang, source_lang) if x], translation=True)
    for key, says in WHEREVER.items():
        if any(_names_word(word, english) for word in theirs.get(key, [])):
            continue
        text = shown
        for word in sorted(mine.get(f"not_{key}", []), key=len, reverse=True):
            text = text.replace(word, "\n")
        for word in mine.get(key, []):
            if any(
                word not in numbers.changes_before or not numbers.before_number(text, end)
                for end in _word_ends(word, text)
            ):
                yield ("number", f"{word!r} {says}")
                return


def _as_abbreviated(text: str) -> str:
    """``text`` with its Latin letters as a reader reads them (ＢＣ is BC) and the dots between
    them left out (B.C, b.c. are BC: red team 44)."""
    return re.sub(r"(?<=[A-Za-z])\.(?=[A-Za-z])", "", read_letters(text).translate(WIDE))


def _names_word(word: str, text: str) -> bool:
    """``text`` has ``word``, a Latin one as a whole word in any case ("era" is not in
    "Federation", BC not in ABC)."""
    return next(_word_ends(word, text), None) is not None


def _word_ends(word: str, text: str) -> Iterator[int]:
    """Where ``word`` ends each time ``text`` has it, a Latin one as a whole word."""
    bounds = ("(?<![A-Za-z])", "(?![A-Za-z])") if word.isascii() else ("", "")
    for m in re.finditer(re.escape(word).join(bounds), text, re.I):
        yield m.end()


def _surname_words(lang: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that name a person by the surname in ``lang`` (蒋顾问, 老蒋): after it, before."""
    language = load_languages().get(lang or "")
    return (language.lint.person_titles, language.lint.person_prefixes) if language else ((), ())


def check_given(src: Shape, tr: Shape, lang: str | None) -> Iterator[Finding]:
    """What the source itself writes in the translation's language, marked as such
    ([中国服装协会]{.language-zh-CN}, the Chinese name a glossary entry gives), is the
    translation already: the translation writes each one as the source does, in the source's
    order. Else it could name another body in that body's own entry, or reverse a slogan
    (从“中国智造”到“中国制造”)."""
    language = load_languages().get(lang or "")
    given = [text for tag, text in src.spans if language and tag == language.tag and text]
    at, before = 0, None
    for text in given:
        found = tr.text.find(text, at)
        if found < 0:
            where = (
                f"; the translation has it before {before!r}, which the source writes first"
                if text in tr.text
                else ""
            )
            yield (
                "given",
                f"{text!r}, which the source writes in {language.tag}, is missing from the "
                f"translation as written{where}: write each text the source gives in the "
                "translation's language as the source does, in the source's order",
            )
            return
        at, before = found + len(text), text


def check_marked_language(src: Shape, tr: Shape, lang: str | None) -> Iterator[Finding]:
    """A phrase marked as another language ([…]{.language-en}) holds none of the
    translation's own letters (red team 60: [会议宗旨]{.language-en}), unless the source marks
    it so: the page tells screen readers, search and the book's faces that it is that
    language, and the checks read it as a quotation of the English."""
    language = load_languages().get(lang or "")
    if not language or not language.lint.letters:
        return
    own = re.compile(f"[{language.lint.letters}]")
    for tag, text in tr.marked:
        if tag != language.tag and own.search(text) and (tag, text) not in src.marked:
            yield (
                "marked-language",
                f"{_short(text)!r} is marked as {tag} ({{.language-{tag}}}) but is written in "
                f"{language.tag}: mark only words of that language",
            )
            return


def check_noqa(msgstr: str) -> Iterator[Finding]:
    if NOQA.search(msgstr):
        yield (
            "noqa",
            (
                "'#noqa' in a translation would hide Sphinx's reference checks; remove it "
                "(record a deliberate exception with '# lint-ignore: <check> — <reason>')"
            ),
        )


def check_length(msgid: str, msgstr: str) -> Iterator[Finding]:
    for what, text in (("message (msgid)", msgid), ("translation", msgstr)):
        if text.count("[") > MAX_BRACKETS:
            yield (
                "length",
                f"the {what} has {text.count('['):,} '['; the limit is {MAX_BRACKETS}",
            )
            return
    for what, text in (("message (msgid)", msgid), ("translation", msgstr)):
        if (lines := text.count("\n") + 1) > MAX_LINES:
            yield "length", f"the {what} has {lines:,} lines; the limit is {MAX_LINES}"
            return
    if len(msgid) > MAX_LENGTH:
        yield (
            "length",
            f"the message (msgid) has {len(msgid):,} characters; the limit is {MAX_LENGTH:,}",
        )
    elif len(msgstr) > MAX_LENGTH:
        yield (
            "length",
            f"the translation has {len(msgstr):,} characters; the limit is {MAX_LENGTH:,}",
        )
    elif len(msgstr) > MAX_RATIO * len(msgid) + RATIO_ALLOWANCE:
        yield (
            "length",
            f"the translation has {len(msgstr):,} characters for a source of {len(msgid):,}; "
            f"the limit is {MAX_RATIO} × the source + {RATIO_ALLOWANCE}",
        )


def check_line_breaks(msgid: str, msgstr: str, src: Shape, tr: Shape) -> Iterator[Finding]:
    """Sphinx joins a paragraph's lines into one msgid; a line break the translation adds in
    the same blocks is shown as a space, or as nothing between two wide characters, as the
    reader's browser likes: ２４ and ７６ on two lines can show as one number, ２４７６. (New
    blocks are the structure check's to name, directives the directive check's, and lines
    MyST hides the plain-text check's.)"""
    same = src.blocks == tr.blocks and not tr.hidden and not tr.directives
    if same and "\n" in msgstr.strip() and "\n" not in msgid.strip():
        yield (
            "structure",
            "the translation breaks a line where the source has none (a browser may join the "
            "lines, so ２４ and ７６ show as ２４７６): write it on one line",
        )


def check_controls(msgid: str, msgstr: str) -> Iterator[Finding]:
    """Control and format characters (NUL, U+202E RIGHT-TO-LEFT OVERRIDE, zero-width spaces),
    private-use and unassigned ones make the reader see other text than the checks read;
    only those of the source may stay."""
    allowed = ALLOWED_CONTROLS | {
        ch for ch in msgid if unicodedata.category(ch) in REFUSED_CATEGORIES
    }
    seen = set()
    for ch in msgstr:
        if ch not in allowed and ch not in seen and unicodedata.category(ch) in REFUSED_CATEGORIES:
            seen.add(ch)
            name = unicodedata.name(ch, "") or UNNAMED.get(unicodedata.category(ch), "unnamed")
            yield "control-character", f"U+{ord(ch):04X} ({name}) is not in the source"


# Checks that keep the output safe, and cannot be silenced; the Sphinx-side gate runs these on
# every build, but for glyph, which reads the fonts: the PDF step checks its own (pdf/glyphs.py).
SAFETY_CHECKS = frozenset(
    {
        "role",
        "link",
        "image",
        "code",
        "html",
        "directive",
        "substitution",
        "url-scheme",
        "noqa",
        "length",
        "control-character",
        "bidi",
        "block",
        # Not markup that runs, but a character that would stop the books.
        "glyph",
        # Not markup that runs, but text a reader sees and the checks would not read.
        "plain-text",
    }
)
CONTENT_CHECKS = {
    "structure",
    # Early word of what the build's guard refuses (ids, classes: i18n/doctree.py), at its line.
    "markup",
    "order",
    "number",
    "added-number",
    "term",
    "name",
    "title",
    "untranslated",
    "given",
    "marked-language",
    "qualifier",
}
ALL_CHECKS = SAFETY_CHECKS | CONTENT_CHECKS


def check_reference_order(
    src: Shape, tr: Shape, names: NameBase | None, termbase: TermBase | None
) -> Iterator[Finding]:
    """References whose shown text no check ties to their target keep the source's order.
    Word order may move the others: one that shows a name's approved form or a term's. Else
    two links could trade targets, each under the other's text, and every target and text
    would still be there. References that show a section's own title (no text) keep their
    order among themselves, as a group of their own: word order moves them past the others
    (“sec-growth”一节中的图1), but two of them trading places trade the sentences that point
    to them (出席会议（见“新成员”一节）: red team 76 row 15)."""

    def tied(name: str, target: str, text: str | None) -> bool:
        name_entry = names.by_label.get(target) if names and name != "link" else None
        if text == "":  # its target's title: a name or a term moves with its words
            return name_entry is not None or name in TERM_ROLES
        if name_entry is not None and name_entry.stated_in(text or ""):
            return True
        return bool(termbase and name in TERM_ROLES and termbase.shows(target, text or ""))

    for titled in (False, True):
        untied = {(n, t) for n, t, text in tr.references if (text == "") == titled}
        untied -= {(n, t) for n, t, text in tr.references if tied(n, t, text)}
        want = [(n, t) for n, t, text in src.references if (n, t) in untied]
        have = [(n, t) for n, t, text in tr.references if (n, t) in untied]
        if want != have and sorted(want) == sorted(have):  # else check_roles/links report it
            yield _moved_reference(want, have, names)


def _moved_reference(want: list, have: list, names: NameBase | None) -> Finding:
    """The order finding for the first reference of ``have`` that is not ``want``'s."""
    first = next(i for i, (a, b) in enumerate(zip(want, have, strict=True)) if a != b)
    moved, passed = (
        repr(target) if name == "link" else _role(name, target)
        for name, target in (have[first], want[first])
    )
    untranslated = "".join(
        untranslated_heading(names, target, f"{target}'s heading")
        for name, target in (have[first], want[first])
        if names and name in REF_ROLES
    )
    return (
        "order",
        f"the reference {moved} comes before {passed}: references whose text is free keep "
        "the source's order, and so do those that show a section's title among themselves (a "
        "name's or a term's approved form may move)" + untranslated,
    )


LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
CLAUSE_ENDS = "，。；！？,;!?"  # as read: full-width marks are ASCII (not . or :, No.1, 9:30)
MAX_ACRONYM = 5  # AI, CAD, ERP: a name in capitals


def latin_between_words(
    source: str, translation: str, letters: re.Pattern
) -> list[tuple[str, str]]:
    """(word, finding) for a Latin word the English does not have, standing between two of the
    language's letters (past spaces, and past brackets or quotation marks it stands alone in)
    or after one at a clause's end, where a numeral would: 近myriad家, 过去shinian，, 第erh名.
    No table reads it, and a reader may read a number (red team 38). A word the English has
    may stay, and an acronym (用AI与CAD: a name, not a number)."""
    english = {w.casefold() for w in LATIN_WORD.findall(_as_read(source))}
    # A web address is the address check's, and an English number word the number checks'.
    shown = WEB_ADDRESS.sub(lambda m: " " * len(m[0]), _as_read(translation))
    found = []
    for m in LATIN_WORD.finditer(shown):
        if m[0].casefold() in english or (m[0].isupper() and len(m[0]) <= MAX_ACRONYM):
            continue
        seen = around(shown, m.start(), m.end(), enclosed=True)
        left = seen[0] if not seen.startswith(m[0]) else ""
        right = seen[-1] if not seen.endswith(m[0]) else ""
        # A word of the translation on one side, and one on the other too, or the end of a
        # clause or of the text (过去shinian，…): where a numeral would stand.
        sides = [bool(side and letters.match(side)) for side in (left, right)]
        # In brackets, a gloss (制造（zhìzào）。) unless a word stands on both sides (近（qian）家).
        glossed = seen != around(shown, m.start(), m.end())
        ends = [not glossed and (not side or side in CLAUSE_ENDS) for side in (left, right)]
        if any(sides) and all(s or e for s, e in zip(sides, ends, strict=True)):
            word = translation[m.start() : m.end()]
            found.append(
                (
                    word,
                    f"{word!r}: a Latin word the English does not have, between two words of "
                    "the translation, where a numeral would stand: no check reads a number in "
                    "it (近myriad家, 过去shinian); translate it",
                )
            )
    return found


def stands_between_words(unread: Unread, letters: re.Pattern) -> bool:
    """Whether a run of Latin look-alikes is one letter, or a word spells a numeral, standing
    between two letters of the language or digits (past a space: ``unread.ch`` is the run with
    what stands beside it), where a reader takes it for the number (过去I年, 近Liu家)."""
    beside = unread.ch[:1], unread.ch[-1:]
    return (
        (len(unread.span) == 1 or unread.kind == "spoken")
        and len(unread.ch) > len(unread.span)
        and all(side.isdigit() or letters.match(side) for side in beside)
    )


def compare(
    msgid: str,
    msgstr: str,
    termbase: TermBase | None = None,
    only: frozenset[str] = ALL_CHECKS,
    *,
    lang: str | None = None,
    source_lang: str | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    names: NameBase | None = None,
    plain: bool = False,
    glyphs: bool = False,
) -> list[Finding]:
    """Every way ``msgstr`` departs from ``msgid``, in a stable order.

    A msgstr over the length limits is judged on its length alone: nothing else reads it.
    ``lang`` and ``source_lang`` choose how numbers are read; ``settings`` are the project's
    MyST settings (markup.project_settings). A ``plain`` message (an interface text) is
    published as written: every check reads it as written, and nothing in it is markup.
    ``glyphs``: check too that the language's book fonts print each character the
    translation adds (it reads the fonts; pdf.fonts.FontError if one is not installed).
    """
    findings: list[Finding] = [*check_length(msgid, msgstr)]
    clause_kinds: frozenset[str] = frozenset()  # what the clause check says, not said twice
    if findings:
        return [f for f in findings if f[0] in only]
    if plain:
        src, tr = plain_shape(msgid), plain_shape(msgstr)
    else:  # a reference with no text of its own read as what it shows, on both sides alike
        src = shape_of(msgid, settings, lambda role: _shows(names, role, english=True))
        tr = shape_of(msgstr, settings, lambda role: _shows(names, role, english=False))
    if tr.depth > max(MAX_DEPTH, src.depth):
        message = f"the translation's markup nests {tr.depth} deep; the limit is {MAX_DEPTH}"
        return [f for f in [*findings, ("length", message)] if f[0] in only]
    if (texts := sum(len(r.text) for r in tr.roles if r.text)) > MAX_REFERENCE_TEXT:
        message = (
            f"the references' own texts have {texts:,} characters; the limit is "
            f"{MAX_REFERENCE_TEXT} (a reference shows a title or a few words)"
        )
        return [f for f in [*findings, ("length", message)] if f[0] in only]
    # As written, and as the reader gets it: "&#x202E;" is the character once parsed.
    findings += check_controls(msgid + src.text, msgstr + tr.text)
    findings += check_bidi(msgid + src.text, msgstr + tr.text, lang)
    findings += check_blocks(msgid + src.text, msgstr + tr.text, lang)
    if glyphs and "glyph" in only:
        findings += check_glyphs(msgid + src.text, msgstr + tr.text, tr, lang)
    for check in SHAPE_CHECKS:
        findings += check(src, tr)
    if not plain:  # an interface text is one line (themecatalog.py)
        findings += check_line_breaks(msgid, msgstr, src, tr)
    if not plain:  # else the checks read it as written already
        findings += check_plain_text(msgid, msgstr, src, tr)
    findings += check_urls(msgid, msgstr)
    findings += check_addresses(src, tr)
    findings += check_noqa(msgstr)
    findings += check_untranslated(src, tr, lang, source_lang)
    findings += check_given(src, tr, lang)
    findings += check_marked_language(src, tr, lang)
    findings += check_wherever(src, tr, lang, source_lang)
    findings += check_reference_order(src, tr, names, termbase)
    if only & {"number", "added-number"}:
        source_reader = reader(*[x for x in (source_lang,) if x])
        target_reader = reader(*[x for x in (lang, source_lang) if x], translation=True)
        source = source_reader.reading(numbers_text(src))
        target = target_reader.reading(numbers_text(tr))
        findings += [("number", text) for text in touching_references(tr, target_reader)]
        source_numbers = source.values
        # A run of Latin look-alikes the English has may stay, as such only (the pronoun is no
        # Roman numeral of a place, 启动I级): IO for input/output, the pronoun in an English
        # phrase. But not one letter standing between Chinese words, where it reads as the
        # digit: 过去I年 though the English says "As I said" (and 是O型血 for "type O" too).
        runs = {u.span for u in target_reader.latin_look_alikes(numbers_text(src))}
        # So may a word the English has that spells a numeral (a name: Liu), not between two
        # of the language's letters (近Liu家).
        runs |= {u.span for u in target_reader.spoken_numerals(numbers_text(src), anywhere=True)}
        letters = target_reader.standing.letters if target_reader.standing else None
        unread = [
            u
            for u in target.unread
            if u.kind not in ("latin", "spoken")
            or u.span not in runs
            or (letters is not None and stands_between_words(u, letters))
        ]
        findings += [("number", text) for text in unread_problems(source.unread, unread)]
        if letters is not None:  # a word another finding names is not named again
            said = " ".join(text for _, text in findings)
            findings += [
                ("number", text)
                for word, text in latin_between_words(src.shown, written(tr), letters)
                if repr(word) not in said
                and not any(word in t for _, t in tr.marked)
                and not source_reader.read(_as_read(word))  # ｅｉｇｈｔ, two: read as numbers
            ]  # a phrase marked as a language is the untranslated check's
        shown, in_names = target.shown, dict(target.names)  # 三亚 holds no 3 to a reader
        findings += [("number", t) for t in number_problems(source_numbers, shown, in_names)]
        findings += [("number", text) for text in ordinal_problems(source, target)]
        findings += [("number", text) for text in ordinal_count_problems(source, target)]
        said = cell_problems(msgid, numbers_text(tr), target_reader, lang)
        findings += [("number", text) for text in said]
        findings += [("number", text) for text in unit_problems(source, target)]
        findings += [("number", text) for text in span_problems(source, target)]
        said = said_problems(source, target, target_reader, numbers_text(src), source_reader)
        findings += [("number", text) for text in said]
        alone = alone_problems(source.alone, source_numbers, shown, target.words)
        findings += [("number", text) for text in alone]
        findings += [("number", text) for text in counted_problems(source, target, may_add(lang))]
        # A numeral refused as something else already (a changed number, a look-alike beside
        # it: 一刻钟, 过去O一年) is named once, by that, not again as counting nothing.
        named = any(kind == "number" for kind, _ in findings)
        spelt = spelt_names(lang, target, numbers_text(src))  # 四川 where the English says Sichuan
        added = added_numbers(source, target.without_names(spelt), may_add(lang), named=named)
        findings += [("added-number", text) for text in added]
        # A letter after a number that no table lists is named only where nothing else is:
        # a look-alike or a joined numeral beside it is the finding (十点 五, 3千五); so is a
        # unit of time the source gives and the translation lacks (五个财季), a bound the
        # translation turns (逾3000 for "nearly 3,000") and a change's end made its size.
        if not findings:
            findings += [("number", text) for text in measure_problems(source, target)]
            findings += [("number", text) for text in unit_missing_problems(source, target)]
            findings += [("number", text) for text in bound_problems(source, target)]
            findings += [("number", text) for text in growth_problems(source, target)]
            said = unit_added_problems(source, target, source_reader, numbers_text(src))
            findings += [("number", text) for text in said]
            # As the other word lists read it: a title a reference shows is read in its own
            # message (an untranslated one shows English, whose "Next" is no 次年 here).
            said = unnumbered_problems(numbers_text(src), numbers_text(tr), source_lang, lang)
            findings += [("number", text) for text in said]
            stated = set(source.values)
            sides = Sides(
                numbers_text(src),
                numbers_text(tr),
                stated,
                target_reader,
                source_reader,
                source_lang,
                lang,
            )
            clause_said = clause_word_problems(sides)
            findings += [("number", text) for _, text in clause_said]
            clause_kinds = frozenset(kind for kind, _ in clause_said)
            said = time_problems(sides)
            findings += [("number", text) for text in said]
            said = counted_kind_problems(sides)
            findings += [("number", text) for text in said]
    if names:
        # A labelled heading's title is what every reference to it shows: with no letter
        # or digit it names nothing (and no shortened form of it is one).
        if (
            msgid.strip() in names.english.values()
            and essentials(msgid)
            and not essentials(tr.shown)
        ):
            findings.append(
                (
                    "title",
                    f"the heading's title {msgstr.strip()!r} has no letter or digit: the "
                    "references to it would show only that; translate the title",
                )
            )
        findings += base_findings(
            "name",
            names,
            src,
            tr,
            lambda name, times, shown: (
                (
                    f"{name.english!r} has no approved form yet ({name.label}'s heading in "
                    f"{names.domains.get(name.label, 'its appendix')}.po is untranslated or "
                    "fuzzy): translate that entry first, or keep the English name as it is"
                )
                if name.pending
                else f"{name.english!r} must be translated as {name.approved!r} "
                f"(the approved form, {name.label})" + _each_time(times, shown)
            ),
            lambda name, shown: (
                f"the reference to {name.label} shows {shown!r}; it must show "
                + (
                    f"the English name {name.english!r}: it has no approved form yet"
                    if name.pending
                    else f"the approved form {name.approved!r} or a shortened form of it"
                )
            ),
        )
        findings += [
            (
                "name",
                f"the translation writes {written!r}, a near miss of {name.approved!r} (the "
                f"approved form of {name.english!r}, {name.label}): it reads as that "
                f"{'person' if name.person else 'organisation'}'s name misspelt, or names "
                "another; write the approved form",
            )
            for name, written in names.misspelt(src, tr)
        ]
        findings += [
            (
                "name",
                f"the translation names {name.approved!r} ({name.label}) {shown} time(s), the "
                f"English {times}: it gives a statement to someone the English does not name "
                "there; write whom the English writes (he, she, its members), or record why "
                "with # lint-ignore: name — reason",
            )
            for name, times, shown in names.added(src, tr, *_surname_words(lang))
        ]
        findings += [
            (
                "title",
                f"the reference to {label} shows its target's title in the source; the "
                f"translation shows {shown!r}: write it without a text, or with that title "
                f"as translated ({names.titles[label]!r})"
                if label in names.titles
                else f"the reference to {label} shows its target's title in the source; the "
                f"translation shows {shown!r}: write it without a text"
                + untranslated_heading(names, label),
            )
            for label, shown in names.retitled(src.roles, tr.roles)
        ]
        alike = partial(look_alike, lang) if lang else None
        misnamed = names.misnamed(src.roles, tr.roles, alike)
        findings += [("title", misnamed_message(names, m)) for m in misnamed]
        findings += [
            (
                "title",
                f"the reference {_role(*role.key)} shows {role.text!r}; the English title names "
                f"the caption's kind, which sphinx.po translates as {title!r}: write that",
            )
            for role, title in names.relabelled(src.roles, tr.roles)
        ]
    if termbase:
        findings += base_findings(
            "term",
            termbase,
            src,
            tr,
            lambda term, times, shown: (
                (
                    f"glossary term {term.english!r} has no approved form yet (its entry in "
                    f"{GLOSSARY_DOMAIN}.po is untranslated or fuzzy): translate that entry "
                    "first, or keep the term in English, marked as English ([…]{.language-en})"
                )
                if term.pending
                else f"glossary term {term.english!r} must be translated as "
                f"{term.approved!r} (the glossary's approved form)" + _each_time(times, shown)
            ),
            lambda term, shown: (
                f"the reference to the term {term.english!r} shows {shown!r}; it must show "
                + (
                    f"the English term, which has no approved form yet: translate its entry "
                    f"in {GLOSSARY_DOMAIN}.po first"
                    if term.pending
                    else f"the approved form {term.approved!r} or a listed variant"
                )
            ),
        )
    if names and not plain:  # 陈大鹏程: the approved form, and another person
        findings += [("name", message) for message in name_joined_problems(tr.shown, names, lang)]
    if names and not plain and (offices := office_reader(lang)):  # 韩晶任主任 for her 副主任
        held = names.held_offices(offices)
        persons = {n.label: n.core for n in names.names if n.person and not n.pending}
        findings += [
            ("name", office_message(names, label, office, held, rival))
            for label, office, rival in misheld(
                tr.shown, persons, held, offices, names.bodies, names.bodies_named(src.shown)
            )
        ]
        # Only names written in the language's letters: any other approved form is refused
        # at its own entry, and its marks (Chen D., 协会 (陈大鹏) would be read as words here.
        own_letters = load_languages()[lang].lint.letters
        in_letters = {k: v for k, v in persons.items() if re.fullmatch(f"[{own_letters}]+", v)}
        findings += [
            ("name", unframed_message(names, label, office, words))
            for label, office, words in unframed(tr.shown, in_letters, offices, names.bodies)
        ]
    if not plain and source_lang and (offices := office_reader(lang)):  # 原会长 for "President"
        exact = bool(names) and msgid in names.role_ids
        bodies = names.bodies if names else ()
        said = kind_problems(src.shown, tr.shown, offices, source_lang, lang, exact, bodies)
        counted = []
        if exact:  # 组长兼中国服装协会会长 in people.po for "Leader of the expert group"
            said += (counted := role_count_problems(src.shown, tr.shown, offices, source_lang))
            if not said and offices.read(tr.shown):  # 中国服装协会荣退会长
                said += role_unframed(tr.shown, offices, bodies)
        unnamed = [] if counted else unnamed_offices(src.shown, tr.shown, offices, lang)
        if unnamed:  # 陈大鹏出席；任会长; 组长 for "President"
            said.append(unnamed_message(unnamed, lang))
        tag = load_languages()[source_lang].tag if source_lang in load_languages() else None
        quoted = "\n".join(text for marked_as, text in tr.marked if marked_as == tag)
        if requoted := requoted_offices(src.shown, quoted, source_lang):
            said.append(
                f"the translation quotes the English office(s) {', '.join(map(repr, requoted))}, "
                "which its English does not state so (a word that makes an office another, "
                "Vice, Former, read with it): a phrase marked as the source's language quotes "
                "the English as it stands"
            )
        findings += [("name", text) for text in said]
    # 未能发挥重要作用, 不断减弱: "not", "fell" anywhere, where no clause with a number said it.
    if source_lang and not plain:
        qualified = qualifier_problems(src.shown, tr.shown, source_lang, lang, clause_kinds)
        findings += [("qualifier", text) for text in qualified]
    if source_lang:  # 蒋衡杰生前提出, 后由韩晶接任: a person's standing, anywhere in a message
        findings += [
            ("name", text) for text in standing_problems(src.shown, tr.shown, source_lang, lang)
        ]
    if termbase and not plain:  # 非智能制造: the approved form, and another word
        findings += joined_problems(src.shown, tr.shown, termbase, source_lang, lang)
    # Last, and only where nothing else is said about a number or English left (a look-alike
    # run, lO, is the number's finding).
    if not any(f[0] in ("number", "added-number", "untranslated") for f in findings):
        findings += check_english_kept(src, tr, lang, source_lang)
    return [f for f in findings if f[0] in only]


def unnamed_message(offices: list[str], lang: str) -> str:
    sources = load_languages()[lang].lint.office_sources
    stands = "; ".join(
        f"{office} for " + (", ".join(repr(w) for w in words) if words else "no word listed")
        for office in dict.fromkeys(offices)
        for words in [office_source_words(office, sources)]
    )
    return (
        f"the translation states the office(s) {'、'.join(offices)}, which its English does "
        f"not name ({stands}; each English word stands for one office): a translation says "
        "no office its English does not. Drop the added one; where the English names it in "
        f"words not listed, a maintainer adds them to [{lang}.lint] office_sources"
    )


def unframed_message(names: NameBase, label: str, office: str | None, words: str) -> str:
    person = f"{names.by_label[label].core} ({label})"
    if office is None:
        said = f"writes {words!r} right after the name of {person}, whose title is before it"
    elif office:
        said = f"says the office {office!r} of {person} with {words!r} beside it"
    else:
        said = f"writes {words!r} right before the name of {person}"
    return (
        f"the translation {said}, which is no post of theirs, joiner or listed word: such a "
        "word may make another office of it, or be a title the office rules do not know. "
        "Write the posts people.po gives, joined by 、, right before the name, in brackets "
        "after it, or after a clause mark or a verb of holding it (任); a word that truly "
        "belongs there is added to [zh_CN.lint] office_leads or office_follows by a maintainer"
    )


def office_message(
    names: NameBase, label: str, office: str, held: dict, rival: str | None = None
) -> str:
    person = names.by_label[label]
    if rival:
        other = names.by_label[rival]
        return (
            f"the translation says the office {office!r} between {other.core} ({rival}) and "
            f"{person.core} ({label}), and only {person.core} holds it: a reader may take it "
            f"for {other.core}'s; write it right before or after its holder's name, or after "
            "a verb of holding it (任)"
        )
    listed = "、".join(sorted(map(str, held[label])))
    return f"the translation gives {person.core} ({label}) the office {office!r}, which the " + (
        f"People appendix does not give them (it gives {listed}): an office is said of "
        "the person who holds it, with the words that make it another office (副, 原, "
        "名誉) as people.po has them"
        if held[label]
        else "People appendix gives them none yet (their roles in people.po are "
        "untranslated or fuzzy): translate those first"
    )


def _shows(names: NameBase | None, role, english: bool) -> str | None:
    """What a reference with no text of its own shows, where it is known: the name base's
    knowledge; without one, a {numref}'s number (``%s``)."""
    if names is not None:
        return names.shows(role, english)
    return "%s" if role.name in NUMREF_ROLES else None


def numbers_text(shape: Shape) -> str:
    """``shape.shown`` as the number checks read it: what a reference with no text of its own
    shows is a break (a line break, as between blocks). Its numbers are its target's (a
    title's are read in the title's own message), not the message's, in the English and the
    translation alike; and no number is read across it: 7{ref}`x`6 is 7 and 6, as the reader
    sees 7, the title, and 6. Whether a number touches what it shows is
    ``touching_references``'."""
    parts, last = [], 0
    for start, end, _ in shape.filled:
        parts += [shape.shown[last:start], "\n"]
        last = end
    return "".join(parts) + shape.shown[last:]


def written(shape: Shape) -> str:
    """``shape.shown`` with what each reference with no text of its own shows as spaces (where
    it stands, as wide): no one wrote it in this message. An untranslated heading shows its
    English title ("Outlook") there, which is no word the translator kept."""
    shown = shape.shown
    for start, end, _ in shape.filled:
        shown = shown[:start] + " " * (end - start) + shown[end:]
    return shown


REFERENCE_SHOWS = {
    **dict.fromkeys(NUMREF_ROLES, "its caption label and number"),
    **dict.fromkeys(REF_ROLES, "its target's title"),
    **dict.fromkeys(DOC_ROLES, "its page's title"),
}


def _spaced_number(shown: str, at: int, near: int, step: int) -> bool:
    """A {numref}'s own text is read with the message's, and what touches its %s is judged
    there (表%s76, numerals.py): its number and a number past spaces are not (表%s 147)."""
    placeholder = PLACEHOLDER_BEFORE.search(shown) if step > 0 else PLACEHOLDER_AFTER.match(shown)
    return bool(placeholder) and near != (at - 1 if step < 0 else at)


def touching_references(tr: Shape, numbers: NumberReader) -> list[str]:
    """A reference with no text of its own whose text begins or ends with a number (a
    {numref}'s, 表%s), or a {numref} whose own text does (表%s <tbl-x>, where Sphinx writes the
    number), with a number beside it, past any spaces: the reader reads the two as one number
    (增长至{numref}`tbl-key-figures`76家 shows 增长至表176家, 表%s 147 shows 表1 147)."""
    found, spans = [], None
    for start, end, role in [*tr.filled, *tr.numbered]:
        shown = tr.shown[start:end]
        for step, edge, at in ((-1, 0, start), (1, len(shown), end)):
            near = beside(tr.shown, at, step)
            if not (
                numbers.beside_number(shown, edge, -step)
                and numbers.beside_number(tr.shown, at, step)
                and (not role.text or _spaced_number(shown, at, near, step))
            ):
                continue
            if spans is None:  # once a message: a pass over its whole text
                spans = numbers.spans(tr.shown)
            first, last = next((s for s in spans if s[0] <= near < s[1]), (near, near + 1))
            written, read = _role(role.name, role.target, role.text), PLACEHOLDER.sub("1", shown)
            if step > 0:
                number = tr.shown[at : max(at, last)]
                written, read = written + number, read + number
            else:
                number = tr.shown[min(first, at) : at]
                written, read = number + written, number + read
            what = REFERENCE_SHOWS.get(role.name, "what Sphinx fills in")
            numbered = " where it is number 1" if PLACEHOLDER.search(shown) else ""
            found.append(
                f"{written!r}: the reference shows {shown!r} ({what}), which "
                f"{'ends' if step > 0 else 'begins'} with a number, and a number touches it: "
                f"a reader reads the two as one number ({read!r}{numbered}): put a word "
                "between them"
            )
    return found


SHOWS = {"is": "the", "holds": "which holds the", "shortens": "a shortened form of the"}


def misnamed_message(names: NameBase, wrong: Misnamed) -> str:
    """What a reader would take a reference's text to name, and what it links to."""
    if wrong.other is None:
        return (
            f"the reference to {wrong.label} shows its target's title in the source "
            f"({wrong.english!r}); the translation shows {wrong.shown!r}: write that title as "
            f"translated ({names.titles[wrong.label]!r}) or a shortened form of it"
        )
    return (
        f"the reference to {wrong.label} shows {wrong.shown!r}, {SHOWS[wrong.how]} title of "
        f"{wrong.other} ({names.titles[wrong.other]!r}); its English text {wrong.english!r} "
        f"does not name {wrong.other}: a reference's text may name only the target it links to"
    ) + untranslated_heading(names, wrong.label)


def untranslated_heading(names: NameBase, label: str, whose: str = "its own heading") -> str:
    """Where the heading ``label`` names is not translated (or fuzzy): a reference's text
    cannot be read against a title the catalogs do not give, which the translator of the
    reference's catalog should be told (red team 62)."""
    if label in names.titles or label not in names.english:
        return ""
    catalog = f"{names.domains[label]}.po" if label in names.domains else "its page's catalog"
    return (
        f" ({whose}, {names.english[label]!r}, is not translated in {catalog}: once it is, "
        "the text is read against that title)"
    )


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _each_time(times: int, shown: int) -> str:
    """Where the English has a name or term more than once: how often each side has it."""
    if times < 2:
        return ""
    return (
        f" each time: the English has it {_times(times)}, the translation shows the approved "
        f"form {_times(shown) if shown else 'nowhere'}"
    )


def base_findings(check: str, base, src: Shape, tr: Shape, missing, wrong) -> list[Finding]:
    """A name base's or term base's findings: an entry the English has more often than the
    translation shows its approved form (``missing(entry, times, shown)`` says so), and a
    reference to an entry that shows another text (``wrong(entry, shown)``)."""
    return [(check, missing(*found)) for found in base.missing(src, tr)] + [
        (check, wrong(entry, shown)) for entry, shown in base.wrong_refs(src.roles, tr.roles)
    ]
