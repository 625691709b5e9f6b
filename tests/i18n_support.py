"""Helpers for the catalog and linter tests: small catalogs, and the project's build path
(prepare, then sphinx-build) over the tests/roots/test-i18n-hostile page."""

import functools
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import LOCALES, SOURCE, sphinx_build
from reportbook.i18n.compile import compile_catalogs

ROOTS = Path(__file__).parent / "roots"

# Seven lines; a blank line 8; the first entry's msgid is on line 9 (after its comments).
HEADER = r"""msgid ""
msgstr ""
"Project-Id-Version: test\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Language: zh_CN\n"
"Plural-Forms: nplurals=1; plural=0;\n"
"""


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def entry(msgid: str, msgstr: str, *comments: str) -> str:
    return "".join(f"{c}\n" for c in comments) + f"msgid {quote(msgid)}\nmsgstr {quote(msgstr)}\n"


def po_text(*entries: str, header: str = HEADER) -> str:
    return header + "".join("\n" + e for e in entries)


def write_po(locales: Path, domain: str, text: str, lang: str = "zh_CN") -> Path:
    path = Path(locales) / lang / "LC_MESSAGES" / f"{domain}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reportbook.i18n", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
    )


# The messages of tests/roots/test-i18n-hostile/index.md, as Sphinx extracts them.
MSG_LINK = "Read [the report](https://example.org/report) and the {ref}`next section <sec-more>`."
MSG_IMAGE = "![The logo](logo.png)"
MSG_CODE = "A plain paragraph with `code` in it."


class HostileSite:
    """A copy of the hostile root in a temporary folder, built the way noxfile.py builds."""

    def __init__(self, tmp_path: Path):
        self.root = tmp_path / "root"
        shutil.copytree(ROOTS / "test-i18n-hostile", self.root)
        self.locales = self.root / "locales"
        self.compiled = tmp_path / "build" / "locale"
        self.out = tmp_path / "build" / "html"

    def translate(self, *entries: str) -> Path:
        return write_po(self.locales, "index", po_text(*entries))

    def prepare(self) -> subprocess.CompletedProcess:
        return cli("prepare", "zh_CN", "--locales", self.locales, "--out", self.compiled)

    def sphinx(self) -> subprocess.CompletedProcess:
        """sphinx-build as the project runs it, over the catalogs prepare compiled."""
        return sphinx_build(
            "html",
            self.out,
            self.out.parent / "doctrees",
            language="zh_CN",
            source=self.root,
            extra=("-D", f"locale_dirs={self.compiled}"),
        )

    def publish(self) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess | None]:
        """prepare, then sphinx-build only if prepare succeeded (as every nox build does)."""
        prepared = self.prepare()
        return prepared, (self.sphinx() if prepared.returncode == 0 else None)

    def build_bypassing_prepare(self) -> subprocess.CompletedProcess:
        """Compile without the linter, as a stale or hand-made .mo would arrive: Sphinx's own
        guard must still refuse."""
        compile_catalogs("zh_CN", self.locales, self.compiled)
        return self.sphinx()

    def files_containing(self, payload: str) -> list[Path]:
        if not self.out.exists():
            return []
        return [
            p for p in self.out.rglob("*") if p.is_file() and payload.encode() in p.read_bytes()
        ]


def touching(span: str) -> str:
    """The finding for numbers joined with nothing between them (3千五, 7六)."""
    return (
        f"[number] '{span}': numbers joined with nothing between them read as one number to a "
        "reader (3千五 is 3500, 7六 is 76) and as two to the checker: a number in digits ends "
        "at its unit or scale (3千, 5万), and digits do not touch the language's numerals; "
        "write the number whole, in digits or in numerals (3500 or 三千五百)"
    )


def lint_one(tmp_path: Path, msgid: str, msgstr: str, *comments: str, termbase=None) -> list[str]:
    """Lint a one-message catalog; problems as 'page.po:LINE: [check] message'."""
    from reportbook.i18n.catalogs import load_catalog
    from reportbook.i18n.lint import lint_catalog

    path = write_po(tmp_path, "page", po_text(entry(msgid, msgstr, *comments)))
    found = lint_catalog(path, load_catalog(path, "zh_CN"), termbase)
    return [str(p).replace(f"{path}:", "page.po:") for p in sorted(found)]


