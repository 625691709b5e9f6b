"""Strict validation of a .po file before anything reads or rewrites it.

GNU ``msgfmt -c --check-format`` is the reference for what a valid catalog is (syntax, string
quoting, duplicates, header, format strings). Babel's reader is lenient and drops what it cannot
parse, so it never decides validity. On top of msgfmt we refuse what it accepts but we do not:
merge-conflict markers, a charset other than UTF-8, a missing Plural-Forms or Language header,
unknown flags; and what msgfmt accepts but Python's gettext, which Sphinx loads catalogs with,
refuses (some Plural-Forms expressions): the page would silently fall back to English.

A catalog's name must be text a log can print (UTF-8, no control or format character), or
it is refused before anything reads the file; a path that cannot be printed as it is, is
printed escaped (problems.py).

Some faults make every later check read garbage (a byte-order mark, control characters, a
Content-Type that is not UTF-8 alone, or none); each is reported once, for what it is, and
nothing else is checked. A catalog that is a symbolic link out of locales/ is never read:
msgfmt would quote the foreign file; nor is a loop of links.
"""

import codecs
import errno
import gettext
import io
import os
import re
import shutil
import stat
import subprocess
import unicodedata
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import unescape

from ..languages import load_languages
from .catalogs import load_catalog, po_lines
from .problems import CatalogError, Problem, unshowable

CONFLICT = re.compile(r"^(<{7}|={7}|>{7})(\s|$)")
FLAG = re.compile(
    r"^(fuzzy|wrap|no-wrap|(no-|possible-)?[a-z][a-z0-9+-]*-format|range: \d+\.\.\d+)$"
)
# The expression's characters are checked apart: one class for them and the spaces around
# would make the regex backtrack quadratically on a long run of spaces.
PLURAL_FORMS = re.compile(r"nplurals\s*=\s*[1-9]\d*\s*;\s*plural\s*=(?P<expression>[^;]+);?")
PLURAL_CHARACTERS = frozenset("n0123456789()?:<>=!&|%+*/- \t")
# One charset, UTF-8, and no other parameter: the only Content-Type all readers read alike
CONTENT_TYPE = re.compile(r"text/plain; ?charset=utf-?8", re.I)
OTHER_CHARSET = re.compile(r"text/plain; ?charset=(?P<charset>[\w.:-]+)", re.I)
# A header line Babel and msgfmt read alike: a plain name, a colon, the value.
HEADER_FIELD = re.compile(r"(?P<name>[A-Za-z][A-Za-z0-9-]*):.*")
# A keyword line as Babel reads one: the keyword, then a space or "[".
KEYWORD = re.compile(r"(?P<keyword>msgctxt|msgid_plural|msgid|msgstr)(?:\[\d+\])?\s+(?P<string>.*)")
# One quoted string, as every tool reads it. msgfmt also joins two on one line ("a" "b"),
# which Babel, the build's reader, reads as one string holding the quotes (red team 66).
ONE_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
# A backslash and what it escapes, and the escapes Babel and msgfmt read alike.
ESCAPE = re.compile(r"\\(.?)", re.S)
READ_ALIKE = frozenset('\\"ntr')
MSGFMT_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+)(?::\d+)?: (?P<message>.*)$")


CONTROL_NAMES = {"\x00": "NUL", "\x1b": "ESC", "\x7f": "DEL"}
# The report's largest catalog has under 100 kB; a catalog many times that is not read at all.
MAX_BYTES = 8_000_000
# The checks read a hostile catalog at up to 27 s a megabyte (spaced numerals: 一 二 三 …,
# red team 52 took 80 s over 3 MB), and a translator may add any number of catalogs: a
# language's catalogs together (the report's: under 200 kB) are bounded too, so that checking
# them takes well under a minute however they are written (bench/hostile.py fills the limit).
MAX_TOTAL_BYTES = 1_000_000
# And so is their number (the report has 13, one a page): each is validated, a msgfmt run,
# before the total is known, and 5,000 empty ones took 14 s to refuse one by one.
MAX_CATALOGS = 500
# A catalog's path below LC_MESSAGES/, in bytes: prepare writes it again under the build's
# folder (build/locale/<lang>/LC_MESSAGES/), a longer one, where a path near the system's
# limit (4,096 bytes, a name 255) could not be written. The report's longest: 19.
MAX_PATH_BYTES = 200


