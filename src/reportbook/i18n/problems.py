"""One reported problem in a catalog: where it is, which check found it, what is wrong."""

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# Characters no file name shows to a reader as what they are: control (a line end forges an
# output line), format (U+202E reverses what follows), separators and surrogates (the bytes of
# a name that is not UTF-8, as Python keeps them).
UNSHOWABLE = ("Cc", "Cf", "Cs", "Zl", "Zp")


def unshowable(text: str) -> str | None:
    """The first character of ``text`` a log cannot print as what it is, or None."""
    return next((ch for ch in text if unicodedata.category(ch) in UNSHOWABLE), None)


def shown_path(path: Path | str) -> str:
    """A path as printed: as it is, unless a part of it cannot be shown; then a byte that is
    not UTF-8 as \\xff and a control or format character as \\n or \\u202e, on one line."""
    text = str(path)
    if unshowable(text) is None:
        return text
    try:
        raw = os.fsencode(text)  # the name's own bytes
    except UnicodeEncodeError:  # a surrogate no file name has
        raw = text.encode("utf-8", "backslashreplace")
    return shown_text(raw.decode("utf-8", "backslashreplace"))


def shown_text(text: str) -> str:
    """A catalog's text as a log prints it: a control, format or separator character as
    \\n or \\u202e, so a comment cannot reverse or forge the lines a reviewer reads."""
    if unshowable(text) is None:
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unshowable(ch) else ch for ch in text
    )


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    check: str  # kebab-case name, e.g. "html", "syntax"; also the name used by lint-ignore
    message: str

    def __str__(self) -> str:
        return f"{shown_path(self.path)}:{self.line}: [{self.check}] {shown_text(self.message)}"


class CatalogError(Exception):
    """Raised by commands that refuse to go on; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def internal_problem(
    path: Path, line: int, error: Exception, where: str = "on this message", what: str = "message"
) -> Problem:
    """A check that raised: hostile input will always find another unseen crash. Said as one
    finding where it happened, and counted as a problem: what was not checked is refused."""
    why = " ".join(f"{type(error).__name__}: {error}".split())
    why = why if len(why) <= 120 else why[:119] + "…"
    return Problem(
        path,
        line,
        "internal",
        f"the checks failed {where} ({why}); please report it; the {what} is refused",
    )