def numbers_of(found: list[str]) -> list[str]:
    """The findings but the character table's (``[block]``): a variant or look-alike outside
    the characters a Chinese translation may use (両, 乇) is refused for that as well, which
    test_hostile_blocks.py asserts; the number tests assert the number checks' findings."""
    return [line for line in found if "] [block] " not in line and ": [block] " not in line]


def by_place(problem: str) -> tuple[str, int, str]:
    """A 'path:line: message' problem as the checks order them: by path, then line number."""
    path, line, message = problem.split(":", 2)
    return path, int(line), message


def refused_on_the_report(tmp_path: Path, payloads) -> None:
    """Each payload, (catalog, [(honest, hostile) in one message], [problems at its line]),
    written into a copy of the report's catalogs: `check` (the translator's) and `prepare`
    (the build's first step) refuse each at that message's line, and the honest catalogs,
    written back, pass."""
    from reportbook.i18n.catalogs import load_catalog

    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    expected, restore = [], []
    for domain, changes, problems in payloads:
        po = locales / "zh_CN" / "LC_MESSAGES" / f"{domain}.po"
        message = next(m for m in load_catalog(po, "zh_CN") if changes[0][0] in m.string)
        hostile = message.string
        for honest, changed in changes:
            assert honest in hostile, honest
            hostile = hostile.replace(honest, changed)
        fill(po, {message.id: hostile})
        expected += [f"{po}:{message.lineno}: {problem}" for problem in problems]
        restore.append((po, message))
    for command in ("check", "prepare"):
        args = ("--out", tmp_path / "out") if command == "prepare" else ()
        found = cli(command, "zh_CN", "--locales", locales, "--source", SOURCE, *args)
        assert found.returncode == 1
        assert found.stderr.splitlines()[:-1] == sorted(expected, key=by_place), command
    for po, message in restore:
        fill(po, {message.id: message.string})
    # Written back as the report's own, byte for byte, they are the catalogs every test file's
    # negative case checks (once a process); else they are checked here.
    if all(
        po.read_bytes() == (LOCALES / po.relative_to(locales)).read_bytes() for po, _ in restore
    ):
        real_catalogs_pass()
    else:
        assert cli("check", "--locales", locales, "--source", SOURCE).returncode == 0


def report_names():
    """The report's name base: its people, organisations and every labelled heading's title,
    as the catalogs translate them."""
    from reportbook.i18n.catalogs import domain_of, find_catalogs, load_catalog
    from reportbook.i18n.lint import NameBase, project_settings

    root = LOCALES / "zh_CN" / "LC_MESSAGES"
    catalogs = {
        domain_of(po, root): load_catalog(po, "zh_CN") for po in find_catalogs(LOCALES, "zh_CN")
    }
    return NameBase.from_source(SOURCE, catalogs, project_settings(SOURCE))


def write_pot(
    pot_dir: Path, domain: str, messages: list[str], date: str = "2025-03-09 00:00+0000"
) -> Path:
    """A template as Sphinx's gettext builder writes one (header fuzzy, no Language)."""
    body = "".join(
        f'\n#: ../../source/{domain}.md:{i}\nmsgid {quote(m)}\nmsgstr ""\n'
        for i, m in enumerate(messages, 1)
    )
    path = Path(pot_dir) / f"{domain}.pot"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '# SOME DESCRIPTIVE TITLE.\n#, fuzzy\nmsgid ""\nmsgstr ""\n'
        '"Project-Id-Version: Report \\n"\n'
        f'"POT-Creation-Date: {date}\\n"\n'
        '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Content-Transfer-Encoding: 8bit\\n"\n' + body,
        encoding="utf-8",
    )
    return path


def translations(po: Path) -> dict[str, str]:
    """Every non-empty msgstr in the catalog, current or obsolete, keyed by its msgstr."""
    from reportbook.i18n.catalogs import load_catalog

    catalog = load_catalog(po, "zh_CN")
    found = {m.string: ("fuzzy" if m.fuzzy else "current") for m in catalog if m.id and m.string}
    found.update({m.string: "obsolete" for m in catalog.obsolete.values() if m.string})
    return found


def fill(po: Path, strings: dict[str, str], comments: dict[str, list[str]] | None = None) -> None:
    """Translate messages of an existing catalog, as a translator's PO editor would."""
    from reportbook.i18n.catalogs import load_catalog
    from reportbook.i18n.update import render

    catalog = load_catalog(po, "zh_CN")
    for msgid, msgstr in strings.items():
        catalog[msgid].string = msgstr
    for msgid, lines in (comments or {}).items():
        catalog[msgid].user_comments = list(lines)
    po.write_bytes(render(catalog, po.read_bytes()))