def too_many_problem(catalogs: list[Path], lang: str) -> Problem | None:
    """One problem, at the first catalog, when a language has more catalogs than any report
    has pages: each is validated (a msgfmt run) before any is refused for its size."""
    if len(catalogs) <= MAX_CATALOGS:
        return None
    return Problem(
        catalogs[0],
        1,
        "length",
        f"the {lang} catalogs are {len(catalogs):,} files; the limit is {MAX_CATALOGS:,}",
    )


def total_size_problem(catalogs: list[Path], lang: str) -> Problem | None:
    """One problem, at the largest catalog, when a language's catalogs are too large together.
    By ``lstat`` alone: a link or a catalog over MAX_BYTES is refused unread, and not counted."""
    sizes = {}
    for po in catalogs:
        info = _lstat(po)
        if info and stat.S_ISREG(info.st_mode) and info.st_size <= MAX_BYTES:
            sizes[po] = info.st_size
    total = sum(sizes.values())
    if total <= MAX_TOTAL_BYTES:
        return None
    largest = max(sizes, key=sizes.get)
    return Problem(
        largest,
        1,
        "length",
        f"the {lang} catalogs have {total:,} bytes together; the limit is {MAX_TOTAL_BYTES:,}",
    )


def limits_problems(catalogs: list[Path], lang: str) -> list[Problem]:
    """Too many catalogs, or too large together: judged by ``lstat`` before any is read, and
    nothing is read then (each catalog over MAX_BYTES is refused unread by validate_file)."""
    if too_many := too_many_problem(catalogs, lang):
        return [too_many]
    return [too_large] if (too_large := total_size_problem(catalogs, lang)) else []


def over_the_limits(catalogs: list[Path], lang: str) -> bool:
    """Whether the checks refuse these catalogs by their sizes or number alone, so that no
    digest hashes them first: a 40 GB catalog took the build 100 s to hash before validation
    refused it unread."""
    return bool(limits_problems(catalogs, lang) or any(map(_size_problem, catalogs)))


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return path.lstat()
    except OSError:  # gone, or not reachable: validation names it
        return None


def _size_problem(path: Path) -> Problem | None:
    info = _lstat(path)
    if info and stat.S_ISREG(info.st_mode) and info.st_size > MAX_BYTES:
        message = f"the catalog has {info.st_size:,} bytes; the limit is {MAX_BYTES:,}"
        return Problem(path, 1, "length", message)
    return None


