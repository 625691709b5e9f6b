"""Strict validation of a .po file before anything reads or rewrites it.

GNU ``msgfmt -c --check-format`` is the reference for what a valid catalog is (syntax, string
quoting, duplicates, header, format strings). Babel's reader is lenient and drops what it cannot
parse, so it never decides validity. On top of msgfmt we refuse what it accepts but we do not:
merge-conflict markers, a charset other than UTF-8, a missing Plural-Forms or Language header,
unknown flags.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

from babel.messages.pofile import unescape

from .problems import Problem

CONFLICT = re.compile(r"^(<{7}|={7}|>{7})(\s|$)")
FLAG = re.compile(
    r"^(fuzzy|wrap|no-wrap|(no-|possible-)?[a-z][a-z0-9+-]*-format|range: \d+\.\.\d+)$"
)
PLURAL_FORMS = re.compile(
    r"^\s*nplurals\s*=\s*[1-9]\d*\s*;\s*plural\s*=\s*[n0-9\s()?:<>=!&|%+*/-]+;?\s*$"
)
MSGFMT_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+)(?::\d+)?: (?P<message>.*)$")


def validate_file(path: Path, lang: str | None = None) -> list[Problem]:
    """Every problem that makes ``path`` unfit to read, compile or rewrite; [] if it is sound."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return [Problem(path, line, "encoding", "not valid UTF-8; save the catalog as UTF-8")]
    lines = text.splitlines()
    problems = _conflict_markers(path, lines) + _flags(path, lines) + _header(path, lines, lang)
    problems += run_msgfmt(path)
    return sorted(set(problems))


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
                    problems.append(Problem(path, n, "flags", f"unknown flag {flag!r}"))
    return problems


def _header_entry(lines: list[str]) -> tuple[int, str] | None:
    """(line number, text) of the header entry if the first entry is ``msgid ""``."""
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
    parts = [lines[i][len("msgstr ") :].strip()]
    i += 1
    while i < len(lines) and lines[i].startswith('"'):
        parts.append(lines[i].strip())
        i += 1
    try:
        return start, "".join(unescape(p) for p in parts)
    except Exception:  # malformed strings are msgfmt's to report
        return start, ""


def parse_header(text: str) -> dict[str, str]:
    fields = {}
    for line in text.split("\n"):
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip().lower()] = value.strip()
    return fields


def _header(path: Path, lines: list[str], lang: str | None) -> list[Problem]:
    entry = _header_entry(lines)
    if entry is None:
        return [
            Problem(
                path,
                1,
                "header",
                "no header entry: the catalog must start with "
                'msgid "" / msgstr "" holding Content-Type, Language and Plural-Forms',
            )
        ]
    line, text = entry
    fields = parse_header(text)
    problems = []
    content_type = fields.get("content-type")
    charset = re.search(r"charset\s*=\s*([^\s;]+)", content_type or "", re.I)
    if not content_type:
        problems.append(Problem(path, line, "header", "Content-Type header missing"))
    elif not charset:
        problems.append(Problem(path, line, "header", "Content-Type has no charset"))
    elif charset.group(1).lower() not in ("utf-8", "utf8"):
        problems.append(
            Problem(path, line, "header", f"charset {charset.group(1)!r}: catalogs must be UTF-8")
        )
    plural = fields.get("plural-forms")
    if plural is None:
        problems.append(Problem(path, line, "header", "Plural-Forms header missing"))
    elif not PLURAL_FORMS.match(plural):
        problems.append(Problem(path, line, "header", f"invalid Plural-Forms {plural!r}"))
    language = fields.get("language")
    if not language:
        problems.append(Problem(path, line, "header", "Language header missing"))
    elif lang and language.replace("-", "_") != lang:
        problems.append(
            Problem(
                path, line, "header", f"Language is {language!r} but the catalog is under {lang!r}"
            )
        )
    return problems


def _msgfmt_check(message: str) -> str:
    if "duplicate message definition" in message:
        return "duplicate"
    if "format specification" in message or "format string" in message:
        return "format"
    if "plural" in message or "header" in message or "charset" in message.lower():
        return "header"
    return "syntax"


def run_msgfmt(path: Path) -> list[Problem]:
    """msgfmt's fatal errors as problems; its warnings (optional header fields) are ignored."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        raise RuntimeError("msgfmt not found: install GNU gettext (apt-get install gettext)")
    env = {**os.environ, "LC_ALL": "C", "LANGUAGE": ""}
    result = subprocess.run(
        [msgfmt, "-c", "--check-format", "-o", os.devnull, "--", str(path)],
        capture_output=True,
        text=True,
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


def validate_catalogs(paths: list[Path], lang: str | None = None) -> list[Problem]:
    problems = []
    for path in paths:
        problems += validate_file(path, lang)
    return problems