@functools.cache
def _real_catalogs_checked() -> subprocess.CompletedProcess:
    """``check`` over the report's own catalogs, which no test changes: run once a process."""
    from conftest import LOCALES

    return cli("check", "--locales", LOCALES)


def real_catalogs_pass() -> None:
    """The negative case of every hostile-catalog check: the report's own catalogs pass."""
    result = _real_catalogs_checked()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "catalogs valid; no lint problems"


def check_with(tmp_path: Path, changes: dict[str, tuple[str, str]]) -> tuple[list[str], dict]:
    """``check`` over a copy of the report's catalogs with, in each domain, the msgstr holding
    ``old`` changed to hold ``new``; its stderr lines, and each changed message's file:line."""
    from conftest import LOCALES, SOURCE
    from reportbook.i18n.catalogs import load_catalog

    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    where = {}
    for domain, (old, new) in changes.items():
        po = locales / "zh_CN" / "LC_MESSAGES" / f"{domain}.po"
        message = next(m for m in load_catalog(po, "zh_CN") if old in m.string)
        fill(po, {message.id: message.string.replace(old, new)})
        where[domain] = f"{po}:{load_catalog(po, 'zh_CN')[message.id].lineno}"
    result = cli("check", "--locales", locales, "--source", SOURCE)
    return result.stderr.splitlines(), where


def misheld(name: str, label: str, office: str, held: str) -> str:
    return (
        f"[name] the translation gives {name} ({label}) the office {office!r}, which the People "
        f"appendix does not give them (it gives {held}): an office is said of the person who "
        "holds it, with the words that make it another office (副, 原, 名誉) as people.po has "
        "them"
    )


def unframed(name: str, label: str, office: str | None, words: str) -> str:
    if office is None:
        said = (
            f"writes {words!r} right after the name of {name} ({label}), whose title is before it"
        )
    elif office:
        said = f"says the office {office!r} of {name} ({label}) with {words!r} beside it"
    else:
        said = f"writes {words!r} right before the name of {name} ({label})"
    return (
        f"[name] the translation {said}, which is no post of theirs, joiner or listed word: "
        "such a word may make another office of it, or be a title the office rules do not "
        "know. Write the posts people.po gives, joined by 、, right before the name, in "
        "brackets after it, or after a clause mark or a verb of holding it (任); a word that "
        "truly belongs there is added to [zh_CN.lint] office_leads or office_follows by a "
        "maintainer"
    )


def unnamed(offices: list[str], stands: str) -> str:
    return (
        f"[name] the translation states the office(s) {'、'.join(offices)}, which its English "
        f"does not name ({stands}; each English word stands for one office): a translation "
        "says no office its English does not. Drop the added one; where the English names it "
        "in words not listed, a maintainer adds them to [zh_CN.lint] office_sources"
    )


def kind(kind: str, said: int, example: str, want: int) -> str:
    shown = f" ({example})" if example else ""
    return (
        f"[name] the translation's offices say {kind} {said} time(s){shown}, the source "
        f"{want} time(s): such a word makes another office of it; write what the English says"
    )


STANDINGS = {
    "deceased": "a person's death (生前: the late)",
    "former": "a person's leaving an office (离任: former, retired)",
    "honorary": "an honorary post (荣誉职务: honorary)",
    "acting": "acting for another (主持全面工作: acting, runs)",
    "succession": "one person succeeding another (接任: succeeded)",
    "she": "a woman (她: she)",
}


def standing(kind: str, times: int, word: str, want: int) -> str:
    return (
        f"[name] the translation says {STANDINGS[kind]} {times} time(s) ({word}), the source "
        f"{want}: such a word changes what the sentence says of a person while every name and "
        "office stays; write what the English says"
    )


def qualified(name: str, words: str, times: int = 1, source: int = 0) -> str:
    return (
        f"[qualifier] the translation says {name} ({words}) {times} time(s), its English "
        f"{source}: it says another thing than the English (the opposite, a forecast, a fall, "
        "a part or the whole); write what the English says (where the English says it with a "
        'word of its own, "limp" for 不挺括, record why with # lint-ignore: qualifier — <why>)'
    )


def negated(words: str, times: int = 1, source: int = 0) -> str:
    return qualified("'not'", words, times, source)