def validate_file(path: Path, lang: str | None = None) -> list[Problem]:
    """Every problem that makes ``path`` unfit to read, compile or rewrite; [] if it is sound."""
    path = Path(path)
    if path.is_symlink() and path.suffix != ".po":  # catalogs.find_catalogs lists it alone
        message = (
            "is a symbolic link to a folder; a language's catalogs must be files in "
            "locales/<language>/LC_MESSAGES/ itself, not reached through a link"
        )
        return [Problem(path, 1, "symlink", message)]
    if unnamed := (
        _name_problem(path)
        or _path_length(path, lang)
        or _link_loop(path)
        or _outside_locales(path, lang)
    ):
        return [unnamed]
    if not path.is_file():
        return [Problem(path, 1, "syntax", "is not a file; a catalog must be a plain file")]
    if path.is_symlink():  # each name of a file would be read, checked and counted again
        message = "is a symbolic link; a catalog must be a file, not another name for one"
        return [Problem(path, 1, "symlink", message)]
    if (names := path.stat().st_nlink) > 1:  # a hard link: the same file under another name,
        # which may be outside locales/ (/etc/passwd), and whose lines a syntax error would show
        message = (
            f"is a hard link, one of {names} names of one file; a catalog must be a file of "
            "its own, not another name for one (it is not read)"
        )
        return [Problem(path, 1, "symlink", message)]
    if too_large := _size_problem(path):
        return [too_large]
    raw = path.read_bytes()
    if raw.startswith(codecs.BOM_UTF8):
        return [
            Problem(
                path,
                1,
                "encoding",
                "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM",
            )
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return [Problem(path, line, "encoding", "not valid UTF-8; save the catalog as UTF-8")]
    if controls := _control_characters(path, text):
        return controls
    lines = po_lines(text)
    header, readable = _header(path, lines, lang)
    if not readable:
        return header  # a second reading of every message would only repeat it
    problems = _conflict_markers(path, lines) + _flags(path, lines) + header
    problems += _unbroken_runs(path, lines) + _strings_a_line(path, lines)
    problems += _escapes(path, lines)
    entries = _entries(path, lines)
    # a second msgid "" is msgfmt's duplicate too: said once, as what it is
    headers = {p.line for p in entries if p.check == "header"}
    problems += entries + [p for p in run_msgfmt(path) if p.line not in headers]
    if not problems:
        problems += _python_loads(path, lang, header_entry(lines))
    return sorted(set(problems))


def _name_problem(path: Path) -> Problem | None:
    """A catalog's name (and its folders' below locales/) must be UTF-8 text with no control
    or format character: msgfmt, the build's digest and every log print or encode it, and a
    line end in it would forge a line of output. Refused before the file is read."""
    parts = path.parts
    below = parts[parts.index("LC_MESSAGES") - 1 :] if "LC_MESSAGES" in parts else [path.name]
    ch = unshowable("/".join(below))
    if ch is None:
        return None
    part = "file name" if unshowable(path.name) else "folder name"
    if "\udc80" <= ch <= "\udcff":  # how Python keeps a byte that is not UTF-8
        what = "is not valid UTF-8 (shown with its bytes escaped)"
    else:
        what = f"has the character U+{ord(ch):04X} ({unicodedata.name(ch, 'a control character')})"
    return Problem(path, 1, "file-name", f"the {part} {what}; rename it")


def _messages_folder(parts: tuple[str, ...], lang: str | None) -> int | None:
    """The index of the catalog's own LC_MESSAGES in ``parts`` (<locales>/<lang>/LC_MESSAGES):
    the last one, after the language's folder, so a checkout under a folder of that name is
    not counted in."""
    found = [
        i
        for i, part in enumerate(parts)
        if part == "LC_MESSAGES" and i > 0 and (lang is None or parts[i - 1] == lang)
    ]
    return found[-1] if found else None


def _path_length(path: Path, lang: str | None) -> Problem | None:
    """A catalog whose path below LC_MESSAGES/ the build could not write again under its own
    folder (build/locale/...), refused unread with its length, not with a traceback."""
    parts = path.parts
    if (at := _messages_folder(parts, lang)) is None:
        return None
    below = "/".join(parts[at + 1 :])
    size = len(os.fsencode(below))
    if size <= MAX_PATH_BYTES:
        return None
    message = (
        f"the path below LC_MESSAGES/ has {size:,} bytes; the limit is {MAX_PATH_BYTES}: "
        "the build writes the catalog again under a longer folder (build/locale/); "
        "name it after its page"
    )
    return Problem(path, 1, "file-name", message)


def _link_loop(path: Path) -> Problem | None:
    """A symbolic link that leads back to itself (loop.po → loop.po, a.po → b.po → a.po)."""
    try:
        path.stat()
    except OSError as err:
        if err.errno == errno.ELOOP:
            message = "is not a file but a loop of symbolic links; a catalog must be a plain file"
            return Problem(path, 1, "syntax", message)
    return None


def _outside_locales(path: Path, lang: str | None) -> Problem | None:
    """A catalog (or a folder above it) linking out of the locales folder is refused unread."""
    parts = path.absolute().parts
    if (at := _messages_folder(parts, lang)) is None:
        return None
    root = Path(*parts[: at - 1])  # <locales>/<lang>/LC_MESSAGES
    if path.resolve().is_relative_to(root.resolve()):
        return None
    return Problem(
        path,
        1,
        "symlink",
        f"is a symbolic link to a file outside {root.name}/; a catalog must be a file there",
    )


def _control_characters(path: Path, text: str) -> list[Problem]:
    """The first control character in the file (NUL, ESC...), named, with how many more lines
    have one: one message, however many there are. Tabs and line ends are text."""
    found = []
    for number, line in enumerate(text.split("\n"), 1):
        ch = next((c for c in line.removesuffix("\r") if _is_control(c)), None)
        if ch is not None:
            found.append((number, ch))
    if not found:
        return []
    number, ch = found[0]
    more = f" (and on {len(found) - 1} more line(s))" if len(found) > 1 else ""
    name = CONTROL_NAMES.get(ch, "a control character")
    message = f"control character U+{ord(ch):04X} ({name}); remove it{more}"
    return [Problem(path, number, "control-character", message)]


def _is_control(ch: str) -> bool:
    return ch != "\t" and (ch < " " or "\x7f" <= ch <= "\x9f")


def _python_loads(path: Path, lang: str | None, header: tuple[int, str] | None) -> list[Problem]:
    """Compile as the build does and load as Sphinx does (gettext.GNUTranslations); and
    Babel, which compiles it and gives the linter its language, reads the header's Language
    and Plural-Forms as checked here (the checks above make it so: this keeps them honest)."""
    line = header[0] if header else 1
    try:
        catalog = load_catalog(path, lang)
        if differs := _babel_differs(catalog, parse_header(header[1] if header else "")):
            return [Problem(path, line, "header", differs)]
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        buffer.seek(0)
        gettext.GNUTranslations(buffer)
    except Exception as err:  # whatever Babel or gettext raise, the build could not load it
        return [
            Problem(
                path,
                line,
                "gettext",
                f"Python's gettext cannot load this catalog ({err}); Sphinx would publish the "
                "page in English",
            )
        ]
    return []


def _babel_differs(catalog, fields: dict[str, str]) -> str | None:
    """What Babel reads from the header otherwise than these checks, or None."""
    language = fields.get("language", "").replace("-", "_")
    if catalog.locale_identifier != language:
        return (
            f"Babel, which compiles the catalog, reads its Language as "
            f"{_shown(str(catalog.locale_identifier))}, not {_shown(language)}: fix the header"
        )
    if _plain(catalog.plural_forms) != _plain(fields.get("plural-forms", "")):
        return (
            f"Babel, which compiles the catalog, reads its Plural-Forms as "
            f"{_shown(catalog.plural_forms)}, not {_shown(fields.get('plural-forms', ''))}: "
            "fix the header"
        )
    return None


def _shown(value: str, limit: int = 60) -> str:
    """A value from the catalog, quoted, and cut short: an error message is not a copy."""
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


def _conflict_markers(path: Path, lines: list[str]) -> list[Problem]:
    return [
        Problem(
            path,
            n,
            "conflict-marker",
            f"merge-conflict marker {m.group(1)!r}; resolve the "
            "conflict and keep one version of the entry",
        )
        for n, line in enumerate(lines, 1)
        if (m := CONFLICT.match(line))
    ]


def _flags(path: Path, lines: list[str]) -> list[Problem]:
    problems = []
    for n, line in enumerate(lines, 1):
        if line.startswith("#,"):
            for flag in (f.strip() for f in line[2:].split(",")):
                if flag and not FLAG.match(flag):
                    problems.append(Problem(path, n, "flags", f"unknown flag {_shown(flag)}"))
    return problems


def header_entry(lines: list[str]) -> tuple[int, str] | None:
    """(line number, text) of the header entry if the first entry is ``msgid ""``."""
    found = _header_parts(lines)
    return (found[0], "".join(part for _n, part in found[1])) if found else None


def _header_parts(lines: list[str]) -> tuple[int, list[tuple[int, str]]] | None:
    """The header's ``msgid ""`` line and each string of its msgstr with its line number."""
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].startswith("#")):
        i += 1
    if i == len(lines) or lines[i].strip() != 'msgid ""':
        return None
    start = i + 1
    i += 1
    while i < len(lines) and lines[i].startswith('"'):
        i += 1  # a header msgid is empty, but tolerate "" continuations
    if i == len(lines) or not lines[i].startswith("msgstr "):
        return None
    parts = [(i + 1, lines[i][len("msgstr ") :].strip())]
    i += 1
    while i < len(lines) and lines[i].startswith('"'):
        parts.append((i + 1, lines[i].strip()))
        i += 1
    try:
        return start, [(n, unescape(part)) for n, part in parts]
    except Exception:  # malformed strings are msgfmt's to report
        return start, []


