"""The maintainers' record of reviewed translations: what a build may publish.

The checks judge what a word list and the markup can tell; a translation that says the
opposite in other words (出席 for "absent", another speaker) passes them, and only a reader
of both languages sees it. So a project may keep a record of the translations its maintainers
have read: one line per message, the SHA-256 of its catalog, msgid, msgstr and
``# lint-ignore`` comments. With ``report_reviewed`` set in ``conf.py`` (a folder, relative
to the sources, holding ``<lang>.txt``), a build publishes a translation only if its digest
is recorded; any other is left out of the compiled catalog, as a fuzzy one is, and the page
shows the English, marked as awaiting review. A changed msgstr, a msgstr moved to another
msgid or catalog, or a new exception is a new digest.

The record lives outside ``locales/``: translators change catalogs, a maintainer the record
(``python -m reportbook.i18n review``, ``nox -s review``).
"""

import ast
import difflib
import hashlib
import json
import re
import subprocess
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from .lint.exceptions import COMMENT
from .problems import CatalogError, Problem

SETTING = "report_reviewed"
HEADER = (
    "# Translations a maintainer has reviewed: the SHA-256 of each message (catalog, msgid,\n"
    "# msgstr, lint-ignore comments), then its catalog and msgid for people to read.\n"
    "# Written by `nox -s review -- <lang> --approve <token>`; see docs/translating.md.\n"
)
DIGEST_LENGTH = 64


def record_path(source: Path, lang: str) -> Path | None:
    """``<report_reviewed>/<lang>.txt``, relative to the sources, or None where the project
    keeps no record (every checked translation is published). Read as a literal from
    ``conf.py``, as the linter reads the MyST settings: the project's code is not run."""
    conf = Path(source) / "conf.py"
    try:
        body = ast.parse(conf.read_bytes()).body
    except (OSError, SyntaxError, ValueError):  # none, or one Sphinx refuses with its own error
        return None
    for node in body:
        if (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == [SETTING]
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            and node.value.value
        ):
            return (Path(source) / node.value.value / f"{lang}.txt").resolve()
    return None


def digest(domain: str, message: Message) -> str:
    """What a reviewer read: the catalog, the msgid (and msgctxt), the msgstr, and the
    exceptions that tell the checks what to accept. Other comments are not published."""
    exceptions = [c.strip() for c in message.user_comments if COMMENT.match(c.strip())]
    said = [domain, message.context or "", message.id, message.string, exceptions]
    return hashlib.sha256(json.dumps(said, ensure_ascii=False).encode("utf-8")).hexdigest()


def read_record(path: Path) -> set[str]:
    """The recorded digests; none if there is no record yet. A line that is not a digest is
    refused at its line: a record that says something else is not what a maintainer wrote."""
    if not path.is_file():
        return set()
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as error:  # one line, not a traceback; nothing is published
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise CatalogError([Problem(path, line, "review", "is not UTF-8")]) from None
    found, problems = set(), []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        first = line.split()[0]
        if len(first) == DIGEST_LENGTH and all(c in "0123456789abcdef" for c in first):
            found.add(first)
        else:
            problems.append(
                Problem(
                    path,
                    number,
                    "review",
                    "is not a reviewed translation's digest (64 lowercase hexadecimal digits "
                    "first): write the record with `nox -s review`, not by hand",
                )
            )
    if problems:
        raise CatalogError(problems)
    return found


def compiled(message: Message) -> bool:
    """Whether the compiled catalog would hold the message: a translation, not fuzzy. (A
    plural one too: the theme looks interface texts up with ngettext.)"""
    forms = message.string if isinstance(message.string, (list, tuple)) else [message.string]
    return bool(message.id) and not message.fuzzy and any(forms)


def translations(catalogs: dict[str, Catalog]) -> dict[str, tuple[str, Message]]:
    """Every translation a build would publish, by digest: (catalog's domain, message)."""
    return {
        digest(domain, message): (domain, message)
        for domain, catalog in sorted(catalogs.items())
        for message in catalog
        if compiled(message)
    }


