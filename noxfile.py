"""Build, translate, check and test the report.

    nox -s build            both languages: HTML sites, PDF and EPUB books, into build/
    nox -s tests            the test suite (add -- -m "not browser and not slow" for the fast part)

Every session takes pass-through arguments after ``--``; see docs/building.md.
"""

import json
import os
import shlex
import subprocess
from pathlib import Path

import nox

nox.options.sessions = ["build"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).parent


def require_system(session: nox.Session, purpose: str) -> None:
    """What ``purpose`` (build or tests) needs from the system, from the project's own list
    (reportbook/data/system.toml and the fonts of languages.toml): installed with apt-get
    when we are root on Debian, else named in one paragraph with the command to run."""
    session.run("python", "-m", "reportbook.system", "install", purpose)


def source_date_epoch() -> str:
    """Dates in the output come from the last commit, so two builds of it are identical."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out or "1741478400"  # 2025-03-09, the meeting's date, outside a git checkout


def install(session: nox.Session, *extras: str, system: str = "") -> None:
    """The project into the session's environment, then what ``system`` needs from the OS."""
    spec = f".[{','.join(extras)}]" if extras else "."
    session.install("-e", spec)
    if system:
        require_system(session, system)
    session.env["SOURCE_DATE_EPOCH"] = source_date_epoch()
    session.env["PYTHONHASHSEED"] = "0"


def chosen_languages(session: nox.Session) -> list[str]:
    """The languages named after --: reportbook.build knows which exist and refuses others."""
    chosen = [arg for arg in session.posargs if not arg.startswith("-")]
    return ["--languages", *chosen] if chosen else []


def run_build(session: nox.Session, *builders: str) -> None:
    """Each language's pipeline (catalogs, then the builders), languages in parallel."""
    install(session, system="build")
    session.run(
        "python", "-m", "reportbook.build", *chosen_languages(session), "--builders", *builders
    )


@nox.session
def build(session: nox.Session) -> None:
    """Everything: the HTML site, the PDF and the EPUB book in every language; the bilingual
    edition."""
    run_build(session, "html", "pdf", "epub", "bilingual", "bilingual-pdf")


@nox.session
def html(session: nox.Session) -> None:
    """The HTML site (all languages, or those named: nox -s html -- zh_CN)."""
    run_build(session, "html")


@nox.session
def pdf(session: nox.Session) -> None:
    """The PDF books (all languages, or those named: nox -s pdf -- en)."""
    run_build(session, "pdf")


@nox.session
def epub(session: nox.Session) -> None:
    """The EPUB books (all languages, or those named: nox -s epub -- zh_CN)."""
    run_build(session, "epub")


@nox.session
def bilingual(session: nox.Session) -> None:
    """The bilingual edition: its site (build/html/bilingual/) and its book."""
    run_build(session, "bilingual", "bilingual-pdf")


@nox.session
def gettext(session: nox.Session) -> None:
    """Message templates, one per page, into build/gettext/."""
    install(session)
    session.run("python", "-m", "reportbook.build", "--builders", "gettext")


@nox.session
def update(session: nox.Session) -> None:
    """Bring the catalogs up to date with the sources: nox -s update [-- zh_CN]."""
    install(session, system="build")
    session.run("python", "-m", "reportbook.build", "--builders", "gettext")
    session.run("python", "-m", "reportbook.i18n", "update", *session.posargs)


@nox.session
def stats(session: nox.Session) -> None:
    """Translated, fuzzy and untranslated counts per catalog: nox -s stats -- [--min 100]."""
    install(session, system="build")
    session.run("python", "-m", "reportbook.i18n", "stats", *session.posargs)


@nox.session
def review(session: nox.Session) -> None:
    """Translations awaiting a maintainer's review: nox -s review -- zh_CN [--approve TOKEN]."""
    install(session, system="build")
    session.run("python", "-m", "reportbook.i18n", "review", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Validate the catalogs strictly and lint every translation against its source."""
    install(session, system="build")
    session.run("python", "-m", "reportbook.i18n", "check", *session.posargs)


def install_npm(session: nox.Session) -> None:
    """The browser and HTML checks' tools (axe-core, vnu.jar), exactly as package-lock.json pins.

    --ignore-scripts: vnu-jar's install script would download a Java runtime; we use Debian's.
    """
    session.run(
        "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--silent", external=True
    )


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite; pass pytest arguments after --, e.g. -- -m "not browser and not slow"."""
    install(session, "test", system="tests")
    install_npm(session)
    # One worker a core, each taking whole files (their module fixtures build once), at most
    # four: each check and build holds a few hundred MB. -- -n 0 runs in one process.
    workers = str(min(len(os.sched_getaffinity(0)), 4))
    session.run("python", "-m", "pytest", "-n", workers, "--dist", "loadfile", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff over the toolchain, the tests and this file."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", "src", "tests", "bench", "noxfile.py", *session.posargs)
    session.run("ruff", "format", "--check", "--diff", "src", "tests", "bench", "noxfile.py")


@nox.session
def serve(session: nox.Session) -> None:
    """Live preview while editing: nox -s serve [-- zh_CN]."""
    install(session, "serve", system="build")
    language = chosen_languages(session)[1:2] or ["en"]
    plan = session.run(
        "python",
        "-m",
        "reportbook.build",
        "--steps",
        "--builders",
        "html",
        "--languages",
        *language,
        "--unreviewed",
        silent=True,
    )  # fmt: skip  (a preview: the translator's unreviewed work is shown)
    *prepare, sphinx = json.loads(plan)[language[0]]
    watch = ["--watch", "locales", "--watch", "reviewed", "--watch", "src"]
    for step in prepare:  # catalogs checked and compiled again before every rebuild
        watch += ["--pre-build", shlex.join(["python", "-m", "reportbook.i18n", *step])]
    session.run("sphinx-autobuild", *sphinx, *watch, "--port", "8000")


@nox.session
def bench(session: nox.Session) -> None:
    """Build speed, memory and size against the targets: nox -s bench [-- --runs 5]."""
    install(session, system="build")
    session.run("python", "bench/run.py", *session.posargs)


@nox.session
def packages(session: nox.Session) -> None:
    """The Debian packages the build and the tests need, from the project's data."""
    install(session)
    for purpose in ("build", "tests"):
        session.run("python", "-m", "reportbook.system", "packages", purpose, silent=False)