def _header_lines(parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each line of the header's text with the catalog line it starts on."""
    found, current, at = [], "", None
    for number, part in parts:
        pieces = part.split("\n")
        for i, piece in enumerate(pieces):
            if at is None and piece:
                at = number
            current += piece
            if i < len(pieces) - 1:
                found.append((at or number, current))
                current, at = "", None
    if current:
        found.append((at, current))
    return found


def parse_header(text: str) -> dict[str, str]:
    fields = {}
    for line in text.split("\n"):
        if ":" in line:
            fields[_field_name(line)] = line.partition(":")[2].strip()
    return fields


def _header_fields(path: Path, parts: list[tuple[int, str]]) -> list[Problem]:
    """Each header line is one ``Name: value`` field, each name once. Babel, which compiles
    the catalog, reads the header as e-mail headers: it stops at a line that is no field (or
    takes one starting with a space for the last field's continuation) and keeps the last of
    two fields, while msgfmt keeps the first: only such a header reads the same to all."""
    problems, seen = [], {}
    for number, line in _header_lines(parts):
        if not (m := HEADER_FIELD.fullmatch(line)):
            message = (
                f"header line {_shown(line)} is not a 'Name: value' field; Babel, which "
                "compiles the catalog, stops reading the header there: one field a line"
            )
            problems.append(Problem(path, number, "header", message))
        elif (name := m["name"].lower()) in seen:
            message = (
                f"{m['name']} given twice in the header (first at line {seen[name]}); Babel "
                "reads the last, msgfmt the first: keep one"
            )
            problems.append(Problem(path, number, "header", message))
        else:
            seen[name] = number
    return problems


def _entries(path: Path, lines: list[str]) -> list[Problem]:
    """The header is the first entry and the only one with an empty msgid (Babel takes the
    last such, a msgctxt too, for the header; msgfmt the first); and no entry has a msgctxt:
    Sphinx's gettext builder writes none and looks a text up by its msgid alone, and the
    build compiles ``msgctxt ""`` as no context, after the plain entry, unchecked. Read as
    Babel reads the lines: stripped, obsolete (``#~``) entries too."""
    header = header_entry(lines)
    problems, context = [], None
    for number, keyword, text in _keywords(lines):
        if keyword == "msgctxt":
            context = (number, text)
            continue
        if keyword != "msgid":
            continue
        if text == "" and not (context is None and header and number == header[0]):
            with_context = f" (with msgctxt {_shown(context[1])})" if context else ""
            message = (
                f"a second header: an entry with an empty msgid{with_context}; Babel, which "
                "compiles the catalog, reads the last one as the header, msgfmt the first: "
                'a catalog has one header, msgid "" with no msgctxt, first'
            )
            problems.append(Problem(path, number, "header", message))
        elif context is not None:
            problems.append(Problem(path, context[0], "msgctxt", context_problem(context[1], text)))
        context = None
    return problems


def context_problem(context: str | None, msgid: str | None) -> str:
    """Why an entry with a msgctxt is refused: by validation at its line, and by the build's
    guard in a compiled catalog that skipped it (themecatalog.py)."""
    where = f"msgctxt {_shown(context or '')} (msgid {_shown(msgid or '')})"
    if context:
        return (
            f"{where}: Sphinx's templates have no msgctxt and Sphinx looks a text up by its "
            "msgid alone, so this entry is never shown: write it without msgctxt"
        )
    return (
        f"{where}: Sphinx's templates have no msgctxt; the build compiles an empty one as "
        "none, so this entry would replace the plain msgid's translation unchecked: write "
        "the msgid once, without msgctxt"
    )


# The longest run of letters and digits with no space or mark a string may have. Babel wraps
# each line it writes with a regular expression that is quadratic in such a run: 250 hostile
# messages of 10,000 letters took `update` minutes (red team 34). The report's longest has 41
# (Chinese breaks at its punctuation).
LONGEST_RUN = 400
RUN = re.compile(rf"\w{{{LONGEST_RUN + 1},}}")


def _unbroken_runs(path: Path, lines: list[str]) -> list[Problem]:
    """The first string, obsolete ones too, with a run over LONGEST_RUN: one problem."""
    for number, _keyword, text in _keywords(lines):
        if text and (m := RUN.search(text)):
            message = (
                f"a run of {len(m[0]):,} letters or digits with no space or punctuation; the "
                f"limit is {LONGEST_RUN} (the catalog tools take time quadratic in it)"
            )
            return [Problem(path, number, "length", message)]
    return []


def _entry_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, text) of each line that is no comment, obsolete ones (#~) unmarked."""
    found = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if line.startswith("#~"):
            found.append((number, line[2:].lstrip()))
        elif not line.startswith("#"):
            found.append((number, line))
    return found


def _strings_a_line(path: Path, lines: list[str]) -> list[Problem]:
    """The first line with a keyword or a continuation that holds more than one string, or
    anything after its string: one problem."""
    for number, line in _entry_lines(lines):
        m = KEYWORD.match(line)
        rest = m["string"].strip() if m else line if line.startswith('"') else None
        if rest is None or ONE_STRING.fullmatch(rest) or not ONE_STRING.match(rest):
            continue  # (a string msgfmt finds malformed is reported as its syntax error)
        message = (
            f"more than one string on a line ({_shown(rest)}): msgfmt joins them and the "
            "build's reader does not; write one quoted string a line"
        )
        return [Problem(path, number, "syntax", message)]
    return []


def _escapes(path: Path, lines: list[str]) -> list[Problem]:
    """The first line whose string holds an escape other than those every reader reads alike
    (``READ_ALIKE``): Babel, the build's reader, keeps \\xab or \\101 as written, where msgfmt
    and Python's gettext read the character (red team 67: \\xef\\xbb\\xbf, a format
    character; \\x3cscript\\x3e). One problem."""
    for number, line in _entry_lines(lines):
        for string in ONE_STRING.findall(line):
            for m in ESCAPE.finditer(string[1:-1]):
                if m.group(1) not in READ_ALIKE:
                    message = (
                        f"a backslash escape, \\{m.group(1)}…, that the build's reader keeps as "
                        "written and msgfmt and gettext read as another character: write the "
                        'character itself (the only escapes are \\\\, \\", \\n, \\t and \\r)'
                    )
                    return [Problem(path, number, "syntax", message)]
    return []


def _keywords(lines: list[str]) -> list[tuple[int, str, str | None]]:
    """(line, keyword, string) of each ``msgctxt``/``msgid``/... line, continuation strings
    joined; None for a string msgfmt reports as malformed."""
    found: list[tuple[int, str, list[str]]] = []
    for number, line in _entry_lines(lines):
        if m := KEYWORD.match(line):
            found.append((number, m["keyword"], [m["string"]]))
        elif line.startswith('"') and found:
            found[-1][2].append(line)
    return [(number, keyword, _joined(parts)) for number, keyword, parts in found]


def _joined(parts: list[str]) -> str | None:
    try:
        return "".join(unescape(part.strip()) for part in parts)
    except Exception:
        return None


def _header(path: Path, lines: list[str], lang: str | None) -> tuple[list[Problem], bool]:
    """The header's problems, and whether its messages read alike in every tool: not where
    the Content-Type is other than UTF-8 alone (Babel, msgfmt and Python's gettext each
    decode such a file their own way)."""
    entry = header_entry(lines)
    if entry is None:
        message = (
            "no header entry: the catalog must start with "
            'msgid "" / msgstr "" holding Content-Type, Language and Plural-Forms'
        )
        return [Problem(path, 1, "header", message)], True
    line, text = entry
    fields = parse_header(text)
    problems = _header_fields(path, _header_parts(lines)[1])
    content_type = fields.get("content-type")
    readable = bool(content_type) and not _content_type_problem(content_type)
    if not content_type:
        problems.append(Problem(path, line, "header", "Content-Type header missing"))
    elif reason := _content_type_problem(content_type):
        problems.append(Problem(path, _field_line(lines, line, "Content-Type"), "header", reason))
    plural = fields.get("plural-forms")
    if plural is None:
        problems.append(Problem(path, line, "header", "Plural-Forms header missing"))
    elif lang and (reason := plural_forms_problem(plural, lang)):
        problems.append(Problem(path, _field_line(lines, line, "Plural-Forms"), "header", reason))
    elif not _plural_forms_valid(plural):
        problems.append(Problem(path, line, "header", f"invalid Plural-Forms {_shown(plural)}"))
    language = fields.get("language")
    if not language:
        problems.append(Problem(path, line, "header", "Language header missing"))
    elif lang and language.replace("-", "_") != lang:
        problems.append(
            Problem(
                path,
                line,
                "header",
                f"Language is {_shown(language)} but the catalog is under {lang!r}",
            )
        )
    return problems, readable


def _field_line(lines: list[str], line: int, name: str) -> int:
    """The line where the header field ``name`` begins, read as parse_header reads it (not
    a line whose value holds the name), or the header's own line."""
    parts = (_header_parts(lines) or (line, []))[1]
    named = (n for n, text in _header_lines(parts) if _field_name(text) == name.lower())
    return next(named, line)


def _field_name(text: str) -> str:
    return text.partition(":")[0].strip().lower()


def _content_type_problem(value: str) -> str | None:
    """Why ``value`` is not the one Content-Type every reader of the catalog reads alike, or
    None. An allowlist: Babel reads the header as e-mail, where a parameter such as
    ``charset*0=utf-7`` (RFC 2231) replaces the charset that msgfmt, Python's gettext and
    this check read, so the site would show text the file does not hold."""
    if CONTENT_TYPE.fullmatch(value):
        return None
    if "charset" not in value.lower():
        return "Content-Type has no charset: write 'text/plain; charset=UTF-8'"
    if other := OTHER_CHARSET.fullmatch(value):
        return f"charset {_shown(other['charset'])}: catalogs must be UTF-8"
    return (
        f"Content-Type {_shown(value)}: write exactly 'text/plain; charset=UTF-8'; a second "
        "charset or any other parameter is read by some tools and not by others"
    )


def plural_forms_problem(value: str, lang: str) -> str | None:
    """Why ``value`` is not the Plural-Forms of ``lang``'s catalogs, or None. An allowlist:
    msgfmt and a compile accept expressions that Python's gettext, which evaluates them on
    every missing message, fails on (``plural=n/((n-2)/2+1)*0`` divides by zero)."""
    language = load_languages().get(lang)
    wanted = language.plural_forms if language else None
    if wanted is None:
        return f"no Plural-Forms is known for {lang!r}: add plural_forms to languages.toml"
    if _plain(value) == _plain(wanted):
        return None
    return f"Plural-Forms is {_shown(value)}; a {lang} catalog has {wanted!r}"


def _plain(plural_forms: str) -> str:
    return "".join(plural_forms.split()).rstrip(";")


def _plural_forms_valid(value: str) -> bool:
    m = PLURAL_FORMS.fullmatch(value.strip())
    return bool(m and m.group("expression").strip()) and set(m["expression"]) <= PLURAL_CHARACTERS


def _msgfmt_check(message: str) -> str:
    if "duplicate message definition" in message:
        return "duplicate"
    if "format specification" in message or "format string" in message:
        return "format"
    if "msgid_plural" in message:  # msgstr[0] with no msgid_plural: an entry's, not the header's
        return "syntax"
    if "plural" in message or "header" in message or "charset" in message.lower():
        return "header"
    return "syntax"


def run_msgfmt(path: Path) -> list[Problem]:
    """msgfmt's fatal errors as problems; its warnings (optional header fields) are ignored."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        raise CatalogError(
            [
                Problem(
                    path,
                    1,
                    "msgfmt",
                    "cannot check this catalog: GNU msgfmt is not installed "
                    "(apt-get install gettext)",
                )
            ]
        )
    env = {**os.environ, "LC_ALL": "C", "LANGUAGE": ""}
    result = subprocess.run(
        [msgfmt, "-c", "--check-format", "-o", os.devnull, "--", str(path)],
        capture_output=True,
        text=True,
        errors="replace",  # its messages quote the path, which need not be UTF-8
        env=env,
    )
    problems = []
    for line in result.stderr.splitlines():
        m = MSGFMT_LINE.match(line)
        if not m or m.group("message").startswith("warning:"):
            continue
        message = m.group("message")
        if "location of the first definition" in message and problems:
            # msgfmt names the first definition on its own line; fold it into the error
            last = problems.pop()
            message = f"duplicate message: the same msgid is defined at line {m.group('line')}"
            problems.append(Problem(path, last.line, "duplicate", message))
            continue
        line = int(m.group("line"))
        if message == "end-of-line within string":
            line -= 1  # msgfmt counts the newline it stopped at; point at the string itself
        problems.append(Problem(path, line, _msgfmt_check(message), message))
    if result.returncode != 0 and not problems:
        detail = result.stderr.strip().splitlines()[-1:] or ["msgfmt failed"]
        problems.append(Problem(path, 1, "syntax", detail[0]))
    return problems