def unreviewed(
    catalogs: dict[str, Catalog], reviewed: set[str], shown_ids: dict[str, set[str] | None]
) -> dict[str, tuple[str, Message]]:
    """The translations awaiting review that a page shows (``shown_ids``: a catalog's msgids a
    page looks up, None for all): one no page has is never published, reviewed or not, so it
    is neither listed nor recorded (red team 79 padded a listing with 30,000 of them)."""
    return {
        key: (domain, message)
        for key, (domain, message) in translations(catalogs).items()
        if key not in reviewed
        and (shown_ids.get(domain) is None or message.id in shown_ids[domain])
    }


def token(pending: dict[str, tuple[str, Message]]) -> str:
    """Names the set of translations a maintainer read: approving with it records exactly
    those, not a catalog changed since the listing. 128 bits: a translator who could make
    many look-alike variants (a space moved) cannot find two sets with one token."""
    return hashlib.sha256("".join(sorted(pending)).encode()).hexdigest()[:32]


def last_review(record: Path) -> str | None:
    """The commit that last changed the record: its catalogs are the ones last reviewed."""
    found = subprocess.run(
        ["git", "-C", str(record.parent), "log", "-1", "--format=%H", "--", record.name],
        capture_output=True,
        text=True,
    )
    commit = found.stdout.strip() if found.returncode == 0 else ""
    return commit or None


# A diff's cost grows with the product of the two lengths: a listing compares texts of up to
# this product in all (the report's whole catalogs, each message against a rewrite of itself,
# take about a tenth of it); past it, the earlier text is shown whole, unmarked.
DIFF_BUDGET = 30_000_000


class Differ:
    """Marks what changed in each text, within one listing's budget."""

    def __init__(self, budget: int = DIFF_BUDGET) -> None:
        self.left = budget

    def changes(self, old: str, new: str) -> str | None:
        cost = max(1, len(old)) * max(1, len(new))
        if cost > self.left:
            return None
        self.left -= cost
        return changes(old, new)


def changes(old: str, new: str) -> str:
    """``new`` with what changed since ``old`` marked as git's word diff marks it: [-gone-]
    and {+added+}."""
    parts = []
    for op, a, b, c, d in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(shown(new[c:d], None))
            continue
        if b > a:
            parts.append(f"[-{shown(old[a:b], None)}-]")
        if d > c:
            parts.append(f"{{+{shown(new[c:d], None)}+}}")
    return "".join(parts)


def write_record(path: Path, catalogs: dict[str, Catalog], reviewed: set[str]) -> int:
    """Record the catalogs' translations whose digest is in ``reviewed``, one a line, sorted
    by catalog and msgid; digests of translations no longer in the catalogs are dropped."""
    kept = {key: found for key, found in translations(catalogs).items() if key in reviewed}
    lines = sorted((domain, msgid_of(message), key) for key, (domain, message) in kept.items())
    text = HEADER + "".join(f"{key} {domain} {shown(msgid)}\n" for domain, msgid, key in lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return len(lines)


def shown(text: str, width: int | None = 60) -> str:
    """A text on one line, every character that prints nothing (a line break, a format or
    control character, a space but a single plain one) and the backslash escaped, so none can
    hide from a reader; shortened to ``width`` for the record, whole in the listing approved."""
    flat = "".join(
        c if (c.isprintable() or c == " ") and c != "\\" else f"\\u{ord(c):04x}" for c in text
    )
    # A run of spaces could push the rest of a text onto a line of its own, dressed as a
    # comment (red team 80): a space after a space, or at an end, is escaped too.
    flat = re.sub(r"(?<= ) |^ | $", r"\\u0020", flat)
    return flat if width is None or len(flat) <= width else flat[: width - 1] + "…"


def msgid_of(message: Message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]
