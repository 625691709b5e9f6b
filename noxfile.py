"""Build, translate, check and test the report.

    nox -s build            both languages: HTML sites, PDF and EPUB books, into build/
    nox -s tests            the test suite (add -- -m "not browser and not slow" for the fast part)

Every session takes pass-through arguments after ``--``; see docs/building.md.
"""

import os
import shutil
import subprocess
from pathlib import Path

import nox

nox.options.sessions = ["build"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).parent
SOURCE = ROOT / "source"
BUILD = ROOT / "build"
LANGUAGES = ["en", "zh_CN"]
SPHINX = ["sphinx-build", "-W", "--keep-going", "-n", "-q"]

# Debian packages each kind of work needs, and the binary or file that shows each is there.
SYSTEM = {
    "fonts-noto-cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "libharfbuzz-subset0": "libharfbuzz-subset.so.0",
    "gettext": "msgfmt",
    "qpdf": "qpdf",
    "poppler-utils": "pdftoppm",
    "chromium": "chromium",
    "default-jre-headless": "java",
    "npm": "npm",
}
BUILD_PACKAGES = ["fonts-noto-cjk", "libharfbuzz-subset0", "gettext"]
TEST_PACKAGES = [
    *BUILD_PACKAGES,
    "qpdf",
    "poppler-utils",
    "chromium",
    "default-jre-headless",
    "npm",
]


def _present(probe: str) -> bool:
    if probe.startswith("/"):
        return Path(probe).exists()
    if ".so" in probe:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
        return probe in out
    return shutil.which(probe) is not None


def require_system(session: nox.Session, packages: list[str]) -> None:
    """Install missing Debian packages when we can (root, apt); otherwise stop and say how."""
    missing = [name for name in packages if not _present(SYSTEM[name])]
    if not missing:
        return
    command = "apt-get install -y --no-install-recommends " + " ".join(missing)
    if os.geteuid() == 0 and shutil.which("apt-get"):
        session.log(f"installing system packages: {' '.join(missing)}")
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        session.run("apt-get", "update", "-qq", external=True, env=env)
        session.run(*command.split(), "-qq", external=True, env=env)
        return
    session.error(
        f"missing system packages: {', '.join(missing)}.\n"
        f"Install them, then run nox again:\n    sudo {command}"
    )


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


def install(session: nox.Session, *extras: str) -> None:
    spec = f".[{','.join(extras)}]" if extras else "."
    session.install("-e", spec)
    session.env["SOURCE_DATE_EPOCH"] = source_date_epoch()
    session.env["PYTHONHASHSEED"] = "0"


def languages(session: nox.Session) -> list[str]:
    chosen = [arg for arg in session.posargs if not arg.startswith("-")] or LANGUAGES
    unknown = sorted(set(chosen) - set(LANGUAGES))
    if unknown:
        session.error(f"unknown language {', '.join(unknown)}; choose from {', '.join(LANGUAGES)}")
    return chosen


def sphinx_args(language: str, builder: str, outdir: Path) -> list[str]:
    args = [
        *SPHINX,
        "-b",
        builder,
        "-d",
        str(BUILD / "doctrees" / language),
        "-D",
        f"language={language}",
    ]
    if language != "en":
        args += ["-D", f"locale_dirs={BUILD / 'locale'}"]
    return [*args, str(SOURCE), str(outdir)]


def prepare_catalogs(session: nox.Session, language: str) -> None:
    """Validate, lint and compile a language's catalogs into build/locale before any build."""
    if language == "en":
        return
    session.run(
        "python",
        "-m",
        "reportbook.i18n",
        "prepare",
        language,
        "--locales",
        str(ROOT / "locales"),
        "--out",
        str(BUILD / "locale"),
    )


def run_build(session: nox.Session, *builders: str) -> None:
    """Each language's pipeline (catalogs, then the builders), languages in parallel."""
    require_system(session, BUILD_PACKAGES)
    install(session)
    session.run(
        "python",
        "-m",
        "reportbook.build",
        "--languages",
        *languages(session),
        "--builders",
        *builders,
        "--source",
        str(SOURCE),
        "--locales",
        str(ROOT / "locales"),
        "--build",
        str(BUILD),
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
    session.run(
        "sphinx-build",
        "-W",
        "--keep-going",
        "-n",
        "-q",
        "-b",
        "gettext",
        "-d",
        str(BUILD / "doctrees" / "gettext"),
        "-D",
        "language=en",
        str(SOURCE),
        str(BUILD / "gettext"),
    )


@nox.session
def update(session: nox.Session) -> None:
    """Bring the catalogs up to date with the sources: nox -s update -- zh_CN."""
    require_system(session, ["gettext"])
    gettext(session)
    targets = [lang for lang in languages(session) if lang != "en"]
    for language in targets:
        session.run(
            "python",
            "-m",
            "reportbook.i18n",
            "update",
            language,
            "--pot",
            str(BUILD / "gettext"),
            "--locales",
            str(ROOT / "locales"),
        )


@nox.session
def stats(session: nox.Session) -> None:
    """Translated, fuzzy and untranslated counts per catalog: nox -s stats -- [--min 100]."""
    require_system(session, ["gettext"])
    install(session)
    session.run(
        "python",
        "-m",
        "reportbook.i18n",
        "stats",
        "--locales",
        str(ROOT / "locales"),
        *session.posargs,
    )


@nox.session
def check(session: nox.Session) -> None:
    """Validate the catalogs strictly and lint every translation against its source."""
    require_system(session, ["gettext"])
    install(session)
    session.run(
        "python",
        "-m",
        "reportbook.i18n",
        "check",
        "--locales",
        str(ROOT / "locales"),
        *session.posargs,
    )


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
    require_system(session, TEST_PACKAGES)
    install(session, "test")
    install_npm(session)
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff over the toolchain, the tests and this file."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", "src", "tests", "bench", "noxfile.py", *session.posargs)
    session.run("ruff", "format", "--check", "--diff", "src", "tests", "bench", "noxfile.py")


@nox.session
def serve(session: nox.Session) -> None:
    """Live preview while editing: nox -s serve [-- zh_CN]."""
    require_system(session, BUILD_PACKAGES)
    install(session, "serve")
    language = languages(session)[0] if session.posargs else "en"
    args = sphinx_args(language, "html", BUILD / "serve" / language)
    watch = ["--watch", str(ROOT / "locales"), "--watch", str(ROOT / "src")]
    if language != "en":
        # Catalogs are checked and compiled again before every rebuild the watcher starts.
        prepare = f"python -m reportbook.i18n prepare {language} --locales {ROOT / 'locales'} "
        watch += ["--pre-build", prepare + f"--out {BUILD / 'locale'}"]
    session.run("sphinx-autobuild", *args[1:], *watch, "--port", "8000")


@nox.session
def bench(session: nox.Session) -> None:
    """Build speed, memory and size against the targets: nox -s bench [-- --runs 5]."""
    require_system(session, BUILD_PACKAGES)
    install(session)
    session.run("python", "bench/run.py", *session.posargs)
